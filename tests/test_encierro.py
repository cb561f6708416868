"""Lo que ven y pueden hacer los dos procesos que ejecutan código de una entrega: el kernel de
nbgrader (autograder.kernel) y el proceso aislado de la verificación (autograder.aislamiento).

Una misma sonda corre dentro de cada uno y prueba a leer, listar y escribir rutas del
calificador, del curso, de otros estudiantes y de la máquina; a conectarse a un servidor en
127.0.0.1; y mira su usuario, sus procesos vecinos y su entorno. Además: ninguna espera del
calificador por el proceso aislado es infinita (silencio, mensaje a medias, dejar de leer).
"""
import asyncio
import json
import os
import socket
import sys
import time

import numpy as np
import pytest

from autograder import encierro, kernel
from autograder.aislamiento import ErrorDelHijo, HijoAislado, Limites
from conftest import RAIZ

# Fuera de CI, sin root o sin bwrap se omiten; en CI (.ci/run instala bwrap) corren siempre, y
# sin encierro fallan en vez de omitirse.
pytestmark = pytest.mark.skipif(not encierro.disponible() and not os.environ.get("CI"),
                                reason="el encierro necesita root y bwrap (lo instala .ci/run)")

SONDA = r'''
import json, os, socket, sys

def sondear(rutas, puerto):
    """{ruta: "oculta" | "legible" | "escribible"} y datos del proceso."""
    resultado = {}
    for ruta in rutas:
        if not os.path.exists(ruta):
            resultado[ruta] = "oculta"
            continue
        estado = "visible"
        try:
            if os.path.isdir(ruta):
                os.listdir(ruta)
            else:
                open(ruta, "rb").read(1)
            estado = "legible"
        except OSError:
            pass
        prueba = os.path.join(ruta, ".sonda") if os.path.isdir(ruta) else ruta
        try:
            with open(prueba, "ab"):
                pass
            if prueba.endswith(".sonda"):
                os.remove(prueba)
            estado = "escribible"
        except OSError:
            pass
        resultado[ruta] = estado
    try:
        socket.create_connection(("127.0.0.1", puerto), timeout=2).close()
        red = "conecta"
    except OSError:
        red = "sin red"
    procesos = [p for p in os.listdir("/proc") if p.isdigit()]
    return {"rutas": resultado, "uid": os.getuid(), "red": red, "procesos": len(procesos),
            "entorno": sorted(os.environ), "cwd": os.getcwd()}
'''


@pytest.fixture(scope="module")
def escenario(tmp_path_factory):
    """Un curso con datos de todo tipo, marcas en los temporales de la máquina y un servidor
    TCP en 127.0.0.1 (como un PostgreSQL local)."""
    curso = tmp_path_factory.mktemp("curso")
    for carpeta in ("submitted/otra", "originales/red_xor", "descargas", "entregas", "estados",
                    "autograded/otra", "feedback/otra", "release/red_xor", "source/red_xor"):
        (curso / carpeta).mkdir(parents=True)
        (curso / carpeta / "dato.txt").write_text("x")
    (curso / "gradebook.db").write_text("x")
    marcas = []
    for base in ("/tmp", "/var/tmp", "/dev/shm", os.path.expanduser("~")):
        marca = os.path.join(base, f"marca-del-calificador-{os.getpid()}")
        open(marca, "w").write("secreto")
        os.chmod(marca, 0o666)
        marcas.append(marca)
    servidor = socket.socket()
    servidor.bind(("127.0.0.1", 0))
    servidor.listen()
    os.environ["CALIFICADOR_DB_URL"] = "postgresql://secreto@127.0.0.1/curso"
    import site
    ocultas = [str(RAIZ / n) for n in ("solutions", "autograder", "source", "tests", ".git",
                                       "release")]
    ocultas += [str(curso / n) for n in ("submitted", "originales", "descargas", "entregas",
                                         "estados", "autograded", "feedback", "release",
                                         "source", "gradebook.db")]
    # /root y /home existen dentro solo como el camino hasta Python y la carpeta personal.
    ocultas += marcas + ["/var", "/srv", "/mnt"]
    solo_lectura = ["/usr", "/etc", str(RAIZ / "course"), os.path.dirname(os.__file__),
                    *site.getsitepackages(), os.path.dirname(np.__file__), "/"]
    escribibles = ["/tmp", "/dev/shm", encierro.CASA]
    yield {"ocultas": ocultas, "solo_lectura": solo_lectura, "escribibles": escribibles,
           "puerto": servidor.getsockname()[1], "curso": curso}
    servidor.close()
    del os.environ["CALIFICADOR_DB_URL"]
    for marca in marcas:
        os.remove(marca)


def _comprobar(informe, escenario, quien):
    rutas = informe["rutas"]
    vistas = {r: e for r, e in rutas.items() if r in escenario["ocultas"] and e != "oculta"}
    assert not vistas, f"{quien} ve lo que debe estar oculto: {vistas}"
    for ruta in escenario["solo_lectura"]:
        assert rutas[ruta] == "legible", f"{quien}: {ruta} es {rutas[ruta]}, se esperaba legible"
    for ruta in escenario["escribibles"]:
        assert rutas[ruta] == "escribible", f"{quien}: {ruta} es {rutas[ruta]}"
    assert informe["uid"] >= encierro.UID_BASE, f"{quien} corre como uid {informe['uid']}"
    assert informe["red"] == "sin red", f"{quien} se conecta a 127.0.0.1"
    assert informe["procesos"] <= 4, f"{quien} ve {informe['procesos']} procesos"
    assert not [v for v in informe["entorno"] if v.startswith(("CALIFICADOR", "JPY", "JUPYTER"))]


def _rutas(escenario):
    return escenario["ocultas"] + escenario["solo_lectura"] + escenario["escribibles"]


def test_lo_que_ve_el_proceso_aislado(escenario):
    with HijoAislado([SONDA], limites=Limites(celdas=30, llamada=30)) as hijo:
        assert hijo.aislado
        informe = hijo.llamar("sondear", _rutas(escenario), escenario["puerto"])
    _comprobar(informe, escenario, "el proceso aislado")


def _ejecutar_en_kernel(codigo: str, cwd) -> str:
    async def correr():
        km = kernel.KernelEncerrado()
        await km.start_kernel(cwd=str(cwd))
        kc = km.client()
        kc.start_channels()
        salida = []
        try:
            await kc.wait_for_ready(timeout=60)
            await kc.execute_interactive(codigo, timeout=60, output_hook=lambda m: salida.append(
                m["content"].get("text", "")) if m["msg_type"] == "stream" else None)
        finally:
            kc.stop_channels()
            await km.shutdown_kernel(now=True)
        return "".join(salida)

    with kernel.entrega(kernel.Entrega("red_xor", {"feedForward": (False, "mal")})):
        return asyncio.run(correr())


def test_lo_que_ve_el_kernel_de_nbgrader(escenario):
    cwd = escenario["curso"] / "autograded" / "otra"
    codigo = SONDA + (f"\nprint(json.dumps(sondear({_rutas(escenario)!r}, "
                      f"{escenario['puerto']})))")
    informe = json.loads(_ejecutar_en_kernel(codigo, cwd).strip().splitlines()[-1])
    _comprobar(informe, escenario, "el kernel")
    # Trabaja en una copia de su carpeta: lo que escriba ahí no llega a la del calificador.
    assert informe["cwd"] == f"{encierro.CASA}/red_xor"


def test_el_kernel_solo_tiene_el_veredicto_como_pruebas_ocultas(escenario):
    codigo = ("from autograder.unidades.red_xor import ocultas\n"
              "import autograder, os\n"
              "print(sorted(os.listdir(os.path.dirname(autograder.__file__))))\n"
              "try:\n    ocultas.probar_feedForward(None)\nexcept AssertionError as e:\n"
              "    print('falla:', e)\n")
    salida = _ejecutar_en_kernel(codigo, escenario["curso"] / "autograded" / "otra")
    assert "['__init__.py', 'unidades']" in salida
    assert "falla: mal" in salida


def test_nada_de_la_entrega_sobrevive_al_kernel(escenario):
    codigo = ("import subprocess\n"
              "subprocess.Popen(['setsid', 'sleep', '600'], start_new_session=True)\n"
              "print('listo')\n")
    assert "listo" in _ejecutar_en_kernel(codigo, escenario["curso"] / "autograded" / "otra")
    time.sleep(0.5)
    assert not encierro.procesos_de({encierro.uid_del_trabajador(1)})


# --- ninguna espera por el proceso aislado es infinita --------------------------------------

_FALSO_FIN = """
import json, os, struct, time
def _mensaje(m):
    d = json.dumps(m).encode()
    return struct.pack('>Q', len(d)) + d
"""


@pytest.mark.parametrize("caso, celdas", [
    ("mensaje a medias en una celda",
     ["import os, struct, time\nfor fd in range(3, 64):\n    try:\n"
      "        os.write(fd, struct.pack('>Q', 4096) + b'x')\n    except OSError:\n"
      "        pass\ntime.sleep(10**6)"]),
    ("silencio en una celda", ["import time\ntime.sleep(10**6)"]),
])
def test_una_celda_que_no_termina_se_desactiva_a_tiempo(caso, celdas):
    inicio = time.monotonic()
    with HijoAislado(celdas + ["def f(x):\n    return x + 1"],
                     limites=Limites(celdas=3, llamada=3)) as hijo:
        assert hijo.llamar("f", 1) == 2
    assert 0 in hijo.celdas_mortales, caso
    assert time.monotonic() - inicio < 20


def test_un_hijo_que_deja_de_leer_no_bloquea_al_calificador():
    """A mitad de su celda, el hijo finge haberla terminado (y todas las demás) y se duerme sin
    leer más. Un pedido de 8 MB no cabe en la tubería: la escritura tiene plazo."""
    fingir = (_FALSO_FIN + "for fd in range(3, 64):\n    try:\n"
              "        os.write(fd, _mensaje({'celda': 0, 'estado': 'ok'}) + _mensaje({'fin': True}))"
              "\n    except OSError:\n        pass\ntime.sleep(10**6)")
    inicio = time.monotonic()
    hijo = HijoAislado([fingir], limites=Limites(celdas=3, llamada=3))
    try:
        hijo.iniciar()
        with pytest.raises(ErrorDelHijo, match="dejó de leer"):
            hijo.llamar("f", np.zeros(1_000_000))
    finally:
        hijo.cerrar()
    assert time.monotonic() - inicio < 20


def test_el_plazo_de_la_entrega_corta_cualquier_espera():
    inicio = time.monotonic()
    with HijoAislado(["import time\ndef f(x):\n    time.sleep(2)\n    return x"],
                     limites=Limites(celdas=30, llamada=30), plazo=time.monotonic() + 5) as hijo:
        with pytest.raises(ErrorDelHijo, match="presupuesto"):
            for _ in range(10):
                hijo.llamar("f", 1)
    assert time.monotonic() - inicio < 10


def test_un_hijo_que_inventa_mensajes_no_alarga_la_espera():
    inventar = (_FALSO_FIN + "for _ in range(100):\n    for fd in range(3, 64):\n"
                "        try:\n            os.write(fd, _mensaje({'inicio': 0}))\n"
                "        except OSError:\n            pass\n    time.sleep(0.5)\n")
    inicio = time.monotonic()
    with HijoAislado([inventar, "def f(x):\n    return x"],
                     limites=Limites(celdas=3, llamada=3)) as hijo:
        assert hijo.llamar("f", 5) == 5
    assert 0 in hijo.celdas_mortales
    assert time.monotonic() - inicio < 20


def test_el_hijo_no_puede_devolver_funciones_ni_objetos():
    """Solo datos planos cruzan del hijo al calificador: ni funciones de ``course`` (que en el
    otro sentido sí viajan, como argumentos) ni objetos."""
    celdas = ["from course import comprobar\ndef f():\n    return comprobar.exito\n"
              "def g():\n    return object()"]
    with HijoAislado(celdas, limites=Limites(celdas=10, llamada=10)) as hijo:
        with pytest.raises(ErrorDelHijo, match="no se pueden leer"):
            hijo.llamar("f")
        with pytest.raises(Exception, match="solo se aceptan números"):
            hijo.llamar("g")


def test_los_objetos_del_estudiante_se_quedan_en_el_hijo():
    """Una clase del estudiante (p. ej. una puerta de un grafo de cómputo): el calificador la
    instancia y llama a sus métodos; el objeto vive en el hijo y solo vuelven datos planos."""
    import copy

    clase = ("import numpy as np\nclass PuertaProducto:\n    def adelante(self, x, y):\n"
             "        self.x, self.y = x, y\n        return x * y\n"
             "    def atras(self, dz):\n        return dz * self.y, dz * self.x\n"
             "class Grafo:\n    def __init__(self, puertas):\n        self.puertas = puertas\n"
             "    def cuantas(self):\n        return len(self.puertas)")
    with HijoAislado([clase], limites=Limites(celdas=10, llamada=10)) as hijo:
        puerta = hijo.llamar("PuertaProducto")
        assert "PuertaProducto" in repr(puerta)
        assert copy.deepcopy(puerta) is puerta          # comprobar.llamar copia sus argumentos
        assert puerta.adelante(np.array([3.0]), np.array([-4.0])) == pytest.approx(-12.0)
        assert puerta.atras(np.array([2.0])) == pytest.approx((-8.0, 6.0))
        assert puerta.x == pytest.approx(3.0)           # un dato: vuelve como número
        grafo = hijo.llamar("Grafo", [puerta, hijo.llamar("PuertaProducto")])
        assert grafo.cuantas() == 2                     # los objetos viajan de vuelta al hijo
        with pytest.raises(AttributeError):
            puerta._privado                             # nada con guion bajo cruza
        with pytest.raises(Exception, match="no se puede usar"):
            hijo.atributo(puerta._id_remoto, "__dict__")

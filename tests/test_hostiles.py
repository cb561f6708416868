"""Entregas hostiles y dañadas (autograder/hostiles.py): cada una obtiene la nota correcta o un
motivo claro, queda marcada cuando parece deliberada y ninguna detiene la clase. Se califican
todas juntas, en paralelo, por la cadena real, con estudiantes honestos en el mismo lote (que
conservan su nota completa sin banderas). Después no queda ningún proceso de las entregas."""
import hashlib
import os
import site
import sys
import time

import pytest

from autograder import encierro, hostiles
from autograder.curso import RESPALDO
from conftest import RAIZ


def _huella_del_repo():
    """Lo que una entrega de red_xor querría alterar: el repo y lo que Python ejecuta al
    arrancar (sitecustomize y compañía, en los site-packages y en la biblioteca estándar)."""
    h = hashlib.sha256()
    for ruta in [RAIZ / "solutions" / "red_xor.py", RAIZ / "course" / "red_xor.py",
                 RAIZ / "course" / "comprobar.py", RAIZ / "source" / "red_xor" / "red_xor.ipynb",
                 *sorted((RAIZ / "autograder").glob("*.py")),
                 *sorted((RAIZ / "autograder" / "unidades" / "red_xor").glob("*.py"))]:
        h.update(ruta.read_bytes())
    for carpeta in sorted({*site.getsitepackages(), os.path.dirname(os.__file__)}):
        h.update(repr(sorted(os.listdir(carpeta))).encode())
    return h.hexdigest()


@pytest.fixture(scope="module")
def resultado(tmp_path_factory):
    antes = _huella_del_repo()
    inicio = time.monotonic()
    raiz = tmp_path_factory.mktemp("hostiles")
    filas, estados = hostiles.ejecutar(raiz, trabajadores=2)
    duracion = time.monotonic() - inicio
    time.sleep(1)  # lo que muere con su espacio de PID ya murió
    usuarios = {u for e in estados.values() for u in e.usuarios}
    vivos = encierro.procesos_de(usuarios)
    return filas, estados, antes, _huella_del_repo(), vivos, duracion, raiz, usuarios


def test_hay_al_menos_40_casos():
    assert len(hostiles.CASOS) >= 40
    nombres = [c.nombre for c in hostiles.CASOS + hostiles.HONESTOS]
    assert len(set(nombres)) == len(nombres)


def test_ninguna_entrega_modifico_el_repositorio_ni_python(resultado):
    _, _, antes, despues, *_ = resultado
    assert antes == despues


def test_no_queda_ningun_proceso_de_las_entregas(resultado):
    vivos, usuarios = resultado[4], resultado[7]
    if encierro.disponible():
        assert len(usuarios) >= 4, "las entregas no registraron sus usuarios encerrados"
    assert not vivos, "procesos de entregas vivos tras el lote:\n" + "\n".join(vivos)


def test_los_honestos_conservan_su_nota_completa(resultado):
    filas = resultado[0]
    assert set(filas) == {c.nombre for c in hostiles.CASOS + hostiles.HONESTOS}
    for honesto in hostiles.HONESTOS:
        fila = filas[honesto.nombre]
        assert fila["estado"] == "calificado", f"{honesto.nombre}: {fila['motivo']}"
        assert float(fila["puntaje"]) == 11, f"{honesto.nombre}: {fila['puntaje']}"
        assert not fila["banderas"], f"{honesto.nombre}: {fila['banderas']}"


def test_cada_entrega_cabe_en_su_presupuesto(resultado):
    """Ninguna espera es infinita: ni el silencio, ni un mensaje a medias, ni un kernel que
    ignora la interrupción detienen a nadie más allá del presupuesto y los respaldos."""
    _, estados, *_ = resultado
    tope = hostiles.PRESUPUESTO + 2 * RESPALDO + 30
    lentas = {a: e.segundos for a, e in estados.items() if e.segundos > tope}
    assert not lentas, f"entregas que superaron {tope} s: {lentas}"


def test_la_retroalimentacion_no_ejecuta_el_html_del_estudiante(resultado):
    """Las salidas y el Markdown del estudiante se sanean: la retroalimentación se abre en el
    navegador del instructor (y en el Formgrader, con su sesión de Jupyter)."""
    from autograder.curso import Curso

    curso = Curso(resultado[6])
    assert curso.retroalimentar(hostiles.UNIDAD, "html_malicioso") == ""
    html = "".join(p.read_text(encoding="utf-8") for p in
                   (resultado[6] / "feedback" / "html_malicioso" / hostiles.UNIDAD).glob("*.html"))
    assert "hola" in html and "XOR sí es separable" in html
    assert "<script>alert('xss-salida')" not in html
    assert "<script>alert('xss-respuesta')" not in html


def test_recoger_no_sigue_enlaces_simbolicos(tmp_path):
    from autograder import muestra

    curso = muestra.montar_clase(tmp_path / "curso", {hostiles.UNIDAD: []})
    descargas = tmp_path / "descargas"
    (descargas / "bea").mkdir(parents=True)
    secreto = tmp_path / "secreto.ipynb"
    secreto.write_text('{"clave": "del instructor"}')
    (descargas / "ana.ipynb").symlink_to(secreto)
    (descargas / "bea" / "entrega.ipynb").symlink_to(secreto)
    (descargas / "carla").symlink_to(tmp_path)
    estados = {e.alumno: e for e in curso.recoger(descargas, hostiles.UNIDAD)}
    assert set(estados) == {"ana", "bea", "carla"}
    for estado in estados.values():
        assert estado.estado == "ilegible" and "enlace simbólico" in estado.motivo
    assert not list((curso.raiz / "submitted").rglob("*.ipynb"))


@pytest.mark.parametrize("caso", hostiles.CASOS, ids=[c.nombre for c in hostiles.CASOS])
def test_caso(resultado, caso):
    fila = resultado[0][caso.nombre]
    assert fila["estado"] == caso.estado, (
        f"{caso.nombre} ({caso.descripcion}): estado {fila['estado']} — {fila['motivo']}")
    if caso.estado != "calificado":
        assert fila["motivo"], f"{caso.nombre}: sin motivo"
    for ejercicio in [k for k in fila if k.startswith("prueba_")]:
        assert float(fila[ejercicio]) == float(caso.notas.get(ejercicio, 0)), (
            f"{caso.nombre} ({caso.descripcion}): {ejercicio} = {fila[ejercicio]}; "
            f"banderas: {fila['banderas']}")
    for fragmento in caso.banderas:
        assert fragmento in fila["banderas"], (
            f"{caso.nombre}: falta la bandera «{fragmento}» en: {fila['banderas']}")

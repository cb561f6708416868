"""Los textos de las unidades, los cuadernos fuente, la referencia, las huellas y release/ no se
separan nunca; y a los estudiantes solo llega lo que deben recibir."""
import ast
import importlib
import inspect
import json
import re
import shutil
import textwrap

import nbformat

import pytest

from autograder import autoria, catalogo
from autograder.curso import Curso
from autograder.rutas import unidades_con_texto
from course import huellas
from conftest import RAIZ, UNIDADES


def cuaderno(unidad, carpeta="source"):
    return nbformat.read(str(sorted((RAIZ / carpeta / unidad).glob("*.ipynb"))[0]), as_version=4)


def funciones_definidas(fuente: str) -> dict:
    """{nombre: fuente exacta} de las funciones (y clases) de primer nivel de un bloque."""
    limpio = "\n".join(l for l in fuente.splitlines()
                       if l.strip() not in ("### BEGIN SOLUTION", "### END SOLUTION")
                       and not l.lstrip().startswith("%"))
    arbol = ast.parse(limpio)
    lineas = limpio.splitlines()
    return {n.name: "\n".join(lineas[n.lineno - 1:n.end_lineno])
            for n in arbol.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}


def test_bloques_de_solucion_identicos_a_solutions(unidad):
    referencia = importlib.import_module(f"solutions.{unidad}")
    comparadas = 0
    for celda in cuaderno(unidad).cells:
        if celda.cell_type != "code":
            continue
        for nombre, fuente in funciones_definidas(celda.source).items():
            if hasattr(referencia, nombre):
                esperado = textwrap.dedent(inspect.getsource(getattr(referencia, nombre))).rstrip()
                assert fuente.rstrip() == esperado, (
                    f"{unidad}: la función {nombre} del cuaderno fuente no es idéntica a "
                    f"solutions/{unidad}.py")
                comparadas += 1
    calificadas = [c for c in cuaderno(unidad).cells
                   if c.metadata.get("nbgrader", {}).get("solution") and c.cell_type == "code"]
    assert comparadas >= len(calificadas) > 0


def test_metadatos_de_nbgrader(unidad):
    ids = []
    for celda in cuaderno(unidad).cells:
        meta = celda.metadata.get("nbgrader")
        if not meta:
            continue
        assert meta["schema_version"] == 3
        gid = meta["grade_id"]
        assert re.fullmatch(r"[A-Za-z0-9_\-]+", gid), f"grade_id con tildes o espacios: {gid!r}"
        ids.append(gid)
        if meta.get("grade"):
            assert meta.get("points", 0) > 0, f"{gid} no tiene puntos"
        if meta.get("solution") and celda.cell_type == "code":
            definidas = funciones_definidas(celda.source)
            assert list(definidas) == [gid], (
                f"la celda de respuesta {gid} debe definir exactamente la función {gid}")
            assert "### BEGIN SOLUTION" in celda.source
        if meta.get("grade") and not meta.get("solution"):
            assert celda.source.strip().splitlines()[-1].strip() != "", gid
    assert len(ids) == len(set(ids)), f"grade_id repetidos en {unidad}"


def test_cada_funcion_calificada_tiene_su_prueba(unidad):
    celdas = cuaderno(unidad).cells
    soluciones = [c.metadata.nbgrader.grade_id for c in celdas if c.cell_type == "code"
                  and c.metadata.get("nbgrader", {}).get("solution")]
    pruebas = {c.metadata.nbgrader.grade_id: c.source for c in celdas
               if c.metadata.get("nbgrader", {}).get("grade") and c.cell_type == "code"}
    for funcion in soluciones:
        fuente = pruebas.get(f"prueba_{funcion}", "")
        assert f"probar_{funcion}({funcion})" in fuente.split("### BEGIN HIDDEN TESTS")[0], (
            f"{funcion}: falta la prueba visible")
        assert "### BEGIN HIDDEN TESTS" in fuente, f"{funcion}: falta la prueba oculta"


def test_huellas_al_dia_con_el_catalogo(unidad):
    """Con la tolerancia de course.huellas: otra CPU puede cambiar los últimos bits."""
    ruta = catalogo.ruta_huellas(unidad)
    assert ruta.exists(), f"faltan las huellas de {unidad}: ejecuta make huellas"
    guardadas = json.loads(ruta.read_text(encoding="utf-8"))
    diferencias = huellas.coinciden(guardadas, catalogo.calcular_huellas(unidad))
    assert not diferencias, (f"course/huellas/{unidad}.json está desactualizado (make huellas): "
                             + "; ".join(diferencias[:5]))


def _normalizado(ruta):
    """El cuaderno como JSON sin los identificadores de celda (nbgrader los renueva)."""
    datos = json.loads(ruta.read_text(encoding="utf-8"))
    for celda in datos["cells"]:
        celda.pop("id", None)
    return datos


def test_release_al_dia_con_source(unidad, tmp_path):
    shutil.copytree(RAIZ / "source", tmp_path / "source")
    Curso(tmp_path).generar(unidad)
    generado = sorted((tmp_path / "release" / unidad).glob("*"))
    comprometido = sorted((RAIZ / "release" / unidad).glob("*"))
    assert [p.name for p in generado] == [p.name for p in comprometido], (
        f"release/{unidad} no tiene los mismos archivos: ejecuta make release")
    for nuevo, viejo in zip(generado, comprometido):
        if nuevo.suffix == ".ipynb":
            assert _normalizado(nuevo) == _normalizado(viejo), (
                f"release/{unidad}/{viejo.name} está desactualizado: make release")
        else:
            assert nuevo.read_bytes() == viejo.read_bytes()


def test_release_sin_soluciones_ni_pruebas_ocultas(unidad):
    texto = nbformat.writes(cuaderno(unidad, "release"))
    assert "BEGIN SOLUTION" not in texto and "BEGIN HIDDEN TESTS" not in texto
    assert "solutions" not in texto and "autograder" not in texto
    assert "TU CÓDIGO AQUÍ" in texto


@pytest.mark.parametrize("unidad", unidades_con_texto())
def test_source_al_dia_con_el_texto_de_la_unidad(unidad):
    """source/<unidad>/<unidad>.ipynb es exactamente lo que escribe el constructor desde
    autograder/unidades/<unidad>/cuaderno.py y solutions/<unidad>.py."""
    ruta = autoria.ruta_cuaderno(unidad)
    assert ruta.exists(), f"falta {ruta.relative_to(RAIZ)}: ejecuta make cuadernos"
    assert ruta.read_text(encoding="utf-8") == autoria.texto_del_cuaderno(
        autoria.construir(unidad)), (
        f"source/{unidad}/{unidad}.ipynb no es lo que sale de su texto: edita "
        f"autograder/unidades/{unidad}/cuaderno.py (no el .ipynb) y ejecuta make cuadernos")


def test_toda_unidad_tiene_texto_y_cuaderno():
    assert unidades_con_texto() == UNIDADES, (
        "cada carpeta de source/ sale de autograder/unidades/<unidad>/cuaderno.py (make cuadernos)")


def test_source_y_release_solo_tienen_el_cuaderno(unidad):
    """nbgrader copia todo lo de source/<unidad>/ a release/: ahí no va ni el texto de la unidad,
    ni soluciones, ni datos del instructor; y release/ solo tiene lo que recibe el estudiante."""
    for carpeta in ("source", "release"):
        nombres = sorted(p.name for p in (RAIZ / carpeta / unidad).iterdir()
                         if p.name != ".ipynb_checkpoints")
        assert nombres == [f"{unidad}.ipynb"], f"{carpeta}/{unidad} contiene {nombres}"


def test_las_banderas_del_estudiante_no_estan_en_celdas_bloqueadas(unidad):
    """Una bandera que el cuaderno invita a cambiar (ENTRENAMIENTO_COMPLETO = True, ...) debe
    estar en una celda que el estudiante pueda editar: en una bloqueada, escribir no cambia nada."""
    for celda in cuaderno(unidad, "release").cells:
        if celda.cell_type != "code" or not celda.metadata.get("nbgrader", {}).get("locked"):
            continue
        banderas = re.findall(r"^([A-Z][A-Z0-9_]*) = (?:True|False)\b", celda.source, re.M)
        assert not banderas, (f"{unidad}: {banderas} están en la celda bloqueada "
                              f"{celda.metadata.nbgrader.grade_id}")

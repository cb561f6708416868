"""La cadena completa de nbgrader sobre la clase de muestra: cada estudiante obtiene la nota
esperada, las entregas dañadas tienen su motivo y la retroalimentación no muestra pruebas
ocultas. Además, las soluciones alternativas correctas obtienen todo dentro de un kernel real
(donde un aviso en stderr costaría la celda)."""
import csv
from pathlib import Path

import pytest

from autograder import muestra
from autograder.__main__ import main
from autograder.lote import calificar
from conftest import UNIDADES


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    destino = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--destino", str(destino), "--timeout", "60"]) == 0
    return destino


def _filas(destino: Path, unidad: str) -> dict:
    with (destino / "notas" / f"{unidad}.csv").open(encoding="utf-8") as f:
        return {fila["alumno"]: fila for fila in csv.DictReader(f)}


def _ejercicios_automaticos(fila: dict) -> list[str]:
    return [k for k in fila if k.startswith("prueba_")]


def _comprobar_notas(alumno, fila):
    assert fila["estado"] == alumno.estado, (
        f"{alumno.nombre}: estado {fila['estado']} ({fila['motivo']}), se esperaba {alumno.estado}")
    if alumno.estado != "calificado":
        assert fila["motivo"], f"{alumno.nombre}: estado {fila['estado']} sin motivo"
    banderas = fila.get("banderas", "")
    for fragmento in alumno.banderas:
        assert fragmento in banderas, f"{alumno.nombre}: falta la bandera «{fragmento}»: {banderas}"
    if not alumno.banderas:
        assert not banderas, f"{alumno.nombre}: banderas inesperadas: {banderas}"
    for ejercicio in _ejercicios_automaticos(fila):
        esperado = float(alumno.notas.get(ejercicio, 0))
        assert float(fila[ejercicio]) == esperado, (
            f"{alumno.nombre} ({alumno.descripcion}): {ejercicio} = {fila[ejercicio]}, "
            f"se esperaba {esperado}")


@pytest.mark.parametrize("unidad", UNIDADES)
def test_la_clase_de_muestra_obtiene_sus_notas(demo, unidad):
    filas = _filas(demo, unidad)
    clase = muestra.alumnos(unidad)
    assert set(filas) == {a.nombre for a in clase}
    for alumno in clase:
        _comprobar_notas(alumno, filas[alumno.nombre])


@pytest.mark.parametrize("unidad", UNIDADES)
def test_la_retroalimentacion_dice_las_banderas(demo, unidad):
    for alumno in muestra.alumnos(unidad):
        html = demo / "feedback" / alumno.nombre / unidad
        if alumno.banderas and html.is_dir():
            texto = "".join(p.read_text(encoding="utf-8") for p in html.glob("*.html"))
            assert "Observaciones del calificador" in texto, alumno.nombre


@pytest.mark.parametrize("unidad", UNIDADES)
def test_la_retroalimentacion_no_muestra_pruebas_ocultas(demo, unidad):
    htmls = list((demo / "feedback").glob(f"*/{unidad}/*.html"))
    assert htmls
    for html in htmls:
        texto = html.read_text(encoding="utf-8")
        for prohibido in ("BEGIN HIDDEN TESTS", "autograder", "ocultas.probar_", "solutions"):
            assert prohibido not in texto, f"{html} contiene «{prohibido}»"
        for ingles in ("Score:", "Student's answer", "Student&#39;s answer", "Comments:"):
            assert ingles not in texto, f"{html} tiene rótulos en inglés: «{ingles}»"
        assert "Puntaje:" in texto


def test_resumen_por_alumno(demo):
    with (demo / "notas" / "resumen.csv").open(encoding="utf-8") as f:
        filas = list(csv.DictReader(f))
    assert filas and set(filas[0]) == {"alumno", *UNIDADES}


@pytest.mark.parametrize("unidad", UNIDADES)
def test_alternativas_correctas_obtienen_todo_en_el_kernel(unidad, tmp_path):
    clase = muestra.clase_de_alternativas(unidad)
    curso = muestra.montar_clase(tmp_path, {unidad: clase}, timeout=60)
    for estado in calificar(curso, [unidad], trabajadores=2):
        assert estado.estado == "calificado", f"{estado.alumno}: {estado.motivo}"
        assert not estado.banderas, f"{estado.alumno}: {estado.banderas}"
    _, filas = curso.notas(unidad)
    maximos = curso.maximos(unidad)
    assert len(filas) == len(clase)
    for fila in filas:
        for ejercicio in _ejercicios_automaticos(fila):
            assert fila[ejercicio] == maximos[ejercicio], f"{fila['alumno']} perdió {ejercicio}"
        automatico = sum(v for k, v in fila.items() if k.startswith("prueba_"))
        assert automatico == fila["puntaje"]

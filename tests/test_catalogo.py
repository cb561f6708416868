"""Cada error del catálogo pierde puntos con el diagnóstico previsto; cada alternativa correcta,
la referencia, obtiene todos; el esbozo vacío no obtiene ninguno. Sin avisos a stderr."""
import importlib
import warnings

import pytest

from autograder import catalogo
from conftest import UNIDADES

ERRORES = [(u, i) for u in UNIDADES for i in catalogo.errores(u)]
ALTERNATIVAS = [(u, i) for u in UNIDADES for i in catalogo.alternativas(u)]


def _funciones_calificadas(unidad):
    return list(importlib.import_module(f"course.{unidad}").SALIDAS)


@pytest.fixture(autouse=True)
def avisos_son_errores():
    # Un aviso escrito a stderr en una celda de prueba le quita todos sus puntos al estudiante.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


@pytest.mark.parametrize("unidad,imp", ERRORES, ids=[f"{u}-{i.id}" for u, i in ERRORES])
def test_error_pierde_puntos_con_su_diagnostico(unidad, imp):
    fn = imp.compilar(catalogo.espacio_de_referencia(unidad))
    paso, mensaje = catalogo.evaluar(unidad, imp.funcion, fn)
    assert not paso, f"{imp.id} ({imp.explicacion}) obtuvo todos los puntos"
    assert imp.mensaje in mensaje, f"{imp.id}: se esperaba «{imp.mensaje}» en: {mensaje}"


@pytest.mark.parametrize("unidad,imp", ERRORES, ids=[f"{u}-{i.id}" for u, i in ERRORES])
def test_las_pruebas_visibles_detectan_el_error(unidad, imp):
    """Salvo las respuestas escritas a mano para la prueba visible, el estudiante ve el error
    antes de entregar."""
    if imp.solo_oculta:
        pytest.skip("solo lo detectan las pruebas ocultas, por diseño")
    fn = imp.compilar(catalogo.espacio_de_referencia(unidad))
    visibles = importlib.import_module(f"course.{unidad}")
    with pytest.raises(AssertionError):
        getattr(visibles, f"probar_{imp.funcion}")(fn)


@pytest.mark.parametrize("unidad,imp", ALTERNATIVAS, ids=[f"{u}-{i.id}" for u, i in ALTERNATIVAS])
def test_alternativa_correcta_obtiene_todo(unidad, imp):
    fn = imp.compilar(catalogo.espacio_de_referencia(unidad))
    paso, mensaje = catalogo.evaluar(unidad, imp.funcion, fn)
    assert paso, f"{imp.id} ({imp.explicacion}) es correcta pero falló: {mensaje}"


def test_referencia_pasa_todo(unidad):
    referencia = importlib.import_module(f"solutions.{unidad}")
    for funcion in _funciones_calificadas(unidad):
        paso, mensaje = catalogo.evaluar(unidad, funcion, getattr(referencia, funcion))
        assert paso, f"la referencia {unidad}.{funcion} falla: {mensaje}"


def test_esbozo_falla_todo(unidad):
    def esbozo(*args, **kwargs):
        raise NotImplementedError()

    for funcion in _funciones_calificadas(unidad):
        esbozo.__name__ = funcion
        paso, mensaje = catalogo.evaluar(unidad, funcion, esbozo)
        assert not paso and "todavía no está implementada" in mensaje


def test_cada_funcion_tiene_errores_y_alternativas(unidad):
    for funcion in _funciones_calificadas(unidad):
        assert len(catalogo.errores(unidad, funcion)) >= 3, f"{funcion}: menos de 3 errores"
        assert catalogo.alternativas(unidad, funcion), f"{funcion}: sin alternativas"

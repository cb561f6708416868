"""Nada depende de los últimos bits de un resultado de punto flotante.

Otra CPU u otro núcleo de OpenBLAS cambian los últimos bits (p. ej. 0.869304213107763 frente a
0.8693042131077623). Lo que se guarda en el repositorio y se compara con lo recién calculado
(huellas de errores, salidas esperadas de MNIST) usa la tolerancia de course.huellas. Aquí se
simula otra máquina perturbando cada número calculado en relativo 1e-12: debe seguir
coincidiendo; una diferencia real (relativo 1e-6) debe notarse; y un NaN o un infinito se
reconocen a propósito, en su lugar, no comparando NaN con NaN.
"""
import importlib
import json
import math

import numpy as np
import pytest

from autograder import catalogo
from course import huellas
from course.comprobar import Sospecha, nombrar_error_conocido
from conftest import UNIDADES


def _perturbar(valor, relativo: float, rng):
    """Cada float multiplicado por 1 ± relativo (signo al azar): otra máquina, simulada."""
    if isinstance(valor, dict):
        return {k: _perturbar(v, relativo, rng) for k, v in valor.items()}
    if isinstance(valor, (list, tuple)):
        return [_perturbar(v, relativo, rng) for v in valor]
    if isinstance(valor, np.ndarray) and valor.dtype.kind == "f":
        return valor * (1 + relativo * rng.choice([-1.0, 1.0], size=valor.shape))
    if isinstance(valor, float) and math.isfinite(valor) and valor != 0:
        return valor * (1 + relativo * rng.choice([-1.0, 1.0]))
    return valor


def _guardadas(unidad):
    return json.loads(catalogo.ruta_huellas(unidad).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def calculadas():
    return {u: catalogo.calcular_huellas(u) for u in UNIDADES}


@pytest.mark.parametrize("unidad", UNIDADES)
def test_huellas_coinciden_con_otros_ultimos_bits(unidad, calculadas):
    rng = np.random.default_rng(0)
    otra_maquina = _perturbar(huellas.numeros(calculadas[unidad]), 1e-12, rng)
    assert not huellas.coinciden(_guardadas(unidad), otra_maquina)


@pytest.mark.parametrize("unidad", UNIDADES)
def test_huellas_notan_una_diferencia_real(unidad, calculadas):
    if not list(_floats(_guardadas(unidad))):
        pytest.skip(f"{unidad} no tiene huellas numéricas (sus errores no cambian números)")
    rng = np.random.default_rng(0)
    distinta = _perturbar(huellas.numeros(calculadas[unidad]), 1e-6, rng)
    assert huellas.coinciden(_guardadas(unidad), distinta)


def test_salidas_esperadas_de_mnist_con_otros_ultimos_bits():
    from autograder.unidades.mnist import esperado
    from course._mnist_esperado import ESPERADO

    calculado = esperado.calcular()
    rng = np.random.default_rng(0)
    assert not huellas.coinciden(ESPERADO, _perturbar(calculado, 1e-12, rng))
    assert huellas.coinciden(ESPERADO, _perturbar(calculado, 1e-6, rng))


def test_las_huellas_se_guardan_redondeadas_y_en_json_estandar():
    for unidad in UNIDADES:
        texto = catalogo.ruta_huellas(unidad).read_text(encoding="utf-8")
        datos = json.loads(texto, parse_constant=lambda c: pytest.fail(
            f"{unidad}: {c} no es JSON estándar (los no finitos van como texto)"))
        for numero in _floats(datos):
            assert numero == float(f"{numero:.{huellas.CIFRAS}g}"), (unidad, numero)


def _floats(valor):
    if isinstance(valor, dict):
        for v in valor.values():
            yield from _floats(v)
    elif isinstance(valor, list):
        for v in valor:
            yield from _floats(v)
    elif isinstance(valor, float):
        yield valor


def test_nan_e_infinito_se_reconocen_a_proposito():
    assert huellas.redondear([math.nan, math.inf, -math.inf, 1.23456789012345]) == [
        "NaN", "Infinity", "-Infinity", 1.23456789]
    assert not huellas.coinciden(["NaN", "Infinity"], [math.nan, math.inf])
    assert huellas.coinciden(["NaN"], [1.0]) and huellas.coinciden([1.0], [math.nan])
    assert huellas.coinciden(["Infinity"], [-math.inf])
    # Al calificar: un error cuyo resultado tiene NaN se nombra si el estudiante da NaN en los
    # mismos lugares (y lo demás igual); un NaN en otro lugar no lo nombra.
    sospecha = Sospecha(np.array([1.0, np.nan, 3.0]), "produce NaN con entradas grandes")
    with pytest.raises(AssertionError, match="produce NaN"):
        nombrar_error_conocido(np.array([1.0, np.nan, 3.0]), np.array([1.0, 2.0, 3.0]), "A",
                               [sospecha])
    nombrar_error_conocido(np.array([np.nan, 2.0, 3.0]), np.array([1.0, 2.0, 3.0]), "A",
                           [sospecha])


def _errores_con_huella_no_finita():
    casos = []
    for unidad in UNIDADES:
        for funcion, salidas in _guardadas(unidad).items():
            for nombre, lista in salidas.items():
                for valor, diagnostico in lista:
                    if any(isinstance(x, str) for x in _hojas(valor)):
                        casos.append((unidad, funcion, diagnostico))
    return casos


def _hojas(valor):
    if isinstance(valor, list):
        for v in valor:
            yield from _hojas(v)
    else:
        yield valor


@pytest.mark.parametrize("unidad,funcion,diagnostico", _errores_con_huella_no_finita())
def test_la_prueba_visible_nombra_el_error_que_produce_nan(unidad, funcion, diagnostico):
    imp = next(i for i in catalogo.errores(unidad, funcion) if i.explicacion == diagnostico)
    fn = imp.compilar(catalogo.espacio_de_referencia(unidad))
    visibles = importlib.import_module(f"course.{unidad}")
    with pytest.raises(AssertionError) as fallo:
        with np.errstate(all="ignore"):
            getattr(visibles, f"probar_{funcion}")(fn)
    assert diagnostico in str(fallo.value) or imp.mensaje in str(fallo.value)


def test_hay_al_menos_una_huella_con_nan():
    assert _errores_con_huella_no_finita(), "ninguna huella prueba el caso NaN"

"""Cada pista apunta al lugar del error (visto en el primer día de un estudiante, en un navegador):
un error en una función no debe producir, en la prueba de otra, un consejo que mande a buscar
donde no está. Cada caso se arma como en el cuaderno: las funciones del estudiante se llaman
entre sí por su nombre."""
import inspect
import textwrap

import numpy as np
import pytest

import solutions.mnist as ref_mnist
import solutions.red_xor as ref_xor
from course import mnist, red_xor


def _cuaderno(referencia, **cambios) -> dict:
    """Un espacio como el del cuaderno: todas las funciones de la referencia, escritas en él
    (se llaman entre sí por su nombre), y las de ``cambios`` reemplazadas por su fuente."""
    espacio = {"np": np}
    for nombre, objeto in vars(referencia).items():
        if inspect.isfunction(objeto) and objeto.__module__ == referencia.__name__:
            exec(textwrap.dedent(inspect.getsource(objeto)), espacio)
    for fuente in cambios.values():
        exec(textwrap.dedent(fuente), espacio)
    return espacio


def _sustituir(referencia, funcion: str, viejo: str, nuevo: str) -> str:
    fuente = textwrap.dedent(inspect.getsource(getattr(referencia, funcion)))
    assert viejo in fuente, (funcion, viejo)
    return fuente.replace(viejo, nuevo)


def _mensaje(prueba, *args) -> str:
    with pytest.raises(AssertionError) as fallo:
        prueba(*args)
    return str(fallo.value)


def test_dw2_sin_transponer_con_m_igual_a_las_neuronas_ocultas():
    """Con m = 4 = neuronas ocultas, dz2 @ a1 tiene la forma de dw2: la pista es la
    transposición, no «sigmoide + entropía cruzada se simplifican»."""
    espacio = _cuaderno(ref_xor, backProp=_sustituir(ref_xor, "backProp", "dz2 @ a1.T", "dz2 @ a1"))
    mensaje = _mensaje(red_xor.probar_backProp, espacio["backProp"])
    assert "transponer a1" in mensaje and "se simplifican" not in mensaje, mensaje


def test_backprop_sin_1_m_no_se_diagnostica_como_ascenso_en_entrenarRed():
    espacio = _cuaderno(ref_xor, backProp=_sustituir(ref_xor, "backProp", "dw2 = dz2 @ a1.T / m",
                                                     "dw2 = dz2 @ a1.T").replace(
        "db2 = np.sum(dz2, axis=1, keepdims=True) / m", "db2 = np.sum(dz2, axis=1, keepdims=True)"
    ).replace("dw1 = dz1 @ X.T / m", "dw1 = dz1 @ X.T").replace(
        "db1 = np.sum(dz1, axis=1, keepdims=True) / m", "db1 = np.sum(dz1, axis=1, keepdims=True)"))
    mensaje = _mensaje(red_xor.probar_entrenarRed, espacio["entrenarRed"])
    assert "dividir entre m" in mensaje and "restarlo" not in mensaje, mensaje


def test_costo_sin_1_m_en_el_chequeo_de_gradientes():
    """El gradiente numérico del costo sin 1/m vale m veces el analítico: la pista es el 1/m
    del costo (o de backProp), no «la regla de la cadena para dw1»."""
    espacio = _cuaderno(ref_xor, costoGlobal=_sustituir(ref_xor, "costoGlobal", ") / m)", "))"))
    mensaje = _mensaje(red_xor.verificar_gradientes, espacio["backProp"], espacio["feedForward"],
                       espacio["costoGlobal"])
    assert "dividir entre m" in mensaje and "Revisa la regla de la cadena" not in mensaje, mensaje
    assert "costoGlobal" in mensaje, mensaje


def test_un_costo_mal_en_mnist_no_culpa_a_entrenarRed():
    """Los parámetros que entrena entrenarRed no dependen del costo: si salen bien y los costos
    no, la pista manda a costoGlobal."""
    espacio = _cuaderno(ref_mnist, costoGlobal=_sustituir(ref_mnist, "costoGlobal", "np.log(",
                                                         "np.log2("))
    mensaje = _mensaje(mnist.probar_entrenarRed, espacio["entrenarRed"])
    assert "parámetros finales de entrenarRed son correctos" in mensaje, mensaje
    assert "costoGlobal su prueba" in mensaje, mensaje


def test_producto_elemento_a_elemento_en_vez_de_matricial():
    espacio = _cuaderno(ref_xor, feedForward=_sustituir(ref_xor, "feedForward", "w1 @ X", "w1 * X"))
    mensaje = _mensaje(red_xor.probar_feedForward, espacio["feedForward"])
    assert "¿usaste * (producto elemento a elemento) donde va @ (producto matricial)?" in mensaje, (
        mensaje)

"""Las comprobaciones compartidas dan el diagnóstico en español que prometen."""
import numpy as np
import pytest

from course.comprobar import (PruebaFallida, Sospecha, comprobar_arreglo, comprobar_costo_nulo,
                              comprobar_escalar, comprobar_lista_de_escalares, comprobar_tupla,
                              comprobar_valores, llamar, sin_revelar_valores, sospechas_de_escala)
from course.gradiente_numerico import comprobar_gradiente, gradiente_numerico


def _mensaje(funcion, *args, **kwargs):
    with pytest.raises(PruebaFallida) as e:
        funcion(*args, **kwargs)
    return str(e.value)


def test_forma_transpuesta():
    assert _mensaje(comprobar_arreglo, np.zeros((3, 4)), "dw1", (4, 3), referencia="w1") == (
        "dw1 tiene forma (3, 4) y w1 (4, 3): ¿olvidaste transponer?")


def test_sesgo_sin_sumar_y_sin_keepdims():
    assert "no sumaste sobre los ejemplos" in _mensaje(
        comprobar_arreglo, np.zeros((4, 7)), "db1", (4, 1), referencia="b1")
    assert "keepdims" in _mensaje(comprobar_arreglo, np.zeros(4), "db1", (4, 1), referencia="b1")
    # Una activación (no un sesgo) con otra cantidad de columnas no recibe esa pista.
    assert "no sumaste" not in _mensaje(comprobar_arreglo, np.zeros((4, 4)), "a1", (4, 1))


def test_tipos():
    assert "np.ndarray" in _mensaje(comprobar_arreglo, [[1.0]], "a", (1, 1))
    assert "NaN" in _mensaje(comprobar_arreglo, np.array([[np.nan]]), "a", (1, 1))
    assert "arreglo de forma (1, 1)" in _mensaje(comprobar_escalar, np.ones((1, 1)), "El costo")
    assert comprobar_escalar(np.float64(2.5), "c") == 2.5
    assert comprobar_escalar(np.array(1.5), "c") == 1.5
    assert "None" in _mensaje(comprobar_tupla, None, ["a1", "a2"], "feedForward")
    assert "2 valores" in _mensaje(comprobar_tupla, (1, 2, 3), ["a1", "a2"], "feedForward")
    assert "exactamente 3 valores" in _mensaje(comprobar_lista_de_escalares, [1.0], "costos", 3)
    assert "exactamente 1 valor " in _mensaje(comprobar_lista_de_escalares, [1.0, 2.0], "costos", 1)


def test_valores_y_sospechas():
    comprobar_valores(np.ones(3), np.ones(3) + 1e-9, "x")
    assert "olvidaste dividir entre m" in _mensaje(
        comprobar_valores, 8.0, 2.0, "El costo", sospechas=sospechas_de_escala(2.0, 4))
    assert "signo" in _mensaje(comprobar_valores, -2.0, 2.0, "El costo",
                               sospechas=sospechas_de_escala(2.0, 4))
    assert _mensaje(comprobar_valores, np.zeros(2), np.ones(2), "a",
                    sospechas=[Sospecha(np.zeros(2), "falta el sesgo")]) == (
        "a no es correcto: falta el sesgo")
    visible = _mensaje(comprobar_valores, np.zeros(2), np.ones(2), "a")
    assert "se esperaba 1" in visible
    with sin_revelar_valores():
        oculto = _mensaje(comprobar_valores, np.zeros(2), np.ones(2), "a")
    assert "se esperaba" not in oculto and "prueba oculta" in oculto


def test_llamar_copia_captura_avisos_y_traduce_errores():
    x = np.ones(3)

    def en_el_lugar(v):
        v -= 1
        return np.log(v)

    salida, avisos = llamar(en_el_lugar, x)
    assert np.all(x == 1), "la función del estudiante modificó los datos de la prueba"
    assert any("divide by zero" in a for a in avisos)

    def esbozo():
        raise NotImplementedError()

    assert "todavía no está implementada" in _mensaje(llamar, esbozo)
    assert "lanzó ZeroDivisionError" in _mensaje(llamar, lambda: 1 / 0)
    assert "no es una función" in _mensaje(llamar, 3, nombre="feedForward")


def test_gradiente_numerico():
    theta = np.array([[1.0, -2.0], [0.5, 3.0]])
    analitico = 2 * theta
    numerico = gradiente_numerico(lambda: float(np.sum(theta ** 2)), theta)
    assert comprobar_gradiente(analitico, numerico, "dtheta") < 1e-8
    assert "signo cambiado" in _mensaje(comprobar_gradiente, -analitico, numerico, "dtheta")


def test_costo_nulo_con_predicciones_perfectas():
    y = np.array([[1.0, 0.0, 1.0]])

    def sin_proteger(y_est, y):
        return float(-np.mean(y * np.log(y_est) + (1 - y) * np.log(1 - y_est)))

    def recorte_grueso(y_est, y):
        y_est = np.clip(y_est, 1e-3, 1 - 1e-3)
        return float(-np.mean(y * np.log(y_est) + (1 - y) * np.log(1 - y_est)))

    def bien(y_est, y):
        y_est = np.clip(y_est, 1e-12, 1 - 1e-12)
        return float(-np.mean(y * np.log(y_est) + (1 - y) * np.log(1 - y_est)))

    assert "log(0)" in _mensaje(comprobar_costo_nulo, sin_proteger, y, y, nombre="c")
    assert "debe ser ~0" in _mensaje(comprobar_costo_nulo, recorte_grueso, y, y, nombre="c")
    comprobar_costo_nulo(bien, y, y, nombre="c")

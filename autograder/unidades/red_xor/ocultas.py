"""Pruebas ocultas de la unidad red_xor: entradas nuevas de varios tamaños contra la referencia.

Se llaman desde la parte oculta de cada celda de prueba del cuaderno fuente. Usan las mismas
revisiones que las pruebas visibles (course.red_xor.revisar_*) y añaden, como sospechas, las
salidas de los errores del catálogo para poder nombrar el error exacto.
"""
import numpy as np

from autograder.catalogo import sospechas
from autograder.pruebas import oculta
from course import red_xor as unidad
from course.comprobar import llamar
from course.gradiente_numerico import comprobar_gradiente, gradiente_numerico
from solutions import red_xor as ref

UNIDAD = "red_xor"
TAMANOS = (1, 3, 7, 16)   # nunca solo m = 4: una respuesta escrita para la prueba visible falla


def casos(semilla: int = 20261122):
    """Entradas aleatorias (fijas por semilla) de la red 3-4-1 para cada m de TAMANOS."""
    rng = np.random.default_rng(semilla)
    for m in TAMANOS:
        X = rng.normal(size=(3, m))
        y = (rng.random((1, m)) < 0.5).astype(float)
        if m > 1:
            y[0, :2] = (0.0, 1.0)  # ambas clases presentes
        w1 = rng.normal(scale=0.8, size=(4, 3))
        b1 = rng.normal(scale=0.5, size=(4, 1))
        w2 = rng.normal(scale=0.8, size=(1, 4))
        b2 = rng.normal(scale=0.5, size=(1, 1))
        a1, a2 = ref.feedForward(X, w1, w2, b1, b2)
        yield dict(m=m, X=X, y=y, w1=w1, b1=b1, w2=w2, b2=b2, a1=a1, a2=a2)


@oculta
def probar_feedForward(feedForward):
    for c in casos():
        args = (c["X"], c["w1"], c["w2"], c["b1"], c["b2"])
        salida, avisos = llamar(feedForward, *args, nombre="feedForward")
        extra = sospechas(UNIDAD, "feedForward", args, ["a1", "a2"])
        unidad.revisar_feedForward(salida, ref.feedForward(*args), c["m"], avisos=avisos,
                                   extra=extra)


@oculta
def probar_costoGlobal(costoGlobal):
    rng = np.random.default_rng(7)
    for c in casos():
        y_est = rng.uniform(0.02, 0.98, size=(1, c["m"]))
        for prediccion in (y_est, c["a2"]):
            salida, avisos = llamar(costoGlobal, prediccion, c["y"], nombre="costoGlobal")
            extra = sospechas(UNIDAD, "costoGlobal", (prediccion, c["y"]), ["costo"])
            unidad.revisar_costoGlobal(salida, ref.costoGlobal(prediccion, c["y"]), c["m"],
                                       avisos=avisos, extra=extra)
    # Predicciones muy cercanas a 0 y 1 (sin llegar) y exactas: resultado finito y correcto.
    y = np.array([[1.0, 0.0, 1.0, 0.0, 1.0]])
    for prediccion in (np.array([[1 - 1e-9, 1e-9, 0.5, 0.3, 0.999]]),
                       np.array([[1.0, 0.0, 1.0, 0.0, 1.0]])):
        salida, avisos = llamar(costoGlobal, prediccion, y, nombre="costoGlobal")
        unidad.revisar_costoGlobal(salida, ref.costoGlobal(prediccion, y), 5, avisos=avisos)


@oculta
def probar_backProp(backProp):
    for c in casos():
        args = (c["X"], c["y"], c["w1"], c["w2"], c["b1"], c["b2"], c["a2"], c["a1"])
        salida, avisos = llamar(backProp, *args, nombre="backProp")
        extra = sospechas(UNIDAD, "backProp", args, ["dw1", "db1", "dw2", "db2"])
        unidad.revisar_backProp(salida, ref.backProp(*args), c["m"], avisos=avisos, extra=extra)
        _gradiente_numerico(salida, c)


def _gradiente_numerico(salida, c):
    """El gradiente del estudiante contra diferencias centrales del costo de referencia."""
    params = {n: c[n].copy() for n in ("w1", "b1", "w2", "b2")}

    def J():
        a2 = ref.feedForward(c["X"], params["w1"], params["w2"], params["b1"], params["b2"])[1]
        return ref.costoGlobal(a2, c["y"])

    for nombre, analitico in zip(("w1", "b1", "w2", "b2"), salida):
        comprobar_gradiente(analitico, gradiente_numerico(J, params[nombre]), "d" + nombre)


@oculta
def probar_entrenarRed(entrenarRed):
    for semilla, (epocas, lr) in enumerate(((1, 0.5), (30, 1.5), (200, 3.0))):
        c = list(casos(semilla))[2]
        iniciales = (c["w1"], c["b1"], c["w2"], c["b2"])
        args = (epocas, lr, c["X"], c["y"], *iniciales, c["a1"], c["a2"])
        salida, avisos = llamar(entrenarRed, *args, nombre="entrenarRed")
        unidad.revisar_entrenarRed(salida, ref.entrenarRed(*args), iniciales, epocas,
                                   avisos=avisos)
    # En la tabla XOR, una tasa razonable debe bajar el costo con claridad.
    X, y = unidad.datos_xor()
    iniciales = unidad.parametros_iniciales(semilla=3)
    args = (400, 2.0, X, y, *iniciales, None, None)
    salida, avisos = llamar(entrenarRed, *args, nombre="entrenarRed")
    esperado = ref.entrenarRed(*args)
    unidad.revisar_entrenarRed(salida, esperado, iniciales, 400, avisos=avisos)

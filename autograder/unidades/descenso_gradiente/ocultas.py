"""Pruebas ocultas de la unidad descenso_gradiente: entradas nuevas de varios tamaños contra la
referencia, y gradientes comprobados numéricamente.

Se llaman desde la parte oculta de cada celda de prueba del cuaderno fuente. Usan las mismas
revisiones que las pruebas visibles (course.descenso_gradiente.revisar_*) y añaden, como
sospechas, las salidas de los errores del catálogo para poder nombrar el error exacto.
"""
import numpy as np

from autograder.catalogo import sospechas
from autograder.pruebas import oculta
from course import descenso_gradiente as unidad
from course.comprobar import llamar
from course.gradiente_numerico import comprobar_gradiente, gradiente_numerico
from solutions import descenso_gradiente as ref

UNIDAD = "descenso_gradiente"


def _puntos(semilla=31):
    rng = np.random.default_rng(semilla)
    return [rng.uniform(-5, 5, size=2) for _ in range(6)] + [np.array([1.0, 0.0]),
                                                               np.array([0.0, -2.0])]


@oculta
def probar_gradienteC(gradienteC):
    for v in _puntos():
        salida, avisos = llamar(gradienteC, v, nombre="gradienteC")
        extra = sospechas(UNIDAD, "gradienteC", (v,), ["grad"])
        unidad.revisar_gradienteC(salida, ref.gradienteC(v), avisos=avisos, extra=extra)
        w = v.copy()
        comprobar_gradiente(np.asarray(salida, dtype=float),
                            gradiente_numerico(lambda: ref.funcionC(w), w), "∇C")


@oculta
def probar_pasoGradiente(pasoGradiente):
    rng = np.random.default_rng(5)
    for forma, eta in (((2,), 0.05), ((5,), 0.7), ((3, 1), 0.01), ((4, 3), 2.0)):
        v = rng.normal(size=forma)
        grad = rng.normal(size=forma)
        args = (v, grad, eta)
        salida, avisos = llamar(pasoGradiente, *args, nombre="pasoGradiente")
        extra = sospechas(UNIDAD, "pasoGradiente", args, ["v"])
        unidad.revisar_pasoGradiente(salida, ref.pasoGradiente(*args), v, grad, eta,
                                     avisos=avisos, extra=extra)


@oculta
def probar_descensoGradiente(descensoGradiente):
    casos = [
        (np.array([-3.0, 2.0]), 0.2, 12, None),
        (np.array([4.0, -4.5]), 0.02, 3, None),
        (np.array([0.5, 1.5]), 0.47, 8, None),        # η demasiado grande: diverge
        (np.array([-3.0, 2.0]), 0.2, 200, 1e-3),      # para por tol
        (np.array([2.0, -5.0]), 0.35, 60, 0.05),
        (np.array([-1.0, -1.0]), 0.1, 1, None),
        (np.array([1.0, -2.0]), 0.1, 10, 1e-8),       # ya en el mínimo: ningún paso
    ]
    for v0, eta, iteraciones, tol in casos:
        args = (v0, eta, iteraciones)
        salida, avisos = llamar(descensoGradiente, *args, tol=tol, nombre="descensoGradiente")
        extra = sospechas(UNIDAD, "descensoGradiente", args + (tol,), ["v", "trayectoria"])
        unidad.revisar_descensoGradiente(salida, ref.descensoGradiente(*args, tol=tol),
                                         avisos=avisos, extra=extra)


def casos_regresion(semilla=2027):
    rng = np.random.default_rng(semilla)
    for n, m in ((1, 7), (3, 20), (5, 50), (2, 1)):
        X = rng.normal(size=(n, m))
        y = rng.normal(size=(1, m)) + 3.0
        theta = rng.normal(size=(n + 1, 1))
        yield n, m, theta, X, y


@oculta
def probar_gradienteRegresionLineal(gradienteRegresionLineal):
    for n, m, theta, X, y in casos_regresion():
        args = (theta, X, y)
        salida, avisos = llamar(gradienteRegresionLineal, *args,
                                nombre="gradienteRegresionLineal")
        extra = sospechas(UNIDAD, "gradienteRegresionLineal", args, ["grad"])
        unidad.revisar_gradienteRegresionLineal(salida, ref.gradienteRegresionLineal(*args), m,
                                                avisos=avisos, extra=extra)
        t = theta.copy()
        comprobar_gradiente(np.asarray(salida, dtype=float),
                            gradiente_numerico(lambda: ref.costoRegresion(t, X, y), t), "∇J")


@oculta
def probar_entrenarRegresionLineal(entrenarRegresionLineal):
    for (n, m, _, X, y), (alpha, iteraciones) in zip(casos_regresion(7),
                                                     ((0.3, 1), (0.1, 25), (0.05, 60),
                                                      (0.5, 3))):
        args = (X, y, alpha, iteraciones)
        salida, avisos = llamar(entrenarRegresionLineal, *args, nombre="entrenarRegresionLineal")
        extra = sospechas(UNIDAD, "entrenarRegresionLineal", args, ["theta", "costos"])
        unidad.revisar_entrenarRegresionLineal(salida, ref.entrenarRegresionLineal(*args),
                                               iteraciones, avisos=avisos, extra=extra)

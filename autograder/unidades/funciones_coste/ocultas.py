"""Pruebas ocultas de la unidad funciones_coste: entradas nuevas de varios tamaños contra la
referencia.

Se llaman desde la parte oculta de cada celda de prueba del cuaderno fuente. Usan las mismas
revisiones que las pruebas visibles (course.funciones_coste.revisar_*) y añaden, como sospechas,
las salidas de los errores del catálogo para poder nombrar el error exacto.
"""
import numpy as np

from autograder.catalogo import sospechas
from autograder.pruebas import oculta
from course import funciones_coste as unidad
from course.comprobar import llamar
from solutions import funciones_coste as ref

UNIDAD = "funciones_coste"
# (k clases, m ejemplos): nunca solo (10, 3) ni (10, 5); m ≠ k y m ≠ 2 para que cada error de
# escala tenga un diagnóstico único.
TAMANOS = ((10, 1), (3, 7), (10, 20), (2, 5), (4, 13))


def _softmax(Z):
    E = np.exp(Z - Z.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


def casos(semilla: int = 20260315):
    """Etiquetas, one-hot, salidas en [0, 1] y probabilidades por columna para cada tamaño."""
    rng = np.random.default_rng(semilla)
    for k, m in TAMANOS:
        etiquetas = rng.integers(0, k, size=m)
        if m > 3:
            etiquetas[:2] = (0, k - 2)   # la clase 0 presente; la última puede faltar
            etiquetas[etiquetas == k - 1] = 0
        Y = ref.codificarOneHot(etiquetas, k)
        A = rng.uniform(0, 1, size=(k, m))
        P = _softmax(rng.normal(scale=2.0, size=(k, m)))
        yield dict(k=k, m=m, etiquetas=etiquetas, Y=Y, A=A, P=P)


@oculta
def probar_codificarOneHot(codificarOneHot):
    for c in casos():
        for etiquetas in (c["etiquetas"], c["etiquetas"].astype(np.int32)):
            args = (etiquetas, c["k"])
            salida, avisos = llamar(codificarOneHot, *args, nombre="codificarOneHot")
            extra = sospechas(UNIDAD, "codificarOneHot", args, ["Y"])
            unidad.revisar_codificarOneHot(salida, ref.codificarOneHot(*args), etiquetas,
                                           c["k"], avisos=avisos, extra=extra)


@oculta
def probar_costoCuadratico(costoCuadratico):
    for c in casos():
        for A in (c["A"], c["P"], c["Y"]):
            args = (A, c["Y"])
            salida, avisos = llamar(costoCuadratico, *args, nombre="costoCuadratico")
            extra = sospechas(UNIDAD, "costoCuadratico", args, ["costo"])
            unidad.revisar_costoCuadratico(salida, ref.costoCuadratico(*args), c["m"], c["k"],
                                           avisos=avisos, extra=extra)


@oculta
def probar_entropiaCruzadaBinaria(entropiaCruzadaBinaria):
    rng = np.random.default_rng(11)
    for c in casos():
        m = c["m"]
        y = (rng.random((1, m)) < 0.5).astype(float)
        if m > 1:
            y[0, :2] = (0.0, 1.0)
        y_est = rng.uniform(0.02, 0.98, size=(1, m))
        args = (y_est, y)
        salida, avisos = llamar(entropiaCruzadaBinaria, *args, nombre="entropiaCruzadaBinaria")
        extra = sospechas(UNIDAD, "entropiaCruzadaBinaria", args, ["costo"])
        unidad.revisar_entropiaCruzadaBinaria(salida, ref.entropiaCruzadaBinaria(*args), m,
                                              avisos=avisos, extra=extra)
    # Predicciones muy cercanas a 0 y 1 (sin llegar) y exactas: resultado finito y correcto.
    y = np.array([[1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 0.0]])
    for y_est in (np.array([[1 - 1e-9, 1e-9, 0.5, 0.3, 0.999, 0.2, 0.0]]), y.copy()):
        salida, avisos = llamar(entropiaCruzadaBinaria, y_est, y, nombre="entropiaCruzadaBinaria")
        unidad.revisar_entropiaCruzadaBinaria(salida, ref.entropiaCruzadaBinaria(y_est, y), 7,
                                              avisos=avisos)


@oculta
def probar_entropiaCruzadaCategorica(entropiaCruzadaCategorica):
    for c in casos():
        P = c["P"].copy()
        # Algunos ceros exactos en clases incorrectas: 0·ln 0 debe contar como 0, no NaN.
        P[(c["Y"] == 0) & (P < 0.05)] = 0.0
        for Y_est in (c["P"], P):
            args = (Y_est, c["Y"])
            salida, avisos = llamar(entropiaCruzadaCategorica, *args,
                                    nombre="entropiaCruzadaCategorica")
            extra = sospechas(UNIDAD, "entropiaCruzadaCategorica", args, ["costo"])
            unidad.revisar_entropiaCruzadaCategorica(
                salida, ref.entropiaCruzadaCategorica(*args), c["m"], c["k"], avisos=avisos,
                extra=extra)

"""Pruebas ocultas de la unidad regresion_logistica: entradas nuevas de varios tamaños contra la
referencia.

Se llaman desde la parte oculta de cada celda de prueba del cuaderno fuente. Usan las mismas
revisiones que las pruebas visibles (course.regresion_logistica.revisar_*) y añaden, como
sospechas, las salidas de los errores del catálogo para poder nombrar el error exacto.
"""
import numpy as np

from autograder.catalogo import sospechas
from autograder.pruebas import oculta
from course import regresion_logistica as unidad
from course.comprobar import llamar
from course.gradiente_numerico import comprobar_gradiente, gradiente_numerico
from solutions import regresion_logistica as ref

UNIDAD = "regresion_logistica"
# (n atributos, m ejemplos): nunca solo los tamaños de las pruebas visibles.
TAMANOS = ((1, 1), (3, 7), (4, 16), (2, 40))


def casos(semilla: int = 20260501):
    """Problemas binarios aleatorios (fijos por semilla) para cada (n, m) de TAMANOS."""
    rng = np.random.default_rng(semilla)
    for n, m in TAMANOS:
        X = rng.normal(scale=1.5, size=(n, m))
        y = (rng.random((1, m)) < 0.5).astype(float)
        if m > 1:
            y[0, :2] = (0.0, 1.0)  # ambas clases presentes
        theta0 = float(rng.normal())
        theta = rng.normal(size=(n, 1))
        lam = float(rng.choice([0.0, 0.4, 2.5]))
        yield dict(n=n, m=m, X=X, y=y, theta0=theta0, theta=theta, lam=lam)


@oculta
def probar_sigmoide(sigmoide):
    rng = np.random.default_rng(11)
    entradas = [rng.normal(scale=4, size=(3, 5)), rng.normal(scale=10, size=(17,)),
                np.array([[-1000.0, -745.0, -40.0, 40.0, 745.0, 1000.0]]),
                rng.normal(size=(2, 3, 4))]
    for z in entradas:
        salida, avisos = llamar(sigmoide, z, nombre="sigmoide")
        extra = sospechas(UNIDAD, "sigmoide", (z,), ["sigmoide"])
        unidad.revisar_sigmoide(salida, ref.sigmoide(z), avisos=avisos, extra=extra)


@oculta
def probar_predecirProba(predecirProba):
    for c in casos():
        args = (c["theta0"], c["theta"], c["X"])
        salida, avisos = llamar(predecirProba, *args, nombre="predecirProba")
        extra = sospechas(UNIDAD, "predecirProba", args, ["proba"])
        unidad.revisar_predecirProba(salida, ref.predecirProba(*args), c["m"], avisos=avisos,
                                     extra=extra)


@oculta
def probar_predecirClase(predecirClase):
    rng = np.random.default_rng(5)
    for m in (1, 9, 30):
        for umbral in (0.5, 0.15, 0.65):
            proba = rng.random((1, m))
            proba[0, 0] = umbral  # siempre un empate exacto con el umbral
            salida, avisos = llamar(predecirClase, proba, umbral, nombre="predecirClase")
            extra = sospechas(UNIDAD, "predecirClase", (proba, umbral), ["clase"])
            unidad.revisar_predecirClase(salida, proba, umbral, ref.predecirClase(proba, umbral),
                                         avisos=avisos, extra=extra)


@oculta
def probar_costoLogistico(costoLogistico):
    for c in casos():
        args = (c["theta0"], c["theta"], c["X"], c["y"], c["lam"])
        salida, avisos = llamar(costoLogistico, *args, nombre="costoLogistico")
        extra = sospechas(UNIDAD, "costoLogistico", args, ["costo"])
        unidad.revisar_costoLogistico(salida, ref.costoLogistico(*args), c["m"], avisos=avisos,
                                      extra=extra)
    # Con regularización y un intercepto grande: penalizar θ0 cambia mucho el costo.
    c = list(casos(3))[2]
    args = (4.0, c["theta"], c["X"], c["y"], 1.5)
    salida, avisos = llamar(costoLogistico, *args, nombre="costoLogistico")
    extra = sospechas(UNIDAD, "costoLogistico", args, ["costo"])
    unidad.revisar_costoLogistico(salida, ref.costoLogistico(*args), c["m"], avisos=avisos,
                                  extra=extra)
    # Predicciones saturadas y correctas: costo finito y ~0.
    X = np.array([[-5.0, -2.0, 2.0, 5.0, 7.0], [1.0, 0.0, 0.0, -1.0, 2.0]])
    y = np.array([[0.0, 0.0, 1.0, 1.0, 1.0]])
    args = (0.0, np.array([[300.0], [0.0]]), X, y, 0.0)
    salida, avisos = llamar(costoLogistico, *args, nombre="costoLogistico")
    unidad.revisar_costoLogistico(salida, ref.costoLogistico(*args), 5, avisos=avisos)


@oculta
def probar_gradienteLogistico(gradienteLogistico):
    for c in casos():
        args = (c["theta0"], c["theta"], c["X"], c["y"], c["lam"])
        salida, avisos = llamar(gradienteLogistico, *args, nombre="gradienteLogistico")
        extra = sospechas(UNIDAD, "gradienteLogistico", args, ["d_theta0", "d_theta"])
        unidad.revisar_gradienteLogistico(salida, ref.gradienteLogistico(*args), c["n"], c["m"],
                                          avisos=avisos, extra=extra)
        _gradiente_numerico(salida, c)


def _gradiente_numerico(salida, c):
    """El gradiente del estudiante contra diferencias centrales del costo de referencia."""
    params = {"theta0": np.array(c["theta0"]), "theta": c["theta"].copy()}

    def J():
        return ref.costoLogistico(float(params["theta0"]), params["theta"], c["X"], c["y"],
                                  c["lam"])

    d0, d = salida
    comprobar_gradiente(np.asarray(d0, dtype=float).reshape(()),
                        gradiente_numerico(J, params["theta0"]), "d_theta0")
    comprobar_gradiente(np.asarray(d, dtype=float), gradiente_numerico(J, params["theta"]),
                        "d_theta")


@oculta
def probar_entrenarLogistica(entrenarLogistica):
    for semilla, (iteraciones, alpha, lam) in enumerate(((1, 0.3, 0.0), (12, 0.8, 1.2),
                                                         (60, 0.5, 0.0), (25, 1.0, 3.0))):
        c = list(casos(semilla))[1 + semilla % 3]
        args = (c["X"], c["y"], alpha, iteraciones, lam)
        salida, avisos = llamar(entrenarLogistica, *args, nombre="entrenarLogistica")
        extra = sospechas(UNIDAD, "entrenarLogistica", args, ["theta0", "theta", "costos"])
        unidad.revisar_entrenarLogistica(salida, ref.entrenarLogistica(*args), c["n"],
                                         iteraciones, avisos=avisos, extra=extra)


@oculta
def probar_softmax(softmax):
    rng = np.random.default_rng(8)
    entradas = [rng.normal(scale=3, size=(4, 9)), rng.normal(size=(5,)),
                rng.normal(size=(2, 2)), rng.normal(size=(6, 1)),
                np.array([[800.0, 2.0, -3.0], [805.0, 1.0, -900.0], [790.0, 0.0, -1.0]]),
                np.array([-1000.0, -1001.0, -1003.0, -999.0])]
    for Z in entradas:
        salida, avisos = llamar(softmax, Z, nombre="softmax")
        extra = sospechas(UNIDAD, "softmax", (Z,), ["softmax"])
        unidad.revisar_softmax(salida, ref.softmax(Z), avisos=avisos, extra=extra)


@oculta
def probar_matrizConfusion(matrizConfusion):
    rng = np.random.default_rng(13)
    for m in (1, 10, 57):
        y = (rng.random((1, m)) < 0.4).astype(float)
        y_pred = (rng.random((1, m)) < 0.5).astype(float)
        for pred in (y_pred, y_pred.astype(int), 1 - y):
            salida, avisos = llamar(matrizConfusion, y, pred, nombre="matrizConfusion")
            extra = sospechas(UNIDAD, "matrizConfusion", (y, pred), ["confusion"])
            unidad.revisar_matrizConfusion(salida, ref.matrizConfusion(y, pred), m,
                                           avisos=avisos, extra=extra)

"""Pruebas ocultas de la unidad optimizacion: entradas nuevas de varias formas contra la
referencia.

Se llaman desde la parte oculta de cada celda de prueba del cuaderno fuente. Usan las mismas
revisiones que las pruebas visibles (course.optimizacion.revisar_*) y añaden, como sospechas,
las salidas de los errores del catálogo para nombrar el error exacto. Los pasos se prueban uno a
uno desde estados a medio camino (con gradientes diminutos y nulos, donde se ve ε) y en cadenas
de varios pasos en las que cada uno recibe el estado que devolvió el anterior.
"""
import copy

import numpy as np

from autograder.catalogo import sospechas
from autograder.pruebas import oculta
from course import optimizacion as unidad
from course.comprobar import llamar
from solutions import optimizacion as ref

UNIDAD = "optimizacion"


def _sospechas(funcion, args, nombres):
    """Las sospechas del catálogo con copias propias de los argumentos (algunos errores
    modifican lo que reciben)."""
    return sospechas(UNIDAD, funcion, copy.deepcopy(args), nombres)


# --------------------------------------------------------------------------- trayectoria


@oculta
def probar_trayectoria(trayectoria):
    casos = [
        (unidad.gradienteRosenbrock, np.array([-1.2, 1.0]), 7, {"lr": 0.001, "escala": 0.5}),
        (unidad.gradienteCuadratica, np.array([2.0, -0.5]), 3, {"lr": 0.1}),
        (unidad.gradienteCuadratica, np.array([0.5, 0.4]), 1, {"lr": 0.02, "escala": 3.0}),
        (unidad.gradienteRosenbrock, np.array([0.3, -0.2]), 0, {"lr": 0.01}),
        (unidad.gradienteCuadratica, np.array([-1.0, 1.0]), 12, {"escala": 0.2, "lr": 0.05}),
    ]
    for gradiente, theta0, iteraciones, hiper in casos:
        estado0 = {"suma": np.zeros(2), "n": 0}
        args = (unidad.pasoPromedio, gradiente, theta0, estado0, iteraciones, hiper)
        esperado = ref.trayectoria(*copy.deepcopy(args))
        salida, avisos = llamar(trayectoria, *args, nombre="trayectoria")
        extra = _sospechas("trayectoria", args, ["puntos", "estado"])
        unidad.revisar_trayectoria(salida, esperado, theta0, estado0, iteraciones,
                                   avisos=avisos, extra=extra)


# --------------------------------------------------------------------------- los pasos

def _casos_de_paso(funcion, semilla):
    """Estados a medio camino de varias formas, con una componente de gradiente diminuta y otra
    nula (y su acumulado en 0), y varios hiperparámetros."""
    rng = np.random.default_rng(semilla)
    hipers = {
        "pasoMomento": [(0.05, 0.9), (0.3, 0.5), (0.01, 0.99)],
        "pasoNesterov": [(0.05, 0.9), (0.3, 0.5), (0.01, 0.99)],
        "pasoAdaGrad": [(0.1, 1e-8), (0.5, 1e-6), (0.02, 1e-8)],
        "pasoRMSprop": [(0.01, 0.9, 1e-8), (0.05, 0.5, 1e-6), (0.001, 0.99, 1e-8)],
        "pasoAdam": [(0.01, 0.9, 0.999, 1e-8), (0.1, 0.8, 0.99, 1e-6),
                     (0.001, 0.95, 0.9999, 1e-8)],
    }[funcion]
    claves = unidad._PASOS[funcion]["claves"]
    for forma, hiper, t in zip(((5,), (3, 4), (6, 1)), hipers, (1, 7, 40)):
        theta = rng.normal(size=forma)
        grad = rng.normal(scale=0.5, size=forma)
        grad.flat[0] = 0.0
        grad.flat[1] = 3e-7
        estado = {}
        for k in claves:
            if k in ("r", "v") and funcion != "pasoMomento" and funcion != "pasoNesterov":
                valor = rng.uniform(0.01, 0.5, size=forma)
                valor.flat[0] = 0.0
                valor.flat[1] = 2e-13
            else:
                valor = rng.normal(scale=0.1, size=forma)
                if funcion == "pasoAdam":
                    valor.flat[0] = 0.0
                    valor.flat[1] = 1e-7
            estado[k] = valor
        if unidad._PASOS[funcion]["t"]:
            estado["t"] = t
        yield theta, grad, estado, hiper


def _probar_paso(funcion, fn, semilla):
    for theta, grad, estado, hiper in _casos_de_paso(funcion, semilla):
        args = (theta, grad, estado, *hiper)
        esperado = getattr(ref, funcion)(*copy.deepcopy(args))
        salida, avisos = unidad._llamar_paso(fn, funcion, theta, grad, estado, *hiper)
        extra = _sospechas(funcion, args, ["theta", "estado"])
        unidad.revisar_paso(funcion, salida, esperado, theta, grad, estado,
                            unidad._hiper(funcion, hiper), avisos=avisos, extra=extra)
    # Cadenas desde el estado inicial: con los hiperparámetros por defecto y con otros.
    rng = np.random.default_rng(semilla + 100)
    for forma, hiper, por_defecto in (((3,), {"lr": 0.05}, True),
                                      ((2, 2), None, False)):
        if hiper is None:
            _, _, _, valores = next(iter(_casos_de_paso(funcion, semilla + 1)))
            hiper = unidad._hiper(funcion, valores)
        theta0 = rng.normal(size=forma)
        gradientes = [rng.normal(size=forma) for _ in range(4)]
        gradientes[1].flat[0] = 0.0
        theta, estado = theta0, ref.estadoInicial(getattr(ref, funcion), theta0)
        esperados = []
        for g in gradientes:
            if por_defecto:
                theta, estado = getattr(ref, funcion)(theta, g, estado, hiper["lr"])
            else:
                theta, estado = getattr(ref, funcion)(theta, g, estado, **hiper)
            esperados.append((theta, estado))
        unidad.revisar_cadena(funcion, fn, theta0, gradientes, esperados, hiper,
                              por_defecto=por_defecto)


@oculta
def probar_pasoMomento(pasoMomento):
    _probar_paso("pasoMomento", pasoMomento, 11)


@oculta
def probar_pasoNesterov(pasoNesterov):
    _probar_paso("pasoNesterov", pasoNesterov, 12)


@oculta
def probar_pasoAdaGrad(pasoAdaGrad):
    _probar_paso("pasoAdaGrad", pasoAdaGrad, 13)


@oculta
def probar_pasoRMSprop(pasoRMSprop):
    _probar_paso("pasoRMSprop", pasoRMSprop, 14)


@oculta
def probar_pasoAdam(pasoAdam):
    _probar_paso("pasoAdam", pasoAdam, 15)


# --------------------------------------------------------------------------- los programas


def _probar_tasa(funcion, fn, casos):
    for args in casos:
        esperado = getattr(ref, funcion)(*args)
        salida, avisos = llamar(fn, *args, nombre=funcion)
        extra = _sospechas(funcion, args, ["tasa"])
        unidad.revisar_tasa(funcion, salida, esperado, avisos=avisos, extra=extra,
                            donde=f" con los argumentos {args}")


@oculta
def probar_tasaEscalon(tasaEscalon):
    casos = [(0.1, e, 3, 0.5) for e in (0, 2, 3, 7, 11)] + [
        (0.05, e, 7) for e in (6, 7, 20)] + [(1.0, 40, 10, 0.3)]
    _probar_tasa("tasaEscalon", tasaEscalon, casos)


@oculta
def probar_tasaExponencial(tasaExponencial):
    casos = [(0.3, e, 0.05) for e in (0, 1, 9, 30)] + [(0.01, e, 1.2) for e in (2, 5)]
    _probar_tasa("tasaExponencial", tasaExponencial, casos)


@oculta
def probar_tasaInversa(tasaInversa):
    casos = [(0.3, e, 0.1) for e in (1, 9, 30)] + [(0.01, e, 2.0) for e in (2, 5)] + [
        (0.5, 0, 0.7)]
    _probar_tasa("tasaInversa", tasaInversa, casos)


@oculta
def probar_tasaCoseno(tasaCoseno):
    casos = [(0.2, e, 15, 0.01) for e in (1, 7, 14)] + [(0.05, e, 4) for e in (0, 1, 3)] + [
        (0.5, 19, 20, 0.1)]
    _probar_tasa("tasaCoseno", tasaCoseno, casos)


@oculta
def probar_tasasPorActualizacion(tasasPorActualizacion):
    for epocas, m, tamLote in ((5, 100, 32), (1, 64, 64), (4, 50, 7), (2, 30, 100),
                               (9, 1000, 250)):
        args = (unidad.tasaDePrueba, epocas, m, tamLote)
        esperado = ref.tasasPorActualizacion(*args)
        salida, avisos = llamar(tasasPorActualizacion, *args, nombre="tasasPorActualizacion")
        extra = _sospechas("tasasPorActualizacion", args, ["tasas"])
        unidad.revisar_tasasPorActualizacion(salida, esperado, epocas, m, tamLote,
                                             avisos=avisos, extra=extra)

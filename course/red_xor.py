"""Unidad «La red XOR con NumPy»: datos, pruebas visibles y gráficas.

Red 3-4-1 con sigmoides. Los ejemplos son columnas: X tiene forma (3, m) con filas (x1, x2, 1).

Las funciones ``revisar_*`` deciden si una salida es correcta dada la esperada (tipo → forma →
valores → errores típicos); las ``probar_*`` las aplican a entradas fijas con la salida esperada
escrita aquí. Las pruebas ocultas del calificador usan las mismas ``revisar_*`` con entradas nuevas.
"""
from __future__ import annotations

import functools
from typing import Callable, Sequence

import numpy as np

from .comprobar import (Sospecha, comprobar_arreglo, comprobar_costo_nulo,
                        comprobar_entrenamiento, comprobar_escalar,
                        comprobar_lista_de_escalares, comprobar_trayectoria, comprobar_tupla,
                        comprobar_valores, exito, fallar, llamar, sospechas_de,
                        sospechas_de_escala)
from . import graficas, huellas
from .datos.xor import datos_xor

__all__ = [
    "datos_xor", "parametros_iniciales", "parametros_de_prueba",
    "probar_feedForward", "probar_costoGlobal", "probar_backProp", "probar_entrenarRed",
    "verificar_gradientes", "graficar_costos", "graficar_regiones", "tabla_de_verdad",
]

FORMAS = {"w1": (4, 3), "b1": (4, 1), "w2": (1, 4), "b2": (1, 1)}


# ---------------------------------------------------------------------------------------------
# Datos
# ---------------------------------------------------------------------------------------------

def parametros_iniciales(semilla: int | None = None, escala: float = 1.0):
    """Pesos aleatorios normales (multiplicados por ``escala``) y sesgos en cero.

    Devuelve:
        w1 (4, 3), b1 (4, 1), w2 (1, 4), b2 (1, 1).
    """
    rng = np.random.default_rng(semilla)
    w1 = escala * rng.standard_normal(FORMAS["w1"])
    w2 = escala * rng.standard_normal(FORMAS["w2"])
    return w1, np.zeros(FORMAS["b1"]), w2, np.zeros(FORMAS["b2"])


def parametros_de_prueba():
    """Parámetros fijos de las pruebas visibles: w1 (4, 3), b1 (4, 1), w2 (1, 4), b2 (1, 1)."""
    w1 = np.array([[0.5, -0.3, 0.1],
                   [-0.4, 0.8, -0.2],
                   [0.3, 0.2, -0.6],
                   [-0.7, -0.5, 0.4]])
    b1 = np.array([[0.1], [-0.1], [0.2], [0.0]])
    w2 = np.array([[0.6, -0.4, 0.3, -0.2]])
    b2 = np.array([[0.05]])
    return w1, b1, w2, b2


# Salidas esperadas de las pruebas visibles (tests/test_fuentes.py las compara con la referencia).
ESPERADO = {
    "a1": np.array([[0.54983400, 0.47502081, 0.66818777, 0.59868766],
                    [0.42555748, 0.62245933, 0.33181223, 0.52497919],
                    [0.40131234, 0.45016600, 0.47502081, 0.52497919],
                    [0.59868766, 0.47502081, 0.42555748, 0.31002552]]),
    "a2": np.array([[0.55239039, 0.53147692, 0.59280722, 0.57314872]]),
    "y_est": np.array([[0.1, 0.8, 0.6, 0.3]]),
    "costo": 0.2990011586691898,
    "dw1": np.array([[0.00711379, 0.00313001, 0.01009689],
                     [-0.00526497, -0.00328249, -0.00775814],
                     [0.00310391, 0.00202217, 0.00436020],
                     [-0.00115302, -0.00028818, -0.00194699]]),
    "db1": np.array([[0.01009689], [-0.00775814], [0.00436020], [-0.00194699]]),
    "dw2": np.array([[0.03805516, 0.02730423, 0.02955851, 0.02813947]]),
    "db2": np.array([[0.06245581]]),
    "entrenar": {"epocas": 5, "lr": 2.0},
    "w1_final": np.array([[0.46779485, -0.29756681, 0.07279109],
                          [-0.37158316, 0.80923194, -0.16927796],
                          [0.28900494, 0.19800683, -0.60671738],
                          [-0.70087014, -0.51153454, 0.39311872]]),
    "b1_final": np.array([[0.07279109], [-0.06927796], [0.19328262], [-0.00688128]]),
    "w2_final": np.array([[0.51111338, -0.43386866, 0.23910021, -0.25274970]]),
    "b2_final": np.array([[-0.06785673]]),
    "costos": [0.7025337476183562, 0.694443032239106, 0.6943603488450958, 0.6942860858040675,
               0.6942151624521072],
}


# ---------------------------------------------------------------------------------------------
# Revisiones (compartidas por pruebas visibles y ocultas)
# ---------------------------------------------------------------------------------------------


def revisar_feedForward(salida, esperado: tuple, m: int, *, avisos=(), extra=None) -> None:
    """``esperado`` = (a1, a2) correctos para las mismas entradas."""
    if isinstance(salida, (tuple, list)) and len(salida) == 2:
        formas = tuple(np.shape(s) for s in salida)
        if formas == ((1, m), (4, m)):
            fallar("feedForward devolvió (a2, a1): el orden correcto es (a1, a2), primero la "
                   "capa oculta y luego la salida.")
    a1, a2 = comprobar_tupla(salida, ["a1", "a2"], "feedForward")
    a1 = comprobar_arreglo(a1, "a1", (4, m), avisos=avisos)
    a2 = comprobar_arreglo(a2, "a2", (1, m), avisos=avisos)
    sin_activar = "parecen valores antes de la sigmoide: aplica σ a z = W·A + b."
    comprobar_valores(a1, esperado[0], "a1", sospechas=[
        Sospecha(_logit(esperado[0]), sin_activar), *sospechas_de(extra, "a1")],
        pista="Revisa z1 = w1·X + b1 (producto matricial w1 @ X, no w1 * X) y la sigmoide.")
    comprobar_valores(a2, esperado[1], "a2", sospechas=[
        Sospecha(_logit(esperado[1]), sin_activar), *sospechas_de(extra, "a2")],
        pista="a1 está bien: revisa la capa de salida, a2 = σ(w2·a1 + b2).")


def revisar_costoGlobal(salida, esperado: float, m: int, *, avisos=(), extra=None) -> None:
    costo = comprobar_escalar(salida, "El costo", avisos=avisos)
    comprobar_valores(costo, esperado, "El costo", rtol=1e-6, atol=1e-9, sospechas=[
        *sospechas_de_escala(esperado, m),
        Sospecha(esperado / np.log(2), "coincide con la entropía cruzada en base 2. El curso usa "
                                       "logaritmo natural (np.log), no np.log2."),
        Sospecha(esperado / np.log(10), "usaste logaritmo en base 10 (np.log10); usa np.log."),
        *sospechas_de(extra, "costo")],
        pista="La fórmula es J = −(1/m) Σ [y·ln(ŷ) + (1 − y)·ln(1 − ŷ)], con m = número de "
              "columnas.")


def revisar_backProp(salida, esperado: tuple, m: int, *, avisos=(), extra=None) -> None:
    """``esperado`` = (dw1, db1, dw2, db2) correctos para las mismas entradas."""
    nombres = ["dw1", "db1", "dw2", "db2"]
    if isinstance(salida, (tuple, list)) and len(salida) == 4:
        formas = [np.shape(s) for s in salida]
        if formas == [FORMAS["w1"], FORMAS["w2"], FORMAS["b1"], FORMAS["b2"]]:
            fallar("backProp devolvió (dw1, dw2, db1, db2): el orden del curso es "
                   "(dw1, db1, dw2, db2).")
    grads = comprobar_tupla(salida, nombres, "backProp")
    grads = [comprobar_arreglo(g, n, FORMAS[n[1:]], referencia=n[1:], avisos=avisos)
             for g, n in zip(grads, nombres)]
    # Primero la capa de salida: si está mal, el error se propaga a la capa oculta.
    for i in (2, 3, 0, 1):
        nombre = nombres[i]
        if i < 2:
            pista = ("dw2 y db2 están bien, así que el error está en la propagación hacia la capa "
                     "oculta: revisa w2.T @ dz2 y la derivada de la sigmoide, que se calcula con "
                     "las activaciones: σ'(z1) = a1·(1 − a1).")
        else:
            pista = ("En la capa de salida, sigmoide + entropía cruzada se simplifican: "
                     "dz2 = a2 − y.")
        comprobar_valores(grads[i], esperado[i], nombre, rtol=1e-5, atol=1e-8, sospechas=[
            *sospechas_de_escala(esperado[i], m), *sospechas_de(extra, nombre)], pista=pista)


def revisar_entrenarRed(salida, esperado: tuple, iniciales: tuple, epocas: int, *, avisos=(),
                        extra=None) -> None:
    """``esperado`` = (w1, b1, w2, b2, costos) de la referencia; ``iniciales`` = (w1, b1, w2, b2)."""
    nombres = ["w1", "b1", "w2", "b2"]
    *params, costos = comprobar_tupla(salida, nombres + ["costos"], "entrenarRed")
    params = [comprobar_arreglo(p, n, FORMAS[n], avisos=avisos) for p, n in zip(params, nombres)]
    costos = comprobar_lista_de_escalares(costos, "costos", epocas)
    *finales, costos_ref = esperado
    comprobar_entrenamiento(params, finales, nombres, costos, costos_ref, iniciales, epocas,
                            extra=extra, rtol=1e-5, atol=1e-8, pista_costos=(
                                "El primer valor debe ser el costo con los parámetros iniciales. "
                                "Revisa que cada iteración haga feedForward → costo → backProp "
                                "→ actualización de los cuatro parámetros con la misma lr."))


def _logit(p):
    p = np.clip(np.asarray(p, dtype=float), 1e-12, 1 - 1e-12)
    return np.log(p / (1 - p))


# ---------------------------------------------------------------------------------------------
# Pruebas visibles
# ---------------------------------------------------------------------------------------------

# Nombres de las salidas de cada función calificada, en orden.
SALIDAS = {
    "feedForward": ("a1", "a2"),
    "costoGlobal": ("costo",),
    "backProp": ("dw1", "db1", "dw2", "db2"),
    "entrenarRed": ("w1", "b1", "w2", "b2", "costos"),
}


def entradas_visibles(funcion: str) -> tuple:
    """Los argumentos con que la prueba visible llama a ``funcion``."""
    X, y = datos_xor()
    w1, b1, w2, b2 = parametros_de_prueba()
    a1, a2 = ESPERADO["a1"], ESPERADO["a2"]
    return {
        "feedForward": (X, w1, w2, b1, b2),
        "costoGlobal": (ESPERADO["y_est"], y),
        "backProp": (X, y, w1, w2, b1, b2, a2, a1),
        "entrenarRed": (ESPERADO["entrenar"]["epocas"], ESPERADO["entrenar"]["lr"], X, y,
                        w1, b1, w2, b2, a1, a2),
    }[funcion]


# La llamada de cada prueba visible (entradas visibles, avisos y huellas): course.huellas.
_visible = functools.partial(huellas.llamar_visible, "red_xor")


def probar_feedForward(feedForward: Callable) -> None:
    """Prueba visible de feedForward con la tabla XOR y los parámetros de prueba."""
    salida, avisos, extra = _visible("feedForward", feedForward)
    revisar_feedForward(salida, (ESPERADO["a1"], ESPERADO["a2"]), 4, avisos=avisos, extra=extra)
    exito("feedForward: tipo, formas (4, 4) y (1, 4) y valores correctos.")


def probar_costoGlobal(costoGlobal: Callable) -> None:
    """Prueba visible de costoGlobal: un caso típico y predicciones exactas en 0 y 1."""
    salida, avisos, extra = _visible("costoGlobal", costoGlobal)
    revisar_costoGlobal(salida, ESPERADO["costo"], 4, avisos=avisos, extra=extra)
    # Predicciones perfectas exactas: el costo es ~0 y no debe dar NaN por log(0).
    _, y = datos_xor()
    comprobar_costo_nulo(costoGlobal, y.copy(), y, nombre="costoGlobal")
    exito("costoGlobal (pruebas visibles): tipo float, el valor esperado en la entrada de "
          "prueba y estable con ŷ en 0 y 1.")


def probar_backProp(backProp: Callable) -> None:
    """Prueba visible de backProp con los parámetros de prueba."""
    salida, avisos, extra = _visible("backProp", backProp)
    esperado = tuple(ESPERADO[n] for n in SALIDAS["backProp"])
    revisar_backProp(salida, esperado, 4, avisos=avisos, extra=extra)
    exito("backProp: formas de dw1, db1, dw2, db2 y valores correctos.")


def probar_entrenarRed(entrenarRed: Callable) -> None:
    """Prueba visible de entrenarRed: 5 iteraciones con lr = 2.0 desde los parámetros de prueba."""
    salida, avisos, extra = _visible("entrenarRed", entrenarRed)
    esperado = (ESPERADO["w1_final"], ESPERADO["b1_final"], ESPERADO["w2_final"],
                ESPERADO["b2_final"], ESPERADO["costos"])
    revisar_entrenarRed(salida, esperado, parametros_de_prueba(), ESPERADO["entrenar"]["epocas"],
                        avisos=avisos, extra=extra)
    exito("entrenarRed: parámetros finales y los 5 costos correctos.")


def verificar_gradientes(backProp: Callable, feedForward: Callable, costoGlobal: Callable,
                         semilla: int = 0) -> dict:
    """Compara tu backProp con el gradiente numérico de TU feedForward + costoGlobal.

    No usa ninguna solución: si tus tres funciones son coherentes entre sí, el error relativo
    de cada gradiente queda por debajo de 1e-6 (lo habitual es ≲ 1e-9). Devuelve {nombre: error relativo} e imprime una tabla.
    """
    from .gradiente_numerico import comprobar_gradiente, gradiente_numerico

    X, y = datos_xor()
    params = dict(zip(("w1", "b1", "w2", "b2"), parametros_iniciales(semilla)))
    params["b1"] += 0.1
    a1, a2 = feedForward(X, params["w1"], params["w2"], params["b1"], params["b2"])
    analiticos = dict(zip(("w1", "b1", "w2", "b2"), backProp(
        X, y, params["w1"], params["w2"], params["b1"], params["b2"], a2, a1)))

    def J():
        return costoGlobal(feedForward(X, params["w1"], params["w2"], params["b1"],
                                       params["b2"])[1], y)

    errores = {}
    for nombre in ("w1", "b1", "w2", "b2"):
        numerico = gradiente_numerico(J, params[nombre])
        errores["d" + nombre] = comprobar_gradiente(
            analiticos[nombre], numerico, "d" + nombre, m=X.shape[1],
            costo="tu costoGlobal", gradientes="tu backProp")
        print(f"  d{nombre}: error relativo {errores['d' + nombre]:.2e}")
    exito("tus gradientes coinciden con los numéricos.")
    return errores


# ---------------------------------------------------------------------------------------------
# Gráficas y tablas
# ---------------------------------------------------------------------------------------------

def graficar_costos(costos: Sequence[float], titulo: str = "Costo durante el entrenamiento"):
    """Curva del costo por iteración (eje y logarítmico)."""
    return graficas.curva_de_costo({"entrenamiento": costos}, titulo=titulo, log=True)


def graficar_regiones(feedForward: Callable, w1, b1, w2, b2, titulo: str = "Regiones de decisión"):
    """Probabilidad ŷ de la red en el plano (x1, x2), con x3 = 1, y los 4 puntos de XOR."""
    X, y = datos_xor()

    def probabilidad(puntos):  # puntos (2, k) → ŷ (k,)
        entradas = np.vstack([puntos, np.ones((1, puntos.shape[1]))])
        return feedForward(entradas, w1, w2, b1, b2)[1].ravel()

    return graficas.regiones_de_decision(probabilidad, X[:2], y.ravel(),
                                         limites=(-0.5, 1.5), titulo=titulo)


def tabla_de_verdad(X, y, y_est) -> None:
    """Imprime x1, x2, la etiqueta real, ŷ y la clase predicha (umbral 0.5)."""
    print(" x1  x2 | y | ŷ       | clase")
    print("--------+---+---------+------")
    for j in range(X.shape[1]):
        p = float(np.asarray(y_est)[0, j])
        print(f" {X[0, j]:.0f}   {X[1, j]:.0f}  | {y[0, j]:.0f} | {p:.5f} |  {int(p >= 0.5)}")

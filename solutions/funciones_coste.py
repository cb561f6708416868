"""Solución de referencia de la unidad «Funciones de costo» (UT5, bloque 1).

Los ejemplos son columnas: las salidas de la red y las etiquetas one-hot tienen forma (k, m),
con k clases (10 en MNIST) y m ejemplos. Cada función es idéntica al bloque de solución del
cuaderno source/funciones_coste/funciones_coste.ipynb (tests/test_fuentes.py falla si se separan).
"""
import numpy as np


def codificarOneHot(etiquetas, k):
    """Codificación one-hot de etiquetas enteras, un ejemplo por columna.

    Argumentos:
        etiquetas: arreglo de enteros de forma (m,), cada uno entre 0 y k − 1.
        k: número de clases (int).
    Devuelve:
        Y: arreglo de forma (k, m) con Y[c, j] = 1 si la etiqueta del ejemplo j es c, y 0 si no.
    """
    etiquetas = np.asarray(etiquetas).ravel()
    m = etiquetas.shape[0]
    Y = np.zeros((k, m))
    Y[etiquetas, np.arange(m)] = 1.0
    return Y


def costoCuadratico(A, Y):
    """Costo cuadrático del curso: C = 1/(2n) Σ_x ‖y(x) − a‖².

    Argumentos:
        A: salidas de la red, forma (k, n); cada columna es la salida a de un ejemplo.
        Y: salidas deseadas y(x), forma (k, n).
    Devuelve:
        el costo C como float (n = número de ejemplos = columnas).
    """
    n = A.shape[1]
    return float(np.sum((Y - A) ** 2) / (2 * n))


def entropiaCruzadaBinaria(y_est, y):
    """Entropía cruzada binaria media, con logaritmo natural.

    J = −(1/m) Σ [y ln ŷ + (1 − y) ln(1 − ŷ)]

    Argumentos:
        y_est: probabilidades predichas ŷ, forma (1, m), valores en [0, 1].
        y: etiquetas reales 0/1, forma (1, m).
    Devuelve:
        el costo J como float.
    """
    m = y.shape[1]
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)  # evita log(0) cuando ŷ vale exactamente 0 o 1
    return float(-np.sum(y * np.log(y_est) + (1 - y) * np.log(1 - y_est)) / m)


def entropiaCruzadaCategorica(Y_est, Y):
    """Entropía cruzada categórica media, con logaritmo natural.

    J = −(1/m) Σ_ejemplos Σ_clases y ln ŷ

    Argumentos:
        Y_est: probabilidades predichas, forma (k, m); cada columna suma 1.
        Y: etiquetas one-hot, forma (k, m).
    Devuelve:
        el costo J como float.
    """
    m = Y.shape[1]
    Y_est = np.clip(Y_est, 1e-12, 1.0)  # ŷ = 0 donde y = 0 no debe dar 0·log(0) = nan
    return float(-np.sum(Y * np.log(Y_est)) / m)

"""Solución de referencia de la unidad «La red XOR con NumPy» (Taller ANN).

Red 3-4-1 con activaciones sigmoides. Los ejemplos son columnas: X tiene forma (3, m).
Cada función es idéntica al bloque de solución del cuaderno source/red_xor/red_xor.ipynb
(tests/test_fuentes.py falla si se separan).
"""
import numpy as np


def sigmoide(z):
    """σ(z) = 1 / (1 + e^(−z)), escrita de forma estable (sin desbordes para |z| grande).

    Argumentos:
        z: arreglo de cualquier forma.
    Devuelve:
        arreglo de la misma forma con valores en (0, 1).
    """
    return np.exp(-np.logaddexp(0.0, -z))


def feedForward(X, w1, w2, b1, b2):
    """Propagación hacia adelante de la red 3-4-1.

    Argumentos:
        X: entradas, forma (3, m); cada columna es un ejemplo.
        w1: pesos de la capa oculta, forma (4, 3).
        w2: pesos de la capa de salida, forma (1, 4).
        b1: sesgos de la capa oculta, forma (4, 1).
        b2: sesgo de la capa de salida, forma (1, 1).
    Devuelve:
        a1: activaciones de la capa oculta, forma (4, m).
        a2: predicciones ŷ de la red, forma (1, m).
    """
    a1 = sigmoide(w1 @ X + b1)
    a2 = sigmoide(w2 @ a1 + b2)
    return a1, a2


def costoGlobal(y_est, y):
    """Entropía cruzada binaria media, con logaritmo natural.

    J = −(1/m) Σ [y ln ŷ + (1 − y) ln(1 − ŷ)]

    Argumentos:
        y_est: predicciones ŷ, forma (1, m), valores en [0, 1].
        y: etiquetas reales 0/1, forma (1, m).
    Devuelve:
        el costo J como float.
    """
    m = y.shape[1]
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)  # evita log(0) cuando ŷ vale exactamente 0 o 1
    return float(-np.sum(y * np.log(y_est) + (1 - y) * np.log(1 - y_est)) / m)


def backProp(X, y, w1, w2, b1, b2, a2, a1):
    """Retropropagación: gradientes del costo global respecto a cada parámetro.

    Argumentos:
        X: entradas, forma (3, m).
        y: etiquetas, forma (1, m).
        w1, w2, b1, b2: parámetros, formas (4, 3), (1, 4), (4, 1), (1, 1).
        a2: predicciones de feedForward, forma (1, m).
        a1: activaciones ocultas de feedForward, forma (4, m).
    Devuelve:
        dw1 (4, 3), db1 (4, 1), dw2 (1, 4), db2 (1, 1): mismas formas que los parámetros.
    """
    m = X.shape[1]
    dz2 = a2 - y                           # sigmoide + entropía cruzada: ∂L/∂z2 = a2 − y
    dw2 = dz2 @ a1.T / m
    db2 = np.sum(dz2, axis=1, keepdims=True) / m
    dz1 = (w2.T @ dz2) * a1 * (1 - a1)     # σ'(z1) = a1 (1 − a1)
    dw1 = dz1 @ X.T / m
    db1 = np.sum(dz1, axis=1, keepdims=True) / m
    return dw1, db1, dw2, db2


def entrenarRed(epocas, lr, X, y, w1, b1, w2, b2, a1, a2):
    """Descenso de gradiente por lotes completos durante ``epocas`` iteraciones.

    Argumentos:
        epocas: número de iteraciones (int).
        lr: tasa de aprendizaje (float).
        X: entradas, forma (3, m); y: etiquetas, forma (1, m).
        w1, b1, w2, b2: parámetros iniciales, formas (4, 3), (4, 1), (1, 4), (1, 1).
        a1, a2: activaciones previas (firma del curso); se recalculan en cada iteración.
    Devuelve:
        w1, b1, w2, b2: parámetros entrenados (mismas formas).
        costos: lista de ``epocas`` floats; costos[i] es el costo antes de la actualización i.
    """
    costos = []
    for _ in range(epocas):
        a1, a2 = feedForward(X, w1, w2, b1, b2)
        costos.append(costoGlobal(a2, y))
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1)
        w1 = w1 - lr * dw1
        b1 = b1 - lr * db1
        w2 = w2 - lr * dw2
        b2 = b2 - lr * db2
    return w1, b1, w2, b2, costos

"""Puntos simulados en el plano para la unidad regresion_logistica: una clase dentro de un
círculo (frontera no lineal) y tres nubes gaussianas (varias clases).

Todo se genera con una semilla; los ejemplos son columnas.
"""
from __future__ import annotations

import numpy as np

__all__ = ["datos_circulo", "datos_tres_clases"]


def datos_circulo(m: int = 200, semilla: int | None = 0, nitidez: float = 6.0):
    """Puntos uniformes en el cuadrado [−2, 2]² con la frontera circular del curso.

    La etiqueta es 1 con probabilidad σ(nitidez·(−1 + x1² + x2²)): fuera del círculo unidad casi
    siempre 1, dentro casi siempre 0, con algo de ruido cerca de la frontera.

    Argumentos:
        m: número de puntos; semilla: semilla del generador; nitidez: pendiente de la frontera.
    Devuelve:
        P: forma (2, m), coordenadas (x1, x2); y: forma (1, m), etiquetas 0/1.
    """
    rng = np.random.default_rng(semilla)
    P = rng.uniform(-2.0, 2.0, size=(2, m))
    z = nitidez * (-1.0 + P[0] ** 2 + P[1] ** 2)
    y = (rng.random(m) < np.exp(-np.logaddexp(0.0, -z))).astype(float)
    return P, y.reshape(1, m)


def datos_tres_clases(m_por_clase: int = 60, semilla: int | None = 0):
    """Tres nubes gaussianas en el plano, una por clase (0, 1, 2).

    Argumentos:
        m_por_clase: puntos de cada clase; semilla: semilla del generador.
    Devuelve:
        P: forma (2, 3·m_por_clase); y: forma (1, 3·m_por_clase) con la clase 0, 1 o 2.
    """
    rng = np.random.default_rng(semilla)
    centros = np.array([[-1.5, 1.5, 0.0], [-0.8, -0.8, 1.6]])
    P = np.hstack([centros[:, [k]] + 0.7 * rng.standard_normal((2, m_por_clase))
                   for k in range(3)])
    y = np.repeat(np.arange(3.0), m_por_clase).reshape(1, -1)
    return P, y

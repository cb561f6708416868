"""Datos sintéticos para regresión lineal (unidad descenso_gradiente): generados, nunca guardados.

y = 4 + 2.5·x + ruido, con x entre 0 y 2. Los ejemplos son columnas: X (1, m) e y (1, m).
"""
import numpy as np


def datos_recta(m: int = 60, semilla: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Puntos alrededor de la recta y = 4 + 2.5·x.

    Argumentos:
        m: número de ejemplos.
        semilla: semilla del generador (los mismos datos cada vez).
    Devuelve:
        X: forma (1, m), valores en [0, 2].
        y: forma (1, m).
    """
    rng = np.random.default_rng(semilla)
    X = rng.uniform(0, 2, size=(1, m))
    y = 4 + 2.5 * X + rng.normal(scale=0.5, size=(1, m))
    return X, y

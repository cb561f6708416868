"""La tabla de verdad de XOR con una entrada constante (unidad red_xor)."""
import numpy as np


def datos_xor() -> tuple[np.ndarray, np.ndarray]:
    """La tabla de verdad de XOR con una tercera entrada constante.

    Devuelve:
        X: forma (3, 4); filas x1, x2 y la constante 1; una columna por combinación.
        y: forma (1, 4) = [[0, 1, 1, 0]].
    """
    X = np.array([[0, 0, 1, 1],
                  [0, 1, 0, 1],
                  [1, 1, 1, 1]], dtype=float)
    y = np.array([[0, 1, 1, 0]], dtype=float)
    return X, y

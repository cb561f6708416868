"""Dígitos manuscritos de 8×8 píxeles de scikit-learn: un MNIST en miniatura (sin descargas).

MNIST tiene imágenes de 28×28 = 784 píxeles; estos dígitos, de 8×8 = 64. El problema es el mismo:
10 clases, del 0 al 9, y una imagen aplanada en un vector columna por ejemplo.
"""
import numpy as np


def datos_digitos(m: int | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Imágenes aplanadas (columnas) con píxeles en [0, 1] y sus etiquetas enteras.

    Argumentos:
        m: número de ejemplos (los primeros m); None para los 1797.
    Devuelve:
        X: forma (64, m), cada columna es una imagen de 8×8 aplanada.
        etiquetas: enteros de forma (m,), del 0 al 9.
    """
    from sklearn.datasets import load_digits

    digitos = load_digits()
    X = digitos.data.T / 16.0          # los píxeles vienen en 0..16
    etiquetas = digitos.target.astype(int)
    if m is not None:
        X, etiquetas = X[:, :m], etiquetas[:m]
    return X, etiquetas

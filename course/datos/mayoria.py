"""La función mayoría de tres bits de la diapositiva 001 (unidad retropropagacion).

La diapositiva escribe un ejemplo por FILA (X de 8 × 3); el curso usa columnas: aquí X es la
transpuesta, con los ejemplos en el mismo orden que las filas de la diapositiva.
"""
import numpy as np

# Las ocho filas de X_input de la diapositiva, en su orden.
FILAS_DIAPOSITIVA = ((1, 0, 0), (0, 1, 0), (0, 0, 1), (0, 0, 0),
                     (0, 1, 1), (1, 0, 1), (1, 1, 0), (1, 1, 1))
# El vector y de la diapositiva para ese orden.
Y_DIAPOSITIVA = (0, 0, 0, 0, 1, 1, 1, 1)


def datos_mayoria() -> tuple[np.ndarray, np.ndarray]:
    """Las ocho combinaciones de tres bits y su etiqueta: 1 si la mayoría de los bits son 1.

    Devuelve:
        X: forma (3, 8); columna j = fila j de la diapositiva.
        Y: forma (1, 8) = [[0, 0, 0, 0, 1, 1, 1, 1]].
    """
    X = np.array(FILAS_DIAPOSITIVA, dtype=float).T
    Y = np.array([Y_DIAPOSITIVA], dtype=float)
    return X, Y

"""Conjunto «diabetes» de scikit-learn (unidad regresion_lineal).

442 pacientes, 10 variables clínicas medidas al inicio (edad, sexo, índice de masa corporal,
presión arterial y seis mediciones de sangre s1…s6) y, como objetivo, una medida cuantitativa del
avance de la enfermedad un año después. Viene incluido en scikit-learn: no se descarga nada.

Los ejemplos son columnas: X tiene forma (10, 442) e y forma (1, 442).
"""
from __future__ import annotations

import numpy as np

NOMBRES = ("edad", "sexo", "imc", "presion", "s1", "s2", "s3", "s4", "s5", "s6")


def cargar_diabetes(estandarizar: bool = True) -> tuple[np.ndarray, np.ndarray, tuple]:
    """Carga el conjunto diabetes en disposición de columnas.

    Argumentos:
        estandarizar: si es True, cada variable (fila) queda con media 0 y desviación 1
            (desviación poblacional, ddof=0) calculadas con los 442 pacientes; si es False,
            se devuelven las unidades originales (edad en años, imc en kg/m², ...).
    Devuelve:
        X: forma (10, 442), una columna por paciente.
        y: forma (1, 442), avance de la enfermedad (unidades originales, entre 25 y 346).
        nombres: tupla con el nombre de cada fila de X.
    """
    from sklearn.datasets import load_diabetes

    datos = load_diabetes(scaled=False)
    X = np.asarray(datos.data, dtype=float).T.copy()
    y = np.asarray(datos.target, dtype=float).reshape(1, -1)
    if estandarizar:
        X = (X - X.mean(axis=1, keepdims=True)) / X.std(axis=1, keepdims=True)
    return X, y, NOMBRES

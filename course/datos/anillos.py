"""Dos anillos concéntricos en el plano, generados al vuelo (unidad sgd_laboratorio).

La clase 1 es el disco interior y la clase 0 el anillo exterior: ninguna recta los separa, así
que una regresión logística se queda corta (subajuste) y una red pequeña con capa oculta no.
"""
import numpy as np


def datos_anillos(m: int = 400, ruido: float = 0.12, semilla: int = 0):
    """Puntos 2-D de dos clases: disco interior (y = 1) y anillo exterior (y = 0).

    Argumentos:
        m: número de ejemplos (la mitad de cada clase, el sobrante va a la clase 0).
        ruido: desviación típica del ruido normal que se suma a cada coordenada.
        semilla: semilla del generador (los datos son siempre los mismos para una semilla).
    Devuelve:
        X: forma (2, m), una columna (x1, x2) por punto.
        y: forma (1, m), etiquetas 0/1.
    """
    rng = np.random.default_rng(semilla)
    m1 = m // 2
    radio = np.concatenate([rng.uniform(0.0, 0.5, m1), rng.uniform(1.0, 1.5, m - m1)])
    angulo = rng.uniform(0.0, 2 * np.pi, m)
    X = np.vstack([radio * np.cos(angulo), radio * np.sin(angulo)])
    X = X + ruido * rng.standard_normal(X.shape)
    y = np.concatenate([np.ones(m1), np.zeros(m - m1)]).reshape(1, m)
    orden = rng.permutation(m)
    return X[:, orden], y[:, orden]

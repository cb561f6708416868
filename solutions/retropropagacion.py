"""Solución de referencia de la unidad «Retropropagación y grafos de cómputo».

Los ejemplos son columnas: A_prev tiene forma (n_{l-1}, m), W (n_l, n_{l-1}), b (n_l, 1) y
Z = W A_prev + b. Las capas siguen el patrón (salida, cache) hacia adelante y
(gradientes de las entradas, gradientes de los parámetros) hacia atrás: la cache guarda lo que
la derivada necesita. Las unidades posteriores (activaciones, inicialización, optimización,
normalización por lotes, regularización) reciben estas funciones como código dado de su propio
cuaderno (importándolas de aquí en su solutions/<unidad>.py).
"""
import numpy as np


# ---------------------------------------------------------------------------------------------
# Capas con cache
# ---------------------------------------------------------------------------------------------

def capaDensaAdelante(A_prev, W, b):
    """Parte lineal de una capa densa: Z = W·A_prev + b.

    Argumentos:
        A_prev: activaciones de la capa anterior, forma (n_prev, m).
        W: pesos, forma (n, n_prev).
        b: sesgos, forma (n, 1).
    Devuelve:
        Z: forma (n, m).
        cache: (A_prev, W, b), lo que necesita capaDensaAtras.
    """
    Z = W @ A_prev + b
    return Z, (A_prev, W, b)


def capaDensaAtras(dZ, cache):
    """Gradientes de la parte lineal de una capa densa, con 1/m ya incluido en dZ.

    Argumentos:
        dZ: gradiente del costo respecto a Z, forma (n, m).
        cache: (A_prev, W, b) de capaDensaAdelante.
    Devuelve:
        dA_prev: forma (n_prev, m) = Wᵀ·dZ.
        dW: forma (n, n_prev) = dZ·A_prevᵀ.
        db: forma (n, 1) = suma de dZ sobre los ejemplos.
    """
    A_prev, W, _ = cache
    dA_prev = W.T @ dZ
    dW = dZ @ A_prev.T
    db = np.sum(dZ, axis=1, keepdims=True)
    return dA_prev, dW, db


def activacionAdelante(Z, activacion):
    """Activación elemento a elemento.

    Argumentos:
        Z: forma (n, m).
        activacion: "sigmoide", "tanh", "relu" o "lineal".
    Devuelve:
        A: forma (n, m).
        cache: (Z, A).
    """
    if activacion == "sigmoide":
        A = np.exp(-np.logaddexp(0.0, -Z))
    elif activacion == "tanh":
        A = np.tanh(Z)
    elif activacion == "relu":
        A = np.maximum(0.0, Z)
    elif activacion == "lineal":
        A = Z.copy()
    else:
        raise ValueError(f"activación desconocida: {activacion!r}")
    return A, (Z, A)


def activacionAtras(dA, cache, activacion):
    """dZ = dA ⊙ g'(Z), con la derivada escrita desde la activación donde el curso lo hace:
    σ' = A(1 − A), tanh' = 1 − A², ReLU' = 1 donde Z > 0 y 0 donde Z ≤ 0.

    Argumentos:
        dA: gradiente respecto a A, forma (n, m).
        cache: (Z, A) de activacionAdelante.
        activacion: la misma que hacia adelante.
    Devuelve:
        dZ: forma (n, m).
    """
    Z, A = cache
    if activacion == "sigmoide":
        return dA * A * (1 - A)
    if activacion == "tanh":
        return dA * (1 - A ** 2)
    if activacion == "relu":
        return dA * (Z > 0)
    if activacion == "lineal":
        return dA.copy()
    raise ValueError(f"activación desconocida: {activacion!r}")


# ---------------------------------------------------------------------------------------------
# Red de L capas
# ---------------------------------------------------------------------------------------------

def initRed(dims, semilla=None, escala=0.01):
    """Parámetros de una red con capas de tamaños ``dims`` = [n_x, n_1, ..., n_L].

    Argumentos:
        dims: lista de enteros (al menos dos).
        semilla: semilla de np.random.default_rng.
        escala: desviación de los pesos normales (los sesgos empiezan en 0).
    Devuelve:
        dict {"W1": (n_1, n_x), "b1": (n_1, 1), ..., "WL": (n_L, n_{L-1}), "bL": (n_L, 1)}.
    """
    rng = np.random.default_rng(semilla)
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = escala * rng.standard_normal((dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


def redAdelante(X, params, activaciones):
    """Propagación hacia adelante de una red de L capas.

    Argumentos:
        X: entradas, forma (n_x, m).
        params: dict {"W1", "b1", ..., "WL", "bL"}.
        activaciones: lista de L nombres (uno por capa), p. ej. ["relu", "relu", "sigmoide"].
    Devuelve:
        AL: salida de la última capa, forma (n_L, m).
        caches: lista de L pares (cache_densa, cache_activacion).
    """
    A, caches = X, []
    for l, activacion in enumerate(activaciones, start=1):
        Z, cache_densa = capaDensaAdelante(A, params[f"W{l}"], params[f"b{l}"])
        A, cache_activacion = activacionAdelante(Z, activacion)
        caches.append((cache_densa, cache_activacion))
    return A, caches


def costoEntropiaBinaria(AL, Y):
    """J = −(1/m) Σ [y ln a + (1 − y) ln(1 − a)], estable para a en 0 o 1.

    Argumentos:
        AL: probabilidades, forma (1, m); Y: etiquetas 0/1, forma (1, m).
    Devuelve:
        J como float.
    """
    m = Y.shape[1]
    AL = np.clip(AL, 1e-12, 1 - 1e-12)
    return float(-np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m)


def redAtras(AL, Y, caches, activaciones):
    """Retropropagación de la red con entropía cruzada binaria a la salida.

    Argumentos:
        AL: salida de redAdelante, forma (1, m); Y: etiquetas, forma (1, m).
        caches: la lista de redAdelante.
        activaciones: la misma lista de redAdelante.
    Devuelve:
        dict {"dW1", "db1", ..., "dWL", "dbL"} con las formas de los parámetros.
    """
    m = Y.shape[1]
    AL_seguro = np.clip(AL, 1e-12, 1 - 1e-12)
    dA = (-(Y / AL_seguro) + (1 - Y) / (1 - AL_seguro)) / m
    grads = {}
    for l in range(len(caches), 0, -1):
        cache_densa, cache_activacion = caches[l - 1]
        dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, grads[f"dW{l}"], grads[f"db{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


def actualizarParametros(params, grads, lr):
    """Un paso de descenso de gradiente, sin modificar ``params``.

    Argumentos:
        params: dict {"W1", "b1", ...}; grads: dict {"dW1", "db1", ...}; lr: tasa (float).
    Devuelve:
        dict nuevo con θ − lr·dθ para cada parámetro.
    """
    return {k: v - lr * grads[f"d{k}"] for k, v in params.items()}

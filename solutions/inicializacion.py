"""Solución de referencia de la unidad «Inicialización de parámetros» (Unidad 8).

Los ejemplos son columnas: X tiene forma (n_x, m). Los parámetros de una red con capas de
tamaños ``dims`` = [n_x, n_1, ..., n_L] son un diccionario como el de ``initRed`` de la unidad 6:
{"W1": (n_1, n_x), "b1": (n_1, 1), ..., "WL": (n_L, n_{L-1}), "bL": (n_L, 1)}, con Z = W·A + b.
Las funciones aleatorias reciben el generador ``rng`` (np.random.default_rng(semilla)) como
argumento y solo sortean con él.

La red de capas con cache de la unidad 6 llega a esta unidad como código dado de su cuaderno
(se importa de solutions.retropropagacion). Cada función es idéntica a su celda del cuaderno
source/inicializacion/inicializacion.ipynb (tests/test_fuentes.py falla si se separan).
"""
import math

import numpy as np

from solutions.retropropagacion import (  # noqa: F401  (código dado del cuaderno)
    activacionAdelante, activacionAtras, actualizarParametros, capaDensaAdelante,
    capaDensaAtras, costoEntropiaBinaria, initRed, redAdelante, redAtras)


# ---------------------------------------------------------------------------------------------
# Simetría
# ---------------------------------------------------------------------------------------------

def initCeros(dims):
    """Todos los pesos y todos los sesgos en cero (la inicialización que NO hay que usar).

    Argumentos:
        dims: lista de enteros [n_x, n_1, ..., n_L] (al menos dos).
    Devuelve:
        dict {"W1": (n_1, n_x), "b1": (n_1, 1), ..., "WL": (n_L, n_{L-1}), "bL": (n_L, 1)},
        todos de ceros.
    """
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = np.zeros((dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


def unidadesDistintas(W, tol=1e-8):
    """Cuántas unidades (filas de W) distintas tiene una capa.

    Dos unidades son la misma si todos sus pesos difieren a lo más en ``tol``:
    max_k |W[i, k] − W[j, k]| ≤ tol.

    Argumentos:
        W: pesos de una capa, forma (n_l, n_{l-1}): una fila por unidad.
        tol: tolerancia (float) para considerar iguales dos pesos.
    Devuelve:
        el número de unidades distintas (int, entre 1 y n_l).
    """
    representantes = []
    for fila in W:
        if not any(np.max(np.abs(fila - r)) <= tol for r in representantes):
            representantes.append(fila)
    return len(representantes)


# ---------------------------------------------------------------------------------------------
# Propagación de la varianza
# ---------------------------------------------------------------------------------------------

def desviacionesPorCapa(X, params, activaciones):
    """Media y desviación típica de las activaciones de cada capa de la red.

    Argumentos:
        X: entradas, forma (n_x, m).
        params: dict {"W1", "b1", ..., "WL", "bL"}.
        activaciones: lista de L nombres, uno por capa (los de activacionAdelante).
    Devuelve:
        medias: forma (L,), medias[l − 1] = np.mean de todas las entradas de A^[l].
        desviaciones: forma (L,), desviaciones[l − 1] = np.std de A^[l] (ddof = 0).
    """
    _, caches = redAdelante(X, params, activaciones)
    salidas = [cache_activacion[1] for _, cache_activacion in caches]   # cache = (Z, A)
    medias = np.array([np.mean(A) for A in salidas])
    desviaciones = np.array([np.std(A) for A in salidas])
    return medias, desviaciones


def initLeCun(dims, rng):
    """Pesos normales con σ_W = 1/√n_in (diapositiva 003; LeCun et al., 1998) y sesgos en 0.

    Con entradas de varianza 1, cada z_i = Σ_k w_ik x_k tiene Var[z_i] = n_in σ_W² = 1.

    Argumentos:
        dims: lista de enteros [n_x, n_1, ..., n_L].
        rng: generador de NumPy (np.random.default_rng(semilla)); todos los sorteos salen de él.
    Devuelve:
        dict {"W1": (n_1, n_x), "b1": (n_1, 1), ...}: W[l] ~ N(0, 1/n_{l-1}), b[l] = 0.
    """
    params = {}
    for l in range(1, len(dims)):
        n_in, n_out = dims[l - 1], dims[l]
        params[f"W{l}"] = rng.normal(0.0, 1.0 / np.sqrt(n_in), size=(n_out, n_in))
        params[f"b{l}"] = np.zeros((n_out, 1))
    return params


# ---------------------------------------------------------------------------------------------
# Glorot/Xavier y He
# ---------------------------------------------------------------------------------------------

def initXavierUniforme(dims, rng):
    """Glorot/Xavier uniforme: W ~ U[−a, a] con a = √6/√(n_in + n_out), sesgos en 0.

    La varianza de U[−a, a] es a²/3 = 2/(n_in + n_out) (Glorot y Bengio, 2010).

    Argumentos:
        dims: lista de enteros [n_x, n_1, ..., n_L].
        rng: generador de NumPy; todos los sorteos salen de él.
    Devuelve:
        dict {"W1": (n_1, n_x), "b1": (n_1, 1), ...}.
    """
    params = {}
    for l in range(1, len(dims)):
        n_in, n_out = dims[l - 1], dims[l]
        a = np.sqrt(6.0) / np.sqrt(n_in + n_out)
        params[f"W{l}"] = rng.uniform(-a, a, size=(n_out, n_in))
        params[f"b{l}"] = np.zeros((n_out, 1))
    return params


def initXavierNormal(dims, rng):
    """Glorot/Xavier normal: W ~ N(0, σ²) con σ² = 2/(n_in + n_out), sesgos en 0.

    Argumentos:
        dims: lista de enteros [n_x, n_1, ..., n_L].
        rng: generador de NumPy; todos los sorteos salen de él.
    Devuelve:
        dict {"W1": (n_1, n_x), "b1": (n_1, 1), ...}.
    """
    params = {}
    for l in range(1, len(dims)):
        n_in, n_out = dims[l - 1], dims[l]
        sigma = np.sqrt(2.0 / (n_in + n_out))
        params[f"W{l}"] = rng.normal(0.0, sigma, size=(n_out, n_in))
        params[f"b{l}"] = np.zeros((n_out, 1))
    return params


def initHe(dims, rng):
    """He (para ReLU): W ~ N(0, σ²) con σ² = 2/n_in, sesgos en 0 (He et al., 2015).

    Argumentos:
        dims: lista de enteros [n_x, n_1, ..., n_L].
        rng: generador de NumPy; todos los sorteos salen de él.
    Devuelve:
        dict {"W1": (n_1, n_x), "b1": (n_1, 1), ...}.
    """
    params = {}
    for l in range(1, len(dims)):
        n_in, n_out = dims[l - 1], dims[l]
        params[f"W{l}"] = rng.normal(0.0, np.sqrt(2.0 / n_in), size=(n_out, n_in))
        params[f"b{l}"] = np.zeros((n_out, 1))
    return params


# ---------------------------------------------------------------------------------------------
# Tamaño de la capa oculta
# ---------------------------------------------------------------------------------------------

def reglasCapaOculta(nx, nh, ny):
    """Las tres reglas empíricas de la diapositiva 000 para el tamaño de la capa oculta.

    Regla 1: nh ≥ ⅔·nx + ny.  Regla 2: nh ≤ 2(nx + ny).  Regla 3: nh ≥ (nx + ny)/2.

    Argumentos:
        nx, nh, ny: neuronas de entrada, ocultas y de salida (enteros positivos).
    Devuelve:
        minimo1: el menor entero que cumple la regla 1, ⌈⅔·nx + ny⌉ (int).
        maximo2: el mayor entero que cumple la regla 2, 2(nx + ny) (int).
        minimo3: el menor entero que cumple la regla 3, ⌈(nx + ny)/2⌉ (int).
        cumple: tupla de tres bool, (nh cumple la regla 1, la 2, la 3).
    """
    minimo1 = math.ceil(2 * nx / 3 + ny)
    maximo2 = 2 * (nx + ny)
    minimo3 = math.ceil((nx + ny) / 2)
    cumple = (nh >= minimo1, nh <= maximo2, nh >= minimo3)
    return minimo1, maximo2, minimo3, cumple


# ---------------------------------------------------------------------------------------------
# La red binaria de la diapositiva 000: entrada 2, capa oculta tanh, salida sigmoide
# ---------------------------------------------------------------------------------------------

def retroBinaria(X, Y, A1, A2, W2):
    """Los cuatro gradientes de la red tanh → sigmoide con log-loss (regla de la cadena).

    ∂J/∂b2 y ∂J/∂W2 usan ∂J/∂A2 · ∂A2/∂Z2 = (A2 − Y)/m; ∂J/∂b1 y ∂J/∂W1 siguen por
    ∂Z2/∂A1 = W2 (W2ᵀ en forma matricial) y ∂A1/∂Z1 = 1 − A1².

    Argumentos:
        X: entradas, forma (n_x, m); Y: etiquetas 0/1, forma (1, m).
        A1: activaciones tanh de la capa oculta, forma (n_h, m).
        A2: predicciones sigmoide, forma (1, m).
        W2: pesos de la capa de salida, forma (1, n_h).
    Devuelve:
        dW1 (n_h, n_x), db1 (n_h, 1), dW2 (1, n_h), db2 (1, 1).
    """
    m = X.shape[1]
    dZ2 = A2 - Y                               # ∂J/∂A2 · ∂A2/∂Z2, por ejemplo
    dW2 = dZ2 @ A1.T / m                       # · ∂Z2/∂W2 = A1
    db2 = np.sum(dZ2, axis=1, keepdims=True) / m
    dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)         # · ∂Z2/∂A1 = W2 · ∂A1/∂Z1 = 1 − A1²
    dW1 = dZ1 @ X.T / m                        # · ∂Z1/∂W1 = X
    db1 = np.sum(dZ1, axis=1, keepdims=True) / m
    return dW1, db1, dW2, db2


def predecirBinaria(X, params):
    """Clase predicha por la red tanh → sigmoide: 1 si a^[2] > 0.5 y 0 si a^[2] ≤ 0.5.

    Argumentos:
        X: entradas, forma (n_x, m).
        params: dict {"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (1, n_h), "b2": (1, 1)}.
    Devuelve:
        arreglo de enteros 0/1, forma (1, m).
    """
    A1 = np.tanh(params["W1"] @ X + params["b1"])
    A2 = np.exp(-np.logaddexp(0.0, -(params["W2"] @ A1 + params["b2"])))   # sigmoide estable
    return (A2 > 0.5).astype(int)


def entrenarBinaria(X, Y, params, epocas, lr):
    """Descenso de gradiente de la red tanh → sigmoide con TU retroBinaria (código dado).

    Argumentos:
        X: entradas, forma (n_x, m); Y: etiquetas 0/1, forma (1, m).
        params: dict {"W1", "b1", "W2", "b2"} iniciales (no se modifica).
        epocas: número de pasos (int); lr: tasa de aprendizaje α (float).
    Devuelve:
        params: dict con los parámetros entrenados.
        costos: lista de ``epocas`` floats, el costo antes de cada paso.
    """
    costos = []
    for _ in range(epocas):
        A2, caches = redAdelante(X, params, ["tanh", "sigmoide"])
        A1 = caches[0][1][1]                   # cache de la capa 1: (densa, (Z1, A1))
        costos.append(costoEntropiaBinaria(A2, Y))
        dW1, db1, dW2, db2 = retroBinaria(X, Y, A1, A2, params["W2"])
        grads = {"dW1": dW1, "db1": db1, "dW2": dW2, "db2": db2}
        params = actualizarParametros(params, grads, lr)
    return params, costos

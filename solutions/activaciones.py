"""Solución de referencia de la unidad «Funciones de activación».

Las activaciones son funciones elemento a elemento: reciben Z de cualquier forma (en una red,
(n_l, m), una columna por ejemplo) y devuelven un arreglo de la misma forma. Las derivadas de la
sigmoide y de tanh se escriben con la ACTIVACIÓN A, como en el curso (σ' = A(1 − A),
tanh' = 1 − A²); las de ReLU y leaky ReLU con Z, y en z = 0 toman la pendiente de la izquierda
(0 y β). Cada función calificada es idéntica al bloque de solución del cuaderno
source/activaciones/activaciones.ipynb (tests/test_fuentes.py falla si se separan).

La red profunda de capas con cache es la de la unidad 6 (solutions/retropropagacion.py): se
importa aquí y el cuaderno la entrega como código dado (celdas bloqueadas).
"""
import numpy as np

from solutions.retropropagacion import (  # noqa: F401  (código dado del cuaderno)
    activacionAdelante, activacionAtras, actualizarParametros, capaDensaAdelante,
    capaDensaAtras, costoEntropiaBinaria, initRed, redAdelante, redAtras)


# ---------------------------------------------------------------------------------------------
# Umbral y lineales
# ---------------------------------------------------------------------------------------------

def escalon(Z):
    """Escalón unitario (Heaviside) de la tabla del curso: 0 si z < 0, 0.5 si z = 0, 1 si z > 0.

    Argumentos:
        Z: arreglo de cualquier forma, p. ej. (n, m).
    Devuelve:
        arreglo de floats de la misma forma que Z, con valores 0.0, 0.5 o 1.0.
    """
    return np.where(Z > 0, 1.0, np.where(Z < 0, 0.0, 0.5))


def signo(Z):
    """Función signo de la tabla del curso: −1 si z < 0, 0 si z = 0, 1 si z > 0.

    Argumentos:
        Z: arreglo de cualquier forma.
    Devuelve:
        arreglo de floats de la misma forma que Z, con valores −1.0, 0.0 o 1.0.
    """
    return np.sign(Z).astype(float)


def lineal(Z):
    """Activación lineal (identidad), φ(z) = z: la de la capa de salida en regresión.

    Argumentos:
        Z: arreglo de cualquier forma.
    Devuelve:
        una copia de Z (misma forma). Su derivada vale 1 en todas partes.
    """
    return np.array(Z, dtype=float, copy=True)


def linealATrozos(Z):
    """Lineal a trozos de la tabla del curso: 0 si z ≤ −1/2, z + 1/2 entre −1/2 y 1/2, 1 si
    z ≥ 1/2 (una rampa que satura en 0 y en 1).

    Argumentos:
        Z: arreglo de cualquier forma.
    Devuelve:
        arreglo de floats de la misma forma que Z, con valores en [0, 1].
    """
    return np.clip(Z + 0.5, 0.0, 1.0)


# ---------------------------------------------------------------------------------------------
# Sigmoide y tangente hiperbólica
# ---------------------------------------------------------------------------------------------

def sigmoide(Z):
    """Sigmoide σ(z) = 1 / (1 + e^(−z)), estable para |z| grande (sin desbordes de np.exp).

    Argumentos:
        Z: arreglo de cualquier forma.
    Devuelve:
        arreglo de la misma forma que Z, con valores en [0, 1].
    """
    return np.exp(-np.logaddexp(0.0, -Z))   # e^(−ln(1 + e^(−z))) = 1 / (1 + e^(−z))


def sigmoideGrad(A):
    """Derivada de la sigmoide escrita con la ACTIVACIÓN: si A = σ(Z), σ'(Z) = A·(1 − A).

    Argumentos:
        A: activaciones sigmoides (valores en [0, 1]), cualquier forma.
    Devuelve:
        arreglo de la misma forma que A, con valores en [0, 1/4].
    """
    return A * (1 - A)


def tanh(Z):
    """Tangente hiperbólica (e^z − e^(−z)) / (e^z + e^(−z)), elemento a elemento y estable.

    Argumentos:
        Z: arreglo de cualquier forma.
    Devuelve:
        arreglo de la misma forma que Z, con valores en [−1, 1].
    """
    return np.tanh(Z)


def tanhGrad(A):
    """Derivada de tanh escrita con la ACTIVACIÓN: si A = tanh(Z), tanh'(Z) = 1 − A².

    Argumentos:
        A: activaciones tanh (valores en [−1, 1]), cualquier forma.
    Devuelve:
        arreglo de la misma forma que A, con valores en [0, 1].
    """
    return 1 - A ** 2


# ---------------------------------------------------------------------------------------------
# Rectificadoras y maxout
# ---------------------------------------------------------------------------------------------

def relu(Z):
    """ReLU(z) = max(0, z), elemento a elemento.

    Argumentos:
        Z: arreglo de cualquier forma.
    Devuelve:
        arreglo de la misma forma que Z, sin valores negativos.
    """
    return np.maximum(0.0, Z)


def reluGrad(Z):
    """Derivada de ReLU: 1 si z > 0 y 0 si z ≤ 0 (en z = 0, donde no está definida, el curso
    toma 0, la pendiente de la izquierda).

    Argumentos:
        Z: entradas de la activación (antes de ReLU), cualquier forma.
    Devuelve:
        arreglo de floats (0.0 o 1.0) de la misma forma que Z.
    """
    return np.where(Z > 0, 1.0, 0.0)


def leakyRelu(Z, pendiente=0.01):
    """Leaky ReLU: z si z > 0 y β·z si z ≤ 0; con 0 < β < 1 es max(β·z, z).

    Argumentos:
        Z: arreglo de cualquier forma.
        pendiente: la pendiente β para z < 0 (float, 0 < β < 1; el curso usa 0.01).
    Devuelve:
        arreglo de la misma forma que Z.
    """
    return np.where(Z > 0, Z, pendiente * Z)


def leakyReluGrad(Z, pendiente=0.01):
    """Derivada de leaky ReLU: 1 si z > 0 y β si z ≤ 0 (en z = 0 se toma β, la pendiente de la
    izquierda, como el 0 de ReLU).

    Argumentos:
        Z: entradas de la activación, cualquier forma.
        pendiente: la misma pendiente β de leakyRelu (float).
    Devuelve:
        arreglo de floats de la misma forma que Z, con valores β (= pendiente) o 1.0.
    """
    return np.where(Z > 0, 1.0, pendiente)


def maxout(A_prev, W, b):
    """Capa maxout (Goodfellow et al., 2013): cada neurona calcula k combinaciones lineales
    («piezas») de su entrada y se queda con la mayor.

    Argumentos:
        A_prev: activaciones de la capa anterior, forma (n_prev, m).
        W: pesos de las k piezas, forma (k, n, n_prev); W[j] es una matriz de capa densa.
        b: sesgos de las k piezas, forma (k, n, 1).
    Devuelve:
        A: forma (n, m), con A[i, e] = max_j (W[j] @ A_prev + b[j])[i, e].
    """
    Z = W @ A_prev + b          # (k, n, m): las k piezas de cada neurona y ejemplo
    return np.max(Z, axis=0)


# ---------------------------------------------------------------------------------------------
# Por qué hace falta la no linealidad
# ---------------------------------------------------------------------------------------------

def capaLinealEquivalente(W1, b1, W2, b2):
    """La única capa lineal equivalente a dos capas lineales apiladas:
    W2·(W1·X + b1) + b2 = (W2·W1)·X + (W2·b1 + b2).

    Argumentos:
        W1: forma (n1, n0); b1: forma (n1, 1); W2: forma (n2, n1); b2: forma (n2, 1).
    Devuelve:
        W: forma (n2, n0) = W2·W1.
        b: forma (n2, 1) = W2·b1 + b2.
    """
    W = W2 @ W1
    b = W2 @ b1 + b2
    return W, b


# ---------------------------------------------------------------------------------------------
# Diagnósticos de una red profunda
# ---------------------------------------------------------------------------------------------

def normasGradientePorCapa(grads):
    """Norma de Frobenius del gradiente de los pesos de cada capa, de la primera a la última.

    Argumentos:
        grads: dict {"dW1", "db1", ..., "dWL", "dbL"} como el que devuelve redAtras (que lo
            llena de la última capa a la primera); dW{l} tiene la forma de W{l}.
    Devuelve:
        np.ndarray de forma (L,): normas[l − 1] = ‖dW{l}‖ = √(Σ dW{l}²).
    """
    L = sum(1 for clave in grads if clave.startswith("dW"))
    return np.array([np.linalg.norm(grads[f"dW{l}"]) for l in range(1, L + 1)])


def fraccionMuertas(A):
    """Fracción de unidades ReLU muertas en un lote: las que valen 0 en TODOS sus ejemplos.

    Argumentos:
        A: activaciones ReLU de una capa (valores ≥ 0), forma (n, m): una fila por unidad y una
            columna por ejemplo del lote.
    Devuelve:
        float en [0, 1]: (número de filas de A con todos sus elementos en 0) / n.
    """
    muertas = np.all(A == 0, axis=1)      # (n,): ¿la unidad i vale 0 en los m ejemplos?
    return float(np.mean(muertas))

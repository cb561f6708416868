"""Solución de referencia de la unidad «MNIST con NumPy» (Tarea ANN).

Red 784-512-10: capa oculta tanh (o ReLU) y salida softmax. Los ejemplos son columnas: X tiene
forma (784, m) e y, one-hot, forma (10, m). Cada función es idéntica al bloque de solución del
cuaderno source/mnist/mnist.ipynb (tests/test_fuentes.py falla si se separan).
"""
import numpy as np


def barraProgreso(actual, total, costo):
    """Muestra el avance del entrenamiento: llámala al terminar cada época.

    La barra la dibuja tqdm (course.avance): gráfica en JupyterLab, de texto en una terminal,
    siempre en la salida estándar (nunca en stderr, que le quitaría los puntos a una prueba).

    Argumentos:
        actual: épocas terminadas (int, 1..total); total: épocas en total (int).
        costo: costo de la época recién terminada (float).
    Devuelve:
        None.
    """
    from course.avance import barra_de_epocas
    barra_de_epocas(actual, total, costo)


def softmax(Z):
    """Softmax por columnas, estable: resta el máximo de cada columna antes de exponenciar.

    Argumentos:
        Z: puntajes, forma (k, m) (una columna por ejemplo) o (k,) (un solo ejemplo).
    Devuelve:
        probabilidades de la misma forma; cada columna suma 1.
    """
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)


def tanh(Z):
    """Tangente hiperbólica, elemento a elemento.

    Argumentos:
        Z: arreglo de cualquier forma.
    Devuelve:
        arreglo de la misma forma con valores en [−1, 1].
    """
    return np.tanh(Z)


def tanhGrad(A):
    """Derivada de tanh escrita con la ACTIVACIÓN: si A = tanh(Z), tanh'(Z) = 1 − A².

    Argumentos:
        A: activaciones tanh, cualquier forma.
    Devuelve:
        arreglo de la misma forma.
    """
    return 1 - A ** 2


def relu(Z):
    """ReLU(Z) = max(0, Z), elemento a elemento.

    Argumentos:
        Z: arreglo de cualquier forma.
    Devuelve:
        arreglo de la misma forma, sin valores negativos.
    """
    return np.maximum(0, Z)


def reluGrad(A):
    """Derivada de ReLU escrita con la ACTIVACIÓN: 1.0 donde A > 0 y 0.0 donde A = 0.

    Argumentos:
        A: activaciones ReLU (≥ 0), cualquier forma.
    Devuelve:
        arreglo de floats de la misma forma.
    """
    return np.where(A > 0, 1.0, 0.0)


def initParams(nx=784, nh=512, ny=10, semilla=None):
    """Inicialización de Glorot/Xavier uniforme: W ~ U[−a, a] con a = √6 / √(n_in + n_out).

    Argumentos:
        nx, nh, ny: neuronas de entrada, ocultas y de salida.
        semilla: semilla del generador (None: aleatoria); la misma semilla da los mismos pesos.
    Devuelve:
        w1 (nh, nx), b1 (nh, 1), w2 (ny, nh), b2 (ny, 1); sesgos en cero.
    """
    rng = np.random.default_rng(semilla)
    a1 = np.sqrt(6) / np.sqrt(nx + nh)
    a2 = np.sqrt(6) / np.sqrt(nh + ny)
    w1 = rng.uniform(-a1, a1, size=(nh, nx))
    w2 = rng.uniform(-a2, a2, size=(ny, nh))
    return w1, np.zeros((nh, 1)), w2, np.zeros((ny, 1))


def feedForward(X, w1, w2, b1, b2, activacion="tanh"):
    """Propagación hacia adelante: capa oculta tanh (o ReLU) y salida softmax.

    Argumentos:
        X: entradas, forma (nx, m); cada columna es un ejemplo.
        w1 (nh, nx), w2 (ny, nh), b1 (nh, 1), b2 (ny, 1): parámetros.
        activacion: "tanh" (por defecto) o "relu", la de la capa oculta.
    Devuelve:
        a1: activaciones ocultas, forma (nh, m).
        a2: probabilidades de cada clase, forma (ny, m); cada columna suma 1.
    """
    z1 = w1 @ X + b1
    if activacion == "tanh":
        a1 = tanh(z1)
    elif activacion == "relu":
        a1 = relu(z1)
    else:
        raise ValueError(f"activacion debe ser 'tanh' o 'relu', no {activacion!r}")
    a2 = softmax(w2 @ a1 + b2)
    return a1, a2


def costoGlobal(y_est, y):
    """Entropía cruzada categórica media: J = −(1/m) Σ_ejemplos Σ_clases y·ln(ŷ).

    Argumentos:
        y_est: probabilidades ŷ, forma (k, m); y: etiquetas one-hot, forma (k, m).
    Devuelve:
        el costo J como float (finito aunque ŷ tenga ceros exactos).
    """
    m = y.shape[1]
    return float(-np.sum(y * np.log(np.clip(y_est, 1e-12, 1.0))) / m)


def backProp(X, y, w1, w2, b1, b2, a2, a1, activacion="tanh"):
    """Retropropagación de la red oculta + softmax con entropía cruzada.

    Argumentos:
        X: entradas (nx, m); y: etiquetas one-hot (ny, m).
        w1 (nh, nx), w2 (ny, nh), b1 (nh, 1), b2 (ny, 1): parámetros.
        a2 (ny, m), a1 (nh, m): activaciones que devolvió feedForward.
        activacion: "tanh" o "relu", la misma que en feedForward.
    Devuelve:
        dw1 (nh, nx), db1 (nh, 1), dw2 (ny, nh), db2 (ny, 1).
    """
    m = X.shape[1]
    dz2 = a2 - y                        # softmax + entropía cruzada: ∂L/∂z2 = a2 − y
    dw2 = dz2 @ a1.T / m
    db2 = np.sum(dz2, axis=1, keepdims=True) / m
    if activacion == "tanh":
        derivada = tanhGrad(a1)         # con la activación a1, no con z1
    elif activacion == "relu":
        derivada = reluGrad(a1)
    else:
        raise ValueError(f"activacion debe ser 'tanh' o 'relu', no {activacion!r}")
    dz1 = (w2.T @ dz2) * derivada
    dw1 = dz1 @ X.T / m
    db1 = np.sum(dz1, axis=1, keepdims=True) / m
    return dw1, db1, dw2, db2


def entrenarRed(epocas, lr, X, y, w1, b1, w2, b2, a1, a2, tamLote=None, semilla=None,
                activacion="tanh"):
    """Descenso de gradiente por lotes completos (tamLote=None) o por mini-lotes (SGD).

    Argumentos:
        epocas: pasadas completas por los datos (int); lr: tasa de aprendizaje (float).
        X: entradas (nx, m); y: etiquetas one-hot (ny, m).
        w1, b1, w2, b2: parámetros iniciales (nh, nx), (nh, 1), (ny, nh), (ny, 1).
        a1, a2: activaciones previas (firma del curso); se recalculan en cada paso.
        tamLote: None = todos los ejemplos en cada paso; un entero = mini-lotes de ese tamaño,
            con los ejemplos barajados de nuevo en cada época (el último lote puede ser menor).
        semilla: semilla del barajado (la misma semilla da el mismo resultado).
        activacion: "tanh" o "relu".
    Devuelve:
        w1, b1, w2, b2: parámetros entrenados (mismas formas).
        costos: lista de ``epocas`` floats. Con lotes completos, costos[i] es el costo antes de
            la actualización i; con mini-lotes, la media SIN ponderar de los costos de los
            lotes de la época (np.mean de un valor por lote: el último lote, aunque sea más
            pequeño, pesa lo mismo que los demás).
    """
    m = X.shape[1]
    rng = np.random.default_rng(semilla)
    costos = []
    for epoca in range(epocas):
        if tamLote is None:
            lotes = [slice(None)]                        # un solo lote: todos los ejemplos
        else:
            orden = rng.permutation(m)                   # barajar en cada época
            lotes = [orden[i:i + tamLote] for i in range(0, m, tamLote)]
        costos_lotes = []
        for lote in lotes:
            Xl, yl = X[:, lote], y[:, lote]
            a1, a2 = feedForward(Xl, w1, w2, b1, b2, activacion)
            costos_lotes.append(costoGlobal(a2, yl))
            dw1, db1, dw2, db2 = backProp(Xl, yl, w1, w2, b1, b2, a2, a1, activacion)
            w1 = w1 - lr * dw1
            b1 = b1 - lr * db1
            w2 = w2 - lr * dw2
            b2 = b2 - lr * db2
        costos.append(float(np.mean(costos_lotes)))
        barraProgreso(epoca + 1, epocas, costos[-1])
    return w1, b1, w2, b2, costos


def predecir(X, w1, b1, w2, b2):
    """Clase predicha de cada ejemplo: la de mayor probabilidad en la salida softmax.

    Argumentos:
        X: entradas (nx, m); w1 (nh, nx), b1 (nh, 1), w2 (ny, nh), b2 (ny, 1).
    Devuelve:
        etiquetas enteras, forma (m,).
    """
    _, a2 = feedForward(X, w1, w2, b1, b2)
    return np.argmax(a2, axis=0)

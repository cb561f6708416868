"""Solución de referencia de la unidad «Optimización avanzada».

Las reglas de actualización reciben UN arreglo de parámetros ``theta`` (de cualquier forma), su
gradiente ``grad`` (de la misma forma) y el estado del optimizador, un diccionario con sus
velocidades o momentos (arreglos de la forma de theta) y, en Adam, el número de pasos ``t``.
Devuelven ``(theta_nuevo, estado_nuevo)`` sin modificar nada de lo que reciben. Para una red se
aplican a cada parámetro (W1, b1, ...) con su propio estado (``entrenarConOptimizador``), como en
el optim.py de CS231n.

Los programas de tasa dan la tasa de aprendizaje α de la época ``epoca`` (0, 1, 2, ...): se
aplican por época, no por mini-lote (``tasasPorActualizacion``).

Cada función calificada es idéntica al bloque de solución del cuaderno
source/optimizacion/optimizacion.ipynb (tests/test_fuentes.py falla si se separan). La red
profunda de capas con cache es la de la unidad 6 (solutions/retropropagacion.py): se importa aquí
y el cuaderno la entrega como código dado, junto con la salida softmax y el bucle de
entrenamiento por mini-lotes.
"""
import numpy as np

from course.optimizacion import (  # noqa: F401  (código dado del cuaderno)
    cuadratica, gradienteCuadratica, gradienteRosenbrock, pasoPromedio, rosenbrock)
from solutions.retropropagacion import (  # noqa: F401  (código dado del cuaderno)
    activacionAdelante, activacionAtras, capaDensaAdelante, capaDensaAtras, initRed,
    redAdelante)


# ---------------------------------------------------------------------------------------------
# Dadas: SGD simple con la misma interfaz, y el estado inicial de cada optimizador
# ---------------------------------------------------------------------------------------------

def pasoSGD(theta, grad, estado, lr):
    """Un paso de descenso de gradiente simple, θ ← θ − α·g, con la interfaz de esta unidad.

    SGD no tiene estado: devuelve un diccionario nuevo igual al que recibe.

    Argumentos:
        theta: parámetros, arreglo de cualquier forma.
        grad: gradiente del costo en theta, de la forma de theta.
        estado: diccionario (vacío para SGD).
        lr: tasa de aprendizaje α (float).
    Devuelve:
        theta_nuevo: arreglo nuevo de la forma de theta.
        estado_nuevo: diccionario nuevo (una copia de estado).
    """
    return theta - lr * grad, dict(estado)


def estadoInicial(paso, theta):
    """El estado con el que empieza el optimizador ``paso`` para los parámetros ``theta``:
    velocidades y momentos en cero (de la forma de theta) y, en Adam, t = 0.

    Argumentos:
        paso: una de las funciones de paso de la unidad (pasoSGD, pasoMomento, pasoNesterov,
            pasoAdaGrad, pasoRMSprop o pasoAdam).
        theta: parámetros, arreglo de cualquier forma.
    Devuelve:
        diccionario nuevo, p. ej. {"v": ceros} para pasoMomento o
        {"m": ceros, "v": ceros, "t": 0} para pasoAdam.
    """
    # Qué guarda cada optimizador (arreglos de la forma de theta) y si cuenta sus pasos.
    estados = {"pasoSGD": ((), False), "pasoMomento": (("v",), False),
               "pasoNesterov": (("v",), False), "pasoAdaGrad": (("r",), False),
               "pasoRMSprop": (("r",), False), "pasoAdam": (("m", "v"), True)}
    nombre = getattr(paso, "__name__", str(paso))
    if nombre not in estados:
        raise ValueError(f"estadoInicial no conoce el paso {nombre!r}: tiene que ser uno de "
                         f"{', '.join(estados)}.")
    claves, cuenta_pasos = estados[nombre]
    estado = {clave: np.zeros_like(theta, dtype=float) for clave in claves}
    if cuenta_pasos:
        estado["t"] = 0
    return estado


# ---------------------------------------------------------------------------------------------
# Ejercicio 1: la trayectoria de un optimizador
# ---------------------------------------------------------------------------------------------

def trayectoria(paso, gradiente, theta0, estado0, iteraciones, hiper):
    """Aplica ``iteraciones`` pasos de un optimizador a una función y guarda los puntos.

    En cada iteración: g = gradiente(θ) en el punto actual y (θ, estado) = paso(θ, g, estado,
    **hiper), conservando el estado que devuelve el paso para el paso siguiente.

    Argumentos:
        paso: función de paso, paso(theta, grad, estado, **hiper) → (theta, estado).
        gradiente: función gradiente(theta) → arreglo de la forma de theta.
        theta0: punto inicial, forma (n,).
        estado0: estado inicial del optimizador (diccionario).
        iteraciones: número de pasos (int ≥ 0).
        hiper: hiperparámetros del paso (diccionario, p. ej. {"lr": 0.1, "beta": 0.9}).
    Devuelve:
        puntos: arreglo (iteraciones + 1, n) con theta0 en la fila 0 y el punto tras cada paso.
        estado: el estado del optimizador después del último paso.
    """
    theta = np.array(theta0, dtype=float)
    estado = estado0
    puntos = [theta]
    for _ in range(iteraciones):
        g = gradiente(theta)
        theta, estado = paso(theta, g, estado, **hiper)
        puntos.append(theta)
    return np.array(puntos), estado


# ---------------------------------------------------------------------------------------------
# Ejercicios 2 a 6: las reglas de actualización
# ---------------------------------------------------------------------------------------------

def pasoMomento(theta, grad, estado, lr, beta=0.9):
    """Un paso de SGD con momento (Polyak, 1964): v ← β·v − α·g;  θ ← θ + v.

    Argumentos:
        theta: parámetros, arreglo de cualquier forma.
        grad: gradiente del costo en theta, de la forma de theta.
        estado: {"v": velocidad}, arreglo de la forma de theta.
        lr: tasa de aprendizaje α (float).
        beta: coeficiente de momento β (float entre 0 y 1).
    Devuelve:
        theta_nuevo: arreglo nuevo de la forma de theta.
        estado_nuevo: diccionario nuevo {"v": velocidad nueva}.
    """
    v = beta * estado["v"] - lr * grad
    return theta + v, {"v": v}


def pasoNesterov(theta, grad, estado, lr, beta=0.9):
    """Un paso del momento de Nesterov (Sutskever et al., 2013) con el cambio de variable de
    CS231n: theta es el punto adelantado θ + β·v, donde se evalúa el gradiente.

        v_nueva = β·v − α·g;   θ ← θ − β·v + (1 + β)·v_nueva

    Argumentos:
        theta: parámetros (el punto adelantado), arreglo de cualquier forma.
        grad: gradiente del costo en theta, de la forma de theta.
        estado: {"v": velocidad}, arreglo de la forma de theta.
        lr: tasa de aprendizaje α (float).
        beta: coeficiente de momento β (float entre 0 y 1).
    Devuelve:
        theta_nuevo: arreglo nuevo de la forma de theta.
        estado_nuevo: diccionario nuevo {"v": velocidad nueva}.
    """
    v_anterior = estado["v"]
    v = beta * v_anterior - lr * grad
    return theta - beta * v_anterior + (1 + beta) * v, {"v": v}


def pasoAdaGrad(theta, grad, estado, lr, eps=1e-8):
    """Un paso de AdaGrad (Duchi et al., 2011): r ← r + g²;  θ ← θ − α·g / (√r + ε).

    Argumentos:
        theta: parámetros, arreglo de cualquier forma.
        grad: gradiente del costo en theta, de la forma de theta.
        estado: {"r": suma de los cuadrados de los gradientes}, de la forma de theta.
        lr: tasa de aprendizaje α (float).
        eps: ε, que evita dividir entre 0 (float, fuera de la raíz).
    Devuelve:
        theta_nuevo: arreglo nuevo de la forma de theta.
        estado_nuevo: diccionario nuevo {"r": acumulado nuevo}.
    """
    r = estado["r"] + grad ** 2
    return theta - lr * grad / (np.sqrt(r) + eps), {"r": r}


def pasoRMSprop(theta, grad, estado, lr, rho=0.9, eps=1e-8):
    """Un paso de RMSprop (Tieleman y Hinton, 2012): r ← ρ·r + (1 − ρ)·g²;
    θ ← θ − α·g / (√r + ε).

    Argumentos:
        theta: parámetros, arreglo de cualquier forma.
        grad: gradiente del costo en theta, de la forma de theta.
        estado: {"r": media móvil de los cuadrados de los gradientes}, de la forma de theta.
        lr: tasa de aprendizaje α (float).
        rho: tasa de decaimiento ρ de la media móvil (float entre 0 y 1).
        eps: ε, que evita dividir entre 0 (float, fuera de la raíz).
    Devuelve:
        theta_nuevo: arreglo nuevo de la forma de theta.
        estado_nuevo: diccionario nuevo {"r": media móvil nueva}.
    """
    r = rho * estado["r"] + (1 - rho) * grad ** 2
    return theta - lr * grad / (np.sqrt(r) + eps), {"r": r}


def pasoAdam(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    """Un paso de Adam (Kingma y Ba, 2015, Algoritmo 1), con corrección de sesgo:

        t ← t + 1;  m ← β1·m + (1 − β1)·g;  v ← β2·v + (1 − β2)·g²
        m̂ = m / (1 − β1^t);  v̂ = v / (1 − β2^t);  θ ← θ − α·m̂ / (√v̂ + ε)

    El estado guarda m y v SIN corregir: la corrección solo se usa para el paso.

    Argumentos:
        theta: parámetros, arreglo de cualquier forma.
        grad: gradiente del costo en theta, de la forma de theta.
        estado: {"m": primer momento, "v": segundo momento (arreglos de la forma de theta),
            "t": pasos dados hasta ahora (int)}.
        lr: tasa de aprendizaje α (float).
        beta1, beta2: tasas de decaimiento de los momentos (floats entre 0 y 1).
        eps: ε, que evita dividir entre 0 (float, fuera de la raíz).
    Devuelve:
        theta_nuevo: arreglo nuevo de la forma de theta.
        estado_nuevo: diccionario nuevo {"m": ..., "v": ..., "t": t + 1}.
    """
    t = estado["t"] + 1
    m = beta1 * estado["m"] + (1 - beta1) * grad
    v = beta2 * estado["v"] + (1 - beta2) * grad ** 2
    m_hat = m / (1 - beta1 ** t)
    v_hat = v / (1 - beta2 ** t)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), {"m": m, "v": v, "t": t}


# ---------------------------------------------------------------------------------------------
# Ejercicios 7 a 11: programas de la tasa de aprendizaje
# ---------------------------------------------------------------------------------------------

def tasaEscalon(alpha0, epoca, cada, factor=0.1):
    """Programa en escalones: la tasa se multiplica por ``factor`` cada ``cada`` épocas.

    α(e) = α0 · factor^⌊e / cada⌋

    Argumentos:
        alpha0: tasa inicial α0 (float).
        epoca: la época e (int ≥ 0; la primera es la 0).
        cada: cada cuántas épocas baja la tasa (int ≥ 1).
        factor: por cuánto se multiplica en cada escalón (float).
    Devuelve:
        la tasa de la época, float.
    """
    return float(alpha0 * factor ** (epoca // cada))


def tasaExponencial(alpha0, epoca, k):
    """Decaimiento exponencial: α(e) = α0 · exp(−k·e).

    Argumentos:
        alpha0: tasa inicial α0 (float).
        epoca: la época e (int ≥ 0).
        k: constante de decaimiento (float ≥ 0).
    Devuelve:
        la tasa de la época, float.
    """
    return float(alpha0 * np.exp(-k * epoca))


def tasaInversa(alpha0, epoca, k):
    """Decaimiento 1/t: α(e) = α0 / (1 + k·e).

    Argumentos:
        alpha0: tasa inicial α0 (float).
        epoca: la época e (int ≥ 0).
        k: constante de decaimiento (float ≥ 0).
    Devuelve:
        la tasa de la época, float.
    """
    return float(alpha0 / (1 + k * epoca))


def tasaCoseno(alpha0, epoca, epocas, alpha_min=0.0):
    """Programa coseno (Loshchilov y Hutter, 2017, sin reinicios):

    α(e) = α_min + ½·(α0 − α_min)·(1 + cos(π·e / E)),  con E = epocas.

    Argumentos:
        alpha0: tasa inicial α0 (float).
        epoca: la época e (int, 0 ≤ e < E).
        epocas: número total de épocas E (int ≥ 1).
        alpha_min: la tasa a la que tiende al final (float).
    Devuelve:
        la tasa de la época, float.
    """
    return float(alpha_min + 0.5 * (alpha0 - alpha_min) * (1 + np.cos(np.pi * epoca / epocas)))


def tasasPorActualizacion(programa, epocas, m, tamLote):
    """La tasa de cada actualización de un entrenamiento por mini-lotes.

    Cada época tiene ⌈m / tamLote⌉ actualizaciones (el último mini-lote puede ser más pequeño)
    y todas usan la tasa de su época: la actualización k (k = 0, 1, ...) es de la época
    k // actualizaciones_por_epoca.

    Argumentos:
        programa: función programa(epoca) → tasa (float).
        epocas: número de épocas (int ≥ 1).
        m: número de ejemplos de entrenamiento (int ≥ 1).
        tamLote: tamaño del mini-lote (int ≥ 1).
    Devuelve:
        arreglo de forma (epocas · ⌈m / tamLote⌉,) con la tasa de cada actualización, en orden.
    """
    por_epoca = -(-m // tamLote)           # ⌈m / tamLote⌉ con enteros
    return np.repeat([float(programa(e)) for e in range(epocas)], por_epoca)


# ---------------------------------------------------------------------------------------------
# Dadas: la salida softmax y el entrenamiento por mini-lotes con un optimizador
# ---------------------------------------------------------------------------------------------

def softmax(Z):
    """Softmax por columnas, estable: resta el máximo de cada columna antes de exponenciar.

    Argumentos:
        Z: puntajes, forma (k, m) (una columna por ejemplo).
    Devuelve:
        probabilidades de forma (k, m); cada columna suma 1.
    """
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)


def costoEntropiaCategorica(AL, Y):
    """J = −(1/m) Σ_ejemplos Σ_clases y·ln(a), estable para a = 0.

    Argumentos:
        AL: probabilidades (salida de softmax), forma (k, m).
        Y: etiquetas one-hot, forma (k, m).
    Devuelve:
        J como float.
    """
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(np.clip(AL, 1e-12, 1.0))) / m)


def redAdelanteSoftmax(X, params, activaciones):
    """Propagación hacia adelante con salida softmax: las capas ocultas con sus activaciones
    (redAdelante de la unidad 6) y la última capa lineal seguida de softmax.

    Argumentos:
        X: entradas, forma (n_x, m).
        params: dict {"W1", "b1", ..., "WL", "bL"} (L capas).
        activaciones: lista de L − 1 nombres, uno por capa oculta (p. ej. ["relu", "relu"]).
    Devuelve:
        AL: probabilidades, forma (n_L, m); cada columna suma 1.
        caches: lista de L pares (cache_densa, cache_activacion) de redAdelante.
    """
    ZL, caches = redAdelante(X, params, list(activaciones) + ["lineal"])
    return softmax(ZL), caches


def redAtrasSoftmax(AL, Y, caches, activaciones):
    """Retropropagación con softmax + entropía cruzada categórica a la salida. El gradiente
    combinado de las dos se simplifica: dZ^[L] = (AL − Y) / m.

    Argumentos:
        AL: salida de redAdelanteSoftmax, forma (n_L, m). Y: one-hot, forma (n_L, m).
        caches: la lista de redAdelanteSoftmax.
        activaciones: la misma lista de L − 1 activaciones ocultas.
    Devuelve:
        dict {"dW1", "db1", ..., "dWL", "dbL"} con las formas de los parámetros.
    """
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = (AL - Y) / m
    dA, grads[f"dW{L}"], grads[f"db{L}"] = capaDensaAtras(dZ, caches[L - 1][0])
    for l in range(L - 1, 0, -1):
        cache_densa, cache_activacion = caches[l - 1]
        dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, grads[f"dW{l}"], grads[f"db{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


def exactitudRed(X, Y, params, activaciones):
    """Fracción de ejemplos cuya clase más probable es la correcta.

    Argumentos:
        X: entradas, forma (n_x, m). Y: one-hot, forma (n_L, m).
        params, activaciones: los de redAdelanteSoftmax.
    Devuelve:
        float entre 0 y 1.
    """
    AL, _ = redAdelanteSoftmax(X, params, activaciones)
    return float(np.mean(np.argmax(AL, axis=0) == np.argmax(Y, axis=0)))


def entrenarConOptimizador(X, Y, params, activaciones, paso, hiper, epocas, tamLote,
                           programa=None, semilla=0):
    """Entrena la red con salida softmax por mini-lotes, con cualquier regla de paso.

    Cada parámetro (W1, b1, ...) tiene su propio estado del optimizador, que se conserva de
    una actualización a la siguiente. Los mini-lotes se barajan en cada época con un generador
    de semilla ``semilla``. Si hay ``programa``, la tasa hiper["lr"] de cada actualización es
    la de su época (tasasPorActualizacion).

    Argumentos:
        X: entradas, forma (n_x, m). Y: one-hot, forma (n_L, m).
        params: parámetros iniciales, dict {"W1", "b1", ..., "WL", "bL"} (no se modifica).
        activaciones: lista de L − 1 activaciones ocultas.
        paso: función de paso (pasoSGD, pasoMomento, ..., pasoAdam).
        hiper: sus hiperparámetros (dict, con "lr").
        epocas: número de épocas (int). tamLote: tamaño del mini-lote (int).
        programa: None (tasa constante) o función programa(epoca) → tasa.
        semilla: semilla del barajado.
    Devuelve:
        params: dict nuevo con los parámetros finales.
        costos: lista de ``epocas`` floats, el costo medio de los mini-lotes de cada época.
    """
    m = X.shape[1]
    rng = np.random.default_rng(semilla)
    params = {k: np.array(v, dtype=float) for k, v in params.items()}
    estados = {k: estadoInicial(paso, p) for k, p in params.items()}
    tasas = None if programa is None else tasasPorActualizacion(programa, epocas, m, tamLote)
    hiper = dict(hiper)
    costos, k = [], 0
    for _ in range(epocas):
        orden = rng.permutation(m)
        suma = 0.0
        for inicio in range(0, m, tamLote):
            lote = orden[inicio:inicio + tamLote]
            AL, caches = redAdelanteSoftmax(X[:, lote], params, activaciones)
            suma += costoEntropiaCategorica(AL, Y[:, lote]) * lote.size
            grads = redAtrasSoftmax(AL, Y[:, lote], caches, activaciones)
            if tasas is not None:
                hiper["lr"] = tasas[k]
            for nombre in params:
                params[nombre], estados[nombre] = paso(params[nombre], grads["d" + nombre],
                                                       estados[nombre], **hiper)
            k += 1
        costos.append(suma / m)
    return params, costos

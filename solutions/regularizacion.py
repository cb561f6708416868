"""Solución de referencia de la unidad «Regularización de redes y Laboratorio 2» (Unidad 13).

Los ejemplos son columnas: X tiene forma (n_x, m), W[l] forma (n_l, n_{l-1}), b[l] forma (n_l, 1)
y Z = W·A + b. La red es la de capas con cache de la unidad 6 (solutions/retropropagacion.py),
que se importa aquí y el cuaderno entrega como código dado, con una salida softmax para 10
clases. Una red de L capas se describe con ``activaciones``, una lista de L nombres: los L − 1
primeros son los de activacionAdelante ("relu", "tanh", "sigmoide", "lineal") y el último es
"softmax".

Las regularizaciones: decaimiento de pesos L2 (el término del costo, su gradiente y la
actualización θ(1 − αλ/m) − α∇J), dropout invertido (máscara con valores 0 y 1/p sorteada con el
generador recibido, nada en inferencia, la MISMA máscara hacia atrás), parada temprana
(paciencia; se guardan y se devuelven los mejores pesos) y aumento de datos con desplazamientos.
Las funciones calificadas devuelven resultados nuevos y no modifican lo que reciben. Cada una es
idéntica a su celda del cuaderno source/regularizacion/regularizacion.ipynb (tests/test_fuentes.py
falla si se separan).
"""
import numpy as np

from solutions.retropropagacion import (  # noqa: F401  (código dado del cuaderno)
    activacionAdelante, activacionAtras, actualizarParametros, capaDensaAdelante,
    capaDensaAtras, initRed, redAdelante)


# ---------------------------------------------------------------------------------------------
# La salida softmax para 10 clases (código dado)
# ---------------------------------------------------------------------------------------------

def softmax(Z):
    """Softmax por columnas, estable: a cada columna se le resta su máximo antes de exponenciar.

    Argumentos:
        Z: puntajes de la última capa, forma (k, m).
    Devuelve:
        P: forma (k, m); cada columna es una distribución (valores > 0 que suman 1).
    """
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)


def costoEntropiaCategorica(P, Y):
    """Entropía cruzada categórica media: J = −(1/m) Σ_j Σ_i y_ij ln p_ij.

    Argumentos:
        P: probabilidades de softmax, forma (k, m).
        Y: etiquetas one-hot, forma (k, m).
    Devuelve:
        J como float (P se recorta a [1e-12, 1] antes del logaritmo).
    """
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(np.clip(P, 1e-12, 1.0))) / m)


def exactitud(P, Y):
    """Fracción de ejemplos cuya clase más probable es la verdadera.

    Argumentos:
        P: probabilidades, forma (k, m); Y: etiquetas one-hot, forma (k, m).
    Devuelve:
        float entre 0 y 1.
    """
    return float(np.mean(np.argmax(P, axis=0) == np.argmax(Y, axis=0)))


# ---------------------------------------------------------------------------------------------
# Decaimiento de pesos (L2)
# ---------------------------------------------------------------------------------------------

def costoL2(params, lam, m):
    """El término L2 del costo: (λ / 2m) Σ_l ‖W^[l]‖², con ‖W‖² la suma de los cuadrados de
    todos los pesos de la capa (norma de Frobenius al cuadrado). Los sesgos no se penalizan.

    Argumentos:
        params: dict {"W1": (n_1, n_x), "b1": (n_1, 1), ..., "WL", "bL"}.
        lam: λ ≥ 0 (float).
        m: número de ejemplos de entrenamiento (int).
    Devuelve:
        la penalización como float (0.0 si λ = 0).
    """
    suma = sum(float(np.sum(W ** 2)) for clave, W in params.items() if clave.startswith("W"))
    return lam / (2 * m) * suma


def gradientesL2(grads, params, lam, m):
    """Los gradientes del costo regularizado: a cada dW^[l] se le suma (λ/m)·W^[l]; los db no
    cambian (los sesgos no se penalizan).

    Argumentos:
        grads: dict {"dW1", "db1", ..., "dWL", "dbL"}, gradientes del costo de los datos.
        params: dict {"W1", "b1", ...} con las mismas formas.
        lam: λ ≥ 0 (float). m: número de ejemplos de entrenamiento (int).
    Devuelve:
        dict NUEVO con las mismas claves y formas que grads (grads no se modifica).
    """
    nuevos = {}
    for clave, g in grads.items():
        if clave.startswith("dW"):
            nuevos[clave] = g + (lam / m) * params[clave[1:]]
        else:
            nuevos[clave] = g.copy()
    return nuevos


def actualizarConDecaimiento(params, grads, lr, lam, m):
    """Un paso de descenso de gradiente con decaimiento de pesos:
    W ← (1 − αλ/m)·W − α·dW y b ← b − α·db, con α = lr y dW, db los gradientes de los datos.

    Es lo mismo que actualizarParametros(params, gradientesL2(grads, params, lam, m), lr),
    escrito como «encoger los pesos y luego dar el paso de siempre».

    Argumentos:
        params: dict {"W1", "b1", ...}; grads: dict {"dW1", "db1", ...} (sin la penalización).
        lr: tasa de aprendizaje α (float). lam: λ ≥ 0 (float).
        m: número de ejemplos de entrenamiento (int; el de todo el conjunto, también con
            mini-lotes).
    Devuelve:
        dict NUEVO con los parámetros actualizados (params no se modifica).
    """
    decaimiento = 1 - lr * lam / m
    nuevos = {}
    for clave, valor in params.items():
        if clave.startswith("W"):
            nuevos[clave] = decaimiento * valor - lr * grads["d" + clave]
        else:
            nuevos[clave] = valor - lr * grads["d" + clave]
    return nuevos


# ---------------------------------------------------------------------------------------------
# Dropout invertido
# ---------------------------------------------------------------------------------------------

def dropoutAdelante(A, p, rng, entrenando=True):
    """Dropout invertido sobre las activaciones de una capa.

    En entrenamiento cada elemento se conserva con probabilidad p (sorteado con ``rng``, de forma
    independiente para cada unidad y cada ejemplo) y se escala por 1/p; los demás valen 0. La
    máscara ya lleva la escala: vale 1/p donde se conserva y 0 donde se apaga. En inferencia no
    se hace nada.

    Argumentos:
        A: activaciones, forma (n, m).
        p: probabilidad de CONSERVAR cada unidad, 0 < p ≤ 1 (float).
        rng: generador de NumPy (np.random.default_rng(...)); el único origen del azar.
        entrenando: True en entrenamiento, False en inferencia.
    Devuelve:
        A_salida: forma (n, m), A·mascara en entrenamiento y A en inferencia.
        mascara: forma (n, m) con valores 0 y 1/p en entrenamiento; None en inferencia.
    """
    if not entrenando:
        return A, None
    mascara = (rng.random(A.shape) < p) / p
    return A * mascara, mascara


def redAdelanteDropout(X, params, activaciones, p, rng, entrenando=True):
    """Propagación hacia adelante de la red de L capas con dropout en las capas ocultas y salida
    softmax.

    Capa por capa: Z, cache_densa = capaDensaAdelante(A, W, b); en las capas ocultas,
    A, cache_activacion = activacionAdelante(Z, activaciones[l − 1]) y después el dropout de esa
    A (la cache de la activación guarda la A SIN dropout; la capa siguiente recibe la A con
    dropout). En la última capa, P = softmax(Z) y su cache es (Z, P); sin dropout. Tampoco hay
    dropout en la entrada X.

    Argumentos:
        X: entradas, forma (n_x, m).
        params: dict {"W1", "b1", ..., "WL", "bL"}.
        activaciones: lista de L nombres; los L − 1 primeros de activacionAdelante, el último
            "softmax".
        p: probabilidad de conservar cada unidad oculta (float).
        rng: generador de NumPy para las máscaras.
        entrenando: True en entrenamiento, False en inferencia (sin dropout).
    Devuelve:
        P: probabilidades, forma (n_L, m).
        caches: lista de L pares (cache_densa, cache_activacion).
        mascaras: lista de L − 1 máscaras de dropoutAdelante (forma (n_l, m) cada una; None en
            inferencia).
    """
    L = len(activaciones)
    A, caches, mascaras = X, [], []
    for l in range(1, L + 1):
        Z, cache_densa = capaDensaAdelante(A, params[f"W{l}"], params[f"b{l}"])
        if l < L:
            A, cache_activacion = activacionAdelante(Z, activaciones[l - 1])
            A, mascara = dropoutAdelante(A, p, rng, entrenando)
            mascaras.append(mascara)
        else:
            A = softmax(Z)
            cache_activacion = (Z, A)
        caches.append((cache_densa, cache_activacion))
    return A, caches, mascaras


def redAtrasDropout(P, Y, caches, mascaras, activaciones):
    """Retropropagación de la red con softmax y entropía cruzada categórica, a través de las
    MISMAS máscaras de dropout que se usaron hacia adelante.

    La vuelta empieza con dZ^[L] = (P − Y)/m. En cada capa oculta, el gradiente que llega,
    dA^[l], se multiplica por la máscara de esa capa antes de activacionAtras.

    Argumentos:
        P: salida de redAdelanteDropout, forma (n_L, m); Y: etiquetas one-hot, forma (n_L, m).
        caches, mascaras: las listas de redAdelanteDropout (en entrenamiento).
        activaciones: la misma lista de redAdelanteDropout.
    Devuelve:
        dict {"dW1", "db1", ..., "dWL", "dbL"} con las formas de los parámetros (gradientes del
        costo de los datos, sin la penalización L2).
    """
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = (P - Y) / m
    for l in range(L, 0, -1):
        cache_densa, cache_activacion = caches[l - 1]
        if l < L:
            if mascaras[l - 1] is not None:
                dA = dA * mascaras[l - 1]
            dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, grads[f"dW{l}"], grads[f"db{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


# ---------------------------------------------------------------------------------------------
# Entrenamiento (código dado) y parada temprana
# ---------------------------------------------------------------------------------------------

def evaluarRed(params, X, Y, activaciones):
    """Costo (entropía cruzada, sin la penalización L2) y exactitud de la red en inferencia.

    Argumentos:
        params: dict de parámetros; X: forma (n_x, m); Y: one-hot, forma (k, m).
        activaciones: lista de L nombres, el último "softmax".
    Devuelve:
        (costo, exactitud): dos floats.
    """
    P, _, _ = redAdelanteDropout(X, params, activaciones, 1.0, np.random.default_rng(0),
                                 entrenando=False)
    return costoEntropiaCategorica(P, Y), exactitud(P, Y)


def epocaEntrenamiento(params, X, Y, activaciones, config, rng):
    """Una época de descenso de gradiente por mini-lotes con las regularizaciones de ``config``.

    Baraja los m ejemplos con rng (si hay más de un mini-lote) y, para cada mini-lote:
    redAdelanteDropout (entrenando) → redAtrasDropout → actualizarConDecaimiento, con el m de
    TODO el conjunto de entrenamiento en el decaimiento.

    Argumentos:
        params: dict de parámetros; X: forma (n_x, m); Y: one-hot, forma (k, m).
        activaciones: lista de L nombres, el último "softmax".
        config: dict {"lr": α, "tamLote": int o None (lote completo), "lam": λ (0: sin L2),
            "p": probabilidad de conservar (1: sin dropout)}.
        rng: generador de NumPy (orden de los ejemplos y máscaras de dropout).
    Devuelve:
        dict nuevo con los parámetros al final de la época.
    """
    m = X.shape[1]
    tam = config.get("tamLote") or m
    orden = rng.permutation(m) if tam < m else np.arange(m)
    for inicio in range(0, m, tam):
        lote = orden[inicio:inicio + tam]
        P, caches, mascaras = redAdelanteDropout(X[:, lote], params, activaciones,
                                                 config.get("p", 1.0), rng, entrenando=True)
        grads = redAtrasDropout(P, Y[:, lote], caches, mascaras, activaciones)
        params = actualizarConDecaimiento(params, grads, config["lr"], config.get("lam", 0.0),
                                          m)
    return params


def entrenarRegularizada(params, X, Y, X_val, Y_val, activaciones, config, epocas, rng):
    """El bucle del laboratorio: ``epocas`` épocas de epocaEntrenamiento, midiendo antes de
    empezar y después de cada época el costo y la exactitud en entrenamiento y en validación.

    Argumentos:
        params: parámetros iniciales; X, Y: entrenamiento; X_val, Y_val: validación.
        activaciones, config, rng: como en epocaEntrenamiento. epocas: número de épocas (int).
    Devuelve:
        params: dict con los parámetros finales.
        historia: dict {"costo_ent", "costo_val", "exactitud_ent", "exactitud_val"}, cada uno
            una lista de epocas + 1 floats (el primero, antes de entrenar).
    """
    historia = {"costo_ent": [], "costo_val": [], "exactitud_ent": [], "exactitud_val": []}

    def medir(params):
        for sufijo, (Xc, Yc) in (("ent", (X, Y)), ("val", (X_val, Y_val))):
            costo, exac = evaluarRed(params, Xc, Yc, activaciones)
            historia[f"costo_{sufijo}"].append(costo)
            historia[f"exactitud_{sufijo}"].append(exac)

    medir(params)
    for _ in range(epocas):
        params = epocaEntrenamiento(params, X, Y, activaciones, config, rng)
        medir(params)
    return params, historia


def entrenarConParadaTemprana(params, X, Y, X_val, Y_val, activaciones, config, epocas,
                              paciencia, rng):
    """Entrenamiento con parada temprana: se vigila el costo de VALIDACIÓN después de cada
    época, se guarda una copia de los mejores parámetros y se para cuando pasan ``paciencia``
    épocas seguidas sin mejorar (o al llegar a ``epocas``). Devuelve los mejores, no los últimos.

    «Mejorar» es bajar estrictamente del mejor costo de validación visto, contando el de los
    parámetros iniciales (época 0).

    Argumentos:
        params: parámetros iniciales; X, Y: entrenamiento; X_val, Y_val: validación.
        activaciones, config, rng: como en epocaEntrenamiento (una época:
            epocaEntrenamiento(params, X, Y, activaciones, config, rng)).
        epocas: máximo de épocas (int). paciencia: épocas seguidas sin mejora antes de parar.
    Devuelve:
        mejores: dict con los parámetros de la mejor época (una copia).
        mejor_epoca: int, la época de esos parámetros (0 = los iniciales).
        costos_ent, costos_val: listas de floats con el costo (evaluarRed) antes de entrenar y
            después de cada época entrenada: E + 1 valores si se entrenaron E épocas.
    """
    costo_ent, _ = evaluarRed(params, X, Y, activaciones)
    costo_val, _ = evaluarRed(params, X_val, Y_val, activaciones)
    costos_ent, costos_val = [costo_ent], [costo_val]
    mejores = {k: v.copy() for k, v in params.items()}
    mejor_costo, mejor_epoca, esperas = costo_val, 0, 0
    for epoca in range(1, epocas + 1):
        params = epocaEntrenamiento(params, X, Y, activaciones, config, rng)
        costo_ent, _ = evaluarRed(params, X, Y, activaciones)
        costo_val, _ = evaluarRed(params, X_val, Y_val, activaciones)
        costos_ent.append(costo_ent)
        costos_val.append(costo_val)
        if costo_val < mejor_costo:
            mejor_costo, mejor_epoca, esperas = costo_val, epoca, 0
            mejores = {k: v.copy() for k, v in params.items()}
        else:
            esperas += 1
            if esperas >= paciencia:
                break
    return mejores, mejor_epoca, costos_ent, costos_val


# ---------------------------------------------------------------------------------------------
# Aumento de datos
# ---------------------------------------------------------------------------------------------

def desplazarImagenes(X, dx, dy, lado):
    """Desplaza cada imagen (cada columna de X) dx píxeles a la derecha y dy hacia abajo,
    rellenando con ceros lo que queda vacío (lo que sale por un borde se pierde: no da la vuelta).

    La columna j es la imagen X[:, j].reshape(lado, lado): fila y (de arriba abajo), columna x
    (de izquierda a derecha). El píxel (y, x) pasa a (y + dy, x + dx).

    Argumentos:
        X: imágenes, forma (lado·lado, m).
        dx, dy: desplazamientos enteros (negativos: a la izquierda / hacia arriba), |dx|, |dy| <
            lado.
        lado: lado de cada imagen en píxeles (int).
    Devuelve:
        arreglo nuevo de forma (lado·lado, m), del mismo tipo que X.
    """
    m = X.shape[1]
    imagenes = X.T.reshape(m, lado, lado)
    salida = np.zeros_like(imagenes)
    origen_y = slice(max(-dy, 0), lado - max(dy, 0))
    destino_y = slice(max(dy, 0), lado - max(-dy, 0))
    origen_x = slice(max(-dx, 0), lado - max(dx, 0))
    destino_x = slice(max(dx, 0), lado - max(-dx, 0))
    salida[:, destino_y, destino_x] = imagenes[:, origen_y, origen_x]
    return salida.reshape(m, lado * lado).T


# ---------------------------------------------------------------------------------------------
# Laboratorio 2: elegir con validación
# ---------------------------------------------------------------------------------------------

def elegirConfiguracion(tabla):
    """Elige la configuración con la mayor exactitud de VALIDACIÓN (en un empate, la primera de
    la tabla) e informa su exactitud de prueba, la estimación final. La prueba no interviene en
    la elección.

    Argumentos:
        tabla: dict {nombre: {"exactitud_ent": float, "exactitud_val": float,
            "exactitud_prueba": float}}, en el orden del laboratorio.
    Devuelve:
        (nombre, exactitud_prueba): el nombre elegido (str) y la exactitud de prueba de ESA
        configuración (float).
    """
    nombre = max(tabla, key=lambda n: tabla[n]["exactitud_val"])
    return nombre, float(tabla[nombre]["exactitud_prueba"])

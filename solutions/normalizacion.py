"""Solución de referencia de la unidad «Normalización por lotes».

La normalización por lotes (Ioffe y Szegedy, 2015) normaliza cada unidad de una capa con la media
y la varianza de sus valores en el mini-lote. Los ejemplos son COLUMNAS: Z tiene forma (n, m), una
fila por unidad y una columna por ejemplo, así que las estadísticas de cada unidad son las de su
FILA (axis=1) y tienen forma (n, 1). γ y β también son (n, 1). Las capas siguen el patrón
(salida, cache) de la unidad 6 (y de CS231n). Cada función calificada es idéntica al bloque de
solución del cuaderno source/normalizacion/normalizacion.ipynb (tests/test_fuentes.py falla si se
separan).

La red de capas con cache y el chequeo numérico del gradiente son los de la unidad 6
(solutions/retropropagacion.py): se importan aquí y el cuaderno los entrega como código dado
(celdas bloqueadas). La red con capas de normalización intercaladas, softmax, la entropía cruzada
categórica y el bucle de entrenamiento por mini-lotes son código dado de esta unidad (al final).
"""
import numpy as np

from solutions.retropropagacion import (  # noqa: F401  (código dado del cuaderno)
    activacionAdelante, activacionAtras, actualizarParametros, capaDensaAdelante,
    capaDensaAtras, errorRelativo, gradienteNumerico, initRed)


# ---------------------------------------------------------------------------------------------
# Funciones calificadas
# ---------------------------------------------------------------------------------------------

def mediaVarianzaLote(Z):
    """Media y varianza de cada unidad (cada FILA de Z) sobre los ejemplos del lote.

    La varianza es la sesgada, la de Ioffe y Szegedy: se divide entre m, no entre m − 1.

    Argumentos:
        Z: valores de una capa en un mini-lote, forma (n, m): una fila por unidad, una columna
            por ejemplo.
    Devuelve:
        media: forma (n, 1), media[i] = (1/m) Σ_j Z[i, j].
        varianza: forma (n, 1), varianza[i] = (1/m) Σ_j (Z[i, j] − media[i])².
    """
    m = Z.shape[1]
    media = np.sum(Z, axis=1, keepdims=True) / m
    varianza = np.sum((Z - media) ** 2, axis=1, keepdims=True) / m
    return media, varianza


def normLoteAdelante(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5):
    """Normalización por lotes hacia adelante, en entrenamiento o en inferencia.

    Entrenamiento: μ y σ² del lote (mediaVarianzaLote), Ẑ = (Z − μ) / √(σ² + ε), Y = γ ⊙ Ẑ + β, y
    los promedios móviles se actualizan: media ← momento·media + (1 − momento)·μ (lo mismo con la
    varianza). Inferencia: Ẑ = (Z − media_móvil) / √(varianza_móvil + ε), Y = γ ⊙ Ẑ + β, y los
    promedios no cambian. No modifica el diccionario ``estado`` que recibe.

    Argumentos:
        Z: forma (n, m), una columna por ejemplo.
        gamma, beta: escala γ y desplazamiento β, forma (n, 1).
        estado: {"media": (n, 1), "varianza": (n, 1)}, los promedios móviles.
        modo: "entrenamiento" o "inferencia".
        momento: peso del promedio anterior (float, 0.9).
        eps: ε, se suma a la varianza DENTRO de la raíz (float).
    Devuelve:
        Y: forma (n, m).
        cache: en entrenamiento, la tupla (Z, Z_gorro, media, varianza, gamma, eps) con las
            estadísticas DEL LOTE ((n, 1) cada una), lo que necesita normLoteAtras; en
            inferencia, None.
        estado_nuevo: diccionario nuevo {"media": (n, 1), "varianza": (n, 1)}.
    """
    if modo == "entrenamiento":
        media, varianza = mediaVarianzaLote(Z)
        Z_gorro = (Z - media) / np.sqrt(varianza + eps)
        Y = gamma * Z_gorro + beta
        cache = (Z, Z_gorro, media, varianza, gamma, eps)
        estado_nuevo = {
            "media": momento * estado["media"] + (1 - momento) * media,
            "varianza": momento * estado["varianza"] + (1 - momento) * varianza,
        }
    elif modo == "inferencia":
        Z_gorro = (Z - estado["media"]) / np.sqrt(estado["varianza"] + eps)
        Y = gamma * Z_gorro + beta
        cache = None
        estado_nuevo = {"media": estado["media"].copy(), "varianza": estado["varianza"].copy()}
    else:
        raise ValueError(f"modo desconocido: {modo!r} (\"entrenamiento\" o \"inferencia\")")
    return Y, cache, estado_nuevo


def normLoteAtras(dY, cache):
    """Normalización por lotes hacia atrás (entrenamiento), con la fórmula compacta.

    Con σ = √(σ² + ε) y dẐ = γ ⊙ dY:
        dβ = Σ_j dY,   dγ = Σ_j dY ⊙ Ẑ   (sumas sobre los ejemplos, axis=1),
        dZ = (1 / (m σ)) · (m dẐ − Σ_j dẐ − Ẑ ⊙ Σ_j (dẐ ⊙ Ẑ)).

    Argumentos:
        dY: gradiente del costo respecto a Y, forma (n, m) (con el 1/m del costo ya incluido).
        cache: (Z, Z_gorro, media, varianza, gamma, eps) de normLoteAdelante en entrenamiento.
    Devuelve:
        dZ: forma (n, m).
        dgamma: forma (n, 1).
        dbeta: forma (n, 1).
    """
    Z, Z_gorro, media, varianza, gamma, eps = cache
    m = dY.shape[1]
    dbeta = np.sum(dY, axis=1, keepdims=True)
    dgamma = np.sum(dY * Z_gorro, axis=1, keepdims=True)
    dZ_gorro = gamma * dY
    dZ = (m * dZ_gorro - np.sum(dZ_gorro, axis=1, keepdims=True)
          - Z_gorro * np.sum(dZ_gorro * Z_gorro, axis=1, keepdims=True)) / (
        m * np.sqrt(varianza + eps))
    return dZ, dgamma, dbeta


def gradienteNumericoNormLote(Z, gamma, beta, dY, h=1e-5):
    """Gradientes numéricos de la normalización por lotes (en entrenamiento) respecto a Z, γ y β.

    Se deriva el número L(Z, γ, β) = Σ dY ⊙ Y, con Y = normLoteAdelante(Z, γ, β, ...)[0]: como
    ∂L/∂Y = dY, su gradiente es exactamente lo que normLoteAtras debe devolver. Cada gradiente se
    calcula con gradienteNumerico (unidad 6), moviendo una sola de las tres entradas.

    Argumentos:
        Z: forma (n, m). gamma, beta: forma (n, 1). dY: forma (n, m), fijo.
        h: paso de las diferencias centradas (float).
    Devuelve:
        dZ_num: forma (n, m). dgamma_num: forma (n, 1). dbeta_num: forma (n, 1).
    """
    estado = {"media": np.zeros_like(gamma), "varianza": np.ones_like(gamma)}

    def L(Z_, gamma_, beta_):
        Y, _, _ = normLoteAdelante(Z_, gamma_, beta_, estado, "entrenamiento")
        return float(np.sum(dY * Y))

    dZ_num = gradienteNumerico(lambda Z_: L(Z_, gamma, beta), Z, h)
    dgamma_num = gradienteNumerico(lambda g: L(Z, g, beta), gamma, h)
    dbeta_num = gradienteNumerico(lambda b_: L(Z, gamma, b_), beta, h)
    return dZ_num, dgamma_num, dbeta_num


def plegarNormLote(W, b, gamma, beta, estado, eps=1e-5):
    """La capa densa y la normalización por lotes de inferencia fundidas en una sola capa densa.

    En inferencia, γ ⊙ (W A + b − μ) / √(σ² + ε) + β = W' A + b', con s = γ / √(σ² + ε) de forma
    (n, 1): W' = s ⊙ W (cada FILA i de W por s_i) y b' = s ⊙ (b − μ) + β.

    Argumentos:
        W: pesos de la capa densa, forma (n, n_prev). b: sesgos, forma (n, 1).
        gamma, beta: forma (n, 1).
        estado: {"media": (n, 1), "varianza": (n, 1)}, los promedios móviles μ y σ².
        eps: el ε de la normalización (float).
    Devuelve:
        W_plegado: forma (n, n_prev).
        b_plegado: forma (n, 1).
    """
    s = gamma / np.sqrt(estado["varianza"] + eps)
    W_plegado = s * W
    b_plegado = s * (b - estado["media"]) + beta
    return W_plegado, b_plegado


# ---------------------------------------------------------------------------------------------
# Código dado: la red profunda con normalización por lotes
# ---------------------------------------------------------------------------------------------

def softmax(Z):
    """Softmax de cada columna, estable (se resta el máximo de cada columna).

    Argumentos:
        Z: puntajes, forma (k, m).
    Devuelve:
        forma (k, m); cada columna es positiva y suma 1.
    """
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E, axis=0, keepdims=True)


def costoEntropiaCategorica(AL, Y):
    """J = −(1/m) Σ_j Σ_k y_kj ln a_kj, la entropía cruzada categórica (unidad 10).

    Argumentos:
        AL: probabilidades de softmax, forma (k, m). Y: etiquetas one-hot, forma (k, m).
    Devuelve:
        J como float.
    """
    m = Y.shape[1]
    return float(-np.sum(Y * np.log(np.clip(AL, 1e-12, 1.0))) / m)


def initRedNorm(dims, semilla=None, ganancia=1.0, con_norm=True):
    """Parámetros y promedios móviles de una red con normalización por lotes en cada capa oculta.

    Los pesos son los de He (unidad 8) por una ganancia: W{l} = ganancia·√(2/n_{l−1})·N(0, 1)
    (con initRed de la unidad 6 y escala 1); los sesgos empiezan en 0.

    Argumentos:
        dims: [n_x, n_1, ..., n_L]; la capa L (la de salida, softmax) no se normaliza.
        semilla: semilla de initRed. ganancia: 1 es He; menos, pesos más pequeños.
        con_norm: si es False, la misma red (los mismos pesos) sin normalización.
    Devuelve:
        params: dict {"W1", "b1", ..., "WL", "bL"} y, si con_norm, además "gamma{l}" (unos) y
            "beta{l}" (ceros), forma (n_l, 1), para l = 1, ..., L − 1.
        estados: lista de L − 1 elementos; estados[l − 1] = {"media": ceros (n_l, 1),
            "varianza": unos (n_l, 1)} si con_norm, o None.
    """
    params = initRed(dims, semilla=semilla, escala=1.0)
    estados = []
    for l in range(1, len(dims)):
        params[f"W{l}"] = ganancia * np.sqrt(2 / dims[l - 1]) * params[f"W{l}"]
        if l == len(dims) - 1:
            break
        if con_norm:
            params[f"gamma{l}"] = np.ones((dims[l], 1))
            params[f"beta{l}"] = np.zeros((dims[l], 1))
            estados.append({"media": np.zeros((dims[l], 1)), "varianza": np.ones((dims[l], 1))})
        else:
            estados.append(None)
    return params, estados


def redNormAdelante(X, params, estados, activacion, modo, momento=0.9):
    """Red de L capas: en cada capa oculta densa → (normalización por lotes si params tiene
    "gamma{l}") → activación; la capa L es densa → softmax.

    Argumentos:
        X: forma (n_x, m). params: de initRedNorm. estados: lista de L − 1 (dict o None).
        activacion: la de las capas ocultas ("relu", "tanh", "sigmoide" o "lineal").
        modo: "entrenamiento" o "inferencia" (lo recibe normLoteAdelante).
        momento: el de los promedios móviles.
    Devuelve:
        AL: probabilidades, forma (n_L, m).
        caches: lista de L tuplas (cache_densa, cache_norm, cache_activacion); cache_norm es None
            sin normalización (o en inferencia) y la de la capa L es (cache_densa, None, AL).
        estados_nuevos: lista de L − 1, los promedios móviles después de este lote.
    """
    L = sum(1 for k in params if k.startswith("W"))
    A, caches, estados_nuevos = X, [], []
    for l in range(1, L):
        Z, cache_densa = capaDensaAdelante(A, params[f"W{l}"], params[f"b{l}"])
        cache_norm, estado = None, estados[l - 1]
        if f"gamma{l}" in params:
            Z, cache_norm, estado = normLoteAdelante(Z, params[f"gamma{l}"], params[f"beta{l}"],
                                                     estado, modo, momento)
        A, cache_activacion = activacionAdelante(Z, activacion)
        caches.append((cache_densa, cache_norm, cache_activacion))
        estados_nuevos.append(estado)
    Z, cache_densa = capaDensaAdelante(A, params[f"W{L}"], params[f"b{L}"])
    AL = softmax(Z)
    caches.append((cache_densa, None, AL))
    return AL, caches, estados_nuevos


def redNormAtras(AL, Y, caches, activacion):
    """Retropropagación de redNormAdelante (en entrenamiento) con entropía cruzada categórica.

    A la salida dZ = (AL − Y) / m; en cada capa oculta, activacionAtras, normLoteAtras (si la capa
    tiene normalización) y capaDensaAtras.

    Argumentos:
        AL, Y: forma (n_L, m). caches: de redNormAdelante. activacion: la de las capas ocultas.
    Devuelve:
        dict {"dW1", "db1", ..., "dWL", "dbL"} y, en las capas con normalización, "dgamma{l}" y
        "dbeta{l}", con las formas de los parámetros.
    """
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = (AL - Y) / m
    dA, grads[f"dW{L}"], grads[f"db{L}"] = capaDensaAtras(dZ, caches[L - 1][0])
    for l in range(L - 1, 0, -1):
        cache_densa, cache_norm, cache_activacion = caches[l - 1]
        dZ = activacionAtras(dA, cache_activacion, activacion)
        if cache_norm is not None:
            dZ, grads[f"dgamma{l}"], grads[f"dbeta{l}"] = normLoteAtras(dZ, cache_norm)
        dA, grads[f"dW{l}"], grads[f"db{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


def entrenarRedNorm(X, Y, params, estados, activacion, lr, epocas, tamLote, semilla=0,
                    momento=0.9):
    """Descenso de gradiente por mini-lotes de la red con (o sin) normalización por lotes.

    En cada época se barajan los ejemplos con un generador creado una vez con ``semilla``; por
    cada mini-lote: redNormAdelante en entrenamiento (que devuelve los promedios nuevos), el costo
    ANTES de actualizar, redNormAtras y actualizarParametros (unidad 6). Si el costo deja de ser
    finito (el entrenamiento divergió), se detiene y las épocas que faltan valen nan.

    Argumentos:
        X: forma (n_x, m). Y: one-hot, forma (n_L, m).
        params, estados: de initRedNorm. activacion: la de las capas ocultas.
        lr: tasa de aprendizaje α (float). epocas: int. tamLote: tamaño del mini-lote (int).
        semilla: del barajado. momento: el de los promedios móviles.
    Devuelve:
        params, estados: los finales.
        costos: lista de `epocas` floats, la media de los costos de los mini-lotes de cada época.
    """
    rng = np.random.default_rng(semilla)
    m = X.shape[1]
    costos = []
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        for _ in range(epocas):
            orden = rng.permutation(m)
            costos_lote = []
            for inicio in range(0, m, tamLote):
                idx = orden[inicio:inicio + tamLote]
                AL, caches, estados = redNormAdelante(X[:, idx], params, estados, activacion,
                                                      "entrenamiento", momento)
                costos_lote.append(costoEntropiaCategorica(AL, Y[:, idx]))
                if not np.isfinite(costos_lote[-1]):
                    return params, estados, costos + [float("nan")] * (epocas - len(costos))
                grads = redNormAtras(AL, Y[:, idx], caches, activacion)
                params = actualizarParametros(params, grads, lr)
            costos.append(float(np.mean(costos_lote)))
    return params, estados, costos


def predecirRedNorm(X, params, estados, activacion, modo="inferencia"):
    """La clase más probable de cada ejemplo (con los promedios móviles si modo="inferencia").

    En inferencia cada columna se normaliza con los promedios, sola: X se evalúa por partes de
    100 columnas y el resultado no depende de cómo se parta. Con modo="entrenamiento" (las
    estadísticas del lote, para ver por qué no se hace), todo X es un solo lote.

    Argumentos:
        X: forma (n_x, m). params, estados: de entrenarRedNorm. activacion: la de las capas
            ocultas. modo: "inferencia" (lo correcto) o "entrenamiento".
    Devuelve:
        etiquetas: forma (m,), enteros de 0 a n_L − 1.
    """
    ancho = 100 if modo == "inferencia" else max(X.shape[1], 1)
    etiquetas = []
    for inicio in range(0, X.shape[1], ancho):
        AL, _, _ = redNormAdelante(X[:, inicio:inicio + ancho], params, estados, activacion, modo)
        etiquetas.append(np.argmax(AL, axis=0))
    return np.concatenate(etiquetas)

"""Catálogo de la unidad regularizacion: errores típicos y soluciones alternativas correctas.

Cada error debe perder puntos y cada alternativa debe obtener todos (tests/test_catalogo.py).
Las funciones se ejecutan como en el cuaderno: ``np`` y las demás funciones (las calificadas, la
red dada de la unidad 6, softmax y el bucle de entrenamiento dado) están definidas alrededor
(aquí, las de referencia). La explicación de cada error es el diagnóstico que lee el estudiante:
dice qué hizo, en pasado o como pregunta.
"""
# ruff: noqa: F821  (los nombres del cuaderno se resuelven al ejecutar la fuente)
import numpy as np

from autograder.catalogo import alternativa, error

# --------------------------------------------------------------------------- costoL2


@error("sumaste también los cuadrados de los sesgos: la penalización L2 va solo sobre los pesos "
       "W (como θ0 en el ridge, los sesgos no se penalizan).", mensaje="los sesgos")
def costoL2__con_sesgos(params, lam, m):
    return lam / (2 * m) * sum(float(np.sum(v ** 2)) for v in params.values())


@error("usaste λ/m en vez de λ/(2m): falta el ½ que hace que la derivada sea (λ/m)·W.",
       mensaje="falta el ½")
def costoL2__sin_medio(params, lam, m):
    return lam / m * sum(float(np.sum(W ** 2)) for k, W in params.items() if k.startswith("W"))


@error("olvidaste dividir entre m: la penalización es (λ/2m)·Σ‖W‖², en la misma escala que el "
       "costo medio de los datos.", mensaje="dividir entre m")
def costoL2__sin_m(params, lam, m):
    return lam / 2 * sum(float(np.sum(W ** 2)) for k, W in params.items() if k.startswith("W"))


@error("usaste la norma ‖W‖ sin elevarla al cuadrado: la penalización L2 suma los CUADRADOS de "
       "los pesos, ‖W‖² = Σ W².", mensaje="sin elevarla al cuadrado")
def costoL2__norma(params, lam, m):
    return lam / (2 * m) * sum(float(np.linalg.norm(W)) for k, W in params.items()
                               if k.startswith("W"))


@error("sumaste |W| (la penalización L1, la de Lasso) en vez de W².", mensaje="L1")
def costoL2__l1(params, lam, m):
    return lam / m * sum(float(np.sum(np.abs(W))) for k, W in params.items()
                         if k.startswith("W"))


@error("promediaste los cuadrados de cada capa (np.mean) en vez de sumarlos: ‖W‖² = Σ_ij W_ij².",
       mensaje="np.mean")
def costoL2__media(params, lam, m):
    return lam / (2 * m) * sum(float(np.mean(W ** 2)) for k, W in params.items()
                               if k.startswith("W"))


@error("te saltaste la última capa (range(1, L) en vez de range(1, L + 1)): la penalización suma "
       "los pesos de TODAS las capas.", mensaje="la última capa")
def costoL2__sin_ultima_capa(params, lam, m):
    L = len(params) // 2
    return lam / (2 * m) * sum(float(np.sum(params[f"W{l}"] ** 2)) for l in range(1, L))


@error("devolviste la salida esperada del ejemplo a mano sin calcularla.",
       mensaje="no tiene los valores esperados")
def costoL2__respuesta_fija(params, lam, m):
    return 0.6875


@alternativa("con np.linalg.norm(W) ** 2 (la norma de Frobenius al cuadrado), capa por capa")
def costoL2__frobenius(params, lam, m):
    L = len(params) // 2
    total = 0.0
    for l in range(1, L + 1):
        total += np.linalg.norm(params[f"W{l}"]) ** 2
    return float(lam * total / (2 * m))


@alternativa("con np.sum(W * W) y un bucle sobre las claves")
def costoL2__producto(params, lam, m):
    suma = 0.0
    for clave in params:
        if clave[0] == "W":
            W = params[clave]
            suma = suma + np.sum(W * W)
    return (lam / m) * suma / 2


# --------------------------------------------------------------------------- gradientesL2


@error("penalizaste también los sesgos: a cada db le sumaste (λ/m)·b.",
       mensaje="penalizaste los sesgos")
def gradientesL2__sesgos(grads, params, lam, m):
    return {k: g + (lam / m) * params[k[1:]] for k, g in grads.items()}


@error("sumaste (2λ/m)·W: la derivada de (λ/2m)·W² es (λ/m)·W.", mensaje="(2λ/m)")
def gradientesL2__dos_lambda(grads, params, lam, m):
    return {k: g + (2 * lam / m) * params[k[1:]] if k.startswith("dW") else g.copy()
            for k, g in grads.items()}


@error("sumaste (λ/2m)·W: al derivar (λ/2m)·W² el 2 del cuadrado cancela el ½.",
       mensaje="le sumaste (λ/2m)")
def gradientesL2__medio(grads, params, lam, m):
    return {k: g + (lam / (2 * m)) * params[k[1:]] if k.startswith("dW") else g.copy()
            for k, g in grads.items()}


@error("sumaste λ·W sin dividir entre m.", mensaje="dividir entre m")
def gradientesL2__sin_m(grads, params, lam, m):
    return {k: g + lam * params[k[1:]] if k.startswith("dW") else g.copy()
            for k, g in grads.items()}


@error("restaste (λ/m)·W: la penalización se suma al gradiente de los datos.",
       mensaje="restaste")
def gradientesL2__resta(grads, params, lam, m):
    return {k: g - (lam / m) * params[k[1:]] if k.startswith("dW") else g.copy()
            for k, g in grads.items()}


@error("devolviste solo (λ/m)·W: olvidaste el gradiente de los datos.",
       mensaje="gradiente de los datos")
def gradientesL2__solo_penalizacion(grads, params, lam, m):
    return {k: (lam / m) * params[k[1:]] if k.startswith("dW") else g.copy()
            for k, g in grads.items()}


@error("devolviste los gradientes sin cambios: ¿olvidaste sumar (λ/m)·W?",
       mensaje="olvidaste sumarle")
def gradientesL2__sin_penalizacion(grads, params, lam, m):
    return {k: g.copy() for k, g in grads.items()}


@alternativa("copia del diccionario y += capa por capa")
def gradientesL2__copia(grads, params, lam, m):
    nuevos = {k: v.copy() for k, v in grads.items()}
    L = len(params) // 2
    for l in range(1, L + 1):
        nuevos[f"dW{l}"] += lam / m * params[f"W{l}"]
    return nuevos


@alternativa("recorriendo params y armando las dos claves de cada capa")
def gradientesL2__por_params(grads, params, lam, m):
    nuevos = {}
    for clave, valor in params.items():
        if clave.startswith("W"):
            nuevos["d" + clave] = grads["d" + clave] + lam * valor / m
        else:
            nuevos["d" + clave] = np.array(grads["d" + clave])
    return nuevos


# --------------------------------------------------------------------------- actualizarConDecaimiento


@error("aplicaste el factor (1 − αλ/m) también a los sesgos, que no se penalizan.",
       mensaje="a los sesgos")
def actualizarConDecaimiento__decae_sesgos(params, grads, lr, lam, m):
    return {k: (1 - lr * lam / m) * v - lr * grads["d" + k] for k, v in params.items()}


@error("usaste el factor (1 − λ/m), sin la tasa de aprendizaje.",
       mensaje="falta la tasa de aprendizaje")
def actualizarConDecaimiento__sin_alpha(params, grads, lr, lam, m):
    return {k: ((1 - lam / m) * v if k.startswith("W") else v) - lr * grads["d" + k]
            for k, v in params.items()}


@error("usaste el factor (1 − αλ): ¿olvidaste dividir entre m?", mensaje="dividir entre m")
def actualizarConDecaimiento__sin_m(params, grads, lr, lam, m):
    return {k: ((1 - lr * lam) * v if k.startswith("W") else v) - lr * grads["d" + k]
            for k, v in params.items()}


@error("aplicaste el decaimiento DESPUÉS del paso: (1 − αλ/m)·(W − α·dW).",
       mensaje="DESPUÉS del paso")
def actualizarConDecaimiento__despues_del_paso(params, grads, lr, lam, m):
    nuevos = {}
    for k, v in params.items():
        paso = v - lr * grads["d" + k]
        nuevos[k] = (1 - lr * lam / m) * paso if k.startswith("W") else paso
    return nuevos


@error("usaste el factor (1 + αλ/m): los pesos crecen en vez de encogerse.",
       mensaje="cambiaste el signo")
def actualizarConDecaimiento__signo(params, grads, lr, lam, m):
    return {k: ((1 + lr * lam / m) * v if k.startswith("W") else v) - lr * grads["d" + k]
            for k, v in params.items()}


@error("olvidaste el decaimiento: diste el paso de siempre, W − α·dW.", mensaje="no decayó")
def actualizarConDecaimiento__sin_decaimiento(params, grads, lr, lam, m):
    return {k: v - lr * grads["d" + k] for k, v in params.items()}


@error("sumaste el gradiente (θ + α·dθ) en vez de restarlo.", mensaje="sumaste α·d")
def actualizarConDecaimiento__suma(params, grads, lr, lam, m):
    return {k: ((1 - lr * lam / m) * v if k.startswith("W") else v) + lr * grads["d" + k]
            for k, v in params.items()}


@alternativa("con gradientesL2 y actualizarParametros: el paso de siempre sobre el gradiente "
             "regularizado")
def actualizarConDecaimiento__con_gradientes(params, grads, lr, lam, m):
    return actualizarParametros(params, gradientesL2(grads, params, lam, m), lr)


@alternativa("W − α·(dW + (λ/m)·W) escrito tal cual")
def actualizarConDecaimiento__desarrollado(params, grads, lr, lam, m):
    nuevos = {}
    for clave in params:
        g = grads["d" + clave]
        if clave.startswith("W"):
            g = g + (lam / m) * params[clave]
        nuevos[clave] = params[clave] - lr * g
    return nuevos


# --------------------------------------------------------------------------- dropoutAdelante


@error("olvidaste la escala 1/p: la máscara vale 0 y 1 y A_salida = A·mascara queda sin "
       "escalar.", mensaje="olvidaste la escala 1/p")
def dropoutAdelante__sin_escala(A, p, rng, entrenando=True):
    if not entrenando:
        return A, None
    mascara = (rng.random(A.shape) < p).astype(float)
    return A * mascara, mascara


@error("usaste p como la probabilidad de APAGAR (conservaste cada unidad con probabilidad "
       "1 − p).", mensaje="probabilidad de APAGAR")
def dropoutAdelante__p_apagar(A, p, rng, entrenando=True):
    if not entrenando:
        return A, None
    mascara = (rng.random(A.shape) > p) / (1 - p)
    return A * mascara, mascara


@error("aplicaste el dropout también en inferencia: no usaste el argumento entrenando.",
       mensaje="apagaste unidades")
def dropoutAdelante__en_inferencia(A, p, rng, entrenando=True):
    mascara = (rng.random(A.shape) < p) / p
    return A * mascara, mascara


@error("aplicaste el dropout clásico: sin escalar al entrenar y multiplicando por p en "
       "inferencia.", mensaje="dropout clásico")
def dropoutAdelante__clasico(A, p, rng, entrenando=True):
    if not entrenando:
        return p * A, None
    mascara = (rng.random(A.shape) < p).astype(float)
    return A * mascara, mascara


@error("aplicaste la escala 1/p también en inferencia (A/p): la escala es solo para el "
       "entrenamiento.", mensaje="devolviste A/p")
def dropoutAdelante__escala_en_inferencia(A, p, rng, entrenando=True):
    if not entrenando:
        return A / p, None
    mascara = (rng.random(A.shape) < p) / p
    return A * mascara, mascara


@error("sorteaste una máscara por unidad, forma (n, 1), y la usaste para todos los ejemplos.",
       mensaje="todos los ejemplos tienen la misma máscara")
def dropoutAdelante__una_por_unidad(A, p, rng, entrenando=True):
    if not entrenando:
        return A, None
    mascara = np.broadcast_to((rng.random((A.shape[0], 1)) < p) / p, A.shape).copy()
    return A * mascara, mascara


@error("sorteaste con el generador global de NumPy (np.random.rand) en vez de con el rng que "
       "recibiste.", mensaje="generador global")
def dropoutAdelante__rng_global(A, p, rng, entrenando=True):
    if not entrenando:
        return A, None
    mascara = (np.random.rand(*A.shape) < p) / p
    return A * mascara, mascara


@error("creaste dentro de la función un generador con semilla fija (np.random.default_rng(0)): "
       "todas las llamadas dan la misma máscara.", mensaje="semilla fija")
def dropoutAdelante__semilla_fija(A, p, rng, entrenando=True):
    if not entrenando:
        return A, None
    rng = np.random.default_rng(0)
    mascara = (rng.random(A.shape) < p) / p
    return A * mascara, mascara


@error("devolviste la máscara de booleanos (rng.random(...) < p) y escalaste solo la salida: la "
       "máscara debe llevar los valores 0 y 1/p.", mensaje="booleanos")
def dropoutAdelante__mascara_booleana(A, p, rng, entrenando=True):
    if not entrenando:
        return A, None
    mascara = rng.random(A.shape) < p
    return A * mascara / p, mascara


@error("escalaste A_salida por 1/p pero devolviste la máscara de 0 y 1 sin escalar.",
       mensaje="máscara sin escalar")
def dropoutAdelante__mascara_sin_escalar(A, p, rng, entrenando=True):
    if not entrenando:
        return A, None
    mascara = (rng.random(A.shape) < p).astype(float)
    return A * mascara / p, mascara


@alternativa("con rng.binomial(1, p, tamaño) / p")
def dropoutAdelante__binomial(A, p, rng, entrenando=True):
    if entrenando:
        mascara = rng.binomial(1, p, size=A.shape) / p
        return A * mascara, mascara
    return A, None


@alternativa("con np.where sobre rng.uniform y una copia de A en inferencia")
def dropoutAdelante__where(A, p, rng, entrenando=True):
    if not entrenando:
        return A.copy(), None
    u = rng.uniform(0.0, 1.0, size=A.shape)
    mascara = np.where(u < p, 1.0 / p, 0.0)
    return np.multiply(A, mascara), mascara


# --------------------------------------------------------------------------- redAdelanteDropout


@error("aplicaste dropout también a la salida (a P), y devolviste su máscara.",
       mensaje="la capa de salida no lleva dropout")
def redAdelanteDropout__dropout_salida(X, params, activaciones, p, rng, entrenando=True):
    L = len(activaciones)
    A, caches, mascaras = X, [], []
    for l in range(1, L + 1):
        Z, cache_densa = capaDensaAdelante(A, params[f"W{l}"], params[f"b{l}"])
        if l < L:
            A, cache_activacion = activacionAdelante(Z, activaciones[l - 1])
        else:
            A = softmax(Z)
            cache_activacion = (Z, A)
        A, mascara = dropoutAdelante(A, p, rng, entrenando)
        mascaras.append(mascara)
        caches.append((cache_densa, cache_activacion))
    return A, caches, mascaras


@error("aplicaste dropout también en inferencia: pasaste entrenando=True a dropoutAdelante "
       "siempre.", mensaje="también en inferencia")
def redAdelanteDropout__en_inferencia(X, params, activaciones, p, rng, entrenando=True):
    L = len(activaciones)
    A, caches, mascaras = X, [], []
    for l in range(1, L + 1):
        Z, cache_densa = capaDensaAdelante(A, params[f"W{l}"], params[f"b{l}"])
        if l < L:
            A, cache_activacion = activacionAdelante(Z, activaciones[l - 1])
            A, mascara = dropoutAdelante(A, p, rng, True)
            mascaras.append(mascara)
        else:
            A = softmax(Z)
            cache_activacion = (Z, A)
        caches.append((cache_densa, cache_activacion))
    return A, caches, mascaras


@error("devolviste una máscara NUEVA, sorteada otra vez, y no la que aplicaste: la "
       "retropropagación usaría otra máscara.", mensaje="OTRA máscara")
def redAdelanteDropout__mascara_nueva(X, params, activaciones, p, rng, entrenando=True):
    L = len(activaciones)
    A, caches, mascaras = X, [], []
    for l in range(1, L + 1):
        Z, cache_densa = capaDensaAdelante(A, params[f"W{l}"], params[f"b{l}"])
        if l < L:
            A_sin, cache_activacion = activacionAdelante(Z, activaciones[l - 1])
            A, _ = dropoutAdelante(A_sin, p, rng, entrenando)
            _, mascara = dropoutAdelante(A_sin, p, rng, entrenando)
            mascaras.append(mascara)
        else:
            A = softmax(Z)
            cache_activacion = (Z, A)
        caches.append((cache_densa, cache_activacion))
    return A, caches, mascaras


@error("aplicaste el dropout a Z, antes de la activación.", mensaje="ANTES de la activación")
def redAdelanteDropout__antes_de_activacion(X, params, activaciones, p, rng, entrenando=True):
    L = len(activaciones)
    A, caches, mascaras = X, [], []
    for l in range(1, L + 1):
        Z, cache_densa = capaDensaAdelante(A, params[f"W{l}"], params[f"b{l}"])
        if l < L:
            Z, mascara = dropoutAdelante(Z, p, rng, entrenando)
            mascaras.append(mascara)
            A, cache_activacion = activacionAdelante(Z, activaciones[l - 1])
        else:
            A = softmax(Z)
            cache_activacion = (Z, A)
        caches.append((cache_densa, cache_activacion))
    return A, caches, mascaras


@error("multiplicaste A por la máscara en el lugar (A *= mascara): A es el mismo arreglo que "
       "guarda la cache de la activación, que quedó con dropout.", mensaje="guarda A CON dropout")
def redAdelanteDropout__en_el_lugar(X, params, activaciones, p, rng, entrenando=True):
    L = len(activaciones)
    A, caches, mascaras = X, [], []
    for l in range(1, L + 1):
        Z, cache_densa = capaDensaAdelante(A, params[f"W{l}"], params[f"b{l}"])
        if l < L:
            A, cache_activacion = activacionAdelante(Z, activaciones[l - 1])
            mascara = None
            if entrenando:
                mascara = (rng.random(A.shape) < p) / p
                A *= mascara
            mascaras.append(mascara)
        else:
            A = softmax(Z)
            cache_activacion = (Z, A)
        caches.append((cache_densa, cache_activacion))
    return A, caches, mascaras


@error("aplicaste dropout también a la entrada X.", mensaje="a la entrada")
def redAdelanteDropout__en_la_entrada(X, params, activaciones, p, rng, entrenando=True):
    L = len(activaciones)
    A, _ = dropoutAdelante(X, p, rng, entrenando)
    caches, mascaras = [], []
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


@error("sorteaste las máscaras pero no las aplicaste: la capa siguiente recibió la A sin "
       "dropout.", mensaje="SIN dropout")
def redAdelanteDropout__sin_aplicar(X, params, activaciones, p, rng, entrenando=True):
    L = len(activaciones)
    A, caches, mascaras = X, [], []
    for l in range(1, L + 1):
        Z, cache_densa = capaDensaAdelante(A, params[f"W{l}"], params[f"b{l}"])
        if l < L:
            A, cache_activacion = activacionAdelante(Z, activaciones[l - 1])
            _, mascara = dropoutAdelante(A, p, rng, entrenando)
            mascaras.append(mascara)
        else:
            A = softmax(Z)
            cache_activacion = (Z, A)
        caches.append((cache_densa, cache_activacion))
    return A, caches, mascaras


@alternativa("la máscara escrita dentro del bucle, sin llamar a dropoutAdelante")
def redAdelanteDropout__en_linea(X, params, activaciones, p, rng, entrenando=True):
    L = len(activaciones)
    A = X
    caches, mascaras = [], []
    for l in range(1, L):
        Z, cd = capaDensaAdelante(A, params["W" + str(l)], params["b" + str(l)])
        A, ca = activacionAdelante(Z, activaciones[l - 1])
        caches.append((cd, ca))
        if entrenando:
            D = (rng.random(A.shape) < p) / p
            A = A * D
        else:
            D = None
        mascaras.append(D)
    Z, cd = capaDensaAdelante(A, params[f"W{L}"], params[f"b{L}"])
    P = np.exp(Z - Z.max(axis=0, keepdims=True))
    P = P / P.sum(axis=0, keepdims=True)
    caches.append((cd, (Z, P)))
    return P, caches, mascaras


@alternativa("Z = W @ A + b escrito a mano y las caches armadas como las de la unidad 6")
def redAdelanteDropout__a_mano(X, params, activaciones, p, rng, entrenando=True):
    caches, mascaras, A = [], [], X
    L = len(activaciones)
    for l, nombre in enumerate(activaciones, start=1):
        W, b = params[f"W{l}"], params[f"b{l}"]
        Z = W @ A + b
        if nombre == "softmax":
            salida = softmax(Z)
            caches.append(((A, W, b), (Z, salida)))
            return salida, caches, mascaras
        A_act, cache_act = activacionAdelante(Z, nombre)
        caches.append(((A, W, b), cache_act))
        A, mascara = dropoutAdelante(A_act, p, rng, entrenando)
        mascaras.append(mascara)
    raise ValueError(f"la última de las {L} activaciones debe ser softmax")


# --------------------------------------------------------------------------- redAtrasDropout


@error("no aplicaste la máscara hacia atrás: las unidades apagadas recibieron gradiente.",
       mensaje="recibe gradiente")
def redAtrasDropout__sin_mascara(P, Y, caches, mascaras, activaciones):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = (P - Y) / m
    for l in range(L, 0, -1):
        cache_densa, cache_activacion = caches[l - 1]
        if l < L:
            dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, grads[f"dW{l}"], grads[f"db{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


@error("multiplicaste dA por (mascara > 0), sin la escala 1/p.", mensaje="sin la escala 1/p")
def redAtrasDropout__mascara_binaria(P, Y, caches, mascaras, activaciones):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = (P - Y) / m
    for l in range(L, 0, -1):
        cache_densa, cache_activacion = caches[l - 1]
        if l < L:
            dA = dA * (mascaras[l - 1] > 0)
            dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, grads[f"dW{l}"], grads[f"db{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


@error("recorriste las máscaras en el orden de ida mientras ibas hacia atrás: cada capa recibió "
       "la máscara de otra.", mensaje="recibe gradiente")
def redAtrasDropout__mascaras_al_reves(P, Y, caches, mascaras, activaciones):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    pendientes = list(mascaras)
    dZ = (P - Y) / m
    for l in range(L, 0, -1):
        cache_densa, cache_activacion = caches[l - 1]
        if l < L:
            dA = dA * pendientes.pop(0)
            dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, grads[f"dW{l}"], grads[f"db{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


@error("pasaste la última capa por activacionAtras con \"softmax\", que no la conoce.",
       mensaje="no pasa por activacionAtras")
def redAtrasDropout__softmax_por_activacion(P, Y, caches, mascaras, activaciones):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dA = (P - Y) / m
    for l in range(L, 0, -1):
        cache_densa, cache_activacion = caches[l - 1]
        if l < L:
            dA = dA * mascaras[l - 1]
        dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, grads[f"dW{l}"], grads[f"db{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


@error("empezaste con dZ = P − Y sin dividir entre m.", mensaje="dividir entre m")
def redAtrasDropout__sin_m(P, Y, caches, mascaras, activaciones):
    L = len(caches)
    grads = {}
    dZ = P - Y
    for l in range(L, 0, -1):
        cache_densa, cache_activacion = caches[l - 1]
        if l < L:
            dA = dA * mascaras[l - 1]
            dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, grads[f"dW{l}"], grads[f"db{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


@error("empezaste con dZ = (Y − P)/m: el signo está invertido.", mensaje="signo cambiado")
def redAtrasDropout__signo(P, Y, caches, mascaras, activaciones):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dZ = (Y - P) / m
    for l in range(L, 0, -1):
        cache_densa, cache_activacion = caches[l - 1]
        if l < L:
            dA = dA * mascaras[l - 1]
            dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, grads[f"dW{l}"], grads[f"db{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


@alternativa("la última capa fuera del bucle y np.multiply con la máscara")
def redAtrasDropout__fuera_del_bucle(P, Y, caches, mascaras, activaciones):
    L = len(caches)
    grads = {}
    dZ = (P - Y) / Y.shape[1]
    dA, grads[f"dW{L}"], grads[f"db{L}"] = capaDensaAtras(dZ, caches[L - 1][0])
    for l in reversed(range(1, L)):
        dA = np.multiply(dA, mascaras[l - 1])
        dZ = activacionAtras(dA, caches[l - 1][1], activaciones[l - 1])
        dA, dW, db = capaDensaAtras(dZ, caches[l - 1][0])
        grads["dW" + str(l)] = dW
        grads["db" + str(l)] = db
    return grads


@alternativa("dW = dZ·A_prevᵀ y db = Σ dZ escritos a mano")
def redAtrasDropout__a_mano(P, Y, caches, mascaras, activaciones):
    m = Y.shape[1]
    grads = {}
    dZ = (P - Y) / m
    for l in range(len(caches), 0, -1):
        (A_prev, W, b), cache_act = caches[l - 1]
        grads[f"dW{l}"] = dZ @ A_prev.T
        grads[f"db{l}"] = dZ.sum(axis=1, keepdims=True)
        if l > 1:
            dA = (W.T @ dZ) * mascaras[l - 2]
            dZ = activacionAtras(dA, caches[l - 2][1], activaciones[l - 2])
    return grads


# --------------------------------------------------------------------------- entrenarConParadaTemprana


@error("vigilaste el costo de ENTRENAMIENTO, que casi siempre baja: la parada temprana mira el "
       "de validación.", mensaje="costo de ENTRENAMIENTO")
def entrenarConParadaTemprana__costo_entrenamiento(params, X, Y, X_val, Y_val, activaciones,
                                                   config, epocas, paciencia, rng):
    costo_ent, _ = evaluarRed(params, X, Y, activaciones)
    costo_val, _ = evaluarRed(params, X_val, Y_val, activaciones)
    costos_ent, costos_val = [costo_ent], [costo_val]
    mejores = {k: v.copy() for k, v in params.items()}
    mejor, mejor_epoca, esperas = costo_ent, 0, 0
    for epoca in range(1, epocas + 1):
        params = epocaEntrenamiento(params, X, Y, activaciones, config, rng)
        costo_ent, _ = evaluarRed(params, X, Y, activaciones)
        costo_val, _ = evaluarRed(params, X_val, Y_val, activaciones)
        costos_ent.append(costo_ent)
        costos_val.append(costo_val)
        if costo_ent < mejor:
            mejor, mejor_epoca, esperas = costo_ent, epoca, 0
            mejores = {k: v.copy() for k, v in params.items()}
        else:
            esperas += 1
            if esperas >= paciencia:
                break
    return mejores, mejor_epoca, costos_ent, costos_val


@error("devolviste los parámetros de la última época entrenada, no los mejores: la parada "
       "temprana restaura los mejores pesos.", mensaje="la última época")
def entrenarConParadaTemprana__ultimos(params, X, Y, X_val, Y_val, activaciones, config,
                                       epocas, paciencia, rng):
    costo_ent, _ = evaluarRed(params, X, Y, activaciones)
    costo_val, _ = evaluarRed(params, X_val, Y_val, activaciones)
    costos_ent, costos_val = [costo_ent], [costo_val]
    mejor, mejor_epoca, esperas = costo_val, 0, 0
    for epoca in range(1, epocas + 1):
        params = epocaEntrenamiento(params, X, Y, activaciones, config, rng)
        costo_ent, _ = evaluarRed(params, X, Y, activaciones)
        costo_val, _ = evaluarRed(params, X_val, Y_val, activaciones)
        costos_ent.append(costo_ent)
        costos_val.append(costo_val)
        if costo_val < mejor:
            mejor, mejor_epoca, esperas = costo_val, epoca, 0
        else:
            esperas += 1
            if esperas >= paciencia:
                break
    return params, mejor_epoca, costos_ent, costos_val


@error("paraste una época tarde: usaste esperas > paciencia en vez de esperas ≥ paciencia.",
       mensaje="una época tarde")
def entrenarConParadaTemprana__paciencia_mas_uno(params, X, Y, X_val, Y_val, activaciones,
                                                 config, epocas, paciencia, rng):
    costo_ent, _ = evaluarRed(params, X, Y, activaciones)
    costo_val, _ = evaluarRed(params, X_val, Y_val, activaciones)
    costos_ent, costos_val = [costo_ent], [costo_val]
    mejores = {k: v.copy() for k, v in params.items()}
    mejor, mejor_epoca, esperas = costo_val, 0, 0
    for epoca in range(1, epocas + 1):
        params = epocaEntrenamiento(params, X, Y, activaciones, config, rng)
        costo_ent, _ = evaluarRed(params, X, Y, activaciones)
        costo_val, _ = evaluarRed(params, X_val, Y_val, activaciones)
        costos_ent.append(costo_ent)
        costos_val.append(costo_val)
        if costo_val < mejor:
            mejor, mejor_epoca, esperas = costo_val, epoca, 0
            mejores = {k: v.copy() for k, v in params.items()}
        else:
            esperas += 1
            if esperas > paciencia:
                break
    return mejores, mejor_epoca, costos_ent, costos_val


@error("no reiniciaste el contador al mejorar: contaste TODAS las épocas sin mejora, no las "
       "seguidas, y paraste antes de tiempo.", mensaje="no reiniciaste el contador")
def entrenarConParadaTemprana__sin_reiniciar(params, X, Y, X_val, Y_val, activaciones, config,
                                             epocas, paciencia, rng):
    costo_ent, _ = evaluarRed(params, X, Y, activaciones)
    costo_val, _ = evaluarRed(params, X_val, Y_val, activaciones)
    costos_ent, costos_val = [costo_ent], [costo_val]
    mejores = {k: v.copy() for k, v in params.items()}
    mejor, mejor_epoca, esperas = costo_val, 0, 0
    for epoca in range(1, epocas + 1):
        params = epocaEntrenamiento(params, X, Y, activaciones, config, rng)
        costo_ent, _ = evaluarRed(params, X, Y, activaciones)
        costo_val, _ = evaluarRed(params, X_val, Y_val, activaciones)
        costos_ent.append(costo_ent)
        costos_val.append(costo_val)
        if costo_val < mejor:
            mejor, mejor_epoca = costo_val, epoca
            mejores = {k: v.copy() for k, v in params.items()}
        else:
            esperas += 1
            if esperas >= paciencia:
                break
    return mejores, mejor_epoca, costos_ent, costos_val


@error("empezaste con mejor_costo = ∞ y no contaste los parámetros iniciales (época 0): si la "
       "validación empeora desde la primera época, lo mejor son los iniciales.",
       mensaje="época 0")
def entrenarConParadaTemprana__sin_epoca_cero(params, X, Y, X_val, Y_val, activaciones, config,
                                              epocas, paciencia, rng):
    costo_ent, _ = evaluarRed(params, X, Y, activaciones)
    costo_val, _ = evaluarRed(params, X_val, Y_val, activaciones)
    costos_ent, costos_val = [costo_ent], [costo_val]
    mejores, mejor, mejor_epoca, esperas = None, np.inf, None, 0
    for epoca in range(1, epocas + 1):
        params = epocaEntrenamiento(params, X, Y, activaciones, config, rng)
        costo_ent, _ = evaluarRed(params, X, Y, activaciones)
        costo_val, _ = evaluarRed(params, X_val, Y_val, activaciones)
        costos_ent.append(costo_ent)
        costos_val.append(costo_val)
        if costo_val < mejor:
            mejor, mejor_epoca, esperas = costo_val, epoca, 0
            mejores = {k: v.copy() for k, v in params.items()}
        else:
            esperas += 1
            if esperas >= paciencia:
                break
    return mejores, mejor_epoca, costos_ent, costos_val


@error("no guardaste los costos antes de entrenar (época 0): las listas empiezan en la época 1.",
       mensaje="antes de entrenar")
def entrenarConParadaTemprana__sin_costo_inicial(params, X, Y, X_val, Y_val, activaciones,
                                                 config, epocas, paciencia, rng):
    mejor, _ = evaluarRed(params, X_val, Y_val, activaciones)
    costos_ent, costos_val = [], []
    mejores = {k: v.copy() for k, v in params.items()}
    mejor_epoca, esperas = 0, 0
    for epoca in range(1, epocas + 1):
        params = epocaEntrenamiento(params, X, Y, activaciones, config, rng)
        costo_ent, _ = evaluarRed(params, X, Y, activaciones)
        costo_val, _ = evaluarRed(params, X_val, Y_val, activaciones)
        costos_ent.append(costo_ent)
        costos_val.append(costo_val)
        if costo_val < mejor:
            mejor, mejor_epoca, esperas = costo_val, epoca, 0
            mejores = {k: v.copy() for k, v in params.items()}
        else:
            esperas += 1
            if esperas >= paciencia:
                break
    return mejores, mejor_epoca, costos_ent, costos_val


@alternativa("un while con el criterio «épocas desde la mejor ≥ paciencia»")
def entrenarConParadaTemprana__while(params, X, Y, X_val, Y_val, activaciones, config, epocas,
                                     paciencia, rng):
    import copy

    costos_ent = [evaluarRed(params, X, Y, activaciones)[0]]
    costos_val = [evaluarRed(params, X_val, Y_val, activaciones)[0]]
    mejores, mejor_epoca, epoca = copy.deepcopy(params), 0, 0
    while epoca < epocas and epoca - mejor_epoca < paciencia:
        epoca += 1
        params = epocaEntrenamiento(params, X, Y, activaciones, config, rng)
        costos_ent.append(evaluarRed(params, X, Y, activaciones)[0])
        costos_val.append(evaluarRed(params, X_val, Y_val, activaciones)[0])
        if costos_val[-1] < costos_val[mejor_epoca]:
            mejor_epoca = epoca
            mejores = copy.deepcopy(params)
    return mejores, mejor_epoca, costos_ent, costos_val


@alternativa("guardando todos los parámetros y eligiendo al final con el mínimo estricto")
def entrenarConParadaTemprana__historia(params, X, Y, X_val, Y_val, activaciones, config,
                                        epocas, paciencia, rng):
    historia = [{k: v.copy() for k, v in params.items()}]
    costos_ent = [evaluarRed(params, X, Y, activaciones)[0]]
    costos_val = [evaluarRed(params, X_val, Y_val, activaciones)[0]]
    for epoca in range(1, epocas + 1):
        params = epocaEntrenamiento(params, X, Y, activaciones, config, rng)
        historia.append(params)
        costos_ent.append(evaluarRed(params, X, Y, activaciones)[0])
        costos_val.append(evaluarRed(params, X_val, Y_val, activaciones)[0])
        mejor_epoca = int(np.argmin(costos_val))
        if epoca - mejor_epoca >= paciencia:
            break
    mejor_epoca = int(np.argmin(costos_val))
    return {k: v.copy() for k, v in historia[mejor_epoca].items()}, mejor_epoca, costos_ent, \
        costos_val


# --------------------------------------------------------------------------- desplazarImagenes


@error("usaste np.roll: lo que sale por un borde vuelve a entrar por el otro (da la vuelta).",
       mensaje="da la vuelta")
def desplazarImagenes__roll(X, dx, dy, lado):
    m = X.shape[1]
    imagenes = X.T.reshape(m, lado, lado)
    return np.roll(imagenes, (dy, dx), axis=(1, 2)).reshape(m, lado * lado).T


@error("intercambiaste dx y dy: dx movió las filas y dy las columnas.",
       mensaje="intercambiaste dx y dy")
def desplazarImagenes__ejes_cambiados(X, dx, dy, lado):
    m = X.shape[1]
    imagenes = X.T.reshape(m, lado, lado)
    salida = np.zeros_like(imagenes)
    dx, dy = dy, dx
    salida[:, max(dy, 0):lado - max(-dy, 0), max(dx, 0):lado - max(-dx, 0)] = \
        imagenes[:, max(-dy, 0):lado - max(dy, 0), max(-dx, 0):lado - max(dx, 0)]
    return salida.reshape(m, lado * lado).T


@error("desplazaste al revés: el píxel (y, x) fue a (y − dy, x − dx).",
       mensaje="desplazaste al revés")
def desplazarImagenes__al_reves(X, dx, dy, lado):
    m = X.shape[1]
    imagenes = X.T.reshape(m, lado, lado)
    salida = np.zeros_like(imagenes)
    dx, dy = -dx, -dy
    salida[:, max(dy, 0):lado - max(-dy, 0), max(dx, 0):lado - max(-dx, 0)] = \
        imagenes[:, max(-dy, 0):lado - max(dy, 0), max(-dx, 0):lado - max(dx, 0)]
    return salida.reshape(m, lado * lado).T


@error("desplazaste el vector aplanado dx + lado·dy posiciones: los píxeles del borde derecho "
       "pasaron a la fila siguiente.", mensaje="vector aplanado")
def desplazarImagenes__plano(X, dx, dy, lado):
    k = dx + lado * dy
    salida = np.zeros_like(X)
    n = X.shape[0]
    if k >= 0:
        salida[k:] = X[:n - k]
    else:
        salida[:n + k] = X[-k:]
    return salida


@error("devolviste la salida esperada de un caso de la prueba visible sin calcularla.",
       mensaje="no tiene los valores esperados")
def desplazarImagenes__respuesta_fija(X, dx, dy, lado):
    from course.regularizacion import ESPERADO
    return np.array(ESPERADO["desplazarImagenes"][2])


@alternativa("con np.pad y un recorte")
def desplazarImagenes__pad(X, dx, dy, lado):
    m = X.shape[1]
    imagenes = X.T.reshape(m, lado, lado)
    d = max(abs(dx), abs(dy), 1)
    grande = np.pad(imagenes, ((0, 0), (d, d), (d, d)))
    recorte = grande[:, d - dy:d - dy + lado, d - dx:d - dx + lado]
    return recorte.reshape(m, lado * lado).T.copy()


@alternativa("np.roll y luego ceros en las bandas que dieron la vuelta")
def desplazarImagenes__roll_y_ceros(X, dx, dy, lado):
    m = X.shape[1]
    imagenes = np.roll(X.T.reshape(m, lado, lado), shift=(dy, dx), axis=(1, 2)).copy()
    if dy > 0:
        imagenes[:, :dy, :] = 0
    elif dy < 0:
        imagenes[:, dy:, :] = 0
    if dx > 0:
        imagenes[:, :, :dx] = 0
    elif dx < 0:
        imagenes[:, :, dx:] = 0
    return imagenes.reshape(m, -1).T


# --------------------------------------------------------------------------- elegirConfiguracion


@error("elegiste la configuración con la mayor exactitud de PRUEBA: eso es ajustar con el "
       "conjunto de prueba.", mensaje="PRUEBA")
def elegirConfiguracion__por_prueba(tabla):
    nombre = max(tabla, key=lambda n: tabla[n]["exactitud_prueba"])
    return nombre, float(tabla[nombre]["exactitud_prueba"])


@error("elegiste la configuración con la mayor exactitud de ENTRENAMIENTO.",
       mensaje="ENTRENAMIENTO")
def elegirConfiguracion__por_entrenamiento(tabla):
    nombre = max(tabla, key=lambda n: tabla[n]["exactitud_ent"])
    return nombre, float(tabla[nombre]["exactitud_prueba"])


@error("elegiste la de MENOR exactitud de validación (min en vez de max).",
       mensaje="MENOR exactitud de validación")
def elegirConfiguracion__minimo(tabla):
    nombre = min(tabla, key=lambda n: tabla[n]["exactitud_val"])
    return nombre, float(tabla[nombre]["exactitud_prueba"])


@error("informaste la mejor exactitud de prueba de todas las configuraciones, no la de la "
       "elegida.", mensaje="de TODAS")
def elegirConfiguracion__mejor_prueba(tabla):
    nombre = max(tabla, key=lambda n: tabla[n]["exactitud_val"])
    return nombre, float(max(f["exactitud_prueba"] for f in tabla.values()))


@error("informaste la exactitud de validación de la elegida en vez de la de prueba.",
       mensaje="VALIDACIÓN")
def elegirConfiguracion__informa_validacion(tabla):
    nombre = max(tabla, key=lambda n: tabla[n]["exactitud_val"])
    return nombre, float(tabla[nombre]["exactitud_val"])


@error("en un empate elegiste la última (comparaste con ≥).", mensaje="empatada")
def elegirConfiguracion__ultima_en_empate(tabla):
    elegido, mejor = None, -1.0
    for nombre, fila in tabla.items():
        if fila["exactitud_val"] >= mejor:
            elegido, mejor = nombre, fila["exactitud_val"]
    return elegido, float(tabla[elegido]["exactitud_prueba"])


@alternativa("un bucle con > (gana la primera en un empate)")
def elegirConfiguracion__bucle(tabla):
    elegido, mejor = None, -np.inf
    for nombre in tabla:
        if tabla[nombre]["exactitud_val"] > mejor:
            elegido, mejor = nombre, tabla[nombre]["exactitud_val"]
    return elegido, tabla[elegido]["exactitud_prueba"]


@alternativa("np.argmax sobre la lista de exactitudes de validación")
def elegirConfiguracion__argmax(tabla):
    nombres = list(tabla)
    i = int(np.argmax([tabla[n]["exactitud_val"] for n in nombres]))
    return nombres[i], float(tabla[nombres[i]]["exactitud_prueba"])

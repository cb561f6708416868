"""Catálogo de la unidad sgd_laboratorio: errores típicos y soluciones alternativas correctas.

Cada error debe perder puntos con su diagnóstico y cada alternativa debe obtener todos
(tests/test_catalogo.py). Las funciones se ejecutan como en el cuaderno: ``np`` y las demás
funciones calificadas (las de referencia) están definidas alrededor.
"""
# ruff: noqa: F821  (los nombres del cuaderno se resuelven al ejecutar la fuente)
import numpy as np

from autograder.catalogo import alternativa, error

# ------------------------------------------------------------------ actualizacionesPorEpoca


@error("redondeaste hacia abajo (m // tamLote): olvidaste el último mini-lote incompleto.",
       mensaje="redondeaste hacia abajo")
def actualizacionesPorEpoca__piso(m, tamLote):
    if tamLote is None or tamLote >= m:
        return 1
    return m // tamLote


@error("redondeaste al entero más cercano.", mensaje="hacia arriba")
def actualizacionesPorEpoca__redondeo(m, tamLote):
    if tamLote is None:
        return 1
    return max(1, round(m / tamLote))


@error("devolviste el float de np.ceil sin convertirlo a int.", mensaje="int(...)")
def actualizacionesPorEpoca__float(m, tamLote):
    if tamLote is None:
        return 1.0
    return np.ceil(m / tamLote)


@error("no contemplaste tamLote = None (lote completo).", mensaje="tamLote = None significa")
def actualizacionesPorEpoca__sin_none(m, tamLote):
    return int(np.ceil(m / tamLote))


@error("con lote completo devolviste m (un paso por ejemplo).", mensaje="UNA actualización")
def actualizacionesPorEpoca__completo_m(m, tamLote):
    if tamLote is None:
        return m
    return -(-m // tamLote)


@error("escribiste a mano las respuestas de la prueba visible.", mensaje="actualización",
       solo_oculta=True)
def actualizacionesPorEpoca__respuesta_fija(m, tamLote):
    return {(10240, 512): 20, (10240, None): 1, (60000, 64): 938, (10, 3): 4, (10, 5): 2,
            (10, 10): 1, (10, 25): 1, (7, 1): 7}.get((m, tamLote), 20)


@alternativa("math.ceil de la división")
def actualizacionesPorEpoca__math_ceil(m, tamLote):
    import math
    if tamLote is None:
        return 1
    return max(1, math.ceil(m / tamLote))


@alternativa("cuenta los inicios de lote con range")
def actualizacionesPorEpoca__range(m, tamLote):
    paso = m if tamLote is None else tamLote
    return len(range(0, m, paso))


@alternativa("bucle que resta lotes hasta agotar los ejemplos")
def actualizacionesPorEpoca__bucle(m, tamLote):
    if tamLote is None or tamLote > m:
        tamLote = m
    quedan, n = m, 0
    while quedan > 0:
        quedan -= tamLote
        n += 1
    return n


# --------------------------------------------------------------------------- crearMiniLotes


@error("muestreaste con reemplazo (rng.integers): hay ejemplos repetidos y otros faltan.",
       mensaje="CON reemplazo")
def crearMiniLotes__con_reemplazo(X, Y, tamLote, rng):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    tamLote = m if tamLote is None else min(tamLote, m)
    orden = rng.integers(0, m, size=m)
    return [(X[:, orden[i:i + tamLote]], Y[:, orden[i:i + tamLote]])
            for i in range(0, m, tamLote)]


@error("descartaste el último lote incompleto.", mensaje="descartaste el último lote")
def crearMiniLotes__sin_ultimo(X, Y, tamLote, rng):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    tamLote = m if tamLote is None else min(tamLote, m)
    orden = rng.permutation(m)
    return [(X[:, orden[i * tamLote:(i + 1) * tamLote]], Y[:, orden[i * tamLote:(i + 1) * tamLote]])
            for i in range(m // tamLote)]


@error("barajaste X e Y con dos permutaciones distintas.", mensaje="desemparejados")
def crearMiniLotes__permutaciones_distintas(X, Y, tamLote, rng):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    tamLote = m if tamLote is None else min(tamLote, m)
    Xb = X[:, rng.permutation(m)]
    Yb = Y[:, rng.permutation(m)]
    return [(Xb[:, i:i + tamLote], Yb[:, i:i + tamLote]) for i in range(0, m, tamLote)]


@error("indexaste filas (X[orden]) en vez de columnas.", mensaje="COLUMNAS")
def crearMiniLotes__filas(X, Y, tamLote, rng):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    tamLote = m if tamLote is None else min(tamLote, m)
    orden = rng.permutation(m)
    Xb, Yb = X[orden], Y[orden]
    return [(Xb[i:i + tamLote], Yb[i:i + tamLote]) for i in range(0, m, tamLote)]


@error("no barajaste: cortaste los lotes en el orden original.", mensaje="no barajaste")
def crearMiniLotes__sin_barajar(X, Y, tamLote, rng):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    tamLote = m if tamLote is None else min(tamLote, m)
    return [(X[:, i:i + tamLote], Y[:, i:i + tamLote]) for i in range(0, m, tamLote)]


@error("barajaste con el generador global (np.random.permutation) e ignoraste rng.",
       mensaje="no usas el rng")
def crearMiniLotes__rng_global(X, Y, tamLote, rng):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    tamLote = m if tamLote is None else min(tamLote, m)
    orden = np.random.permutation(m)
    return [(X[:, orden[i:i + tamLote]], Y[:, orden[i:i + tamLote]]) for i in range(0, m, tamLote)]


@error("creaste un generador con semilla fija dentro de la función.", mensaje="semilla fija")
def crearMiniLotes__semilla_fija(X, Y, tamLote, rng):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    tamLote = m if tamLote is None else min(tamLote, m)
    orden = np.random.default_rng(0).permutation(m)
    return [(X[:, orden[i:i + tamLote]], Y[:, orden[i:i + tamLote]]) for i in range(0, m, tamLote)]


@error("repartiste con np.array_split en ⌈m/tamLote⌉ trozos casi iguales (4, 3, 3 en vez de "
       "4, 4, 2).", mensaje="salvo el último")
def crearMiniLotes__array_split(X, Y, tamLote, rng):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    k = 1 if tamLote is None else -(-m // tamLote)
    trozos = np.array_split(rng.permutation(m), k)
    return [(X[:, t], Y[:, t]) for t in trozos]


@error("devolviste (lotes de X, lotes de Y) en vez de una lista de pares.", mensaje="dos listas")
def crearMiniLotes__dos_listas(X, Y, tamLote, rng):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    tamLote = m if tamLote is None else min(tamLote, m)
    orden = rng.permutation(m)
    Xb, Yb = X[:, orden], Y[:, orden]
    return ([Xb[:, i:i + tamLote] for i in range(0, m, tamLote)],
            [Yb[:, i:i + tamLote] for i in range(0, m, tamLote)])


@alternativa("rng.shuffle sobre un arreglo de índices y np.split en los cortes")
def crearMiniLotes__shuffle_split(X, Y, tamLote, rng):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    indices = np.arange(m)
    rng.shuffle(indices)
    if tamLote is None:
        tamLote = m
    cortes = np.arange(tamLote, m, tamLote)
    return [(X[:, t], Y[:, t]) for t in np.split(indices, cortes)]


@alternativa("argsort de números uniformes y un bucle while")
def crearMiniLotes__argsort(X, Y, tamLote, rng):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    orden = np.argsort(rng.random(m))
    b = m if tamLote is None or tamLote > m else tamLote
    lotes, inicio = [], 0
    while inicio < m:
        sel = orden[inicio:inicio + b]
        lotes.append((X[:, sel].copy(), Y[:, sel].copy()))
        inicio += b
    return lotes


@alternativa("rng.choice sin reemplazo y baraja las columnas de X.T")
def crearMiniLotes__choice(X, Y, tamLote, rng):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    orden = rng.choice(m, size=m, replace=False)
    XT, YT = X.T[orden], Y.T[orden]
    b = tamLote or m
    return [(XT[i:i + b].T, YT[i:i + b].T) for i in range(0, m, b)]


# --------------------------------------------------------------------------- dividirDatos


@error("calculaste los tamaños con int() (que redondea hacia abajo).", mensaje="redondeaste hacia abajo")
def dividirDatos__piso(X, Y, rng, fracciones=(0.7, 0.2, 0.1)):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    n_ent, n_val = int(fracciones[0] * m), int(fracciones[1] * m)
    orden = rng.permutation(m)
    e, v, p = orden[:n_ent], orden[n_ent:n_ent + n_val], orden[n_ent + n_val:]
    return X[:, e], Y[:, e], X[:, v], Y[:, v], X[:, p], Y[:, p]


@error("no barajaste antes de cortar.", mensaje="no barajaste")
def dividirDatos__sin_barajar(X, Y, rng, fracciones=(0.7, 0.2, 0.1)):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    n_ent, n_val = round(fracciones[0] * m), round(fracciones[1] * m)
    return (X[:, :n_ent], Y[:, :n_ent], X[:, n_ent:n_ent + n_val], Y[:, n_ent:n_ent + n_val],
            X[:, n_ent + n_val:], Y[:, n_ent + n_val:])


@error("elegiste validación y prueba con sorteos independientes: se solapan con entrenamiento.",
       mensaje="comparten")
def dividirDatos__solapados(X, Y, rng, fracciones=(0.7, 0.2, 0.1)):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    n_ent, n_val = round(fracciones[0] * m), round(fracciones[1] * m)
    e = rng.choice(m, n_ent, replace=False)
    v = rng.choice(m, n_val, replace=False)
    p = rng.choice(m, m - n_ent - n_val, replace=False)
    return X[:, e], Y[:, e], X[:, v], Y[:, v], X[:, p], Y[:, p]


@error("indexaste filas (X[indices]) en vez de columnas.", mensaje="COLUMNAS")
def dividirDatos__filas(X, Y, rng, fracciones=(0.7, 0.2, 0.1)):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    n_ent, n_val = round(fracciones[0] * m), round(fracciones[1] * m)
    orden = rng.permutation(m)
    e, v, p = orden[:n_ent], orden[n_ent:n_ent + n_val], orden[n_ent + n_val:]
    return X[e], Y[e], X[v], Y[v], X[p], Y[p]


@error("ignoraste el argumento fracciones y usaste siempre 70/20/10.", mensaje="fracciones")
def dividirDatos__fracciones_fijas(X, Y, rng, fracciones=(0.7, 0.2, 0.1)):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    n_ent, n_val = round(0.7 * m), round(0.2 * m)
    orden = rng.permutation(m)
    e, v, p = orden[:n_ent], orden[n_ent:n_ent + n_val], orden[n_ent + n_val:]
    return X[:, e], Y[:, e], X[:, v], Y[:, v], X[:, p], Y[:, p]


@error("barajaste X e Y con permutaciones distintas.", mensaje="desemparejados")
def dividirDatos__permutaciones_distintas(X, Y, rng, fracciones=(0.7, 0.2, 0.1)):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    n_ent, n_val = round(fracciones[0] * m), round(fracciones[1] * m)
    Xb, Yb = X[:, rng.permutation(m)], Y[:, rng.permutation(m)]
    c = (n_ent, n_ent + n_val)
    return (Xb[:, :c[0]], Yb[:, :c[0]], Xb[:, c[0]:c[1]], Yb[:, c[0]:c[1]], Xb[:, c[1]:],
            Yb[:, c[1]:])


@error("usaste el generador global de NumPy en vez de rng.", mensaje="no usas el rng")
def dividirDatos__rng_global(X, Y, rng, fracciones=(0.7, 0.2, 0.1)):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    n_ent, n_val = round(fracciones[0] * m), round(fracciones[1] * m)
    orden = np.random.permutation(m)
    e, v, p = orden[:n_ent], orden[n_ent:n_ent + n_val], orden[n_ent + n_val:]
    return X[:, e], Y[:, e], X[:, v], Y[:, v], X[:, p], Y[:, p]


@alternativa("np.split de la permutación en los dos cortes, redondeo con np.round")
def dividirDatos__split(X, Y, rng, fracciones=(0.7, 0.2, 0.1)):
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    c1 = int(np.round(fracciones[0] * m))
    c2 = c1 + int(np.round(fracciones[1] * m))
    e, v, p = np.split(rng.permutation(m), [c1, c2])
    return X[:, e], Y[:, e], X[:, v], Y[:, v], X[:, p], Y[:, p]


@alternativa("baraja una copia de X e Y juntos (apilados) y corta; redondeo con int(x + 0.5)")
def dividirDatos__apilados(X, Y, rng, fracciones=(0.7, 0.2, 0.1)):
    rng = np.random.default_rng(rng)
    m, n_x = X.shape[1], X.shape[0]
    todo = np.vstack([X, Y]).T.copy()
    rng.shuffle(todo)
    todo = todo.T
    n_ent = int(fracciones[0] * m + 0.5)
    n_val = int(fracciones[1] * m + 0.5)
    partes = (todo[:, :n_ent], todo[:, n_ent:n_ent + n_val], todo[:, n_ent + n_val:])
    return tuple(a for parte in partes for a in (parte[:n_x], parte[n_x:]))


# --------------------------------------------------------------------------- entrenarSGD


@error("no usaste ordenes: recorriste siempre los ejemplos en su orden original (sin barajar).",
       mensaje="no usa ordenes")
def entrenarSGD__sin_barajar(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    costo, gradientes = MODELOS[modelo]
    m = X.shape[1]
    b = m if tamLote is None else tamLote
    ent, val = [costo(params, X, Y)], [costo(params, X_val, Y_val)]
    for _ in ordenes:
        for i in range(0, m, b):
            g = gradientes(params, X[:, i:i + b], Y[:, i:i + b])
            params = {k: params[k] - tasa * g[k] for k in params}
        ent.append(costo(params, X, Y))
        val.append(costo(params, X_val, Y_val))
    return params, ent, val


@error("usaste ordenes[0] en todas las épocas (barajaste una sola vez).", mensaje="ordenes[0]")
def entrenarSGD__primer_orden(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    costo, gradientes = MODELOS[modelo]
    m = X.shape[1]
    b = m if tamLote is None else tamLote
    ent, val = [costo(params, X, Y)], [costo(params, X_val, Y_val)]
    for _ in ordenes:
        orden = ordenes[0]
        for i in range(0, m, b):
            lote = orden[i:i + b]
            g = gradientes(params, X[:, lote], Y[:, lote])
            params = {k: params[k] - tasa * g[k] for k in params}
        ent.append(costo(params, X, Y))
        val.append(costo(params, X_val, Y_val))
    return params, ent, val


@error("acumulaste los gradientes de la época y actualizaste una sola vez al final (eso es lote "
       "completo, no SGD: hay que actualizar después de CADA mini-lote).",
       mensaje="después de CADA mini-lote")
def entrenarSGD__una_actualizacion_por_epoca(params, X, Y, X_val, Y_val, modelo, tasa, tamLote,
                                             ordenes):
    costo, gradientes = MODELOS[modelo]
    m = X.shape[1]
    b = m if tamLote is None else tamLote
    ent, val = [costo(params, X, Y)], [costo(params, X_val, Y_val)]
    for orden in ordenes:
        suma = {k: np.zeros_like(v) for k, v in params.items()}
        inicios = range(0, m, b)
        for i in inicios:
            lote = orden[i:i + b]
            g = gradientes(params, X[:, lote], Y[:, lote])
            for k in suma:
                suma[k] += g[k] / len(inicios)
        params = {k: params[k] - tasa * suma[k] for k in params}
        ent.append(costo(params, X, Y))
        val.append(costo(params, X_val, Y_val))
    return params, ent, val


@error("descartaste el último mini-lote incompleto de cada época (sus ejemplos no se usan).",
       mensaje="último mini-lote incompleto")
def entrenarSGD__sin_ultimo_lote(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    costo, gradientes = MODELOS[modelo]
    m = X.shape[1]
    b = m if tamLote is None else min(tamLote, m)
    ent, val = [costo(params, X, Y)], [costo(params, X_val, Y_val)]
    for orden in ordenes:
        for i in range(m // b):
            lote = orden[i * b:(i + 1) * b]
            g = gradientes(params, X[:, lote], Y[:, lote])
            params = {k: params[k] - tasa * g[k] for k in params}
        ent.append(costo(params, X, Y))
        val.append(costo(params, X_val, Y_val))
    return params, ent, val


@error("sumaste el gradiente en vez de restarlo.", mensaje="Sumaste el gradiente")
def entrenarSGD__suma(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    costo, gradientes = MODELOS[modelo]
    m = X.shape[1]
    b = m if tamLote is None else tamLote
    ent, val = [costo(params, X, Y)], [costo(params, X_val, Y_val)]
    for orden in ordenes:
        for i in range(0, m, b):
            g = gradientes(params, X[:, orden[i:i + b]], Y[:, orden[i:i + b]])
            params = {k: params[k] + tasa * g[k] for k in params}
        ent.append(costo(params, X, Y))
        val.append(costo(params, X_val, Y_val))
    return params, ent, val


@error("olvidaste multiplicar por la tasa de aprendizaje.", mensaje="tasa de aprendizaje")
def entrenarSGD__sin_tasa(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    costo, gradientes = MODELOS[modelo]
    m = X.shape[1]
    b = m if tamLote is None else tamLote
    ent, val = [costo(params, X, Y)], [costo(params, X_val, Y_val)]
    for orden in ordenes:
        for i in range(0, m, b):
            g = gradientes(params, X[:, orden[i:i + b]], Y[:, orden[i:i + b]])
            params = {k: params[k] - g[k] for k in params}
        ent.append(costo(params, X, Y))
        val.append(costo(params, X_val, Y_val))
    return params, ent, val


@error("mediste el costo al principio de cada época (antes de sus actualizaciones) y no al final.",
       mensaje="PRINCIPIO de cada época")
def entrenarSGD__costo_antes(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    costo, gradientes = MODELOS[modelo]
    m = X.shape[1]
    b = m if tamLote is None else tamLote
    ent, val = [], []
    for orden in ordenes:
        ent.append(costo(params, X, Y))
        val.append(costo(params, X_val, Y_val))
        for i in range(0, m, b):
            g = gradientes(params, X[:, orden[i:i + b]], Y[:, orden[i:i + b]])
            params = {k: params[k] - tasa * g[k] for k in params}
    return params, ent, val


@error("no guardaste el costo inicial (antes de entrenar).", mensaje="falta el costo inicial")
def entrenarSGD__sin_costo_inicial(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    costo, gradientes = MODELOS[modelo]
    m = X.shape[1]
    b = m if tamLote is None else tamLote
    ent, val = [], []
    for orden in ordenes:
        for i in range(0, m, b):
            g = gradientes(params, X[:, orden[i:i + b]], Y[:, orden[i:i + b]])
            params = {k: params[k] - tasa * g[k] for k in params}
        ent.append(costo(params, X, Y))
        val.append(costo(params, X_val, Y_val))
    return params, ent, val


@error("guardaste el promedio de los costos de los mini-lotes de la época (el «loss» de Keras).",
       mensaje="no promedies")
def entrenarSGD__promedio_de_lotes(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    costo, gradientes = MODELOS[modelo]
    m = X.shape[1]
    b = m if tamLote is None else tamLote
    ent, val = [costo(params, X, Y)], [costo(params, X_val, Y_val)]
    for orden in ordenes:
        costos_lote = []
        for i in range(0, m, b):
            lote = orden[i:i + b]
            costos_lote.append(costo(params, X[:, lote], Y[:, lote]))
            g = gradientes(params, X[:, lote], Y[:, lote])
            params = {k: params[k] - tasa * g[k] for k in params}
        ent.append(float(np.mean(costos_lote)))
        val.append(costo(params, X_val, Y_val))
    return params, ent, val


@error("calculaste costos_val con los datos de entrenamiento.", mensaje="X_val")
def entrenarSGD__val_con_entrenamiento(params, X, Y, X_val, Y_val, modelo, tasa, tamLote,
                                       ordenes):
    costo, gradientes = MODELOS[modelo]
    m = X.shape[1]
    b = m if tamLote is None else tamLote
    ent, val = [costo(params, X, Y)], [costo(params, X, Y)]
    for orden in ordenes:
        for i in range(0, m, b):
            g = gradientes(params, X[:, orden[i:i + b]], Y[:, orden[i:i + b]])
            params = {k: params[k] - tasa * g[k] for k in params}
        ent.append(costo(params, X, Y))
        val.append(costo(params, X, Y))
    return params, ent, val


@error("indexaste filas (X[lote]) en vez de columnas.", mensaje="COLUMNAS")
def entrenarSGD__filas(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    costo, gradientes = MODELOS[modelo]
    m = X.shape[1]
    b = m if tamLote is None else tamLote
    ent, val = [costo(params, X, Y)], [costo(params, X_val, Y_val)]
    for orden in ordenes:
        for i in range(0, m, b):
            lote = orden[i:i + b]
            g = gradientes(params, X[lote], Y[lote])
            params = {k: params[k] - tasa * g[k] for k in params}
        ent.append(costo(params, X, Y))
        val.append(costo(params, X_val, Y_val))
    return params, ent, val


@error("usaste siempre la regresión logística e ignoraste el argumento modelo.",
       mensaje="MODELOS[modelo]", solo_oculta=True)
def entrenarSGD__modelo_fijo(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    costo, gradientes = MODELOS["logistica"]
    m = X.shape[1]
    b = m if tamLote is None else tamLote
    ent, val = [costo(params, X, Y)], [costo(params, X_val, Y_val)]
    for orden in ordenes:
        for i in range(0, m, b):
            g = gradientes(params, X[:, orden[i:i + b]], Y[:, orden[i:i + b]])
            params = {k: params[k] - tasa * g[k] for k in params}
        ent.append(costo(params, X, Y))
        val.append(costo(params, X_val, Y_val))
    return params, ent, val


@error("actualizaste en el lugar (-=) los arreglos del params que recibiste: dict(params) "
       "copia el diccionario, pero no los arreglos.", mensaje="modificó el diccionario params")
def entrenarSGD__modifica_params(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    costo, gradientes = MODELOS[modelo]
    p = dict(params)
    m = X.shape[1]
    b = m if tamLote is None else tamLote
    ent, val = [costo(p, X, Y)], [costo(p, X_val, Y_val)]
    for orden in ordenes:
        for i in range(0, m, b):
            g = gradientes(p, X[:, orden[i:i + b]], Y[:, orden[i:i + b]])
            for k in p:
                p[k] -= tasa * g[k]
        ent.append(costo(p, X, Y))
        val.append(costo(p, X_val, Y_val))
    return p, ent, val


@error("guardaste los parámetros nuevos en el mismo diccionario params que recibiste "
       "(params[k] = params[k] − tasa·g): quien te llamó pierde sus parámetros iniciales.",
       mensaje="modificó el diccionario params")
def entrenarSGD__reasigna_params(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    costo, gradientes = MODELOS[modelo]
    m = X.shape[1]
    b = m if tamLote is None else tamLote
    ent, val = [costo(params, X, Y)], [costo(params, X_val, Y_val)]
    for orden in ordenes:
        for i in range(0, m, b):
            g = gradientes(params, X[:, orden[i:i + b]], Y[:, orden[i:i + b]])
            for k in params:
                params[k] = params[k] - tasa * g[k]
        ent.append(costo(params, X, Y))
        val.append(costo(params, X_val, Y_val))
    return params, ent, val


@alternativa("actualización en el lugar (-=) sobre copias, bucle while y costos en arreglos")
def entrenarSGD__en_el_lugar(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    costo, gradientes = MODELOS[modelo]
    p = {k: v.copy() for k, v in params.items()}
    m = X.shape[1]
    b = m if tamLote is None else min(tamLote, m)
    ent, val = np.zeros(len(ordenes) + 1), np.zeros(len(ordenes) + 1)
    ent[0], val[0] = costo(p, X, Y), costo(p, X_val, Y_val)
    for e, orden in enumerate(ordenes, start=1):
        Xb, Yb = X[:, orden], Y[:, orden]
        inicio = 0
        while inicio < m:
            g = gradientes(p, Xb[:, inicio:inicio + b], Yb[:, inicio:inicio + b])
            for k in p:
                p[k] -= tasa * g[k]
            inicio += b
        ent[e], val[e] = costo(p, X, Y), costo(p, X_val, Y_val)
    return p, ent, val


@alternativa("lista de mini-lotes por época con np.split y función auxiliar para los costos")
def entrenarSGD__split(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    costo, gradientes = MODELOS[modelo]
    m = X.shape[1]
    historia = {"ent": [], "val": []}

    def anotar(p):
        historia["ent"].append(float(costo(p, X, Y)))
        historia["val"].append(float(costo(p, X_val, Y_val)))

    anotar(params)
    cortes = [] if tamLote is None else list(range(tamLote, m, tamLote))
    for orden in ordenes:
        for lote in np.split(np.asarray(orden), cortes):
            grads = gradientes(params, X[:, lote], Y[:, lote])
            params = {nombre: valor - tasa * grads[nombre] for nombre, valor in params.items()}
        anotar(params)
    return params, historia["ent"], historia["val"]


# --------------------------------------------------------------------------- diagnosticarCurva


@error("no comprobaste los valores no finitos (nan, inf).", mensaje="np.isfinite")
def diagnosticarCurva__sin_nan(costos_entrenamiento, costos_validacion):
    ent = np.asarray(costos_entrenamiento, dtype=float)
    val = np.asarray(costos_validacion, dtype=float)
    pasos = np.diff(ent)
    if np.sum(pasos[pasos > 0]) > 0.1 * ent[0]:
        return "tasa_alta"
    c = max(1, len(ent) // 4)
    caida = ent[0] - ent[-1]
    if caida > 0.2 * ent[0] and ent[0] - ent[c] < 0.1 * caida:
        return "mala_inicializacion"
    if val[-1] > 1.1 * np.min(val):
        return "sobreajuste"
    if caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        return "tasa_baja"
    if ent[-1] > 0.5 * ent[0]:
        return "subajuste"
    return "bien"


@error("diste tasa_alta solo si el costo final supera al inicial: así no se ven las "
       "oscilaciones.",
       mensaje="suma las subidas")
def diagnosticarCurva__solo_final(costos_entrenamiento, costos_validacion):
    ent = np.asarray(costos_entrenamiento, dtype=float)
    val = np.asarray(costos_validacion, dtype=float)
    if not (np.all(np.isfinite(ent)) and np.all(np.isfinite(val))) or ent[-1] > ent[0]:
        return "tasa_alta"
    c = max(1, len(ent) // 4)
    caida = ent[0] - ent[-1]
    if caida > 0.2 * ent[0] and ent[0] - ent[c] < 0.1 * caida:
        return "mala_inicializacion"
    if val[-1] > 1.1 * np.min(val):
        return "sobreajuste"
    if caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        return "tasa_baja"
    if ent[-1] > 0.5 * ent[0]:
        return "subajuste"
    return "bien"


@error("consideraste tasa_alta cualquier subida, por pequeña que sea.", mensaje="ruido normal")
def diagnosticarCurva__cualquier_subida(costos_entrenamiento, costos_validacion):
    ent = np.asarray(costos_entrenamiento, dtype=float)
    val = np.asarray(costos_validacion, dtype=float)
    if not (np.all(np.isfinite(ent)) and np.all(np.isfinite(val))) or np.any(np.diff(ent) > 0):
        return "tasa_alta"
    c = max(1, len(ent) // 4)
    caida = ent[0] - ent[-1]
    if caida > 0.2 * ent[0] and ent[0] - ent[c] < 0.1 * caida:
        return "mala_inicializacion"
    if val[-1] > 1.1 * np.min(val):
        return "sobreajuste"
    if caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        return "tasa_baja"
    if ent[-1] > 0.5 * ent[0]:
        return "subajuste"
    return "bien"


@error("aplicaste la regla de tasa_baja antes que la de sobreajuste.", mensaje="antes que la 4")
def diagnosticarCurva__orden(costos_entrenamiento, costos_validacion):
    ent = np.asarray(costos_entrenamiento, dtype=float)
    val = np.asarray(costos_validacion, dtype=float)
    if not (np.all(np.isfinite(ent)) and np.all(np.isfinite(val))):
        return "tasa_alta"
    pasos = np.diff(ent)
    if np.sum(pasos[pasos > 0]) > 0.1 * ent[0]:
        return "tasa_alta"
    c = max(1, len(ent) // 4)
    caida = ent[0] - ent[-1]
    if caida > 0.2 * ent[0] and ent[0] - ent[c] < 0.1 * caida:
        return "mala_inicializacion"
    if caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        return "tasa_baja"
    if val[-1] > 1.1 * np.min(val):
        return "sobreajuste"
    if ent[-1] > 0.5 * ent[0]:
        return "subajuste"
    return "bien"


@error("comprobaste la meseta inicial (regla 2) después de las reglas 3, 4 y 5.",
       mensaje="gana la que va primero")
def diagnosticarCurva__meseta_al_final(costos_entrenamiento, costos_validacion):
    ent = np.asarray(costos_entrenamiento, dtype=float)
    val = np.asarray(costos_validacion, dtype=float)
    if not (np.all(np.isfinite(ent)) and np.all(np.isfinite(val))):
        return "tasa_alta"
    pasos = np.diff(ent)
    if np.sum(pasos[pasos > 0]) > 0.1 * ent[0]:
        return "tasa_alta"
    c = max(1, len(ent) // 4)
    caida = ent[0] - ent[-1]
    if val[-1] > 1.1 * np.min(val):
        return "sobreajuste"
    if caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        return "tasa_baja"
    if ent[-1] > 0.5 * ent[0]:
        return "subajuste"
    if caida > 0.2 * ent[0] and ent[0] - ent[c] < 0.1 * caida:
        return "mala_inicializacion"
    return "bien"


@error("sumaste las subidas (regla 1) recién después de la meseta inicial (regla 2).",
       mensaje="gana la que va primero")
def diagnosticarCurva__subidas_despues(costos_entrenamiento, costos_validacion):
    ent = np.asarray(costos_entrenamiento, dtype=float)
    val = np.asarray(costos_validacion, dtype=float)
    if not (np.all(np.isfinite(ent)) and np.all(np.isfinite(val))):
        return "tasa_alta"
    c = max(1, len(ent) // 4)
    caida = ent[0] - ent[-1]
    if caida > 0.2 * ent[0] and ent[0] - ent[c] < 0.1 * caida:
        return "mala_inicializacion"
    pasos = np.diff(ent)
    if np.sum(pasos[pasos > 0]) > 0.1 * ent[0]:
        return "tasa_alta"
    if val[-1] > 1.1 * np.min(val):
        return "sobreajuste"
    if caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        return "tasa_baja"
    if ent[-1] > 0.5 * ent[0]:
        return "subajuste"
    return "bien"


@error("comprobaste el subajuste (regla 5) antes que el sobreajuste (regla 3).",
       mensaje="gana la que va primero")
def diagnosticarCurva__subajuste_antes(costos_entrenamiento, costos_validacion):
    ent = np.asarray(costos_entrenamiento, dtype=float)
    val = np.asarray(costos_validacion, dtype=float)
    if not (np.all(np.isfinite(ent)) and np.all(np.isfinite(val))):
        return "tasa_alta"
    pasos = np.diff(ent)
    if np.sum(pasos[pasos > 0]) > 0.1 * ent[0]:
        return "tasa_alta"
    c = max(1, len(ent) // 4)
    caida = ent[0] - ent[-1]
    if caida > 0.2 * ent[0] and ent[0] - ent[c] < 0.1 * caida:
        return "mala_inicializacion"
    if ent[-1] > 0.5 * ent[0]:
        return "subajuste"
    if val[-1] > 1.1 * np.min(val):
        return "sobreajuste"
    if caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        return "tasa_baja"
    return "bien"


@error("quitaste el max(1, …) de c = max(1, E // 4): con menos de 4 épocas c vale 0 y la "
       "regla 2 se cumple en cualquier curva que baja.", mensaje="max(1, E // 4)")
def diagnosticarCurva__sin_max(costos_entrenamiento, costos_validacion):
    ent = np.asarray(costos_entrenamiento, dtype=float)
    val = np.asarray(costos_validacion, dtype=float)
    if not (np.all(np.isfinite(ent)) and np.all(np.isfinite(val))):
        return "tasa_alta"
    pasos = np.diff(ent)
    if np.sum(pasos[pasos > 0]) > 0.1 * ent[0]:
        return "tasa_alta"
    c = len(ent) // 4
    caida = ent[0] - ent[-1]
    if caida > 0.2 * ent[0] and ent[0] - ent[c] < 0.1 * caida:
        return "mala_inicializacion"
    if val[-1] > 1.1 * np.min(val):
        return "sobreajuste"
    if caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        return "tasa_baja"
    if ent[-1] > 0.5 * ent[0]:
        return "subajuste"
    return "bien"


@error("llamaste sobreajuste a que la validación esté por encima del entrenamiento (brecha).",
       mensaje="no es sobreajuste")
def diagnosticarCurva__brecha(costos_entrenamiento, costos_validacion):
    ent = np.asarray(costos_entrenamiento, dtype=float)
    val = np.asarray(costos_validacion, dtype=float)
    if not (np.all(np.isfinite(ent)) and np.all(np.isfinite(val))):
        return "tasa_alta"
    pasos = np.diff(ent)
    if np.sum(pasos[pasos > 0]) > 0.1 * ent[0]:
        return "tasa_alta"
    c = max(1, len(ent) // 4)
    caida = ent[0] - ent[-1]
    if caida > 0.2 * ent[0] and ent[0] - ent[c] < 0.1 * caida:
        return "mala_inicializacion"
    if val[-1] > 1.1 * ent[-1]:
        return "sobreajuste"
    if caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        return "tasa_baja"
    if ent[-1] > 0.5 * ent[0]:
        return "subajuste"
    return "bien"


@error("olvidaste la regla de la meseta inicial (mala inicialización).", mensaje="meseta inicial")
def diagnosticarCurva__sin_meseta(costos_entrenamiento, costos_validacion):
    ent = np.asarray(costos_entrenamiento, dtype=float)
    val = np.asarray(costos_validacion, dtype=float)
    if not (np.all(np.isfinite(ent)) and np.all(np.isfinite(val))):
        return "tasa_alta"
    pasos = np.diff(ent)
    if np.sum(pasos[pasos > 0]) > 0.1 * ent[0]:
        return "tasa_alta"
    c = max(1, len(ent) // 4)
    caida = ent[0] - ent[-1]
    if val[-1] > 1.1 * np.min(val):
        return "sobreajuste"
    if caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        return "tasa_baja"
    if ent[-1] > 0.5 * ent[0]:
        return "subajuste"
    return "bien"


@error("usaste un umbral absoluto para el subajuste (ent[-1] > 0.35) en vez de uno relativo.",
       mensaje="umbrales absolutos")
def diagnosticarCurva__umbral_absoluto(costos_entrenamiento, costos_validacion):
    ent = np.asarray(costos_entrenamiento, dtype=float)
    val = np.asarray(costos_validacion, dtype=float)
    if not (np.all(np.isfinite(ent)) and np.all(np.isfinite(val))):
        return "tasa_alta"
    pasos = np.diff(ent)
    if np.sum(pasos[pasos > 0]) > 0.1 * ent[0]:
        return "tasa_alta"
    c = max(1, len(ent) // 4)
    caida = ent[0] - ent[-1]
    if caida > 0.2 * ent[0] and ent[0] - ent[c] < 0.1 * caida:
        return "mala_inicializacion"
    if val[-1] > 1.1 * np.min(val):
        return "sobreajuste"
    if caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        return "tasa_baja"
    if ent[-1] > 0.35:
        return "subajuste"
    return "bien"


@error("devolviste etiquetas en inglés.", mensaje="no es del curso")
def diagnosticarCurva__ingles(costos_entrenamiento, costos_validacion):
    ent = np.asarray(costos_entrenamiento, dtype=float)
    val = np.asarray(costos_validacion, dtype=float)
    if not (np.all(np.isfinite(ent)) and np.all(np.isfinite(val))):
        return "high_learning_rate"
    pasos = np.diff(ent)
    if np.sum(pasos[pasos > 0]) > 0.1 * ent[0]:
        return "high_learning_rate"
    c = max(1, len(ent) // 4)
    caida = ent[0] - ent[-1]
    if caida > 0.2 * ent[0] and ent[0] - ent[c] < 0.1 * caida:
        return "bad_initialization"
    if val[-1] > 1.1 * np.min(val):
        return "overfitting"
    if caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        return "low_learning_rate"
    if ent[-1] > 0.5 * ent[0]:
        return "underfitting"
    return "ok"


@error("escribiste a mano las etiquetas de las curvas de la prueba visible.",
       mensaje="prueba oculta", solo_oculta=True)
def diagnosticarCurva__respuesta_fija(costos_entrenamiento, costos_validacion):
    ent = list(costos_entrenamiento)
    if ent[-1] != ent[-1]:
        return "tasa_alta"
    clave = round(float(np.nansum(ent) + np.nansum(list(costos_validacion))), 4)
    return {13.8298: "bien", 15.5065: "bien", 20.9207: "bien", 50.02: "tasa_baja",
            43.45: "tasa_alta", 15.4247: "tasa_alta", 33.743: "mala_inicializacion",
            38.2861: "sobreajuste", 53.0378: "subajuste", 15.9318: "subajuste",
            33.76: "tasa_alta", 34.4: "mala_inicializacion", 45.72: "mala_inicializacion",
            47.97: "mala_inicializacion", 41.5403: "sobreajuste", 2.07: "tasa_baja",
            2.92: "tasa_baja", 4.19: "subajuste"}.get(clave, "bien")


@alternativa("bucle en Python puro con math.isfinite y una lista de reglas")
def diagnosticarCurva__python_puro(costos_entrenamiento, costos_validacion):
    import math
    ent = [float(x) for x in costos_entrenamiento]
    val = [float(x) for x in costos_validacion]
    if not all(math.isfinite(x) for x in ent + val):
        return "tasa_alta"
    subidas = sum(max(0.0, b - a) for a, b in zip(ent, ent[1:]))
    c = max(1, len(ent) // 4)
    caida = ent[0] - ent[-1]
    reglas = [
        ("tasa_alta", subidas > 0.1 * ent[0]),
        ("mala_inicializacion", caida > 0.2 * ent[0] and ent[0] - ent[c] < 0.1 * caida),
        ("sobreajuste", val[-1] > 1.1 * min(val)),
        ("tasa_baja", caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida),
        ("subajuste", ent[-1] > 0.5 * ent[0]),
    ]
    for etiqueta, se_cumple in reglas:
        if se_cumple:
            return etiqueta
    return "bien"


@alternativa("np.clip de las diferencias y elif encadenados")
def diagnosticarCurva__clip(costos_entrenamiento, costos_validacion):
    ent = np.array(costos_entrenamiento, dtype=float)
    val = np.array(costos_validacion, dtype=float)
    c = max(1, ent.size // 4)
    caida = ent[0] - ent[-1]
    if np.isnan(ent).any() or np.isinf(ent).any() or not np.isfinite(val).all():
        etiqueta = "tasa_alta"
    elif np.clip(np.diff(ent), 0, None).sum() > 0.1 * ent[0]:
        etiqueta = "tasa_alta"
    elif caida > 0.2 * ent[0] and (ent[0] - ent[c]) / caida < 0.1:
        etiqueta = "mala_inicializacion"
    elif val[-1] / val.min() > 1.1:
        etiqueta = "sobreajuste"
    elif caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        etiqueta = "tasa_baja"
    elif ent[-1] / ent[0] > 0.5:
        etiqueta = "subajuste"
    else:
        etiqueta = "bien"
    return etiqueta

"""Catálogo de la unidad normalizacion: errores típicos y soluciones alternativas correctas.

Cada error debe perder puntos y cada alternativa debe obtener todos (tests/test_catalogo.py).
Las funciones se ejecutan como en el cuaderno: ``np``, las demás funciones calificadas y el código
dado (la red y el chequeo numérico de la unidad 6) están definidos alrededor (aquí, los de
referencia). La explicación de cada error es el diagnóstico que lee el estudiante: dice qué hizo,
en pasado o como pregunta.
"""
# ruff: noqa: F821  (los nombres del cuaderno se resuelven al ejecutar la fuente)
import numpy as np

from autograder.catalogo import alternativa, error

# --------------------------------------------------------------------------- mediaVarianzaLote


@error("promediaste sobre las unidades (axis=0): en el curso los ejemplos son columnas y las "
       "estadísticas de cada unidad son las de su fila (axis=1).", mensaje="axis=0")
def mediaVarianzaLote__eje_0(Z):
    m = Z.shape[0]
    media = np.sum(Z, axis=0, keepdims=True) / m
    varianza = np.sum((Z - media) ** 2, axis=0, keepdims=True) / m
    return media, varianza


@error("usaste la varianza no sesgada (entre m − 1, ddof=1): la normalización por lotes usa la "
       "sesgada, entre m.", mensaje="no sesgada")
def mediaVarianzaLote__insesgada(Z):
    media = np.mean(Z, axis=1, keepdims=True)
    varianza = np.var(Z, axis=1, ddof=1, keepdims=True)
    return media, varianza


@error("devolviste la desviación típica (np.std) en vez de la varianza.",
       mensaje="desviación típica")
def mediaVarianzaLote__desviacion(Z):
    return np.mean(Z, axis=1, keepdims=True), np.std(Z, axis=1, keepdims=True)


@error("olvidaste restar la media: calculaste la media de Z², no la varianza.",
       mensaje="olvidaste restar la media")
def mediaVarianzaLote__sin_centrar(Z):
    return np.mean(Z, axis=1, keepdims=True), np.mean(Z ** 2, axis=1, keepdims=True)


@error("olvidaste keepdims=True: la media y la varianza quedaron de forma (n,) y no (n, 1).",
       mensaje="keepdims")
def mediaVarianzaLote__sin_keepdims(Z):
    return np.mean(Z, axis=1), np.var(Z, axis=1)


@error("promediaste todo Z (sin axis): un solo número en vez de uno por unidad.",
       mensaje="sin axis")
def mediaVarianzaLote__todo(Z):
    return np.mean(Z), np.var(Z)


@error("devolviste los valores de la prueba visible sin calcularlos.", mensaje="tiene forma",
       solo_oculta=True)
def mediaVarianzaLote__respuesta_fija(Z):
    from course.normalizacion import ESPERADO
    if Z.shape[1] == 1:
        return Z.copy(), np.zeros_like(Z)
    return ESPERADO["media"].copy(), ESPERADO["varianza"].copy()


@alternativa("np.mean y np.var con axis=1 y keepdims=True")
def mediaVarianzaLote__numpy(Z):
    return np.mean(Z, axis=1, keepdims=True), np.var(Z, axis=1, keepdims=True)


@alternativa("un bucle sobre las filas")
def mediaVarianzaLote__bucle(Z):
    n, m = Z.shape
    media = np.zeros((n, 1))
    varianza = np.zeros((n, 1))
    for i in range(n):
        media[i, 0] = sum(Z[i]) / m
        varianza[i, 0] = sum((Z[i] - media[i, 0]) ** 2) / m
    return media, varianza


# --------------------------------------------------------------------------- normLoteAdelante


@error("sumaste ε fuera de la raíz: (Z − μ) / (√σ² + ε) en vez de (Z − μ) / √(σ² + ε).",
       mensaje="fuera de la raíz")
def normLoteAdelante__eps_fuera(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5):
    if modo == "entrenamiento":
        media, varianza = mediaVarianzaLote(Z)
        Z_gorro = (Z - media) / (np.sqrt(varianza) + eps)
        cache = (Z, Z_gorro, media, varianza, gamma, eps)
        estado_nuevo = {"media": momento * estado["media"] + (1 - momento) * media,
                        "varianza": momento * estado["varianza"] + (1 - momento) * varianza}
    else:
        Z_gorro = (Z - estado["media"]) / (np.sqrt(estado["varianza"]) + eps)
        cache = None
        estado_nuevo = {k: v.copy() for k, v in estado.items()}
    return gamma * Z_gorro + beta, cache, estado_nuevo


@error("olvidaste ε: con una unidad constante en el lote (σ² = 0) dividiste 0/0.",
       mensaje="olvidaste ε")
def normLoteAdelante__sin_eps(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5):
    if modo == "entrenamiento":
        media, varianza = mediaVarianzaLote(Z)
        Z_gorro = (Z - media) / np.sqrt(varianza)
        cache = (Z, Z_gorro, media, varianza, gamma, eps)
        estado_nuevo = {"media": momento * estado["media"] + (1 - momento) * media,
                        "varianza": momento * estado["varianza"] + (1 - momento) * varianza}
    else:
        Z_gorro = (Z - estado["media"]) / np.sqrt(estado["varianza"])
        cache = None
        estado_nuevo = {k: v.copy() for k, v in estado.items()}
    return gamma * Z_gorro + beta, cache, estado_nuevo


@error("usaste la varianza no sesgada (entre m − 1) para normalizar: el Algoritmo 1 de Ioffe y "
       "Szegedy divide entre m.", mensaje="no sesgada")
def normLoteAdelante__insesgada(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5):
    if modo == "entrenamiento":
        media = np.mean(Z, axis=1, keepdims=True)
        varianza = np.var(Z, axis=1, ddof=1, keepdims=True)
        Z_gorro = (Z - media) / np.sqrt(varianza + eps)
        cache = (Z, Z_gorro, media, varianza, gamma, eps)
        estado_nuevo = {"media": momento * estado["media"] + (1 - momento) * media,
                        "varianza": momento * estado["varianza"] + (1 - momento) * varianza}
    else:
        Z_gorro = (Z - estado["media"]) / np.sqrt(estado["varianza"] + eps)
        cache = None
        estado_nuevo = {k: v.copy() for k, v in estado.items()}
    return gamma * Z_gorro + beta, cache, estado_nuevo


@error("normalizaste sobre el eje equivocado (axis=0, el de las unidades, como en CS231n, donde "
       "los ejemplos son filas): en el curso cada unidad es una fila y se normaliza sobre sus "
       "ejemplos (axis=1).", mensaje="eje equivocado")
def normLoteAdelante__eje_0(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5):
    if modo == "entrenamiento":
        media = np.mean(Z, axis=0, keepdims=True)
        varianza = np.var(Z, axis=0, keepdims=True)
        Z_gorro = (Z - media) / np.sqrt(varianza + eps)
        cache = (Z, Z_gorro, media, varianza, gamma, eps)
        estado_nuevo = {"media": momento * estado["media"] + (1 - momento) * media,
                        "varianza": momento * estado["varianza"] + (1 - momento) * varianza}
    else:
        Z_gorro = (Z - estado["media"]) / np.sqrt(estado["varianza"] + eps)
        cache = None
        estado_nuevo = {k: v.copy() for k, v in estado.items()}
    return gamma * Z_gorro + beta, cache, estado_nuevo


@error("usaste las estadísticas del lote también en inferencia: ahí se normaliza con los "
       "promedios móviles de estado.", mensaje="estadísticas del lote en inferencia")
def normLoteAdelante__lote_en_inferencia(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5):
    media, varianza = mediaVarianzaLote(Z)
    Z_gorro = (Z - media) / np.sqrt(varianza + eps)
    if modo == "entrenamiento":
        cache = (Z, Z_gorro, media, varianza, gamma, eps)
        estado_nuevo = {"media": momento * estado["media"] + (1 - momento) * media,
                        "varianza": momento * estado["varianza"] + (1 - momento) * varianza}
    else:
        cache = None
        estado_nuevo = {k: v.copy() for k, v in estado.items()}
    return gamma * Z_gorro + beta, cache, estado_nuevo


@error("no actualizaste los promedios móviles en entrenamiento: devolviste el mismo estado que "
       "recibiste.", mensaje="no actualizaste los promedios")
def normLoteAdelante__sin_actualizar(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5):
    if modo == "entrenamiento":
        media, varianza = mediaVarianzaLote(Z)
        Z_gorro = (Z - media) / np.sqrt(varianza + eps)
        cache = (Z, Z_gorro, media, varianza, gamma, eps)
    else:
        Z_gorro = (Z - estado["media"]) / np.sqrt(estado["varianza"] + eps)
        cache = None
    return gamma * Z_gorro + beta, cache, {k: v.copy() for k, v in estado.items()}


@error("actualizaste los promedios móviles también en inferencia, con la media y la varianza "
       "del lote que se evalúa.", mensaje="en inferencia")
def normLoteAdelante__actualiza_en_inferencia(Z, gamma, beta, estado, modo, momento=0.9,
                                              eps=1e-5):
    media, varianza = mediaVarianzaLote(Z)
    estado_nuevo = {"media": momento * estado["media"] + (1 - momento) * media,
                    "varianza": momento * estado["varianza"] + (1 - momento) * varianza}
    if modo == "entrenamiento":
        Z_gorro = (Z - media) / np.sqrt(varianza + eps)
        cache = (Z, Z_gorro, media, varianza, gamma, eps)
    else:
        Z_gorro = (Z - estado["media"]) / np.sqrt(estado["varianza"] + eps)
        cache = None
    return gamma * Z_gorro + beta, cache, estado_nuevo


@error("intercambiaste momento y 1 − momento en los promedios móviles (es la convención de "
       "PyTorch, cuyo momentum = 0.1 es el peso del lote).", mensaje="intercambiaste momento")
def normLoteAdelante__momento_intercambiado(Z, gamma, beta, estado, modo, momento=0.9,
                                            eps=1e-5):
    if modo == "entrenamiento":
        media, varianza = mediaVarianzaLote(Z)
        Z_gorro = (Z - media) / np.sqrt(varianza + eps)
        cache = (Z, Z_gorro, media, varianza, gamma, eps)
        estado_nuevo = {"media": (1 - momento) * estado["media"] + momento * media,
                        "varianza": (1 - momento) * estado["varianza"] + momento * varianza}
    else:
        Z_gorro = (Z - estado["media"]) / np.sqrt(estado["varianza"] + eps)
        cache = None
        estado_nuevo = {k: v.copy() for k, v in estado.items()}
    return gamma * Z_gorro + beta, cache, estado_nuevo


@error("reemplazaste los promedios móviles por las estadísticas del lote, sin el momento.",
       mensaje="reemplazaste el promedio")
def normLoteAdelante__reemplaza(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5):
    if modo == "entrenamiento":
        media, varianza = mediaVarianzaLote(Z)
        Z_gorro = (Z - media) / np.sqrt(varianza + eps)
        cache = (Z, Z_gorro, media, varianza, gamma, eps)
        estado_nuevo = {"media": media.copy(), "varianza": varianza.copy()}
    else:
        Z_gorro = (Z - estado["media"]) / np.sqrt(estado["varianza"] + eps)
        cache = None
        estado_nuevo = {k: v.copy() for k, v in estado.items()}
    return gamma * Z_gorro + beta, cache, estado_nuevo


@error("intercambiaste γ y β: calculaste β ⊙ Ẑ + γ en vez de γ ⊙ Ẑ + β.",
       mensaje="intercambiaste γ y β")
def normLoteAdelante__gamma_beta(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5):
    if modo == "entrenamiento":
        media, varianza = mediaVarianzaLote(Z)
        Z_gorro = (Z - media) / np.sqrt(varianza + eps)
        cache = (Z, Z_gorro, media, varianza, gamma, eps)
        estado_nuevo = {"media": momento * estado["media"] + (1 - momento) * media,
                        "varianza": momento * estado["varianza"] + (1 - momento) * varianza}
    else:
        Z_gorro = (Z - estado["media"]) / np.sqrt(estado["varianza"] + eps)
        cache = None
        estado_nuevo = {k: v.copy() for k, v in estado.items()}
    return beta * Z_gorro + gamma, cache, estado_nuevo


@error("guardaste en la cache √(σ² + ε) en vez de la varianza del lote σ².",
       mensaje="El cuarto elemento de la cache")
def normLoteAdelante__cache_desviacion(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5):
    if modo == "entrenamiento":
        media, varianza = mediaVarianzaLote(Z)
        sigma = np.sqrt(varianza + eps)
        Z_gorro = (Z - media) / sigma
        cache = (Z, Z_gorro, media, sigma, gamma, eps)
        estado_nuevo = {"media": momento * estado["media"] + (1 - momento) * media,
                        "varianza": momento * estado["varianza"] + (1 - momento) * varianza}
    else:
        Z_gorro = (Z - estado["media"]) / np.sqrt(estado["varianza"] + eps)
        cache = None
        estado_nuevo = {k: v.copy() for k, v in estado.items()}
    return gamma * Z_gorro + beta, cache, estado_nuevo


@error("escribiste momento = 0.9 a mano en vez de usar el argumento momento.",
       mensaje="escribiste 0.9")
def normLoteAdelante__momento_fijo(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5):
    if modo == "entrenamiento":
        media, varianza = mediaVarianzaLote(Z)
        Z_gorro = (Z - media) / np.sqrt(varianza + eps)
        cache = (Z, Z_gorro, media, varianza, gamma, eps)
        estado_nuevo = {"media": 0.9 * estado["media"] + 0.1 * media,
                        "varianza": 0.9 * estado["varianza"] + 0.1 * varianza}
    else:
        Z_gorro = (Z - estado["media"]) / np.sqrt(estado["varianza"] + eps)
        cache = None
        estado_nuevo = {k: v.copy() for k, v in estado.items()}
    return gamma * Z_gorro + beta, cache, estado_nuevo


@error("devolviste los valores de la prueba visible sin calcularlos.", mensaje="tiene forma",
       solo_oculta=True)
def normLoteAdelante__respuesta_fija(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5):
    from course.normalizacion import ESPERADO
    e = ESPERADO
    if modo == "inferencia":
        return e["Y_inferencia"].copy(), None, {k: v.copy() for k, v in estado.items()}
    sufijo = "_otros" if eps != 1e-5 else ""
    cache = (Z, e[f"Z_gorro{sufijo}"].copy(), e["media"].copy(), e["varianza"].copy(), gamma, eps)
    return e[f"Y{sufijo}"].copy(), cache, {k: v.copy() for k, v in e[f"estado{sufijo}"].items()}


@alternativa("la varianza móvil con la corrección m/(m − 1) de Ioffe y Szegedy (Algoritmo 2) y "
             "de PyTorch; la normalización, con la sesgada")
def normLoteAdelante__movil_insesgada(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5):
    m = Z.shape[1]
    if modo == "entrenamiento":
        media, varianza = mediaVarianzaLote(Z)
        Z_gorro = (Z - media) / np.sqrt(varianza + eps)
        cache = (Z, Z_gorro, media, varianza, gamma, eps)
        insesgada = varianza * m / (m - 1) if m > 1 else varianza
        estado_nuevo = {"media": momento * estado["media"] + (1 - momento) * media,
                        "varianza": momento * estado["varianza"] + (1 - momento) * insesgada}
    else:
        Z_gorro = (Z - estado["media"]) / np.sqrt(estado["varianza"] + eps)
        cache = None
        estado_nuevo = dict(estado)
    return gamma * Z_gorro + beta, cache, estado_nuevo


@alternativa("con np.mean, np.var y la desviación típica, y el estado copiado con dict y "
             "actualizado sobre la copia")
def normLoteAdelante__copia(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5):
    estado_nuevo = {clave: np.array(valor) for clave, valor in estado.items()}
    if modo == "inferencia":
        media, varianza = estado["media"], estado["varianza"]
        cache = None
    else:
        media = Z.mean(axis=1, keepdims=True)
        varianza = Z.var(axis=1, keepdims=True)
        estado_nuevo["media"] *= momento
        estado_nuevo["media"] += (1 - momento) * media
        estado_nuevo["varianza"] *= momento
        estado_nuevo["varianza"] += (1 - momento) * varianza
    desviacion = np.sqrt(varianza + eps)
    Z_gorro = (Z - media) / desviacion
    if modo != "inferencia":
        cache = (Z, Z_gorro, media, varianza, gamma, eps)
    return gamma * Z_gorro + beta, cache, estado_nuevo


# --------------------------------------------------------------------------- normLoteAtras


@error("olvidaste sumar dγ y dβ sobre los ejemplos: γ y β son los mismos para todo el lote y sus "
       "gradientes son sumas (axis=1).", mensaje="olvidaste sumar")
def normLoteAtras__sin_sumar(dY, cache):
    Z, Z_gorro, media, varianza, gamma, eps = cache
    m = dY.shape[1]
    dZ_gorro = gamma * dY
    dZ = (m * dZ_gorro - np.sum(dZ_gorro, axis=1, keepdims=True)
          - Z_gorro * np.sum(dZ_gorro * Z_gorro, axis=1, keepdims=True)) / (
        m * np.sqrt(varianza + eps))
    return dZ, dY * Z_gorro, dY.copy()


@error("sumaste dγ y dβ sobre las unidades (axis=0) en vez de sobre los ejemplos (axis=1).",
       mensaje="axis=0")
def normLoteAtras__eje_0(dY, cache):
    Z, Z_gorro, media, varianza, gamma, eps = cache
    m = dY.shape[1]
    dZ_gorro = gamma * dY
    dZ = (m * dZ_gorro - np.sum(dZ_gorro, axis=1, keepdims=True)
          - Z_gorro * np.sum(dZ_gorro * Z_gorro, axis=1, keepdims=True)) / (
        m * np.sqrt(varianza + eps))
    return (dZ, np.sum(dY * Z_gorro, axis=0, keepdims=True),
            np.sum(dY, axis=0, keepdims=True))


@error("trataste μ y σ² como constantes: dZ = γ ⊙ dY / σ olvida que la media y la varianza del "
       "lote también dependen de Z.", mensaje="como constantes")
def normLoteAtras__constantes(dY, cache):
    Z, Z_gorro, media, varianza, gamma, eps = cache
    dZ = gamma * dY / np.sqrt(varianza + eps)
    return (dZ, np.sum(dY * Z_gorro, axis=1, keepdims=True), np.sum(dY, axis=1, keepdims=True))


@error("olvidaste el camino que pasa por σ²: falta el término −Ẑ ⊙ Σ (dẐ ⊙ Ẑ).",
       mensaje="pasa por σ²")
def normLoteAtras__sin_varianza(dY, cache):
    Z, Z_gorro, media, varianza, gamma, eps = cache
    m = dY.shape[1]
    dZ_gorro = gamma * dY
    dZ = (m * dZ_gorro - np.sum(dZ_gorro, axis=1, keepdims=True)) / (m * np.sqrt(varianza + eps))
    return (dZ, np.sum(dY * Z_gorro, axis=1, keepdims=True), np.sum(dY, axis=1, keepdims=True))


@error("olvidaste el camino que pasa por μ: falta el término −Σ dẐ.", mensaje="pasa por μ")
def normLoteAtras__sin_media(dY, cache):
    Z, Z_gorro, media, varianza, gamma, eps = cache
    m = dY.shape[1]
    dZ_gorro = gamma * dY
    dZ = (m * dZ_gorro - Z_gorro * np.sum(dZ_gorro * Z_gorro, axis=1, keepdims=True)) / (
        m * np.sqrt(varianza + eps))
    return (dZ, np.sum(dY * Z_gorro, axis=1, keepdims=True), np.sum(dY, axis=1, keepdims=True))


@error("olvidaste el factor γ: dẐ = γ ⊙ dY, no dY.", mensaje="factor γ")
def normLoteAtras__sin_gamma(dY, cache):
    Z, Z_gorro, media, varianza, gamma, eps = cache
    m = dY.shape[1]
    dZ = (m * dY - np.sum(dY, axis=1, keepdims=True)
          - Z_gorro * np.sum(dY * Z_gorro, axis=1, keepdims=True)) / (m * np.sqrt(varianza + eps))
    return (dZ, np.sum(dY * Z_gorro, axis=1, keepdims=True), np.sum(dY, axis=1, keepdims=True))


@error("calculaste dγ con Z en vez de Ẑ: γ multiplica a la Z normalizada.",
       mensaje="con Z en vez de Ẑ")
def normLoteAtras__dgamma_con_Z(dY, cache):
    Z, Z_gorro, media, varianza, gamma, eps = cache
    m = dY.shape[1]
    dZ_gorro = gamma * dY
    dZ = (m * dZ_gorro - np.sum(dZ_gorro, axis=1, keepdims=True)
          - Z_gorro * np.sum(dZ_gorro * Z_gorro, axis=1, keepdims=True)) / (
        m * np.sqrt(varianza + eps))
    return dZ, np.sum(dY * Z, axis=1, keepdims=True), np.sum(dY, axis=1, keepdims=True)


@error("sumaste ε fuera de la raíz en σ = √(σ² + ε).", mensaje="fuera de la raíz")
def normLoteAtras__eps_fuera(dY, cache):
    Z, Z_gorro, media, varianza, gamma, eps = cache
    m = dY.shape[1]
    dZ_gorro = gamma * dY
    dZ = (m * dZ_gorro - np.sum(dZ_gorro, axis=1, keepdims=True)
          - Z_gorro * np.sum(dZ_gorro * Z_gorro, axis=1, keepdims=True)) / (
        m * (np.sqrt(varianza) + eps))
    return (dZ, np.sum(dY * Z_gorro, axis=1, keepdims=True), np.sum(dY, axis=1, keepdims=True))


@error("derivaste con la varianza no sesgada (entre m − 1): en la fórmula compacta el factor "
       "es 1/m.", mensaje="m − 1")
def normLoteAtras__m_menos_1(dY, cache):
    Z, Z_gorro, media, varianza, gamma, eps = cache
    m = dY.shape[1]
    dZ_gorro = gamma * dY
    dZ = (dZ_gorro - np.sum(dZ_gorro, axis=1, keepdims=True) / m
          - Z_gorro * np.sum(dZ_gorro * Z_gorro, axis=1, keepdims=True) / (m - 1)) / np.sqrt(
        varianza + eps)
    return (dZ, np.sum(dY * Z_gorro, axis=1, keepdims=True), np.sum(dY, axis=1, keepdims=True))


@error("devolviste los valores de la prueba visible sin calcularlos.", mensaje="tiene forma",
       solo_oculta=True)
def normLoteAtras__respuesta_fija(dY, cache):
    from course.normalizacion import ESPERADO
    return ESPERADO["dZ"].copy(), ESPERADO["dgamma"].copy(), ESPERADO["dbeta"].copy()


@alternativa("por pasos, recorriendo el grafo de cómputo hacia atrás (batchnorm_backward de "
             "CS231n): dẐ, dσ², dμ y dZ")
def normLoteAtras__por_pasos(dY, cache):
    Z, Z_gorro, media, varianza, gamma, eps = cache
    m = dY.shape[1]
    centrada = Z - media
    inv_sigma = 1.0 / np.sqrt(varianza + eps)
    dZ_gorro = dY * gamma
    dvarianza = np.sum(dZ_gorro * centrada, axis=1, keepdims=True) * -0.5 * inv_sigma ** 3
    dmedia = (np.sum(-dZ_gorro * inv_sigma, axis=1, keepdims=True)
              + dvarianza * np.sum(-2.0 * centrada, axis=1, keepdims=True) / m)
    dZ = dZ_gorro * inv_sigma + dvarianza * 2.0 * centrada / m + dmedia / m
    dgamma = np.sum(dY * Z_gorro, axis=1, keepdims=True)
    dbeta = np.sum(dY, axis=1, keepdims=True)
    return dZ, dgamma, dbeta


@alternativa("la fórmula compacta escrita con dβ y dγ: dZ = γ / (m σ) · (m dY − dβ − Ẑ dγ)")
def normLoteAtras__con_dgamma(dY, cache):
    _, Z_gorro, _, varianza, gamma, eps = cache
    m = dY.shape[1]
    dbeta = dY.sum(axis=1, keepdims=True)
    dgamma = (dY * Z_gorro).sum(axis=1, keepdims=True)
    dZ = gamma / (m * np.sqrt(varianza + eps)) * (m * dY - dbeta - Z_gorro * dgamma)
    return dZ, dgamma, dbeta


# ------------------------------------------------------------------ gradienteNumericoNormLote


@error("derivaste la normalización en modo \"inferencia\": así μ y σ² quedan fijas y no es la "
       "función que deriva normLoteAtras (la de entrenamiento).", mensaje="en modo \"inferencia\"")
def gradienteNumericoNormLote__inferencia(Z, gamma, beta, dY, h=1e-5):
    estado = {"media": np.zeros_like(gamma), "varianza": np.ones_like(gamma)}

    def L(Z_, gamma_, beta_):
        return float(np.sum(dY * normLoteAdelante(Z_, gamma_, beta_, estado, "inferencia")[0]))

    return (gradienteNumerico(lambda x: L(x, gamma, beta), Z, h),
            gradienteNumerico(lambda x: L(Z, x, beta), gamma, h),
            gradienteNumerico(lambda x: L(Z, gamma, x), beta, h))


@error("promediaste dY ⊙ Y (np.mean) en vez de sumarlo: el número que se deriva es L = Σ dY ⊙ Y, "
       "cuyo gradiente respecto a Y es dY; con la media, todos los gradientes quedan divididos "
       "entre n·m.", mensaje="np.mean")
def gradienteNumericoNormLote__media(Z, gamma, beta, dY, h=1e-5):
    estado = {"media": np.zeros_like(gamma), "varianza": np.ones_like(gamma)}

    def L(Z_, gamma_, beta_):
        return float(np.mean(dY * normLoteAdelante(Z_, gamma_, beta_, estado, "entrenamiento")[0]))

    return (gradienteNumerico(lambda x: L(x, gamma, beta), Z, h),
            gradienteNumerico(lambda x: L(Z, x, beta), gamma, h),
            gradienteNumerico(lambda x: L(Z, gamma, x), beta, h))


@error("usaste diferencias hacia adelante, (L(x + h) − L(x)) / h, con un error del orden de h: "
       "las centradas, (L(x + h) − L(x − h)) / (2h), lo tienen del orden de h².",
       mensaje="hacia adelante")
def gradienteNumericoNormLote__adelante(Z, gamma, beta, dY, h=1e-5):
    estado = {"media": np.zeros_like(gamma), "varianza": np.ones_like(gamma)}

    def L(Z_, gamma_, beta_):
        return float(np.sum(dY * normLoteAdelante(Z_, gamma_, beta_, estado, "entrenamiento")[0]))

    resultados = []
    for k, x in enumerate((Z, gamma, beta)):
        x = np.array(x, dtype=float)
        base = L(*[x if j == k else v for j, v in enumerate((Z, gamma, beta))])
        g = np.zeros_like(x)
        for i in np.ndindex(x.shape):
            original = x[i]
            x[i] = original + h
            g[i] = (L(*[x if j == k else v for j, v in enumerate((Z, gamma, beta))]) - base) / h
            x[i] = original
        resultados.append(g)
    return tuple(resultados)


@error("intercambiaste dgamma_num y dbeta_num.", mensaje="intercambiados")
def gradienteNumericoNormLote__intercambiados(Z, gamma, beta, dY, h=1e-5):
    estado = {"media": np.zeros_like(gamma), "varianza": np.ones_like(gamma)}

    def L(Z_, gamma_, beta_):
        return float(np.sum(dY * normLoteAdelante(Z_, gamma_, beta_, estado, "entrenamiento")[0]))

    return (gradienteNumerico(lambda x: L(x, gamma, beta), Z, h),
            gradienteNumerico(lambda x: L(Z, gamma, x), beta, h),
            gradienteNumerico(lambda x: L(Z, x, beta), gamma, h))


@error("escribiste el paso h = 1e-5 a mano en vez de pasarle el argumento h a "
       "gradienteNumerico.", mensaje="paso a mano")
def gradienteNumericoNormLote__h_fijo(Z, gamma, beta, dY, h=1e-5):
    estado = {"media": np.zeros_like(gamma), "varianza": np.ones_like(gamma)}

    def L(Z_, gamma_, beta_):
        return float(np.sum(dY * normLoteAdelante(Z_, gamma_, beta_, estado, "entrenamiento")[0]))

    return (gradienteNumerico(lambda x: L(x, gamma, beta), Z),
            gradienteNumerico(lambda x: L(Z, x, beta), gamma),
            gradienteNumerico(lambda x: L(Z, gamma, x), beta))


@error("devolviste los valores de la prueba visible sin calcularlos.", mensaje="tiene forma",
       solo_oculta=True)
def gradienteNumericoNormLote__respuesta_fija(Z, gamma, beta, dY, h=1e-5):
    from course.normalizacion import ESPERADO
    e = ESPERADO
    sufijo = "_h" if h == 1e-2 else ""
    return (e[f"dZ_num{sufijo}"].copy(), e[f"dgamma_num{sufijo}"].copy(),
            e[f"dbeta_num{sufijo}"].copy())


@alternativa("con funciones definidas con def que reciben solo la entrada que se mueve")
def gradienteNumericoNormLote__con_def(Z, gamma, beta, dY, h=1e-5):
    estado = {"media": np.zeros(gamma.shape), "varianza": np.ones(gamma.shape)}

    def L_Z(Z_):
        Y, _, _ = normLoteAdelante(Z_, gamma, beta, estado, "entrenamiento")
        return np.sum(dY * Y)

    def L_gamma(g):
        Y, _, _ = normLoteAdelante(Z, g, beta, estado, "entrenamiento")
        return np.sum(dY * Y)

    def L_beta(b):
        Y, _, _ = normLoteAdelante(Z, gamma, b, estado, "entrenamiento")
        return np.sum(dY * Y)

    return (gradienteNumerico(L_Z, Z, h), gradienteNumerico(L_gamma, gamma, h),
            gradienteNumerico(L_beta, beta, h))


@alternativa("su propio bucle de diferencias centradas con np.nditer, sin gradienteNumerico")
def gradienteNumericoNormLote__bucle_propio(Z, gamma, beta, dY, h=1e-5):
    estado = {"media": np.zeros_like(gamma), "varianza": np.ones_like(gamma)}
    entradas = [np.array(Z, dtype=float), np.array(gamma, dtype=float),
                np.array(beta, dtype=float)]

    def L():
        Y = normLoteAdelante(entradas[0], entradas[1], entradas[2], estado, "entrenamiento")[0]
        return float(np.sum(dY * Y))

    gradientes = []
    for x in entradas:
        g = np.zeros_like(x)
        it = np.nditer(x, flags=["multi_index"])
        for _ in it:
            i = it.multi_index
            original = x[i]
            x[i] = original + h
            mas = L()
            x[i] = original - h
            menos = L()
            x[i] = original
            g[i] = (mas - menos) / (2 * h)
        gradientes.append(g)
    return tuple(gradientes)


# --------------------------------------------------------------------------- plegarNormLote


@error("multiplicaste las COLUMNAS de W por s (s.T ⊙ W): cada factor s_i es de la unidad i, y los "
       "pesos que llegan a ella son la FILA i de W.", mensaje="COLUMNAS")
def plegarNormLote__columnas(W, b, gamma, beta, estado, eps=1e-5):
    s = gamma / np.sqrt(estado["varianza"] + eps)
    return s.T * W, s * (b - estado["media"]) + beta


@error("olvidaste el sesgo b de la capa densa: b' = s ⊙ (b − μ) + β.", mensaje="olvidaste el sesgo")
def plegarNormLote__sin_b(W, b, gamma, beta, estado, eps=1e-5):
    s = gamma / np.sqrt(estado["varianza"] + eps)
    return s * W, beta - s * estado["media"]


@error("olvidaste restar la media móvil μ en el sesgo: b' = s ⊙ (b − μ) + β.",
       mensaje="restar la media")
def plegarNormLote__sin_media(W, b, gamma, beta, estado, eps=1e-5):
    s = gamma / np.sqrt(estado["varianza"] + eps)
    return s * W, s * b + beta


@error("sumaste ε fuera de la raíz: s = γ / (√σ² + ε).", mensaje="fuera de la raíz")
def plegarNormLote__eps_fuera(W, b, gamma, beta, estado, eps=1e-5):
    s = gamma / (np.sqrt(estado["varianza"]) + eps)
    return s * W, s * (b - estado["media"]) + beta


@error("dividiste entre la varianza σ² + ε en vez de entre su raíz.", mensaje="su raíz")
def plegarNormLote__sin_raiz(W, b, gamma, beta, estado, eps=1e-5):
    s = gamma / (estado["varianza"] + eps)
    return s * W, s * (b - estado["media"]) + beta


@error("devolviste los valores de la prueba visible sin calcularlos.", mensaje="tiene forma",
       solo_oculta=True)
def plegarNormLote__respuesta_fija(W, b, gamma, beta, estado, eps=1e-5):
    from course.normalizacion import ESPERADO
    if W.shape == ESPERADO["W_plegado_2"].shape:
        return ESPERADO["W_plegado_2"].copy(), ESPERADO["b_plegado_2"].copy()
    return ESPERADO["W_plegado"].copy(), ESPERADO["b_plegado"].copy()


@alternativa("con una matriz diagonal: W' = diag(s) W")
def plegarNormLote__diagonal(W, b, gamma, beta, estado, eps=1e-5):
    s = (gamma / np.sqrt(estado["varianza"] + eps)).ravel()
    D = np.diag(s)
    return D @ W, D @ b + (beta.ravel() - s * estado["media"].ravel()).reshape(-1, 1)


@alternativa("aplicando la normalización de inferencia a W y a b por separado")
def plegarNormLote__desarrollada(W, b, gamma, beta, estado, eps=1e-5):
    sigma = np.sqrt(estado["varianza"] + eps)
    W_plegado = gamma * W / sigma
    b_plegado = gamma * (b - estado["media"]) / sigma + beta
    return W_plegado, b_plegado

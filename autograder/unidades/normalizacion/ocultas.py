"""Pruebas ocultas de la unidad normalizacion: entradas nuevas de varios tamaños contra la
referencia.

Se llaman desde la parte oculta de cada celda de prueba del cuaderno fuente. Usan las mismas
revisiones que las pruebas visibles (course.normalizacion.revisar_*) y añaden, como sospechas, las
salidas de los errores del catálogo para nombrar el error exacto (también las de los promedios
móviles, que viajan en un diccionario y no tienen huellas). El paso hacia atrás se compara además
con el gradiente numérico de la referencia, y el plegado con la red que reemplaza.
"""
import warnings

import numpy as np

from autograder import catalogo
from autograder.catalogo import sospechas as _sospechas_catalogo
from autograder.pruebas import oculta
from course import normalizacion as unidad
from course.comprobar import Sospecha, fallar, llamar
from course.gradiente_numerico import error_relativo
from solutions import normalizacion as ref

UNIDAD = "normalizacion"


def sospechas(*args, **kwargs) -> dict:
    """Las del catálogo (autograder.catalogo.sospechas) sin avisos: algunos errores (la varianza
    no sesgada con m = 1) hacen que NumPy avise con warnings.warn, que np.errstate no calla, y una
    celda de prueba que escribe en stderr pierde sus puntos."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _sospechas_catalogo(*args, **kwargs)


def _lote(rng, n, m, degenerados=True):
    """Z (n, m) con filas de escalas y medias distintas; si ``degenerados`` y n ≥ 3, una fila
    constante y otra con varianza del orden de ε."""
    Z = rng.normal(size=(n, m)) * rng.uniform(0.3, 4.0, size=(n, 1)) + rng.uniform(-5, 5, (n, 1))
    if degenerados and n >= 3 and m > 1:
        Z[1] = 1.5 + 1e-3 * rng.normal(size=m)
        Z[2] = -0.75
    return Z


def _parametros(rng, n):
    gamma = rng.uniform(0.3, 2.5, size=(n, 1))
    beta = rng.normal(size=(n, 1))
    estado = {"media": rng.normal(size=(n, 1)),
              "varianza": rng.uniform(0.2, 3.0, size=(n, 1))}
    if n >= 2:
        estado["varianza"][1, 0] = 3e-6      # del orden de ε: importa dónde va ε en inferencia
    return gamma, beta, estado


def _copia(estado):
    return {k: v.copy() for k, v in estado.items()}


def _sospechas_estado(args) -> dict:
    """Los promedios móviles que devuelve cada error del catálogo de normLoteAdelante con
    ``args``, como sospechas {"estado_media": [...], "estado_varianza": [...]}."""
    resultado = {"estado_media": [], "estado_varianza": []}
    for imp in catalogo.errores(UNIDAD, "normLoteAdelante"):
        fn = imp.compilar(catalogo.espacio_de_referencia(UNIDAD))
        try:
            with np.errstate(all="ignore"), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                salida = fn(*[_copia(a) if isinstance(a, dict) else a for a in args])
            estado = salida[2]
            for clave in ("media", "varianza"):
                resultado[f"estado_{clave}"].append(
                    Sospecha(np.asarray(estado[clave], dtype=float), imp.explicacion))
        except Exception:
            continue
    return resultado


def _adelante(normLoteAdelante, Z, gamma, beta, estado, modo, *extra_args):
    args = (Z, gamma, beta, _copia(estado), modo, *extra_args)
    salida, avisos = llamar(normLoteAdelante, *args, nombre="normLoteAdelante")
    extra = sospechas(UNIDAD, "normLoteAdelante", args, ["Y", "cache", "estado_nuevo"])
    extra.update(_sospechas_estado(args))
    return salida, avisos, extra


@oculta
def probar_mediaVarianzaLote(mediaVarianzaLote):
    rng = np.random.default_rng(101)
    # (n, m): nunca solo la (4, 6) de la prueba visible; una cuadrada (el eje equivocado no
    # cambia la forma) y un solo ejemplo.
    for n, m in ((3, 7), (1, 5), (6, 6), (5, 1), (8, 30)):
        Z = _lote(rng, n, m)
        salida, avisos = llamar(mediaVarianzaLote, Z, nombre="mediaVarianzaLote")
        extra = sospechas(UNIDAD, "mediaVarianzaLote", (Z,), ["media", "varianza"])
        unidad.revisar_mediaVarianzaLote(salida, Z, ref.mediaVarianzaLote(Z), avisos=avisos,
                                         extra=extra)
    # La diapositiva 003: si x tiene componentes independientes de varianza σ_x² y W de
    # varianza σ_w², cada z_i = Σ_k w_ik x_k tiene varianza n σ_w² σ_x².
    n, sigma_w, sigma_x = 200, 0.09, 1.7
    X = sigma_x * rng.normal(size=(n, 4000))
    W = sigma_w * rng.normal(size=(50, n))
    salida, _ = llamar(mediaVarianzaLote, W @ X, nombre="mediaVarianzaLote")
    medida = float(np.mean(salida[1]))
    if not abs(medida / (n * sigma_w ** 2 * sigma_x ** 2) - 1) < 0.1:
        fallar("Con Z = W·X la varianza media por unidad no es n·σ_w²·σ_x² (diapositiva 003): "
               "¿está bien mediaVarianzaLote?")


@oculta
def probar_normLoteAdelante(normLoteAdelante):
    rng = np.random.default_rng(202)
    for n, m in ((3, 8), (5, 5), (2, 1), (1, 4), (6, 40)):
        Z = _lote(rng, n, m)
        gamma, beta, estado = _parametros(rng, n)
        # Entrenamiento, con momento y ε por defecto.
        Y, cache, estado_ok = ref.normLoteAdelante(Z, gamma, beta, estado, "entrenamiento")
        esperado = {"Y": Y, "Z_gorro": cache[1], "media": cache[2], "varianza": cache[3],
                    "estado": estado_ok}
        salida, avisos, extra = _adelante(normLoteAdelante, Z, gamma, beta, estado,
                                          "entrenamiento")
        unidad.revisar_normLoteAdelante(salida, Z, gamma, beta, estado, "entrenamiento", 0.9,
                                        1e-5, esperado, avisos=avisos, extra=extra)
        # Inferencia.
        Y_inf, _, _ = ref.normLoteAdelante(Z, gamma, beta, estado, "inferencia")
        salida, avisos, extra = _adelante(normLoteAdelante, Z, gamma, beta, estado, "inferencia")
        unidad.revisar_normLoteAdelante(salida, Z, gamma, beta, estado, "inferencia", 0.9, 1e-5,
                                        {"Y": Y_inf, "estado": estado}, avisos=avisos,
                                        extra=extra, Y_lote=Y)
        # Otro momento y otro ε.
        momento, eps = 0.7, 1e-3
        Y2, cache2, estado2 = ref.normLoteAdelante(Z, gamma, beta, estado, "entrenamiento",
                                                   momento, eps)
        salida, avisos, extra = _adelante(normLoteAdelante, Z, gamma, beta, estado,
                                          "entrenamiento", momento, eps)
        unidad.revisar_normLoteAdelante(
            salida, Z, gamma, beta, estado, "entrenamiento", momento, eps,
            {"Y": Y2, "Z_gorro": cache2[1], "media": cache2[2], "varianza": cache2[3],
             "estado": estado2}, avisos=avisos, extra=extra,
            otros={"Y": Y, "estado": estado_ok})


@oculta
def probar_normLoteAtras(normLoteAtras):
    rng = np.random.default_rng(303)
    estado = None
    for n, m in ((2, 3), (4, 9), (5, 5), (1, 6), (7, 32)):
        Z = _lote(rng, n, m, degenerados=False)
        gamma, beta, estado = _parametros(rng, n)
        dY = rng.normal(size=(n, m))
        _, cache, _ = ref.normLoteAdelante(Z, gamma, beta, estado, "entrenamiento")
        salida, avisos = llamar(normLoteAtras, dY, cache, nombre="normLoteAtras")
        extra = sospechas(UNIDAD, "normLoteAtras", (dY, cache), ["dZ", "dgamma", "dbeta"])
        unidad.revisar_normLoteAtras(salida, cache, ref.normLoteAtras(dY, cache), avisos=avisos,
                                     extra=extra)
        # Y contra el gradiente numérico de la normalización de entrenamiento.
        numericos = ref.gradienteNumericoNormLote(Z, gamma, beta, dY)
        for valor, num, nombre in zip(salida, numericos, ("dZ", "dgamma", "dbeta")):
            error = error_relativo(np.asarray(valor, dtype=float), num)
            if not error <= 1e-6:
                fallar(f"{nombre} no coincide con el gradiente numérico (error relativo "
                       f"{error:.1e}).")


@oculta
def probar_gradienteNumericoNormLote(gradienteNumericoNormLote):
    rng = np.random.default_rng(404)
    for (n, m), h in (((2, 3), 1e-5), ((4, 7), 1e-5), ((1, 4), 1e-3), ((3, 6), 1e-3)):
        Z = _lote(rng, n, m, degenerados=False)
        gamma, beta, _ = _parametros(rng, n)
        dY = rng.normal(size=(n, m))
        args = (Z, gamma, beta, dY, h)
        salida, avisos = llamar(gradienteNumericoNormLote, *args,
                                nombre="gradienteNumericoNormLote")
        extra = sospechas(UNIDAD, "gradienteNumericoNormLote", args,
                          ["dZ_num", "dgamma_num", "dbeta_num"])
        unidad.revisar_gradienteNumericoNormLote(salida, n, m,
                                                 ref.gradienteNumericoNormLote(*args),
                                                 avisos=avisos, extra=extra)


@oculta
def probar_plegarNormLote(plegarNormLote):
    rng = np.random.default_rng(505)
    for n, n_prev, eps in ((4, 4, 1e-5), (3, 6, 1e-5), (1, 1, 1e-3), (5, 2, 1e-5)):
        W = rng.normal(size=(n, n_prev))
        b = rng.normal(size=(n, 1))
        gamma, beta, estado = _parametros(rng, n)
        args = (W, b, gamma, beta, estado, eps)
        salida, avisos = llamar(plegarNormLote, W, b, gamma, beta, _copia(estado), eps,
                                nombre="plegarNormLote")
        extra = sospechas(UNIDAD, "plegarNormLote", args, ["W_plegado", "b_plegado"])
        unidad.revisar_plegarNormLote(salida, W, ref.plegarNormLote(*args), avisos=avisos,
                                      extra=extra)
        # La capa plegada hace lo mismo que la densa seguida de la normalización de inferencia.
        A = rng.normal(size=(n_prev, 9))
        Y, _, _ = ref.normLoteAdelante(W @ A + b, gamma, beta, estado, "inferencia", eps=eps)
        W_p, b_p = salida
        if not np.allclose(np.asarray(W_p) @ A + np.asarray(b_p), Y, rtol=1e-7, atol=1e-9):
            fallar("La capa plegada no reproduce la capa densa seguida de la normalización de "
                   "inferencia.")

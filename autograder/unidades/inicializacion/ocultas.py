"""Pruebas ocultas de la unidad inicializacion: entradas nuevas de varios tamaños.

Se llaman desde la parte oculta de cada celda de prueba del cuaderno fuente. Usan las mismas
revisiones que las pruebas visibles (course.inicializacion.revisar_*) y añaden, como sospechas,
las salidas de los errores del catálogo. Las inicializaciones se revisan por estadísticas,
cotas y propiedades (otras redes, otras semillas), nunca por el orden de los sorteos; además se
comprueban los hechos de las diapositivas con la red de la unidad 6: tras entrenar desde una
constante las unidades siguen idénticas, Var[y] = n σ_W² σ_x² capa a capa, y He mantiene la
escala de una red ReLU profunda donde Glorot la apaga.
"""
import functools

import numpy as np

from autograder.catalogo import sospechas
from autograder.pruebas import oculta
from course import inicializacion as unidad
from course.comprobar import comprobar_tupla, fallar, llamar
from course.gradiente_numerico import comprobar_gradiente, gradiente_numerico
from solutions import inicializacion as ref

UNIDAD = "inicializacion"


# --------------------------------------------------------------------------- initCeros

@oculta
def probar_initCeros(initCeros):
    for dims in ([7, 5, 3, 1], [1, 1], [20, 30, 40], [6, 2, 9, 4, 3]):
        salida, avisos = llamar(initCeros, list(dims), nombre="initCeros")
        unidad.revisar_initCeros(salida, dims, avisos=avisos)


# --------------------------------------------------------------------------- unidadesDistintas

def _entrenada_desde(params, activacion, pasos=60, lr=0.5, semilla=3):
    """La red de la unidad 6 entrenada desde ``params`` (referencia) en 60 puntos del plano con
    la clase de un círculo."""
    rng = np.random.default_rng(semilla)
    X = rng.uniform(-2, 2, size=(2, 60))
    Y = (np.sum(X ** 2, axis=0, keepdims=True) < 1.5).astype(float)
    L = len(params) // 2
    activaciones = [activacion] * (L - 1) + ["sigmoide"]
    for _ in range(pasos):
        AL, caches = ref.redAdelante(X, params, activaciones)
        params = ref.actualizarParametros(params, ref.redAtras(AL, Y, caches, activaciones), lr)
    return params


@functools.lru_cache(maxsize=None)
def _casos_simetria():
    return tuple(casos_simetria())


def casos_simetria(semilla=20261122):
    """(W, tol, unidades distintas) de tamaños y tolerancias variadas."""
    rng = np.random.default_rng(semilla)
    r, s, t, u = rng.normal(size=(4, 10))
    e = np.eye(10)
    # Primero uno que distingue cada error típico por su resultado (sin barajar).
    yield np.vstack([r, r + 5e-4 * e[3], s, s + 1e-13 * e[0], s, t, t, u]), 1e-3, 4
    for n_grupos, n_filas, n_cols, tol in ((1, 5, 3, 1e-8), (3, 9, 4, 1e-8), (6, 6, 7, 1e-8),
                                          (4, 12, 5, 1e-2), (2, 3, 2, 1e-8)):
        grupos = rng.normal(size=(n_grupos, n_cols))
        indices = np.concatenate([np.arange(n_grupos),
                                  rng.integers(0, n_grupos, n_filas - n_grupos)])
        W = grupos[rng.permutation(indices)]
        W = W + rng.uniform(-1, 1, size=W.shape) * tol * 0.2   # dentro de la tolerancia
        yield W, tol, n_grupos
    # La diapositiva: desde una constante, las unidades siguen idénticas al entrenar (cualquier
    # activación); desde pesos aleatorios, todas distintas.
    dims = [2, 7, 5, 1]
    for activacion in ("tanh", "sigmoide", "relu"):
        constante = {k: v + (0.5 if k.startswith("W") else 0.0)
                     for k, v in ref.initCeros(dims).items()}
        entrenada = _entrenada_desde(constante, activacion)
        for l in (1, 2):
            yield entrenada[f"W{l}"], 1e-8, 1
    aleatoria = _entrenada_desde(ref.initXavierUniforme(dims, np.random.default_rng(5)), "tanh")
    yield aleatoria["W1"], 1e-8, 7
    yield aleatoria["W2"], 1e-8, 5


@oculta
def probar_unidadesDistintas(unidadesDistintas):
    for W, tol, esperado in _casos_simetria():
        W = W.copy()
        if ref.unidadesDistintas(W, tol) != esperado:   # el hecho, con la referencia
            fallar("La prueba oculta de unidadesDistintas está mal construida (referencia).")
        salida, avisos = llamar(unidadesDistintas, W, tol, nombre="unidadesDistintas")
        extra = sospechas(UNIDAD, "unidadesDistintas", (W, tol), ["n"])
        unidad.revisar_unidadesDistintas(salida, esperado, W.shape, avisos=avisos, extra=extra)


# --------------------------------------------------------------------------- desviacionesPorCapa

def casos_desviaciones(semilla=7):
    rng = np.random.default_rng(semilla)
    for dims, activaciones, m in (([3, 4], ["sigmoide"], 1),
                                  ([5, 6, 2], ["tanh", "lineal"], 9),
                                  ([8, 7, 7, 6, 3], ["relu", "tanh", "relu", "sigmoide"], 20),
                                  ([30, 20, 20], ["lineal", "lineal"], 50)):
        X = rng.normal(size=(dims[0], m))
        params = {}
        for l in range(1, len(dims)):
            params[f"W{l}"] = rng.normal(0, 0.7, size=(dims[l], dims[l - 1]))
            params[f"b{l}"] = rng.normal(0, 0.2, size=(dims[l], 1))
        yield X, params, activaciones


@oculta
def probar_desviacionesPorCapa(desviacionesPorCapa):
    for X, params, activaciones in casos_desviaciones():
        args = (X, params, activaciones)
        salida, avisos = llamar(desviacionesPorCapa, *args, nombre="desviacionesPorCapa")
        extra = sospechas(UNIDAD, "desviacionesPorCapa", args, ["medias", "desviaciones"])
        unidad.revisar_desviacionesPorCapa(salida, ref.desviacionesPorCapa(*args),
                                           len(activaciones), avisos=avisos, extra=extra)
    _probar_propagacion_de_la_varianza(desviacionesPorCapa)
    _probar_desborde(desviacionesPorCapa)


def _probar_propagacion_de_la_varianza(desviacionesPorCapa):
    """Diapositiva 003: E[y_i] = 0 y Var[y_i] = n σ_W² σ_x², capa a capa en una red lineal."""
    n, m, L = 150, 200, 5
    X = unidad.entradas_normales(n, m, semilla=8, sigma=2.0)
    for c in (0.5, 1.0, 1.5):   # σ_W = c/√n: la desviación se multiplica por c en cada capa
        params = {k: (c * v if k.startswith("W") else v)
                  for k, v in ref.initLeCun([n] * (L + 1), np.random.default_rng(9)).items()}
        args = (X, params, ["lineal"] * L)
        salida, avisos = llamar(desviacionesPorCapa, *args, nombre="desviacionesPorCapa")
        unidad.revisar_desviacionesPorCapa(salida, ref.desviacionesPorCapa(*args), L,
                                           avisos=avisos)
        medias, desviaciones = (np.asarray(s, dtype=float) for s in salida)
        teoricas = 2.0 * c ** np.arange(1, L + 1)   # σ_x · (√n · σ_W)^l
        if not (np.all(np.abs(medias) < 0.05 * teoricas)
                and np.allclose(desviaciones, teoricas, rtol=0.1)):
            fallar(f"En una red lineal con σ_W = {c}/√n y σ_x = 2, las desviaciones por capa deben "
                   f"seguir σ_x·(√n·σ_W)^l = {np.round(teoricas, 3)} y las medias ≈ 0; obtuviste "
                   f"{np.round(desviaciones, 3)}.")


def _probar_desborde(desviacionesPorCapa):
    """Diapositiva 003: con pesos grandes los números «explotan (NaN)». En float32, 36 capas
    lineales de 256 unidades con σ_W = 1 multiplican la escala por √256 = 16 en cada capa hasta
    desbordar."""
    n, L = 256, 36
    params = {k: v.astype(np.float32) for k, v in ref.initRed([n] * (L + 1), 14, 1.0).items()}
    X = unidad.entradas_normales(n, 40, semilla=15).astype(np.float32)
    with np.errstate(all="ignore"):
        salida, _ = llamar(desviacionesPorCapa, X, params, ["lineal"] * L,
                           nombre="desviacionesPorCapa")
        referencia = ref.desviacionesPorCapa(X, params, ["lineal"] * L)[1]
    if np.all(np.isfinite(referencia[-3:])) or not np.all(np.isfinite(referencia[:6])):
        fallar("La prueba oculta del desborde está mal construida (referencia).")
    desviaciones = np.asarray(comprobar_tupla(salida, ["medias", "desviaciones"],
                                              "desviacionesPorCapa")[1], dtype=float)
    razones = desviaciones[1:6] / desviaciones[:5]
    if not (np.all(np.isfinite(desviaciones[:6])) and np.all((8 < razones) & (razones < 32))
            and not np.all(np.isfinite(desviaciones[-3:]))):
        fallar("En una red lineal de 36 capas de 256 unidades con σ_W = 1 (float32), la desviación "
               "debe crecer ≈ √256 = 16 veces por capa hasta desbordar (inf o NaN en las últimas "
               "capas); tu función dio otra cosa. ¿Ignoraste los NaN (np.nanstd) o cambiaste el "
               "tipo de los datos?")


# --------------------------------------------------------------------------- inicializaciones

DIMS_OCULTAS = ([784, 512, 10], [50, 200, 26, 8], [2, 4, 1])


def _probar_inicializacion(funcion, nombre):
    for dims, semilla in zip(DIMS_OCULTAS, (3, 4, 5)):
        salida, avisos = llamar(funcion, list(dims), np.random.default_rng(semilla),
                                nombre=nombre)
        unidad.revisar_inicializacion(nombre, salida, dims, avisos=avisos)
    unidad.revisar_generador(funcion, nombre, dims=(12, 9, 4))


@oculta
def probar_initLeCun(initLeCun):
    _probar_inicializacion(initLeCun, "initLeCun")
    salida, _ = llamar(initLeCun, [300, 200], np.random.default_rng(10), nombre="initLeCun")
    unidad.revisar_varianza_unitaria(salida["W1"], unidad.entradas_normales(300, 400, semilla=11))


@oculta
def probar_initXavierUniforme(initXavierUniforme):
    _probar_inicializacion(initXavierUniforme, "initXavierUniforme")


@oculta
def probar_initXavierNormal(initXavierNormal):
    _probar_inicializacion(initXavierNormal, "initXavierNormal")


@oculta
def probar_initHe(initHe):
    _probar_inicializacion(initHe, "initHe")
    # He et al. (2015): en una red ReLU profunda, σ² = 2/n_in mantiene la escala de las
    # activaciones (con Glorot se reduce a la mitad en cada capa).
    n, L = 200, 9
    X = unidad.entradas_normales(n, 300, semilla=12)
    salida, _ = llamar(initHe, [n] * (L + 1), np.random.default_rng(13), nombre="initHe")
    _, desviaciones = ref.desviacionesPorCapa(X, salida, ["relu"] * L)
    razon = desviaciones[-1] / desviaciones[0]
    if not 0.35 < razon < 2.8:
        fallar(f"Con tus pesos He, en una red ReLU de {L} capas de {n} unidades la desviación "
               f"típica de las activaciones pasó de {desviaciones[0]:.3f} (capa 1) a "
               f"{desviaciones[-1]:.3f} (capa {L}); con σ² = 2/n_in debe mantenerse.")


# --------------------------------------------------------------------------- reglasCapaOculta

CASOS_REGLAS = [(16, 16, 5), (784, 512, 10), (784, 15, 10), (28, 23, 5), (10, 7, 3),
                (13, 9, 4), (1, 1, 1), (100, 220, 7), (100, 214, 7), (64, 35, 1), (9, 4, 2)]


@oculta
def probar_reglasCapaOculta(reglasCapaOculta):
    # Los números de las diapositivas se comprueban en CI (tests/test_afirmaciones.py).
    for dims in CASOS_REGLAS:
        salida, avisos = llamar(reglasCapaOculta, *dims, nombre="reglasCapaOculta")
        extra = sospechas(UNIDAD, "reglasCapaOculta", dims,
                          ["minimo1", "maximo2", "minimo3", "cumple"])
        unidad.revisar_reglasCapaOculta(salida, ref.reglasCapaOculta(*dims), dims, avisos=avisos,
                                        extra=extra)


# --------------------------------------------------------------------------- la red binaria

def casos_binaria(semilla=20261123):
    """Redes 2-n_h-1 (y una 3-5-1) con pesos y datos aleatorios; A1, A2 de la referencia."""
    rng = np.random.default_rng(semilla)
    for nx, nh, m in ((2, 2, 40), (2, 1, 1), (2, 4, 7), (3, 5, 12), (2, 20, 30)):
        X = rng.normal(size=(nx, m))
        Y = (rng.random((1, m)) < 0.5).astype(float)
        if m > 1:
            Y[0, :2] = (0.0, 1.0)
        params = {"W1": rng.normal(0, 1.0, (nh, nx)), "b1": rng.normal(0, 0.3, (nh, 1)),
                  "W2": rng.normal(0, 1.2, (1, nh)), "b2": rng.normal(0, 0.3, (1, 1))}
        A2, caches = ref.redAdelante(X, params, ["tanh", "sigmoide"])
        yield dict(X=X, Y=Y, params=params, A1=caches[0][1][1], A2=A2, m=m)


@oculta
def probar_retroBinaria(retroBinaria):
    for c in casos_binaria():
        args = (c["X"], c["Y"], c["A1"], c["A2"], c["params"]["W2"])
        salida, avisos = llamar(retroBinaria, *args, nombre="retroBinaria")
        extra = sospechas(UNIDAD, "retroBinaria", args, ["dW1", "db1", "dW2", "db2"])
        formas = {k: v.shape for k, v in c["params"].items()}
        unidad.revisar_retroBinaria(salida, ref.retroBinaria(*args), formas, c["m"],
                                    avisos=avisos, extra=extra)
        _gradiente_numerico(salida, c)


def _gradiente_numerico(salida, c):
    """El gradiente del estudiante contra diferencias centrales del costo (red de la unidad 6)."""
    params = {k: v.copy() for k, v in c["params"].items()}

    def J():
        return ref.costoEntropiaBinaria(ref.redAdelante(c["X"], params, ["tanh", "sigmoide"])[0],
                                        c["Y"])

    for nombre, analitico in zip(("W1", "b1", "W2", "b2"), salida):
        comprobar_gradiente(analitico, gradiente_numerico(J, params[nombre]), "d" + nombre)


@oculta
def probar_predecirBinaria(predecirBinaria):
    for c in casos_binaria(semilla=33):
        args = (c["X"], c["params"])
        salida, avisos = llamar(predecirBinaria, *args, nombre="predecirBinaria")
        extra = sospechas(UNIDAD, "predecirBinaria", args, ["etiquetas"])
        unidad.revisar_predecirBinaria(salida, ref.predecirBinaria(*args), c["m"], avisos=avisos,
                                       extra=extra, probabilidades=c["A2"])

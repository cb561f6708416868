"""Catálogo de la unidad inicializacion: errores típicos y soluciones alternativas correctas.

Cada error debe perder puntos y cada alternativa debe obtener todos (tests/test_catalogo.py).
Las funciones se ejecutan como en el cuaderno: ``np``, ``math``, la red de la unidad 6
(``redAdelante``, ``capaDensaAdelante``, ``activacionAdelante``, ``capaDensaAtras``,
``activacionAtras``, ``initRed``, ...) y las demás funciones calificadas están definidas
alrededor (aquí, las de referencia).
"""
# ruff: noqa: F821  (los nombres del cuaderno se resuelven al ejecutar la fuente)
import math

import numpy as np

from autograder.catalogo import alternativa, error

# --------------------------------------------------------------------------- initCeros


@error("W[l] con forma (n_{l-1}, n_l): pesos transpuestos.", mensaje="¿olvidaste transponer?")
def initCeros__transpuestos(dims):
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = np.zeros((dims[l - 1], dims[l]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("sesgos de forma (n_l,) sin la segunda dimensión.", mensaje="falta la segunda dimensión")
def initCeros__sesgo_1d(dims):
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = np.zeros((dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros(dims[l])
    return params


@error("el bucle se detuvo una capa antes (range(1, len(dims) − 1)).", mensaje="una capa antes")
def initCeros__sin_ultima_capa(dims):
    params = {}
    for l in range(1, len(dims) - 1):
        params[f"W{l}"] = np.zeros((dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("numeraste las capas desde 0 (W0, b0, ...).", mensaje="l = 0")
def initCeros__desde_cero(dims):
    params = {}
    for l in range(len(dims) - 1):
        params[f"W{l}"] = np.zeros((dims[l + 1], dims[l]))
        params[f"b{l}"] = np.zeros((dims[l + 1], 1))
    return params


@error("usaste np.ones en vez de np.zeros para los pesos.", mensaje="np.ones")
def initCeros__unos(dims):
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = np.ones((dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@alternativa("initRed de la unidad 6 con escala 0")
def initCeros__con_initRed(dims):
    return initRed(dims, semilla=0, escala=0.0)


@alternativa("comprensión de diccionario y enteros")
def initCeros__comprension(dims):
    L = len(dims) - 1
    pesos = {"W" + str(l): np.zeros((dims[l], dims[l - 1]), dtype=int) for l in range(1, L + 1)}
    sesgos = {"b" + str(l): np.zeros((dims[l], 1)) for l in range(1, L + 1)}
    return {**pesos, **sesgos}


# --------------------------------------------------------------------------- unidadesDistintas


@error("comparaste las filas exactamente (np.unique): dos unidades iguales salvo redondeos, o "
       "que difieren menos que tol, cuentan como distintas. ¿Usaste la tolerancia tol?",
       mensaje="exactamente")
def unidadesDistintas__exacta(W, tol=1e-8):
    return len(np.unique(W, axis=0))


@error("contaste las columnas (entradas) en vez de las filas (unidades).", mensaje="columnas")
def unidadesDistintas__columnas(W, tol=1e-8):
    representantes = []
    for columna in W.T:
        if not any(np.max(np.abs(columna - r)) <= tol for r in representantes):
            representantes.append(columna)
    return len(representantes)


@error("comparaste cada unidad solo con la primera: dos unidades iguales entre sí pero distintas "
       "de la primera cuentan dos veces.", mensaje="solo con la primera")
def unidadesDistintas__solo_primera(W, tol=1e-8):
    distintas = 1
    for fila in W[1:]:
        if np.max(np.abs(fila - W[0])) > tol:
            distintas += 1
    return distintas


@error("ignoraste el argumento tol (usaste siempre 1e-8).", mensaje="ignoraste el argumento tol")
def unidadesDistintas__sin_tol(W, tol=1e-8):
    representantes = []
    for fila in W:
        if not any(np.max(np.abs(fila - r)) <= 1e-8 for r in representantes):
            representantes.append(fila)
    return len(representantes)


@error("devolviste las salidas esperadas de la prueba visible sin calcularlas.",
       mensaje="salidas esperadas de la prueba visible", solo_oculta=True)
def unidadesDistintas__respuesta_fija(W, tol=1e-8):
    from course.inicializacion import CASOS_SIMETRIA
    for caso, tolerancia, n in CASOS_SIMETRIA:
        if caso.shape == W.shape and tolerancia == tol:
            return n
    return 1


@alternativa("matriz de distancias con broadcasting y una marca por unidad ya agrupada")
def unidadesDistintas__distancias(W, tol=1e-8):
    D = np.max(np.abs(W[:, None, :] - W[None, :, :]), axis=2)
    agrupada = np.zeros(W.shape[0], dtype=bool)
    grupos = 0
    for i in range(W.shape[0]):
        if not agrupada[i]:
            grupos += 1
            agrupada |= D[i] <= tol
    return grupos


@alternativa("bucle while que quita del conjunto las unidades iguales a la primera que queda")
def unidadesDistintas__quitar(W, tol=1e-8):
    restantes = [fila for fila in W]
    cuenta = 0
    while restantes:
        primera = restantes[0]
        restantes = [f for f in restantes if np.abs(f - primera).max() > tol]
        cuenta += 1
    return cuenta


# --------------------------------------------------------------------------- desviacionesPorCapa


@error("calculaste la varianza (np.var) en vez de la desviación típica (np.std).",
       mensaje="np.var")
def desviacionesPorCapa__varianza(X, params, activaciones):
    _, caches = redAdelante(X, params, activaciones)
    return (np.array([np.mean(c[1][1]) for c in caches]),
            np.array([np.var(c[1][1]) for c in caches]))


@error("mediste Z^[l], antes de la activación, en vez de la activación A^[l].",
       mensaje="antes de la activación")
def desviacionesPorCapa__antes_de_activar(X, params, activaciones):
    _, caches = redAdelante(X, params, activaciones)
    return (np.array([np.mean(c[1][0]) for c in caches]),
            np.array([np.std(c[1][0]) for c in caches]))


@error("incluiste la entrada X como si fuera una capa.", mensaje="incluiste la entrada X")
def desviacionesPorCapa__con_entrada(X, params, activaciones):
    _, caches = redAdelante(X, params, activaciones)
    salidas = [X] + [c[1][1] for c in caches]
    return np.array([np.mean(A) for A in salidas]), np.array([np.std(A) for A in salidas])


@error("promediaste la desviación típica de cada neurona (np.std por filas) en vez de tomar "
       "np.std de todas las entradas de A^[l].", mensaje="cada neurona")
def desviacionesPorCapa__por_neurona(X, params, activaciones):
    _, caches = redAdelante(X, params, activaciones)
    return (np.array([np.mean(c[1][1]) for c in caches]),
            np.array([np.mean(np.std(c[1][1], axis=1)) for c in caches]))


@error("usaste np.std con ddof=1 (desviación muestral); la unidad usa np.std con ddof = 0.",
       mensaje="ddof=1")
def desviacionesPorCapa__ddof1(X, params, activaciones):
    _, caches = redAdelante(X, params, activaciones)
    return (np.array([np.mean(c[1][1]) for c in caches]),
            np.array([np.std(c[1][1], ddof=1) for c in caches]))


@error("devolviste (desviaciones, medias) en vez de (medias, desviaciones).",
       mensaje="el orden es (medias, desviaciones)")
def desviacionesPorCapa__orden(X, params, activaciones):
    _, caches = redAdelante(X, params, activaciones)
    return (np.array([np.std(c[1][1]) for c in caches]),
            np.array([np.mean(c[1][1]) for c in caches]))


@error("devolviste las salidas esperadas de la prueba visible sin calcularlas.",
       mensaje="forma", solo_oculta=True)
def desviacionesPorCapa__respuesta_fija(X, params, activaciones):
    from course.inicializacion import ESPERADO
    return ESPERADO["desv_medias"], ESPERADO["desv_desviaciones"]


@alternativa("bucle propio con capaDensaAdelante y activacionAdelante, y listas de floats")
def desviacionesPorCapa__bucle(X, params, activaciones):
    A, medias, desviaciones = X, [], []
    for l, g in enumerate(activaciones, start=1):
        Z, _ = capaDensaAdelante(A, params["W" + str(l)], params["b" + str(l)])
        A, _ = activacionAdelante(Z, g)
        medias.append(float(A.mean()))
        desviaciones.append(float(np.sqrt(np.mean((A - A.mean()) ** 2))))
    return medias, desviaciones


@alternativa("propagación escrita a mano con np.tanh, np.maximum y la sigmoide")
def desviacionesPorCapa__a_mano(X, params, activaciones):
    funciones = {"tanh": np.tanh, "relu": lambda z: np.maximum(z, 0), "lineal": lambda z: z,
                 "sigmoide": lambda z: 0.5 * (1 + np.tanh(0.5 * z))}
    A = X
    medias = np.zeros(len(activaciones))
    desviaciones = np.zeros(len(activaciones))
    for i, g in enumerate(activaciones):
        A = funciones[g](params[f"W{i + 1}"].dot(A) + params[f"b{i + 1}"])
        medias[i], desviaciones[i] = A.mean(), A.std()
    return medias, desviaciones


# --------------------------------------------------------------------------- initLeCun


@error("usaste n_out en vez de n_in: σ = 1/√n_out.", mensaje="usaste n_out")
def initLeCun__n_out(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.normal(0, 1 / np.sqrt(dims[l]), size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("σ = 1/n_in, sin la raíz.", mensaje="olvidaste la raíz")
def initLeCun__sin_raiz(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.normal(0, 1 / dims[l - 1], size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("uniforme con la misma varianza (U[−√(3/n_in), √(3/n_in)]) en vez de normal.",
       mensaje="UNIFORME")
def initLeCun__uniforme(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        a = np.sqrt(3 / dims[l - 1])
        params[f"W{l}"] = rng.uniform(-a, a, size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("N(0, 1) sin escalar.", mensaje="olvidaste escalar")
def initLeCun__sin_escala(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.standard_normal((dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("sorteaste con np.random.normal (el generador global) e ignoraste rng.",
       mensaje="misma semilla")
def initLeCun__global(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = np.random.normal(0, 1 / np.sqrt(dims[l - 1]), (dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("creaste dentro un generador con semilla fija (np.random.default_rng(0)).",
       mensaje="semillas distintas")
def initLeCun__semilla_fija(dims, rng):
    rng = np.random.default_rng(0)
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.normal(0, 1 / np.sqrt(dims[l - 1]), size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("sesgos aleatorios en vez de cero.", mensaje="empezar en cero")
def initLeCun__sesgos_aleatorios(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.normal(0, 1 / np.sqrt(dims[l - 1]), size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = rng.normal(0, 1 / np.sqrt(dims[l - 1]), size=(dims[l], 1))
    return params


@alternativa("rng.standard_normal dividido entre √n_in")
def initLeCun__estandar(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        params["W%d" % l] = rng.standard_normal(size=(dims[l], dims[l - 1])) / math.sqrt(dims[l - 1])
        params["b%d" % l] = np.zeros((dims[l], 1))
    return params


@alternativa("initRed de la unidad 6 para las formas, y los pesos reemplazados sorteando con rng")
def initLeCun__sobre_initRed(dims, rng):
    params = initRed(dims, escala=0.0)
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.normal(scale=np.sqrt(1.0 / dims[l - 1]), size=params[f"W{l}"].shape)
    return params


# --------------------------------------------------------------------------- initXavierUniforme


@error("usaste la desviación σ = √(2/(n_in + n_out)) como cota de la uniforme.",
       mensaje="como cota")
def initXavierUniforme__cota_sigma(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        a = np.sqrt(2 / (dims[l - 1] + dims[l]))
        params[f"W{l}"] = rng.uniform(-a, a, size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("cota 6/√(n_in + n_out): el 6 sin raíz.", mensaje="6 en vez de √6")
def initXavierUniforme__seis_sin_raiz(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        a = 6 / np.sqrt(dims[l - 1] + dims[l])
        params[f"W{l}"] = rng.uniform(-a, a, size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("cota √6/(n_in + n_out), sin la raíz del denominador.", mensaje="raíz del denominador")
def initXavierUniforme__denominador_sin_raiz(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        a = np.sqrt(6) / (dims[l - 1] + dims[l])
        params[f"W{l}"] = rng.uniform(-a, a, size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("n_in + n_out mal sumado por falta de paréntesis: √(6/n_in + n_out).",
       mensaje="faltan paréntesis")
def initXavierUniforme__parentesis(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        n_in, n_out = dims[l - 1], dims[l]
        a = np.sqrt(6 / n_in + n_out)
        params[f"W{l}"] = rng.uniform(-a, a, size=(n_out, n_in))
        params[f"b{l}"] = np.zeros((n_out, 1))
    return params


@error("cota √(6/n_in), solo con n_in.", mensaje="solo n_in")
def initXavierUniforme__solo_n_in(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        a = np.sqrt(6 / dims[l - 1])
        params[f"W{l}"] = rng.uniform(-a, a, size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("normal de varianza 2/(n_in + n_out) en vez de uniforme.", mensaje="NORMAL")
def initXavierUniforme__normal(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        s = np.sqrt(2 / (dims[l - 1] + dims[l]))
        params[f"W{l}"] = rng.normal(0, s, size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("U[0, a]: todos los pesos positivos.", mensaje="mismo signo")
def initXavierUniforme__positivos(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        a = np.sqrt(6) / np.sqrt(dims[l - 1] + dims[l])
        params[f"W{l}"] = rng.uniform(0, a, size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("sorteaste con np.random.uniform (el generador global) e ignoraste rng.",
       mensaje="misma semilla")
def initXavierUniforme__global(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        a = np.sqrt(6) / np.sqrt(dims[l - 1] + dims[l])
        params[f"W{l}"] = np.random.uniform(-a, a, size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@alternativa("(2·rng.random − 1)·a con a = √(6/(n_in + n_out))")
def initXavierUniforme__random_escalado(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        n_in, n_out = dims[l - 1], dims[l]
        a = math.sqrt(6 / (n_in + n_out))
        params[f"W{l}"] = (2 * rng.random((n_out, n_in)) - 1) * a
        params[f"b{l}"] = np.zeros((n_out, 1))
    return params


@alternativa("rng.uniform con low/high y sesgos con np.zeros((n, 1)) en otro bucle")
def initXavierUniforme__dos_bucles(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        limite = np.sqrt(6.0) / np.sqrt(dims[l] + dims[l - 1])
        params["W" + str(l)] = rng.uniform(low=-limite, high=limite, size=(dims[l], dims[l - 1]))
    for l in range(1, len(dims)):
        params["b" + str(l)] = np.zeros((dims[l], 1))
    return params


# --------------------------------------------------------------------------- initXavierNormal


@error("σ = √(6/(n_in + n_out)), el desliz de la diapositiva 000 (esa es la cota a de la "
       "uniforme).", mensaje="desliz de la diapositiva 000")
def initXavierNormal__sigma_de_la_cota(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        s = np.sqrt(6 / (dims[l - 1] + dims[l]))
        params[f"W{l}"] = rng.normal(0, s, size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("pasaste la varianza 2/(n_in + n_out) como desviación a rng.normal.", mensaje="como σ")
def initXavierNormal__varianza_como_sigma(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.normal(0, 2 / (dims[l - 1] + dims[l]), size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("σ² = 1/(n_in + n_out), sin el 2 del promedio.", mensaje="olvidaste el 2")
def initXavierNormal__sin_el_2(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        s = np.sqrt(1 / (dims[l - 1] + dims[l]))
        params[f"W{l}"] = rng.normal(0, s, size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("uniforme de Glorot (U[−a, a]) en vez de la normal.", mensaje="UNIFORME")
def initXavierNormal__uniforme(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        a = np.sqrt(6 / (dims[l - 1] + dims[l]))
        params[f"W{l}"] = rng.uniform(-a, a, size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("creaste dentro un generador con semilla fija.", mensaje="semillas distintas")
def initXavierNormal__semilla_fija(dims, rng):
    generador = np.random.default_rng(1234)
    params = {}
    for l in range(1, len(dims)):
        s = np.sqrt(2 / (dims[l - 1] + dims[l]))
        params[f"W{l}"] = generador.normal(0, s, size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@alternativa("rng.standard_normal multiplicado por σ")
def initXavierNormal__estandar(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        n_in, n_out = dims[l - 1], dims[l]
        params[f"W{l}"] = rng.standard_normal((n_out, n_in)) * np.sqrt(2 / (n_in + n_out))
        params[f"b{l}"] = np.zeros((n_out, 1))
    return params


@alternativa("σ desde la cota de la uniforme: σ = a/√3")
def initXavierNormal__desde_la_cota(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        a = np.sqrt(6) / np.sqrt(dims[l - 1] + dims[l])
        params[f"W{l}"] = rng.normal(loc=0.0, scale=a / np.sqrt(3), size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


# --------------------------------------------------------------------------- initHe


@error("σ² = 1/n_in (la de LeCun), sin el 2 de ReLU.", mensaje="olvidaste el 2")
def initHe__sin_el_2(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.normal(0, np.sqrt(1 / dims[l - 1]), size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("σ² = 2/n_out: contaste las unidades de la capa en vez de sus entradas.",
       mensaje="n_out en vez de n_in")
def initHe__n_out(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.normal(0, np.sqrt(2 / dims[l]), size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("σ² = 2/(n_in + n_out), la de Glorot.", mensaje="varianza de Glorot")
def initHe__glorot(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        s = np.sqrt(2 / (dims[l - 1] + dims[l]))
        params[f"W{l}"] = rng.normal(0, s, size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("pasaste la varianza 2/n_in como desviación a rng.normal.", mensaje="como σ")
def initHe__varianza_como_sigma(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.normal(0, 2 / dims[l - 1], size=(dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("sorteaste con np.random.randn (el generador global) e ignoraste rng.",
       mensaje="misma semilla")
def initHe__global(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = np.random.randn(dims[l], dims[l - 1]) * np.sqrt(2 / dims[l - 1])
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@error("W[l] con forma (n_{l-1}, n_l): pesos transpuestos.", mensaje="¿olvidaste transponer?")
def initHe__transpuestos(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.normal(0, np.sqrt(2 / dims[l - 1]), size=(dims[l - 1], dims[l]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@alternativa("rng.standard_normal por √(2/n_in)")
def initHe__estandar(dims, rng):
    params = {}
    for l in range(1, len(dims)):
        n_in = dims[l - 1]
        params[f"W{l}"] = rng.standard_normal((dims[l], n_in)) * np.sqrt(2.0 / n_in)
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


@alternativa("LeCun multiplicado por √2, con las formas de initRed")
def initHe__lecun_por_raiz2(dims, rng):
    params = initRed(dims, escala=0.0)
    for l in range(1, len(dims)):
        params[f"W{l}"] = np.sqrt(2) * rng.normal(0, 1 / np.sqrt(dims[l - 1]),
                                                  size=(dims[l], dims[l - 1]))
    return params


# --------------------------------------------------------------------------- reglasCapaOculta


@error("redondeaste al entero más cercano (round) en vez de hacia arriba: el límite de una regla "
       "«al menos» es el menor entero que la cumple (math.ceil); round(4.5) = 4 no cumple "
       "nh ≥ 4.5.", mensaje="hacia arriba")
def reglasCapaOculta__redondea(nx, nh, ny):
    minimo1 = round(2 * nx / 3 + ny)
    maximo2 = 2 * (nx + ny)
    minimo3 = round((nx + ny) / 2)
    return minimo1, maximo2, minimo3, (nh >= minimo1, nh <= maximo2, nh >= minimo3)


@error("truncaste hacia abajo (int() o //): el entero de abajo no cumple la regla; el mínimo es "
       "el menor entero que la cumple, hacia arriba (math.ceil).", mensaje="hacia abajo")
def reglasCapaOculta__trunca(nx, nh, ny):
    minimo1 = int(2 * nx / 3 + ny)
    maximo2 = 2 * (nx + ny)
    minimo3 = (nx + ny) // 2
    return minimo1, maximo2, minimo3, (nh >= minimo1, nh <= maximo2, nh >= minimo3)


@error("calculaste ⅔·(nx + ny): la regla 1 es ⅔·nx + ny (solo nx lleva el ⅔).",
       mensaje="solo nx lleva")
def reglasCapaOculta__parentesis(nx, nh, ny):
    minimo1 = math.ceil(2 * (nx + ny) / 3)
    maximo2 = 2 * (nx + ny)
    minimo3 = math.ceil((nx + ny) / 2)
    return minimo1, maximo2, minimo3, (nh >= minimo1, nh <= maximo2, nh >= minimo3)


@error("escribiste 2·nx + ny: la regla 2 es 2(nx + ny), el doble del total.",
       mensaje="el doble del total")
def reglasCapaOculta__maximo_sin_parentesis(nx, nh, ny):
    minimo1 = math.ceil(2 * nx / 3 + ny)
    maximo2 = 2 * nx + ny
    minimo3 = math.ceil((nx + ny) / 2)
    return minimo1, maximo2, minimo3, (nh >= minimo1, nh <= maximo2, nh >= minimo3)


@error("comparaste nh > mínimo: «al menos» incluye el borde (≥).", mensaje="> en vez de ≥")
def reglasCapaOculta__estricta(nx, nh, ny):
    minimo1 = math.ceil(2 * nx / 3 + ny)
    maximo2 = 2 * (nx + ny)
    minimo3 = math.ceil((nx + ny) / 2)
    return minimo1, maximo2, minimo3, (nh > minimo1, nh <= maximo2, nh > minimo3)


@error("comparaste nh < máximo: «a lo más» incluye el borde (≤).", mensaje="< en vez de ≤")
def reglasCapaOculta__maximo_estricto(nx, nh, ny):
    minimo1 = math.ceil(2 * nx / 3 + ny)
    maximo2 = 2 * (nx + ny)
    minimo3 = math.ceil((nx + ny) / 2)
    return minimo1, maximo2, minimo3, (nh >= minimo1, nh < maximo2, nh >= minimo3)


@error("devolviste los límites sin redondear (⅔·nx + ny tal cual).", mensaje="math.ceil")
def reglasCapaOculta__sin_redondear(nx, nh, ny):
    minimo1 = 2 * nx / 3 + ny
    maximo2 = 2 * (nx + ny)
    minimo3 = (nx + ny) / 2
    return minimo1, maximo2, minimo3, (nh >= minimo1, nh <= maximo2, nh >= minimo3)


@error("devolviste las salidas esperadas de la prueba visible sin calcularlas.",
       mensaje="salidas esperadas de la prueba visible", solo_oculta=True)
def reglasCapaOculta__respuesta_fija(nx, nh, ny):
    from course.inicializacion import CASOS_REGLAS, ESPERADO
    for caso, esperado in zip(CASOS_REGLAS, ESPERADO["reglas"]):
        if caso == (nx, nh, ny):
            return esperado
    return ESPERADO["reglas"][1]


@alternativa("aritmética entera: ⌈p/q⌉ = −(−p // q)")
def reglasCapaOculta__enteros(nx, nh, ny):
    minimo1 = -(-(2 * nx + 3 * ny) // 3)
    minimo3 = -(-(nx + ny) // 2)
    maximo2 = 2 * nx + 2 * ny
    return minimo1, maximo2, minimo3, [minimo1 <= nh, nh <= maximo2, minimo3 <= nh]


@alternativa("np.ceil convertido a int y cumple como arreglo de NumPy")
def reglasCapaOculta__numpy(nx, nh, ny):
    limites = np.array([np.ceil(2 / 3 * nx + ny), 2 * (nx + ny), np.ceil((nx + ny) / 2)])
    m1, M2, m3 = (int(v) for v in limites)
    return m1, M2, m3, np.array([nh >= m1, nh <= M2, nh >= m3])


# --------------------------------------------------------------------------- retroBinaria


@error("usaste la derivada de la sigmoide, A1(1 − A1), en la capa oculta tanh; tanh' = 1 − A1².",
       mensaje="1 − A1²")
def retroBinaria__derivada_sigmoide(X, Y, A1, A2, W2):
    m = X.shape[1]
    dZ2 = A2 - Y
    dZ1 = (W2.T @ dZ2) * A1 * (1 - A1)
    return (dZ1 @ X.T / m, np.sum(dZ1, axis=1, keepdims=True) / m, dZ2 @ A1.T / m,
            np.sum(dZ2, axis=1, keepdims=True) / m)


@error("olvidaste multiplicar por ∂A1/∂Z1 = 1 − A1² (la derivada de tanh).",
       mensaje="olvidaste multiplicar por ∂A1/∂Z1")
def retroBinaria__sin_derivada_tanh(X, Y, A1, A2, W2):
    m = X.shape[1]
    dZ2 = A2 - Y
    dZ1 = W2.T @ dZ2
    return (dZ1 @ X.T / m, np.sum(dZ1, axis=1, keepdims=True) / m, dZ2 @ A1.T / m,
            np.sum(dZ2, axis=1, keepdims=True) / m)


@error("no dividiste los gradientes entre m.", mensaje="dividir entre m")
def retroBinaria__sin_1_m(X, Y, A1, A2, W2):
    dZ2 = A2 - Y
    dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)
    return (dZ1 @ X.T, np.sum(dZ1, axis=1, keepdims=True), dZ2 @ A1.T,
            np.sum(dZ2, axis=1, keepdims=True))


@error("dZ2 = Y − A2: el signo del error de salida está invertido.", mensaje="signo")
def retroBinaria__signo(X, Y, A1, A2, W2):
    m = X.shape[1]
    dZ2 = Y - A2
    dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)
    return (dZ1 @ X.T / m, np.sum(dZ1, axis=1, keepdims=True) / m, dZ2 @ A1.T / m,
            np.sum(dZ2, axis=1, keepdims=True) / m)


@error("W2·dZ2 sin transponer W2 (la diapositiva escribe ∂Z2/∂A1 = W2).", mensaje="lanzó ValueError")
def retroBinaria__sin_transponer(X, Y, A1, A2, W2):
    m = X.shape[1]
    dZ2 = A2 - Y
    dZ1 = (W2 @ dZ2) * (1 - A1 ** 2)
    return (dZ1 @ X.T / m, np.sum(dZ1, axis=1, keepdims=True) / m, dZ2 @ A1.T / m,
            np.sum(dZ2, axis=1, keepdims=True) / m)


@error("derivaste el costo en base 2 de la diapositiva: todo quedó multiplicado por log2(e).",
       mensaje="log2(e)")
def retroBinaria__log2(X, Y, A1, A2, W2):
    m = X.shape[1]
    dZ2 = (A2 - Y) / np.log(2)
    dZ1 = (W2.T @ dZ2) * (1 - A1 ** 2)
    return (dZ1 @ X.T / m, np.sum(dZ1, axis=1, keepdims=True) / m, dZ2 @ A1.T / m,
            np.sum(dZ2, axis=1, keepdims=True) / m)


@error("devolviste las salidas esperadas de la prueba visible sin calcularlas.",
       mensaje="forma", solo_oculta=True)
def retroBinaria__respuesta_fija(X, Y, A1, A2, W2):
    from course.inicializacion import ESPERADO
    return ESPERADO["dW1"], ESPERADO["db1"], ESPERADO["dW2"], ESPERADO["db2"]


@alternativa("bucle sobre los ejemplos, sumando el producto de la regla de la cadena de cada uno")
def retroBinaria__bucle(X, Y, A1, A2, W2):
    m = X.shape[1]
    dW1, db1 = np.zeros((A1.shape[0], X.shape[0])), np.zeros((A1.shape[0], 1))
    dW2, db2 = np.zeros((1, A1.shape[0])), np.zeros((1, 1))
    for k in range(m):
        x, a1 = X[:, [k]], A1[:, [k]]
        dz2 = A2[0, k] - Y[0, k]
        dz1 = W2.T * dz2 * (1 - a1 * a1)
        dW2 += dz2 * a1.T / m
        db2 += dz2 / m
        dW1 += dz1 @ x.T / m
        db1 += dz1 / m
    return dW1, db1, dW2, db2


@alternativa("capaDensaAtras y activacionAtras de la unidad 6, con 1/m dentro de dZ2")
def retroBinaria__con_la_red(X, Y, A1, A2, W2):
    dZ2 = (A2 - Y) / X.shape[1]
    dA1, dW2, db2 = capaDensaAtras(dZ2, (A1, W2, None))
    dZ1 = activacionAtras(dA1, (None, A1), "tanh")
    _, dW1, db1 = capaDensaAtras(dZ1, (X, np.zeros((A1.shape[0], X.shape[0])), None))
    return dW1, db1, dW2, db2


# --------------------------------------------------------------------------- predecirBinaria


@error("usaste el umbral a^[2] > 0 de la diapositiva 000: la sigmoide siempre es positiva.",
       mensaje="umbral a^[2] > 0")
def predecirBinaria__umbral_cero(X, params):
    A1 = np.tanh(params["W1"] @ X + params["b1"])
    A2 = 1 / (1 + np.exp(-(params["W2"] @ A1 + params["b2"])))
    return (A2 > 0).astype(int)


@error("usaste W1ᵀ·X como la diapositiva 000; con W1 de forma (n_h, n_x) es Z1 = W1·X + b1.",
       mensaje="W1ᵀ")
def predecirBinaria__transpuesta(X, params):
    A1 = np.tanh(params["W1"].T @ X + params["b1"])
    A2 = 1 / (1 + np.exp(-(params["W2"] @ A1 + params["b2"])))
    return (A2 > 0.5).astype(int)


@error("devolviste las probabilidades a^[2] en vez de la clase.", mensaje="probabilidades")
def predecirBinaria__probabilidades(X, params):
    A1 = np.tanh(params["W1"] @ X + params["b1"])
    return 1 / (1 + np.exp(-(params["W2"] @ A1 + params["b2"])))


@error("aplicaste el umbral 0.5 a Z2, antes de la sigmoide; el umbral 0.5 es sobre a^[2] = σ(Z2) "
       "(equivale a Z2 > 0).", mensaje="antes de la sigmoide")
def predecirBinaria__umbral_en_z(X, params):
    A1 = np.tanh(params["W1"] @ X + params["b1"])
    return (params["W2"] @ A1 + params["b2"] > 0.5).astype(int)


@error("usaste la sigmoide en la capa oculta; esta red usa tanh en la capa oculta.",
       mensaje="tanh en la capa oculta")
def predecirBinaria__sigmoide_oculta(X, params):
    A1 = 1 / (1 + np.exp(-(params["W1"] @ X + params["b1"])))
    A2 = 1 / (1 + np.exp(-(params["W2"] @ A1 + params["b2"])))
    return (A2 > 0.5).astype(int)


@error("devolviste forma (m,) (aplanada) en vez de (1, m).", mensaje="perdiste la dimensión")
def predecirBinaria__aplanado(X, params):
    A1 = np.tanh(params["W1"] @ X + params["b1"])
    A2 = 1 / (1 + np.exp(-(params["W2"] @ A1 + params["b2"])))
    return (A2 > 0.5).astype(int).ravel()


@error("devolviste las salidas esperadas de la prueba visible sin calcularlas.",
       mensaje="forma", solo_oculta=True)
def predecirBinaria__respuesta_fija(X, params):
    from course.inicializacion import ESPERADO
    if params["W1"].shape[0] == 2:
        return ESPERADO["pred_cuadrada"]
    return ESPERADO["pred_tres"]


@alternativa("redAdelante de la unidad 6 y un booleano")
def predecirBinaria__con_redAdelante(X, params):
    A2, _ = redAdelante(X, params, ["tanh", "sigmoide"])
    return A2 > 0.5


@alternativa("umbral equivalente sobre Z2: σ(z) > 0.5 ⇔ z > 0, con np.where")
def predecirBinaria__umbral_z(X, params):
    Z2 = np.dot(params["W2"], np.tanh(np.dot(params["W1"], X) + params["b1"])) + params["b2"]
    return np.where(Z2 > 0, 1, 0)

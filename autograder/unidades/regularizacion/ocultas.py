"""Pruebas ocultas de la unidad regularizacion: entradas nuevas de varios tamaños contra la
referencia.

Se llaman desde la parte oculta de cada celda de prueba del cuaderno fuente. Usan las mismas
revisiones que las pruebas visibles (course.regularizacion.revisar_*) y añaden, como sospechas,
las salidas de los errores del catálogo (también clave por clave en las funciones que devuelven
diccionarios). El gradiente de la penalización y la retropropagación con dropout se comprueban
además contra el gradiente numérico (con las máscaras fijas de un generador de semilla fija), el
dropout por estadísticas con otras probabilidades y formas, y la parada temprana en otros
problemas (también con mini-lotes, dropout y L2).
"""
import copy

import numpy as np

from autograder import catalogo
from autograder.catalogo import sospechas
from autograder.pruebas import oculta
from autograder.unidades.regularizacion.esperado import ultimos, variantes_parada
from course import regularizacion as unidad
from course.comprobar import Sospecha, fallar, llamar
from course.gradiente_numerico import comprobar_gradiente, gradiente_numerico
from solutions import regularizacion as ref

UNIDAD = "regularizacion"


def _extra(funcion, args):
    return sospechas(UNIDAD, funcion, args, unidad.SALIDAS[funcion])


def _sospechas_por_clave(funcion, args) -> dict:
    """Para las funciones que devuelven un diccionario (o una tupla que empieza con uno): la
    salida de cada error del catálogo, clave por clave, como sospechas."""
    resultado: dict = {}
    for imp in catalogo.errores(UNIDAD, funcion):
        fn = imp.compilar(catalogo.espacio_de_referencia(UNIDAD))
        try:
            with np.errstate(all="ignore"):
                salida = fn(*copy.deepcopy(list(args)))
        except Exception:
            continue
        if isinstance(salida, tuple) and salida and isinstance(salida[0], dict):
            salida = salida[0]
        if not isinstance(salida, dict):
            continue
        for clave, valor in salida.items():
            try:
                resultado.setdefault(clave, []).append(
                    Sospecha(np.asarray(valor, dtype=float), imp.explicacion))
            except (TypeError, ValueError):
                continue
    return resultado


def red_al_azar(dims, semilla, escala=0.5):
    """Parámetros al azar con sesgos distintos de cero."""
    rng = np.random.default_rng(semilla)
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = rng.normal(0, escala, (dims[l], dims[l - 1]))
        params[f"b{l}"] = rng.normal(0, 0.3, (dims[l], 1))
    return params


def grads_al_azar(params, semilla):
    rng = np.random.default_rng(semilla)
    return {f"d{k}": rng.normal(0, 0.1, v.shape) for k, v in params.items()}


REDES = (([5, 7, 3], 1), ([2, 9], 2), ([4, 4, 4, 4, 2], 3), ([6, 1, 5], 4))


# --------------------------------------------------------------------------- costoL2

@oculta
def probar_costoL2(costoL2):
    for (dims, semilla), lam, m in zip(REDES, (0.3, 2.0, 0.0, 7.5), (13, 1, 250, 40)):
        args = (red_al_azar(dims, semilla), lam, m)
        salida, avisos = llamar(costoL2, *args, nombre="costoL2")
        unidad.revisar_costoL2(salida, ref.costoL2(*args), lam, m, avisos=avisos,
                               extra=_extra("costoL2", args))


# --------------------------------------------------------------------------- gradientesL2

def _penalizacion_numerica(params, lam, m, diferencia, nombre):
    """(gradientesL2 − grads) contra el gradiente numérico de la penalización de referencia,
    con todos los parámetros juntos (los de los sesgos son 0: solo difieren en el redondeo)."""
    analitico, numerico = [], []
    for clave in params:
        def J():
            return ref.costoL2(params, lam, m)
        analitico.append(np.ravel(diferencia["d" + clave]))
        numerico.append(np.ravel(gradiente_numerico(J, params[clave])))
    comprobar_gradiente(np.concatenate(analitico), np.concatenate(numerico),
                        f"de la penalización ({nombre} − grads)", m=m, costo="costoL2",
                        gradientes="gradientesL2")


@oculta
def probar_gradientesL2(gradientesL2):
    for (dims, semilla), lam, m in zip(REDES, (0.3, 2.0, 1.1, 7.5), (13, 1, 250, 40)):
        params = red_al_azar(dims, semilla)
        grads = grads_al_azar(params, semilla + 10)
        args = (grads, params, lam, m)
        salida, avisos = llamar(gradientesL2, *args, nombre="gradientesL2")
        unidad.revisar_gradientesL2(salida, ref.gradientesL2(*args), *args, avisos=avisos,
                                    extra=_sospechas_por_clave("gradientesL2", args))
        diferencia = {k: np.asarray(salida[k], float) - grads[k] for k in grads}
        _penalizacion_numerica(params, lam, m, diferencia, "gradientesL2")


# --------------------------------------------------------------------------- actualizarConDecaimiento

def _datos_softmax(semilla, n=4, m=30, k=3):
    rng = np.random.default_rng(semilla)
    X = rng.normal(size=(n, m))
    Y = np.eye(k)[:, np.argmax(rng.normal(size=(k, n)) @ X, axis=0)]
    return X, Y


@oculta
def probar_actualizarConDecaimiento(actualizarConDecaimiento):
    for (dims, semilla), lr, lam, m in zip(REDES, (0.1, 0.7, 0.05, 1.0), (0.3, 2.0, 0.0, 7.5),
                                          (13, 5, 250, 40)):
        params = red_al_azar(dims, semilla)
        grads = grads_al_azar(params, semilla + 20)
        args = (params, grads, lr, lam, m)
        salida, avisos = llamar(actualizarConDecaimiento, *args,
                                nombre="actualizarConDecaimiento")
        esperado = ref.actualizarConDecaimiento(*args)
        unidad.revisar_actualizarConDecaimiento(
            salida, esperado, *args, avisos=avisos,
            extra=_sospechas_por_clave("actualizarConDecaimiento", args))
        # Es el paso de siempre sobre el gradiente regularizado (y con λ = 0, el de siempre).
        plano = ref.actualizarParametros(params, ref.gradientesL2(grads, params, lam, m), lr)
        if not all(np.allclose(salida[k], plano[k], rtol=1e-9, atol=1e-12) for k in plano):
            fallar("actualizarConDecaimiento no coincide con actualizarParametros(params, "
                   "gradientesL2(grads, params, lam, m), lr): el decaimiento es el paso de "
                   "siempre sobre el gradiente regularizado.")
    _probar_lambda_encoge(actualizarConDecaimiento)


def _probar_lambda_encoge(actualizarConDecaimiento, pasos=40):
    """Diapositiva de ridge: «entre más grande λ, los coeficientes obtenidos van a ser más
    pequeños». Se entrena una red 4-6-3 con la retropropagación de referencia y TU
    actualización, con tres λ."""
    X, Y = _datos_softmax(31)
    activaciones, m = ["tanh", "softmax"], X.shape[1]
    normas = []
    for lam in (0.0, 3.0, 30.0):
        params = red_al_azar([4, 6, 3], 32, escala=0.8)
        for _ in range(pasos):
            P, caches, mascaras = ref.redAdelanteDropout(X, params, activaciones, 1.0,
                                                         np.random.default_rng(0), True)
            grads = ref.redAtrasDropout(P, Y, caches, mascaras, activaciones)
            salida, _ = llamar(actualizarConDecaimiento, params, grads, 0.5, lam, m,
                               nombre="actualizarConDecaimiento")
            params = {k: np.asarray(v, dtype=float) for k, v in salida.items()}
        normas.append(sum(float(np.sum(v ** 2)) for k, v in params.items() if k[0] == "W"))
    if not normas[0] > normas[1] > normas[2]:
        fallar(f"Al entrenar con λ = 0, 3 y 30, la suma de los pesos al cuadrado debía bajar al "
               f"subir λ (diapositiva de ridge) y dio {np.round(normas, 4)}.")


# --------------------------------------------------------------------------- dropoutAdelante

@oculta
def probar_dropoutAdelante(dropoutAdelante):
    rng = np.random.default_rng(41)
    bloques = ((rng.normal(size=(2, 5)), 3000, 0.3),
               (np.abs(rng.normal(size=(4, 3))) * (rng.random((4, 3)) < 0.7), 2500, 0.55),
               (rng.uniform(-1, 1, size=(1, 7)), 5000, 0.9))
    for bloque, repeticiones, p in bloques:
        unidad.revisar_dropoutAdelante(dropoutAdelante, bloque, repeticiones, p, semillas=(8, 9))
    unidad.revisar_dropoutInferencia(dropoutAdelante, rng.normal(size=(7, 60)), 0.4)
    unidad.revisar_dropoutSinApagar(dropoutAdelante, rng.normal(size=(3, 9)))


# --------------------------------------------------------------------------- redAdelanteDropout

REDES_ADELANTE = (([3, 7, 4], ["sigmoide", "softmax"], 8, 51),
                  ([5, 8, 8, 6, 4], ["relu", "tanh", "lineal", "softmax"], 11, 52),
                  ([2, 3], ["softmax"], 5, 53))


@oculta
def probar_redAdelanteDropout(redAdelanteDropout):
    for dims, activaciones, m, semilla in REDES_ADELANTE:
        X = np.random.default_rng(semilla).normal(size=(dims[0], m))
        params = red_al_azar(dims, semilla)
        for p, entrenando in ((1.0, True), (0.5, False)):
            args = (X, params, list(activaciones), p, np.random.default_rng(0), entrenando)
            salida, avisos = llamar(redAdelanteDropout, *args, nombre="redAdelanteDropout")
            esperado = ref.redAdelanteDropout(*copy.deepcopy(list(args)))[0]
            unidad.revisar_redAdelanteDropout(salida, X, params, activaciones, p,
                                              entrenando=entrenando, esperado_P=esperado,
                                              avisos=avisos,
                                              extra=_extra("redAdelanteDropout", args))
        for p in (0.5, 0.85):
            salida, avisos = llamar(redAdelanteDropout, X, params, list(activaciones), p,
                                    np.random.default_rng(semilla + 1), True,
                                    nombre="redAdelanteDropout")
            unidad.revisar_redAdelanteDropout(salida, X, params, activaciones, p, avisos=avisos)
    rng = np.random.default_rng(54)
    X = rng.normal(size=(4, 250))
    params = red_al_azar([4, 80, 50, 3], 55, escala=0.3)
    activaciones = ["tanh", "relu", "softmax"]
    salida, avisos = llamar(redAdelanteDropout, X, params, activaciones, 0.35,
                            np.random.default_rng(56), True, nombre="redAdelanteDropout")
    unidad.revisar_redAdelanteDropout(salida, X, params, activaciones, 0.35, avisos=avisos)
    unidad.revisar_fraccion_por_capa(salida, X, params, activaciones, 0.35)
    unidad.revisar_azar_de_la_red(redAdelanteDropout, X, params, activaciones, 0.35)


# --------------------------------------------------------------------------- redAtrasDropout

REDES_ATRAS = (([4, 6, 5, 3], ["relu", "tanh", "softmax"], 9, 0.6, 61),
               ([3, 8, 4], ["sigmoide", "softmax"], 7, 0.9, 62),
               ([5, 5, 5, 5, 2], ["tanh", "relu", "lineal", "softmax"], 6, 0.5, 63))


@oculta
def probar_redAtrasDropout(redAtrasDropout):
    for dims, activaciones, m, p, semilla in REDES_ATRAS:
        rng = np.random.default_rng(semilla)
        X = rng.normal(size=(dims[0], m))
        Y = np.eye(dims[-1])[:, rng.integers(0, dims[-1], m)]
        params = red_al_azar(dims, semilla, escala=0.7)
        P, caches, mascaras = ref.redAdelanteDropout(X, params, activaciones, p,
                                                     np.random.default_rng(semilla + 100), True)
        args = (P, Y, caches, mascaras, list(activaciones))
        salida, avisos = unidad._llamar(redAtrasDropout, *args, nombre="redAtrasDropout",
                                        pistas=unidad._PISTAS_ATRAS)
        esperado = ref.redAtrasDropout(*args)
        unidad.revisar_redAtrasDropout(salida, esperado, params, mascaras, m, p, avisos=avisos,
                                       extra=_sospechas_por_clave("redAtrasDropout", args))
        # Contra el gradiente numérico del costo con las MISMAS máscaras (un generador nuevo de
        # la misma semilla en cada evaluación da las mismas).
        for clave in params:
            def J():
                Pj, _, _ = ref.redAdelanteDropout(X, params, activaciones, p,
                                                  np.random.default_rng(semilla + 100), True)
                return ref.costoEntropiaCategorica(Pj, Y)
            comprobar_gradiente(np.asarray(salida["d" + clave], float),
                                gradiente_numerico(J, params[clave]), "d" + clave, m=m,
                                costo="la entropía cruzada", gradientes="redAtrasDropout")


# --------------------------------------------------------------------------- entrenarConParadaTemprana

def _casos_parada():
    casos = []
    for semilla, lr, dims, epocas, paciencia in ((21, 1.0, [5, 6, 3], 40, 3),
                                                 (27, 0.5, [5, 9, 3], 50, 2),
                                                 (53, 2.0, [5, 4, 3], 40, 5)):
        X, Y, X_val, Y_val = unidad.datos_parada(semilla)
        casos.append((unidad.params_parada(dims, semilla), X, Y, X_val, Y_val,
                      ["relu", "softmax"], {"lr": lr, "tamLote": None, "lam": 0.0, "p": 1.0},
                      epocas, paciencia, np.random.default_rng(0)))
    X, Y, X_val, Y_val = unidad.datos_parada(90)
    # Con mini-lotes y dropout: el rng que se recibe pasa tal cual a epocaEntrenamiento.
    casos.append((unidad.params_parada([5, 12, 3], 90), X, Y, X_val, Y_val, ["tanh", "softmax"],
                  {"lr": 0.5, "tamLote": 10, "lam": 0.0, "p": 0.8}, 40, 4,
                  np.random.default_rng(5)))
    # Un problema más grande: 10 entradas, 4 clases, 120 ejemplos y la red 10-16-4.
    X, Y, X_val, Y_val = unidad.datos_parada(95, n=10, m=120, m_val=80, k=4)
    casos.append((unidad.params_parada([10, 16, 4], 95, escala=0.3), X, Y, X_val, Y_val,
                  ["relu", "softmax"], {"lr": 0.8, "tamLote": None, "lam": 0.0, "p": 1.0}, 60,
                  4, np.random.default_rng(0)))
    return casos


@oculta
def probar_entrenarConParadaTemprana(entrenarConParadaTemprana):
    for args in _casos_parada():
        correcto = ref.entrenarConParadaTemprana(*copy.deepcopy(list(args)))
        mejores, mejor_epoca, costos_ent, costos_val = correcto
        esperado = {"mejores": mejores, "mejor_epoca": int(mejor_epoca),
                    "costos_ent": costos_ent, "costos_val": costos_val,
                    "huella_ultimos": unidad._huella_params(ultimos(args))}
        salida, avisos = llamar(entrenarConParadaTemprana, *args,
                                nombre="entrenarConParadaTemprana")
        try:
            unidad.revisar_entrenarConParadaTemprana(
                salida, esperado, args[0], args[7], args[8],
                variantes=variantes_parada(args, correcto), avisos=avisos)
        except AssertionError as fallo:
            if args[6]["p"] < 1:
                fallar(f"{fallo} (En este caso, con mini-lotes y dropout, el orden de los "
                       f"ejemplos y las máscaras salen del rng: ¿pasaste a epocaEntrenamiento "
                       f"el MISMO rng que recibiste, sin sortear nada más con él? ¿Pasan tus "
                       f"dropoutAdelante y redAdelanteDropout sus pruebas?)")
            raise


# --------------------------------------------------------------------------- desplazarImagenes

@oculta
def probar_desplazarImagenes(desplazarImagenes):
    rng = np.random.default_rng(81)
    for lado, m, desplazamientos in ((5, 3, ((1, 1), (-2, 0), (0, 3), (4, -4), (-1, -3))),
                                     (28, 2, ((2, -1), (-3, 2), (0, 0), (1, 0)))):
        X = rng.uniform(0.1, 1.0, size=(lado * lado, m))
        for dx, dy in desplazamientos:
            args = (X, dx, dy, lado)
            salida, avisos = llamar(desplazarImagenes, *args, nombre="desplazarImagenes")
            unidad.revisar_desplazarImagenes(
                salida, ref.desplazarImagenes(*args), X, dx, dy, lado,
                otras={"intercambiados": ref.desplazarImagenes(X, dy, dx, lado),
                       "al_reves": ref.desplazarImagenes(X, -dx, -dy, lado)},
                avisos=avisos, extra=_extra("desplazarImagenes", args))


# --------------------------------------------------------------------------- elegirConfiguracion

def _tablas(semilla=91):
    rng = np.random.default_rng(semilla)
    tablas = []
    for n in (3, 5, 6):
        nombres = [f"config_{i}" for i in range(n)]
        valores = np.round(rng.uniform(0.7, 1.0, size=(n, 3)), 3)
        tablas.append({nombre: {"exactitud_ent": float(v[0]), "exactitud_val": float(v[1]),
                                "exactitud_prueba": float(v[2])}
                       for nombre, v in zip(nombres, valores)})
    # Un empate en validación entre la segunda y la cuarta.
    empate = {f"c{i}": {"exactitud_ent": 0.9 + 0.01 * i, "exactitud_val": v,
                        "exactitud_prueba": 0.8 + 0.02 * i}
              for i, v in enumerate((0.8, 0.86, 0.82, 0.86, 0.7))}
    tablas.append(empate)
    return tablas


@oculta
def probar_elegirConfiguracion(elegirConfiguracion):
    for tabla in _tablas():
        salida, avisos = llamar(elegirConfiguracion, tabla, nombre="elegirConfiguracion")
        unidad.revisar_elegirConfiguracion(salida, ref.elegirConfiguracion(tabla), tabla,
                                           avisos=avisos)

"""Pruebas ocultas de la unidad retropropagacion: entradas nuevas de varios tamaños contra la
referencia.

Se llaman desde la parte oculta de cada celda de prueba del cuaderno fuente. Usan las mismas
revisiones que las pruebas visibles (course.retropropagacion.revisar_*) y añaden, como sospechas,
las salidas de los errores del catálogo para poder nombrar el error exacto. Los gradientes se
comprueban además contra el gradiente numérico del costo de referencia. Las puertas (clases) se
prueban con objetos nuevos: en el calificador viven en el proceso aislado del estudiante.
"""
import numpy as np

from autograder.catalogo import sospechas
from autograder.pruebas import oculta
from course import retropropagacion as unidad
from course.comprobar import llamar
from course.gradiente_numerico import comprobar_gradiente, gradiente_numerico
from solutions import retropropagacion as ref

UNIDAD = "retropropagacion"
FORMAS = ((), (4,), (2, 5), (3, 1))    # números y arreglos: nunca solo los de la prueba visible


def _extra(funcion, args):
    return sospechas(UNIDAD, funcion, args, unidad.SALIDAS[funcion])


def _numerico(analitico, J, theta, nombre, tolerancia=1e-6):
    """``analitico`` contra el gradiente numérico de J() respecto a ``theta`` (se perturba en el
    lugar y se restaura)."""
    comprobar_gradiente(np.asarray(analitico, dtype=float), gradiente_numerico(J, theta), nombre,
                        tolerancia=tolerancia)


# --------------------------------------------------------------------------- grafos y puertas

@oculta
def probar_grafoSumaProducto(grafoSumaProducto):
    rng = np.random.default_rng(61)
    for _ in range(4):
        args = tuple(float(v) for v in rng.normal(scale=3, size=3))
        salida, avisos = llamar(grafoSumaProducto, *args, nombre="grafoSumaProducto")
        unidad.revisar_grafoSumaProducto(salida, args, ref.grafoSumaProducto(*args),
                                         avisos=avisos, extra=_extra("grafoSumaProducto", args))


def _casos(Clase, n_entradas, semilla, escala=2.0):
    """Casos al azar de una puerta (números y arreglos de varias formas), con lo que da la
    referencia, y el cruce de dos objetos."""
    rng = np.random.default_rng(semilla)

    def valor(forma):
        return float(rng.normal(scale=escala)) if forma == () else rng.normal(scale=escala,
                                                                              size=forma)
    casos = []
    for forma in FORMAS:
        entradas = tuple(valor(forma) for _ in range(n_entradas))
        d = valor(forma)
        puerta = Clase()
        salida = puerta.adelante(*entradas)
        casos.append({"entradas": entradas, "d": d, "salida": salida,
                      "gradientes": puerta.atras(d)})
    otro = {"entradas": tuple(valor(()) for _ in range(n_entradas))}
    puerta = Clase()
    puerta.adelante(*otro["entradas"])
    return casos, (casos[0], otro, puerta.atras(casos[0]["d"]))


@oculta
def probar_PuertaSuma(PuertaSuma):
    casos, _ = _casos(ref.PuertaSuma, 2, 62)
    unidad.revisar_PuertaSuma(PuertaSuma, casos)


@oculta
def probar_PuertaProducto(PuertaProducto):
    casos, cruce = _casos(ref.PuertaProducto, 2, 63)
    unidad.revisar_PuertaProducto(PuertaProducto, casos, cruce)


@oculta
def probar_PuertaMax(PuertaMax):
    casos, cruce = _casos(ref.PuertaMax, 2, 64)
    unidad.revisar_PuertaMax(PuertaMax, casos, cruce)


@oculta
def probar_PuertaSigmoide(PuertaSigmoide):
    casos, cruce = _casos(ref.PuertaSigmoide, 1, 65, escala=4.0)
    z = np.array([[-1000.0, -50.0, 0.0, 50.0, 1000.0]])
    puerta = ref.PuertaSigmoide()
    salida = puerta.adelante(z)
    d = np.array([[1.0, -2.0, 0.5, 3.0, -1.0]])
    casos.append({"entradas": (z,), "d": d, "salida": salida, "gradientes": puerta.atras(d)})
    unidad.revisar_PuertaSigmoide(PuertaSigmoide, casos, cruce)


@oculta
def probar_grafoMaximo(grafoMaximo):
    rng = np.random.default_rng(66)
    for _ in range(5):
        args = tuple(float(v) for v in rng.normal(scale=3, size=4))
        salida, avisos = llamar(grafoMaximo, *args, nombre="grafoMaximo")
        unidad.revisar_grafoMaximo(salida, args, ref.grafoMaximo(*args), avisos=avisos,
                                   extra=_extra("grafoMaximo", args))
        _, *gradiente = salida
        theta = np.array(args)
        _numerico(gradiente, lambda: ref.grafoMaximo(*theta)[0], theta, "(∂f/∂x, ..., ∂f/∂w)")


@oculta
def probar_neuronaSigmoide(neuronaSigmoide):
    rng = np.random.default_rng(67)
    for n in (1, 2, 4, 7):
        w, x = rng.normal(size=n + 1), rng.normal(scale=1.5, size=n)
        salida, avisos = llamar(neuronaSigmoide, w, x, nombre="neuronaSigmoide")
        unidad.revisar_neuronaSigmoide(salida, w, x, ref.neuronaSigmoide(w, x), avisos=avisos,
                                       extra=_extra("neuronaSigmoide", (w, x)))
        w_, x_ = w.copy(), x.copy()
        _numerico(salida[1], lambda: ref.neuronaSigmoide(w_, x_)[0], w_, "dw")
        _numerico(salida[2], lambda: ref.neuronaSigmoide(w_, x_)[0], x_, "dx")


# --------------------------------------------------------------------------- regla de la cadena

@oculta
def probar_cadenaCompuesta(cadenaCompuesta):
    rng = np.random.default_rng(68)
    for x in (0.7, rng.uniform(-2, 2, size=6), rng.uniform(-2, 2, size=(3, 4))):
        salida, avisos = llamar(cadenaCompuesta, x, nombre="cadenaCompuesta")
        unidad.revisar_cadenaCompuesta(salida, x, ref.cadenaCompuesta(x), avisos=avisos,
                                       extra=_extra("cadenaCompuesta", (x,)))


@oculta
def probar_cadenaCompartida(cadenaCompartida):
    rng = np.random.default_rng(69)
    for forma in ((), (5,), (2, 3)):
        x = float(rng.normal(scale=2)) if forma == () else rng.normal(scale=2, size=forma)
        y = float(rng.normal(scale=2)) if forma == () else rng.normal(scale=2, size=forma)
        salida, avisos = llamar(cadenaCompartida, x, y, nombre="cadenaCompartida")
        unidad.revisar_cadenaCompartida(salida, x, y, ref.cadenaCompartida(x, y), avisos=avisos,
                                        extra=_extra("cadenaCompartida", (x, y)))


@oculta
def probar_cadenaMatricial(cadenaMatricial):
    rng = np.random.default_rng(70)
    for n, d, m in ((1, 1, 1), (3, 2, 4), (2, 5, 6), (4, 4, 1)):
        W, b = rng.normal(size=(n, d)), rng.normal(size=(n, 1))
        x, y = rng.normal(size=(d, m)), rng.normal(size=(n, m))
        args = (W, b, x, y)
        salida, avisos = llamar(cadenaMatricial, *args, nombre="cadenaMatricial")
        unidad.revisar_cadenaMatricial(salida, W, b, x, ref.cadenaMatricial(*args),
                                       avisos=avisos, extra=_extra("cadenaMatricial", args))
        _numerico(salida[1], lambda: ref.cadenaMatricial(W, b, x, y)[0], W, "dW")
        _numerico(salida[3], lambda: ref.cadenaMatricial(W, b, x, y)[0], x, "dx")


@oculta
def probar_cadenaNeurona(cadenaNeurona):
    rng = np.random.default_rng(71)
    for n, m in ((1, 1), (2, 6), (4, 9), (3, 20)):
        w, b = rng.normal(size=(1, n)), rng.normal(size=(1, 1))
        X, Y = rng.normal(size=(n, m)), (rng.random((1, m)) < 0.5).astype(float)
        args = (w, b, X, Y)
        salida, avisos = llamar(cadenaNeurona, *args, nombre="cadenaNeurona")
        unidad.revisar_cadenaNeurona(salida, w, X, ref.cadenaNeurona(*args), avisos=avisos,
                                     extra=_extra("cadenaNeurona", args))
        _numerico(salida[1], lambda: ref.cadenaNeurona(w, b, X, Y)[0], w, "dw")
        _numerico(salida[2], lambda: ref.cadenaNeurona(w, b, X, Y)[0], b, "db")


# --------------------------------------------------------------------------- neurona ReLU

@oculta
def probar_neuronaReluAdelante(neuronaReluAdelante):
    rng = np.random.default_rng(72)
    for x in (3.5, -2.0, rng.uniform(-5, 60, size=7), rng.uniform(-3, 3, size=(2, 3))):
        args = (*(float(v) for v in rng.normal(size=4)), x)
        salida, avisos = llamar(neuronaReluAdelante, *args, nombre="neuronaReluAdelante")
        unidad.revisar_neuronaReluAdelante(salida, args, ref.neuronaReluAdelante(*args),
                                           avisos=avisos,
                                           extra=_extra("neuronaReluAdelante", args))


@oculta
def probar_entrenarNeuronaRelu(entrenarNeuronaRelu):
    r = unidad.DIAPOSITIVA["neurona_relu"]
    rng = np.random.default_rng(73)
    casos = [(*unidad.PARAMETROS_RELU, r["x"], r["y"], r["lr"], r["epocas"])]   # la diapositiva
    for epocas in (1, 7, 25):
        w1, b1, w_out, b_out = (float(v) for v in rng.normal(scale=0.8, size=4))
        x, y = float(rng.uniform(1, 4)), float(rng.uniform(-3, 3))
        casos.append((w1, b1, w_out, b_out, x, y, 0.02, epocas))
    casos.append((-0.7, 0.2, 0.5, -0.1, 2.5, 1.0, 0.05, 6))                     # ReLU apagada
    for args in casos:
        salida, avisos = llamar(entrenarNeuronaRelu, *args, nombre="entrenarNeuronaRelu")
        unidad.revisar_entrenarNeuronaRelu(salida, ref.entrenarNeuronaRelu(*args), args[:4],
                                           args[-1], avisos=avisos,
                                           extra=_extra("entrenarNeuronaRelu", args))


# --------------------------------------------------------------------------- chequeo numérico

@oculta
def probar_gradienteNumerico(gradienteNumerico):
    rng = np.random.default_rng(74)
    for f, forma, h in ((unidad.funcion_prueba, (1,), 1e-3), (unidad.funcion_logsumexp, (5,), 1e-3),
                        (unidad.funcion_prueba, (3, 2), 1e-4),
                        (unidad.funcion_logsumexp, (2, 2, 2), 1e-3)):
        x = rng.normal(size=forma)
        salida, avisos = llamar(gradienteNumerico, f, x, h, nombre="gradienteNumerico")
        unidad.revisar_gradienteNumerico(salida, ref.gradienteNumerico(f, x, h), avisos=avisos,
                                         extra=_extra("gradienteNumerico", (f, x, h)))
    unidad.revisar_formula_centrada(gradienteNumerico, rng.normal(size=(2, 3)))
    x = rng.normal(size=(4, 3))
    salida, avisos = llamar(gradienteNumerico, unidad.funcion_logsumexp, x,
                            nombre="gradienteNumerico")
    unidad.revisar_gradienteNumerico(salida, ref.gradienteNumerico(unidad.funcion_logsumexp, x),
                                     avisos=avisos)


@oculta
def probar_errorRelativo(errorRelativo):
    rng = np.random.default_rng(75)
    for forma in ((1,), (6,), (3, 4), (2, 2, 3)):
        a = rng.normal(size=forma)
        for b in (a + rng.normal(scale=0.05, size=forma), rng.normal(size=forma), 3 * a):
            salida, avisos = llamar(errorRelativo, a, b, nombre="errorRelativo")
            unidad.revisar_errorRelativo(salida, ref.errorRelativo(a, b), avisos=avisos,
                                         extra=_extra("errorRelativo", (a, b)))
    cero = np.zeros((2, 3))
    salida, avisos = llamar(errorRelativo, cero, cero, nombre="errorRelativo")
    unidad.revisar_errorRelativo(salida, 0.0, avisos=avisos)


# --------------------------------------------------------------------------- capas con cache

TAMANOS_CAPA = ((1, 1, 1), (4, 3, 7), (3, 5, 2), (6, 2, 10))   # (n, n_prev, m)


def _capa(rng, n, n_prev, m):
    return rng.normal(size=(n_prev, m)), rng.normal(size=(n, n_prev)), rng.normal(size=(n, 1))


@oculta
def probar_capaDensaAdelante(capaDensaAdelante):
    rng = np.random.default_rng(76)
    for tamano in TAMANOS_CAPA:
        args = _capa(rng, *tamano)
        salida, avisos = llamar(capaDensaAdelante, *args, nombre="capaDensaAdelante")
        unidad.revisar_capaDensaAdelante(salida, *args, ref.capaDensaAdelante(*args)[0],
                                         avisos=avisos, extra=_extra("capaDensaAdelante", args))


@oculta
def probar_capaDensaAtras(capaDensaAtras):
    rng = np.random.default_rng(77)
    for n, n_prev, m in TAMANOS_CAPA:
        A_prev, W, b = _capa(rng, n, n_prev, m)
        dZ = rng.normal(size=(n, m)) / m
        args = (dZ, (A_prev, W, b))
        salida, avisos = llamar(capaDensaAtras, *args, nombre="capaDensaAtras")
        unidad.revisar_capaDensaAtras(salida, (A_prev, W, b), ref.capaDensaAtras(*args),
                                      avisos=avisos, extra=_extra("capaDensaAtras", args))

        def J():
            return float(np.sum(dZ * ref.capaDensaAdelante(A_prev, W, b)[0]))
        for valor, theta, nombre in zip(salida, (A_prev, W, b), ("dA_prev", "dW", "db")):
            _numerico(valor, J, theta, nombre)


def _Z(rng, forma):
    Z = rng.normal(scale=2, size=forma)
    Z.flat[::3] = 0.0                   # ceros exactos: ReLU'(0) = 0
    Z.flat[1] = 900.0
    Z.flat[-1] = -900.0
    return Z


@oculta
def probar_activacionAdelante(activacionAdelante):
    rng = np.random.default_rng(78)
    for forma in ((1, 4), (3, 5), (6, 2)):
        Z = _Z(rng, forma)
        for activacion in unidad.ACTIVACIONES:
            args = (Z, activacion)
            salida, avisos = llamar(activacionAdelante, *args, nombre="activacionAdelante")
            unidad.revisar_activacionAdelante(salida, Z, activacion,
                                              ref.activacionAdelante(*args)[0], avisos=avisos,
                                              extra=_extra("activacionAdelante", args))


@oculta
def probar_activacionAtras(activacionAtras):
    rng = np.random.default_rng(79)
    for forma in ((1, 4), (3, 5), (6, 2)):
        Z, dA = _Z(rng, forma), rng.normal(size=forma)
        for activacion in unidad.ACTIVACIONES:
            cache = ref.activacionAdelante(Z, activacion)[1]
            args = (dA, cache, activacion)
            salida, avisos = llamar(activacionAtras, *args, nombre="activacionAtras")
            unidad.revisar_activacionAtras(salida, dA, cache, activacion,
                                           ref.activacionAtras(*args), avisos=avisos,
                                           extra=_extra("activacionAtras", args))


# --------------------------------------------------------------------------- red de L capas

REDES = (([4, 3, 1], ["relu", "sigmoide"], 6),
         ([2, 5, 3, 1], ["tanh", "relu", "sigmoide"], 9),
         ([3, 2, 4, 1], ["sigmoide", "sigmoide", "sigmoide"], 8),
         ([5, 1], ["sigmoide"], 3),
         ([3, 4, 4, 2, 1], ["relu", "tanh", "lineal", "sigmoide"], 5))


def _red(semilla):
    rng = np.random.default_rng(semilla)
    for i, (dims, activaciones, m) in enumerate(REDES):
        X = rng.normal(size=(dims[0], m))
        Y = (rng.random((1, m)) < 0.5).astype(float)
        Y[0, 0] = 1.0
        yield X, Y, ref.initRed(dims, semilla=semilla + i, escala=0.8), activaciones


@oculta
def probar_redAdelante(redAdelante):
    for X, _, params, activaciones in _red(80):
        args = (X, params, activaciones)
        salida, avisos = llamar(redAdelante, *args, nombre="redAdelante")
        AL, caches = ref.redAdelante(*args)
        unidad.revisar_redAdelante(salida, X, params, activaciones, AL, caches, avisos=avisos,
                                   extra=_extra("redAdelante", args))


@oculta
def probar_redAtras(redAtras):
    for X, Y, params, activaciones in _red(81):
        AL, caches = ref.redAdelante(X, params, activaciones)
        args = (AL, Y, caches, activaciones)
        salida, avisos = llamar(redAtras, *args, nombre="redAtras")
        unidad.revisar_redAtras(salida, params, X.shape[1], ref.redAtras(*args), avisos=avisos,
                                extra=_extra("redAtras", args))
        for clave in params:
            theta = params[clave].copy()

            def J(clave=clave, theta=theta):
                return ref.costoEntropiaBinaria(
                    ref.redAdelante(X, {**params, clave: theta}, activaciones)[0], Y)
            _numerico(salida[f"d{clave}"], J, theta, f"d{clave}", tolerancia=1e-5)


@oculta
def probar_entrenarRed(entrenarRed):
    for (X, Y, params, activaciones), (lr, epocas) in zip(_red(82), ((0.5, 1), (1.0, 12),
                                                                      (2.0, 40))):
        args = (X, Y, params, activaciones, lr, epocas)
        salida, avisos = llamar(entrenarRed, *args, nombre="entrenarRed")
        params_ref, costos_ref = ref.entrenarRed(*args)
        unidad.revisar_entrenarRed(salida, params_ref, costos_ref, params, epocas, avisos=avisos,
                                   extra=_extra("entrenarRed", args))
    # El problema de la mayoría: con α = 2 el costo debe bajar con claridad.
    X, Y = unidad.datos_mayoria()
    params = ref.initRed([3, 2, 4, 1], semilla=5, escala=1.0)
    args = (X, Y, params, ["sigmoide"] * 3, 2.0, 150)
    salida, avisos = llamar(entrenarRed, *args, nombre="entrenarRed")
    params_ref, costos_ref = ref.entrenarRed(*args)
    unidad.revisar_entrenarRed(salida, params_ref, costos_ref, params, 150, avisos=avisos)

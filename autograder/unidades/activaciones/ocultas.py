"""Pruebas ocultas de la unidad activaciones: entradas nuevas de varios tamaños contra la
referencia.

Se llaman desde la parte oculta de cada celda de prueba del cuaderno fuente. Usan las mismas
revisiones que las pruebas visibles (course.activaciones.revisar_*) y añaden, como sospechas, las
salidas de los errores del catálogo para nombrar el error exacto. Las derivadas se comparan
además con la derivada numérica (diferencias centrales) de la activación de referencia, y las
normas del gradiente y las unidades muertas se miden en redes reales de la unidad 6.
"""
import numpy as np

from autograder.catalogo import sospechas
from autograder.pruebas import oculta
from course import activaciones as unidad
from course.comprobar import fallar, llamar
from course.gradiente_numerico import error_relativo
from solutions import activaciones as ref

UNIDAD = "activaciones"


def _entradas(semilla: int, extremos: bool = True):
    """Z de varias formas (nunca solo la (2, 7) de la prueba visible), con ceros exactos y,
    si ``extremos``, valores de ±1000."""
    rng = np.random.default_rng(semilla)
    grande = rng.normal(scale=2.0, size=(6, 9))
    grande[rng.random((6, 9)) < 0.15] = 0.0
    entradas = [grande, rng.normal(size=(5,)), np.array([[0.0, -0.3, 0.7]])]
    if extremos:
        entradas.append(np.array([[-1000.0, 0.0, 1000.0], [35.0, -35.0, 1e-8]]))
    return entradas


def _elemento(fn, nombre, entradas, referencia, revisar, *args, con_z=False):
    """Cada entrada contra la referencia con las sospechas del catálogo. ``args`` se pasan
    después de Z; ``con_z``: ``revisar`` recibe también Z (la convención en z = 0)."""
    for Z in entradas:
        salida, avisos = llamar(fn, Z, *args, nombre=nombre)
        extra = sospechas(UNIDAD, nombre, (Z, *args), ["A"])
        esperado = referencia(Z, *args)
        if con_z:
            revisar(salida, esperado, Z, avisos=avisos, extra=extra)
        else:
            revisar(salida, esperado, avisos=avisos, extra=extra)


def _derivada_numerica(nombre, salida, Z, activacion, h=1e-6):
    """La derivada del estudiante (ya revisada por valores) contra diferencias centrales."""
    numerica = (activacion(Z + h) - activacion(Z - h)) / (2 * h)
    error = error_relativo(np.asarray(salida, dtype=float), numerica)
    if not error <= 1e-6:
        fallar(f"{nombre} no coincide con la derivada numérica de su activación (error relativo "
               f"{error:.1e}).")


def _lejos_de_cero(semilla, forma=(5, 8)):
    rng = np.random.default_rng(semilla)
    return rng.uniform(0.05, 4.0, size=forma) * rng.choice([-1.0, 1.0], size=forma)


@oculta
def probar_escalon(escalon):
    _elemento(escalon, "escalon", _entradas(1), ref.escalon, unidad.revisar_escalon, con_z=True)


@oculta
def probar_signo(signo):
    _elemento(signo, "signo", _entradas(2), ref.signo, unidad.revisar_signo, con_z=True)


@oculta
def probar_linealATrozos(linealATrozos):
    entradas = _entradas(3) + [np.array([[-0.5, 0.5, -0.49, 0.49, -0.51, 0.51]])]
    _elemento(linealATrozos, "linealATrozos", entradas, ref.linealATrozos,
              unidad.revisar_linealATrozos)


@oculta
def probar_sigmoide(sigmoide):
    _elemento(sigmoide, "sigmoide", _entradas(4), ref.sigmoide, unidad.revisar_sigmoide)


@oculta
def probar_sigmoideGrad(sigmoideGrad):
    entradas = [ref.sigmoide(Z) for Z in _entradas(5, extremos=False)]
    _elemento(sigmoideGrad, "sigmoideGrad", entradas, ref.sigmoideGrad,
              unidad.revisar_sigmoideGrad)
    Z = _lejos_de_cero(6)
    salida, _ = llamar(sigmoideGrad, ref.sigmoide(Z), nombre="sigmoideGrad")
    _derivada_numerica("sigmoideGrad", salida, Z, ref.sigmoide)


@oculta
def probar_tanh(tanh):
    _elemento(tanh, "tanh", _entradas(7), ref.tanh, unidad.revisar_tanh)


@oculta
def probar_tanhGrad(tanhGrad):
    entradas = [ref.tanh(Z) for Z in _entradas(8, extremos=False)]
    _elemento(tanhGrad, "tanhGrad", entradas, ref.tanhGrad, unidad.revisar_tanhGrad)
    Z = _lejos_de_cero(9)
    salida, _ = llamar(tanhGrad, ref.tanh(Z), nombre="tanhGrad")
    _derivada_numerica("tanhGrad", salida, Z, ref.tanh)


@oculta
def probar_relu(relu):
    _elemento(relu, "relu", _entradas(10), ref.relu, unidad.revisar_relu)


@oculta
def probar_reluGrad(reluGrad):
    _elemento(reluGrad, "reluGrad", _entradas(11), ref.reluGrad, unidad.revisar_reluGrad,
              con_z=True)
    Z = _lejos_de_cero(12)
    salida, _ = llamar(reluGrad, Z, nombre="reluGrad")
    _derivada_numerica("reluGrad", salida, Z, ref.relu)


@oculta
def probar_leakyRelu(leakyRelu):
    for pendiente in (0.01, 0.05, 0.3):
        for Z in _entradas(13):
            salida, avisos = llamar(leakyRelu, Z, pendiente, nombre="leakyRelu")
            extra = sospechas(UNIDAD, "leakyRelu", (Z, pendiente), ["A"])
            unidad.revisar_leakyRelu(salida, ref.leakyRelu(Z, pendiente), pendiente, avisos=avisos,
                                     extra=extra, con_001=ref.leakyRelu(Z, 0.01))


@oculta
def probar_leakyReluGrad(leakyReluGrad):
    for pendiente in (0.01, 0.05, 0.3):
        for Z in _entradas(14):
            salida, avisos = llamar(leakyReluGrad, Z, pendiente, nombre="leakyReluGrad")
            extra = sospechas(UNIDAD, "leakyReluGrad", (Z, pendiente), ["A"])
            unidad.revisar_leakyReluGrad(salida, ref.leakyReluGrad(Z, pendiente), Z, pendiente,
                                         avisos=avisos, extra=extra,
                                         con_001=ref.leakyReluGrad(Z, 0.01))
        Z = _lejos_de_cero(15)
        salida, _ = llamar(leakyReluGrad, Z, pendiente, nombre="leakyReluGrad")
        _derivada_numerica("leakyReluGrad", salida, Z, lambda x: ref.leakyRelu(x, pendiente))


@oculta
def probar_maxout(maxout):
    rng = np.random.default_rng(16)
    # (k, n, n_prev, m): nunca solo la (3, 2, 3, 4) de la prueba visible.
    for k, n, n_prev, m in ((2, 1, 1, 1), (4, 3, 5, 7), (5, 6, 2, 3), (3, 3, 3, 10)):
        A_prev = rng.normal(size=(n_prev, m))
        W = rng.normal(size=(k, n, n_prev))
        b = rng.normal(scale=0.5, size=(k, n, 1)) - 0.5   # algunos máximos negativos
        args = (A_prev, W, b)
        salida, avisos = llamar(maxout, *args, nombre="maxout")
        extra = sospechas(UNIDAD, "maxout", args, ["A"])
        unidad.revisar_maxout(salida, ref.maxout(*args), k, avisos=avisos, extra=extra)


@oculta
def probar_capaLinealEquivalente(capaLinealEquivalente):
    rng = np.random.default_rng(17)
    for n0, n1, n2 in ((1, 1, 1), (5, 3, 2), (2, 6, 4), (4, 4, 4)):
        args = (rng.normal(size=(n1, n0)), rng.normal(size=(n1, 1)),
                rng.normal(size=(n2, n1)), rng.normal(size=(n2, 1)))
        salida, avisos = llamar(capaLinealEquivalente, *args, nombre="capaLinealEquivalente")
        extra = sospechas(UNIDAD, "capaLinealEquivalente", args, ["W", "b"])
        unidad.revisar_capaLinealEquivalente(salida, ref.capaLinealEquivalente(*args),
                                             avisos=avisos, extra=extra)


def _red(dims, activaciones, semilla, escala, m=40, sesgo=0.0):
    """Una red real de la unidad 6: X, Y, y lo que devuelven redAdelante y redAtras."""
    rng = np.random.default_rng(semilla)
    X = rng.normal(size=(dims[0], m))
    Y = (rng.random((1, m)) < 0.5).astype(float)
    params = ref.initRed(dims, semilla=semilla, escala=escala)
    for l in range(1, len(dims)):
        params[f"b{l}"] = params[f"b{l}"] + sesgo
    AL, caches = ref.redAdelante(X, params, activaciones)
    return caches, ref.redAtras(AL, Y, caches, activaciones)


@oculta
def probar_normasGradientePorCapa(normasGradientePorCapa):
    redes = (([4, 1], ["sigmoide"], 18, 0.5),
             ([5, 6, 6, 1], ["tanh", "tanh", "sigmoide"], 19, 0.4),
             ([3] + [8] * 11 + [1], ["sigmoide"] * 11 + ["sigmoide"], 20, 0.35),
             ([6, 10, 10, 10, 10, 1], ["relu"] * 4 + ["sigmoide"], 21, 0.45))
    for dims, activaciones, semilla, escala in redes:
        _, grads = _red(dims, activaciones, semilla, escala)
        salida, avisos = llamar(normasGradientePorCapa, grads, nombre="normasGradientePorCapa")
        extra = sospechas(UNIDAD, "normasGradientePorCapa", (grads,), ["normas"])
        unidad.revisar_normasGradientePorCapa(salida, ref.normasGradientePorCapa(grads), grads,
                                              avisos=avisos, extra=extra)


@oculta
def probar_fraccionMuertas(fraccionMuertas):
    rng = np.random.default_rng(22)
    casos = []
    # Capas ReLU de redes reales, con sesgos negativos que matan una parte de las unidades.
    for semilla, sesgo in ((23, -0.6), (24, -1.2), (25, 0.0)):
        caches, _ = _red([4, 12, 9, 1], ["relu", "relu", "sigmoide"], semilla, 0.6, m=15,
                         sesgo=sesgo)
        casos += [caches[0][1][1], caches[1][1][1]]
    # Matrices a mano: un solo ejemplo, una sola unidad y una columna entera en 0.
    a_mano = np.maximum(0.0, rng.normal(size=(7, 5)))
    a_mano[[1, 4]] = 0.0
    a_mano[:, 2] = 0.0
    casos += [np.maximum(0.0, rng.normal(size=(6, 1))), np.zeros((1, 4)), a_mano]
    for A in casos:
        salida, avisos = llamar(fraccionMuertas, A, nombre="fraccionMuertas")
        extra = sospechas(UNIDAD, "fraccionMuertas", (A,), ["fraccion"])
        unidad.revisar_fraccionMuertas(salida, ref.fraccionMuertas(A), A.shape[0], avisos=avisos,
                                       extra=extra)

"""Pruebas ocultas de la unidad mnist: entradas nuevas de varios tamaños contra la referencia.

Usan las mismas revisiones que las pruebas visibles (course.mnist.revisar_*) y añaden, como
sospechas, las salidas de los errores del catálogo. Las funciones aleatorias (initParams y los
mini-lotes de entrenarRed) se revisan por propiedades, nunca por el orden de los sorteos.
"""
import contextlib
import io

import numpy as np

from autograder.catalogo import sospechas
from autograder.pruebas import oculta
from course import mnist as unidad
from course.comprobar import Sospecha, llamar
from course.gradiente_numerico import comprobar_gradiente, gradiente_numerico
from solutions import mnist as ref

UNIDAD = "mnist"
# (nx, nh, ny, m): nunca solo el tamaño de la prueba visible (5, 4, 3, 6).
TAMANOS = ((4, 3, 2, 1), (7, 5, 3, 9), (12, 8, 10, 17))


def casos(semilla: int = 20261122):
    rng = np.random.default_rng(semilla)
    for nx, nh, ny, m in TAMANOS:
        X = rng.uniform(0, 1, size=(nx, m))
        etiquetas = rng.integers(0, ny, size=m)
        y = unidad.codificar_one_hot(etiquetas, ny, dtype=float)
        w1 = rng.normal(scale=0.7, size=(nh, nx))
        b1 = rng.normal(scale=0.3, size=(nh, 1))
        w2 = rng.normal(scale=0.7, size=(ny, nh))
        b2 = rng.normal(scale=0.3, size=(ny, 1))
        a1, a2 = ref.feedForward(X, w1, w2, b1, b2)
        a1r, a2r = ref.feedForward(X, w1, w2, b1, b2, activacion="relu")
        yield dict(nx=nx, nh=nh, ny=ny, m=m, X=X, y=y, w1=w1, b1=b1, w2=w2, b2=b2, a1=a1, a2=a2,
                   a1r=a1r, a2r=a2r)


@oculta
def probar_softmax(softmax):
    rng = np.random.default_rng(11)
    entradas = [rng.normal(scale=3, size=(5, 7)), rng.normal(size=(10, 1)),
                rng.normal(size=(4,)), np.array([[700.0, -710.0], [-5.0, -720.0], [0.0, -900.0]]),
                np.array([2.0, 2.0, 2.0, 2.0])]
    for Z in entradas:
        salida, avisos = llamar(softmax, Z, nombre="softmax")
        extra = sospechas(UNIDAD, "softmax", (Z,), ["S"])
        unidad.revisar_softmax(salida, ref.softmax(Z), Z, avisos=avisos, extra=extra)


def _elemento(fn, nombre, entradas, referencia, sospechas_de=None):
    for Z in entradas:
        salida, avisos = llamar(fn, Z, nombre=nombre)
        extra = sospechas(UNIDAD, nombre, (Z,), ["A"])
        unidad.revisar_elemento_a_elemento(
            salida, referencia(Z), f"{nombre}(...)", avisos=avisos, extra=extra,
            sospechas=sospechas_de(Z) if sospechas_de else ())


def _entradas(semilla):
    rng = np.random.default_rng(semilla)
    return [rng.normal(scale=2, size=(6, 9)), rng.normal(size=(3,)),
            np.array([[-1000.0, 1000.0, 0.0]])]


@oculta
def probar_tanh(tanh):
    _elemento(tanh, "tanh", _entradas(1), ref.tanh)


@oculta
def probar_tanhGrad(tanhGrad):
    entradas = [np.tanh(Z) for Z in _entradas(2)[:2]]
    _elemento(tanhGrad, "tanhGrad", entradas, ref.tanhGrad, unidad._sospechas_tanhGrad)


@oculta
def probar_relu(relu):
    _elemento(relu, "relu", _entradas(3), ref.relu, unidad._sospechas_relu)


@oculta
def probar_reluGrad(reluGrad):
    entradas = [np.maximum(0.0, Z) for Z in _entradas(4)[:2]] + [np.zeros((2, 3))]
    _elemento(reluGrad, "reluGrad", entradas, ref.reluGrad, unidad._sospechas_reluGrad)


@oculta
def probar_initParams(initParams):
    for nx, nh, ny, semilla in ((100, 64, 10, 3), (50, 200, 26, 4), (784, 128, 10, None)):
        salida, avisos = llamar(initParams, nx, nh, ny, semilla, nombre="initParams")
        unidad.revisar_initParams(salida, nx, nh, ny, avisos=avisos)
        if semilla is not None:
            otra, _ = llamar(initParams, nx, nh, ny, semilla=semilla, nombre="initParams")
            unidad.revisar_reproducible(salida, otra, "initParams")


@oculta
def probar_feedForward(feedForward):
    for c in casos():
        args = (c["X"], c["w1"], c["w2"], c["b1"], c["b2"])
        dims = (c["nh"], c["ny"], c["m"])
        salida, avisos = llamar(feedForward, *args, nombre="feedForward")
        extra = sospechas(UNIDAD, "feedForward", args, ["a1", "a2"])
        unidad.revisar_feedForward(salida, (c["a1"], c["a2"]), dims, avisos=avisos, extra=extra)
        salida, avisos = llamar(feedForward, *args, activacion="relu", nombre="feedForward")
        unidad.revisar_feedForward(salida, (c["a1r"], c["a2r"]), dims, activacion="relu",
                                   avisos=avisos, sospechas_a1=[Sospecha(
                                       c["a1"], "con activacion='relu' devolviste tanh.")])
    # Ejemplos cuyos puntajes de salida están a cientos de unidades unos de otros (otros tamaños
    # y escalas que la prueba visible): softmax debe restar el máximo de CADA columna.
    rng = np.random.default_rng(31)
    for nx, nh, ny, m, escala in ((3, 6, 4, 5, 400.0), (8, 2, 10, 3, 1500.0)):
        X = rng.uniform(-1, 1, size=(nx, m))
        X[:, 0] = 3.0
        X[:, -1] = -3.0
        w1 = np.abs(rng.normal(size=(nh, nx))) + 1.0
        b1 = np.zeros((nh, 1))
        w2 = escala * (np.abs(rng.normal(size=(ny, nh))) + 0.5)
        b2 = rng.normal(size=(ny, 1))
        for activacion in ("tanh", "relu"):
            a1, a2 = ref.feedForward(X, w1, w2, b1, b2, activacion=activacion)
            salida, avisos = llamar(feedForward, X, w1, w2, b1, b2, activacion=activacion,
                                    nombre="feedForward")
            unidad.revisar_feedForward(salida, (a1, a2), (nh, ny, m), activacion=activacion,
                                       avisos=avisos, z2=w2 @ a1 + b2)


@oculta
def probar_costoGlobal(costoGlobal):
    rng = np.random.default_rng(7)
    for c in casos():
        P = rng.dirichlet(np.ones(c["ny"]), size=c["m"]).T
        for prediccion in (P, c["a2"]):
            args = (prediccion, c["y"])
            salida, avisos = llamar(costoGlobal, *args, nombre="costoGlobal")
            extra = sospechas(UNIDAD, "costoGlobal", args, ["costo"])
            binaria = float(-np.sum(c["y"] * np.log(prediccion) + (1 - c["y"]) * np.log(
                1 - prediccion)) / c["m"])
            unidad.revisar_costoGlobal(salida, ref.costoGlobal(*args), c["m"], c["ny"],
                                       avisos=avisos, extra=extra, binaria=binaria)
    # Ceros exactos donde y = 0 (softmax saturada): finito y correcto.
    y = unidad.codificar_one_hot([0, 1, 2, 1], 3, dtype=float)
    P = np.array([[0.9, 0.0, 0.0, 0.0], [0.1, 1.0, 0.0, 0.7], [0.0, 0.0, 1.0, 0.3]])
    salida, avisos = llamar(costoGlobal, P, y, nombre="costoGlobal")
    unidad.revisar_costoGlobal(salida, ref.costoGlobal(P, y), 4, 3, avisos=avisos)


@oculta
def probar_backProp(backProp):
    for c in casos():
        dims = (c["nx"], c["nh"], c["ny"], c["m"])
        for activacion, a1, a2 in (("tanh", c["a1"], c["a2"]), ("relu", c["a1r"], c["a2r"])):
            args = (c["X"], c["y"], c["w1"], c["w2"], c["b1"], c["b2"], a2, a1)
            salida, avisos = llamar(backProp, *args, activacion=activacion, nombre="backProp")
            extra = (sospechas(UNIDAD, "backProp", args, ["dw1", "db1", "dw2", "db2"])
                     if activacion == "tanh" else None)
            unidad.revisar_backProp(salida, ref.backProp(*args, activacion), dims,
                                    avisos=avisos, extra=extra)
            if c["m"] > 1:
                _gradiente_numerico(salida, c, activacion)


def _gradiente_numerico(salida, c, activacion):
    """El gradiente del estudiante contra diferencias centrales del costo de referencia."""
    params = {n: c[n].copy() for n in ("w1", "b1", "w2", "b2")}

    def J():
        a2 = ref.feedForward(c["X"], params["w1"], params["w2"], params["b1"], params["b2"],
                             activacion)[1]
        return ref.costoGlobal(a2, c["y"])

    for nombre, analitico in zip(("w1", "b1", "w2", "b2"), salida):
        comprobar_gradiente(analitico, gradiente_numerico(J, params[nombre]), "d" + nombre,
                            tolerancia=1e-5 if activacion == "relu" else 1e-6)


def _entrenar(entrenarRed, *args, **kwargs):
    with contextlib.redirect_stdout(io.StringIO()):
        return llamar(entrenarRed, *args, nombre="entrenarRed", **kwargs)


@oculta
def probar_entrenarRed(entrenarRed):
    # Lotes completos: trayectoria exacta contra la referencia.
    for semilla, (epocas, lr) in enumerate(((1, 0.5), (20, 1.0), (60, 2.0))):
        c = list(casos(semilla))[1]
        iniciales = (c["w1"], c["b1"], c["w2"], c["b2"])
        args = (epocas, lr, c["X"], c["y"], *iniciales, c["a1"], c["a2"])
        salida, avisos = _entrenar(entrenarRed, *args)
        with contextlib.redirect_stdout(io.StringIO()):
            esperado = ref.entrenarRed(*args)
        unidad.revisar_entrenarRed(salida, esperado, iniciales, epocas,
                                   (c["nx"], c["nh"], c["ny"]), avisos=avisos)
    # Mini-lotes con lr = 0 (m = 11, lotes de 4, 4 y 3): barajado en cada época, último lote.
    c = list(casos(5))[2]
    X, y = c["X"][:, :11], c["y"][:, :11]
    iniciales = (c["w1"], c["b1"], c["w2"], c["b2"])
    costos_ejemplo = [ref.costoGlobal(ref.feedForward(X[:, j:j + 1], c["w1"], c["w2"], c["b1"],
                                                      c["b2"])[1], y[:, j:j + 1])
                      for j in range(11)]
    salida, avisos = _entrenar(entrenarRed, 10, 0.0, X, y, *iniciales, None, None, tamLote=4,
                               semilla=9)
    unidad.revisar_entrenarRed_lr_cero(salida, iniciales, costos_ejemplo, 4, 10,
                                       (c["nx"], c["nh"], c["ny"]), avisos=avisos)
    # Mini-lotes con ejemplos idénticos (m = 10, lotes de 3): 4 pasos exactos por época.
    Xi, yi = np.repeat(X[:, 2:3], 10, axis=1), np.repeat(y[:, 2:3], 10, axis=1)
    args = (5, 0.7, Xi, yi, *iniciales, None, None)
    salida, avisos = _entrenar(entrenarRed, *args, tamLote=3, semilla=1)
    with contextlib.redirect_stdout(io.StringIO()):
        esperado = ref.entrenarRed(*args, tamLote=3, semilla=2)
    unidad.revisar_entrenarRed_iguales(salida, esperado, (c["nx"], c["nh"], c["ny"]), 5,
                                       avisos=avisos)
    # Con ReLU y mini-lotes en un problema fácil el costo baja; reproducible con semilla.
    Xa, ya = unidad._datos_aprendibles()
    w1, b1, w2, b2 = unidad.parametros_de_prueba()
    args = (25, 0.3, Xa, ya, w1, b1, w2, b2, None, None)
    uno, _ = _entrenar(entrenarRed, *args, tamLote=5, semilla=4, activacion="relu")
    with contextlib.redirect_stdout(io.StringIO()):
        esperado = ref.entrenarRed(*args, tamLote=5, semilla=4, activacion="relu")
    costos = unidad.comprobar_lista_de_escalares(
        unidad.comprobar_tupla(uno, ["w1", "b1", "w2", "b2", "costos"], "entrenarRed")[4],
        "costos", 25)
    if not np.mean(costos[-3:]) < 0.5 * costos[0]:
        unidad.fallar("Con activacion='relu' y mini-lotes el costo no baja como debería: "
                      "¿pasas activacion a feedForward y a backProp?")
    if abs(np.mean(costos[-3:]) - np.mean(esperado[4][-3:])) > 0.5 * np.mean(esperado[4][-3:]) \
            + 0.05:
        unidad.fallar("Con activacion='relu' el entrenamiento no se comporta como el de "
                      "referencia: ¿pasas activacion a feedForward y a backProp?")
    dos, _ = _entrenar(entrenarRed, *args, tamLote=5, semilla=4, activacion="relu")
    unidad.revisar_reproducible(uno, dos, "entrenarRed")


@oculta
def probar_predecir(predecir):
    for c in casos(3):
        args = (c["X"], c["w1"], c["b1"], c["w2"], c["b2"])
        salida, avisos = llamar(predecir, *args, nombre="predecir")
        extra = sospechas(UNIDAD, "predecir", args, ["etiquetas"])
        unidad.revisar_predecir(salida, ref.predecir(*args), c["m"], c["ny"], avisos=avisos,
                                extra=extra, probabilidades=c["a2"])

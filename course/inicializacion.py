"""Unidad «Inicialización de parámetros»: datos, pruebas visibles, gráficas y utilidades.

Convención del curso: los ejemplos son columnas, X tiene forma (n_x, m), W[l] forma
(n_l, n_{l-1}), b[l] forma (n_l, 1) y Z = W·A + b. Los parámetros de una red con capas
``dims`` = [n_x, n_1, ..., n_L] son un diccionario {"W1", "b1", ..., "WL", "bL"}, como el que
devuelve ``initRed`` en la unidad 6.

Las funciones de inicialización son aleatorias: sus pruebas revisan formas, sesgos en cero,
cotas y estadísticas (media, varianza, curtosis) con tolerancias de 6 desviaciones típicas de
cada estimador, en matrices grandes y con varias semillas, y que el generador ``rng`` recibido
sea la única fuente de azar. Nunca comparan números sorteados ni dependen del orden de los
sorteos.

Las funciones ``revisar_*`` deciden si una salida es correcta (tipo → forma → valores → errores
típicos); las ``probar_*`` las aplican a entradas fijas con la salida esperada escrita aquí. Las
pruebas ocultas del calificador usan las mismas ``revisar_*`` con entradas nuevas. Este módulo no
contiene soluciones: las gráficas y verificaciones que necesitan una función de la red la
reciben como argumento.
"""
from __future__ import annotations

import functools
import math
from typing import Callable, Mapping, Sequence

import numpy as np

from .comprobar import (Sospecha, comprobar_arreglo, comprobar_escalar, comprobar_tupla,
                        comprobar_valores, exito, fallar, llamar, sospechas_de,
                        sospechas_de_escala)
from . import graficas, huellas

__all__ = [
    "datos_lunas", "entradas_normales",
    "probar_initCeros", "probar_unidadesDistintas", "probar_desviacionesPorCapa",
    "probar_initLeCun", "probar_initXavierUniforme", "probar_initXavierNormal", "probar_initHe",
    "probar_reglasCapaOculta", "probar_retroBinaria", "probar_predecirBinaria",
    "verificar_gradientes", "graficar_pesos", "graficar_por_capa", "histogramas_por_capa",
    "graficar_costos", "graficar_frontera", "graficar_barrido", "tabla_reglas",
    "REDES_DE_LAS_DIAPOSITIVAS",
]

LN2 = float(np.log(2.0))


# ---------------------------------------------------------------------------------------------
# Datos
# ---------------------------------------------------------------------------------------------

def datos_lunas(m: int = 200, ruido: float = 0.2, semilla: int | None = 0):
    """Dos medias lunas entrelazadas (sklearn.datasets.make_moons), un ejemplo por columna.

    Argumentos:
        m: número de puntos; ruido: desviación del ruido gaussiano; semilla: semilla.
    Devuelve:
        X: forma (2, m), coordenadas (x1, x2); Y: forma (1, m), etiquetas 0.0/1.0.
    """
    from sklearn.datasets import make_moons

    puntos, etiquetas = make_moons(n_samples=m, noise=ruido, random_state=semilla)
    return puntos.T.copy(), etiquetas.reshape(1, m).astype(float)


def entradas_normales(n: int, m: int, semilla: int | None = 0, sigma: float = 1.0):
    """Entradas i.i.d. N(0, σ²) (como en el análisis de la diapositiva 003), forma (n, m)."""
    return sigma * np.random.default_rng(semilla).standard_normal((n, m))


# Las redes que aparecen en el material del curso: (nombre, nx, nh, ny).
REDES_DE_LAS_DIAPOSITIVAS = [
    ("diapositiva 000: el MLP binario 2-3-1", 2, 3, 1),
    ("unidad 9: la red XOR 3-4-1", 3, 4, 1),
    ("diapositiva 002: MNIST con 15 ocultas", 784, 15, 10),
    ("diapositiva 004: la tarea MNIST 784-512-10", 784, 512, 10),
]


# ---------------------------------------------------------------------------------------------
# Entradas fijas de las pruebas visibles
# ---------------------------------------------------------------------------------------------

# unidadesDistintas. W_MIXTA (con tol = 1e-3) distingue cada error típico por su resultado: dos
# unidades que difieren en 5e-4 (iguales con esa tol), tres que difieren en 1e-13 y dos iguales;
# 7 unidades, 3 distintas. Luego: unidades iguales salvo redondeos, grupos, unidades que
# difieren en 1e-3 con dos tolerancias y una capa de ceros.
_FILA = np.array([0.3, -0.2, 0.5, 0.1])
_R = np.array([0.3, -0.2, 0.5, 0.1, 0.0, 0.4, -0.6, 0.25])
_S = np.array([-0.1, 0.6, 0.2, -0.3, 0.5, 0.05, 0.15, -0.45])
_T = np.array([0.7, 0.1, -0.4, 0.35, -0.2, -0.5, 0.3, 0.6])
_E0, _E1 = np.eye(8)[0], np.eye(8)[1]
W_MIXTA = np.vstack([_R, _R + 5e-4 * _E0, _S, _S + 1e-13 * _E1, _S, _T, _T])
W_UNA = np.vstack([_FILA, _FILA + [0.0, 1e-13, 0.0, 0.0], _FILA + [0.0, 0.0, -2e-13, 0.0],
                   _FILA + [3e-14, 0.0, 0.0, 0.0]])
_R1 = np.array([0.5, -0.1, 0.2, 0.0, 0.7])
_R2 = np.array([0.5, -0.1, 0.2, 0.001, 0.7])
W_DOS = np.vstack([_R1, _R2, _R1, _R1, _R2])
W_TRES = np.vstack([_FILA, _FILA + [1e-3, 0.0, 0.0, 0.0], _FILA + [2e-3, 0.0, 0.0, 0.0]])
CASOS_SIMETRIA = [  # (W, tol, unidades distintas)
    (W_MIXTA, 1e-3, 3), (W_UNA, 1e-8, 1), (W_DOS, 1e-8, 2), (W_TRES, 1e-8, 3), (W_TRES, 1e-2, 1),
    (np.zeros((6, 3)), 1e-8, 1),
]

# desviacionesPorCapa: red 4-5-3-2 (tanh, ReLU, lineal) con m = 6 ejemplos.
X_DESV = np.array([[1.03, 1.64, 1.15, -0.97, -1.39, 0.07],
                   [0.86, 0.51, 1.81, 0.75, 0.64, -0.73],
                   [-1.11, 1.48, 0.05, 0.81, -1.38, -0.44],
                   [-1.29, -0.78, 0.9, -1.48, -0.53, 0.16]])
ACT_DESV = ["tanh", "relu", "lineal"]


def parametros_desviaciones():
    """Parámetros fijos de la red 4-5-3-2 de la prueba visible de desviacionesPorCapa."""
    return {
        "W1": np.array([[-0.4, -0.15, -0.13, 0.25], [-0.26, 0.16, 0.03, 0.25],
                        [0.13, 0.99, -0.4, 0.72], [-0.24, -0.57, 0.73, -0.26],
                        [-0.23, -0.83, -1.26, 0.38]]),
        "b1": np.array([[-0.23], [0.16], [0.37], [-0.02], [-0.23]]),
        "W2": np.array([[0.24, 0.46, -0.16, 0.01, 0.8], [0.76, 0.43, -0.52, -0.03, 0.36],
                        [-0.13, -0.37, -0.46, -0.38, -0.4]]),
        "b2": np.array([[-0.09], [0.23], [-0.16]]),
        "W3": np.array([[0.53, 0.25, 0.08], [-0.5, -0.27, 1.18]]),
        "b3": np.array([[0.02], [0.11]]),
    }


# Inicializaciones: capas de tamaños distintos (así n_in, n_out y n_in + n_out dan varianzas
# distinguibles) y grandes (las estadísticas son precisas), con tres semillas.
DIMS_VISIBLES = [300, 200, 100]
DIMS_PEQUENAS = [3, 2, 1]
SEMILLAS = (0, 1, 2)

# reglasCapaOculta: (nx, nh, ny) de las diapositivas, bordes de cada regla y casos en que
# redondear, truncar y redondear hacia arriba dan resultados distintos.
# El primero, (4, 8, 5), distingue por su resultado truncar, redondear y ⅔·(nx + ny).
CASOS_REGLAS = [(4, 8, 5), (784, 512, 10), (784, 15, 10), (2, 3, 1), (784, 533, 10),
                (784, 1588, 10), (5, 4, 2), (3, 3, 2)]

# retroBinaria: red 2-3-1 (tanh → sigmoide) con m = 5 ejemplos.
X_RETRO = np.array([[0.0, 0.3, -0.27, -0.89, -0.45],
                    [-0.99, 0.06, 1.34, -0.49, -0.62]])
Y_RETRO = np.array([[1.0, 0.0, 1.0, 1.0, 0.0]])
W2_RETRO = np.array([[-1.03, -1.47, -0.19]])
A1_RETRO = np.array([[-0.59611576, -0.2595259, -0.1161731, -0.71099837, -0.63830022],
                     [0.53176298, -0.15903841, -0.8188114, 0.15025371, 0.27549456],
                     [-0.80909395, -0.49480253, 0.18369108, -0.67864614, -0.72026719]])
A2_RETRO = np.array([[0.40276329, 0.55357124, 0.71267464, 0.56473416, 0.50233073]])
FORMAS_RETRO = {"W1": (3, 2), "b1": (3, 1), "W2": (1, 3), "b2": (1, 1)}

# predecirBinaria: una red 2-2-1 (W1 cuadrada: W1ᵀ·X no falla, da otra cosa) y una 2-3-1.
X_PRED = np.array([[-1.16, 0.29, 0.78, 0.54, -0.96, 1.07],
                   [0.7, 0.7, 0.75, 1.1, 2.24, -0.61]])


def parametros_prediccion():
    """Los dos juegos de parámetros fijos de la prueba visible de predecirBinaria."""
    cuadrada = {"W1": np.array([[0.05, 1.75], [-1.34, 0.33]]), "b1": np.array([[-0.21], [-0.01]]),
                "W2": np.array([[0.71, -2.9]]), "b2": np.array([[-0.9]])}
    tres = {"W1": np.array([[0.8, -0.5], [0.3, 0.9], [-0.7, 0.4]]),
            "b1": np.array([[0.1], [-0.2], [0.0]]), "W2": np.array([[1.2, -0.8, 0.6]]),
            "b2": np.array([[0.45]])}
    return cuadrada, tres


# Salidas esperadas de las pruebas visibles (tests/test_catalogo.py exige que la referencia
# pase las pruebas visibles, así que no pueden separarse de ella).
ESPERADO = {
    "desv_medias": np.array([-0.1007276956, 0.1617462307, 0.1355302724]),
    "desv_desviaciones": np.array([0.6124145749, 0.2305085668, 0.2696539376]),
    "reglas": [(8, 18, 5, (True, True, True)), (533, 1588, 397, (False, True, True)), (533, 1588, 397, (False, True, False)),
               (3, 6, 2, (True, True, True)), (533, 1588, 397, (True, True, True)),
               (533, 1588, 397, (True, True, True)), (6, 14, 4, (False, True, True)),
               (4, 10, 3, (False, True, True))],
    "dW1": np.array([[-0.05953848, 0.00963609], [-0.10501241, -0.07356538],
                     [-0.0114215, 0.00674725]]),
    "db1": np.array([[0.01436457], [-0.0162562], [0.00223918]]),
    "dW2": np.array([[0.04691422, -0.01947462, 0.01802244]]),
    "db2": np.array([[-0.05278519]]),
    "pred_cuadrada": np.array([[0, 1, 1, 1, 0, 1]]),
    "pred_cuadrada_proba": np.array([[0.04266843, 0.53267141, 0.83434211, 0.68908025,
                                      0.04789043, 0.76758753]]),
    "pred_tres": np.array([[0, 1, 1, 0, 0, 1]]),
}


# ---------------------------------------------------------------------------------------------
# Revisiones de las inicializaciones (compartidas por pruebas visibles y ocultas)
# ---------------------------------------------------------------------------------------------

# Por debajo de este número de pesos en una capa, las estadísticas son demasiado ruidosas para
# distinguir un error típico (p. ej. n_in en vez de n_in + n_out): solo se revisan las formas.
MIN_ESTADISTICA = 5000


def revisar_parametros(salida, dims: Sequence[int], funcion: str, *, avisos=()) -> dict:
    """Tipo dict, claves W1..WL y b1..bL, formas de cada arreglo y sesgos en cero."""
    L = len(dims) - 1
    if isinstance(salida, (tuple, list)):
        fallar(f"{funcion} devolvió una {type(salida).__name__}; debe devolver un diccionario "
               f"{{'W1': ..., 'b1': ..., ..., 'W{L}': ..., 'b{L}': ...}} como initRed.")
    if not isinstance(salida, dict):
        fallar(f"{funcion} debe devolver un diccionario {{'W1': ..., 'b1': ..., ...}}, pero "
               f"devolvió un {type(salida).__name__}." + (
                   " ¿Olvidaste el `return params`?" if salida is None else ""))
    esperadas = [f"{p}{l}" for l in range(1, L + 1) for p in ("W", "b")]
    claves = set(salida)
    if {"W0", "b0"} & claves:
        fallar(f"{funcion} devolvió la clave W0 o b0: las capas se numeran desde 1 (W1 conecta "
               f"la entrada con la primera capa). ¿Empezaste el bucle en l = 0?")
    faltan = [k for k in esperadas if k not in claves]
    if faltan == [f"W{L}", f"b{L}"]:
        fallar(f"{funcion} no devolvió W{L} ni b{L}: con dims de {L + 1} elementos la red tiene "
               f"{L} capas. ¿El bucle se detuvo una capa antes? Debe recorrer range(1, len(dims)).")
    if faltan:
        fallar(f"A los parámetros que devolvió {funcion} les faltan las claves "
               f"{', '.join(faltan)} (dims = {list(dims)}).")
    sobran = sorted(claves - set(esperadas))
    if sobran:
        fallar(f"{funcion} devolvió claves que no son parámetros de la red: {', '.join(sobran)}.")
    for l in range(1, L + 1):
        W = comprobar_arreglo(salida[f"W{l}"], f"W{l}", (dims[l], dims[l - 1]), avisos=avisos)
        b = comprobar_arreglo(salida[f"b{l}"], f"b{l}", (dims[l], 1), referencia=None,
                              avisos=avisos)
        if np.any(b != 0):
            fallar(f"b{l} debe empezar en cero: los sesgos se inicializan en 0 (diapositiva 000); "
                   f"la simetría ya la rompen los pesos aleatorios.")
        salida[f"W{l}"], salida[f"b{l}"] = W, b
    return salida


def _estadisticas(W) -> tuple[float, float, float, float]:
    """(media, varianza, curtosis, máximo |w|) de todos los pesos de W."""
    w = np.asarray(W, dtype=float).ravel()
    media = float(np.mean(w))
    var = float(np.mean((w - media) ** 2))
    curtosis = float(np.mean((w - media) ** 4) / max(var, 1e-300) ** 2)
    return media, var, curtosis, float(np.max(np.abs(w)))


def _revisar_no_constante(W, nombre: str) -> None:
    if W.size > 1 and np.all(W == W.flat[0]):
        fallar(f"Todos los pesos de {nombre} valen {W.flat[0]:g}: ¿olvidaste sortearlos? Con pesos "
               f"iguales todas las unidades de la capa son idénticas (la simetría de la sección 2).")


def _revisar_media(W, media: float, sigma: float, nombre: str, donde: str) -> None:
    if abs(media) > 6 * sigma / math.sqrt(W.size) + 1e-15:
        if np.all(W >= 0) or np.all(W <= 0):
            fallar(f"Todos los pesos de {nombre} tienen el mismo signo: la distribución debe ser "
                   f"simétrica alrededor de 0. ¿Sorteaste en [0, a] en vez de [−a, a], o tomaste "
                   f"el valor absoluto?")
        fallar(f"La media de {nombre} es {media:.4g}, demasiado lejos de 0 {donde}: los pesos "
               f"deben tener media 0.")


def revisar_normal(W, nombre: str, var_esperada: float, formula: str, donde: str,
                   candidatos: Sequence[tuple[float, str]], funcion: str) -> None:
    """Pesos normales N(0, var_esperada): media, curtosis (normal y no uniforme) y varianza.

    ``candidatos``: [(varianza, diagnóstico)] de los errores típicos, para nombrarlos.
    """
    W = np.asarray(W, dtype=float)
    _revisar_no_constante(W, nombre)
    if W.size < MIN_ESTADISTICA:
        return
    media, var, curtosis, _ = _estadisticas(W)
    _revisar_media(W, media, math.sqrt(max(var, var_esperada)), nombre, donde)
    if curtosis < 2.4:
        fallar(f"{nombre} parece salir de una distribución UNIFORME (curtosis {curtosis:.2f}; una "
               f"normal tiene 3 y una uniforme 1.8). {funcion} sortea de una normal: ¿usaste "
               f"rng.uniform en vez de rng.normal?")
    tolerancia = 6 * math.sqrt(2.0 / W.size)
    if abs(var / var_esperada - 1) > tolerancia:
        for varianza, diagnostico in candidatos:
            if abs(var / varianza - 1) <= tolerancia:
                fallar(f"La varianza de {nombre} es {var:.4g} y debe ser {formula} = "
                       f"{var_esperada:.4g} {donde}: {diagnostico}")
        fallar(f"La varianza de {nombre} es {var:.4g} y debe ser {formula} = {var_esperada:.4g} "
               f"{donde}. ¿Qué desviación típica le pasaste a rng.normal? Recibe σ, no σ².")


def revisar_uniforme(W, nombre: str, n_in: int, n_out: int) -> None:
    """Pesos de Glorot uniformes U[−a, a], a = √6/√(n_in + n_out): cota, media, varianza a²/3
    y curtosis de una uniforme."""
    W = np.asarray(W, dtype=float)
    _revisar_no_constante(W, nombre)
    a = math.sqrt(6) / math.sqrt(n_in + n_out)
    donde = f"(n_in = {n_in}, n_out = {n_out}: a = √6/√(n_in + n_out) = {a:.5f})"
    media, var, curtosis, maximo = _estadisticas(W)
    grande = W.size >= MIN_ESTADISTICA
    cotas = [
        (math.sqrt(2 / (n_in + n_out)), "usaste σ = √(2/(n_in + n_out)) como cota. La cota de la "
                                        "uniforme es a = √3·σ = √6/√(n_in + n_out), porque "
                                        "Var U[−a, a] = a²/3."),
        (6 / math.sqrt(n_in + n_out), "¿escribiste 6 en vez de √6? La cota es √6/√(n_in + n_out)."),
        (math.sqrt(6) / (n_in + n_out), "olvidaste la raíz del denominador: la cota es "
                                        "√6/√(n_in + n_out), no √6/(n_in + n_out)."),
        (math.sqrt(6 / n_in + n_out), "¿faltan paréntesis? √(6/n_in + n_out) no es "
                                      "√(6/(n_in + n_out)): la suma n_in + n_out va entera en el "
                                      "denominador."),
        (math.sqrt(6) / math.sqrt(n_in) + n_out, "¿faltan paréntesis? √6/√n_in + n_out no es "
                                                 "√6/√(n_in + n_out)."),
        (math.sqrt(6 / n_in), "usaste solo n_in (√(6/n_in)); Glorot promedia las condiciones de "
                              "ida (n_in) y de vuelta (n_out): √6/√(n_in + n_out)."),
        (math.sqrt(6 / n_out), "usaste solo n_out (√(6/n_out)); la cota de Glorot es "
                               "√6/√(n_in + n_out)."),
        (math.sqrt(3 / n_in), "usaste la cota √(3/n_in), la uniforme de LeCun; la de Glorot es "
                              "√6/√(n_in + n_out)."),
    ]
    if maximo > a * (1 + 1e-9):
        if grande and curtosis > 2.4:
            fallar(f"{nombre} parece salir de una distribución NORMAL (hay pesos de hasta "
                   f"{maximo:.4f}, fuera de ±a, y curtosis {curtosis:.2f}) {donde}. Glorot "
                   f"uniforme sortea con rng.uniform(-a, a), no con una normal.")
        if grande:
            for cota, diagnostico in cotas:
                if cota > a and 0.99 * cota <= maximo <= cota * (1 + 1e-9):
                    fallar(f"{nombre} tiene pesos de hasta {maximo:.5f}, fuera de ±a {donde}: "
                           f"{diagnostico}")
        fallar(f"{nombre} tiene pesos de hasta {maximo:.5f}, fuera de la cota de Glorot {donde}. "
               f"¿Usaste otra fórmula o las neuronas de otra capa?")
    _revisar_media(W, media, math.sqrt(max(var, a * a / 3)), nombre, donde)
    if not grande:
        return
    if maximo < 0.99 * a:
        for cota, diagnostico in cotas:
            if cota < a and 0.99 * cota <= maximo <= cota * (1 + 1e-9):
                fallar(f"{nombre}: el mayor |w| es {maximo:.5f}, muy por debajo de la cota "
                       f"{donde}: {diagnostico}")
        fallar(f"{nombre}: el mayor |w| es {maximo:.5f}, muy por debajo de la cota de Glorot "
               f"{donde}. ¿Usaste una cota más pequeña o multiplicaste por una escala?")
    if curtosis > 2.4:
        fallar(f"{nombre} está dentro de ±a pero no es uniforme (curtosis {curtosis:.2f}; una "
               f"uniforme tiene 1.8) {donde}. ¿Recortaste una normal en vez de sortear con "
               f"rng.uniform(-a, a)?")
    tolerancia = 6 * math.sqrt(0.8 / W.size)
    if abs(var / (a * a / 3) - 1) > tolerancia:
        fallar(f"La varianza de {nombre} es {var:.4g} y la de U[−a, a] es a²/3 = {a * a / 3:.4g} "
               f"{donde}. ¿Es uniforme en todo [−a, a]?")


def revisar_generador(funcion: Callable, nombre: str, dims: Sequence[int] = (30, 20, 10)) -> None:
    """El generador ``rng`` recibido es la única fuente de azar: misma semilla, mismos pesos;
    otra semilla, otros pesos. (Compara dos llamadas de la función entre sí, nunca con valores
    fijos: el orden de los sorteos es libre.)"""
    uno, _ = llamar(funcion, list(dims), np.random.default_rng(11), nombre=nombre)
    dos, _ = llamar(funcion, list(dims), np.random.default_rng(11), nombre=nombre)
    otro, _ = llamar(funcion, list(dims), np.random.default_rng(12), nombre=nombre)
    for params in (uno, dos, otro):
        revisar_parametros(params, dims, nombre)
    if not all(np.array_equal(uno[k], dos[k]) for k in uno):
        fallar(f"{nombre} con dos generadores creados con la misma semilla dio pesos distintos: "
               f"¿sorteaste con np.random.* (el generador global) o creaste otro generador dentro "
               f"de la función? Todos los sorteos deben salir de rng (rng.normal, rng.uniform).")
    if np.array_equal(uno["W1"], otro["W1"]):
        fallar(f"{nombre} dio los mismos pesos con generadores de semillas distintas: ¿creaste "
               f"dentro de la función un generador con una semilla fija en vez de usar el rng que "
               f"recibe?")


def revisar_initCeros(salida, dims: Sequence[int], *, avisos=()) -> None:
    params = revisar_parametros(salida, dims, "initCeros", avisos=avisos)
    for l in range(1, len(dims)):
        W = params[f"W{l}"]
        if np.any(W != 0):
            if np.all(W == 1):
                fallar(f"W{l} vale 1 en todas partes: ¿usaste np.ones en vez de np.zeros?")
            fallar(f"W{l} tiene valores distintos de cero; initCeros pone TODOS los pesos en 0.")


def _donde(n_in: int, n_out: int) -> str:
    return f"(n_in = {n_in}, n_out = {n_out})"


def candidatos_lecun(n_in: int, n_out: int) -> list[tuple[float, str]]:
    return [
        (1 / n_out, "usaste n_out (las unidades de la capa) en vez de n_in (las entradas de cada "
                    "unidad): σ_W = 1/√n_in."),
        (1 / n_in ** 2, "¿pasaste la varianza 1/n_in como σ, u olvidaste la raíz? La desviación "
                        "típica es σ_W = 1/√n_in (np.sqrt)."),
        (2 / n_in, "usaste la varianza de He (2/n_in); la de LeCun es 1/n_in."),
        (2 / (n_in + n_out), "usaste la varianza de Glorot (2/(n_in + n_out)); la de LeCun es "
                             "1/n_in."),
        (1.0, "¿olvidaste escalar? N(0, 1) sin dividir entre √n_in hace crecer la varianza n_in "
              "veces por capa."),
    ]


def candidatos_xavier(n_in: int, n_out: int) -> list[tuple[float, str]]:
    return [
        (6 / (n_in + n_out), "usaste σ = √(6/(n_in + n_out)), el desliz de la diapositiva 000: ese "
                             "número es la cota a de la uniforme, no una desviación típica. La "
                             "normal de Glorot tiene σ = √(2/(n_in + n_out))."),
        ((2 / (n_in + n_out)) ** 2, "¿pasaste la varianza 2/(n_in + n_out) como σ? rng.normal "
                                    "recibe la desviación típica: σ = √(2/(n_in + n_out))."),
        (1 / (n_in + n_out), "olvidaste el 2 del promedio: ½(n_in + n_out)·σ² = 1 da "
                             "σ² = 2/(n_in + n_out)."),
        (1 / n_in, "usaste solo n_in (1/n_in, LeCun); Glorot promedia n_in y n_out: "
                   "σ² = 2/(n_in + n_out)."),
        (2 / n_in, "usaste la varianza de He (2/n_in); la de Glorot es 2/(n_in + n_out)."),
    ]


def candidatos_he(n_in: int, n_out: int) -> list[tuple[float, str]]:
    return [
        (1 / n_in, "olvidaste el 2: ReLU anula la mitad de las entradas y He lo compensa con "
                   "σ² = 2/n_in (1/n_in es la de LeCun)."),
        (2 / n_out, "usaste n_out en vez de n_in: σ² = 2/n_in cuenta las entradas de cada unidad."),
        (2 / (n_in + n_out), "usaste la varianza de Glorot (2/(n_in + n_out)); la de He es "
                             "2/n_in."),
        ((2 / n_in) ** 2, "¿pasaste la varianza 2/n_in como σ? rng.normal recibe la desviación "
                          "típica: σ = √(2/n_in)."),
        (1.0, "¿olvidaste escalar? N(0, 1) sin el factor √(2/n_in)."),
    ]


def revisar_initLeCun(params: dict, dims: Sequence[int]) -> None:
    for l in range(1, len(dims)):
        n_in, n_out = dims[l - 1], dims[l]
        revisar_normal(params[f"W{l}"], f"W{l}", 1 / n_in, "1/n_in", _donde(n_in, n_out),
                       candidatos_lecun(n_in, n_out), "initLeCun")


def revisar_initXavierUniforme(params: dict, dims: Sequence[int]) -> None:
    for l in range(1, len(dims)):
        revisar_uniforme(params[f"W{l}"], f"W{l}", dims[l - 1], dims[l])


def revisar_initXavierNormal(params: dict, dims: Sequence[int]) -> None:
    for l in range(1, len(dims)):
        n_in, n_out = dims[l - 1], dims[l]
        revisar_normal(params[f"W{l}"], f"W{l}", 2 / (n_in + n_out), "2/(n_in + n_out)",
                       _donde(n_in, n_out), candidatos_xavier(n_in, n_out), "initXavierNormal")


def revisar_initHe(params: dict, dims: Sequence[int]) -> None:
    for l in range(1, len(dims)):
        n_in, n_out = dims[l - 1], dims[l]
        revisar_normal(params[f"W{l}"], f"W{l}", 2 / n_in, "2/n_in", _donde(n_in, n_out),
                       candidatos_he(n_in, n_out), "initHe")


REVISIONES_INIT = {
    "initLeCun": revisar_initLeCun,
    "initXavierUniforme": revisar_initXavierUniforme,
    "initXavierNormal": revisar_initXavierNormal,
    "initHe": revisar_initHe,
}


def revisar_inicializacion(funcion: str, salida, dims: Sequence[int], *, avisos=()) -> dict:
    """Estructura (dict, claves, formas, sesgos en 0) y estadísticas de cada capa."""
    params = revisar_parametros(salida, dims, funcion, avisos=avisos)
    REVISIONES_INIT[funcion](params, dims)
    return params


def revisar_varianza_unitaria(W, X, nombre: str = "initLeCun") -> None:
    """La afirmación de la diapositiva 003: con σ_W = 1/√n y entradas de varianza 1,
    Var[y_i] = n σ_W² σ_x² = 1. Se mide y = W·X con los pesos del estudiante."""
    Y = np.asarray(W, dtype=float) @ X
    var = float(np.var(Y))
    if abs(var - 1) > 0.1:
        fallar(f"Con tus pesos W1 (n = {X.shape[0]}) y entradas de varianza 1, y = W1·x tiene "
               f"varianza {var:.3f}; con σ_W = 1/√n debe ser n·σ_W²·σ_x² ≈ 1 (diapositiva 003).")


# ---------------------------------------------------------------------------------------------
# Revisiones de las funciones deterministas
# ---------------------------------------------------------------------------------------------

def revisar_unidadesDistintas(salida, esperado: int, forma: tuple, *, avisos=(),
                              extra=None) -> None:
    """``esperado``: unidades distintas correctas; ``forma``: la de W (filas, columnas)."""
    n_filas, n_columnas = forma
    if isinstance(salida, (bool, np.bool_)):
        fallar("unidadesDistintas devolvió un booleano; debe devolver cuántas unidades distintas "
               "hay (un entero entre 1 y el número de filas).")
    n = comprobar_escalar(salida, "El número de unidades distintas", avisos=avisos,
                          acepta_un_elemento=True)
    if n != round(n):
        fallar(f"unidadesDistintas devolvió {n:g}, que no es un número entero de unidades.")
    if not 1 <= n <= n_filas:
        pista = (" ¿Contaste columnas (entradas) en vez de filas (unidades)?"
                 if n > n_filas and n <= n_columnas else "")
        fallar(f"unidadesDistintas devolvió {n:g}, pero una capa con {n_filas} unidades (filas) "
               f"tiene entre 1 y {n_filas} unidades distintas.{pista}")
    comprobar_valores(n, esperado, "El número de unidades distintas", rtol=0, atol=1e-9,
                      sospechas=sospechas_de(extra, "n"),
                      pista="Dos unidades (filas de W) son la misma si todos sus pesos difieren "
                            "a lo más en tol.")


def _como_arreglo_1d(valor, nombre: str, L: int, avisos) -> np.ndarray:
    if isinstance(valor, (list, tuple)):
        try:
            valor = np.array(valor, dtype=float)
        except (TypeError, ValueError):
            fallar(f"{nombre} debe ser un arreglo de {L} números (uno por capa).")
    if isinstance(valor, np.ndarray) and valor.shape == (L + 1,):
        fallar(f"{nombre} tiene {L + 1} valores y la red tiene {L} capa{'s' if L != 1 else ''}: "
               f"¿incluiste la entrada X? Solo cuentan las activaciones de las capas, de A^[1] "
               f"a A^[L].")
    if isinstance(valor, np.ndarray) and valor.ndim == 2 and valor.shape[0] == L:
        fallar(f"{nombre} tiene forma {valor.shape}: debe tener un número por capa, forma ({L},). "
               f"¿Calculaste una media o desviación por neurona (axis=...)? Se usa np.mean y "
               f"np.std de TODAS las entradas de A^[l].")
    return comprobar_arreglo(valor, nombre, (L,), avisos=avisos)


def revisar_desviacionesPorCapa(salida, esperado: tuple, L: int, *, avisos=(),
                                extra=None) -> None:
    """``esperado`` = (medias, desviaciones) correctas, forma (L,) cada una."""
    medias, desviaciones = comprobar_tupla(salida, ["medias", "desviaciones"],
                                           "desviacionesPorCapa")
    medias = _como_arreglo_1d(medias, "medias", L, avisos)
    desviaciones = _como_arreglo_1d(desviaciones, "desviaciones", L, avisos)
    media_ok, desv_ok = (np.asarray(e, dtype=float) for e in esperado)
    if np.allclose(medias, desv_ok, rtol=1e-6, atol=1e-12) and not np.allclose(
            medias, media_ok, rtol=1e-6, atol=1e-12):
        fallar("desviacionesPorCapa devolvió (desviaciones, medias): el orden es "
               "(medias, desviaciones).")
    comprobar_valores(medias, media_ok, "medias", rtol=1e-6, atol=1e-10,
                      sospechas=sospechas_de(extra, "medias"),
                      pista="medias[l − 1] es np.mean de TODAS las entradas de la activación "
                            "A^[l] (la salida de la capa l, después de la activación).")
    if np.any(desviaciones < 0):
        fallar("desviaciones tiene valores negativos: una desviación típica nunca es negativa.")
    comprobar_valores(desviaciones, desv_ok, "desviaciones", rtol=1e-6, atol=1e-10, sospechas=[
        Sospecha(desv_ok ** 2, "calculaste la varianza (np.var), no la desviación típica "
                               "(np.std, su raíz)."),
        *sospechas_de(extra, "desviaciones")],
        pista="desviaciones[l − 1] es np.std de todas las entradas de A^[l] (ddof = 0).")


def revisar_reglasCapaOculta(salida, esperado: tuple, dims: tuple, *, avisos=(),
                             extra=None) -> None:
    """``esperado`` = (minimo1, maximo2, minimo3, cumple) para ``dims`` = (nx, nh, ny)."""
    nx, nh, ny = dims
    nombres = ["minimo1", "maximo2", "minimo3", "cumple"]
    partes = comprobar_tupla(salida, nombres, "reglasCapaOculta")
    formulas = {"minimo1": f"⌈⅔·nx + ny⌉ = ⌈⅔·{nx} + {ny}⌉",
                "maximo2": f"2(nx + ny) = 2({nx} + {ny})",
                "minimo3": f"⌈(nx + ny)/2⌉ = ⌈({nx} + {ny})/2⌉"}
    for nombre, valor, correcto in zip(nombres[:3], partes[:3], esperado[:3]):
        numero = comprobar_escalar(valor, nombre, avisos=avisos, acepta_un_elemento=True)
        if numero != round(numero):
            fallar(f"{nombre} vale {numero:g}, que no es un número entero de neuronas: el límite "
                   f"es el menor (o mayor) ENTERO que cumple la regla, {formulas[nombre]}. "
                   f"¿Olvidaste redondear hacia arriba (math.ceil)?")
        comprobar_valores(numero, correcto, nombre, rtol=0, atol=1e-9,
                          sospechas=sospechas_de(extra, nombre),
                          pista=f"{nombre} = {formulas[nombre]} (nx = {nx}, ny = {ny}).")
    cumple = partes[3]
    if isinstance(cumple, np.ndarray):
        cumple = cumple.tolist()
    if not isinstance(cumple, (tuple, list)) or len(cumple) != 3:
        fallar("cumple debe ser una tupla de tres booleanos (regla 1, regla 2, regla 3).")
    limites = esperado[:3]
    textos = [f"nh ≥ {limites[0]}", f"nh ≤ {limites[1]}", f"nh ≥ {limites[2]}"]
    for i, (valor, correcto) in enumerate(zip(cumple, esperado[3])):
        if not isinstance(valor, (bool, np.bool_)) and valor not in (0, 1):
            fallar(f"cumple[{i}] debe ser True o False, pero es {valor!r}.")
        if bool(valor) != bool(correcto):
            en_el_borde = nh == limites[i]
            comparacion = (" ¿Usaste > en vez de ≥?" if i != 1 else " ¿Usaste < en vez de ≤?") \
                if en_el_borde and not bool(valor) else ""
            fallar(f"cumple[{i}] (regla {i + 1}) es {bool(valor)} y debe ser {bool(correcto)}: con "
                   f"nx = {nx}, nh = {nh}, ny = {ny} la regla {i + 1} pide {textos[i]}."
                   f"{comparacion}")


def revisar_retroBinaria(salida, esperado: tuple, formas: Mapping[str, tuple], m: int, *,
                         avisos=(), extra=None) -> None:
    """``esperado`` = (dW1, db1, dW2, db2) correctos; ``formas`` de W1, b1, W2, b2."""
    nombres = ["dW1", "db1", "dW2", "db2"]
    if isinstance(salida, (tuple, list)) and len(salida) == 4:
        if [np.shape(s) for s in salida] == [formas["W1"], formas["W2"], formas["b1"],
                                             formas["b2"]] and formas["W2"] != formas["b1"]:
            fallar("retroBinaria devolvió (dW1, dW2, db1, db2): el orden del curso es "
                   "(dW1, db1, dW2, db2).")
    grads = comprobar_tupla(salida, nombres, "retroBinaria")
    grads = [comprobar_arreglo(g, n, formas[n[1:]], referencia=n[1:], avisos=avisos)
             for g, n in zip(grads, nombres)]
    # Primero la capa de salida: un error ahí se propaga a la capa oculta.
    for i in (3, 2, 1, 0):
        nombre = nombres[i]
        if i >= 2:
            pista = ("∂J/∂A2·∂A2/∂Z2 se simplifica a (A2 − Y)/m; luego ∂Z2/∂b2 = 1 (suma sobre "
                     "los ejemplos) y ∂Z2/∂W2 = A1 (dZ2·A1ᵀ).")
        else:
            pista = ("dW2 y db2 están bien: el error está en la capa oculta. ∂Z2/∂A1 = W2 "
                     "(en matrices, W2ᵀ·dZ2) y ∂A1/∂Z1 = 1 − A1² (derivada de tanh).")
        comprobar_valores(grads[i], esperado[i], nombre, rtol=1e-5, atol=1e-9, sospechas=[
            *sospechas_de_escala(esperado[i], m),
            Sospecha(np.asarray(esperado[i]) / LN2,
                     "multiplicaste por log2(e) ≈ 1.4427: ¿derivaste el costo en base 2 de la "
                     "diapositiva? Aquí J usa ln (la diapositiva omite esa constante)."),
            *sospechas_de(extra, nombre)], pista=pista)


def revisar_predecirBinaria(salida, esperado, m: int, *, avisos=(), extra=None,
                            probabilidades=None) -> None:
    if isinstance(salida, np.ndarray) and salida.dtype == bool:
        salida = salida.astype(int)
    etiquetas = comprobar_arreglo(salida, "etiquetas", (1, m), avisos=avisos)
    if not np.all(np.isin(etiquetas, (0, 1))):
        if probabilidades is not None and np.allclose(etiquetas, probabilidades, atol=1e-6):
            fallar("predecirBinaria devolvió las probabilidades a^[2]; debe devolver la clase: 1 si "
                   "a^[2] > 0.5 y 0 si a^[2] ≤ 0.5.")
        fallar("etiquetas debe contener solo 0 y 1 (la clase predicha de cada ejemplo).")
    esperado = np.asarray(esperado)
    if np.all(etiquetas == 1) and not np.all(esperado == 1):
        fallar("Todas las predicciones son 1: ¿usaste el umbral a^[2] > 0 de la diapositiva 000? "
               "La sigmoide siempre es positiva; el umbral sobre ella es 0.5.")
    comprobar_valores(etiquetas, esperado, "etiquetas", rtol=0, atol=0,
                      sospechas=sospechas_de(extra, "etiquetas"),
                      pista="¿Calculaste Z1 = W1·X + b1 (no W1ᵀ·X), A1 = tanh(Z1), "
                            "A2 = σ(W2·A1 + b2) y la clase 1 solo si A2 > 0.5?")


# ---------------------------------------------------------------------------------------------
# Pruebas visibles
# ---------------------------------------------------------------------------------------------

# Nombres de las salidas de cada función calificada, en orden. Las inicializaciones son
# aleatorias (o devuelven un diccionario): se revisan por propiedades y no tienen huellas.
SALIDAS = {
    "initCeros": (),
    "unidadesDistintas": ("n",),
    "desviacionesPorCapa": ("medias", "desviaciones"),
    "initLeCun": (),
    "initXavierUniforme": (),
    "initXavierNormal": (),
    "initHe": (),
    "reglasCapaOculta": ("minimo1", "maximo2", "minimo3", "cumple"),
    "retroBinaria": ("dW1", "db1", "dW2", "db2"),
    "predecirBinaria": ("etiquetas",),
}


def entradas_visibles(funcion: str) -> tuple:
    """Los argumentos con que la prueba visible llama (primero) a ``funcion``."""
    if funcion == "initCeros":
        return (list(DIMS_PEQUENAS),)
    if funcion in REVISIONES_INIT:
        return (list(DIMS_VISIBLES), np.random.default_rng(SEMILLAS[0]))
    return {
        "unidadesDistintas": (W_MIXTA.copy(), 1e-3),
        "desviacionesPorCapa": (X_DESV.copy(), parametros_desviaciones(), list(ACT_DESV)),
        "reglasCapaOculta": CASOS_REGLAS[0],
        "retroBinaria": (X_RETRO.copy(), Y_RETRO.copy(), A1_RETRO.copy(), A2_RETRO.copy(),
                         W2_RETRO.copy()),
        "predecirBinaria": (X_PRED.copy(), parametros_prediccion()[0]),
    }[funcion]


# La llamada de cada prueba visible (entradas visibles, avisos y huellas): course.huellas.
_visible = functools.partial(huellas.llamar_visible, "inicializacion")


def probar_initCeros(initCeros: Callable) -> None:
    """Diccionario con las claves y formas de initRed y todo en cero, en dos redes."""
    for dims in (DIMS_PEQUENAS, [784, 512, 10], [5, 4, 3, 2, 1]):
        salida, avisos = llamar(initCeros, list(dims), nombre="initCeros")
        revisar_initCeros(salida, dims, avisos=avisos)
    exito("initCeros: claves W1..WL y b1..bL, formas (n_l, n_{l-1}) y (n_l, 1), todo en cero.")


def probar_unidadesDistintas(unidadesDistintas: Callable) -> None:
    """Unidades iguales salvo redondeos, grupos, unidades que difieren en 1e-3 y otra tol."""
    salida, avisos, extra = _visible("unidadesDistintas", unidadesDistintas)
    revisar_unidadesDistintas(salida, CASOS_SIMETRIA[0][2], W_MIXTA.shape, avisos=avisos,
                              extra=extra)
    for W, tol, esperado in CASOS_SIMETRIA[1:]:
        salida, avisos = llamar(unidadesDistintas, W.copy(), tol, nombre="unidadesDistintas")
        revisar_unidadesDistintas(salida, esperado, W.shape, avisos=avisos)
    exito("unidadesDistintas: cuenta filas iguales (hasta tol) como una sola unidad.")


def probar_desviacionesPorCapa(desviacionesPorCapa: Callable) -> None:
    """La red 4-5-3-2 con tanh, ReLU y lineal."""
    salida, avisos, extra = _visible("desviacionesPorCapa", desviacionesPorCapa)
    revisar_desviacionesPorCapa(salida, (ESPERADO["desv_medias"], ESPERADO["desv_desviaciones"]),
                                len(ACT_DESV), avisos=avisos, extra=extra)
    exito("desviacionesPorCapa: una media y una desviación típica por capa, correctas.")


def _probar_inicializacion(funcion: Callable, nombre: str) -> None:
    for semilla in SEMILLAS:
        salida, avisos = llamar(funcion, list(DIMS_VISIBLES), np.random.default_rng(semilla),
                                nombre=nombre)
        revisar_inicializacion(nombre, salida, DIMS_VISIBLES, avisos=avisos)
    salida, avisos = llamar(funcion, list(DIMS_PEQUENAS), np.random.default_rng(3), nombre=nombre)
    revisar_inicializacion(nombre, salida, DIMS_PEQUENAS, avisos=avisos)
    revisar_generador(funcion, nombre)


def probar_initLeCun(initLeCun: Callable) -> None:
    """Estadísticas de N(0, 1/n_in) con tres semillas y la varianza unitaria de la diapositiva."""
    _probar_inicializacion(initLeCun, "initLeCun")
    salida, _ = llamar(initLeCun, [500, 400], np.random.default_rng(5), nombre="initLeCun")
    revisar_varianza_unitaria(salida["W1"], entradas_normales(500, 300, semilla=6))
    exito("initLeCun: W ~ N(0, 1/n_in), sesgos en 0, Var[W·x] ≈ 1 y reproducible con rng.")


def probar_initXavierUniforme(initXavierUniforme: Callable) -> None:
    """Cota ±√6/√(n_in + n_out), media 0 y varianza a²/3 con tres semillas."""
    _probar_inicializacion(initXavierUniforme, "initXavierUniforme")
    exito("initXavierUniforme: W ~ U[−a, a] con a = √6/√(n_in + n_out), varianza "
          "2/(n_in + n_out), sesgos en 0 y reproducible con rng.")


def probar_initXavierNormal(initXavierNormal: Callable) -> None:
    """Estadísticas de N(0, 2/(n_in + n_out)) con tres semillas."""
    _probar_inicializacion(initXavierNormal, "initXavierNormal")
    exito("initXavierNormal: W ~ N(0, 2/(n_in + n_out)), sesgos en 0 y reproducible con rng.")


def probar_initHe(initHe: Callable) -> None:
    """Estadísticas de N(0, 2/n_in) con tres semillas."""
    _probar_inicializacion(initHe, "initHe")
    exito("initHe: W ~ N(0, 2/n_in), sesgos en 0 y reproducible con rng.")


def probar_reglasCapaOculta(reglasCapaOculta: Callable) -> None:
    """Las redes de las diapositivas (784-512-10 rompe la regla 1, 784-15-10 la 3) y bordes."""
    salida, avisos, extra = _visible("reglasCapaOculta", reglasCapaOculta)
    revisar_reglasCapaOculta(salida, ESPERADO["reglas"][0], CASOS_REGLAS[0], avisos=avisos,
                             extra=extra)
    for dims, esperado in zip(CASOS_REGLAS[1:], ESPERADO["reglas"][1:]):
        salida, avisos = llamar(reglasCapaOculta, *dims, nombre="reglasCapaOculta")
        revisar_reglasCapaOculta(salida, esperado, dims, avisos=avisos)
    exito("reglasCapaOculta: 784-512-10 necesita ≥ 533 (rompe la regla 1) y 784-15-10 necesita "
          "≥ 397 (rompe la regla 3); bordes y redondeos correctos.")


def probar_retroBinaria(retroBinaria: Callable) -> None:
    """La red 2-3-1 tanh → sigmoide con 5 ejemplos."""
    salida, avisos, extra = _visible("retroBinaria", retroBinaria)
    esperado = tuple(ESPERADO[n] for n in SALIDAS["retroBinaria"])
    revisar_retroBinaria(salida, esperado, FORMAS_RETRO, X_RETRO.shape[1], avisos=avisos,
                         extra=extra)
    exito("retroBinaria: formas de dW1, db1, dW2, db2 y valores correctos.")


def probar_predecirBinaria(predecirBinaria: Callable) -> None:
    """Una red 2-2-1 (W1 cuadrada) y una 2-3-1 sobre los mismos 6 puntos."""
    salida, avisos, extra = _visible("predecirBinaria", predecirBinaria)
    revisar_predecirBinaria(salida, ESPERADO["pred_cuadrada"], X_PRED.shape[1], avisos=avisos,
                            extra=extra, probabilidades=ESPERADO["pred_cuadrada_proba"])
    salida, avisos = llamar(predecirBinaria, X_PRED.copy(), parametros_prediccion()[1],
                            nombre="predecirBinaria")
    revisar_predecirBinaria(salida, ESPERADO["pred_tres"], X_PRED.shape[1], avisos=avisos)
    exito("predecirBinaria: Z = W·X + b, tanh, sigmoide y umbral 0.5; forma (1, m).")


def verificar_gradientes(retroBinaria: Callable, redAdelante: Callable, costo: Callable,
                         semilla: int = 0) -> dict:
    """Compara TU retroBinaria con el gradiente numérico del costo de la red dada.

    Argumentos:
        retroBinaria: tu función; redAdelante, costo: la red y el costo de la unidad 6.
    Devuelve:
        {nombre: error relativo} e imprime una tabla. Falla si alguno supera 1e-6.
    """
    from .gradiente_numerico import comprobar_gradiente, gradiente_numerico

    rng = np.random.default_rng(semilla)
    X = rng.normal(size=(2, 7))
    Y = (rng.random((1, 7)) < 0.5).astype(float)
    Y[0, :2] = (0.0, 1.0)
    params = {"W1": rng.normal(0, 0.8, (4, 2)), "b1": rng.normal(0, 0.3, (4, 1)),
              "W2": rng.normal(0, 0.8, (1, 4)), "b2": rng.normal(0, 0.3, (1, 1))}
    activaciones = ["tanh", "sigmoide"]
    A2, caches = redAdelante(X, params, activaciones)
    A1 = caches[0][1][1]
    analiticos = dict(zip(("W1", "b1", "W2", "b2"),
                          retroBinaria(X, Y, A1, A2, params["W2"].copy())))

    def J():
        return costo(redAdelante(X, params, activaciones)[0], Y)

    errores = {}
    for nombre in ("W2", "b2", "W1", "b1"):
        numerico = gradiente_numerico(J, params[nombre])
        errores["d" + nombre] = comprobar_gradiente(
            analiticos[nombre], numerico, "d" + nombre, m=X.shape[1],
            costo="el costo", gradientes="tu retroBinaria")
        print(f"  d{nombre}: error relativo {errores['d' + nombre]:.2e}")
    exito("los cuatro productos de la regla de la cadena coinciden con el gradiente numérico.")
    return errores


# ---------------------------------------------------------------------------------------------
# Gráficas y tablas
# ---------------------------------------------------------------------------------------------

def graficar_pesos(matrices: Mapping[str, np.ndarray], titulo: str = "Pesos W1 (una fila por "
                                                                      "unidad)"):
    """Mapa de calor de cada matriz de pesos: filas iguales = unidades idénticas."""
    import matplotlib.pyplot as plt

    fig, ejes = plt.subplots(1, len(matrices), figsize=(3.2 * len(matrices), 3), squeeze=False)
    for ax, (nombre, W) in zip(ejes[0], matrices.items()):
        W = np.asarray(W, dtype=float)
        limite = max(float(np.max(np.abs(W))), 1e-12)
        imagen = ax.imshow(W, cmap="RdBu_r", vmin=-limite, vmax=limite, aspect="auto")
        ax.set_title(nombre, fontsize=10)
        ax.set_xlabel("entrada")
        ax.set_ylabel("unidad")
        fig.colorbar(imagen, ax=ax, fraction=0.046)
    fig.suptitle(titulo)
    fig.tight_layout()
    return fig


def graficar_por_capa(paneles: Mapping[str, Mapping[str, Sequence[float]]], *,
                      ylabel: str = "desviación típica de A^[l]", log: bool = True,
                      titulo: str = ""):
    """Un panel por entrada de ``paneles`` ({"tanh": {"He": [...], ...}, ...}) con una curva
    por esquema: el valor de cada capa l = 1..L."""
    import matplotlib.pyplot as plt

    fig, ejes = plt.subplots(1, len(paneles), figsize=(5.2 * len(paneles), 3.8), squeeze=False)
    for ax, (nombre, curvas) in zip(ejes[0], paneles.items()):
        for esquema, valores in curvas.items():
            valores = np.asarray(valores, dtype=float)
            ax.plot(np.arange(1, len(valores) + 1), valores, marker="o", ms=3, label=esquema)
        if log:
            ax.set_yscale("log")
        ax.set_xlabel("capa l")
        ax.set_ylabel(ylabel)
        ax.set_title(nombre)
        ax.grid(alpha=0.3, which="both")
    ejes[0][-1].legend(fontsize=8, loc="center left", bbox_to_anchor=(1.02, 0.5))
    if titulo:
        fig.suptitle(titulo)
    fig.tight_layout()
    return fig


def histogramas_por_capa(filas: Mapping[str, Sequence[np.ndarray]], capas: Sequence[int],
                         limites: tuple[float, float] = (-1.0, 1.0), titulo: str = ""):
    """Histogramas de las activaciones de algunas capas (como en CS231n, «Neural Networks
    Part 2»): un panel por esquema, ``filas`` = {nombre: [A^[1], ..., A^[L]]}, con una curva por
    capa de ``capas`` (numeradas desde 1). Los valores fuera de ``limites`` se acumulan en los
    bordes."""
    import matplotlib.pyplot as plt

    fig, ejes = plt.subplots(1, len(filas), figsize=(3.3 * len(filas), 2.6), squeeze=False)
    for ax, (nombre, activaciones) in zip(ejes[0], filas.items()):
        for l in capas:
            valores = np.clip(np.asarray(activaciones[l - 1], dtype=float).ravel(), *limites)
            ax.hist(valores, bins=40, range=limites, histtype="step", density=True,
                    label=f"capa {l}")
        ax.set_yscale("log")
        ax.set_title(nombre, fontsize=9)
        ax.set_xlabel("activación")
        ax.tick_params(labelsize=7)
    ejes[0][0].set_ylabel("densidad (log)")
    ejes[0][-1].legend(fontsize=7)
    if titulo:
        fig.suptitle(titulo, fontsize=10)
    fig.tight_layout()
    return fig


def graficar_costos(costos: Mapping[str, Sequence[float]], titulo: str = "Costo durante el "
                                                                          "entrenamiento"):
    """Curvas del costo por paso (una por entrada del diccionario)."""
    return graficas.curva_de_costo(costos, titulo=titulo, xlabel="paso")


def _mapa(ax, probabilidad: Callable, X, Y, titulo: str, resolucion: int = 150):
    x_min, x_max = X[0].min() - 0.5, X[0].max() + 0.5
    y_min, y_max = X[1].min() - 0.5, X[1].max() + 0.5
    xx, yy = np.meshgrid(np.linspace(x_min, x_max, resolucion),
                         np.linspace(y_min, y_max, resolucion))
    puntos = np.vstack([xx.ravel(), yy.ravel()])
    p = np.asarray(probabilidad(puntos), dtype=float).reshape(xx.shape)
    ax.contourf(xx, yy, p, levels=np.linspace(0, 1, 11), cmap="RdBu", alpha=0.75)
    ax.contour(xx, yy, p, levels=[0.5], colors="k", linewidths=1.2)
    etiquetas = np.asarray(Y).ravel()
    ax.scatter(X[0, etiquetas == 0], X[1, etiquetas == 0], s=12, c="tab:red", edgecolor="k",
               linewidths=0.3, label="clase 0")
    ax.scatter(X[0, etiquetas == 1], X[1, etiquetas == 1], s=12, c="tab:blue", edgecolor="k",
               linewidths=0.3, label="clase 1")
    ax.set_title(titulo, fontsize=10)
    ax.set_xticks([])
    ax.set_yticks([])


def graficar_frontera(probabilidad: Callable, X, Y, titulo: str = "Frontera de decisión"):
    """Mapa de ŷ = a^[2] en el plano, la frontera ŷ = 0.5 (línea negra) y los datos.

    Argumentos:
        probabilidad: función que recibe puntos (2, k) y devuelve ŷ de forma (1, k) o (k,).
        X: datos, forma (2, m); Y: etiquetas, forma (1, m).
    """
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 4))
    _mapa(ax, probabilidad, X, Y, titulo)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    return fig


def graficar_barrido(resultados: Sequence[tuple], X, Y):
    """Una frontera por tamaño de la capa oculta: ``resultados`` = [(nh, probabilidad, texto),
    ...] con ``probabilidad`` como en graficar_frontera y ``texto`` para el título (p. ej. las
    exactitudes)."""
    import matplotlib.pyplot as plt

    columnas = 4
    filas = math.ceil(len(resultados) / columnas)
    fig, ejes = plt.subplots(filas, columnas, figsize=(3.2 * columnas, 3 * filas), squeeze=False)
    for ax, (nh, probabilidad, texto) in zip(ejes.ravel(), resultados):
        _mapa(ax, probabilidad, X, Y, f"n_h = {nh}\n{texto}", resolucion=80)
    for ax in ejes.ravel()[len(resultados):]:
        ax.axis("off")
    fig.suptitle("Tamaño de la capa oculta (red 2-n_h-1, tanh → sigmoide, Glorot)")
    fig.tight_layout()
    return fig


def tabla_reglas(reglasCapaOculta: Callable, redes=REDES_DE_LAS_DIAPOSITIVAS) -> None:
    """Imprime, para cada red (nombre, nx, nh, ny), los límites de las tres reglas y cuáles
    cumple, usando TU reglasCapaOculta."""
    print(f"{'red':44s} {'nh':>4s} | {'regla 1':>11s} | {'regla 2':>11s} | {'regla 3':>11s}")
    print("-" * 92)
    for nombre, nx, nh, ny in redes:
        m1, M2, m3, cumple = reglasCapaOculta(nx, nh, ny)
        marcas = ["✔" if c else "✘" for c in cumple]
        print(f"{nombre:44s} {nh:4d} | ≥ {int(m1):5d}  {marcas[0]}  | ≤ {int(M2):5d}  {marcas[1]}  "
              f"| ≥ {int(m3):5d}  {marcas[2]}")

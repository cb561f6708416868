"""Unidad «MNIST con NumPy»: datos, pruebas visibles y gráficas.

Red 784-512-10 con capa oculta tanh (o ReLU) y salida softmax. Los ejemplos son columnas:
X tiene forma (784, m) y las etiquetas one-hot forma (10, m).

Las funciones ``revisar_*`` deciden si una salida es correcta dada la esperada (tipo → forma →
valores → errores típicos); las ``probar_*`` las aplican a entradas fijas y pequeñas con la salida
esperada escrita aquí. Las pruebas ocultas del calificador usan las mismas ``revisar_*`` con
entradas nuevas de otros tamaños.
"""
from __future__ import annotations

import contextlib
import functools
import io
import itertools
import math
from typing import Callable, Sequence

import numpy as np

from . import graficas, huellas
from .comprobar import (Sospecha, comprobar_arreglo, comprobar_costo_nulo,
                        comprobar_entrenamiento, comprobar_escalar,
                        comprobar_lista_de_escalares, comprobar_trayectoria, comprobar_tupla,
                        comprobar_valores, exito, fallar, llamar, sospechas_de,
                        sospechas_de_escala)
from .diapositivas import TABLA_SOFTMAX
from .datos.mnist import DatosMNIST, ErrorDatosMNIST, cargar_mnist, codificar_one_hot

__all__ = [
    "cargar_mnist", "DatosMNIST", "ErrorDatosMNIST", "codificar_one_hot", "exactitud",
    "probar_softmax", "probar_tanh", "probar_tanhGrad", "probar_relu", "probar_reluGrad",
    "probar_initParams", "probar_feedForward", "probar_costoGlobal", "probar_backProp",
    "probar_entrenarRed", "probar_predecir", "verificar_gradientes", "tabla_softmax",
    "entrenar_con_validacion", "mostrar_ejemplos", "graficar_curvas", "matriz_de_confusion",
    "graficar_matriz_de_confusion", "mostrar_peores_errores", "graficar_pesos_ocultos",
]


# ---------------------------------------------------------------------------------------------
# Entradas fijas de las pruebas visibles: red pequeña 5-4-3 con m = 6 ejemplos
# ---------------------------------------------------------------------------------------------

NX, NH, NY, M = 5, 4, 3, 6



def datos_de_prueba():
    """X (5, 6) con valores de píxel en [0, 1] e y one-hot (3, 6) con etiquetas [0 2 1 2 0 1]."""
    X = np.array([[0.0, 0.2, 0.9, 0.5, 1.0, 0.4],
                  [0.3, 0.8, 0.1, 0.0, 0.6, 0.7],
                  [1.0, 0.4, 0.0, 0.7, 0.2, 0.9],
                  [0.5, 0.0, 0.6, 0.9, 0.3, 0.1],
                  [0.8, 0.6, 0.2, 0.1, 0.0, 0.5]])
    y = codificar_one_hot([0, 2, 1, 2, 0, 1], 3, dtype=float)
    return X, y


def parametros_de_prueba():
    """w1 (4, 5), b1 (4, 1), w2 (3, 4), b2 (3, 1) fijos para las pruebas visibles."""
    w1 = np.array([[0.4, -0.6, 0.2, 0.5, -0.1],
                   [-0.3, 0.8, -0.5, 0.1, 0.3],
                   [0.7, 0.2, -0.4, -0.6, 0.2],
                   [-0.2, -0.3, 0.6, 0.4, -0.5]])
    b1 = np.array([[0.1], [-0.2], [0.05], [0.0]])
    w2 = np.array([[0.6, -0.5, 0.3, 0.2],
                   [-0.4, 0.7, 0.2, -0.3],
                   [0.1, -0.3, -0.8, 0.5]])
    b2 = np.array([[0.2], [-0.1], [0.0]])
    return w1, b1, w2, b2


# Puntajes para softmax: moderados (3, 4) y enormes (desbordan un np.exp sin estabilizar).
Z_SOFTMAX = np.array([[1.0, -2.0, 0.5, 3.0],
                      [2.0, 0.0, 0.5, -1.0],
                      [0.5, 1.0, 0.5, 0.0]])
Z_SOFTMAX_GRANDE = np.array([[1000.0, -1000.0, 5.0],
                             [999.0, -1001.0, 4.0],
                             [998.0, -1003.0, -800.0]])
Z_ACTIVACION = np.array([[-800.0, -3.0, -0.5, 0.0, 0.25, 2.0, 800.0],
                         [1.5, -1.0, 0.0, -2e-3, 4.0, -20.0, 0.1]])
A_TANH = np.tanh(Z_ACTIVACION[:, 1:6])        # activaciones tanh (lejos de ±1 salvo alguna)
A_RELU = np.maximum(0.0, Z_ACTIVACION)        # activaciones ReLU, con ceros exactos

# Salidas esperadas de las pruebas visibles: números escritos en course/_mnist_esperado.py por
# autograder/unidades/mnist/esperado.py (tests/test_mnist_unidad.py vigila que sigan al día).
from ._mnist_esperado import ESPERADO  # noqa: E402  (solo números, ningún código de solución)

ENTRENAR = {"epocas": 5, "lr": 0.5}
SGD_CERO = {"m": 9, "tamLote": 4, "epocas": 12}       # lr = 0: ¿se baraja en cada época?
SGD_IGUALES = {"m": 7, "tamLote": 3, "epocas": 4, "lr": 0.8}   # ejemplos idénticos


# ---------------------------------------------------------------------------------------------
# Ayudas para el estudiante (dadas, sin calificación)
# ---------------------------------------------------------------------------------------------

def exactitud(predichas, reales) -> float:
    """Fracción de aciertos entre etiquetas predichas (m,) y reales (m,) o one-hot (k, m)."""
    reales = np.asarray(reales)
    if reales.ndim == 2:
        reales = np.argmax(reales, axis=0)
    return float(np.mean(np.asarray(predichas).ravel() == reales.ravel()))


def tabla_softmax(softmax: Callable) -> None:
    """Imprime la tabla de la diapositiva con TU softmax al lado de los valores del curso."""
    print(f"{'entrada':>32} | {'tu softmax':>44} | curso")
    for entrada, curso in TABLA_SOFTMAX:
        salida = np.asarray(softmax(np.array(entrada)))
        print(f"{str(entrada):>32} | {np.array2string(salida, precision=8):>44} | "
              f"{'✔' if np.allclose(salida, curso, rtol=1e-4, atol=1e-16) else '✘'}")


# ---------------------------------------------------------------------------------------------
# Revisiones (compartidas por pruebas visibles y ocultas)
# ---------------------------------------------------------------------------------------------


def _softmax_sin_solucion(Z, eje):
    """Softmax por el eje dado: solo para construir diagnósticos de errores (filas vs columnas)."""
    Z = np.asarray(Z, dtype=float)
    with np.errstate(all="ignore"):
        E = np.exp(Z - np.max(Z, axis=eje, keepdims=True))
        return E / np.sum(E, axis=eje, keepdims=True)


def _softmax_con_maximo_global(Z):
    """Lo que da restar el máximo de TODA la matriz (un error): solo para diagnosticarlo."""
    Z = np.asarray(Z, dtype=float)
    with np.errstate(all="ignore"):
        E = np.exp(Z - np.max(Z))
        return E / np.sum(E, axis=0, keepdims=True)


def diagnosticar_nan_de_softmax(S, Z, donde: str = "softmax(Z)", avisos=()) -> None:
    """Si ``S`` (lo que dio softmax de ``Z``, o a2 con Z = z2) tiene NaN o infinitos, falla
    explicando la causa: el máximo GLOBAL (una columna cuyos puntajes están ~745 o más por
    debajo del máximo de otra se anula entera: 0/0) o no restar ningún máximo (e^z desborda)."""
    if not (isinstance(S, np.ndarray) and S.shape == np.shape(Z)) or np.all(np.isfinite(S)):
        return
    Z = np.asarray(Z, dtype=float)
    global_ = _softmax_con_maximo_global(Z)
    if Z.ndim == 2 and np.any(np.isnan(global_)) and np.array_equal(np.isnan(S),
                                                                    np.isnan(global_)):
        columnas = sorted({int(j) for j in np.nonzero(np.isnan(S))[1]})
        fallar(f"{donde} tiene NaN en la(s) columna(s) {columnas}, justo las que tienen todos sus "
               f"puntajes muy por debajo del máximo de otra columna: ¿restaste el máximo de TODA "
               f"la matriz (np.max(Z)) en vez del de cada columna? e^(z − máximo global) da 0 en "
               f"todas las filas de esa columna y 0/0 = NaN. Resta el máximo de cada columna: "
               f"np.max(Z, axis=0, keepdims=True).")
    fallar(f"Con puntajes grandes {donde} da NaN o infinito: np.exp(1000) desborda (inf / inf "
           f"= NaN). Resta a cada columna su máximo antes de exponenciar (np.max(Z, axis=0, "
           f"keepdims=True)); el resultado no cambia porque e^(z−c)/Σe^(z−c) = e^z/Σe^z."
           + (f" NumPy avisó: {'; '.join(avisos)}." if avisos else ""))


def revisar_softmax(salida, esperado, Z, *, avisos=(), extra=None, rtol=1e-6, atol=1e-12) -> None:
    """``esperado`` = softmax correcto de ``Z``; ``Z`` de forma (k, m) o (k,)."""
    esperado = np.asarray(esperado, dtype=float)
    diagnosticar_nan_de_softmax(salida, Z, avisos=avisos)
    S = comprobar_arreglo(salida, "softmax(Z)", esperado.shape, avisos=avisos)
    if S.ndim == 2 and S.shape[1] > 1 and not np.allclose(S.sum(axis=0), 1, atol=1e-6):
        if np.allclose(S.sum(axis=1), 1, atol=1e-6):
            fallar("softmax normalizó por FILAS: cada fila suma 1. Cada COLUMNA es un ejemplo y "
                   "es la que debe sumar 1: usa np.max y np.sum con axis=0 y keepdims=True.")
        if np.isclose(S.sum(), 1, atol=1e-6):
            fallar("softmax dividió entre la suma de TODA la matriz: la suma total es 1 pero "
                   "cada columna debe sumar 1. Usa np.sum(E, axis=0, keepdims=True).")
    if np.any(S < 0) or not np.allclose(np.sum(S, axis=0), 1, atol=1e-6):
        fallar("La salida de softmax debe ser una distribución de probabilidad por columna: "
               "valores ≥ 0 que suman 1 en cada columna.")
    sospechas = [*sospechas_de(extra, "S")]
    if S.ndim == 2:
        sospechas.append(Sospecha(_softmax_sin_solucion(Z, 1),
                                  "normalizaste por filas (axis=1); softmax va por columnas."))
    comprobar_valores(S, esperado, "softmax(Z)", rtol=rtol, atol=atol, sospechas=sospechas,
                      pista="softmax(z)_i = e^(z_i) / Σ_j e^(z_j), calculado en cada columna. "
                            "Restar el máximo de la columna no cambia el resultado y evita "
                            "desbordes.")


def revisar_elemento_a_elemento(salida, esperado, nombre: str, *, avisos=(), extra=None,
                                sospechas=(), pista="", pista_forma="") -> None:
    """Salida de tanh, tanhGrad, relu o reluGrad: misma forma que la entrada y valores.
    ``pista_forma``: qué suele producir una forma distinta (p. ej. np.max en vez de np.maximum)."""
    esperado = np.asarray(esperado, dtype=float)
    if pista_forma and isinstance(salida, np.ndarray) and salida.shape != esperado.shape and \
            salida.ndim < esperado.ndim:
        fallar(f"{nombre} tiene forma {salida.shape} y la entrada {esperado.shape}: {pista_forma}")
    if isinstance(salida, np.ndarray) and salida.dtype == bool:
        fallar(f"{nombre} devolvió booleanos (True/False). Devuelve números 0.0 y 1.0: por "
               f"ejemplo np.where(A > 0, 1.0, 0.0) o (A > 0).astype(float).")
    valor = comprobar_arreglo(salida, nombre, esperado.shape, avisos=avisos)
    comprobar_valores(valor, esperado, nombre, rtol=1e-6, atol=1e-9,
                      sospechas=[*sospechas, *sospechas_de(extra, "A")], pista=pista)


def _sospechas_tanhGrad(A):
    A = np.asarray(A, dtype=float)
    return [Sospecha(1 - np.tanh(A) ** 2, "aplicaste tanh otra vez: tanhGrad recibe la "
                                          "ACTIVACIÓN A = tanh(Z), así que tanh'(Z) = 1 − A²."),
            Sospecha(1 - A, "falta el cuadrado: la derivada es 1 − A² (A**2), no 1 − A."),
            Sospecha(A * (1 - A), "esa es la derivada de la sigmoide, A·(1 − A); la de tanh es "
                                  "1 − A²."),
            Sospecha(A ** 2 - 1, "tiene el signo cambiado: es 1 − A², no A² − 1.")]


PISTA_NP_MAX = ("se perdió una dimensión: ¿usaste np.max(Z, 0)? np.max REDUCE un eje (da el "
                "máximo de cada columna); ReLU compara cada elemento con 0: np.maximum(0, Z).")


def _sospechas_relu(Z):
    Z = np.asarray(Z, dtype=float)
    return [Sospecha(np.where(Z > 0, Z, 0.01 * Z), "esa es la Leaky ReLU (0.01·Z para Z < 0); "
                                                    "ReLU vale exactamente 0 para Z < 0."),
            Sospecha(np.abs(Z), "calculaste |Z|: ReLU es max(0, Z), los negativos pasan a 0."),
            Sospecha(np.clip(Z, 0, 1), "recortaste también por arriba: ReLU no tiene tope, "
                                       "max(0, Z).")]


def _sospechas_reluGrad(A):
    A = np.asarray(A, dtype=float)
    return [Sospecha(np.where(A >= 0, 1.0, 0.0),
                     "donde A = 0 devolviste 1. La derivada de ReLU no está definida en 0 y el "
                     "curso usa 0 ahí: compara con A > 0, no con A >= 0."),
            Sospecha(A, "devolviste la propia activación; la derivada es 1 donde A > 0 y 0 donde "
                        "A = 0.")]


def _revisar_capa_glorot(W, n_in: int, n_out: int, nombre: str) -> None:
    """Pesos de una capa: cota, media, varianza y forma de la distribución U[−a, a]."""
    W = np.asarray(W, dtype=float)
    n = W.size
    a = math.sqrt(6) / math.sqrt(n_in + n_out)
    var = 2 / (n_in + n_out)
    maximo = float(np.max(np.abs(W)))
    media = float(np.mean(W))
    varianza = float(np.mean((W - media) ** 2))
    curtosis = float(np.mean((W - media) ** 4) / max(varianza, 1e-300) ** 2)
    donde = f"(n_in = {n_in}, n_out = {n_out}: a = √6/√(n_in + n_out) = {a:.5f})"
    if maximo > a * (1 + 1e-7):
        if curtosis > 2.4:
            fallar(f"{nombre} parece salir de una distribución NORMAL (hay valores de hasta "
                   f"{maximo:.4f}, fuera de ±a) {donde}. Glorot uniforme usa np.random."
                   f"uniform(-a, a), no una normal.")
        fallar(f"{nombre} tiene valores de hasta {maximo:.4f}, fuera de la cota de Glorot "
               f"{donde}. Revisa la cota: ¿usaste otra fórmula o las neuronas de otra capa?")
    if abs(media) > 6 * a / math.sqrt(3 * n) + 1e-12:
        if np.all(W >= 0) or np.all(W <= 0):
            fallar(f"{nombre} tiene todos los pesos del mismo signo: la distribución es "
                   f"U[−a, a], simétrica alrededor de 0, no U[0, a].")
        fallar(f"La media de {nombre} es {media:.4f}, demasiado lejos de 0 para U[−a, a] "
               f"{donde}.")
    if maximo < 0.9 * a:
        fallar(f"{nombre}: el mayor |w| es {maximo:.5f}, muy por debajo de la cota de Glorot "
               f"{donde}. ¿Usaste una cota más pequeña (por ejemplo 1/√n_in) o multiplicaste "
               f"por 0.01?")
    tolerancia = max(0.03, 6 * math.sqrt(0.8 / n))
    if abs(varianza / var - 1) > tolerancia:
        fallar(f"La varianza de {nombre} es {varianza:.3g} y debe ser ≈ 2/(n_in + n_out) = "
               f"{var:.3g} {donde}. ¿Es uniforme en [−a, a]?")


def revisar_initParams(salida, nx: int, nh: int, ny: int, *, avisos=()) -> tuple:
    """Formas, sesgos en cero y estadísticas de Glorot. Devuelve los cuatro arreglos."""
    formas = {"w1": (nh, nx), "b1": (nh, 1), "w2": (ny, nh), "b2": (ny, 1)}
    if isinstance(salida, (tuple, list)) and len(salida) == 4:
        if [np.shape(s) for s in salida] == [formas["w1"], formas["w2"], formas["b1"],
                                             formas["b2"]]:
            fallar("initParams devolvió (w1, w2, b1, b2): el orden del curso es "
                   "(w1, b1, w2, b2).")
    partes = comprobar_tupla(salida, list(formas), "initParams")
    w1, b1, w2, b2 = [comprobar_arreglo(p, n, f, avisos=avisos)
                      for p, (n, f) in zip(partes, formas.items())]
    for b, n in ((b1, "b1"), (b2, "b2")):
        if np.any(b != 0):
            fallar(f"{n} debe empezar en cero: los sesgos se inicializan en 0 (la asimetría ya "
                   f"la rompen los pesos aleatorios).")
    _revisar_capa_glorot(w1, nx, nh, "w1")
    _revisar_capa_glorot(w2, nh, ny, "w2")
    return w1, b1, w2, b2


def _formas(nx, nh, ny):
    return {"w1": (nh, nx), "b1": (nh, 1), "w2": (ny, nh), "b2": (ny, 1)}


def revisar_feedForward(salida, esperado: tuple, dims: tuple, *, activacion="tanh", avisos=(),
                        extra=None, sospechas_a1=(), z2=None) -> None:
    """``esperado`` = (a1, a2) correctos; ``dims`` = (nh, ny, m); ``z2`` (opcional), los
    puntajes de salida correctos, para explicar un a2 con NaN."""
    nh, ny, m = dims
    if isinstance(salida, (tuple, list)) and len(salida) == 2 and nh != ny:
        if tuple(np.shape(s) for s in salida) == ((ny, m), (nh, m)):
            fallar("feedForward devolvió (a2, a1): el orden correcto es (a1, a2), primero la "
                   "capa oculta y luego la salida.")
    a1, a2 = comprobar_tupla(salida, ["a1", "a2"], "feedForward")
    if z2 is not None:
        diagnosticar_nan_de_softmax(a2, z2, donde="a2 = softmax(z2)", avisos=avisos)
    a1 = comprobar_arreglo(a1, "a1", (nh, m), avisos=avisos)
    a2 = comprobar_arreglo(a2, "a2", (ny, m), avisos=avisos)
    nombre_act = "tanh" if activacion == "tanh" else "ReLU"
    comprobar_valores(a1, esperado[0], "a1", rtol=1e-6, atol=1e-9, sospechas=[
        *sospechas_a1, *sospechas_de(extra, "a1")],
        pista=f"Revisa z1 = w1·X + b1 (producto matricial w1 @ X) y la activación {nombre_act}"
              f" (activacion='{activacion}').")
    if not np.allclose(a2.sum(axis=0), 1, atol=1e-6):
        fallar("Las columnas de a2 no suman 1: la capa de salida debe aplicar softmax por "
               "columnas a z2 = w2·a1 + b2.")
    comprobar_valores(a2, esperado[1], "a2", rtol=1e-6, atol=1e-9,
                      sospechas=sospechas_de(extra, "a2"),
                      pista="a1 está bien: revisa la capa de salida, a2 = softmax(w2·a1 + b2).")


def revisar_costoGlobal(salida, esperado: float, m: int, k: int, *, avisos=(), extra=None,
                        binaria: float | None = None) -> None:
    costo = comprobar_escalar(salida, "El costo", avisos=avisos)
    sospechas = [*sospechas_de_escala(esperado, m),
                 Sospecha(esperado / k, f"vale lo esperado dividido entre {k}, el número de "
                                        f"clases: np.mean promedia sobre los k·m elementos. "
                                        f"Suma todo y divide solo entre m."),
                 Sospecha(esperado * m / k, f"dividiste entre y.shape[0] = {k} (las clases); m "
                                            f"es y.shape[1], el número de ejemplos (columnas)."),
                 Sospecha(esperado / np.log(2), "usaste logaritmo en base 2; el curso usa el "
                                                "natural (np.log)."),
                 Sospecha(esperado / np.log(10), "usaste np.log10; usa np.log."),
                 *sospechas_de(extra, "costo")]
    if binaria is not None:
        sospechas.append(Sospecha(binaria, "usaste la entropía cruzada BINARIA (con el término "
                                           "(1 − y)·ln(1 − ŷ)); con softmax la categórica es "
                                           "solo −Σ y·ln(ŷ)."))
    comprobar_valores(costo, esperado, "El costo", rtol=1e-6, atol=1e-9, sospechas=sospechas,
                      pista="J = −(1/m) Σ_ejemplos Σ_clases y·ln(ŷ), con m = número de columnas.")


def revisar_backProp(salida, esperado: tuple, dims: tuple, *, avisos=(), extra=None,
                     sospechas_por_nombre: dict | None = None) -> None:
    """``esperado`` = (dw1, db1, dw2, db2) correctos; ``dims`` = (nx, nh, ny, m)."""
    nx, nh, ny, m = dims
    formas = _formas(nx, nh, ny)
    nombres = ["dw1", "db1", "dw2", "db2"]
    if isinstance(salida, (tuple, list)) and len(salida) == 4:
        if [np.shape(s) for s in salida] == [formas["w1"], formas["w2"], formas["b1"],
                                             formas["b2"]]:
            fallar("backProp devolvió (dw1, dw2, db1, db2): el orden del curso es "
                   "(dw1, db1, dw2, db2).")
    grads = comprobar_tupla(salida, nombres, "backProp")
    grads = [comprobar_arreglo(g, n, formas[n[1:]], referencia=n[1:], avisos=avisos)
             for g, n in zip(grads, nombres)]
    extra_local = sospechas_por_nombre or {}
    for i in (2, 3, 0, 1):   # primero la salida: su error se propaga a la capa oculta
        nombre = nombres[i]
        if i < 2:
            pista = ("dw2 y db2 están bien, así que el error está en la propagación a la capa "
                     "oculta: dz1 = (w2ᵀ·dz2) ⊙ g'(z1), con g'(z1) calculada con la ACTIVACIÓN "
                     "a1 (tanhGrad(a1) o reluGrad(a1)).")
        else:
            pista = "Con softmax + entropía cruzada la capa de salida se simplifica: dz2 = a2 − y."
        comprobar_valores(grads[i], esperado[i], nombre, rtol=1e-5, atol=1e-9, sospechas=[
            *sospechas_de_escala(esperado[i], m), *extra_local.get(nombre, []),
            *sospechas_de(extra, nombre)], pista=pista)


def revisar_entrenarRed(salida, esperado: tuple, iniciales: tuple, epocas: int, dims: tuple, *,
                        avisos=(), extra=None) -> None:
    """Lotes completos: ``esperado`` = (w1, b1, w2, b2, costos) de la referencia."""
    nx, nh, ny = dims
    formas = _formas(nx, nh, ny)
    nombres = ["w1", "b1", "w2", "b2"]
    *params, costos = comprobar_tupla(salida, nombres + ["costos"], "entrenarRed")
    params = [comprobar_arreglo(p, n, formas[n], avisos=avisos) for p, n in zip(params, nombres)]
    costos = comprobar_lista_de_escalares(costos, "costos", epocas)
    *finales, costos_ref = esperado
    comprobar_entrenamiento(params, finales, nombres, costos, costos_ref, iniciales, epocas,
                            extra=extra, rtol=1e-5, atol=1e-9, pista_costos=(
                                "Con tamLote=None cada época es UN paso con todos los ejemplos: "
                                "feedForward → costo → backProp → actualizar los cuatro "
                                "parámetros."))


def _lotes_posibles(costos_ejemplo: np.ndarray, tam: int):
    """Valores posibles de costos[e] con lr = 0 según qué ejemplos caen en el último lote."""
    m = costos_ejemplo.size
    n_completos, resto = divmod(m, tam)
    total = costos_ejemplo.sum()
    if resto == 0:
        return {(): total / m}, {}
    validos, sin_ultimo = {}, {}
    for ultimo in itertools.combinations(range(m), resto):
        s = costos_ejemplo[list(ultimo)].sum()
        validos[ultimo] = ((total - s) / tam + s / resto) / (n_completos + 1)
        sin_ultimo[ultimo] = ((total - s) / tam) / n_completos
    return validos, sin_ultimo


def revisar_entrenarRed_lr_cero(salida, iniciales: tuple, costos_ejemplo, tam: int, epocas: int,
                                dims: tuple, *, avisos=()) -> None:
    """SGD con lr = 0: los parámetros no cambian y costos[e] es la media de los costos de los
    mini-lotes. Como el último lote es incompleto, costos[e] delata qué ejemplos cayeron en él:
    así se comprueba que se baraja en cada época sin depender del orden de los sorteos."""
    nx, nh, ny = dims
    formas = _formas(nx, nh, ny)
    costos_ejemplo = np.asarray(costos_ejemplo, dtype=float)
    m = costos_ejemplo.size
    n_lotes, n_completos = -(-m // tam), m // tam
    *params, costos = comprobar_tupla(salida, ["w1", "b1", "w2", "b2", "costos"], "entrenarRed")
    if isinstance(costos, (list, tuple, np.ndarray)) and np.ndim(costos) == 1:
        if len(costos) == epocas * n_lotes:
            fallar(f"costos tiene {len(costos)} valores, uno por mini-lote ({epocas} épocas × "
                   f"{n_lotes} lotes). Debe tener uno por ÉPOCA: la media de los costos de los "
                   f"lotes de esa época.")
        if len(costos) == epocas * n_completos:
            fallar(f"costos tiene {len(costos)} valores, uno por lote y sin el último lote "
                   f"incompleto. Debe tener uno por época, y el último lote también cuenta.")
    costos = comprobar_lista_de_escalares(costos, "costos", epocas)
    for p, q, n in zip(params, iniciales, formas):
        p = comprobar_arreglo(p, n, formas[n], avisos=avisos)
        if not np.allclose(p, q, rtol=0, atol=1e-12):
            fallar(f"Con lr = 0 el parámetro {n} cambió: la actualización debe ser exactamente "
                   f"{n} − lr·d{n} (¿usas otra tasa o sumas algo más?).")
    validos, sin_ultimo = _lotes_posibles(costos_ejemplo, tam)
    ultimos = []
    for e, c in enumerate(costos):
        coincide = [u for u, v in validos.items() if np.isclose(c, v, rtol=1e-6, atol=1e-10)]
        if coincide:
            ultimos.append(coincide[0])
            continue
        if any(np.isclose(c, v, rtol=1e-6, atol=1e-10) for v in sin_ultimo.values()):
            fallar(f"Con m = {m} y tamLote = {tam} el último lote tiene {m - n_completos * tam} "
                   f"ejemplo(s) y lo estás descartando: recorre range(0, m, tamLote) hasta el "
                   f"final, el último lote puede ser más pequeño.")
        if np.isclose(c, costos_ejemplo.mean(), rtol=1e-6):
            fallar(f"costos[{e}] es el costo medio de TODOS los ejemplos: o no usaste mini-lotes "
                   f"(¿ignoraste tamLote?) o ponderaste cada lote por su tamaño. El contrato pide "
                   f"la media SIN ponderar de los costos de los mini-lotes de la época "
                   f"(np.mean de la lista de costos): el último lote, más pequeño, pesa lo mismo "
                   f"que los demás.")
        fallar(f"costos[{e}] = {c:.6g} no es la media de los costos de los mini-lotes de la "
               f"época (con lr = 0 los parámetros no cambian, así que cada lote aporta su costo "
               f"con los parámetros iniciales). Revisa cómo formas los lotes y cómo promedias.")
    if len(set(ultimos)) == 1 and epocas >= 6:
        fallar("Los mini-lotes son los mismos en todas las épocas: o no barajas, o barajas una "
               "sola vez antes del bucle. Hay que barajar de nuevo (rng.permutation(m)) al "
               "comienzo de CADA época.")


def revisar_entrenarRed_iguales(salida, esperado: tuple, dims: tuple, epocas: int, *,
                                avisos=()) -> None:
    """SGD con todos los ejemplos idénticos: el barajado no importa y cada época hace
    exactamente ⌈m / tamLote⌉ pasos de descenso de gradiente. ``esperado`` de la referencia."""
    nx, nh, ny = dims
    formas = _formas(nx, nh, ny)
    *params, costos = comprobar_tupla(salida, ["w1", "b1", "w2", "b2", "costos"], "entrenarRed")
    params = [comprobar_arreglo(p, n, formas[n], avisos=avisos) for p, n in zip(params, formas)]
    costos = comprobar_lista_de_escalares(costos, "costos", epocas)
    *finales, costos_ref = esperado
    if costos[-1] > costos[0] and costos_ref[-1] < costos_ref[0]:
        fallar("Con mini-lotes el costo sube: ¿sumas el gradiente en vez de restarlo?")
    for p, ref, n in zip(params, finales, formas):
        comprobar_valores(p, ref, f"{n} final (mini-lotes)", rtol=1e-5, atol=1e-9,
                          pista="Con ejemplos idénticos cada mini-lote da el mismo gradiente, "
                                "así que cada época debe hacer exactamente ⌈m/tamLote⌉ "
                                "actualizaciones (una por lote, también el último).")
    comprobar_valores(costos, costos_ref, "costos (mini-lotes)", rtol=1e-5, atol=1e-9,
                      pista="costos[e] es la media de los costos de los lotes de la época e, "
                            "cada uno calculado antes de su actualización.")


def revisar_reproducible(salida_1, salida_2, funcion: str) -> None:
    """Dos llamadas con la misma semilla deben devolver lo mismo."""
    for p, q in zip(salida_1, salida_2):
        if not np.array_equal(np.asarray(p), np.asarray(q)):
            fallar(f"{funcion} con la misma semilla dio resultados distintos: crea el generador "
                   f"con np.random.default_rng(semilla) y úsalo para todos los sorteos.")


def revisar_predecir(salida, esperado, m: int, ny: int, *, avisos=(), extra=None,
                     probabilidades=None) -> None:
    esperado = np.asarray(esperado)
    if isinstance(salida, np.ndarray):
        if salida.shape == (ny,) and ny != m:
            fallar(f"predecir devolvió forma ({ny},): tomaste el argmax por filas (axis=1). La "
                   f"clase de cada ejemplo es el argmax de su COLUMNA: np.argmax(a2, axis=0).")
        if salida.shape == (ny, m):
            fallar("predecir devolvió una matriz (ny, m), como las probabilidades a2. Debe "
                   "devolver una etiqueta por ejemplo: np.argmax(a2, axis=0).")
        if salida.shape == (1, m):
            fallar(f"predecir devolvió forma (1, {m}); devuelve un arreglo 1-D de forma ({m},) "
                   f"(sin keepdims).")
    etiquetas = comprobar_arreglo(salida, "predecir(X)", (m,), avisos=avisos)
    comprobar_valores(etiquetas, esperado, "predecir(X)", rtol=0, atol=1e-9, sospechas=[
        Sospecha(esperado + 1, "las etiquetas van de 0 a 9 (índices de fila), no de 1 a 10: "
                               "no sumes 1 al argmax."),
        *([Sospecha(np.argmin(probabilidades, axis=0), "usaste argmin: la clase predicha es "
                                                        "la de MAYOR probabilidad (argmax).")]
          if probabilidades is not None else []),
        *sospechas_de(extra, "etiquetas")],
        pista="Propaga hacia adelante con feedForward(X, w1, w2, b1, b2) (¡ojo al orden de los "
              "argumentos!) y toma np.argmax(a2, axis=0).")


# ---------------------------------------------------------------------------------------------
# Pruebas visibles
# ---------------------------------------------------------------------------------------------

# Nombres de las salidas de cada función calificada, en orden. initParams es aleatoria: se
# revisa por estadísticas y no tiene huellas (tupla vacía).
SALIDAS = {
    "softmax": ("S",),
    "tanh": ("A",),
    "tanhGrad": ("A",),
    "relu": ("A",),
    "reluGrad": ("A",),
    "initParams": (),
    "feedForward": ("a1", "a2"),
    "costoGlobal": ("costo",),
    "backProp": ("dw1", "db1", "dw2", "db2"),
    "entrenarRed": ("w1", "b1", "w2", "b2", "costos"),
    "predecir": ("etiquetas",),
}


def entradas_visibles(funcion: str) -> tuple:
    """Los argumentos con que la prueba visible llama (primero) a ``funcion``."""
    X, y = datos_de_prueba()
    w1, b1, w2, b2 = parametros_de_prueba()
    a1, a2 = ESPERADO["a1"], ESPERADO["a2"]
    return {
        "softmax": (Z_SOFTMAX,),
        "tanh": (Z_ACTIVACION,),
        "tanhGrad": (A_TANH,),
        "relu": (Z_ACTIVACION,),
        "reluGrad": (A_RELU,),
        "initParams": (NX, NH, NY, 0),
        "feedForward": (X, w1, w2, b1, b2),
        "costoGlobal": (ESPERADO["y_est"], y),
        "backProp": (X, y, w1, w2, b1, b2, a2, a1),
        "entrenarRed": (ENTRENAR["epocas"], ENTRENAR["lr"], X, y, w1, b1, w2, b2, a1, a2),
        "predecir": (X, w1, b1, w2, b2),
    }[funcion]


# La llamada de cada prueba visible (entradas visibles, avisos y huellas): course.huellas.
_visible = functools.partial(huellas.llamar_visible, "mnist")


def probar_softmax(softmax: Callable) -> None:
    """La tabla de la diapositiva (vectores (3,)), una matriz (3, 4) y puntajes enormes."""
    for entrada, curso in TABLA_SOFTMAX:
        salida, avisos = llamar(softmax, np.array(entrada), nombre="softmax")
        digitos = min(len(f"{v:.10g}".replace("0.", "").lstrip("0").replace(".", ""))
                      for v in curso if 0 < v < 1)
        revisar_softmax(salida, curso, np.array(entrada), avisos=avisos,
                        rtol=max(1e-7, 0.6 * 10.0 ** (1 - digitos)), atol=1e-20)
    salida, avisos, extra = _visible("softmax", softmax)
    revisar_softmax(salida, ESPERADO["softmax"], Z_SOFTMAX, avisos=avisos, extra=extra)
    salida, avisos = llamar(softmax, Z_SOFTMAX_GRANDE.copy(), nombre="softmax")
    revisar_softmax(salida, ESPERADO["softmax_grande"], Z_SOFTMAX_GRANDE, avisos=avisos)
    exito("softmax: reproduce la tabla del curso, normaliza cada columna y es estable con "
          "puntajes de ±1000.")


def probar_tanh(tanh: Callable) -> None:
    salida, avisos, extra = _visible("tanh", tanh)
    if isinstance(salida, np.ndarray) and salida.shape == Z_ACTIVACION.shape and not np.all(
            np.isfinite(salida)):
        fallar("tanh da NaN con Z = ±800: (e^z − e^−z)/(e^z + e^−z) desborda. Usa np.tanh, "
               "que es estable.")
    revisar_elemento_a_elemento(salida, ESPERADO["tanh"], "tanh(Z)", avisos=avisos, extra=extra,
                                sospechas=[Sospecha(1 / (1 + np.exp(-np.clip(Z_ACTIVACION, -500,
                                                                             500))),
                                                    "eso es la sigmoide; usa np.tanh.")],
                                pista="tanh(z) = (e^z − e^−z)/(e^z + e^−z); usa np.tanh(Z).")
    exito("tanh: valores correctos, también con Z = ±800.")


def probar_tanhGrad(tanhGrad: Callable) -> None:
    salida, avisos, extra = _visible("tanhGrad", tanhGrad)
    revisar_elemento_a_elemento(salida, ESPERADO["tanhGrad"], "tanhGrad(A)", avisos=avisos,
                                extra=extra, sospechas=_sospechas_tanhGrad(A_TANH),
                                pista="Si A = tanh(Z), la derivada es 1 − A².")
    exito("tanhGrad: 1 − A² calculado con la activación.")


def probar_relu(relu: Callable) -> None:
    salida, avisos, extra = _visible("relu", relu)
    revisar_elemento_a_elemento(salida, ESPERADO["relu"], "relu(Z)", avisos=avisos, extra=extra,
                                sospechas=_sospechas_relu(Z_ACTIVACION),
                                pista="ReLU(Z) = max(0, Z) elemento a elemento: np.maximum(0, Z)"
                                      " (np.max reduce un eje, no es lo mismo).",
                                pista_forma=PISTA_NP_MAX)
    exito("relu: max(0, Z) elemento a elemento.")


def probar_reluGrad(reluGrad: Callable) -> None:
    salida, avisos, extra = _visible("reluGrad", reluGrad)
    revisar_elemento_a_elemento(salida, ESPERADO["reluGrad"], "reluGrad(A)", avisos=avisos,
                                extra=extra, sospechas=_sospechas_reluGrad(A_RELU),
                                pista="1.0 donde A > 0 y 0.0 donde A = 0.")
    exito("reluGrad: 1 donde A > 0 y 0 donde A = 0 (incluidos los ceros exactos).")


def probar_initParams(initParams: Callable) -> None:
    """Tamaños del curso (784-512-10) y otros; formas, cotas, media, varianza y semilla."""
    salida, avisos = llamar(initParams, nombre="initParams")
    revisar_initParams(salida, 784, 512, 10, avisos=avisos)
    salida, avisos = llamar(initParams, 60, 40, 20, semilla=1, nombre="initParams")
    revisar_initParams(salida, 60, 40, 20, avisos=avisos)
    otra, _ = llamar(initParams, 60, 40, 20, semilla=1, nombre="initParams")
    revisar_reproducible(salida, otra, "initParams")
    sin_1, _ = llamar(initParams, 60, 40, 20, nombre="initParams")
    sin_2, _ = llamar(initParams, 60, 40, 20, nombre="initParams")
    if np.array_equal(sin_1[0], sin_2[0]):
        fallar("initParams sin semilla devolvió dos veces los mismos pesos: con semilla=None el "
               "generador debe ser aleatorio (no fijes una semilla dentro de la función).")
    exito("initParams: formas, sesgos en cero, pesos en ±√6/√(n_in + n_out) con la varianza de "
          "Glorot, y reproducible con semilla.")


def entradas_feedforward_separadas():
    """Dos ejemplos opuestos que saturan tanh (a1 = ±1) y pesos de salida grandes: los puntajes
    z2 de la columna 0 son (1600, 1200, 800) y los de la columna 1 (−1600, −1200, −800). Una
    softmax que resta el máximo GLOBAL anula la columna 1 entera (0/0 = NaN)."""
    X = np.array([[2.0, -2.0]] * NX)
    w1, b1 = np.ones((NH, NX)), np.zeros((NH, 1))
    w2, b2 = np.array([[400.0], [300.0], [200.0]]) * np.ones((NY, NH)), np.zeros((NY, 1))
    return X, w1, w2, b1, b2


def revisar_feedForward_separadas(salida, X, w1, w2, b1, b2, *, avisos=()) -> None:
    """Por propiedades (sin la solución): a1 = tanh(w1 X + b1) y a2 finito, cada columna una
    distribución, con la clase de mayor puntaje casi con probabilidad 1."""
    z1 = w1 @ X + b1
    a1_esperado = np.tanh(z1)
    z2 = w2 @ a1_esperado + b2
    a1, a2 = comprobar_tupla(salida, ["a1", "a2"], "feedForward")
    diagnosticar_nan_de_softmax(a2, z2, donde="a2 = softmax(z2)", avisos=avisos)
    a2 = comprobar_arreglo(a2, "a2", z2.shape, avisos=avisos)
    if not np.allclose(a2.sum(axis=0), 1, atol=1e-6) or np.any(a2 < 0):
        fallar("Con puntajes de salida de ±1600, las columnas de a2 no son distribuciones de "
               "probabilidad (valores ≥ 0 que suman 1).")
    ganadora = np.argmax(z2, axis=0)
    if not np.allclose(a2[ganadora, np.arange(z2.shape[1])], 1.0, atol=1e-9):
        fallar("Con puntajes de salida de ±1600, la clase de mayor puntaje de cada columna debe "
               "llevarse prácticamente toda la probabilidad (las demás están a 400 o más por "
               "debajo: e^−400 ≈ 0).")


def probar_feedForward(feedForward: Callable) -> None:
    salida, avisos, extra = _visible("feedForward", feedForward)
    revisar_feedForward(salida, (ESPERADO["a1"], ESPERADO["a2"]), (NH, NY, M), avisos=avisos,
                        extra=extra)
    salida, avisos = llamar(feedForward, *entradas_visibles("feedForward"), activacion="relu",
                            nombre="feedForward")
    revisar_feedForward(salida, (ESPERADO["a1_relu"], ESPERADO["a2_relu"]), (NH, NY, M),
                        activacion="relu", avisos=avisos, sospechas_a1=[Sospecha(
                            ESPERADO["a1"], "con activacion='relu' devolviste tanh: usa el "
                                            "argumento activacion para elegir la función.")])
    X, w1, w2, b1, b2 = entradas_feedforward_separadas()
    salida, avisos = llamar(feedForward, X, w1, w2, b1, b2, nombre="feedForward")
    revisar_feedForward_separadas(salida, X, w1, w2, b1, b2, avisos=avisos)
    exito("feedForward (pruebas visibles): a1 con tanh y con ReLU, a2 = softmax con columnas que "
          "suman 1, también con dos ejemplos cuyos puntajes de salida están a ±1600.")


def probar_costoGlobal(costoGlobal: Callable) -> None:
    salida, avisos, extra = _visible("costoGlobal", costoGlobal)
    revisar_costoGlobal(salida, ESPERADO["costo"], M, NY, avisos=avisos, extra=extra,
                        binaria=ESPERADO["costo_binaria"])
    _, y = datos_de_prueba()
    # Predicciones perfectas (ceros y unos exactos): costo 0, sin NaN por 0·log(0).
    comprobar_costo_nulo(costoGlobal, y.copy(), y, nombre="costoGlobal")
    exito("costoGlobal (pruebas visibles): float, el valor esperado en la entrada de prueba y "
          "estable con ŷ en 0 y 1.")


def probar_backProp(backProp: Callable) -> None:
    salida, avisos, extra = _visible("backProp", backProp)
    esperado = tuple(ESPERADO[n] for n in SALIDAS["backProp"])
    revisar_backProp(salida, esperado, (NX, NH, NY, M), avisos=avisos, extra=extra)
    X, y = datos_de_prueba()
    w1, b1, w2, b2 = parametros_de_prueba()
    salida, avisos = llamar(backProp, X, y, w1, w2, b1, b2, ESPERADO["a2_relu"],
                            ESPERADO["a1_relu"], activacion="relu", nombre="backProp")
    esperado = tuple(ESPERADO[n + "_relu"] for n in SALIDAS["backProp"])
    revisar_backProp(salida, esperado, (NX, NH, NY, M), avisos=avisos, sospechas_por_nombre={
        "dw1": [Sospecha(ESPERADO["dw1_relu_con_tanh"], "con activacion='relu' usaste "
                                                        "tanhGrad: usa reluGrad(a1).")]})
    exito("backProp: gradientes correctos con tanh y con ReLU.")


def _datos_sgd_cero():
    """m = 9 ejemplos distintos (3 clases) para la prueba con lr = 0."""
    j = np.arange(SGD_CERO["m"])
    X = np.vstack([np.cos(0.7 * j + i) * (0.5 + 0.1 * i) for i in range(NX)])
    y = codificar_one_hot(j % NY, NY, dtype=float)
    return X, y


def _datos_sgd_iguales():
    """m = 7 copias del mismo ejemplo."""
    X, y = datos_de_prueba()
    m = SGD_IGUALES["m"]
    return np.repeat(X[:, :1], m, axis=1), np.repeat(y[:, :1], m, axis=1)


def _datos_aprendibles():
    """12 ejemplos de 3 grupos bien separados (un problema que cualquier SGD correcto aprende)."""
    j = np.arange(12)
    clase = j % NY
    prototipos = np.array([[1, 0, 0, 1, 0], [0, 1, 0, 0, 1], [0, 0, 1, 1, 1]], dtype=float)
    X = prototipos[clase].T + 0.1 * np.cos(np.arange(NX)[:, None] * 1.3 + j)
    return X, codificar_one_hot(clase, NY, dtype=float)


def probar_entrenarRed(entrenarRed: Callable) -> None:
    """Lotes completos contra valores fijos; mini-lotes por propiedades (no por los sorteos)."""
    with contextlib.redirect_stdout(io.StringIO()):   # sin las barras de progreso
        salida, avisos, extra = _visible("entrenarRed", entrenarRed)
    esperado = (ESPERADO["w1_final"], ESPERADO["b1_final"], ESPERADO["w2_final"],
                ESPERADO["b2_final"], ESPERADO["costos"])
    revisar_entrenarRed(salida, esperado, parametros_de_prueba(), ENTRENAR["epocas"],
                        (NX, NH, NY), avisos=avisos, extra=extra)
    with contextlib.redirect_stdout(io.StringIO()):
        probar_entrenarRed_sgd(entrenarRed, ESPERADO)
    exito("entrenarRed: lotes completos exactos; mini-lotes barajados en cada época, sin perder "
          "el último lote, un costo por época y reproducibles con semilla.")


def probar_entrenarRed_sgd(entrenarRed: Callable, esperado: dict) -> None:
    """Las tres pruebas de mini-lotes (``esperado`` trae los números de referencia)."""
    w1, b1, w2, b2 = parametros_de_prueba()
    # 1) lr = 0: los lotes se barajan en cada época y el último (incompleto) cuenta.
    X, y = _datos_sgd_cero()
    salida, avisos = llamar(entrenarRed, SGD_CERO["epocas"], 0.0, X, y, w1, b1, w2, b2, None,
                            None, tamLote=SGD_CERO["tamLote"], semilla=3, nombre="entrenarRed")
    revisar_entrenarRed_lr_cero(salida, (w1, b1, w2, b2), esperado["sgd_costos_ejemplo"],
                                SGD_CERO["tamLote"], SGD_CERO["epocas"], (NX, NH, NY),
                                avisos=avisos)
    # 2) ejemplos idénticos: ⌈m/tamLote⌉ pasos por época, sea cual sea el barajado.
    X, y = _datos_sgd_iguales()
    salida, avisos = llamar(entrenarRed, SGD_IGUALES["epocas"], SGD_IGUALES["lr"], X, y, w1, b1,
                            w2, b2, None, None, tamLote=SGD_IGUALES["tamLote"], semilla=5,
                            nombre="entrenarRed")
    revisar_entrenarRed_iguales(salida, tuple(esperado[f"sgd_iguales_{n}"] for n in
                                              ("w1", "b1", "w2", "b2", "costos")),
                                (NX, NH, NY), SGD_IGUALES["epocas"], avisos=avisos)
    # 3) aprende en un problema fácil y es reproducible con la misma semilla.
    X, y = _datos_aprendibles()
    args = (30, 0.5, X, y, w1, b1, w2, b2, None, None)
    uno, avisos = llamar(entrenarRed, *args, tamLote=4, semilla=7, nombre="entrenarRed")
    *_, costos = comprobar_tupla(uno, ["w1", "b1", "w2", "b2", "costos"], "entrenarRed")
    costos = comprobar_lista_de_escalares(costos, "costos", 30)
    if not np.mean(costos[-3:]) < 0.5 * costos[0]:
        fallar(f"Con mini-lotes de 4, lr = 0.5 y 30 épocas en un problema fácil (3 grupos bien "
               f"separados) el costo debería bajar mucho, pero pasó de {costos[0]:.4f} a "
               f"{costos[-1]:.4f}. ¿Actualizas los parámetros después de CADA mini-lote?")
    dos, _ = llamar(entrenarRed, *args, tamLote=4, semilla=7, nombre="entrenarRed")
    revisar_reproducible(uno, dos, "entrenarRed")


def probar_predecir(predecir: Callable) -> None:
    salida, avisos, extra = _visible("predecir", predecir)
    revisar_predecir(salida, ESPERADO["etiquetas"], M, NY, avisos=avisos, extra=extra,
                     probabilidades=ESPERADO["a2"])
    exito("predecir: una etiqueta por ejemplo, la de mayor probabilidad.")


def verificar_gradientes(backProp: Callable, feedForward: Callable, costoGlobal: Callable,
                         activacion: str = "tanh") -> dict:
    """Compara tu backProp con el gradiente numérico de TU feedForward + costoGlobal en la red
    pequeña 5-4-3 (no usa ninguna solución). Devuelve {nombre: error relativo} e imprime una
    tabla; con funciones coherentes entre sí el error queda por debajo de 1e-6."""
    from .gradiente_numerico import comprobar_gradiente, gradiente_numerico

    X, y = datos_de_prueba()
    params = dict(zip(("w1", "b1", "w2", "b2"), (p.copy() for p in parametros_de_prueba())))
    if activacion == "relu":   # lejos del pliegue de ReLU en 0 para que la derivada exista
        params["b1"] = params["b1"] + 0.3
    a1, a2 = feedForward(X, params["w1"], params["w2"], params["b1"], params["b2"],
                         activacion=activacion)
    analiticos = dict(zip(("w1", "b1", "w2", "b2"), backProp(
        X, y, params["w1"], params["w2"], params["b1"], params["b2"], a2, a1,
        activacion=activacion)))

    def J():
        return costoGlobal(feedForward(X, params["w1"], params["w2"], params["b1"], params["b2"],
                                       activacion=activacion)[1], y)

    errores = {}
    for nombre in ("w1", "b1", "w2", "b2"):
        numerico = gradiente_numerico(J, params[nombre])
        errores["d" + nombre] = comprobar_gradiente(
            analiticos[nombre], numerico, "d" + nombre, m=X.shape[1],
            costo="tu costoGlobal", gradientes="tu backProp")
        print(f"  d{nombre}: error relativo {errores['d' + nombre]:.2e}")
    exito(f"tus gradientes ({activacion}) coinciden con los numéricos.")
    return errores


# ---------------------------------------------------------------------------------------------
# Entrenamiento con validación, gráficas y análisis de errores
# ---------------------------------------------------------------------------------------------

def entrenar_con_validacion(entrenarRed: Callable, feedForward: Callable, costoGlobal: Callable,
                            predecir: Callable, datos: DatosMNIST, params: tuple, *, epocas: int,
                            lr: float, tamLote: int | None = 128, activacion: str = "tanh",
                            semilla: int = 0) -> tuple:
    """Entrena época a época con TU entrenarRed y mide el costo de validación tras cada época.

    Devuelve:
        (w1, b1, w2, b2) entrenados e historia = {"entrenamiento": [...], "validación": [...],
        "exactitud_val": [...]}, un valor por época.
    """
    from .avance import barra, silencio

    w1, b1, w2, b2 = params
    historia = {"entrenamiento": [], "validación": [], "exactitud_val": []}
    avance = barra(epocas, f"entrenando ({activacion})", unit="época")
    for epoca in range(epocas):
        # Una época por llamada: la barra de cada llamada se calla, esta las cuenta todas.
        with silencio(), contextlib.redirect_stdout(io.StringIO()):
            w1, b1, w2, b2, costos = entrenarRed(1, lr, datos.X_ent, datos.Y_ent, w1, b1, w2,
                                                 b2, None, None, tamLote=tamLote,
                                                 semilla=semilla + epoca, activacion=activacion)
        _, a2 = feedForward(datos.X_val, w1, w2, b1, b2, activacion=activacion)
        historia["entrenamiento"].append(float(costos[-1]))
        historia["validación"].append(costoGlobal(a2, datos.Y_val))
        historia["exactitud_val"].append(exactitud(np.argmax(a2, axis=0), datos.Y_val))
        avance.update(1)
        avance.set_postfix_str(f"costo {historia['entrenamiento'][-1]:.4f} · validación "
                               f"{historia['validación'][-1]:.4f} · exactitud "
                               f"{historia['exactitud_val'][-1]:.1%}")
    avance.close()
    return (w1, b1, w2, b2), historia


def mostrar_ejemplos(datos: DatosMNIST, n: int = 24, titulo: str | None = None):
    """Las primeras ``n`` imágenes de entrenamiento con su etiqueta."""
    import matplotlib.pyplot as plt

    columnas = min(n, 12)
    filas = -(-n // columnas)
    fig, ejes = plt.subplots(filas, columnas, figsize=(columnas * 0.9, filas * 1.1))
    for i, ax in enumerate(np.ravel(ejes)):
        ax.axis("off")
        if i < min(n, datos.X_ent.shape[1]):
            ax.imshow(datos.X_ent[:, i].reshape(datos.lado, datos.lado), cmap="gray_r")
            ax.set_title(datos.clases[int(datos.etiquetas_ent[i])], fontsize=8)
    fig.suptitle(titulo or datos.descripcion, fontsize=9)
    fig.tight_layout()
    return fig


def graficar_curvas(historias: dict, titulo: str = "Costo por época"):
    """Curvas de costo de entrenamiento y validación; ``historias`` = {"tanh": historia, ...}."""
    curvas = {}
    for nombre, historia in historias.items():
        for parte in ("entrenamiento", "validación"):
            curvas[f"{nombre} · {parte}"] = historia[parte]
    return graficas.curva_de_costo(curvas, titulo=titulo, xlabel="época")


def matriz_de_confusion(predichas, reales, k: int = 10) -> np.ndarray:
    """C[i, j] = ejemplos de clase real i predichos como j."""
    reales = np.asarray(reales)
    if reales.ndim == 2:
        reales = np.argmax(reales, axis=0)
    C = np.zeros((k, k), dtype=int)
    np.add.at(C, (reales.ravel(), np.asarray(predichas).ravel()), 1)
    return C


def graficar_matriz_de_confusion(C: np.ndarray, clases: Sequence[str] = tuple("0123456789"),
                                 titulo: str = "Matriz de confusión (prueba)"):
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5.2, 4.6))
    imagen = ax.imshow(C, cmap="Blues")
    for i in range(C.shape[0]):
        for j in range(C.shape[1]):
            if C[i, j]:
                ax.text(j, i, str(C[i, j]), ha="center", va="center", fontsize=7,
                        color="white" if C[i, j] > C.max() / 2 else "black")
    ax.set_xticks(range(len(clases)), clases, rotation=45 if len(clases[0]) > 1 else 0,
                  fontsize=7)
    ax.set_yticks(range(len(clases)), clases, fontsize=7)
    ax.set_xlabel("clase predicha")
    ax.set_ylabel("clase real")
    ax.set_title(titulo)
    fig.colorbar(imagen, ax=ax)
    fig.tight_layout()
    return fig


def mostrar_peores_errores(X: np.ndarray, reales, a2: np.ndarray, lado: int = 28, n: int = 12,
                           clases: Sequence[str] = tuple("0123456789")):
    """Los ``n`` errores en los que la red estaba más segura de la clase equivocada."""
    import matplotlib.pyplot as plt

    reales = np.asarray(reales)
    if reales.ndim == 2:
        reales = np.argmax(reales, axis=0)
    predichas = np.argmax(a2, axis=0)
    errores = np.flatnonzero(predichas != reales)
    orden = errores[np.argsort(-a2[predichas[errores], errores])][:n]
    fig, ejes = plt.subplots(1, max(len(orden), 1), figsize=(max(len(orden), 1) * 1.1, 1.6))
    for ax, j in zip(np.ravel(ejes), orden):
        ax.imshow(X[:, j].reshape(lado, lado), cmap="gray_r")
        ax.set_title(f"{clases[reales[j]]}→{clases[predichas[j]]}\n{a2[predichas[j], j]:.0%}",
                     fontsize=7)
    for ax in np.ravel(ejes):
        ax.axis("off")
    fig.suptitle("Peores errores: real → predicha (confianza)", fontsize=9)
    fig.tight_layout()
    return fig


def graficar_pesos_ocultos(w1: np.ndarray, lado: int = 28, columnas: int = 32,
                           inicial: np.ndarray | None = None):
    """Cada fila de w1 (los pesos de una neurona oculta) como una imagen lado × lado, en un
    mosaico; blanco = 0, rojo/azul = pesos positivos/negativos. Con ``inicial`` se dibuja el
    cambio w1 − inicial: lo que aprendió cada neurona desde su inicialización aleatoria."""
    import matplotlib.pyplot as plt

    titulo = f"Pesos de las {w1.shape[0]} neuronas ocultas como imágenes {lado}×{lado}"
    if inicial is not None:
        w1 = np.asarray(w1, dtype=float) - np.asarray(inicial, dtype=float)
        titulo = (f"Lo aprendido por las {w1.shape[0]} neuronas ocultas (w1 − w1 inicial), "
                  f"{lado}×{lado}")

    nh = w1.shape[0]
    columnas = min(columnas, nh)
    filas = -(-nh // columnas)
    borde = 1
    mosaico = np.full((filas * (lado + borde), columnas * (lado + borde)), np.nan)
    escala = np.max(np.abs(w1), axis=1, keepdims=True) + 1e-12
    for i in range(nh):
        f, c = divmod(i, columnas)
        mosaico[f * (lado + borde):f * (lado + borde) + lado,
                c * (lado + borde):c * (lado + borde) + lado] = (w1[i] / escala[i, 0]).reshape(
                    lado, lado)
    fig, ax = plt.subplots(figsize=(min(14, columnas * 0.42), max(2, filas * 0.45)))
    ax.imshow(mosaico, cmap="RdBu_r", vmin=-1, vmax=1, interpolation="nearest")
    ax.axis("off")
    ax.set_title(titulo, fontsize=9)
    fig.tight_layout()
    return fig

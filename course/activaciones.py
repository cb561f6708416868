"""Unidad «Funciones de activación»: entradas de prueba, pruebas visibles, verificaciones y
gráficas.

Las activaciones son elemento a elemento: reciben Z de cualquier forma y devuelven la misma
forma. En una red, Z tiene forma (n_l, m), una columna por ejemplo. Las derivadas de la sigmoide
y de tanh reciben la ACTIVACIÓN A; las de ReLU y leaky ReLU reciben Z (en z = 0 valen 0 y β).

Las funciones ``revisar_*`` deciden si una salida es correcta dada la esperada (tipo → forma →
valores → errores típicos); las ``probar_*`` las aplican a entradas fijas con la salida esperada
escrita aquí. Las pruebas ocultas del calificador usan las mismas ``revisar_*`` con entradas
nuevas. Nada de aquí calcula una respuesta: los valores esperados son números escritos.
"""
from __future__ import annotations

import functools
from typing import Callable, Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np

from . import graficas, huellas
from .comprobar import (comprobar_arreglo, comprobar_escalar, comprobar_tupla, comprobar_valores,
                        exito, fallar, llamar, nombrar_error_conocido, sospechas_de)
from .comprobar import patron
from .datos.anillos import datos_anillos
from .gradiente_numerico import error_relativo

__all__ = [
    "datos_anillos", "Z_PRUEBA", "ESPERADO",
    "probar_escalon", "probar_signo", "probar_linealATrozos", "probar_sigmoide",
    "probar_sigmoideGrad", "probar_tanh", "probar_tanhGrad", "probar_relu", "probar_reluGrad",
    "probar_leakyRelu", "probar_leakyReluGrad", "probar_maxout", "probar_capaLinealEquivalente",
    "probar_normasGradientePorCapa", "probar_fraccionMuertas",
    "verificar_derivadas", "comprobar_maxout_generaliza", "graficar_activaciones",
    "graficar_maxout", "graficar_normas", "resumen_normas", "histogramas_por_capa",
    "graficar_muertas", "signos_por_fila", "tabla_asimetria",
]


# ---------------------------------------------------------------------------------------------
# Entradas fijas de las pruebas visibles
# ---------------------------------------------------------------------------------------------

# z con ceros exactos (la convención en z = 0), los bordes ±1/2 de la lineal a trozos, valores
# pequeños y ±800 (desbordan un np.exp sin cuidado).
Z_PRUEBA = np.array([[-800.0, -3.0, -0.5, 0.0, 0.25, 0.5, 800.0],
                     [-1.0, -0.2, 0.0, 1e-3, -2e-3, 2.0, 4.0]])
# Activaciones sigmoides (en [0, 1]) y tanh (en [−1, 1]) para las derivadas.
A_SIGMOIDE = np.array([[0.0, 0.05, 0.2, 0.5, 0.7, 0.95, 1.0],
                       [0.01, 0.3, 0.45, 0.6, 0.8, 0.99, 0.25]])
A_TANH = np.array([[-1.0, -0.9, -0.4, 0.0, 0.3, 0.75, 1.0],
                   [-0.2, 0.1, 0.5, 0.95, -0.6, 0.05, -0.99]])
PENDIENTE_OTRA = 0.2   # la prueba de leaky ReLU usa también otra pendiente

# Maxout con k = 3 piezas, n = 2 neuronas, n_prev = 3 entradas y m = 4 ejemplos; la segunda
# neurona tiene sesgos negativos y su máximo es negativo en algunos ejemplos.
MAXOUT_A = np.array([[0.5, -1.0, 2.0, 0.0],
                     [1.5, 0.5, -0.5, 1.0],
                     [-1.0, 2.0, 0.0, -0.5]])
MAXOUT_W = np.array([[[0.2, -0.4, 0.1], [0.5, 0.3, -0.2]],
                     [[-0.3, 0.6, 0.2], [0.1, -0.5, 0.4]],
                     [[0.4, 0.1, -0.6], [-0.2, 0.2, 0.3]]])
MAXOUT_b = np.array([[[0.1], [-1.2]],
                     [[0.0], [-0.7]],
                     [[-0.1], [-1.0]]])

# Dos capas lineales cuadradas (3 → 3 → 3: W1·W2 no da error de formas, pero sí otro número) y
# dos rectangulares (3 → 4 → 2).
CAPAS_CUADRADAS = (np.array([[1.0, 2.0, 0.0], [0.0, -1.0, 1.0], [0.5, 0.0, 2.0]]),
                   np.array([[0.5], [-1.0], [2.0]]),
                   np.array([[0.0, 1.0, -1.0], [2.0, 0.0, 1.0], [1.0, 1.0, 0.0]]),
                   np.array([[1.0], [0.0], [-0.5]]))
CAPAS_RECTANGULARES = (np.array([[0.2, -0.1, 0.4], [0.3, 0.5, -0.2], [-0.6, 0.1, 0.0],
                                 [0.1, 0.2, 0.3]]),
                       np.array([[0.1], [-0.3], [0.2], [0.0]]),
                       np.array([[0.5, -0.4, 0.3, 0.2], [-0.1, 0.6, 0.2, -0.5]]),
                       np.array([[0.05], [-0.2]]))


# Gradientes de una red 3-4-4-2 con el orden de claves de redAtras (de la última capa a la
# primera) y normas que se achican hacia la primera capa, como en una red sigmoide profunda.
GRADS_PRUEBA = {
    "dW3": patron((2, 4), 0.3, 0.0), "db3": patron((2, 1), 0.2, 1.0),
    "dW2": patron((4, 4), 0.04, 2.0), "db2": patron((4, 1), 0.03, 3.0),
    "dW1": patron((4, 3), 0.005, 4.0), "db1": patron((4, 1), 0.004, 5.0),
}

# Activaciones ReLU de 5 unidades en un lote de 6 ejemplos: las filas 0 y 2 están muertas (todo
# 0), la fila 4 casi (un solo ejemplo activo) y la columna 1 vale 0 en todas las unidades.
A_MUERTAS = np.array([[0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                      [0.5, 0.0, 1.2, 0.0, 0.0, 0.3],
                      [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                      [2.0, 0.0, 0.1, 0.4, 0.7, 1.1],
                      [0.0, 0.0, 0.0, 0.0, 0.2, 0.0]])

# Salidas esperadas de las pruebas visibles, con 10 cifras significativas (tests/test_catalogo.py
# comprueba que la referencia las reproduce).
# --- ESPERADO (generado) ---
ESPERADO: dict = {
    'escalon': np.array([[0.0, 0.0, 0.0, 0.5, 1.0, 1.0, 1.0],
                         [0.0, 0.0, 0.5, 1.0, 0.0, 1.0, 1.0]]),
    'signo': np.array([[-1.0, -1.0, -1.0, 0.0, 1.0, 1.0, 1.0],
                       [-1.0, -1.0, 0.0, 1.0, -1.0, 1.0, 1.0]]),
    'linealATrozos': np.array([[0.0, 0.0, 0.0, 0.5, 0.75, 1.0, 1.0],
                               [0.0, 0.3, 0.5, 0.501, 0.498, 1.0, 1.0]]),
    'sigmoide': np.array([[0.0, 0.04742587318, 0.3775406688, 0.5, 0.5621765009, 0.6224593312, 1.0],
                          [0.2689414214, 0.4501660027, 0.5, 0.50025,
                           0.4995000002, 0.880797078, 0.98201379]]),
    'sigmoideGrad': np.array([[0.0, 0.0475, 0.16, 0.25, 0.21, 0.0475, 0.0],
                              [0.0099, 0.21, 0.2475, 0.24, 0.16, 0.0099, 0.1875]]),
    'tanh': np.array([[-1.0, -0.9950547537, -0.4621171573, 0.0, 0.2449186624, 0.4621171573, 1.0],
                      [-0.761594156, -0.1973753202, 0.0, 0.0009999996667,
                       -0.001999997333, 0.9640275801, 0.9993292997]]),
    'tanhGrad': np.array([[0.0, 0.19, 0.84, 1.0, 0.91, 0.4375, 0.0],
                          [0.96, 0.99, 0.75, 0.0975, 0.64, 0.9975, 0.0199]]),
    'relu': np.array([[0.0, 0.0, 0.0, 0.0, 0.25, 0.5, 800.0],
                      [0.0, 0.0, 0.0, 0.001, 0.0, 2.0, 4.0]]),
    'reluGrad': np.array([[0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0],
                          [0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 1.0]]),
    'leakyRelu': np.array([[-8.0, -0.03, -0.005, 0.0, 0.25, 0.5, 800.0],
                           [-0.01, -0.002, 0.0, 0.001, -2e-05, 2.0, 4.0]]),
    'leakyRelu_otra': np.array([[-160.0, -0.6, -0.1, 0.0, 0.25, 0.5, 800.0],
                                [-0.2, -0.04, 0.0, 0.001, -0.0004, 2.0, 4.0]]),
    'leakyReluGrad': np.array([[0.01, 0.01, 0.01, 0.01, 1.0, 1.0, 1.0],
                               [0.01, 0.01, 0.01, 1.0, 0.01, 1.0, 1.0]]),
    'leakyReluGrad_otra': np.array([[0.2, 0.2, 0.2, 0.2, 1.0, 1.0, 1.0],
                                    [0.2, 0.2, 0.2, 1.0, 0.2, 1.0, 1.0]]),
    'maxout': np.array([[0.85, 1.0, 0.7, 0.5],
                        [-0.3, -0.1, -0.25, -0.8]]),
    'W_cuadradas': np.array([[-0.5, -1.0, -1.0],
                             [2.5, 4.0, 2.0],
                             [1.0, 1.0, 1.0]]),
    'b_cuadradas': np.array([[-2.0],
                             [3.0],
                             [-1.0]]),
    'W_rectangulares': np.array([[-0.18, -0.18, 0.34],
                                 [-0.01, 0.23, -0.31]]),
    'b_rectangulares': np.array([[0.28],
                                 [-0.35]]),
    'normas': np.array([0.01224926862, 0.1120714939, 0.6250173737]),
    'fraccion': 0.4,
}
# --- fin de ESPERADO ---


# ---------------------------------------------------------------------------------------------
# Revisiones (compartidas por pruebas visibles y ocultas)
# ---------------------------------------------------------------------------------------------

def _desbordo(avisos: Sequence[str]) -> bool:
    return any("overflow" in a for a in avisos)


def _numerico(valor) -> bool:
    """¿Un ndarray de números reales (no booleanos)?"""
    return (isinstance(valor, np.ndarray) and np.issubdtype(valor.dtype, np.number)
            and not np.issubdtype(valor.dtype, np.complexfloating))


def revisar_elemento(salida, esperado, nombre: str, *, avisos=(), extra=None, sospechas=(),
                     pista: str = "", rtol: float = 1e-7, atol: float = 1e-12) -> np.ndarray:
    """Una activación o una derivada elemento a elemento: arreglo de números (no booleanos) de
    la forma de la entrada y con los valores esperados."""
    esperado = np.asarray(esperado, dtype=float)
    if isinstance(salida, np.ndarray) and salida.dtype == bool:
        fallar(f"{nombre} devolvió booleanos (True/False) en vez de números: ¿devolviste una "
               f"comparación como Z > 0 sin convertirla? np.where(Z > 0, 1.0, 0.0) o "
               f"(Z > 0).astype(float) dan floats.")
    if np.ndim(salida) == 0 and esperado.ndim > 0 and isinstance(salida, (int, float,
                                                                           np.number)):
        fallar(f"{nombre} devolvió un solo número ({float(salida):.6g}) y se esperaba un arreglo "
               f"de forma {esperado.shape}: la activación se aplica a CADA elemento. ¿Usaste "
               f"max(...) o np.max(...), que reducen, en vez de np.maximum(...)?")
    valor = comprobar_arreglo(salida, nombre, esperado.shape, avisos=avisos)
    comprobar_valores(valor, esperado, nombre, rtol=rtol, atol=atol,
                      sospechas=[*sospechas, *sospechas_de(extra, "A")], pista=pista)
    return valor


def _en_cero(valor, Z, nombre: str, esperado_en_cero: float, regla: str) -> None:
    """La convención en z = 0 (donde la función o su derivada no están definidas por la fórmula
    de los dos lados): el valor que declara el curso."""
    Z = np.asarray(Z, dtype=float)
    ceros = Z == 0
    if not np.any(ceros):
        return
    obtenido = np.asarray(valor, dtype=float)[ceros]
    if not np.allclose(obtenido, esperado_en_cero, atol=1e-12):
        fallar(f"{nombre} en z = 0 devolvió {float(obtenido[0]):.6g}, pero {regla}")


def revisar_escalon(salida, esperado, Z, *, avisos=(), extra=None) -> None:
    valor = revisar_elemento(salida, esperado, "escalon(Z)", avisos=avisos, extra=extra,
                             pista="φ(z) = 0 si z < 0, 0.5 si z = 0 y 1 si z > 0.")
    _en_cero(valor, Z, "escalon", 0.5, "la tabla del curso define φ(0) = 0.5.")


def revisar_signo(salida, esperado, Z, *, avisos=(), extra=None) -> None:
    Z = np.asarray(Z, dtype=float)
    if _numerico(salida) and salida.shape == Z.shape and np.any(np.isnan(salida[Z == 0])):
        fallar("signo(Z) dio NaN en z = 0: ¿dividiste Z / |Z|? En z = 0 eso es 0/0. La tabla "
               "del curso define signo(0) = 0 (np.sign ya lo hace).")
    valor = revisar_elemento(salida, esperado, "signo(Z)", avisos=avisos, extra=extra,
                             pista="φ(z) = −1 si z < 0, 0 si z = 0 y 1 si z > 0.")
    _en_cero(valor, Z, "signo", 0.0, "la tabla del curso define φ(0) = 0.")


def revisar_linealATrozos(salida, esperado, *, avisos=(), extra=None) -> None:
    revisar_elemento(salida, esperado, "linealATrozos(Z)", avisos=avisos, extra=extra,
                     pista="φ(z) = 0 si z ≤ −1/2, z + 1/2 si −1/2 < z < 1/2 y 1 si z ≥ 1/2: "
                           "vale 0.5 en z = 0.")


def revisar_sigmoide(salida, esperado, *, avisos=(), extra=None) -> None:
    esperado = np.asarray(esperado, dtype=float)
    if _numerico(salida) and salida.shape == esperado.shape:
        if not np.all(np.isfinite(salida)):
            fallar("sigmoide(Z) dio NaN o infinito con z = ±800: e^z / (1 + e^z) vale "
                   "inf/inf = NaN cuando z es grande. ¿Usaste esa forma de la fórmula? "
                   "σ(z) = 1 / (1 + e^(−z)) escrita de forma estable no desborda.")
        nombrar_error_conocido(salida, esperado, "sigmoide(Z)", sospechas_de(extra, "A"))
    if _desbordo(avisos):
        fallar("sigmoide desbordó: NumPy avisó «" + "; ".join(avisos) + "». Con z = −800, "
               "np.exp(-z) = e^800 = inf. ¿Escribiste 1 / (1 + np.exp(-Z)) tal cual? La "
               "prueba incluye z = ±800 y no acepta avisos de desborde: la fórmula tiene que "
               "escribirse de forma que nunca calcule e^z con z grande (la unidad 5, "
               "Regresión logística, lo explica en la sección de la sigmoide).")
    revisar_elemento(salida, esperado, "sigmoide(Z)", avisos=avisos, extra=extra,
                     pista="σ(z) = 1 / (1 + e^(−z)): vale 0.5 en z = 0, tiende a 1 para "
                           "z → +∞ y a 0 para z → −∞.")


def revisar_tanh(salida, esperado, *, avisos=(), extra=None) -> None:
    if isinstance(salida, np.ndarray) and salida.shape == np.shape(esperado) and not np.all(
            np.isfinite(salida)):
        fallar("tanh(Z) dio NaN o infinito con z = ±800: en (e^z − e^(−z))/(e^z + e^(−z)) "
               "numerador y denominador desbordan (inf/inf = NaN). ¿Usaste la fórmula "
               "directa? np.tanh es estable.")
    revisar_elemento(salida, esperado, "tanh(Z)", avisos=avisos, extra=extra,
                     pista="tanh(z) = (e^z − e^(−z))/(e^z + e^(−z)): vale 0 en z = 0 y tiende a "
                           "±1; np.tanh la calcula de forma estable.")


def revisar_sigmoideGrad(salida, esperado, *, avisos=(), extra=None) -> None:
    revisar_elemento(salida, esperado, "sigmoideGrad(A)", avisos=avisos, extra=extra,
                     pista="Si A = σ(Z), σ'(Z) = A·(1 − A): se calcula con la activación, sin "
                           "volver a aplicar σ.")


def revisar_tanhGrad(salida, esperado, *, avisos=(), extra=None) -> None:
    revisar_elemento(salida, esperado, "tanhGrad(A)", avisos=avisos, extra=extra,
                     pista="Si A = tanh(Z), tanh'(Z) = 1 − A²: se calcula con la activación.")


def revisar_relu(salida, esperado, *, avisos=(), extra=None) -> None:
    revisar_elemento(salida, esperado, "relu(Z)", avisos=avisos, extra=extra,
                     pista="ReLU(z) = max(0, z) elemento a elemento (np.max reduce un eje: "
                           "no es lo mismo).")


def revisar_reluGrad(salida, esperado, Z, *, avisos=(), extra=None) -> None:
    valor = revisar_elemento(salida, esperado, "reluGrad(Z)", avisos=avisos, extra=extra,
                             pista="1.0 donde z > 0 y 0.0 donde z ≤ 0.")
    _en_cero(valor, Z, "reluGrad", 0.0, "la derivada de ReLU no está definida en 0 y el curso "
             "toma 0 ahí (la pendiente de la izquierda): ¿comparaste con Z >= 0 en vez de "
             "Z > 0?")


def revisar_leakyRelu(salida, esperado, pendiente: float, *, avisos=(), extra=None,
                      con_001=None) -> None:
    nombre = f"leakyRelu(Z, {pendiente:g})"
    if con_001 is not None and isinstance(salida, np.ndarray) and salida.shape == np.shape(
            esperado) and np.allclose(salida, con_001) and not np.allclose(con_001, esperado):
        fallar(f"con pendiente = {pendiente:g}, {nombre} devolvió lo mismo que con pendiente = "
               f"0.01: ¿escribiste 0.01 en vez de usar el argumento pendiente?")
    revisar_elemento(salida, esperado, nombre, avisos=avisos, extra=extra,
                     pista=f"leaky ReLU: z si z > 0 y {pendiente:g}·z si z ≤ 0, es decir "
                           f"max({pendiente:g}·z, z).")


def revisar_leakyReluGrad(salida, esperado, Z, pendiente: float, *, avisos=(), extra=None,
                          con_001=None) -> None:
    nombre = f"leakyReluGrad(Z, {pendiente:g})"
    if con_001 is not None and isinstance(salida, np.ndarray) and salida.shape == np.shape(
            esperado) and np.allclose(salida, con_001) and not np.allclose(con_001, esperado):
        fallar(f"con pendiente = {pendiente:g}, {nombre} devolvió lo mismo que con pendiente = "
               f"0.01: ¿escribiste 0.01 en vez de usar el argumento pendiente?")
    valor = revisar_elemento(salida, esperado, nombre, avisos=avisos, extra=extra,
                             pista=f"1.0 donde z > 0 y {pendiente:g} donde z ≤ 0.")
    _en_cero(valor, Z, "leakyReluGrad", pendiente, f"en z = 0 el curso toma la pendiente de la "
             f"izquierda, β = {pendiente:g} (como el 0 de ReLU): ¿comparaste con Z >= 0 en vez de "
             f"Z > 0?")


def revisar_maxout(salida, esperado, k: int, *, avisos=(), extra=None) -> None:
    """``esperado``: A correcta, forma (n, m); ``k``: número de piezas."""
    esperado = np.asarray(esperado, dtype=float)
    n, m = esperado.shape
    forma = np.shape(salida) if isinstance(salida, np.ndarray) else None
    if forma == (k, n, m):
        fallar(f"maxout devolvió las {k} piezas, forma {forma}, sin quedarse con la mayor: "
               f"¿olvidaste tomar el máximo sobre el eje 0 (el de las piezas)?")
    if forma is not None and forma != (n, m):
        if forma == (k, m):
            fallar(f"maxout devolvió forma {forma} y se esperaba (n, m) = {(n, m)}: ¿tomaste el "
                   f"máximo sobre el eje de las neuronas (axis=1)? Las k piezas W[j]·A_prev + "
                   f"b[j] forman un arreglo (k, n, m), con las piezas en el eje 0.")
        if forma == (k, n):
            fallar(f"maxout devolvió forma {forma} y se esperaba (n, m) = {(n, m)}: ¿tomaste el "
                   f"máximo sobre los ejemplos (axis=2)? Las piezas están en el eje 0 de Z.")
    nombre = "maxout(A_prev, W, b)"
    A = comprobar_arreglo(salida, nombre, (n, m), avisos=avisos)
    comprobar_valores(A, esperado, nombre, rtol=1e-7, atol=1e-12,
                      sospechas=sospechas_de(extra, "A"),
                      pista="maxout se queda, para cada neurona y ejemplo, con la mayor de "
                            "las k piezas lineales, cada una con su sesgo.")


def revisar_capaLinealEquivalente(salida, esperado: tuple, *, avisos=(), extra=None) -> None:
    """``esperado`` = (W, b) correctos."""
    W_ok, b_ok = (np.asarray(e, dtype=float) for e in esperado)
    if isinstance(salida, (tuple, list)) and len(salida) == 2:
        formas = tuple(np.shape(s) for s in salida)
        if formas == (b_ok.shape, W_ok.shape) and b_ok.shape != W_ok.shape:
            fallar("capaLinealEquivalente devolvió (b, W): el orden es (W, b).")
    W, b = comprobar_tupla(salida, ["W", "b"], "capaLinealEquivalente")
    n2, n0 = W_ok.shape
    if isinstance(W, np.ndarray) and W.shape == (n0, n2) and (n0, n2) != (n2, n0):
        fallar(f"W tiene forma {W.shape} y se esperaba (n2, n0) = {(n2, n0)}: ¿multiplicaste "
               f"W1ᵀ·W2ᵀ o transpusiste? La capa equivalente es W = W2·W1, de forma (n2, n0).")
    W = comprobar_arreglo(W, "W", (n2, n0), avisos=avisos)
    b = comprobar_arreglo(b, "b", (n2, 1), referencia="b2", avisos=avisos)
    comprobar_valores(W, W_ok, "W", rtol=1e-7, atol=1e-12, sospechas=sospechas_de(extra, "W"),
                      pista="Primero actúa la capa 1 y luego la 2: W2·(W1·x) = (W2·W1)·x.")
    comprobar_valores(b, b_ok, "b", rtol=1e-7, atol=1e-12, sospechas=sospechas_de(extra, "b"),
                      pista="W está bien. Al desarrollar W2·(W1·x + b1) + b2, el sesgo de la "
                            "capa 1 también pasa por W2.")


def revisar_normasGradientePorCapa(salida, esperado, grads: Mapping, *, avisos=(),
                                   extra=None) -> None:
    """``esperado`` = normas correctas, forma (L,); ``grads`` = la entrada."""
    esperado = np.asarray(esperado, dtype=float)
    L = esperado.shape[0]
    nombre = "normasGradientePorCapa(grads)"
    if _numerico(salida) and salida.ndim == 0:
        fallar(f"{nombre} devolvió un solo número: se espera una norma por capa, un arreglo de "
               f"forma ({L},). ¿Calculaste la norma de todos los gradientes juntos?")
    if _numerico(salida) and salida.ndim == 1 and salida.shape != (L,):
        pista = (" ¿Contaste también las claves db? L es el número de claves que empiezan con "
                 "«dW»." if salida.shape == (2 * L,) else "")
        fallar(f"{nombre} devolvió {salida.shape[0]} normas y la red tiene L = {L} capas: se "
               f"espera una por capa, forma ({L},).{pista}")
    normas = comprobar_arreglo(salida, nombre, (L,), avisos=avisos)
    if L > 1 and np.allclose(normas, esperado[::-1], rtol=1e-6) and not np.allclose(
            esperado, esperado[::-1], rtol=1e-6):
        fallar(f"{nombre} está en orden inverso (de la última capa a la primera): ¿recorriste el "
               f"diccionario en el orden en que lo llenó redAtras? El primer elemento debe ser "
               f"la norma de dW1, la de la primera capa.")
    comprobar_valores(normas, esperado, nombre, rtol=1e-7, atol=1e-12,
                      sospechas=sospechas_de(extra, "normas"),
                      pista="normas[l − 1] = ‖dW{l}‖ = √(Σ dW{l}²), la norma de Frobenius, "
                            "solo de los pesos.")


def revisar_fraccionMuertas(salida, esperado: float, n: int, *, avisos=(), extra=None) -> None:
    if isinstance(salida, np.ndarray) and salida.ndim >= 1 and salida.size == n and n > 1:
        fallar(f"fraccionMuertas devolvió un arreglo con un valor por unidad (forma "
               f"{salida.shape}): la fracción es un solo número, la media de ese arreglo de "
               f"muertas / vivas.")
    nombre = "fraccionMuertas(A)"
    fraccion = comprobar_escalar(salida, nombre, avisos=avisos, acepta_un_elemento=True)
    if fraccion > 1 + 1e-12 and abs(fraccion - esperado * n) < 1e-9:
        fallar(f"Obtuviste {fraccion:g}: es el NÚMERO de unidades muertas. ¿Olvidaste dividir "
               f"entre n = {n} (las filas de A)? Se pide la fracción.")
    comprobar_valores(fraccion, esperado, nombre, rtol=1e-9,
                      atol=1e-12, sospechas=sospechas_de(extra, "fraccion"),
                      pista="Una unidad (una FILA de A) está muerta en el lote si vale 0 en "
                            "todos sus ejemplos (todas las columnas).")


# ---------------------------------------------------------------------------------------------
# Pruebas visibles
# ---------------------------------------------------------------------------------------------

# Nombres de las salidas de cada función calificada, en el orden del cuaderno.
SALIDAS = {
    "escalon": ("A",),
    "signo": ("A",),
    "linealATrozos": ("A",),
    "sigmoide": ("A",),
    "sigmoideGrad": ("A",),
    "tanh": ("A",),
    "tanhGrad": ("A",),
    "relu": ("A",),
    "reluGrad": ("A",),
    "leakyRelu": ("A",),
    "leakyReluGrad": ("A",),
    "maxout": ("A",),
    "capaLinealEquivalente": ("W", "b"),
    "normasGradientePorCapa": ("normas",),
    "fraccionMuertas": ("fraccion",),
}


def entradas_visibles(funcion: str) -> tuple:
    """Los argumentos con que la prueba visible llama (primero) a ``funcion``."""
    return {
        "escalon": (Z_PRUEBA,), "signo": (Z_PRUEBA,), "linealATrozos": (Z_PRUEBA,),
        "sigmoide": (Z_PRUEBA,), "sigmoideGrad": (A_SIGMOIDE,), "tanh": (Z_PRUEBA,),
        "tanhGrad": (A_TANH,), "relu": (Z_PRUEBA,), "reluGrad": (Z_PRUEBA,),
        "leakyRelu": (Z_PRUEBA,), "leakyReluGrad": (Z_PRUEBA,),
        "maxout": (MAXOUT_A, MAXOUT_W, MAXOUT_b),
        "capaLinealEquivalente": CAPAS_CUADRADAS,
        "normasGradientePorCapa": (GRADS_PRUEBA,),
        "fraccionMuertas": (A_MUERTAS,),
    }[funcion]


# La llamada de cada prueba visible (entradas visibles, avisos y huellas): course.huellas.
_visible = functools.partial(huellas.llamar_visible, "activaciones")


def probar_escalon(escalon: Callable) -> None:
    """Escalón de Heaviside con la convención de la tabla, φ(0) = 0.5."""
    salida, avisos, extra = _visible("escalon", escalon)
    revisar_escalon(salida, ESPERADO["escalon"], Z_PRUEBA, avisos=avisos, extra=extra)
    exito("escalon: 0 para z < 0, 0.5 en z = 0 y 1 para z > 0, como en la tabla del curso.")


def probar_signo(signo: Callable) -> None:
    salida, avisos, extra = _visible("signo", signo)
    revisar_signo(salida, ESPERADO["signo"], Z_PRUEBA, avisos=avisos, extra=extra)
    exito("signo: −1, 0 y 1, con signo(0) = 0 como en la tabla del curso.")


def probar_linealATrozos(linealATrozos: Callable) -> None:
    salida, avisos, extra = _visible("linealATrozos", linealATrozos)
    revisar_linealATrozos(salida, ESPERADO["linealATrozos"], avisos=avisos, extra=extra)
    exito("linealATrozos: 0 hasta z = −1/2, z + 1/2 en el medio y 1 desde z = 1/2.")


def probar_sigmoide(sigmoide: Callable) -> None:
    salida, avisos, extra = _visible("sigmoide", sigmoide)
    revisar_sigmoide(salida, ESPERADO["sigmoide"], avisos=avisos, extra=extra)
    exito("sigmoide: valores correctos, σ(0) = 0.5 y sin desbordes con z = ±800.")


def probar_sigmoideGrad(sigmoideGrad: Callable) -> None:
    salida, avisos, extra = _visible("sigmoideGrad", sigmoideGrad)
    revisar_sigmoideGrad(salida, ESPERADO["sigmoideGrad"], avisos=avisos, extra=extra)
    exito("sigmoideGrad: A·(1 − A) con la activación; su máximo es 1/4, en A = 0.5.")


def probar_tanh(tanh: Callable) -> None:
    salida, avisos, extra = _visible("tanh", tanh)
    revisar_tanh(salida, ESPERADO["tanh"], avisos=avisos, extra=extra)
    exito("tanh: valores correctos, tanh(0) = 0 y estable con z = ±800.")


def probar_tanhGrad(tanhGrad: Callable) -> None:
    salida, avisos, extra = _visible("tanhGrad", tanhGrad)
    revisar_tanhGrad(salida, ESPERADO["tanhGrad"], avisos=avisos, extra=extra)
    exito("tanhGrad: 1 − A² con la activación; su máximo es 1, en A = 0.")


def probar_relu(relu: Callable) -> None:
    salida, avisos, extra = _visible("relu", relu)
    revisar_relu(salida, ESPERADO["relu"], avisos=avisos, extra=extra)
    exito("relu: max(0, z) elemento a elemento.")


def probar_reluGrad(reluGrad: Callable) -> None:
    salida, avisos, extra = _visible("reluGrad", reluGrad)
    revisar_reluGrad(salida, ESPERADO["reluGrad"], Z_PRUEBA, avisos=avisos, extra=extra)
    exito("reluGrad: 1 para z > 0 y 0 para z ≤ 0 (la convención del curso en z = 0).")


def probar_leakyRelu(leakyRelu: Callable) -> None:
    salida, avisos, extra = _visible("leakyRelu", leakyRelu)
    revisar_leakyRelu(salida, ESPERADO["leakyRelu"], 0.01, avisos=avisos, extra=extra)
    salida, avisos = llamar(leakyRelu, Z_PRUEBA, PENDIENTE_OTRA, nombre="leakyRelu")
    revisar_leakyRelu(salida, ESPERADO["leakyRelu_otra"], PENDIENTE_OTRA, avisos=avisos,
                      con_001=ESPERADO["leakyRelu"])
    exito("leakyRelu: z para z > 0 y β·z para z ≤ 0, con β = 0.01 por defecto y con otra "
          "pendiente.")


def probar_leakyReluGrad(leakyReluGrad: Callable) -> None:
    salida, avisos, extra = _visible("leakyReluGrad", leakyReluGrad)
    revisar_leakyReluGrad(salida, ESPERADO["leakyReluGrad"], Z_PRUEBA, 0.01, avisos=avisos,
                          extra=extra)
    salida, avisos = llamar(leakyReluGrad, Z_PRUEBA, PENDIENTE_OTRA, nombre="leakyReluGrad")
    revisar_leakyReluGrad(salida, ESPERADO["leakyReluGrad_otra"], Z_PRUEBA, PENDIENTE_OTRA,
                          avisos=avisos, con_001=ESPERADO["leakyReluGrad"])
    exito("leakyReluGrad: 1 para z > 0 y β para z ≤ 0 (también en z = 0), con cualquier β.")


def probar_maxout(maxout: Callable) -> None:
    salida, avisos, extra = _visible("maxout", maxout)
    revisar_maxout(salida, ESPERADO["maxout"], MAXOUT_W.shape[0], avisos=avisos, extra=extra)
    exito("maxout: forma (n, m) y el máximo de las k piezas de cada neurona.")


def probar_capaLinealEquivalente(capaLinealEquivalente: Callable) -> None:
    salida, avisos, extra = _visible("capaLinealEquivalente", capaLinealEquivalente)
    revisar_capaLinealEquivalente(salida, (ESPERADO["W_cuadradas"], ESPERADO["b_cuadradas"]),
                                  avisos=avisos, extra=extra)
    salida, avisos = llamar(capaLinealEquivalente, *CAPAS_RECTANGULARES,
                            nombre="capaLinealEquivalente")
    revisar_capaLinealEquivalente(salida, (ESPERADO["W_rectangulares"],
                                           ESPERADO["b_rectangulares"]), avisos=avisos)
    # La propiedad que la define: una capa con (W, b) da lo mismo que las dos capas apiladas.
    W1, b1, W2, b2 = CAPAS_RECTANGULARES
    X = np.array([[1.0, -2.0, 0.5, 0.0, 3.0], [0.5, 1.0, -1.0, 2.0, 0.0],
                  [-1.5, 0.0, 2.0, 1.0, -0.5]])
    W, b = salida
    comprobar_valores(np.asarray(W) @ X + np.asarray(b), W2 @ (W1 @ X + b1) + b2,
                      "W·X + b", pista="Debe coincidir con W2·(W1·X + b1) + b2 para toda X.")
    exito("capaLinealEquivalente: W = W2·W1 (n2, n0) y b = W2·b1 + b2 (n2, 1); una capa hace lo "
          "mismo que las dos.")


def probar_normasGradientePorCapa(normasGradientePorCapa: Callable) -> None:
    salida, avisos, extra = _visible("normasGradientePorCapa", normasGradientePorCapa)
    revisar_normasGradientePorCapa(salida, ESPERADO["normas"], GRADS_PRUEBA, avisos=avisos,
                                   extra=extra)
    exito("normasGradientePorCapa: una norma de Frobenius por capa, de dW1 a dWL.")


def probar_fraccionMuertas(fraccionMuertas: Callable) -> None:
    salida, avisos, extra = _visible("fraccionMuertas", fraccionMuertas)
    revisar_fraccionMuertas(salida, ESPERADO["fraccion"], A_MUERTAS.shape[0], avisos=avisos,
                            extra=extra)
    # Un lote sin ninguna unidad muerta y otro con todas muertas.
    vivas = A_MUERTAS + np.eye(5, 6)
    salida, avisos = llamar(fraccionMuertas, vivas, nombre="fraccionMuertas")
    revisar_fraccionMuertas(salida, 0.0, 5, avisos=avisos)
    salida, avisos = llamar(fraccionMuertas, np.zeros((3, 4)), nombre="fraccionMuertas")
    revisar_fraccionMuertas(salida, 1.0, 3, avisos=avisos)
    exito("fraccionMuertas: cuenta las FILAS que valen 0 en todo el lote y divide entre n.")


# ---------------------------------------------------------------------------------------------
# Verificaciones del cuaderno (sin calificación; usan TUS funciones)
# ---------------------------------------------------------------------------------------------

def verificar_derivadas(pares: Mapping[str, tuple], semilla: int = 0) -> dict:
    """Compara cada derivada con la derivada numérica de SU activación (4 puntos).

    Argumentos:
        pares: {nombre: (activacion, derivada_en_z)} con ``derivada_en_z(Z)`` la derivada
            escrita en función de z (para la sigmoide, lambda Z: sigmoideGrad(sigmoide(Z))).
        semilla: los puntos z se sortean lejos de 0 (donde ReLU tiene su pliegue).
    Devuelve:
        {nombre: error relativo}; imprime una tabla y falla si alguno supera 1e-7.
    """
    rng = np.random.default_rng(semilla)
    Z = rng.uniform(0.05, 3.0, size=(4, 25)) * rng.choice([-1.0, 1.0], size=(4, 25))
    h = 1e-4
    errores = {}
    for nombre, (activacion, derivada) in pares.items():
        # La fórmula de 4 puntos de course.gradiente_numerico, elemento a elemento (la de
        # 2 puntos es el ejercicio gradienteNumerico de la unidad 6).
        def f(z, activacion=activacion):
            return np.asarray(activacion(z), dtype=float)
        numerica = (8 * (f(Z + h) - f(Z - h)) - (f(Z + 2 * h) - f(Z - 2 * h))) / (12 * h)
        analitica = np.asarray(derivada(Z), dtype=float)
        errores[nombre] = error_relativo(analitica, numerica)
        marca = "✔" if errores[nombre] <= 1e-7 else "✘"
        print(f"  {nombre:>12}: error relativo {errores[nombre]:.1e} {marca}")
    malos = [n for n, e in errores.items() if not e <= 1e-7]
    if malos:
        fallar("La derivada no coincide con la numérica de su activación en: " + ", ".join(malos)
               + ". El error está en esas derivadas (¿reciben A o Z, según corresponda?).")
    exito("cada derivada coincide con la derivada numérica de su activación.")
    return errores


def comprobar_maxout_generaliza(maxout: Callable, relu: Callable, leakyRelu: Callable,
                                semilla: int = 1) -> None:
    """Maxout con dos piezas contiene a ReLU (piezas W y 0), a leaky ReLU (W y 0.01·W) y al
    valor absoluto (W y −W). Usa TUS maxout, relu y leakyRelu."""
    rng = np.random.default_rng(semilla)
    A_prev = rng.normal(size=(3, 8))
    W = rng.normal(size=(4, 3))
    b = rng.normal(size=(4, 1))
    Z = W @ A_prev + b
    casos = (("(W, 0)", "ReLU", (W, np.zeros_like(W)), (b, np.zeros_like(b)), relu(Z)),
             ("(W, 0.01·W)", "leaky ReLU", (W, 0.01 * W), (b, 0.01 * b), leakyRelu(Z)),
             ("(W, −W)", "|z|", (W, -W), (b, -b), np.abs(Z)))
    for piezas, nombre, pesos, sesgos, esperado in casos:
        obtenido = maxout(A_prev, np.stack(pesos), np.stack(sesgos))
        igual = np.shape(obtenido) == Z.shape and np.allclose(obtenido, esperado)
        print(f"  maxout con piezas {piezas:<12} = {nombre:<10} {'✔' if igual else '✘'}")
        if not igual:
            fallar(f"maxout con piezas {piezas} no coincide con {nombre}: revisa maxout (y "
                   f"relu / leakyRelu, que también se usan aquí).")
    exito("maxout con dos piezas reproduce ReLU, leaky ReLU y el valor absoluto.")


def signos_por_fila(dW) -> float:
    """Fracción de filas de ``dW`` cuyos elementos tienen todos el mismo signo (≥ 0 o ≤ 0)."""
    dW = np.asarray(dW, dtype=float)
    un_signo = (dW.min(axis=1) >= 0) | (dW.max(axis=1) <= 0)
    return float(un_signo.sum() / dW.shape[0])


def tabla_asimetria(resultados: Mapping[str, tuple]) -> None:
    """Imprime, por activación, la media de A1 y la fracción de filas de dW2 de un solo signo
    con un ejemplo y con un lote; si están la sigmoide y tanh, comprueba la «asimetría
    positiva»: con un ejemplo, TODAS las filas de la red sigmoide tienen un solo signo (sus
    activaciones son positivas) y en la red tanh no.

    Argumentos:
        resultados: {activación: (media de A1, fracción con 1 ejemplo, fracción con el lote)}.
    """
    print(f"{'capas ocultas':>13} | media de A1 | filas de dW2 de un solo signo: 1 ejemplo | "
          f"lote")
    for nombre, (media, uno, lote) in resultados.items():
        print(f"{nombre:>13} | {media:+11.3f} | {uno:40.0%} | {lote:.0%}")
    if "sigmoide" in resultados and "tanh" in resultados:
        if not (resultados["sigmoide"][1] == 1.0 and resultados["tanh"][1] < 0.5):
            fallar("Se esperaba que con un ejemplo todas las filas de dW2 de la red sigmoide "
                   "tuvieran un solo signo y menos de la mitad en la red tanh.")
        exito("con salidas siempre positivas (sigmoide), los pesos que entran a cada neurona se "
              "mueven todos en el mismo sentido; con tanh, no.")


def resumen_normas(normas: Mapping[str, np.ndarray]) -> None:
    """Imprime, por red, la norma del gradiente de la primera y de la última capa, su cociente y
    el factor medio por capa, (‖dW1‖ / ‖dWL‖)^(1/(L − 1)). Si están la red sigmoide y la tanh,
    comprueba lo que dice el curso: la sigmoide pierde el gradiente (cociente < 10⁻³) y tanh,
    con la misma inicialización, no (cociente > 10⁻¹)."""
    print(f"{'red':>10} | {'‖dW1‖':>9} | {'‖dWL‖':>9} | ‖dW1‖ / ‖dWL‖ | factor medio por capa")
    cocientes = {}
    for nombre, valores in normas.items():
        valores = np.asarray(valores, dtype=float).ravel()
        cocientes[nombre] = valores[0] / valores[-1]
        factor = cocientes[nombre] ** (1 / max(len(valores) - 1, 1))
        print(f"{nombre:>10} | {valores[0]:9.2e} | {valores[-1]:9.2e} | "
              f"{cocientes[nombre]:13.2e} | {factor:.3f}")
    if "sigmoide" in cocientes and "tanh" in cocientes:
        sig, tan = cocientes["sigmoide"], cocientes["tanh"]
        if not (sig < 1e-3 and tan > 1e-1):
            fallar(f"Con tus normas no se ve lo esperado: ‖dW1‖/‖dWL‖ vale {sig:.2e} en la red "
                   f"sigmoide (se esperaba < 1e-3) y {tan:.2e} en la tanh (se esperaba > 0.1). "
                   f"¿Está bien normasGradientePorCapa (el orden de las capas, la norma)?")
        exito(f"la red sigmoide pierde {-np.log10(sig):.1f} órdenes de magnitud de gradiente "
              f"entre la última capa y la primera; la tanh, {abs(np.log10(tan)):.1f}.")


# ---------------------------------------------------------------------------------------------
# Gráficas
# ---------------------------------------------------------------------------------------------

def graficar_activaciones(funciones: Mapping[str, tuple], *, limites=(-3.0, 3.0),
                          columnas: int = 3, titulo: str = "Activaciones y sus derivadas"):
    """Una gráfica por activación: a(z), su derivada (si se da) y la derivada numérica.

    Argumentos:
        funciones: {nombre: (activacion, derivada_en_z o None)}, funciones de TU cuaderno.
        limites: intervalo de z; columnas: gráficas por fila.
    """
    z = np.linspace(*limites, 301)
    filas = int(np.ceil(len(funciones) / columnas))
    fig, ejes = plt.subplots(filas, columnas, figsize=(3.1 * columnas, 2.3 * filas + 0.6),
                             squeeze=False)
    for ax, (nombre, (activacion, derivada)) in zip(ejes.ravel(), funciones.items()):
        a = np.asarray(activacion(z), dtype=float)
        ax.axhline(0, color="0.8", lw=0.8)
        ax.axvline(0, color="0.8", lw=0.8)
        ax.plot(z, a, color="C0", lw=2)
        if derivada is not None:
            ax.plot(z, np.asarray(derivada(z), dtype=float), color="C1", lw=2.5)
        ax.plot(z, np.gradient(a, z), color="0.3", ls=":", lw=1.5)
        bajo, alto = min(a.min(), 0.0), max(a.max(), 1.0)
        margen = 0.15 * (alto - bajo)
        ax.set_ylim(bajo - margen, alto + margen)
        ax.set_title(nombre, fontsize=10)
        ax.grid(alpha=0.3)
    for ax in ejes.ravel()[len(funciones):]:
        ax.set_visible(False)
    lineas = [plt.Line2D([], [], color="C0", lw=2), plt.Line2D([], [], color="C1", lw=2.5),
              plt.Line2D([], [], color="0.3", ls=":", lw=1.5)]
    fig.legend(lineas, ["a(z)", "tu derivada", "derivada numérica de a"], loc="lower center",
               ncol=3, frameon=False)
    fig.suptitle(titulo)
    fig.subplots_adjust(left=0.05, right=0.98, top=0.88, bottom=0.14, hspace=0.45, wspace=0.25)
    return fig


def graficar_maxout(maxout: Callable):
    """Una neurona maxout de una entrada con tres piezas (con TU maxout): la salida es la
    envolvente superior, convexa, de tres rectas."""
    z = np.linspace(-3, 3, 301).reshape(1, -1)
    W = np.array([[[1.0]], [[-0.5]], [[0.2]]])
    b = np.array([[[-0.5]], [[0.0]], [[0.8]]])
    a = np.asarray(maxout(z, W, b), dtype=float).ravel()
    fig, ax = plt.subplots(figsize=(4.8, 3.2))
    for j, rotulo in enumerate(("z − 0.5", "−0.5·z", "0.2·z + 0.8")):
        ax.plot(z.ravel(), W[j, 0, 0] * z.ravel() + b[j, 0, 0], ls="--", lw=1,
                label=f"pieza {j + 1}: {rotulo}")
    ax.plot(z.ravel(), a, color="k", lw=2.5, label="maxout: la mayor")
    ax.set_xlabel("z")
    ax.set_title("Una neurona maxout con k = 3 piezas")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    fig.subplots_adjust(left=0.12, right=0.97, top=0.9, bottom=0.16)
    return fig


def graficar_normas(normas: Mapping[str, np.ndarray], *, titulo: str = "Norma del gradiente "
                    "de los pesos, por capa"):
    """Una curva por red: ‖dW{l}‖ en escala logarítmica frente a la capa l."""
    fig, ax = plt.subplots(figsize=(5.5, 3.3))
    for nombre, valores in normas.items():
        valores = np.asarray(valores, dtype=float)
        ax.semilogy(np.arange(1, len(valores) + 1), valores, marker="o", label=nombre)
    ax.set_xlabel("capa l (1 = la más cercana a la entrada)")
    ax.set_ylabel("‖dW[l]‖")
    ax.set_title(titulo)
    ax.grid(alpha=0.3, which="both")
    ax.legend()
    fig.tight_layout()
    return fig


def histogramas_por_capa(activaciones: Mapping[str, Sequence[np.ndarray]], *,
                         capas: int = 3, titulo: str = "Activaciones de las capas ocultas"):
    """Histogramas de las activaciones de ``capas`` capas ocultas de cada red, sin los ceros
    exactos de ReLU (la leyenda dice qué fracción son). Ver graficas.histogramas_por_capa."""
    return graficas.histogramas_por_capa(activaciones, capas=capas, titulo=titulo,
                                         aparte_los_ceros=True)


def graficar_muertas(historias: Mapping[str, tuple]):
    """Costo y fracción de unidades muertas por época.

    Argumentos:
        historias: {nombre: (costos (epocas,), muertas (epocas, capas))}.
    """
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3.2))
    for i, (nombre, (costos, muertas)) in enumerate(historias.items()):
        ax1.plot(np.asarray(costos, dtype=float), color=f"C{i}", label=nombre)
        muertas = np.asarray(muertas, dtype=float)
        for l in range(muertas.shape[1]):
            ax2.plot(muertas[:, l], color=f"C{i}", ls=("-", "--", ":")[l % 3],
                     label=f"{nombre}, capa {l + 1}")
    ax1.axhline(np.log(2), color="0.6", ls=":", lw=1)
    epocas = max(len(costos) for costos, _ in historias.values())
    ax1.text(0.5 * epocas, np.log(2) + 0.02, "ln 2 = 0.693", va="bottom", color="0.4",
             fontsize=8)
    ax1.set_ylim(-0.02, 1.2)
    ax1.set_xlabel("época")
    ax1.set_ylabel("costo J (recortado en 1.2)")
    ax1.set_title("Costo")
    ax1.legend()
    ax2.set_xlabel("época")
    ax2.set_ylabel("fracción")
    ax2.set_ylim(-0.03, 1.03)
    ax2.set_title("Unidades ReLU muertas en el lote")
    ax2.legend(fontsize=7)
    for ax in (ax1, ax2):
        ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig

"""Unidad «Regularización de redes y Laboratorio 2»: datos del laboratorio, entradas de prueba,
pruebas visibles, verificaciones y gráficas.

Convención del curso: los ejemplos son columnas, X tiene forma (n_x, m), W[l] forma
(n_l, n_{l-1}), b[l] forma (n_l, 1) y Z = W·A + b. Los parámetros de una red son un diccionario
{"W1", "b1", ..., "WL", "bL"} (como el de ``initRed`` de la unidad 6) y sus gradientes otro con
una d delante de cada clave.

Las funciones con azar (el dropout) reciben el generador ``rng`` y sus pruebas revisan
propiedades y estadísticas (valores de la máscara, fracción conservada, activación esperada con
tolerancias de 6 desviaciones típicas, que la misma semilla repita y otra cambie, coherencia de la
salida con la máscara devuelta), nunca una máscara concreta: dos soluciones correctas pueden sacar
los números aleatorios en otro orden.

Las funciones ``revisar_*`` deciden si una salida es correcta dada la esperada (tipo → forma →
valores → errores típicos); las ``probar_*`` las aplican a entradas fijas con la salida esperada
escrita aquí (ESPERADO, generado por autograder/unidades/regularizacion/esperado.py). Las pruebas
ocultas del calificador usan las mismas ``revisar_*`` con entradas nuevas. Los diagnósticos se
reconocen por la diferencia entre lo obtenido y lo esperado; nada de aquí calcula una respuesta.
Las verificaciones y gráficas que necesitan funciones de la red las reciben como argumento.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np

from . import huellas
from .comprobar import (PruebaFallida, comprobar_arreglo, comprobar_escalar,
                        comprobar_lista_de_escalares, comprobar_tupla, comprobar_valores, exito,
                        fallar, llamar, miles, sospechas_de, sospechas_de_escala)
from .avance import un_solo_hilo
from .comprobar import cerca, patron
from .gradiente_numerico import error_relativo, gradiente_numerico

__all__ = [
    "datos_laboratorio", "DatosLaboratorio", "reducir_imagenes", "configuraciones",
    "probar_costoL2", "probar_gradientesL2", "probar_actualizarConDecaimiento",
    "probar_dropoutAdelante", "probar_redAdelanteDropout", "probar_redAtrasDropout",
    "probar_entrenarConParadaTemprana", "probar_desplazarImagenes", "probar_elegirConfiguracion",
    "verificar_gradientes", "mostrar_esperanza_dropout", "graficar_mascaras",
    "graficar_laboratorio", "graficar_exactitudes", "imprimir_tabla", "graficar_desplazamientos",
    "decaimiento_acumulado", "un_solo_hilo", "parametros_red", "red_grande", "X_RED",
]


# ---------------------------------------------------------------------------------------------
# Datos del laboratorio (dados: no se califican)
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DatosLaboratorio:
    """Las tres particiones del laboratorio, con ejemplos en columnas (float64).

    X_*: forma (lado·lado, m), píxeles en [0, 1]; Y_*: one-hot, forma (10, m).
    """

    X_ent: np.ndarray
    Y_ent: np.ndarray
    X_val: np.ndarray
    Y_val: np.ndarray
    X_pru: np.ndarray
    Y_pru: np.ndarray
    lado: int
    descripcion: str

    def resumen(self) -> str:
        return (f"{self.descripcion}\n  entrenamiento {self.X_ent.shape[1]}, validación "
                f"{self.X_val.shape[1]}, prueba {self.X_pru.shape[1]} ejemplos; imágenes de "
                f"{self.lado}×{self.lado} (X de forma ({self.X_ent.shape[0]}, m)).")


def reducir_imagenes(X, lado: int):
    """Imágenes de lado × lado a (lado/2) × (lado/2), promediando cada bloque de 2 × 2 píxeles.

    Argumentos:
        X: imágenes en columnas, forma (lado·lado, m); lado: par.
    Devuelve:
        arreglo float64 de forma ((lado/2)², m).
    """
    m, mitad = X.shape[1], lado // 2
    imagenes = np.asarray(X, dtype=float).T.reshape(m, mitad, 2, mitad, 2)
    return imagenes.mean(axis=(2, 4)).reshape(m, mitad * mitad).T.copy()


def datos_laboratorio(completo: bool = False, n_ent: int = 1000, conjunto: str = "mnist",
                      mostrar: bool = True) -> DatosLaboratorio:
    """Los datos del Laboratorio 2: un subconjunto de entrenamiento pequeño, que sobreajusta.

    Usa ``course.datos.mnist.cargar_mnist`` (MNIST o Fashion-MNIST; sin red cae a las imágenes
    de prueba divididas o a los dígitos de scikit-learn, y lo dice). Toma los primeros
    ``n_ent`` ejemplos de entrenamiento. Sin ``completo``: 1000 de validación e imágenes de
    28 × 28 reducidas a 14 × 14 (4 veces menos entradas: el cuaderno corre en segundos). Con
    ``completo``: toda la validación y las imágenes de 28 × 28.

    Devuelve:
        DatosLaboratorio con X_* float64 de forma (lado·lado, m) e Y_* de forma (10, m).
    """
    from .datos.mnist import cargar_mnist

    datos = cargar_mnist(conjunto=conjunto, mostrar=mostrar)
    datos = datos.recortar(n_ent=n_ent, n_val=None if completo else 1000)
    lado, descripcion = datos.lado, datos.descripcion
    partes = [datos.X_ent, datos.X_val, datos.X_pru]
    if not completo and lado == 28:
        partes = [reducir_imagenes(X, 28) for X in partes]
        lado, descripcion = 14, descripcion + " — reducidas a 14×14 (promedio de 2×2 píxeles)"
    partes = [np.asarray(X, dtype=float) for X in partes]
    etiquetas = [np.asarray(Y, dtype=float) for Y in (datos.Y_ent, datos.Y_val, datos.Y_pru)]
    return DatosLaboratorio(partes[0], etiquetas[0], partes[1], etiquetas[1], partes[2],
                            etiquetas[2], lado, descripcion)


def configuraciones(completo: bool = False) -> dict:
    """Las configuraciones del laboratorio: la misma red y el mismo entrenamiento, y en cada una
    UNA regularización. ``config`` es el diccionario de epocaEntrenamiento; ``paciencia`` solo en
    la parada temprana."""
    base = {"lr": 0.3, "tamLote": 100, "lam": 0.0, "p": 1.0}
    configs = {
        "sin_regularizacion": {"config": dict(base)},
        "L2": {"config": {**base, "lam": 2.0}},
        "dropout": {"config": {**base, "p": 0.7}},
        "parada_temprana": {"config": dict(base), "paciencia": 10},
    }
    if completo:
        configs["aumento_de_datos"] = {"config": dict(base), "aumento": True}
    return configs


def decaimiento_acumulado(lr: float, lam: float, m: int, pasos: int) -> float:
    """(1 − αλ/m)^pasos: cuánto encogería el decaimiento un peso, sin gradiente de los datos,
    en ``pasos`` actualizaciones."""
    return float((1 - lr * lam / m) ** pasos)


# ---------------------------------------------------------------------------------------------
# Entradas fijas de las pruebas visibles
# ---------------------------------------------------------------------------------------------

# La red 2-2-1 del ejemplo a mano (costoL2, gradientesL2, actualizarConDecaimiento). Los sesgos
# no son cero: así se nota si se penalizan.
PARAMS_MANO = {"W1": np.array([[1.0, -2.0], [0.0, 1.0]]), "b1": np.array([[5.0], [-5.0]]),
               "W2": np.array([[2.0, 1.0]]), "b2": np.array([[-3.0]])}
GRADS_MANO = {"dW1": np.array([[0.2, 0.4], [-0.1, 0.3]]), "db1": np.array([[0.5], [-0.2]]),
              "dW2": np.array([[0.6, -0.8]]), "db2": np.array([[0.1]])}
# Una red 3-4-3-2 con valores sin redondear.
PARAMS_TRES = {"W1": patron((4, 3), 0.8, 0.0), "b1": patron((4, 1), 0.5, 1.0),
               "W2": patron((3, 4), 0.6, 2.0), "b2": patron((3, 1), 0.4, 3.0),
               "W3": patron((2, 3), 0.9, 4.0), "b3": patron((2, 1), 0.3, 5.0)}
GRADS_TRES = {"dW1": patron((4, 3), 0.05, 0.5), "db1": patron((4, 1), 0.04, 1.5),
              "dW2": patron((3, 4), 0.07, 2.5), "db2": patron((3, 1), 0.06, 3.5),
              "dW3": patron((2, 3), 0.09, 4.5), "db3": patron((2, 1), 0.08, 5.5)}

CASOS_COSTO = [(PARAMS_MANO, 0.5, 4), (PARAMS_TRES, 1.3, 7), (PARAMS_MANO, 0.0, 4)]
CASOS_GRADIENTES = [(GRADS_MANO, PARAMS_MANO, 0.8, 4), (GRADS_TRES, PARAMS_TRES, 1.3, 7)]
CASOS_DECAIMIENTO = [(PARAMS_MANO, GRADS_MANO, 0.5, 0.8, 4), (PARAMS_TRES, GRADS_TRES, 0.3, 1.3, 7),
                     (PARAMS_TRES, GRADS_TRES, 0.3, 0.0, 7)]

# dropoutAdelante: un bloque (3, 4) de activaciones (positivas y negativas) repetido 4000 veces:
# cada elemento del bloque aparece en 4000 ejemplos, así que su media con dropout estima su
# activación esperada con una desviación típica de |a|·√((1 − p)/p)/√4000.
A_BLOQUE = np.array([[0.5, -1.2, 2.0, 0.3], [1.5, 0.8, -0.4, 1.1], [-2.0, 0.6, 0.9, -0.7]])
REPETICIONES = 4000
P_DROPOUT = 0.8

# La red 4-5-5-3 de redAdelanteDropout y redAtrasDropout (tanh, ReLU, softmax), m = 6.
X_RED = patron((4, 6), 1.0, 0.3)
ACTIVACIONES_RED = ["tanh", "relu", "softmax"]
CLASES_RED = [0, 2, 1, 2, 0, 1]
Y_RED = np.eye(3)[:, CLASES_RED]


def parametros_red() -> dict:
    """Parámetros fijos de la red 4-5-5-3 de las pruebas visibles (sesgos distintos de cero)."""
    return {"W1": patron((5, 4), 0.6, 1.1), "b1": patron((5, 1), 0.2, 2.0),
            "W2": patron((5, 5), 0.5, 0.7), "b2": patron((5, 1), 0.3, 0.4),
            "W3": patron((3, 5), 0.7, 2.5), "b3": patron((3, 1), 0.1, 1.9)}


# Máscaras fijas (p = 0.8: valores 0 y 1.25) para redAtrasDropout. La unidad 2 de la capa 1 y la
# unidad 4 de la capa 2 están apagadas en TODOS los ejemplos: sus filas de dW y db deben ser 0.
P_RED = 0.8
MASCARAS_RED = [
    1.25 * np.array([[1, 1, 0, 1, 1, 1], [1, 0, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0],
                     [1, 1, 1, 1, 0, 1], [1, 1, 1, 0, 1, 1]], dtype=float),
    1.25 * np.array([[1, 1, 1, 1, 1, 0], [0, 1, 1, 1, 1, 1], [1, 1, 0, 1, 1, 1],
                     [1, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0]], dtype=float),
]
UNIDADES_APAGADAS = {1: 2, 2: 4}    # capa → unidad apagada en todos los ejemplos

# Una red más grande para las estadísticas del dropout: 6-60-60-3 con 300 ejemplos.
P_GRANDE = 0.75


def red_grande():
    """(X, params, activaciones) de la red 6-60-60-3 con 300 ejemplos (fijos, sin solución)."""
    rng = np.random.default_rng(2024)
    X = rng.normal(size=(6, 300))
    params = {"W1": rng.normal(0, 0.4, (60, 6)), "b1": rng.normal(0, 0.1, (60, 1)),
              "W2": rng.normal(0, 0.13, (60, 60)), "b2": rng.normal(0, 0.1, (60, 1)),
              "W3": rng.normal(0, 0.13, (3, 60)), "b3": np.zeros((3, 1))}
    return X, params, ["relu", "tanh", "softmax"]


# entrenarConParadaTemprana: un problema de 3 clases en 5 dimensiones, con pocos ejemplos de
# entrenamiento y una validación con etiquetas ruidosas (sobreajusta pronto).
def datos_parada(semilla: int, n: int = 5, m: int = 40, m_val: int = 30, k: int = 3):
    """(X, Y, X_val, Y_val) de un problema pequeño de k clases (fijo para cada semilla)."""
    rng = np.random.default_rng(semilla)
    W = rng.normal(size=(k, n))

    def muestra(mm, ruido):
        X = rng.normal(size=(n, mm))
        clases = np.argmax(W @ X + ruido * rng.normal(size=(k, mm)), axis=0)
        return X, np.eye(k)[:, clases]

    X, Y = muestra(m, 0.3)
    X_val, Y_val = muestra(m_val, 2.0)
    return X, Y, X_val, Y_val


def params_parada(dims, semilla: int, escala: float = 0.5) -> dict:
    """Parámetros iniciales al azar (normales por ``escala``, sesgos en cero) de una red
    ``dims``."""
    rng = np.random.default_rng(semilla)
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = escala * rng.standard_normal((dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


DIMS_PARADA = [5, 6, 3]
ACTIVACIONES_PARADA = ["relu", "softmax"]


def caso_parada(nombre: str) -> tuple:
    """Los argumentos de entrenarConParadaTemprana de un caso visible:
    "con_pausa": la validación mejora, empeora dos épocas, vuelve a mejorar y luego empeora;
    "validacion_invertida": la validación tiene las etiquetas desplazadas y empeora desde la
    primera época (lo mejor son los parámetros iniciales); "sin_parar": 5 épocas que mejoran."""
    c = CASOS_PARADA[nombre]
    X, Y, X_val, Y_val = datos_parada(c["semilla"])
    if nombre == "validacion_invertida":
        X_val, Y_val = X, np.roll(Y, 1, axis=0)
    config = {"lr": c["lr"], "tamLote": None, "lam": 0.0, "p": 1.0}
    return (params_parada(DIMS_PARADA, c["semilla"]), X, Y, X_val, Y_val,
            list(ACTIVACIONES_PARADA), config, c["epocas"], c["paciencia"],
            np.random.default_rng(0))


CASOS_PARADA = {
    "con_pausa": {"semilla": 6, "lr": 1.0, "epocas": 40, "paciencia": 3},
    "validacion_invertida": {"semilla": 7, "lr": 1.0, "epocas": 40, "paciencia": 3},
    "sin_parar": {"semilla": 6, "lr": 1.0, "epocas": 5, "paciencia": 3},
}

# desplazarImagenes: dos imágenes de 4 × 4 con píxeles distintos. Los casos van en pares:
# (2, 1) y (1, 2) se distinguen si se intercambian dx y dy; (2, 1) y (−2, −1), si se desplaza
# al revés.
LADO_IMG = 4
X_IMG = np.column_stack([np.arange(1.0, 17.0), 100.0 - 3.0 * np.arange(16.0)])
CASOS_DESPLAZAR = [(1, 0), (0, -1), (2, 1), (1, 2), (-2, -1), (0, 0), (-1, 3)]

# elegirConfiguracion: tablas en las que la mejor por validación, por prueba y por
# entrenamiento son distintas, y una con un empate en validación.
TABLAS = [
    {"sin_regularizacion": {"exactitud_ent": 1.0, "exactitud_val": 0.9, "exactitud_prueba": 0.89},
     "L2": {"exactitud_ent": 0.99, "exactitud_val": 0.905, "exactitud_prueba": 0.915},
     "dropout": {"exactitud_ent": 0.985, "exactitud_val": 0.92, "exactitud_prueba": 0.9},
     "parada_temprana": {"exactitud_ent": 0.93, "exactitud_val": 0.88,
                         "exactitud_prueba": 0.893}},
    {"a": {"exactitud_ent": 0.97, "exactitud_val": 0.81, "exactitud_prueba": 0.8},
     "b": {"exactitud_ent": 0.95, "exactitud_val": 0.83, "exactitud_prueba": 0.79},
     "c": {"exactitud_ent": 0.96, "exactitud_val": 0.83, "exactitud_prueba": 0.78},
     "d": {"exactitud_ent": 0.99, "exactitud_val": 0.7, "exactitud_prueba": 0.85}},
]


# Salidas esperadas de las pruebas visibles, con 10 cifras significativas. Las genera
# autograder/unidades/regularizacion/esperado.py con la solución de referencia y el catálogo
# (tests/test_catalogo.py comprueba que la referencia las reproduce y que cada error se detecta).
# --- ESPERADO (generado) ---
ESPERADO: dict = {'costoL2': [0.6875, 0.8182598458, 0.0],
 'gradientesL2': [{'dW1': [[0.4, 0.0], [-0.1, 0.5]],
                   'db1': [[0.5], [-0.2]],
                   'dW2': [[1.0, -0.6]],
                   'db2': [[0.1]]},
                  {'dW1': [[0.1924505567, -0.04856766644, -0.1799352038],
                           [0.09493498713, 0.155471503, -0.1349982815],
                           [-0.1206839324, 0.166097202, 0.0778825124],
                           [-0.1861666678, -0.02990941206, 0.193873994]],
                   'db1': [[0.002829488067], [-0.03993179103], [0.007460494777], [0.03800930368]],
                   'dW2': [[-0.1024507006, -0.1288208325, 0.1356464106, 0.0938662461],
                           [-0.1598347086, -0.05267860169, 0.1734094042, 0.007992907702],
                           [-0.1754690885, 0.03722354425, 0.1658769911, -0.0799682183]],
                   'db2': [[-0.05618740124], [0.02811100028], [0.04894350601]],
                   'dW3': [[-0.1282234843, 0.2292050685, 0.06915986202],
                           [-0.2470268034, -0.005503774898, 0.2484450656]],
                   'db3': [[0.05669358194], [0.04866810516]]}],
 'actualizarConDecaimiento': [{'W1': [[0.8, -2.0], [0.05, 0.75]],
                               'b1': [[4.75], [-4.9]],
                               'W2': [[1.5, 1.3]],
                               'b2': [[-3.05]]},
                              {'W1': [[0.742264833, -0.0885052955, -0.7194579929],
                                      [0.273901698, 0.6488765414, -0.4411100377],
                                      [-0.5352073419, 0.5790270763, 0.3859984402],
                                      [-0.678494624, -0.2111578468, 0.732907676]],
                               'b1': [[0.2693023065], [-0.4400565337], [-0.1559045834],
                                      [0.4802314281]],
                               'W2': [[-0.2189528918, -0.4702137693, 0.3401218024, 0.382568126],
                                      [-0.4387053958, -0.2695185763, 0.5081573652, 0.1385720188],
                                      [-0.5438658486, 0.00157622163, 0.5434596736, -0.1416197953]],
                               'b2': [[-0.3791407783], [-0.01338876547], [0.3825909157]],
                               'W3': [[-0.5498122135, 0.6824799858, 0.3739446362],
                                      [-0.7788414009, -0.1732457833, 0.8234849316]],
                               'b3': [[0.06809058106], [0.2597145129]]},
                              {'W1': [[0.7868362616, -0.09424807868, -0.7625495695],
                                      [0.290748706, 0.6876268295, -0.4679425682],
                                      [-0.5670431824, 0.6140633524, 0.4088058182],
                                      [-0.7194081102, -0.2234222699, 0.776981569]],
                               'b1': [[0.2693023065], [-0.4400565337], [-0.1559045834],
                                      [0.4802314281]],
                               'W2': [[-0.232864086, -0.4985645418, 0.3613386785, 0.4054515432],
                                      [-0.4658190766, -0.2854150965, 0.5393674041, 0.1464260556],
                                      [-0.5770997863, 0.002286204646, 0.5765106565,
                                       -0.1508466526]],
                               'b2': [[-0.3791407783], [-0.01338876547], [0.3825909157]],
                               'W3': [[-0.5825877722, 0.7243348697, 0.3959346522],
                                      [-0.8263628698, -0.1829900401, 0.8735173882]],
                               'b3': [[0.06809058106], [0.2597145129]]}],
 'desplazarImagenes': [[[0.0, 0.0], [1.0, 100.0], [2.0, 97.0], [3.0, 94.0], [0.0, 0.0],
                        [5.0, 88.0], [6.0, 85.0], [7.0, 82.0], [0.0, 0.0], [9.0, 76.0],
                        [10.0, 73.0], [11.0, 70.0], [0.0, 0.0], [13.0, 64.0], [14.0, 61.0],
                        [15.0, 58.0]],
                       [[5.0, 88.0], [6.0, 85.0], [7.0, 82.0], [8.0, 79.0], [9.0, 76.0],
                        [10.0, 73.0], [11.0, 70.0], [12.0, 67.0], [13.0, 64.0], [14.0, 61.0],
                        [15.0, 58.0], [16.0, 55.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0],
                        [0.0, 0.0]],
                       [[0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0],
                        [1.0, 100.0], [2.0, 97.0], [0.0, 0.0], [0.0, 0.0], [5.0, 88.0],
                        [6.0, 85.0], [0.0, 0.0], [0.0, 0.0], [9.0, 76.0], [10.0, 73.0]],
                       [[0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0],
                        [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [1.0, 100.0], [2.0, 97.0], [3.0, 94.0],
                        [0.0, 0.0], [5.0, 88.0], [6.0, 85.0], [7.0, 82.0]],
                       [[7.0, 82.0], [8.0, 79.0], [0.0, 0.0], [0.0, 0.0], [11.0, 70.0],
                        [12.0, 67.0], [0.0, 0.0], [0.0, 0.0], [15.0, 58.0], [16.0, 55.0],
                        [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0]],
                       [[1.0, 100.0], [2.0, 97.0], [3.0, 94.0], [4.0, 91.0], [5.0, 88.0],
                        [6.0, 85.0], [7.0, 82.0], [8.0, 79.0], [9.0, 76.0], [10.0, 73.0],
                        [11.0, 70.0], [12.0, 67.0], [13.0, 64.0], [14.0, 61.0], [15.0, 58.0],
                        [16.0, 55.0]],
                       [[0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0],
                        [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0], [0.0, 0.0],
                        [2.0, 97.0], [3.0, 94.0], [4.0, 91.0], [0.0, 0.0]]],
 'elegirConfiguracion': [['dropout', 0.9], ['b', 0.79]],
 'redAdelanteDropout': {'P': [[0.2455861946, 0.2183593958, 0.2043607562, 0.2344110908,
                               0.2483624485, 0.2180309498],
                              [0.3519037607, 0.291289524, 0.1840838902, 0.2705165899, 0.3383539841,
                               0.2302023043],
                              [0.4025100446, 0.4903510802, 0.6115553536, 0.4950723193,
                               0.4132835674, 0.5517667459]],
                        'Z1': [[1.00061656, -0.3827375541, -1.089895332, 0.4756855538,
                                0.7794103771, -0.8644370517],
                               [0.5089217723, -0.6694112667, -0.7193710806, 0.4718360523,
                                0.2148349049, -0.9101458623],
                               [0.2229376872, -0.442587773, 0.1777001318, 0.6833842292,
                                -0.0672128992, -0.3794763818],
                               [-0.3747096712, -0.353588962, 0.7749243474, 0.4629981848,
                                -0.5851351871, -0.00311659608],
                               [-1.147818272, -0.4455682284, 0.8963971447, -0.1516625985,
                                -1.223554516, 0.100719971]],
                        'A1': [[0.7618529736, -0.3650825138, -0.7968399389, 0.4427816705,
                                0.6523681475, -0.6985366982],
                               [0.4691046706, -0.5845924816, -0.6165195846, 0.4396816166,
                                0.2115896386, -0.721202256],
                               [0.2193162419, -0.4157871444, 0.1758530266, 0.5937150953,
                                -0.06711186868, -0.3622526485],
                               [-0.3581043272, -0.3395545691, 0.6497837552, 0.4325246605,
                                -0.5263877673, -0.003116585989],
                               [-0.8170300282, -0.4182492834, 0.714539046, -0.1505103739,
                                -0.8406995655, 0.1003807624]],
                        'Z2': [[0.03151549649, 0.248911573, 0.5598967987, 0.2783156999,
                                0.08830255705, 0.3952217441],
                               [-0.01533931174, 0.07440636132, -0.04057519871, -0.05455513321,
                                -0.0678456518, -0.005396643167],
                               [-0.1563726338, -0.4818246371, -0.6543693273, -0.3559560546,
                                -0.149940811, -0.5320500911],
                               [-0.02094040012, 0.2811658863, 0.6038953608, 0.2585786112,
                                0.02382187218, 0.421441533],
                               [0.3827770383, 0.344485881, 0.1284566012, 0.2458129155,
                                0.3224503741, 0.225816117]],
                        'A2': [[0.03151549649, 0.248911573, 0.5598967987, 0.2783156999,
                                0.08830255705, 0.3952217441],
                               [0.0, 0.07440636132, 0.0, 0.0, 0.0, 0.0],
                               [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                               [0.0, 0.2811658863, 0.6038953608, 0.2585786112, 0.02382187218,
                                0.421441533],
                               [0.3827770383, 0.344485881, 0.1284566012, 0.2458129155,
                                0.3224503741, 0.225816117]],
                        'Z3': [[-0.3158636138, -0.387267009, -0.3293256463, -0.3136605142,
                                -0.3016196408, -0.3366879165],
                               [0.04384613337, -0.0990916187, -0.4338209123, -0.1704034597,
                                0.007583831977, -0.2823664347],
                               [0.1782084543, 0.4217123056, 0.7667929809, 0.4339669651,
                                0.2076251554, 0.5918004545]],
                        'A3': [[0.2455861946, 0.2183593958, 0.2043607562, 0.2344110908,
                                0.2483624485, 0.2180309498],
                               [0.3519037607, 0.291289524, 0.1840838902, 0.2705165899,
                                0.3383539841, 0.2302023043],
                               [0.4025100446, 0.4903510802, 0.6115553536, 0.4950723193,
                                0.4132835674, 0.5517667459]]},
 'adelante_con_mascaras': {'Z1': [[1.00061656, -0.3827375541, -1.089895332, 0.4756855538,
                                   0.7794103771, -0.8644370517],
                                  [0.5089217723, -0.6694112667, -0.7193710806, 0.4718360523,
                                   0.2148349049, -0.9101458623],
                                  [0.2229376872, -0.442587773, 0.1777001318, 0.6833842292,
                                   -0.0672128992, -0.3794763818],
                                  [-0.3747096712, -0.353588962, 0.7749243474, 0.4629981848,
                                   -0.5851351871, -0.00311659608],
                                  [-1.147818272, -0.4455682284, 0.8963971447, -0.1516625985,
                                   -1.223554516, 0.100719971]],
                           'A1': [[0.7618529736, -0.3650825138, -0.7968399389, 0.4427816705,
                                   0.6523681475, -0.6985366982],
                                  [0.4691046706, -0.5845924816, -0.6165195846, 0.4396816166,
                                   0.2115896386, -0.721202256],
                                  [0.2193162419, -0.4157871444, 0.1758530266, 0.5937150953,
                                   -0.06711186868, -0.3622526485],
                                  [-0.3581043272, -0.3395545691, 0.6497837552, 0.4325246605,
                                   -0.5263877673, -0.003116585989],
                                  [-0.8170300282, -0.4182492834, 0.714539046, -0.1505103739,
                                   -0.8406995655, 0.1003807624]],
                           'Z2': [[0.04910743837, -0.1767396266, 1.074879757, 0.5247237162,
                                   0.3085168294, 0.29480292],
                                  [-0.1183058301, 0.3557245742, -0.6081979959, -0.4912786378,
                                   -0.05835681542, 0.2573975449],
                                  [-0.04999043634, -0.3948872626, -0.485920925, -0.07653857504,
                                   -0.3815798682, -0.7480417252],
                                  [-0.04606057989, -0.104826995, 0.9687022717, 0.3588768187,
                                   0.293231975, 0.4187064143],
                                  [0.3066401353, 0.7222931243, -0.4792280061, -0.1543659936,
                                   0.2297132541, 0.4451008993]],
                           'A2': [[0.04910743837, 0.0, 1.074879757, 0.5247237162, 0.3085168294,
                                   0.29480292],
                                  [0.0, 0.3557245742, 0.0, 0.0, 0.0, 0.2573975449],
                                  [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                                  [0.0, 0.0, 0.9687022717, 0.3588768187, 0.293231975,
                                   0.4187064143],
                                  [0.3066401353, 0.7222931243, 0.0, 0.0, 0.2297132541,
                                   0.4451008993]],
                           'Z3': [[-0.06675330357, -0.1849270509, -0.5728488966, -0.3212607136,
                                   -0.1841317165, -0.05069330271],
                                  [-0.08948567378, 0.2188082469, -0.868821735, -0.377837466,
                                   -0.32559324, -0.2050336701],
                                  [0.08963281388, -0.1633866583, 1.534067577, 0.691322646,
                                   0.4912903571, 0.2126953512]],
                           'A3': [[0.3177829774, 0.2841569765, 0.1003345715, 0.2128702634,
                                   0.2608956076, 0.3166247626],
                                  [0.3106405073, 0.4254987955, 0.07462961988, 0.2011611113,
                                   0.2264804965, 0.2713411787],
                                  [0.3715765153, 0.290344228, 0.8250358087, 0.5859686253,
                                   0.5126238959, 0.4120340586]]},
 'redAtrasDropout': {'dW3': [[-0.008746333046, 0.03803751167, 0.0, 0.01863173095, 0.0],
                             [-0.1674958498, -0.007540544546, 0.0, -0.2214373185, 0.0],
                             [0.1762421829, -0.03049696713, 0.0, 0.2028055875, 0.0]],
                     'db3': [[-0.08455580683], [-0.08170804847], [0.1662638553]],
                     'dW2': [[0.1959253924, 0.006452961724, 0.0, -0.02666204515, -0.2045495096],
                             [0.09661394878, 0.1534328365, 0.0, -0.04769802393, -0.08092475833],
                             [0.0, 0.0, 0.0, 0.0, 0.0],
                             [-0.1750090026, -0.3618678738, 0.0, 0.1492729174, 0.2203789704],
                             [0.0, 0.0, 0.0, 0.0, 0.0]],
                     'db2': [[0.2796610734], [-0.05625672227], [0.0], [0.3290659634], [0.0]],
                     'dW1': [[-0.01517363117, 0.05513511768, -0.06358861039, 0.03570320284],
                             [0.07339784549, -0.1056277597, 0.07749471575, -0.005075867692],
                             [0.0, 0.0, 0.0, 0.0],
                             [-0.1712229142, 0.1726182631, -0.07536767837, -0.06495317528],
                             [-0.04920129472, 0.04369801501, -0.01322268764, -0.02480899179]],
                     'db1': [[0.0385520555], [-0.1994759678], [0.0], [0.2078511909],
                             [0.06927149549]]},
 'redAtrasDropout_sin_dropout': {'dW3': [[0.03833945492, 0.002707888017, 0.0, 0.053233884,
                                          -0.05380144977],
                                         [-0.0953845524, 0.003612298929, 0.0, -0.109540328,
                                          0.02200035186],
                                         [0.05704509748, -0.006320186945, 0.0, 0.05630644397,
                                          0.03180109791]],
                                 'db3': [[-0.1051481941], [-0.05560832447], [0.1607565185]],
                                 'dW2': [[0.09662063576, 0.03810314979, -0.0007416842314,
                                          -0.07860133763, -0.1114844319],
                                         [-0.0229975377, -0.03682506591, -0.0261915599,
                                          -0.02138946323, -0.02634665671],
                                         [0.0, 0.0, 0.0, 0.0, 0.0],
                                         [-0.2406087086, -0.1914242014, -0.03566950699,
                                          0.1037658934, 0.1827398957],
                                         [0.2398782952, 0.1478856723, 0.02053721502, -0.1433192048,
                                          -0.2254916317]],
                                 'db2': [[0.1483475998], [0.06299271213], [0.0], [0.1340175002],
                                         [0.09783559015]],
                                 'dW1': [[-0.06161038065, 0.01842340986, 0.03529196293,
                                          -0.06883908369],
                                         [0.06754479527, -0.05653262368, 0.01321382737,
                                          0.03765625764],
                                         [0.1072562855, -0.03615163463, -0.05561254369,
                                          0.1155958942],
                                         [-0.1184635976, 0.09657158727, -0.01949193786,
                                          -0.06872674386],
                                         [-0.03171515519, 0.004428747312, 0.02538855102,
                                          -0.04069708721]],
                                 'db1': [[-0.03405975644], [-0.05101196414], [0.01152286848],
                                         [0.07231172337], [-0.008218239386]]},
 'entrenarConParadaTemprana': {'con_pausa': {'mejores': {'W1': [[0.4696778126, 1.158057895,
                                                                 -1.53585775, -0.1773370654,
                                                                 1.18815857],
                                                                [0.7062743916, 0.4546049151,
                                                                 0.987739259, 0.3551050094,
                                                                 0.4060658353],
                                                                [0.0439688721, -0.7272686851,
                                                                 -0.4975913829, 0.1389677179,
                                                                 -0.354818894],
                                                                [0.7568086285, 0.5179146826,
                                                                 1.109323958, 0.08568376428,
                                                                 0.3316606056],
                                                                [-0.6586240432, -0.8275789587,
                                                                 -0.1552926746, 0.1999975809,
                                                                 -0.6618979721],
                                                                [-0.5578966546, 0.2218723329,
                                                                 -0.08839319547, 0.6877489252,
                                                                 -0.3761098092]],
                                                         'b1': [[0.2705190663], [0.1613507735],
                                                                [0.218662935], [0.01825379161],
                                                                [0.2274820782], [-0.1189716599]],
                                                         'W2': [[1.329561127, -0.1849053019,
                                                                 0.1977978546, -0.2559653928,
                                                                 -0.08350355026, -0.08049100429],
                                                                [-0.7005483896, 0.6912563634,
                                                                 -0.1051055844, 0.9943577978,
                                                                 -0.7187365609, 0.719648579],
                                                                [-0.7697763061, -0.8005322319,
                                                                 0.8509586033, 0.07685210121,
                                                                 0.8397302608, 0.4504168604]],
                                                         'b2': [[-0.2962692843], [-0.006622046234],
                                                                [0.3028913306]]},
                                             'mejor_epoca': 12,
                                             'costos_ent': [1.529869037, 0.8255136723,
                                                            0.6540659279, 0.5409400592,
                                                            0.4534315223, 0.3880695766,
                                                            0.3417086287, 0.3088370565, 0.28276788,
                                                            0.2512703028, 0.2288032194,
                                                            0.2105290909, 0.19632087, 0.184133114,
                                                            0.1741794914, 0.1653923017],
                                             'costos_val': [1.585538457, 0.907683684, 0.8105559761,
                                                            0.7535173322, 0.727100994,
                                                            0.7172201634, 0.7168040035,
                                                            0.7213229873, 0.728303348,
                                                            0.7136894526, 0.7098649982,
                                                            0.7078360994, 0.7047797603,
                                                            0.7052413536, 0.7080887865,
                                                            0.7113210365],
                                             'huella_ultimos': 7.190315676,
                                             'variantes': [[40, 41, 8.27916317,
                                                            'vigilaste el costo de ENTRENAMIENTO, '
                                                            'que casi siempre baja: la parada '
                                                            'temprana mira el de validación.'],
                                                           [12, 16, 7.190315676,
                                                            'devolviste los parámetros de la '
                                                            'última época entrenada, no los '
                                                            'mejores: la parada temprana restaura '
                                                            'los mejores pesos.'],
                                                           [12, 17, 6.829836801,
                                                            'paraste una época tarde: usaste '
                                                            'esperas > paciencia en vez de '
                                                            'esperas ≥ paciencia.'],
                                                           [12, 14, 6.829836801,
                                                            'no reiniciaste el contador al '
                                                            'mejorar: contaste TODAS las épocas '
                                                            'sin mejora, no las seguidas, y '
                                                            'paraste antes de tiempo.'],
                                                           [12, 15, 6.829836801,
                                                            'no guardaste los costos antes de '
                                                            'entrenar (época 0): las listas '
                                                            'empiezan en la época 1.']]},
                               'validacion_invertida': {'mejores': {'W1': [[0.0006150766787,
                                                                            0.1493727688,
                                                                            -0.1370689277,
                                                                            -0.4452959194,
                                                                            -0.2273353926],
                                                                           [-0.4958232775,
                                                                            0.0300718013,
                                                                            0.6701076228,
                                                                            -0.2461032593,
                                                                            -0.3102374499],
                                                                           [0.2449210251,
                                                                            0.1784435041,
                                                                            0.0527071245,
                                                                            -0.4652340224,
                                                                            -0.01462591123],
                                                                           [0.3476515972,
                                                                            -0.6721072736,
                                                                            -0.2288078805,
                                                                            -0.9506113699,
                                                                            -0.6447688699],
                                                                           [-0.9208675189,
                                                                            -0.1175455655,
                                                                            -0.6337232407,
                                                                            0.1356321794,
                                                                            0.07837554331],
                                                                           [-0.09346547231,
                                                                            -1.258379855,
                                                                            -0.2693464479,
                                                                            -0.0242504727,
                                                                            0.056654493]],
                                                                    'b1': [[0.0], [0.0], [0.0],
                                                                           [0.0], [0.0], [0.0]],
                                                                    'W2': [[-0.7650678828,
                                                                            -0.238876638,
                                                                            -0.489259539,
                                                                            -0.4044186197,
                                                                            0.5304493117,
                                                                            -0.4037673377],
                                                                           [-0.01626085247,
                                                                            0.4421949337,
                                                                            -0.2918002164,
                                                                            -0.05585097479,
                                                                            0.05523207162,
                                                                            0.03189088713],
                                                                           [-0.6125279132,
                                                                            0.03807011519,
                                                                            0.6794117109,
                                                                            -0.7735723391,
                                                                            0.429691344,
                                                                            0.05967701285]],
                                                                    'b2': [[0.0], [0.0], [0.0]]},
                                                        'mejor_epoca': 0,
                                                        'costos_ent': [1.062991635, 0.7888856314,
                                                                       0.6241137435,
                                                                       0.4973764385],
                                                        'costos_val': [1.179981161, 1.381315298,
                                                                       1.617360088, 1.901425177],
                                                        'huella_ultimos': -7.149310665,
                                                        'variantes': [[40, 41, -6.07639689,
                                                                       'vigilaste el costo de '
                                                                       'ENTRENAMIENTO, que casi '
                                                                       'siempre baja: la parada '
                                                                       'temprana mira el de '
                                                                       'validación.'],
                                                                      [0, 4, -7.149310665,
                                                                       'devolviste los parámetros '
                                                                       'de la última época '
                                                                       'entrenada, no los '
                                                                       'mejores: la parada '
                                                                       'temprana restaura los '
                                                                       'mejores pesos.'],
                                                                      [0, 5, -8.17430881,
                                                                       'paraste una época tarde: '
                                                                       'usaste esperas > '
                                                                       'paciencia en vez de '
                                                                       'esperas ≥ paciencia.'],
                                                                      [1, 5, -7.732942493,
                                                                       'empezaste con mejor_costo '
                                                                       '= ∞ y no contaste los '
                                                                       'parámetros iniciales '
                                                                       '(época 0): si la '
                                                                       'validación empeora desde '
                                                                       'la primera época, lo '
                                                                       'mejor son los iniciales.'],
                                                                      [0, 3, -8.17430881,
                                                                       'no guardaste los costos '
                                                                       'antes de entrenar (época '
                                                                       '0): las listas empiezan '
                                                                       'en la época 1.']]},
                               'sin_parar': {'mejores': {'W1': [[0.6291305536, 1.029249198,
                                                                 -1.357866252, -0.1750830142,
                                                                 0.8534607522],
                                                                [0.6621491322, 0.3981710795,
                                                                 0.7674051901, 0.2120904576,
                                                                 0.3709525348],
                                                                [0.08258021241, -0.5925815926,
                                                                 -0.4872006981, 0.1937833848,
                                                                 -0.2964906194],
                                                                [0.6282921925, 0.5402851286,
                                                                 0.9130509448, -0.0628821893,
                                                                 0.4373596412],
                                                                [-0.5088572578, -0.6113908232,
                                                                 -0.07758025881, 0.1382909365,
                                                                 -0.6779257295],
                                                                [-0.6586821761, 0.2032813485,
                                                                 -0.1010659737, 0.7189846584,
                                                                 -0.2064547367]],
                                                         'b1': [[0.08941993966], [0.05566107672],
                                                                [0.06950742303], [-0.1295690795],
                                                                [0.05424137775], [-0.1027785712]],
                                                         'W2': [[0.9475982788, -0.09608728594,
                                                                 0.2309410684, -0.1367173184,
                                                                 0.0890630516, -0.1119849081],
                                                                [-0.51765708, 0.3966771416,
                                                                 0.02329584544, 0.7374253253,
                                                                 -0.6023529047, 0.7707535907],
                                                                [-0.5707047672, -0.594771026,
                                                                 0.6894139597, 0.2145364993,
                                                                 0.5507800027, 0.4308057525]],
                                                         'b2': [[-0.2200767246], [0.03611349712],
                                                                [0.1839632275]]},
                                             'mejor_epoca': 5,
                                             'costos_ent': [1.529869037, 0.8255136723,
                                                            0.6540659279, 0.5409400592,
                                                            0.4534315223, 0.3880695766],
                                             'costos_val': [1.585538457, 0.907683684, 0.8105559761,
                                                            0.7535173322, 0.727100994,
                                                            0.7172201634],
                                             'huella_ultimos': 5.704351372,
                                             'variantes': [[5, 5, 5.704351372,
                                                            'no guardaste los costos antes de '
                                                            'entrenar (época 0): las listas '
                                                            'empiezan en la época 1.']]}}}
# --- fin de ESPERADO ---


def _a_arreglos(valor):
    """Las listas de ESPERADO de vuelta a arreglos (los diccionarios de parámetros)."""
    if isinstance(valor, dict):
        return {k: _a_arreglos(v) for k, v in valor.items()}
    return np.asarray(valor, dtype=float)


# ---------------------------------------------------------------------------------------------
# Utilidades de las revisiones
# ---------------------------------------------------------------------------------------------

def _llamar(fn, *args, nombre: str, pistas: Mapping | None = None, **kwargs):
    """Como comprobar.llamar, pero añade una pista según el texto de la excepción del
    estudiante ({fragmento del mensaje: pista})."""
    try:
        return llamar(fn, *args, nombre=nombre, **kwargs)
    except PruebaFallida as fallo:
        causa = fallo.__cause__
        for fragmento, pista in (pistas or {}).items():
            if causa is not None and fragmento in f"{type(causa).__name__}: {causa}":
                raise PruebaFallida(f"{fallo} {pista}") from causa
        raise


def _cerca_relativo(diferencia, candidato) -> bool:
    """¿La diferencia (obtenido − esperado) es el candidato, con tolerancia relativa a su
    tamaño? Un candidato nulo no cuenta."""
    diferencia, candidato = np.asarray(diferencia, float), np.asarray(candidato, float)
    escala = float(np.max(np.abs(candidato))) if candidato.size else 0.0
    if escala == 0.0:
        return False
    return diferencia.shape == candidato.shape and bool(
        np.allclose(diferencia, candidato, rtol=1e-5, atol=1e-7 * escala))


def _claves_de_capas(diccionario: Mapping, prefijo: str) -> list:
    """Las claves de ``diccionario`` en el orden de las capas: W1, b1, W2, b2, ... (con un
    prefijo "d" para los gradientes)."""
    L = sum(1 for k in diccionario if k.startswith(prefijo + "W"))
    return [f"{prefijo}{t}{l}" for l in range(1, L + 1) for t in ("W", "b")]


def revisar_diccionario(salida, modelo: Mapping, funcion: str, que: str, *, avisos=(),
                        otras_claves: Mapping | None = None) -> dict:
    """``salida`` debe ser un diccionario con exactamente las claves de ``modelo`` y arreglos
    de sus formas. ``otras_claves`` ({claves equivocadas: explicación}) nombra confusiones
    conocidas (p. ej. las claves de params en vez de las de grads). Devuelve el diccionario con
    arreglos de NumPy."""
    if salida is None:
        fallar(f"`{funcion}` devolvió None. ¿Olvidaste el `return`?")
    if not isinstance(salida, dict):
        fallar(f"`{funcion}` debe devolver un diccionario {que} como el que recibe, pero "
               f"devolvió un {type(salida).__name__}.")
    for claves, explicacion in (otras_claves or {}).items():
        if set(salida) == set(claves) and set(claves) != set(modelo):
            fallar(f"`{funcion}` devolvió un diccionario con las claves {sorted(salida)}: "
                   f"{explicacion}")
    if set(salida) != set(modelo):
        faltan = sorted(set(modelo) - set(salida))
        sobran = sorted(set(salida) - set(modelo))
        fallar(f"El diccionario que devolvió `{funcion}` debe tener las claves "
               f"{sorted(modelo)}" + (f"; le faltan {faltan}" if faltan else "")
               + (f"; le sobran {sobran}" if sobran else "") + ".")
    return {k: comprobar_arreglo(salida[k], f"{que}[{k!r}]", np.shape(modelo[k]),
                                 referencia=k.lstrip("d"), avisos=avisos) for k in modelo}


# ---------------------------------------------------------------------------------------------
# costoL2
# ---------------------------------------------------------------------------------------------

def revisar_costoL2(salida, esperado: float, lam: float, m: int, *, avisos=(), extra=None):
    costo = comprobar_escalar(salida, "La penalización L2", avisos=avisos,
                              acepta_un_elemento=True)
    if lam == 0 and abs(costo) > 1e-12:
        fallar(f"Con λ = 0 la penalización no tiene efecto (diapositiva de ridge): debe valer 0, "
               f"pero obtuviste {costo:.6g}.")
    comprobar_valores(costo, esperado, f"La penalización L2 con λ = {lam} y m = {m}",
                      rtol=1e-6, atol=1e-10,
                      sospechas=[*sospechas_de(extra, "penalizacion"),
                                 *sospechas_de_escala(esperado, m)],
                      pista="Es (λ / 2m) · Σ_l Σ_ij (W^[l]_ij)²: solo las claves que empiezan "
                            "con «W», todas las capas, y cada peso al cuadrado.")


def probar_costoL2(costoL2: Callable) -> None:
    """Prueba visible: el ejemplo a mano (0.6875), una red de tres capas y λ = 0."""
    salida, avisos, extra = _visible("costoL2", costoL2)
    revisar_costoL2(salida, ESPERADO["costoL2"][0], *CASOS_COSTO[0][1:], avisos=avisos,
                    extra=extra)
    for caso, esperado in zip(CASOS_COSTO[1:], ESPERADO["costoL2"][1:]):
        salida, avisos = llamar(costoL2, *caso, nombre="costoL2")
        revisar_costoL2(salida, esperado, *caso[1:], avisos=avisos)
    exito("costoL2: (λ/2m)·Σ‖W‖² solo con los pesos de todas las capas (0.6875 en el ejemplo a "
          "mano) y 0 con λ = 0.")


# ---------------------------------------------------------------------------------------------
# gradientesL2
# ---------------------------------------------------------------------------------------------

_OTRAS_CLAVES_GRADS = "son las de params: los gradientes llevan una d delante (dW1, db1, ...)."


def revisar_gradientesL2(salida, esperado: dict, grads: dict, params: dict, lam: float, m: int,
                         *, avisos=(), extra=None) -> None:
    obtenido = revisar_diccionario(salida, grads, "gradientesL2", "grads", avisos=avisos,
                                   otras_claves={tuple(params): _OTRAS_CLAVES_GRADS})
    for clave in _claves_de_capas(grads, "d"):
        valor, correcto = obtenido[clave], np.asarray(esperado[clave], dtype=float)
        if cerca(valor, correcto):
            continue
        diferencia = valor - correcto
        parametro = params[clave[1:]]
        if clave.startswith("db"):
            relaciones = [
                ((lam / m) * parametro, f"a {clave} le sumaste (λ/m)·{clave[1:]}: penalizaste "
                 f"los sesgos. Como θ0 en el ridge, los sesgos no se penalizan: {clave} queda "
                 f"igual."),
                (-np.asarray(grads[clave], float), f"{clave} vale 0: los gradientes de los "
                 f"sesgos se devuelven tal cual (la penalización no los toca)."),
            ]
        else:
            relaciones = [
                ((lam / m) * parametro, f"a {clave} le sumaste (2λ/m)·W: la derivada de "
                 f"(λ/2m)·W² es (λ/m)·W (el 2 del cuadrado se cancela con el ½)."),
                (-(lam / (2 * m)) * parametro, f"a {clave} le sumaste (λ/2m)·W: al derivar "
                 f"(λ/2m)·W² el 2 del cuadrado cancela el ½, y queda (λ/m)·W."),
                ((lam - lam / m) * parametro, f"a {clave} le sumaste λ·W: ¿olvidaste dividir "
                 f"entre m?"),
                (-2 * (lam / m) * parametro, f"a {clave} le restaste (λ/m)·W: la penalización "
                 f"se SUMA al gradiente de los datos."),
                (-(lam / m) * parametro, f"{clave} no cambió: ¿olvidaste sumarle (λ/m)·W?"),
                (-np.asarray(grads[clave], float), f"{clave} es solo (λ/m)·W: olvidaste el "
                 f"gradiente de los datos (grads[{clave!r}] + (λ/m)·W)."),
            ]
        for candidato, explicacion in relaciones:
            if _cerca_relativo(diferencia, candidato):
                fallar(f"{clave} no es correcto: {explicacion}")
        comprobar_valores(valor, correcto, clave, rtol=1e-6, atol=1e-10,
                          sospechas=sospechas_de(extra, clave),
                          pista="dW^[l] + (λ/m)·W^[l] para los pesos; db^[l] sin cambios.")


def probar_gradientesL2(gradientesL2: Callable) -> None:
    """Prueba visible: el ejemplo a mano (λ/m = 0.2) y una red de tres capas."""
    for caso, esperado in zip(CASOS_GRADIENTES, ESPERADO["gradientesL2"]):
        salida, avisos = llamar(gradientesL2, *caso, nombre="gradientesL2")
        revisar_gradientesL2(salida, _a_arreglos(esperado), *caso, avisos=avisos)
    exito("gradientesL2: dW + (λ/m)·W en todas las capas y db sin cambios (en el ejemplo a mano, "
          "dW1 = [[0.4, 0.0], [−0.1, 0.5]]).")


# ---------------------------------------------------------------------------------------------
# actualizarConDecaimiento
# ---------------------------------------------------------------------------------------------

def revisar_actualizarConDecaimiento(salida, esperado: dict, params: dict, grads: dict,
                                     lr: float, lam: float, m: int, *, avisos=(),
                                     extra=None) -> None:
    obtenido = revisar_diccionario(salida, params, "actualizarConDecaimiento", "params",
                                   avisos=avisos, otras_claves={
                                       tuple(grads): "son las de grads: la función devuelve "
                                                     "los PARÁMETROS nuevos (W1, b1, ...)."})
    c = lr * lam / m
    for clave in _claves_de_capas(params, ""):
        valor, correcto = obtenido[clave], np.asarray(esperado[clave], dtype=float)
        if cerca(valor, correcto):
            continue
        diferencia = valor - correcto
        theta, g = np.asarray(params[clave], float), np.asarray(grads["d" + clave], float)
        relaciones = [(2 * lr * g, f"{clave} subió por el gradiente: ¿sumaste α·d{clave} en vez "
                                   f"de restarlo?")]
        if clave.startswith("b"):
            relaciones.insert(0, (-c * theta, f"{clave} también decayó: aplicaste el factor "
                                              f"(1 − αλ/m) a los sesgos, que no se penalizan "
                                              f"(b ← b − α·db)."))
        else:
            relaciones = [
                (-(lam / m) * (1 - lr) * theta, f"el factor de decaimiento de {clave} es "
                 f"(1 − λ/m): falta la tasa de aprendizaje, (1 − αλ/m)."),
                (-lr * lam * (1 - 1 / m) * theta, f"el factor de decaimiento de {clave} es "
                 f"(1 − αλ): ¿olvidaste dividir entre m?"),
                (lr * c * g, f"decaíste {clave} DESPUÉS del paso, (1 − αλ/m)·(W − α·dW): el "
                 f"factor solo multiplica a W, W ← (1 − αλ/m)·W − α·dW."),
                (2 * c * theta, f"el factor de decaimiento de {clave} es (1 + αλ/m): ¿cambiaste "
                 f"el signo? Los pesos se ENCOGEN, (1 − αλ/m)."),
                (c * theta, f"{clave} no decayó: es W − α·dW, el paso sin regularizar. "
                 f"¿Olvidaste el factor (1 − αλ/m)?"),
                *relaciones,
            ]
        for candidato, explicacion in relaciones:
            if _cerca_relativo(diferencia, candidato):
                fallar(f"{clave} no es correcto: {explicacion}")
        comprobar_valores(valor, correcto, f"{clave} actualizado", rtol=1e-6, atol=1e-10,
                          sospechas=sospechas_de(extra, clave),
                          pista="W ← (1 − αλ/m)·W − α·dW y b ← b − α·db, con α = lr.")


def probar_actualizarConDecaimiento(actualizarConDecaimiento: Callable) -> None:
    """Prueba visible: el ejemplo a mano (1 − αλ/m = 0.9), una red de tres capas y λ = 0 (el
    paso de siempre)."""
    for caso, esperado in zip(CASOS_DECAIMIENTO, ESPERADO["actualizarConDecaimiento"]):
        salida, avisos = llamar(actualizarConDecaimiento, *caso,
                                nombre="actualizarConDecaimiento")
        revisar_actualizarConDecaimiento(salida, _a_arreglos(esperado), *caso, avisos=avisos)
    exito("actualizarConDecaimiento: W ← (1 − αλ/m)·W − α·dW (en el ejemplo a mano W1 pasa a "
          "[[0.8, −2.0], [0.05, 0.75]]), los sesgos sin decaimiento y, con λ = 0, el paso de "
          "siempre.")


# ---------------------------------------------------------------------------------------------
# dropoutAdelante
# ---------------------------------------------------------------------------------------------

def _seis_sigmas_fraccion(p: float, n: int) -> float:
    return 6 * np.sqrt(p * (1 - p) / n) + 1e-12


def _revisar_salida_dropout(salida, A, p: float, donde: str, *, avisos=()):
    """Tipo, forma y valores de la máscara de UNA llamada en entrenamiento; devuelve
    (A_salida, mascara)."""
    A_salida, mascara = comprobar_tupla(salida, ["A_salida", "mascara"], "dropoutAdelante")
    if mascara is None:
        fallar(f"{donde} la máscara es None: en entrenamiento dropoutAdelante devuelve la "
               f"máscara que aplicó (con valores 0 y 1/p), la que usará la retropropagación.")
    if isinstance(mascara, np.ndarray) and mascara.dtype == bool:
        fallar(f"{donde} la máscara es de booleanos: debe llevar ya la escala, con valores 0 "
               f"(apagada) y 1/p = {1 / p:.4g} (conservada).")
    if isinstance(mascara, np.ndarray) and mascara.shape == (A.shape[0], 1) and A.shape[1] > 1:
        fallar(f"{donde} la máscara tiene forma {mascara.shape}: sorteaste una por unidad para "
               f"todos los ejemplos. Cada unidad de cada ejemplo se sortea por separado: forma "
               f"{A.shape}.")
    A_salida = comprobar_arreglo(A_salida, "A_salida", A.shape, avisos=avisos)
    mascara = comprobar_arreglo(mascara, "mascara", A.shape, avisos=avisos)
    valores = np.unique(np.round(mascara, 9))
    escala = 1 / p
    if not np.all(np.isclose(valores[:, None], [0.0, escala], rtol=1e-9, atol=1e-12).any(1)):
        if np.all(np.isin(valores, [0.0, 1.0])) and p < 1:
            if cerca(A_salida, A * mascara / p):
                fallar(f"{donde} escalaste A_salida pero devolviste la máscara sin escalar (0 y "
                       f"1): la máscara debe llevar ya el 1/p = {escala:.4g}, porque la "
                       f"retropropagación multiplica dA por ella.")
            fallar(f"{donde} la máscara vale 0 y 1: ¿olvidaste la escala 1/p? En el dropout "
                   f"invertido la máscara vale 0 o 1/p = {escala:.4g}, así que A_salida = "
                   f"A·mascara ya está escalada.")
        if p < 1 and np.all(np.isclose(valores[:, None], [0.0, 1 / (1 - p)], rtol=1e-9).any(1)):
            fallar(f"{donde} la máscara vale 0 y 1/(1 − p) = {1 / (1 - p):.4g}: usaste p como la "
                   f"probabilidad de APAGAR. Aquí p es la probabilidad de CONSERVAR cada unidad "
                   f"(como en Srivastava et al.), y las conservadas se escalan por 1/p.")
        if np.all(np.isclose(valores[:, None], [0.0, p], rtol=1e-9).any(1)):
            fallar(f"{donde} la máscara vale 0 y p = {p}: multiplicaste por p en vez de "
                   f"dividir. En el dropout invertido las unidades conservadas se escalan por "
                   f"1/p = {escala:.4g}.")
        fallar(f"{donde} la máscara debe valer 0 (unidad apagada) o 1/p = {escala:.4g} "
               f"(conservada), pero tiene los valores {valores[:6]}.")
    if not cerca(A_salida, A * mascara, rtol=1e-12, atol=1e-12):
        if cerca(A_salida, A * (mascara > 0)):
            fallar(f"{donde} A_salida es A con las unidades apagadas pero sin escalar: "
                   f"A_salida debe ser A·mascara (la máscara ya lleva el 1/p).")
        fallar(f"{donde} A_salida no es A·mascara: la salida tiene que ser exactamente la "
               f"activación multiplicada por la máscara que devuelves.")
    return A_salida, mascara


def revisar_dropoutAdelante(dropoutAdelante: Callable, A_bloque, repeticiones: int, p: float,
                            semillas=(0, 1)) -> None:
    """Las propiedades del dropout invertido, por estadísticas: el bloque ``A_bloque`` (n, k)
    repetido ``repeticiones`` veces (ejemplos), así que cada elemento del bloque tiene
    ``repeticiones`` muestras. Nunca depende del orden de los sorteos."""
    A_bloque = np.asarray(A_bloque, dtype=float)
    n, k = A_bloque.shape
    A = np.tile(A_bloque, (1, repeticiones))
    donde = f"Con p = {p} y A de forma {A.shape}:"
    salida, avisos = llamar(dropoutAdelante, A, p, np.random.default_rng(semillas[0]), True,
                            nombre="dropoutAdelante")
    A_salida, mascara = _revisar_salida_dropout(salida, A, p, donde, avisos=avisos)
    if mascara.shape[1] > 1 and np.all(mascara == mascara[:, :1]):
        fallar(f"{donde} todos los ejemplos tienen la misma máscara: sorteaste una vez por "
               f"unidad para todos los ejemplos. Cada unidad de cada ejemplo se sortea por "
               f"separado (rng.random(A.shape)).")
    if mascara.shape[0] > 1 and np.all(mascara == mascara[:1, :]):
        fallar(f"{donde} todas las unidades de un ejemplo tienen el mismo valor de la máscara: "
               f"sorteaste una vez por ejemplo. Cada unidad se sortea por separado.")
    conservada = float(np.mean(mascara > 0))
    tolerancia = _seis_sigmas_fraccion(p, mascara.size)
    if abs(conservada - p) > tolerancia:
        if abs(conservada - (1 - p)) <= tolerancia:
            fallar(f"{donde} conservaste el {conservada:.1%} de las unidades, ≈ 1 − p: usaste p "
                   f"como la probabilidad de APAGAR. Aquí p es la probabilidad de CONSERVAR "
                   f"cada unidad (como en Srivastava et al.).")
        fallar(f"{donde} conservaste el {conservada:.1%} de las unidades y se esperaba ≈ "
               f"{p:.0%} (cada unidad se conserva con probabilidad p, por separado).")
    # La activación esperada: la media de las repeticiones de cada elemento del bloque.
    medias = A_salida.reshape(n, repeticiones, k).mean(axis=1)
    sigma = np.abs(A_bloque) * np.sqrt((1 - p) / p / repeticiones)
    if np.any(np.abs(medias - A_bloque) > 6 * sigma + 1e-12):
        if np.all(np.abs(medias - p * A_bloque) <= 6 * sigma * p + 1e-12):
            fallar(f"{donde} la activación esperada es p·A, no A: olvidaste la escala 1/p.")
        fallar(f"{donde} la media de A_salida sobre {repeticiones} ejemplos no es A: el dropout "
               f"invertido no cambia la activación esperada, E[A·mascara] = A.")
    # El azar sale del rng recibido.
    otra, _ = llamar(dropoutAdelante, A, p, np.random.default_rng(semillas[0]), True,
                     nombre="dropoutAdelante")
    _, mascara_otra = _revisar_salida_dropout(otra, A, p, donde)
    if not np.array_equal(mascara, mascara_otra):
        fallar(f"{donde} con el mismo generador (la misma semilla) obtuviste otra máscara: "
               f"sorteaste con el generador global de NumPy (np.random.rand, "
               f"np.random.binomial, ...) en vez de con el rng que recibes.")
    distinta, _ = llamar(dropoutAdelante, A, p, np.random.default_rng(semillas[1]), True,
                         nombre="dropoutAdelante")
    _, mascara_distinta = _revisar_salida_dropout(distinta, A, p, donde)
    if np.array_equal(mascara, mascara_distinta):
        fallar(f"{donde} con generadores de semillas distintas obtuviste la misma máscara: "
               f"¿creaste dentro de la función un generador con una semilla fija?")


def revisar_dropoutInferencia(dropoutAdelante: Callable, A, p: float) -> None:
    """En inferencia no se hace nada: A_salida = A y la máscara None. Con p = 1 en
    entrenamiento tampoco cambia nada."""
    A = np.asarray(A, dtype=float)
    salida, avisos = llamar(dropoutAdelante, A, p, np.random.default_rng(3), False,
                            nombre="dropoutAdelante")
    A_salida, mascara = comprobar_tupla(salida, ["A_salida", "mascara"], "dropoutAdelante")
    A_salida = comprobar_arreglo(A_salida, "A_salida (en inferencia)", A.shape, avisos=avisos)
    if not cerca(A_salida, A, rtol=1e-12, atol=0.0):
        if cerca(A_salida, A / p):
            fallar(f"En inferencia (entrenando=False) devolviste A/p: la escala 1/p es solo para "
                   f"el entrenamiento (compensa las unidades apagadas). En inferencia no se apaga "
                   f"nada y no se escala nada: A_salida = A.")
        if cerca(A_salida, p * A):
            fallar(f"En inferencia (entrenando=False) devolviste p·A: eso es el dropout "
                   f"clásico. Con el dropout invertido la escala se aplicó al entrenar, así que "
                   f"en inferencia no se hace nada: A_salida = A.")
        if np.mean(A_salida == 0) > np.mean(A == 0) + 0.05:
            fallar("En inferencia (entrenando=False) apagaste unidades: el dropout solo se "
                   "aplica al entrenar; en inferencia A_salida = A (¿usaste el argumento "
                   "entrenando?).")
        fallar("En inferencia (entrenando=False) A_salida debe ser A sin cambios.")
    if mascara is not None:
        fallar("En inferencia (entrenando=False) la máscara debe ser None: no se sortea nada.")


def revisar_dropoutSinApagar(dropoutAdelante: Callable, A) -> None:
    """Con p = 1 en entrenamiento no se apaga nada: la máscara vale 1 y A_salida = A."""
    A = np.asarray(A, dtype=float)
    salida, avisos = llamar(dropoutAdelante, A, 1.0, np.random.default_rng(4), True,
                            nombre="dropoutAdelante")
    A_salida, mascara = _revisar_salida_dropout(salida, A, 1.0, "Con p = 1:", avisos=avisos)
    if not np.allclose(mascara, 1.0):
        fallar("Con p = 1 se conservan todas las unidades: la máscara vale 1 en todas partes.")


def probar_dropoutAdelante(dropoutAdelante: Callable) -> None:
    """Prueba visible por estadísticas (p = 0.8, 48 000 elementos): máscara de 0 y 1/p,
    fracción conservada ≈ p, activación esperada sin cambios, azar del rng, inferencia."""
    revisar_dropoutInferencia(dropoutAdelante, np.tile(A_BLOQUE, (1, 50)), P_DROPOUT)
    revisar_dropoutAdelante(dropoutAdelante, A_BLOQUE, REPETICIONES, P_DROPOUT)
    revisar_dropoutSinApagar(dropoutAdelante, A_BLOQUE)
    exito("dropoutAdelante: máscara de 0 y 1/p = 1.25 sorteada con tu rng (≈ 80 % conservado, "
          "cada unidad y cada ejemplo por separado), A_salida = A·mascara con la MISMA "
          "activación esperada (la media de 4 000 ejemplos coincide con A) y, en inferencia, A "
          "sin cambios.")


# ---------------------------------------------------------------------------------------------
# redAdelanteDropout
# ---------------------------------------------------------------------------------------------

def _es_softmax_de(P, Z) -> bool:
    """¿P = softmax(Z) por columnas? Sin calcular softmax (es la respuesta de otras unidades):
    P > 0 y ln P − Z es la misma constante en cada columna."""
    P, Z = np.asarray(P, dtype=float), np.asarray(Z, dtype=float)
    if P.shape != Z.shape or np.any(P <= 0):
        return False
    desplazamiento = np.log(P) - Z
    return bool(np.allclose(desplazamiento, desplazamiento[:1], rtol=1e-6, atol=1e-8))


def _partes_de_la_salida(salida, X, params, activaciones, *, avisos=()):
    """(P, caches, mascaras) con sus tipos y formas básicas."""
    L, m = len(activaciones), X.shape[1]
    P, caches, mascaras = comprobar_tupla(salida, ["P", "caches", "mascaras"],
                                          "redAdelanteDropout")
    P = comprobar_arreglo(P, "P", (params[f"W{L}"].shape[0], m), avisos=avisos)
    if not isinstance(caches, (list, tuple)) or len(caches) != L:
        fallar(f"caches debe ser una lista con un par (cache_densa, cache_activacion) por capa "
               f"({L} capas), pero es {type(caches).__name__}"
               + (f" de {len(caches)} elementos." if isinstance(caches, (list, tuple)) else "."))
    for l, par in enumerate(caches, start=1):
        if not (isinstance(par, (tuple, list)) and len(par) == 2 and isinstance(
                par[0], (tuple, list)) and len(par[0]) == 3 and isinstance(
                par[1], (tuple, list)) and len(par[1]) == 2):
            fallar(f"caches[{l - 1}] debe ser el par ((A_prev, W, b), (Z, A)) de la capa {l}: "
                   f"la cache de capaDensaAdelante y la de la activación.")
    if not isinstance(mascaras, (list, tuple)) or len(mascaras) != L - 1:
        fallar(f"mascaras debe ser una lista con una máscara por capa OCULTA ({L - 1}), pero es "
               f"{type(mascaras).__name__}"
               + (f" de {len(mascaras)} elementos: la capa de salida no lleva dropout."
                  if isinstance(mascaras, (list, tuple)) and len(mascaras) == L
                  else (f" de {len(mascaras)} elementos." if isinstance(mascaras, (list, tuple))
                        else ".")))
    return P, caches, list(mascaras)


def _revisar_caches(P, caches, mascaras, X, params, activaciones, p, entrenando: bool) -> None:
    """Coherencia de la salida con las caches y las máscaras que devolvió el estudiante:
    Z = W·A_prev + b, la cache de la activación sin dropout, la capa siguiente recibe
    A·mascara, nada en la entrada ni en la salida. Que A = g(Z) lo deciden los valores de P
    sin azar (p = 1 e inferencia) y, en las pruebas ocultas, la red de referencia."""
    L = len(activaciones)
    A_prev_esperada = X
    for l in range(1, L + 1):
        (A_prev, W, b), (Z, A) = caches[l - 1]
        n_l = params[f"W{l}"].shape[0]
        A_prev = comprobar_arreglo(A_prev, f"A_prev de la capa {l}", np.shape(A_prev_esperada))
        W = comprobar_arreglo(W, f"W de la cache de la capa {l}", params[f"W{l}"].shape)
        b = comprobar_arreglo(b, f"b de la cache de la capa {l}", params[f"b{l}"].shape)
        Z = comprobar_arreglo(Z, f"Z de la capa {l}", (n_l, X.shape[1]))
        A = comprobar_arreglo(A, f"A de la cache de la activación de la capa {l}",
                              (n_l, X.shape[1]))
        if not (cerca(W, params[f"W{l}"]) and cerca(b, params[f"b{l}"])):
            fallar(f"La cache densa de la capa {l} no tiene los W{l} y b{l} de params: debe ser "
                   f"la (A_prev, W, b) que devuelve capaDensaAdelante.")
        if not cerca(A_prev, A_prev_esperada):
            if l == 1:
                fallar("A_prev de la capa 1 no es X: aplicaste dropout (u otro cambio) a la "
                       "entrada. En esta unidad el dropout va solo en las capas ocultas.")
            mascara = mascaras[l - 2]
            A_anterior = np.asarray(caches[l - 2][1][1], dtype=float)
            if entrenando and mascara is not None and cerca(A_prev, A_anterior):
                apagadas = np.asarray(mascara, dtype=float) == 0
                if apagadas.any() and np.all(A_anterior[apagadas] == 0):
                    fallar(f"La cache de la activación de la capa {l - 1} guarda A CON dropout "
                           f"(vale 0 justo donde la máscara apaga): debe guardar la A = g(Z) "
                           f"sin dropout, la que necesita activacionAtras. ¿La multiplicaste "
                           f"por la máscara en el lugar (A *= mascara)?")
                fallar(f"La capa {l} recibió la A de la capa {l - 1} SIN dropout: ¿aplicaste la "
                       f"máscara? La entrada de la capa {l} es A^[{l - 1}]·mascara.")
            cociente = np.divide(A_prev, A_anterior, out=np.zeros_like(A_prev),
                                 where=np.abs(A_anterior) > 1e-12)
            if entrenando and np.all(np.isclose(cociente[np.abs(A_anterior) > 1e-12, None],
                                                [0.0, 1 / p], rtol=1e-8).any(1)):
                fallar(f"La capa {l} recibió A^[{l - 1}] con OTRA máscara que la que devolviste "
                       f"en mascaras[{l - 2}]: ¿sorteaste dos veces? La retropropagación usa "
                       f"la máscara devuelta, y tiene que ser la misma que se aplicó.")
            fallar(f"A_prev de la capa {l} no es la activación de la capa {l - 1} por su "
                   f"máscara (A^[{l - 1}]·mascaras[{l - 2}]).")
        lineal = W @ A_prev + b
        if not cerca(Z, lineal):
            if l < L and mascaras[l - 1] is not None and cerca(Z, lineal * mascaras[l - 1]):
                fallar(f"En la capa {l} aplicaste el dropout a Z, ANTES de la activación: el "
                       f"dropout va sobre A = g(Z), y la cache de la activación guarda la Z de "
                       f"capaDensaAdelante.")
            fallar(f"Z de la capa {l} no es W{l}·A_prev + b{l}.")
        if l == L:
            if not np.allclose(np.sum(P, axis=0), 1.0, atol=1e-8) or np.any(P < 0):
                fallar("Las columnas de P no son distribuciones (no suman 1): ¿aplicaste dropout "
                       "a la salida? La capa de salida no lleva dropout: P = softmax(Z^[L]).")
            if not _es_softmax_de(P, Z):
                fallar(f"P no es softmax(Z^[{L}]): la última capa es lineal seguida de softmax, "
                       f"sin dropout.")
            if not cerca(A, P):
                fallar(f"La cache de la activación de la última capa debe ser (Z^[{L}], P).")
            break
        mascara = mascaras[l - 1]
        A_prev_esperada = A if mascara is None else A * np.asarray(mascara, dtype=float)


def revisar_redAdelanteDropout(salida, X, params, activaciones, p, *, entrenando=True,
                               esperado_P=None, avisos=(), extra=None) -> None:
    """Una llamada: tipos, máscaras (0 y 1/p en entrenamiento, None en inferencia) y coherencia
    con las caches; si se da ``esperado_P`` (sin azar: inferencia o p = 1), también los valores."""
    P, caches, mascaras = _partes_de_la_salida(salida, X, params, activaciones, avisos=avisos)
    if esperado_P is not None and not cerca(P, esperado_P):
        if not entrenando:
            fallar("En inferencia (entrenando=False) P no es la de la red sin dropout: ¿aplicaste "
                   "dropout también en inferencia? Con entrenando=False no se apaga ni se "
                   "escala nada.")
        comprobar_valores(P, esperado_P, "P", rtol=1e-6, atol=1e-10,
                          sospechas=sospechas_de(extra, "P"),
                          pista="Con p = 1 no se apaga nada: la red es la de la unidad 6 con "
                                "una salida softmax.")
    for l, mascara in enumerate(mascaras, start=1):
        forma = (params[f"W{l}"].shape[0], X.shape[1])
        if not entrenando:
            if mascara is not None:
                fallar(f"En inferencia (entrenando=False) las máscaras deben ser None (no se "
                       f"sortea nada), pero mascaras[{l - 1}] es {type(mascara).__name__}.")
            continue
        if mascara is None:
            fallar(f"mascaras[{l - 1}] es None en entrenamiento: en entrenamiento (también con "
                   f"p = 1) cada capa oculta devuelve su máscara, la de dropoutAdelante (de unos "
                   f"si p = 1). ¿Pasaste entrenando a dropoutAdelante?")
        mascara = comprobar_arreglo(mascara, f"mascaras[{l - 1}]", forma)
        valores = np.unique(np.round(mascara, 9))
        if not np.all(np.isclose(valores[:, None], [0.0, 1 / p], rtol=1e-9,
                                 atol=1e-12).any(1)):
            fallar(f"mascaras[{l - 1}] debe valer 0 o 1/p = {1 / p:.4g}, pero tiene los valores "
                   f"{valores[:6]}" + (": ¿olvidaste la escala 1/p?" if np.all(
                       np.isin(valores, [0.0, 1.0])) and p < 1 else "."))
    _revisar_caches(P, caches, mascaras, X, params, activaciones, p, entrenando)


def revisar_fraccion_por_capa(salida, X, params, activaciones, p) -> None:
    """Cada capa oculta conserva ≈ p de sus unidades (6 desviaciones típicas)."""
    _, _, mascaras = _partes_de_la_salida(salida, X, params, activaciones)
    for l, mascara in enumerate(mascaras, start=1):
        mascara = np.asarray(mascara, dtype=float)
        conservada = float(np.mean(mascara > 0))
        if abs(conservada - p) > _seis_sigmas_fraccion(p, mascara.size):
            fallar(f"En la capa oculta {l} se conservó el {conservada:.1%} de las unidades y se "
                   f"esperaba ≈ {p:.0%}" + (": ¿usaste p como probabilidad de apagar?" if abs(
                       conservada - (1 - p)) < _seis_sigmas_fraccion(p, mascara.size) else "."))


def revisar_azar_de_la_red(redAdelanteDropout: Callable, X, params, activaciones, p) -> None:
    """Misma semilla → mismas máscaras; otra semilla → otras."""
    salidas = []
    for semilla in (5, 5, 6):
        salida, _ = llamar(redAdelanteDropout, X, params, activaciones, p,
                           np.random.default_rng(semilla), True, nombre="redAdelanteDropout")
        salidas.append(np.asarray(_partes_de_la_salida(salida, X, params, activaciones)[0]))
    if not cerca(salidas[0], salidas[1], rtol=1e-12, atol=1e-14):
        fallar("Con el mismo generador (la misma semilla) redAdelanteDropout dio otra P: las "
               "máscaras no salieron del rng que recibes: ¿llamaste a dropoutAdelante sin "
               "pasarle ese rng (o con otro generador)?")
    if cerca(salidas[0], salidas[2], rtol=1e-12, atol=1e-14):
        fallar("Con generadores de semillas distintas redAdelanteDropout dio la misma P: ¿se "
               "aplicó el dropout en entrenamiento?")


def probar_redAdelanteDropout(redAdelanteDropout: Callable) -> None:
    """Prueba visible: sin azar (p = 1 e inferencia) contra los valores esperados; con dropout,
    coherencia de P con las caches y las máscaras que devuelves; fracción conservada por capa en
    una red 6-60-60-3; el azar del rng."""
    params, X = parametros_red(), X_RED
    salida, avisos, extra = _visible("redAdelanteDropout", redAdelanteDropout)
    revisar_redAdelanteDropout(salida, X, params, ACTIVACIONES_RED, 1.0,
                               esperado_P=np.asarray(ESPERADO["redAdelanteDropout"]["P"]),
                               avisos=avisos, extra=extra)
    salida, avisos = llamar(redAdelanteDropout, X, params, ACTIVACIONES_RED, 0.5,
                            np.random.default_rng(1), False, nombre="redAdelanteDropout")
    revisar_redAdelanteDropout(salida, X, params, ACTIVACIONES_RED, 0.5, entrenando=False,
                               esperado_P=np.asarray(ESPERADO["redAdelanteDropout"]["P"]),
                               avisos=avisos)
    for semilla, p in ((2, 0.6), (3, 0.8)):
        salida, avisos = llamar(redAdelanteDropout, X, params, ACTIVACIONES_RED, p,
                                np.random.default_rng(semilla), True, nombre="redAdelanteDropout")
        revisar_redAdelanteDropout(salida, X, params, ACTIVACIONES_RED, p, avisos=avisos)
    X_g, params_g, activaciones_g = red_grande()
    salida, avisos = llamar(redAdelanteDropout, X_g, params_g, activaciones_g, P_GRANDE,
                            np.random.default_rng(7), True, nombre="redAdelanteDropout")
    revisar_redAdelanteDropout(salida, X_g, params_g, activaciones_g, P_GRANDE, avisos=avisos)
    revisar_fraccion_por_capa(salida, X_g, params_g, activaciones_g, P_GRANDE)
    revisar_azar_de_la_red(redAdelanteDropout, X_g, params_g, activaciones_g, P_GRANDE)
    exito("redAdelanteDropout: sin dropout coincide con la red de la unidad 6 con softmax; con "
          "dropout, cada capa oculta recibe A·mascara (≈ p conservado), la cache de la "
          "activación guarda A sin dropout, la entrada y la salida no llevan dropout y, en "
          "inferencia, no se apaga nada.")


# ---------------------------------------------------------------------------------------------
# redAtrasDropout
# ---------------------------------------------------------------------------------------------

def caches_red() -> tuple:
    """(P, caches, mascaras) de la red 4-5-5-3 con las máscaras fijas MASCARAS_RED, armadas con
    los valores de ESPERADO["adelante_con_mascaras"]."""
    params, valores = parametros_red(), ESPERADO["adelante_con_mascaras"]
    A_prev, caches = X_RED, []
    for l in range(1, len(ACTIVACIONES_RED) + 1):
        Z, A = np.asarray(valores[f"Z{l}"]), np.asarray(valores[f"A{l}"])
        caches.append(((A_prev, params[f"W{l}"], params[f"b{l}"]), (Z, A)))
        if l < len(ACTIVACIONES_RED):
            A_prev = A * MASCARAS_RED[l - 1]
    return np.asarray(valores[f"A{len(ACTIVACIONES_RED)}"]), caches, [m.copy() for m in
                                                                      MASCARAS_RED]


_PISTAS_ATRAS = {
    "softmax": "La última capa no pasa por activacionAtras: con softmax y entropía cruzada la "
               "vuelta empieza directamente con dZ^[L] = (P − Y)/m.",
}


def revisar_redAtrasDropout(salida, esperado: dict, params: dict, mascaras, m: int, p=None, *,
                            apagadas: Mapping | None = None, avisos=(), extra=None) -> None:
    """``esperado`` = {"dW1", "db1", ...}; ``mascaras`` las de la prueba; ``apagadas`` =
    {capa: unidad apagada en todos los ejemplos} (sus gradientes deben ser 0); ``p`` (si se da)
    permite reconocer la máscara sin escalar."""
    modelo = {f"d{k}": v for k, v in params.items()}
    obtenido = revisar_diccionario(salida, modelo, "redAtrasDropout", "grads", avisos=avisos,
                                   otras_claves={tuple(params): _OTRAS_CLAVES_GRADS})
    L = len(params) // 2
    for l in range(L, 0, -1):
        for t in ("W", "b"):
            clave = f"d{t}{l}"
            valor, correcto = obtenido[clave], np.asarray(esperado[clave], dtype=float)
            if cerca(valor, correcto, atol=1e-10):
                continue
            if l == L:
                pista = (f"La última capa ya está mal: la vuelta empieza con dZ^[{L}] = (P − Y)/m "
                         f"(softmax con entropía cruzada), sin activacionAtras ni máscara, y "
                         f"d{t}{L} sale de capaDensaAtras.")
                comprobar_valores(valor, correcto, clave, rtol=1e-6, atol=1e-10, sospechas=[
                    *sospechas_de_escala(correcto, m), *sospechas_de(extra, clave)],
                    pista=pista)
            unidad = (apagadas or {}).get(l)
            if unidad is not None and not np.allclose(valor[unidad], 0.0, atol=1e-12):
                fallar(f"{clave} no es correcto: la unidad {unidad} de la capa {l} está apagada en "
                       f"TODOS los ejemplos (su fila de mascaras[{l - 1}] es 0) y aun así recibe "
                       f"gradiente: ¿multiplicaste dA^[{l}] por la máscara de ESA capa, "
                       f"mascaras[{l - 1}], antes de activacionAtras?")
            if p is not None and p < 1:
                for factor, explicacion in (
                        (p ** (L - l), "multiplicaste dA por (mascara > 0), sin la escala 1/p: "
                                       "hacia atrás va la MISMA máscara, con sus valores 0 y "
                                       "1/p."),
                        (p ** -(L - l), "aplicaste la máscara dos veces en cada capa: dA^[l] "
                                        "se multiplica por ella UNA vez.")):
                    if cerca(valor, factor * correcto, rtol=1e-6, atol=1e-12):
                        fallar(f"{clave} vale {factor:.4g} veces lo esperado: {explicacion}")
            comprobar_valores(valor, correcto, clave, rtol=1e-6, atol=1e-10, sospechas=[
                *sospechas_de_escala(correcto, m), *sospechas_de(extra, clave)],
                pista=f"dW{L} y db{L} están bien, así que el error está en lo que pasa hacia "
                      f"atrás: en cada capa oculta, dA^[l] (el dA_prev de la capa l + 1) por "
                      f"mascaras[l − 1] y luego activacionAtras con la cache y la activación de "
                      f"esa capa.")


def probar_redAtrasDropout(redAtrasDropout: Callable) -> None:
    """Prueba visible: la red 4-5-5-3 con máscaras fijas (p = 0.8), con una unidad apagada en
    todos los ejemplos en cada capa oculta; y sin dropout (máscaras de unos)."""
    params = parametros_red()
    salida, avisos = _llamar(redAtrasDropout, *entradas_visibles("redAtrasDropout"),
                             nombre="redAtrasDropout", pistas=_PISTAS_ATRAS)
    revisar_redAtrasDropout(salida, _a_arreglos(ESPERADO["redAtrasDropout"]), params,
                            MASCARAS_RED, X_RED.shape[1], P_RED, apagadas=UNIDADES_APAGADAS,
                            avisos=avisos)
    P = np.asarray(ESPERADO["redAdelanteDropout"]["P"])
    caches = []
    A_prev = X_RED
    valores = ESPERADO["redAdelanteDropout"]
    for l in range(1, len(ACTIVACIONES_RED) + 1):
        Z, A = np.asarray(valores[f"Z{l}"]), np.asarray(valores[f"A{l}"])
        caches.append(((A_prev, params[f"W{l}"], params[f"b{l}"]), (Z, A)))
        A_prev = A
    unos = [np.ones_like(mascara) for mascara in MASCARAS_RED]
    salida, avisos = _llamar(redAtrasDropout, P, Y_RED, caches, unos, list(ACTIVACIONES_RED),
                             nombre="redAtrasDropout", pistas=_PISTAS_ATRAS)
    revisar_redAtrasDropout(salida, _a_arreglos(ESPERADO["redAtrasDropout_sin_dropout"]), params,
                            unos, X_RED.shape[1], avisos=avisos)
    exito("redAtrasDropout: dZ^[L] = (P − Y)/m y, en cada capa oculta, dA por la MISMA máscara "
          "antes de activacionAtras (las unidades apagadas en todos los ejemplos no reciben "
          "gradiente); sin dropout, la retropropagación de siempre.")


# ---------------------------------------------------------------------------------------------
# entrenarConParadaTemprana
# ---------------------------------------------------------------------------------------------

_CADENA = (" (Esta función usa epocaEntrenamiento y evaluarRed, que llaman a tus "
           "redAdelanteDropout, redAtrasDropout y actualizarConDecaimiento: si alguna no pasa su "
           "prueba, esta tampoco puede pasar.)")


def _huella_params(params: Mapping) -> float:
    """Un número que resume un diccionario de parámetros (para reconocer cuál devolvió)."""
    return float(sum(np.sum(np.asarray(v, float) * (1 + 0.1 * i))
                     for i, (k, v) in enumerate(sorted(params.items()))))


def revisar_entrenarConParadaTemprana(salida, esperado: Mapping, params0: Mapping, epocas: int,
                                      paciencia: int, *, variantes: Sequence = (), avisos=(),
                                      extra=None) -> None:
    """``esperado`` = {"mejores": dict, "mejor_epoca": int, "costos_ent": [...],
    "costos_val": [...], "huella_ultimos": float}; ``variantes`` = [(mejor_epoca, n_costos,
    huella de mejores, explicación), ...] de los errores típicos."""
    mejores, mejor_epoca, costos_ent, costos_val = comprobar_tupla(
        salida, ["mejores", "mejor_epoca", "costos_ent", "costos_val"],
        "entrenarConParadaTemprana")
    mejores = revisar_diccionario(mejores, params0, "entrenarConParadaTemprana", "mejores",
                                  avisos=avisos)
    if isinstance(mejor_epoca, (bool, np.bool_)) or not isinstance(mejor_epoca,
                                                                   (int, np.integer)):
        if isinstance(mejor_epoca, (float, np.floating)) and float(mejor_epoca).is_integer():
            mejor_epoca = int(mejor_epoca)
        else:
            fallar(f"mejor_epoca debe ser un entero (la época de los mejores parámetros), pero es "
                   f"de tipo {type(mejor_epoca).__name__}.")
    mejor_epoca = int(mejor_epoca)
    for nombre, lista in (("costos_ent", costos_ent), ("costos_val", costos_val)):
        if not isinstance(lista, (list, tuple, np.ndarray)) or np.ndim(lista) != 1:
            fallar(f"{nombre} debe ser una lista de números (un costo por época, más el "
                   f"inicial), pero es {type(lista).__name__}.")
    n_esperado = len(esperado["costos_val"])
    huella = _huella_params(mejores)
    for epoca_var, n_var, huella_var, explicacion in variantes:
        coincide = (mejor_epoca == epoca_var and len(costos_val) == n_var
                    and np.isclose(huella, huella_var, rtol=1e-7, atol=1e-9))
        distinto = (epoca_var != esperado["mejor_epoca"] or n_var != n_esperado
                    or not np.isclose(huella_var, _huella_params(esperado["mejores"]),
                                      rtol=1e-7, atol=1e-9))
        if coincide and distinto:
            fallar(f"El resultado de entrenarConParadaTemprana no es correcto: {explicacion}")
    if len(costos_ent) != len(costos_val):
        fallar(f"costos_ent tiene {len(costos_ent)} valores y costos_val {len(costos_val)}: "
               f"los dos llevan el costo antes de entrenar y uno por cada época entrenada.")
    if len(costos_val) != n_esperado:
        if len(costos_val) == epocas + 1:
            fallar(f"Entrenaste las {epocas} épocas sin parar, y con paciencia = {paciencia} "
                   f"había que parar tras la época {n_esperado - 1}: ¿vigilaste el costo de "
                   f"validación (el de entrenamiento casi siempre baja)?" + _CADENA)
        if len(costos_val) == n_esperado + 1:
            fallar(f"Paraste una época tarde (tras la {len(costos_val) - 1} y no tras la "
                   f"{n_esperado - 1}): con paciencia = {paciencia} se para en cuanto van "
                   f"{paciencia} épocas seguidas sin mejorar (esperas ≥ paciencia).")
        if len(costos_val) == n_esperado - 1:
            fallar(f"costos_val tiene {len(costos_val)} valores y se esperaban {n_esperado}: "
                   f"¿falta el costo antes de entrenar (época 0), o paraste una época antes? Se "
                   f"para cuando van {paciencia} épocas SEGUIDAS sin mejorar.")
        fallar(f"costos_val tiene {len(costos_val)} valores y se esperaban {n_esperado}: el "
               f"costo antes de entrenar y uno por época hasta la parada (tras la época "
               f"{n_esperado - 1})." + _CADENA)
    valores_ent = comprobar_lista_de_escalares(costos_ent, "costos_ent", n_esperado)
    valores_val = comprobar_lista_de_escalares(costos_val, "costos_val", n_esperado)
    comprobar_valores(valores_val, esperado["costos_val"], "costos_val", rtol=1e-6, atol=1e-9,
                      sospechas=sospechas_de(extra, "costos_val"),
                      pista="costos_val[0] es el costo de validación con los parámetros "
                            "iniciales y costos_val[e], el de después de la época e (evaluarRed "
                            "con X_val, Y_val)." + _CADENA)
    comprobar_valores(valores_ent, esperado["costos_ent"], "costos_ent", rtol=1e-6, atol=1e-9,
                      sospechas=sospechas_de(extra, "costos_ent"),
                      pista="costos_ent es el costo de ENTRENAMIENTO (evaluarRed con X, Y).")
    primera_minima = int(np.argmin(valores_val))
    if mejor_epoca != esperado["mejor_epoca"]:
        if mejor_epoca == n_esperado - 1:
            fallar(f"mejor_epoca = {mejor_epoca} es la última época entrenada, pero el menor "
                   f"costo de validación es el de la época {primera_minima}: ¿guardaste los "
                   f"parámetros de cada época y no los de la mejor?")
        fallar(f"mejor_epoca = {mejor_epoca}, pero el menor costo de validación de tus costos_val "
               f"es el de la época {primera_minima} (la época 0 son los parámetros iniciales).")
    if np.isclose(huella, esperado["huella_ultimos"], rtol=1e-7, atol=1e-9) and not np.isclose(
            esperado["huella_ultimos"], _huella_params(esperado["mejores"]), rtol=1e-7):
        fallar(f"Devolviste los parámetros de la ÚLTIMA época entrenada, no los de la mejor (la "
               f"{esperado['mejor_epoca']}): la parada temprana restaura los mejores pesos.")
    for clave in _claves_de_capas(params0, ""):
        comprobar_valores(mejores[clave], np.asarray(esperado["mejores"][clave], float),
                          f"mejores[{clave!r}]", rtol=1e-6, atol=1e-9,
                          pista=f"mejores son los parámetros de la época mejor_epoca (una copia "
                                f"guardada al mejorar).")


def probar_entrenarConParadaTemprana(entrenarConParadaTemprana: Callable) -> None:
    """Prueba visible: una validación que empeora dos épocas y vuelve a mejorar (el contador se
    reinicia), una que empeora desde el principio (lo mejor son los parámetros iniciales) y 5
    épocas que siempre mejoran."""
    for nombre in CASOS_PARADA:
        args = caso_parada(nombre)
        e = ESPERADO["entrenarConParadaTemprana"][nombre]
        salida, avisos = llamar(entrenarConParadaTemprana, *args,
                                nombre="entrenarConParadaTemprana")
        esperado = {**e, "mejores": _a_arreglos(e["mejores"])}
        revisar_entrenarConParadaTemprana(salida, esperado, args[0], args[7], args[8],
                                          variantes=[tuple(v) for v in e["variantes"]],
                                          avisos=avisos)
    e = ESPERADO["entrenarConParadaTemprana"]
    exito(f"entrenarConParadaTemprana: vigila la validación, reinicia la paciencia al mejorar "
          f"(la mejor época es la {e['con_pausa']['mejor_epoca']} y para tras la "
          f"{len(e['con_pausa']['costos_val']) - 1}), cuenta los parámetros iniciales (época 0) "
          f"y devuelve una copia de los MEJORES parámetros.")


# ---------------------------------------------------------------------------------------------
# desplazarImagenes
# ---------------------------------------------------------------------------------------------

def revisar_desplazarImagenes(salida, esperado, X, dx: int, dy: int, lado: int, *,
                              otras: Mapping | None = None, avisos=(), extra=None) -> None:
    """``otras`` = {"intercambiados": salida con (dy, dx), "al_reves": con (−dx, −dy)}."""
    obtenido = comprobar_arreglo(salida, "La imagen desplazada", np.shape(X), avisos=avisos)
    esperado = np.asarray(esperado, dtype=float)
    if cerca(obtenido, esperado):
        return
    caso = f"Con dx = {dx}, dy = {dy}:"
    if (dx or dy) and cerca(obtenido, X):
        fallar(f"{caso} las imágenes no cambiaron.")
    for nombre, explicacion in (("intercambiados", "intercambiaste dx y dy: dx mueve a la "
                                 "DERECHA (columnas, el segundo índice de la imagen) y dy hacia "
                                 "ABAJO (filas, el primero)."),
                                ("al_reves", "desplazaste al revés: el píxel (y, x) pasa a "
                                 "(y + dy, x + dx), así que dx > 0 mueve la imagen a la derecha "
                                 "y dy > 0 hacia abajo.")):
        otra = (otras or {}).get(nombre)
        if otra is not None and not cerca(otra, esperado) and cerca(obtenido, otra):
            fallar(f"{caso} {explicacion}")
    if np.isclose(np.sum(obtenido), np.sum(X)) and not np.isclose(np.sum(esperado), np.sum(X)):
        fallar(f"{caso} los píxeles suman lo mismo que antes de desplazar: lo que salió por un "
               f"borde volvió a entrar por el otro (np.roll da la vuelta). Lo que sale se pierde "
               f"y lo que queda vacío se rellena con ceros.")
    comprobar_valores(obtenido, esperado, f"La imagen desplazada ({caso[:-1]})", rtol=1e-9,
                      atol=1e-12, sospechas=sospechas_de(extra, "X_desplazada"),
                      pista="Cada columna es una imagen X[:, j].reshape(lado, lado) (fila y, "
                            "columna x); el píxel (y, x) pasa a (y + dy, x + dx) y lo vacío "
                            "queda en 0.")


def probar_desplazarImagenes(desplazarImagenes: Callable) -> None:
    """Prueba visible: dos imágenes de 4 × 4, siete desplazamientos (pares que distinguen
    intercambiar dx y dy o desplazar al revés)."""
    esperados = {tuple(c): np.asarray(e) for c, e in zip(CASOS_DESPLAZAR,
                                                          ESPERADO["desplazarImagenes"])}
    salida, avisos, extra = _visible("desplazarImagenes", desplazarImagenes)
    dx, dy = entradas_visibles("desplazarImagenes")[1:3]
    revisar_desplazarImagenes(salida, esperados[(dx, dy)], X_IMG, dx, dy, LADO_IMG,
                              otras={"intercambiados": esperados.get((dy, dx)),
                                     "al_reves": esperados.get((-dx, -dy))},
                              avisos=avisos, extra=extra)
    for dx, dy in CASOS_DESPLAZAR:
        salida, avisos = llamar(desplazarImagenes, X_IMG, dx, dy, LADO_IMG,
                                nombre="desplazarImagenes")
        revisar_desplazarImagenes(salida, esperados[(dx, dy)], X_IMG, dx, dy, LADO_IMG,
                                  otras={"intercambiados": esperados.get((dy, dx)),
                                         "al_reves": esperados.get((-dx, -dy))},
                                  avisos=avisos)
    exito("desplazarImagenes: dx a la derecha, dy hacia abajo, lo que sale por un borde se "
          "pierde y lo vacío queda en 0, en las dos imágenes a la vez.")


# ---------------------------------------------------------------------------------------------
# elegirConfiguracion
# ---------------------------------------------------------------------------------------------

def revisar_elegirConfiguracion(salida, esperado: tuple, tabla: Mapping, *, avisos=(),
                                extra=None) -> None:
    nombre, exactitud_prueba = comprobar_tupla(salida, ["nombre", "exactitud_prueba"],
                                               "elegirConfiguracion")
    if not isinstance(nombre, str):
        fallar(f"nombre debe ser el nombre (str) de la configuración elegida, una clave de la "
               f"tabla, pero es de tipo {type(nombre).__name__}.")
    if nombre not in tabla:
        fallar(f"Elegiste «{nombre}», que no es una configuración de la tabla "
               f"({', '.join(tabla)}).")
    valor = comprobar_escalar(exactitud_prueba, "exactitud_prueba", avisos=avisos)
    nombre_esperado, prueba_esperada = esperado
    if nombre != nombre_esperado:
        por = {
            "exactitud_prueba": "elegiste la de mayor exactitud de PRUEBA: eso es ajustar con el "
                                "conjunto de prueba, y su número deja de ser una estimación "
                                "honesta. Se elige con la validación.",
            "exactitud_ent": "elegiste la de mayor exactitud de ENTRENAMIENTO: la que más "
                             "memorizó, no la que mejor generaliza. Se elige con la validación.",
        }
        for criterio, explicacion in por.items():
            mejor = max(tabla, key=lambda n: tabla[n][criterio])
            if nombre == mejor and mejor != nombre_esperado:
                fallar(f"Elegiste «{nombre}»: {explicacion}")
        peor = min(tabla, key=lambda n: tabla[n]["exactitud_val"])
        if nombre == peor:
            fallar(f"Elegiste «{nombre}», la de MENOR exactitud de validación: se busca la "
                   f"mayor (¿usaste min en vez de max?).")
        empatadas = [n for n in tabla
                     if tabla[n]["exactitud_val"] == tabla[nombre_esperado]["exactitud_val"]]
        if nombre in empatadas:
            fallar(f"Elegiste «{nombre}», empatada en validación con «{nombre_esperado}»: en un "
                   f"empate gana la primera de la tabla (¿usaste ≥ al comparar?).")
        fallar(f"Elegiste «{nombre}» y la configuración de mayor exactitud de validación es "
               f"otra.")
    if not np.isclose(valor, prueba_esperada, rtol=1e-9, atol=1e-12):
        if np.isclose(valor, max(f["exactitud_prueba"] for f in tabla.values())):
            fallar(f"Informaste {valor}, la mejor exactitud de prueba de TODAS las "
                   f"configuraciones: se informa la de la configuración elegida, «{nombre}».")
        if np.isclose(valor, tabla[nombre]["exactitud_val"]):
            fallar(f"Informaste la exactitud de VALIDACIÓN de «{nombre}»: la estimación final es "
                   f"su exactitud de prueba.")
        fallar(f"exactitud_prueba debe ser la exactitud de prueba de «{nombre}» "
               f"({prueba_esperada}), pero es {valor}.")


def probar_elegirConfiguracion(elegirConfiguracion: Callable) -> None:
    """Prueba visible: una tabla donde la mejor por validación, por prueba y por entrenamiento
    son distintas, y otra con un empate en validación."""
    for tabla, esperado in zip(TABLAS, ESPERADO["elegirConfiguracion"]):
        salida, avisos = llamar(elegirConfiguracion, tabla, nombre="elegirConfiguracion")
        revisar_elegirConfiguracion(salida, tuple(esperado), tabla, avisos=avisos)
    exito("elegirConfiguracion: gana la mayor exactitud de validación (en un empate, la primera) "
          "y se informa la exactitud de prueba de esa configuración, sin mirar la prueba para "
          "elegir.")


# ---------------------------------------------------------------------------------------------
# Verificaciones y gráficas del cuaderno (reciben las funciones del estudiante)
# ---------------------------------------------------------------------------------------------

def verificar_gradientes(redAdelanteDropout: Callable, redAtrasDropout: Callable,
                         costoEntropiaCategorica: Callable, costoL2: Callable,
                         gradientesL2: Callable, *, p: float = 0.7, lam: float = 0.5,
                         semilla: int = 11, mascara_nueva: bool = False) -> dict:
    """Chequeo numérico del gradiente del costo regularizado con dropout, con TUS funciones.

    Las máscaras dependen solo del generador y de las formas, no de los parámetros: con un
    generador nuevo de la misma semilla en cada evaluación, J(θ) = costo de los datos + costoL2
    es una función fija de θ y se puede derivar numéricamente. Con ``mascara_nueva`` la
    retropropagación recibe las máscaras de OTRO sorteo (un error típico). Imprime el error
    relativo de cada parámetro y devuelve {clave: error}.
    """
    rng = np.random.default_rng(3)
    # Activaciones suaves: la esquina de ReLU en z = 0 estropearía la derivada numérica cuando
    # algún z cae a menos de h de 0.
    X, activaciones = rng.normal(size=(4, 7)), ["tanh", "sigmoide", "softmax"]
    Y = np.eye(3)[:, rng.integers(0, 3, 7)]
    params = {"W1": rng.normal(0, 0.7, (5, 4)), "b1": rng.normal(0, 0.2, (5, 1)),
              "W2": rng.normal(0, 0.6, (6, 5)), "b2": rng.normal(0, 0.2, (6, 1)),
              "W3": rng.normal(0, 0.6, (3, 6)), "b3": rng.normal(0, 0.2, (3, 1))}
    m = X.shape[1]

    def J():
        P, _, _ = redAdelanteDropout(X, params, activaciones, p, np.random.default_rng(semilla),
                                     True)
        return costoEntropiaCategorica(P, Y) + costoL2(params, lam, m)

    P, caches, mascaras = redAdelanteDropout(X, params, activaciones, p,
                                             np.random.default_rng(semilla), True)
    if mascara_nueva:
        _, _, mascaras = redAdelanteDropout(X, params, activaciones, p,
                                            np.random.default_rng(semilla + 1), True)
    grads = gradientesL2(redAtrasDropout(P, Y, caches, mascaras, activaciones), params, lam, m)
    errores = {}
    titulo = "máscaras de OTRO sorteo" if mascara_nueva else "las mismas máscaras"
    print(f"Chequeo numérico (p = {p}, λ = {lam}, {titulo} hacia atrás):")
    for clave in _claves_de_capas(params, ""):
        numerico = gradiente_numerico(J, params[clave])
        errores[clave] = error_relativo(grads["d" + clave], numerico)
        marca = "✔" if errores[clave] < 1e-6 else "✘"
        print(f"  d{clave:<3} error relativo {errores[clave]:.2e} {marca}")
    return errores


def mostrar_esperanza_dropout(dropoutAdelante: Callable, p: float = 0.7, muestras: int = 20000,
                              semilla: int = 0):
    """Con TU dropoutAdelante: la media de A_salida sobre muchos ejemplos de la misma activación
    frente a la activación sin dropout, y lo que daría sin la escala 1/p."""
    A = np.array([[0.2, 0.5, 1.0, 1.5, 2.0, 3.0]])
    A_rep = np.repeat(A.T, muestras, axis=1)                       # (6, muestras)
    salida, mascara = dropoutAdelante(A_rep, p, np.random.default_rng(semilla), True)
    medias = np.asarray(salida, dtype=float).mean(axis=1)
    fig, ax = plt.subplots(figsize=(5.5, 3.4))
    ax.plot(A.ravel(), A.ravel(), "k--", lw=1, label="sin dropout: a")
    ax.plot(A.ravel(), medias, "o", ms=8, label=f"media con tu dropout (p = {p})")
    ax.plot(A.ravel(), p * A.ravel(), "s", ms=6, alpha=0.6, label="sin escalar: p·a")
    ax.set_xlabel("activación a")
    ax.set_ylabel("activación media")
    ax.set_title(f"Activación esperada ({miles(muestras)} sorteos por valor)")
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    print("a:              ", np.round(A.ravel(), 3))
    print("media con tu dropout:", np.round(medias, 3))
    print(f"fracción conservada: {np.mean(np.asarray(mascara) > 0):.3f} (p = {p})")
    return fig


def graficar_mascaras(mascaras: Sequence, titulos: Sequence[str]):
    """Cada máscara (n, m) como una imagen: negro = unidad apagada."""
    fig, ejes = plt.subplots(1, len(mascaras), figsize=(3.2 * len(mascaras), 2.6), squeeze=False)
    for ax, mascara, titulo in zip(ejes.ravel(), mascaras, titulos):
        ax.imshow(np.asarray(mascara) > 0, cmap="gray", vmin=0, vmax=1, aspect="auto",
                  interpolation="nearest")
        ax.set_title(titulo, fontsize=9)
        ax.set_xlabel("ejemplo", fontsize=8)
        ax.set_ylabel("unidad", fontsize=8)
    fig.tight_layout()
    return fig


def _hay_resultados(resultados: Mapping) -> None:
    if not resultados:
        fallar("No hay nada que dibujar: el laboratorio no entrenó ninguna configuración (la "
               "celda que entrena se detuvo antes: ¿queda alguna función por implementar?).")


def graficar_laboratorio(curvas: Mapping, paradas: Mapping | None = None,
                         titulo: str = "Laboratorio 2: costo por época"):
    """Un panel por configuración con el costo de entrenamiento y el de validación.

    Argumentos:
        curvas: {nombre: (costos_ent, costos_val)}.
        paradas: {nombre: mejor_epoca} para marcar la época restaurada (parada temprana).
    """
    _hay_resultados(curvas)
    nombres = list(curvas)
    columnas = min(3, len(nombres))
    filas = -(-len(nombres) // columnas)
    fig, ejes = plt.subplots(filas, columnas, figsize=(4.3 * columnas, 3.0 * filas),
                             squeeze=False, sharey=True)
    # La escala deja ver el final de las curvas (donde se nota el sobreajuste): las primeras
    # épocas, con costos mucho más altos, quedan recortadas.
    tope = 2 * max(float(np.median(np.asarray(c[1], dtype=float)[1:])) for c in curvas.values())
    for ax, nombre in zip(ejes.ravel(), nombres):
        ent, val = (np.asarray(c, dtype=float) for c in curvas[nombre])
        ax.plot(ent, label="entrenamiento")
        ax.plot(val, label="validación")
        minimo = int(np.argmin(val))
        ax.plot([minimo], [val[minimo]], "v", color="C1", ms=7,
                label=f"mínimo de validación (época {minimo})")
        if paradas and nombre in paradas:
            ax.axvline(paradas[nombre], color="C2", ls="--", lw=1,
                       label=f"pesos restaurados (época {paradas[nombre]})")
        ax.set_title(nombre, fontsize=10)
        ax.set_ylim(0, tope)
        ax.set_xlabel("época", fontsize=8)
        ax.set_ylabel("costo (entropía cruzada)", fontsize=8)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=7)
    for ax in ejes.ravel()[len(nombres):]:
        ax.axis("off")
    fig.suptitle(f"{titulo} (las primeras épocas quedan fuera de la escala)")
    fig.tight_layout()
    return fig


def graficar_exactitudes(exactitudes: Mapping, titulo: str = "Exactitud de validación por época"):
    """Una curva por configuración: exactitudes = {nombre: lista de exactitudes}."""
    _hay_resultados(exactitudes)
    fig, ax = plt.subplots(figsize=(6.5, 3.4))
    for nombre, valores in exactitudes.items():
        ax.plot(np.asarray(valores, dtype=float), label=nombre)
    ax.set_xlabel("época")
    ax.set_ylabel("exactitud de validación")
    valores = np.concatenate([np.asarray(v, float)[1:] for v in exactitudes.values()])
    ax.set_ylim(max(0.0, float(np.min(valores)) - 0.02), min(1.0, float(np.max(valores)) + 0.02))
    ax.set_title(titulo)
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    fig.tight_layout()
    return fig


def imprimir_tabla(tabla: Mapping, extra: Mapping | None = None) -> None:
    """La tabla del laboratorio: exactitud de entrenamiento, validación y prueba de cada
    configuración (y las columnas de ``extra``: {nombre de columna: {configuración: texto}})."""
    extra = extra or {}
    cabecera = ["configuración", "ent.", "val.", "prueba", *extra]
    filas = [[nombre, f"{f['exactitud_ent']:.3f}", f"{f['exactitud_val']:.3f}",
              f"{f['exactitud_prueba']:.3f}", *(str(extra[c].get(nombre, "")) for c in extra)]
             for nombre, f in tabla.items()]
    anchos = [max(len(str(x)) for x in col) for col in zip(cabecera, *filas)]
    print(" | ".join(c.ljust(a) for c, a in zip(cabecera, anchos)))
    print("-+-".join("-" * a for a in anchos))
    for fila in filas:
        print(" | ".join(c.ljust(a) for c, a in zip(fila, anchos)))


def graficar_desplazamientos(desplazarImagenes: Callable, X, lado: int, indice: int = 0,
                             paso: int = 2):
    """Una imagen y sus 8 vecinas desplazadas ±paso píxeles, con TU desplazarImagenes."""
    fig, ejes = plt.subplots(3, 3, figsize=(5.4, 5.4))
    imagen = np.asarray(X)[:, indice:indice + 1]
    for i, dy in enumerate((-paso, 0, paso)):
        for j, dx in enumerate((-paso, 0, paso)):
            desplazada = np.asarray(desplazarImagenes(imagen, dx, dy, lado))
            ax = ejes[i, j]
            ax.imshow(desplazada.reshape(lado, lado), cmap="gray_r", interpolation="nearest")
            ax.set_title(f"dx = {dx}, dy = {dy}", fontsize=8)
            ax.set_xticks([])
            ax.set_yticks([])
    fig.suptitle("Aumento de datos: la misma imagen desplazada")
    fig.tight_layout()
    return fig


# ---------------------------------------------------------------------------------------------
# Tabla de salidas para las huellas y entradas visibles
# ---------------------------------------------------------------------------------------------

# Nombres de las salidas de cada función calificada. dropoutAdelante es aleatoria: se revisa por
# propiedades y no tiene huellas.
SALIDAS = {
    "costoL2": ("penalizacion",),
    "gradientesL2": ("grads",),
    "actualizarConDecaimiento": ("params",),
    "dropoutAdelante": (),
    "redAdelanteDropout": ("P", "caches", "mascaras"),
    "redAtrasDropout": ("grads",),
    "entrenarConParadaTemprana": ("mejores", "mejor_epoca", "costos_ent", "costos_val"),
    "desplazarImagenes": ("X_desplazada",),
    "elegirConfiguracion": ("nombre", "exactitud_prueba"),
}


def entradas_visibles(funcion: str) -> tuple:
    """Unos argumentos con que la prueba visible llama a ``funcion``."""
    if funcion == "costoL2":
        return CASOS_COSTO[0]
    if funcion == "gradientesL2":
        return CASOS_GRADIENTES[0]
    if funcion == "actualizarConDecaimiento":
        return CASOS_DECAIMIENTO[0]
    if funcion == "dropoutAdelante":
        return (np.tile(A_BLOQUE, (1, 10)), P_DROPOUT, np.random.default_rng(0), True)
    if funcion == "redAdelanteDropout":
        return (X_RED, parametros_red(), list(ACTIVACIONES_RED), 1.0, np.random.default_rng(0),
                True)
    if funcion == "redAtrasDropout":
        P, caches, mascaras = caches_red()
        return (P, Y_RED, caches, mascaras, list(ACTIVACIONES_RED))
    if funcion == "entrenarConParadaTemprana":
        return caso_parada("con_pausa")
    if funcion == "desplazarImagenes":
        return (X_IMG, 2, 1, LADO_IMG)
    if funcion == "elegirConfiguracion":
        return (TABLAS[0],)
    raise KeyError(funcion)


# La llamada de cada prueba visible (entradas visibles, avisos y huellas): course.huellas.
_visible = functools.partial(huellas.llamar_visible, "regularizacion")

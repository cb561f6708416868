"""Unidad «Retropropagación y grafos de cómputo»: datos, pruebas visibles, gráficas y ayudas.

Dos partes. Primero los grafos de cómputo con números: el grafo f = (x + y)·z, las puertas (clases
con ``adelante`` y ``atras``), grafos y una neurona sigmoide armados con ellas, cuatro ejercicios
de regla de la cadena, la neurona ReLU de la diapositiva 001 y el chequeo numérico del gradiente.
Después, las capas con cache y la red de L capas. Los ejemplos son columnas: X tiene forma
(n_x, m), W^[l] forma (n_l, n_{l−1}), b^[l] forma (n_l, 1) y Z = W A + b.

Las funciones ``revisar_*`` deciden si una salida es correcta dada la esperada (tipo → forma →
valores → errores típicos); las ``probar_*`` las aplican a entradas fijas con la salida esperada
escrita aquí. Las pruebas ocultas del calificador usan las mismas ``revisar_*`` con entradas
nuevas. Este módulo no contiene soluciones: las gráficas y verificaciones que necesitan una
función calificada la reciben como argumento (la tuya).

Las clases (las puertas) se prueban creando un objeto con ``llamar(Clase)`` y llamando a sus
métodos con ``llamar(objeto.adelante, ...)``: en el calificador el objeto vive en el proceso
aislado del estudiante y solo vuelven números.
"""
from __future__ import annotations

import functools
from typing import Callable, Sequence

import numpy as np

from .comprobar import (PruebaFallida, Sospecha, comprobar_arreglo, comprobar_escalar,
                        comprobar_lista_de_escalares, comprobar_trayectoria, comprobar_tupla,
                        comprobar_valores, exito, fallar, llamar, sospechas_de,
                        sospechas_de_escala)
from .comprobar import cerca
from .gradiente_numerico import error_relativo
from . import graficas, huellas
from .datos.mayoria import datos_mayoria

__all__ = [
    "DIAPOSITIVA", "ENTRADAS", "ESPERADO", "datos_mayoria", "parametros_de_prueba",
    "parametros_mayoria", "funcion_prueba", "gradiente_funcion_prueba", "funcion_logsumexp",
    "probar_grafoSumaProducto", "probar_PuertaSuma", "probar_PuertaProducto", "probar_PuertaMax",
    "probar_PuertaSigmoide", "probar_grafoMaximo", "probar_neuronaSigmoide",
    "probar_cadenaCompuesta", "probar_cadenaCompartida", "probar_cadenaMatricial",
    "probar_cadenaNeurona", "probar_neuronaReluAdelante", "probar_entrenarNeuronaRelu",
    "probar_gradienteNumerico", "probar_errorRelativo", "probar_capaDensaAdelante",
    "probar_capaDensaAtras", "probar_activacionAdelante", "probar_activacionAtras",
    "probar_redAdelante", "probar_redAtras", "probar_entrenarRed",
    "dibujar_grafo_suma_producto", "dibujar_grafo_maximo", "dibujar_neurona",
    "sigmoide_paso_a_paso", "verificar_puertas", "verificar_cadena", "verificar_neurona_relu",
    "verificar_capas", "verificar_red", "historia_neurona", "graficar_neurona_relu",
    "graficar_costos", "tabla_mayoria",
]


# ---------------------------------------------------------------------------------------------
# Entradas de las pruebas visibles
# ---------------------------------------------------------------------------------------------

# Valores impresos en las diapositivas (002 §5 y 001) que esta unidad comprueba.
DIAPOSITIVA = {
    # f(x, y, z) = (x + y)·z
    "grafo_suma_producto": {"x": -2.0, "y": 5.0, "z": -4.0, "q": 3.0, "f": -12.0,
                            "df_df": 1.0, "df_dq": -4.0, "df_dz": 3.0, "df_dx": -4.0,
                            "df_dy": -4.0},
    # f = 2·(x·y + max(z, w))
    "grafo_maximo": {"x": 3.0, "y": -4.0, "z": 2.0, "w": -1.0, "df_dx": -8.0, "df_dy": 6.0,
                     "df_dz": 2.0, "df_dw": 0.0},
    # f(w, x) = σ(w0·x0 + w1·x1 + w2)
    "neurona_sigmoide": {"w": (2.0, -3.0, -3.0), "x": (-1.0, -2.0), "f": 0.73},
    # La neurona ReLU de la diapositiva 001.
    "neurona_relu": {"w1": 0.5, "b1": 0.1, "w_out": 0.4, "b_out": 0.2, "x": 50.0, "y": 300.0,
                     "lr": 1e-5, "epocas": 1000, "prediccion_inicial": 10.24,
                     "error_inicial": 41980.43,
                     # tras un paso, con la actualización simultánea y con el orden del código
                     "w1_simultaneo": 0.557952, "b1_simultaneo": 0.101159,
                     "w1_orden_diapositiva": 0.568489, "b1_orden_diapositiva": 0.101370},
}

_RELU = DIAPOSITIVA["neurona_relu"]
PARAMETROS_RELU = (_RELU["w1"], _RELU["b1"], _RELU["w_out"], _RELU["b_out"])


def funcion_prueba(x):
    """f(x) = Σ_i sen(v_i)·v_{i−1} + ½ Σ_i v_i², con v = x aplanado (índices circulares).

    Una función de prueba para el chequeo numérico: no es separable (cada componente se mezcla
    con su vecina), así que un gradiente numérico que no restaura x se nota.

    Argumentos:
        x: arreglo de cualquier forma.
    Devuelve:
        float.
    """
    v = np.asarray(x, dtype=float).ravel()
    return float(np.sum(np.sin(v) * np.roll(v, 1)) + 0.5 * np.sum(v ** 2))


def gradiente_funcion_prueba(x):
    """El gradiente exacto de ``funcion_prueba`` (derivado a mano), de la forma de x."""
    x = np.asarray(x, dtype=float)
    v = x.ravel()
    g = np.cos(v) * np.roll(v, 1) + np.roll(np.sin(v), -1) + v
    return g.reshape(x.shape)


def funcion_cubo(x):
    """f(x) = Σ x_i³: con un h grande, la diferencia centrada de dos puntos da exactamente
    3x_i² + h² (el término h² es su error), así que se ve qué fórmula se usó."""
    return float(np.sum(np.asarray(x, dtype=float) ** 3))


def revisar_formula_centrada(gradienteNumerico, x) -> None:
    """Con f = Σx³ y h = 0.1, la diferencia centrada de dos puntos da 3x² + 0.01 (no 3x²)."""
    salida, avisos = llamar(gradienteNumerico, funcion_cubo, x, 0.1, nombre="gradienteNumerico")
    g = comprobar_arreglo(salida, "El gradiente numérico de Σx³ con h = 0.1", x.shape,
                          avisos=avisos)
    centrada = 3 * x ** 2 + 0.01
    if np.allclose(g, 3 * x ** 2, rtol=1e-9, atol=1e-12) and not np.allclose(g, centrada):
        fallar("Con f = Σx³ y h = 0.1 tu gradiente numérico da exactamente 3x²: la diferencia "
               "centrada de dos puntos da 3x² + h² = 3x² + 0.01. ¿Usaste otra fórmula (p. ej. "
               "la de cuatro puntos de course.gradiente_numerico, que no es la del ejercicio)?")
    comprobar_valores(g, centrada, "El gradiente numérico de Σx³ con h = 0.1", rtol=1e-6,
                      atol=1e-9, pista="(f(x + h·e_i) − f(x − h·e_i)) / (2h) con h = 0.1 da "
                                       "3x² + h² en cada componente.")


def funcion_logsumexp(x):
    """f(x) = ln Σ e^{v_i} + ⅓ Σ v_i³ · v_{i+1}, con v = x aplanado: otra función de prueba."""
    v = np.asarray(x, dtype=float).ravel()
    return float(np.logaddexp.reduce(v) + np.sum(v ** 3 * np.roll(v, -1)) / 3)


# Capas y red: valores pequeños escritos a mano para que se puedan leer.
A_PREV = np.array([[0.5, -1.2, 2.0, 0.0],
                   [1.0, 0.3, -0.7, 0.4],
                   [-0.2, 0.8, 0.1, -1.5]])
W_CAPA = np.array([[0.4, -0.6, 0.2],
                   [-0.3, 0.5, 0.9]])
B_CAPA = np.array([[0.1], [-0.2]])
DZ_CAPA = np.array([[0.2, -0.1, 0.05, 0.3],
                    [-0.4, 0.25, 0.1, -0.15]])
Z_ACT = np.array([[-800.0, -2.0, -0.5, 0.0],
                  [0.0, 0.3, 1.5, 800.0],
                  [-1.0, 2.5, -0.01, 0.7]])
DA_ACT = np.array([[0.3, -0.2, 0.5, 0.1],
                   [-0.4, 0.6, 0.25, -0.3],
                   [0.2, 0.15, -0.5, 0.8]])
ACTIVACIONES = ("sigmoide", "tanh", "relu", "lineal")

X_RED = np.array([[0.5, -1.0, 1.5, 0.0, -0.3],
                  [1.2, 0.4, -0.8, 0.0, 0.9],
                  [-0.6, 0.2, 0.3, 0.0, 1.1]])
Y_RED = np.array([[1.0, 0.0, 1.0, 1.0, 0.0]])
ACTIVACIONES_RED = ["relu", "tanh", "sigmoide"]


def parametros_de_prueba():
    """Parámetros fijos de la red 3-2-4-1 de las pruebas visibles (dict W1, b1, ..., b3)."""
    return {
        "W1": np.array([[0.8, -0.5, 0.3], [-0.4, 0.9, 0.6]]),
        "b1": np.array([[0.0], [-0.2]]),
        "W2": np.array([[0.7, -0.6], [-0.3, 0.8], [0.5, 0.4], [-0.9, -0.2]]),
        "b2": np.array([[0.0], [0.1], [-0.1], [0.2]]),
        "W3": np.array([[0.6, -0.7, 0.5, -0.4]]),
        "b3": np.array([[0.05]]),
    }


def parametros_mayoria():
    """Parámetros iniciales fijos de la red 3-2-4-1 para el problema de la mayoría."""
    return {
        "W1": np.array([[1.2, -0.8, 0.5], [-0.6, 1.1, 0.9]]),
        "b1": np.zeros((2, 1)),
        "W2": np.array([[0.9, -1.3], [1.4, 0.7], [-0.5, 1.0], [0.3, -0.9]]),
        "b2": np.zeros((4, 1)),
        "W3": np.array([[1.1, -0.7, 0.8, -1.2]]),
        "b3": np.zeros((1, 1)),
    }


ENTRADAS = {
    "grafoSumaProducto": (-2.0, 5.0, -4.0),
    "grafoMaximo": (3.0, -4.0, 2.0, -1.0),
    "neuronaSigmoide": (np.array([2.0, -3.0, -3.0]), np.array([-1.0, -2.0])),
    "cadenaCompuesta": (np.array([-1.2, -0.8, 0.0, 0.3, 1.1]),),
    "cadenaCompartida": (np.array([1.5, -0.7, 2.0, 0.4]), np.array([-0.8, 1.2, 0.5, -2.5])),
    "cadenaMatricial": (np.array([[0.5, -1.0, 0.3], [1.2, 0.4, -0.7]]),
                        np.array([[0.1], [-0.3]]),
                        np.array([[1.0, -0.5, 2.0], [0.3, 0.8, -1.0], [-1.2, 0.6, 0.4]]),
                        np.array([[0.5, -1.0, 1.0], [2.0, 0.0, -0.5]])),
    "cadenaNeurona": (np.array([[0.6, -0.4, 0.9]]), np.array([[-0.2]]),
                      np.array([[0.5, -1.0, 1.5, 0.2, -0.7],
                                [1.1, 0.3, -0.4, -1.3, 0.8],
                                [-0.6, 0.9, 0.2, 0.5, 1.4]]),
                      np.array([[1.0, 0.0, 1.0, 0.0, 1.0]])),
    "neuronaReluAdelante": (0.5, 0.1, -0.4, 0.2, np.array([50.0, -10.0, 2.0])),
    "entrenarNeuronaRelu": (*PARAMETROS_RELU, _RELU["x"], _RELU["y"], _RELU["lr"], 60),
    "gradienteNumerico": (funcion_prueba, np.array([[0.5, -1.2, 2.0], [0.3, 0.0, -0.7]]), 1e-3),
    "errorRelativo": (np.array([[1.0, 2.0, -3.0], [0.5, -1.0, 0.0]]),
                      np.array([[1.1, 1.9, -3.05], [0.5, -0.9, 0.02]])),
    "capaDensaAdelante": (A_PREV, W_CAPA, B_CAPA),
    "capaDensaAtras": (DZ_CAPA, (A_PREV, W_CAPA, B_CAPA)),
    "activacionAdelante": (Z_ACT, "sigmoide"),
    # activacionAtras y redAtras reciben caches hechas con los valores de ESPERADO.
    "redAdelante": (X_RED, parametros_de_prueba(), ACTIVACIONES_RED),
    "entrenarRed": (*datos_mayoria(), parametros_mayoria(), ["sigmoide"] * 3, 2.0, 5),
}
# Casos extra de las pruebas visibles.
RELU_MUERTA = (-0.5, 0.1, 0.4, 0.2, 50.0, 300.0, 1e-5, 3)   # z1 < 0: la ReLU no deja pasar nada

# Puertas: (entradas de adelante, gradiente de arriba) de cada caso visible. Los primeros son los
# nodos de los grafos de la diapositiva; el de «cruce» es un segundo objeto de la misma clase.
CASOS_PUERTAS = {
    "PuertaSuma": {"casos": [
        ((-2.0, 5.0), -4.0),     # q = x + y del grafo (x + y)·z: recibe ∂f/∂q = −4
        ((np.array([[1.5, -2.0, 0.25], [0.0, 3.0, -1.0]]),
          np.array([[0.5, 1.0, -0.75], [2.0, -3.0, 4.0]])),
         np.array([[1.0, -2.0, 0.5], [3.0, 0.0, -1.5]]))]},
    "PuertaProducto": {"casos": [
        ((3.0, -4.0), 1.0),      # f = q·z con q = 3, z = −4: «1·(−4) = −4, 1·3 = 3»
        ((3.0, -4.0), 2.0),      # x·y del segundo grafo, recibe 2: «2·(−4) = −8, 2·3 = 6»
        ((np.array([[1.5, -2.0, 0.25], [0.0, 3.0, -1.0]]),
          np.array([[0.5, 1.0, -0.75], [2.0, -3.0, 4.0]])),
         np.array([[1.0, -2.0, 0.5], [3.0, 0.0, -1.5]]))],
        "cruce": {"entradas": (0.5, 2.0)}},
    "PuertaMax": {"casos": [
        ((2.0, -1.0), 2.0),      # max(z, w) del segundo grafo: z = 2 gana y se lleva el 2
        ((-1.0, 2.0), 2.0),
        ((np.array([[1.0, -2.0, 0.5], [3.0, -1.0, 0.0]]),
          np.array([[0.5, 1.0, 2.0], [-3.0, -0.5, -0.25]])),
         np.array([[1.5, -1.0, 2.0], [0.5, 3.0, -2.0]]))],
        "cruce": {"entradas": (-3.0, 0.5)}},
    "PuertaSigmoide": {"casos": [
        ((1.0,), 1.0),           # la neurona de la diapositiva: w·x + b = 1, σ(1) ≈ 0.73
        ((0.0,), 2.0),
        ((np.array([[-800.0, -2.0, 0.0], [0.5, 3.0, 800.0]]),),
         np.array([[1.0, -1.0, 2.0], [0.5, 1.5, -3.0]]))],
        "cruce": {"entradas": (-2.0,)}},
}


# Salidas esperadas de las pruebas visibles (calculadas con la referencia y escritas aquí con
# 10 cifras significativas; se comparan con tolerancia).
ESPERADO = {
    "grafoMaximo": {"f": -20.0, "df_dx": -8.0, "df_dy": 6.0, "df_dz": 2.0, "df_dw": 0.0},
    "neuronaSigmoide": {
        "f": 0.7310585786,
        "dw": np.array([-0.1966119332, -0.3932238665, 0.1966119332]),
        "dx": np.array([0.3932238665, -0.5898357997]),
    },
    "cadenaCompuesta": {
        "f": np.array([0.9252115208, 0.3522742333, 0.8414709848, 0.5493554364, -0.7278778703]),
        "df_dx": np.array([2.124929883, -2.246152377, 2.161209223, -5.347768174, -8.777046949]),
    },
    "cadenaCompartida": {
        "f": np.array([0.3472128248, -0.2110743488, 1.462117157, 0.1075765685]),
        "df_dx": np.array([0.01800188772, 0.1246210752, 0.9276705119, 0.07232948813]),
        "df_dy": np.array([0.4002624915, 0.1031996634, 0.786447733, 0.03145790932]),
    },
    "cadenaMatricial": {
        "L": 3.28045,
        "dW": np.array([[1.765, -1.204, 1.298], [4.2, -2.762, 0.336]]),
        "db": np.array([[0.89], [0.78]]),
        "dx": np.array([[-0.448, -1.085, 2.914], [0.504, -0.63, -0.452], [-0.07, 0.769, -0.978]]),
    },
    "cadenaNeurona": {
        "J": 0.1470572756,
        "dw": np.array([[-0.03311420376, -0.07556487821, 0.02268337358]]),
        "db": np.array([[-0.007063312012]]),
    },
    "neuronaReluAdelante": {
        "z1": np.array([25.1, -4.9, 1.1]),
        "a1": np.array([25.1, 0.0, 1.1]),
        "y_est": np.array([-9.84, 0.2, -0.24]),
    },
    "entrenarNeuronaRelu": {
        "w1": 2.453694018,
        "b1": 0.1390738804,
        "w_out": 2.440605107,
        "b_out": 0.2356564477,
        "errores": [41980.4288, 41058.67665, 39885.75488, 38405.27224, 36559.1207, 34294.70996,
                    31576.60938, 28402.57285, 24821.73114, 20949.30986, 16968.88236, 13113.08002,
                    9620.537254, 6680.403277, 4387.760473, 2731.620146, 1619.192171, 919.6040728,
                    503.9789028, 268.4118402, 139.8140888, 71.61659168, 36.23099982, 18.16403713,
                    9.047075305, 4.485146106, 2.216176952, 1.092479081, 0.537654176,
                    0.2642938427, 0.1298122252, 0.06372276675, 0.03126789458, 0.01533839662,
                    0.00752272714, 0.003689014995, 0.001808853269, 0.0008868837698,
                    0.0004348198694, 0.0002131756342, 0.0001045094588, 5.123497502e-05,
                    2.511727287e-05, 1.231331401e-05, 6.03635798e-06, 2.959193142e-06,
                    1.450676048e-06, 7.111590353e-07, 3.48628139e-07, 1.709061664e-07,
                    8.378238911e-08, 4.107216035e-08, 2.013456319e-08, 9.870446058e-09,
                    4.838728749e-09, 2.372060307e-09, 1.16284048e-09, 5.700520789e-10,
                    2.794530858e-10, 1.369945452e-10],
    },
    "relu_un_paso": {
        "w1": 0.557952,
        "b1": 0.10115904,
        "w_out": 0.47272976,
        "b_out": 0.2028976,
        "errores": [41980.4288],
    },
    "relu_muerta": {
        "w1": -0.5,
        "b1": 0.1,
        "w_out": 0.4,
        "b_out": 0.2089939101,
        "errores": [44940.02, 44939.1212, 44938.22243],
    },
    "gradienteNumerico": np.array([[-1.046346777, -0.1095237261, 2.794896327],
                                   [2.21067266, -0.3442177372, -0.2205744614]]),
    "errorRelativo": 0.02324938908,
    "capaDensaAdelante": np.array([[-0.34, -0.4, 1.34, -0.44], [-0.03, 1.03, -1.06, -1.35]]),
    "capaDensaAtras": {
        "dA_prev": np.array([[0.2, -0.115, -0.01, 0.165],
                             [-0.32, 0.185, 0.02, -0.255],
                             [-0.32, 0.205, 0.1, -0.075]]),
        "dW": np.array([[0.32, 0.255, -0.565], [-0.3, -0.455, 0.515]]),
        "db": np.array([[0.45], [-0.2]]),
    },
    "activacionAdelante": {
        "sigmoide": np.array([[0.0, 0.119202922, 0.3775406688, 0.5],
                              [0.5, 0.5744425168, 0.8175744762, 1.0],
                              [0.2689414214, 0.92414182, 0.4975000208, 0.6681877722]]),
        "tanh": np.array([[-1.0, -0.9640275801, -0.4621171573, 0.0],
                          [0.0, 0.2913126125, 0.9051482536, 1.0],
                          [-0.761594156, 0.9866142982, -0.00999966668, 0.6043677771]]),
        "relu": np.array([[0.0, 0.0, 0.0, 0.0], [0.0, 0.3, 1.5, 800.0], [0.0, 2.5, 0.0, 0.7]]),
        "lineal": np.array([[-800.0, -2.0, -0.5, 0.0],
                            [0.0, 0.3, 1.5, 800.0],
                            [-1.0, 2.5, -0.01, 0.7]]),
    },
    "activacionAtras": {
        "sigmoide": np.array([[0.0, -0.02099871708, 0.1175018561, 0.025],
                              [-0.1, 0.146674987, 0.03728661302, -0.0],
                              [0.03932238665, 0.01051555748, -0.1249968751, 0.1773702986]]),
        "tanh": np.array([[0.0, -0.01413016497, 0.3932238665, 0.1],
                          [-0.4, 0.5490821771, 0.04517665973, -0.0],
                          [0.08399486832, 0.003988834002, -0.4999500033, 0.507791672]]),
        "relu": np.array([[0.0, -0.0, 0.0, 0.0], [-0.0, 0.6, 0.25, -0.3], [0.0, 0.15, -0.0, 0.8]]),
        "lineal": np.array([[0.3, -0.2, 0.5, 0.1],
                            [-0.4, 0.6, 0.25, -0.3],
                            [0.2, 0.15, -0.5, 0.8]]),
    },
    "redAdelante": {
        "Z1": np.array([[-0.38, -0.94, 1.69, 0.0, -0.36], [0.32, 0.68, -1.34, -0.2, 1.39]]),
        "A1": np.array([[0.0, 0.0, 1.69, 0.0, 0.0], [0.32, 0.68, 0.0, 0.0, 1.39]]),
        "Z2": np.array([[-0.192, -0.408, 1.183, 0.0, -0.834],
                        [0.356, 0.644, -0.407, 0.1, 1.212],
                        [0.028, 0.172, 0.745, -0.1, 0.456],
                        [0.136, 0.064, -1.321, 0.2, -0.078]]),
        "A2": np.array([[-0.1896749818, -0.3867731841, 0.8283952373, 0.0, -0.6826179741],
                        [0.341685872, 0.5676169521, -0.3859224489, 0.09966799462, 0.8372784209],
                        [0.02799268496, 0.1703236847, 0.6321565452, -0.09966799462, 0.4268185004],
                        [0.135167672, 0.0639127616, -0.867032399, 0.1973753202, -0.07784220001]]),
        "Z3": np.array([[-0.3430558258, -0.5197990392, 1.480074089, -0.1485517216, -0.7011195489]]),
        "A3": np.array([[0.4150673719, 0.3728992262, 0.8145837711, 0.4629302147, 0.3315640562]]),
    },
    "redAtras": {
        "dW3": np.array([[-0.08264196815, 0.06148795064, 0.0249947989, -0.005256616194]]),
        "db3": np.array([[-0.120591072]]),
        "dW2": np.array([[-0.01179818259, 0.03375794891],
                         [0.03733572893, -0.02020664349],
                         [-0.01881305358, 0.04360983119],
                         [0.006223319862, -0.04214867633]]),
        "db2": np.array([[-0.07979435924], [0.1196015437], [-0.05942857584], [0.03483939106]]),
        "dW1": np.array([[-0.03059197736, 0.01631572126, -0.006118395471],
                         [0.06598362024, 0.05983178307, -0.05418601053]]),
        "db1": np.array([[-0.02039465157], [0.02744983369]]),
    },
    "entrenarRed": {
        "params": {
            "W1": np.array([[1.184818409, -0.818445669, 0.483752538],
                            [-0.5828033571, 1.113550425, 0.9152341767]]),
            "b1": np.array([[0.0127863617], [-0.004187327127]]),
            "W2": np.array([[0.9616244617, -1.211718474],
                            [1.394458215, 0.6849589591],
                            [-0.4571194219, 1.06410248],
                            [0.2404491324, -0.9906139043]]),
            "b2": np.array([[-0.00283207495], [0.03517512076], [-0.008076339708], [0.0155427128]]),
            "W3": np.array([[1.04478809, -0.6057572464, 0.855894648, -1.263587232]]),
            "b3": np.array([[-0.00405224296]]),
        },
        "costos": [0.6960053918, 0.6937034406, 0.6926122449, 0.6916490898, 0.6906930754],
    },
}

PUERTAS_ESPERADO = {
    "PuertaSuma": {
        "casos": [{"salida": 3.0, "gradientes": (-4.0, -4.0)},
                  {
                      "salida": np.array([[2.0, -1.0, -0.5], [2.0, 0.0, 3.0]]),
                      "gradientes": (np.array([[1.0, -2.0, 0.5], [3.0, 0.0, -1.5]]),
                                     np.array([[1.0, -2.0, 0.5], [3.0, 0.0, -1.5]])),
                  }],
        "cruce": None,
    },
    "PuertaProducto": {
        "casos": [{"salida": -12.0, "gradientes": (-4.0, 3.0)},
                  {"salida": -12.0, "gradientes": (-8.0, 6.0)},
                  {
                      "salida": np.array([[0.75, -2.0, -0.1875], [0.0, -9.0, -4.0]]),
                      "gradientes": (np.array([[0.5, -2.0, -0.375], [6.0, -0.0, -6.0]]),
                                     np.array([[1.5, 4.0, 0.125], [0.0, 0.0, 1.5]])),
                  }],
        "cruce": (2.0, 0.5),
    },
    "PuertaMax": {
        "casos": [{"salida": 2.0, "gradientes": (2.0, 0.0)},
                  {"salida": 2.0, "gradientes": (0.0, 2.0)},
                  {
                      "salida": np.array([[1.0, 1.0, 2.0], [3.0, -0.5, 0.0]]),
                      "gradientes": (np.array([[1.5, -0.0, 0.0], [0.5, 0.0, -2.0]]),
                                     np.array([[0.0, -1.0, 2.0], [0.0, 3.0, -0.0]])),
                  }],
        "cruce": (0.0, 2.0),
    },
    "PuertaSigmoide": {
        "casos": [{"salida": 0.7310585786, "gradientes": 0.1966119332},
                  {"salida": 0.5, "gradientes": 0.5},
                  {
                      "salida": np.array([[0.0, 0.119202922, 0.5],
                                          [0.6224593312, 0.9525741268, 1.0]]),
                      "gradientes": np.array([[0.0, -0.1049935854, 0.5],
                                              [0.1175018561, 0.0677649896, -0.0]]),
                  }],
        "cruce": 0.1049935854,
    },
}


# ---------------------------------------------------------------------------------------------
# Ayudas de las revisiones
# ---------------------------------------------------------------------------------------------

def _nombrar_patron(valores, esperados, patrones, funcion: str) -> None:
    """Si las salidas no son las esperadas pero coinciden TODAS con un error típico (un patrón
    calculado con las entradas), lo nombra. Si no coinciden con ninguno, no dice nada."""
    if all(cerca(v, e) for v, e in zip(valores, esperados)):
        return
    for patron, diagnostico in patrones:
        if all(cerca(v, p) for v, p in zip(valores, patron)):
            fallar(f"{funcion} no es correcto: {diagnostico}")


def _como(valor, esperado, nombre: str, avisos=()):
    """Tipo y forma de una salida que debe parecerse a ``esperado`` (un número o un arreglo)."""
    esperado = np.asarray(esperado, dtype=float)
    if esperado.ndim == 0:
        return np.asarray(comprobar_escalar(valor, nombre, avisos=avisos,
                                            acepta_un_elemento=True))
    if isinstance(valor, (int, float, np.number)) and not isinstance(valor, bool):
        fallar(f"{nombre} es un número, pero con entradas de forma {esperado.shape} debe ser un "
               f"arreglo de esa forma: ¿usaste una función de Python (max, math.exp) que solo "
               f"acepta números? Con NumPy (np.maximum, np.exp) todo va elemento a elemento.")
    return comprobar_arreglo(valor, nombre, esperado.shape, avisos=avisos)


def _desbordo(avisos: Sequence[str]) -> bool:
    return any("overflow" in a for a in avisos)


def _texto(valores) -> str:
    """Las entradas de una llamada para un mensaje: los números tal cual, los arreglos por forma."""
    partes = []
    for v in valores:
        if isinstance(v, np.ndarray):
            partes.append(f"arreglo {v.shape}")
        elif isinstance(v, str):
            partes.append(f'"{v}"')
        else:
            partes.append(f"{v:g}" if isinstance(v, (int, float)) else type(v).__name__)
    return ", ".join(partes)


# --- clases: crear un objeto y llamar a sus métodos ---------------------------------------------

def _crear(Clase, clase: str):
    """Un objeto nuevo de la clase del estudiante (``Clase()``)."""
    objeto, _ = llamar(Clase, nombre=clase)
    if objeto is None:
        fallar(f"`{clase}()` devolvió None: ¿es `{clase}` una clase (class {clase}:) y no una "
               f"función?")
    return objeto


def _metodo(objeto, metodo: str, clase: str):
    try:
        encontrado = getattr(objeto, metodo)
    except Exception:  # en el calificador, el AttributeError llega del proceso aislado
        encontrado = None
    if encontrado is None or not callable(encontrado):
        fallar(f"`{clase}` no tiene el método `{metodo}`. Las puertas del curso tienen dos "
               f"métodos, `adelante` y `atras` (en la diapositiva se llaman forward y backward): "
               f"¿los llamaste de otra forma o los escribiste fuera de la clase?")
    return encontrado


def _llamar_metodo(objeto, metodo: str, clase: str, *args):
    """Llama a ``objeto.metodo(*args)`` y traduce los fallos típicos de una clase."""
    funcion = _metodo(objeto, metodo, clase)
    try:
        return llamar(funcion, *args, nombre=f"{clase}.{metodo}")
    except PruebaFallida as fallo:
        texto = str(fallo)
        if "positional argument" in texto:
            raise PruebaFallida(
                f"{texto} ¿Olvidaste el parámetro `self`? Un método recibe primero el objeto: "
                f"`def {metodo}(self, ...)`. Al MultiplyGate de la diapositiva le falta en sus "
                f"dos métodos.") from fallo.__cause__
        if "has no attribute" in texto:
            raise PruebaFallida(
                f"{texto} ¿Guardó `adelante` lo que `atras` necesita en el objeto (self.x = x)? "
                f"Una variable local de `adelante` desaparece al terminar el método.") \
                from fallo.__cause__
        if "truth value of an array" in texto:
            raise PruebaFallida(
                f"{texto} ¿Usaste max() o un if de Python con arreglos? Con arreglos, el máximo "
                f"elemento a elemento es np.maximum(x, y) y la comparación x >= y da un arreglo "
                f"de verdaderos y falsos.") from fallo.__cause__
        raise


def _revisar_puerta(Clase, clase: str, casos, *, patrones_adelante, patrones_atras,
                    pista_adelante: str, pista_atras: str, dos_entradas: bool = True) -> None:
    """Cada caso: {"entradas": (...), "d": gradiente de arriba, "salida": esperada,
    "gradientes": (dx, dy) o dz esperados}. ``patrones_*(caso)`` dan los errores típicos."""
    nombres = ("dx", "dy") if dos_entradas else ("dz",)
    for caso in casos:
        objeto = _crear(Clase, clase)
        llamada = f"{clase}.adelante({_texto(caso['entradas'])})"
        salida, avisos = _llamar_metodo(objeto, "adelante", clase, *caso["entradas"])
        if _desbordo(avisos):
            fallar(f"{llamada} desborda: NumPy avisó «{'; '.join(avisos)}». Con |z| grande, "
                   f"np.exp(-z) vale e^800 = inf. ¿Usaste la función `sigmoide` del cuaderno, "
                   f"que es estable?")
        salida = _como(salida, caso["salida"], f"lo que devolvió {llamada}", avisos)
        _nombrar_patron([salida], [caso["salida"]], patrones_adelante(caso), llamada)
        comprobar_valores(salida, caso["salida"], f"lo que devolvió {llamada}",
                          pista=pista_adelante)

        llamada = f"{clase}.atras({_texto([caso['d']])}) después de {llamada}"
        gradientes, avisos = _llamar_metodo(objeto, "atras", clase, caso["d"])
        esperados = caso["gradientes"] if dos_entradas else (caso["gradientes"],)
        if dos_entradas:
            gradientes = comprobar_tupla(gradientes, nombres, f"{clase}.atras")
        else:
            gradientes = (gradientes,)
        gradientes = [_como(g, e, f"{n} de {llamada}", avisos)
                      for g, e, n in zip(gradientes, esperados, nombres)]
        _nombrar_patron(gradientes, esperados, patrones_atras(caso), llamada)
        for g, e, n in zip(gradientes, esperados, nombres):
            comprobar_valores(g, e, f"{n} de {llamada}", pista=pista_atras)


def _revisar_estado(Clase, clase: str, cruce) -> None:
    """Dos objetos de la misma clase no comparten lo que guardan: en un grafo, la misma puerta
    aparece varias veces (una red tiene miles de productos). ``cruce`` = (caso_1, caso_2,
    gradientes que daría el objeto del caso 2 con el gradiente de arriba del caso 1)."""
    caso_1, caso_2, del_otro = cruce
    primero, segundo = _crear(Clase, clase), _crear(Clase, clase)
    _llamar_metodo(primero, "adelante", clase, *caso_1["entradas"])
    _llamar_metodo(segundo, "adelante", clase, *caso_2["entradas"])
    gradientes, _ = _llamar_metodo(primero, "atras", clase, caso_1["d"])
    if not isinstance(gradientes, (tuple, list)):
        gradientes = (gradientes,)
    esperados = caso_1["gradientes"] if isinstance(caso_1["gradientes"], tuple) else (
        caso_1["gradientes"],)
    if all(cerca(g, e) for g, e in zip(gradientes, esperados)):
        return
    del_otro = del_otro if isinstance(del_otro, tuple) else (del_otro,)
    if all(cerca(g, e) for g, e in zip(gradientes, del_otro)):
        fallar(f"Dos objetos de `{clase}` comparten lo que guardan: después de "
               f"`p = {clase}(); q = {clase}(); p.adelante(...); q.adelante(...)`, `p.atras` usó "
               f"las entradas de q. ¿Guardaste las entradas en la clase ({clase}.x = x) en vez de "
               f"en el objeto (self.x = x)?")
    fallar(f"Con dos objetos de `{clase}`, el primero devolvió en `atras` otros gradientes que "
           f"cuando estaba solo. Cada objeto debe guardar SUS entradas en self.")


# ---------------------------------------------------------------------------------------------
# Revisiones (compartidas por pruebas visibles y ocultas)
# ---------------------------------------------------------------------------------------------

def _revisar_escalares(salida, esperado, nombres, funcion: str, *, patrones=(), avisos=(),
                       extra=None, pistas=None) -> None:
    """Una tupla de salidas (números o arreglos) como ``esperado``: tipo, forma, errores típicos
    de toda la tupla (``patrones``), valores de cada una (con las sospechas de ``extra``)."""
    valores = comprobar_tupla(salida, nombres, funcion)
    valores = [_como(v, e, n, avisos) for v, e, n in zip(valores, esperado, nombres)]
    _nombrar_patron(valores, esperado, patrones, funcion)
    for v, e, n in zip(valores, esperado, nombres):
        comprobar_valores(v, e, n, rtol=1e-6, atol=1e-9, sospechas=sospechas_de(extra, n),
                          pista=(pistas or {}).get(n, ""))


def revisar_grafoSumaProducto(salida, entradas, esperado, *, avisos=(), extra=None) -> None:
    """``entradas`` = (x, y, z); ``esperado`` = (q, f, df_dq, df_dx, df_dy, df_dz)."""
    x, y, z = entradas
    q, f = x + y, (x + y) * z
    patrones = [
        ((q, f, z, 1.0, 1.0, q), "∂f/∂x y ∂f/∂y valen 1, el gradiente local de la suma solo: "
                                 "falta multiplicarlo por el gradiente que llega de arriba, "
                                 "∂f/∂q (regla de la cadena)."),
        ((q, f, q, q, q, z), "intercambiaste los gradientes del producto. ¿Recuerdas que el "
                             "producto intercambia? ∂f/∂q es el valor de la OTRA entrada, z, y "
                             "∂f/∂z es q."),
        ((q, f, z * f, z * f, z * f, q * f),
         "los gradientes salen multiplicados por f: ¿empezaste la vuelta con ∂f/∂f = f? El "
         "gradiente de la salida respecto a sí misma es 1."),
    ]
    _revisar_escalares(salida, esperado, SALIDAS["grafoSumaProducto"], "grafoSumaProducto",
                       patrones=patrones, avisos=avisos, extra=extra, pistas={
                           "q": "q = x + y.", "f": "f = q·z.",
                           "df_dq": "En f = q·z, ∂f/∂q = z (por ∂f/∂f = 1).",
                           "df_dz": "En f = q·z, ∂f/∂z = q.",
                           "df_dx": "∂f/∂x = ∂f/∂q · ∂q/∂x, con ∂q/∂x = 1.",
                           "df_dy": "∂f/∂y = ∂f/∂q · ∂q/∂y, con ∂q/∂y = 1."})


def _patrones_suma(caso):
    x, y = caso["entradas"]
    d = np.asarray(caso["d"], dtype=float)
    uno = np.ones_like(d)
    return [((uno, uno), "devolviste el gradiente local (1, 1) sin multiplicarlo por el de "
                         "arriba: atras debe devolver (1·dz, 1·dz)."),
            ((d / 2, d / 2), "repartiste dz entre las dos entradas (dz/2 cada una). La suma no "
                             "reparte: distribuye el gradiente COMPLETO a cada entrada.")]


def revisar_PuertaSuma(PuertaSuma, casos) -> None:
    _revisar_puerta(
        PuertaSuma, "PuertaSuma", casos,
        patrones_adelante=lambda caso: [((caso["entradas"][0],),
                                         "devolvió x: la puerta suma devuelve x + y.")],
        patrones_atras=_patrones_suma, pista_adelante="z = x + y.",
        pista_atras="La suma distribuye: dx = dy = dz.")


def _patrones_producto(caso):
    x, y = (np.asarray(v, dtype=float) for v in caso["entradas"])
    d = np.asarray(caso["d"], dtype=float)
    return [((x * d, y * d), "devolviste dx = x·dz y dy = y·dz. ¿Recuerdas que el producto "
                             "intercambia? El gradiente de x es el valor de la OTRA entrada: "
                             "dx = y·dz, dy = x·dz."),
            ((y + 0 * d, x + 0 * d), "devolviste solo el gradiente local (y, x), sin "
                                     "multiplicarlo por el gradiente de arriba dz: "
                                     "dx = y·dz, dy = x·dz."),
            ((y * x * d, x * y * d), "multiplicaste por la salida z = x·y: el gradiente local "
                                     "de x es y, no x·y.")]


def revisar_PuertaProducto(PuertaProducto, casos, cruce) -> None:
    _revisar_puerta(
        PuertaProducto, "PuertaProducto", casos, patrones_adelante=lambda caso: [],
        patrones_atras=_patrones_producto, pista_adelante="z = x·y (elemento a elemento, *).",
        pista_atras="dx = y·dz y dy = x·dz, con los x e y que guardó adelante.")
    _revisar_estado(PuertaProducto, "PuertaProducto", cruce)


def _patrones_max(caso):
    x, y = (np.asarray(v, dtype=float) for v in caso["entradas"])
    d = np.asarray(caso["d"], dtype=float)
    mayor_x = (x >= y).astype(float)
    return [((d * (1 - mayor_x), d * mayor_x),
             "el gradiente fue a la entrada MENOR. El máximo enruta todo el gradiente a la "
             "entrada que ganó (la mayor) y 0 a la otra."),
            ((d + 0 * x, d + 0 * x), "las dos entradas recibieron dz, como en una suma. El máximo "
                                     "enruta: solo la entrada mayor recibe el gradiente; la "
                                     "otra, 0."),
            ((mayor_x + 0 * d, 1 - mayor_x + 0 * d),
             "devolviste solo el gradiente local (1 para la mayor, 0 para la otra) sin "
             "multiplicarlo por dz.")]


def revisar_PuertaMax(PuertaMax, casos, cruce) -> None:
    _revisar_puerta(
        PuertaMax, "PuertaMax", casos,
        patrones_adelante=lambda caso: [((np.minimum(*caso["entradas"]),),
                                         "devolvió el mínimo, no el máximo.")],
        patrones_atras=_patrones_max, pista_adelante="z = max(x, y), con np.maximum.",
        pista_atras="dx = dz donde x ≥ y (y 0 donde no); dy = dz donde y > x.")
    _revisar_estado(PuertaMax, "PuertaMax", cruce)


def _patrones_sigmoide(caso):
    s = np.asarray(caso["salida"], dtype=float)
    d = np.asarray(caso["d"], dtype=float)
    ss = 1 / (1 + np.exp(-s))
    return [((d * s,), "usaste σ como su propia derivada: el gradiente local de la puerta "
                       "sigmoide es σ(1 − σ)."),
            ((s * (1 - s) + 0 * d,), "devolviste solo el gradiente local σ(1 − σ), sin "
                                     "multiplicarlo por el gradiente de arriba."),
            ((d * ss * (1 - ss),), "aplicaste la fórmula a la salida como si fuera la entrada: "
                                   "σ(s)(1 − σ(s)) con s = σ(z). Con la salida guardada, el "
                                   "gradiente local es s·(1 − s)."),
            ((d * (1 - s),), "el gradiente local quedó como (1 − σ): falta el factor σ; es "
                             "σ(1 − σ).")]


def revisar_PuertaSigmoide(PuertaSigmoide, casos, cruce) -> None:
    _revisar_puerta(
        PuertaSigmoide, "PuertaSigmoide", casos,
        patrones_adelante=lambda caso: [((1 - np.asarray(caso["salida"]),),
                                         "el signo del exponente está cambiado: 1/(1 + e^z) = "
                                         "σ(−z).")],
        patrones_atras=_patrones_sigmoide, dos_entradas=False,
        pista_adelante="s = σ(z) = 1 / (1 + e^(−z)), con la función `sigmoide`.",
        pista_atras="dz = ds·σ(z)(1 − σ(z)), con el σ(z) guardado en adelante.")
    _revisar_estado(PuertaSigmoide, "PuertaSigmoide", cruce)


def revisar_grafoMaximo(salida, entradas, esperado, *, avisos=(), extra=None) -> None:
    """``entradas`` = (x, y, z, w) sin empate z = w; ``esperado`` = (f, dx, dy, dz, dw)."""
    x, y, z, w = entradas
    f = esperado[0]
    gana_z = 1.0 if z >= w else 0.0
    patrones = [
        ((f, 2 * y, 2 * x, 2.0, 2.0), "z y w recibieron los dos el gradiente: el máximo no "
                                      "distribuye como la suma, enruta todo a la entrada "
                                      "mayor y 0 a la otra."),
        ((f, 2 * y, 2 * x, 2 * (1 - gana_z), 2 * gana_z),
         "el gradiente del máximo fue a la entrada menor: va a la MAYOR."),
        ((f, y, x, gana_z, 1 - gana_z), "los gradientes valen la mitad: ¿olvidaste el factor 2 "
                                        "de la última puerta? f = 2·s, así que ∂f/∂s = 2."),
        ((f / 2, y, x, gana_z, 1 - gana_z), "f y los gradientes valen la mitad: ¿olvidaste el "
                                            "factor 2 (f = 2·(x·y + max(z, w)))?"),
        ((f, 2 * x, 2 * y, 2 * gana_z, 2 * (1 - gana_z)),
         "dx y dy están intercambiados: el producto intercambia, ∂(x·y)/∂x = y."),
    ]
    _revisar_escalares(salida, esperado, SALIDAS["grafoMaximo"], "grafoMaximo",
                       patrones=patrones, avisos=avisos, extra=extra, pistas={
                           "f": "f = 2·(x·y + max(z, w)).",
                           "df_dx": "∂f/∂x = 2·y: la suma pasa el 2 y el producto lo "
                                    "multiplica por la otra entrada.",
                           "df_dz": "El máximo enruta el 2 a la entrada mayor."})


def revisar_neuronaSigmoide(salida, w, x, esperado, *, avisos=(), extra=None) -> None:
    """``esperado`` = (f, dw, dx) con dw de forma (n + 1,) y dx de forma (n,)."""
    n = len(x)
    f = float(esperado[0])
    g = f * (1 - f)
    xb = np.append(x, 1.0)
    gg = (1 / (1 + np.exp(-f))) * (1 - 1 / (1 + np.exp(-f)))
    patrones = [
        ((f, xb * f, w[:n] * f), "usaste σ como su propia derivada: el gradiente local de la "
                                 "puerta sigmoide es σ(1 − σ)."),
        ((f, np.append(w[:n], 1.0) * g, x * g), "dw y dx están intercambiados: en cada "
                                                "producto w_i·x_i, ∂/∂w_i = x_i y "
                                                "∂/∂x_i = w_i."),
        ((f, xb * gg, w[:n] * gg), "aplicaste σ(1 − σ) a la salida f como si fuera la entrada: "
                                   "con la salida guardada, el gradiente local es f·(1 − f)."),
        ((f, np.append(xb[:n] * g, 1.0), w[:n] * g),
         "el gradiente del sesgo (el último peso) quedó en 1: también recibe el gradiente de la "
         "suma, σ(1 − σ)."),
        ((f, np.append(xb[:n] * g, 0.0), w[:n] * g),
         "el gradiente del sesgo (el último peso) quedó en 0: también recibe el gradiente de la "
         "suma, σ(1 − σ)."),
    ]
    valores = comprobar_tupla(salida, SALIDAS["neuronaSigmoide"], "neuronaSigmoide")
    formas = ((), (n + 1,), (n,))
    valores = [_como(v, np.zeros(forma), nombre, avisos)
               for v, forma, nombre in zip(valores, formas, SALIDAS["neuronaSigmoide"])]
    _nombrar_patron(valores, esperado, patrones, "neuronaSigmoide")
    pistas = {"f": "f = σ(w0·x0 + ... + w_{n−1}·x_{n−1} + w_n).",
              "dw": "∂f/∂w_i = σ(1 − σ)·x_i y, para el sesgo, ∂f/∂w_n = σ(1 − σ).",
              "dx": "∂f/∂x_i = σ(1 − σ)·w_i."}
    for v, e, nombre in zip(valores, esperado, SALIDAS["neuronaSigmoide"]):
        comprobar_valores(v, e, nombre, rtol=1e-6, atol=1e-9,
                          sospechas=sospechas_de(extra, nombre), pista=pistas[nombre])


def revisar_cadenaCompuesta(salida, x, esperado, *, avisos=(), extra=None) -> None:
    x = np.asarray(x, dtype=float)
    a = 2 * x + 1
    c = a ** 2
    f = esperado[0]
    patrones = [
        ((f, np.cos(c) * 2 * a), "la derivada vale la mitad: ¿olvidaste la derivada de la "
                                 "etapa más interna, d(2x + 1)/dx = 2?"),
        ((f, 4 * a), "falta la derivada del seno: d sen(c)/dc = cos(c)."),
        ((f, -np.cos(c) * 4 * a), "la derivada del seno es cos, no −cos."),
        ((f, np.cos(c) * 2), "falta la derivada del cuadrado: d(a²)/da = 2a."),
        ((f, np.cos(c)), "solo derivaste la etapa de fuera (cos(c)): la regla de la cadena "
                         "multiplica las derivadas de las tres etapas."),
    ]
    _revisar_escalares(salida, esperado, SALIDAS["cadenaCompuesta"], "cadenaCompuesta",
                       patrones=patrones, avisos=avisos, extra=extra, pistas={
                           "f": "f = sen((2x + 1)²).",
                           "df_dx": "df/dx = cos(c) · 2a · 2 con a = 2x + 1 y c = a²."})


def revisar_cadenaCompartida(salida, x, y, esperado, *, avisos=(), extra=None) -> None:
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    s = 1 / (1 + np.exp(-x * y))
    f = esperado[0]
    patrones = [
        ((f, s, esperado[2]), "∂f/∂x solo tiene el camino directo (f = x·s → s): x también llega "
                              "a f por q = x·y, y los gradientes de los dos caminos se SUMAN."),
        ((f, x * s * (1 - s) * y, esperado[2]),
         "∂f/∂x solo tiene el camino por q = x·y: falta el directo, ∂(x·s)/∂x = s. Cuando una "
         "variable se usa dos veces, sus gradientes se suman."),
        ((f, s + x * s * y, x * s * x), "usaste σ como su propia derivada: ∂s/∂q = s(1 − s)."),
    ]
    _revisar_escalares(salida, esperado, SALIDAS["cadenaCompartida"], "cadenaCompartida",
                       patrones=patrones, avisos=avisos, extra=extra, pistas={
                           "f": "f = x·σ(x·y).",
                           "df_dx": "∂f/∂x = s + x·s(1 − s)·y, con s = σ(x·y): los dos caminos "
                                    "de x se suman.",
                           "df_dy": "∂f/∂y = x·s(1 − s)·x."})


def revisar_cadenaMatricial(salida, W, b, x, esperado, *, avisos=(), extra=None) -> None:
    """``esperado`` = (L, dW, db, dx)."""
    n, d = W.shape
    m = x.shape[1]
    if isinstance(salida, (tuple, list)) and len(salida) == 4 and np.shape(salida[1]) == (d, n) \
            and n != d:
        fallar(f"dW tiene forma {(d, n)} y W {(n, d)}: ¿olvidaste transponer? Con e = z − y de "
               f"forma (n, m) y x de forma (d, m), dW = e·xᵀ.")
    L, dW, db, dx = comprobar_tupla(salida, SALIDAS["cadenaMatricial"], "cadenaMatricial")
    L = comprobar_escalar(L, "L", avisos=avisos, acepta_un_elemento=True)
    dW = comprobar_arreglo(dW, "dW", (n, d), referencia="W", avisos=avisos)
    db = comprobar_arreglo(db, "db", (n, 1), referencia="b", avisos=avisos)
    dx = comprobar_arreglo(dx, "dx", (d, m), referencia="x", avisos=avisos)
    valores = (L, dW, db, dx)
    doble = "L y los gradientes valen el doble: ¿olvidaste el ½ de L = ½ Σ (z − y)²?"
    _nombrar_patron(valores, esperado, [((2 * esperado[0], *(2 * e for e in esperado[1:])), doble),
                                        ((2 * esperado[0], *esperado[1:]), doble.replace(
                                            " y los gradientes valen", " vale"))],
                    "cadenaMatricial")
    pistas = {"L": "L = ½ Σ (W x + b − y)², la suma sobre todos los elementos.",
              "dW": "dW = (z − y)·xᵀ.", "db": "db = Σ_columnas (z − y).",
              "dx": "dx = Wᵀ·(z − y)."}
    for v, e, nombre in zip(valores, esperado, SALIDAS["cadenaMatricial"]):
        comprobar_valores(v, e, nombre, rtol=1e-6, atol=1e-9, sospechas=[
            *sospechas_de_escala(e, m)[:1], *sospechas_de(extra, nombre)], pista=pistas[nombre])


def revisar_cadenaNeurona(salida, w, X, esperado, *, avisos=(), extra=None) -> None:
    """``esperado`` = (J, dw, db)."""
    n, m = X.shape
    J, dw, db = comprobar_tupla(salida, SALIDAS["cadenaNeurona"], "cadenaNeurona")
    J = comprobar_escalar(J, "J", avisos=avisos, acepta_un_elemento=True)
    dw = comprobar_arreglo(dw, "dw", (1, n), referencia="w", avisos=avisos)
    db = comprobar_arreglo(db, "db", (1, 1), referencia="b", avisos=avisos)
    comprobar_valores(J, esperado[0], "J", rtol=1e-6, atol=1e-10, sospechas=[
        Sospecha(2 * esperado[0], "J vale el doble: ¿olvidaste el ½ de J = (1/2m) Σ (a − y)²?"),
        Sospecha(2 * m * esperado[0], "J vale 2m veces lo esperado: ¿olvidaste el 1/(2m)?"),
        *sospechas_de(extra, "J")], pista="J = (1/2m) Σ (σ(w X + b) − y)².")
    for v, e, nombre in ((dw, esperado[1], "dw"), (db, esperado[2], "db")):
        comprobar_valores(v, e, nombre, rtol=1e-6, atol=1e-10, sospechas=[
            *sospechas_de_escala(e, m), *sospechas_de(extra, nombre)],
            pista="∂J/∂z = (a − y)·a(1 − a)/m; dw = ∂J/∂z·Xᵀ, db = Σ_columnas ∂J/∂z. Con el "
                  "error cuadrático no hay simplificación: hace falta σ'(z) = a(1 − a).")


def revisar_neuronaReluAdelante(salida, entradas, esperado, *, avisos=(), extra=None) -> None:
    """``entradas`` = (w1, b1, w_out, b_out, x); ``esperado`` = (z1, a1, y_est)."""
    w1, b1, w_out, b_out, x = entradas
    z1 = esperado[0]
    patrones = [
        ((z1, z1, w_out * z1 + b_out), "a1 = z1: falta la ReLU de la neurona oculta, "
                                       "a1 = max(0, z1)."),
        ((z1, esperado[1], np.maximum(0.0, esperado[2])),
         "aplicaste ReLU también a la salida: la salida de esta red es lineal (ŷ = z_out, un "
         "precio puede ser cualquier número)."),
        ((z1, esperado[1], esperado[2] - b_out), "falta el sesgo de la salida, b_out."),
    ]
    _revisar_escalares(salida, esperado, SALIDAS["neuronaReluAdelante"], "neuronaReluAdelante",
                       patrones=patrones, avisos=avisos, extra=extra, pistas={
                           "z1": "z1 = w1·x + b1.", "a1": "a1 = ReLU(z1) = max(0, z1).",
                           "y_est": "ŷ = w_out·a1 + b_out (salida lineal)."})


def revisar_entrenarNeuronaRelu(salida, esperado, iniciales, epocas: int, *, avisos=(),
                                extra=None) -> None:
    """``esperado`` = (w1, b1, w_out, b_out, errores) de la referencia; ``iniciales`` =
    (w1, b1, w_out, b_out)."""
    nombres = SALIDAS["entrenarNeuronaRelu"]
    *params, errores = comprobar_tupla(salida, nombres, "entrenarNeuronaRelu")
    params = [comprobar_escalar(p, n, avisos=avisos, acepta_un_elemento=True)
              for p, n in zip(params, nombres)]
    errores = comprobar_lista_de_escalares(errores, "errores", epocas)
    *finales, errores_ref = esperado
    errores_ref = np.asarray(errores_ref, dtype=float)
    comprobar_trayectoria(params, iniciales, errores, errores_ref, epocas,
                          funcion="entrenarNeuronaRelu",
                          primer_costo="el primero es ½(ŷ − y)² con los parámetros iniciales",
                          regla="θ ← θ − α·∂E/∂θ")
    if (np.isclose(finales[0], iniciales[0]) and np.isclose(finales[1], iniciales[1])
            and not np.isclose(params[0], iniciales[0])):
        fallar("w1 cambió, pero con estos parámetros z1 = w1·x + b1 ≤ 0 y la ReLU no deja pasar "
               "gradiente: ∂E/∂w1 = ∂E/∂a1 · ReLU'(z1) · x = 0. ¿Olvidaste multiplicar por la "
               "derivada de la ReLU (1 si z1 > 0, 0 si no)?")
    comprobar_valores(errores, errores_ref, "errores", rtol=1e-6, atol=1e-9,
                      sospechas=sospechas_de(extra, "errores"),
                      pista="errores[i] = ½(ŷ − y)² con los parámetros de la época i, antes de "
                            "actualizar.")
    for p, ref, n in zip(params, finales, nombres):
        comprobar_valores(p, ref, f"{n} final", rtol=1e-6, atol=1e-9,
                          sospechas=sospechas_de(extra, n),
                          pista="Las cuatro derivadas de una época se calculan con los "
                                "parámetros de ESA época, y luego se actualizan los cuatro a la "
                                "vez (actualización simultánea).")


def revisar_gradienteNumerico(salida, esperado, *, avisos=(), extra=None) -> None:
    """``esperado`` = el gradiente numérico correcto, de la forma de x."""
    esperado = np.asarray(esperado, dtype=float)
    if isinstance(salida, np.ndarray) and salida.size == esperado.size and \
            salida.shape != esperado.shape:
        fallar(f"El gradiente tiene forma {salida.shape} y x {esperado.shape}: debe tener la forma "
               f"de x. ¿Aplanaste x? np.zeros_like(x) y np.ndindex(x.shape) recorren cualquier "
               f"forma.")
    g = comprobar_arreglo(salida, "El gradiente numérico", esperado.shape, avisos=avisos)
    comprobar_valores(g, esperado, "El gradiente numérico", rtol=1e-6, atol=1e-9, sospechas=[
        Sospecha(2 * esperado, "vale el doble: ¿dividiste entre h en vez de 2h? La diferencia "
                               "centrada (f(x + h) − f(x − h)) abarca 2h."),
        Sospecha(esperado / 2, "vale la mitad: ¿dividiste entre 4h, o entre 2h una diferencia "
                               "hacia adelante?"),
        *sospechas_de(extra, "gradiente")],
        pista="∂f/∂x_i ≈ (f(x + h·e_i) − f(x − h·e_i)) / (2h), moviendo SOLO la componente i y "
              "devolviéndola a su valor antes de pasar a la siguiente.")
    if g.size > 1 and np.allclose(g, g.ravel()[0]) and not np.allclose(esperado,
                                                                        esperado.ravel()[0]):
        fallar("Todas las componentes del gradiente valen lo mismo: ¿perturbaste todas las "
               "componentes a la vez (x + h)? Cada derivada parcial mueve solo la suya.")


def revisar_errorRelativo(salida, esperado: float, *, avisos=(), extra=None) -> None:
    if isinstance(salida, (float, np.floating)) and not np.isfinite(salida):
        aviso = f" NumPy avisó: {'; '.join(avisos)}." if avisos else ""
        fallar(f"errorRelativo devolvió {salida}.{aviso} Con a = b = 0 el denominador "
               f"‖a‖ + ‖b‖ vale 0 y 0/0 = nan: ¿protegiste ese caso? Dos gradientes nulos son "
               f"iguales: su error relativo es 0.")
    valor = comprobar_escalar(salida, "El error relativo", avisos=avisos,
                              acepta_un_elemento=True)
    comprobar_valores(valor, esperado, "El error relativo", rtol=1e-6, atol=1e-12,
                      sospechas=sospechas_de(extra, "error"),
                      pista="‖a − b‖ / (‖a‖ + ‖b‖), con np.linalg.norm (la raíz de la suma de "
                            "los cuadrados de todos los elementos).")


def revisar_capaDensaAdelante(salida, A_prev, W, b, esperado, *, avisos=(), extra=None) -> None:
    """``esperado`` = Z correcta, forma (n, m)."""
    n, m = W.shape[0], A_prev.shape[1]
    if isinstance(salida, np.ndarray):
        fallar("capaDensaAdelante devolvió solo un arreglo: debe devolver la tupla (Z, cache), "
               "con cache = (A_prev, W, b) para que capaDensaAtras pueda calcular los gradientes.")
    Z, cache = comprobar_tupla(salida, SALIDAS["capaDensaAdelante"], "capaDensaAdelante")
    if isinstance(Z, np.ndarray) and Z.shape == (m, n) and m != n:
        fallar(f"Z tiene forma {(m, n)}: un ejemplo por FILA, como en la diapositiva 001 "
               f"(Z = X·W + b). En el curso cada ejemplo es una columna: Z = W·A_prev + b, de "
               f"forma (n, m) = {(n, m)}. ¿Olvidaste transponer (o usaste A_prev.T @ W.T)?")
    Z = comprobar_arreglo(Z, "Z", (n, m), avisos=avisos)
    comprobar_valores(Z, esperado, "Z", rtol=1e-6, atol=1e-10, sospechas=[
        Sospecha(esperado - b, "olvidaste sumar el sesgo b."), *sospechas_de(extra, "Z")],
        pista="Z = W·A_prev + b (sección de la capa densa); b, de forma (n, 1), se suma a "
              "cada columna.")
    _revisar_cache(cache, (A_prev, W, b), ("A_prev", "W", "b"), "capaDensaAdelante",
                   "capaDensaAtras")


def _revisar_cache(cache, esperada, nombres, funcion: str, usuaria: str) -> None:
    """La cache es la tupla ``nombres`` con los valores ``esperada`` (con tolerancia: en una red,
    las activaciones de la capa anterior son las del estudiante)."""
    texto = "(" + ", ".join(nombres) + ")"
    if cache is None:
        fallar(f"La cache de {funcion} es None: debe ser la tupla {texto}, que es lo que "
               f"{usuaria} necesita.")
    partes = comprobar_tupla(cache, nombres, f"La cache de {funcion}")
    formas = [np.shape(p) for p in partes]
    if all(cerca(p, ref, rtol=1e-7, atol=1e-12) for p, ref in zip(partes, esperada)):
        return
    for orden in ([1, 0, 2], [2, 1, 0], [0, 2, 1], [1, 0], [2, 0, 1], [1, 2, 0]):
        if len(orden) == len(partes) and all(
                cerca(partes[i], esperada[j]) for i, j in zip(range(len(orden)), orden)):
            fallar(f"La cache de {funcion} tiene lo correcto en otro orden: debe ser {texto}, en "
                   f"ese orden, porque {usuaria} la desarma así.")
    for parte, ref, nombre, forma in zip(partes, esperada, nombres, formas):
        if forma != np.shape(ref) or not cerca(parte, ref, rtol=1e-7, atol=1e-12):
            extra = ""
            if nombre == "Z" and forma == np.shape(ref):
                extra = (" ¿Modificaste Z en el lugar (p. ej. Z[Z < 0] = 0)? Entonces la cache "
                         "guarda la Z cambiada y no la original: hace falta una operación que "
                         "cree un arreglo nuevo.")
            fallar(f"El elemento {nombre} de la cache de {funcion} no es el {nombre} de esta "
                   f"capa: la cache es {texto}, los valores tal como entraron y salieron.{extra}")


def revisar_capaDensaAtras(salida, cache, esperado, *, avisos=(), extra=None) -> None:
    """``esperado`` = (dA_prev, dW, db)."""
    A_prev, W, b = cache
    (n, n_prev), m = W.shape, A_prev.shape[1]
    if isinstance(salida, (tuple, list)) and len(salida) == 3 and [np.shape(s) for s in salida] \
            == [(n, n_prev), (n, 1), (n_prev, m)] and (n, n_prev) != (n_prev, m):
        fallar("capaDensaAtras devolvió (dW, db, dA_prev): el orden es (dA_prev, dW, db), "
               "primero el gradiente que sigue hacia atrás, a la capa anterior.")
    dA_prev, dW, db = comprobar_tupla(salida, SALIDAS["capaDensaAtras"], "capaDensaAtras")
    dA_prev = comprobar_arreglo(dA_prev, "dA_prev", (n_prev, m), referencia="A_prev",
                                avisos=avisos)
    dW = comprobar_arreglo(dW, "dW", (n, n_prev), referencia="W", avisos=avisos)
    db = comprobar_arreglo(db, "db", (n, 1), referencia="b", avisos=avisos)
    otra_vez = ("vale lo esperado dividido entre m: el 1/m ya viene dentro de dZ (lo puso quien "
                "empezó la retropropagación), ¿dividiste otra vez entre m?")
    for valor, ref, nombre, pista in (
            (dW, esperado[1], "dW", "∂C/∂W sale de Z = W·A_prev + b por la regla de la cadena "
                                    "(la derivación de la capa densa en el cuaderno)."),
            (db, esperado[2], "db", "b se suma a las m columnas: su gradiente junta la "
                                    "contribución de todos los ejemplos."),
            (dA_prev, esperado[0], "dA_prev", "∂C/∂A_prev sale de la misma derivación que "
                                              "dW, respecto del otro factor.")):
        comprobar_valores(valor, ref, nombre, rtol=1e-6, atol=1e-10, sospechas=[
            Sospecha(np.asarray(ref) / m, otra_vez),
            Sospecha(-np.asarray(ref), "tiene el signo cambiado."),
            *sospechas_de(extra, nombre)], pista=pista)


def revisar_activacionAdelante(salida, Z, activacion: str, esperado, *, avisos=(),
                               extra=None) -> None:
    """``esperado`` = A correcta, de la forma de Z."""
    if _desbordo(avisos):
        fallar(f'activacionAdelante(Z, "{activacion}") desborda: NumPy avisó '
               f"«{'; '.join(avisos)}». Con |z| grande, np.exp(-z) vale e^800 = inf. ¿Usaste la "
               f"función `sigmoide` del cuaderno, que es estable?")
    if isinstance(salida, np.ndarray):
        fallar("activacionAdelante devolvió solo un arreglo: debe devolver la tupla (A, cache), "
               "con cache = (Z, A).")
    A, cache = comprobar_tupla(salida, SALIDAS["activacionAdelante"], "activacionAdelante")
    A = comprobar_arreglo(A, f'A de "{activacion}"', Z.shape, avisos=avisos)
    sospechas = {"sigmoide": [Sospecha(1 - esperado, "el signo del exponente está cambiado: "
                                                     "1/(1 + e^z) = σ(−z).")],
                 "relu": [Sospecha(np.abs(Z), "calculaste |z|: ReLU es max(0, z).")],
                 "tanh": [Sospecha(1 / (1 + np.exp(-np.clip(Z, -500, 500))),
                                   '"tanh" calculó la sigmoide.')],
                 "lineal": [Sospecha(np.zeros_like(Z), '"lineal" devolvió ceros: la activación '
                                                       'lineal (identidad) es A = Z.')]}
    comprobar_valores(A, esperado, f'A de "{activacion}"', rtol=1e-7, atol=1e-12, sospechas=[
        *sospechas.get(activacion, []), *sospechas_de(extra, "A")],
        pista={"sigmoide": "A = σ(Z), con la función `sigmoide`.", "tanh": "A = tanh(Z).",
               "relu": "A = max(0, Z) elemento a elemento.", "lineal": "A = Z."}.get(
                   activacion, ""))
    _revisar_cache(cache, (Z, A), ("Z", "A"), "activacionAdelante", "activacionAtras")


def revisar_activacionAtras(salida, dA, cache, activacion: str, esperado, *, avisos=(),
                            extra=None) -> None:
    """``esperado`` = dZ correcta, de la forma de dA; ``cache`` = (Z, A)."""
    Z, A = cache
    dZ = comprobar_arreglo(salida, f'dZ de "{activacion}"', dA.shape, avisos=avisos)
    esperado = np.asarray(esperado, dtype=float)
    sospechas = {
        "relu": [Sospecha(esperado + dA * (Z == 0),
                          "en z = 0 dejaste pasar el gradiente: ¿usaste ≥ en vez de >? ReLU'(0) "
                          "se toma como 0 en el curso (Z > 0)."),
                 Sospecha((Z > 0).astype(float), "devolviste ReLU'(Z) sin multiplicar por dA.")],
        "tanh": [Sospecha(dA * (1 - Z ** 2), "usaste 1 − Z²: la derivada de tanh es "
                                             "1 − tanh² = 1 − A², con la A de la cache.")],
        "sigmoide": [Sospecha(A * (1 - A), "devolviste σ'(Z) = A(1 − A) sin multiplicar por dA.")],
        "lineal": [Sospecha(np.ones_like(dA), "devolviste la derivada de la identidad (unos) "
                                              "sin multiplicar por dA.")],
    }
    comprobar_valores(dZ, esperado, f'dZ de "{activacion}"', rtol=1e-6, atol=1e-12, sospechas=[
        *sospechas.get(activacion, []), *sospechas_de(extra, "dZ")],
        pista={"sigmoide": "dZ = dA·A(1 − A).", "tanh": "dZ = dA·(1 − A²).",
               "relu": "dZ = dA donde Z > 0 y 0 donde Z ≤ 0.",
               "lineal": "dZ = dA."}.get(activacion, ""))


def _formas_red(params: dict) -> dict:
    return {k: np.shape(v) for k, v in params.items()}


def revisar_redAdelante(salida, X, params, activaciones, esperado_AL, esperado_caches, *,
                        avisos=(), extra=None) -> None:
    """``esperado_caches`` = la lista de L pares ((A_prev, W, b), (Z, A)) correctos."""
    L, m = len(activaciones), X.shape[1]
    n_L = params[f"W{L}"].shape[0]
    AL, caches = comprobar_tupla(salida, SALIDAS["redAdelante"], "redAdelante")
    AL = comprobar_arreglo(AL, "AL", (n_L, m), avisos=avisos)
    Z_L = esperado_caches[-1][1][0]
    comprobar_valores(AL, esperado_AL, "AL", rtol=1e-6, atol=1e-10, sospechas=[
        Sospecha(Z_L, "AL parece la Z de la última capa: falta aplicar su activación."),
        *sospechas_de(extra, "AL")],
        pista="Capa por capa: Z, cache_densa = capaDensaAdelante(A, W_l, b_l) y A, cache_act = "
              "activacionAdelante(Z, activaciones[l − 1]), con A = X al principio.")
    if not isinstance(caches, (list, tuple)):
        fallar(f"caches debe ser una lista con un par (cache_densa, cache_activacion) por capa, "
               f"pero es de tipo {type(caches).__name__}.")
    if len(caches) != L:
        fallar(f"caches tiene {len(caches)} elementos y la red {L} capas: debe haber un par "
               f"(cache_densa, cache_activacion) por capa, también para la última.")
    for l, (par, ref) in enumerate(zip(caches, esperado_caches), start=1):
        if not isinstance(par, (tuple, list)) or len(par) != 2:
            fallar(f"caches[{l - 1}] debe ser el par (cache_densa, cache_activacion) de la capa "
                   f"{l}.")
        if isinstance(par[0], (tuple, list)) and len(par[0]) == 2 and isinstance(
                par[1], (tuple, list)) and len(par[1]) == 3:
            fallar(f"caches[{l - 1}] está al revés: el par es (cache_densa, cache_activacion), "
                   f"primero la de capaDensaAdelante.")
        try:
            _revisar_cache(par[0], ref[0], ("A_prev", "W", "b"), f"la capa {l}",
                           "capaDensaAtras")
            _revisar_cache(par[1], ref[1], ("Z", "A"), f"la activación de la capa {l}",
                           "activacionAtras")
        except PruebaFallida as fallo:
            raise PruebaFallida(f"{fallo} (caches[{l - 1}] debe ser exactamente lo que "
                                f"devolvieron capaDensaAdelante y activacionAdelante en la capa "
                                f"{l}; ¿usaste la activación activaciones[{l - 1}]?)") from None


def revisar_redAtras(salida, params, m: int, esperado: dict, *, avisos=(), extra=None) -> None:
    """``esperado`` = {"dW1", "db1", ...} correctos; ``params`` da las formas."""
    L = len(params) // 2
    claves = [f"d{k}{l}" for l in range(1, L + 1) for k in ("W", "b")]
    if not isinstance(salida, dict):
        fallar(f"redAtras debe devolver un diccionario {{'dW1': ..., 'db1': ..., ...}}, pero "
               f"devolvió un {type(salida).__name__}.")
    if set(salida) == set(params):
        fallar(f"Las claves de grads son las de los parámetros ({', '.join(sorted(params))}): "
               f"deben llevar una d delante ({', '.join(claves)}), que es lo que busca "
               f"actualizarParametros.")
    faltan = [k for k in claves if k not in salida]
    if faltan:
        fallar(f"A grads le faltan las claves {faltan}: debe tener {claves}.")
    for l in range(L, 0, -1):
        for k in ("W", "b"):
            nombre = f"d{k}{l}"
            valor = comprobar_arreglo(salida[nombre], nombre, np.shape(params[f"{k}{l}"]),
                                      referencia=f"{k}{l}", avisos=avisos)
            if l == L:
                pista = (f"La última capa ya está mal: la vuelta empieza con "
                         f"dA^[{L}] = (−Y/AL + (1 − Y)/(1 − AL)) / m, y la primera "
                         f"activacionAtras ya multiplica por σ'(Z^[{L}]): ¿la aplicaste dos "
                         f"veces, o empezaste con dZ = AL − Y y luego llamaste a activacionAtras?")
            else:
                pista = (f"dW{L} y db{L} están bien, así que el error está en lo que pasa "
                         f"hacia atrás: dA_prev de capaDensaAtras y la activación de cada capa, "
                         f"activaciones[l − 1] con su propia cache.")
            comprobar_valores(valor, esperado[nombre], nombre, rtol=1e-6, atol=1e-10,
                              sospechas=[*sospechas_de_escala(esperado[nombre], m),
                                         *sospechas_de(extra, nombre)], pista=pista)


def revisar_entrenarRed(salida, esperado_params: dict, esperado_costos, iniciales: dict,
                        epocas: int, *, avisos=(), extra=None) -> None:
    params, costos = comprobar_tupla(salida, SALIDAS["entrenarRed"], "entrenarRed")
    if not isinstance(params, dict) or set(params) != set(iniciales):
        fallar(f"entrenarRed debe devolver (params, costos) con params un diccionario con las "
               f"claves {sorted(iniciales)}.")
    claves = sorted(iniciales)
    valores = [comprobar_arreglo(params[k], k, np.shape(iniciales[k]), avisos=avisos)
               for k in claves]
    costos = comprobar_lista_de_escalares(costos, "costos", epocas)
    costos_ref = np.asarray(esperado_costos, dtype=float)
    comprobar_trayectoria(valores, [iniciales[k] for k in claves], costos, costos_ref, epocas,
                          funcion="entrenarRed",
                          primer_costo="el primero es el costo con los parámetros iniciales",
                          regla="θ ← θ − α·dθ (actualizarParametros)")
    comprobar_valores(costos, costos_ref, "costos", rtol=1e-6, atol=1e-10,
                      sospechas=sospechas_de(extra, "costos"),
                      pista="Cada época: redAdelante → costoEntropiaBinaria → redAtras → "
                            "actualizarParametros, con la misma lr.")
    for k, valor in zip(claves, valores):
        comprobar_valores(valor, esperado_params[k], f"{k} final", rtol=1e-6, atol=1e-10,
                          pista="Los parámetros finales son los de la última actualización.")


# ---------------------------------------------------------------------------------------------
# Pruebas visibles
# ---------------------------------------------------------------------------------------------

# Nombres de las salidas de cada función calificada, en orden (las clases devuelven un objeto).
SALIDAS = {
    "grafoSumaProducto": ("q", "f", "df_dq", "df_dx", "df_dy", "df_dz"),
    "PuertaSuma": ("puerta",),
    "PuertaProducto": ("puerta",),
    "PuertaMax": ("puerta",),
    "PuertaSigmoide": ("puerta",),
    "grafoMaximo": ("f", "df_dx", "df_dy", "df_dz", "df_dw"),
    "neuronaSigmoide": ("f", "dw", "dx"),
    "cadenaCompuesta": ("f", "df_dx"),
    "cadenaCompartida": ("f", "df_dx", "df_dy"),
    "cadenaMatricial": ("L", "dW", "db", "dx"),
    "cadenaNeurona": ("J", "dw", "db"),
    "neuronaReluAdelante": ("z1", "a1", "y_est"),
    "entrenarNeuronaRelu": ("w1", "b1", "w_out", "b_out", "errores"),
    "gradienteNumerico": ("gradiente",),
    "errorRelativo": ("error",),
    "capaDensaAdelante": ("Z", "cache"),
    "capaDensaAtras": ("dA_prev", "dW", "db"),
    "activacionAdelante": ("A", "cache"),
    "activacionAtras": ("dZ",),
    "redAdelante": ("AL", "caches"),
    "redAtras": ("grads",),
    "entrenarRed": ("params", "costos"),
}


def _caches_de_prueba():
    """Las caches de la red de prueba, armadas con los valores de ESPERADO["redAdelante"]."""
    params, valores = parametros_de_prueba(), ESPERADO["redAdelante"]
    A_prev, caches = X_RED, []
    for l in range(1, len(ACTIVACIONES_RED) + 1):
        caches.append(((A_prev, params[f"W{l}"], params[f"b{l}"]),
                       (valores[f"Z{l}"], valores[f"A{l}"])))
        A_prev = valores[f"A{l}"]
    return caches


def entradas_visibles(funcion: str) -> tuple:
    """Los argumentos con que la prueba visible llama a ``funcion`` (las clases: ninguno)."""
    if funcion.startswith("Puerta"):
        return ()
    if funcion == "activacionAtras":
        return (DA_ACT, (Z_ACT, ESPERADO["activacionAdelante"]["sigmoide"]), "sigmoide")
    if funcion == "redAtras":
        return (ESPERADO["redAdelante"]["A3"], Y_RED, _caches_de_prueba(), ACTIVACIONES_RED)
    return ENTRADAS[funcion]


# La llamada de cada prueba visible (entradas visibles, avisos y huellas): course.huellas.
_visible = functools.partial(huellas.llamar_visible, "retropropagacion")


def _casos_puerta(clase: str):
    """Los casos visibles de una puerta y su cruce (dos objetos), con lo esperado."""
    casos = [{"entradas": entradas, "d": d, **esperado} for (entradas, d), esperado in zip(
        CASOS_PUERTAS[clase]["casos"], PUERTAS_ESPERADO[clase]["casos"])]
    if "cruce" not in CASOS_PUERTAS[clase]:
        return casos, None
    otro = {"entradas": CASOS_PUERTAS[clase]["cruce"]["entradas"]}
    return casos, (casos[0], otro, PUERTAS_ESPERADO[clase]["cruce"])


def probar_grafoSumaProducto(grafoSumaProducto: Callable) -> None:
    """Prueba visible: el grafo f = (x + y)·z con los valores de la diapositiva."""
    salida, avisos, extra = _visible("grafoSumaProducto", grafoSumaProducto)
    d = DIAPOSITIVA["grafo_suma_producto"]
    revisar_grafoSumaProducto(salida, ENTRADAS["grafoSumaProducto"],
                              tuple(d[n] for n in SALIDAS["grafoSumaProducto"]), avisos=avisos,
                              extra=extra)
    exito("grafoSumaProducto: q = 3, f = −12, ∂f/∂q = −4, ∂f/∂x = ∂f/∂y = −4 y ∂f/∂z = 3, "
          "como en la diapositiva.")


def probar_PuertaSuma(PuertaSuma) -> None:
    """Prueba visible de PuertaSuma: el nodo q = x + y del primer grafo y arreglos."""
    casos, _ = _casos_puerta("PuertaSuma")
    revisar_PuertaSuma(PuertaSuma, casos)
    exito("PuertaSuma: adelante suma y atras distribuye el gradiente a las dos entradas.")


def probar_PuertaProducto(PuertaProducto) -> None:
    """Prueba visible de PuertaProducto: los productos de los dos grafos de la diapositiva
    («1·(−4) = −4, 1·3 = 3» y «2·(−4) = −8, 2·3 = 6»), arreglos y dos objetos a la vez."""
    casos, cruce = _casos_puerta("PuertaProducto")
    revisar_PuertaProducto(PuertaProducto, casos, cruce)
    exito("PuertaProducto: atras intercambia (dx = y·dz, dy = x·dz), como «2·(−4) = −8, "
          "2·3 = 6» de la diapositiva, y cada objeto guarda sus propias entradas.")


def probar_PuertaMax(PuertaMax) -> None:
    """Prueba visible de PuertaMax: max(z, w) del segundo grafo, al revés y con arreglos."""
    casos, cruce = _casos_puerta("PuertaMax")
    revisar_PuertaMax(PuertaMax, casos, cruce)
    exito("PuertaMax: atras enruta todo el gradiente a la entrada mayor y 0 a la otra.")


def probar_PuertaSigmoide(PuertaSigmoide) -> None:
    """Prueba visible de PuertaSigmoide: σ(1), σ(0) y arreglos con z = ±800."""
    casos, cruce = _casos_puerta("PuertaSigmoide")
    revisar_PuertaSigmoide(PuertaSigmoide, casos, cruce)
    exito("PuertaSigmoide: σ(1) = 0.73106, gradiente local σ(1 − σ) = 0.19661 y sin desbordes.")


def probar_grafoMaximo(grafoMaximo: Callable) -> None:
    """Prueba visible: f = 2·(x·y + max(z, w)) con x = 3, y = −4, z = 2, w = −1."""
    salida, avisos, extra = _visible("grafoMaximo", grafoMaximo)
    d = DIAPOSITIVA["grafo_maximo"]
    esperado = (ESPERADO["grafoMaximo"]["f"],
                *(d[n] for n in SALIDAS["grafoMaximo"][1:]))
    revisar_grafoMaximo(salida, ENTRADAS["grafoMaximo"], esperado, avisos=avisos, extra=extra)
    exito("grafoMaximo: f = −20, ∂f/∂x = 2·(−4) = −8, ∂f/∂y = 2·3 = 6, ∂f/∂z = 2 y ∂f/∂w = 0, "
          "como en la diapositiva.")


def probar_neuronaSigmoide(neuronaSigmoide: Callable) -> None:
    """Prueba visible: la neurona de la diapositiva, w = (2, −3, −3), x = (−1, −2)."""
    salida, avisos, extra = _visible("neuronaSigmoide", neuronaSigmoide)
    w, x = ENTRADAS["neuronaSigmoide"]
    e = ESPERADO["neuronaSigmoide"]
    revisar_neuronaSigmoide(salida, w, x, (e["f"], e["dw"], e["dx"]), avisos=avisos, extra=extra)
    f = float(np.asarray(salida[0]))
    comprobar_valores(f, DIAPOSITIVA["neurona_sigmoide"]["f"], "f", rtol=0, atol=5e-3,
                      pista="La diapositiva da f ≈ 0.73.")
    exito(f"neuronaSigmoide: f = {f:.5f} ≈ 0.73, dw = [−0.197 −0.393 0.197] y "
          f"dx = [0.393 −0.590].")


def _probar_por_valores(funcion: str, fn: Callable, revisar, *args) -> None:
    salida, avisos, extra = _visible(funcion, fn)
    esperado = tuple(ESPERADO[funcion][n] for n in SALIDAS[funcion])
    revisar(salida, *args, esperado, avisos=avisos, extra=extra)


def probar_cadenaCompuesta(cadenaCompuesta: Callable) -> None:
    """Prueba visible: f(x) = sen((2x + 1)²) en cinco puntos."""
    _probar_por_valores("cadenaCompuesta", cadenaCompuesta, revisar_cadenaCompuesta,
                        *ENTRADAS["cadenaCompuesta"])
    exito("cadenaCompuesta: f y df/dx correctos en los cinco puntos.")


def probar_cadenaCompartida(cadenaCompartida: Callable) -> None:
    """Prueba visible: f(x, y) = x·σ(x·y) en cuatro pares."""
    _probar_por_valores("cadenaCompartida", cadenaCompartida, revisar_cadenaCompartida,
                        *ENTRADAS["cadenaCompartida"])
    exito("cadenaCompartida: los dos caminos de x se suman.")


def probar_cadenaMatricial(cadenaMatricial: Callable) -> None:
    """Prueba visible: L = ½ Σ (W x + b − y)² con W (2, 3) y tres columnas."""
    W, b, x, _ = ENTRADAS["cadenaMatricial"]
    _probar_por_valores("cadenaMatricial", cadenaMatricial, revisar_cadenaMatricial, W, b, x)
    exito("cadenaMatricial: L, dW (2, 3), db (2, 1) y dx (3, 3) correctos.")


def probar_cadenaNeurona(cadenaNeurona: Callable) -> None:
    """Prueba visible: la neurona sigmoide con error cuadrático en cinco ejemplos."""
    w, _, X, _ = ENTRADAS["cadenaNeurona"]
    _probar_por_valores("cadenaNeurona", cadenaNeurona, revisar_cadenaNeurona, w, X)
    exito("cadenaNeurona: J, dw (1, 3) y db (1, 1) correctos, con σ'(z) = a(1 − a).")


def probar_neuronaReluAdelante(neuronaReluAdelante: Callable) -> None:
    """Prueba visible: tres casas con una salida negativa, y la de la diapositiva (x = 50)."""
    _probar_por_valores("neuronaReluAdelante", neuronaReluAdelante, revisar_neuronaReluAdelante,
                        ENTRADAS["neuronaReluAdelante"])
    r = DIAPOSITIVA["neurona_relu"]
    salida, avisos = llamar(neuronaReluAdelante, *PARAMETROS_RELU, r["x"],
                            nombre="neuronaReluAdelante")
    revisar_neuronaReluAdelante(salida, (*PARAMETROS_RELU, r["x"]),
                                (25.1, 25.1, r["prediccion_inicial"]), avisos=avisos)
    exito("neuronaReluAdelante: con x = 50 m², z1 = a1 = 25.1 y la predicción inicial es 10.24, "
          "como en la diapositiva.")


def probar_entrenarNeuronaRelu(entrenarNeuronaRelu: Callable) -> None:
    """Prueba visible: una época con los números de la diapositiva (y el orden de su código),
    60 épocas y una ReLU apagada (z1 < 0)."""
    r = DIAPOSITIVA["neurona_relu"]
    un_paso = (*PARAMETROS_RELU, r["x"], r["y"], r["lr"], 1)
    salida, avisos = llamar(entrenarNeuronaRelu, *un_paso, nombre="entrenarNeuronaRelu")
    *params, errores = comprobar_tupla(salida, SALIDAS["entrenarNeuronaRelu"],
                                       "entrenarNeuronaRelu")
    w1, b1 = (comprobar_escalar(p, n, avisos=avisos, acepta_un_elemento=True)
              for p, n in zip(params[:2], ("w1", "b1")))
    errores = comprobar_lista_de_escalares(errores, "errores", 1)
    if abs(w1 - r["w1_orden_diapositiva"]) < 5e-7 and abs(b1 - r["b1_orden_diapositiva"]) < 5e-7:
        fallar(f"Tras una época obtuviste w1 = {w1:.6f} y b1 = {b1:.6f}: los números del código de "
               f"la diapositiva, que actualiza w_out ANTES de usarlo en d_z_out_d_a1 = w_out. "
               f"∂E/∂a1 = (ŷ − y)·w_out lleva el w_out con el que se calculó ŷ: ¿calculaste las "
               f"cuatro derivadas antes de actualizar? (w1 = 0.557952, b1 = 0.101159).")
    despues = ESPERADO["entrenarNeuronaRelu"]["errores"][1]
    comprobar_valores(errores[0], r["error_inicial"], "El error inicial", rtol=0, atol=5e-3,
                      sospechas=[Sospecha(despues, "es el error tras la primera actualización: "
                                                   "¿guardaste el error después de actualizar? "
                                                   "errores[i] va ANTES de actualizar.")],
                      pista="½(10.24 − 300)² = 41 980.43.")
    for valor, nombre, inicial in ((w1, "w1_simultaneo", r["w1"]), (b1, "b1_simultaneo", r["b1"])):
        comprobar_valores(valor, r[nombre], nombre[:2] + " tras una época", rtol=0, atol=5e-7,
                          sospechas=[Sospecha(2 * inicial - r[nombre],
                                              "se movió al revés: ¿sumaste el gradiente en vez "
                                              "de restarlo? θ ← θ − α·∂E/∂θ.")],
                          pista="Las cuatro derivadas se calculan con los parámetros de la época "
                                "y luego se actualizan los cuatro a la vez.")

    salida, avisos, extra = _visible("entrenarNeuronaRelu", entrenarNeuronaRelu)
    e = ESPERADO["entrenarNeuronaRelu"]
    revisar_entrenarNeuronaRelu(salida, tuple(e[n] for n in SALIDAS["entrenarNeuronaRelu"]),
                                PARAMETROS_RELU, ENTRADAS["entrenarNeuronaRelu"][-1],
                                avisos=avisos, extra=extra)
    salida, avisos = llamar(entrenarNeuronaRelu, *RELU_MUERTA, nombre="entrenarNeuronaRelu")
    e = ESPERADO["relu_muerta"]
    revisar_entrenarNeuronaRelu(salida, tuple(e[n] for n in SALIDAS["entrenarNeuronaRelu"]),
                                RELU_MUERTA[:4], RELU_MUERTA[-1], avisos=avisos)
    exito("entrenarNeuronaRelu: error inicial 41 980.43; tras una época w1 = 0.557952 y "
          "b1 = 0.101159 (actualización simultánea); 60 épocas y la ReLU apagada, correctos.")


def probar_gradienteNumerico(gradienteNumerico: Callable) -> None:
    """Prueba visible: funcion_prueba en un x de forma (2, 3), con h = 1e-3 y con el h por
    defecto (contra el gradiente exacto)."""
    salida, avisos, extra = _visible("gradienteNumerico", gradienteNumerico)
    revisar_gradienteNumerico(salida, ESPERADO["gradienteNumerico"], avisos=avisos, extra=extra)
    x = ENTRADAS["gradienteNumerico"][1]
    revisar_formula_centrada(gradienteNumerico, np.array([1.0, -2.0, 0.5]))
    salida, avisos = llamar(gradienteNumerico, funcion_prueba, x, nombre="gradienteNumerico")
    g = comprobar_arreglo(salida, "El gradiente numérico con el h por defecto", x.shape,
                          avisos=avisos)
    exacto = gradiente_funcion_prueba(x)
    error = error_relativo(g, exacto)          # el del curso (norma del máximo), no el ejercicio
    if not error < 1e-7:
        fallar(f"Con el h por defecto, tu gradiente numérico y el exacto difieren en un error "
               f"relativo de {error:.1e} (se esperaba < 1e-7). ¿Es h = 1e-5 el valor por "
               f"defecto? ¿Usaste diferencias hacia adelante, (f(x + h) − f(x)) / h, cuyo error "
               f"es del orden de h? Las centradas tienen error del orden de h².")
    exito(f"gradienteNumerico: diferencias centradas correctas; con h = 1e-5, error relativo "
          f"{error:.1e} frente al gradiente exacto.")


def probar_errorRelativo(errorRelativo: Callable) -> None:
    """Prueba visible: dos gradientes parecidos, dos gradientes nulos y b = −a."""
    salida, avisos, extra = _visible("errorRelativo", errorRelativo)
    revisar_errorRelativo(salida, ESPERADO["errorRelativo"], avisos=avisos, extra=extra)
    a = ENTRADAS["errorRelativo"][0]
    cero = np.zeros_like(a)
    for primero, segundo, esperado in ((cero, cero, 0.0), (a, -a, 1.0), (a, a, 0.0)):
        salida, avisos = llamar(errorRelativo, primero, segundo, nombre="errorRelativo")
        revisar_errorRelativo(salida, esperado, avisos=avisos)
    exito("errorRelativo: correcto, 0 con dos gradientes nulos y 1 con b = −a.")


def probar_capaDensaAdelante(capaDensaAdelante: Callable) -> None:
    """Prueba visible: una capa de 2 neuronas con 3 entradas y 4 ejemplos."""
    salida, avisos, extra = _visible("capaDensaAdelante", capaDensaAdelante)
    revisar_capaDensaAdelante(salida, A_PREV, W_CAPA, B_CAPA, ESPERADO["capaDensaAdelante"],
                              avisos=avisos, extra=extra)
    exito("capaDensaAdelante: Z (2, 4) correcta y cache = (A_prev, W, b).")


def probar_capaDensaAtras(capaDensaAtras: Callable) -> None:
    """Prueba visible: los gradientes de la misma capa con un dZ fijo."""
    salida, avisos, extra = _visible("capaDensaAtras", capaDensaAtras)
    e = ESPERADO["capaDensaAtras"]
    revisar_capaDensaAtras(salida, (A_PREV, W_CAPA, B_CAPA), (e["dA_prev"], e["dW"], e["db"]),
                           avisos=avisos, extra=extra)
    exito("capaDensaAtras: dA_prev (3, 4), dW (2, 3) y db (2, 1) correctos.")


def probar_activacionAdelante(activacionAdelante: Callable) -> None:
    """Prueba visible: las cuatro activaciones en una Z con ceros y z = ±800."""
    for activacion in ACTIVACIONES:
        if activacion == "sigmoide":
            salida, avisos, extra = _visible("activacionAdelante", activacionAdelante)
        else:
            salida, avisos = llamar(activacionAdelante, Z_ACT, activacion,
                                    nombre="activacionAdelante")
            extra = None
        revisar_activacionAdelante(salida, Z_ACT, activacion,
                                   ESPERADO["activacionAdelante"][activacion], avisos=avisos,
                                   extra=extra)
    exito("activacionAdelante: sigmoide, tanh, relu y lineal correctas, con cache = (Z, A).")


def probar_activacionAtras(activacionAtras: Callable) -> None:
    """Prueba visible: las cuatro derivadas, con ceros exactos en Z (para ReLU)."""
    for activacion in ACTIVACIONES:
        if activacion == "sigmoide":
            salida, avisos, extra = _visible("activacionAtras", activacionAtras)
        else:
            cache = (Z_ACT, ESPERADO["activacionAdelante"][activacion])
            salida, avisos = llamar(activacionAtras, DA_ACT, cache, activacion,
                                    nombre="activacionAtras")
            extra = None
        revisar_activacionAtras(salida, DA_ACT, (Z_ACT, ESPERADO["activacionAdelante"][
            activacion]), activacion, ESPERADO["activacionAtras"][activacion], avisos=avisos,
            extra=extra)
    exito("activacionAtras: las cuatro derivadas correctas (ReLU'(0) = 0).")


def probar_redAdelante(redAdelante: Callable) -> None:
    """Prueba visible: la red 3-2-4-1 de prueba con activaciones relu, tanh y sigmoide."""
    salida, avisos, extra = _visible("redAdelante", redAdelante)
    revisar_redAdelante(salida, X_RED, parametros_de_prueba(), ACTIVACIONES_RED,
                        ESPERADO["redAdelante"]["A3"], _caches_de_prueba(), avisos=avisos,
                        extra=extra)
    exito("redAdelante: AL (1, 5) y las tres caches correctas.")


def probar_redAtras(redAtras: Callable) -> None:
    """Prueba visible: los gradientes de la red 3-2-4-1 de prueba."""
    salida, avisos, extra = _visible("redAtras", redAtras)
    revisar_redAtras(salida, parametros_de_prueba(), X_RED.shape[1], ESPERADO["redAtras"],
                     avisos=avisos, extra=extra)
    exito("redAtras: dW1..dW3 y db1..db3 correctos.")


def probar_entrenarRed(entrenarRed: Callable) -> None:
    """Prueba visible: 5 épocas con lr = 2.0 en el problema de la mayoría."""
    salida, avisos, extra = _visible("entrenarRed", entrenarRed)
    e = ESPERADO["entrenarRed"]
    revisar_entrenarRed(salida, e["params"], e["costos"], parametros_mayoria(),
                        ENTRADAS["entrenarRed"][-1], avisos=avisos, extra=extra)
    exito("entrenarRed: los 5 costos y los parámetros finales correctos.")


# ---------------------------------------------------------------------------------------------
# Grafos dibujados
# ---------------------------------------------------------------------------------------------

def dibujar_grafo(nodos: dict, aristas: Sequence, titulo: str = ""):
    """Un grafo de cómputo: cada arista lleva su valor hacia adelante (verde, arriba) y su
    gradiente hacia atrás (rojo, abajo), como en las notas de CS231n.

    Argumentos:
        nodos: {nombre: (x, y, texto, es_operacion)}.
        aristas: [(origen, destino, valor, gradiente), ...].
    Devuelve:
        la figura.
    """
    import matplotlib.pyplot as plt

    xs = [p[0] for p in nodos.values()]
    ys = [p[1] for p in nodos.values()]
    fig, ax = plt.subplots(figsize=(1.2 * (max(xs) - min(xs) + 1.2),
                                    1.2 * (max(ys) - min(ys) + 1.2) + 0.7))
    for origen, destino, valor, gradiente in aristas:
        (x0, y0), (x1, y1) = nodos[origen][:2], nodos[destino][:2]
        dx, dy = x1 - x0, y1 - y0
        largo = float(np.hypot(dx, dy))
        ux, uy = dx / largo, dy / largo          # dirección de la arista
        nx, ny = -uy, ux                         # normal, hacia «arriba» de la arista
        radio_0 = 0.24 if nodos[origen][3] else 0.12
        ax.annotate("", xy=(x1 - 0.24 * ux, y1 - 0.24 * uy),
                    xytext=(x0 + radio_0 * ux, y0 + radio_0 * uy),
                    arrowprops=dict(arrowstyle="->", color="0.4"))
        t = 0.45 if largo < 1.8 else 0.3         # las etiquetas, cerca del origen
        xm, ym = x0 + t * dx, y0 + t * dy
        ax.text(xm + 0.15 * nx, ym + 0.15 * ny, f"{valor:.4g}", color="tab:green",
                ha="center", va="center", fontsize=10, fontweight="bold")
        ax.text(xm - 0.17 * nx, ym - 0.17 * ny, f"{gradiente:.4g}", color="tab:red",
                ha="center", va="center", fontsize=10)
    for x, y, texto, operacion in nodos.values():
        if operacion:
            ax.add_patch(plt.Circle((x, y), 0.22, facecolor="white", edgecolor="k", zorder=3))
        ax.text(x, y, texto, ha="center", va="center", fontsize=12, zorder=4)
    ax.set_xlim(min(xs) - 0.6, max(xs) + 0.6)
    ax.set_ylim(min(ys) - 0.6, max(ys) + 0.6)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(titulo + "\nverde: valor hacia adelante · rojo: gradiente ∂f/∂(·) hacia atrás",
                 fontsize=10)
    fig.tight_layout()
    return fig


def dibujar_grafo_suma_producto(grafoSumaProducto: Callable, x=-2.0, y=5.0, z=-4.0):
    """El grafo f = (x + y)·z con los valores y gradientes que calcula TU grafoSumaProducto."""
    q, f, df_dq, df_dx, df_dy, df_dz = grafoSumaProducto(x, y, z)
    nodos = {"x": (0, 2, "x", False), "y": (0, 1, "y", False), "z": (0, 0, "z", False),
             "+": (1.5, 1.5, "+", True), "*": (3, 0.75, "×", True), "f": (4.3, 0.75, "f", False)}
    aristas = [("x", "+", x, df_dx), ("y", "+", y, df_dy), ("+", "*", q, df_dq),
               ("z", "*", z, df_dz), ("*", "f", f, 1.0)]
    return dibujar_grafo(nodos, aristas, "f(x, y, z) = (x + y)·z")


def dibujar_grafo_maximo(grafoMaximo: Callable, x=3.0, y=-4.0, z=2.0, w=-1.0):
    """El grafo f = 2·(x·y + max(z, w)) con los gradientes de TU grafoMaximo (los de las aristas
    internas salen de los tuyos: el máximo enruta todo, así que ∂f/∂s = ∂f/∂z + ∂f/∂w)."""
    f, dx, dy, dz, dw = grafoMaximo(x, y, z, w)
    p, r = x * y, max(z, w)
    ds = dz + dw
    nodos = {"x": (0, 3, "x", False), "y": (0, 2, "y", False), "z": (0, 1, "z", False),
             "w": (0, 0, "w", False), "*": (1.5, 2.5, "×", True),
             "max": (1.5, 0.5, "max", True), "+": (3, 1.5, "+", True),
             "2": (3, 0.2, "2", False), "*2": (4.5, 1.5, "×", True),
             "f": (5.8, 1.5, "f", False)}
    aristas = [("x", "*", x, dx), ("y", "*", y, dy), ("z", "max", z, dz), ("w", "max", w, dw),
               ("*", "+", p, ds), ("max", "+", r, ds), ("+", "*2", p + r, ds),
               ("2", "*2", 2.0, p + r), ("*2", "f", f, 1.0)]
    return dibujar_grafo(nodos, aristas, "f = 2·(x·y + max(z, w))")


def dibujar_neurona(neuronaSigmoide: Callable, w=(2.0, -3.0, -3.0), x=(-1.0, -2.0)):
    """La neurona f = σ(w0·x0 + w1·x1 + w2) con los gradientes de TU neuronaSigmoide (las
    aristas internas llevan ∂f/∂w2: la suma distribuye el gradiente que le llega a cada
    sumando, y el sesgo es uno de ellos)."""
    w, x = np.asarray(w, dtype=float), np.asarray(x, dtype=float)
    f, dw, dx = neuronaSigmoide(w, x)
    dz = float(dw[-1])
    p0, p1 = w[0] * x[0], w[1] * x[1]
    nodos = {"w0": (0, 4, "w0", False), "x0": (0, 3, "x0", False),
             "w1": (0, 2, "w1", False), "x1": (0, 1, "x1", False), "w2": (0, 0, "w2", False),
             "*0": (1.5, 3.5, "×", True), "*1": (1.5, 1.5, "×", True),
             "+0": (3, 2.5, "+", True), "+1": (4.3, 1.25, "+", True),
             "s": (5.6, 1.25, "σ", True), "f": (6.9, 1.25, "f", False)}
    aristas = [("w0", "*0", w[0], dw[0]), ("x0", "*0", x[0], dx[0]),
               ("w1", "*1", w[1], dw[1]), ("x1", "*1", x[1], dx[1]),
               ("*0", "+0", p0, dz), ("*1", "+0", p1, dz), ("+0", "+1", p0 + p1, dz),
               ("w2", "+1", w[2], dw[2]), ("+1", "s", p0 + p1 + w[2], dz), ("s", "f", f, 1.0)]
    return dibujar_grafo(nodos, aristas, "f(w, x) = σ(w0·x0 + w1·x1 + w2)")


def sigmoide_paso_a_paso(z: float = 1.0) -> None:
    """σ(z) = 1 / (1 + e^(−z)) como cuatro puertas pequeñas (×(−1), exp, +1, 1/u) y la vuelta
    por ellas: el producto de sus gradientes locales es σ(z)(1 − σ(z))."""
    u1 = -z
    u2 = np.exp(u1)
    u3 = 1 + u2
    s = 1 / u3
    d3 = -1 / u3 ** 2          # d(1/u)/du
    d2 = d3 * 1.0              # d(1 + u)/du = 1
    d1 = d2 * u2               # d(e^u)/du = e^u
    d0 = d1 * -1.0             # d(−z)/dz = −1
    print("Hacia adelante de arriba abajo; la última columna, ∂σ/∂(entrada de la puerta), se "
          "calcula de abajo arriba.")
    print(f"{'puerta':>10} | {'valor':>9} | gradiente local      | ∂σ/∂(entrada)")
    print(f"{'−z':>10} | {u1:9.5f} | −1                   | {d0:.5f}")
    print(f"{'e^u':>10} | {u2:9.5f} | e^u = {u2:<14.5f} | {d1:.5f}")
    print(f"{'1 + u':>10} | {u3:9.5f} | 1                    | {d2:.5f}")
    print(f"{'1/u':>10} | {s:9.5f} | −1/u² = {-1 / u3 ** 2:<12.5f} | {d3:.5f}")
    print(f"Producto de la vuelta: ∂σ/∂z = {d0:.6f};  σ(z)(1 − σ(z)) = {s * (1 - s):.6f}")


# ---------------------------------------------------------------------------------------------
# Verificaciones numéricas con TU gradienteNumerico y TU errorRelativo
# ---------------------------------------------------------------------------------------------

def _tabla_errores(filas, errorRelativo, tolerancia: float, que: str) -> dict:
    """Imprime ``filas`` = [(nombre, analítico, numérico)] y falla si alguna no coincide."""
    errores = {}
    for nombre, analitico, numerico in filas:
        error = float(errorRelativo(np.asarray(analitico, dtype=float),
                                    np.asarray(numerico, dtype=float)))
        errores[nombre] = error
        marca = "✔" if error < tolerancia else "✘"
        print(f"  {marca} {nombre:<34} error relativo {error:.2e}")
    malos = [n for n, e in errores.items() if not e < tolerancia]
    if malos:
        fallar(f"{', '.join(malos)}: el gradiente analítico no coincide con el numérico (error "
               f"relativo ≥ {tolerancia:.0e}). ¿Coinciden tus fórmulas de {que} con las del "
               f"texto? Si tus pruebas pasaron, ¿es correcto tu gradienteNumerico?")
    exito(f"{que}: todos los errores relativos son menores que {tolerancia:.0e}.")
    return errores


def verificar_puertas(gradienteNumerico: Callable, errorRelativo: Callable, PuertaSuma,
                      PuertaProducto, PuertaMax, PuertaSigmoide, semilla: int = 0) -> dict:
    """El atras de cada puerta contra el gradiente numérico de su adelante, con arreglos y un
    gradiente de arriba R al azar: J = Σ R ⊙ adelante(...), ∂J/∂entradas = atras(R)."""
    rng = np.random.default_rng(semilla)
    X, Y, R = rng.normal(size=(3, 2, 3))
    Y = np.where(np.abs(X - Y) < 0.1, Y + 0.5, Y)     # sin casi empates para el máximo
    filas = []
    for nombre, Clase in (("PuertaSuma", PuertaSuma), ("PuertaProducto", PuertaProducto),
                          ("PuertaMax", PuertaMax)):
        puerta = Clase()
        puerta.adelante(X, Y)
        dx, dy = puerta.atras(R)
        numerico = gradienteNumerico(lambda v: float(np.sum(R * Clase().adelante(v[0], v[1]))),
                                     np.stack([X, Y]))
        filas.append((f"{nombre}.atras", np.stack([dx, dy]), numerico))
    puerta = PuertaSigmoide()
    puerta.adelante(X)
    filas.append(("PuertaSigmoide.atras", puerta.atras(R), gradienteNumerico(
        lambda v: float(np.sum(R * PuertaSigmoide().adelante(v))), X)))
    return _tabla_errores(filas, errorRelativo, 1e-7, "el atras de tus cuatro puertas")


def verificar_cadena(gradienteNumerico: Callable, errorRelativo: Callable, cadenaCompuesta,
                     cadenaCompartida, cadenaMatricial, cadenaNeurona) -> dict:
    """Los cuatro ejercicios de regla de la cadena contra el gradiente numérico de su valor."""
    x, = ENTRADAS["cadenaCompuesta"]
    filas = [("cadenaCompuesta: df/dx", cadenaCompuesta(x)[1],
              gradienteNumerico(lambda v: float(np.sum(cadenaCompuesta(v)[0])), x))]
    x, y = ENTRADAS["cadenaCompartida"]
    _, dx, dy = cadenaCompartida(x, y)
    filas += [("cadenaCompartida: ∂f/∂x", dx,
               gradienteNumerico(lambda v: float(np.sum(cadenaCompartida(v, y)[0])), x)),
              ("cadenaCompartida: ∂f/∂y", dy,
               gradienteNumerico(lambda v: float(np.sum(cadenaCompartida(x, v)[0])), y))]
    W, b, x, y = ENTRADAS["cadenaMatricial"]
    _, dW, db, dx = cadenaMatricial(W, b, x, y)
    filas += [("cadenaMatricial: dW", dW,
               gradienteNumerico(lambda v: cadenaMatricial(v, b, x, y)[0], W)),
              ("cadenaMatricial: db", db,
               gradienteNumerico(lambda v: cadenaMatricial(W, v, x, y)[0], b)),
              ("cadenaMatricial: dx", dx,
               gradienteNumerico(lambda v: cadenaMatricial(W, b, v, y)[0], x))]
    w, b, X, Y = ENTRADAS["cadenaNeurona"]
    _, dw, db = cadenaNeurona(w, b, X, Y)
    filas += [("cadenaNeurona: dw", dw,
               gradienteNumerico(lambda v: cadenaNeurona(v, b, X, Y)[0], w)),
              ("cadenaNeurona: db", db,
               gradienteNumerico(lambda v: cadenaNeurona(w, v, X, Y)[0], b))]
    return _tabla_errores(filas, errorRelativo, 1e-7, "los cuatro ejercicios de la cadena")


def verificar_neurona_relu(gradienteNumerico: Callable, errorRelativo: Callable,
                           neuronaReluAdelante, entrenarNeuronaRelu,
                           entrenarNeuronaDiapositiva) -> dict:
    """El gradiente que usa cada versión en su primer paso, (θ_antes − θ_después) / α, contra el
    gradiente numérico de E(θ) = ½(ŷ − y)² con θ = (w1, b1, w_out, b_out). No falla: muestra."""
    r = DIAPOSITIVA["neurona_relu"]
    theta = np.array(PARAMETROS_RELU)

    def error(t):
        return float(0.5 * (neuronaReluAdelante(*t, r["x"])[2] - r["y"]) ** 2)

    numerico = gradienteNumerico(error, theta)
    tuya = np.array(entrenarNeuronaRelu(*theta, r["x"], r["y"], r["lr"], 1)[:4])
    diapositiva = np.array(entrenarNeuronaDiapositiva(*theta, r["x"], r["y"], r["lr"], 0)[1][:4])
    errores = {}
    print(f"  {'':<22} {'∂E/∂w1':>11} {'∂E/∂b1':>11} {'∂E/∂w_out':>11} {'∂E/∂b_out':>11}   "
          f"error relativo")
    print(f"  {'numérico':<22} " + " ".join(f"{g:11.4f}" for g in numerico))
    for nombre, despues in (("tu actualización", tuya), ("orden de la diapositiva", diapositiva)):
        usado = (theta - despues) / r["lr"]
        errores[nombre] = float(errorRelativo(usado, numerico))
        print(f"  {nombre:<22} " + " ".join(f"{g:11.4f}" for g in usado)
              + f"   {errores[nombre]:.1e}")
    return errores


def verificar_capas(gradienteNumerico: Callable, errorRelativo: Callable, capaDensaAdelante,
                    capaDensaAtras, activacionAdelante, activacionAtras,
                    semilla: int = 1) -> dict:
    """capaDensaAtras y activacionAtras contra el gradiente numérico de J = Σ R ⊙ salida."""
    rng = np.random.default_rng(semilla)
    A_prev, W, b = rng.normal(size=(4, 5)), rng.normal(size=(3, 4)), rng.normal(size=(3, 1))
    R = rng.normal(size=(3, 5))
    _, cache = capaDensaAdelante(A_prev, W, b)
    dA_prev, dW, db = capaDensaAtras(R, cache)
    filas = [("capaDensaAtras: dA_prev", dA_prev, gradienteNumerico(
                 lambda v: float(np.sum(R * capaDensaAdelante(v, W, b)[0])), A_prev)),
             ("capaDensaAtras: dW", dW, gradienteNumerico(
                 lambda v: float(np.sum(R * capaDensaAdelante(A_prev, v, b)[0])), W)),
             ("capaDensaAtras: db", db, gradienteNumerico(
                 lambda v: float(np.sum(R * capaDensaAdelante(A_prev, W, v)[0])), b))]
    Z = rng.normal(size=(3, 5))
    Z = np.where(np.abs(Z) < 0.05, 0.3, Z)       # lejos del quiebre de ReLU en 0
    for activacion in ACTIVACIONES:
        _, cache = activacionAdelante(Z, activacion)
        filas.append((f'activacionAtras "{activacion}"', activacionAtras(R, cache, activacion),
                      gradienteNumerico(lambda v: float(np.sum(
                          R * activacionAdelante(v, activacion)[0])), Z)))
    return _tabla_errores(filas, errorRelativo, 1e-7, "capaDensaAtras y activacionAtras")


def verificar_red(gradienteNumerico: Callable, errorRelativo: Callable, redAdelante, redAtras,
                  costoEntropiaBinaria, semilla: int = 2) -> dict:
    """redAtras contra el gradiente numérico del costo, parámetro por parámetro, en la red
    3-2-4-1 de prueba con activaciones relu, tanh y sigmoide y datos al azar."""
    rng = np.random.default_rng(semilla)
    X = rng.normal(size=(3, 6))
    Y = (rng.random((1, 6)) < 0.5).astype(float)
    params = parametros_de_prueba()
    AL, caches = redAdelante(X, params, ACTIVACIONES_RED)
    grads = redAtras(AL, Y, caches, ACTIVACIONES_RED)
    filas = []
    for clave in params:
        def costo(v, clave=clave):
            return costoEntropiaBinaria(redAdelante(X, {**params, clave: v},
                                                    ACTIVACIONES_RED)[0], Y)
        filas.append((f"redAtras: d{clave}", grads[f"d{clave}"],
                      gradienteNumerico(costo, params[clave])))
    return _tabla_errores(filas, errorRelativo, 1e-6, "redAtras")


# ---------------------------------------------------------------------------------------------
# La neurona ReLU: trayectorias; la red de la mayoría: costo y tabla
# ---------------------------------------------------------------------------------------------

def historia_neurona(entrenarNeuronaRelu: Callable, neuronaReluAdelante: Callable, w1, b1,
                     w_out, b_out, x, y, lr, epocas: int, densas: int = 150) -> list:
    """(w1, b1, w_out, b_out, ŷ) antes de cada una de las primeras ``densas`` épocas y al final,
    llamando a TU entrenarNeuronaRelu: una época a la vez al principio (donde pasa todo) y el
    resto de las épocas de una sola vez."""
    historia = []
    for _ in range(min(densas, epocas)):
        historia.append((w1, b1, w_out, b_out, float(neuronaReluAdelante(w1, b1, w_out, b_out,
                                                                         x)[2])))
        w1, b1, w_out, b_out, _ = entrenarNeuronaRelu(w1, b1, w_out, b_out, x, y, lr, 1)
    if epocas > densas:
        w1, b1, w_out, b_out, _ = entrenarNeuronaRelu(w1, b1, w_out, b_out, x, y, lr,
                                                      epocas - densas)
    historia.append((w1, b1, w_out, b_out, float(neuronaReluAdelante(w1, b1, w_out, b_out,
                                                                     x)[2])))
    return historia


def graficar_neurona_relu(historia_simultanea: Sequence, historia_diapositiva: Sequence,
                          y: float = 300.0, x: float = 50.0, mostrar: int = 120):
    """Izquierda: la predicción en cada época de las dos versiones. Derecha: su camino en el
    plano (w1, w_out) y la curva de soluciones ŷ = y (con los sesgos finales)."""
    import matplotlib.pyplot as plt

    fig, (izq, der) = plt.subplots(1, 2, figsize=(11, 4))
    estilos = (("actualización simultánea (la tuya)", historia_simultanea, "tab:blue", "-"),
               ("orden de la diapositiva", historia_diapositiva, "tab:orange", "--"))
    for nombre, historia, color, linea in estilos:
        h = np.asarray(historia, dtype=float)
        izq.plot(h[:mostrar, 4], color=color, linestyle=linea, label=nombre)
        der.plot(h[:, 0], h[:, 2], color=color, linestyle=linea, label=nombre)
        der.plot(h[0, 0], h[0, 2], "ko")
        der.plot(h[-1, 0], h[-1, 2], marker="*", color=color, markersize=14)
    izq.axhline(y, color="k", linewidth=0.8, linestyle=":")
    izq.set_xlabel("época")
    izq.set_ylabel("predicción ŷ (miles de dólares)")
    izq.set_title(f"las dos llegan a ŷ = {y:g}")
    izq.legend()
    h = np.asarray(historia_simultanea, dtype=float)
    b1, b_out = h[-1, 1], h[-1, 3]
    w1 = np.linspace(0.3, max(np.max(np.asarray(historia_diapositiva)[:, 0]), h[-1, 0]) * 1.15,
                     200)
    der.plot(w1, (y - b_out) / (w1 * x + b1), color="0.6", linewidth=3, alpha=0.5,
             label=f"ŷ = {y:g} (soluciones)")
    der.set_xlabel("w1")
    der.set_ylabel("w_out")
    der.set_ylim(0, max(np.max(np.asarray(historia_diapositiva)[:, 2]), h[-1, 2]) * 1.3)
    der.set_title("caminos distintos, finales distintos")
    der.legend(fontsize=8)
    fig.tight_layout()
    return fig


def graficar_costos(costos: Sequence[float], titulo: str = "Costo durante el entrenamiento"):
    """Curva del costo por época (eje y logarítmico)."""
    return graficas.curva_de_costo({"entrenamiento": costos}, titulo=titulo, xlabel="época",
                                   log=True)


def tabla_mayoria(X, Y, AL) -> None:
    """Imprime los tres bits, la etiqueta, ŷ y la clase predicha (umbral 0.5) de cada ejemplo."""
    AL = np.asarray(AL, dtype=float)
    print(" x1 x2 x3 | y | ŷ       | clase")
    print("----------+---+---------+------")
    for j in range(X.shape[1]):
        bits = "  ".join(f"{v:.0f}" for v in X[:, j])
        print(f"  {bits} | {Y[0, j]:.0f} | {AL[0, j]:.5f} |  {int(AL[0, j] >= 0.5)}")
    aciertos = int(np.sum((AL >= 0.5) == (Y == 1)))
    print(f"aciertos: {aciertos} de {X.shape[1]}")

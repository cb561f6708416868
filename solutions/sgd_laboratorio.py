"""Solución de referencia de la unidad «SGD y Laboratorio 1» (UT5, bloques 3 y 4).

Los ejemplos son columnas: X tiene forma (n_x, m) e Y forma (1, m) (etiquetas 0/1) o (k, m)
(one-hot). Cada función es idéntica al bloque de solución del cuaderno
source/sgd_laboratorio/sgd_laboratorio.ipynb (tests/test_fuentes.py falla si se separan).

Todos los argumentos y resultados son datos planos (números, arreglos, listas, tuplas,
diccionarios y textos), como exige la verificación aislada: el azar llega como semilla o
generador (``np.random.default_rng(rng)`` acepta ambos) y el modelo, por su nombre en MODELOS.
"""
import numpy as np

from course.sgd_laboratorio import MODELOS


def actualizacionesPorEpoca(m, tamLote):
    """Número de actualizaciones de los parámetros (pasos de gradiente) en una época.

    Argumentos:
        m: número de ejemplos de entrenamiento (int).
        tamLote: tamaño del mini-lote (int), o None para usar el lote completo.
    Devuelve:
        el número de mini-lotes por época (int): ⌈m / tamLote⌉, o 1 con lote completo
        (tamLote None o ≥ m).
    """
    if tamLote is None or tamLote >= m:
        return 1
    return (m + tamLote - 1) // tamLote   # división entera redondeando hacia arriba


def crearMiniLotes(X, Y, tamLote, rng):
    """Baraja los ejemplos (sin reemplazo) y los reparte en mini-lotes consecutivos.

    Argumentos:
        X: entradas, forma (n_x, m); cada columna es un ejemplo.
        Y: etiquetas, forma (n_y, m) (n_y = 1, o k si son one-hot).
        tamLote: tamaño de cada mini-lote (int), o None para un único lote con todo.
        rng: np.random.Generator o semilla (int); np.random.default_rng(rng) acepta ambos
            (si ya es un generador, lo devuelve tal cual).
    Devuelve:
        lista de tuplas (X_lote, Y_lote) con formas (n_x, b) y (n_y, b): todos los lotes tienen
        b = tamLote ejemplos salvo el último, que tiene los que sobran. Cada ejemplo aparece
        exactamente una vez y cada columna de X_lote sigue junto a su columna de Y_lote.
    """
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    if tamLote is None or tamLote >= m:
        tamLote = m
    orden = rng.permutation(m)            # la MISMA permutación para X y para Y
    X_barajada = X[:, orden]
    Y_barajada = Y[:, orden]
    lotes = []
    for inicio in range(0, m, tamLote):
        fin = inicio + tamLote
        lotes.append((X_barajada[:, inicio:fin], Y_barajada[:, inicio:fin]))
    return lotes


def dividirDatos(X, Y, rng, fracciones=(0.7, 0.2, 0.1)):
    """Divide los ejemplos al azar en entrenamiento, validación y prueba (conjuntos disjuntos).

    Regla de tamaños: n_ent = round(fracciones[0]·m), n_val = round(fracciones[1]·m) y
    n_prueba = m − n_ent − n_val (el resto). Con m = 10 y (0.7, 0.2, 0.1): 7, 2 y 1.

    Argumentos:
        X: entradas, forma (n_x, m).
        Y: etiquetas, forma (n_y, m).
        rng: np.random.Generator o semilla (int) con que se baraja.
        fracciones: (entrenamiento, validación, prueba), suman 1.
    Devuelve:
        X_ent (n_x, n_ent), Y_ent (n_y, n_ent), X_val (n_x, n_val), Y_val (n_y, n_val),
        X_prueba (n_x, n_prueba), Y_prueba (n_y, n_prueba).
    """
    rng = np.random.default_rng(rng)
    m = X.shape[1]
    n_ent = int(round(fracciones[0] * m))
    n_val = int(round(fracciones[1] * m))
    orden = rng.permutation(m)
    ent = orden[:n_ent]
    val = orden[n_ent:n_ent + n_val]
    prueba = orden[n_ent + n_val:]
    return X[:, ent], Y[:, ent], X[:, val], Y[:, val], X[:, prueba], Y[:, prueba]


def entrenarSGD(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes):
    """Descenso de gradiente estocástico por mini-lotes, una época por cada orden de ``ordenes``.

    En la época e los ejemplos se recorren en el orden ordenes[e] (una permutación de 0..m−1),
    cortados en mini-lotes consecutivos de tamLote columnas (el último, más pequeño); tras cada
    mini-lote se da un paso θ ← θ − tasa·g con el gradiente g de ESE mini-lote. El costo se mide
    en TODO el conjunto de entrenamiento y en el de validación antes de entrenar y al final de
    cada época.

    Argumentos:
        params: diccionario {nombre: arreglo} con los parámetros iniciales (no se modifica).
        X: entradas de entrenamiento, forma (n_x, m); Y: etiquetas, forma (n_y, m).
        X_val: entradas de validación, forma (n_x, m_val); Y_val: forma (n_y, m_val).
        modelo: nombre del modelo en MODELOS ("logistica" o "red"); MODELOS[modelo] es el par
            (costo, gradientes): costo(params, X, Y) → float y gradientes(params, X, Y) →
            diccionario con las mismas claves y formas que params.
        tasa: tasa de aprendizaje (float).
        tamLote: tamaño del mini-lote (int), o None para lote completo.
        ordenes: lista con una permutación de 0..m−1 por época (epocas = len(ordenes)).
    Devuelve:
        params: diccionario con los parámetros entrenados (mismas claves y formas).
        costos_ent: lista de epocas + 1 floats; costos_ent[e] = costo en entrenamiento
            después de e épocas (costos_ent[0]: con los parámetros iniciales).
        costos_val: lista de epocas + 1 floats, lo mismo en validación.
    """
    costo, gradientes = MODELOS[modelo]
    m = X.shape[1]
    if tamLote is None or tamLote >= m:
        tamLote = m
    params = {nombre: valor.copy() for nombre, valor in params.items()}
    costos_ent = [float(costo(params, X, Y))]
    costos_val = [float(costo(params, X_val, Y_val))]
    for orden in ordenes:
        for inicio in range(0, m, tamLote):
            lote = orden[inicio:inicio + tamLote]
            grads = gradientes(params, X[:, lote], Y[:, lote])
            for nombre in params:
                params[nombre] = params[nombre] - tasa * grads[nombre]
        costos_ent.append(float(costo(params, X, Y)))
        costos_val.append(float(costo(params, X_val, Y_val)))
    return params, costos_ent, costos_val


def diagnosticarCurva(costos_entrenamiento, costos_validacion):
    """Diagnóstico de un entrenamiento a partir de sus curvas de costo por época.

    Con ent y val las curvas (costos positivos; ent[0] es el costo inicial), E su longitud,
    c = max(1, E // 4) (un cuarto de las épocas) y caida = ent[0] − ent[-1], se aplican en
    orden estas reglas; la primera que se cumple da la etiqueta:

    1. "tasa_alta": algún valor no finito (nan o inf) en ent o val, o las subidas de ent
       (la suma de sus aumentos de una época a la siguiente) superan el 10 % de ent[0].
    2. "mala_inicializacion": meseta inicial seguida de aprendizaje: caida > 0.2·ent[0] pero
       en el primer cuarto baja menos del 10 % de la caída: ent[0] − ent[c] < 0.1·caida.
    3. "sobreajuste": la validación termina más de un 10 % por encima de su mínimo:
       val[-1] > 1.1·min(val).
    4. "tasa_baja": sigue bajando al final: caida > 0 y en el último cuarto baja más del 10 %
       de la caída: ent[-1 − c] − ent[-1] > 0.1·caida.
    5. "subajuste": ya no baja, pero ent[-1] > 0.5·ent[0] (no bajó ni a la mitad).
    6. "bien": ninguna de las anteriores.

    Argumentos:
        costos_entrenamiento: lista (o arreglo 1-D) de E ≥ 2 costos, uno por época.
        costos_validacion: lista (o arreglo 1-D) de E costos de validación.
    Devuelve:
        una etiqueta (str): "tasa_alta", "mala_inicializacion", "sobreajuste", "tasa_baja",
        "subajuste" o "bien".
    """
    ent = np.asarray(costos_entrenamiento, dtype=float)
    val = np.asarray(costos_validacion, dtype=float)
    if not (np.all(np.isfinite(ent)) and np.all(np.isfinite(val))):
        return "tasa_alta"
    pasos = np.diff(ent)
    if np.sum(pasos[pasos > 0]) > 0.1 * ent[0]:
        return "tasa_alta"
    c = max(1, len(ent) // 4)
    caida = ent[0] - ent[-1]
    if caida > 0.2 * ent[0] and ent[0] - ent[c] < 0.1 * caida:
        return "mala_inicializacion"
    if val[-1] > 1.1 * np.min(val):
        return "sobreajuste"
    if caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        return "tasa_baja"
    if ent[-1] > 0.5 * ent[0]:
        return "subajuste"
    return "bien"

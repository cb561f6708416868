"""Unidad «SGD y Laboratorio 1»: modelos, datos del laboratorio, pruebas visibles y gráficas.

Los ejemplos son columnas: X tiene forma (n_x, m) e Y forma (1, m) (etiquetas 0/1) o (k, m)
(one-hot). Los parámetros de un modelo viajan en un diccionario {nombre: arreglo}.

Las funciones calificadas reciben y devuelven solo datos planos (la verificación aislada del
calificador no transmite otra cosa): el azar llega como semilla o generador (``rng``; las
pruebas pasan semillas) y el modelo de ``entrenarSGD`` por su nombre en ``MODELOS``. Las pruebas
de las funciones con azar revisan PROPIEDADES (cada ejemplo aparece una vez, tamaños, pares X/Y
juntos, que el orden dependa de la semilla), nunca una permutación concreta: dos soluciones
correctas pueden sacar los números aleatorios en otro orden. ``entrenarSGD`` recibe el orden de
cada época ya sorteado (``ordenes``), así que es determinista y se compara con valores
esperados.

Las funciones ``revisar_*`` son las mismas en las pruebas visibles y en las ocultas del
calificador; las ``probar_*`` las aplican a entradas fijas.
"""
from __future__ import annotations

from typing import Callable, Sequence

import matplotlib.pyplot as plt
import numpy as np

from .comprobar import (PruebaFallida, comprobar_arreglo, comprobar_lista_de_escalares,
                        comprobar_tupla, comprobar_valores, exito, fallar, llamar)
from . import graficas
from .datos.anillos import datos_anillos
from .datos.digitos import datos_digitos

__all__ = [
    "datos_anillos", "datos_cinco_o_mas", "params_logistica", "costo_logistica",
    "gradientes_logistica", "params_red", "costo_red", "gradientes_red", "LABORATORIO",
    "ETIQUETAS", "MODELOS", "experimento", "ordenes_aleatorios", "probar_actualizacionesPorEpoca", "probar_crearMiniLotes",
    "probar_dividirDatos", "probar_entrenarSGD", "probar_diagnosticarCurva", "graficar_curvas",
    "graficar_laboratorio", "graficar_mini_lotes", "curvas_sinteticas", "curvas_de_dos_reglas",
    "curvas_cortas", "vigilar_params", "ParametrosModificados",
]

ETIQUETAS = ("tasa_alta", "mala_inicializacion", "sobreajuste", "tasa_baja", "subajuste", "bien")


# ---------------------------------------------------------------------------------------------
# Datos y modelos del laboratorio (dados: no se califican)
# ---------------------------------------------------------------------------------------------

def datos_cinco_o_mas():
    """Los 1797 dígitos de 8×8 de scikit-learn con una etiqueta binaria: ¿es un 5 o mayor?

    Devuelve:
        X: forma (64, 1797), píxeles en [0, 1]; Y: forma (1, 1797), 1 si el dígito es ≥ 5.
    """
    X, etiquetas = datos_digitos()
    return X, (etiquetas >= 5).astype(float).reshape(1, -1)


def _sigmoide(z):
    return np.exp(-np.logaddexp(0.0, -z))


def _entropia_desde_z(Z, Y) -> float:
    """Entropía cruzada binaria media calculada desde z (estable: no hace falta recortar)."""
    return float(np.mean(Y * np.logaddexp(0.0, -Z) + (1 - Y) * np.logaddexp(0.0, Z)))


def params_logistica(n_x: int) -> dict:
    """Parámetros iniciales de la regresión logística: W (1, n_x) y b (1, 1) en cero."""
    return {"W": np.zeros((1, n_x)), "b": np.zeros((1, 1))}


def costo_logistica(params: dict, X, Y) -> float:
    """Entropía cruzada de la regresión logística ŷ = σ(W X + b).

    Argumentos:
        params: {"W": (1, n_x), "b": (1, 1)}; X: forma (n_x, m); Y: forma (1, m).
    Devuelve:
        el costo J (float).
    """
    return _entropia_desde_z(params["W"] @ X + params["b"], Y)


def gradientes_logistica(params: dict, X, Y) -> dict:
    """Gradientes del costo de la regresión logística, promediados sobre las m columnas de X.

    Argumentos:
        params: {"W": (1, n_x), "b": (1, 1)}; X: forma (n_x, m); Y: forma (1, m).
    Devuelve:
        {"W": ∂J/∂W (1, n_x), "b": ∂J/∂b (1, 1)}.
    """
    m = X.shape[1]
    dZ = _sigmoide(params["W"] @ X + params["b"]) - Y
    return {"W": dZ @ X.T / m, "b": np.sum(dZ, axis=1, keepdims=True) / m}


def params_red(n_x: int, n_h: int, escala: float, semilla: int = 0) -> dict:
    """Parámetros iniciales de una red n_x-n_h-1: pesos normales multiplicados por ``escala``.

    Devuelve:
        {"W1": (n_h, n_x), "b1": (n_h, 1), "W2": (1, n_h), "b2": (1, 1)}, sesgos en cero.
    """
    rng = np.random.default_rng(semilla)
    return {"W1": escala * rng.standard_normal((n_h, n_x)), "b1": np.zeros((n_h, 1)),
            "W2": escala * rng.standard_normal((1, n_h)), "b2": np.zeros((1, 1))}


def costo_red(params: dict, X, Y) -> float:
    """Entropía cruzada de la red con capa oculta tanh y salida sigmoide.

    Argumentos:
        params: ver params_red; X: forma (n_x, m); Y: forma (1, m).
    Devuelve:
        el costo J (float).
    """
    A1 = np.tanh(params["W1"] @ X + params["b1"])
    return _entropia_desde_z(params["W2"] @ A1 + params["b2"], Y)


def gradientes_red(params: dict, X, Y) -> dict:
    """Gradientes del costo de la red tanh → sigmoide (retropropagación), promediados en m.

    Devuelve:
        diccionario con las mismas claves y formas que ``params``.
    """
    m = X.shape[1]
    A1 = np.tanh(params["W1"] @ X + params["b1"])
    dZ2 = _sigmoide(params["W2"] @ A1 + params["b2"]) - Y
    dZ1 = (params["W2"].T @ dZ2) * (1 - A1 ** 2)
    return {"W1": dZ1 @ X.T / m, "b1": np.sum(dZ1, axis=1, keepdims=True) / m,
            "W2": dZ2 @ A1.T / m, "b2": np.sum(dZ2, axis=1, keepdims=True) / m}


MODELOS = {
    "logistica": (costo_logistica, gradientes_logistica),
    "red": (costo_red, gradientes_red),
}

# Las corridas del laboratorio: cada una es un entrenamiento real y corto (< 0.1 s) cuyo
# diagnóstico por las reglas de diagnosticarCurva es el indicado en "esperado".
LABORATORIO = {
    "bien": dict(datos="digitos", modelo="logistica", tasa=0.1, epocas=40, tamLote=32,
                 esperado="bien", texto="regresión logística, tasa 0.1, lotes de 32"),
    "tasa_baja": dict(datos="digitos", modelo="logistica", tasa=0.002, epocas=40, tamLote=64,
                      esperado="tasa_baja", texto="la misma, con tasa 0.002"),
    "tasa_alta": dict(datos="digitos", modelo="logistica", tasa=5.0, epocas=40, tamLote=64,
                      esperado="tasa_alta", texto="la misma, con tasa 5"),
    "sobreajuste": dict(datos="digitos", modelo="logistica", tasa=0.3, epocas=1000,
                        tamLote=None, m_ent=30, esperado="sobreajuste",
                        texto="solo 30 ejemplos de entrenamiento, 1000 épocas, lote completo"),
    "subajuste": dict(datos="anillos", modelo="logistica", tasa=0.5, epocas=60, tamLote=32,
                      esperado="subajuste", texto="regresión logística en los anillos"),
    "mala_inicializacion": dict(datos="anillos", modelo="red", n_h=8, escala=0.01, tasa=0.5,
                                epocas=120, tamLote=32, esperado="mala_inicializacion",
                                texto="red 2-8-1 con pesos iniciales × 0.01"),
    "red_bien": dict(datos="anillos", modelo="red", n_h=8, escala=1.0, tasa=0.5, epocas=60,
                     tamLote=32, esperado="bien", texto="red 2-8-1 con pesos normales"),
}


def datos_laboratorio(nombre: str) -> tuple:
    """(X, Y) del conjunto ``nombre`` ("digitos" o "anillos")."""
    return datos_cinco_o_mas() if nombre == "digitos" else datos_anillos(400)


def ordenes_aleatorios(m: int, epocas: int, rng) -> list:
    """Un orden al azar de los m ejemplos para cada época: [rng.permutation(m), ...].

    Argumentos:
        m: número de ejemplos; epocas: número de épocas; rng: generador o semilla.
    Devuelve:
        lista de ``epocas`` arreglos de enteros, cada uno una permutación de 0..m−1.
    """
    rng = np.random.default_rng(rng)
    return [rng.permutation(m) for _ in range(epocas)]


def experimento(nombre: str, entrenarSGD: Callable, divisiones: dict, semilla: int = 1):
    """Ejecuta la corrida ``nombre`` de LABORATORIO con TU entrenarSGD.

    Argumentos:
        nombre: clave de LABORATORIO.
        entrenarSGD: la función de entrenamiento.
        divisiones: {"digitos": (X_ent, Y_ent, X_val, Y_val), "anillos": (...)}.
        semilla: semilla con que se sortea el orden de los ejemplos en cada época.
    Devuelve:
        (costos_ent, costos_val) de la corrida.
    """
    c = LABORATORIO[nombre]
    X_ent, Y_ent, X_val, Y_val = divisiones[c["datos"]]
    if "m_ent" in c:
        X_ent, Y_ent = X_ent[:, :c["m_ent"]], Y_ent[:, :c["m_ent"]]
    if c["modelo"] == "red":
        params = params_red(X_ent.shape[0], c["n_h"], c["escala"])
    else:
        params = params_logistica(X_ent.shape[0])
    ordenes = ordenes_aleatorios(X_ent.shape[1], c["epocas"], semilla)
    _, costos_ent, costos_val = entrenarSGD(params, X_ent, Y_ent, X_val, Y_val, c["modelo"],
                                            c["tasa"], c["tamLote"], ordenes)
    return costos_ent, costos_val


# ---------------------------------------------------------------------------------------------
# Salidas esperadas de las pruebas visibles
# ---------------------------------------------------------------------------------------------

# (m, tamLote) → actualizaciones por época. Las dos primeras son la pregunta de la diapositiva
# (10 240 ejemplos, lotes de 512 / sin SGD); la de 60 000 con lotes de 64 es el registro de
# Keras de la diapositiva («938/938» pasos por época en MNIST).
CASOS_ACTUALIZACIONES = [
    ((10240, 512), 20), ((10240, None), 1), ((60000, 64), 938), ((10, 3), 4), ((10, 5), 2),
    ((10, 10), 1), ((10, 25), 1), ((7, 1), 7),
]


def _datos_de_prueba_sgd():
    """Datos fijos de la prueba determinista de entrenarSGD: X (3, 8), Y (1, 8)."""
    X = np.array([[0.5, -1.2, 0.3, 2.0, -0.7, 1.1, -0.4, 0.9],
                  [1.5, 0.2, -0.8, 0.4, 1.0, -1.3, 0.6, -0.2],
                  [-0.3, 0.8, 1.2, -1.0, 0.1, 0.5, -1.5, 0.7]])
    Y = np.array([[1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0]])
    return X, Y, X[:, :4] * 0.5, Y[:, :4]


ESPERADO = {
    "actualizaciones": CASOS_ACTUALIZACIONES,
    # entrenarSGD con los datos de _datos_de_prueba_sgd y la regresión logística.
    "sgd": {
        "completo": dict(tasa=0.5, tamLote=None, ordenes=[list(range(8))] * 3,
                         W=[[0.2442737194, 0.3399956601, -0.1058869605]], b=[[-0.0161261907]],
                         costos_ent=[0.6931471805599453, 0.6440825027204057, 0.6053053749885919,
                                     0.5739278137909656],
                         costos_val=[0.6931471805599453, 0.6460147854789895, 0.6072997552987459,
                                     0.5750819693358843]),
        "mini": dict(tasa=0.8, tamLote=3, ordenes=[[3, 0, 6, 1, 7, 4, 2, 5],
                                                   [5, 2, 0, 7, 1, 6, 3, 4]],
                     W=[[0.5532632338, 1.0514352824, -0.2356510671]], b=[[-0.0912408102]],
                     costos_ent=[0.6931471805599453, 0.5252689558949826, 0.4441149544365554],
                     costos_val=[0.6931471805599453, 0.48819101028417755, 0.42000683631928937],
                     # Lo que dan los errores típicos en este caso (W, b, diagnóstico).
                     variantes=[
                         ([[0.783847637, 0.6987876626, 0.306850842]], [[-0.1819093848]],
                          "coinciden con recorrer los ejemplos en su orden original: tu código "
                          "no usa ordenes. En la época e, los mini-lotes salen de ordenes[e]."),
                         ([[0.4029203132, 1.1439462097, -0.3794068455]], [[-0.3391073534]],
                          "coinciden con usar ordenes[0] en todas las épocas: la época e debe "
                          "recorrer los ejemplos en el orden ordenes[e]."),
                         ([[0.2379634269, 0.397227605, -0.1544230837]], [[-0.0082031619]],
                          "coinciden con acumular los gradientes y actualizar una vez por época: "
                          "eso es lote completo; en SGD se actualiza después de CADA mini-lote."),
                         ([[0.6530157595, 0.5562108654, 0.0142558536]], [[-0.1330469499]],
                          "coinciden con descartar el último mini-lote incompleto de cada época "
                          "(con m = 8 y tamLote = 3 hay 3 mini-lotes: 3 + 3 + 2)."),
                     ]),
    },
}


# ---------------------------------------------------------------------------------------------
# Utilidades de las revisiones
# ---------------------------------------------------------------------------------------------

def _llamar(fn, *args, nombre: str, pistas: dict | None = None, **kwargs):
    """Como comprobar.llamar, pero añade una pista según el tipo de excepción del estudiante."""
    try:
        return llamar(fn, *args, nombre=nombre, **kwargs)
    except PruebaFallida as fallo:
        causa = fallo.__cause__
        for tipo, pista in (pistas or {}).items():
            if isinstance(causa, tipo):
                raise PruebaFallida(f"{fallo} {pista}") from causa
        raise


_PISTA_COLUMNAS = ("Los ejemplos son COLUMNAS: selecciona con X[:, indices], no con X[indices] "
                   "(eso elige filas).")


_PISTAS_AZAR = {
    IndexError: _PISTA_COLUMNAS,
    AttributeError: "rng puede llegar como una semilla entera (así lo pasan las pruebas): empieza "
                    "con rng = np.random.default_rng(rng), que acepta una semilla o un generador "
                    "(y si ya es un generador lo devuelve tal cual).",
}


def _comprobar_entero(valor, nombre: str) -> int:
    if isinstance(valor, (bool, np.bool_)):
        fallar(f"{nombre} debe ser un entero (int), pero es un booleano.")
    if isinstance(valor, np.ndarray) and valor.ndim == 0:
        valor = valor[()]
    if isinstance(valor, (float, np.floating)):
        fallar(f"{nombre} debe ser un entero (int), pero es un float ({valor!r}). np.ceil y la "
               f"división / devuelven float: conviértelo con int(...).")
    if not isinstance(valor, (int, np.integer)):
        fallar(f"{nombre} debe ser un entero (int), pero es de tipo {type(valor).__name__}.")
    return int(valor)


def _tamanos_de_lotes(m: int, tamLote) -> list[int]:
    if tamLote is None or tamLote >= m:
        return [m]
    k = -(-m // tamLote)
    return [tamLote] * (k - 1) + [m - (k - 1) * tamLote]


class _Indice:
    """Reconoce a qué columna de X corresponde cada columna de un lote (X tiene columnas
    distintas entre sí)."""

    def __init__(self, X):
        X = np.asarray(X, dtype=float)
        self.X = X
        self.posicion = {X[:, j].tobytes(): j for j in range(X.shape[1])}

    def indices(self, X_lote) -> list:
        X_lote = np.asarray(X_lote, dtype=float)
        return [self.posicion.get(np.ascontiguousarray(X_lote[:, j]).tobytes())
                for j in range(X_lote.shape[1])]


def _revisar_particion(grupos: list[list], m: int, donde: str, que: str) -> None:
    """Cada índice 0..m−1 debe aparecer exactamente una vez entre todos los grupos."""
    todos = [i for g in grupos for i in g]
    if any(i is None for i in todos):
        fallar(f"{donde} hay columnas que no son ejemplos de X (ni reordenados). "
               f"{_PISTA_COLUMNAS}")
    cuenta = np.bincount(np.asarray(todos, dtype=int), minlength=m)
    if np.any(cuenta > 1):
        j = int(np.argmax(cuenta))
        fallar(f"{donde} el ejemplo {j} aparece {int(cuenta[j])} veces: {que} CON reemplazo. "
               f"Cada ejemplo debe salir exactamente una vez: baraja con una permutación "
               f"(rng.permutation(m)) en vez de rng.choice/rng.integers con reemplazo.")
    if np.any(cuenta == 0):
        faltan = int(np.sum(cuenta == 0))
        fallar(f"{donde} faltan {faltan} de los {m} ejemplos: cada ejemplo debe aparecer "
               f"exactamente una vez.")


def _revisar_pares(pares: list, Y, donde: str) -> None:
    """pares = [(indices, Y_lote)]: cada columna de Y_lote debe ser la de su ejemplo."""
    for indices, Y_lote in pares:
        if not np.array_equal(np.asarray(Y_lote, dtype=float), Y[:, indices]):
            fallar(f"{donde} las columnas de Y no corresponden a las de X: X e Y quedaron "
                   f"desemparejados. Baraja los dos con la MISMA permutación "
                   f"(X[:, orden] e Y[:, orden]).")


# ---------------------------------------------------------------------------------------------
# actualizacionesPorEpoca
# ---------------------------------------------------------------------------------------------

def revisar_actualizacionesPorEpoca(salida, esperado: int, m: int, tamLote) -> None:
    n = _comprobar_entero(salida, "El número de actualizaciones")
    if n == esperado:
        return
    completo = tamLote is None or tamLote >= m
    if completo and n == m:
        fallar(f"Con lote completo (tamLote = {tamLote}, m = {m}) hay UNA actualización por "
               f"época: se usan todos los ejemplos en un solo paso de gradiente. Devolviste m.")
    if completo:
        fallar(f"Con lote completo (tamLote = {tamLote}, m = {m}) hay UNA actualización por "
               f"época, y devolviste {n}. tamLote None o ≥ m significa un único lote.")
    if n == m // tamLote:
        fallar(f"Con m = {m} y tamLote = {tamLote} redondeaste hacia abajo ({n}): el último "
               f"mini-lote, aunque tenga menos de tamLote ejemplos, también produce una "
               f"actualización. Redondea hacia arriba: ⌈m / tamLote⌉.")
    if n == round(m / tamLote):
        fallar(f"Con m = {m} y tamLote = {tamLote} redondeaste al entero más cercano ({n}); "
               f"hay que redondear hacia arriba: ⌈m / tamLote⌉.")
    comprobar_valores(n, esperado, f"El número de actualizaciones con m = {m} y "
                      f"tamLote = {tamLote}", pista="Son ⌈m / tamLote⌉ mini-lotes por época.")


def probar_actualizacionesPorEpoca(actualizacionesPorEpoca: Callable) -> None:
    """Prueba visible: la pregunta de la diapositiva (10 240 ejemplos) y otros casos."""
    for (m, tamLote), esperado in ESPERADO["actualizaciones"]:
        salida, _ = _llamar(actualizacionesPorEpoca, m, tamLote, nombre="actualizacionesPorEpoca",
                            pistas={TypeError: "tamLote = None significa lote completo: "
                                               "compruébalo antes de dividir."})
        revisar_actualizacionesPorEpoca(salida, esperado, m, tamLote)
    exito("actualizacionesPorEpoca: 10 240 ejemplos con lotes de 512 → 20 actualizaciones por "
          "época; sin SGD (lote completo) → 1; 60 000 con lotes de 64 → 938, como en el "
          "registro de Keras.")


# ---------------------------------------------------------------------------------------------
# crearMiniLotes
# ---------------------------------------------------------------------------------------------

def revisar_crearMiniLotes(salida, X, Y, tamLote) -> list:
    """Propiedades de los mini-lotes. Devuelve la lista de índices de cada lote."""
    n_x, m = X.shape
    n_y = Y.shape[0]
    if (isinstance(salida, tuple) and len(salida) == 2 and all(
            isinstance(s, list) for s in salida)):
        fallar("crearMiniLotes devolvió dos listas (lotes de X, lotes de Y): se pide UNA lista "
               "de pares [(X_lote, Y_lote), ...].")
    if salida is None:
        fallar("crearMiniLotes devolvió None. ¿Olvidaste el `return lotes`?")
    if not isinstance(salida, (list, tuple)):
        fallar(f"crearMiniLotes debe devolver una lista de tuplas (X_lote, Y_lote), pero "
               f"devolvió un {type(salida).__name__}.")
    tamanos = _tamanos_de_lotes(m, tamLote)
    k = len(tamanos)
    if len(salida) != k:
        if tamLote is not None and tamLote < m and len(salida) == m // tamLote:
            fallar(f"Con m = {m} y tamLote = {tamLote} hay {len(salida)} lotes en vez de {k}: "
                   f"descartaste el último lote incompleto. Sus {tamanos[-1]} ejemplos también "
                   f"forman un lote (el último, más pequeño).")
        fallar(f"Con m = {m} y tamLote = {tamLote} debe haber ⌈m / tamLote⌉ = {k} lote"
               f"{'s' if k > 1 else ''}, pero hay {len(salida)}.")
    lotes, pares = [], []
    indice = _Indice(X)
    for i, (lote, b) in enumerate(zip(salida, tamanos)):
        if not isinstance(lote, (tuple, list)) or len(lote) != 2:
            fallar(f"Cada elemento de la lista debe ser una tupla (X_lote, Y_lote); el lote {i} "
                   f"es un {type(lote).__name__}.")
        X_lote, Y_lote = lote
        for arreglo, filas, nombre in ((X_lote, n_x, "X_lote"), (Y_lote, n_y, "Y_lote")):
            forma = np.shape(arreglo)
            if isinstance(arreglo, np.ndarray) and len(forma) == 2 and forma[0] == filas \
                    and forma[1] != b:
                fallar(f"El lote {i} tiene {forma[1]} ejemplos y debería tener {b}: todos los "
                       f"lotes llevan tamLote = {tamLote} ejemplos salvo el último, que lleva "
                       f"los que sobran (m = {m}).")
            comprobar_arreglo(arreglo, f"{nombre} del lote {i}", (filas, b))
        ids = indice.indices(X_lote)
        lotes.append(ids)
        pares.append((ids, Y_lote))
    _revisar_particion(lotes, m, "Entre todos los lotes", "muestreaste")
    _revisar_pares(pares, Y, "En algún lote")
    if k > 1 and m >= 8 and [i for ids in lotes for i in ids] == list(range(m)):
        fallar("Los lotes siguen el orden original de los ejemplos: no barajaste. SGD elige "
               "los lotes al azar: baraja con rng.permutation(m) antes de cortar.")
    return lotes


def _orden(lotes) -> tuple:
    return tuple(i for ids in lotes for i in ids)


def revisar_azar_de_crearMiniLotes(crearMiniLotes: Callable, X, Y, tamLote) -> None:
    """El orden debe depender SOLO del generador recibido: misma semilla → mismos lotes,
    otra semilla → otros lotes."""
    ordenes = []
    for semilla in (11, 11, 12):
        salida, _ = _llamar(crearMiniLotes, X, Y, tamLote, semilla,
                            nombre="crearMiniLotes", pistas=_PISTAS_AZAR)
        ordenes.append(_orden(revisar_crearMiniLotes(salida, X, Y, tamLote)))
    if ordenes[0] != ordenes[1]:
        fallar("Con la misma semilla obtuviste lotes distintos: no "
               "usas el rng que recibes (np.random.permutation o np.random.shuffle usan el "
               "generador global). Usa rng.permutation(m).")
    if ordenes[0] == ordenes[2]:
        fallar("Con semillas distintas obtuviste exactamente los mismos lotes: "
               "¿creas dentro de la función un generador con una semilla fija? Usa el rng que "
               "recibes como argumento.")


def _ejemplos(n_x: int, n_y: int, m: int, semilla: int, one_hot: bool = False):
    """X con columnas distintas y una Y (0/1 o one-hot) cualquiera."""
    rng = np.random.default_rng(semilla)
    X = rng.normal(size=(n_x, m)).round(6)
    X[0] = np.arange(m) + X[0] / 100        # columnas garantizadas distintas
    if one_hot:
        clases = rng.integers(0, n_y, m)
        Y = np.zeros((n_y, m))
        Y[clases, np.arange(m)] = 1.0
    else:
        Y = (rng.random((n_y, m)) < 0.5).astype(float)
    return X, Y


CASOS_MINI_LOTES = [  # (n_x, n_y, m, tamLote, one_hot)
    (3, 1, 10, 4, False), (2, 3, 12, 4, True), (3, 1, 50, 16, False), (4, 2, 9, None, True),
    (2, 1, 6, 15, False), (2, 1, 10240, 512, False),
]


def probar_crearMiniLotes(crearMiniLotes: Callable) -> None:
    """Prueba visible por propiedades: tamaños, cada ejemplo una vez, pares X/Y, azar del rng."""
    for semilla, (n_x, n_y, m, tamLote, one_hot) in enumerate(CASOS_MINI_LOTES):
        X, Y = _ejemplos(n_x, n_y, m, semilla, one_hot)
        salida, _ = _llamar(crearMiniLotes, X, Y, tamLote, semilla,
                            nombre="crearMiniLotes", pistas=_PISTAS_AZAR)
        revisar_crearMiniLotes(salida, X, Y, tamLote)
    X, Y = _ejemplos(3, 1, 50, 99)
    revisar_azar_de_crearMiniLotes(crearMiniLotes, X, Y, 16)
    exito("crearMiniLotes: ⌈m / tamLote⌉ lotes (10 240 ejemplos en lotes de 512 → 20), el "
          "último más pequeño, cada ejemplo exactamente una vez, X e Y emparejados y el orden "
          "decidido por el rng.")


# ---------------------------------------------------------------------------------------------
# dividirDatos
# ---------------------------------------------------------------------------------------------

NOMBRES_DIVISION = ("X_ent", "Y_ent", "X_val", "Y_val", "X_prueba", "Y_prueba")


def tamanos_division(m: int, fracciones=(0.7, 0.2, 0.1)) -> tuple[int, int, int]:
    """La regla del curso: round(f_ent·m), round(f_val·m) y el resto para prueba."""
    n_ent = int(round(fracciones[0] * m))
    n_val = int(round(fracciones[1] * m))
    return n_ent, n_val, m - n_ent - n_val


def revisar_dividirDatos(salida, X, Y, fracciones) -> list:
    """Propiedades de la división. Devuelve los índices de (entrenamiento, validación, prueba)."""
    n_x, m = X.shape
    n_y = Y.shape[0]
    partes = comprobar_tupla(salida, NOMBRES_DIVISION, "dividirDatos")
    tamanos = tamanos_division(m, fracciones)
    piso = (int(fracciones[0] * m), int(fracciones[1] * m))
    obtenidos = tuple(np.shape(p)[1] if np.ndim(p) == 2 else None for p in partes[::2])
    if all(isinstance(p, np.ndarray) and p.ndim == 2 and p.shape[0] == n_x for p in partes[::2]) \
            and obtenidos != tamanos:
        if obtenidos[:2] == piso and piso != tamanos[:2]:
            fallar(f"Con m = {m} y fracciones {tuple(fracciones)} los tamaños son {obtenidos}: "
                   f"redondeaste hacia abajo con int(). La regla es round(f·m) para "
                   f"entrenamiento y validación y el resto para prueba: {tamanos}.")
        fallar(f"Con m = {m} y fracciones {tuple(fracciones)} los tamaños (entrenamiento, "
               f"validación, prueba) deben ser {tamanos} = (round({fracciones[0]}·m), "
               f"round({fracciones[1]}·m), el resto), pero son {obtenidos}. ¿Usas las "
               f"fracciones que recibes?")
    for p, nombre, filas, n in zip(partes, NOMBRES_DIVISION, (n_x, n_y) * 3,
                                   np.repeat(tamanos, 2)):
        comprobar_arreglo(p, nombre, (filas, int(n)))
    indice = _Indice(X)
    grupos = [indice.indices(partes[i]) for i in (0, 2, 4)]
    todos = [i for g in grupos for i in g]
    if None not in todos:
        vistos = [set(g) for g in grupos]
        for (a, na), (b, nb) in (((0, "entrenamiento"), (1, "validación")),
                                 ((0, "entrenamiento"), (2, "prueba")),
                                 ((1, "validación"), (2, "prueba"))):
            comunes = vistos[a] & vistos[b]
            if comunes:
                fallar(f"Los conjuntos de {na} y {nb} comparten {len(comunes)} ejemplo"
                       f"{'s' if len(comunes) > 1 else ''}: deben ser disjuntos. Baraja UNA vez "
                       f"y corta la permutación en tres trozos consecutivos.")
    _revisar_particion(grupos, m, "Entre los tres conjuntos", "elegiste ejemplos")
    _revisar_pares([(g, partes[i + 1]) for g, i in zip(grupos, (0, 2, 4))], Y, "En algún conjunto")
    if m >= 10 and grupos[0] == list(range(tamanos[0])):
        fallar("El conjunto de entrenamiento son los primeros ejemplos en su orden original: no "
               "barajaste. Si los datos vienen ordenados (por clase, por fecha...) los tres "
               "conjuntos quedarían sesgados: baraja con rng.permutation(m) antes de cortar.")
    return grupos


CASOS_DIVISION = [  # (n_x, n_y, m, fracciones)
    (3, 1, 10, (0.7, 0.2, 0.1)), (2, 1, 1797, (0.7, 0.2, 0.1)), (4, 3, 50, (0.6, 0.2, 0.2)),
    (2, 2, 40, (0.5, 0.25, 0.25)),
]


def probar_dividirDatos(dividirDatos: Callable) -> None:
    """Prueba visible por propiedades: tamaños 70/20/10, disjuntos, completos, pares, azar."""
    for semilla, (n_x, n_y, m, fracciones) in enumerate(CASOS_DIVISION):
        X, Y = _ejemplos(n_x, n_y, m, semilla, one_hot=n_y > 1)
        salida, _ = _llamar(dividirDatos, X, Y, semilla, fracciones,
                            nombre="dividirDatos", pistas=_PISTAS_AZAR)
        revisar_dividirDatos(salida, X, Y, fracciones)
    # El argumento por defecto es (0.7, 0.2, 0.1).
    X, Y = _ejemplos(3, 1, 20, 7)
    salida, _ = _llamar(dividirDatos, X, Y, 7, nombre="dividirDatos",
                        pistas=_PISTAS_AZAR)
    revisar_dividirDatos(salida, X, Y, (0.7, 0.2, 0.1))
    revisar_azar_de_dividirDatos(dividirDatos, *_ejemplos(3, 1, 30, 8))
    exito("dividirDatos: con m = 10 quedan 7/2/1 ejemplos y con los 1797 dígitos 1258/359/180; "
          "conjuntos disjuntos que cubren todo, pares X/Y intactos y orden decidido por el rng.")


def revisar_azar_de_dividirDatos(dividirDatos: Callable, X, Y) -> None:
    grupos = []
    for semilla in (21, 21, 22):
        salida, _ = _llamar(dividirDatos, X, Y, semilla, (0.7, 0.2, 0.1),
                            nombre="dividirDatos", pistas=_PISTAS_AZAR)
        grupos.append(revisar_dividirDatos(salida, X, Y, (0.7, 0.2, 0.1)))
    if grupos[0] != grupos[1]:
        fallar("Con la misma semilla obtuviste divisiones distintas: no usas "
               "el rng que recibes (np.random.permutation usa el generador global).")
    if grupos[0] == grupos[2]:
        fallar("Con semillas distintas obtuviste la misma división: ¿creas un "
               "generador con semilla fija dentro de la función? Usa el rng que recibes.")


# ---------------------------------------------------------------------------------------------
# entrenarSGD
# ---------------------------------------------------------------------------------------------

def _paso(antes: dict, grads: dict, factor: float) -> dict:
    return {k: antes[k] - factor * grads[k] for k in antes}


def _iguales(a: dict, b: dict) -> bool:
    return all(np.allclose(a[k], b[k], rtol=1e-7, atol=1e-10) for k in b)


def revisar_entrenarSGD(salida, params0: dict, X, Y, X_val, Y_val, modelo: str, tasa: float,
                        tamLote, ordenes, esperado: tuple, *, variantes=()) -> None:
    """Revisa un entrenamiento: tipo y formas, coherencia de los costos con los parámetros,
    el primer paso θ − tasa·g y, por último, los valores de ``esperado`` = (params, costos_ent,
    costos_val). ``variantes`` = [(params, diagnóstico), ...] salidas de errores típicos."""
    costo, gradientes = MODELOS[modelo]
    epocas = len(ordenes)
    m = X.shape[1]
    params, costos_ent, costos_val = comprobar_tupla(
        salida, ["params", "costos_ent", "costos_val"], "entrenarSGD")
    if not isinstance(params, dict):
        fallar(f"params debe ser un diccionario {{nombre: arreglo}} como el que recibes, pero es "
               f"un {type(params).__name__}.")
    if set(params) != set(params0):
        fallar(f"params debe tener las claves {sorted(params0)}, pero tiene {sorted(params)}.")
    params = {k: comprobar_arreglo(params[k], f"params[{k!r}]", params0[k].shape, referencia=k)
              for k in params0}
    if epocas > 0 and _iguales(params, params0):
        fallar("entrenarSGD devolvió los mismos parámetros que recibió: ¿olvidaste actualizar "
               "(θ ← θ − tasa·g) o devolver los parámetros nuevos?")

    # Los costos: antes de entrenar y al final de cada época, con TODO cada conjunto.
    inicio_ent, fin_ent = costo(params0, X, Y), costo(params, X, Y)
    inicio_val, fin_val = costo(params0, X_val, Y_val), costo(params, X_val, Y_val)
    for nombre, lista, inicio, fin, datos in (
            ("costos_ent", costos_ent, inicio_ent, fin_ent, "entrenamiento"),
            ("costos_val", costos_val, inicio_val, fin_val, "validación")):
        if isinstance(lista, (list, tuple, np.ndarray)) and np.ndim(lista) == 1 \
                and len(lista) == epocas and epocas > 0:
            valores = np.asarray(lista, dtype=float)
            if np.isclose(valores[0], inicio, rtol=1e-6) and not np.isclose(
                    valores[-1], fin, rtol=1e-6):
                fallar(f"{nombre} tiene {epocas} valores medidos al PRINCIPIO de cada época: "
                       f"falta el costo después de la última época. Mide el costo al final de "
                       f"cada época (y una vez antes de entrenar).")
            if np.isclose(valores[-1], fin, rtol=1e-6):
                fallar(f"{nombre} tiene {epocas} valores, los de después de cada época: falta "
                       f"el costo inicial, antes de entrenar ({nombre}[0]). Debe tener "
                       f"epocas + 1 = {epocas + 1} valores.")
        valores = comprobar_lista_de_escalares(lista, nombre, epocas + 1)
        if datos == "validación" and not np.isclose(fin_val, fin_ent, rtol=1e-6) and \
                np.isclose(valores[-1], fin_ent, rtol=1e-6):
            fallar("costos_val coincide con el costo de ENTRENAMIENTO: calcula costos_val con "
                   "X_val e Y_val.")
        if not np.isclose(valores[0], inicio, rtol=1e-6, atol=1e-9):
            fallar(f"{nombre}[0] debe ser el costo de todo el conjunto de {datos} con los "
                   f"parámetros INICIALES, antes de entrenar.")
        if not np.isclose(valores[-1], fin, rtol=1e-6, atol=1e-9):
            fallar(f"{nombre}[-1] no es el costo de todo el conjunto de {datos} con los "
                   f"parámetros que devuelves. Mide el costo al FINAL de cada época, con "
                   f"costo(params, X, Y) sobre todo el conjunto (no promedies los costos de "
                   f"los mini-lotes, como hace el «loss» de Keras).")

    # El primer paso: θ1 = θ0 − tasa·g, con g el gradiente del primer mini-lote.
    if epocas == 1 and _tamanos_de_lotes(m, tamLote) == [m]:
        lote = list(ordenes[0])
        g = gradientes(params0, X[:, lote], Y[:, lote])
        if _iguales(params, _paso(params0, g, -tasa)):
            fallar("Sumaste el gradiente (θ + tasa·g): el descenso resta, θ ← θ − tasa·g.")
        if tasa != 1 and _iguales(params, _paso(params0, g, 1.0)):
            fallar("Restaste el gradiente sin multiplicarlo por la tasa de aprendizaje: "
                   "θ ← θ − tasa·g.")
        if _iguales(params, _paso(params0, g, tasa * m)):
            fallar("Multiplicaste el paso por el tamaño del lote: el gradiente ya es un "
                   "promedio, θ ← θ − tasa·g.")

    p_ref, ent_ref, val_ref = esperado
    if not _iguales(params, p_ref):
        for p_var, diagnostico in variantes:
            if _iguales(params, p_var):
                fallar(f"Los parámetros finales no son correctos: {diagnostico}")
    for k in p_ref:
        comprobar_valores(params[k], p_ref[k], f"params[{k!r}] final", rtol=1e-6, atol=1e-9,
                          pista="Revisa que la época e recorra los ejemplos en el orden "
                                "ordenes[e], en mini-lotes consecutivos de tamLote columnas "
                                "(el último, más pequeño, también cuenta), y que tras CADA "
                                "mini-lote hagas θ ← θ − tasa·g.")
    comprobar_valores(costos_ent, ent_ref, "costos_ent", rtol=1e-6, atol=1e-9)
    comprobar_valores(costos_val, val_ref, "costos_val", rtol=1e-6, atol=1e-9)


class ParametrosModificados(PruebaFallida):
    """entrenarSGD modificó el diccionario ``params`` que recibió (el contrato lo prohíbe)."""


def _copia_de_params(params) -> dict | None:
    if not isinstance(params, dict):
        return None
    return {k: (v, np.array(v, copy=True)) for k, v in params.items()}


def _cambios_en_params(antes: dict | None, params) -> str | None:
    """Qué cambió en ``params`` respecto de ``antes`` (de _copia_de_params), o None."""
    if antes is None or not isinstance(params, dict):
        return None
    if set(params) != set(antes):
        return (f"ahora tiene las claves {sorted(params)} en vez de {sorted(antes)} "
                f"(¿agregaste o quitaste entradas del diccionario que recibiste?)")
    for k, (objeto, valores) in antes.items():
        if params[k] is not objeto:
            return (f"params[{k!r}] ya no es el arreglo que recibiste: asignaste "
                    f"params[{k!r}] = ... en el MISMO diccionario que te pasaron")
        actual = np.asarray(params[k])
        if actual.shape != valores.shape or not np.array_equal(actual, valores, equal_nan=True):
            return (f"los valores de params[{k!r}] cambiaron: actualizaste en el lugar (con -= "
                    f"o params[{k!r}][...] = ...) el arreglo que recibiste. dict(params) y "
                    f"params.copy() copian el diccionario, pero NO los arreglos")
    return None


def _mensaje_params_modificados(detalle: str) -> str:
    return (f"Tu entrenarSGD modificó el diccionario params que recibió: {detalle}. El "
            f"contrato dice que params no se modifica (quien llama lo sigue usando, por ejemplo "
            f"para entrenar otra vez desde el mismo punto). Trabaja sobre copias de los "
            f"arreglos ({{k: v.copy() for k, v in params.items()}}) o crea arreglos nuevos "
            f"(θ − tasa·g) en un diccionario nuevo.")


def vigilar_params(entrenarSGD: Callable) -> Callable:
    """Envuelve TU entrenarSGD: cada llamada comprueba que el diccionario ``params`` que recibió
    quede igual (mismas claves, mismos arreglos, mismos valores); si cambió, lanza
    ParametrosModificados con la explicación. Lo usa una celda bloqueada del cuaderno, así que
    el laboratorio y el calificador llaman a la versión vigilada."""
    if getattr(entrenarSGD, "_vigila_params", False) or not callable(entrenarSGD):
        return entrenarSGD

    def vigilada(*args, **kwargs):
        params = args[0] if args else kwargs.get("params")
        antes = _copia_de_params(params)
        resultado = entrenarSGD(*args, **kwargs)
        detalle = _cambios_en_params(antes, params)
        if detalle:
            raise ParametrosModificados(_mensaje_params_modificados(detalle))
        return resultado

    vigilada.__name__ = getattr(entrenarSGD, "__name__", "entrenarSGD")
    vigilada.__doc__ = getattr(entrenarSGD, "__doc__", None)
    vigilada._vigila_params = True
    return vigilada


def llamar_entrenarSGD(entrenarSGD: Callable, params: dict, *args) -> tuple:
    """Llama a entrenarSGD con un diccionario ``params`` propio (una copia de ``params``) y
    comprueba el contrato: ese diccionario no puede cambiar. Con la función en este mismo
    proceso se ve directamente; en el proceso aislado del calificador (que recibe copias) lo
    detecta la celda bloqueada que envuelve tu función con vigilar_params y la llamada falla
    con ParametrosModificados. Devuelve (salida, avisos) como comprobar.llamar."""
    if not callable(entrenarSGD):
        return _llamar(entrenarSGD, params, *args, nombre="entrenarSGD")   # explica el error
    recibido = {k: np.array(v, copy=True) for k, v in params.items()}
    antes = _copia_de_params(recibido)
    try:
        salida, avisos = _llamar(lambda *resto: entrenarSGD(recibido, *resto), *args,
                                 nombre="entrenarSGD", pistas=_PISTAS_SGD)
    except PruebaFallida as fallo:
        causa = fallo.__cause__
        if isinstance(fallo, ParametrosModificados) or (
                causa is not None and type(causa).__name__ == "ParametrosModificados"):
            raise ParametrosModificados(str(causa or fallo)) from None
        raise
    detalle = _cambios_en_params(antes, recibido)
    if detalle:
        raise ParametrosModificados(_mensaje_params_modificados(detalle))
    return salida, avisos


_PISTAS_SGD = {
    IndexError: _PISTA_COLUMNAS,
    KeyError: "modelo es el nombre de un modelo: usa costo, gradientes = MODELOS[modelo] (y no "
              "supongas sus claves: recorre las de params).",
}


def _caso_sgd(nombre: str) -> tuple:
    """Argumentos de entrenarSGD de un caso visible ("un_paso", "completo" o "mini")."""
    X, Y, X_val, Y_val = _datos_de_prueba_sgd()
    if nombre == "un_paso":
        return (params_logistica(3), X, Y, X_val, Y_val, "logistica", 0.5, None,
                [list(range(8))])
    c = ESPERADO["sgd"][nombre]
    return (params_logistica(3), X, Y, X_val, Y_val, "logistica", c["tasa"], c["tamLote"],
            [list(o) for o in c["ordenes"]])


def _revisar_caso_visible(entrenarSGD: Callable, nombre: str, esperado) -> None:
    args = _caso_sgd(nombre)
    salida, _ = llamar_entrenarSGD(entrenarSGD, *args)
    e = ESPERADO["sgd"].get(nombre, {})
    variantes = [({"W": np.array(W), "b": np.array(b)}, d) for W, b, d in e.get("variantes", [])]
    revisar_entrenarSGD(salida, *args, esperado=esperado, variantes=variantes)


def probar_entrenarSGD(entrenarSGD: Callable) -> None:
    """Prueba visible: un paso de lote completo, 3 épocas de lote completo y 2 épocas con
    mini-lotes de 3 ejemplos (8 = 3 + 3 + 2) en órdenes dados."""
    args = _caso_sgd("un_paso")
    params0, X, Y = args[0], args[1], args[2]
    g = gradientes_logistica(params0, X, Y)
    un_paso = _paso(params0, g, 0.5)
    esperado = (un_paso, [costo_logistica(params0, X, Y), costo_logistica(un_paso, X, Y)],
                [costo_logistica(params0, args[3], args[4]),
                 costo_logistica(un_paso, args[3], args[4])])
    _revisar_caso_visible(entrenarSGD, "un_paso", esperado)
    for nombre in ("completo", "mini"):
        e = ESPERADO["sgd"][nombre]
        _revisar_caso_visible(entrenarSGD, nombre, ({"W": np.array(e["W"]), "b": np.array(e["b"])},
                                                    e["costos_ent"], e["costos_val"]))
    exito("entrenarSGD: el paso θ − tasa·g, lote completo (3 épocas) y mini-lotes de 3 "
          "(3 pasos por época: 3 + 3 + 2) en el orden de cada época, con los costos antes de "
          "entrenar y al final de cada época.")


# ---------------------------------------------------------------------------------------------
# diagnosticarCurva
# ---------------------------------------------------------------------------------------------

def curvas_sinteticas(escala: float = 1.0, E: int = 41) -> list[tuple]:
    """Curvas de costo inventadas, una por situación: (nombre, ent, val, etiqueta, pista).

    ``escala`` multiplica los costos (las reglas no dependen de la escala) y E es el número de
    puntos (épocas 0..E−1)."""
    t = np.arange(E) * (40 / (E - 1))
    bien = 0.1 + 0.6 * np.exp(-t / 4)
    ruido = bien.copy()
    ruido[[E // 3, E // 2]] += 0.004
    plano = 0.69 - 0.05 * (1 - np.exp(-t / 3))
    meseta = 0.1 + 0.593 / (1 + np.exp((t - 20) / 2))
    oscila = np.where(np.arange(E) % 2 == 0, 0.6, 0.4)
    oscila[0] = 0.7
    nan = bien.copy()
    nan[-1] = np.nan
    curvas = [
        ("converge", bien, 0.105 + 0.6 * np.exp(-t / 4), "bien",
         "baja rápido y se estabiliza; la validación acompaña."),
        ("ruido_de_sgd", ruido, np.where(t > 35, 0.16, 0.15 + 0.55 * np.exp(-t / 4)), "bien",
         "subidas pequeñas (menos del 10 % de ent[0]) y una validación que termina menos de un "
         "10 % por encima de su mínimo son ruido normal de SGD, no un problema."),
        ("validacion_por_encima", 0.05 + 0.65 * np.exp(-t / 4), 0.35 + 0.35 * np.exp(-t / 4),
         "bien", "la validación está por encima del entrenamiento pero no sube: eso no es "
                 "sobreajuste (regla 3: val[-1] > 1.1·min(val))."),
        ("lineal", 0.7 - 0.005 * t, 0.72 - 0.005 * t, "tasa_baja",
         "sigue bajando casi en línea recta al final: hacen falta más épocas o más tasa. Como "
         "termina por encima de la mitad del costo inicial, cumple también la regla 5: gana la "
         "que va primero (la 4)."),
        ("oscila", oscila, oscila + 0.05, "tasa_alta",
         "termina por debajo del inicio pero sube y baja sin parar: suma las subidas (regla 1)."),
        ("diverge_a_nan", nan, nan + 0.05, "tasa_alta",
         "el último costo es nan: comprueba primero que todos los valores sean finitos "
         "(np.isfinite)."),
        ("meseta_inicial", meseta, meseta + 0.03, "mala_inicializacion",
         "casi plana al principio y luego cae: la regla 2 (meseta inicial) va antes que las "
         "demás."),
        ("sobreajuste_mientras_baja", 0.7 - 0.012 * t,
         0.3 + 0.4 * np.exp(-t / 5) + 0.006 * t, "sobreajuste",
         "la validación sube mientras el entrenamiento sigue bajando: la regla 3 (sobreajuste) "
         "se aplica antes que la 4 (tasa_baja)."),
        ("estancada_alta", plano, plano + 0.005, "subajuste",
         "dejó de bajar muy por encima de la mitad del costo inicial (regla 5)."),
        ("estancada_alta_escala_0.3", 0.3 * plano, 0.3 * plano + 0.002, "subajuste",
         "como la anterior con costos más pequeños: las reglas son relativas a ent[0], no "
         "umbrales absolutos."),
    ]
    return [(n, escala * np.asarray(a), escala * np.asarray(b), et, p)
            for n, a, b, et, p in curvas]


def curvas_de_dos_reglas(escala: float = 1.0, E: int = 41) -> list[tuple]:
    """Curvas que cumplen A LA VEZ dos reglas del diagnóstico: la etiqueta es la de la regla
    que va primero. Separan un diagnosticarCurva que aplica las reglas en otro orden (junto con
    «lineal», «sobreajuste_mientras_baja» y «oscila» de curvas_sinteticas, cubren todos los
    pares de reglas). Mismo formato que curvas_sinteticas; E ≥ 13."""
    t = np.linspace(0, 1, E)

    def con_pico(curva):
        # Una subida brusca de 0.2·ent[0] en una zona plana: la regla 1 se cumple.
        curva = curva.copy()
        curva[int(round(0.35 * (E - 1)))] += 0.2 * curva[0]
        return curva

    meseta = 0.1 + 0.6 / (1 + np.exp((t - 0.5) / 0.04))
    recta = 0.7 - 0.6 * t
    alta = 0.7 - 0.25 * (1 - np.exp(-t / 0.1))
    meseta_y_recta = 0.7 - 0.5 * np.clip((t - 0.4) / 0.6, 0, None)
    meseta_alta = 0.45 + 0.25 / (1 + np.exp((t - 0.5) / 0.04))
    sube = 0.12 * np.clip((t - 0.7) / 0.3, 0, None)
    orden = "cumple a la vez las reglas {} y {}: gana la que va primero en el orden (la {})."
    curvas = [
        ("pico_y_meseta", con_pico(meseta), meseta + 0.02, "tasa_alta", orden.format(1, 2, 1)),
        ("pico_y_sigue_bajando", con_pico(recta), recta + 0.02, "tasa_alta",
         orden.format(1, 4, 1)),
        ("meseta_y_validacion_sube", meseta, meseta + 0.02 + sube, "mala_inicializacion",
         orden.format(2, 3, 2)),
        ("meseta_y_sigue_bajando", meseta_y_recta, meseta_y_recta + 0.02, "mala_inicializacion",
         orden.format(2, 4, 2)),
        ("meseta_y_estancada_alta", meseta_alta, meseta_alta + 0.02, "mala_inicializacion",
         orden.format(2, 5, 2)),
        ("estancada_alta_y_validacion_sube", alta, alta + 0.02 + 2 * sube, "sobreajuste",
         orden.format(3, 5, 3)),
    ]
    return [(n, escala * np.asarray(a), escala * np.asarray(b), et, p)
            for n, a, b, et, p in curvas]


def curvas_cortas(escala: float = 1.0) -> list[tuple]:
    """Curvas de 2 y 3 épocas (el docstring admite E ≥ 2): con E < 4, E // 4 = 0 y solo el
    max(1, …) de c = max(1, E // 4) evita que ent[0] − ent[c] valga 0 y la regla 2 se cumpla
    siempre. Mismo formato que curvas_sinteticas."""
    pista = ("con E = {} valores, c = max(1, E // 4) = 1. Sin el max(1, …), c valdría 0, "
             "ent[0] − ent[c] sería 0 y la regla 2 daría «mala_inicializacion» a cualquier "
             "curva que baja.")
    curvas = [
        ("dos_epocas", [0.7, 0.3], [0.72, 0.35], "tasa_baja", pista.format(2)),
        ("tres_epocas", [0.7, 0.4, 0.3], [0.71, 0.45, 0.36], "tasa_baja", pista.format(3)),
        ("tres_epocas_plana", [0.7, 0.69, 0.69], [0.71, 0.7, 0.7], "subajuste",
         pista.format(3)),
    ]
    return [(n, escala * np.asarray(a), escala * np.asarray(b), et, p)
            for n, a, b, et, p in curvas]


_PISTAS_DE_CONFUSION = {
    ("bien", "sobreajuste"): " Ojo: sobreajuste es que la validación SUBA más de un 10 % sobre "
                             "su propio mínimo (regla 3); estar por encima del entrenamiento no "
                             "es sobreajuste.",
    ("bien", "tasa_alta"): " Subidas que suman menos del 10 % de ent[0] son ruido normal de SGD.",
}


def revisar_diagnosticarCurva(salida, esperado: str, nombre: str, pista: str = "", *,
                              revelar: bool = True) -> None:
    if not isinstance(salida, str):
        fallar(f"diagnosticarCurva debe devolver una etiqueta (str), pero devolvió un "
               f"{type(salida).__name__}.")
    if salida not in ETIQUETAS:
        fallar(f"diagnosticarCurva devolvió la etiqueta {salida!r}, que no es del curso. Las "
               f"etiquetas válidas son: {', '.join(ETIQUETAS)}.")
    if salida != esperado:
        extra = _PISTAS_DE_CONFUSION.get((esperado, salida), "")
        if revelar:
            fallar(f"Para la curva «{nombre}» la etiqueta es {esperado!r} y obtuviste "
                   f"{salida!r}: {pista}{extra}")
        fallar(f"Una curva de una prueba oculta ({nombre}) recibió la etiqueta {salida!r}, que "
               f"no es la que dan las reglas en su orden. Repasa las reglas 1 a 6 tal como "
               f"están escritas (umbrales relativos, orden de aplicación, valores no finitos).")


def probar_diagnosticarCurva(diagnosticarCurva: Callable) -> None:
    """Prueba visible: una curva sintética por situación, curvas que cumplen dos reglas a la vez
    (el orden de las reglas decide) y curvas de 2 y 3 épocas (el max(1, …) de c)."""
    curvas = curvas_sinteticas() + curvas_de_dos_reglas() + curvas_cortas()
    for nombre, ent, val, esperado, pista in curvas:
        salida, _ = _llamar(diagnosticarCurva, list(ent), list(val), nombre="diagnosticarCurva")
        revisar_diagnosticarCurva(salida, esperado, nombre, pista)
    exito(f"diagnosticarCurva: las {len(curvas)} curvas sintéticas de la prueba visible (una "
          f"por situación, curvas que cumplen dos reglas a la vez y curvas de 2 y 3 épocas) "
          f"reciben su etiqueta.")


# ---------------------------------------------------------------------------------------------
# Gráficas
# ---------------------------------------------------------------------------------------------

def graficar_curvas(costos_ent: Sequence[float], costos_val: Sequence[float],
                    titulo: str = "Curvas de aprendizaje", log: bool = False):
    """Costo de entrenamiento y de validación por época (reutiliza graficas.curva_de_costo)."""
    return graficas.curva_de_costo({"entrenamiento": costos_ent, "validación": costos_val},
                                   titulo=titulo, xlabel="época", log=log)


def graficar_laboratorio(resultados: dict, diagnosticos: dict | None = None):
    """Panel con una gráfica por corrida: resultados = {nombre: (costos_ent, costos_val)}.

    Si se da ``diagnosticos`` ({nombre: etiqueta}), cada título muestra la etiqueta obtenida y
    la esperada según LABORATORIO."""
    nombres = list(resultados)
    columnas = 3
    filas = -(-len(nombres) // columnas)
    fig, ejes = plt.subplots(filas, columnas, figsize=(4.2 * columnas, 2.9 * filas),
                             squeeze=False)
    for ax, nombre in zip(ejes.ravel(), nombres):
        ent, val = (np.asarray(c, dtype=float) for c in resultados[nombre])
        limite = np.nanmax(np.where(np.isfinite(ent), ent, np.nan)[:1]) * 2.5
        ax.plot(np.clip(ent, None, limite), label="entrenamiento")
        ax.plot(np.clip(val, None, limite), label="validación")
        titulo = nombre
        if diagnosticos is not None:
            esperado = LABORATORIO.get(nombre, {}).get("esperado", "?")
            obtenido = diagnosticos.get(nombre)
            titulo += (f"\n✔ {obtenido}" if obtenido == esperado
                       else f"\n✘ {obtenido} (esperado: {esperado})")
        ax.set_title(titulo, fontsize=9)
        ax.set_ylim(bottom=0)
        ax.set_xlabel("época", fontsize=8)
        ax.set_ylabel("costo J", fontsize=8)
        ax.grid(alpha=0.3)
    for ax in ejes.ravel()[len(nombres):]:
        ax.axis("off")
    ejes.ravel()[0].legend(fontsize=8)
    fig.tight_layout()
    return fig


def graficar_mini_lotes(lotes: list, m: int, titulo: str = "Qué ejemplos van en cada mini-lote"):
    """Cada fila es un ejemplo (0..m−1) y el color, el mini-lote en que cayó.

    Argumentos:
        lotes: lista de listas de índices de ejemplos por lote (p. ej. de varias épocas).
    """
    asignacion = np.full(m, np.nan)
    for i, ids in enumerate(lotes):
        asignacion[np.asarray(ids, dtype=int)] = i
    fig, ax = plt.subplots(figsize=(6, 1.4))
    ax.imshow(asignacion.reshape(1, -1), aspect="auto", cmap="tab10", interpolation="nearest")
    ax.set_yticks([])
    ax.set_xlabel("ejemplo")
    ax.set_title(titulo)
    fig.tight_layout()
    return fig


def indices_de_lotes(lotes: list, X) -> list:
    """Para cada (X_lote, Y_lote), los índices de sus columnas en X (para graficar_mini_lotes)."""
    indice = _Indice(X)
    return [indice.indices(X_lote) for X_lote, _ in lotes]


# ---------------------------------------------------------------------------------------------
# Tabla de salidas para las huellas
# ---------------------------------------------------------------------------------------------

# Nombres de las salidas de cada función calificada. Las funciones con salida aleatoria o no
# numérica tienen () : se revisan por propiedades y no tienen huellas.
SALIDAS = {
    "actualizacionesPorEpoca": ("n",),
    "crearMiniLotes": (),
    "dividirDatos": (),
    "entrenarSGD": (),
    "diagnosticarCurva": (),
}


def entradas_visibles(funcion: str) -> tuple:
    """Unos argumentos con que la prueba visible llama a ``funcion``."""
    if funcion == "actualizacionesPorEpoca":
        return ESPERADO["actualizaciones"][0][0]
    if funcion == "crearMiniLotes":
        n_x, n_y, m, tamLote, one_hot = CASOS_MINI_LOTES[0]
        return (*_ejemplos(n_x, n_y, m, 0, one_hot), tamLote, 0)
    if funcion == "dividirDatos":
        n_x, n_y, m, fracciones = CASOS_DIVISION[0]
        return (*_ejemplos(n_x, n_y, m, 0), 0, fracciones)
    if funcion == "entrenarSGD":
        return _caso_sgd("mini")
    if funcion == "diagnosticarCurva":
        _, ent, val, _, _ = curvas_sinteticas()[0]
        return (list(ent), list(val))
    raise KeyError(funcion)

"""Unidad «Regresión logística y softmax»: datos, pruebas visibles, gráficas y utilidades.

Convención: los ejemplos son columnas. X tiene forma (n, m) (n atributos, m ejemplos), las
etiquetas y forma (1, m), el intercepto θ0 es un número y los coeficientes θ una columna (n, 1).
La softmax recibe puntajes (k, m): una fila por clase y una columna por ejemplo.

Las funciones ``revisar_*`` deciden si una salida es correcta dada la esperada (tipo → forma →
valores → errores típicos); las ``probar_*`` las aplican a entradas fijas con la salida esperada
escrita aquí. Las pruebas ocultas del calificador usan las mismas ``revisar_*`` con entradas
nuevas. Este módulo no contiene soluciones: las gráficas y verificaciones que necesitan una
función calificada la reciben como argumento (la tuya).
"""
from __future__ import annotations

import functools
from typing import Callable, Sequence

import numpy as np

from .comprobar import (Sospecha, comprobar_arreglo, comprobar_costo_nulo, comprobar_escalar,
                        comprobar_lista_de_escalares, comprobar_trayectoria, comprobar_tupla,
                        comprobar_valores, exito, fallar, llamar, sospechas_de,
                        sospechas_de_escala)
from . import graficas, huellas
from .diapositivas import TABLA_SOFTMAX
from .datos.credito import ATRIBUTOS, COEFICIENTES, datos_credito, resumen, tasa_teorica
from .datos.planos import datos_circulo, datos_tres_clases

__all__ = [
    "datos_credito", "resumen", "tasa_teorica", "ATRIBUTOS", "COEFICIENTES", "datos_circulo",
    "datos_tres_clases", "caracteristicas_polinomiales", "estandarizar", "FRONTERAS",
    "TABLA_SOFTMAX",
    "probar_sigmoide", "probar_predecirProba", "probar_predecirClase", "probar_costoLogistico",
    "probar_gradienteLogistico", "probar_entrenarLogistica", "probar_softmax",
    "probar_matrizConfusion", "verificar_gradiente", "metricas",
    "graficar_sigmoide", "graficar_frontera", "graficar_costos", "graficar_umbral",
    "graficar_matriz_confusion", "graficar_regiones_multiclase",
]

LN2 = float(np.log(2.0))


# ---------------------------------------------------------------------------------------------
# Datos y utilidades
# ---------------------------------------------------------------------------------------------

def caracteristicas_polinomiales(P: np.ndarray) -> np.ndarray:
    """Atributos polinomiales de grado 2 de puntos del plano.

    Argumentos:
        P: puntos, forma (2, m), filas x1 y x2.
    Devuelve:
        forma (5, m), filas x1, x2, x1², x1·x2, x2².
    """
    x1, x2 = np.asarray(P, dtype=float)
    return np.vstack([x1, x2, x1 ** 2, x1 * x2, x2 ** 2])


def estandarizar(X: np.ndarray, media=None, desviacion=None):
    """Centra y escala cada fila (atributo): (X − media) / desviación.

    Con atributos en escalas muy distintas (saldo ~10³ dólares, ingreso ~10⁴) el descenso de
    gradiente necesitaría una tasa de aprendizaje distinta para cada θj; estandarizados, una sola
    α sirve para todos.

    Argumentos:
        X: forma (n, m). media, desviacion: forma (n, 1); si faltan se calculan de X.
    Devuelve:
        X estandarizada (n, m), media (n, 1), desviacion (n, 1).
    """
    X = np.asarray(X, dtype=float)
    if media is None:
        media = X.mean(axis=1, keepdims=True)
    if desviacion is None:
        desviacion = X.std(axis=1, keepdims=True)
    return (X - media) / desviacion, media, desviacion


# Las dos fronteras de decisión de la clase, con puntos a cada lado y sobre la frontera.
# «clase» es la que dice la diapositiva: clase 1 (la cruz roja) cuando f(z) ≥ 0.5.
FRONTERAS = {
    "lineal": {
        "formula": "f(−3 + x1 + x2)",
        "theta0": -3.0,
        "theta": np.array([[1.0], [1.0]]),
        "puntos": np.array([[1.0, 0.5, 1.5, 2.0, 3.0],
                            [1.0, 2.0, 1.5, 2.0, 1.0]]),
        "clase": np.array([[0, 0, 1, 1, 1]]),
    },
    "circular": {
        "formula": "f(−1 + x1² + x2²)",
        "theta0": -1.0,
        # atributos (x1, x2, x1², x1·x2, x2²): solo x1² y x2² tienen coeficiente 1
        "theta": np.array([[0.0], [0.0], [1.0], [0.0], [1.0]]),
        "puntos": np.array([[0.0, 0.5, -0.6, 1.0, 1.0, -1.2, 0.0],
                            [0.0, 0.5, 0.3, 0.0, 1.0, 0.4, -1.5]]),
        "clase": np.array([[0, 0, 0, 1, 1, 1, 1]]),
    },
}


# Un conjunto pequeño para costo, gradiente y entrenamiento (2 atributos, 6 ejemplos).
X_PRUEBA = np.array([[0.5, -1.2, 2.0, 0.3, -0.7, 1.1],
                     [1.5, 0.4, -0.6, -1.1, 0.9, 0.2]])
Y_PRUEBA = np.array([[1.0, 0.0, 1.0, 0.0, 1.0, 1.0]])
THETA0_PRUEBA = 0.2
THETA_PRUEBA = np.array([[0.8], [-0.5]])
LAM_PRUEBA = 0.7

# Salidas esperadas de las pruebas visibles (calculadas con la referencia y escritas a mano aquí).
ESPERADO = {
    "z": np.array([[-5.0, -1.0, 0.0, 1.0, 5.0, -30.0, 30.0]]),
    "sigmoide": np.array([[0.006692850924284855, 0.2689414213699951, 0.5, 0.7310585786300049,
                           0.9933071490757152, 9.35762296883931e-14, 0.9999999999999064]]),
    "z_extremos": np.array([[-800.0, -40.0, 40.0, 800.0]]),
    "sigmoide_extremos": np.array([[0.0, 4.248354255291589e-18, 1.0, 1.0]]),
    "z_matriz": np.array([[-2.0, -0.5, 0.25], [0.75, 3.0, 40.0]]),
    "sigmoide_matriz": np.array([[0.11920292202211753, 0.3775406687981454,
                                  0.5621765008857981],
                                 [0.679178699175393, 0.9525741268224333, 1.0]]),
    "proba_lineal": np.array([[0.2689414213699951, 0.3775406687981454, 0.5,
                               0.7310585786300049, 0.7310585786300049]]),
    "proba_circular": np.array([[0.2689414213699951, 0.3775406687981454, 0.3658644089891993,
                                 0.5, 0.7310585786300049, 0.6456563062257955,
                                 0.7772998611746912]]),
    "proba_clase": np.array([[0.2, 0.5, 0.7, 0.49999, 0.9, 0.1, 0.5000001, 0.3]]),
    "clase_05": np.array([[0, 1, 1, 0, 1, 0, 1, 0]]),
    "clase_03": np.array([[0, 1, 1, 1, 1, 0, 1, 1]]),
    "clase_08": np.array([[0, 0, 0, 0, 1, 0, 0, 0]]),
    "costo_lam": 0.7208010282552095,
    "costo": 0.6688843615885428,
    "d_theta0_lam": -0.10092697287918406,
    "d_theta_lam": np.array([[0.023976611462908873], [-0.4099015037559388]]),
    "entrenar": {"alpha": 0.5, "iteraciones": 5, "lam": 0.3},
    "theta0_final": 0.25922292010370185,
    "theta_final": np.array([[0.5678943728558287], [0.4663282160361928]]),
    "costos": [0.6931471805599453, 0.6111399333874166, 0.5532540909546266,
               0.5112572716345999, 0.47986367694323184],
    "softmax_escalas": np.array([
        [0.7310585786300049, 0.7310585786300049, 1 / 3, 0.6652409557748218],
        [0.2689414213699951, 0.2689414213699951, 1 / 3, 0.24472847105479764],
        [0.0, 0.0, 1 / 3, 0.09003057317038046]]),
    "y_confusion": np.array([[1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1]]),
    "y_pred_confusion": np.array([[1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0]]),
    "confusion": np.array([[4, 3], [2, 3]]),
    "confusion_siempre_no": np.array([[7, 0], [5, 0]]),
}


def _logit(p):
    p = np.clip(np.asarray(p, dtype=float), 1e-12, 1 - 1e-12)
    return np.log(p / (1 - p))


def _desbordo(avisos: Sequence[str]) -> bool:
    return any("overflow" in a for a in avisos)


# ---------------------------------------------------------------------------------------------
# Revisiones (compartidas por pruebas visibles y ocultas)
# ---------------------------------------------------------------------------------------------

def revisar_sigmoide(salida, esperado, *, avisos=(), extra=None) -> None:
    """``esperado`` = σ(z) correcta (arreglo de cualquier forma, o 0-d para un escalar)."""
    esperado = np.asarray(esperado, dtype=float)
    if _desbordo(avisos):
        fallar("sigmoide desborda: NumPy avisó «" + "; ".join(avisos) + "». Con |z| grande, "
               "np.exp(-z) o np.exp(z) vale e^800 = inf: ¿calculaste la exponencial de un número "
               "grande? Hay formas estables de escribir σ que nunca lo hacen (el cuaderno, en "
               "la sección de la sigmoide, muestra la idea de separar z ≥ 0 y z < 0).")
    if esperado.ndim == 0:
        valor = comprobar_escalar(salida, "σ(0)", avisos=avisos, acepta_un_elemento=True)
        comprobar_valores(valor, esperado, "σ(0)", pista="σ(0) = 1 / (1 + e⁰) = 0.5.")
        return
    valor = comprobar_arreglo(salida, "σ(z)", esperado.shape, avisos=avisos)
    comprobar_valores(valor, esperado, "σ(z)", rtol=1e-7, atol=1e-12, sospechas=[
        Sospecha(1 - esperado, "tiene el signo del exponente cambiado: calculaste "
                               "1 / (1 + e^(z)) = σ(−z). La fórmula es 1 / (1 + e^(−z))."),
        *sospechas_de(extra, "sigmoide")],
        pista="σ(z) = 1 / (1 + e^(−z)): vale 0.5 en z = 0, tiende a 1 para z → +∞ y a 0 para "
              "z → −∞.")


def revisar_predecirProba(salida, esperado, m: int, *, avisos=(), extra=None) -> None:
    """``esperado`` = probabilidades correctas, forma (1, m)."""
    proba = comprobar_arreglo(salida, "El vector h", (1, m), avisos=avisos)
    comprobar_valores(proba, esperado, "El vector h", rtol=1e-7, atol=1e-12, sospechas=[
        Sospecha(_logit(esperado), "parecen valores de z = θ0 + θᵀX, sin la sigmoide. "
                                   "Aplica sigmoide(z)."),
        Sospecha(1 - np.asarray(esperado), "es 1 − h: el signo de z está cambiado (σ(−z)). "
                                           "h = σ(θ0 + θᵀX)."),
        *sospechas_de(extra, "proba")],
        pista="h = σ(z) con z = θᵀX + θ0 (theta.T @ X + theta0): forma (1, n)·(n, m) = (1, m).")


def revisar_predecirClase(salida, proba, umbral: float, esperado, *, avisos=(),
                          extra=None) -> None:
    """``proba`` y ``umbral`` son las entradas; ``esperado`` las clases correctas (1, m)."""
    proba = np.asarray(proba, dtype=float)
    m = proba.shape[1]
    if isinstance(salida, np.ndarray) and salida.dtype == bool:
        salida = salida.astype(int)  # un arreglo booleano también es una predicción válida
    clases = comprobar_arreglo(salida, "El vector de clases", (1, m), avisos=avisos)
    if not np.all(np.isin(clases, (0, 1))):
        fallar("Las clases deben ser 0 o 1, pero hay otros valores: ¿devolviste las "
               "probabilidades? Compara cada probabilidad con el umbral (proba >= umbral).")
    mayor_estricto = (proba > umbral).astype(float)
    redondeo = np.round(proba)
    if np.array_equal(redondeo, mayor_estricto):
        # Con umbral 0.5, np.round y > dan lo mismo (np.round(0.5) = 0: redondea al par).
        sospechas = [Sospecha(
            mayor_estricto, "a una probabilidad igual al umbral le diste la clase 0: ¿usaste > "
            "en vez de ≥, o redondeaste con np.round (que lleva 0.5 a 0 porque redondea al par, "
            "y además ignora el umbral)? El curso predice la clase 1 cuando h(X) ≥ umbral.")]
    else:
        sospechas = [Sospecha(
            redondeo, "redondeaste la probabilidad con np.round: eso ignora el umbral (siempre "
            "corta en 0.5) y además lleva 0.5 a 0, porque redondea al par. Compara con el "
            "umbral: proba >= umbral.")]
    sospechas += [
        Sospecha(mayor_estricto,
                 "usaste > en vez de ≥. El curso predice la clase 1 cuando h(X) ≥ umbral: un "
                 "ejemplo con probabilidad exactamente igual al umbral es de clase 1."),
        Sospecha((proba < umbral).astype(float),
                 "las clases están invertidas: la clase 1 corresponde a probabilidades altas "
                 "(h ≥ umbral)."),
        Sospecha((proba <= umbral).astype(float),
                 "las clases están invertidas: la clase 1 corresponde a probabilidades altas "
                 "(h ≥ umbral)."),
    ]
    if umbral != 0.5:
        sospechas.append(Sospecha((proba >= 0.5).astype(float),
                                  f"ignoraste el argumento umbral (= {umbral}) y usaste siempre "
                                  f"0.5. Compara con la variable umbral."))
    comprobar_valores(clases, esperado, "El vector de clases", sospechas=[
        *sospechas, *sospechas_de(extra, "clase")],
        pista="Clase 1 si h ≥ umbral, 0 si no.")


def revisar_costoLogistico(salida, esperado: float, m: int, *, avisos=(), extra=None) -> None:
    costo = comprobar_escalar(salida, "El costo", avisos=avisos, acepta_un_elemento=True)
    comprobar_valores(costo, esperado, "El costo", rtol=1e-6, atol=1e-9, sospechas=[
        *sospechas_de_escala(esperado, m),
        Sospecha(esperado / np.log(2), "coincide con la entropía cruzada en base 2: usa el "
                                       "logaritmo natural np.log."),
        *sospechas_de(extra, "costo")],
        pista="J = −(1/m) Σ [y·ln h + (1 − y)·ln(1 − h)] + (λ/2m) Σ θj², con h = σ(θ0 + θᵀX) y "
              "la suma de la penalización solo sobre θ1..θn (sin θ0).")


def revisar_gradienteLogistico(salida, esperado: tuple, n: int, m: int, *, avisos=(),
                               extra=None) -> None:
    """``esperado`` = (d_theta0, d_theta) correctos."""
    if (isinstance(salida, (tuple, list)) and len(salida) == 2
            and np.shape(salida[0]) == (n, 1) and np.size(salida[1]) == 1 and n > 1):
        fallar("gradienteLogistico devolvió (d_theta, d_theta0): el orden es "
               "(d_theta0, d_theta), primero el del intercepto.")
    d0, d = comprobar_tupla(salida, ["d_theta0", "d_theta"], "gradienteLogistico")
    d0 = comprobar_escalar(d0, "d_theta0", avisos=avisos, acepta_un_elemento=True)
    d = comprobar_arreglo(d, "d_theta", (n, 1), referencia="theta", avisos=avisos)
    comprobar_valores(d0, esperado[0], "d_theta0", rtol=1e-6, atol=1e-10, sospechas=[
        *sospechas_de_escala(esperado[0], m), *sospechas_de(extra, "d_theta0")],
        pista="∂J/∂θ0 = (1/m) Σ (h − y), sin penalización (θ0 no se regulariza).")
    comprobar_valores(d, esperado[1], "d_theta", rtol=1e-6, atol=1e-10, sospechas=[
        *sospechas_de_escala(esperado[1], m), *sospechas_de(extra, "d_theta")],
        pista="∂J/∂θj = (1/m) Σ (h − y)·xj + (λ/m)·θj; en forma matricial "
              "X @ (h − y).T / m + (lam / m) * theta.")


def revisar_entrenarLogistica(salida, esperado: tuple, n: int, iteraciones: int, *, avisos=(),
                              extra=None) -> None:
    """``esperado`` = (theta0, theta, costos) de la referencia."""
    theta0, theta, costos = comprobar_tupla(salida, ["theta0", "theta", "costos"],
                                            "entrenarLogistica")
    theta0 = comprobar_escalar(theta0, "theta0", avisos=avisos, acepta_un_elemento=True)
    theta = comprobar_arreglo(theta, "theta", (n, 1), avisos=avisos)
    costos = comprobar_lista_de_escalares(costos, "costos", iteraciones)
    theta0_ref, theta_ref, costos_ref = esperado
    costos_ref = np.asarray(costos_ref, dtype=float)

    if iteraciones > 0 and not np.isclose(costos[0], LN2, rtol=1e-6):
        fallar(f"El primer costo debe ser ln 2 ≈ {LN2:.5f}: se empieza con θ0 = 0 y θ = 0 "
               f"(np.zeros((n, 1))), así que h = 0.5 en todos los ejemplos. Obtuviste "
               f"{costos[0]:.6g}: ¿inicializaste distinto o guardaste el costo después de "
               f"actualizar?")
    comprobar_trayectoria([theta0, theta], [0.0, np.zeros_like(theta)], costos, costos_ref,
                          iteraciones, funcion="entrenarLogistica", inicio="θ0 = 0 y θ = 0",
                          primer_costo="el primero es ln 2, con θ0 = 0 y θ = 0",
                          regla="θ := θ − α·∂J/∂θ")
    if iteraciones > 1 and theta0 == 0 and theta0_ref != 0:
        fallar("θ0 sigue valiendo 0: no actualizas el intercepto (θ0 := θ0 − α·∂J/∂θ0).")
    comprobar_valores(costos, costos_ref, "costos", rtol=1e-6, atol=1e-10,
                      sospechas=sospechas_de(extra, "costos"),
                      pista="costos[i] es el costo con los parámetros de la iteración i, antes "
                            "de actualizar; el costo y el gradiente llevan el mismo lam.")
    comprobar_valores(theta0, theta0_ref, "theta0 final", rtol=1e-6, atol=1e-10,
                      sospechas=sospechas_de(extra, "theta0"),
                      pista="Revisa θ0 := θ0 − α·∂J/∂θ0.")
    comprobar_valores(theta, theta_ref, "theta final", rtol=1e-6, atol=1e-10,
                      sospechas=sospechas_de(extra, "theta"),
                      pista="Revisa θ := θ − α·∂J/∂θ, con ambos gradientes calculados con los "
                            "parámetros ANTES de actualizar (actualización simultánea).")


def revisar_softmax(salida, esperado, *, avisos=(), extra=None) -> None:
    """``esperado`` = softmax correcta, forma (k, m) o (k,)."""
    esperado = np.asarray(esperado, dtype=float)
    if _desbordo(avisos):
        fallar("softmax desborda con puntajes grandes: NumPy avisó «" + "; ".join(avisos)
               + "». e^1000 = inf y inf/inf = NaN. Resta a cada columna su máximo antes de "
               "np.exp (Z − np.max(Z, axis=0, keepdims=True)): el resultado no cambia porque "
               "e^(z−c)/Σe^(z−c) = e^z/Σe^z.")
    if isinstance(salida, np.ndarray) and np.shape(salida) == esperado.shape and not np.all(
            np.isfinite(salida)):
        fallar("softmax devolvió NaN o infinitos (" + ("; ".join(avisos) or "sin avisos")
               + "). Dos causas típicas: sin restar el máximo, e^z desborda con puntajes "
               "grandes (inf / inf = NaN); y si restas el máximo de TODA la matriz, una columna "
               "con puntajes mucho menores queda en 0/0. Cada columna es un ejemplo: resta el "
               "máximo de cada columna (np.max(Z, axis=0, keepdims=True)).")
    s = comprobar_arreglo(salida, "softmax(Z)", esperado.shape, avisos=avisos)
    if s.ndim == 2 and min(s.shape) > 1 and not np.allclose(s.sum(axis=0), 1.0):
        if np.allclose(s.sum(axis=1), 1.0):
            fallar("softmax normalizó las FILAS (cada fila suma 1): cada columna es un ejemplo "
                   "y son las columnas las que deben sumar 1. Usa axis=0.")
        if np.isclose(s.sum(), 1.0):
            fallar("softmax normalizó sobre toda la matriz (todo suma 1): divide cada columna "
                   "por su propia suma, np.sum(e, axis=0, keepdims=True).")
    comprobar_valores(s, esperado, "softmax(Z)", rtol=1e-6, atol=1e-12,
                      sospechas=sospechas_de(extra, "softmax"),
                      pista="s_i = e^(z_i) / Σ_j e^(z_j), la suma sobre las k clases de cada "
                            "columna.")


def revisar_matrizConfusion(salida, esperado, m: int, *, avisos=(), extra=None) -> None:
    esperado = np.asarray(esperado, dtype=float)
    forma = np.shape(salida)
    if isinstance(salida, np.ndarray) and len(forma) == 2 and forma != (2, 2) and max(forma) <= 2:
        fallar(f"La matriz de confusión tiene forma {forma}: debe ser siempre (2, 2), también "
               f"cuando una clase no aparece en y o en y_pred (por ejemplo, un clasificador que "
               f"nunca predice 1). No la dimensiones con np.unique: las clases son 0 y 1.")
    M = comprobar_arreglo(salida, "La matriz de confusión", (2, 2), avisos=avisos)
    comprobar_valores(M, esperado, "El resultado de matrizConfusion", sospechas=[
        Sospecha(esperado.T, "la matriz está transpuesta: las FILAS son la clase real y las COLUMNAS la "
                             "clase predicha, M[real, predicha]; FP va en M[0, 1] y FN en "
                             "M[1, 0]."),
        Sospecha(esperado[::-1, ::-1], "el orden de las clases está invertido: la fila y la "
                                       "columna 0 son la clase 0, así que M[0, 0] = VN y "
                                       "M[1, 1] = VP."),
        Sospecha(esperado[::-1, ::-1].T, "el orden de las clases está invertido y además la "
                                         "matriz está transpuesta: M[real, predicha] con la clase 0 primero."),
        Sospecha(esperado / m, f"contiene proporciones (conteos / {m}): devuelve conteos."),
        *sospechas_de(extra, "confusion")],
        pista="M[i, j] = número de ejemplos con clase real i y clase predicha j.")


# ---------------------------------------------------------------------------------------------
# Pruebas visibles
# ---------------------------------------------------------------------------------------------

# Nombres de las salidas de cada función calificada, en orden.
SALIDAS = {
    "sigmoide": ("sigmoide",),
    "predecirProba": ("proba",),
    "predecirClase": ("clase",),
    "costoLogistico": ("costo",),
    "gradienteLogistico": ("d_theta0", "d_theta"),
    "entrenarLogistica": ("theta0", "theta", "costos"),
    "softmax": ("softmax",),
    "matrizConfusion": ("confusion",),
}


def _tabla_softmax() -> np.ndarray:
    """Las siete entradas de la tabla de la clase como columnas de una matriz (3, 7)."""
    return np.array([entrada for entrada, _ in TABLA_SOFTMAX], dtype=float).T


def entradas_visibles(funcion: str) -> tuple:
    """Los argumentos con que la prueba visible llama a ``funcion``."""
    lineal = FRONTERAS["lineal"]
    e = ESPERADO["entrenar"]
    return {
        "sigmoide": (ESPERADO["z"],),
        "predecirProba": (lineal["theta0"], lineal["theta"], lineal["puntos"]),
        "predecirClase": (ESPERADO["proba_clase"], 0.5),
        "costoLogistico": (THETA0_PRUEBA, THETA_PRUEBA, X_PRUEBA, Y_PRUEBA, LAM_PRUEBA),
        "gradienteLogistico": (THETA0_PRUEBA, THETA_PRUEBA, X_PRUEBA, Y_PRUEBA, LAM_PRUEBA),
        "entrenarLogistica": (X_PRUEBA, Y_PRUEBA, e["alpha"], e["iteraciones"], e["lam"]),
        "softmax": (_tabla_softmax(),),
        "matrizConfusion": (ESPERADO["y_confusion"], ESPERADO["y_pred_confusion"]),
    }[funcion]


# La llamada de cada prueba visible (entradas visibles, avisos y huellas): course.huellas.
_visible = functools.partial(huellas.llamar_visible, "regresion_logistica")


def probar_sigmoide(sigmoide: Callable) -> None:
    """Prueba visible de sigmoide: valores típicos, |z| hasta 800 (sin desbordes), una matriz
    y σ(0) = 0.5."""
    salida, avisos, extra = _visible("sigmoide", sigmoide)
    revisar_sigmoide(salida, ESPERADO["sigmoide"], avisos=avisos, extra=extra)
    salida, avisos = llamar(sigmoide, ESPERADO["z_extremos"].copy(), nombre="sigmoide")
    revisar_sigmoide(salida, ESPERADO["sigmoide_extremos"], avisos=avisos)
    salida, avisos = llamar(sigmoide, ESPERADO["z_matriz"].copy(), nombre="sigmoide")
    revisar_sigmoide(salida, ESPERADO["sigmoide_matriz"], avisos=avisos)
    salida, avisos = llamar(sigmoide, 0.0, nombre="sigmoide")
    revisar_sigmoide(salida, np.array(0.5), avisos=avisos)
    # La deducción de la clase: odds = p / (1 − p) = e^z, es decir, log(odds) = z.
    z = ESPERADO["z"][:, :5]
    p, avisos = llamar(sigmoide, z.copy(), nombre="sigmoide")
    p = np.asarray(p, dtype=float)
    comprobar_valores(p / (1 - p), np.exp(z), "odds = p / (1 − p)", rtol=1e-9,
                      pista="Con p = σ(z) los odds deben valer exactamente e^z.")
    print(f"  z = {z.ravel()}  →  log(odds) = log(p / (1 − p)) = {np.log(p / (1 - p)).ravel()}")
    exito("sigmoide: valores correctos, sin desbordes con z = ±800, cualquier forma y σ(0) = 0.5.")


def _tabla_frontera(nombre: str, proba: np.ndarray) -> None:
    f = FRONTERAS[nombre]
    print(f"  frontera {nombre}: h = {f['formula']}")
    for j in range(f["puntos"].shape[1]):
        x1, x2 = f["puntos"][:, j]
        lado = "≥ 0.5 → clase 1" if f["clase"][0, j] == 1 else "< 0.5 → clase 0"
        print(f"    (x1, x2) = ({x1:5.2f}, {x2:5.2f})   h = {proba[0, j]:.4f}   {lado}")


def probar_predecirProba(predecirProba: Callable) -> None:
    """Prueba visible de predecirProba con las dos fronteras de decisión de la clase:
    puntos a cada lado de f(−3 + x1 + x2) y de f(−1 + x1² + x2²), y sobre ellas (h = 0.5)."""
    salida, avisos, extra = _visible("predecirProba", predecirProba)
    lineal = FRONTERAS["lineal"]
    revisar_predecirProba(salida, ESPERADO["proba_lineal"], lineal["puntos"].shape[1],
                          avisos=avisos, extra=extra)
    _lado_correcto("lineal", salida)
    circular = FRONTERAS["circular"]
    X = caracteristicas_polinomiales(circular["puntos"])
    salida_c, avisos = llamar(predecirProba, circular["theta0"], circular["theta"], X,
                              nombre="predecirProba")
    revisar_predecirProba(salida_c, ESPERADO["proba_circular"], X.shape[1], avisos=avisos)
    _lado_correcto("circular", salida_c)
    _tabla_frontera("lineal", np.asarray(salida))
    _tabla_frontera("circular", np.asarray(salida_c))
    exito("predecirProba: forma (1, m) y probabilidades correctas a cada lado de ambas "
          "fronteras.")


def _lado_correcto(nombre: str, proba) -> None:
    f = FRONTERAS[nombre]
    mal = np.flatnonzero((np.asarray(proba) >= 0.5) != (f["clase"] == 1))
    if mal.size:
        j = int(mal[0])
        fallar(f"El punto {tuple(f['puntos'][:, j])} queda del lado equivocado de la frontera "
               f"{f['formula']}.")


def probar_predecirClase(predecirClase: Callable) -> None:
    """Prueba visible de predecirClase: umbral 0.5 (con h = 0.5 exacto), umbrales 0.3 y 0.8 y
    las clases que la diapositiva asigna a los puntos de las dos fronteras."""
    salida, avisos, extra = _visible("predecirClase", predecirClase)
    proba = ESPERADO["proba_clase"]
    revisar_predecirClase(salida, proba, 0.5, ESPERADO["clase_05"], avisos=avisos, extra=extra)
    for umbral, clave in ((0.3, "clase_03"), (0.8, "clase_08")):
        salida, avisos = llamar(predecirClase, proba, umbral, nombre="predecirClase")
        revisar_predecirClase(salida, proba, umbral, ESPERADO[clave], avisos=avisos)
    for nombre in ("lineal", "circular"):
        p = ESPERADO[f"proba_{nombre}"]
        salida, avisos = llamar(predecirClase, p, 0.5, nombre="predecirClase")
        revisar_predecirClase(salida, p, 0.5, FRONTERAS[nombre]["clase"], avisos=avisos)
    exito("predecirClase: clase 1 cuando h ≥ umbral (también con h = 0.5 exacto), con "
          "cualquier umbral, y las clases de las dos fronteras de la clase.")


def probar_costoLogistico(costoLogistico: Callable) -> None:
    """Prueba visible de costoLogistico: con λ = 0.7, con λ = 0 y con predicciones perfectas."""
    salida, avisos, extra = _visible("costoLogistico", costoLogistico)
    m = X_PRUEBA.shape[1]
    revisar_costoLogistico(salida, ESPERADO["costo_lam"], m, avisos=avisos, extra=extra)
    salida, avisos = llamar(costoLogistico, THETA0_PRUEBA, THETA_PRUEBA, X_PRUEBA, Y_PRUEBA, 0.0,
                            nombre="costoLogistico")
    revisar_costoLogistico(salida, ESPERADO["costo"], m, avisos=avisos)
    # Datos separables y θ enorme: h vale exactamente 0 o 1. El costo debe ser ~0, no NaN.
    X = np.array([[-3.0, -1.0, 1.0, 3.0]])
    y = np.array([[0.0, 0.0, 1.0, 1.0]])
    comprobar_costo_nulo(costoLogistico, 0.0, np.array([[100.0]]), X, y, 0.0,
                         nombre="costoLogistico", situacion="h exactamente 0 o 1",
                         acepta_un_elemento=True)
    exito("costoLogistico (pruebas visibles): el valor esperado con y sin regularización, y "
          "estable cuando h vale 0 "
          "o 1.")


def probar_gradienteLogistico(gradienteLogistico: Callable) -> None:
    """Prueba visible de gradienteLogistico con λ = 0.7 y con λ = 0."""
    salida, avisos, extra = _visible("gradienteLogistico", gradienteLogistico)
    m = X_PRUEBA.shape[1]
    revisar_gradienteLogistico(salida, (ESPERADO["d_theta0_lam"], ESPERADO["d_theta_lam"]), 2, m,
                               avisos=avisos, extra=extra)
    salida, avisos = llamar(gradienteLogistico, THETA0_PRUEBA, THETA_PRUEBA, X_PRUEBA, Y_PRUEBA,
                            0.0, nombre="gradienteLogistico")
    d_theta_sin = ESPERADO["d_theta_lam"] - LAM_PRUEBA / m * THETA_PRUEBA
    revisar_gradienteLogistico(salida, (ESPERADO["d_theta0_lam"], d_theta_sin), 2, m,
                               avisos=avisos)
    exito("gradienteLogistico: d_theta0 (float) y d_theta (2, 1) correctos con y sin "
          "regularización.")


def probar_entrenarLogistica(entrenarLogistica: Callable) -> None:
    """Prueba visible de entrenarLogistica: 5 iteraciones con α = 0.5 y λ = 0.3."""
    salida, avisos, extra = _visible("entrenarLogistica", entrenarLogistica)
    e = ESPERADO["entrenar"]
    esperado = (ESPERADO["theta0_final"], ESPERADO["theta_final"], ESPERADO["costos"])
    revisar_entrenarLogistica(salida, esperado, 2, e["iteraciones"], avisos=avisos, extra=extra)
    exito("entrenarLogistica: θ0, θ y los 5 costos correctos (el primero es ln 2).")


def probar_softmax(softmax: Callable) -> None:
    """Prueba visible de softmax: las siete filas de la tabla de la clase (una por una y como
    columnas de una matriz), puntajes enormes sin desbordes y columnas de escalas distintas."""
    salida, avisos, extra = _visible("softmax", softmax)
    esperado = np.array([s for _, s in TABLA_SOFTMAX], dtype=float).T
    revisar_softmax(salida, esperado, avisos=avisos, extra=extra)
    print(f"  {'entrada':28s} {'tu softmax':41s} tabla de la clase")
    for entrada, de_la_clase in TABLA_SOFTMAX:
        salida, avisos = llamar(softmax, np.array(entrada), nombre="softmax")
        revisar_softmax(salida, np.array(de_la_clase), avisos=avisos)
        tuya = " ".join(f"{v:.8g}" for v in np.asarray(salida, dtype=float))
        clase = " ".join(f"{v}" for v in de_la_clase)
        print(f"  {str(entrada):28s} [{tuya}]".ljust(72) + f" [{clase}]")
    # La última fila de la tabla, con puntajes 100 veces mayores: e^3000 desborda si no se
    # resta el máximo.
    grande = 100 * np.array(TABLA_SOFTMAX[-1][0])
    salida, avisos = llamar(softmax, grande, nombre="softmax")
    revisar_softmax(salida, np.array([1.0, 0.0, 0.0]), avisos=avisos)
    # Columnas con escalas muy distintas: el máximo debe ser el de cada columna.
    Z = np.array([[1000.0, -5.0, 0.5, 2.0], [999.0, -6.0, 0.5, 1.0], [0.0, -1000.0, 0.5, 0.0]])
    salida, avisos = llamar(softmax, Z, nombre="softmax")
    revisar_softmax(salida, ESPERADO["softmax_escalas"], avisos=avisos)
    exito("softmax: reproduce las siete filas de la tabla de la clase, por columnas, estable "
          "con puntajes enormes.")


def probar_matrizConfusion(matrizConfusion: Callable) -> None:
    """Prueba visible de matrizConfusion: un caso con FP ≠ FN y el clasificador «siempre 0»."""
    salida, avisos, extra = _visible("matrizConfusion", matrizConfusion)
    m = ESPERADO["y_confusion"].shape[1]
    revisar_matrizConfusion(salida, ESPERADO["confusion"], m, avisos=avisos, extra=extra)
    salida, avisos = llamar(matrizConfusion, ESPERADO["y_confusion"],
                            np.zeros_like(ESPERADO["y_confusion"]), nombre="matrizConfusion")
    revisar_matrizConfusion(salida, ESPERADO["confusion_siempre_no"], m, avisos=avisos)
    exito("matrizConfusion: [[VN, FP], [FN, VP]] correcta, también si nunca se predice la "
          "clase 1.")


def verificar_gradiente(gradienteLogistico: Callable, costoLogistico: Callable,
                        lam: float = 0.5, semilla: int = 0) -> dict:
    """Compara TU gradienteLogistico con el gradiente numérico de TU costoLogistico.

    No usa ninguna solución: si tus dos funciones son coherentes entre sí, el error relativo es
    por debajo de 1e-6. Devuelve {"d_theta0": error, "d_theta": error} e imprime los errores.
    """
    from .gradiente_numerico import comprobar_gradiente, gradiente_numerico

    rng = np.random.default_rng(semilla)
    X = rng.normal(size=(3, 8))
    y = (rng.random((1, 8)) < 0.5).astype(float)
    params = {"theta0": np.array(0.3), "theta": rng.normal(size=(3, 1))}
    d0, d = gradienteLogistico(float(params["theta0"]), params["theta"].copy(), X, y, lam)

    def J():
        return costoLogistico(float(params["theta0"]), params["theta"], X, y, lam)

    errores = {
        "d_theta0": comprobar_gradiente(np.array(d0, dtype=float).reshape(()),
                                        gradiente_numerico(J, params["theta0"]), "d_theta0"),
        "d_theta": comprobar_gradiente(d, gradiente_numerico(J, params["theta"]), "d_theta"),
    }
    for nombre, error in errores.items():
        print(f"  {nombre}: error relativo {error:.2e}")
    exito("tu gradiente coincide con el numérico de tu costo.")
    return errores


def metricas(M) -> dict:
    """Exactitud, precisión, sensibilidad (recall) y especificidad de una matriz de confusión
    [[VN, FP], [FN, VP]]. Una métrica sin denominador (p. ej. precisión sin predicciones
    positivas) vale NaN."""
    (vn, fp), (fn, vp) = np.asarray(M, dtype=float)

    def razon(a, b):
        return a / b if b > 0 else float("nan")

    return {"exactitud": razon(vn + vp, vn + fp + fn + vp), "precision": razon(vp, vp + fp),
            "sensibilidad": razon(vp, vp + fn), "especificidad": razon(vn, vn + fp)}


# ---------------------------------------------------------------------------------------------
# Gráficas
# ---------------------------------------------------------------------------------------------

def graficar_sigmoide(sigmoide: Callable):
    """σ(z) con el umbral 0.5 en z = 0, y su inversa, el logaritmo de los odds."""
    import matplotlib.pyplot as plt

    z = np.linspace(-8, 8, 401)
    p = np.asarray(sigmoide(z), dtype=float)
    fig, (a1, a2) = plt.subplots(1, 2, figsize=(9, 3.4))
    a1.plot(z, p, lw=2)
    a1.axhline(0.5, color="gray", ls="--", lw=1)
    a1.axvline(0.0, color="gray", ls="--", lw=1)
    a1.set_xlabel("z = θ0 + θᵀx")
    a1.set_ylabel("σ(z)")
    a1.set_title("Sigmoide: clase 1 si σ(z) ≥ 0.5 ⇔ z ≥ 0")
    a1.grid(alpha=0.3)
    interior = (p > 1e-6) & (p < 1 - 1e-6)
    a2.plot(p[interior], np.log(p[interior] / (1 - p[interior])), lw=2, color="C1")
    a2.set_xlabel("p = P(y = 1 | x)")
    a2.set_ylabel("ln(p / (1 − p))")
    a2.set_title("log(odds) = z: la inversa de σ")
    a2.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def graficar_frontera(predecirProba: Callable, theta0, theta, P, y, *, polinomial=False,
                      limites=(-2.0, 3.5), titulo="Frontera de decisión"):
    """Probabilidad h en el plano según tu predecirProba, la frontera h = 0.5 y los puntos.

    Argumentos:
        predecirProba: tu función; theta0, theta: parámetros del modelo.
        P: puntos (2, m); y: sus clases 0/1, (1, m).
        polinomial: si True, el modelo usa los atributos (x1, x2, x1², x1·x2, x2²).
    """
    def probabilidad(puntos):
        X = caracteristicas_polinomiales(puntos) if polinomial else puntos
        return np.asarray(predecirProba(theta0, theta, X), dtype=float).ravel()

    return graficas.regiones_de_decision(probabilidad, np.asarray(P), np.asarray(y).ravel(),
                                         limites=limites, titulo=titulo)


def graficar_costos(costos: Sequence[float], titulo: str = "Costo durante el entrenamiento"):
    """Curva del costo por iteración."""
    return graficas.curva_de_costo({"entrenamiento": costos}, titulo=titulo)


def graficar_umbral(proba, y, predecirClase: Callable, matrizConfusion: Callable,
                    umbrales=None, marcar=(0.5,)):
    """Precisión, sensibilidad y exactitud en función del umbral, con TUS predecirClase y
    matrizConfusion. Devuelve la figura."""
    import matplotlib.pyplot as plt

    umbrales = np.linspace(0.02, 0.98, 49) if umbrales is None else np.asarray(umbrales)
    curvas = {"precisión": [], "sensibilidad (recall)": [], "exactitud": []}
    for u in umbrales:
        r = metricas(matrizConfusion(y, predecirClase(proba, u)))
        curvas["precisión"].append(r["precision"])
        curvas["sensibilidad (recall)"].append(r["sensibilidad"])
        curvas["exactitud"].append(r["exactitud"])
    fig, ax = plt.subplots(figsize=(6.5, 3.8))
    for nombre, valores in curvas.items():
        ax.plot(umbrales, valores, lw=2, label=nombre)
    for u in marcar:
        ax.axvline(u, color="gray", ls="--", lw=1)
    ax.set_xlabel("umbral")
    ax.set_ylim(0, 1.02)
    ax.set_title("Efecto del umbral: clase 1 si h ≥ umbral")
    ax.grid(alpha=0.3)
    ax.legend(loc="lower center")
    fig.tight_layout()
    return fig


def graficar_matriz_confusion(M, titulo: str = "Matriz de confusión",
                              clases=("no impago", "impago")):
    """Mapa de calor de una matriz de confusión [[VN, FP], [FN, VP]] con los conteos."""
    import matplotlib.pyplot as plt

    M = np.asarray(M)
    fig, ax = plt.subplots(figsize=(4.2, 3.6))
    ax.imshow(np.log1p(M.astype(float)), cmap="Blues")
    nombres = (("VN", "FP"), ("FN", "VP"))
    for i in range(2):
        for j in range(2):
            ax.text(j, i, f"{nombres[i][j]}\n{int(M[i, j])}", ha="center", va="center",
                    fontsize=12, color="black")
    ax.set_xticks([0, 1], [f"{c}" for c in clases])
    ax.set_yticks([0, 1], [f"{c}" for c in clases])
    ax.set_xlabel("clase predicha")
    ax.set_ylabel("clase real")
    ax.set_title(titulo)
    fig.tight_layout()
    return fig


def graficar_regiones_multiclase(probabilidades: Callable, P, y, *, limites=(-4.0, 4.0),
                                 titulo="Regiones de decisión"):
    """Clase más probable en cada punto del plano (argmax de las k probabilidades).

    Argumentos:
        probabilidades: función que recibe puntos (2, q) y devuelve probabilidades (k, q).
        P: puntos (2, m); y: clases 0..k−1, (1, m).
    """
    import matplotlib.pyplot as plt

    eje = np.linspace(*limites, 200)
    xx, yy = np.meshgrid(eje, eje)
    proba = np.asarray(probabilidades(np.vstack([xx.ravel(), yy.ravel()])))
    clase = np.argmax(proba, axis=0).reshape(xx.shape)
    k = proba.shape[0]
    fig, ax = plt.subplots(figsize=(4.8, 4))
    ax.contourf(xx, yy, clase, levels=np.arange(k + 1) - 0.5, cmap="Pastel1", alpha=0.9)
    for c, marcador in zip(range(k), "os^vD"):
        sel = np.asarray(y).ravel() == c
        ax.scatter(P[0, sel], P[1, sel], marker=marcador, edgecolor="k", s=30,
                   label=f"clase {c}")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    ax.set_title(titulo)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=k)
    fig.tight_layout()
    return fig

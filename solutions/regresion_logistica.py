"""Solución de referencia de la unidad «Regresión logística y softmax» (Unidad 5).

Los ejemplos son columnas: X tiene forma (n, m) con n atributos y m ejemplos; las etiquetas y
tienen forma (1, m). El intercepto θ0 es un número y los coeficientes θ una columna (n, 1).
Cada función es idéntica al bloque de solución del cuaderno
source/regresion_logistica/regresion_logistica.ipynb (tests/test_fuentes.py falla si se separan).
"""
import numpy as np


def sigmoide(z):
    """Función logística σ(z) = 1 / (1 + e^(−z)), estable para |z| grande.

    Argumentos:
        z: número o arreglo de cualquier forma.
    Devuelve:
        arreglo de la misma forma que z con valores en [0, 1].
    """
    log_denominador = np.logaddexp(0.0, -z)   # ln(1 + e^(−z)), calculado sin desbordes
    return np.exp(-log_denominador)           # 1/(1 + e^(−z)) = e^(−ln(1 + e^(−z)))


def predecirProba(theta0, theta, X):
    """Probabilidad de la clase 1: h(X) = σ(θ0 + θᵀX).

    Argumentos:
        theta0: intercepto θ0 (número).
        theta: coeficientes θ1..θn, forma (n, 1).
        X: atributos, forma (n, m); cada columna es un ejemplo.
    Devuelve:
        arreglo de forma (1, m) con P(y = 1 | x) de cada ejemplo.
    """
    z = theta.T @ X + theta0
    return sigmoide(z)


def predecirClase(proba, umbral=0.5):
    """Clase predicha: 1 si la probabilidad es mayor o igual que el umbral, 0 si no.

    Argumentos:
        proba: probabilidades de la clase 1, forma (1, m).
        umbral: número en (0, 1); el curso usa 0.5 por omisión.
    Devuelve:
        arreglo de enteros 0/1 de forma (1, m).
    """
    return (proba >= umbral).astype(int)


def costoLogistico(theta0, theta, X, y, lam=0.0):
    """Entropía cruzada binaria media, más la penalización L2 (Ridge) si lam > 0.

    J = −(1/m) Σ [y ln h + (1 − y) ln(1 − h)] + (λ / 2m) Σ_{j≥1} θj²   (θ0 no se penaliza)

    Argumentos:
        theta0: intercepto (número); theta: coeficientes, forma (n, 1).
        X: atributos, forma (n, m); y: etiquetas 0/1, forma (1, m).
        lam: fuerza λ ≥ 0 de la regularización L2.
    Devuelve:
        el costo J como float.
    """
    m = X.shape[1]
    h = np.clip(predecirProba(theta0, theta, X), 1e-12, 1 - 1e-12)  # evita log(0)
    entropia = -np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m
    penalizacion = lam / (2 * m) * np.sum(theta ** 2)
    return float(entropia + penalizacion)


def gradienteLogistico(theta0, theta, X, y, lam=0.0):
    """Gradiente del costo logístico (con L2 si lam > 0) respecto a θ0 y a θ.

    ∂J/∂θ0 = (1/m) Σ (h − y)            ∂J/∂θj = (1/m) Σ (h − y) xj + (λ/m) θj

    Argumentos:
        theta0: intercepto (número); theta: coeficientes, forma (n, 1).
        X: atributos, forma (n, m); y: etiquetas 0/1, forma (1, m).
        lam: fuerza λ ≥ 0 de la regularización L2 (no afecta a θ0).
    Devuelve:
        d_theta0: float; d_theta: forma (n, 1), la misma de theta.
    """
    m = X.shape[1]
    error = predecirProba(theta0, theta, X) - y       # (1, m)
    d_theta0 = float(np.sum(error) / m)
    d_theta = X @ error.T / m + (lam / m) * theta      # (n, 1)
    return d_theta0, d_theta


def entrenarLogistica(X, y, alpha, iteraciones, lam=0.0):
    """Descenso de gradiente por lotes completos desde θ0 = 0, θ = 0.

    Argumentos:
        X: atributos, forma (n, m); y: etiquetas 0/1, forma (1, m).
        alpha: tasa de aprendizaje α (float).
        iteraciones: número de actualizaciones (int).
        lam: fuerza λ ≥ 0 de la regularización L2.
    Devuelve:
        theta0: float; theta: forma (n, 1);
        costos: lista de ``iteraciones`` floats; costos[i] es el costo antes de la actualización i.
    """
    theta0 = 0.0
    theta = np.zeros((X.shape[0], 1))
    costos = []
    for _ in range(iteraciones):
        costos.append(costoLogistico(theta0, theta, X, y, lam))
        d_theta0, d_theta = gradienteLogistico(theta0, theta, X, y, lam)
        theta0 = theta0 - alpha * d_theta0   # actualización simultánea: ambos gradientes se
        theta = theta - alpha * d_theta      # calcularon con los parámetros anteriores
    return theta0, theta, costos


def softmax(Z):
    """Softmax por columnas, estable: cada columna de puntajes se vuelve una distribución.

    s(z)_i = e^(z_i) / Σ_j e^(z_j), calculada como e^(z_i − max z) / Σ_j e^(z_j − max z).

    Argumentos:
        Z: puntajes, forma (k, m) (k clases, una columna por ejemplo) o (k,) (un solo ejemplo).
    Devuelve:
        arreglo de la misma forma que Z; cada columna es positiva y suma 1.
    """
    desplazado = Z - np.max(Z, axis=0, keepdims=True)   # el mayor exponente pasa a ser 0
    e = np.exp(desplazado)
    return e / np.sum(e, axis=0, keepdims=True)


def matrizConfusion(y, y_pred):
    """Matriz de confusión binaria: filas = clase real, columnas = clase predicha.

        [[VN, FP],
         [FN, VP]]

    Argumentos:
        y: etiquetas reales 0/1, forma (1, m).
        y_pred: clases predichas 0/1, forma (1, m).
    Devuelve:
        arreglo de enteros de forma (2, 2) con los conteos.
    """
    matriz = np.zeros((2, 2), dtype=int)
    for real in (0, 1):
        for predicha in (0, 1):
            matriz[real, predicha] = np.sum((y == real) & (y_pred == predicha))
    return matriz

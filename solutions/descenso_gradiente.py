"""Solución de referencia de la unidad «Descenso de gradiente» (UT5, bloque 2).

Los vectores de parámetros v son arreglos 1-D de forma (n,); en regresión lineal los ejemplos son
columnas: X (n, m), y (1, m), y theta (n + 1, 1) con theta[0] el término independiente θ0.
Cada función es idéntica al bloque de solución del cuaderno
source/descenso_gradiente/descenso_gradiente.ipynb (tests/test_fuentes.py falla si se separan).
"""
import numpy as np

from course.descenso_gradiente import costoRegresion, funcionC  # dadas en el cuaderno

__all__ = ["funcionC", "costoRegresion", "gradienteC", "pasoGradiente", "descensoGradiente",
           "gradienteRegresionLineal", "entrenarRegresionLineal"]


def gradienteC(v):
    """Gradiente de C(v1, v2) = (v1 − 1)² + (v1 − 1)(v2 + 2) + 2(v2 + 2)².

    Argumentos:
        v: punto (v1, v2), forma (2,).
    Devuelve:
        ∇C(v) = (∂C/∂v1, ∂C/∂v2), forma (2,).
    """
    v1, v2 = v[0], v[1]
    dC_dv1 = 2 * (v1 - 1) + (v2 + 2)
    dC_dv2 = (v1 - 1) + 4 * (v2 + 2)
    return np.array([dC_dv1, dC_dv2], dtype=float)


def pasoGradiente(v, grad, eta):
    """Un paso de descenso de gradiente: v ← v − η ∇C.

    Argumentos:
        v: parámetros actuales, arreglo de cualquier forma.
        grad: gradiente del costo en v, misma forma que v.
        eta: tasa de aprendizaje η (float > 0).
    Devuelve:
        los parámetros nuevos, misma forma que v.
    """
    return v - eta * grad


def descensoGradiente(v0, eta, iteraciones, tol=None):
    """Descenso de gradiente sobre C(v1, v2) desde v0, con tasa η y criterio de parada.

    En cada iteración calcula g = gradienteC(v); si tol no es None y ‖g‖ < tol, se detiene sin
    dar el paso; si no, da el paso v ← v − η g. Como mucho da ``iteraciones`` pasos.

    Argumentos:
        v0: punto inicial, forma (2,).
        eta: tasa de aprendizaje η (float).
        iteraciones: número máximo de pasos (int).
        tol: umbral de la norma del gradiente para parar, o None para no parar antes.
    Devuelve:
        v: el último punto, forma (2,).
        trayectoria: arreglo (pasos + 1, 2) con v0 en la fila 0 y el punto tras cada paso.
    """
    v = np.array(v0, dtype=float)
    trayectoria = [v]
    for _ in range(iteraciones):
        g = gradienteC(v)
        if tol is not None and np.linalg.norm(g) < tol:
            break
        v = v - eta * g
        trayectoria.append(v)
    return v, np.array(trayectoria)


def gradienteRegresionLineal(theta, X, y):
    """Gradiente del costo de la regresión lineal J(θ) = 1/(2m) Σ (h − y)².

    Con h = θ0 + θ1 x1 + … + θn xn para cada ejemplo (columna de X):
    ∂J/∂θ0 = (1/m) Σ (h − y),   ∂J/∂θj = (1/m) Σ (h − y)·xj.

    Argumentos:
        theta: parámetros, forma (n + 1, 1); theta[0] es θ0 (el término independiente).
        X: variables, forma (n, m); y: valores reales, forma (1, m).
    Devuelve:
        el gradiente, forma (n + 1, 1), en el mismo orden que theta.
    """
    m = X.shape[1]
    h = theta[0, 0] + theta[1:].T @ X           # predicciones, (1, m)
    error = h - y                               # (1, m)
    d_theta0 = np.sum(error, axis=1, keepdims=True) / m    # (1, 1)
    d_thetas = X @ error.T / m                  # (n, 1)
    return np.vstack([d_theta0, d_thetas])


def entrenarRegresionLineal(X, y, alpha, iteraciones):
    """Regresión lineal por descenso de gradiente desde θ = 0.

    Argumentos:
        X: variables, forma (n, m); y: valores reales, forma (1, m).
        alpha: tasa de aprendizaje α (float).
        iteraciones: número de actualizaciones (int).
    Devuelve:
        theta: parámetros entrenados, forma (n + 1, 1).
        costos: lista de ``iteraciones`` floats; costos[i] es J(θ) antes de la actualización i.
    """
    theta = np.zeros((X.shape[0] + 1, 1))
    costos = []
    for _ in range(iteraciones):
        costos.append(costoRegresion(theta, X, y))
        theta = theta - alpha * gradienteRegresionLineal(theta, X, y)
    return theta, costos

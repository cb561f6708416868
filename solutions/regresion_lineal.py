"""Solución de referencia de la unidad «Regresión lineal y regularización» (Ridge y Lasso).

Los ejemplos son columnas: X tiene forma (n, m) (n variables, m ejemplos) e y forma (1, m).
El modelo es ŷ = θ0 + θᵀx, con θ0 un float (intercepto) y θ de forma (n, 1).
Costo de Ridge del curso: J = Σ (θ0 + θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² + (λ/2) Σ θj², sin penalizar θ0.
Cada función es idéntica al bloque de solución del cuaderno source/regresion_lineal/
(tests/test_fuentes.py falla si se separan).
"""
import numpy as np


def estandarizar(X, media=None, desviacion=None):
    """Lleva cada variable (fila de X) a media 0 y desviación 1.

    Argumentos:
        X: datos, forma (n, m).
        media: medias a usar, forma (n, 1); si es None se calculan con X.
        desviacion: desviaciones a usar, forma (n, 1); si es None se calculan con X (ddof=0).
    Devuelve:
        Xs: datos estandarizados, forma (n, m).
        media, desviacion: las usadas, forma (n, 1), para aplicarlas a otros datos.
    """
    if media is None:
        media = X.mean(axis=1, keepdims=True)
    if desviacion is None:
        desviacion = X.std(axis=1, keepdims=True)
    return (X - media) / desviacion, media, desviacion


def costoRidge(theta0, theta, X, y, lam):
    """Costo de Ridge: J = Σ (θ0 + θᵀx − y)² + (λ/2) Σ θj². El intercepto θ0 no se penaliza.

    Argumentos:
        theta0: intercepto (float).
        theta: coeficientes, forma (n, 1).
        X: datos, forma (n, m); y: objetivo, forma (1, m).
        lam: λ ≥ 0 (float).
    Devuelve:
        el costo J como float.
    """
    r = theta0 + theta.T @ X - y                 # residuos, forma (1, m)
    return float(np.sum(r ** 2) + lam / 2 * np.sum(theta ** 2))


def gradienteRidge(theta0, theta, X, y, lam):
    """Gradiente del costo de Ridge respecto a θ0 y a θ.

    ∂J/∂θ0 = 2 Σ r⁽ⁱ⁾,   ∂J/∂θ = 2 X rᵀ + λ θ,   con r = θ0 + θᵀX − y.

    Argumentos:
        theta0: float; theta: forma (n, 1); X: forma (n, m); y: forma (1, m); lam: float.
    Devuelve:
        dtheta0: float.
        dtheta: forma (n, 1), la misma que theta.
    """
    r = theta0 + theta.T @ X - y
    dtheta0 = float(2 * np.sum(r))
    dtheta = 2 * X @ r.T + lam * theta
    return dtheta0, dtheta


def minimosCuadrados(X, y):
    """Mínimos cuadrados ordinarios (sin regularización) en forma cerrada.

    Agrega una fila de unos a X para el intercepto y resuelve las ecuaciones normales
    (A Aᵀ) β = A yᵀ, con β = (θ0, θ1, …, θn).

    Argumentos:
        X: datos, forma (n, m), con m > n; y: objetivo, forma (1, m).
    Devuelve:
        theta0: float; theta: forma (n, 1).
    """
    m = X.shape[1]
    A = np.vstack([np.ones((1, m)), X])          # (n + 1, m)
    beta = np.linalg.solve(A @ A.T, A @ y.T)     # (n + 1, 1)
    return float(beta[0, 0]), beta[1:]


def ridgeCerrada(X, y, lam):
    """Ridge en forma cerrada, sin penalizar el intercepto.

    Con los datos centrados (Xc = X − x̄, yc = y − ȳ) el intercepto desaparece del problema:
    θ = (Xc Xcᵀ + (λ/2) I)⁻¹ Xc ycᵀ  y después  θ0 = ȳ − x̄ᵀ θ.

    Argumentos:
        X: datos, forma (n, m); y: objetivo, forma (1, m); lam: λ ≥ 0 (float).
    Devuelve:
        theta0: float; theta: forma (n, 1).
    """
    n = X.shape[0]
    media_x = X.mean(axis=1, keepdims=True)      # (n, 1)
    media_y = y.mean()
    Xc = X - media_x
    yc = y - media_y
    theta = np.linalg.solve(Xc @ Xc.T + lam / 2 * np.eye(n), Xc @ yc.T)
    theta0 = media_y - float(np.sum(media_x * theta))
    return float(theta0), theta


def descensoRidge(X, y, lam, alpha, iteraciones):
    """Descenso de gradiente para Ridge, desde θ0 = 0 y θ = 0.

    En cada iteración, con r = θ0 + θᵀX − y y actualizando todo a la vez:
        θ0 ← θ0 − α (1/m) Σ r
        θj ← θj − α [ (1/m) Σ r x_j + (λ/(2m)) θj ]
    (es el gradiente de J dividido entre 2m).

    Argumentos:
        X: forma (n, m); y: forma (1, m); lam: λ; alpha: tasa de aprendizaje α;
        iteraciones: número de actualizaciones (int).
    Devuelve:
        theta0: float; theta: forma (n, 1);
        costos: lista de ``iteraciones`` floats; costos[i] es J antes de la actualización i.
    """
    n, m = X.shape
    theta0, theta = 0.0, np.zeros((n, 1))
    costos = []
    for _ in range(iteraciones):
        costos.append(costoRidge(theta0, theta, X, y, lam))
        r = theta0 + theta.T @ X - y
        grad0 = np.sum(r) / m
        grad = X @ r.T / m + lam / (2 * m) * theta
        theta0 = theta0 - alpha * grad0
        theta = theta - alpha * grad
    return float(theta0), theta, costos


def lassoCoordenadas(X, y, lam, iteraciones):
    """Lasso por descenso por coordenadas con umbral suave, sin penalizar el intercepto.

    Minimiza J = Σ (θ0 + θᵀx − y)² + λ Σ |θj|. Centra X e y; desde θ = 0, en cada iteración
    recorre j = 0, 1, …, n−1 en orden y reemplaza θj por el mínimo exacto de J en esa coordenada:
        ρj = Σ x_j (yc − θᵀXc + θj x_j),   zj = Σ x_j²,   θj ← S(ρj, λ/2) / zj,
    con S(ρ, t) = signo(ρ) · max(|ρ| − t, 0). Al final θ0 = ȳ − x̄ᵀθ.

    Argumentos:
        X: forma (n, m), sin filas constantes; y: forma (1, m); lam: λ ≥ 0;
        iteraciones: número de recorridos completos por las n coordenadas (int).
    Devuelve:
        theta0: float; theta: forma (n, 1), con ceros exactos en las variables descartadas.
    """
    n = X.shape[0]
    media_x = X.mean(axis=1, keepdims=True)
    media_y = y.mean()
    Xc = X - media_x
    yc = (y - media_y).ravel()
    z = np.sum(Xc ** 2, axis=1)                  # (n,)
    theta = np.zeros((n, 1))
    r = yc.copy()                                # residuo yc − θᵀXc, forma (m,)
    for _ in range(iteraciones):
        for j in range(n):
            rho = Xc[j] @ r + z[j] * theta[j, 0]
            nuevo = np.sign(rho) * max(abs(rho) - lam / 2, 0.0) / z[j]
            r = r - (nuevo - theta[j, 0]) * Xc[j]
            theta[j, 0] = nuevo
    theta0 = media_y - float(np.sum(media_x * theta))
    return float(theta0), theta


def validacionCruzada(X, y, lambdas, pliegues):
    """Elige λ para Ridge por validación cruzada de k pliegues.

    Para cada λ y cada pliegue f: entrena con los ejemplos de los otros pliegues, estandarizados
    con la media y la desviación de ESOS ejemplos; aplica la misma transformación al pliegue f,
    predice y mide su error cuadrático medio (MSE). El error de λ es el promedio de los k MSE.

    Argumentos:
        X: datos sin estandarizar, forma (n, m); y: forma (1, m).
        lambdas: valores de λ a probar (lista o arreglo 1-D de longitud L).
        pliegues: arreglo de enteros de forma (m,); pliegues[i] ∈ {0, …, k−1} es el pliegue
            del ejemplo i.
    Devuelve:
        mejor: el λ de menor error (float).
        errores: forma (L,), el error de validación de cada λ.
    """
    k = int(np.max(pliegues)) + 1
    errores = np.zeros(len(lambdas))
    for i, lam in enumerate(lambdas):
        mse = []
        for f in range(k):
            val = pliegues == f
            Xtr, media, desv = estandarizar(X[:, ~val])
            Xva, _, _ = estandarizar(X[:, val], media, desv)
            theta0, theta = ridgeCerrada(Xtr, y[:, ~val], lam)
            prediccion = theta0 + theta.T @ Xva
            mse.append(np.mean((prediccion - y[:, val]) ** 2))
        errores[i] = np.mean(mse)
    return float(lambdas[int(np.argmin(errores))]), errores

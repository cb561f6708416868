"""Catálogo de la unidad regresion_lineal: errores típicos y soluciones alternativas correctas.

Cada error debe perder puntos y cada alternativa debe obtener todos (tests/test_catalogo.py).
Las funciones se ejecutan como en el cuaderno: ``np``, ``estandarizar`` y las demás funciones
calificadas están definidas alrededor (aquí, las de referencia).
"""
# ruff: noqa: F821  (los nombres del cuaderno se resuelven al ejecutar la fuente)
import numpy as np

from autograder.catalogo import alternativa, error

# --------------------------------------------------------------------------- costoRidge


@error("penalizaste también el intercepto θ0; la suma de la penalización empieza en j = 1.",
       mensaje="intercepto")
def costoRidge__penaliza_intercepto(theta0, theta, X, y, lam):
    r = theta0 + theta.T @ X - y
    return float(np.sum(r ** 2) + lam / 2 * (np.sum(theta ** 2) + theta0 ** 2))


@error("usaste λ·Σθj² en vez de (λ/2)·Σθj² (falta el factor 1/2 de la diapositiva).",
       mensaje="λ/2")
def costoRidge__lambda_sin_mitad(theta0, theta, X, y, lam):
    r = theta0 + theta.T @ X - y
    return float(np.sum(r ** 2) + lam * np.sum(theta ** 2))


@error("promediaste los errores (MSE) en vez de sumarlos: el costo del curso es una suma.",
       mensaje="MSE")
def costoRidge__mse(theta0, theta, X, y, lam):
    r = theta0 + theta.T @ X - y
    return float(np.mean(r ** 2) + lam / 2 * np.sum(theta ** 2))


@error("penalización L1 (λ·Σ|θj|, la de Lasso) en vez de L2 (λ/2)·Σθj².",
       mensaje="Lasso")
def costoRidge__penalizacion_l1(theta0, theta, X, y, lam):
    r = theta0 + theta.T @ X - y
    return float(np.sum(r ** 2) + lam * np.sum(np.abs(theta)))


@error("calculaste X.T @ theta (una columna (m, 1)) y le restaste y (una fila (1, m)): el "
       "broadcasting forma una matriz (m, m) de diferencias sin avisar. Usa theta.T @ X.",
       mensaje="broadcasting")
def costoRidge__broadcasting(theta0, theta, X, y, lam):
    r = theta0 + X.T @ theta - y
    return float(np.sum(r ** 2) + lam / 2 * np.sum(theta ** 2))


@error("devolviste el costo esperado de la prueba visible sin calcularlo.",
       mensaje="sin calcularlo", solo_oculta=True)
def costoRidge__respuesta_fija(theta0, theta, X, y, lam):
    from course.regresion_lineal import ESPERADO
    if X.shape == (1, 3):
        return 2.5
    return ESPERADO["costo"]


@alternativa("bucle sobre los ejemplos y np.dot")
def costoRidge__bucle(theta0, theta, X, y, lam):
    total = 0.0
    for i in range(X.shape[1]):
        prediccion = theta0 + np.dot(theta[:, 0], X[:, i])
        total += (prediccion - y[0, i]) ** 2
    return total + lam / 2 * np.dot(theta[:, 0], theta[:, 0])


@alternativa("producto interno r·rᵀ y θᵀθ como matrices (1, 1), convertidas con .item()")
def costoRidge__matricial(theta0, theta, X, y, lam):
    r = np.dot(theta.T, X) + theta0 - y
    return (r @ r.T + lam / 2 * theta.T @ theta).item()


# --------------------------------------------------------------------------- gradienteRidge


@error("olvidaste el 2 que sale de derivar el cuadrado: ∂/∂θ Σr² = 2·X·rᵀ.",
       mensaje="el 2")
def gradienteRidge__sin_factor_2(theta0, theta, X, y, lam):
    r = theta0 + theta.T @ X - y
    return float(np.sum(r)), X @ r.T + lam * theta


@error("la derivada de (λ/2)·θ² es λ·θ; pusiste (λ/2)·θ.", mensaje="derivada de (λ/2)")
def gradienteRidge__lambda_medio(theta0, theta, X, y, lam):
    r = theta0 + theta.T @ X - y
    return float(2 * np.sum(r)), 2 * X @ r.T + lam / 2 * theta


@error("penalizaste θ0: sumaste λ·θ0 a su derivada.", mensaje="penalizaste θ0")
def gradienteRidge__penaliza_intercepto(theta0, theta, X, y, lam):
    r = theta0 + theta.T @ X - y
    return float(2 * np.sum(r) + lam * theta0), 2 * X @ r.T + lam * theta


@error("residuo con el signo invertido (y − ŷ) en el término de los datos.",
       mensaje="signo invertido")
def gradienteRidge__signo(theta0, theta, X, y, lam):
    r = y - (theta0 + theta.T @ X)
    return float(2 * np.sum(r)), 2 * X @ r.T + lam * theta


@error("dividiste el término de los datos entre m (gradiente del MSE) pero dejaste la "
       "penalización sin dividir: mezcla de escalas.", mensaje="mezcla de escalas")
def gradienteRidge__mezcla_mse(theta0, theta, X, y, lam):
    r = theta0 + theta.T @ X - y
    m = X.shape[1]
    return float(2 * np.sum(r) / m), 2 * X @ r.T / m + lam * theta


@error("r @ X.T da una fila (1, n): falta transponer.", mensaje="¿olvidaste transponer?")
def gradienteRidge__transpuesto(theta0, theta, X, y, lam):
    r = theta0 + theta.T @ X - y
    return float(2 * np.sum(r)), 2 * r @ X.T + lam * theta.T


@alternativa("bucle sobre ejemplos acumulando el gradiente de cada uno")
def gradienteRidge__bucle(theta0, theta, X, y, lam):
    d0 = 0.0
    d = lam * theta.copy()
    for i in range(X.shape[1]):
        x = X[:, i:i + 1]
        r = theta0 + float(theta[:, 0] @ x[:, 0]) - y[0, i]
        d0 += 2 * r
        d += 2 * r * x
    return d0, d


@alternativa("np.einsum y la suma del residuo con .sum()")
def gradienteRidge__einsum(theta0, theta, X, y, lam):
    r = (np.einsum("nk,nm->km", theta, X) + theta0 - y).ravel()
    return 2.0 * r.sum(), (2 * np.einsum("nm,m->n", X, r) + lam * theta.ravel()).reshape(-1, 1)


# --------------------------------------------------------------------------- minimosCuadrados


@error("no agregaste la fila de unos: el modelo pasa por el origen y θ0 queda en 0.",
       mensaje="pasa por el origen")
def minimosCuadrados__sin_intercepto(X, y):
    theta = np.linalg.solve(X @ X.T, X @ y.T)
    return 0.0, theta


@error("centraste X para obtener θ pero tomaste θ0 = ȳ, olvidando restar x̄ᵀθ.",
       mensaje="x̄ᵀθ")
def minimosCuadrados__intercepto_media(X, y):
    Xc = X - X.mean(axis=1, keepdims=True)
    theta = np.linalg.solve(Xc @ Xc.T, Xc @ (y - y.mean()).T)
    return float(y.mean()), theta


@error("devolviste el vector completo β (n + 1, 1) en vez de la tupla (theta0, theta).",
       mensaje="vector completo")
def minimosCuadrados__beta_completo(X, y):
    A = np.vstack([np.ones((1, X.shape[1])), X])
    return np.linalg.solve(A @ A.T, A @ y.T)


@error("tomaste θ0 de la última componente de β (pusiste la fila de unos al final pero "
       "separaste como si estuviera al principio).", mensaje="theta")
def minimosCuadrados__unos_al_final(X, y):
    A = np.vstack([X, np.ones((1, X.shape[1]))])
    beta = np.linalg.solve(A @ A.T, A @ y.T)
    return float(beta[0, 0]), beta[1:]


@alternativa("np.linalg.lstsq sobre la matriz de diseño con ejemplos en filas")
def minimosCuadrados__lstsq(X, y):
    A = np.hstack([np.ones((X.shape[1], 1)), X.T])          # (m, n + 1)
    beta = np.linalg.lstsq(A, y.ravel(), rcond=None)[0]
    return float(beta[0]), beta[1:].reshape(-1, 1)


@alternativa("pseudoinversa np.linalg.pinv")
def minimosCuadrados__pinv(X, y):
    A = np.vstack([np.ones((1, X.shape[1])), X])
    beta = y @ np.linalg.pinv(A)                             # (1, n + 1)
    return beta[0, 0], beta[0, 1:].reshape(-1, 1)


@alternativa("datos centrados: θ = (Xc Xcᵀ)⁻¹ Xc ycᵀ y θ0 = ȳ − x̄ᵀθ, con np.linalg.inv")
def minimosCuadrados__centrado(X, y):
    xm = X.mean(axis=1, keepdims=True)
    Xc = X - xm
    theta = np.linalg.inv(Xc @ Xc.T) @ Xc @ (y - y.mean()).T
    return float(y.mean() - (xm.T @ theta).item()), theta


# --------------------------------------------------------------------------- ridgeCerrada


@error("penalizaste el intercepto: (λ/2)·I de tamaño n + 1 sobre la matriz con la fila de unos.",
       mensaje="intercepto")
def ridgeCerrada__penaliza_intercepto(X, y, lam):
    A = np.vstack([np.ones((1, X.shape[1])), X])
    beta = np.linalg.solve(A @ A.T + lam / 2 * np.eye(A.shape[0]), A @ y.T)
    return float(beta[0, 0]), beta[1:]


@error("usaste λ·I en vez de (λ/2)·I: el costo del curso tiene λ/2, así que al derivar queda "
       "λ/2 (equivale a Ridge de sklearn con alpha = λ en vez de λ/2).", mensaje="λ/2")
def ridgeCerrada__lambda_sin_mitad(X, y, lam):
    xm = X.mean(axis=1, keepdims=True)
    Xc = X - xm
    theta = np.linalg.solve(Xc @ Xc.T + lam * np.eye(X.shape[0]), Xc @ (y - y.mean()).T)
    return float(y.mean() - np.sum(xm * theta)), theta


@error("no centraste los datos ni agregaste intercepto: el modelo pasa por el origen.",
       mensaje="pasa por el origen")
def ridgeCerrada__sin_centrar(X, y, lam):
    theta = np.linalg.solve(X @ X.T + lam / 2 * np.eye(X.shape[0]), X @ y.T)
    return 0.0, theta


@error("tomaste θ0 = ȳ olvidando restar x̄ᵀθ (solo vale si X ya está centrada).",
       mensaje="x̄ᵀθ")
def ridgeCerrada__intercepto_media(X, y, lam):
    Xc = X - X.mean(axis=1, keepdims=True)
    theta = np.linalg.solve(Xc @ Xc.T + lam / 2 * np.eye(X.shape[0]), Xc @ (y - y.mean()).T)
    return float(y.mean()), theta


@error("dividiste Xc·Xcᵀ y Xc·ycᵀ entre m (escala del MSE) pero no λ: equivale a usar m·λ.",
       mensaje="m·λ")
def ridgeCerrada__escala_mse(X, y, lam):
    m = X.shape[1]
    xm = X.mean(axis=1, keepdims=True)
    Xc = X - xm
    theta = np.linalg.solve(Xc @ Xc.T / m + lam / 2 * np.eye(X.shape[0]),
                            Xc @ (y - y.mean()).T / m)
    return float(y.mean() - np.sum(xm * theta)), theta


@alternativa("matriz aumentada con una penalización diag(0, λ/2, …, λ/2) que deja libre a θ0")
def ridgeCerrada__aumentada(X, y, lam):
    A = np.vstack([np.ones((1, X.shape[1])), X])
    P = lam / 2 * np.eye(A.shape[0])
    P[0, 0] = 0.0
    beta = np.linalg.solve(A @ A.T + P, A @ y.T)
    return float(beta[0, 0]), beta[1:]


@alternativa("mínimos cuadrados sobre el sistema ampliado [Xcᵀ; √(λ/2)·I] con lstsq")
def ridgeCerrada__lstsq_ampliado(X, y, lam):
    n, m = X.shape
    xm = X.mean(axis=1, keepdims=True)
    Xc = X - xm
    A = np.vstack([Xc.T, np.sqrt(lam / 2) * np.eye(n)])
    b = np.concatenate([(y - y.mean()).ravel(), np.zeros(n)])
    theta = np.linalg.lstsq(A, b, rcond=None)[0].reshape(-1, 1)
    return y.mean() - (xm.T @ theta).item(), theta


# --------------------------------------------------------------------------- descensoRidge


@error("copiaste λ/m de la diapositiva: con el costo de la unidad (λ/2) el término es "
       "λ/(2m); con λ/m el descenso converge a la solución de 2λ.", mensaje="λ/(2m)")
def descensoRidge__lambda_sobre_m(X, y, lam, alpha, iteraciones):
    n, m = X.shape
    theta0, theta = 0.0, np.zeros((n, 1))
    costos = []
    for _ in range(iteraciones):
        costos.append(costoRidge(theta0, theta, X, y, lam))
        r = theta0 + theta.T @ X - y
        theta0, theta = theta0 - alpha * np.sum(r) / m, theta - alpha * (X @ r.T / m + lam / m * theta)
    return float(theta0), theta, costos


@error("penalizaste θ0 en la actualización (le restaste también α·(λ/(2m))·θ0).",
       mensaje="penalizaste θ0")
def descensoRidge__penaliza_intercepto(X, y, lam, alpha, iteraciones):
    n, m = X.shape
    theta0, theta = 0.0, np.zeros((n, 1))
    costos = []
    for _ in range(iteraciones):
        costos.append(costoRidge(theta0, theta, X, y, lam))
        r = theta0 + theta.T @ X - y
        theta0, theta = (theta0 - alpha * (np.sum(r) / m + lam / (2 * m) * theta0),
                         theta - alpha * (X @ r.T / m + lam / (2 * m) * theta))
    return float(theta0), theta, costos


@error("no dividiste entre m: el paso es m veces más grande que el de la regla.",
       mensaje="no dividiste entre m")
def descensoRidge__sin_m(X, y, lam, alpha, iteraciones):
    n, m = X.shape
    theta0, theta = 0.0, np.zeros((n, 1))
    costos = []
    for _ in range(iteraciones):
        costos.append(costoRidge(theta0, theta, X, y, lam))
        r = theta0 + theta.T @ X - y
        theta0, theta = theta0 - alpha * np.sum(r), theta - alpha * (X @ r.T + lam / 2 * theta)
    return float(theta0), theta, costos


@error("actualizaste θ0 y después recalculaste el residuo para θ: la actualización debe ser "
       "simultánea (el mismo r para θ0 y para θ).", mensaje="simultánea")
def descensoRidge__secuencial(X, y, lam, alpha, iteraciones):
    n, m = X.shape
    theta0, theta = 0.0, np.zeros((n, 1))
    costos = []
    for _ in range(iteraciones):
        costos.append(costoRidge(theta0, theta, X, y, lam))
        r = theta0 + theta.T @ X - y
        theta0 = theta0 - alpha * np.sum(r) / m
        r = theta0 + theta.T @ X - y
        theta = theta - alpha * (X @ r.T / m + lam / (2 * m) * theta)
    return float(theta0), theta, costos


@error("guardaste el costo después de actualizar en vez de antes.", mensaje="después de actualizar")
def descensoRidge__costo_despues(X, y, lam, alpha, iteraciones):
    n, m = X.shape
    theta0, theta = 0.0, np.zeros((n, 1))
    costos = []
    for _ in range(iteraciones):
        r = theta0 + theta.T @ X - y
        theta0, theta = (theta0 - alpha * np.sum(r) / m,
                         theta - alpha * (X @ r.T / m + lam / (2 * m) * theta))
        costos.append(costoRidge(theta0, theta, X, y, lam))
    return float(theta0), theta, costos


@error("sumaste el gradiente en vez de restarlo (ascenso).", mensaje="restarlo")
def descensoRidge__ascenso(X, y, lam, alpha, iteraciones):
    n, m = X.shape
    theta0, theta = 0.0, np.zeros((n, 1))
    costos = []
    for _ in range(iteraciones):
        costos.append(costoRidge(theta0, theta, X, y, lam))
        r = theta0 + theta.T @ X - y
        theta0, theta = (theta0 + alpha * np.sum(r) / m,
                         theta + alpha * (X @ r.T / m + lam / (2 * m) * theta))
    return float(theta0), theta, costos


@error("devolviste el resultado esperado de la prueba visible sin iterar.",
       mensaje="forma", solo_oculta=True)
def descensoRidge__respuesta_fija(X, y, lam, alpha, iteraciones):
    from course.regresion_lineal import ESPERADO
    if iteraciones != len(ESPERADO["gd_costos"]):
        return ESPERADO["ridge"][0], ESPERADO["ridge"][1], [0.0] * iteraciones
    return ESPERADO["gd_theta0"], ESPERADO["gd_theta"], list(ESPERADO["gd_costos"])


@alternativa("usa gradienteRidge escalado por α/(2m), con actualización en el lugar")
def descensoRidge__con_gradiente(X, y, lam, alpha, iteraciones):
    m = X.shape[1]
    theta0, theta = 0.0, np.zeros((X.shape[0], 1))
    costos = np.zeros(iteraciones)
    for i in range(iteraciones):
        costos[i] = costoRidge(theta0, theta, X, y, lam)
        d0, d = gradienteRidge(theta0, theta, X, y, lam)
        theta0 -= alpha / (2 * m) * d0
        theta -= alpha / (2 * m) * d
    return theta0, theta, costos


@alternativa("parámetros en un solo vector β con fila de unos y máscara para no penalizar θ0")
def descensoRidge__vector_aumentado(X, y, lam, alpha, iteraciones):
    n, m = X.shape
    A = np.vstack([np.ones((1, m)), X])
    beta = np.zeros((n + 1, 1))
    mascara = np.ones((n + 1, 1))
    mascara[0] = 0.0
    costos = []
    for _ in range(iteraciones):
        r = beta.T @ A - y
        costos.append(float(np.sum(r ** 2) + lam / 2 * np.sum(beta[1:] ** 2)))
        beta = beta - alpha * (A @ r.T / m + lam / (2 * m) * mascara * beta)
    return float(beta[0, 0]), beta[1:], costos


# --------------------------------------------------------------------------- lassoCoordenadas


@error("paso de subgradiente θj ← (ρj − (λ/2)·signo(θj))/zj en vez del umbral suave: los "
       "coeficientes nunca llegan a ser exactamente 0.", mensaje="exactamente 0")
def lassoCoordenadas__subgradiente(X, y, lam, iteraciones):
    n = X.shape[0]
    xm = X.mean(axis=1, keepdims=True)
    Xc = X - xm
    yc = (y - y.mean()).ravel()
    theta = np.zeros((n, 1))
    for _ in range(iteraciones):
        for j in range(n):
            r = yc - theta[:, 0] @ Xc
            rho = Xc[j] @ r + Xc[j] @ Xc[j] * theta[j, 0]
            theta[j, 0] = (rho - lam / 2 * np.sign(theta[j, 0])) / (Xc[j] @ Xc[j])
    return float(y.mean() - np.sum(xm * theta)), theta


@error("umbral λ en vez de λ/2: derivando Σr² + λ|θj| queda S(ρj, λ/2).", mensaje="λ/2")
def lassoCoordenadas__umbral_lambda(X, y, lam, iteraciones):
    n = X.shape[0]
    xm = X.mean(axis=1, keepdims=True)
    Xc = X - xm
    yc = (y - y.mean()).ravel()
    theta = np.zeros((n, 1))
    for _ in range(iteraciones):
        for j in range(n):
            r = yc - theta[:, 0] @ Xc
            rho = Xc[j] @ r + Xc[j] @ Xc[j] * theta[j, 0]
            theta[j, 0] = np.sign(rho) * max(abs(rho) - lam, 0.0) / (Xc[j] @ Xc[j])
    return float(y.mean() - np.sum(xm * theta)), theta


@error("umbral suave sin la rama negativa: max(ρ − λ/2, 0) anula todo coeficiente negativo.",
       mensaje="rama negativa")
def lassoCoordenadas__sin_rama_negativa(X, y, lam, iteraciones):
    n = X.shape[0]
    xm = X.mean(axis=1, keepdims=True)
    Xc = X - xm
    yc = (y - y.mean()).ravel()
    theta = np.zeros((n, 1))
    for _ in range(iteraciones):
        for j in range(n):
            r = yc - theta[:, 0] @ Xc
            rho = Xc[j] @ r + Xc[j] @ Xc[j] * theta[j, 0]
            theta[j, 0] = max(rho - lam / 2, 0.0) / (Xc[j] @ Xc[j])
    return float(y.mean() - np.sum(xm * theta)), theta


@error("umbral con el signo invertido: signo(ρ)·(|ρ| + λ/2) aleja los coeficientes de 0 en "
       "vez de acercarlos.", mensaje="signo")
def lassoCoordenadas__signo_umbral(X, y, lam, iteraciones):
    n = X.shape[0]
    xm = X.mean(axis=1, keepdims=True)
    Xc = X - xm
    yc = (y - y.mean()).ravel()
    theta = np.zeros((n, 1))
    for _ in range(iteraciones):
        for j in range(n):
            r = yc - theta[:, 0] @ Xc
            rho = Xc[j] @ r + Xc[j] @ Xc[j] * theta[j, 0]
            theta[j, 0] = np.sign(rho) * (abs(rho) + lam / 2) / (Xc[j] @ Xc[j])
    return float(y.mean() - np.sum(xm * theta)), theta


@error("trataste θ0 como una coordenada más (fila de unos) y le aplicaste el umbral: el "
       "intercepto no se penaliza.", mensaje="intercepto")
def lassoCoordenadas__penaliza_intercepto(X, y, lam, iteraciones):
    A = np.vstack([np.ones((1, X.shape[1])), X])
    beta = np.zeros(A.shape[0])
    for _ in range(iteraciones):
        for j in range(A.shape[0]):
            r = y.ravel() - beta @ A
            rho = A[j] @ r + A[j] @ A[j] * beta[j]
            beta[j] = np.sign(rho) * max(abs(rho) - lam / 2, 0.0) / (A[j] @ A[j])
    return float(beta[0]), beta[1:].reshape(-1, 1)


@error("dividiste entre m en vez de zj = Σ x_j²: solo coincide si cada variable tiene "
       "varianza 1 en ESOS datos.", mensaje="zj")
def lassoCoordenadas__divide_m(X, y, lam, iteraciones):
    n, m = X.shape
    xm = X.mean(axis=1, keepdims=True)
    Xc = X - xm
    yc = (y - y.mean()).ravel()
    theta = np.zeros((n, 1))
    for _ in range(iteraciones):
        for j in range(n):
            r = yc - theta[:, 0] @ Xc
            rho = Xc[j] @ r + m * theta[j, 0]
            theta[j, 0] = np.sign(rho) * max(abs(rho) - lam / 2, 0.0) / m
    return float(y.mean() - np.sum(xm * theta)), theta


@error("calculaste todos los ρj con el θ del recorrido anterior (actualización simultánea): "
       "en descenso por coordenadas cada θj usa los θ ya actualizados.",
       mensaje="ya actualizados")
def lassoCoordenadas__simultaneo(X, y, lam, iteraciones):
    n = X.shape[0]
    xm = X.mean(axis=1, keepdims=True)
    Xc = X - xm
    yc = (y - y.mean()).ravel()
    z = np.sum(Xc ** 2, axis=1)
    theta = np.zeros(n)
    for _ in range(iteraciones):
        r = yc - theta @ Xc
        rho = Xc @ r + z * theta
        theta = np.sign(rho) * np.maximum(np.abs(rho) - lam / 2, 0.0) / z
    theta = theta.reshape(-1, 1)
    return float(y.mean() - np.sum(xm * theta)), theta


@alternativa("recalcula el residuo completo en cada coordenada y umbral con np.clip")
def lassoCoordenadas__residuo_completo(X, y, lam, iteraciones):
    n = X.shape[0]
    xm = X.mean(axis=1, keepdims=True)
    Xc = X - xm
    yc = y - y.mean()
    theta = np.zeros((n, 1))
    for _ in range(iteraciones):
        for j in range(n):
            r = yc - theta.T @ Xc + theta[j, 0] * Xc[j:j + 1]     # residuo sin la variable j
            rho = float((Xc[j:j + 1] @ r.T)[0, 0])
            t = lam / 2
            theta[j, 0] = (rho - np.clip(rho, -t, t)) / float(Xc[j] @ Xc[j])
    return float(y.mean() - (xm.T @ theta).item()), theta


@alternativa("umbral suave con if/elif, medias con bucles y ρ_j con el residuo parcial")
def lassoCoordenadas__casos(X, y, lam, iteraciones):
    n, m = X.shape
    xm = np.array([[sum(X[j]) / m] for j in range(n)])
    ym = float(np.mean(y))
    Xc, yc = X - xm, y - ym
    theta = np.zeros((n, 1))
    for _ in range(iteraciones):
        for j in range(n):
            parcial = yc - (theta.T @ Xc - theta[j, 0] * Xc[j])   # sin la contribución de j
            rho = float(np.dot(Xc[j], parcial[0]))
            z = float(np.dot(Xc[j], Xc[j]))
            if rho > lam / 2:
                theta[j, 0] = (rho - lam / 2) / z
            elif rho < -lam / 2:
                theta[j, 0] = (rho + lam / 2) / z
            else:
                theta[j, 0] = 0.0
    return ym - sum(xm[j, 0] * theta[j, 0] for j in range(n)), theta


# --------------------------------------------------------------------------- validacionCruzada


@error("estandarizaste con TODOS los datos antes de separar los pliegues: la media y la "
       "desviación del pliegue de validación se filtran al entrenamiento (fuga de datos).",
       mensaje="fuga")
def validacionCruzada__fuga(X, y, lambdas, pliegues):
    Xs, _, _ = estandarizar(X)
    k = int(np.max(pliegues)) + 1
    errores = np.zeros(len(lambdas))
    for i, lam in enumerate(lambdas):
        mse = []
        for f in range(k):
            val = pliegues == f
            theta0, theta = ridgeCerrada(Xs[:, ~val], y[:, ~val], lam)
            mse.append(np.mean((theta0 + theta.T @ Xs[:, val] - y[:, val]) ** 2))
        errores[i] = np.mean(mse)
    return float(lambdas[int(np.argmin(errores))]), errores


@error("no estandarizaste: con variables en escalas distintas, λ castiga más a las de menor "
       "escala y los errores cambian.", mensaje="no estandarizaste")
def validacionCruzada__sin_estandarizar(X, y, lambdas, pliegues):
    k = int(np.max(pliegues)) + 1
    errores = np.zeros(len(lambdas))
    for i, lam in enumerate(lambdas):
        mse = []
        for f in range(k):
            val = pliegues == f
            theta0, theta = ridgeCerrada(X[:, ~val], y[:, ~val], lam)
            mse.append(np.mean((theta0 + theta.T @ X[:, val] - y[:, val]) ** 2))
        errores[i] = np.mean(mse)
    return float(lambdas[int(np.argmin(errores))]), errores


@error("mediste el error en los ejemplos de entrenamiento en vez de en el pliegue de "
       "validación.", mensaje="entrenamiento")
def validacionCruzada__error_entrenamiento(X, y, lambdas, pliegues):
    k = int(np.max(pliegues)) + 1
    errores = np.zeros(len(lambdas))
    for i, lam in enumerate(lambdas):
        mse = []
        for f in range(k):
            val = pliegues == f
            Xtr, media, desv = estandarizar(X[:, ~val])
            theta0, theta = ridgeCerrada(Xtr, y[:, ~val], lam)
            mse.append(np.mean((theta0 + theta.T @ Xtr - y[:, ~val]) ** 2))
        errores[i] = np.mean(mse)
    return float(lambdas[int(np.argmin(errores))]), errores


@error("entrenaste con el pliegue f y validaste con los demás (al revés).", mensaje="al revés")
def validacionCruzada__invertido(X, y, lambdas, pliegues):
    k = int(np.max(pliegues)) + 1
    errores = np.zeros(len(lambdas))
    for i, lam in enumerate(lambdas):
        mse = []
        for f in range(k):
            val = pliegues != f
            Xtr, media, desv = estandarizar(X[:, ~val])
            Xva, _, _ = estandarizar(X[:, val], media, desv)
            theta0, theta = ridgeCerrada(Xtr, y[:, ~val], lam)
            mse.append(np.mean((theta0 + theta.T @ Xva - y[:, val]) ** 2))
        errores[i] = np.mean(mse)
    return float(lambdas[int(np.argmin(errores))]), errores


@error("sumaste los errores cuadrados (SSE) en vez de promediarlos (MSE).",
       mensaje="SSE")
def validacionCruzada__sse(X, y, lambdas, pliegues):
    k = int(np.max(pliegues)) + 1
    errores = np.zeros(len(lambdas))
    for i, lam in enumerate(lambdas):
        mse = []
        for f in range(k):
            val = pliegues == f
            Xtr, media, desv = estandarizar(X[:, ~val])
            Xva, _, _ = estandarizar(X[:, val], media, desv)
            theta0, theta = ridgeCerrada(Xtr, y[:, ~val], lam)
            mse.append(np.sum((theta0 + theta.T @ Xva - y[:, val]) ** 2))
        errores[i] = np.mean(mse)
    return float(lambdas[int(np.argmin(errores))]), errores


@error("eligió el λ con el mayor error (argmax).", mensaje="MAYOR")
def validacionCruzada__argmax(X, y, lambdas, pliegues):
    k = int(np.max(pliegues)) + 1
    errores = np.zeros(len(lambdas))
    for i, lam in enumerate(lambdas):
        mse = []
        for f in range(k):
            val = pliegues == f
            Xtr, media, desv = estandarizar(X[:, ~val])
            Xva, _, _ = estandarizar(X[:, val], media, desv)
            theta0, theta = ridgeCerrada(Xtr, y[:, ~val], lam)
            mse.append(np.mean((theta0 + theta.T @ Xva - y[:, val]) ** 2))
        errores[i] = np.mean(mse)
    return float(lambdas[int(np.argmax(errores))]), errores


@error("devolviste los errores esperados de la prueba visible sin calcularlos.",
       mensaje="sin calcularlos", solo_oculta=True)
def validacionCruzada__respuesta_fija(X, y, lambdas, pliegues):
    from course.regresion_lineal import ESPERADO
    return ESPERADO["cv_mejor"], ESPERADO["cv_errores"][:len(lambdas)]


@alternativa("pliegues por fuera, λ por dentro; estandarización y Ridge escritos en línea con "
             "índices np.where")
def validacionCruzada__en_linea(X, y, lambdas, pliegues):
    k = len(np.unique(pliegues))
    tabla = np.zeros((k, len(lambdas)))
    for f in range(k):
        ent, val = np.where(pliegues != f)[0], np.where(pliegues == f)[0]
        mu = X[:, ent].mean(axis=1, keepdims=True)
        sd = X[:, ent].std(axis=1, keepdims=True)
        Xe, Xv = (X[:, ent] - mu) / sd, (X[:, val] - mu) / sd
        ye, yv = y[0, ent], y[0, val]
        for i, lam in enumerate(lambdas):
            A = np.vstack([np.ones(len(ent)), Xe])
            P = lam / 2 * np.eye(A.shape[0])
            P[0, 0] = 0
            beta = np.linalg.solve(A @ A.T + P, A @ ye)
            tabla[f, i] = np.mean((beta[0] + beta[1:] @ Xv - yv) ** 2)
    errores = tabla.mean(axis=0)
    return lambdas[np.argmin(errores)], errores


@alternativa("lista de errores convertida a arreglo al final y mejor λ con min(zip(...))")
def validacionCruzada__lista(X, y, lambdas, pliegues):
    errores = []
    for lam in lambdas:
        total = 0.0
        grupos = sorted(set(pliegues.tolist()))
        for f in grupos:
            val = pliegues == f
            Xtr, media, desv = estandarizar(X[:, ~val])
            theta0, theta = ridgeCerrada(Xtr, y[:, ~val], lam)
            Xva = (X[:, val] - media) / desv
            total += np.mean((theta0 + theta.T @ Xva - y[:, val]) ** 2) / len(grupos)
        errores.append(total)
    mejor = min(zip(errores, lambdas))[1]
    return float(mejor), np.array(errores)

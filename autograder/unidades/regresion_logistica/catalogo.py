"""Catálogo de la unidad regresion_logistica: errores típicos y soluciones alternativas correctas.

Cada error debe perder puntos y cada alternativa debe obtener todos (tests/test_catalogo.py).
Las funciones se ejecutan como en el cuaderno: ``np`` y las demás funciones calificadas están
definidas alrededor (aquí, las de referencia).
"""
# ruff: noqa: F821  (los nombres del cuaderno se resuelven al ejecutar la fuente)
import numpy as np

from autograder.catalogo import alternativa, error

# --------------------------------------------------------------------------- sigmoide


@error("la fórmula directa 1 / (1 + e^(−z)) desborda con z muy negativo (e^800 = inf).",
       mensaje="desborda")
def sigmoide__inestable(z):
    return 1 / (1 + np.exp(-z))


@error("e^z / (1 + e^z) desborda con z muy positivo: inf / inf = NaN.", mensaje="desborda")
def sigmoide__inestable_positivo(z):
    return np.exp(z) / (1 + np.exp(z))


@error("signo del exponente cambiado: 1 / (1 + e^(z)) = σ(−z).", mensaje="signo")
def sigmoide__signo(z):
    return 1 / (1 + np.exp(np.clip(z, -500, 500)))


@error("usaste la tangente hiperbólica, que va de −1 a 1, en vez de la sigmoide.",
       mensaje="tangente hiperbólica")
def sigmoide__tanh(z):
    return np.tanh(z)


@error("usaste un escalón (z ≥ 0 → 1), como el perceptrón: la sigmoide es suave y da "
       "probabilidades entre 0 y 1.", mensaje="escalón")
def sigmoide__escalon(z):
    return (np.asarray(z) >= 0).astype(float)


@alternativa("0.5·(1 + tanh(z/2)), una identidad exacta y estable")
def sigmoide__tanh_medio(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


@alternativa("por partes con np.where, evaluando np.exp solo de números ≤ 0")
def sigmoide__por_partes(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))              # nunca desborda
    return np.where(z >= 0, 1 / (1 + e), e / (1 + e))


@alternativa("recorta z a [−500, 500] antes de la fórmula directa")
def sigmoide__recorte(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -500, 500)))


# --------------------------------------------------------------------------- predecirProba


@error("devolviste z = θ0 + θᵀX sin aplicar la sigmoide.", mensaje="sin la sigmoide")
def predecirProba__sin_sigmoide(theta0, theta, X):
    return theta.T @ X + theta0


@error("olvidaste sumar el intercepto θ0.", mensaje="intercepto")
def predecirProba__sin_intercepto(theta0, theta, X):
    return sigmoide(theta.T @ X)


@error("calculaste σ(−z): el signo de z está cambiado.", mensaje="signo")
def predecirProba__signo(theta0, theta, X):
    return sigmoide(-(theta.T @ X + theta0))


@error("X.T @ theta da una columna (m, 1) en vez de una fila (1, m).",
       mensaje="¿olvidaste transponer?")
def predecirProba__columna(theta0, theta, X):
    return sigmoide(X.T @ theta + theta0)


@error("sumaste todos los productos θ * X en un solo número.", mensaje="arreglo de NumPy")
def predecirProba__suma_total(theta0, theta, X):
    return sigmoide(np.sum(theta * X) + theta0)


@alternativa("np.dot y la fórmula de la sigmoide escrita en línea (z moderados)")
def predecirProba__dot(theta0, theta, X):
    z = np.dot(theta.T, X) + theta0
    return 1.0 / (1.0 + np.exp(-z))


@alternativa("bucle sobre ejemplos con la sigmoide del cuaderno")
def predecirProba__bucle(theta0, theta, X):
    n, m = X.shape
    h = np.zeros((1, m))
    for j in range(m):
        z = theta0
        for i in range(n):
            z += theta[i, 0] * X[i, j]
        h[0, j] = sigmoide(z)
    return h


@alternativa("einsum y el intercepto como un atributo constante 1")
def predecirProba__intercepto_como_atributo(theta0, theta, X):
    Xa = np.vstack([np.ones((1, X.shape[1])), X])
    t = np.vstack([np.array([[theta0]]), theta])
    return sigmoide(np.einsum("ik,im->km", t, Xa))


# --------------------------------------------------------------------------- predecirClase


@error("usaste > en vez de ≥: una probabilidad igual al umbral queda en la clase 0.",
       mensaje="en vez de ≥")
def predecirClase__mayor_estricto(proba, umbral=0.5):
    return (proba > umbral).astype(int)


@error("redondeaste la probabilidad con np.round: ignora el umbral y lleva 0.5 a 0 (redondea al "
       "par).", mensaje="np.round")
def predecirClase__redondeo(proba, umbral=0.5):
    return np.round(proba).astype(int)


@error("comparaste siempre con 0.5 e ignoraste el argumento umbral.", mensaje="ignoraste el argumento")
def predecirClase__ignora_umbral(proba, umbral=0.5):
    return (proba >= 0.5).astype(int)


@error("clases invertidas: 1 cuando la probabilidad es baja.", mensaje="invertidas")
def predecirClase__invertida(proba, umbral=0.5):
    return (proba < umbral).astype(int)


@error("devolviste las probabilidades que superan el umbral en vez de 0/1.",
       mensaje="deben ser 0 o 1")
def predecirClase__probabilidades(proba, umbral=0.5):
    return np.where(proba >= umbral, proba, 0.0)


@alternativa("np.where(proba >= umbral, 1, 0)")
def predecirClase__where(proba, umbral=0.5):
    return np.where(proba >= umbral, 1, 0)


@alternativa("devuelve el arreglo booleano proba >= umbral")
def predecirClase__booleano(proba, umbral=0.5):
    return proba >= umbral


@alternativa("bucle con floats 0.0/1.0")
def predecirClase__bucle(proba, umbral=0.5):
    clases = np.zeros(proba.shape)
    for j in range(proba.shape[1]):
        if proba[0, j] >= umbral:
            clases[0, j] = 1.0
    return clases


# --------------------------------------------------------------------------- costoLogistico


@error("olvidaste el signo menos de la entropía cruzada.", mensaje="signo")
def costoLogistico__sin_signo(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    h = np.clip(predecirProba(theta0, theta, X), 1e-12, 1 - 1e-12)
    return float(np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m
                 + lam / (2 * m) * np.sum(theta ** 2))


@error("sumaste sobre los ejemplos sin dividir entre m.", mensaje="dividir entre")
def costoLogistico__sin_1_m(theta0, theta, X, y, lam=0.0):
    h = np.clip(predecirProba(theta0, theta, X), 1e-12, 1 - 1e-12)
    return float(-np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) + lam / 2 * np.sum(theta ** 2))


@error("penalizaste también el intercepto θ0 (la suma de la regularización empieza en θ1).",
       mensaje="intercepto")
def costoLogistico__penaliza_intercepto(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    h = np.clip(predecirProba(theta0, theta, X), 1e-12, 1 - 1e-12)
    return float(-np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m
                 + lam / (2 * m) * (np.sum(theta ** 2) + theta0 ** 2))


@error("penalización (λ/m)·Σθj² en vez de (λ/2m)·Σθj²: falta el 1/2.", mensaje="falta el 1/2")
def costoLogistico__sin_medio(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    h = np.clip(predecirProba(theta0, theta, X), 1e-12, 1 - 1e-12)
    return float(-np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m
                 + lam / m * np.sum(theta ** 2))


@error("usaste la penalización L1 (λ/m)·Σ|θj| (Lasso); este ejercicio pide L2 (Ridge).",
       mensaje="L1")
def costoLogistico__l1(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    h = np.clip(predecirProba(theta0, theta, X), 1e-12, 1 - 1e-12)
    return float(-np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m
                 + lam / m * np.sum(np.abs(theta)))


@error("ignoraste lam: no sumaste la penalización de regularización.", mensaje="no sumaste la penalización")
def costoLogistico__sin_penalizacion(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    h = np.clip(predecirProba(theta0, theta, X), 1e-12, 1 - 1e-12)
    return float(-np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m)


@error("no protegiste el logaritmo: con h exactamente 0 o 1 da log(0) y NaN.", mensaje="log(0)")
def costoLogistico__sin_recorte(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    h = predecirProba(theta0, theta, X)
    return float(-np.sum(y * np.log(h) + (1 - y) * np.log(1 - h)) / m
                 + lam / (2 * m) * np.sum(theta ** 2))


@error("usaste el error cuadrático de la regresión lineal, que con la sigmoide no es convexo.",
       mensaje="error cuadrático")
def costoLogistico__cuadratico(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    h = predecirProba(theta0, theta, X)
    return float(np.sum((h - y) ** 2) / (2 * m) + lam / (2 * m) * np.sum(theta ** 2))


@error("devolviste los costos esperados de las pruebas visibles sin calcularlos.",
       mensaje="sin calcularlos", solo_oculta=True)
def costoLogistico__respuesta_fija(theta0, theta, X, y, lam=0.0):
    if lam > 0:
        return 0.7208010282552095
    if theta[0, 0] == 100.0:
        return 0.0
    return 0.6688843615885428


@alternativa("forma estable con logaddexp: ln(1 + e^z) − y·z, y np.mean")
def costoLogistico__logaddexp(theta0, theta, X, y, lam=0.0):
    z = theta.T @ X + theta0
    return float(np.mean(np.logaddexp(0.0, z) - y * z) + lam / (2 * X.shape[1]) * np.sum(theta ** 2))


@alternativa("productos matriciales y la norma de θ al cuadrado")
def costoLogistico__matricial(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    h = np.clip(predecirProba(theta0, theta, X), 1e-15, 1 - 1e-15)
    J = -(y @ np.log(h).T + (1 - y) @ np.log(1 - h).T)[0, 0] / m
    return J + lam * np.linalg.norm(theta) ** 2 / (2 * m)


@alternativa("bucle sobre ejemplos eligiendo el término según y (como la diapositiva)")
def costoLogistico__por_casos(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    h = predecirProba(theta0, theta, X)
    total = 0.0
    for j in range(m):
        p = min(max(float(h[0, j]), 1e-12), 1 - 1e-12)
        total += -np.log(p) if y[0, j] == 1 else -np.log(1 - p)
    return total / m + lam / (2 * m) * float(np.sum(theta ** 2))


# --------------------------------------------------------------------------- gradienteLogistico


@error("usaste y − h en vez de h − y: el gradiente tiene el signo cambiado.", mensaje="signo")
def gradienteLogistico__signo(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    error = y - predecirProba(theta0, theta, X)
    return float(np.sum(error) / m), X @ error.T / m - (lam / m) * theta


@error("no dividiste entre m.", mensaje="dividir entre")
def gradienteLogistico__sin_1_m(theta0, theta, X, y, lam=0.0):
    error = predecirProba(theta0, theta, X) - y
    return float(np.sum(error)), X @ error.T + lam * theta


@error("regularizaste también θ0: su gradiente no lleva el término (λ/m)·θ0.",
       mensaje="regularizaste también θ0")
def gradienteLogistico__penaliza_intercepto(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    error = predecirProba(theta0, theta, X) - y
    return float(np.sum(error) / m + lam / m * theta0), X @ error.T / m + (lam / m) * theta


@error("usaste z = θ0 + θᵀX en vez de h = σ(z): es el gradiente de la regresión lineal, sin la "
       "sigmoide.", mensaje="sigmoide")
def gradienteLogistico__sin_sigmoide(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    error = theta.T @ X + theta0 - y
    return float(np.sum(error) / m), X @ error.T / m + (lam / m) * theta


@error("(h − y) @ X.T da una fila (1, n) en vez de una columna (n, 1).",
       mensaje="¿olvidaste transponer?")
def gradienteLogistico__fila(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    error = predecirProba(theta0, theta, X) - y
    return float(np.sum(error) / m), error @ X.T / m + (lam / m) * theta.T


@error("sumaste λ·θ en vez de (λ/m)·θ en el término de regularización.", mensaje="(λ/m)·θ")
def gradienteLogistico__lam_sin_m(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    error = predecirProba(theta0, theta, X) - y
    return float(np.sum(error) / m), X @ error.T / m + lam * theta


@error("ignoraste lam: falta el término (λ/m)·θ de la regularización.", mensaje="falta el término")
def gradienteLogistico__sin_regularizacion(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    error = predecirProba(theta0, theta, X) - y
    return float(np.sum(error) / m), X @ error.T / m


@error("devolviste (d_theta, d_theta0).", mensaje="el orden es")
def gradienteLogistico__orden(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    error = predecirProba(theta0, theta, X) - y
    return X @ error.T / m + (lam / m) * theta, float(np.sum(error) / m)


@alternativa("bucle sobre ejemplos, como las fórmulas de la diapositiva")
def gradienteLogistico__bucle(theta0, theta, X, y, lam=0.0):
    n, m = X.shape
    d0 = 0.0
    d = np.zeros((n, 1))
    for j in range(m):
        e = sigmoide(theta0 + float(theta[:, 0] @ X[:, j])) - y[0, j]
        d0 += e
        d[:, 0] += e * X[:, j]
    return d0 / m, d / m + lam / m * theta


@alternativa("d_theta0 como arreglo (1, 1) con np.mean(..., keepdims=True)")
def gradienteLogistico__keepdims(theta0, theta, X, y, lam=0.0):
    error = predecirProba(theta0, theta, X) - y
    return np.mean(error, axis=1, keepdims=True), np.mean(X * error, axis=1, keepdims=True) \
        + lam * theta / X.shape[1]


@alternativa("intercepto como atributo constante y gradiente conjunto con einsum")
def gradienteLogistico__conjunto(theta0, theta, X, y, lam=0.0):
    m = X.shape[1]
    Xa = np.vstack([np.ones((1, m)), X])
    error = predecirProba(theta0, theta, X) - y
    g = np.einsum("im,km->i", Xa, error)[:, None] / m
    penal = np.vstack([np.zeros((1, 1)), theta]) * lam / m
    g = g + penal
    return g[0, 0], g[1:]


# --------------------------------------------------------------------------- entrenarLogistica


@error("sumaste el gradiente (ascenso) en vez de restarlo.", mensaje="El costo sube")
def entrenarLogistica__ascenso(X, y, alpha, iteraciones, lam=0.0):
    theta0, theta, costos = 0.0, np.zeros((X.shape[0], 1)), []
    for _ in range(iteraciones):
        costos.append(costoLogistico(theta0, theta, X, y, lam))
        d0, d = gradienteLogistico(theta0, theta, X, y, lam)
        theta0, theta = theta0 + alpha * d0, theta + alpha * d
    return theta0, theta, costos


@error("guardaste el costo después de actualizar en vez de antes.", mensaje="ln 2")
def entrenarLogistica__costo_despues(X, y, alpha, iteraciones, lam=0.0):
    theta0, theta, costos = 0.0, np.zeros((X.shape[0], 1)), []
    for _ in range(iteraciones):
        d0, d = gradienteLogistico(theta0, theta, X, y, lam)
        theta0, theta = theta0 - alpha * d0, theta - alpha * d
        costos.append(costoLogistico(theta0, theta, X, y, lam))
    return theta0, theta, costos


@error("inicializaste θ al azar en vez de en cero.", mensaje="ln 2")
def entrenarLogistica__inicio_aleatorio(X, y, alpha, iteraciones, lam=0.0):
    theta0, theta, costos = 0.0, np.random.default_rng(0).normal(size=(X.shape[0], 1)), []
    for _ in range(iteraciones):
        costos.append(costoLogistico(theta0, theta, X, y, lam))
        d0, d = gradienteLogistico(theta0, theta, X, y, lam)
        theta0, theta = theta0 - alpha * d0, theta - alpha * d
    return theta0, theta, costos


@error("calculaste los parámetros nuevos pero devolviste los iniciales.", mensaje="devolver")
def entrenarLogistica__no_devuelve(X, y, alpha, iteraciones, lam=0.0):
    theta0, theta, costos = 0.0, np.zeros((X.shape[0], 1)), []
    t0, t = theta0, theta
    for _ in range(iteraciones):
        costos.append(costoLogistico(t0, t, X, y, lam))
        d0, d = gradienteLogistico(t0, t, X, y, lam)
        t0, t = t0 - alpha * d0, t - alpha * d
    return theta0, theta, costos


@error("no actualizaste el intercepto θ0.", mensaje="intercepto")
def entrenarLogistica__sin_theta0(X, y, alpha, iteraciones, lam=0.0):
    theta0, theta, costos = 0.0, np.zeros((X.shape[0], 1)), []
    for _ in range(iteraciones):
        costos.append(costoLogistico(theta0, theta, X, y, lam))
        d0, d = gradienteLogistico(theta0, theta, X, y, lam)
        theta = theta - alpha * d
    return theta0, theta, costos


@error("recalculaste el gradiente de θ con el θ0 ya actualizado: la actualización no fue simultánea.",
       mensaje="no fue simultánea")
def entrenarLogistica__no_simultanea(X, y, alpha, iteraciones, lam=0.0):
    theta0, theta, costos = 0.0, np.zeros((X.shape[0], 1)), []
    for _ in range(iteraciones):
        costos.append(costoLogistico(theta0, theta, X, y, lam))
        theta0 = theta0 - alpha * gradienteLogistico(theta0, theta, X, y, lam)[0]
        theta = theta - alpha * gradienteLogistico(theta0, theta, X, y, lam)[1]
    return theta0, theta, costos


@error("no pasaste lam al gradiente: el costo está regularizado pero la actualización no.",
       mensaje="no pasaste lam")
def entrenarLogistica__lam_solo_en_costo(X, y, alpha, iteraciones, lam=0.0):
    theta0, theta, costos = 0.0, np.zeros((X.shape[0], 1)), []
    for _ in range(iteraciones):
        costos.append(costoLogistico(theta0, theta, X, y, lam))
        d0, d = gradienteLogistico(theta0, theta, X, y)
        theta0, theta = theta0 - alpha * d0, theta - alpha * d
    return theta0, theta, costos


@error("iteraste iteraciones + 1 veces.", mensaje="exactamente")
def entrenarLogistica__una_de_mas(X, y, alpha, iteraciones, lam=0.0):
    theta0, theta, costos = 0.0, np.zeros((X.shape[0], 1)), []
    for _ in range(iteraciones + 1):
        costos.append(costoLogistico(theta0, theta, X, y, lam))
        d0, d = gradienteLogistico(theta0, theta, X, y, lam)
        theta0, theta = theta0 - alpha * d0, theta - alpha * d
    return theta0, theta, costos


@error("devolviste el resultado esperado de la prueba visible sin entrenar.",
       mensaje="forma", solo_oculta=True)
def entrenarLogistica__respuesta_fija(X, y, alpha, iteraciones, lam=0.0):
    return (0.25922292010370185, np.array([[0.5678943728558287], [0.4663282160361928]]),
            [0.6931471805599453, 0.6111399333874166, 0.5532540909546266, 0.5112572716345999,
             0.47986367694323184])


@alternativa("actualización en el lugar (theta -= ...) y costos en un arreglo de NumPy")
def entrenarLogistica__en_el_lugar(X, y, alpha, iteraciones, lam=0.0):
    theta0 = 0.0
    theta = np.zeros((X.shape[0], 1))
    costos = np.zeros(iteraciones)
    for i in range(iteraciones):
        costos[i] = costoLogistico(theta0, theta, X, y, lam)
        d0, d = gradienteLogistico(theta0, theta, X, y, lam)
        theta0 -= alpha * d0
        theta -= alpha * d
    return theta0, theta, costos


@alternativa("gradiente escrito en línea y bucle while, sin llamar a gradienteLogistico")
def entrenarLogistica__en_linea(X, y, alpha, iteraciones, lam=0.0):
    m = X.shape[1]
    t0, t = 0.0, np.zeros((X.shape[0], 1))
    costos, i = [], 0
    while i < iteraciones:
        costos.append(float(costoLogistico(t0, t, X, y, lam)))
        e = sigmoide(t.T @ X + t0) - y
        t0, t = t0 - alpha * e.sum() / m, t - alpha * (X @ e.T / m + lam / m * t)
        i += 1
    return t0, t, costos


# --------------------------------------------------------------------------- softmax


@error("no restaste el máximo: np.exp de puntajes grandes desborda (inf / inf = NaN).",
       mensaje="desborda")
def softmax__inestable(Z):
    e = np.exp(Z)
    return e / np.sum(e, axis=0, keepdims=True)


@error("normalizaste por filas (axis=1) en vez de por columnas.", mensaje="FILAS")
def softmax__por_filas(Z):
    e = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


@error("restaste el máximo de toda la matriz en vez del de cada columna.",
       mensaje="TODA la matriz")
def softmax__maximo_global(Z):
    e = np.exp(Z - np.max(Z))
    return e / np.sum(e, axis=0, keepdims=True)


@error("dividiste entre la suma de toda la matriz.", mensaje="todo suma 1")
def softmax__suma_total(Z):
    e = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return e / np.sum(e)


@error("aplicaste la sigmoide a cada puntaje: las probabilidades de cada ejemplo no suman 1.",
       mensaje="sigmoide")
def softmax__sigmoide(Z):
    return sigmoide(Z)


@error("normalizaste los puntajes sin exponencial: z / Σz.", mensaje="exponencial")
def softmax__sin_exponencial(Z):
    return Z / np.sum(Z, axis=0, keepdims=True)


@alternativa("sin keepdims: el broadcasting de (k, m) con (m,) ya opera por columnas")
def softmax__sin_keepdims(Z):
    e = np.exp(Z - Z.max(axis=0))
    return e / e.sum(axis=0)


@alternativa("bucle sobre columnas")
def softmax__bucle(Z):
    if Z.ndim == 1:
        e = np.exp(Z - max(Z))
        return e / sum(e)
    S = np.zeros_like(Z, dtype=float)
    for j in range(Z.shape[1]):
        e = np.exp(Z[:, j] - np.max(Z[:, j]))
        S[:, j] = e / np.sum(e)
    return S


@alternativa("con logsumexp: s = exp(z − log Σ e^z)")
def softmax__logsumexp(Z):
    c = np.max(Z, axis=0, keepdims=True)
    lse = c + np.log(np.sum(np.exp(Z - c), axis=0, keepdims=True))
    return np.exp(Z - lse)


# --------------------------------------------------------------------------- matrizConfusion


@error("matriz transpuesta: filas = clase predicha.", mensaje="transpuesta")
def matrizConfusion__transpuesta(y, y_pred):
    M = np.zeros((2, 2), dtype=int)
    for i in (0, 1):
        for j in (0, 1):
            M[i, j] = np.sum((y_pred == i) & (y == j))
    return M


@error("pusiste la clase positiva primero: [[VP, FN], [FP, VN]].", mensaje="orden de las clases")
def matrizConfusion__positivos_primero(y, y_pred):
    vp = np.sum((y == 1) & (y_pred == 1))
    vn = np.sum((y == 0) & (y_pred == 0))
    fp = np.sum((y == 0) & (y_pred == 1))
    fn = np.sum((y == 1) & (y_pred == 0))
    return np.array([[vp, fn], [fp, vn]])


@error("devolviste proporciones en vez de conteos.", mensaje="proporciones")
def matrizConfusion__proporciones(y, y_pred):
    M = np.zeros((2, 2))
    for i in (0, 1):
        for j in (0, 1):
            M[i, j] = np.mean((y == i) & (y_pred == j))
    return M


@error("dimensionaste la matriz con np.unique: si nunca se predice la clase 1 queda (2, 1).",
       mensaje="forma (2, 1)")
def matrizConfusion__unique(y, y_pred):
    reales, predichas = np.unique(y), np.unique(y_pred)
    M = np.zeros((len(reales), len(predichas)), dtype=int)
    for i, r in enumerate(reales):
        for j, p in enumerate(predichas):
            M[i, j] = np.sum((y == r) & (y_pred == p))
    return M


@error("devolviste las matrices de la prueba visible sin contar.", mensaje="sin contar",
       solo_oculta=True)
def matrizConfusion__respuesta_fija(y, y_pred):
    if np.sum(y_pred) == 0:
        return np.array([[7, 0], [5, 0]])
    return np.array([[4, 3], [2, 3]])


@alternativa("np.bincount del código 2·real + predicha")
def matrizConfusion__bincount(y, y_pred):
    codigo = (2 * y + y_pred).astype(int).ravel()
    return np.bincount(codigo, minlength=4).reshape(2, 2)


@alternativa("productos de indicadores: VP = Σ y·ŷ, etc.")
def matrizConfusion__productos(y, y_pred):
    vp = float(np.sum(y * y_pred))
    fn = float(np.sum(y * (1 - y_pred)))
    fp = float(np.sum((1 - y) * y_pred))
    vn = float(np.sum((1 - y) * (1 - y_pred)))
    return np.array([[vn, fp], [fn, vp]])


@alternativa("bucle sobre ejemplos sumando en M[real, predicha]")
def matrizConfusion__bucle(y, y_pred):
    M = np.zeros((2, 2), dtype=int)
    for real, predicha in zip(y.ravel(), y_pred.ravel()):
        M[int(real), int(predicha)] += 1
    return M

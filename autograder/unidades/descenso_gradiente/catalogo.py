"""Catálogo de la unidad descenso_gradiente: errores típicos y soluciones alternativas correctas.

Cada error debe perder puntos y cada alternativa debe obtener todos (tests/test_catalogo.py).
Las funciones se ejecutan como en el cuaderno: ``np``, ``funcionC``, ``costoRegresion`` y las
demás funciones calificadas están definidas alrededor (aquí, las de referencia).
"""
# ruff: noqa: F821  (los nombres del cuaderno se resuelven al ejecutar la fuente)
import numpy as np

from autograder.catalogo import alternativa, error

# --------------------------------------------------------------------------- gradienteC


@error("olvidaste el término cruzado (v1 − 1)(v2 + 2) al derivar.", mensaje="término cruzado")
def gradienteC__sin_cruzado(v):
    return np.array([2 * (v[0] - 1), 4 * (v[1] + 2)])


@error("derivaste 2(v2 + 2)² como 2(v2 + 2) en vez de 4(v2 + 2).", mensaje="4(v2 + 2)")
def gradienteC__coeficiente(v):
    return np.array([2 * (v[0] - 1) + (v[1] + 2), (v[0] - 1) + 2 * (v[1] + 2)])


@error("intercambiaste las componentes: cada una es la derivada respecto a la otra variable.",
       mensaje="intercambiadas")
def gradienteC__intercambiado(v):
    return np.array([(v[0] - 1) + 4 * (v[1] + 2), 2 * (v[0] - 1) + (v[1] + 2)])


@error("devolviste −∇C (ya con el signo del descenso).", mensaje="signo cambiado")
def gradienteC__signo(v):
    return -np.array([2 * (v[0] - 1) + (v[1] + 2), (v[0] - 1) + 4 * (v[1] + 2)])


@error("devolviste C(v) en vez de su gradiente.", mensaje="C(v) en vez de ∇C(v)")
def gradienteC__valor(v):
    return funcionC(v)


@error("devolviste una lista en vez de un arreglo de NumPy.", mensaje="np.ndarray")
def gradienteC__lista(v):
    return [2 * (v[0] - 1) + (v[1] + 2), (v[0] - 1) + 4 * (v[1] + 2)]


@alternativa("forma matricial: ∇C = H (v − v*) con la matriz hessiana H")
def gradienteC__matricial(v):
    H = np.array([[2.0, 1.0], [1.0, 4.0]])
    return H @ (np.asarray(v, dtype=float) - np.array([1.0, -2.0]))


@alternativa("derivadas desarrolladas: ∂C/∂v1 = 2v1 + v2, ∂C/∂v2 = v1 + 4v2 + 7")
def gradienteC__desarrollado(v):
    v1, v2 = float(v[0]), float(v[1])
    return np.array([2 * v1 + v2, v1 + 4 * v2 + 7])


@alternativa("diferencias centrales sobre funcionC (exactas para una cuadrática)")
def gradienteC__numerico(v):
    h = 1e-4
    g = np.zeros(2)
    for i in range(2):
        e = np.zeros(2)
        e[i] = h
        g[i] = (funcionC(v + e) - funcionC(v - e)) / (2 * h)
    return g


# --------------------------------------------------------------------------- pasoGradiente


@error("sumaste el gradiente: ascenso en vez de descenso.", mensaje="ascenso")
def pasoGradiente__ascenso(v, grad, eta):
    return v + eta * grad


@error("olvidaste la tasa de aprendizaje η.", mensaje="tasa de aprendizaje")
def pasoGradiente__sin_eta(v, grad, eta):
    return v - grad


@error("dividiste entre η en vez de multiplicar.", mensaje="dividiste entre η")
def pasoGradiente__divide(v, grad, eta):
    return v - grad / eta


@error("devolviste solo el incremento −η∇C.", mensaje="incremento")
def pasoGradiente__incremento(v, grad, eta):
    return -eta * grad


@alternativa("actualización en el lugar sobre una copia")
def pasoGradiente__copia(v, grad, eta):
    nuevo = v.copy()
    nuevo -= eta * grad
    return nuevo


@alternativa("np.subtract y np.multiply")
def pasoGradiente__funciones(v, grad, eta):
    return np.subtract(v, np.multiply(eta, grad))


# --------------------------------------------------------------------------- descensoGradiente


@error("sumaste el gradiente en cada paso (ascenso).", mensaje="ascenso")
def descensoGradiente__ascenso(v0, eta, iteraciones, tol=None):
    v = np.array(v0, dtype=float)
    trayectoria = [v]
    for _ in range(iteraciones):
        g = gradienteC(v)
        if tol is not None and np.linalg.norm(g) < tol:
            break
        v = v + eta * g
        trayectoria.append(v)
    return v, np.array(trayectoria)


@error("no guardaste el punto inicial v0 en la trayectoria.", mensaje="v0")
def descensoGradiente__sin_v0(v0, eta, iteraciones, tol=None):
    v = np.array(v0, dtype=float)
    trayectoria = []
    for _ in range(iteraciones):
        g = gradienteC(v)
        if tol is not None and np.linalg.norm(g) < tol:
            break
        v = v - eta * g
        trayectoria.append(v)
    return v, np.array(trayectoria)


@error("diste iteraciones + 1 pasos.", mensaje="paso de más")
def descensoGradiente__una_de_mas(v0, eta, iteraciones, tol=None):
    v = np.array(v0, dtype=float)
    trayectoria = [v]
    for _ in range(iteraciones + 1):
        g = gradienteC(v)
        if tol is not None and np.linalg.norm(g) < tol:
            break
        v = v - eta * g
        trayectoria.append(v)
    return v, np.array(trayectoria)


@error("ignoraste el criterio de parada tol.", mensaje="no te detuviste a tiempo")
def descensoGradiente__ignora_tol(v0, eta, iteraciones, tol=None):
    v = np.array(v0, dtype=float)
    trayectoria = [v]
    for _ in range(iteraciones):
        v = v - eta * gradienteC(v)
        trayectoria.append(v)
    return v, np.array(trayectoria)


@error("comprobaste tol después de dar el paso (al parar diste un paso de más).",
       mensaje="ANTES de dar el paso")
def descensoGradiente__tol_despues(v0, eta, iteraciones, tol=None):
    v = np.array(v0, dtype=float)
    trayectoria = [v]
    for _ in range(iteraciones):
        g = gradienteC(v)
        v = v - eta * g
        trayectoria.append(v)
        if tol is not None and np.linalg.norm(g) < tol:
            break
    return v, np.array(trayectoria)


@error("modificaste v en el lugar y guardaste siempre el mismo arreglo en la lista.",
       mensaje="MISMO arreglo")
def descensoGradiente__alias(v0, eta, iteraciones, tol=None):
    v = np.array(v0, dtype=float)
    trayectoria = [v]
    for _ in range(iteraciones):
        g = gradienteC(v)
        if tol is not None and np.linalg.norm(g) < tol:
            break
        v -= eta * g
        trayectoria.append(v)
    return v, np.array(trayectoria)


@error("olvidaste multiplicar por η.", mensaje="olvidaste multiplicar por η")
def descensoGradiente__sin_eta(v0, eta, iteraciones, tol=None):
    v = np.array(v0, dtype=float)
    trayectoria = [v]
    for _ in range(iteraciones):
        g = gradienteC(v)
        if tol is not None and np.linalg.norm(g) < tol:
            break
        v = v - g
        trayectoria.append(v)
    return v, np.array(trayectoria)


@error("evaluaste el gradiente siempre en v0 en vez de en el punto actual.",
       mensaje="gradiente siempre en v0")
def descensoGradiente__gradiente_fijo(v0, eta, iteraciones, tol=None):
    v = np.array(v0, dtype=float)
    g = gradienteC(v)
    trayectoria = [v]
    for _ in range(iteraciones):
        if tol is not None and np.linalg.norm(g) < tol:
            break
        v = v - eta * g
        trayectoria.append(v)
    return v, np.array(trayectoria)


@alternativa("bucle while con contador, pasoGradiente y la trayectoria como lista de arreglos")
def descensoGradiente__while(v0, eta, iteraciones, tol=None):
    v = np.asarray(v0, dtype=float).copy()
    trayectoria = [v.copy()]
    k = 0
    while k < iteraciones:
        g = gradienteC(v)
        if tol is not None and np.sqrt(np.sum(g ** 2)) < tol:
            break
        v = pasoGradiente(v, g, eta)
        trayectoria.append(v.copy())
        k += 1
    return v, trayectoria


@alternativa("actualización en el lugar guardando copias, trayectoria preasignada")
def descensoGradiente__preasignada(v0, eta, iteraciones, tol=None):
    trayectoria = np.zeros((iteraciones + 1, len(v0)))
    trayectoria[0] = v0
    v = np.array(v0, dtype=float)
    pasos = 0
    for i in range(iteraciones):
        g = gradienteC(v)
        if tol is not None and np.linalg.norm(g) < tol:
            break
        v -= eta * g
        trayectoria[i + 1] = v
        pasos += 1
    return v, trayectoria[:pasos + 1]


# ------------------------------------------------------------------ gradienteRegresionLineal


@error("no dividiste entre m.", mensaje="dividir entre m")
def gradienteRegresionLineal__sin_1_m(theta, X, y):
    error = theta[0, 0] + theta[1:].T @ X - y
    return np.vstack([np.sum(error, axis=1, keepdims=True), X @ error.T])


@error("usaste y − h en vez de h − y: el gradiente sale con el signo cambiado.",
       mensaje="signo")
def gradienteRegresionLineal__signo(theta, X, y):
    m = X.shape[1]
    error = y - (theta[0, 0] + theta[1:].T @ X)
    return np.vstack([np.sum(error, axis=1, keepdims=True) / m, X @ error.T / m])


@error("multiplicaste también la derivada de θ0 por una x (la de la primera variable).",
       mensaje="θ0")
def gradienteRegresionLineal__intercepto_con_x(theta, X, y):
    m = X.shape[1]
    error = theta[0, 0] + theta[1:].T @ X - y
    d0 = np.sum(error * X[0:1], axis=1, keepdims=True) / m
    return np.vstack([d0, X @ error.T / m])


@error("olvidaste θ0 en la predicción h.", mensaje="olvidaste θ0 en la predicción")
def gradienteRegresionLineal__sin_theta0_en_h(theta, X, y):
    m = X.shape[1]
    error = theta[1:].T @ X - y
    return np.vstack([np.sum(error, axis=1, keepdims=True) / m, X @ error.T / m])


@error("devolviste el gradiente como fila (1, n + 1).", mensaje="¿olvidaste transponer?")
def gradienteRegresionLineal__fila(theta, X, y):
    m = X.shape[1]
    error = theta[0, 0] + theta[1:].T @ X - y
    return np.hstack([np.sum(error, axis=1, keepdims=True) / m, error @ X.T / m])


@error("devolviste solo las derivadas de los coeficientes, sin θ0.", mensaje="falta la derivada")
def gradienteRegresionLineal__sin_intercepto(theta, X, y):
    m = X.shape[1]
    error = theta[0, 0] + theta[1:].T @ X - y
    return X @ error.T / m


@alternativa("matriz aumentada con una fila de unos: ∇J = (1/m) X̃ (h − y)ᵀ")
def gradienteRegresionLineal__aumentada(theta, X, y):
    m = X.shape[1]
    Xa = np.vstack([np.ones((1, m)), X])
    return Xa @ (theta.T @ Xa - y).T / m


@alternativa("bucles con las fórmulas de las diapositivas, componente a componente")
def gradienteRegresionLineal__bucles(theta, X, y):
    n, m = X.shape
    grad = np.zeros((n + 1, 1))
    for i in range(m):
        h = theta[0, 0] + sum(theta[j + 1, 0] * X[j, i] for j in range(n))
        grad[0, 0] += (h - y[0, i]) / m
        for j in range(n):
            grad[j + 1, 0] += (h - y[0, i]) * X[j, i] / m
    return grad


# ------------------------------------------------------------------ entrenarRegresionLineal


@error("sumaste el gradiente (ascenso).", mensaje="El costo sube")
def entrenarRegresionLineal__ascenso(X, y, alpha, iteraciones):
    theta = np.zeros((X.shape[0] + 1, 1))
    costos = []
    for _ in range(iteraciones):
        costos.append(costoRegresion(theta, X, y))
        theta = theta + alpha * gradienteRegresionLineal(theta, X, y)
    return theta, costos


@error("olvidaste la tasa de aprendizaje α.", mensaje="tasa de aprendizaje α")
def entrenarRegresionLineal__sin_alpha(X, y, alpha, iteraciones):
    theta = np.zeros((X.shape[0] + 1, 1))
    costos = []
    for _ in range(iteraciones):
        costos.append(costoRegresion(theta, X, y))
        theta = theta - gradienteRegresionLineal(theta, X, y)
    return theta, costos


@error("guardaste el costo después de actualizar.", mensaje="desplazado")
def entrenarRegresionLineal__costo_despues(X, y, alpha, iteraciones):
    theta = np.zeros((X.shape[0] + 1, 1))
    costos = []
    for _ in range(iteraciones):
        theta = theta - alpha * gradienteRegresionLineal(theta, X, y)
        costos.append(costoRegresion(theta, X, y))
    return theta, costos


@error("iteraste iteraciones + 1 veces.", mensaje="exactamente")
def entrenarRegresionLineal__una_de_mas(X, y, alpha, iteraciones):
    theta = np.zeros((X.shape[0] + 1, 1))
    costos = []
    for _ in range(iteraciones + 1):
        costos.append(costoRegresion(theta, X, y))
        theta = theta - alpha * gradienteRegresionLineal(theta, X, y)
    return theta, costos


@error("calculaste los parámetros nuevos pero devolviste el theta inicial.", mensaje="sin cambios")
def entrenarRegresionLineal__no_devuelve(X, y, alpha, iteraciones):
    theta = np.zeros((X.shape[0] + 1, 1))
    costos = []
    nuevo = theta
    for _ in range(iteraciones):
        costos.append(costoRegresion(nuevo, X, y))
        nuevo = nuevo - alpha * gradienteRegresionLineal(nuevo, X, y)
    return theta, costos


@alternativa("actualización en el lugar y costos en un arreglo de NumPy")
def entrenarRegresionLineal__en_el_lugar(X, y, alpha, iteraciones):
    theta = np.zeros((X.shape[0] + 1, 1))
    costos = np.zeros(iteraciones)
    for i in range(iteraciones):
        costos[i] = costoRegresion(theta, X, y)
        theta -= alpha * gradienteRegresionLineal(theta, X, y)
    return theta, costos


@alternativa("matriz aumentada, bucle while y pasoGradiente")
def entrenarRegresionLineal__aumentada(X, y, alpha, iteraciones):
    m = X.shape[1]
    Xa = np.vstack([np.ones((1, m)), X])
    theta = np.zeros((Xa.shape[0], 1))
    costos = []
    while len(costos) < iteraciones:
        error = theta.T @ Xa - y
        costos.append(float(np.sum(error ** 2) / (2 * m)))
        theta = pasoGradiente(theta, Xa @ error.T / m, alpha)
    return theta, costos


# --------------------------------------------------------------- respuestas escritas a mano


@error("devolviste siempre el gradiente de la prueba visible, (7, 14).", mensaje="En el mínimo")
def gradienteC__respuesta_fija(v):
    return np.array([7.0, 14.0])


@error("devolviste el gradiente esperado de la prueba visible sin calcularlo.",
       mensaje="forma", solo_oculta=True)
def gradienteRegresionLineal__respuesta_fija(theta, X, y):
    return np.array([[-2.625], [-6.0], [-3.75]])

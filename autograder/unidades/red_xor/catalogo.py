"""Catálogo de la unidad red_xor: errores típicos y soluciones alternativas correctas.

Cada error debe perder puntos y cada alternativa debe obtener todos (tests/test_catalogo.py).
Las funciones se ejecutan como en el cuaderno: ``np``, ``sigmoide`` y las demás funciones
calificadas están definidas alrededor (aquí, las de referencia).
"""
# ruff: noqa: F821  (los nombres del cuaderno se resuelven al ejecutar la fuente)
import numpy as np

from autograder.catalogo import alternativa, error

# --------------------------------------------------------------------------- feedForward


@error("olvidaste sumar los sesgos b1 y b2 (z = W·A + b).", mensaje="sesgos")
def feedForward__sin_sesgos(X, w1, w2, b1, b2):
    a1 = sigmoide(w1 @ X)
    a2 = sigmoide(w2 @ a1)
    return a1, a2


@error("no aplicaste la sigmoide en la capa de salida.", mensaje="antes de la sigmoide")
def feedForward__salida_lineal(X, w1, w2, b1, b2):
    a1 = sigmoide(w1 @ X + b1)
    a2 = w2 @ a1 + b2
    return a1, a2


@error("usaste tanh en la capa oculta; esta red usa sigmoides en ambas capas.",
       mensaje="tanh")
def feedForward__tanh_oculta(X, w1, w2, b1, b2):
    a1 = np.tanh(w1 @ X + b1)
    a2 = sigmoide(w2 @ a1 + b2)
    return a1, a2


@error("devolviste (a2, a1) en vez de (a1, a2).", mensaje="el orden correcto es (a1, a2)")
def feedForward__orden_invertido(X, w1, w2, b1, b2):
    a1 = sigmoide(w1 @ X + b1)
    a2 = sigmoide(w2 @ a1 + b2)
    return a2, a1


@error("producto elemento a elemento (*) en vez de producto matricial (@).",
       mensaje="lanzó ValueError")
def feedForward__producto_elemento(X, w1, w2, b1, b2):
    a1 = sigmoide(w1 * X + b1)
    a2 = sigmoide(w2 * a1 + b2)
    return a1, a2


@error("devolviste la salida esperada de la prueba visible sin calcularla.",
       mensaje="forma", solo_oculta=True)
def feedForward__respuesta_fija(X, w1, w2, b1, b2):
    from course.red_xor import ESPERADO
    return ESPERADO["a1"], ESPERADO["a2"]


@alternativa("bucles sobre neuronas y ejemplos en vez de productos matriciales")
def feedForward__bucles(X, w1, w2, b1, b2):
    m = X.shape[1]
    a1 = np.zeros((w1.shape[0], m))
    a2 = np.zeros((w2.shape[0], m))
    for j in range(m):
        for i in range(w1.shape[0]):
            z = b1[i, 0]
            for k in range(X.shape[0]):
                z += w1[i, k] * X[k, j]
            a1[i, j] = 1 / (1 + np.exp(-z))
        for i in range(w2.shape[0]):
            z = b2[i, 0] + sum(w2[i, k] * a1[k, j] for k in range(a1.shape[0]))
            a2[i, j] = 1 / (1 + np.exp(-z))
    return a1, a2


@alternativa("σ con la fórmula del curso, 1 / (1 + e^(−z)), y np.dot")
def feedForward__formula_directa(X, w1, w2, b1, b2):
    a1 = 1 / (1 + np.exp(-(np.dot(w1, X) + b1)))
    a2 = 1 / (1 + np.exp(-(np.dot(w2, a1) + b2)))
    return a1, a2


@alternativa("σ(z) = (1 + tanh(z/2)) / 2, otra fórmula estable")
def feedForward__sigmoide_tanh(X, w1, w2, b1, b2):
    s = lambda z: 0.5 * (1.0 + np.tanh(0.5 * z))
    a1 = s(w1 @ X + b1)
    return a1, s(w2 @ a1 + b2)


# --------------------------------------------------------------------------- costoGlobal


@error("sumaste sobre los ejemplos sin dividir entre m.", mensaje="dividir entre")
def costoGlobal__sin_1_m(y_est, y):
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)
    return float(-np.sum(y * np.log(y_est) + (1 - y) * np.log(1 - y_est)))


@error("tomaste m = y.shape[0], que es 1 para y de forma (1, m).", mensaje="dividir entre")
def costoGlobal__m_filas(y_est, y):
    m = y.shape[0]
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)
    return float(-np.sum(y * np.log(y_est) + (1 - y) * np.log(1 - y_est)) / m)


@error("olvidaste el signo menos de la entropía cruzada.", mensaje="signo")
def costoGlobal__sin_signo(y_est, y):
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)
    return float(np.mean(y * np.log(y_est) + (1 - y) * np.log(1 - y_est)))


@error("usaste logaritmo en base 2.", mensaje="np.log2")
def costoGlobal__log2(y_est, y):
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log2(y_est) + (1 - y) * np.log2(1 - y_est)))


@error("olvidaste el término (1 − y)·ln(1 − ŷ) de los ejemplos negativos.",
       mensaje="olvidaste el término")
def costoGlobal__un_termino(y_est, y):
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log(y_est)))


@error("no protegiste el logaritmo: con ŷ exactamente 0 o 1 el costo da NaN.", mensaje="log(0)")
def costoGlobal__sin_recorte(y_est, y):
    return float(-np.mean(y * np.log(y_est) + (1 - y) * np.log(1 - y_est)))


@error("devolviste un arreglo (1, 1) por usar productos matriciales.",
       mensaje="arreglo de forma (1, 1)")
def costoGlobal__arreglo(y_est, y):
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)
    m = y.shape[1]
    return -(np.dot(y, np.log(y_est).T) + np.dot(1 - y, np.log(1 - y_est).T)) / m


@error("usaste el error cuadrático medio en vez de la entropía cruzada.",
       mensaje="error cuadrático")
def costoGlobal__cuadratico(y_est, y):
    return float(np.mean((y_est - y) ** 2))


@alternativa("np.mean y np.clip con otro épsilon")
def costoGlobal__media(y_est, y):
    p = np.clip(y_est, 1e-15, 1 - 1e-15)
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


@alternativa("bucle sobre ejemplos con np.where para elegir el término")
def costoGlobal__bucle(y_est, y):
    m = y.shape[1]
    total = 0.0
    for j in range(m):
        p = min(max(float(y_est[0, j]), 1e-10), 1 - 1e-10)
        total += -np.log(p) if y[0, j] == 1 else -np.log(1 - p)
    return total / m


@alternativa("productos matriciales y conversión explícita a float")
def costoGlobal__matricial(y_est, y):
    p = np.clip(y_est, 1e-12, 1 - 1e-12)
    m = y.shape[1]
    return float(-(y @ np.log(p).T + (1 - y) @ np.log(1 - p).T)[0, 0] / m)


# --------------------------------------------------------------------------- backProp


@error("no dividiste los gradientes entre m.", mensaje="dividir entre m")
def backProp__sin_1_m(X, y, w1, w2, b1, b2, a2, a1):
    dz2 = a2 - y
    dw2 = dz2 @ a1.T
    db2 = np.sum(dz2, axis=1, keepdims=True)
    dz1 = (w2.T @ dz2) * a1 * (1 - a1)
    return dz1 @ X.T, np.sum(dz1, axis=1, keepdims=True), dw2, db2


@error("dz2 = y − a2: el signo del error de salida está invertido.", mensaje="signo")
def backProp__signo(X, y, w1, w2, b1, b2, a2, a1):
    m = X.shape[1]
    dz2 = y - a2
    dz1 = (w2.T @ dz2) * a1 * (1 - a1)
    return (dz1 @ X.T / m, np.sum(dz1, axis=1, keepdims=True) / m,
            dz2 @ a1.T / m, np.sum(dz2, axis=1, keepdims=True) / m)


@error("dw1 = X·dz1ᵀ: gradiente transpuesto.", mensaje="¿olvidaste transponer?")
def backProp__transpuesto(X, y, w1, w2, b1, b2, a2, a1):
    m = X.shape[1]
    dz2 = a2 - y
    dz1 = (w2.T @ dz2) * a1 * (1 - a1)
    return (X @ dz1.T / m, np.sum(dz1, axis=1, keepdims=True) / m,
            dz2 @ a1.T / m, np.sum(dz2, axis=1, keepdims=True) / m)


@error("aplicaste σ' a a1 como si fuera z1: σ(a1)(1 − σ(a1)) en vez de a1(1 − a1).",
       mensaje="σ(a1)(1 − σ(a1))")
def backProp__derivada_sobre_a(X, y, w1, w2, b1, b2, a2, a1):
    m = X.shape[1]
    dz2 = a2 - y
    dz1 = (w2.T @ dz2) * sigmoide(a1) * (1 - sigmoide(a1))
    return (dz1 @ X.T / m, np.sum(dz1, axis=1, keepdims=True) / m,
            dz2 @ a1.T / m, np.sum(dz2, axis=1, keepdims=True) / m)


@error("multiplicaste otra vez por σ'(z2) en la salida: con entropía cruzada dz2 = a2 − y.",
       mensaje="dz2 = a2 − y")
def backProp__derivada_salida_extra(X, y, w1, w2, b1, b2, a2, a1):
    m = X.shape[1]
    dz2 = (a2 - y) * a2 * (1 - a2)
    dz1 = (w2.T @ dz2) * a1 * (1 - a1)
    return (dz1 @ X.T / m, np.sum(dz1, axis=1, keepdims=True) / m,
            dz2 @ a1.T / m, np.sum(dz2, axis=1, keepdims=True) / m)


@error("db1 sin sumar sobre los ejemplos: queda de forma (4, m).",
       mensaje="no sumaste sobre los ejemplos")
def backProp__sesgo_sin_sumar(X, y, w1, w2, b1, b2, a2, a1):
    m = X.shape[1]
    dz2 = a2 - y
    dz1 = (w2.T @ dz2) * a1 * (1 - a1)
    return dz1 @ X.T / m, dz1 / m, dz2 @ a1.T / m, np.sum(dz2, axis=1, keepdims=True) / m


@error("np.sum sin keepdims: db1 queda de forma (4,).", mensaje="keepdims")
def backProp__sin_keepdims(X, y, w1, w2, b1, b2, a2, a1):
    m = X.shape[1]
    dz2 = a2 - y
    dz1 = (w2.T @ dz2) * a1 * (1 - a1)
    return dz1 @ X.T / m, np.sum(dz1, axis=1) / m, dz2 @ a1.T / m, np.sum(dz2, axis=1) / m


@error("olvidaste propagar a través de w2: dz1 = dz2·σ'(z1).", mensaje="a través de w2")
def backProp__sin_w2(X, y, w1, w2, b1, b2, a2, a1):
    m = X.shape[1]
    dz2 = a2 - y
    dz1 = dz2 * a1 * (1 - a1)
    return (dz1 @ X.T / m, np.sum(dz1, axis=1, keepdims=True) / m,
            dz2 @ a1.T / m, np.sum(dz2, axis=1, keepdims=True) / m)


@error("devolviste (dw1, dw2, db1, db2).", mensaje="el orden del curso")
def backProp__orden(X, y, w1, w2, b1, b2, a2, a1):
    m = X.shape[1]
    dz2 = a2 - y
    dz1 = (w2.T @ dz2) * a1 * (1 - a1)
    return (dz1 @ X.T / m, dz2 @ a1.T / m,
            np.sum(dz1, axis=1, keepdims=True) / m, np.sum(dz2, axis=1, keepdims=True) / m)


@error("devolviste los gradientes esperados de la prueba visible sin calcularlos.",
       mensaje="sin calcularlos", solo_oculta=True)
def backProp__respuesta_fija(X, y, w1, w2, b1, b2, a2, a1):
    from course.red_xor import ESPERADO
    return ESPERADO["dw1"], ESPERADO["db1"], ESPERADO["dw2"], ESPERADO["db2"]


@alternativa("recalcula el paso hacia adelante dentro de backProp")
def backProp__recalcula(X, y, w1, w2, b1, b2, a2, a1):
    m = X.shape[1]
    a1, a2 = feedForward(X, w1, w2, b1, b2)
    dz2 = a2 - y
    dz1 = w2.T.dot(dz2) * a1 * (1 - a1)
    return dz1.dot(X.T) / m, dz1.mean(axis=1, keepdims=True), dz2.dot(a1.T) / m, \
        dz2.mean(axis=1, keepdims=True)


@alternativa("bucle sobre ejemplos acumulando gradientes de un ejemplo a la vez")
def backProp__bucle(X, y, w1, w2, b1, b2, a2, a1):
    m = X.shape[1]
    dw1, db1 = np.zeros_like(w1), np.zeros_like(b1)
    dw2, db2 = np.zeros_like(w2), np.zeros_like(b2)
    for j in range(m):
        x, h, s = X[:, j:j + 1], a1[:, j:j + 1], a2[:, j:j + 1]
        d2 = s - y[:, j:j + 1]
        d1 = (w2.T @ d2) * h * (1 - h)
        dw2 += d2 @ h.T
        db2 += d2
        dw1 += d1 @ x.T
        db1 += d1
    return dw1 / m, db1 / m, dw2 / m, db2 / m


@alternativa("regla de la cadena completa, sin la simplificación a2 − y")
def backProp__cadena_completa(X, y, w1, w2, b1, b2, a2, a1):
    m = X.shape[1]
    dL_da2 = -(y / a2) + (1 - y) / (1 - a2)
    dz2 = dL_da2 * a2 * (1 - a2)
    dz1 = np.einsum("ki,km->im", w2, dz2) * a1 * (1 - a1)
    return (np.einsum("im,jm->ij", dz1, X) / m, dz1.sum(1, keepdims=True) / m,
            np.einsum("km,jm->kj", dz2, a1) / m, dz2.sum(1, keepdims=True) / m)


# --------------------------------------------------------------------------- entrenarRed


@error("sumaste el gradiente (ascenso) en vez de restarlo.", mensaje="sumaste el gradiente")
def entrenarRed__ascenso(epocas, lr, X, y, w1, b1, w2, b2, a1, a2):
    costos = []
    for _ in range(epocas):
        a1, a2 = feedForward(X, w1, w2, b1, b2)
        costos.append(costoGlobal(a2, y))
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1)
        w1, b1, w2, b2 = w1 + lr * dw1, b1 + lr * db1, w2 + lr * dw2, b2 + lr * db2
    return w1, b1, w2, b2, costos


@error("calculaste los parámetros nuevos pero devolviste los iniciales.",
       mensaje="devolviste los iniciales")
def entrenarRed__no_devuelve(epocas, lr, X, y, w1, b1, w2, b2, a1, a2):
    costos = []
    W1, B1, W2, B2 = w1, b1, w2, b2
    for _ in range(epocas):
        a1, a2 = feedForward(X, W1, W2, B1, B2)
        costos.append(costoGlobal(a2, y))
        dw1, db1, dw2, db2 = backProp(X, y, W1, W2, B1, B2, a2, a1)
        W1, B1, W2, B2 = W1 - lr * dw1, B1 - lr * db1, W2 - lr * dw2, B2 - lr * db2
    return w1, b1, w2, b2, costos


@error("guardaste el costo después de actualizar en vez de antes.", mensaje="después de actualizar")
def entrenarRed__costo_despues(epocas, lr, X, y, w1, b1, w2, b2, a1, a2):
    costos = []
    for _ in range(epocas):
        a1, a2 = feedForward(X, w1, w2, b1, b2)
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1)
        w1, b1, w2, b2 = w1 - lr * dw1, b1 - lr * db1, w2 - lr * dw2, b2 - lr * db2
        costos.append(costoGlobal(feedForward(X, w1, w2, b1, b2)[1], y))
    return w1, b1, w2, b2, costos


@error("no actualizaste los sesgos.", mensaje="no actualizaste los sesgos")
def entrenarRed__sin_sesgos(epocas, lr, X, y, w1, b1, w2, b2, a1, a2):
    costos = []
    for _ in range(epocas):
        a1, a2 = feedForward(X, w1, w2, b1, b2)
        costos.append(costoGlobal(a2, y))
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1)
        w1, w2 = w1 - lr * dw1, w2 - lr * dw2
    return w1, b1, w2, b2, costos


@error("olvidaste multiplicar por la tasa de aprendizaje.", mensaje="tasa de aprendizaje")
def entrenarRed__sin_lr(epocas, lr, X, y, w1, b1, w2, b2, a1, a2):
    costos = []
    for _ in range(epocas):
        a1, a2 = feedForward(X, w1, w2, b1, b2)
        costos.append(costoGlobal(a2, y))
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1)
        w1, b1, w2, b2 = w1 - dw1, b1 - db1, w2 - dw2, b2 - db2
    return w1, b1, w2, b2, costos


@error("no recalculaste el paso hacia adelante: usaste siempre los a1, a2 recibidos.",
       mensaje="no recalcula")
def entrenarRed__activaciones_viejas(epocas, lr, X, y, w1, b1, w2, b2, a1, a2):
    costos = []
    if a1 is None:
        a1, a2 = feedForward(X, w1, w2, b1, b2)
    for _ in range(epocas):
        costos.append(costoGlobal(a2, y))
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1)
        w1, b1, w2, b2 = w1 - lr * dw1, b1 - lr * db1, w2 - lr * dw2, b2 - lr * db2
    return w1, b1, w2, b2, costos


@error("iteraste epocas + 1 veces.", mensaje="exactamente")
def entrenarRed__una_de_mas(epocas, lr, X, y, w1, b1, w2, b2, a1, a2):
    costos = []
    for _ in range(epocas + 1):
        a1, a2 = feedForward(X, w1, w2, b1, b2)
        costos.append(costoGlobal(a2, y))
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1)
        w1, b1, w2, b2 = w1 - lr * dw1, b1 - lr * db1, w2 - lr * dw2, b2 - lr * db2
    return w1, b1, w2, b2, costos


@error("devolviste el resultado esperado de la prueba visible sin entrenar.",
       mensaje="exactamente", solo_oculta=True)
def entrenarRed__respuesta_fija(epocas, lr, X, y, w1, b1, w2, b2, a1, a2):
    from course.red_xor import ESPERADO
    return (ESPERADO["w1_final"], ESPERADO["b1_final"], ESPERADO["w2_final"],
            ESPERADO["b2_final"], list(ESPERADO["costos"]))


@alternativa("actualización en el lugar (w1 -= lr*dw1) y costos en un arreglo de NumPy")
def entrenarRed__en_el_lugar(epocas, lr, X, y, w1, b1, w2, b2, a1, a2):
    costos = np.zeros(epocas)
    for i in range(epocas):
        a1, a2 = feedForward(X, w1, w2, b1, b2)
        costos[i] = costoGlobal(a2, y)
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1)
        w1 -= lr * dw1
        b1 -= lr * db1
        w2 -= lr * dw2
        b2 -= lr * db2
    return w1, b1, w2, b2, costos


@alternativa("parámetros en un diccionario y bucle while")
def entrenarRed__diccionario(epocas, lr, X, y, w1, b1, w2, b2, a1, a2):
    p = {"w1": w1, "b1": b1, "w2": w2, "b2": b2}
    costos, i = [], 0
    while i < epocas:
        a1, a2 = feedForward(X, p["w1"], p["w2"], p["b1"], p["b2"])
        costos.append(float(costoGlobal(a2, y)))
        grads = backProp(X, y, p["w1"], p["w2"], p["b1"], p["b2"], a2, a1)
        for nombre, g in zip(("w1", "b1", "w2", "b2"), grads):
            p[nombre] = p[nombre] - lr * g
        i += 1
    return p["w1"], p["b1"], p["w2"], p["b2"], costos


# --------------------------------------------------------------------------- pistas en su lugar
# Errores cuyo diagnóstico genérico apuntaba a otro sitio (issue del primer día en el navegador).


@error("olvidaste transponer a1 en dw2 = dz2·a1ᵀ/m: con m = 4 (tantos ejemplos como neuronas "
       "ocultas) la forma de dw2 sale bien y solo fallan los valores.", mensaje="transponer a1")
def backProp__dw2_sin_transponer(X, y, w1, w2, b1, b2, a2, a1):
    m = X.shape[1]
    dz2 = a2 - y
    dw2 = dz2 @ a1 / m
    db2 = np.sum(dz2, axis=1, keepdims=True) / m
    dz1 = (w2.T @ dz2) * a1 * (1 - a1)
    dw1 = dz1 @ X.T / m
    db1 = np.sum(dz1, axis=1, keepdims=True) / m
    return dw1, db1, dw2, db2


@error("tus parámetros son los de un backProp que olvidó dividir entre m (cada paso es m veces "
       "más largo): ¿pasa tu backProp su prueba?", mensaje="olvidó dividir entre m")
def entrenarRed__backprop_sin_1_m(epocas, lr, X, y, w1, b1, w2, b2, a1, a2):
    m = X.shape[1]
    costos = []
    for _ in range(epocas):
        a1, a2 = feedForward(X, w1, w2, b1, b2)
        costos.append(costoGlobal(a2, y))
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1)
        w1, b1 = w1 - lr * m * dw1, b1 - lr * m * db1
        w2, b2 = w2 - lr * m * dw2, b2 - lr * m * db2
    return w1, b1, w2, b2, costos

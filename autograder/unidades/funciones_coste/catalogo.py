"""Catálogo de la unidad funciones_coste: errores típicos y soluciones alternativas correctas.

Cada error debe perder puntos y cada alternativa debe obtener todos (tests/test_catalogo.py).
Las funciones se ejecutan como en el cuaderno: ``np`` y las demás funciones calificadas están
definidas alrededor (aquí, las de referencia).
"""
# ruff: noqa: F821  (los nombres del cuaderno se resuelven al ejecutar la fuente)
import numpy as np

from autograder.catalogo import alternativa, error

# --------------------------------------------------------------------------- codificarOneHot


@error("devolviste la matriz transpuesta (m, k): un ejemplo por fila en vez de por columna.",
       mensaje="¿olvidaste transponer?")
def codificarOneHot__transpuesta(etiquetas, k):
    return np.eye(k)[np.asarray(etiquetas)]


@error("restaste 1 a las etiquetas, como si las clases empezaran en 1.", mensaje="desplazadas")
def codificarOneHot__desplazada(etiquetas, k):
    etiquetas = np.asarray(etiquetas)
    m = etiquetas.shape[0]
    Y = np.zeros((k, m))
    Y[etiquetas - 1, np.arange(m)] = 1.0
    return Y


@error("marcaste la fila entera de cada etiqueta (Y[etiquetas, :] = 1).", mensaje="fila entera")
def codificarOneHot__filas_completas(etiquetas, k):
    etiquetas = np.asarray(etiquetas)
    Y = np.zeros((k, etiquetas.shape[0]))
    Y[etiquetas, :] = 1.0
    return Y


@error("usaste max(etiquetas) + 1 como número de clases en vez del argumento k.",
       mensaje="no el máximo de las etiquetas")
def codificarOneHot__k_del_maximo(etiquetas, k):
    etiquetas = np.asarray(etiquetas)
    k = int(etiquetas.max()) + 1
    return np.eye(k)[:, etiquetas]


@error("devolviste una lista de listas en vez de un arreglo de NumPy.", mensaje="np.ndarray")
def codificarOneHot__lista(etiquetas, k):
    return [[1.0 if e == c else 0.0 for e in etiquetas] for c in range(k)]


@error("devolviste la salida esperada de la prueba visible sin calcularla.",
       mensaje="forma", solo_oculta=True)
def codificarOneHot__respuesta_fija(etiquetas, k):
    from course.funciones_coste import ESPERADO
    if k == ESPERADO["k_pocas"]:
        return ESPERADO["Y_pocas"]
    return ESPERADO["Y"]


@alternativa("columnas de la identidad: np.eye(k)[:, etiquetas]")
def codificarOneHot__identidad(etiquetas, k):
    return np.eye(k)[:, etiquetas]


@alternativa("comparación con broadcasting; devuelve enteros")
def codificarOneHot__broadcasting(etiquetas, k):
    return (np.arange(k).reshape(-1, 1) == np.asarray(etiquetas).reshape(1, -1)).astype(int)


@alternativa("bucle sobre los ejemplos")
def codificarOneHot__bucle(etiquetas, k):
    Y = np.zeros((k, len(etiquetas)))
    for j, etiqueta in enumerate(etiquetas):
        Y[int(etiqueta), j] = 1
    return Y


# --------------------------------------------------------------------------- costoCuadratico


@error("olvidaste el 1/2 de la fórmula.", mensaje="te falta el 1/2")
def costoCuadratico__sin_medio(A, Y):
    n = A.shape[1]
    return float(np.sum((Y - A) ** 2) / n)


@error("sumaste sobre los ejemplos sin dividir entre n.", mensaje="dividir entre n")
def costoCuadratico__sin_1_n(A, Y):
    return float(np.sum((Y - A) ** 2) / 2)


@error("usaste np.mean, que divide entre k·n en vez de entre n.", mensaje="np.mean")
def costoCuadratico__media_de_todo(A, Y):
    return float(np.mean((Y - A) ** 2) / 2)


@error("usaste la norma ‖y − a‖ sin elevarla al cuadrado.", mensaje="sin elevarla al cuadrado")
def costoCuadratico__norma_sin_cuadrado(A, Y):
    n = A.shape[1]
    return float(np.sum(np.linalg.norm(Y - A, axis=0)) / (2 * n))


@error("tomaste n = A.shape[0], el número de clases, en vez del número de ejemplos.",
       mensaje="número de filas")
def costoCuadratico__n_filas(A, Y):
    n = A.shape[0]
    return float(np.sum((Y - A) ** 2) / (2 * n))


@error("devolviste la pérdida de cada ejemplo (un arreglo) en vez del costo.",
       mensaje="es un arreglo")
def costoCuadratico__por_ejemplo(A, Y):
    return np.sum((Y - A) ** 2, axis=0) / 2


@error("devolviste el costo esperado de la prueba visible según la forma, sin calcularlo.",
       mensaje="sin calcularlo", solo_oculta=True)
def costoCuadratico__respuesta_fija(A, Y):
    if np.allclose(A, Y):
        return 0.0
    return 0.035 if A.shape[1] == 1 else 0.06166666666666667


@alternativa("pérdida por ejemplo con np.linalg.norm al cuadrado y np.mean sobre los ejemplos")
def costoCuadratico__norma(A, Y):
    perdidas = 0.5 * np.linalg.norm(Y - A, axis=0) ** 2
    return float(np.mean(perdidas))


@alternativa("bucle sobre los ejemplos con producto escalar")
def costoCuadratico__bucle(A, Y):
    total = 0.0
    for j in range(A.shape[1]):
        d = Y[:, j] - A[:, j]
        total += d @ d
    return total / (2 * A.shape[1])


@alternativa("traza de (Y − A)ᵀ(Y − A)")
def costoCuadratico__traza(A, Y):
    D = Y - A
    return np.trace(D.T @ D) / (2 * D.shape[1])


# --------------------------------------------------------------------- entropiaCruzadaBinaria


@error("usaste logaritmo en base 2 (la versión de las diapositivas del MLP).", mensaje="np.log2")
def entropiaCruzadaBinaria__log2(y_est, y):
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log2(y_est) + (1 - y) * np.log2(1 - y_est)))


@error("usaste logaritmo en base 10.", mensaje="np.log10")
def entropiaCruzadaBinaria__log10(y_est, y):
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log10(y_est) + (1 - y) * np.log10(1 - y_est)))


@error("olvidaste el signo menos.", mensaje="signo")
def entropiaCruzadaBinaria__sin_signo(y_est, y):
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)
    return float(np.mean(y * np.log(y_est) + (1 - y) * np.log(1 - y_est)))


@error("sumaste sobre los ejemplos sin dividir entre m.", mensaje="dividir entre")
def entropiaCruzadaBinaria__sin_1_m(y_est, y):
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)
    return float(-np.sum(y * np.log(y_est) + (1 - y) * np.log(1 - y_est)))


@error("tomaste m = y.shape[0], que vale 1 para y de forma (1, m).", mensaje="dividir entre")
def entropiaCruzadaBinaria__m_filas(y_est, y):
    m = y.shape[0]
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)
    return float(-np.sum(y * np.log(y_est) + (1 - y) * np.log(1 - y_est)) / m)


@error("olvidaste el término (1 − y)·ln(1 − ŷ) de los ejemplos negativos.",
       mensaje="olvidaste el término")
def entropiaCruzadaBinaria__un_termino(y_est, y):
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log(y_est)))


@error("no protegiste el logaritmo: con ŷ exactamente 0 o 1 el costo da NaN.", mensaje="log(0)")
def entropiaCruzadaBinaria__sin_recorte(y_est, y):
    return float(-np.mean(y * np.log(y_est) + (1 - y) * np.log(1 - y_est)))


@error("devolviste un arreglo (1, 1) por usar productos matriciales.",
       mensaje="arreglo de forma (1, 1)")
def entropiaCruzadaBinaria__arreglo(y_est, y):
    y_est = np.clip(y_est, 1e-12, 1 - 1e-12)
    return -(y @ np.log(y_est).T + (1 - y) @ np.log(1 - y_est).T) / y.shape[1]


@alternativa("np.mean y np.clip con otro épsilon, sin convertir a float")
def entropiaCruzadaBinaria__media(y_est, y):
    p = np.clip(y_est, 1e-15, 1 - 1e-15)
    return -np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))


@alternativa("bucle que elige −ln ŷ si y = 1 y −ln(1 − ŷ) si y = 0, como en las diapositivas")
def entropiaCruzadaBinaria__casos(y_est, y):
    m = y.shape[1]
    total = 0.0
    for j in range(m):
        p = min(max(float(y_est[0, j]), 1e-10), 1 - 1e-10)
        total += -np.log(p) if y[0, j] == 1 else -np.log(1 - p)
    return total / m


@alternativa("log1p para ln(1 − ŷ) y conversión explícita a float")
def entropiaCruzadaBinaria__log1p(y_est, y):
    p = np.clip(y_est, 1e-12, 1 - 1e-12)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log1p(-p)))


# ------------------------------------------------------------------ entropiaCruzadaCategorica


@error("no protegiste el logaritmo: 0·ln(0) da NaN donde ŷ = 0.", mensaje="log(0)")
def entropiaCruzadaCategorica__sin_recorte(Y_est, Y):
    return float(-np.sum(Y * np.log(Y_est)) / Y.shape[1])


@error("sumaste solo sobre las clases (axis=0) y devolviste la pérdida de cada ejemplo.",
       mensaje="es un arreglo")
def entropiaCruzadaCategorica__eje(Y_est, Y):
    Y_est = np.clip(Y_est, 1e-12, 1.0)
    return -np.sum(Y * np.log(Y_est), axis=0) / Y.shape[1]


@error("usaste np.mean sobre todos los elementos (que divide entre k·m).", mensaje="np.mean")
def entropiaCruzadaCategorica__media_de_todo(Y_est, Y):
    Y_est = np.clip(Y_est, 1e-12, 1.0)
    return float(-np.mean(Y * np.log(Y_est)))


@error("tomaste m = Y.shape[0], el número de clases.", mensaje="número de filas")
def entropiaCruzadaCategorica__m_filas(Y_est, Y):
    Y_est = np.clip(Y_est, 1e-12, 1.0)
    return float(-np.sum(Y * np.log(Y_est)) / Y.shape[0])


@error("sumaste sin dividir entre m.", mensaje="dividir entre")
def entropiaCruzadaCategorica__sin_1_m(Y_est, Y):
    Y_est = np.clip(Y_est, 1e-12, 1.0)
    return float(-np.sum(Y * np.log(Y_est)))


@error("aplicaste la fórmula binaria a cada componente (con el término (1 − y)·ln(1 − ŷ)).",
       mensaje="binaria")
def entropiaCruzadaCategorica__formula_binaria(Y_est, Y):
    P = np.clip(Y_est, 1e-12, 1 - 1e-12)
    return float(-np.sum(Y * np.log(P) + (1 - Y) * np.log(1 - P)) / Y.shape[1])


@error("olvidaste el signo menos.", mensaje="signo")
def entropiaCruzadaCategorica__sin_signo(Y_est, Y):
    Y_est = np.clip(Y_est, 1e-12, 1.0)
    return float(np.sum(Y * np.log(Y_est)) / Y.shape[1])


@alternativa("elige con índices el ŷ de la clase correcta de cada columna")
def entropiaCruzadaCategorica__indices(Y_est, Y):
    clases = np.argmax(Y, axis=0)
    m = Y.shape[1]
    correctas = Y_est[clases, np.arange(m)]
    return float(-np.mean(np.log(np.maximum(correctas, 1e-12))))


@alternativa("np.where para tomar el logaritmo solo donde y = 1")
def entropiaCruzadaCategorica__where(Y_est, Y):
    logs = np.log(np.where(Y > 0, Y_est, 1.0) + 1e-300)
    return -np.sum(Y * logs) / Y.shape[1]

"""Catálogo de la unidad mnist: errores típicos y soluciones alternativas correctas.

Cada error debe perder puntos y cada alternativa debe obtener todos (tests/test_catalogo.py).
Las funciones se ejecutan como en el cuaderno: ``np``, ``barraProgreso`` y las demás funciones
calificadas están definidas alrededor (aquí, las de referencia).
"""
# ruff: noqa: F821  (los nombres del cuaderno se resuelven al ejecutar la fuente)
import numpy as np

from autograder.catalogo import alternativa, error

# --------------------------------------------------------------------------- softmax


@error("normalizaste por filas (axis=1) en vez de por columnas.", mensaje="FILAS")
def softmax__por_filas(Z):
    E = np.exp(Z - np.max(Z, axis=-1, keepdims=True))
    return E / np.sum(E, axis=-1, keepdims=True)


@error("no restaste el máximo: np.exp desborda con puntajes grandes.", mensaje="desborda")
def softmax__inestable(Z):
    E = np.exp(Z)
    return E / np.sum(E, axis=0, keepdims=True)


@error("restaste el máximo GLOBAL: una columna muy por debajo de él se anula (0/0).",
       mensaje="NaN")
def softmax__maximo_global(Z):
    E = np.exp(Z - np.max(Z))
    return E / np.sum(E, axis=0, keepdims=True)


@error("dividiste entre la suma de toda la matriz.", mensaje="TODA la matriz")
def softmax__suma_total(Z):
    E = np.exp(Z - np.max(Z, axis=0, keepdims=True))
    return E / np.sum(E)


@error("usaste la sigmoide en vez de softmax.", mensaje="distribución de probabilidad")
def softmax__sigmoide(Z):
    return 1 / (1 + np.exp(-Z))


@alternativa("resta el máximo con np.amax, np.exp in situ y divide columna a columna")
def softmax__en_el_lugar(Z):
    S = np.array(Z, dtype=float)
    S -= np.amax(S, axis=0)
    np.exp(S, out=S)
    S /= S.sum(axis=0)
    return S


@alternativa("con logsumexp: e^(z − log Σ e^z)")
def softmax__logsumexp(Z):
    c = np.max(Z, axis=0, keepdims=True)
    lse = c + np.log(np.sum(np.exp(Z - c), axis=0, keepdims=True))
    return np.exp(Z - lse)


# --------------------------------------------------------------------------- tanh


@error("usaste la sigmoide en vez de tanh.", mensaje="sigmoide")
def tanh__sigmoide(Z):
    return 1 / (1 + np.exp(-Z))


@error("fórmula con exponenciales sin proteger: NaN para |z| grande.", mensaje="desborda")
def tanh__formula_inestable(Z):
    return (np.exp(Z) - np.exp(-Z)) / (np.exp(Z) + np.exp(-Z))


@error("2σ(z) − 1 olvidando el 2 dentro: eso es tanh(z/2).", mensaje="tanh(z/2)")
def tanh__sigmoide_mal_escalada(Z):
    return 2 / (1 + np.exp(-Z)) - 1


@error("devolviste la derivada 1 − tanh² en vez de tanh.", mensaje="derivada")
def tanh__derivada(Z):
    return 1 - np.tanh(Z) ** 2


@alternativa("tanh(z) = 2σ(2z) − 1, con la sigmoide escrita de forma estable")
def tanh__con_sigmoide(Z):
    return 2 * np.exp(-np.logaddexp(0.0, -2 * Z)) - 1


# --------------------------------------------------------------------------- tanhGrad


@error("aplicaste tanh a la activación: 1 − tanh(A)² (tanhGrad aplicado a Z, no a A).",
       mensaje="ACTIVACIÓN")
def tanhGrad__sobre_z(A):
    return 1 - np.tanh(A) ** 2


@error("olvidaste el cuadrado: 1 − A.", mensaje="cuadrado")
def tanhGrad__sin_cuadrado(A):
    return 1 - A


@error("usaste la derivada de la sigmoide, A(1 − A).", mensaje="sigmoide")
def tanhGrad__sigmoide(A):
    return A * (1 - A)


@error("signo cambiado: A² − 1.", mensaje="signo")
def tanhGrad__signo(A):
    return A ** 2 - 1


@alternativa("(1 − A)(1 + A)")
def tanhGrad__factorizada(A):
    return (1 - A) * (1 + A)


@alternativa("1 − A·A con np.multiply y np.subtract")
def tanhGrad__funciones(A):
    return np.subtract(1.0, np.multiply(A, A))


# --------------------------------------------------------------------------- relu


@error("usaste np.max(Z, 0), que reduce el eje 0, en vez de np.maximum(Z, 0), que compara elemento a elemento.",
       mensaje="forma")
def relu__np_max(Z):
    return np.max(Z, 0)


@error("Leaky ReLU (0.01·Z para Z < 0).", mensaje="Leaky")
def relu__leaky(Z):
    return np.where(Z > 0, Z, 0.01 * Z)


@error("valor absoluto en vez de max(0, Z).", mensaje="|Z|")
def relu__absoluto(Z):
    return np.abs(Z)


@error("devolviste una máscara booleana (Z > 0).", mensaje="booleanos")
def relu__mascara(Z):
    return Z > 0


@alternativa("Z multiplicado por la máscara Z > 0")
def relu__mascara_por_z(Z):
    return Z * (Z > 0)


@alternativa("np.clip(Z, 0, None)")
def relu__clip(Z):
    return np.clip(Z, 0, None)


# --------------------------------------------------------------------------- reluGrad


@error("comparaste con >=: en A = 0 devolviste 1.", mensaje="A >= 0")
def reluGrad__mayor_igual(A):
    return np.where(A >= 0, 1.0, 0.0)


@error("devolviste booleanos sin convertir.", mensaje="booleanos")
def reluGrad__booleana(A):
    return A > 0


@error("devolviste la propia activación.", mensaje="propia activación")
def reluGrad__identidad(A):
    return A.copy()


@error("devolviste unos en todas partes.", mensaje="A = 0 devolviste 1")
def reluGrad__unos(A):
    return np.ones_like(A)


@alternativa("(A > 0).astype(float)")
def reluGrad__astype(A):
    return (A > 0).astype(float)


@alternativa("np.sign de la activación (A ≥ 0, así que vale 0 o 1)")
def reluGrad__signo(A):
    return np.sign(A).astype(float)


# --------------------------------------------------------------------------- initParams


@error("pesos normales con varianza 2/(n_in + n_out) en vez de uniformes.", mensaje="NORMAL")
def initParams__normal(nx=784, nh=512, ny=10, semilla=None):
    rng = np.random.default_rng(semilla)
    w1 = rng.normal(0, np.sqrt(2 / (nx + nh)), size=(nh, nx))
    w2 = rng.normal(0, np.sqrt(2 / (nh + ny)), size=(ny, nh))
    return w1, np.zeros((nh, 1)), w2, np.zeros((ny, 1))


@error("cota √6/(n_in + n_out) sin la raíz en el denominador.", mensaje="muy por debajo")
def initParams__cota_sin_raiz(nx=784, nh=512, ny=10, semilla=None):
    rng = np.random.default_rng(semilla)
    a1, a2 = np.sqrt(6) / (nx + nh), np.sqrt(6) / (nh + ny)
    return (rng.uniform(-a1, a1, (nh, nx)), np.zeros((nh, 1)), rng.uniform(-a2, a2, (ny, nh)),
            np.zeros((ny, 1)))


@error("usaste la misma cota (la de la primera capa) para las dos capas.", mensaje="w2")
def initParams__misma_cota(nx=784, nh=512, ny=10, semilla=None):
    rng = np.random.default_rng(semilla)
    a = np.sqrt(6) / np.sqrt(nx + nh)
    return (rng.uniform(-a, a, (nh, nx)), np.zeros((nh, 1)), rng.uniform(-a, a, (ny, nh)),
            np.zeros((ny, 1)))


@error("U[0, a]: todos los pesos positivos.", mensaje="mismo signo")
def initParams__solo_positivos(nx=784, nh=512, ny=10, semilla=None):
    rng = np.random.default_rng(semilla)
    a1, a2 = np.sqrt(6 / (nx + nh)), np.sqrt(6 / (nh + ny))
    return (rng.uniform(0, a1, (nh, nx)), np.zeros((nh, 1)), rng.uniform(0, a2, (ny, nh)),
            np.zeros((ny, 1)))


@error("sesgos aleatorios en vez de cero.", mensaje="cero")
def initParams__sesgos_aleatorios(nx=784, nh=512, ny=10, semilla=None):
    rng = np.random.default_rng(semilla)
    a1, a2 = np.sqrt(6 / (nx + nh)), np.sqrt(6 / (nh + ny))
    return (rng.uniform(-a1, a1, (nh, nx)), rng.uniform(-a1, a1, (nh, 1)),
            rng.uniform(-a2, a2, (ny, nh)), rng.uniform(-a2, a2, (ny, 1)))


@error("formas transpuestas: w1 (nx, nh).", mensaje="transponer")
def initParams__transpuestas(nx=784, nh=512, ny=10, semilla=None):
    rng = np.random.default_rng(semilla)
    a1, a2 = np.sqrt(6 / (nx + nh)), np.sqrt(6 / (nh + ny))
    return (rng.uniform(-a1, a1, (nx, nh)), np.zeros((nh, 1)), rng.uniform(-a2, a2, (nh, ny)),
            np.zeros((ny, 1)))


@error("ignoraste la semilla: cada llamada da pesos distintos.", mensaje="misma semilla")
def initParams__ignora_semilla(nx=784, nh=512, ny=10, semilla=None):
    rng = np.random.default_rng()
    a1, a2 = np.sqrt(6 / (nx + nh)), np.sqrt(6 / (nh + ny))
    return (rng.uniform(-a1, a1, (nh, nx)), np.zeros((nh, 1)), rng.uniform(-a2, a2, (ny, nh)),
            np.zeros((ny, 1)))


@alternativa("np.random.seed + np.random.rand escalado a [−a, a] y √(6/(n_in + n_out))")
def initParams__rand_global(nx=784, nh=512, ny=10, semilla=None):
    if semilla is not None:
        np.random.seed(semilla)
    a1 = np.sqrt(6 / (nx + nh))
    a2 = np.sqrt(6 / (nh + ny))
    w1 = (2 * np.random.rand(nh, nx) - 1) * a1
    w2 = (2 * np.random.rand(ny, nh) - 1) * a2
    return w1, np.zeros((nh, 1)), w2, np.zeros((ny, 1))


@alternativa("una función interna para cada capa")
def initParams__por_capa(nx=784, nh=512, ny=10, semilla=None):
    rng = np.random.default_rng(semilla)

    def capa(n_in, n_out):
        limite = np.sqrt(6.0) / np.sqrt(n_in + n_out)
        return rng.uniform(low=-limite, high=limite, size=(n_out, n_in)), np.zeros((n_out, 1))

    w1, b1 = capa(nx, nh)
    w2, b2 = capa(nh, ny)
    return w1, b1, w2, b2


# --------------------------------------------------------------------------- feedForward


@error("olvidaste los sesgos.", mensaje="sesgos")
def feedForward__sin_sesgos(X, w1, w2, b1, b2, activacion="tanh"):
    a1 = tanh(w1 @ X) if activacion == "tanh" else relu(w1 @ X)
    return a1, softmax(w2 @ a1)


@error("escribiste la softmax de salida dentro de feedForward restando el máximo de TODA la "
       "matriz z2: una columna cuyos puntajes están ~745 o más por debajo del máximo de otra "
       "queda en 0/0 = NaN.", mensaje="máximo de TODA la matriz")
def feedForward__softmax_maximo_global(X, w1, w2, b1, b2, activacion="tanh"):
    z1 = w1 @ X + b1
    a1 = tanh(z1) if activacion == "tanh" else relu(z1)
    z2 = w2 @ a1 + b2
    e = np.exp(z2 - np.max(z2))
    return a1, e / np.sum(e, axis=0, keepdims=True)


@error("usaste la sigmoide en la capa oculta.", mensaje="sigmoide")
def feedForward__sigmoide_oculta(X, w1, w2, b1, b2, activacion="tanh"):
    z1 = w1 @ X + b1
    a1 = 1 / (1 + np.exp(-z1)) if activacion == "tanh" else relu(z1)
    return a1, softmax(w2 @ a1 + b2)


@error("ignoraste el argumento activacion: siempre tanh.", mensaje="devolviste tanh")
def feedForward__ignora_activacion(X, w1, w2, b1, b2, activacion="tanh"):
    a1 = tanh(w1 @ X + b1)
    return a1, softmax(w2 @ a1 + b2)


@error("usaste tanh en la salida en vez de softmax.", mensaje="no suman 1")
def feedForward__salida_tanh(X, w1, w2, b1, b2, activacion="tanh"):
    a1 = tanh(w1 @ X + b1) if activacion == "tanh" else relu(w1 @ X + b1)
    return a1, tanh(w2 @ a1 + b2)


@error("devolviste (a2, a1).", mensaje="el orden correcto es (a1, a2)")
def feedForward__orden(X, w1, w2, b1, b2, activacion="tanh"):
    a1 = tanh(w1 @ X + b1) if activacion == "tanh" else relu(w1 @ X + b1)
    return softmax(w2 @ a1 + b2), a1


@error("devolviste las salidas esperadas de la prueba visible.", mensaje="forma",
       solo_oculta=True)
def feedForward__respuesta_fija(X, w1, w2, b1, b2, activacion="tanh"):
    from course.mnist import ESPERADO
    if activacion == "relu":
        return ESPERADO["a1_relu"], ESPERADO["a2_relu"]
    return ESPERADO["a1"], ESPERADO["a2"]


@alternativa("como pide la diapositiva: código tanh activo y las líneas de ReLU elegidas con "
             "un if, con np.dot")
def feedForward__np_dot(X, w1, w2, b1, b2, activacion="tanh"):
    z1 = np.dot(w1, X) + b1
    a1 = np.tanh(z1)
    if activacion == "relu":
        a1 = np.maximum(z1, 0)
    z2 = np.dot(w2, a1) + b2
    e = np.exp(z2 - z2.max(axis=0))
    return a1, e / e.sum(axis=0)


@alternativa("un diccionario de activaciones")
def feedForward__diccionario(X, w1, w2, b1, b2, activacion="tanh"):
    g = {"tanh": tanh, "relu": relu}[activacion]
    a1 = g(w1 @ X + b1)
    return a1, softmax(w2 @ a1 + b2)


# --------------------------------------------------------------------------- costoGlobal


@error("olvidaste dividir entre m.", mensaje="dividir entre")
def costoGlobal__sin_1_m(y_est, y):
    return float(-np.sum(y * np.log(np.clip(y_est, 1e-12, 1.0))))


@error("np.mean sobre todos los elementos (divide entre k·m).", mensaje="número de clases")
def costoGlobal__media_total(y_est, y):
    return float(-np.mean(y * np.log(np.clip(y_est, 1e-12, 1.0))))


@error("m = y.shape[0] (las clases) en vez de y.shape[1].", mensaje="y.shape[0]")
def costoGlobal__m_filas(y_est, y):
    m = y.shape[0]
    return float(-np.sum(y * np.log(np.clip(y_est, 1e-12, 1.0))) / m)


@error("log(0) sin proteger: NaN con predicciones exactas en 0.", mensaje="log(0)")
def costoGlobal__sin_recorte(y_est, y):
    return float(-np.sum(y * np.log(y_est)) / y.shape[1])


@error("usaste la entropía cruzada binaria.", mensaje="binaria")
def costoGlobal__binaria(y_est, y):
    p = np.clip(y_est, 1e-12, 1 - 1e-12)
    return float(-np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)) / y.shape[1])


@error("olvidaste el signo menos.", mensaje="signo")
def costoGlobal__sin_signo(y_est, y):
    return float(np.sum(y * np.log(np.clip(y_est, 1e-12, 1.0))) / y.shape[1])


@error("devolviste el costo de cada ejemplo (un arreglo).", mensaje="es un arreglo")
def costoGlobal__por_ejemplo(y_est, y):
    return -np.sum(y * np.log(np.clip(y_est, 1e-12, 1.0)), axis=0)


@alternativa("elige la probabilidad de la clase correcta con argmax e indexado")
def costoGlobal__indexado(y_est, y):
    m = y.shape[1]
    clase = np.argmax(y, axis=0)
    p = y_est[clase, np.arange(m)]
    return float(np.mean(-np.log(np.maximum(p, 1e-15))))


@alternativa("np.where para no evaluar log donde y = 0, y np.mean de la suma por columna")
def costoGlobal__where(y_est, y):
    with np.errstate(divide="ignore"):
        terminos = np.where(y > 0, y * np.log(np.where(y > 0, y_est, 1.0)), 0.0)
    return float(np.mean(-terminos.sum(axis=0)))


# --------------------------------------------------------------------------- backProp


@error("no dividiste entre m.", mensaje="dividir entre m")
def backProp__sin_1_m(X, y, w1, w2, b1, b2, a2, a1, activacion="tanh"):
    dz2 = a2 - y
    g = tanhGrad(a1) if activacion == "tanh" else reluGrad(a1)
    dz1 = (w2.T @ dz2) * g
    return (dz1 @ X.T, np.sum(dz1, axis=1, keepdims=True), dz2 @ a1.T,
            np.sum(dz2, axis=1, keepdims=True))


@error("dz2 = y − a2: signo invertido.", mensaje="signo")
def backProp__signo(X, y, w1, w2, b1, b2, a2, a1, activacion="tanh"):
    m = X.shape[1]
    dz2 = y - a2
    g = tanhGrad(a1) if activacion == "tanh" else reluGrad(a1)
    dz1 = (w2.T @ dz2) * g
    return (dz1 @ X.T / m, np.sum(dz1, axis=1, keepdims=True) / m, dz2 @ a1.T / m,
            np.sum(dz2, axis=1, keepdims=True) / m)


@error("tanhGrad aplicado a z1 en vez de a la activación a1.", mensaje="activación a1")
def backProp__tanhGrad_de_z(X, y, w1, w2, b1, b2, a2, a1, activacion="tanh"):
    m = X.shape[1]
    z1 = w1 @ X + b1
    dz2 = a2 - y
    g = tanhGrad(z1) if activacion == "tanh" else reluGrad(a1)
    dz1 = (w2.T @ dz2) * g
    return (dz1 @ X.T / m, np.sum(dz1, axis=1, keepdims=True) / m, dz2 @ a1.T / m,
            np.sum(dz2, axis=1, keepdims=True) / m)


@error("ignoraste activacion: siempre tanhGrad.", mensaje="usaste tanhGrad")
def backProp__ignora_activacion(X, y, w1, w2, b1, b2, a2, a1, activacion="tanh"):
    m = X.shape[1]
    dz2 = a2 - y
    dz1 = (w2.T @ dz2) * tanhGrad(a1)
    return (dz1 @ X.T / m, np.sum(dz1, axis=1, keepdims=True) / m, dz2 @ a1.T / m,
            np.sum(dz2, axis=1, keepdims=True) / m)


@error("multiplicaste dz2 por a2(1 − a2) aunque softmax + entropía cruzada ya da a2 − y.",
       mensaje="a2 − y")
def backProp__derivada_salida_extra(X, y, w1, w2, b1, b2, a2, a1, activacion="tanh"):
    m = X.shape[1]
    dz2 = (a2 - y) * a2 * (1 - a2)
    g = tanhGrad(a1) if activacion == "tanh" else reluGrad(a1)
    dz1 = (w2.T @ dz2) * g
    return (dz1 @ X.T / m, np.sum(dz1, axis=1, keepdims=True) / m, dz2 @ a1.T / m,
            np.sum(dz2, axis=1, keepdims=True) / m)


@error("dw1 = X·dz1ᵀ: transpuesto.", mensaje="¿olvidaste transponer?")
def backProp__transpuesto(X, y, w1, w2, b1, b2, a2, a1, activacion="tanh"):
    m = X.shape[1]
    dz2 = a2 - y
    g = tanhGrad(a1) if activacion == "tanh" else reluGrad(a1)
    dz1 = (w2.T @ dz2) * g
    return (X @ dz1.T / m, np.sum(dz1, axis=1, keepdims=True) / m, dz2 @ a1.T / m,
            np.sum(dz2, axis=1, keepdims=True) / m)


@error("np.sum sin keepdims: db1 de forma (nh,).", mensaje="keepdims")
def backProp__sin_keepdims(X, y, w1, w2, b1, b2, a2, a1, activacion="tanh"):
    m = X.shape[1]
    dz2 = a2 - y
    g = tanhGrad(a1) if activacion == "tanh" else reluGrad(a1)
    dz1 = (w2.T @ dz2) * g
    return dz1 @ X.T / m, np.sum(dz1, axis=1) / m, dz2 @ a1.T / m, np.sum(dz2, axis=1) / m


@alternativa("bucle sobre ejemplos acumulando gradientes")
def backProp__bucle(X, y, w1, w2, b1, b2, a2, a1, activacion="tanh"):
    m = X.shape[1]
    dw1, db1 = np.zeros_like(w1), np.zeros_like(b1)
    dw2, db2 = np.zeros_like(w2), np.zeros_like(b2)
    for j in range(m):
        x, h = X[:, j:j + 1], a1[:, j:j + 1]
        d2 = a2[:, j:j + 1] - y[:, j:j + 1]
        g = 1 - h ** 2 if activacion == "tanh" else (h > 0) * 1.0
        d1 = (w2.T @ d2) * g
        dw2 += d2 @ h.T
        db2 += d2
        dw1 += d1 @ x.T
        db1 += d1
    return dw1 / m, db1 / m, dw2 / m, db2 / m


@alternativa("einsum y medias con keepdims")
def backProp__einsum(X, y, w1, w2, b1, b2, a2, a1, activacion="tanh"):
    m = X.shape[1]
    dz2 = a2 - y
    derivada = {"tanh": tanhGrad, "relu": reluGrad}[activacion](a1)
    dz1 = np.einsum("ki,km->im", w2, dz2) * derivada
    return (np.einsum("im,jm->ij", dz1, X) / m, dz1.mean(axis=1, keepdims=True),
            np.einsum("km,jm->kj", dz2, a1) / m, dz2.mean(axis=1, keepdims=True))


# --------------------------------------------------------------------------- entrenarRed


@error("sumaste el gradiente (ascenso).", mensaje="sumaste el gradiente")
def entrenarRed__ascenso(epocas, lr, X, y, w1, b1, w2, b2, a1, a2, tamLote=None, semilla=None,
                         activacion="tanh"):
    m = X.shape[1]
    rng = np.random.default_rng(semilla)
    costos = []
    for _ in range(epocas):
        orden = rng.permutation(m)
        lotes = [slice(None)] if tamLote is None else [orden[i:i + tamLote]
                                                       for i in range(0, m, tamLote)]
        cs = []
        for lote in lotes:
            Xl, yl = X[:, lote], y[:, lote]
            a1, a2 = feedForward(Xl, w1, w2, b1, b2, activacion)
            cs.append(costoGlobal(a2, yl))
            dw1, db1, dw2, db2 = backProp(Xl, yl, w1, w2, b1, b2, a2, a1, activacion)
            w1, b1, w2, b2 = w1 + lr * dw1, b1 + lr * db1, w2 + lr * dw2, b2 + lr * db2
        costos.append(float(np.mean(cs)))
    return w1, b1, w2, b2, costos


@error("no barajaste: mini-lotes siempre en el orden original.", mensaje="mismos en todas las épocas")
def entrenarRed__sin_barajar(epocas, lr, X, y, w1, b1, w2, b2, a1, a2, tamLote=None,
                             semilla=None, activacion="tanh"):
    def _paso(X, y, w1, b1, w2, b2, lr, activacion):   # un paso de descenso de gradiente
        a1, a2 = feedForward(X, w1, w2, b1, b2, activacion)
        c = costoGlobal(a2, y)
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1, activacion)
        return w1 - lr * dw1, b1 - lr * db1, w2 - lr * dw2, b2 - lr * db2, c

    m = X.shape[1]
    tam = m if tamLote is None else tamLote
    costos = []
    for _ in range(epocas):
        cs = []
        for i in range(0, m, tam):
            w1, b1, w2, b2, c = _paso(X[:, i:i + tam], y[:, i:i + tam], w1, b1, w2, b2, lr,
                                      activacion)
            cs.append(c)
        costos.append(float(np.mean(cs)))
    return w1, b1, w2, b2, costos


@error("barajaste una sola vez, antes del bucle de épocas.", mensaje="mismos en todas las épocas")
def entrenarRed__baraja_una_vez(epocas, lr, X, y, w1, b1, w2, b2, a1, a2, tamLote=None,
                                semilla=None, activacion="tanh"):
    def _paso(X, y, w1, b1, w2, b2, lr, activacion):   # un paso de descenso de gradiente
        a1, a2 = feedForward(X, w1, w2, b1, b2, activacion)
        c = costoGlobal(a2, y)
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1, activacion)
        return w1 - lr * dw1, b1 - lr * db1, w2 - lr * dw2, b2 - lr * db2, c

    m = X.shape[1]
    orden = np.random.default_rng(semilla).permutation(m)
    tam = m if tamLote is None else tamLote
    lotes = [orden[i:i + tam] for i in range(0, m, tam)]
    costos = []
    for _ in range(epocas):
        cs = []
        for lote in lotes:
            w1, b1, w2, b2, c = _paso(X[:, lote], y[:, lote], w1, b1, w2, b2, lr, activacion)
            cs.append(c)
        costos.append(float(np.mean(cs)))
    return w1, b1, w2, b2, costos


@error("descartaste el último mini-lote incompleto.", mensaje="descartando")
def entrenarRed__sin_ultimo_lote(epocas, lr, X, y, w1, b1, w2, b2, a1, a2, tamLote=None,
                                 semilla=None, activacion="tanh"):
    def _paso(X, y, w1, b1, w2, b2, lr, activacion):   # un paso de descenso de gradiente
        a1, a2 = feedForward(X, w1, w2, b1, b2, activacion)
        c = costoGlobal(a2, y)
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1, activacion)
        return w1 - lr * dw1, b1 - lr * db1, w2 - lr * dw2, b2 - lr * db2, c

    m = X.shape[1]
    rng = np.random.default_rng(semilla)
    tam = m if tamLote is None else tamLote
    costos = []
    for _ in range(epocas):
        orden = rng.permutation(m)
        cs = []
        for i in range(m // tam):
            lote = orden[i * tam:(i + 1) * tam]
            w1, b1, w2, b2, c = _paso(X[:, lote], y[:, lote], w1, b1, w2, b2, lr, activacion)
            cs.append(c)
        costos.append(float(np.mean(cs)))
    return w1, b1, w2, b2, costos


@error("guardaste un costo por mini-lote en vez de uno por época.", mensaje="uno por mini-lote")
def entrenarRed__costo_por_lote(epocas, lr, X, y, w1, b1, w2, b2, a1, a2, tamLote=None,
                                semilla=None, activacion="tanh"):
    def _paso(X, y, w1, b1, w2, b2, lr, activacion):   # un paso de descenso de gradiente
        a1, a2 = feedForward(X, w1, w2, b1, b2, activacion)
        c = costoGlobal(a2, y)
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1, activacion)
        return w1 - lr * dw1, b1 - lr * db1, w2 - lr * dw2, b2 - lr * db2, c

    m = X.shape[1]
    rng = np.random.default_rng(semilla)
    tam = m if tamLote is None else tamLote
    costos = []
    for _ in range(epocas):
        orden = rng.permutation(m)
        for i in range(0, m, tam):
            lote = orden[i:i + tam]
            w1, b1, w2, b2, c = _paso(X[:, lote], y[:, lote], w1, b1, w2, b2, lr, activacion)
            costos.append(c)
    return w1, b1, w2, b2, costos


@error("ignoraste tamLote: siempre lotes completos.", mensaje="ignoraste tamLote")
def entrenarRed__ignora_lotes(epocas, lr, X, y, w1, b1, w2, b2, a1, a2, tamLote=None,
                              semilla=None, activacion="tanh"):
    def _paso(X, y, w1, b1, w2, b2, lr, activacion):   # un paso de descenso de gradiente
        a1, a2 = feedForward(X, w1, w2, b1, b2, activacion)
        c = costoGlobal(a2, y)
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1, activacion)
        return w1 - lr * dw1, b1 - lr * db1, w2 - lr * dw2, b2 - lr * db2, c

    costos = []
    for _ in range(epocas):
        w1, b1, w2, b2, c = _paso(X, y, w1, b1, w2, b2, lr, activacion)
        costos.append(c)
    return w1, b1, w2, b2, costos


@error("ponderaste el costo de cada mini-lote por su tamaño (el costo medio por ejemplo); el "
       "contrato pide la media sin ponderar de los costos de los lotes.", mensaje="SIN ponderar")
def entrenarRed__media_ponderada(epocas, lr, X, y, w1, b1, w2, b2, a1, a2, tamLote=None,
                                 semilla=None, activacion="tanh"):
    m = X.shape[1]
    rng = np.random.default_rng(semilla)
    costos = []
    for _ in range(epocas):
        orden = rng.permutation(m) if tamLote is not None else np.arange(m)
        paso = m if tamLote is None else tamLote
        suma = 0.0
        for i in range(0, m, paso):
            lote = orden[i:i + paso]
            Xl, yl = X[:, lote], y[:, lote]
            a1, a2 = feedForward(Xl, w1, w2, b1, b2, activacion)
            suma += costoGlobal(a2, yl) * len(lote)
            dw1, db1, dw2, db2 = backProp(Xl, yl, w1, w2, b1, b2, a2, a1, activacion)
            w1, b1, w2, b2 = w1 - lr * dw1, b1 - lr * db1, w2 - lr * dw2, b2 - lr * db2
        costos.append(suma / m)
        barraProgreso(len(costos), epocas, costos[-1])
    return w1, b1, w2, b2, costos


@error("olvidaste la tasa de aprendizaje.", mensaje="tasa de aprendizaje")
def entrenarRed__sin_lr(epocas, lr, X, y, w1, b1, w2, b2, a1, a2, tamLote=None, semilla=None,
                        activacion="tanh"):
    def _paso(X, y, w1, b1, w2, b2, lr, activacion):   # un paso de descenso de gradiente
        a1, a2 = feedForward(X, w1, w2, b1, b2, activacion)
        c = costoGlobal(a2, y)
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1, activacion)
        return w1 - lr * dw1, b1 - lr * db1, w2 - lr * dw2, b2 - lr * db2, c

    m = X.shape[1]
    rng = np.random.default_rng(semilla)
    costos = []
    for _ in range(epocas):
        orden = rng.permutation(m)
        lotes = [slice(None)] if tamLote is None else [orden[i:i + tamLote]
                                                       for i in range(0, m, tamLote)]
        cs = []
        for lote in lotes:
            w1, b1, w2, b2, c = _paso(X[:, lote], y[:, lote], w1, b1, w2, b2, 1.0, activacion)
            cs.append(c)
        costos.append(float(np.mean(cs)))
    return w1, b1, w2, b2, costos


@error("guardaste el costo después de actualizar.", mensaje="después de actualizar")
def entrenarRed__costo_despues(epocas, lr, X, y, w1, b1, w2, b2, a1, a2, tamLote=None,
                               semilla=None, activacion="tanh"):
    def _paso(X, y, w1, b1, w2, b2, lr, activacion):   # un paso de descenso de gradiente
        a1, a2 = feedForward(X, w1, w2, b1, b2, activacion)
        c = costoGlobal(a2, y)
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1, activacion)
        return w1 - lr * dw1, b1 - lr * db1, w2 - lr * dw2, b2 - lr * db2, c

    m = X.shape[1]
    rng = np.random.default_rng(semilla)
    costos = []
    for _ in range(epocas):
        orden = rng.permutation(m)
        lotes = [slice(None)] if tamLote is None else [orden[i:i + tamLote]
                                                       for i in range(0, m, tamLote)]
        cs = []
        for lote in lotes:
            w1, b1, w2, b2, _ = _paso(X[:, lote], y[:, lote], w1, b1, w2, b2, lr, activacion)
            cs.append(costoGlobal(feedForward(X[:, lote], w1, w2, b1, b2, activacion)[1],
                                  y[:, lote]))
        costos.append(float(np.mean(cs)))
    return w1, b1, w2, b2, costos


@alternativa("actualizaciones en el lugar, np.array_split y costos en un arreglo")
def entrenarRed__en_el_lugar(epocas, lr, X, y, w1, b1, w2, b2, a1, a2, tamLote=None,
                             semilla=None, activacion="tanh"):
    m = X.shape[1]
    rng = np.random.default_rng(semilla)
    w1, b1, w2, b2 = w1.copy(), b1.copy(), w2.copy(), b2.copy()
    costos = np.zeros(epocas)
    for e in range(epocas):
        if tamLote is None:
            lotes = [np.arange(m)]
        else:
            lotes = np.array_split(rng.permutation(m), range(tamLote, m, tamLote))
        cs = np.zeros(len(lotes))
        for i, lote in enumerate(lotes):
            Xl, yl = X[:, lote], y[:, lote]
            a1, a2 = feedForward(Xl, w1, w2, b1, b2, activacion=activacion)
            cs[i] = costoGlobal(a2, yl)
            dw1, db1, dw2, db2 = backProp(Xl, yl, w1, w2, b1, b2, a2, a1, activacion=activacion)
            w1 -= lr * dw1
            b1 -= lr * db1
            w2 -= lr * dw2
            b2 -= lr * db2
        costos[e] = cs.mean()
    return w1, b1, w2, b2, costos


@alternativa("np.random.seed + np.random.shuffle de los índices y una barra con print propio")
def entrenarRed__shuffle_global(epocas, lr, X, y, w1, b1, w2, b2, a1, a2, tamLote=None,
                                semilla=None, activacion="tanh"):
    def _paso(X, y, w1, b1, w2, b2, lr, activacion):   # un paso de descenso de gradiente
        a1, a2 = feedForward(X, w1, w2, b1, b2, activacion)
        c = costoGlobal(a2, y)
        dw1, db1, dw2, db2 = backProp(X, y, w1, w2, b1, b2, a2, a1, activacion)
        return w1 - lr * dw1, b1 - lr * db1, w2 - lr * dw2, b2 - lr * db2, c

    if semilla is not None:
        np.random.seed(semilla)
    m = X.shape[1]
    costos = []
    for e in range(epocas):
        indices = np.arange(m)
        tam = m
        if tamLote is not None:
            np.random.shuffle(indices)
            tam = tamLote
        suma, n = 0.0, 0
        inicio = 0
        while inicio < m:
            lote = indices[inicio:inicio + tam]
            w1, b1, w2, b2, c = _paso(X[:, lote], y[:, lote], w1, b1, w2, b2, lr, activacion)
            suma, n = suma + c, n + 1
            inicio += tam
        costos.append(suma / n)
        print(f"época {e + 1}/{epocas}: {costos[-1]:.4f}")
    return w1, b1, w2, b2, costos


# --------------------------------------------------------------------------- predecir


@error("argmax por filas (axis=1).", mensaje="axis=1")
def predecir__por_filas(X, w1, b1, w2, b2):
    return np.argmax(feedForward(X, w1, w2, b1, b2)[1], axis=1)


@error("devolviste las probabilidades a2.", mensaje="probabilidades")
def predecir__probabilidades(X, w1, b1, w2, b2):
    return feedForward(X, w1, w2, b1, b2)[1]


@error("sumaste 1 al argmax: etiquetas de 1 a 10.", mensaje="no sumes 1")
def predecir__mas_uno(X, w1, b1, w2, b2):
    return np.argmax(feedForward(X, w1, w2, b1, b2)[1], axis=0) + 1


@error("llamaste a feedForward con el orden de argumentos de predecir.", mensaje="lanzó")
def predecir__orden_argumentos(X, w1, b1, w2, b2):
    return np.argmax(feedForward(X, w1, b1, w2, b2)[1], axis=0)


@error("usaste argmin.", mensaje="argmin")
def predecir__argmin(X, w1, b1, w2, b2):
    return np.argmin(feedForward(X, w1, w2, b1, b2)[1], axis=0)


@alternativa("argmax de z2 (softmax no cambia el orden) con argumentos por nombre")
def predecir__sin_softmax(X, w1, b1, w2, b2):
    a1 = np.tanh(w1 @ X + b1)
    return (w2 @ a1 + b2).argmax(axis=0)


@alternativa("bucle sobre columnas con int()")
def predecir__bucle(X, w1, b1, w2, b2):
    _, a2 = feedForward(X, w1=w1, w2=w2, b1=b1, b2=b2)
    return np.array([int(np.argmax(a2[:, j])) for j in range(X.shape[1])])

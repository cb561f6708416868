"""Solución de referencia de la unidad «Retropropagación y grafos de cómputo».

Primero los grafos de cómputo con escalares: el grafo f = (x + y)·z a mano, las puertas (clases
con ``adelante`` y ``atras``: suma, producto, máximo y sigmoide), un grafo y una neurona sigmoide
armados con ellas, cuatro ejercicios de regla de la cadena, la neurona ReLU de la diapositiva y el
chequeo numérico del gradiente. Cada función o clase calificada es idéntica al bloque de solución
del cuaderno source/retropropagacion/retropropagacion.ipynb (tests/test_fuentes.py falla si se
separan).

Después, las capas con cache. Los ejemplos son columnas: A_prev tiene forma (n_{l-1}, m), W
(n_l, n_{l-1}), b (n_l, 1) y Z = W A_prev + b. Las capas siguen el patrón (salida, cache) hacia
adelante y (gradientes de las entradas, gradientes de los parámetros) hacia atrás: la cache guarda
lo que la derivada necesita. Las unidades posteriores (activaciones, inicialización, optimización,
normalización por lotes, regularización) reciben estas funciones como código dado de su propio
cuaderno (importándolas de aquí en su solutions/<unidad>.py).
"""
import numpy as np


# ---------------------------------------------------------------------------------------------
# Grafos de cómputo y puertas
# ---------------------------------------------------------------------------------------------

def sigmoide(z):
    """σ(z) = 1 / (1 + e^(−z)), escrita de forma estable (sin desbordes para |z| grande).

    Argumentos:
        z: número o arreglo de cualquier forma.
    Devuelve:
        número o arreglo de la misma forma, con valores en (0, 1).
    """
    return np.exp(-np.logaddexp(0.0, -z))


def grafoSumaProducto(x, y, z):
    """El grafo f(x, y, z) = (x + y)·z, hacia adelante y hacia atrás, a mano.

    Hacia adelante: q = x + y, f = q·z. Hacia atrás se empieza con ∂f/∂f = 1 y cada nodo
    multiplica su gradiente local por el gradiente que le llega de arriba.

    Argumentos:
        x, y, z: números (float).
    Devuelve:
        q, f: los valores hacia adelante.
        df_dq, df_dx, df_dy, df_dz: las derivadas parciales de f (floats).
    """
    q = x + y
    f = q * z
    df_df = 1.0
    df_dq = z * df_df          # producto: el gradiente de q es el valor de la otra entrada
    df_dz = q * df_df
    df_dx = 1.0 * df_dq        # suma: distribuye el gradiente sin cambiarlo
    df_dy = 1.0 * df_dq
    return q, f, df_dq, df_dx, df_dy, df_dz


class PuertaSuma:
    """Puerta z = x + y de un grafo de cómputo. La suma distribuye el gradiente.

    Métodos:
        adelante(self, x, y)
            Argumentos: x, y: números o arreglos de la misma forma (cualquiera).
            Devuelve: z = x + y, de esa forma.
        atras(self, dz)
            Argumentos: dz: el gradiente que llega de arriba, ∂L/∂z, de la forma de z.
            Devuelve: la tupla (dx, dy) = (1·dz, 1·dz), cada uno de la forma de z.
    """

    def adelante(self, x, y):
        return x + y

    def atras(self, dz):
        dx = 1.0 * dz
        dy = 1.0 * dz
        return dx, dy


class PuertaProducto:
    """Puerta z = x·y de un grafo de cómputo (el MultiplyGate de la diapositiva, corregido).
    El producto intercambia: el gradiente de cada entrada es el valor de la otra por dz.

    Métodos:
        adelante(self, x, y)
            Argumentos: x, y: números o arreglos de la misma forma (elemento a elemento).
            Devuelve: z = x·y, de esa forma. Guarda x e y en el objeto (self.x, self.y).
        atras(self, dz)
            Argumentos: dz: el gradiente que llega de arriba, ∂L/∂z, de la forma de z.
            Devuelve: la tupla (dx, dy) = (y·dz, x·dz) (gradiente local × gradiente de arriba),
                con los x e y guardados, cada uno de la forma de z.
    """

    def adelante(self, x, y):
        self.x = x
        self.y = y
        return x * y

    def atras(self, dz):
        dx = self.y * dz
        dy = self.x * dz
        return dx, dy


class PuertaMax:
    """Puerta z = max(x, y) de un grafo de cómputo. El máximo enruta el gradiente.

    Métodos:
        adelante(self, x, y)
            Argumentos: x, y: números o arreglos de la misma forma (elemento a elemento).
            Devuelve: z = max(x, y) (np.maximum), de esa forma. Guarda x e y en el objeto.
        atras(self, dz)
            Argumentos: dz: el gradiente que llega de arriba, ∂L/∂z, de la forma de z.
            Devuelve: la tupla (dx, dy): dz va entero a la entrada mayor y la otra recibe 0
                (en un empate x = y, todo va a x); cada uno de la forma de z.
    """

    def adelante(self, x, y):
        self.x = x
        self.y = y
        return np.maximum(x, y)

    def atras(self, dz):
        gana_x = self.x >= self.y
        dx = dz * gana_x
        dy = dz * np.logical_not(gana_x)
        return dx, dy


class PuertaSigmoide:
    """Puerta s = σ(z) de un grafo de cómputo, con gradiente local σ(z)(1 − σ(z)).

    Métodos:
        adelante(self, z)
            Argumentos: z: número o arreglo de cualquier forma.
            Devuelve: s = σ(z) (con la función `sigmoide`, estable), de la forma de z. Guarda s
                en el objeto.
        atras(self, ds)
            Argumentos: ds: el gradiente que llega de arriba, ∂L/∂s, de la forma de z.
            Devuelve: dz = ds·s·(1 − s), con la s guardada (un solo gradiente, no una tupla).
    """

    def adelante(self, z):
        self.s = sigmoide(z)
        return self.s

    def atras(self, ds):
        return ds * self.s * (1 - self.s)


def grafoMaximo(x, y, z, w):
    """El grafo f = 2·(x·y + max(z, w)) con las puertas: adelante y atrás.

    Argumentos:
        x, y, z, w: números (float).
    Devuelve:
        f: el valor de la salida.
        df_dx, df_dy, df_dz, df_dw: las derivadas parciales de f (floats).
    """
    producto, maximo, suma, doble = PuertaProducto(), PuertaMax(), PuertaSuma(), PuertaProducto()
    p = producto.adelante(x, y)
    r = maximo.adelante(z, w)
    s = suma.adelante(p, r)
    f = doble.adelante(2.0, s)
    _, ds = doble.atras(1.0)        # ∂f/∂f = 1; el gradiente de la constante 2 no se usa
    dp, dr = suma.atras(ds)
    dz, dw = maximo.atras(dr)
    dx, dy = producto.atras(dp)
    return float(f), float(dx), float(dy), float(dz), float(dw)


def neuronaSigmoide(w, x):
    """La neurona sigmoide como grafo: f(w, x) = σ(w0·x0 + w1·x1 + ... + w_{n−1}·x_{n−1} + w_n).

    El último peso es el sesgo. Se arma con las puertas: un producto por entrada, sumas y una
    sigmoide; hacia atrás se empieza con ∂f/∂f = 1.

    Argumentos:
        w: pesos y sesgo, forma (n + 1,).
        x: entradas, forma (n,).
    Devuelve:
        f: la salida (float).
        dw: ∂f/∂w, forma (n + 1,).
        dx: ∂f/∂x, forma (n,).
    """
    n = len(x)
    productos = [PuertaProducto() for _ in range(n)]
    sumas = [PuertaSuma() for _ in range(n)]
    puerta_sigmoide = PuertaSigmoide()
    s = w[n]
    for i in range(n):
        s = sumas[i].adelante(s, productos[i].adelante(w[i], x[i]))
    f = puerta_sigmoide.adelante(s)
    dw, dx = np.zeros(n + 1), np.zeros(n)
    ds = puerta_sigmoide.atras(1.0)
    for i in reversed(range(n)):
        ds, dp = sumas[i].atras(ds)
        dw[i], dx[i] = productos[i].atras(dp)
    dw[n] = ds
    return float(f), dw, dx


# ---------------------------------------------------------------------------------------------
# Ejercicios de regla de la cadena
# ---------------------------------------------------------------------------------------------

def cadenaCompuesta(x):
    """Ejercicio 1: f(x) = sen((2x + 1)²) y su derivada, elemento a elemento.

    Por etapas: a = 2x + 1, c = a², f = sen(c); df/dx = cos(c)·2a·2.

    Argumentos:
        x: número o arreglo de cualquier forma.
    Devuelve:
        f, df_dx: de la misma forma que x.
    """
    a = 2 * x + 1
    c = a ** 2
    f = np.sin(c)
    df_dc = np.cos(c)
    df_da = df_dc * 2 * a
    df_dx = df_da * 2
    return f, df_dx


def cadenaCompartida(x, y):
    """Ejercicio 2: f(x, y) = x·σ(x·y), donde x llega a f por dos caminos.

    Por etapas: q = x·y, s = σ(q), f = x·s. Los gradientes de x por los dos caminos se suman.

    Argumentos:
        x, y: números o arreglos de la misma forma.
    Devuelve:
        f, df_dx, df_dy: de la misma forma que x.
    """
    q = x * y
    s = sigmoide(q)
    f = x * s
    df_ds = x
    df_dq = df_ds * s * (1 - s)
    df_dx = s + df_dq * y       # camino directo (f = x·s) + camino por q = x·y
    df_dy = df_dq * x
    return f, df_dx, df_dy


def cadenaMatricial(W, b, x, y):
    """Ejercicio 3: L = ½ Σ (W x + b − y)², con producto matricial.

    Argumentos:
        W: forma (n, d). b: forma (n, 1). x: forma (d, m). y: forma (n, m).
    Devuelve:
        L: float.
        dW: forma (n, d) = (z − y) xᵀ.
        db: forma (n, 1) = suma de (z − y) sobre las columnas.
        dx: forma (d, m) = Wᵀ (z − y).
    """
    z = W @ x + b
    e = z - y
    L = 0.5 * float(np.sum(e ** 2))
    dW = e @ x.T
    db = np.sum(e, axis=1, keepdims=True)
    dx = W.T @ e
    return L, dW, db, dx


def cadenaNeurona(w, b, X, Y):
    """Ejercicio 4: una neurona sigmoide con el error cuadrático medio de la diapositiva 001.

    z = w X + b, a = σ(z), J = (1 / 2m) Σ (a − y)². Sin la simplificación de la entropía
    cruzada: ∂J/∂z = (a − y)·a(1 − a) / m.

    Argumentos:
        w: forma (1, n). b: forma (1, 1). X: forma (n, m). Y: forma (1, m).
    Devuelve:
        J: float.
        dw: forma (1, n).
        db: forma (1, 1).
    """
    m = X.shape[1]
    a = sigmoide(w @ X + b)
    J = float(np.sum((a - Y) ** 2)) / (2 * m)
    dz = (a - Y) * a * (1 - a) / m
    dw = dz @ X.T
    db = np.sum(dz, axis=1, keepdims=True)
    return J, dw, db


# ---------------------------------------------------------------------------------------------
# La neurona ReLU de la diapositiva 001
# ---------------------------------------------------------------------------------------------

def neuronaReluAdelante(w1, b1, w_out, b_out, x):
    """Propagación hacia adelante de la red 1-1-1: oculta ReLU y salida lineal.

    Argumentos:
        w1, b1: peso y sesgo de la neurona oculta (floats).
        w_out, b_out: peso y sesgo de la neurona de salida (floats).
        x: entrada, número o arreglo (una casa por elemento).
    Devuelve:
        z1 = w1·x + b1, a1 = ReLU(z1), y_est = w_out·a1 + b_out: de la forma de x.
    """
    z1 = w1 * x + b1
    a1 = np.maximum(0.0, z1)
    y_est = w_out * a1 + b_out
    return z1, a1, y_est


def entrenarNeuronaRelu(w1, b1, w_out, b_out, x, y, lr, epocas):
    """Descenso de gradiente de la red 1-1-1 con E = ½(ŷ − y)², con actualización simultánea.

    En cada época: hacia adelante, se guarda el error ANTES de actualizar, se calculan las cuatro
    derivadas con los parámetros de esa época y se actualizan los cuatro a la vez.

    Argumentos:
        w1, b1, w_out, b_out: parámetros iniciales (floats).
        x, y: la entrada y el valor objetivo (floats).
        lr: tasa de aprendizaje α (float).
        epocas: número de actualizaciones (int).
    Devuelve:
        w1, b1, w_out, b_out: parámetros finales (floats).
        errores: lista de `epocas` floats, el error de cada época antes de actualizar.
    """
    errores = []
    for _ in range(epocas):
        z1, a1, y_est = neuronaReluAdelante(w1, b1, w_out, b_out, x)
        errores.append(float(0.5 * (y_est - y) ** 2))
        d_y = y_est - y                     # ∂E/∂ŷ
        d_w_out = d_y * a1
        d_b_out = d_y
        d_z1 = d_y * w_out * (z1 > 0)       # w_out de ESTA época, antes de actualizarlo
        d_w1 = d_z1 * x
        d_b1 = d_z1
        w1, b1 = w1 - lr * d_w1, b1 - lr * d_b1
        w_out, b_out = w_out - lr * d_w_out, b_out - lr * d_b_out
    return float(w1), float(b1), float(w_out), float(b_out), errores


def entrenarNeuronaDiapositiva(w1, b1, w_out, b_out, x, y, lr, epocas):
    """El código de la diapositiva 001, con sus mismas operaciones y en su mismo orden.

    Un primer paso fuera del bucle y luego `epocas` pasos más. Tiene dos errores que el cuaderno
    discute: actualiza w_out ANTES de usarlo en d_z_out_d_a1, y no vuelve a calcular
    d_z_out_d_w_out = a1 dentro del bucle (usa siempre el a1 del primer paso).

    Argumentos:
        w1, b1, w_out, b_out: parámetros iniciales. x, y: entrada y objetivo. lr: tasa α.
        epocas: número de pasos del bucle.
    Devuelve:
        historia: lista de (w1, b1, w_out, b_out, prediccion) antes de cada uno de los
        epocas + 1 pasos, y al final los parámetros y la predicción después del último.
    """
    historia = []
    z1 = w1 * x + b1
    a1 = max(0.0, z1)
    prediction = w_out * a1 + b_out
    historia.append((w1, b1, w_out, b_out, prediction))
    d_error_d_z_out = prediction - y
    d_z_out_d_w_out = a1
    d_z_out_d_b_out = 1
    w_out -= lr * d_error_d_z_out * d_z_out_d_w_out
    b_out -= lr * d_error_d_z_out * d_z_out_d_b_out
    d_z_out_d_a1 = w_out                       # ¡w_out ya actualizado!
    d_error_d_a1 = d_error_d_z_out * d_z_out_d_a1
    d_a1_d_z1 = 1.0 if z1 > 0 else 0.0
    d_z1_d_w1 = x
    d_z1_d_b1 = 1
    w1 -= lr * d_error_d_a1 * d_a1_d_z1 * d_z1_d_w1
    b1 -= lr * d_error_d_a1 * d_a1_d_z1 * d_z1_d_b1
    for _ in range(epocas):
        z1 = w1 * x + b1
        a1 = max(0.0, z1)
        prediction = w_out * a1 + b_out
        historia.append((w1, b1, w_out, b_out, prediction))
        d_error_d_z_out = prediction - y
        # d_z_out_d_w_out no se recalcula: sigue siendo el a1 del primer paso
        w_out -= lr * d_error_d_z_out * d_z_out_d_w_out
        b_out -= lr * d_error_d_z_out * d_z_out_d_b_out
        d_z_out_d_a1 = w_out
        d_error_d_a1 = d_error_d_z_out * d_z_out_d_a1
        d_a1_d_z1 = 1.0 if z1 > 0 else 0.0
        w1 -= lr * d_error_d_a1 * d_a1_d_z1 * d_z1_d_w1
        b1 -= lr * d_error_d_a1 * d_a1_d_z1 * d_z1_d_b1
    historia.append((w1, b1, w_out, b_out, w_out * max(0.0, w1 * x + b1) + b_out))
    return historia


# ---------------------------------------------------------------------------------------------
# Chequeo numérico del gradiente
# ---------------------------------------------------------------------------------------------

def gradienteNumerico(f, x, h=1e-5):
    """Gradiente de f en x por diferencias centradas, una componente a la vez.

    ∂f/∂x_i ≈ (f(x + h·e_i) − f(x − h·e_i)) / (2h), con e_i el vector con un 1 en la
    componente i. No modifica el arreglo x que recibe.

    Argumentos:
        f: función que recibe un arreglo de la forma de x y devuelve un número (float).
        x: arreglo de floats de cualquier forma, p. ej. (n,) o (n, m).
        h: paso de la diferencia (float).
    Devuelve:
        arreglo de la misma forma que x.
    """
    x = np.array(x, dtype=float)        # una copia: el x de quien llama no cambia
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        original = x[i]
        x[i] = original + h
        f_mas = f(x)
        x[i] = original - h
        f_menos = f(x)
        x[i] = original                 # se restaura antes de la siguiente componente
        grad[i] = (f_mas - f_menos) / (2 * h)
    return grad


def errorRelativo(a, b):
    """Error relativo entre dos gradientes: ‖a − b‖ / (‖a‖ + ‖b‖), con la norma euclidiana.

    Vale 0 si son iguales (también si los dos son cero) y 1 si, p. ej., b = −a.

    Argumentos:
        a, b: arreglos (o números) de la misma forma.
    Devuelve:
        float entre 0 y 1.
    """
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    denominador = np.linalg.norm(a) + np.linalg.norm(b)
    if denominador == 0:
        return 0.0
    return float(np.linalg.norm(a - b) / denominador)


# ---------------------------------------------------------------------------------------------
# Capas con cache
# ---------------------------------------------------------------------------------------------

def capaDensaAdelante(A_prev, W, b):
    """Parte lineal de una capa densa: Z = W·A_prev + b.

    Argumentos:
        A_prev: activaciones de la capa anterior, forma (n_prev, m).
        W: pesos, forma (n, n_prev).
        b: sesgos, forma (n, 1).
    Devuelve:
        Z: forma (n, m).
        cache: (A_prev, W, b), lo que necesita capaDensaAtras.
    """
    Z = W @ A_prev + b
    return Z, (A_prev, W, b)


def capaDensaAtras(dZ, cache):
    """Gradientes de la parte lineal de una capa densa, con 1/m ya incluido en dZ.

    Argumentos:
        dZ: gradiente del costo respecto a Z, forma (n, m).
        cache: (A_prev, W, b) de capaDensaAdelante.
    Devuelve:
        dA_prev: forma (n_prev, m) = Wᵀ·dZ.
        dW: forma (n, n_prev) = dZ·A_prevᵀ.
        db: forma (n, 1) = suma de dZ sobre los ejemplos.
    """
    A_prev, W, _ = cache
    dA_prev = W.T @ dZ
    dW = dZ @ A_prev.T
    db = np.sum(dZ, axis=1, keepdims=True)
    return dA_prev, dW, db


def activacionAdelante(Z, activacion):
    """Activación elemento a elemento.

    Argumentos:
        Z: forma (n, m).
        activacion: "sigmoide", "tanh", "relu" o "lineal".
    Devuelve:
        A: forma (n, m).
        cache: (Z, A).
    """
    if activacion == "sigmoide":
        A = np.exp(-np.logaddexp(0.0, -Z))
    elif activacion == "tanh":
        A = np.tanh(Z)
    elif activacion == "relu":
        A = np.maximum(0.0, Z)
    elif activacion == "lineal":
        A = Z.copy()
    else:
        raise ValueError(f"activación desconocida: {activacion!r}")
    return A, (Z, A)


def activacionAtras(dA, cache, activacion):
    """dZ = dA ⊙ g'(Z), con la derivada escrita desde la activación donde el curso lo hace:
    σ' = A(1 − A), tanh' = 1 − A², ReLU' = 1 donde Z > 0 y 0 donde Z ≤ 0.

    Argumentos:
        dA: gradiente respecto a A, forma (n, m).
        cache: (Z, A) de activacionAdelante.
        activacion: la misma que hacia adelante.
    Devuelve:
        dZ: forma (n, m).
    """
    Z, A = cache
    if activacion == "sigmoide":
        return dA * A * (1 - A)
    if activacion == "tanh":
        return dA * (1 - A ** 2)
    if activacion == "relu":
        return dA * (Z > 0)
    if activacion == "lineal":
        return dA.copy()
    raise ValueError(f"activación desconocida: {activacion!r}")


# ---------------------------------------------------------------------------------------------
# Red de L capas
# ---------------------------------------------------------------------------------------------

def initRed(dims, semilla=None, escala=0.01):
    """Parámetros de una red con capas de tamaños ``dims`` = [n_x, n_1, ..., n_L].

    Argumentos:
        dims: lista de enteros (al menos dos).
        semilla: semilla de np.random.default_rng.
        escala: desviación de los pesos normales (los sesgos empiezan en 0).
    Devuelve:
        dict {"W1": (n_1, n_x), "b1": (n_1, 1), ..., "WL": (n_L, n_{L-1}), "bL": (n_L, 1)}.
    """
    rng = np.random.default_rng(semilla)
    params = {}
    for l in range(1, len(dims)):
        params[f"W{l}"] = escala * rng.standard_normal((dims[l], dims[l - 1]))
        params[f"b{l}"] = np.zeros((dims[l], 1))
    return params


def redAdelante(X, params, activaciones):
    """Propagación hacia adelante de una red de L capas.

    Argumentos:
        X: entradas, forma (n_x, m).
        params: dict {"W1", "b1", ..., "WL", "bL"}.
        activaciones: lista de L nombres (uno por capa), p. ej. ["relu", "relu", "sigmoide"].
    Devuelve:
        AL: salida de la última capa, forma (n_L, m).
        caches: lista de L pares (cache_densa, cache_activacion).
    """
    A, caches = X, []
    for l, activacion in enumerate(activaciones, start=1):
        Z, cache_densa = capaDensaAdelante(A, params[f"W{l}"], params[f"b{l}"])
        A, cache_activacion = activacionAdelante(Z, activacion)
        caches.append((cache_densa, cache_activacion))
    return A, caches


def costoEntropiaBinaria(AL, Y):
    """J = −(1/m) Σ [y ln a + (1 − y) ln(1 − a)], estable para a en 0 o 1.

    Argumentos:
        AL: probabilidades, forma (1, m); Y: etiquetas 0/1, forma (1, m).
    Devuelve:
        J como float.
    """
    m = Y.shape[1]
    AL = np.clip(AL, 1e-12, 1 - 1e-12)
    return float(-np.sum(Y * np.log(AL) + (1 - Y) * np.log(1 - AL)) / m)


def redAtras(AL, Y, caches, activaciones):
    """Retropropagación de la red con entropía cruzada binaria a la salida.

    Argumentos:
        AL: salida de redAdelante, forma (1, m); Y: etiquetas, forma (1, m).
        caches: la lista de redAdelante.
        activaciones: la misma lista de redAdelante.
    Devuelve:
        dict {"dW1", "db1", ..., "dWL", "dbL"} con las formas de los parámetros.
    """
    m = Y.shape[1]
    AL_seguro = np.clip(AL, 1e-12, 1 - 1e-12)
    dA = (-(Y / AL_seguro) + (1 - Y) / (1 - AL_seguro)) / m
    grads = {}
    for l in range(len(caches), 0, -1):
        cache_densa, cache_activacion = caches[l - 1]
        dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, grads[f"dW{l}"], grads[f"db{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


def actualizarParametros(params, grads, lr):
    """Un paso de descenso de gradiente, sin modificar ``params``.

    Argumentos:
        params: dict {"W1", "b1", ...}; grads: dict {"dW1", "db1", ...}; lr: tasa (float).
    Devuelve:
        dict nuevo con θ − lr·dθ para cada parámetro.
    """
    return {k: v - lr * grads[f"d{k}"] for k, v in params.items()}


# ---------------------------------------------------------------------------------------------
# Entrenamiento de la red de L capas
# ---------------------------------------------------------------------------------------------

def entrenarRed(X, Y, params, activaciones, lr, epocas):
    """Descenso de gradiente por lotes completos de la red de L capas.

    En cada época: redAdelante, el costo (ANTES de actualizar), redAtras y actualizarParametros.

    Argumentos:
        X: entradas, forma (n_x, m). Y: etiquetas 0/1, forma (1, m).
        params: parámetros iniciales, dict {"W1", "b1", ..., "WL", "bL"} (de initRed).
        activaciones: lista de L nombres de activación, la última "sigmoide".
        lr: tasa de aprendizaje α (float). epocas: número de actualizaciones (int).
    Devuelve:
        params: dict con los parámetros finales (mismas claves y formas).
        costos: lista de `epocas` floats.
    """
    costos = []
    for _ in range(epocas):
        AL, caches = redAdelante(X, params, activaciones)
        costos.append(costoEntropiaBinaria(AL, Y))
        grads = redAtras(AL, Y, caches, activaciones)
        params = actualizarParametros(params, grads, lr)
    return params, costos

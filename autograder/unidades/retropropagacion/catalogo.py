"""Catálogo de la unidad retropropagacion: errores típicos y soluciones alternativas correctas.

Cada error debe perder puntos y cada alternativa debe obtener todos (tests/test_catalogo.py).
Las funciones y clases se ejecutan como en el cuaderno: ``np``, ``sigmoide``, las puertas y las
demás funciones calificadas están definidas alrededor (aquí, las de referencia).

Las puertas son CLASES. El registro de autograder.catalogo solo conoce funciones (busca
``def <calificada>__<clave>`` y recorre las funciones del módulo), así que las clases se
registran con ``_clase``: la fuente se renombra a la clase calificada (``class PuertaSuma__x`` →
``class PuertaSuma``) y el registro queda en una función con el mismo nombre.
"""
# ruff: noqa: F821  (los nombres del cuaderno se resuelven al ejecutar la fuente)
import dataclasses
import re

import numpy as np

from autograder.catalogo import alternativa, error


def _clase(registro):
    """``@_clase(error(...))`` o ``@_clase(alternativa(...))`` sobre una clase del catálogo."""
    def decorador(cls):
        imp = registro(cls).implementacion
        fuente = re.sub(rf"^class {re.escape(cls.__name__)}\b", f"class {imp.funcion}",
                        imp.fuente, count=1, flags=re.M)

        def fabrica(*args, **kwargs):
            return cls(*args, **kwargs)
        fabrica.__name__ = cls.__name__
        fabrica.implementacion = dataclasses.replace(imp, fuente=fuente)
        return fabrica
    return decorador


# --------------------------------------------------------------------------- grafoSumaProducto


@error("olvidaste multiplicar el gradiente local de la suma (1) por ∂f/∂q: ∂f/∂x = ∂f/∂y = 1.",
       mensaje="gradiente local de la suma")
def grafoSumaProducto__sin_cadena(x, y, z):
    q = x + y
    f = q * z
    return q, f, z, 1.0, 1.0, q


@error("no intercambiaste en el producto: ∂f/∂q = q y ∂f/∂z = z.", mensaje="intercambia")
def grafoSumaProducto__sin_intercambio(x, y, z):
    q = x + y
    f = q * z
    return q, f, q, q, q, z


@error("empezaste la vuelta con ∂f/∂f = f en vez de 1.", mensaje="∂f/∂f = f")
def grafoSumaProducto__semilla_f(x, y, z):
    q = x + y
    f = q * z
    return q, f, z * f, z * f, z * f, q * f


@error("devolviste los valores de la prueba visible sin calcularlos.", mensaje="sin calcularlos",
       solo_oculta=True)
def grafoSumaProducto__respuesta_fija(x, y, z):
    return 3.0, -12.0, -4.0, -4.0, -4.0, 3.0


@alternativa("las derivadas escritas directamente: ∂f/∂x = ∂f/∂y = z, ∂f/∂z = x + y")
def grafoSumaProducto__formula(x, y, z):
    return x + y, (x + y) * z, z, z, z, x + y


# --------------------------------------------------------------------------- PuertaSuma


@_clase(error("devolviste el gradiente local (1, 1) sin el de arriba.",
              mensaje="gradiente local (1, 1)"))
class PuertaSuma__local:
    def adelante(self, x, y):
        return x + y

    def atras(self, dz):
        return 1.0, 1.0


@_clase(error("repartiste dz entre las dos entradas.", mensaje="repartiste"))
class PuertaSuma__reparte:
    def adelante(self, x, y):
        return x + y

    def atras(self, dz):
        return dz / 2, dz / 2


@_clase(error("devolviste un solo gradiente en vez del par (dx, dy).",
              mensaje="debe devolver la tupla (dx, dy)"))
class PuertaSuma__uno_solo:
    def adelante(self, x, y):
        return x + y

    def atras(self, dz):
        return dz


@_clase(alternativa("una lista y copias del gradiente de arriba"))
class PuertaSuma__lista:
    def adelante(self, x, y):
        self.forma = np.shape(x)
        return np.add(x, y)

    def atras(self, dz):
        return [np.copy(dz), np.copy(dz)]


# --------------------------------------------------------------------------- PuertaProducto


@_clase(error("copiaste el MultiplyGate de la diapositiva: a sus métodos les falta self.",
              mensaje="self"))
class PuertaProducto__sin_self:
    def adelante(x, y):
        z = x * y
        return z

    def atras(dz):
        return dz, dz


@_clase(error("no intercambiaste: dx = x·dz, dy = y·dz.", mensaje="intercambia"))
class PuertaProducto__sin_intercambio:
    def adelante(self, x, y):
        self.x, self.y = x, y
        return x * y

    def atras(self, dz):
        return self.x * dz, self.y * dz


@_clase(error("devolviste el gradiente local (y, x) sin multiplicarlo por dz.",
              mensaje="sin multiplicarlo por el gradiente de arriba"))
class PuertaProducto__sin_gradiente_arriba:
    def adelante(self, x, y):
        self.x, self.y = x, y
        return x * y

    def atras(self, dz):
        return self.y, self.x


@_clase(error("guardaste x e y en la clase (PuertaProducto.x) y no en el objeto: dos productos "
              "se pisan.", mensaje="comparten"))
class PuertaProducto__atributos_de_clase:
    def adelante(self, x, y):
        PuertaProducto.x, PuertaProducto.y = x, y
        return x * y

    def atras(self, dz):
        return PuertaProducto.y * dz, PuertaProducto.x * dz


@_clase(error("adelante no guardó sus entradas: atras no las encuentra.", mensaje="Guardó"))
class PuertaProducto__sin_guardar:
    def adelante(self, x, y):
        z = x * y
        return z

    def atras(self, dz):
        return self.y * dz, self.x * dz


@_clase(alternativa("el MultiplyGate de la diapositiva corregido (con self y una lista)"))
class PuertaProducto__diapositiva:
    def adelante(self, x, y):
        z = x * y
        self.x = x  # ¡hay que guardarlos!
        self.y = y
        return z

    def atras(self, dz):
        dx = self.y * dz  # [dz/dx * dL/dz]
        dy = self.x * dz  # [dz/dy * dL/dz]
        return [dx, dy]


# --------------------------------------------------------------------------- PuertaMax


@_clase(error("enrutaste el gradiente a la entrada menor.", mensaje="entrada MENOR"))
class PuertaMax__al_menor:
    def adelante(self, x, y):
        self.x, self.y = x, y
        return np.maximum(x, y)

    def atras(self, dz):
        return dz * (self.x < self.y), dz * (self.y <= self.x)


@_clase(error("diste dz a las dos entradas, como una suma.", mensaje="como en una suma"))
class PuertaMax__a_ambas:
    def adelante(self, x, y):
        return np.maximum(x, y)

    def atras(self, dz):
        return dz, dz


@_clase(error("devolviste la máscara (1 para la mayor) sin multiplicarla por dz.",
              mensaje="sin multiplicarlo por dz"))
class PuertaMax__sin_gradiente_arriba:
    def adelante(self, x, y):
        self.x, self.y = x, y
        return np.maximum(x, y)

    def atras(self, dz):
        return (self.x >= self.y) * 1.0, (self.y > self.x) * 1.0


@_clase(error("usaste max() y un if de Python: con arreglos, ValueError.",
              mensaje="np.maximum"))
class PuertaMax__python:
    def adelante(self, x, y):
        self.x, self.y = x, y
        return max(x, y)

    def atras(self, dz):
        if self.x >= self.y:
            return dz, 0.0
        return 0.0, dz


@_clase(alternativa("máscaras de np.where calculadas en adelante"))
class PuertaMax__where:
    def adelante(self, x, y):
        self.gana_x = np.where(np.asarray(x) >= np.asarray(y), 1.0, 0.0)
        return np.where(self.gana_x == 1.0, x, y)

    def atras(self, dz):
        return dz * self.gana_x, dz * (1.0 - self.gana_x)


# --------------------------------------------------------------------------- PuertaSigmoide


@_clase(error("usaste σ como su propia derivada.", mensaje="propia derivada"))
class PuertaSigmoide__derivada_sigma:
    def adelante(self, z):
        self.s = sigmoide(z)
        return self.s

    def atras(self, ds):
        return ds * self.s


@_clase(error("aplicaste σ(1 − σ) a la salida guardada como si fuera la entrada.",
              mensaje="como si fuera la entrada"))
class PuertaSigmoide__sobre_la_salida:
    def adelante(self, z):
        self.s = sigmoide(z)
        return self.s

    def atras(self, ds):
        return ds * sigmoide(self.s) * (1 - sigmoide(self.s))


@_clase(error("escribiste 1 / (1 + np.exp(-z)), que desborda con z muy negativo.",
              mensaje="desborda"))
class PuertaSigmoide__inestable:
    def adelante(self, z):
        self.s = 1 / (1 + np.exp(-z))
        return self.s

    def atras(self, ds):
        return ds * self.s * (1 - self.s)


@_clase(error("devolviste σ(1 − σ) sin multiplicarlo por ds.",
              mensaje="sin multiplicarlo por el gradiente de arriba"))
class PuertaSigmoide__sin_gradiente_arriba:
    def adelante(self, z):
        self.s = sigmoide(z)
        return self.s

    def atras(self, ds):
        return self.s * (1 - self.s)


@_clase(alternativa("guarda z y recalcula σ con tanh en atras"))
class PuertaSigmoide__tanh:
    def adelante(self, z):
        self.z = z
        return 0.5 * (1 + np.tanh(0.5 * z))

    def atras(self, ds):
        s = 0.5 * (1 + np.tanh(0.5 * self.z))
        return ds * (s - s ** 2)


# --------------------------------------------------------------------------- grafoMaximo


@error("z y w recibieron los dos el gradiente: usaste una puerta suma en el lugar del máximo.",
       mensaje="recibieron los dos")
def grafoMaximo__max_como_suma(x, y, z, w):
    producto, maximo, suma, doble = PuertaProducto(), PuertaSuma(), PuertaSuma(), PuertaProducto()
    p = producto.adelante(x, y)
    maximo.adelante(z, w)
    s = suma.adelante(p, max(z, w))
    f = doble.adelante(2.0, s)
    _, ds = doble.atras(1.0)
    dp, dr = suma.atras(ds)
    dz, dw = maximo.atras(dr)
    dx, dy = producto.atras(dp)
    return f, dx, dy, dz, dw


@error("olvidaste el factor 2 al volver: empezaste en la suma con gradiente 1.",
       mensaje="factor 2")
def grafoMaximo__sin_el_2(x, y, z, w):
    producto, maximo, suma = PuertaProducto(), PuertaMax(), PuertaSuma()
    s = suma.adelante(producto.adelante(x, y), maximo.adelante(z, w))
    dp, dr = suma.atras(1.0)
    dz, dw = maximo.atras(dr)
    dx, dy = producto.atras(dp)
    return 2 * s, dx, dy, dz, dw


@error("intercambiaste dx y dy (dx = 2x, dy = 2y).", mensaje="intercambiados")
def grafoMaximo__intercambio(x, y, z, w):
    return 2 * (x * y + max(z, w)), 2 * x, 2 * y, 2.0 * (z >= w), 2.0 * (w > z)


@error("devolviste los valores de la prueba visible sin calcularlos.", mensaje="sin calcularlos",
       solo_oculta=True)
def grafoMaximo__respuesta_fija(x, y, z, w):
    return -20.0, -8.0, 6.0, 2.0, 0.0


@alternativa("a mano, sin puertas, con un if para el máximo")
def grafoMaximo__a_mano(x, y, z, w):
    if z >= w:
        dz, dw = 2.0, 0.0
    else:
        dz, dw = 0.0, 2.0
    return 2 * (x * y + max(z, w)), 2 * y, 2 * x, dz, dw


# --------------------------------------------------------------------------- neuronaSigmoide


@error("usaste σ como su propia derivada (dw = σ·x).", mensaje="propia derivada")
def neuronaSigmoide__derivada_sigma(w, x):
    n = len(x)
    f = sigmoide(np.dot(w[:n], x) + w[n])
    return float(f), np.append(x, 1.0) * f, w[:n] * f


@error("intercambiaste dw y dx en los productos (dw_i = w_i·g).", mensaje="intercambiados")
def neuronaSigmoide__intercambio(w, x):
    n = len(x)
    f = sigmoide(np.dot(w[:n], x) + w[n])
    g = f * (1 - f)
    return float(f), np.append(w[:n], 1.0) * g, x * g


@error("dejaste el gradiente del sesgo en 1.", mensaje="quedó en 1")
def neuronaSigmoide__sesgo_uno(w, x):
    n = len(x)
    f = sigmoide(np.dot(w[:n], x) + w[n])
    g = f * (1 - f)
    return float(f), np.append(x * g, 1.0), w[:n] * g


@error("devolviste los valores de la prueba visible sin calcularlos.", mensaje="forma",
       solo_oculta=True)
def neuronaSigmoide__respuesta_fija(w, x):
    from course.retropropagacion import ESPERADO
    e = ESPERADO["neuronaSigmoide"]
    return e["f"], e["dw"], e["dx"]


@alternativa("vectorizada: σ(1 − σ) por [x, 1] y por w")
def neuronaSigmoide__vectorizada(w, x):
    n = len(x)
    f = 1 / (1 + np.exp(-(w[:n] @ x + w[n])))
    local = f * (1 - f)
    return f, local * np.concatenate([x, [1.0]]), local * w[:n]


# --------------------------------------------------------------------------- cadenaCompuesta


@error("olvidaste la derivada de la etapa más interna, d(2x + 1)/dx = 2.",
       mensaje="etapa más interna")
def cadenaCompuesta__sin_interna(x):
    a = 2 * x + 1
    return np.sin(a ** 2), np.cos(a ** 2) * 2 * a


@error("olvidaste la derivada del seno.", mensaje="derivada del seno")
def cadenaCompuesta__sin_coseno(x):
    a = 2 * x + 1
    return np.sin(a ** 2), 4 * a


@error("derivaste el seno como −cos.", mensaje="no −cos")
def cadenaCompuesta__menos_coseno(x):
    a = 2 * x + 1
    return np.sin(a ** 2), -np.cos(a ** 2) * 4 * a


@error("devolviste los valores de la prueba visible sin calcularlos.", mensaje="debe ser un número",
       solo_oculta=True)
def cadenaCompuesta__respuesta_fija(x):
    from course.retropropagacion import ESPERADO
    return ESPERADO["cadenaCompuesta"]["f"], ESPERADO["cadenaCompuesta"]["df_dx"]


@alternativa("la derivada desarrollada: 4(2x + 1)·cos((2x + 1)²)")
def cadenaCompuesta__desarrollada(x):
    return np.sin((2 * x + 1) ** 2), (8 * x + 4) * np.cos((2 * x + 1) ** 2)


# --------------------------------------------------------------------------- cadenaCompartida


@error("solo sumaste el camino directo de x (∂f/∂x = s).", mensaje="camino directo")
def cadenaCompartida__solo_directo(x, y):
    s = sigmoide(x * y)
    return x * s, s, x * s * (1 - s) * x


@error("solo sumaste el camino de x por q = x·y.", mensaje="falta el directo")
def cadenaCompartida__solo_por_q(x, y):
    s = sigmoide(x * y)
    return x * s, x * s * (1 - s) * y, x * s * (1 - s) * x


@error("usaste σ como su propia derivada.", mensaje="propia derivada")
def cadenaCompartida__sigma_como_derivada(x, y):
    s = sigmoide(x * y)
    return x * s, s + x * s * y, x * s * x


@error("devolviste los valores de la prueba visible sin calcularlos.", mensaje="debe ser un número",
       solo_oculta=True)
def cadenaCompartida__respuesta_fija(x, y):
    from course.retropropagacion import ESPERADO
    e = ESPERADO["cadenaCompartida"]
    return e["f"], e["df_dx"], e["df_dy"]


@alternativa("con la regla del producto y e^(−xy) escrito a mano")
def cadenaCompartida__producto(x, y):
    s = 1 / (1 + np.exp(-x * y))
    ds = s * (1 - s)
    return x * s, s + x * y * ds, x ** 2 * ds


# --------------------------------------------------------------------------- cadenaMatricial


@error("olvidaste el ½ de L.", mensaje="olvidaste el ½")
def cadenaMatricial__sin_medio(W, b, x, y):
    e = W @ x + b - y
    return float(np.sum(e ** 2)), 2 * e @ x.T, 2 * np.sum(e, axis=1, keepdims=True), 2 * W.T @ e


@error("calculaste dW = x·(z − y)ᵀ, transpuesto.", mensaje="olvidaste transponer")
def cadenaMatricial__dW_transpuesto(W, b, x, y):
    e = W @ x + b - y
    return 0.5 * float(np.sum(e ** 2)), x @ e.T, np.sum(e, axis=1, keepdims=True), W.T @ e


@error("db sin sumar sobre las columnas: quedó de forma (n, m).", mensaje="no sumaste")
def cadenaMatricial__db_sin_sumar(W, b, x, y):
    e = W @ x + b - y
    return 0.5 * float(np.sum(e ** 2)), e @ x.T, e, W.T @ e


@error("usaste e = y − z: los gradientes tienen el signo cambiado.", mensaje="signo")
def cadenaMatricial__signo(W, b, x, y):
    e = y - (W @ x + b)
    return 0.5 * float(np.sum(e ** 2)), e @ x.T, np.sum(e, axis=1, keepdims=True), W.T @ e


@error("devolviste los valores de la prueba visible sin calcularlos.", mensaje="forma",
       solo_oculta=True)
def cadenaMatricial__respuesta_fija(W, b, x, y):
    from course.retropropagacion import ESPERADO
    e = ESPERADO["cadenaMatricial"]
    return e["L"], e["dW"], e["db"], e["dx"]


@alternativa("con np.einsum y np.dot")
def cadenaMatricial__einsum(W, b, x, y):
    e = np.dot(W, x) + b - y
    return (0.5 * np.einsum("ij,ij->", e, e), np.einsum("im,jm->ij", e, x),
            e.sum(axis=1).reshape(-1, 1), np.einsum("ij,im->jm", W, e))


# --------------------------------------------------------------------------- cadenaNeurona


@error("usaste ∂J/∂z = (a − y)/m, la simplificación de la entropía cruzada, sin σ'(z).",
       mensaje="sin σ'(z)")
def cadenaNeurona__sin_derivada_sigmoide(w, b, X, Y):
    m = X.shape[1]
    a = sigmoide(w @ X + b)
    dz = (a - Y) / m
    return float(np.sum((a - Y) ** 2)) / (2 * m), dz @ X.T, np.sum(dz, axis=1, keepdims=True)


@error("olvidaste dividir los gradientes entre m.", mensaje="dividir entre m")
def cadenaNeurona__sin_1_m(w, b, X, Y):
    m = X.shape[1]
    a = sigmoide(w @ X + b)
    dz = (a - Y) * a * (1 - a)
    return float(np.sum((a - Y) ** 2)) / (2 * m), dz @ X.T, np.sum(dz, axis=1, keepdims=True)


@error("olvidaste el ½ de J.", mensaje="J vale el doble")
def cadenaNeurona__J_sin_medio(w, b, X, Y):
    m = X.shape[1]
    a = sigmoide(w @ X + b)
    dz = (a - Y) * a * (1 - a) / m
    return float(np.sum((a - Y) ** 2)) / m, dz @ X.T, np.sum(dz, axis=1, keepdims=True)


@error("db sin sumar sobre los ejemplos: quedó de forma (1, m).", mensaje="no sumaste")
def cadenaNeurona__db_sin_sumar(w, b, X, Y):
    m = X.shape[1]
    a = sigmoide(w @ X + b)
    dz = (a - Y) * a * (1 - a) / m
    return float(np.sum((a - Y) ** 2)) / (2 * m), dz @ X.T, dz


@error("devolviste los valores de la prueba visible sin calcularlos.", mensaje="forma",
       solo_oculta=True)
def cadenaNeurona__respuesta_fija(w, b, X, Y):
    from course.retropropagacion import ESPERADO
    e = ESPERADO["cadenaNeurona"]
    return e["J"], e["dw"], e["db"]


@alternativa("un bucle sobre los ejemplos, acumulando")
def cadenaNeurona__bucle(w, b, X, Y):
    n, m = X.shape
    J, dw, db = 0.0, np.zeros((1, n)), np.zeros((1, 1))
    for j in range(m):
        a = float(sigmoide(w @ X[:, j] + b[0, 0])[0])
        J += (a - Y[0, j]) ** 2 / (2 * m)
        dz = (a - Y[0, j]) * a * (1 - a) / m
        dw += dz * X[:, j]
        db += dz
    return J, dw, db


# --------------------------------------------------------------------------- neuronaReluAdelante


@error("olvidaste la ReLU: a1 = z1.", mensaje="falta la ReLU")
def neuronaReluAdelante__sin_relu(w1, b1, w_out, b_out, x):
    z1 = w1 * x + b1
    return z1, z1, w_out * z1 + b_out


@error("aplicaste ReLU también a la salida.", mensaje="también a la salida")
def neuronaReluAdelante__relu_en_salida(w1, b1, w_out, b_out, x):
    z1 = w1 * x + b1
    a1 = np.maximum(0, z1)
    return z1, a1, np.maximum(0, w_out * a1 + b_out)


@error("olvidaste el sesgo de la salida, b_out.", mensaje="b_out")
def neuronaReluAdelante__sin_b_out(w1, b1, w_out, b_out, x):
    z1 = w1 * x + b1
    a1 = np.maximum(0, z1)
    return z1, a1, w_out * a1


@error("devolviste los valores de la prueba visible sin calcularlos.", mensaje="sin calcularlos",
       solo_oculta=True)
def neuronaReluAdelante__respuesta_fija(w1, b1, w_out, b_out, x):
    from course.retropropagacion import ESPERADO
    e = ESPERADO["neuronaReluAdelante"]
    if np.ndim(x) == 0:
        return 25.1, 25.1, 10.24
    return e["z1"], e["a1"], e["y_est"]


@alternativa("ReLU como z·(z > 0) y la función relu de la diapositiva con np.where")
def neuronaReluAdelante__where(w1, b1, w_out, b_out, x):
    z1 = w1 * x + b1
    a1 = np.where(z1 > 0, z1, 0.0)
    return z1, a1, w_out * a1 + b_out


# --------------------------------------------------------------------------- entrenarNeuronaRelu


@error("actualizaste w_out ANTES de usarlo en ∂E/∂a1 = (ŷ − y)·w_out, como el código de la "
       "diapositiva.", mensaje="ANTES de usarlo")
def entrenarNeuronaRelu__orden_diapositiva(w1, b1, w_out, b_out, x, y, lr, epocas):
    errores = []
    for _ in range(epocas):
        z1 = w1 * x + b1
        a1 = max(0.0, z1)
        y_est = w_out * a1 + b_out
        errores.append(0.5 * (y_est - y) ** 2)
        d_y = y_est - y
        w_out -= lr * d_y * a1
        b_out -= lr * d_y
        d_z1 = d_y * w_out * (1.0 if z1 > 0 else 0.0)
        w1 -= lr * d_z1 * x
        b1 -= lr * d_z1
    return w1, b1, w_out, b_out, errores


@error("copiaste el código de la diapositiva: w_out se actualiza ANTES de usarlo y "
       "d_z_out_d_w_out nunca se recalcula.", mensaje="ANTES de usarlo")
def entrenarNeuronaRelu__copia_diapositiva(w1, b1, w_out, b_out, x, y, lr, epocas):
    errores = []
    d_z_out_d_w_out = None
    for _ in range(epocas):
        z1 = w1 * x + b1
        a1 = max(0.0, z1)
        prediction = w_out * a1 + b_out
        errores.append(0.5 * (prediction - y) ** 2)
        d_error_d_z_out = prediction - y
        if d_z_out_d_w_out is None:
            d_z_out_d_w_out = a1
        w_out -= lr * d_error_d_z_out * d_z_out_d_w_out
        b_out -= lr * d_error_d_z_out * 1
        d_error_d_a1 = d_error_d_z_out * w_out
        d_a1_d_z1 = 1.0 if z1 > 0 else 0.0
        w1 -= lr * d_error_d_a1 * d_a1_d_z1 * x
        b1 -= lr * d_error_d_a1 * d_a1_d_z1 * 1
    return w1, b1, w_out, b_out, errores


@error("nunca recalculaste ∂ŷ/∂w_out = a1 dentro del bucle: usaste siempre el a1 de la primera "
       "época, como el código de la diapositiva.", mensaje="nunca recalculaste")
def entrenarNeuronaRelu__gradiente_congelado(w1, b1, w_out, b_out, x, y, lr, epocas):
    errores = []
    a1_inicial = max(0.0, w1 * x + b1)
    for _ in range(epocas):
        z1 = w1 * x + b1
        a1 = max(0.0, z1)
        y_est = w_out * a1 + b_out
        errores.append(0.5 * (y_est - y) ** 2)
        d_y = y_est - y
        d_z1 = d_y * w_out * (1.0 if z1 > 0 else 0.0)
        w1, b1 = w1 - lr * d_z1 * x, b1 - lr * d_z1
        w_out, b_out = w_out - lr * d_y * a1_inicial, b_out - lr * d_y
    return w1, b1, w_out, b_out, errores


@error("olvidaste la derivada de la ReLU: w1 y b1 cambian aunque z1 ≤ 0.",
       mensaje="derivada de la ReLU")
def entrenarNeuronaRelu__sin_derivada_relu(w1, b1, w_out, b_out, x, y, lr, epocas):
    errores = []
    for _ in range(epocas):
        z1 = w1 * x + b1
        a1 = max(0.0, z1)
        y_est = w_out * a1 + b_out
        errores.append(0.5 * (y_est - y) ** 2)
        d_y = y_est - y
        d_z1 = d_y * w_out
        w1, b1 = w1 - lr * d_z1 * x, b1 - lr * d_z1
        w_out, b_out = w_out - lr * d_y * a1, b_out - lr * d_y
    return w1, b1, w_out, b_out, errores


@error("sumaste el gradiente en vez de restarlo.", mensaje="el gradiente en vez de restarlo")
def entrenarNeuronaRelu__ascenso(w1, b1, w_out, b_out, x, y, lr, epocas):
    errores = []
    for _ in range(epocas):
        z1, a1, y_est = neuronaReluAdelante(w1, b1, w_out, b_out, x)
        errores.append(float(0.5 * (y_est - y) ** 2))
        d_y = y_est - y
        d_z1 = d_y * w_out * (z1 > 0)
        w1, b1 = w1 + lr * d_z1 * x, b1 + lr * d_z1
        w_out, b_out = w_out + lr * d_y * a1, b_out + lr * d_y
    return float(w1), float(b1), float(w_out), float(b_out), errores


@error("guardaste el error después de actualizar, no antes.", mensaje="después de actualizar")
def entrenarNeuronaRelu__error_despues(w1, b1, w_out, b_out, x, y, lr, epocas):
    errores = []
    for _ in range(epocas):
        z1, a1, y_est = neuronaReluAdelante(w1, b1, w_out, b_out, x)
        d_y = y_est - y
        d_z1 = d_y * w_out * (z1 > 0)
        w1, b1 = w1 - lr * d_z1 * x, b1 - lr * d_z1
        w_out, b_out = w_out - lr * d_y * a1, b_out - lr * d_y
        errores.append(float(0.5 * (neuronaReluAdelante(w1, b1, w_out, b_out, x)[2] - y) ** 2))
    return float(w1), float(b1), float(w_out), float(b_out), errores


@alternativa("sin llamar a neuronaReluAdelante, con un vector de parámetros")
def entrenarNeuronaRelu__vector(w1, b1, w_out, b_out, x, y, lr, epocas):
    theta = np.array([w1, b1, w_out, b_out], dtype=float)
    errores = []
    for _ in range(epocas):
        z1 = theta[0] * x + theta[1]
        a1 = z1 if z1 > 0 else 0.0
        y_est = theta[2] * a1 + theta[3]
        errores.append(0.5 * (y_est - y) ** 2)
        d_y = y_est - y
        d_z1 = d_y * theta[2] if z1 > 0 else 0.0
        theta -= lr * np.array([d_z1 * x, d_z1, d_y * a1, d_y])
    return theta[0], theta[1], theta[2], theta[3], np.array(errores)


# --------------------------------------------------------------------------- gradienteNumerico


@error("usaste diferencias hacia adelante, (f(x + h) − f(x)) / h.", mensaje="hacia adelante")
def gradienteNumerico__adelante(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    f_x = f(x)
    for i in np.ndindex(x.shape):
        original = x[i]
        x[i] = original + h
        grad[i] = (f(x) - f_x) / h
        x[i] = original
    return grad


@error("dividiste entre h en vez de 2h.", mensaje="entre h en vez de 2h")
def gradienteNumerico__entre_h(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        original = x[i]
        x[i] = original + h
        mas = f(x)
        x[i] = original - h
        menos = f(x)
        x[i] = original
        grad[i] = (mas - menos) / h
    return grad


@error("perturbaste todas las componentes a la vez (x + h): todas valen lo mismo.",
       mensaje="todas las componentes a la vez")
def gradienteNumerico__todas_a_la_vez(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    return np.full_like(x, (f(x + h) - f(x - h)) / (2 * h))


@error("no restauraste x_i antes de pasar a la siguiente componente.",
       mensaje="no restauraste")
def gradienteNumerico__sin_restaurar(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        x[i] += h
        mas = f(x)
        x[i] -= 2 * h
        menos = f(x)
        grad[i] = (mas - menos) / (2 * h)
    return grad


@error("aplanaste x: el gradiente quedó 1-D.", mensaje="Aplanaste")
def gradienteNumerico__aplanado(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    v = x.ravel()
    grad = np.zeros(v.size)
    for i in range(v.size):
        v[i] += h
        mas = f(x)
        v[i] -= 2 * h
        menos = f(x)
        v[i] += h
        grad[i] = (mas - menos) / (2 * h)
    return grad


@alternativa("np.nditer sobre una copia, como eval_numerical_gradient de CS231n")
def gradienteNumerico__nditer(f, x, h=1e-5):
    x = x.astype(float).copy()
    grad = np.zeros_like(x)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        ix = it.multi_index
        viejo = x[ix]
        x[ix] = viejo + h
        fxph = f(x)
        x[ix] = viejo - h
        fxmh = f(x)
        x[ix] = viejo
        grad[ix] = (fxph - fxmh) / (2 * h)
        it.iternext()
    return grad


# --------------------------------------------------------------------------- errorRelativo


@error("devolviste ‖a − b‖ sin dividir entre ‖a‖ + ‖b‖ (el error absoluto).",
       mensaje="sin dividir")
def errorRelativo__sin_denominador(a, b):
    return float(np.linalg.norm(np.asarray(a) - np.asarray(b)))


@error("dividiste solo entre ‖b‖.", mensaje="solo entre ‖b‖")
def errorRelativo__solo_b(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    if not np.any(b):
        return 0.0 if not np.any(a) else 1.0
    return float(np.linalg.norm(a - b) / np.linalg.norm(b))


@error("usaste las normas al cuadrado (sin la raíz).", mensaje="al cuadrado")
def errorRelativo__cuadrados(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    den = np.sum(a ** 2) + np.sum(b ** 2)
    return 0.0 if den == 0 else float(np.sum((a - b) ** 2) / den)


@error("no protegiste 0/0: con dos gradientes nulos devuelve nan.", mensaje="0/0")
def errorRelativo__cero_nan(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / (np.linalg.norm(a) + np.linalg.norm(b)))


@alternativa("la raíz de las sumas de cuadrados, con un épsilon en el denominador")
def errorRelativo__raices(a, b):
    a, b = np.ravel(a), np.ravel(b)
    numerador = np.sqrt(np.sum((a - b) ** 2))
    denominador = np.sqrt(np.sum(a ** 2)) + np.sqrt(np.sum(b ** 2))
    return numerador / max(denominador, 1e-300)


# --------------------------------------------------------------------------- capaDensaAdelante


@error("olvidaste sumar el sesgo b.", mensaje="olvidaste sumar el sesgo")
def capaDensaAdelante__sin_sesgo(A_prev, W, b):
    return W @ A_prev, (A_prev, W, b)


@error("usaste la convención de filas de la diapositiva, Z = A_prevᵀ·Wᵀ + bᵀ.",
       mensaje="un ejemplo por FILA")
def capaDensaAdelante__filas(A_prev, W, b):
    return A_prev.T @ W.T + b.T, (A_prev, W, b)


@error("guardaste la cache en otro orden, (W, A_prev, b).", mensaje="en otro orden")
def capaDensaAdelante__cache_desordenada(A_prev, W, b):
    return W @ A_prev + b, (W, A_prev, b)


@error("devolviste solo Z, sin la cache.", mensaje="solo un arreglo")
def capaDensaAdelante__sin_cache(A_prev, W, b):
    return W @ A_prev + b


@error("devolviste la salida esperada de la prueba visible sin calcularla.", mensaje="forma",
       solo_oculta=True)
def capaDensaAdelante__respuesta_fija(A_prev, W, b):
    from course.retropropagacion import A_PREV, B_CAPA, ESPERADO, W_CAPA
    return ESPERADO["capaDensaAdelante"], (A_PREV, W_CAPA, B_CAPA)


@alternativa("np.dot y la cache como lista")
def capaDensaAdelante__dot(A_prev, W, b):
    return np.dot(W, A_prev) + b, [A_prev, W, b]


# --------------------------------------------------------------------------- capaDensaAtras


@error("calculaste dW = A_prev·dZᵀ, transpuesto.", mensaje="olvidaste transponer")
def capaDensaAtras__dW_transpuesto(dZ, cache):
    A_prev, W, b = cache
    return W.T @ dZ, A_prev @ dZ.T, np.sum(dZ, axis=1, keepdims=True)


@error("dividiste otra vez entre m (el 1/m ya viene en dZ).", mensaje="otra vez entre m")
def capaDensaAtras__otra_vez_m(dZ, cache):
    A_prev, W, b = cache
    m = A_prev.shape[1]
    return W.T @ dZ / m, dZ @ A_prev.T / m, np.sum(dZ, axis=1, keepdims=True) / m


@error("sumaste db sin keepdims: quedó de forma (n,).", mensaje="keepdims")
def capaDensaAtras__sin_keepdims(dZ, cache):
    A_prev, W, b = cache
    return W.T @ dZ, dZ @ A_prev.T, np.sum(dZ, axis=1)


@error("devolviste (dW, db, dA_prev).", mensaje="el orden es (dA_prev, dW, db)")
def capaDensaAtras__orden(dZ, cache):
    A_prev, W, b = cache
    return dZ @ A_prev.T, np.sum(dZ, axis=1, keepdims=True), W.T @ dZ


@error("calculaste dA_prev = W·dZ sin transponer W.", mensaje="lanzó ValueError")
def capaDensaAtras__dA_sin_transponer(dZ, cache):
    A_prev, W, b = cache
    return W @ dZ, dZ @ A_prev.T, np.sum(dZ, axis=1, keepdims=True)


@alternativa("np.dot y dZ.sum(axis=1, keepdims=True)")
def capaDensaAtras__dot(dZ, cache):
    A_prev, W, _ = cache
    return np.dot(W.T, dZ), np.dot(dZ, A_prev.T), dZ.sum(axis=1, keepdims=True)


# --------------------------------------------------------------------------- activacionAdelante


@error("guardaste la cache al revés, (A, Z).", mensaje="en otro orden")
def activacionAdelante__cache_invertida(Z, activacion):
    A = {"sigmoide": sigmoide, "tanh": np.tanh, "relu": lambda z: np.maximum(0, z),
         "lineal": lambda z: z}[activacion](Z)
    return A, (A, Z)


@error("escribiste la sigmoide como 1 / (1 + np.exp(-Z)), que desborda.", mensaje="desborda")
def activacionAdelante__sigmoide_inestable(Z, activacion):
    if activacion == "sigmoide":
        A = 1 / (1 + np.exp(-Z))
    elif activacion == "tanh":
        A = np.tanh(Z)
    elif activacion == "relu":
        A = np.maximum(0, Z)
    else:
        A = Z
    return A, (Z, A)


@error("modificaste Z en el lugar para la ReLU (Z[Z < 0] = 0): la cache perdió la Z original.",
       mensaje="Modificaste Z en el lugar")
def activacionAdelante__relu_en_el_lugar(Z, activacion):
    if activacion == "relu":
        A = Z
        A[A < 0] = 0
    elif activacion == "sigmoide":
        A = sigmoide(Z)
    elif activacion == "tanh":
        A = np.tanh(Z)
    else:
        A = Z.copy()
    return A, (Z, A)


@error("cambiaste el signo del exponente de la sigmoide: σ(−z).", mensaje="signo del exponente")
def activacionAdelante__sigmoide_signo(Z, activacion):
    if activacion == "sigmoide":
        A = sigmoide(-Z)
    elif activacion == "tanh":
        A = np.tanh(Z)
    elif activacion == "relu":
        A = np.maximum(0, Z)
    else:
        A = Z.copy()
    return A, (Z, A)


@alternativa("un diccionario de funciones; σ con tanh y ReLU con np.where")
def activacionAdelante__diccionario(Z, activacion):
    funciones = {"sigmoide": lambda z: 0.5 * (1 + np.tanh(0.5 * z)), "tanh": np.tanh,
                 "relu": lambda z: np.where(z > 0, z, 0.0), "lineal": lambda z: z}
    A = funciones[activacion](Z)
    return A, (Z, A)


# --------------------------------------------------------------------------- activacionAtras


@error("usaste ≥ en la derivada de ReLU: en z = 0 pasa el gradiente.", mensaje="≥")
def activacionAtras__relu_mayor_igual(dA, cache, activacion):
    Z, A = cache
    derivadas = {"sigmoide": A * (1 - A), "tanh": 1 - A ** 2, "relu": Z >= 0,
                 "lineal": np.ones_like(Z)}
    return dA * derivadas[activacion]


@error("usaste 1 − Z² para tanh, en vez de 1 − A².", mensaje="1 − Z²")
def activacionAtras__tanh_con_Z(dA, cache, activacion):
    Z, A = cache
    derivadas = {"sigmoide": A * (1 - A), "tanh": 1 - Z ** 2, "relu": Z > 0,
                 "lineal": np.ones_like(Z)}
    return dA * derivadas[activacion]


@error("aplicaste σ' a A como si fuera Z: σ(A)(1 − σ(A)).", mensaje="como si fuera Z")
def activacionAtras__sigmoide_sobre_A(dA, cache, activacion):
    Z, A = cache
    derivadas = {"sigmoide": sigmoide(A) * (1 - sigmoide(A)), "tanh": 1 - A ** 2,
                 "relu": Z > 0, "lineal": np.ones_like(Z)}
    return dA * derivadas[activacion]


@error("devolviste la derivada g'(Z) sin multiplicar por dA.", mensaje="sin multiplicar por dA")
def activacionAtras__sin_dA(dA, cache, activacion):
    Z, A = cache
    derivadas = {"sigmoide": A * (1 - A), "tanh": 1 - A ** 2, "relu": (Z > 0) * 1.0,
                 "lineal": np.ones_like(Z)}
    return derivadas[activacion]


@alternativa("σ recalculada desde Z y ReLU con np.where sobre A")
def activacionAtras__desde_Z(dA, cache, activacion):
    Z, A = cache
    if activacion == "sigmoide":
        s = sigmoide(Z)
        return dA * s * (1 - s)
    if activacion == "tanh":
        return dA * (1 - np.tanh(Z) ** 2)
    if activacion == "relu":
        return np.where(A > 0, dA, 0.0)
    return dA


# --------------------------------------------------------------------------- redAdelante


@error("dejaste la última capa sin su activación: devolviste su Z.",
       mensaje="falta aplicar su activación")
def redAdelante__sin_activacion_final(X, params, activaciones):
    A, caches = X, []
    L = len(activaciones)
    for l in range(1, L + 1):
        Z, cache_densa = capaDensaAdelante(A, params[f"W{l}"], params[f"b{l}"])
        if l < L:
            A, cache_activacion = activacionAdelante(Z, activaciones[l - 1])
        else:
            A, cache_activacion = Z, (Z, Z)
        caches.append((cache_densa, cache_activacion))
    return A, caches


@error("usaste la misma activación (la última) en todas las capas.", mensaje="misma activación")
def redAdelante__misma_activacion(X, params, activaciones):
    A, caches = X, []
    for l in range(1, len(activaciones) + 1):
        Z, cache_densa = capaDensaAdelante(A, params[f"W{l}"], params[f"b{l}"])
        A, cache_activacion = activacionAdelante(Z, activaciones[-1])
        caches.append((cache_densa, cache_activacion))
    return A, caches


@error("guardaste cada par al revés, (cache_activacion, cache_densa).", mensaje="al revés")
def redAdelante__caches_al_reves(X, params, activaciones):
    A, caches = X, []
    for l, activacion in enumerate(activaciones, start=1):
        Z, cache_densa = capaDensaAdelante(A, params[f"W{l}"], params[f"b{l}"])
        A, cache_activacion = activacionAdelante(Z, activacion)
        caches.append((cache_activacion, cache_densa))
    return A, caches


@error("no guardaste la cache de la última capa.", mensaje="también para la última")
def redAdelante__sin_ultima_cache(X, params, activaciones):
    A, caches = X, []
    for l, activacion in enumerate(activaciones, start=1):
        Z, cache_densa = capaDensaAdelante(A, params[f"W{l}"], params[f"b{l}"])
        A, cache_activacion = activacionAdelante(Z, activacion)
        if l < len(activaciones):
            caches.append((cache_densa, cache_activacion))
    return A, caches


@error("devolviste la salida esperada de la prueba visible sin calcularla.", mensaje="forma",
       solo_oculta=True)
def redAdelante__respuesta_fija(X, params, activaciones):
    from course.retropropagacion import ESPERADO, _caches_de_prueba
    return ESPERADO["redAdelante"]["A3"], _caches_de_prueba()


@alternativa("un bucle while y las capas de dos en dos claves del diccionario")
def redAdelante__while(X, params, activaciones):
    caches = []
    A = X
    l = 0
    while l < len(activaciones):
        W, b = params["W" + str(l + 1)], params["b" + str(l + 1)]
        Z, densa = capaDensaAdelante(A, W, b)
        A, act = activacionAdelante(Z, activaciones[l])
        caches += [(densa, act)]
        l += 1
    return A, caches


# --------------------------------------------------------------------------- redAtras


@error("empezaste con dA^L sin dividir entre m.", mensaje="dividir entre m")
def redAtras__sin_1_m(AL, Y, caches, activaciones):
    AL = np.clip(AL, 1e-12, 1 - 1e-12)
    dA = -(Y / AL) + (1 - Y) / (1 - AL)
    grads = {}
    for l in range(len(caches), 0, -1):
        cache_densa, cache_activacion = caches[l - 1]
        dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, grads[f"dW{l}"], grads[f"db{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


@error("empezaste con dA^L = (Y/AL − (1 − Y)/(1 − AL))/m: el signo está cambiado.",
       mensaje="signo")
def redAtras__signo(AL, Y, caches, activaciones):
    m = Y.shape[1]
    AL = np.clip(AL, 1e-12, 1 - 1e-12)
    dA = (Y / AL - (1 - Y) / (1 - AL)) / m
    grads = {}
    for l in range(len(caches), 0, -1):
        cache_densa, cache_activacion = caches[l - 1]
        dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, grads[f"dW{l}"], grads[f"db{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


@error("empezaste con dZ = (AL − Y)/m y además le aplicaste σ' de la última capa: dos veces.",
       mensaje="dos veces")
def redAtras__doble_derivada(AL, Y, caches, activaciones):
    m = Y.shape[1]
    dA = (AL - Y) / m
    grads = {}
    for l in range(len(caches), 0, -1):
        cache_densa, cache_activacion = caches[l - 1]
        dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, grads[f"dW{l}"], grads[f"db{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


@error("nombraste los gradientes como los parámetros (W1, b1, ...), sin la d.",
       mensaje="una d delante")
def redAtras__claves(AL, Y, caches, activaciones):
    m = Y.shape[1]
    AL = np.clip(AL, 1e-12, 1 - 1e-12)
    dA = (-(Y / AL) + (1 - Y) / (1 - AL)) / m
    grads = {}
    for l in range(len(caches), 0, -1):
        cache_densa, cache_activacion = caches[l - 1]
        dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, grads[f"W{l}"], grads[f"b{l}"] = capaDensaAtras(dZ, cache_densa)
    return grads


@alternativa("el atajo de sigmoide + entropía cruzada en la última capa: dZ^L = (AL − Y)/m")
def redAtras__atajo(AL, Y, caches, activaciones):
    m = Y.shape[1]
    L = len(caches)
    grads = {}
    dA = None
    for l in reversed(range(1, L + 1)):
        cache_densa, cache_activacion = caches[l - 1]
        if l == L and activaciones[-1] == "sigmoide":
            dZ = (AL - Y) / m
        else:
            if dA is None:
                AL_ = np.clip(AL, 1e-12, 1 - 1e-12)
                dA = (-(Y / AL_) + (1 - Y) / (1 - AL_)) / m
            dZ = activacionAtras(dA, cache_activacion, activaciones[l - 1])
        dA, dW, db = capaDensaAtras(dZ, cache_densa)
        grads.update({"dW" + str(l): dW, "db" + str(l): db})
    return grads


# --------------------------------------------------------------------------- entrenarRed


@error("sumaste el gradiente en vez de restarlo.", mensaje="El costo sube")
def entrenarRed__ascenso(X, Y, params, activaciones, lr, epocas):
    costos = []
    for _ in range(epocas):
        AL, caches = redAdelante(X, params, activaciones)
        costos.append(costoEntropiaBinaria(AL, Y))
        grads = redAtras(AL, Y, caches, activaciones)
        params = actualizarParametros(params, grads, -lr)
    return params, costos


@error("guardaste el costo después de actualizar.", mensaje="desplazado")
def entrenarRed__costo_despues(X, Y, params, activaciones, lr, epocas):
    costos = []
    for _ in range(epocas):
        AL, caches = redAdelante(X, params, activaciones)
        params = actualizarParametros(params, redAtras(AL, Y, caches, activaciones), lr)
        costos.append(costoEntropiaBinaria(redAdelante(X, params, activaciones)[0], Y))
    return params, costos


@error("calculaste los parámetros nuevos pero devolviste los iniciales.", mensaje="sin cambios")
def entrenarRed__no_devuelve(X, Y, params, activaciones, lr, epocas):
    costos = []
    nuevos = params
    for _ in range(epocas):
        AL, caches = redAdelante(X, nuevos, activaciones)
        costos.append(costoEntropiaBinaria(AL, Y))
        nuevos = actualizarParametros(nuevos, redAtras(AL, Y, caches, activaciones), lr)
    return params, costos


@error("olvidaste la tasa de aprendizaje (usaste α = 1).", mensaje="tasa de aprendizaje")
def entrenarRed__sin_lr(X, Y, params, activaciones, lr, epocas):
    costos = []
    for _ in range(epocas):
        AL, caches = redAdelante(X, params, activaciones)
        costos.append(costoEntropiaBinaria(AL, Y))
        params = actualizarParametros(params, redAtras(AL, Y, caches, activaciones), 1.0)
    return params, costos


@alternativa("actualización en el lugar sobre una copia y costos en un arreglo")
def entrenarRed__en_el_lugar(X, Y, params, activaciones, lr, epocas):
    params = {k: v.copy() for k, v in params.items()}
    costos = np.zeros(epocas)
    for i in range(epocas):
        AL, caches = redAdelante(X, params, activaciones)
        costos[i] = costoEntropiaBinaria(AL, Y)
        grads = redAtras(AL, Y, caches, activaciones)
        for clave in params:
            params[clave] -= lr * grads["d" + clave]
    return params, costos


@error("usaste la diferencia centrada de cuatro puntos (la de course.gradiente_numerico) en vez "
       "de la de dos puntos del ejercicio.", mensaje="otra fórmula")
def gradienteNumerico__cuatro_puntos(f, x, h=1e-5):
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        original = x[i]
        valores = []
        for paso in (-2, -1, 1, 2):
            x[i] = original + paso * h
            valores.append(f(x))
        x[i] = original
        grad[i] = (valores[0] - 8 * valores[1] + 8 * valores[2] - valores[3]) / (12 * h)
    return grad


@error("usaste el error relativo de course.gradiente_numerico (norma del máximo) en vez del "
       "euclidiano del ejercicio, ‖a − b‖ / (‖a‖ + ‖b‖).", mensaje="norma del máximo")
def errorRelativo__norma_maximo(a, b):
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    escala = max(np.max(np.abs(a), initial=0.0), np.max(np.abs(b), initial=0.0), 1e-12)
    return float(np.max(np.abs(a - b), initial=0.0) / escala)

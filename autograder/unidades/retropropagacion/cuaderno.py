# %% [markdown]
# # Unidad 6 · Retropropagación y grafos de cómputo
#
# Para entrenar una red con descenso de gradiente hace falta la derivada del costo respecto a
# **cada** parámetro. Derivar a mano la función completa de una red grande es inabordable; la
# **retropropagación** (*backpropagation*) lo convierte en una secuencia de operaciones
# aritméticas pequeñas gracias a la **regla de la cadena**, aplicada nodo a nodo sobre un **grafo
# de cómputo**. En esta unidad la construyes desde abajo: primero con números en grafos pequeños,
# luego con puertas (clases con `adelante` y `atras`), después con capas que guardan una *cache*
# y, al final, con una red de $L$ capas que entrenas en el problema de la diapositiva 001.
#
# | ejercicio | qué hace | puntos |
# |---|---|---|
# | `grafoSumaProducto(x, y, z)` | el grafo $(x + y)\cdot z$ a mano, adelante y atrás | 1 |
# | `PuertaSuma`, `PuertaProducto`, `PuertaMax` | las tres puertas básicas (clases) | 1 + 1 + 1 |
# | `PuertaSigmoide` | la puerta sigmoide, con gradiente local $\sigma(1-\sigma)$ | 1 |
# | `grafoMaximo(x, y, z, w)` | $2\cdot(x y + \max(z, w))$ con tus puertas | 2 |
# | `neuronaSigmoide(w, x)` | la neurona sigmoide como grafo, con tus puertas | 2 |
# | `cadenaCompuesta`, `cadenaCompartida`, `cadenaMatricial`, `cadenaNeurona` | cuatro ejercicios de regla de la cadena | 1 + 2 + 2 + 2 |
# | `neuronaReluAdelante`, `entrenarNeuronaRelu` | la neurona ReLU de la diapositiva 001 | 1 + 3 |
# | `gradienteNumerico(f, x, h)`, `errorRelativo(a, b)` | el chequeo numérico del gradiente | 2 + 1 |
# | `capaDensaAdelante`, `capaDensaAtras` | la capa densa con cache | 1 + 2 |
# | `activacionAdelante`, `activacionAtras` | las activaciones con cache | 2 + 2 |
# | `redAdelante`, `redAtras`, `entrenarRed` | la red de $L$ capas | 2 + 3 + 2 |
# | dos preguntas escritas | errores que se esconden; para qué sirve la cache | 2 + 2 |
#
# **Cómo trabajar.** Escribe tu código donde dice `# TU CÓDIGO AQUÍ` (borra la línea
# `raise NotImplementedError()`), ejecuta la celda y luego la celda de prueba que sigue. Las
# pruebas visibles revisan, en este orden, el **tipo**, la **forma**, los **valores** y los
# **errores típicos**, y te dicen en español qué está mal. Al calificar se ejecutan además pruebas
# ocultas con otras entradas (otros tamaños, otros valores): escribe código general.
#
# **Las clases.** Cuatro ejercicios son clases. Su celda trae la clase con su docstring y sus
# métodos (`adelante`, `atras`), cada uno con su `# TU CÓDIGO AQUÍ`: completa cada método
# **dentro** de la clase (con sangría) y borra su `raise NotImplementedError()`. La celda se
# puede ejecutar desde el principio; un método sin hacer avisa cuando la prueba lo llama.
#
# **Convención de formas.** Cada ejemplo es una **columna**: `X` tiene forma `(n_x, m)`, los
# pesos de la capa $l$ forma `(n_l, n_{l−1})`, sus sesgos `(n_l, 1)`, y $Z = W A + b$. La
# diapositiva 001 usa la convención contraria (un ejemplo por fila); la sección 12 la traduce.

# %% fija="configuracion"
# %matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

from course import retropropagacion as rp
from course.retropropagacion import (
    probar_grafoSumaProducto, probar_PuertaSuma, probar_PuertaProducto, probar_PuertaMax,
    probar_PuertaSigmoide, probar_grafoMaximo, probar_neuronaSigmoide, probar_cadenaCompuesta,
    probar_cadenaCompartida, probar_cadenaMatricial, probar_cadenaNeurona,
    probar_neuronaReluAdelante, probar_entrenarNeuronaRelu, probar_gradienteNumerico,
    probar_errorRelativo, probar_capaDensaAdelante, probar_capaDensaAtras,
    probar_activacionAdelante, probar_activacionAtras, probar_redAdelante, probar_redAtras,
    probar_entrenarRed)

np.set_printoptions(precision=5, suppress=True)

# %% [markdown]
# ## 1. La regla de la cadena en un grafo
#
# La idea de la diapositiva: $f(x, y, z) = (x + y)\,z$ se puede escribir como $f = q\,z$ con
# $q = x + y$. La regla de la cadena dice que
#
# $$\frac{\partial f}{\partial x} = \frac{\partial f}{\partial q}\,\frac{\partial q}{\partial x},$$
#
# es decir, la derivada de $f$ respecto a $x$ es el producto de dos derivadas **sencillas**: la
# de cada operación respecto a sus propias entradas. Un **grafo de cómputo** hace de esto un
# algoritmo. Cada nodo es una operación elemental (suma, producto, máximo, exponencial...) y el
# cálculo se hace en dos pasadas:
#
# 1. **Hacia adelante** (*forward pass*): de las entradas a la salida, cada nodo calcula su valor
#    a partir de los de sus entradas.
# 2. **Hacia atrás** (*backward pass*): se empieza con $\partial f / \partial f = 1$ y, de la
#    salida a las entradas, cada nodo multiplica su **gradiente local** (la derivada de su salida
#    respecto a cada entrada, que solo depende de sus propios valores) por el **gradiente que le
#    llega de arriba** ($\partial f / \partial\,\text{salida del nodo}$), y pasa el resultado a
#    cada entrada.
#
# Ningún nodo necesita saber qué hay en el resto del grafo: esa es la razón de que el mismo
# procedimiento sirva para **cualquier** red construida con operaciones diferenciables. Las
# bibliotecas de aprendizaje profundo (TensorFlow, PyTorch) construyen este grafo al evaluar la
# red y lo recorren hacia atrás para obtener los gradientes: es la *diferenciación automática en
# modo inverso*. Las notas de CS231n (*Backpropagation, Intuitions*) y Goodfellow et al., §6.5,
# lo cuentan con más detalle; el capítulo 2 de Nielsen lo deriva con las ecuaciones de una red.
#
# ## 2. El primer grafo: $f(x, y, z) = (x + y)\cdot z$
#
# Con los valores de la diapositiva, $x = -2$, $y = 5$, $z = -4$:
#
# | paso | nodo | cuenta |
# |---|---|---|
# | adelante | $q = x + y$ | $q = -2 + 5 = 3$ |
# | adelante | $f = q\cdot z$ | $f = 3 \cdot (-4) = -12$ |
# | atrás | salida | $\partial f/\partial f = 1$ |
# | atrás | producto $f = q z$ | $\partial f/\partial q = z \cdot 1 = 1\cdot(-4) = -4$, $\quad\partial f/\partial z = q\cdot 1 = 1 \cdot 3 = 3$ |
# | atrás | suma $q = x + y$ | $\partial f/\partial x = 1\cdot\partial f/\partial q = -4$, $\quad\partial f/\partial y = 1 \cdot \partial f/\partial q = -4$ |
#
# Las dos últimas filas son las cuentas «$1\cdot(-4) = -4$, $1\cdot 3 = 3$» de la diapositiva: el
# gradiente de cada entrada de un producto es **el valor de la otra entrada** por el gradiente de
# salida, y la suma pasa el gradiente de salida tal cual a sus dos entradas (su derivada respecto
# a cada una es 1).
#
# ### Ejercicio 1 · `grafoSumaProducto` (1 punto)
#
# Escribe `grafoSumaProducto(x, y, z)`, que calcula el grafo hacia adelante y hacia atrás con
# números y devuelve la tupla `(q, f, df_dq, df_dx, df_dy, df_dz)`. Escribe cada paso como en la
# tabla (no derives la fórmula completa de una vez: así se hace en un grafo de verdad).
#
# **Salida esperada:** `grafoSumaProducto(-2.0, 5.0, -4.0)` → `(3.0, -12.0, -4.0, -4.0, -4.0, 3.0)`.

# %% ejercicio="grafoSumaProducto" puntos=1

# %% [markdown]
# Tu grafo dibujado: en verde, el valor que viaja hacia adelante por cada arista; en rojo, el
# gradiente $\partial f/\partial(\cdot)$ que viaja hacia atrás.

# %%
rp.dibujar_grafo_suma_producto(grafoSumaProducto);

# %% [markdown]
# ## 3. Tres patrones: la suma distribuye, el producto intercambia, el máximo enruta
#
# Cada tipo de nodo trata el gradiente que le llega ($dz = \partial f/\partial z$, con $z$ su
# salida) siempre de la misma forma:
#
# | puerta | adelante | gradiente local | hacia atrás | patrón |
# |---|---|---|---|---|
# | suma | $z = x + y$ | $\partial z/\partial x = \partial z/\partial y = 1$ | $dx = dz$, $dy = dz$ | **distribuye** el gradiente, completo, a cada entrada |
# | producto | $z = x\,y$ | $\partial z/\partial x = y$, $\partial z/\partial y = x$ | $dx = y\,dz$, $dy = x\,dz$ | **intercambia** los valores de las entradas |
# | máximo | $z = \max(x, y)$ | 1 para la mayor, 0 para la otra | $dx = dz\,[x \ge y]$, $dy = dz\,[y > x]$ | **enruta** todo el gradiente a la entrada mayor |
#
# La del máximo es la que se ve en las capas de *max pooling* y en la ReLU, $\max(0, z)$: la
# entrada que no ganó no influye en la salida (moverla un poco no cambia nada), así que su
# gradiente es 0 y «el gradiente no fluye hacia atrás» por ella. En un empate $x = y$ la derivada
# no existe; el curso da todo el gradiente a $x$.
#
# ### Una puerta es un objeto con dos métodos
#
# La diapositiva muestra esta clase, que presenta como «fragmento de código de TensorFlow»:
#
# ```python
# class MultiplyGate(object):
#     def forward(x,y):
#         z = x*y
#         self.x = x # must keep these around!
#         self.y = y
#         return z
#     def backward(dz):
#         dx = self.y * dz # [dz/dx * dL/dz]
#         dy = self.x * dz # [dz/dy * dL/dz]
#         return [dx, dy]
# ```
#
# Dos correcciones. **No es código de TensorFlow**: es Python puro, el esquema con que las clases
# de CS231n explican qué hace cada nodo (TensorFlow registra para cada operación una función de
# gradiente, pero no se programa así). Y **no funciona**: a `forward` y `backward` les falta el
# primer parámetro, `self`, el objeto sobre el que se llama el método. `puerta.forward(3, -4)`
# llama a `MultiplyGate.forward(puerta, 3, -4)` con tres argumentos para dos parámetros
# (`TypeError`), y dentro de los métodos `self` no existe. La idea sí es la buena:
#
# - `adelante` calcula la salida y **guarda en el objeto** (`self.x = x`) lo que la derivada va a
#   necesitar: «must keep these around!». Es lo que más adelante se llama la **cache**.
# - `atras` recibe el gradiente de arriba y devuelve el de cada entrada: **gradiente local ×
#   gradiente de arriba** (los comentarios `[dz/dx * dL/dz]` de la diapositiva).
#
# Como cada puerta guarda sus entradas en **su** objeto, un grafo puede usar muchas puertas de la
# misma clase (una red tiene miles de productos) sin que se pisen.
#
# ### Ejercicios 2 a 4 · `PuertaSuma`, `PuertaProducto`, `PuertaMax` (1 punto cada una)
#
# Escribe las tres clases con los métodos `adelante(self, x, y)` y `atras(self, dz)`; `atras`
# devuelve la tupla `(dx, dy)`. Deben funcionar con números y con arreglos de NumPy de la misma
# forma (todo elemento a elemento: `np.maximum`, no `max`). `PuertaProducto` es el `MultiplyGate`
# de la diapositiva, corregido y con los nombres del curso.
#
# **Salida esperada** (los nodos de los grafos de la diapositiva):
#
# - `p = PuertaSuma()`: `p.adelante(-2.0, 5.0)` → `3.0`; `p.atras(-4.0)` → `(-4.0, -4.0)`;
# - `p = PuertaProducto()`: `p.adelante(3.0, -4.0)` → `-12.0`; `p.atras(2.0)` → `(-8.0, 6.0)`,
#   el «$2\cdot(-4) = -8$, $2\cdot 3 = 6$» de la diapositiva;
# - `p = PuertaMax()`: `p.adelante(2.0, -1.0)` → `2.0`; `p.atras(2.0)` → `(2.0, 0.0)`.

# %% ejercicio="PuertaSuma" puntos=1

# %% ejercicio="PuertaProducto" puntos=1

# %% ejercicio="PuertaMax" puntos=1

# %% [markdown]
# ## 4. La sigmoide como puerta
#
# La neurona sigmoide de la diapositiva,
#
# $$f(w, x) = \frac{1}{1 + e^{-(w_0 x_0 + w_1 x_1 + w_2)}},$$
#
# se puede dibujar con puertas aún más pequeñas: un producto por cada $w_i x_i$, sumas, y luego
# $\times(-1)$, $\exp$, $+1$ y $1/u$. Con $w = (2, -3, -3)$ y $x = (-1, -2)$ la suma vale
# $2\cdot(-1) + (-3)\cdot(-2) - 3 = 1$ y la salida $\sigma(1) \approx 0.73$. La vuelta por las
# cuatro últimas puertas multiplica sus gradientes locales ($-1/u^2$, $1$, $e^u$, $-1$):
#
# $$\frac{\partial \sigma}{\partial z} = \frac{-1}{(1 + e^{-z})^2}\cdot 1 \cdot e^{-z} \cdot (-1)
#   = \frac{e^{-z}}{(1 + e^{-z})^2}
#   = \frac{1}{1 + e^{-z}}\cdot\frac{(1 + e^{-z}) - 1}{1 + e^{-z}}
#   = \sigma(z)\,\bigl(1 - \sigma(z)\bigr).$$
#
# La celda siguiente hace esa vuelta con números, para $z = 1$:

# %%
rp.sigmoide_paso_a_paso(1.0)

# %% [markdown]
# El resultado cabe en una sola puerta cuyo gradiente local es $\sigma(1 - \sigma)$: **solo
# depende de su salida**. Por eso la puerta sigmoide guarda $s = \sigma(z)$ en `adelante` y en
# `atras` devuelve $ds\cdot s\,(1 - s)$, sin volver a calcular exponenciales. Agrupar así varias
# puertas en una, cuando su gradiente tiene una forma sencilla, es lo que hacen las bibliotecas
# con las activaciones. La función `sigmoide` ya está escrita, de forma estable (la fórmula
# directa desborda con $|z|$ grande): úsala.

# %% dada="sigmoide"

# %% [markdown]
# ### Ejercicio 5 · `PuertaSigmoide` (1 punto)
#
# Escribe la clase con `adelante(self, z)`, que devuelve $\sigma(z)$ y la guarda, y
# `atras(self, ds)`, que devuelve $ds\cdot\sigma(z)(1 - \sigma(z))$ (un solo gradiente, no una
# tupla).
#
# **Salida esperada:** `p = PuertaSigmoide()`: `p.adelante(1.0)` → `0.73106`; `p.atras(1.0)` →
# `0.19661`. Con `z = ±800` no hay avisos de desborde.

# %% ejercicio="PuertaSigmoide" puntos=1

# %% [markdown]
# ## 5. Grafos armados con puertas
#
# ### El segundo grafo de la diapositiva: $f = 2\cdot(x y + \max(z, w))$
#
# Con $x = 3$, $y = -4$, $z = 2$, $w = -1$: hacia adelante, $x y = -12$, $\max(z, w) = 2$, la suma
# vale $-10$ y $f = -20$. Hacia atrás, $\partial f/\partial f = 1$; el producto por 2 da a la suma
# un gradiente de 2; **la suma lo distribuye**: 2 al producto y 2 al máximo; **el máximo lo
# enruta** a $z$, que ganó ($\partial f/\partial z = 2$, $\partial f/\partial w = 0$); y **el
# producto intercambia**: $\partial f/\partial x = 2\cdot y = 2\cdot(-4) = -8$ y
# $\partial f/\partial y = 2\cdot x = 2\cdot 3 = 6$, las cuentas de la diapositiva.
#
# ### Ejercicio 6 · `grafoMaximo` (2 puntos)
#
# Escribe `grafoMaximo(x, y, z, w)` **con tus puertas**: crea un objeto por nodo (el producto
# $x y$, el máximo, la suma y el producto por 2), llama a sus `adelante` en orden y a sus `atras`
# en el orden inverso. Devuelve `(f, df_dx, df_dy, df_dz, df_dw)` como números.
#
# **Salida esperada:** `grafoMaximo(3.0, -4.0, 2.0, -1.0)` → `(-20.0, -8.0, 6.0, 2.0, 0.0)`.

# %% ejercicio="grafoMaximo" puntos=2

# %%
rp.dibujar_grafo_maximo(grafoMaximo);

# %% [markdown]
# ### La neurona sigmoide como grafo
#
# $f(w, x) = \sigma(w_0 x_0 + w_1 x_1 + w_2)$: un `PuertaProducto` por cada $w_i x_i$, un
# `PuertaSuma` por cada suma (el último peso, $w_2$, es el sesgo y entra por una suma) y una
# `PuertaSigmoide`. La vuelta empieza con 1 en la salida; la sigmoide da
# $\sigma(1 - \sigma) \approx 0.197$; las sumas lo distribuyen (así que
# $\partial f/\partial w_2 \approx 0.197$) y cada producto intercambia:
# $\partial f/\partial w_i = 0.197\cdot x_i$ y $\partial f/\partial x_i = 0.197\cdot w_i$.
#
# ### Ejercicio 7 · `neuronaSigmoide` (2 puntos)
#
# Escribe `neuronaSigmoide(w, x)` con tus puertas, para cualquier número $n$ de entradas:
# `w` tiene forma `(n + 1,)` (el último es el sesgo) y `x` forma `(n,)`. Devuelve `(f, dw, dx)`,
# con `f` un número, `dw` de forma `(n + 1,)` y `dx` de forma `(n,)`.
#
# **Salida esperada:** con `w = [2, -3, -3]` y `x = [-1, -2]`: `f = 0.73106` (≈ 0.73, como en la
# diapositiva), `dw = [-0.19661 -0.39322  0.19661]`, `dx = [ 0.39322 -0.58984]`.

# %% ejercicio="neuronaSigmoide" puntos=2

# %%
rp.dibujar_neurona(neuronaSigmoide);

# %% [markdown]
# ## 6. Cuatro ejercicios de regla de la cadena
#
# > Nota sobre el material del curso: en las diapositivas, los cuatro «Ejercicios de regla de la
# > cadena» solo conservan su título (los enunciados eran figuras que se perdieron). Estos son
# > cuatro de dificultad creciente, que terminan en la neurona que vas a entrenar después. En
# > todos, divide la función en etapas, calcula cada etapa hacia adelante y vuelve multiplicando
# > derivadas locales, como en un grafo.
#
# ### Ejercicio 8 · `cadenaCompuesta` (1 punto): una composición de tres etapas
#
# $$f(x) = \operatorname{sen}\bigl((2x + 1)^2\bigr): \qquad a = 2x + 1,\quad c = a^2,\quad
#   f = \operatorname{sen} c, \qquad \frac{df}{dx} = \cos c \cdot 2a \cdot 2 .$$
#
# `cadenaCompuesta(x)` devuelve `(f, df_dx)`, elemento a elemento si `x` es un arreglo.
#
# **Salida esperada:** con `x = [-1.2, -0.8, 0, 0.3, 1.1]`:
# `f = [ 0.92521  0.35227  0.84147  0.54936 -0.72788]`,
# `df_dx = [ 2.12493 -2.24615  2.16121 -5.34777 -8.77705]`.

# %% ejercicio="cadenaCompuesta" puntos=1

# %% [markdown]
# ### Ejercicio 9 · `cadenaCompartida` (2 puntos): una variable que se usa dos veces
#
# $$f(x, y) = x\,\sigma(x y): \qquad q = x y,\quad s = \sigma(q),\quad f = x\,s .$$
#
# $x$ llega a $f$ por **dos caminos**: directamente (en $f = x\,s$) y a través de $q = x y$. La
# regla de la cadena con varias variables dice que **los gradientes de los caminos se suman**
# (en un grafo: cuando una variable se ramifica, su gradiente es la suma de los que vuelven por
# cada rama):
#
# $$\frac{\partial f}{\partial x} = \underbrace{s}_{\text{camino directo}} +
#   \underbrace{x \cdot s(1 - s) \cdot y}_{\text{camino por } q}, \qquad
#   \frac{\partial f}{\partial y} = x \cdot s(1 - s) \cdot x .$$
#
# `cadenaCompartida(x, y)` devuelve `(f, df_dx, df_dy)`, elemento a elemento. Usa `sigmoide`.
#
# **Salida esperada:** con `x = [1.5, -0.7, 2, 0.4]` e `y = [-0.8, 1.2, 0.5, -2.5]`:
# `f = [ 0.34721 -0.21107  1.46212  0.10758]`, `df_dx = [0.018   0.12462 0.92767 0.07233]`,
# `df_dy = [0.40026 0.1032  0.78645 0.03146]`.

# %% ejercicio="cadenaCompartida" puntos=2

# %% [markdown]
# ### Ejercicio 10 · `cadenaMatricial` (2 puntos): con producto matricial
#
# $$z = W x + b, \qquad L = \tfrac12 \sum_{i,j} (z - y)_{ij}^2,$$
#
# con `W` de forma `(n, d)`, `b` `(n, 1)`, `x` `(d, m)` e `y` `(n, m)`. Con $e = z - y$ de forma
# `(n, m)`, $\partial L/\partial z = e$ y la regla de la cadena da
#
# $$\frac{\partial L}{\partial W} = e\,x^\top \ (n, d), \qquad
#   \frac{\partial L}{\partial b} = \sum_{\text{columnas}} e \ (n, 1), \qquad
#   \frac{\partial L}{\partial x} = W^\top e \ (d, m).$$
#
# Un truco para no perderse: **cada gradiente tiene la forma de su variable**, y solo hay una
# forma de combinar $e$ con $x$ (o con $W$) que la dé. La columna de $b$ se suma a cada columna de
# $z$ (*broadcasting*), así que su gradiente suma las de $e$: la variable «se usa $m$ veces» y,
# como en el ejercicio anterior, sus gradientes se suman.
#
# `cadenaMatricial(W, b, x, y)` devuelve `(L, dW, db, dx)`, con `L` un número.
#
# **Salida esperada** (entradas de `rp.ENTRADAS["cadenaMatricial"]`): `L = 3.28045`,
# `dW = [[ 1.765 -1.204  1.298] [ 4.2   -2.762  0.336]]`, `db = [[0.89] [0.78]]`.

# %% ejercicio="cadenaMatricial" puntos=2

# %% [markdown]
# ### Ejercicio 11 · `cadenaNeurona` (2 puntos): la neurona sigmoide con error cuadrático
#
# Una neurona sigmoide, $m$ ejemplos en columnas y el error cuadrático de la diapositiva 001,
# $E = \tfrac12(\hat y - y)^2$, promediado:
#
# $$z = w X + b,\quad a = \sigma(z),\quad J = \frac{1}{2m}\sum_{j=1}^m \bigl(a^{(j)} - y^{(j)}\bigr)^2,
#   \qquad \frac{\partial J}{\partial z} = \frac{1}{m}(a - y)\cdot a(1 - a),$$
#
# $$\frac{\partial J}{\partial w} = \frac{\partial J}{\partial z} X^\top \ (1, n), \qquad
#   \frac{\partial J}{\partial b} = \sum_{\text{columnas}} \frac{\partial J}{\partial z} \ (1, 1).$$
#
# Ojo con el atajo de la unidad 9: $\partial J/\partial z = a - y$ vale para sigmoide **con
# entropía cruzada**, porque el $a(1 - a)$ se cancela. Con el error cuadrático no se cancela.
#
# `cadenaNeurona(w, b, X, Y)` con `w` `(1, n)`, `b` `(1, 1)`, `X` `(n, m)` e `Y` `(1, m)` devuelve
# `(J, dw, db)`.
#
# **Salida esperada** (entradas de `rp.ENTRADAS["cadenaNeurona"]`): `J = 0.14706`,
# `dw = [[-0.03311 -0.07556  0.02268]]`, `db = [[-0.00706]]`.

# %% ejercicio="cadenaNeurona" puntos=2

# %% [markdown]
# ## 7. La neurona ReLU de la diapositiva 001
#
# La diapositiva 001 termina con un ejemplo en NumPy: predecir el precio de una casa (en miles de
# dólares) a partir de su tamaño, con una red 1-1-1: una neurona oculta ReLU y una de salida
# **lineal** (sin activación: un precio puede ser cualquier número).
#
# $$z_1 = w_1 x + b_1, \quad a_1 = \operatorname{ReLU}(z_1) = \max(0, z_1), \quad
#   \hat y = w_{out}\,a_1 + b_{out}, \quad E = \tfrac12(\hat y - y)^2 .$$
#
# Con sus valores, $w_1 = 0.5$, $b_1 = 0.1$, $w_{out} = 0.4$, $b_{out} = 0.2$ y una casa de
# $x = 50$ m² que vale $y = 300$: $z_1 = a_1 = 25.1$, la predicción inicial es
# $\hat y = 0.4\cdot 25.1 + 0.2 = 10.24$ y el error $\tfrac12(10.24 - 300)^2 = 41\,980.43$.
# Las cuatro derivadas, por la regla de la cadena:
#
# $$\frac{\partial E}{\partial w_{out}} = (\hat y - y)\,a_1, \qquad
#   \frac{\partial E}{\partial b_{out}} = \hat y - y, \qquad
#   \frac{\partial E}{\partial w_1} = (\hat y - y)\,w_{out}\,\operatorname{ReLU}'(z_1)\,x, \qquad
#   \frac{\partial E}{\partial b_1} = (\hat y - y)\,w_{out}\,\operatorname{ReLU}'(z_1),$$
#
# con $\operatorname{ReLU}'(z_1) = 1$ si $z_1 > 0$ y $0$ si no.
#
# > Nota sobre el material del curso: la diapositiva llama $w_1, b_1, w_2, b_2$ a estos
# > parámetros ($w_2 = w_{out}$). Escribe dos veces $\partial C/\partial w_1$ (la segunda es
# > $\partial C/\partial b_1$) y $\partial z_1/\partial w_1$ donde es $\partial z_1/\partial b_1$;
# > y su vector $\nabla C$ declara el orden $(w_1, b_1, w_2, b_2)$ pero lo llena en el orden
# > $(w_2, b_2, w_1, b_1)$: su primera componente, $(\hat y - y)a_1$, es la derivada respecto a
# > $w_2$, no a $w_1$.
#
# ### Ejercicio 12 · `neuronaReluAdelante` (1 punto)
#
# `neuronaReluAdelante(w1, b1, w_out, b_out, x)` devuelve `(z1, a1, y_est)`. `x` puede ser un
# número o un arreglo de casas (todo elemento a elemento).
#
# **Salida esperada:** con los valores de la diapositiva, `(25.1, 25.1, 10.24)`; con
# `neuronaReluAdelante(0.5, 0.1, -0.4, 0.2, np.array([50.0, -10.0, 2.0]))`,
# `y_est = [-9.84  0.2  -0.24]` (una casa con $z_1 < 0$ apaga la ReLU).

# %% ejercicio="neuronaReluAdelante" puntos=1

# %% [markdown]
# ### Ejercicio 13 · `entrenarNeuronaRelu` (3 puntos)
#
# `entrenarNeuronaRelu(w1, b1, w_out, b_out, x, y, lr, epocas)` hace `epocas` pasos de descenso de
# gradiente con tasa de aprendizaje α (`lr`) y devuelve `(w1, b1, w_out, b_out, errores)`, con
# `errores` la lista de los `epocas` errores, **cada uno antes de su actualización**. En cada
# época:
#
# 1. propaga hacia adelante (con tu `neuronaReluAdelante`) y guarda el error;
# 2. calcula **las cuatro derivadas** con los parámetros de esa época;
# 3. **solo entonces** actualiza los cuatro (actualización simultánea):
#    $\theta \leftarrow \theta - \alpha\,\partial E/\partial\theta$.
#
# **Salida esperada:** con los valores de la diapositiva y `lr = 1e-5`, tras **una** época
# `w1 = 0.557952`, `b1 = 0.101159` (0.10115904), `w_out = 0.47272976`, `b_out = 0.2028976`, y
# `errores = [41980.4288]`.

# %% ejercicio="entrenarNeuronaRelu" puntos=3

# %% [markdown]
# ### Dos errores del código de la diapositiva, y por qué no se notan
#
# Esta es la versión de la diapositiva, con sus mismas operaciones en el mismo orden (solo
# cambian los nombres de los argumentos y que devuelve su historia):

# %% dada="entrenarNeuronaDiapositiva"

# %% [markdown]
# Tiene dos errores:
#
# 1. **Actualiza `w_out` antes de usarlo.** `d_z_out_d_a1 = w_out` se lee *después* de
#    `w_out -= ...`, así que $\partial E/\partial a_1$ se calcula con el $w_{out}$ nuevo y no con
#    el que produjo $\hat y$. Tras un paso da $w_1 = 0.568489$ y $b_1 = 0.101370$, en vez de
#    $0.557952$ y $0.101159$.
# 2. **No recalcula `d_z_out_d_w_out` dentro del bucle.** Esa derivada es $a_1$, que cambia en
#    cada época, pero el bucle usa siempre la del primer paso, $25.1$.
#
# Y sin embargo la diapositiva llega a 300. La celda entrena las dos versiones 1000 épocas (la
# tuya, una época a la vez al principio, para dibujar su camino) y dibuja la predicción y el
# camino de cada una en el plano $(w_1, w_{out})$.

# %%
r = rp.DIAPOSITIVA["neurona_relu"]
inicio = (r["w1"], r["b1"], r["w_out"], r["b_out"], r["x"], r["y"], r["lr"])
historia_tuya = rp.historia_neurona(entrenarNeuronaRelu, neuronaReluAdelante, *inicio,
                                    r["epocas"])
historia_diapositiva = entrenarNeuronaDiapositiva(*inicio, r["epocas"])
for nombre, h in (("tuya", historia_tuya), ("diapositiva", historia_diapositiva)):
    w1, b1, w_out, b_out, y_est = h[-1]
    print(f"{nombre:>12}: w1 = {w1:.4f}  b1 = {b1:.4f}  w_out = {w_out:.4f}  "
          f"b_out = {b_out:.4f}  →  ŷ = {y_est:.4f}")
rp.graficar_neurona_relu(historia_tuya, historia_diapositiva);

# %% [markdown]
# Las dos predicciones llegan a 300 (la de la diapositiva, más despacio), pero a parámetros
# **distintos**. Dos razones para que los errores no se noten:
#
# - **Hay infinitas soluciones.** Con un solo ejemplo y cuatro parámetros, todo punto de la
#   superficie $w_{out}\operatorname{ReLU}(50\,w_1 + b_1) + b_{out} = 300$ tiene error 0 (la curva
#   gris de la derecha es un corte de esa superficie). Llegar a *alguna* solución no dice nada de
#   cómo se llegó.
# - **Los errores no cambian el signo de la dirección.** La versión de la diapositiva no se mueve
#   según el gradiente, pero casi: usa $w_{out}$ nuevo (≈ 0.47 en vez de 0.4) donde va el viejo y
#   $25.1$ donde va un $a_1$ que crece. Cada componente de su dirección tiene el **mismo signo**
#   que la del gradiente, así que sigue siendo una dirección de descenso: cualquier $d$ con
#   $d\cdot\nabla E > 0$ hace bajar $E$ con un paso pequeño.
#
# Moraleja: **que el costo baje no prueba que los gradientes estén bien.** Un gradiente con un
# factor equivocado entrena, más despacio o hacia otro lado, y el error pasa inadvertido. Para
# eso está la herramienta de la sección siguiente.
#
# ## 8. El chequeo numérico del gradiente
#
# La derivada es un límite, y se puede aproximar con un $h$ pequeño. Para cada componente $i$ de
# $x$, con $e_i$ el vector que vale 1 en la componente $i$ y 0 en las demás:
#
# $$\frac{\partial f}{\partial x_i} \approx \frac{f(x + h\,e_i) - f(x - h\,e_i)}{2h}.$$
#
# Es la **diferencia centrada**: su error es del orden de $h^2$, mientras que la diferencia hacia
# adelante, $(f(x + h e_i) - f(x))/h$, tiene un error del orden de $h$ (con $h = 10^{-5}$, unas
# $10^{5}$ veces mayor). Un $h$ demasiado pequeño tampoco sirve: $f(x + h) - f(x - h)$ resta dos
# números casi iguales y se pierden cifras; $h \approx 10^{-5}$ es un buen punto medio. Cuesta dos
# evaluaciones de $f$ **por parámetro**, así que no sirve para entrenar (la retropropagación da
# todos los gradientes con el costo de una pasada), pero es perfecta para **comprobar** una
# retropropagación en una red pequeña.
#
# Para comparar el gradiente analítico $a$ con el numérico $b$ se usa el **error relativo**
#
# $$\frac{\lVert a - b\rVert}{\lVert a\rVert + \lVert b\rVert},$$
#
# con la norma euclidiana de todos los elementos. No depende de la escala de los gradientes y está
# entre 0 (iguales) y 1 (p. ej. $b = -a$). Como guía (CS231n): más de $10^{-2}$, casi seguro
# un error; entre $10^{-4}$ y $10^{-2}$, preocupante; por debajo de $10^{-4}$, aceptable solo si
# la función tiene quiebres (ReLU, máximo) cerca del punto; sin quiebres se espera $10^{-7}$ o
# menos. Con dos gradientes nulos el cociente es $0/0$: son iguales, y el error vale 0. Es el ejercicio de *gradient checking* de la Deep Learning Specialization y la
# función `eval_numerical_gradient` de CS231n.
#
# ### Ejercicio 14 · `gradienteNumerico` (2 puntos)
#
# `gradienteNumerico(f, x, h=1e-5)`: `f` recibe un arreglo de la forma de `x` y devuelve un número.
# Devuelve un arreglo de la forma de `x` con la diferencia centrada de cada componente. Trabaja
# sobre una **copia** de `x` (`np.array(x, dtype=float)`), mueve **solo** la componente `i`,
# evalúa `f`, y devuélvela a su valor antes de pasar a la siguiente. `np.ndindex(x.shape)`
# recorre los índices de un arreglo de cualquier forma.
#
# **Salida esperada:** con `rp.funcion_prueba` (una función de prueba del curso), el `x` de forma
# `(2, 3)` de `rp.ENTRADAS["gradienteNumerico"]` y `h = 1e-3`:
# `[[-1.04635 -0.10952  2.7949 ] [ 2.21067 -0.34422 -0.22057]]`; con el `h` por defecto, error
# relativo < 1e-7 frente al gradiente exacto.

# %% ejercicio="gradienteNumerico" puntos=2

# %% [markdown]
# ### Ejercicio 15 · `errorRelativo` (1 punto)
#
# `errorRelativo(a, b)` devuelve $\lVert a - b\rVert / (\lVert a\rVert + \lVert b\rVert)$ como un
# número, y 0 si los dos son cero (`np.linalg.norm` calcula la norma de todos los elementos).
#
# **Salida esperada:** con las entradas de `rp.ENTRADAS["errorRelativo"]`, `0.02325`; con dos
# ceros, `0.0`; con `b = -a`, `1.0`.

# %% ejercicio="errorRelativo" puntos=1

# %% [markdown]
# ### Úsalo
#
# Las celdas siguientes comparan, con **tu** `gradienteNumerico` y **tu** `errorRelativo`, el
# `atras` de tus cuatro puertas y las derivadas de tus cuatro ejercicios de la cadena con los
# gradientes numéricos de lo que calculan hacia adelante. Si todo está bien, cada error relativo
# es del orden de $10^{-10}$.

# %%
rp.verificar_puertas(gradienteNumerico, errorRelativo, PuertaSuma, PuertaProducto, PuertaMax,
                     PuertaSigmoide)
rp.verificar_cadena(gradienteNumerico, errorRelativo, cadenaCompuesta, cadenaCompartida,
                    cadenaMatricial, cadenaNeurona);

# %% [markdown]
# Y la neurona ReLU: el «gradiente» que usa cada versión en su primer paso,
# $(\theta_{antes} - \theta_{después})/\alpha$, contra el gradiente numérico de
# $E(w_1, b_1, w_{out}, b_{out})$. La curva de entrenamiento no distinguía las dos versiones; el
# chequeo numérico sí: la de la diapositiva tiene un error relativo de varios por ciento.

# %%
rp.verificar_neurona_relu(gradienteNumerico, errorRelativo, neuronaReluAdelante,
                          entrenarNeuronaRelu, entrenarNeuronaDiapositiva);

# %% [markdown]
# ## 9. Pregunta (2 puntos, calificación manual)
#
# Las dos versiones de la neurona ReLU llegan a $\hat y = 300$, aunque una calcula mal dos de sus
# derivadas. Explica con tus palabras por qué el error no se nota en la predicción final ni en la
# curva del error, qué sí cambia, y por qué eso hace necesario el chequeo numérico del gradiente
# al escribir una retropropagación. ¿En qué caso habrían tenido que notarse esos errores?

# %% [markdown] pregunta="pregunta_errores_escondidos" puntos=2
# Con un solo ejemplo y cuatro parámetros el problema tiene infinitas soluciones con error 0:
# toda combinación con $w_{out}\operatorname{ReLU}(50 w_1 + b_1) + b_{out} = 300$. Las dos
# versiones bajan el error porque la dirección que usa la diapositiva, aunque no es el gradiente
# (usa el $w_{out}$ ya actualizado y un $\partial\hat y/\partial w_{out}$ congelado en 25.1), tiene
# en cada componente el mismo signo que el gradiente: sigue siendo una dirección de descenso, y
# con una tasa pequeña el error baja. Lo que cambia es el camino y el punto final (otros $w_1$ y
# $w_{out}$), y en general la velocidad.
#
# La predicción final y la curva de costo solo miden si el error baja, no si la derivada es la
# correcta; un gradiente equivocado en un factor positivo entrena igual. El chequeo numérico
# compara cada componente del gradiente con la definición de derivada, así que detecta el error
# aunque el entrenamiento «funcione» (aquí, un error relativo de ~5·10⁻² frente a ~10⁻¹¹). Se
# habría notado con varios ejemplos que pidieran compromisos entre sí (el mínimo no es cero y la
# dirección falsa lleva a otro punto con más error), con una tasa grande (el factor de más hace
# que diverja) o si el error cambiara el signo de alguna derivada (el costo subiría).

# %% [markdown]
# ## 10. Capas con cache
#
# Las puertas guardaban sus entradas en `self`. Con capas enteras se hace lo mismo de forma
# funcional, con el patrón de las tareas de CS231n (`affine_forward` / `affine_backward`): la
# función hacia adelante devuelve `(salida, cache)` y la función hacia atrás recibe
# `(gradiente de la salida, cache)`. La cache es exactamente lo que la derivada necesita.
#
# **La capa densa.** $Z = W A_{prev} + b$, con $A_{prev}$ `(n_prev, m)`, $W$ `(n, n_prev)` y $b$
# `(n, 1)`. Si $dZ = \partial J/\partial Z$ `(n, m)` es el gradiente que llega de arriba:
#
# $$dW = dZ\,A_{prev}^\top \ (n, n_{prev}), \qquad db = \sum_{\text{columnas}} dZ \ (n, 1), \qquad
#   dA_{prev} = W^\top dZ \ (n_{prev}, m).$$
#
# Son las derivadas del ejercicio 10 con $e$ en el papel de $dZ$. El promedio $1/m$ del costo
# **ya viene dentro de $dZ$**: lo pone quien empieza la retropropagación (sección 11), así que las
# capas no dividen entre $m$.
#
# ### Ejercicios 16 y 17 · `capaDensaAdelante` (1 punto) y `capaDensaAtras` (2 puntos)
#
# `capaDensaAdelante(A_prev, W, b)` devuelve `(Z, cache)` con `cache = (A_prev, W, b)`, en ese
# orden. `capaDensaAtras(dZ, cache)` devuelve `(dA_prev, dW, db)`.
#
# **Salida esperada** (entradas de `rp.ENTRADAS`):
# `Z = [[-0.34 -0.4   1.34 -0.44] [-0.03  1.03 -1.06 -1.35]]`;
# con `dZ = rp.DZ_CAPA`, `dW = [[ 0.32   0.255 -0.565] [-0.3   -0.455  0.515]]` y
# `db = [[ 0.45] [-0.2 ]]`.

# %% ejercicio="capaDensaAdelante" puntos=1

# %% ejercicio="capaDensaAtras" puntos=2

# %% [markdown]
# **Las activaciones.** $A = g(Z)$ elemento a elemento, y hacia atrás $dZ = dA \odot g'(Z)$. Las
# derivadas se escriben con lo que guardó la cache, $(Z, A)$, como en el curso:
#
# | `activacion` | $g(z)$ | $g'$ |
# |---|---|---|
# | `"sigmoide"` | $\sigma(z)$ (con `sigmoide`) | $A(1 - A)$ |
# | `"tanh"` | $\tanh z$ | $1 - A^2$ |
# | `"relu"` | $\max(0, z)$ | 1 donde $Z > 0$, 0 donde $Z \le 0$ |
# | `"lineal"` | $z$ | 1 |
#
# ### Ejercicios 18 y 19 · `activacionAdelante` y `activacionAtras` (2 puntos cada una)
#
# `activacionAdelante(Z, activacion)` devuelve `(A, cache)` con `cache = (Z, A)`; no modifiques
# `Z` en el lugar (la cache perdería la original). `activacionAtras(dA, cache, activacion)`
# devuelve `dZ`. Las dos aceptan los cuatro nombres de la tabla.
#
# **Salida esperada** (la `Z` de `rp.Z_ACT`, con ceros y $\pm 800$): la sigmoide da
# `[[0. 0.1192 0.37754 0.5] ...]` sin avisos de desborde; con `rp.DA_ACT`, la derivada de ReLU
# vale 0 donde $Z = 0$.

# %% ejercicio="activacionAdelante" puntos=2

# %% ejercicio="activacionAtras" puntos=2

# %% [markdown]
# Tus capas contra el gradiente numérico, con tus dos funciones de la sección 8 ($J = \sum R\odot Z$
# con un $R$ al azar, cuyo gradiente respecto a $Z$ es $R$):

# %%
rp.verificar_capas(gradienteNumerico, errorRelativo, capaDensaAdelante, capaDensaAtras,
                   activacionAdelante, activacionAtras);

# %% [markdown]
# ## 11. Una red de $L$ capas
#
# Con las capas, una red de cualquier profundidad es un bucle. `initRed(dims, semilla, escala)`
# (ya escrita) crea los parámetros de una red con capas de tamaños `dims = [n_x, n_1, ..., n_L]`:
# pesos normales de desviación `escala` y sesgos en cero, en un diccionario
# `{"W1": (n_1, n_x), "b1": (n_1, 1), ..., "WL", "bL"}`.

# %% dada="initRed"

# %% [markdown]
# **Hacia adelante**, con $A^{[0]} = X$ y para $l = 1, \dots, L$:
# $Z^{[l]}, \text{cache\_densa} = $ `capaDensaAdelante(A, W_l, b_l)` y
# $A^{[l]}, \text{cache\_activacion} = $ `activacionAdelante(Z, activaciones[l − 1])`; se guarda
# el par `(cache_densa, cache_activacion)` de cada capa, en orden.
#
# ### Ejercicio 20 · `redAdelante` (2 puntos)
#
# `redAdelante(X, params, activaciones)` devuelve `(AL, caches)`: la salida de la última capa y la
# lista de los $L$ pares.
#
# **Salida esperada** (la red 3-2-4-1 de `rp.parametros_de_prueba()` con
# `["relu", "tanh", "sigmoide"]` y `X = rp.X_RED`):
# `AL = [[0.41507 0.3729  0.81458 0.46293 0.33156]]`.

# %% ejercicio="redAdelante" puntos=2

# %% [markdown]
# El costo es la entropía cruzada binaria de la unidad 1 (ya escrita):

# %% dada="costoEntropiaBinaria"

# %% [markdown]
# **Hacia atrás.** La vuelta empieza con la derivada del costo respecto a la salida, **ya
# dividida entre $m$**:
#
# $$dA^{[L]} = \frac{1}{m}\left(-\frac{Y}{A^{[L]}} + \frac{1 - Y}{1 - A^{[L]}}\right)$$
#
# (recorta $A^{[L]}$ a $[10^{-12}, 1 - 10^{-12}]$ antes de dividir, como en el costo). Luego, para
# $l = L, \dots, 1$: `dZ = activacionAtras(dA, cache_activacion, activaciones[l − 1])` y
# `dA, dW_l, db_l = capaDensaAtras(dZ, cache_densa)`. Con sigmoide en la última capa, la primera
# `activacionAtras` da $dZ^{[L]} = (A^{[L]} - Y)/m$, el atajo de la unidad 9, sin escribirlo
# aparte.
#
# ### Ejercicio 21 · `redAtras` (3 puntos)
#
# `redAtras(AL, Y, caches, activaciones)` devuelve el diccionario `grads` con las claves
# `"dW1", "db1", ..., "dWL", "dbL"`, cada gradiente con la forma de su parámetro.
#
# **Salida esperada** (la misma red, con `Y = rp.Y_RED`):
# `dW3 = [[-0.08264  0.06149  0.02499 -0.00526]]`, `db3 = [[-0.12059]]`.

# %% ejercicio="redAtras" puntos=3

# %% [markdown]
# Toda la red contra el gradiente numérico del costo, parámetro por parámetro:

# %%
rp.verificar_red(gradienteNumerico, errorRelativo, redAdelante, redAtras, costoEntropiaBinaria);

# %% [markdown]
# Un paso de descenso de gradiente, $\theta \leftarrow \theta - \alpha\,d\theta$ para cada
# parámetro (ya escrito; `lr` es la tasa de aprendizaje α):

# %% dada="actualizarParametros"

# %% [markdown]
# ### Ejercicio 22 · `entrenarRed` (2 puntos)
#
# `entrenarRed(X, Y, params, activaciones, lr, epocas)`: en cada época, `redAdelante` → el costo
# (guárdalo **antes** de actualizar) → `redAtras` → `actualizarParametros`. Devuelve
# `(params, costos)`, con los parámetros finales y la lista de los `epocas` costos.
#
# **Salida esperada** (los datos de la sección siguiente, `rp.parametros_mayoria()`, sigmoides,
# `lr = 2.0`, 5 épocas): `costos = [0.69601, 0.6937, 0.69261, 0.69165, 0.69069]`.

# %% ejercicio="entrenarRed" puntos=2

# %% [markdown]
# ## 12. La red 3-2-4-1 de la diapositiva 001: ¿la mayoría de los bits son 1?
#
# La diapositiva 001 estudia una red con tres entradas binarias, dos capas ocultas de 2 y 4
# neuronas sigmoides y una salida, y la quiere entrenar con estas 8 combinaciones y etiquetas
# (una fila por ejemplo):
#
# $$X_{input} = \begin{bmatrix} 1 & 0 & 0 \\ 0 & 1 & 0 \\ 0 & 0 & 1 \\ 0 & 0 & 0 \\ 0 & 1 & 1 \\
#   1 & 0 & 1 \\ 1 & 1 & 0 \\ 1 & 1 & 1 \end{bmatrix} \qquad
#   y = \begin{bmatrix} 0 \\ 0 \\ 0 \\ 0 \\ 1 \\ 1 \\ 1 \\ 1 \end{bmatrix}$$
#
# > **Qué función es.** El texto de la diapositiva dice «devuelva 1 si hay más ceros que unos»,
# > y pone como ejemplos $[0, 0, 0] = 0$, $[0, 0, 1] = 0$, …, $[1, 1, 1] = 0$. Las tres cosas no
# > coinciden: el vector $y$ vale 1 exactamente en las filas con **dos o tres unos** (la función
# > **mayoría**), lo contrario de lo que dice el texto; y los ejemplos no cuadran con ninguna de
# > las dos ($[0,0,0]$ tiene más ceros, así que según el texto valdría 1; $[1,1,1]$ tiene mayoría
# > de unos, así que según $y$ valdría 1). Usamos $y$, que es la única especificación completa:
# > **la etiqueta es 1 cuando la mayoría de los bits son 1**. (La función contraria es $1 - y$, y
# > la red la aprendería igual de bien.)
#
# **De filas a columnas.** La diapositiva guarda un ejemplo por fila, $X$ de $8\times 3$, y los
# pesos de una capa como matrices $n_{prev}\times n_{act}$, de modo que $Z^1 = X W^1 + b^1$ con
# $b^1$ una fila que se suma a cada fila. El curso usa columnas: nuestra `X` es su $X^\top$
# (forma `(3, 8)`), nuestro `W1` es su $(W^1)^\top$ y $Z^{[1]} = W^{[1]} X + b^{[1]}$ es la
# transpuesta de la suya. Además, la diapositiva tiene tres erratas de formas:
#
# | | diapositiva (filas) | corregido (filas) | el curso (columnas) |
# |---|---|---|---|
# | $W^1$ | $3\times 2$ | $3\times 2$ | `W1` `(2, 3)` |
# | $W^2$ | $2\times 5$ (cinco columnas $w_{11}\dots w_{15}$) | $2\times 4$: la capa 2 tiene 4 neuronas | `W2` `(4, 2)` |
# | $W^3$ | $5\times 1$ | $4\times 1$ | `W3` `(1, 4)` |
# | $b^1, b^2, b^3$ | filas de 2, 4 y 1 | igual | `b1` `(2, 1)`, `b2` `(4, 1)`, `b3` `(1, 1)` |
# | capa 2 | $Z^2 = A^1 W^1 + b^1$ | $Z^2 = A^1 W^2 + b^2$ | $Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]}$ |
#
# Y un cambio deliberado: la diapositiva usa el error cuadrático $\tfrac12(\hat y - y)^2$. Como la
# salida es una probabilidad (sigmoide), aquí usamos la entropía cruzada binaria: con el error
# cuadrático el gradiente lleva el factor $\sigma'(z) = a(1 - a)$ (ejercicio 11), que casi se
# anula cuando la salida se satura en la respuesta equivocada.

# %%
X, Y = rp.datos_mayoria()
print("X, forma", X.shape, "(una columna por fila de la diapositiva)")
print(X)
print("Y", Y)
mayoria = (X.sum(axis=0) >= 2).astype(float)      # 1 si al menos dos de los tres bits son 1
assert np.array_equal(Y[0], mayoria), "Y debería ser la función mayoría"
print("¿Y vale 1 justo cuando la mayoría de los bits son 1?", np.array_equal(Y[0], mayoria))
print("formas de la red 3-2-4-1:", {k: v.shape for k, v in initRed([3, 2, 4, 1]).items()})

# %% [markdown]
# Entrenamos con tu `entrenarRed`: pesos iniciales normales de desviación 1, sesgos en cero,
# sigmoides en las tres capas y α = 2. Para comparar, la misma red con pesos iniciales diminutos
# (desviación 0.01): se queda atascada cerca de $J = \ln 2 \approx 0.693$, la respuesta «siempre
# 0.5», durante muchas épocas. Por qué pasa eso, y cómo elegir la escala, es el tema de la unidad
# 8 (inicialización). Cambia `EPOCAS` para entrenar más o menos.

# %%
EPOCAS = 1000
activaciones = ["sigmoide", "sigmoide", "sigmoide"]
params, costos = entrenarRed(X, Y, initRed([3, 2, 4, 1], semilla=1, escala=1.0), activaciones,
                             2.0, EPOCAS)
_, costos_diminutos = entrenarRed(X, Y, initRed([3, 2, 4, 1], semilla=1, escala=0.01),
                                  activaciones, 2.0, EPOCAS)
print(f"costo inicial {costos[0]:.4f}  →  costo final {costos[-1]:.6f}")
rp.graficas.curva_de_costo({"escala 1.0": costos, "escala 0.01": costos_diminutos},
                           titulo="Red 3-2-4-1 en el problema de la mayoría", xlabel="época",
                           log=True);

# %%
AL, _ = redAdelante(X, params, activaciones)
rp.tabla_mayoria(X, Y, AL)

# %% [markdown]
# ## 13. Pregunta (2 puntos, calificación manual)
#
# `capaDensaAdelante` y `activacionAdelante` devuelven una cache que `redAdelante` guarda para
# todas las capas. ¿Qué guarda cada cache, y por qué la necesita el paso hacia atrás? ¿Qué habría
# que hacer sin ella? Estima cuántos números guardan las caches de la red 3-2-4-1 con los $m = 8$
# ejemplos, y di cómo crece esa memoria con $m$ y con la profundidad.

# %% [markdown] pregunta="pregunta_cache" puntos=2
# La cache de la capa densa guarda $(A_{prev}, W, b)$: $dW = dZ\,A_{prev}^\top$ necesita las
# activaciones que entraron a la capa y $dA_{prev} = W^\top dZ$ necesita los pesos. La de la
# activación guarda $(Z, A)$: la derivada de sigmoide y tanh se escribe con $A$ y la de ReLU con
# el signo de $Z$. Son los valores del paso hacia adelante en los que se evalúan los gradientes
# locales; sin ellos el paso hacia atrás tendría que volver a calcular toda la red hasta cada capa
# (un paso hacia adelante por capa), o derivar en un punto equivocado.
#
# En la red 3-2-4-1 con $m = 8$: las activaciones $A^{[0]} = X$ (24), $Z, A$ de la capa 1
# (16 + 16), de la capa 2 (32 + 32) y de la salida (8 + 8), más los pesos y sesgos, que no crecen
# con $m$ (6 + 2 + 8 + 4 + 4 + 1 = 25): unos 160 números. Lo que depende de los datos crece
# linealmente con $m$ y con el número de capas (y con su ancho): $\sum_l 2\,n_l\,m$. Por eso
# entrenar redes profundas con lotes grandes consume mucha memoria, y es una de las razones de
# usar mini-lotes.

# %% [markdown]
# ## 14. Para experimentar (sin calificación)
#
# - Agrega una `PuertaExp` (z = e^x, gradiente local e^x) y arma con ella y tus puertas la
#   sigmoide «fina» de la sección 4. ¿Coincide su gradiente con el de `PuertaSigmoide`?
# - En `gradienteNumerico`, prueba `h = 1e-2, 1e-5, 1e-8, 1e-11` sobre `rp.funcion_prueba` y
#   mira el error relativo contra `rp.gradiente_funcion_prueba`: ¿por qué empeora en los dos
#   extremos?
# - Cambia las activaciones de la red de la mayoría por `["relu", "relu", "sigmoide"]` o
#   `["tanh", "tanh", "sigmoide"]`. ¿Cuál aprende más rápido?
# - Entrena la red con las etiquetas del texto de la diapositiva («más ceros que unos»,
#   `1 - Y`). ¿Es más difícil?
# - En la neurona ReLU, multiplica `lr` por 20 y compara las dos versiones: ¿se siguen
#   escondiendo los errores de la diapositiva?
#
# ## Referencias
#
# - Stanford CS231n, «Backpropagation, Intuitions» (grafos de cómputo, los patrones de las
#   puertas, la neurona sigmoide como grafo, gradientes que se suman en las ramificaciones).
#   https://cs231n.github.io/optimization-2/
# - Stanford CS231n, «Neural Networks Part 3: Learning and Evaluation», sección *Gradient Checks*
#   (diferencias centradas, error relativo y sus umbrales). https://cs231n.github.io/neural-networks-3/
# - I. Goodfellow, Y. Bengio y A. Courville (2016), *Deep Learning*, MIT Press, §6.5
#   «Back-Propagation and Other Differentiation Algorithms». https://www.deeplearningbook.org/
# - M. Nielsen (2015), *Neural Networks and Deep Learning*, cap. 2 «How the backpropagation
#   algorithm works». http://neuralnetworksanddeeplearning.com/chap2.html
# - A. Ng et al., Deep Learning Specialization (Coursera), curso 2, tarea «Gradient Checking».
# - D. Rumelhart, G. Hinton y R. Williams (1986), «Learning representations by back-propagating
#   errors», *Nature* 323, 533–536.

# %% [markdown]
# # Unidad 9 · La red XOR con NumPy
#
# **Taller ANN del curso.** En esta unidad construyes, con NumPy y sin ninguna librería de redes
# neuronales, una red pequeña que resuelve un problema que ningún modelo lineal puede resolver:
# la función **XOR** (o exclusivo). (No es la más pequeña posible: una red 2-2-1, con dos entradas
# y dos neuronas ocultas, ya basta; esta tiene además una entrada constante y sesgos, redundantes
# entre sí, y cuatro neuronas ocultas, que la hacen más fácil de entrenar.)
#
# Al terminar habrás escrito las cuatro piezas de cualquier red neuronal:
#
# | función | qué hace | puntos |
# |---|---|---|
# | `feedForward(X, w1, w2, b1, b2)` | propagación hacia adelante | 2 |
# | `costoGlobal(y_est, y)` | entropía cruzada binaria | 2 |
# | `backProp(X, y, w1, w2, b1, b2, a2, a1)` | gradientes por retropropagación | 4 |
# | `entrenarRed(epocas, lr, X, y, w1, b1, w2, b2, a1, a2)` | descenso de gradiente | 3 |
# | pregunta escrita | por qué hace falta la capa oculta | 2 |
#
# **Cómo trabajar.** Escribe tu código donde dice `# TU CÓDIGO AQUÍ` (borra la línea
# `raise NotImplementedError()`), ejecuta la celda y luego la celda de prueba que sigue. Las pruebas
# visibles revisan, en este orden, el **tipo**, la **forma**, los **valores** y los **errores
# típicos**, y te dicen en español qué está mal. Al calificar se ejecutan además pruebas ocultas con
# otras entradas (otros tamaños, otros valores), así que escribe código general: no copies las
# salidas esperadas.
#
# **Convención de formas.** Cada ejemplo es una **columna**: `X` tiene forma `(n_x, m)`, con `m`
# ejemplos; los pesos de una capa con `n_l` neuronas que recibe `n_{l−1}` entradas tienen forma
# `(n_l, n_{l−1})` y sus sesgos `(n_l, 1)`.

# %% fija="configuracion"
# %matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

from course import red_xor as xor
from course.red_xor import (probar_feedForward, probar_costoGlobal, probar_backProp,
                            probar_entrenarRed)

np.set_printoptions(precision=5, suppress=True)

# %% [markdown]
# ## 1. El problema XOR
#
# XOR vale 1 cuando exactamente una de sus dos entradas vale 1:
#
# | x1 | x2 | XOR |
# |:--:|:--:|:---:|
# | 0 | 0 | 0 |
# | 0 | 1 | 1 |
# | 1 | 0 | 1 |
# | 1 | 1 | 0 |
#
# Los puntos de clase 1, (0, 1) y (1, 0), están en una diagonal y los de clase 0 en la otra: **no
# existe una recta que los separe**. Un perceptrón o una regresión logística solo trazan fronteras
# lineales, así que no pueden aprender XOR. Minsky y Papert señalaron esta limitación en 1969. Las
# redes con capas ocultas ya se conocían y se sabía que podían representar XOR; lo que faltaba era
# una forma práctica de **entrenarlas**: eso llegó con la **retropropagación** (Rumelhart, Hinton y
# Williams, 1986), que es lo que programas en esta unidad (y la Unidad 6 · Retropropagación explica
# con grafos de cómputo).
#
# Guardamos la tabla con una **tercera entrada constante igual a 1**. Con ella, la combinación lineal
# de una neurona es `w·x1 + w'·x2 + w''·1`: el peso `w''` de la entrada constante se suma siempre,
# igual que un sesgo. Es el viejo truco de incluir el sesgo como un peso más (el `θ_0` de la regresión
# lineal). En esta red además hay sesgos explícitos `b1`, `b2`; tener ambos es redundante pero
# inofensivo, y te permite comparar las dos formas de escribir lo mismo.
#
# > Nota sobre el material del curso: la diapositiva del taller de retropropagación pide trabajar
# > «sin considerar sesgos (b = 0)». Aquí incluimos `b1` y `b2` y calculamos también sus gradientes;
# > si los fijas en cero, recuperas exactamente el caso de la diapositiva.

# %%
X, y = xor.datos_xor()
print("X, forma", X.shape)
print(X)
print("y, forma", y.shape)
print(y)

# %% [markdown]
# ## 2. La red 3-4-1 y la propagación hacia adelante
#
# La red tiene **3 entradas**, una **capa oculta de 4 neuronas sigmoides** y **1 neurona sigmoide de
# salida**:
#
# | parámetro | forma | papel |
# |---|---|---|
# | `w1` | (4, 3) | una fila por neurona oculta, una columna por entrada |
# | `b1` | (4, 1) | un sesgo por neurona oculta |
# | `w2` | (1, 4) | pesos de la neurona de salida |
# | `b2` | (1, 1) | sesgo de la salida |
#
# Cada capa pasa por dos fases, la **agregación** lineal y la **activación**. Para los `m` ejemplos a
# la vez (una columna cada uno):
#
# $$Z^{[1]} = W^{[1]} X + b^{[1]} \quad (4, m), \qquad A^{[1]} = \sigma(Z^{[1]})$$
#
# $$Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]} \quad (1, m), \qquad A^{[2]} = \sigma(Z^{[2]}) = \hat{y}$$
#
# Por ejemplo, la primera neurona oculta con el primer ejemplo calcula
# $z_1^{[1]} = w_{11} x_1 + w_{12} x_2 + w_{13} \cdot 1 + b_1$. El producto `W @ X` hace estas
# `4 × m` combinaciones de una vez; el sesgo `b1` de forma `(4, 1)` se suma a cada columna por
# *broadcasting* (la «difusión» de NumPy: al sumar un arreglo `(4, 1)` a uno `(4, m)`, NumPy repite
# la columna `b1` en las `m` columnas, sin copiarla; así `W @ X + b` suma el mismo sesgo a cada
# ejemplo).
#
# > **Notas sobre las diapositivas del perceptrón multicapa.** (1) Allí se escribe
# > $Z_1 = W_1^T X + b_1$ con $W_1$ de forma $n_h \times n_x$: con esas formas $W_1^T X$ no se puede
# > multiplicar (sería $(n_x \times n_h)(n_x \times m)$). Con los pesos de una capa en filas, como en
# > este curso, es $Z_1 = W_1 X + b_1$. (2) Para leer la salida sigmoide como clase, la diapositiva
# > dice «clase 0 si $a \le 0$, clase 1 si $a > 0$»; pero $a = \sigma(z)$ está siempre en $(0, 1)$,
# > así que esa regla daría siempre la clase 1. El umbral es $a \ge 0.5$ (o, lo que es lo mismo,
# > $z \ge 0$), como en la tabla de verdad de la sección 6.
#
# La función sigmoide $\sigma(z) = \dfrac{1}{1 + e^{-z}}$ ya está escrita (de forma estable, para que
# no desborde con $|z|$ grandes). Úsala en tus funciones.

# %% dada="sigmoide"

# %% [markdown]
# ### Ejercicio 1 · `feedForward` (2 puntos)
#
# Escribe `feedForward(X, w1, w2, b1, b2)`, que devuelve la tupla `(a1, a2)`:
# `a1 = σ(w1 X + b1)` de forma `(4, m)` y `a2 = σ(w2 a1 + b2)` de forma `(1, m)`.
# Usa el producto matricial (`@` o `np.dot`), no `*`.
#
# **Salida esperada** de la prueba visible (parámetros fijos de `xor.parametros_de_prueba()`):
# `a2 = [[0.55239 0.53148 0.59281 0.57315]]`.

# %% ejercicio="feedForward" puntos=2

# %% [markdown]
# ## 3. El costo: entropía cruzada binaria
#
# La salida $\hat{y} = a^{[2]}$ es la probabilidad que la red asigna a la clase 1. Para un ejemplo,
# la pérdida es
#
# $$L(\hat{y}, y) = -\,y \ln \hat{y} - (1 - y) \ln(1 - \hat{y})$$
#
# (si $y = 1$ solo cuenta $-\ln \hat{y}$, si $y = 0$ solo $-\ln(1 - \hat{y})$), y el **costo global**
# es su promedio sobre los $m$ ejemplos:
#
# $$J = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \ln \hat{y}^{(i)} + (1 - y^{(i)}) \ln(1 - \hat{y}^{(i)}) \right]$$
#
# Usamos logaritmo natural (`np.log`). **Cuidado numérico:** si una predicción vale exactamente 0 o 1,
# `np.log(0)` da `-inf` y el costo sale `nan`. Recorta las predicciones a $[\varepsilon, 1 - \varepsilon]$
# con `np.clip` (por ejemplo $\varepsilon = 10^{-12}$) antes de tomar el logaritmo.
#
# ### Ejercicio 2 · `costoGlobal` (2 puntos)
#
# Escribe `costoGlobal(y_est, y)`, con `y_est` e `y` de forma `(1, m)`, que devuelva el costo como un
# número (`float`), no como un arreglo.
#
# **Salida esperada:** con `y_est = [[0.1, 0.8, 0.6, 0.3]]` y la `y` de XOR, el costo es `0.29900`.

# %% ejercicio="costoGlobal" puntos=2

# %% [markdown]
# ## 4. Retropropagación
#
# Para aprender con descenso de gradiente necesitamos $\partial J / \partial W^{[l]}$ y
# $\partial J / \partial b^{[l]}$ para cada capa. La regla de la cadena los obtiene de atrás hacia
# adelante, reutilizando las activaciones que guardó la propagación hacia adelante.
#
# **La derivada de la sigmoide.** Con $\sigma(z) = (1 + e^{-z})^{-1}$:
#
# $$\sigma'(z) = -(1 + e^{-z})^{-2}(-e^{-z}) = \frac{1}{1 + e^{-z}} \cdot \frac{e^{-z}}{1 + e^{-z}}
# = \frac{1}{1 + e^{-z}} \cdot \left(1 - \frac{1}{1 + e^{-z}}\right) = \sigma(z)\,(1 - \sigma(z))$$
#
# Así que, si ya tenemos $A = \sigma(Z)$, la derivada es simplemente $A \cdot (1 - A)$: **se calcula
# con la activación**, sin volver a aplicar σ.
#
# **La capa de salida se simplifica.** Para un ejemplo,
# $\dfrac{\partial L}{\partial a^{[2]}} = -\dfrac{y}{a^{[2]}} + \dfrac{1 - y}{1 - a^{[2]}}
# = \dfrac{a^{[2]} - y}{a^{[2]}(1 - a^{[2]})}$, y al multiplicar por
# $\dfrac{\partial a^{[2]}}{\partial z^{[2]}} = a^{[2]}(1 - a^{[2]})$ el denominador se cancela:
#
# $$dZ^{[2]} = \frac{\partial L}{\partial z^{[2]}} = A^{[2]} - Y \qquad (1, m)$$
#
# Esto pasa con la pareja sigmoide + entropía cruzada (y con softmax + entropía cruzada categórica):
# en la última capa no hace falta multiplicar por la derivada de la activación.
#
# > **Nota sobre la diapositiva del taller.** Allí se escribe
# > $\frac{\partial L}{\partial z^{[1]}} = (a^{[2]} - y) \cdot W^{[2]} \cdot \sigma'(z^{[1]})$, sin
# > transponer y con «·» para todo. Con las formas del curso hay que transponer $W^{[2]}$ (que es
# > `(1, 4)`: el error vuelve de la salida a las 4 neuronas ocultas) y el producto con
# > $\sigma'(z^{[1]})$ es **elemento a elemento** ($\odot$, `*` en NumPy), no matricial:
# > $dZ^{[1]} = (W^{[2]T} dZ^{[2]}) \odot A^{[1]}(1 - A^{[1]})$, como abajo.
#
# **Las demás derivadas**, promediando sobre los $m$ ejemplos:
#
# $$dW^{[2]} = \frac{1}{m} dZ^{[2]} A^{[1]T} \;(1, 4) \qquad db^{[2]} = \frac{1}{m} \sum_{\text{ejemplos}} dZ^{[2]} \;(1, 1)$$
#
# $$dZ^{[1]} = \left(W^{[2]T} dZ^{[2]}\right) \odot A^{[1]} (1 - A^{[1]}) \;(4, m)$$
#
# $$dW^{[1]} = \frac{1}{m} dZ^{[1]} X^{T} \;(4, 3) \qquad db^{[1]} = \frac{1}{m} \sum_{\text{ejemplos}} dZ^{[1]} \;(4, 1)$$
#
# Cada gradiente tiene la misma forma que su parámetro: es la mejor comprobación rápida. Sumar
# «sobre los ejemplos» es sumar las columnas: `np.sum(dZ, axis=1, keepdims=True)`.
#
# ### Ejercicio 3 · `backProp` (4 puntos)
#
# Escribe `backProp(X, y, w1, w2, b1, b2, a2, a1)`, que devuelve `(dw1, db1, dw2, db2)` en ese orden.
# `a1` y `a2` son las activaciones que devolvió `feedForward` con esos mismos parámetros.
#
# (El enunciado de la diapositiva del taller dice que `backProp` «calcula el vector con las
# predicciones… y retorna las activaciones de cada capa»: es la descripción de `feedForward`
# copiada. `backProp` no predice nada: recibe las activaciones y devuelve los **gradientes**.)
#
# **Salida esperada** (parámetros de prueba): `db2 = [[0.06246]]`, `dw2 = [[0.03806 0.0273 0.02956 0.02814]]`.
# La prueba oculta compara además tus gradientes con un **gradiente numérico**.

# %% ejercicio="backProp" puntos=4

# %% [markdown]
# ### Verifica tus gradientes numéricamente
#
# Para cualquier parámetro θ, la derivada se puede aproximar con diferencias centrales,
# $\dfrac{J(\theta + h) - J(\theta - h)}{2h}$. Esta celda compara tu `backProp` con esa aproximación
# calculada con **tu** `feedForward` y **tu** `costoGlobal` (no usa ninguna solución). Un error
# relativo por debajo de `1e-6` (la tolerancia del curso; bien escritas suelen dar ~1e-9) indica que tus tres funciones son coherentes.

# %%
errores = xor.verificar_gradientes(backProp, feedForward, costoGlobal)

# %% [markdown]
# ## 5. Entrenamiento por descenso de gradiente
#
# Con los gradientes, cada iteración mueve cada parámetro un paso pequeño en la dirección que más
# reduce el costo:
#
# $$W^{[l]} \leftarrow W^{[l]} - \alpha\, dW^{[l]} \qquad b^{[l]} \leftarrow b^{[l]} - \alpha\, db^{[l]}$$
#
# donde α (`lr`) es la **tasa de aprendizaje**. Aquí usamos todos los ejemplos en cada paso
# (descenso de gradiente por lotes completos), así que «época» e «iteración» coinciden.
#
# ### Ejercicio 4 · `entrenarRed` (3 puntos)
#
# Escribe `entrenarRed(epocas, lr, X, y, w1, b1, w2, b2, a1, a2)`. En cada iteración `i`:
#
# 1. propaga hacia adelante con los parámetros actuales;
# 2. guarda en `costos[i]` el costo **antes** de actualizar;
# 3. retropropaga;
# 4. actualiza los cuatro parámetros.
#
# Devuelve `(w1, b1, w2, b2, costos)`, con `costos` una lista de exactamente `epocas` números. Los
# argumentos `a1`, `a2` vienen de la firma del curso: recíbelos, pero recalcula las activaciones en
# cada iteración. Puedes (y debes) llamar a tus funciones `feedForward`, `costoGlobal` y `backProp`.
#
# **Salida esperada** (5 iteraciones, `lr = 2.0`, parámetros de prueba): el primer costo es `0.70253`
# y el último `0.69422`.

# %% ejercicio="entrenarRed" puntos=3

# %% [markdown]
# ## 6. Entrena tu red
#
# Inicializamos los pesos al azar (con todos los pesos iguales, las cuatro neuronas ocultas
# recibirían el mismo gradiente y seguirían siendo idénticas para siempre: hay que romper la simetría)
# y los sesgos en cero. Luego entrenamos 5000 iteraciones con `lr = 2.0`.
#
# **¿Por qué normales de desviación 1?** Las diapositivas piden pesos «cercanos a cero» y la
# Unidad 10 (MNIST) usa la inicialización de Glorot, con varianza $2/(n_{in} + n_{out})$. Con 784
# entradas eso es imprescindible: pesos $N(0, 1)$ darían puntajes de desviación ≈ 10 y saturarían las
# neuronas. Aquí cada neurona oculta recibe solo 3 entradas de 0 o 1, así que con $N(0, 1)$ los
# puntajes son del orden de 1 a 2, en la zona útil de la sigmoide, y Glorot daría una escala parecida
# ($\sqrt{2/(3 + 4)} \approx 0.53$). Demasiado **cerca** de cero, en cambio, es un problema: con pesos
# × 0.01 todas las neuronas ocultas empiezan en σ(0) = 0.5, los gradientes son diminutos y la red se
# queda en la meseta del costo $\ln 2 \approx 0.693$ (pruébalo: `xor.parametros_iniciales(semilla=1,
# escala=0.01)` no sale de ahí en 5000 iteraciones). La Unidad 8 · Inicialización estudia esto a fondo.

# %%
w1, b1, w2, b2 = xor.parametros_iniciales(semilla=1)
a1, a2 = feedForward(X, w1, w2, b1, b2)
w1, b1, w2, b2, costos = entrenarRed(5000, 2.0, X, y, w1, b1, w2, b2, a1, a2)
print(f"costo inicial {costos[0]:.4f}  →  costo final {costos[-1]:.6f}")
xor.graficar_costos(costos);

# %% [markdown]
# La **tabla de verdad aprendida**: la red debe predecir 0, 1, 1, 0 (umbral 0.5).

# %%
a1, a2 = feedForward(X, w1, w2, b1, b2)
xor.tabla_de_verdad(X, y, a2)

# %% [markdown]
# Y las **regiones de decisión**: el color es la probabilidad ŷ que la red asigna a la clase 1 en cada
# punto (x1, x2) del plano (con la entrada constante en 1); la línea negra es la frontera ŷ = 0.5.
# Fíjate en que no es una recta.

# %%
xor.graficar_regiones(feedForward, w1, b1, w2, b2, titulo="Regiones de decisión de tu red");

# %% [markdown]
# ## 7. Pregunta (2 puntos, calificación manual)
#
# Una regresión logística con las mismas entradas (x1, x2, 1) es esta misma red **sin capa oculta**.
# Explica con tus palabras por qué esa regresión logística no puede aprender XOR por más que se entrene,
# y qué hace la capa oculta para que la red sí pueda. Apóyate en la gráfica de regiones de decisión.

# %% [markdown] pregunta="pregunta_capa_oculta" puntos=2
# La regresión logística predice la clase 1 cuando $w \cdot x + b \ge 0$: su frontera de decisión es
# una recta en el plano (x1, x2). Los puntos de XOR de clase 1, (0, 1) y (1, 0), y los de clase 0,
# (0, 0) y (1, 1), están en diagonales cruzadas, así que toda recta deja al menos un punto del lado
# equivocado: el costo nunca baja de cierto valor, por más iteraciones que haga.
#
# La capa oculta transforma cada punto en cuatro nuevas coordenadas $a^{[1]} = \sigma(W^{[1]} x + b^{[1]})$,
# cada una una frontera lineal «suavizada». En ese nuevo espacio los puntos sí son separables por un
# hiperplano, que es lo que aprende la neurona de salida. Vista en el plano original, la frontera es
# la combinación no lineal de varias rectas: la banda diagonal de la gráfica.

# %% [markdown]
# ## 8. Para experimentar (sin calificación)
#
# - Entrena con `lr = 0.1` y con `lr = 20`. ¿Qué pasa con la curva de costo?
# - Inicializa todos los pesos en cero (`np.zeros`). ¿Aprende la red? ¿Por qué?
# - Cambia la semilla de `parametros_iniciales`. ¿Encuentra siempre la misma solución?
# - Quita los sesgos explícitos (fija `b1` y `b2` en cero y no los actualices): como la tercera
#   entrada es constante, la red sigue pudiendo aprender XOR.

# %% [markdown]
# # Unidad 10 · MNIST con NumPy
#
# **Tarea ANN del curso.** Vas a entrenar, solo con NumPy, la red de la tarea: **784 entradas**
# (los 28 × 28 píxeles de una imagen de un dígito), **una capa oculta de 512 neuronas** y **10
# neuronas de salida con softmax**, una por dígito. Es la misma red de la Unidad 9 (la red XOR)
# con tres cambios: muchas más neuronas, una salida que reparte probabilidad entre 10 clases y
# entrenamiento por **mini-lotes**.
#
# | función | qué hace | puntos |
# |---|---|---|
# | `softmax(Z)` | probabilidades por columna, estable | 2 |
# | `tanh(Z)`, `tanhGrad(A)` | activación tanh y su derivada con la activación | 1 + 1 |
# | `relu(Z)`, `reluGrad(A)` | activación ReLU y su derivada con la activación | 1 + 1 |
# | `initParams(nx, nh, ny, semilla)` | inicialización de Glorot/Xavier | 2 |
# | `feedForward(X, w1, w2, b1, b2, activacion)` | propagación hacia adelante | 2 |
# | `costoGlobal(y_est, y)` | entropía cruzada categórica | 2 |
# | `backProp(X, y, w1, w2, b1, b2, a2, a1, activacion)` | gradientes | 4 |
# | `entrenarRed(epocas, lr, X, y, w1, b1, w2, b2, a1, a2, tamLote, semilla, activacion)` | descenso de gradiente y SGD | 4 |
# | `predecir(X, w1, b1, w2, b2)` | la clase de cada imagen | 1 |
# | dos preguntas escritas | | 2 + 2 |
#
# **Cómo trabajar.** Escribe tu código donde dice `# TU CÓDIGO AQUÍ` (borra
# `raise NotImplementedError()`), ejecuta la celda y luego su celda de prueba. Las pruebas visibles
# usan una red **pequeña** (5-4-3 con 6 ejemplos) para que sus números se puedan leer; al calificar
# se ejecutan además pruebas ocultas con otros tamaños, así que escribe código general.
#
# **Convención de formas.** Cada ejemplo es una **columna**: `X` tiene forma `(784, m)`, las
# etiquetas one-hot `y` forma `(10, m)`, `w1` `(512, 784)`, `b1` `(512, 1)`, `w2` `(10, 512)` y
# `b2` `(10, 1)`.

# %% fija="configuracion"
# %matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

from course import mnist
from course.mnist import (probar_softmax, probar_tanh, probar_tanhGrad, probar_relu,
                          probar_reluGrad, probar_initParams, probar_feedForward,
                          probar_costoGlobal, probar_backProp, probar_entrenarRed,
                          probar_predecir)

np.set_printoptions(precision=5, suppress=True)

# %% [markdown]
# **Tu configuración.** Esta celda es tuya (no está bloqueada): cámbiala y vuelve a ejecutar el
# cuaderno desde aquí.
#
# - `ENTRENAMIENTO_COMPLETO = False`: entrenamiento corto con una parte de los datos (segundos);
#   `True`: el de la tarea, con todo el conjunto de entrenamiento (varios minutos).
# - `CARPETA_MNIST`: si no tienes internet, la carpeta donde copiaste los cuatro archivos `.gz`
#   de MNIST (p. ej. `"/home/ana/mnist"`); `None` para descargarlos la primera vez o usar los
#   de la variable de entorno `MNIST_DIR` si la definiste antes de abrir JupyterLab.

# %%
ENTRENAMIENTO_COMPLETO = False
CARPETA_MNIST = None

# %% [markdown]
# ## 1. Los datos
#
# MNIST son 70 000 imágenes de dígitos escritos a mano, de 28 × 28 píxeles en grises (0 a 255):
# 60 000 de entrenamiento y 10 000 de prueba. `mnist.cargar_mnist()` las descarga la primera vez
# (verificando la suma SHA-256 de cada archivo) y las guarda en caché. Sin internet, copia los
# cuatro archivos `.gz` en una carpeta y define la variable de entorno `MNIST_DIR` con ella. Si
# solo están los archivos de prueba, los divide; si no hay nada, usa los dígitos de 8 × 8 de
# scikit-learn. **Siempre imprime qué datos usó: léelo.**
#
# Lo que devuelve ya viene preparado para la red: píxeles escalados a [0, 1] (normalizar las
# entradas mantiene las activaciones en la zona útil de tanh), un ejemplo por columna y etiquetas
# **one-hot**: la etiqueta 3 es la columna `(0, 0, 0, 1, 0, 0, 0, 0, 0, 0)ᵀ`. Apartamos además un
# conjunto de **validación** para vigilar el sobreajuste mientras entrenamos; el de **prueba** solo
# se usa al final.

# %%
datos = mnist.cargar_mnist(CARPETA_MNIST)
if not ENTRENAMIENTO_COMPLETO:
    datos = datos.recortar(n_ent=1500, n_val=500)
print("X_ent", datos.X_ent.shape, datos.X_ent.dtype, " Y_ent", datos.Y_ent.shape)
print("etiqueta del primer ejemplo:", datos.etiquetas_ent[0], "→ one-hot", datos.Y_ent[:, 0])
mnist.mostrar_ejemplos(datos);

# %% [markdown]
# ## 2. Softmax: de puntajes a probabilidades
#
# La capa de salida produce 10 puntajes `z` por ejemplo. **Softmax** los convierte en
# probabilidades positivas que suman 1:
#
# $$\text{softmax}(z)_i = \frac{e^{z_i}}{\sum_{j=1}^{k} e^{z_j}}$$
#
# Es la generalización de la sigmoide a más de dos clases: con dos clases y $z = (x, 0)$,
# $\text{softmax}(z)_1 = \dfrac{e^x}{e^x + e^0} = \dfrac{1}{1 + e^{-x}} = \sigma(x)$.
#
# Como cada **columna** es un ejemplo, softmax se aplica columna por columna: cada columna del
# resultado suma 1.
#
# **Estabilidad numérica.** `np.exp(1000)` desborda a `inf` y `inf/inf` da `nan`. Pero restar la
# misma constante $c$ a todos los puntajes de una columna no cambia el resultado:
# $\dfrac{e^{z_i - c}}{\sum_j e^{z_j - c}} = \dfrac{e^{-c} e^{z_i}}{e^{-c} \sum_j e^{z_j}}$. Con
# $c = \max_j z_j$ el mayor exponente es $e^0 = 1$ y nada desborda. Ojo: el máximo es **el de cada
# columna** (`axis=0, keepdims=True`), no el de toda la matriz.
#
# La tabla de la diapositiva muestra el efecto «no proporcional» de softmax. Cuidado con leerla
# como «diferencias pequeñas entre puntajes grandes pesan mucho»: es al revés. Por la propiedad de
# arriba, $\text{softmax}(z + c) = \text{softmax}(z)$, así que el tamaño de los puntajes no
# importa, **solo sus diferencias**: la fila `[3.0, 2.9, 2.8]` (diferencias de 0.1) da
# probabilidades casi iguales, `[0.367, 0.332, 0.301]`, y daría exactamente lo mismo con
# `[103.0, 102.9, 102.8]`. Lo que hace que la ganadora se lleve casi todo es **escalar** los
# puntajes: la última fila es la anterior por 10 (una diferencia de 30 en vez de 3), y pasa de
# 0.909 a 1.0 frente a $9.4 \cdot 10^{-14}$. (La Unidad 5, sección 7, lo explica igual.)
#
# | entrada | softmax |
# |---|---|
# | [3.0, 1.0, 0.2] | [0.8360188, 0.11314284, 0.05083836] |
# | [3.0, 2.9, 2.8] | [0.3671654, 0.33222499, 0.30060961] |
# | [3.0, 0.2, 0.1] | [0.89619123, 0.05449744, 0.04931133] |
# | [3.0, 0.02, 0.01] | [0.908199, 0.04613, 0.045671] |
# | [3.0, 0.0002, 0.0001] | [0.90943064, 0.04528694, 0.04528241] |
# | [3.0, 0.00000002, 0.00000001] | [0.909443, 0.0452785, 0.0452785] |
# | [30.0, 0.00000002, 0.00000001] | [1.00000000e+00, 9.35762316e-14, 9.35762306e-14] |
#
# ### Ejercicio 1 · `softmax` (2 puntos)
#
# Escribe `softmax(Z)` para `Z` de forma `(k, m)` **y** `(k,)` (un solo ejemplo). La prueba
# reproduce la tabla, una matriz y puntajes de ±1000.
#
# **Salida esperada:** `softmax(np.array([3.0, 1.0, 0.2]))` → `[0.8360188 0.11314284 0.05083836]`;
# con los puntajes de ±1000 de la prueba, la primera columna da `[0.66524 0.24473 0.09003]`, lo
# mismo que `[2, 1, 0]` (solo cuentan las diferencias).

# %% ejercicio="softmax" puntos=2

# %%
mnist.tabla_softmax(softmax)

# %% [markdown]
# ## 3. Activaciones de la capa oculta y sus derivadas
#
# La tarea pide que la red funcione con **tanh** o con **ReLU** en la capa oculta:
#
# | activación | $a(z)$ | derivada, escrita con la activación $A$ |
# |---|---|---|
# | tanh | $\dfrac{e^z - e^{-z}}{e^z + e^{-z}}$ | $1 - A^2$ |
# | ReLU | $\max(0, z)$ | $1$ si $A > 0$, $0$ si $A = 0$ |
#
# Las derivadas se escriben **con la activación** que guardó `feedForward`, no con $z$:
# `tanhGrad(A)` recibe $A = \tanh(Z)$ y devuelve $1 - A^2$; si le pasas $Z$ el resultado es otro.
# La derivada de ReLU no está definida en $z = 0$; el curso toma 0 ahí (por eso `A > 0`, no
# `A >= 0`).
#
# ### Ejercicios 2 a 5 · `tanh`, `tanhGrad`, `relu`, `reluGrad` (1 punto cada una)
#
# Usa `np.tanh` (la fórmula con exponenciales desborda para $|z|$ grande) y `np.maximum`
# (no `np.max`, que reduce un eje). `reluGrad` debe devolver números `0.0`/`1.0`, no booleanos.
#
# **Salida esperada** (primera fila de las entradas de la prueba visible,
# `Z = [-800, -3, -0.5, 0, 0.25, 2, 800]`):
#
# - `tanh(Z)` → `[-1, -0.99505, -0.46212, 0, 0.24492, 0.96403, 1]` (sin `nan` en ±800);
# - `tanhGrad(A)` con `A = tanh([-3, -0.5, 0, 0.25, 2])` → `[0.00987, 0.78645, 1, 0.94001, 0.07065]`;
# - `relu(Z)` → `[0, 0, 0, 0, 0.25, 2, 800]`;
# - `reluGrad(relu(Z))` → `[0, 0, 0, 0, 1, 1, 1]` (en $z = 0$, 0).

# %% ejercicio="tanh" puntos=1

# %% ejercicio="tanhGrad" puntos=1

# %% ejercicio="relu" puntos=1

# %% ejercicio="reluGrad" puntos=1

# %% [markdown]
# ## 4. Inicialización de Glorot (Xavier)
#
# Los pesos deben empezar **al azar** (si todos valen lo mismo, las 512 neuronas reciben el mismo
# gradiente y siguen siendo idénticas) y **pequeños** (para que tanh no se sature). ¿Cuán
# pequeños? Si las entradas $x_j$ y los pesos son independientes, de media 0, la neurona
# $z_i = \sum_{j=1}^{n_{in}} w_{ij} x_j$ tiene
#
# $$\operatorname{Var}[z_i] = n_{in}\, \sigma_W^2\, \sigma_X^2 .$$
#
# > **Dos erratas de la diapositiva de esta cuenta** (la de capas densas e inicialización). Al
# > desarrollar $E[y_i^2] = E\left[\sum_k w_{ik}x_k \sum_l w_{il}x_l\right]$ escribe
# > $\sum_k\sum_l E[w_{ik}x_k]\,E[w_{il}x_l]$: separar la esperanza del producto así solo vale
# > si $k \ne l$ (para $k = l$ es $E[(w_{ik}x_k)^2]$, que no es $E[w_{ik}x_k]^2 = 0$); la línea
# > correcta, que la misma diapositiva escribe después, es
# > $\sum_k\sum_l E[w_{ik}w_{il}]\,E[x_k x_l]$, y de ella solo sobreviven los términos $k = l$.
# > Y en el resultado, $\sum_k E[w_{ik}^2]\,E[x_{ik}^2]$, el índice de $x$ es $x_k$ (la entrada
# > $k$, la misma para todas las neuronas), no $x_{ik}$: $\sum_k E[w_{ik}^2]\,E[x_k^2] =
# > n\,\sigma_W^2\sigma_X^2$.
#
# Para que la varianza no crezca ni se apague al avanzar, se pide $n_{in} \sigma_W^2 = 1$; mirando
# el paso hacia atrás, $n_{out} \sigma_W^2 = 1$. Glorot y Bengio (2010) promedian las dos
# condiciones: $\sigma_W^2 = \dfrac{2}{n_{in} + n_{out}}$. Con una uniforme $U[-a, a]$, cuya
# varianza es $a^2/3$:
#
# $$W \sim U\left[-\frac{\sqrt{6}}{\sqrt{n_{in} + n_{out}}},\; +\frac{\sqrt{6}}{\sqrt{n_{in} + n_{out}}}\right], \qquad b = 0 .$$
#
# > Nota sobre el material del curso: una diapositiva escribe $\sigma_W = \sqrt{6/(n_{in}+n_{out})}$
# > para la uniforme; ese número es la **cota** $a$, no la desviación estándar (que es
# > $a/\sqrt{3} = \sqrt{2/(n_{in}+n_{out})}$).
#
# Para `w1`, $n_{in} = 784$ y $n_{out} = 512$: $a = \sqrt{6}/36 \approx 0.068$.
#
# ### Ejercicio 6 · `initParams` (2 puntos)
#
# `initParams(nx=784, nh=512, ny=10, semilla=None)` devuelve `(w1, b1, w2, b2)`. Crea el generador
# con `np.random.default_rng(semilla)` y usa su `uniform`. Como los pesos son aleatorios, la prueba
# no compara números: revisa formas, sesgos en cero, que los pesos estén dentro de $\pm a$ y
# lleguen cerca de $a$, su media y su varianza, y que la misma semilla dé los mismos pesos.
#
# **Salida esperada:** `initParams(semilla=0)` da `w1` `(512, 784)` con todos sus valores en
# $\pm 0.068$, `w2` `(10, 512)` en $\pm\sqrt{6}/\sqrt{522} \approx \pm 0.107$, `b1` `(512, 1)` y
# `b2` `(10, 1)` en cero; la varianza de `w1` es $\approx 2/1296 = 0.00154$.

# %% ejercicio="initParams" puntos=2

# %% [markdown]
# ## 5. Propagación hacia adelante
#
# $$Z^{[1]} = W^{[1]} X + b^{[1]},\quad A^{[1]} = g(Z^{[1]}) \quad (512, m)$$
#
# $$Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]},\quad A^{[2]} = \text{softmax}(Z^{[2]}) = \hat{Y} \quad (10, m)$$
#
# con $g$ = tanh o ReLU según el argumento `activacion`. La diapositiva de la tarea pide «dejar el
# código para tanh y en comentario las líneas de ReLU»; aquí las dos quedan activas y el argumento
# elige (por defecto `"tanh"`).
#
# ### Ejercicio 7 · `feedForward` (2 puntos)
#
# Devuelve `(a1, a2)`. Usa **tu** `softmax` para la salida (así hereda su estabilidad: la prueba
# incluye dos ejemplos cuyos puntajes de salida están a ±1600, que una softmax con el máximo
# global convierte en `nan`).
#
# **Salida esperada** (red 5-4-3 de la prueba visible): la primera columna de `a2` es
# `[0.38699, 0.15831, 0.4547]` (suma 1) con tanh, y `[0.44405, 0.21081, 0.34514]` con
# `activacion="relu"`.

# %% ejercicio="feedForward" puntos=2

# %% [markdown]
# ## 6. El costo: entropía cruzada categórica
#
# Para un ejemplo con etiqueta one-hot $y$ y predicción $\hat{y}$, la pérdida es
# $L(\hat{y}, y) = -\sum_{i=1}^{k} y_i \ln \hat{y}_i$: como solo una $y_i$ vale 1, es
# $-\ln(\text{probabilidad asignada a la clase correcta})$. El costo global es el promedio sobre
# los $m$ ejemplos:
#
# $$J = -\frac{1}{m} \sum_{\text{ejemplos}} \sum_{\text{clases}} y \ln \hat{y}$$
#
# Es la generalización de la entropía cruzada binaria de XOR; **no** lleva el término
# $(1 - y)\ln(1 - \hat{y})$. Divide entre $m$ = número de **columnas** (no entre $k \cdot m$, que es
# lo que hace `np.mean` sobre toda la matriz). Y protege el logaritmo: softmax puede dar ceros
# exactos, y `0 * np.log(0)` es `nan`; recorta con `np.clip(y_est, 1e-12, 1.0)`.
#
# ### Ejercicio 8 · `costoGlobal` (2 puntos)
#
# **Salida esperada:** con las probabilidades de la prueba visible (6 ejemplos, 3 clases), el costo
# es `0.46757`; la fórmula binaria daría `0.88561`. Con predicciones perfectas (ceros y unos
# exactos), `0` sin `nan`.

# %% ejercicio="costoGlobal" puntos=2

# %% [markdown]
# ## 7. Retropropagación: softmax + entropía cruzada se simplifican
#
# Para un ejemplo, con $\hat{y} = \text{softmax}(z)$, $\dfrac{\partial \hat{y}_j}{\partial z_i} =
# \hat{y}_j(\delta_{ij} - \hat{y}_i)$, y la regla de la cadena da
#
# $$\frac{\partial L}{\partial z_i} = -\sum_j \frac{y_j}{\hat{y}_j}\,\hat{y}_j(\delta_{ij} - \hat{y}_i)
# = -y_i + \hat{y}_i \sum_j y_j = \hat{y}_i - y_i ,$$
#
# porque $\sum_j y_j = 1$. Igual que sigmoide + entropía cruzada binaria: **en la última capa
# $dZ^{[2]} = A^{[2]} - Y$** y no hace falta ninguna derivada de softmax (por eso la tarea dice que
# no se necesita `softmaxGrad`). El resto es como en XOR, cambiando la derivada de la activación:
#
# $$dW^{[2]} = \tfrac{1}{m} dZ^{[2]} A^{[1]T},\quad db^{[2]} = \tfrac{1}{m}\textstyle\sum dZ^{[2]},\quad
# dZ^{[1]} = (W^{[2]T} dZ^{[2]}) \odot g'(Z^{[1]}),\quad dW^{[1]} = \tfrac{1}{m} dZ^{[1]} X^T,\quad
# db^{[1]} = \tfrac{1}{m}\textstyle\sum dZ^{[1]}$$
#
# con $g'(Z^{[1]})$ = `tanhGrad(a1)` o `reluGrad(a1)`: **con la activación** $A^{[1]}$.
#
# ### Ejercicio 9 · `backProp` (4 puntos)
#
# Devuelve `(dw1, db1, dw2, db2)`. La prueba oculta compara también con un gradiente numérico.
#
# **Salida esperada** (red 5-4-3 de la prueba visible, tanh): `db2 = [[0.12128], [-0.08997],
# [-0.03131]]` (suma 0: cada columna de $A^{[2]} - Y$ suma 0) y `db1[0] = 0.05986`.

# %% ejercicio="backProp" puntos=4

# %%
errores = mnist.verificar_gradientes(backProp, feedForward, costoGlobal)
errores_relu = mnist.verificar_gradientes(backProp, feedForward, costoGlobal, activacion="relu")


# %% [markdown]
# ## 8. Entrenamiento: lotes completos y mini-lotes (SGD)
#
# Con 60 000 imágenes, calcular el gradiente con todas antes de dar un paso es lento. El
# **descenso de gradiente estocástico por mini-lotes** baraja los ejemplos al comienzo de cada
# **época**, los parte en lotes de `tamLote` columnas y da un paso por lote: muchas
# actualizaciones baratas y algo ruidosas por época.
#
# `entrenarRed(epocas, lr, X, y, w1, b1, w2, b2, a1, a2, tamLote=None, semilla=None, activacion="tanh")`:
#
# - `tamLote=None`: un paso por época con todos los ejemplos (como en XOR); `costos[i]` es el costo
#   **antes** de la actualización `i`.
# - `tamLote` entero: en cada época, una permutación nueva con `rng = np.random.default_rng(semilla)`
#   (créalo **una vez**, antes del bucle) y lotes `orden[i:i + tamLote]` para `i` en
#   `range(0, m, tamLote)`; el último lote puede ser más pequeño y también cuenta. `costos[e]` es la
#   **media sin ponderar de los costos de los lotes** de la época `e` (cada uno medido antes de su
#   paso): `np.mean` de la lista de costos de la época, un valor por lote.
#
#   Ojo con lo que eso significa: todos los lotes pesan lo mismo, también el último aunque sea
#   más pequeño. Con `m = 9` y `tamLote = 4` (lotes de 4, 4 y 1), el costo de **un** ejemplo
#   cuenta tanto como el de cuatro. El costo medio por ejemplo sería la media **ponderada** por el
#   tamaño de cada lote, $\sum_b n_b J_b / m$. El curso usa la media sin ponderar y las pruebas
#   la exigen: con
#   `lr = 0` los parámetros no cambian, y entonces la media ponderada sería siempre el costo de
#   todos los ejemplos, mientras que la sin ponderar delata qué ejemplos cayeron en el lote corto;
#   así la prueba comprueba que barajas en cada época sin depender de tus sorteos.
# - Al final de cada época llama a `barraProgreso(epoca + 1, epocas, costos[-1])` (ya escrita
#   abajo: una barra de tqdm, gráfica en JupyterLab).
# - Devuelve `(w1, b1, w2, b2, costos)` con `len(costos) == epocas`.
#
# Las pruebas de los mini-lotes no dependen de tus sorteos: con `lr = 0` comprueban que los lotes
# cambian de una época a otra y que el último no se pierde, y con ejemplos idénticos que cada
# época da exactamente ⌈m/tamLote⌉ pasos.

# %% dada="barraProgreso" grade_id="barra_progreso"

# %% [markdown]
# ### Ejercicio 10 · `entrenarRed` (4 puntos)
#
# **Salida esperada** (red 5-4-3 de la prueba visible, `tamLote=None`, `lr = 0.5`, 5 épocas):
# `costos ≈ [1.16621, 1.12847, 1.11088, 1.09976, 1.09128]`. Con mini-lotes no hay un número fijo
# (depende de tus sorteos): la prueba revisa las propiedades de arriba.

# %% ejercicio="entrenarRed" puntos=4

# %% [markdown]
# ### Ejercicio 11 · `predecir` (1 punto)
#
# La clase predicha es la de mayor probabilidad: `np.argmax(a2, axis=0)`, forma `(m,)`. Cuidado:
# `predecir` recibe `(X, w1, b1, w2, b2)`, pero `feedForward` espera `(X, w1, w2, b1, b2)`.
#
# **Salida esperada** (red 5-4-3 de la prueba visible): `[2 1 0 0 0 0]`, forma `(6,)`.

# %% ejercicio="predecir" puntos=1

# %% [markdown]
# ## 9. Entrena tu red 784-512-10
#
# Con `ENTRENAMIENTO_COMPLETO = False` se entrena con 1 500 imágenes durante pocas épocas (unos
# segundos); con `True`, con todo el conjunto de entrenamiento (la tarea: espera más del 97 % de
# exactitud en MNIST). `mnist.entrenar_con_validacion` llama a **tu** `entrenarRed` época a época
# y mide el costo de validación al final de cada una.

# %%
EPOCAS = 20 if ENTRENAMIENTO_COMPLETO else 6
LR, TAM_LOTE = 0.3, 128
nx, nh = datos.X_ent.shape[0], 512
# float32 como los datos: la mitad de memoria y productos matriciales el doble de rápidos.
params = [p.astype(np.float32) for p in initParams(nx, nh, 10, semilla=0)]
params_tanh, historia_tanh = mnist.entrenar_con_validacion(
    entrenarRed, feedForward, costoGlobal, predecir, datos, params,
    epocas=EPOCAS, lr=LR, tamLote=TAM_LOTE, activacion="tanh")

# %% [markdown]
# La variante **ReLU** (la tarea pide que la red funcione con ambas): mismos datos, misma
# inicialización. (Para ReLU suele preferirse la inicialización de He, con varianza $2/n_{in}$;
# aquí usamos la misma para comparar solo la activación.)

# %%
params_relu, historia_relu = mnist.entrenar_con_validacion(
    entrenarRed, feedForward, costoGlobal, predecir, datos, params,
    epocas=EPOCAS, lr=LR, tamLote=TAM_LOTE, activacion="relu")
mnist.graficar_curvas({"tanh": historia_tanh, "ReLU": historia_relu});

# %% [markdown]
# ## 10. Resultados en el conjunto de prueba
#
# La **exactitud** de prueba se mide una sola vez, al final, con imágenes que la red nunca vio.

# %%
w1, b1, w2, b2 = params_tanh
pred = predecir(datos.X_pru, w1, b1, w2, b2)
print(f"Exactitud de prueba (tanh): {mnist.exactitud(pred, datos.Y_pru):.2%}  — datos: {datos.fuente}")
_, a2_relu = feedForward(datos.X_pru, params_relu[0], params_relu[2], params_relu[1],
                         params_relu[3], activacion="relu")
print(f"Exactitud de prueba (ReLU): {mnist.exactitud(np.argmax(a2_relu, axis=0), datos.Y_pru):.2%}")
C = mnist.matriz_de_confusion(pred, datos.Y_pru)
mnist.graficar_matriz_de_confusion(C, datos.clases);

# %% [markdown]
# Los **peores errores**: imágenes mal clasificadas en las que la red estaba más segura. Muchos son
# dígitos ambiguos incluso para una persona.

# %%
_, a2 = feedForward(datos.X_pru, w1, w2, b1, b2)
mnist.mostrar_peores_errores(datos.X_pru, datos.Y_pru, a2, datos.lado, clases=datos.clases);

# %% [markdown]
# Cada neurona oculta tiene 784 pesos, uno por píxel: se pueden dibujar como una imagen de
# 28 × 28 (de 8 × 8 si se usó el respaldo de scikit-learn). Rojo = la neurona se activa con tinta
# en ese píxel; azul = la tinta allí la inhibe. Tras un entrenamiento corto los pesos siguen
# dominados por su valor aleatorio inicial, así que la primera figura es casi ruido; la segunda
# muestra el **cambio** desde la inicialización, donde ya aparecen trazos. Los píxeles del borde,
# siempre en blanco en MNIST, no reciben gradiente: su cambio es cero.

# %%
mnist.graficar_pesos_ocultos(w1, datos.lado)
mnist.graficar_pesos_ocultos(w1, datos.lado, inicial=params[0]);

# %% [markdown]
# ## 11. Preguntas (2 puntos cada una, calificación manual)
#
# **Pregunta 1.** Explica con tus palabras por qué en la capa de salida basta con
# $dZ^{[2]} = A^{[2]} - Y$, y por qué `tanhGrad` y `reluGrad` reciben la activación $A$ y no $Z$.
# ¿Qué pasaría en `backProp` si le pasaras `z1` a `tanhGrad`?

# %% [markdown] pregunta="pregunta_softmax_gradiente" puntos=2
# La derivada de softmax respecto a sus puntajes, multiplicada por la de la entropía cruzada
# $-\sum y \ln \hat{y}$, se simplifica porque las etiquetas one-hot suman 1: queda $\hat{y} - y$. No
# hace falta derivar softmax por separado. Las derivadas de tanh y ReLU se pueden escribir en
# función de la salida: $\tanh'(z) = 1 - \tanh^2(z) = 1 - A^2$ y ReLU'(z) = 1 si $A > 0$; así se
# reutilizan las activaciones que guardó el paso hacia adelante. Si se pasa `z1` a `tanhGrad`, se
# calcula $1 - z_1^2$, que no es la derivada (puede ser negativa para $|z_1| > 1$), y los
# gradientes de la capa oculta salen mal: la verificación numérica lo detecta.

# %% [markdown]
# **Pregunta 2.** Mira la matriz de confusión, los peores errores y las curvas de validación.
# ¿Qué dígitos confunde más tu red y por qué crees que pasa? ¿Ves sobreajuste en las curvas? ¿Qué
# diferencia observas entre tanh y ReLU?

# %% [markdown] pregunta="pregunta_resultados" puntos=2
# Las confusiones más frecuentes suelen ser entre dígitos de trazo parecido: 4 y 9, 3 y 5, 7 y 9,
# 2 y 7. En los peores errores aparecen dígitos mal escritos o ambiguos. Hay sobreajuste cuando el
# costo de entrenamiento sigue bajando y el de validación se estanca o sube; con pocas épocas y
# pocos datos eso todavía no ocurre o es leve. Con la misma tasa de aprendizaje, ReLU suele bajar
# el costo algo más rápido porque no se satura para valores positivos, mientras que tanh da curvas
# más suaves.

# %% [markdown]
# ## 12. Para experimentar (sin calificación)
#
# - Pon `ENTRENAMIENTO_COMPLETO = True` y entrena 20 épocas: ¿qué exactitud de prueba alcanzas?
# - Cambia `TAM_LOTE` a 1, 32 y `None` (lotes completos). ¿Qué pasa con el tiempo por época y con
#   la curva de costo?
# - Inicializa los pesos con una normal de desviación 1. ¿Qué les pasa a las activaciones tanh?
# - Prueba el mismo cuaderno con Fashion-MNIST: `mnist.cargar_mnist(conjunto="fashion")`.

# %% [markdown]
# # Unidad 1 · Funciones de costo
#
# Entrenar una red es un problema de
# optimización: buscar los parámetros $w$ y $b$ que hacen mínima una **función de costo**. Antes de
# minimizar nada hay que saber medir cuánto se equivoca la red, y eso es lo que construyes aquí, con
# NumPy y sin librerías de redes neuronales.
#
# | función | qué hace | puntos |
# |---|---|---|
# | `codificarOneHot(etiquetas, k)` | etiquetas enteras → vectores $y(x)$ de k componentes | 2 |
# | `costoCuadratico(A, Y)` | el costo cuadrático del curso, $\frac{1}{2n}\sum_x \lVert y(x) - a\rVert^2$ | 2 |
# | `entropiaCruzadaBinaria(y_est, y)` | entropía cruzada de una salida sigmoide | 2 |
# | `entropiaCruzadaCategorica(Y_est, Y)` | entropía cruzada con k clases | 2 |
# | pregunta escrita | por qué se prefiere la entropía cruzada para clasificar | 2 |
#
# **Cómo trabajar.** Escribe tu código donde dice `# TU CÓDIGO AQUÍ` (borra la línea
# `raise NotImplementedError()`), ejecuta la celda y luego la celda de prueba que sigue. Las pruebas
# visibles revisan, en este orden, el **tipo**, la **forma**, los **valores** y los **errores
# típicos**, y te dicen en español qué está mal. Al calificar se ejecutan además pruebas ocultas con
# otras entradas (otros tamaños, otros valores), así que escribe código general: no copies las
# salidas esperadas.
#
# **Convención de formas.** Cada ejemplo es una **columna**. Con $k$ clases y $m$ ejemplos, las
# salidas de la red y las etiquetas one-hot tienen forma `(k, m)`; con una sola neurona de salida,
# `(1, m)`.
#
# **El curso, unidad por unidad.** 1 · Funciones de costo (esta) · 2 · Descenso de gradiente ·
# 3 · SGD y Laboratorio 1 · 4 · Regresión lineal y regularización · 5 · Regresión logística y
# softmax · 6 · Retropropagación y grafos de cómputo · 7 · Funciones de activación ·
# 8 · Inicialización · 9 · La red XOR con NumPy · 10 · MNIST con NumPy · 11 · Optimización
# avanzada · 12 · Normalización por lotes · 13 · Regularización de redes y Laboratorio 2. Cada
# unidad es un cuaderno con la misma estructura; cuando uno remite a otro, lo hace por su número
# y su nombre.

# %% fija="configuracion"
# %matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

from course import funciones_coste as fc
from course.funciones_coste import (probar_codificarOneHot, probar_costoCuadratico,
                                    probar_entropiaCruzadaBinaria,
                                    probar_entropiaCruzadaCategorica)

np.set_printoptions(precision=5, suppress=True)

# %% [markdown]
# ## 1. El problema: reconocer dígitos manuscritos
#
# El ejemplo que acompaña toda la unidad es **MNIST**, el «hola, mundo» del aprendizaje automático:
# imágenes de dígitos escritos a mano, del 0 al 9, con 60 000 ejemplos de entrenamiento y
# 10 000 de prueba. Es un problema de **clasificación con 10 clases**.
#
# - **Capa de entrada.** Cada imagen tiene 28 × 28 píxeles en escala de grises. La red necesita un
#   vector, así que se ponen los píxeles uno detrás de otro: **784 entradas**, cada una entre 0
#   (blanco) y 1 (negro).
# - **Capa oculta.** En el curso, una sola capa de 15 neuronas. Cuántas neuronas poner es un
#   **hiperparámetro**: no hay fórmula, se elige probando.
# - **Capa de salida.** **10 neuronas**, una por dígito; la que más se activa es la respuesta de la red.
#
# Notación del curso:
#
# - $x$: un ejemplo de entrada (el vector de 784 píxeles).
# - $y(x)$: la salida **deseada**, un vector de 10 componentes. La imagen de un 3 debe producir
#   $y(x) = (0, 0, 0, 1, 0, 0, 0, 0, 0, 0)$.
# - $a = a(x, w, b)$: la salida que **da** la red, que depende de la imagen y de los parámetros.
#
# El objetivo es encontrar $w$ y $b$ para que $a(x, w, b)$ se parezca a $y(x)$ en **todos** los
# ejemplos. Para no descargar nada usamos los dígitos de scikit-learn, un MNIST en miniatura: 1797
# imágenes de 8 × 8 = 64 píxeles con 17 niveles de gris (de 0 a 16, que aquí escalamos a [0, 1]),
# sin una división fija en entrenamiento y prueba. Cambian el tamaño de la entrada (64 en vez de
# 784) y la cantidad de datos; la codificación de las salidas y las funciones de costo son las
# mismas, que es lo que importa en esta unidad.

# %%
X, etiquetas = fc.datos_digitos()
print("X, forma", X.shape, "→ 64 píxeles por columna,", X.shape[1], "imágenes")
print("primeras etiquetas:", etiquetas[:8])
fc.mostrar_digitos(X, etiquetas);

# %% [markdown]
# ## 2. Las salidas deseadas: codificación one-hot
#
# La etiqueta de un ejemplo es un entero (el dígito), pero la red tiene 10 salidas, así que $y(x)$ se
# escribe como un vector con un 1 en la posición de la clase y ceros en las demás: la **codificación
# one-hot**. Con $m$ ejemplos, ponemos un vector por columna y obtenemos una matriz `(k, m)`:
#
# $$\text{etiquetas} = (3, 0, 9) \;\longrightarrow\; Y = \begin{pmatrix} 0 & 1 & 0 \\ 0 & 0 & 0 \\ 0 & 0 & 0 \\ 1 & 0 & 0 \\ \vdots & \vdots & \vdots \\ 0 & 0 & 1 \end{pmatrix} \quad (10 \times 3)$$
#
# Las clases se cuentan desde 0: el dígito 0 va en la fila 0 y el 9 en la fila 9.
#
# ### Ejercicio 1 · `codificarOneHot` (2 puntos)
#
# Escribe `codificarOneHot(etiquetas, k)`: recibe un arreglo de enteros de forma `(m,)` y el número de
# clases `k`, y devuelve `Y` de forma `(k, m)` con `Y[c, j] = 1` si la etiqueta del ejemplo `j` es
# `c`. Usa el argumento `k`: un lote puede no contener todas las clases.
#
# Pista: con índices enteros de NumPy, `Y[filas, columnas] = 1` pone un 1 en cada pareja
# `(filas[i], columnas[i])`.
#
# **Salida esperada** de la prueba visible: con `etiquetas = [3, 0, 9, 1, 3]` y `k = 10`, la primera
# columna es `(0, 0, 0, 1, 0, 0, 0, 0, 0, 0)`, la del curso para un 3.

# %% ejercicio="codificarOneHot" puntos=2

# %%
Y_digitos = codificarOneHot(etiquetas, 10)
print("Y, forma", Y_digitos.shape)
print("etiquetas:", etiquetas[:5])
print(Y_digitos[:, :5])

# %% [markdown]
# ## 3. El costo cuadrático
#
# Para medir lo lejos que está $a$ de $y(x)$ en todo el conjunto de datos, el curso define
#
# $$C(w, b) \equiv \frac{1}{2n} \sum_x \lVert y(x) - a \rVert^2$$
#
# - $a$ es la salida de la red para el ejemplo $x$, y $y(x)$ la deseada;
# - $\lVert y(x) - a \rVert^2$ es el **cuadrado de la distancia** entre los dos vectores: la suma de
#   los cuadrados de sus 10 diferencias. Siempre es $\ge 0$, y vale 0 solo si $a = y(x)$;
# - la suma recorre **todos los ejemplos** $x$ y $n$ es cuántos hay;
# - el $\tfrac{1}{2}$ no cambia dónde está el mínimo; solo simplifica la derivada (el 2 del cuadrado
#   se cancela).
#
# **El ejemplo del curso.** La red recibe la imagen de un 0 y responde
# $a = (0.9, 0.1, 0.1, 0.2, 0, 0, 0, 0, 0, 0)$, con $y(x) = (1, 0, 0, 0, 0, 0, 0, 0, 0, 0)$:
#
# $$\lVert y(x) - a \rVert^2 = (1 - 0.9)^2 + (0 - 0.1)^2 + (0 - 0.1)^2 + (0 - 0.2)^2 + 0 + \dots
# = 0.01 + 0.01 + 0.01 + 0.04 = 0.07$$
#
# Si este fuera el único ejemplo ($n = 1$), $C = \dfrac{0.07}{2} = 0.035$. Y si la red acertara
# exactamente, $a = (1, 0, \dots, 0)$, el costo sería $C = 0$.
#
# > **Sobre el «2,27» de la diapositiva.** La diapositiva continúa «sumamos los errores de todos los
# > datos: $C(w, b) = 2{,}27$». Ese número es el costo de un conjunto de datos completo del que solo
# > vemos un ejemplo, así que no se puede obtener a partir de este único vector. Lo que sí se puede
# > comprobar, y comprueba la prueba visible, es la parte de un ejemplo: $0.07$ y $C = 0.035$.
#
# **Pérdida y costo.** El curso usa las dos palabras casi como sinónimos, pero, en rigor, la
# **función de pérdida** (*loss*) mide el error de **un** ejemplo, aquí $\tfrac12 \lVert y(x) - a\rVert^2$,
# y la **función de costo** combina las pérdidas de **todos** los ejemplos, aquí su promedio. Esta
# pérdida es la del **error cuadrático medio** (MSE).
#
# ### Ejercicio 2 · `costoCuadratico` (2 puntos)
#
# Escribe `costoCuadratico(A, Y)`, con `A` (salidas de la red) e `Y` (salidas deseadas) de forma
# `(k, n)`, un ejemplo por columna. Devuelve $C$ como un `float`. Recuerda que $n$ es el número de
# **ejemplos**, es decir, de **columnas**.
#
# **Salida esperada:** el ejemplo del curso da `0.035`; el lote visible de 3 ejemplos (el del curso,
# uno perfecto y uno con $\lVert y - a\rVert^2 = 0.30$) da $(0.07 + 0 + 0.30)/6 = 0.061667$.

# %% ejercicio="costoCuadratico" puntos=2

# %% [markdown]
# Las pérdidas de cada ejemplo del lote visible y su promedio, que es el costo:

# %%
A, Y = fc.entradas_visibles("costoCuadratico")
perdidas = fc.perdidas_por_ejemplo(A, Y)
print("pérdida de cada ejemplo ½‖y − a‖²:", perdidas)
print("costo = promedio de las pérdidas  :", perdidas.mean(), "=", costoCuadratico(A, Y))

# %% [markdown]
# Una red que **no sabe nada** y responde 0.1 para cada dígito tiene, en cada ejemplo,
# $\tfrac12 \left[(1 - 0.1)^2 + 9 \cdot 0.1^2\right] = \tfrac12 (0.81 + 0.09) = 0.45$, sea cual sea la
# imagen. Compruébalo con todos los dígitos:

# %%
A_uniforme = np.full(Y_digitos.shape, 0.1)
print("costo de la red que responde 0.1 en todo:", costoCuadratico(A_uniforme, Y_digitos))

# %% [markdown]
# ## 4. Entropía cruzada binaria
#
# Para **clasificar** casi nunca se usa el costo cuadrático, sino la **entropía cruzada**
# (*cross-entropy loss*). Con una sola neurona sigmoide de salida, $\hat{y} = a \in (0, 1)$ es la
# probabilidad de la clase 1 y la pérdida de un ejemplo es
#
# $$L(\hat{y}, y) = \begin{cases} -\ln \hat{y} & \text{si } y = 1 \\ -\ln(1 - \hat{y}) & \text{si } y = 0 \end{cases}
# \;=\; -\,y \ln \hat{y} - (1 - y) \ln(1 - \hat{y})$$
#
# Si la red da $\hat{y} = 0.9$ a un ejemplo positivo, la pérdida es $-\ln 0.9 = 0.105$; si da
# $\hat{y} = 0.1$, es $-\ln 0.1 = 2.303$: equivocarse con seguridad cuesta mucho. El costo es el
# promedio sobre los $m$ ejemplos:
#
# $$J = -\frac{1}{m} \sum_{i=1}^{m} \left[ y^{(i)} \ln \hat{y}^{(i)} + (1 - y^{(i)}) \ln(1 - \hat{y}^{(i)}) \right]$$
#
# **¿ln o log₂?** En las diapositivas del perceptrón multicapa esta misma fórmula aparece con
# $\log_2$. Como $\log_2 u = \ln u / \ln 2$, la versión en base 2 es la natural multiplicada por la
# constante $1/\ln 2 = \log_2 e \approx 1.4427$: cambia la escala de $J$ (en base 2 se mide en
# **bits**; con logaritmo natural, en **nats**, la unidad de información que sale de usar $\ln$:
# 1 nat $= 1/\ln 2 \approx 1.44$ bits), pero
# **no cambia dónde está el mínimo** ni la dirección del gradiente. En este curso usamos `np.log`.
#
# **Cuidado numérico:** si una predicción vale exactamente 0 o 1, `np.log(0)` da `-inf` y el costo
# sale `nan`. Recorta antes las predicciones a $[\varepsilon, 1 - \varepsilon]$ con `np.clip`
# (por ejemplo $\varepsilon = 10^{-12}$).
#
# ### Ejercicio 3 · `entropiaCruzadaBinaria` (2 puntos)
#
# Escribe `entropiaCruzadaBinaria(y_est, y)`, con `y_est` e `y` de forma `(1, m)`, que devuelva $J$
# como un `float`, con logaritmo natural.
#
# **Salida esperada:** con `y_est = [[0.9, 0.2, 0.6, 0.05, 0.7]]` e `y = [[1, 0, 1, 0, 0]]`,
# $J = 0.41892$; con predicciones perfectas (ceros y unos exactos), $J \approx 0$ y sin `nan`.

# %% ejercicio="entropiaCruzadaBinaria" puntos=2

# %% [markdown]
# **Compruébalo numéricamente.** Un modelo de un solo peso, $\hat{y} = \sigma(w\,x)$, sobre 12 puntos:
# calculamos $J(w)$ con tu función (ln) y con $\log_2$ para 181 valores de $w$. Las dos curvas tienen
# el mínimo en el mismo $w$ y su cociente es siempre $1/\ln 2$.

# %%
fc.comparar_log2(entropiaCruzadaBinaria);

# %% [markdown]
# ## 5. Entropía cruzada categórica
#
# Con $k$ clases la salida de la red es un vector de probabilidades $\hat{y}$ (por ejemplo, el de una
# capa *softmax*) y la etiqueta es one-hot. La entropía cruzada generaliza la binaria:
#
# $$L(\hat{y}, y) = -\sum_{i=1}^{k} y_i \ln \hat{y}_i \qquad\qquad
# J = -\frac{1}{m} \sum_{\text{ejemplos}} \sum_{\text{clases}} y \ln \hat{y}$$
#
# Como $y$ es one-hot, de las $k$ componentes **solo cuenta la de la clase correcta**: $L = -\ln
# \hat{y}_{\text{correcta}}$. Con la salida del ejemplo del curso (la imagen de un 0 y
# $\hat{y}_0 = 0.9$), $L = -\ln 0.9 = 0.10536$; los otros nueve valores no intervienen. (Esa salida
# no suma 1, así que no es una probabilidad de verdad; la fórmula la acepta igual.) La red que
# responde 0.1 para cada dígito tiene $L = -\ln 0.1 = \ln 10 = 2.3026$ en todos los ejemplos.
#
# Con $k = 2$ clases y $\hat{y} = (1 - p,\ p)$ se recupera exactamente la entropía cruzada binaria.
#
# Las componentes donde $y = 0$ pueden traer $\hat{y} = 0$ exacto: $0 \cdot \ln 0$ da `nan` en NumPy,
# así que también aquí hay que recortar ($\hat{y} \ge \varepsilon$) antes del logaritmo.
#
# ### Ejercicio 4 · `entropiaCruzadaCategorica` (2 puntos)
#
# Escribe `entropiaCruzadaCategorica(Y_est, Y)`, con `Y_est` (probabilidades) e `Y` (one-hot) de forma
# `(k, m)`, que devuelva $J$ como un `float`. Suma sobre las clases **y** sobre los ejemplos, y divide
# solo entre $m$.
#
# **Salida esperada:** el ejemplo del curso da `0.10536`; el lote visible (el del curso, uno con
# $\hat{y} = 0.8$ en la clase correcta y ceros exactos en otras, y uno uniforme) da
# $(0.10536 + 0.22314 + 2.30259)/3 = 0.87703$.

# %% ejercicio="entropiaCruzadaCategorica" puntos=2

# %%
print("entropía cruzada de la red que responde 0.1:", entropiaCruzadaCategorica(A_uniforme, Y_digitos))
print("ln 10 =", np.log(10))

# %% [markdown]
# ## 6. ¿Por qué entropía cruzada para clasificar?
#
# Tomemos una neurona de salida sigmoide, $a = \sigma(z)$, con etiqueta $y = 0$. El aprendizaje por
# descenso de gradiente (unidad siguiente) se mueve en proporción a la **derivada de la pérdida
# respecto a $z$**:
#
# - Cuadrática, $\tfrac12 (a - y)^2$: $\dfrac{\partial L}{\partial z} = (a - y)\,\sigma'(z) = (a - y)\,a(1 - a)$.
# - Entropía cruzada: $\dfrac{\partial L}{\partial z} = \dfrac{a - y}{a(1 - a)} \cdot a(1 - a) = a - y$.
#
# Si la neurona está **saturada y equivocada**, por ejemplo $z = 5$ (así $a = 0.9933$) cuando $y = 0$,
# el factor $a(1 - a) \approx 0.0066$ aplasta la derivada cuadrática hasta $\approx 0.0066$, mientras
# que la de la entropía cruzada vale $\approx 0.993$: ciento cincuenta veces más. Con la pérdida
# cuadrática la red aprende **más despacio justo cuando más se equivoca**. Además, para la regresión
# logística el costo cuadrático no es convexo (puede tener varios mínimos locales y zonas casi
# planas) y la entropía cruzada sí lo es.
#
# Primero comprobamos las dos derivadas con diferencias centrales:

# %%
fc.verificar_derivadas_z();

# %%
fc.graficar_saturacion(y=0.0, z_marcado=5.0);

# %% [markdown]
# ## 7. Pregunta (2 puntos, calificación manual)
#
# Una red clasifica con una neurona de salida sigmoide. Un ejemplo con etiqueta $y = 0$ produce
# $z = 5$. Usando la gráfica anterior y las dos derivadas, explica con tus palabras qué le pasa al
# aprendizaje de ese ejemplo con el costo cuadrático y con la entropía cruzada, y por qué eso hace
# preferible la entropía cruzada para clasificar.

# %% [markdown] pregunta="pregunta_entropia" puntos=2
# Con $z = 5$ la sigmoide está saturada: $a = 0.9933$, muy cerca de 1, cuando la etiqueta es 0; la red
# se equivoca con mucha seguridad. Con el costo cuadrático la derivada respecto a $z$ es
# $(a - y)\,a(1 - a) \approx 0.993 \cdot 0.0066 \approx 0.0066$: el factor $\sigma'(z) = a(1 - a)$ es casi
# cero en la zona plana de la sigmoide, así que el paso de descenso de gradiente es diminuto y el
# ejemplo apenas corrige los pesos (aprendizaje lento justo cuando el error es mayor).
#
# Con la entropía cruzada el $\sigma'(z)$ se cancela y la derivada es $a - y \approx 0.993$, proporcional
# al error: cuanto más equivocada está la neurona, más grande es la corrección. Por eso, y porque
# con salidas sigmoide/softmax la entropía cruzada es convexa respecto a $z$ (y respecto a los pesos
# de la capa de salida si las activaciones ocultas se dejan fijas, como en la regresión logística),
# se prefiere para clasificar. Respecto a **todos** los parámetros de una red con capas ocultas no
# es convexa con ningún costo.

# %% [markdown]
# ## 8. Para experimentar (sin calificación)
#
# - Repite la gráfica con `y=1.0`: ¿dónde está ahora la zona en la que la pérdida cuadrática casi no
#   aprende?
# - Calcula `costoCuadratico` y `entropiaCruzadaCategorica` para una red que responde 0.5 en la clase
#   correcta y 0.5/9 en las demás. ¿Qué costo penaliza más una respuesta dudosa?
# - ¿Qué pasa con `codificarOneHot(etiquetas, 10)` si alguna etiqueta vale 10? ¿Cómo lo detectarías?

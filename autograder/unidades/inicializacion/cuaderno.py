# %% [markdown]
# # Unidad 8 · Inicialización de parámetros
#
# El descenso de gradiente tiene que empezar en algún punto: antes de la primera época hay que
# darle un valor a cada peso y a cada sesgo. Esa elección parece un detalle, pero decide si una
# red profunda aprende rápido, aprende despacio o no aprende nada. En esta unidad vas a ver por
# qué no sirve empezar en cero, qué pasa cuando los pesos son demasiado pequeños o demasiado
# grandes, y de dónde salen las fórmulas de **LeCun**, **Glorot/Xavier** y **He** que usan todos
# los marcos de trabajo. Al final entrenas la red binaria de la diapositiva 000 (capa oculta tanh,
# salida sigmoide, inicialización de Glorot) sobre datos 2-D.
#
# | función | qué hace | puntos |
# |---|---|---|
# | `initCeros(dims)` | todos los parámetros en cero (para ver por qué no) | 1 |
# | `unidadesDistintas(W, tol)` | cuántas unidades distintas tiene una capa | 1 |
# | `desviacionesPorCapa(X, params, activaciones)` | media y desviación típica de cada capa | 2 |
# | `initLeCun(dims, rng)` | $\sigma_W = 1/\sqrt{n_{in}}$ | 1 |
# | `initXavierUniforme(dims, rng)` | Glorot uniforme, $U[-a, a]$ con $a = \sqrt{6}/\sqrt{n_{in} + n_{out}}$ | 2 |
# | `initXavierNormal(dims, rng)` | Glorot normal, $\sigma^2 = 2/(n_{in} + n_{out})$ | 1 |
# | `initHe(dims, rng)` | He para ReLU, $\sigma^2 = 2/n_{in}$ | 1 |
# | `reglasCapaOculta(nx, nh, ny)` | las tres reglas empíricas del tamaño de la capa oculta | 2 |
# | `retroBinaria(X, Y, A1, A2, W2)` | los cuatro productos de la regla de la cadena | 3 |
# | `predecirBinaria(X, params)` | la clase de cada punto (umbral 0.5) | 1 |
# | dos preguntas escritas | | 2 + 2 |
#
# **Cómo trabajar.** Escribe tu código donde dice `# TU CÓDIGO AQUÍ` (borra la línea
# `raise NotImplementedError()`), ejecuta la celda y luego la celda de prueba que sigue. Las
# pruebas visibles revisan, en este orden, el **tipo**, la **forma**, los **valores** y los
# **errores típicos**, y te dicen en español qué está mal. Al calificar se ejecutan además pruebas
# ocultas con otras redes y otras semillas: escribe código general.
#
# **Las funciones aleatorias reciben su generador.** Cada inicialización recibe `rng`, un
# generador de NumPy creado con `np.random.default_rng(semilla)`, y sortea **solo** con él
# (`rng.normal`, `rng.uniform`, `rng.standard_normal`, ...): así la misma semilla da los mismos
# pesos. Sus pruebas nunca comparan números sorteados (el orden en que sortees es asunto tuyo):
# revisan formas, sesgos en cero, cotas y estadísticas (media, varianza y la forma de la
# distribución) en matrices grandes, con varias semillas y con tolerancias de 6 desviaciones
# típicas de cada estimador, que no fallan por azar pero sí distinguen, por ejemplo,
# $n_{in} + n_{out}$ de $n_{in}$.
#
# **Convención de formas.** Cada ejemplo es una **columna**: `X` tiene forma `(n_x, m)`; la capa
# `l`, con `n_l` unidades que reciben `n_{l−1}` entradas, tiene pesos `W[l]` de forma
# `(n_l, n_{l−1})` (una fila por unidad) y sesgos `b[l]` de forma `(n_l, 1)`, y calcula
# $Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}$. Una red se describe con `dims = [n_x, n_1, ..., n_L]` y
# sus parámetros son el diccionario `{"W1": ..., "b1": ..., ..., "WL": ..., "bL": ...}` de
# `initRed` (unidad 6). En la capa `l`, $n_{in} = n_{l-1}$ (entradas de cada unidad) y
# $n_{out} = n_l$ (unidades de la capa).

# %% fija="configuracion"
# %matplotlib inline
import math

import numpy as np
import matplotlib.pyplot as plt

from course import inicializacion as ini
from course.inicializacion import (probar_initCeros, probar_unidadesDistintas,
                                   probar_desviacionesPorCapa, probar_initLeCun,
                                   probar_initXavierUniforme, probar_initXavierNormal,
                                   probar_initHe, probar_reglasCapaOculta, probar_retroBinaria,
                                   probar_predecirBinaria)

np.set_printoptions(precision=4, suppress=True)

# %% [markdown]
# Las demostraciones usan datos pequeños y pocas épocas para que el cuaderno entero corra en
# segundos. Para el entrenamiento largo de la sección 8 (5 000 épocas en vez de 1 000), cambia la
# siguiente línea a `ENTRENAMIENTO_COMPLETO = True` y vuelve a ejecutar el cuaderno.

# %%
ENTRENAMIENTO_COMPLETO = False

# %% [markdown]
# ## 1. La red de la unidad 6 (código dado)
#
# Las celdas bloqueadas de esta sección son la red de capas con cache que escribiste en la unidad
# 6 («Retropropagación y grafos de cómputo»). Aquí no se califican: las usamos para medir y
# entrenar.
#
# | función | qué hace |
# |---|---|
# | `capaDensaAdelante(A_prev, W, b)` | `Z = W @ A_prev + b` y la cache `(A_prev, W, b)` |
# | `capaDensaAtras(dZ, cache)` | `(dA_prev, dW, db)` |
# | `activacionAdelante(Z, activacion)` | `"sigmoide"`, `"tanh"`, `"relu"` o `"lineal"`; cache `(Z, A)` |
# | `activacionAtras(dA, cache, activacion)` | `dZ = dA ⊙ g'(Z)` |
# | `initRed(dims, semilla, escala)` | pesos `escala · N(0, 1)` y sesgos en 0 |
# | `redAdelante(X, params, activaciones)` | `(AL, caches)`; `caches[l − 1] = (cache_densa, (Z, A))` de la capa `l` |
# | `costoEntropiaBinaria(AL, Y)` | $J = -\frac{1}{m}\sum [y \ln a + (1 - y)\ln(1 - a)]$ |
# | `redAtras(AL, Y, caches, activaciones)` | `{"dW1": ..., "db1": ..., ...}` |
# | `actualizarParametros(params, grads, lr)` | $\theta \leftarrow \theta - \alpha\, d\theta$ (`lr` es la tasa de aprendizaje α) |

# %% dada="capaDensaAdelante"

# %% dada="capaDensaAtras"

# %% dada="activacionAdelante"

# %% dada="activacionAtras"

# %% dada="initRed"

# %% dada="redAdelante"

# %% dada="costoEntropiaBinaria"

# %% dada="redAtras"

# %% dada="actualizarParametros"

# %% [markdown]
# ## 2. ¿Por qué no empezar en cero? La simetría
#
# Las diapositivas 000 y 004 dicen lo mismo: los **pesos** se inician **al azar** y cerca de cero;
# los **sesgos** se pueden iniciar en **cero**. (La 002 deja el tema para su bloque 8,
# «Inicialización de parámetros», y en su laboratorio culpa a la inicialización de una curva de
# costo que no se comporta como las demás.) Veamos por qué.
#
# Supón que todos los pesos de una capa empiezan con el mismo valor (cero o cualquier otra
# constante $c$). Entonces todas sus unidades calculan lo mismo: para la unidad $i$,
# $z_i = \sum_k c\, a_k + b$ no depende de $i$. En el paso hacia atrás, cada unidad recibe el
# mismo gradiente, porque las unidades de la capa siguiente también les dan el mismo peso. Así
# que después de la actualización **siguen siendo iguales**, y lo mismo en el paso siguiente, y
# en todos. Una capa de 512 unidades idénticas es una capa de **una** unidad copiada 512 veces: la
# red nunca usa su tamaño. El descenso de gradiente no puede romper esa simetría; la tiene que
# romper la inicialización, sorteando pesos **distintos**.
#
# Con los sesgos no hay problema: si los pesos ya son distintos, las unidades ya calculan cosas
# distintas, y un sesgo inicial en cero no las vuelve a igualar.
#
# Con ceros exactos y tanh el caso es aún peor: $\tanh(0) = 0$, así que las activaciones ocultas
# son cero, el gradiente de cada $W$ ($dZ\,A^T$ con $A = 0$, o $W^T dZ$ con $W = 0$) también, y
# **nada se mueve** salvo el sesgo de la salida.
#
# ### Ejercicio 1 · `initCeros` (1 punto)
#
# Escribe `initCeros(dims)`, que devuelve el diccionario de parámetros de `initRed` con **todos**
# los pesos y sesgos en cero: `W{l}` de forma `(dims[l], dims[l − 1])` y `b{l}` de forma
# `(dims[l], 1)` para `l = 1, ..., L` (con `L = len(dims) − 1`). Es la inicialización que no hay que
# usar; la necesitamos para verla fallar.
#
# **Salida esperada:** `initCeros([3, 2, 1])` tiene las claves `W1, b1, W2, b2` con formas
# `(2, 3)`, `(2, 1)`, `(1, 2)` y `(1, 1)`, todas de ceros.

# %% ejercicio="initCeros" puntos=1

# %% [markdown]
# ### Ejercicio 2 · `unidadesDistintas` (1 punto)
#
# Para ver la simetría necesitamos medirla. `unidadesDistintas(W, tol=1e-8)` cuenta cuántas
# unidades **distintas** tiene una capa: dos unidades (dos **filas** de `W`) son la misma si
# todos sus pesos difieren a lo más en `tol`, es decir, si
# $\max_k |W_{ik} - W_{jk}| \le \text{tol}$. Devuelve un entero entre 1 y el número de filas.
# No compares con `==`: dos cuentas iguales hechas en distinto orden pueden diferir en el último
# bit, y para eso está `tol`.
#
# **Salida esperada:** con la matriz `ini.W_MIXTA` (7 filas: dos que difieren en 5e-4, tres que
# difieren en 1e-13 y dos iguales) y `tol = 1e-3`, el resultado es `3`; con `ini.W_UNA` (cuatro
# filas iguales salvo redondeos de 1e-13) y `tol = 1e-8`, es `1`.

# %% ejercicio="unidadesDistintas" puntos=1

# %% [markdown]
# ### La simetría en acción
#
# Entrenamos la red 2-8-8-1 (dos capas ocultas tanh, salida sigmoide) sobre las medias lunas de
# `sklearn.datasets.make_moons` desde tres puntos de partida: todo en cero, todos los pesos en
# 0.5 y pesos aleatorios (`initRed` con escala 0.5). Tras 400 pasos contamos, con **tu**
# `unidadesDistintas`, cuántas unidades distintas tiene cada capa oculta.

# %%
dims_simetria = [2, 8, 8, 1]
activaciones_simetria = ["tanh", "tanh", "sigmoide"]
constante = {k: (v + 0.5 if k.startswith("W") else v) for k, v in initCeros(dims_simetria).items()}
inicios = {"ceros": initCeros(dims_simetria), "constante 0.5": constante,
           "aleatorios": initRed(dims_simetria, semilla=0, escala=0.5)}
X_lunas, Y_lunas = ini.datos_lunas(m=200, semilla=0)
finales = {}
for nombre, params in inicios.items():
    for paso in range(400):
        AL, caches = redAdelante(X_lunas, params, activaciones_simetria)
        grads = redAtras(AL, Y_lunas, caches, activaciones_simetria)
        params = actualizarParametros(params, grads, 0.5)
    finales[nombre] = params
    print(f"{nombre:14s} costo {costoEntropiaBinaria(AL, Y_lunas):.4f}   unidades distintas: "
          f"capa 1 {unidadesDistintas(params['W1'])} de 8, capa 2 {unidadesDistintas(params['W2'])} "
          f"de 8   (mayor |W1| = {np.max(np.abs(params['W1'])):.3f})")

# %% [markdown]
# Desde ceros nada se movió: los pesos siguen en 0 y el costo quedó en $\ln 2 \approx 0.693$ (la red
# dice 0.5 para todos los puntos; con las dos clases del mismo tamaño, ni siquiera el sesgo de la
# salida recibe gradiente). Desde la constante la red sí aprende algo, pero cada capa tiene
# **una** sola unidad distinta: es una red 2-1-1-1 disfrazada. Solo desde pesos aleatorios se usan
# las 8 unidades. En el mapa de la segunda capa oculta (una fila por unidad) la simetría se ve:
# todas las filas iguales.

# %%
ini.graficar_pesos({nombre: p["W2"] for nombre, p in finales.items()},
                   titulo="W2 tras entrenar (una fila por unidad de la capa 2)");

# %% [markdown]
# ## 3. Ni demasiado pequeños ni demasiado grandes
#
# La diapositiva 003 lo resume así: si los pesos se eligen **muy pequeños**, el entrenamiento los
# aniquila ($\to 0$); si se eligen **muy grandes**, explotan (**NaN**); una buena elección acelera
# la convergencia y una mala la frena. Para verlo necesitamos medir qué le pasa a la señal capa a
# capa.
#
# ### Ejercicio 3 · `desviacionesPorCapa` (2 puntos)
#
# `desviacionesPorCapa(X, params, activaciones)` propaga `X` por la red (usa `redAdelante`; la
# cache de la capa `l` es `caches[l − 1] = (cache_densa, (Z, A))`) y devuelve dos arreglos de
# forma `(L,)`:
#
# - `medias[l − 1]` = `np.mean` de **todas** las entradas de la activación $A^{[l]}$;
# - `desviaciones[l − 1]` = `np.std` de todas las entradas de $A^{[l]}$ (la desviación típica,
#   con `ddof = 0`, no la varianza).
#
# Se mide la **activación** $A^{[l]}$ (la salida de la capa, lo que recibe la siguiente), no
# $Z^{[l]}$, y no se incluye la entrada `X`.
#
# **Salida esperada** (red 4-5-3-2 con tanh, ReLU y lineal de la prueba visible):
# `medias = [-0.10073  0.16175  0.13553]`, `desviaciones = [0.61241  0.23051  0.26965]`.

# %% ejercicio="desviacionesPorCapa" puntos=2

# %% [markdown]
# ### Una red tanh de 10 capas: pesos pequeños y pesos grandes
#
# Diez capas tanh de 128 unidades, entradas $x \sim N(0, 1)$ y pesos `initRed` con $\sigma_W = 0.01$,
# con $\sigma_W = 1$ y, para comparar, con $\sigma_W = 1/\sqrt{128}$, la escala que vamos a deducir
# en la sección siguiente (los sesgos en 0). Para cada escala medimos con **tu**
# `desviacionesPorCapa` la desviación de cada capa y, con una neurona sigmoide de salida y
# etiquetas al azar, la norma del gradiente $dW^{[l]}$ de cada capa (con `redAtras`). Los
# histogramas muestran las activaciones de algunas capas, como en las notas de CS231n («Neural
# Networks Part 2»).

# %%
n_prof, L_prof = 128, 10
X_prof = ini.entradas_normales(n_prof, 300, semilla=1)
Y_azar = (np.random.default_rng(3).random((1, 300)) < 0.5).astype(float)
dims_prof = [n_prof] * (L_prof + 1)
activaciones_prof = ["tanh"] * L_prof + ["sigmoide"]
activaciones_por_capa, normas = {}, {}
for nombre, escala in (("σ_W = 0.01", 0.01), ("σ_W = 1", 1.0), ("σ_W = 1/√n", 1 / np.sqrt(n_prof))):
    params = initRed(dims_prof + [1], semilla=2, escala=escala)
    ocultas = {k: v for k, v in params.items() if k[1:] != str(L_prof + 1)}   # sin la salida
    medias, desviaciones = desviacionesPorCapa(X_prof, ocultas, ["tanh"] * L_prof)
    print(f"{nombre:11s} desviación por capa {desviaciones}")
    AL, caches = redAdelante(X_prof, params, activaciones_prof)
    grads = redAtras(AL, Y_azar, caches, activaciones_prof)
    normas[nombre] = [np.linalg.norm(grads[f"dW{l}"]) for l in range(1, L_prof + 2)]
    activaciones_por_capa[nombre] = [cache[1][1] for cache in caches[:L_prof]]
ini.histogramas_por_capa(activaciones_por_capa, capas=(1, 4, 10), titulo="Activaciones tanh por capa")
ini.graficar_por_capa({"tanh, 10 capas ocultas + salida": normas}, ylabel="‖dW^[l]‖");

# %% [markdown]
# Con $\sigma_W = 0.01$ cada capa multiplica la desviación por $\sqrt{128}\cdot 0.01 \approx 0.11$:
# en la capa 10 las activaciones valen del orden de $10^{-10}$, cero a efectos prácticos, y
# **todos** los gradientes son diminutos (~$10^{-10}$): los pasos del descenso de gradiente no
# mueven nada. Con $\sigma_W = 1$ las sumas $z$ tienen desviación $\sqrt{128} \approx 11$ y tanh
# queda **saturada**: casi todas las activaciones valen $\pm 1$, donde su derivada $1 - a^2$ es
# casi cero; aun así los gradientes **explotan** hacia las primeras capas (cada capa, hacia atrás,
# multiplica por $W^T$, de norma grande): los pasos son enormes y erráticos. Con $1/\sqrt{n}$ las
# activaciones conservan su escala y todas las capas reciben gradientes del mismo tamaño.
#
# **Del desborde a NaN.** Sin activación que sature (capas lineales, o ReLU para valores
# positivos), pesos grandes hacen crecer los números sin límite. En `float32`, el tipo habitual en
# las GPU (su máximo es $3.4 \times 10^{38}$), 40 capas lineales de 256 unidades con
# $\sigma_W = 1$ multiplican la escala por 16 en cada capa: hacia la capa 32 se llega a `inf`, y en
# la siguiente `inf − inf` da `nan`. Tu `desviacionesPorCapa` lo ve antes: el cuadrado de los
# números desborda (`inf`) desde la mitad de la red.

# %%
params32 = {k: v.astype(np.float32) for k, v in initRed([256] * 41, semilla=3, escala=1.0).items()}
X32 = ini.entradas_normales(256, 100, semilla=1).astype(np.float32)
with np.errstate(over="ignore", invalid="ignore"):
    _, desviaciones32 = desviacionesPorCapa(X32, params32, ["lineal"] * 40)
    _, caches = redAdelante(X32, params32, ["lineal"] * 40)
for l in (1, 10, 20, 30, 31, 32, 33, 34, 40):
    A = caches[l - 1][1][1]
    mayor = np.nan if np.all(np.isnan(A)) else np.nanmax(np.abs(A))
    print(f"capa {l:2d}: mayor |a| = {mayor:9.3g}   fracción de NaN = {np.mean(np.isnan(A)):.2f}"
          f"   desviación = {desviaciones32[l - 1]:9.3g}")

# %% [markdown]
# ## 4. Propagación de la varianza: $\sigma_W = 1/\sqrt{n}$
#
# La diapositiva 003 hace la cuenta para una capa densa $y = W x$ (sin sesgo). Supón entradas
# $x_k$ i.i.d. de media 0 y varianza $\sigma_x^2$, y pesos $w_{ik}$ i.i.d. de media 0 y varianza
# $\sigma_w^2$, independientes de las entradas. La unidad $i$ calcula
# $y_i = \sum_{k=1}^{n} w_{ik} x_k$.
#
# **La media.** La esperanza de una suma es la suma de las esperanzas y, por independencia,
# $E[w_{ik} x_k] = E[w_{ik}]\,E[x_k]$:
#
# $$E[y_i] = \sum_{k=1}^{n} E[w_{ik}]\, E[x_k] = 0 .$$
#
# **La varianza.** Como $E[y_i] = 0$, $\operatorname{Var}[y_i] = E[y_i^2]$, y
#
# $$E[y_i^2] = E\Big[\sum_{k}\sum_{l} w_{ik} x_k\, w_{il} x_l\Big] = \sum_{k}\sum_{l} E[w_{ik} w_{il}]\, E[x_k x_l] .$$
#
# Si $k \ne l$, $E[w_{ik} w_{il}] = E[w_{ik}]E[w_{il}] = 0$: solo quedan los $n$ términos con
# $k = l$, cada uno $E[w_{ik}^2]\,E[x_k^2] = \sigma_w^2 \sigma_x^2$:
#
# $$\boxed{\operatorname{Var}[y_i] = n\, \sigma_w^2\, \sigma_x^2}$$
#
# > Nota sobre el material del curso: en la diapositiva 003, la primera línea de esta cuenta
# > escribe $\sum_k \sum_l E[w_{ik} x_k]\, E[w_{il} x_l]$, que separa en dos esperanzas factores que
# > **no** son independientes cuando $k = l$ (y daría 0). La línea siguiente de la diapositiva,
# > $\sum_k\sum_l E[w_{ik} w_{il}]\,E[x_k x_l]$, es la correcta, y es la que usamos.
#
# Cada capa multiplica la varianza por $n \sigma_w^2$. Si ese factor es mayor que 1, tras muchas
# capas la varianza crece sin límite (hasta `inf` y `NaN`, como viste); si es menor que 1, se
# apaga. Para que $\operatorname{Var}[y_i] = \operatorname{Var}[x_k]$ capa tras capa hay que elegir
#
# $$n\,\sigma_w^2 = 1 \quad\Longleftrightarrow\quad \sigma_w = \frac{1}{\sqrt{n}},$$
#
# con $n = n_{in}$, el número de **entradas** de cada unidad. Es la recomendación de LeCun et al.
# (1998), «Efficient BackProp».
#
# ### Comprobación numérica
#
# Una sola capa lineal (`initRed` con `escala` = $\sigma_w$) y entradas $N(0, \sigma_x^2)$: la
# varianza medida con **tu** `desviacionesPorCapa` contra $n \sigma_w^2 \sigma_x^2$.

# %%
print("   n    σ_w    σ_x |  media medida | Var medida | n·σ_w²·σ_x²")
for n, sigma_w, sigma_x in ((100, 0.1, 1.0), (400, 0.05, 2.0), (400, 1 / np.sqrt(400), 1.0),
                            (1000, 0.01, 3.0)):
    params = initRed([n, 300], semilla=4, escala=sigma_w)
    X = ini.entradas_normales(n, 2000, semilla=5, sigma=sigma_x)
    medias, desviaciones = desviacionesPorCapa(X, params, ["lineal"])
    print(f"{n:5d} {sigma_w:6.3f} {sigma_x:5.1f} | {medias[0]:13.4f} | {desviaciones[0] ** 2:10.4f} |"
          f" {n * sigma_w ** 2 * sigma_x ** 2:10.4f}")

# %% [markdown]
# ### Ejercicio 4 · `initLeCun` (1 punto)
#
# `initLeCun(dims, rng)` devuelve el diccionario de parámetros con
# $W^{[l]} \sim N(0, 1/n_{l-1})$ (desviación típica $1/\sqrt{n_{l-1}}$) y $b^{[l]} = 0$.
# Ojo: `rng.normal(media, escala, size)` recibe la **desviación típica**, no la varianza.
#
# **Salida esperada:** con `dims = [300, 200, 100]`, la varianza de `W1` es
# $\approx 1/300 = 0.00333$ y la de `W2` $\approx 1/200 = 0.005$; y con entradas
# $N(0, 1)$ de dimensión 500, $y = W^{[1]} x$ tiene varianza $\approx 1$.

# %% ejercicio="initLeCun" puntos=1

# %% [markdown]
# ## 5. Glorot/Xavier: el camino de ida y el de vuelta
#
# La condición $n_{in} \sigma_W^2 = 1$ cuida la señal **hacia adelante**. Glorot y Bengio (2010)
# observaron que el gradiente hace el camino inverso: hacia atrás, $dA^{[l-1]} = W^{[l]T} dZ^{[l]}$
# suma sobre las $n_{out}$ unidades de la capa, y la misma cuenta de la sección 4 da
# $\operatorname{Var}[dA^{[l-1]}] = n_{out}\, \sigma_W^2 \operatorname{Var}[dZ^{[l]}]$. Para que los
# gradientes tampoco crezcan ni se apaguen haría falta $n_{out} \sigma_W^2 = 1$.
#
# Las dos condiciones a la vez solo se cumplen si $n_{in} = n_{out}$. La diapositiva 000 (como el
# artículo) toma su **promedio**:
#
# $$\frac{1}{2}(n_{in} + n_{out})\,\sigma_W^2 = 1 \quad\Longrightarrow\quad
# \sigma_W^2 = \frac{2}{n_{in} + n_{out}}, \qquad \sigma_W = \sqrt{\frac{2}{n_{in} + n_{out}}} .$$
#
# Las varianzas de los datos de entrada no se pueden controlar; las de los pesos sí, y por eso la
# condición se pone sobre ellos.
#
# **Versión uniforme.** La varianza de $U[-a, a]$ es
#
# $$\operatorname{Var} = \int_{-a}^{a} x^2\, \frac{dx}{2a} = \frac{1}{2a}\cdot\frac{2a^3}{3} = \frac{a^2}{3} .$$
#
# Igualándola a $2/(n_{in} + n_{out})$: $a^2 = 6/(n_{in} + n_{out})$, es decir,
#
# $$W \sim U\left[-\frac{\sqrt{6}}{\sqrt{n_{in} + n_{out}}},\; \frac{\sqrt{6}}{\sqrt{n_{in} + n_{out}}}\right], \qquad b = 0 .$$
#
# **Versión normal.** $W \sim N\left(0,\; \dfrac{2}{n_{in} + n_{out}}\right)$, $b = 0$.
#
# > Nota sobre el material del curso: la diapositiva 000 escribe, para la uniforme,
# > «$\sigma_W = \sqrt{6/(n_{in} + n_{out})}$». Ese número **no** es la desviación típica: es la
# > **cota** $a$ de la uniforme. La desviación típica de $U[-a, a]$ es $a/\sqrt{3} =
# > \sqrt{2/(n_{in} + n_{out})}$, la misma de la versión normal. Si usas $\sqrt{6/(n_{in} + n_{out})}$
# > como $\sigma$ de una normal, la varianza sale 3 veces mayor.
#
# Para la primera capa de la tarea MNIST (diapositiva 004), $n_{in} = 784$ y $n_{out} = 512$:
# $a = \sqrt{6}/\sqrt{1296} = \sqrt{6}/36 \approx 0.068$ y $\sigma_W = a/\sqrt{3} \approx 0.039$.
#
# ### Ejercicio 5 · `initXavierUniforme` (2 puntos)
#
# `initXavierUniforme(dims, rng)`: en cada capa, $a = \sqrt{6}/\sqrt{n_{in} + n_{out}}$,
# `W{l} = rng.uniform(-a, a, size=...)` y `b{l}` en cero. (Es la misma inicialización que
# `initParams` de la unidad 10, ahora para cualquier número de capas.)
#
# **Salida esperada:** con `dims = [300, 200, 100]`, todos los pesos de `W1` están en
# $\pm a = \pm\sqrt{6}/\sqrt{500} = \pm 0.1095$ (y los mayores llegan casi a la cota), con media
# ≈ 0 y varianza $\approx a^2/3 = 2/500 = 0.004$.

# %% ejercicio="initXavierUniforme" puntos=2

# %% [markdown]
# ### Ejercicio 6 · `initXavierNormal` (1 punto)
#
# `initXavierNormal(dims, rng)`: $W^{[l]} \sim N(0, 2/(n_{in} + n_{out}))$ y $b^{[l]} = 0$.
#
# **Salida esperada:** con `dims = [300, 200, 100]`, `W1` tiene media ≈ 0, varianza
# $\approx 2/500 = 0.004$ y una forma normal (curtosis ≈ 3; la de una uniforme es 1.8).

# %% ejercicio="initXavierNormal" puntos=1

# %% [markdown]
# Las dos versiones de Glorot tienen la misma varianza pero no la misma forma: la uniforme nunca
# pasa de $\pm a$, la normal sí (un 8 % de sus pesos está fuera de $\pm a$, porque
# $P(|z| > \sqrt{3}) \approx 0.083$ para una normal estándar).

# %%
rng = np.random.default_rng(0)
W_unif = initXavierUniforme([784, 512], rng)["W1"]
W_norm = initXavierNormal([784, 512], rng)["W1"]
a = np.sqrt(6) / np.sqrt(784 + 512)
print(f"a = {a:.4f};  2/(n_in + n_out) = {2 / (784 + 512):.6f}")
print(f"uniforme: varianza {W_unif.var():.6f}, mayor |w| {np.abs(W_unif).max():.4f}")
print(f"normal:   varianza {W_norm.var():.6f}, mayor |w| {np.abs(W_norm).max():.4f}, "
      f"fuera de ±a: {np.mean(np.abs(W_norm) > a):.1%}")

# %% [markdown]
# ## 6. He: la activación también cuenta
#
# La diapositiva 003 termina con una advertencia: «el análisis anterior solo considera la capa
# conectada aislada; falta considerar la capa de activación». Con tanh, que cerca de 0 es casi la
# identidad ($\tanh z \approx z$), el análisis lineal funciona bastante bien. Con **ReLU** no:
# $\max(0, z)$ anula la mitad negativa de una $z$ simétrica, y si $z \sim N(0, \sigma^2)$,
#
# $$E[\max(0, z)^2] = \tfrac{1}{2} E[z^2] = \tfrac{1}{2}\sigma^2 .$$
#
# En la capa siguiente, $\operatorname{Var}[z^{[l+1]}] = n_{in}\, \sigma_W^2\, E[(a^{[l]})^2] =
# \tfrac{1}{2} n_{in} \sigma_W^2 \operatorname{Var}[z^{[l]}]$. Con $\sigma_W^2 = 1/n_{in}$ (o con
# Glorot cuando $n_{in} = n_{out}$) la varianza se **divide entre 2 en cada capa**. He et al. (2015)
# compensan ese ½:
#
# $$W \sim N\left(0,\; \frac{2}{n_{in}}\right), \qquad b = 0 .$$
#
# ### Ejercicio 7 · `initHe` (1 punto)
#
# `initHe(dims, rng)`: $W^{[l]} \sim N(0, 2/n_{l-1})$ (normal, como en el artículo) y $b^{[l]} = 0$.
#
# **Salida esperada:** con `dims = [300, 200, 100]`, la varianza de `W1` es
# $\approx 2/300 = 0.00667$ y la de `W2` $\approx 2/200 = 0.01$.

# %% ejercicio="initHe" puntos=1

# %% [markdown]
# ### La desviación típica capa a capa para cada esquema
#
# La misma red de 10 capas de 128 unidades de la sección 3, con tanh y con ReLU, y seis
# inicializaciones: $\sigma_W = 0.01$, $\sigma_W = 1$ (ambas con `initRed`) y tus cuatro
# funciones. Eje vertical logarítmico. (Como todas las capas tienen 128 unidades,
# $n_{in} = n_{out}$ y Glorot coincide con LeCun.)

# %%
esquemas = {
    "σ_W = 0.01": lambda dims: initRed(dims, semilla=4, escala=0.01),
    "σ_W = 1": lambda dims: initRed(dims, semilla=4, escala=1.0),
    "LeCun": lambda dims: initLeCun(dims, np.random.default_rng(4)),
    "Glorot uniforme": lambda dims: initXavierUniforme(dims, np.random.default_rng(4)),
    "Glorot normal": lambda dims: initXavierNormal(dims, np.random.default_rng(4)),
    "He": lambda dims: initHe(dims, np.random.default_rng(4)),
}
paneles, medias_finales = {}, {}
for activacion in ("tanh", "relu"):
    paneles[activacion], medias_finales[activacion] = {}, {}
    for nombre, inicializar in esquemas.items():
        medias, desviaciones = desviacionesPorCapa(X_prof, inicializar(dims_prof), [activacion] * L_prof)
        paneles[activacion][nombre] = desviaciones
        medias_finales[activacion][nombre] = medias[-1]
ini.graficar_por_capa(paneles, titulo="Desviación típica de las activaciones por capa")
print("capa 10:            desviación tanh   desviación ReLU   media tanh   media ReLU")
for nombre in esquemas:
    print(f"  {nombre:16s} {paneles['tanh'][nombre][-1]:14.3g}   {paneles['relu'][nombre][-1]:15.3g}"
          f"   {medias_finales['tanh'][nombre]:10.3g}   {medias_finales['relu'][nombre]:10.3g}")

# %% [markdown]
# Cómo leer la figura:
#
# - $\sigma_W = 0.01$ apaga la señal en ambas redes (la recta que baja: un factor
#   $\sqrt{128}\cdot 0.01 \approx 0.11$ por capa con tanh, y $0.11/\sqrt{2} \approx 0.08$ con
#   ReLU) y $\sigma_W = 1$ la satura con tanh (se queda en ≈ 1) o la hace crecer un factor
#   $\sqrt{128/2} = 8$ por capa con ReLU.
# - Con **tanh**, LeCun y Glorot mantienen la señal en la escala correcta; baja poco a poco porque
#   tanh comprime un poco lo que recibe.
# - Con **ReLU**, LeCun y Glorot pierden un factor $\sqrt{2}$ por capa (el ½ de la sección 6):
#   tras 10 capas, $2^{-5} \approx 0.03$ de la escala inicial. **He** la mantiene constante.
# - Las medias de la tabla: con tanh son ≈ 0, como predice $E[y_i] = 0$ (tanh es impar y conserva
#   la simetría), y con ReLU son positivas y del orden de la desviación: es la «asimetría
#   positiva» de ReLU que menciona la diapositiva 003.

# %% [markdown]
# ## 7. ¿Cuántas neuronas en la capa oculta?
#
# La diapositiva 000 da tres reglas empíricas para una red con una capa oculta ($n_x$ entradas,
# $n_h$ ocultas, $n_y$ salidas):
#
# 1. al menos $\tfrac{2}{3} n_x + n_y$ neuronas ocultas: $n_h \ge \tfrac{2}{3} n_x + n_y$;
# 2. a lo más el doble del total de entradas y salidas: $n_h \le 2(n_x + n_y)$;
# 3. al menos la mitad del total de entradas y salidas: $n_h \ge (n_x + n_y)/2$.
#
# Como $n_h$ es entero, «al menos 532.67» quiere decir «al menos 533»: el mínimo de una regla es
# el menor **entero** que la cumple, $\lceil\cdot\rceil$ (`math.ceil`), no el redondeo ni el
# truncamiento.
#
# ### Ejercicio 8 · `reglasCapaOculta` (2 puntos)
#
# `reglasCapaOculta(nx, nh, ny)` devuelve `(minimo1, maximo2, minimo3, cumple)`: los tres límites
# como enteros, $\lceil \tfrac{2}{3} n_x + n_y \rceil$, $2(n_x + n_y)$ y
# $\lceil (n_x + n_y)/2 \rceil$, y `cumple`, la tupla de tres booleanos que dice si `nh` cumple
# cada regla. «Al menos» y «a lo más» incluyen el borde (≥ y ≤).
#
# **Salida esperada:** `reglasCapaOculta(784, 512, 10)` devuelve
# `(533, 1588, 397, (False, True, True))`, y `reglasCapaOculta(784, 15, 10)` devuelve
# `(533, 1588, 397, (False, True, False))`.

# %% ejercicio="reglasCapaOculta" puntos=2

# %%
ini.tabla_reglas(reglasCapaOculta)

# %% [markdown]
# Las dos redes de MNIST del curso **rompen** alguna regla: la de la tarea (784-512-10, diapositiva
# 004) necesitaría al menos 533 neuronas ocultas según la regla 1, y la de la diapositiva 002, con
# 15 ocultas, ni siquiera llega a las 397 de la regla 3. Y las dos se usan en el curso porque
# funcionan: de la 784-512-10 la tarea de la unidad 10 espera más del 97 % de exactitud, y la de
# 15 ocultas es la que la diapositiva 002 elige para MNIST porque «el problema es relativamente
# fácil». Son **reglas prácticas, no leyes**: un punto de partida para una búsqueda de
# hiperparámetros (como dice la diapositiva 002, el número de neuronas «se determina de manera
# empírica»), no un criterio para descartar una arquitectura.

# %% [markdown]
# ## 8. La red binaria de la diapositiva 000
#
# La diapositiva 000 construye un clasificador de dos clases con **2 entradas**, **una capa
# oculta tanh**, **una neurona de salida sigmoide**, pesos de **Glorot** y sesgos en 0, y el costo
# **log-loss** (entropía cruzada binaria). En la convención del curso:
#
# $$Z^{[1]} = W^{[1]} X + b^{[1]},\quad A^{[1]} = \tanh(Z^{[1]}) \quad (n_h, m)$$
#
# $$Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]},\quad A^{[2]} = \sigma(Z^{[2]}) \quad (1, m)$$
#
# $$J = -\frac{1}{m}\sum_{k=1}^{m}\left[y_k \ln a^{[2]}_k + (1 - y_k)\ln(1 - a^{[2]}_k)\right]$$
#
# > Notas sobre el material del curso:
# >
# > - La diapositiva escribe $Z_1 = W_1^T X + b_1$ y $Z_2 = W_2^T A_1 + b_2$, pero ella misma define
# >   $W_1$ de forma $n_h \times n_x$: con esa forma, $W_1^T X$ ni siquiera se puede multiplicar
# >   (salvo que $n_h = n_x$, y entonces da otra cosa). Su propio ejemplo de la primera neurona,
# >   $z_1^{(1)} = (\omega_{11}, \omega_{12})\,(x_{1k}, x_{2k})^T + b_1^{(1)}$, usa la **fila** 1 de
# >   $W_1$: eso es $Z = W X + b$. La $^T$ solo tendría sentido si $W$ se guardara como
# >   $(n_x, n_h)$.
# > - La diapositiva dice que la salida $a^{[2]} \in (0, 1)$ se interpreta como clase 0 «si
# >   $a^{[2]} \le 0$» y clase 1 «si $a^{[2]} > 0$». Como la sigmoide es siempre positiva, ese
# >   umbral pone **todo** en la clase 1. El umbral es **0.5**: clase 1 si $a^{[2]} > 0.5$, clase 0
# >   si $a^{[2]} \le 0.5$ (equivale a $z^{[2]} > 0$, que es lo que seguramente quería decir).
# > - La diapositiva define el log-loss con $\log_2$ y luego, al derivar, omite la constante
# >   $\log_2 e$. Aquí usamos $\ln$ desde el principio (como `costoEntropiaBinaria`): el mínimo es
# >   el mismo y los gradientes no llevan esa constante.
#
# **Los cuatro productos de la regla de la cadena.** La diapositiva pide
# $\partial J/\partial b_2$, $\partial J/\partial W_2$, $\partial J/\partial b_1$ y
# $\partial J/\partial W_1$:
#
# $$\frac{\partial J}{\partial b_2} = \frac{\partial J}{\partial A_2}\frac{\partial A_2}{\partial Z_2}\frac{\partial Z_2}{\partial b_2},\qquad
# \frac{\partial J}{\partial W_2} = \frac{\partial J}{\partial A_2}\frac{\partial A_2}{\partial Z_2}\frac{\partial Z_2}{\partial W_2}$$
#
# $$\frac{\partial J}{\partial b_1} = \frac{\partial J}{\partial A_2}\frac{\partial A_2}{\partial Z_2}\frac{\partial Z_2}{\partial A_1}\frac{\partial A_1}{\partial Z_1}\frac{\partial Z_1}{\partial b_1},\qquad
# \frac{\partial J}{\partial W_1} = \frac{\partial J}{\partial A_2}\frac{\partial A_2}{\partial Z_2}\frac{\partial Z_2}{\partial A_1}\frac{\partial A_1}{\partial Z_1}\frac{\partial Z_1}{\partial W_1}$$
#
# con los factores de la diapositiva: $\dfrac{\partial J}{\partial A_2} = -\dfrac{1}{m}\left[\dfrac{Y}{A_2} - \dfrac{1 - Y}{1 - A_2}\right]$,
# $\dfrac{\partial A_2}{\partial Z_2} = A_2(1 - A_2)$, $\dfrac{\partial Z_2}{\partial A_1} = W_2$,
# $\dfrac{\partial A_1}{\partial Z_1} = 1 - A_1^2$ y $\dfrac{\partial Z_1}{\partial W_1} = X$.
# Los dos primeros se simplifican: $\left[-\dfrac{Y}{A_2} + \dfrac{1 - Y}{1 - A_2}\right] A_2(1 - A_2) = A_2 - Y$.
# En matrices, con $dZ_2 = A_2 - Y$ de forma $(1, m)$:
#
# $$dW_2 = \tfrac{1}{m}\, dZ_2 A_1^T \;(1, n_h),\qquad db_2 = \tfrac{1}{m}\textstyle\sum_{\text{ejemplos}} dZ_2 \;(1, 1)$$
#
# $$dZ_1 = (W_2^T dZ_2) \odot (1 - A_1^2) \;(n_h, m),\qquad dW_1 = \tfrac{1}{m}\, dZ_1 X^T \;(n_h, n_x),\qquad db_1 = \tfrac{1}{m}\textstyle\sum_{\text{ejemplos}} dZ_1 \;(n_h, 1)$$
#
# El «$\partial Z_2/\partial A_1 = W_2$» de la diapositiva se vuelve $W_2^T$ al multiplicar
# matrices: $W_2$ es $(1, n_h)$ y $dZ_2$ es $(1, m)$; el producto que da $(n_h, m)$ es
# $W_2^T dZ_2$. Igual, «$\partial Z_1/\partial W_1 = X$» entra como $X^T$ a la derecha.
#
# ### Ejercicio 9 · `retroBinaria` (3 puntos)
#
# `retroBinaria(X, Y, A1, A2, W2)` devuelve `(dW1, db1, dW2, db2)`, en ese orden y con las formas
# de `W1`, `b1`, `W2`, `b2`. `A1` y `A2` son las activaciones del paso hacia adelante.
#
# **Salida esperada** (red 2-3-1, 5 ejemplos de la prueba visible): `db2 = [[-0.05279]]`,
# `dW2 = [[ 0.04691 -0.01947  0.01802]]`, `db1 = [[ 0.01436] [-0.01626] [ 0.00224]]`. La prueba
# oculta compara además con un gradiente numérico.

# %% ejercicio="retroBinaria" puntos=3

# %% [markdown]
# Comprobamos los cuatro productos contra el gradiente numérico del costo de la red dada
# (diferencias centrales, $\partial J/\partial\theta \approx [J(\theta + h) - J(\theta - h)]/2h$).
# Un error relativo de $10^{-7}$ o menos quiere decir que las derivadas están bien.

# %%
errores_gradiente = ini.verificar_gradientes(retroBinaria, redAdelante, costoEntropiaBinaria)

# %% [markdown]
# ### Ejercicio 10 · `predecirBinaria` (1 punto)
#
# `predecirBinaria(X, params)` recibe `params = {"W1", "b1", "W2", "b2"}`, hace el paso hacia
# adelante de la red (tanh en la capa oculta, sigmoide a la salida, **$Z = W X + b$**) y devuelve
# un arreglo de forma `(1, m)` con la clase de cada punto: **1 si $a^{[2]} > 0.5$ y 0 si
# $a^{[2]} \le 0.5$** (enteros 0/1; también se aceptan booleanos).
#
# **Salida esperada** (red 2-2-1 de la prueba visible): `[[0 1 1 1 0 1]]`.

# %% ejercicio="predecirBinaria" puntos=1

# %% [markdown]
# ### Entrenamiento sobre las medias lunas
#
# `entrenarBinaria` (código dado) hace descenso de gradiente con tu `retroBinaria`: en cada paso,
# `redAdelante`, el costo, tus cuatro gradientes y `actualizarParametros`. Empezamos con tu
# `initXavierUniforme`, como pide la diapositiva, y $n_h = 4$ neuronas ocultas; además de los 200
# puntos de entrenamiento, medimos la exactitud en 1 000 puntos nuevos de prueba.

# %% dada="entrenarBinaria"

# %%
EPOCAS = 5000 if ENTRENAMIENTO_COMPLETO else 1000
LR = 1.0
X_prueba, Y_prueba = ini.datos_lunas(m=1000, semilla=1)
params_4, costos_4 = entrenarBinaria(X_lunas, Y_lunas, initXavierUniforme([2, 4, 1], np.random.default_rng(0)),
                                     EPOCAS, LR)
exactitud_ent = np.mean(predecirBinaria(X_lunas, params_4) == Y_lunas)
exactitud_pru = np.mean(predecirBinaria(X_prueba, params_4) == Y_prueba)
print(f"costo inicial {costos_4[0]:.4f} → final {costos_4[-1]:.4f};  exactitud: entrenamiento "
      f"{exactitud_ent:.1%}, prueba {exactitud_pru:.1%}")
ini.graficar_costos({"n_h = 4": costos_4})
ini.graficar_frontera(lambda P: redAdelante(P, params_4, ["tanh", "sigmoide"])[0], X_lunas, Y_lunas,
                      titulo="Frontera de decisión, n_h = 4 (línea negra: a^[2] = 0.5)");

# %% [markdown]
# ### Barrido del tamaño de la capa oculta
#
# La misma red con $n_h$ = 1, 2, 3, 4, 5, 20 y 50 neuronas ocultas, misma semilla, mismas épocas.
# Con 1 o 2 neuronas la frontera es casi una recta o una curva simple y no alcanza para las lunas;
# desde 3 o 4 la red separa las dos clases; con 20 o 50 la frontera puede retorcerse para
# acomodar puntos ruidosos (con más épocas, `ENTRENAMIENTO_COMPLETO = True`, se nota más).
# Compara la exactitud de entrenamiento con la de prueba.

# %%
resultados = []
for nh in (1, 2, 3, 4, 5, 20, 50):
    params, _ = entrenarBinaria(X_lunas, Y_lunas, initXavierUniforme([2, nh, 1], np.random.default_rng(0)),
                                EPOCAS, LR)
    texto = (f"ent. {np.mean(predecirBinaria(X_lunas, params) == Y_lunas):.1%} · prueba "
             f"{np.mean(predecirBinaria(X_prueba, params) == Y_prueba):.1%}")
    resultados.append((nh, lambda P, p=params: redAdelante(P, p, ["tanh", "sigmoide"])[0], texto))
    print(f"n_h = {nh:2d}: {texto}")
ini.graficar_barrido(resultados, X_lunas, Y_lunas);

# %% [markdown]
# Con dos entradas y una salida, las reglas de la sección 7 piden $n_h \ge \lceil 2.33 \rceil = 3$,
# $n_h \le 6$ y $n_h \ge 2$: en este problema aciertan bastante (con 1 o 2 neuronas la red no
# alcanza). Pero $n_h = 20$ o 50, que rompen la regla 2, no dan una red peor en prueba con este
# entrenamiento: otra vez, reglas prácticas y no leyes.

# %% [markdown]
# ## 9. Preguntas (2 puntos cada una, calificación manual)
#
# **Pregunta 1.** En la sección 2, la red que empezó con todos sus pesos en 0.5 aprendió algo,
# pero cada capa oculta terminó con una sola unidad distinta. Explica con tus palabras por qué
# ocurre (qué reciben las unidades hacia adelante y qué gradiente reciben hacia atrás), por qué el
# descenso de gradiente no puede arreglarlo, y por qué en cambio los **sesgos** sí pueden empezar
# en cero.

# %% [markdown] pregunta="pregunta_simetria" puntos=2
# Si todos los pesos de una capa valen lo mismo, todas sus unidades reciben las mismas entradas
# con los mismos pesos y calculan la misma $z$ y la misma activación. Hacia atrás, cada unidad
# recibe de la capa siguiente el mismo gradiente (la capa siguiente también les da pesos
# iguales), así que $dW$ tiene todas sus filas iguales y la actualización las deja iguales. Por
# inducción siguen idénticas en cada paso: el descenso de gradiente conserva la simetría, no la
# rompe, y la capa se comporta como una sola unidad repetida (con ceros exactos y tanh ni
# siquiera se mueve, porque $\tanh(0) = 0$ anula los gradientes de los pesos). Por eso la simetría
# la tiene que romper la inicialización, con pesos aleatorios distintos. Los sesgos pueden empezar
# en cero porque, con pesos ya distintos, las unidades calculan funciones distintas y reciben
# gradientes distintos: un sesgo común no las vuelve a igualar.

# %% [markdown]
# **Pregunta 2.** Mira la figura de la sección 6. Usa $\operatorname{Var}[y_i] = n\,\sigma_W^2\,
# \sigma_x^2$ para explicar por qué la desviación de las activaciones se apaga con
# $\sigma_W = 0.01$ y crece con $\sigma_W = 1$, por qué Glorot funciona con tanh pero pierde la
# señal con ReLU, y qué corrige He. ¿Por qué importa esto para el **entrenamiento**, y no solo
# para el paso hacia adelante?

# %% [markdown] pregunta="pregunta_he" puntos=2
# Cada capa multiplica la varianza por $n\sigma_W^2$ (y por lo que haga la activación). Con
# $n = 128$ y $\sigma_W = 0.01$ el factor es $0.0128$ (la desviación se multiplica por 0.11 por
# capa) y la señal se apaga; con $\sigma_W = 1$ el factor es 128: las sumas crecen 11 veces por
# capa, tanh se satura en ±1 y sin saturación los números desbordan a inf y NaN. Glorot (y LeCun
# cuando $n_{in} = n_{out}$) hace $n\sigma_W^2 = 1$, y como tanh es casi la identidad cerca de 0,
# la escala se conserva. ReLU anula la mitad negativa: $E[\text{ReLU}(z)^2] = \sigma_z^2/2$, así que
# con $n\sigma_W^2 = 1$ la varianza se divide entre 2 en cada capa. He usa $\sigma_W^2 = 2/n_{in}$
# para compensar ese ½ y la escala queda constante. Importa para entrenar porque el gradiente de
# cada $W^{[l]}$ es $dZ^{[l]} A^{[l-1]T}$: si las activaciones o los $dZ$ que vuelven hacia atrás
# se apagan, los gradientes son diminutos y las primeras capas no aprenden; si explotan, los pasos
# son enormes y el entrenamiento diverge o da NaN.

# %% [markdown]
# ## 10. Para experimentar (sin calificación)
#
# - En la sección 2, cambia las activaciones ocultas a `"sigmoide"` y vuelve a entrenar desde
#   ceros: ¿se mueven ahora los pesos? ¿Cuántas unidades distintas quedan?
# - En la figura de la sección 6 usa capas de tamaños distintos (por ejemplo
#   `[128, 256, 64, 256, 64, ...]`): ¿siguen coincidiendo LeCun y Glorot?
# - Entrena la red de la sección 8 con `initRed(..., escala=5.0)` en vez de Glorot. ¿Qué le pasa a
#   la curva de costo en las primeras épocas?
# - Con `ENTRENAMIENTO_COMPLETO = True`, ¿qué tamaños de capa oculta empiezan a sobreajustar?
#
# ## Referencias
#
# - X. Glorot y Y. Bengio (2010). *Understanding the difficulty of training deep feedforward neural
#   networks*. AISTATS 2010, PMLR 9:249–256. (La inicialización de Glorot/Xavier: la condición de
#   ida, la de vuelta y su promedio.)
# - K. He, X. Zhang, S. Ren y J. Sun (2015). *Delving Deep into Rectifiers: Surpassing Human-Level
#   Performance on ImageNet Classification*. ICCV 2015. (La inicialización para ReLU,
#   $\sigma^2 = 2/n_{in}$.)
# - Y. LeCun, L. Bottou, G. B. Orr y K.-R. Müller (1998). *Efficient BackProp*. En *Neural
#   Networks: Tricks of the Trade*, Springer, LNCS 1524. (Pesos con desviación $1/\sqrt{n_{in}}$.)
# - CS231n, Stanford: *Neural Networks Part 2: Setting up the Data and the Loss*,
#   https://cs231n.github.io/neural-networks-2/ (sección «Weight Initialization»: el error de
#   iniciar todo en cero, la calibración de la varianza con $1/\sqrt{n}$ y la recomendación de He
#   para ReLU).

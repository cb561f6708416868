# %% [markdown]
# # Unidad 12 · Normalización por lotes
#
# En la unidad 8 viste que una red profunda solo aprende si la escala de sus señales se mantiene
# capa a capa, y que conseguirlo exige elegir bien la escala inicial de los pesos. Pero esa
# escala solo se controla **al empezar**: en cuanto el descenso de gradiente mueve los pesos, la
# media y la varianza de cada capa cambian, y cada capa tiene que adaptarse a una entrada que se
# mueve. La **normalización por lotes** (*batch normalization*, Ioffe y Szegedy, 2015) corta ese
# problema de raíz: en cada mini-lote, normaliza cada unidad para que tenga media 0 y varianza 1,
# y luego le devuelve una escala γ y un desplazamiento β que la red aprende. En esta unidad la
# escribes con NumPy hacia adelante (en entrenamiento y en inferencia) y hacia atrás, la
# compruebas con el gradiente numérico, la metes en una red profunda y **mides** lo que cambia en
# MNIST: las estadísticas de cada capa, la velocidad del entrenamiento y el rango de tasas de
# aprendizaje con el que la red todavía aprende.
#
# | función | qué hace | puntos |
# |---|---|---|
# | `mediaVarianzaLote(Z)` | media y varianza de cada unidad sobre los ejemplos del lote | 2 |
# | `normLoteAdelante(Z, gamma, beta, estado, modo, momento, eps)` | normalización en entrenamiento (con los promedios móviles) y en inferencia | 4 |
# | `normLoteAtras(dY, cache)` | los gradientes dZ, dγ, dβ con la fórmula compacta | 4 |
# | `gradienteNumericoNormLote(Z, gamma, beta, dY, h)` | el chequeo numérico de los tres gradientes | 2 |
# | `plegarNormLote(W, b, gamma, beta, estado, eps)` | la capa densa y la normalización de inferencia fundidas en una | 2 |
# | dos preguntas escritas | el sesgo que sobra y la inferencia | 2 + 2 |
#
# **Cómo trabajar.** Escribe tu código donde dice `# TU CÓDIGO AQUÍ` (borra la línea
# `raise NotImplementedError()`), ejecuta la celda y luego la celda de prueba que la sigue. Las
# pruebas visibles revisan, en este orden, el **tipo**, la **forma**, los **valores** y los
# **errores típicos**, y te dicen en español qué está mal. Al calificar se ejecutan además pruebas
# ocultas con otros lotes (otros tamaños, una sola columna, lotes cuadrados): escribe código
# general. Las gráficas y los experimentos usan **tus** funciones.
#
# **Convención de formas.** Cada ejemplo es una **columna**. Una capa con $n$ unidades en un
# mini-lote de $m$ ejemplos produce `Z` de forma `(n, m)`: **una fila por unidad**. La
# normalización por lotes trata cada unidad por separado, así que la media y la varianza de la
# unidad $i$ son las de **su fila**, sobre los $m$ ejemplos (`axis=1`), y tienen forma `(n, 1)`,
# como `gamma` y `beta`. CS231n y Goodfellow et al. escriben los ejemplos en **filas** (`x` de
# forma `(N, D)`, medias con `axis=0`); la diapositiva 003 también (`Y = [1 X] Wᵀ`, «con los
# datos en sus filas»). Aquí todo está traducido a columnas: copiar `x.mean(axis=0)` de esas
# fuentes es, en este curso, normalizar sobre el eje equivocado.
#
# **Sobre el material del curso.** La diapositiva 002 pone la normalización por lotes en el plan
# de la unidad («9. Batch normalization»), y la 003 la nombra entre las piezas de una red profunda
# («Normalización») y deriva cómo se propaga la varianza por una capa densa; ninguna la
# desarrolla. Esta unidad se construye sobre las referencias del final: el artículo original de
# Ioffe y Szegedy (2015), la tarea 2 de CS231n (*BatchNormalization*) y el §8.7.1 de *Deep
# Learning* de Goodfellow, Bengio y Courville.

# %% fija="configuracion"
# %matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

from course import normalizacion as nl
from course.normalizacion import (probar_mediaVarianzaLote, probar_normLoteAdelante,
                                  probar_normLoteAtras, probar_gradienteNumericoNormLote,
                                  probar_plegarNormLote)

np.set_printoptions(precision=5, suppress=True)

# %% [markdown]
# Los experimentos con MNIST (secciones 8 a 12) usan 1 000 imágenes de entrenamiento reducidas a
# 10 × 10 píxeles y 4 épocas, para que el cuaderno entero corra en segundos. Para la corrida
# completa (10 000 imágenes de 28 × 28 y 10 épocas: alrededor de un minuto) cambia la bandera de
# la celda siguiente a `True` y vuelve a ejecutar el cuaderno.

# %%
ENTRENAMIENTO_COMPLETO = False

# %% [markdown]
# ## 1. La red de la unidad 6 y su chequeo numérico (código dado)
#
# Las celdas bloqueadas de esta sección son piezas que escribiste en la unidad 6
# («Retropropagación y grafos de cómputo»). Aquí no se califican: la red de la sección 6 las usa,
# y tu chequeo numérico de la sección 5 también.
#
# | función | qué hace |
# |---|---|
# | `capaDensaAdelante(A_prev, W, b)` | `Z = W @ A_prev + b` y la cache `(A_prev, W, b)` |
# | `capaDensaAtras(dZ, cache)` | `(dA_prev, dW, db)` |
# | `activacionAdelante(Z, activacion)` | `"sigmoide"`, `"tanh"`, `"relu"` o `"lineal"`; cache `(Z, A)` |
# | `activacionAtras(dA, cache, activacion)` | `dZ = dA ⊙ g'(Z)` |
# | `initRed(dims, semilla, escala)` | pesos `escala · N(0, 1)` y sesgos en 0 |
# | `actualizarParametros(params, grads, lr)` | $\theta \leftarrow \theta - \alpha\, d\theta$ para cada clave (`lr` es la tasa de aprendizaje α) |
# | `gradienteNumerico(f, x, h)` | diferencias centradas $\frac{f(x + h e_i) - f(x - h e_i)}{2h}$, componente a componente |
# | `errorRelativo(a, b)` | $\lVert a - b\rVert / (\lVert a\rVert + \lVert b\rVert)$ |

# %% dada="capaDensaAdelante"

# %% dada="capaDensaAtras"

# %% dada="activacionAdelante"

# %% dada="activacionAtras"

# %% dada="initRed"

# %% dada="actualizarParametros"

# %% dada="gradienteNumerico"

# %% dada="errorRelativo"

# %% [markdown]
# ## 2. El problema: la escala de cada capa depende de todas las anteriores
#
# La diapositiva 003 calcula cómo se propaga la varianza por una capa densa. Si la entrada $x$
# tiene componentes independientes de media 0 y varianza $\sigma_x^2$, y los pesos $w_{ik}$ son
# independientes de media 0 y varianza $\sigma_w^2$, cada salida $z_i = \sum_{k=1}^{n} w_{ik}
# x_k$ tiene media 0 y
#
# $$\operatorname{Var}[z_i] = n\, \sigma_w^2\, \sigma_x^2 .$$
#
# (La diapositiva escribe la capa con los datos en filas, $Y = [1\ X]\,W^T$; con ejemplos en
# columnas es $Z = W X + b$. En su desarrollo hay un paso intermedio que factoriza
# $E[w_{ik}x_k]\,E[w_{il}x_l]$ también cuando $k = l$, donde no vale; la línea siguiente lo
# corrige, y el resultado es el de arriba.) En una red de $L$ capas lineales la varianza se
# **multiplica** por $n\sigma_w^2$ en cada capa: crece o se apaga geométricamente, y «luego de
# varias capas, esos números alcanzarían NaN», dice la diapositiva. Con $\sigma_w = 1/\sqrt{n}$
# se conserva. Es la idea de las inicializaciones de la unidad 8.
#
# Pero una inicialización solo fija la escala **en la primera época**. Después, cada paso de
# descenso de gradiente cambia los pesos de todas las capas a la vez, y la distribución de la
# entrada de la capa $l$ cambia porque cambiaron las capas $1, \dots, l-1$. Ioffe y Szegedy
# llaman a eso **desplazamiento interno de covariables** (*internal covariate shift*) y lo
# proponen como la razón de que las redes profundas pidan tasas de aprendizaje pequeñas.
# Goodfellow et al. (§8.7.1) lo explican como un problema de **coordinación**: el gradiente dice
# cómo mejorar cada parámetro suponiendo que los demás no cambian, pero en una red profunda todos
# cambian a la vez, y el efecto conjunto de actualizar muchas capas compuestas (por ejemplo, la
# escala de la salida, que es el **producto** de las escalas de todas ellas) puede ser mucho más
# grande que lo previsto. La normalización por lotes **reparametriza** la red para que la media y
# la varianza de cada unidad ya no dependan de las capas anteriores: las fija ella. (Por qué
# ayuda exactamente sigue en discusión: Santurkar et al., 2018, argumentan con experimentos que
# lo que más ayuda es que el paisaje del costo se vuelve más suave, y no la reducción del
# desplazamiento de covariables.)
#
# ### Ejercicio 1 · `mediaVarianzaLote` (2 puntos)
#
# Para cada unidad $i$ (cada **fila** de `Z`), sobre los $m$ ejemplos del mini-lote:
#
# $$\mu_i = \frac{1}{m}\sum_{j=1}^{m} Z_{ij}, \qquad \sigma_i^2 = \frac{1}{m}\sum_{j=1}^{m}
# \left(Z_{ij} - \mu_i\right)^2 .$$
#
# Devuelve `media` y `varianza`, las dos de forma `(n, 1)` (`keepdims=True`). La varianza es la
# **sesgada**, entre $m$ (la que usa el Algoritmo 1 de Ioffe y Szegedy y lo que calcula `np.var`
# por defecto), no la no sesgada entre $m - 1$ (`ddof=1`): aquí no se estima la varianza de una
# población, se **normaliza este lote**, y dividir entre $m$ es lo que deja sus filas con
# varianza 1 (salvo el efecto de ε; sección 3). Con un solo ejemplo ($m = 1$) la media es ese ejemplo y la
# varianza, 0.
#
# **Salida esperada:** con el lote de prueba `nl.Z_PRUEBA` (4 unidades, 6 ejemplos; la fila 1 es
# casi constante y la fila 2 constante), `media` es `[[0.33333] [3.] [2.5] [98.66667]]` y
# `varianza` es `[[1.13556] [1.75e-06] [0.] [52.55556]]` (con `suppress=True` el `1.75e-06` se
# imprime como `0.`).

# %% ejercicio="mediaVarianzaLote" puntos=2

# %% [markdown]
# Con **tu** `mediaVarianzaLote`, la fórmula de la diapositiva en una red de 10 capas lineales de
# 64 unidades, con pesos de desviación $\sigma_w = c/\sqrt{n}$ (así $n\sigma_w^2 = c^2$) y
# entradas de varianza 1: la varianza de la capa $l$ debería ser $c^{2l}$. La celda mide, en cada
# capa, la varianza de cada unidad en un lote de 200 ejemplos y promedia sobre las unidades (los
# pesos son aleatorios: la fórmula es un valor esperado, y la medida se aparta algo de ella).

# %%
rng = np.random.default_rng(0)
n, m, CAPAS = 64, 200, 10
X_lineal = rng.normal(size=(n, m))                  # σ_x² = 1
medidas, predichas = {}, {}
for c in (0.8, 1.0, 1.25):
    A = X_lineal
    medidas[f"c = {c:g}"] = []
    for l in range(CAPAS):
        A = (c / np.sqrt(n)) * rng.normal(size=(n, n)) @ A
        medidas[f"c = {c:g}"].append(float(np.mean(mediaVarianzaLote(A)[1])))
    predichas[f"c = {c:g}"] = [c ** (2 * l) for l in range(1, CAPAS + 1)]
nl.tabla_varianza_por_capa(medidas, predichas);

# %% [markdown]
# Con $c = 1.25$ la varianza de la capa 10 es del orden de 90 veces la de la entrada; con
# $c = 0.8$, unas cien veces menor. Y eso con pesos **fijos**: al entrenar, las escalas cambian
# en cada paso.
#
# ## 3. La transformación de normalización por lotes
#
# **Entrenamiento** (Ioffe y Szegedy, Algoritmo 1). Con las estadísticas $\mu_i$ y $\sigma_i^2$
# del mini-lote, cada unidad se normaliza y luego se escala y se desplaza:
#
# $$\hat Z_{ij} = \frac{Z_{ij} - \mu_i}{\sqrt{\sigma_i^2 + \varepsilon}}, \qquad
# Y_{ij} = \gamma_i\, \hat Z_{ij} + \beta_i .$$
#
# - $\varepsilon$ (`eps`, $10^{-5}$ como en CS231n) es una constante pequeña que se suma **dentro
#   de la raíz**. Existe para las unidades constantes en el lote ($\sigma^2 = 0$): sin ella,
#   $0/0$. Sumarla fuera, $(Z - \mu)/(\sqrt{\sigma^2} + \varepsilon)$, no es lo mismo: cuando
#   $\sigma^2$ es del orden de $\varepsilon$ (una unidad casi constante, como la fila 1 de la
#   prueba) los dos resultados difieren en un factor grande.
# - Cada fila de $\hat Z$ tiene media 0 y varianza $\sigma_i^2/(\sigma_i^2 + \varepsilon)
#   \approx 1$. Cada fila de $Y$, media $\beta_i$ y desviación típica $\approx |\gamma_i|$.
# - ¿Para qué $\gamma$ y $\beta$? Forzar media 0 y varianza 1 limitaría lo que la capa puede
#   representar (con una sigmoide, por ejemplo, quedaría casi en su zona lineal). Con
#   $\gamma_i = \sqrt{\sigma_i^2 + \varepsilon}$ y $\beta_i = \mu_i$ la transformación es la
#   identidad: la red **puede** deshacerla si le conviene. La diferencia es que ahora la media y
#   la escala de la unidad las decide un solo parámetro cada una ($\beta_i$ y $\gamma_i$), y no
#   una interacción complicada de todas las capas anteriores (Goodfellow et al., §8.7.1).
# - Es **invariante a la escala** de lo que entra: $\text{BN}(aZ + c) = \text{BN}(Z)$ para todo
#   $a > 0$ (salvo el efecto de $\varepsilon$). Con la capa densa delante, $\text{BN}((aW)A) =
#   \text{BN}(WA)$: la escala de los pesos deja de importar hacia adelante.
#
# **Inferencia.** Al predecir no se puede usar la media del lote: la salida de una imagen
# dependería de qué otras imágenes van en su lote, y con una sola imagen ($m = 1$) $\sigma^2 = 0$
# y $\hat Z = 0$ para **cualquier** entrada. En inferencia se normaliza con estadísticas fijas,
# las de «todos los datos», que se estiman durante el entrenamiento con **promedios móviles**
# (CS231n), actualizados en cada mini-lote de entrenamiento:
#
# $$\mu^{\text{móvil}} \leftarrow \text{momento}\cdot\mu^{\text{móvil}} + (1 - \text{momento})
# \cdot \mu^{\text{lote}}, \qquad \sigma^{2,\text{móvil}} \leftarrow \text{momento}\cdot
# \sigma^{2,\text{móvil}} + (1 - \text{momento})\cdot\sigma^{2,\text{lote}},$$
#
# con `momento = 0.9`: el promedio recuerda, con pesos que decaen como $0.9^k$, los últimos diez
# lotes o así. En inferencia $\hat Z = (Z - \mu^{\text{móvil}})/\sqrt{\sigma^{2,\text{móvil}} +
# \varepsilon}$ y los promedios **no** se tocan (no hay lote del que aprender: lo que se evalúa no
# debe cambiar la red). Los promedios viven en un diccionario
# `estado = {"media": (n, 1), "varianza": (n, 1)}` que empieza con ceros y unos.
#
# > **Dos convenciones que conviene conocer.** (1) PyTorch llama `momentum` al peso del **lote**
# > (`momentum=0.1` allí es nuestro `momento = 0.9`); intercambiarlos es un error típico. (2)
# > Ioffe y Szegedy (Algoritmo 2) y PyTorch guardan como varianza de la población la versión no
# > sesgada, $\frac{m}{m-1}\sigma^2_{\text{lote}}$; CS231n guarda la misma $\sigma^2_{\text{lote}}$
# > con que normalizó. Para $m = 64$ la diferencia es de un 1.6 %. Las dos se aceptan en la
# > varianza **móvil**; para **normalizar el lote** solo vale la sesgada.
#
# ### Ejercicio 2 · `normLoteAdelante` (4 puntos)
#
# `normLoteAdelante(Z, gamma, beta, estado, modo, momento=0.9, eps=1e-5)` devuelve
# `(Y, cache, estado_nuevo)`:
#
# - `modo == "entrenamiento"`: $\mu$ y $\sigma^2$ del lote con **tu** `mediaVarianzaLote`,
#   $\hat Z$, $Y$; `cache = (Z, Z_gorro, media, varianza, gamma, eps)` (en ese orden, con las
#   estadísticas **del lote**: es lo que necesita `normLoteAtras`); y `estado_nuevo` con los
#   promedios actualizados.
# - `modo == "inferencia"`: $\hat Z$ con `estado["media"]` y `estado["varianza"]`, $Y$;
#   `cache = None` (en inferencia no hay paso hacia atrás); y `estado_nuevo` con los mismos
#   valores que `estado`.
#
# En los dos casos `estado_nuevo` es un diccionario **nuevo**: no modifiques el que recibes
# (quien te llama puede querer el estado anterior; la red de la sección 6 reemplaza el suyo por el
# que devuelves). Usa los argumentos `momento` y `eps`, no escribas sus valores.
#
# **Salida esperada:** con `nl.Z_PRUEBA`, `nl.GAMMA`, `nl.BETA`, `nl.ESTADO` en entrenamiento,
# la primera fila de `Y` es `[ 0.3346  -2.05835  2.44603  0.05308 -1.35454  1.17917]`, la fila
# constante vale `0.3` (su β) en todos los ejemplos y `estado_nuevo["media"]` es
# `[[ 0.21333] [ 3.] [ 2.05] [95.36667]]`. En inferencia, la primera fila es
# `[ 0.51079 -1.81702  2.56474  0.23693 -1.13237  1.33237]` y la fila constante vale `1.7142`.
# La prueba llama también con `momento = 0.5` y `eps = 1e-3`.

# %% ejercicio="normLoteAdelante" puntos=4

# %% [markdown]
# Las propiedades de arriba, con **tu** función: cada fila de $Y$ tiene media $\beta_i$ y
# desviación $\approx\gamma_i$ (salvo la constante, que queda en $\beta$, y la casi constante,
# cuya varianza es del orden de $\varepsilon$); y la misma normalización de un lote escalado y
# desplazado, $7Z - 3$, da lo mismo.

# %%
Y_prueba, _, _ = normLoteAdelante(nl.Z_PRUEBA, nl.GAMMA, nl.BETA, nl.ESTADO, "entrenamiento")
print("media de cada fila de Y:     ", Y_prueba.mean(axis=1))
print("β:                           ", nl.BETA.ravel())
print("desviación de cada fila de Y:", Y_prueba.std(axis=1))
print("γ:                           ", nl.GAMMA.ravel())
Z_lote = rng.normal(size=(5, 40)) * 3 + 1
gamma_1, beta_0 = np.ones((5, 1)), np.zeros((5, 1))
estado_0 = {"media": np.zeros((5, 1)), "varianza": np.ones((5, 1))}
Y_1 = normLoteAdelante(Z_lote, gamma_1, beta_0, estado_0, "entrenamiento")[0]
Y_7 = normLoteAdelante(7 * Z_lote - 3, gamma_1, beta_0, estado_0, "entrenamiento")[0]
print("máx |BN(7Z − 3) − BN(Z)| =", np.max(np.abs(Y_7 - Y_1)))

# %% [markdown]
# La red lineal de la sección 2, ahora con una normalización (γ = 1, β = 0) después de cada
# capa: la varianza de cada capa vuelve a ser 1 (en realidad $\sigma^2/(\sigma^2 + \varepsilon)$)
# para cualquier $c$.

# %%
medidas_norm, unos = {}, {}
for c in (0.8, 1.25, 3.0):
    A = X_lineal
    estado_c = {"media": np.zeros((n, 1)), "varianza": np.ones((n, 1))}
    medidas_norm[f"c = {c:g}, normalizada"] = []
    for l in range(CAPAS):
        Z_c = (c / np.sqrt(n)) * rng.normal(size=(n, n)) @ A
        A, _, _ = normLoteAdelante(Z_c, np.ones((n, 1)), np.zeros((n, 1)), estado_c,
                                   "entrenamiento")
        medidas_norm[f"c = {c:g}, normalizada"].append(float(np.mean(mediaVarianzaLote(A)[1])))
    unos[f"c = {c:g}, normalizada"] = [1.0] * CAPAS
nl.tabla_varianza_por_capa(medidas_norm, unos, factor=1.01,
                           titulo="Varianza por capa con normalización");

# %% [markdown]
# **Los promedios móviles, lote a lote.** Una unidad cuyos valores tienen media 3 y varianza 4:
# con **tu** `normLoteAdelante` en entrenamiento, mini-lotes de 32 ejemplos, empezando con
# media 0 y varianza 1. Con `momento = 0.9` los promedios llegan en unos 30 lotes y quedan
# oscilando; con `0.99` son más suaves pero tardan cientos de lotes (por eso, si una red se
# entrena pocas iteraciones, un momento grande deja promedios que todavía recuerdan los ceros y
# unos iniciales). La varianza móvil se queda algo por debajo de 4: la varianza sesgada de un
# lote de 32 vale en promedio $\frac{31}{32}\cdot 4 = 3.875$. Es lo que corrige el factor
# $\frac{m}{m-1}$ del Algoritmo 2 de Ioffe y Szegedy.

# %%
historias = {}
for momento in (0.9, 0.99):
    estado_u = {"media": np.zeros((1, 1)), "varianza": np.ones((1, 1))}
    medias_u, varianzas_u = [], []
    rng_u = np.random.default_rng(5)
    for paso in range(300):
        Z_u = 3 + 2 * rng_u.normal(size=(1, 32))
        _, _, estado_u = normLoteAdelante(Z_u, np.ones((1, 1)), np.zeros((1, 1)), estado_u,
                                          "entrenamiento", momento)
        medias_u.append(estado_u["media"][0, 0])
        varianzas_u.append(estado_u["varianza"][0, 0])
    historias[f"momento = {momento:g}"] = (medias_u, varianzas_u)
nl.graficar_promedios_moviles(historias, media=3.0, varianza=4.0);

# %% [markdown]
# **Las estadísticas del lote son una encuesta.** La diapositiva 002 compara un mini-lote con una
# encuesta electoral: «a valores mayores, mejor aproximación». La media de un mini-lote de $m$
# ejemplos es una estimación de la de todos los datos con un error típico de $\sigma/\sqrt{m}$:
# con lotes de 16 es cuatro veces más ruidosa que con lotes de 256. Ese ruido hace que la
# normalización en entrenamiento actúe un poco como regularizador (Ioffe y Szegedy, §3.4) y es
# también su límite: con lotes muy pequeños las estadísticas son poco fiables. **Tu**
# `mediaVarianzaLote` en 400 lotes de cada tamaño:

# %%
tamanos, desviaciones = (16, 64, 256), []
for m_lote in tamanos:
    medias_lote = [mediaVarianzaLote(3 + 2 * rng.normal(size=(1, m_lote)))[0][0, 0]
                   for _ in range(400)]
    desviaciones.append(float(np.std(medias_lote)))
nl.ruido_de_la_media(tamanos, desviaciones, sigma=2.0)

# %% [markdown]
# ## 4. Hacia atrás: la derivación
#
# Para una unidad (una fila; quitamos el índice $i$) con ejemplos $j = 1, \dots, m$, el grafo de
# cómputo es $z \to \mu \to \sigma^2 \to \hat z \to y$, y $z$ llega a $\hat z$ por **tres
# caminos**: directamente, a través de $\mu$ y a través de $\sigma^2$. Llamamos $dy_j =
# \partial J/\partial y_j$ a lo que llega de arriba y $s = \sqrt{\sigma^2 + \varepsilon}$.
#
# **Los parámetros.** $\gamma$ y $\beta$ son los **mismos para todos los ejemplos** del lote, así
# que sus gradientes suman las contribuciones de cada ejemplo (como `db` en la capa densa):
#
# $$d\beta = \sum_{j} dy_j, \qquad d\gamma = \sum_j dy_j\, \hat z_j, \qquad d\hat z_j = \gamma\,
# dy_j .$$
#
# **La varianza.** $\hat z_j = (z_j - \mu)(\sigma^2 + \varepsilon)^{-1/2}$ depende de
# $\sigma^2$ en todos los ejemplos:
#
# $$d\sigma^2 = \sum_j d\hat z_j\,(z_j - \mu)\cdot\left(-\tfrac12\right)(\sigma^2 +
# \varepsilon)^{-3/2} = -\frac{1}{2s^2}\sum_j d\hat z_j\, \hat z_j .$$
#
# **La media.** $\mu$ aparece en cada $\hat z_j$ y en $\sigma^2 = \frac1m\sum_k (z_k - \mu)^2$:
#
# $$d\mu = \sum_j d\hat z_j \left(-\frac{1}{s}\right) + d\sigma^2 \cdot \frac{1}{m}\sum_k
# -2(z_k - \mu) = -\frac{1}{s}\sum_j d\hat z_j ,$$
#
# porque $\sum_k (z_k - \mu) = 0$.
#
# **La entrada.** $z_j$ llega por los tres caminos: $\partial \hat z_j/\partial z_j = 1/s$,
# $\partial \sigma^2/\partial z_j = 2(z_j - \mu)/m$ y $\partial\mu/\partial z_j = 1/m$:
#
# $$dz_j = \frac{d\hat z_j}{s} + d\sigma^2\,\frac{2(z_j - \mu)}{m} + \frac{d\mu}{m} .$$
#
# **La fórmula compacta.** Sustituyendo $d\sigma^2$, $d\mu$ y $z_j - \mu = s\,\hat z_j$:
#
# $$\boxed{\;dz_j = \frac{1}{m\,s}\Bigl(m\, d\hat z_j - \sum_k d\hat z_k - \hat z_j \sum_k
# d\hat z_k\,\hat z_k\Bigr)\;}$$
#
# Es la `batchnorm_backward_alt` de CS231n: una sola expresión, sin pasos intermedios, y más
# rápida que recorrer el grafo. Léela como una **proyección**: a $d\hat z$ se le quita su media
# (el camino por $\mu$) y su componente en la dirección de $\hat z$ (el camino por $\sigma^2$).
# Dos consecuencias que vas a comprobar: cada fila de `dZ` **suma 0** sobre los ejemplos
# ($\sum_j dz_j = 0$ porque $\sum_j \hat z_j = 0$), y por eso el sesgo `b` de una capa densa
# seguida de una normalización recibe gradiente nulo (pregunta 1).
#
# ### Ejercicio 3 · `normLoteAtras` (4 puntos)
#
# `normLoteAtras(dY, cache)` recibe `dY`, de forma `(n, m)` (con el $1/m$ del costo ya incluido,
# como en la unidad 6), y la cache de entrenamiento `(Z, Z_gorro, media, varianza, gamma, eps)`, y
# devuelve `(dZ, dgamma, dbeta)` con formas `(n, m)`, `(n, 1)` y `(n, 1)`, con la fórmula
# compacta escrita con operaciones sobre filas (`axis=1, keepdims=True`). Toma `eps` de la
# cache: la prueba usa $\varepsilon = 10^{-3}$.
#
# **Salida esperada:** con `nl.DY_ATRAS` y `nl.CACHE_ATRAS` (3 unidades, 5 ejemplos,
# $\varepsilon = 10^{-3}$), `dbeta` es `[[ 0.1] [ 0.6] [-0.2]]`, `dgamma` es
# `[[ 0.94334] [-0.24341] [ 0.48786]]` y la primera fila de `dZ` es
# `[ 0.21631 -0.51169 -0.26815  0.51353  0.05001]`.

# %% ejercicio="normLoteAtras" puntos=4

# %% [markdown]
# ## 5. El chequeo numérico de los tres gradientes
#
# `normLoteAtras` recibe un `dY` cualquiera, no un costo. Para comprobarla con un gradiente
# numérico hace falta un **número** cuyo gradiente respecto a $Y$ sea justo ese `dY`. El truco de
# CS231n: con `dY` fijo,
#
# $$L(Z, \gamma, \beta) = \sum_{i,j} dY_{ij}\, Y_{ij}(Z, \gamma, \beta) \quad\Rightarrow\quad
# \frac{\partial L}{\partial Y} = dY,$$
#
# así que, por la regla de la cadena, $\partial L/\partial Z$, $\partial L/\partial\gamma$ y
# $\partial L/\partial\beta$ son exactamente lo que `normLoteAtras` debe devolver. Cada uno se
# calcula con el `gradienteNumerico` de la unidad 6 moviendo **una sola** de las tres entradas, y
# siempre con la normalización de **entrenamiento** (la que deriva `normLoteAtras`: con los
# promedios móviles, μ y σ² no dependerían de Z).
#
# ### Ejercicio 4 · `gradienteNumericoNormLote` (2 puntos)
#
# `gradienteNumericoNormLote(Z, gamma, beta, dY, h=1e-5)` devuelve
# `(dZ_num, dgamma_num, dbeta_num)`, con las formas de `Z`, `gamma` y `beta`. Define, por ejemplo,
# `L(Z_, gamma_, beta_)` con **tu** `normLoteAdelante` en modo `"entrenamiento"` (el `estado` que
# le pases no afecta a $Y$ en ese modo) y llama a `gradienteNumerico(f, x, h)` con una `f` de un
# solo argumento para cada entrada (`lambda x: L(x, gamma, beta)`, ...). Pasa el `h` que recibes.
#
# **Salida esperada:** con `nl.Z_ATRAS`, `nl.GAMMA_ATRAS`, `nl.BETA_ATRAS`, `nl.DY_ATRAS` y
# `h = 1e-2` (grande a propósito), `dbeta_num` es `[[ 0.1] [ 0.6] [-0.2]]`, `dgamma_num` es
# `[[ 0.94391] [-0.24351] [ 0.48821]]` y la primera fila de `dZ_num` es
# `[ 0.21625 -0.51179 -0.26876  0.51384  0.05045]`. (Aquí $\varepsilon$ es el de por defecto,
# $10^{-5}$, y no el $10^{-3}$ de la cache del ejercicio 3: por eso `dgamma` difiere un poco.)

# %% ejercicio="gradienteNumericoNormLote" puntos=2

# %% [markdown]
# Ahora, tu retropropagación contra tu gradiente numérico, en tres lotes al azar (uno con 32
# ejemplos), con **tus** `normLoteAdelante`, `normLoteAtras`, `gradienteNumericoNormLote` y el
# `errorRelativo` de la unidad 6. Sin quiebres en la función (no hay ReLU aquí) se espera un error
# relativo de $10^{-8}$ o menos, y $|\sum_j dZ_{ij}|$ del orden del redondeo.

# %%
nl.verificar_normLoteAtras(normLoteAdelante, normLoteAtras, gradienteNumericoNormLote,
                           errorRelativo);

# %% [markdown]
# ## 6. Una red profunda con normalización por lotes (código dado)
#
# **Dónde va la capa.** Ioffe y Szegedy (§3.2) normalizan $WA + b$, la entrada de la
# activación, y no la salida: $A^{[l]} = g\bigl(\text{BN}(W^{[l]} A^{[l-1]} + b^{[l]})\bigr)$.
# La capa de salida no se normaliza (sus puntajes van directos a softmax). Fíjate en $b^{[l]}$:
# la normalización le resta la media a cada unidad, y con ella cualquier constante que se le
# haya sumado. El sesgo de la capa densa **no hace nada** ($\beta$ cumple su papel); por eso los
# marcos de trabajo lo quitan (`use_bias=False`). Aquí lo dejamos para verlo.
#
# Estas funciones arman la red con **tus** `normLoteAdelante` y `normLoteAtras`:
#
# | función | qué hace |
# |---|---|
# | `softmax(Z)` | probabilidades por columna, estable (unidad 10) |
# | `costoEntropiaCategorica(AL, Y)` | $J = -\frac{1}{m}\sum_{j}\sum_k y_{kj}\ln a_{kj}$ (unidad 10) |
# | `initRedNorm(dims, semilla, ganancia, con_norm)` | pesos de He (unidad 8) por `ganancia`, sesgos 0, γ = 1, β = 0 y los estados; con `con_norm=False`, los **mismos pesos** sin normalización |
# | `redNormAdelante(X, params, estados, activacion, modo)` | densa → (normalización si hay `gamma{l}`) → activación en cada capa oculta; densa → softmax en la última. Devuelve `(AL, caches, estados_nuevos)` |
# | `redNormAtras(AL, Y, caches, activacion)` | los gradientes `dW{l}`, `db{l}` y, con normalización, `dgamma{l}`, `dbeta{l}` |
# | `entrenarRedNorm(X, Y, params, estados, activacion, lr, epocas, tamLote, semilla)` | descenso de gradiente por mini-lotes (diapositiva 002: barajar, recorrer los lotes, una actualización por lote); devuelve `(params, estados, costos)` |
# | `predecirRedNorm(X, params, estados, activacion, modo)` | la clase más probable de cada columna; `modo="inferencia"` por defecto |
#
# Como `actualizarParametros` recorre todas las claves de `params`, γ y β se entrenan igual que
# los pesos: $\gamma \leftarrow \gamma - \alpha\, d\gamma$, $\beta \leftarrow \beta - \alpha\,
# d\beta$.

# %% dada="softmax"

# %% dada="costoEntropiaCategorica"

# %% dada="initRedNorm"

# %% dada="redNormAdelante"

# %% dada="redNormAtras"

# %% dada="entrenarRedNorm"

# %% dada="predecirRedNorm"

# %% [markdown]
# **El chequeo numérico de la red entera.** Una red pequeña, 5 → 4 → 4 → 3 con tanh y
# normalización en las dos capas ocultas, 8 ejemplos: el gradiente de `redNormAtras` de cada
# parámetro contra el `gradienteNumerico` del costo (moviendo ese parámetro y dejando los demás).
# Es la prueba de que tus dos funciones encajan con el resto de la red. Mira las filas `b1` y
# `b2`.

# %%
rng_p = np.random.default_rng(3)
X_p = rng_p.normal(size=(5, 8))
Y_p = np.eye(3)[:, rng_p.integers(0, 3, size=8)]
params_p, estados_p = initRedNorm([5, 4, 4, 3], semilla=3)
params_p["gamma1"] = rng_p.uniform(0.5, 1.5, size=(4, 1))   # que γ y β no sean 1 y 0
params_p["beta2"] = rng_p.normal(size=(4, 1))
AL_p, caches_p, _ = redNormAdelante(X_p, params_p, estados_p, "tanh", "entrenamiento")
grads_p = redNormAtras(AL_p, Y_p, caches_p, "tanh")


def costo_red(clave, valor):
    """El costo de la red pequeña con el parámetro ``clave`` cambiado por ``valor``."""
    AL, _, _ = redNormAdelante(X_p, {**params_p, clave: valor}, estados_p, "tanh",
                               "entrenamiento")
    return costoEntropiaCategorica(AL, Y_p)


numericos_p = {clave: gradienteNumerico(lambda v, clave=clave: costo_red(clave, v), valor)
               for clave, valor in params_p.items()}
nl.verificar_gradientes_red(grads_p, numericos_p, errorRelativo);

# %% [markdown]
# ## 7. Los datos: un subconjunto de MNIST
#
# `nl.cargar_mnist()` es el cargador de la unidad 10: descarga MNIST la primera vez (verificando
# cada archivo) o lo lee de la carpeta de la variable de entorno `MNIST_DIR`; si solo están los
# archivos de prueba los divide, y si no hay nada usa los dígitos de 8 × 8 de scikit-learn.
# **Siempre imprime qué datos usó**: las cifras de abajo cambian un poco según cuáles sean. Los
# píxeles vienen en [0, 1], un ejemplo por columna, con etiquetas one-hot `(10, m)`.
#
# Para que los experimentos corran en segundos, `nl.reducir_imagenes` reduce cada imagen a
# 10 × 10 = 100 píxeles: MNIST se construyó centrando cada dígito en una caja de 20 × 20 dentro
# de la imagen de 28 × 28; la función recorta esa caja y promedia bloques de 2 × 2. Los dígitos
# siguen siendo reconocibles y la primera capa pasa de 784 entradas a 100. Con
# `ENTRENAMIENTO_COMPLETO = True` se usan las imágenes completas.

# %%
datos = nl.cargar_mnist()
N_ENT = 10_000 if ENTRENAMIENTO_COMPLETO else 1000
EPOCAS = 10 if ENTRENAMIENTO_COMPLETO else 4
datos = datos.recortar(n_ent=N_ENT, n_val=1000)
X_ent, Y_ent = datos.X_ent.astype(float), datos.Y_ent.astype(float)
X_val, y_val = datos.X_val.astype(float), datos.etiquetas_val
if not ENTRENAMIENTO_COMPLETO:
    X_ent, X_val = nl.reducir_imagenes(X_ent, datos.lado), nl.reducir_imagenes(X_val, datos.lado)
print("X_ent", X_ent.shape, " Y_ent", Y_ent.shape, " X_val", X_val.shape)

# %% [markdown]
# ## 8. Estadísticas de las activaciones por capa, antes de entrenar
#
# La red de los experimentos: 8 capas ocultas de 50 unidades ReLU y 10 salidas softmax. Con pesos
# de He (`ganancia = 1`), la mitad (`0.5`) y el doble (`2`), sin y con normalización, una pasada
# hacia adelante con 200 imágenes: la desviación típica de la entrada de cada activación (la $Z$,
# o la $Y$ normalizada), medida con **tu** `mediaVarianzaLote` unidad por unidad y promediada.

# %%
DIMS = [X_ent.shape[0]] + [50] * 8 + [10]
curvas = {}
for ganancia in (0.5, 1.0, 2.0):
    for con_norm in (False, True):
        params, estados = initRedNorm(DIMS, semilla=1, ganancia=ganancia, con_norm=con_norm)
        _, caches, _ = redNormAdelante(X_ent[:, :200], params, estados, "relu", "entrenamiento")
        entradas = [cache[2][0] for cache in caches[:-1]]      # lo que entra a cada ReLU
        curvas[f"ganancia {ganancia:g}, {'con' if con_norm else 'sin'} normalización"] = [
            float(np.mean(np.sqrt(mediaVarianzaLote(Z)[1]))) for Z in entradas]
for nombre, valores in curvas.items():
    print(f"{nombre:>32}:", " ".join(f"{v:7.3g}" for v in valores))
nl.graficar_desviaciones_por_capa(curvas);

# %% [markdown]
# Sin normalización, la escala de cada capa es la de la anterior por un factor que depende de la
# inicialización: con ganancia 0.5 cae a menos de la mitad por capa (de la capa 1 a la 8 se
# divide entre más de cien: las últimas capas reciben casi nada) y con ganancia 2 casi se
# duplica (se multiplica por más de cuarenta); aun con He, las entradas de MNIST (no centradas,
# de varianza pequeña) no dan justo 1. Con normalización, todas
# las capas empiezan con desviación 1, **sea cual sea la ganancia**: la invariancia a la escala de
# la sección 3.
#
# ## 9. Entrenar con y sin normalización: el costo por época y el rango de tasas
#
# Las dos redes, con los **mismos** pesos iniciales de He, se entrenan con descenso de gradiente
# por mini-lotes de 50 con seis tasas de aprendizaje α, de 0.01 a 3. Para cada una: el costo de
# cada época (la media de sus mini-lotes) y la exactitud en las 1 000 imágenes de validación, con
# la red en **inferencia**. Tarda unos segundos (alrededor de un minuto con
# `ENTRENAMIENTO_COMPLETO`).

# %%
TASAS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
resultados, redes = {}, {}
for con_norm in (False, True):
    for lr in TASAS:
        params, estados = initRedNorm(DIMS, semilla=1, ganancia=1.0, con_norm=con_norm)
        params, estados, costos = entrenarRedNorm(X_ent, Y_ent, params, estados, "relu", lr,
                                                  EPOCAS, tamLote=50, semilla=0)
        with np.errstate(all="ignore"):     # las redes que divergieron dan NaN
            exactitud = float(np.mean(predecirRedNorm(X_val, params, estados, "relu") == y_val))
        resultados[(con_norm, lr)] = (costos, exactitud)
        redes[(con_norm, lr)] = (params, estados)
entrenan = nl.resumen_tasas(resultados)
nl.graficar_entrenamiento(resultados, destacadas=(0.1, 1.0));

# %% [markdown]
# Lo que se ve (las cifras exactas dependen de los datos que se cargaron). «Todavía entrena»
# quiere decir aquí que el costo de la última época es a lo más el 75 % del de la primera.
#
# - **Con la misma tasa, más rápido.** Con α = 0.1 la red normalizada llega en 4 épocas a un
#   costo de ≈ 0.7; la otra, a ≈ 1.2. (Con tiempo, las dos llegan lejos: la ventaja está en las
#   primeras épocas.)
# - **Un rango de tasas mucho más ancho.** Sin normalización, la red solo aprende en una ventana
#   estrecha alrededor de α = 0.1 (de 0.03 a 0.1): con 0.01 apenas se mueve, con 0.3 el costo
#   oscila cerca de $\ln 10 \approx 2.30$, el de adivinar al azar, y con 1 o más ya no baja o
#   diverge. Con normalización entrena de 0.03 a 3 (dos órdenes de magnitud), y lo mejor
#   está en α ≈ 0.3–1, tasas con las que la otra red ya no funciona. Es el resultado
#   central de Ioffe y Szegedy (§3.3 y §4.2): la normalización permite tasas de aprendizaje mucho
#   mayores. Con `ENTRENAMIENTO_COMPLETO` (más datos y más épocas) las dos redes llegan más lejos
#   y la ventana sin normalización se ensancha (de 0.01 a 0.3), pero el patrón se mantiene: sin
#   normalización, α ≥ 1 diverge; con ella, α = 3 todavía entrena.
# - **Por qué.** Por la invariancia a la escala, $\text{BN}((aW)A) = \text{BN}(WA)$, y entonces
#   $\partial J/\partial (aW) = \frac1a\,\partial J/\partial W$: si un paso grande agranda los
#   pesos de una capa, su gradiente se achica en la misma proporción y el siguiente paso es más
#   pequeño. La escala de cada capa deja de realimentarse a través de las demás.
#
# ## 10. Estadísticas de las activaciones por capa, después de entrenar
#
# Las dos redes entrenadas con α = 0.1: los histogramas de lo que entra a la ReLU en la primera
# capa oculta, una del medio y la última, en 200 imágenes de entrenamiento, y la media y la
# desviación típica de cada capa (con **tu** `mediaVarianzaLote`, promediadas sobre las unidades).
# En la red normalizada son las que eligió la red con sus γ y β, y no las que dejaron las capas
# anteriores. (Ioffe y Szegedy, §4.1, siguen en MNIST cómo cambia durante el entrenamiento la
# distribución de la entrada de una sigmoide, con y sin normalización: sin ella, se desplaza; con
# ella, queda estable.)

# %%
entradas_por_red = {}
for con_norm in (False, True):
    params, estados = redes[(con_norm, 0.1)]
    _, caches, _ = redNormAdelante(X_ent[:, :200], params, estados, "relu", "inferencia")
    entradas = [cache[2][0] for cache in caches[:-1]]
    nombre = f"{'con' if con_norm else 'sin'} normalización, α = 0.1"
    entradas_por_red[nombre] = entradas
    estadisticas = [mediaVarianzaLote(Z) for Z in entradas]
    print(f"{nombre}:")
    print("  media por capa:     ", " ".join(f"{np.mean(mu):+6.2f}" for mu, _ in estadisticas))
    print("  desviación por capa:", " ".join(f"{np.mean(np.sqrt(v)):6.2f}"
                                            for _, v in estadisticas))
nl.histogramas_por_capa(entradas_por_red);

# %% [markdown]
# Sin normalización, la escala sigue cambiando de una capa a otra también después de entrenar
# (aquí crece hacia la salida); con normalización, todas las capas quedan cerca de media 0 y
# desviación 1, porque en 4 épocas γ y β se movieron poco de 1 y 0.
#
# ## 11. Inferencia: promedios móviles frente a estadísticas del lote
#
# La red normalizada entrenada con α = 0.3, evaluada en validación de cinco maneras. Las tres
# últimas usan la normalización de **entrenamiento** (las estadísticas del lote que se evalúa):
# es lo que pasa si en inferencia se olvida cambiar el modo.

# %%
params_bn, estados_bn = redes[(True, 0.3)]
M_VAL = X_val.shape[1] - X_val.shape[1] % 10          # 1 000 con MNIST
filas = []
etiquetas = predecirRedNorm(X_val, params_bn, estados_bn, "relu")
filas.append(("inferencia: promedios móviles", np.mean(etiquetas == y_val),
              len(np.unique(etiquetas))))
_, estados_iniciales = initRedNorm(DIMS, semilla=1)
etiquetas = predecirRedNorm(X_val, params_bn, estados_iniciales, "relu")
filas.append(("inferencia con promedios nunca actualizados (0 y 1)",
              np.mean(etiquetas == y_val), len(np.unique(etiquetas))))
etiquetas = predecirRedNorm(X_val, params_bn, estados_bn, "relu", "entrenamiento")
filas.append(("estadísticas del lote: toda la validación junta", np.mean(etiquetas == y_val),
              len(np.unique(etiquetas))))
etiquetas = np.concatenate([predecirRedNorm(X_val[:, i:i + 10], params_bn, estados_bn, "relu",
                                            "entrenamiento") for i in range(0, M_VAL, 10)])
filas.append(("estadísticas del lote: lotes de 10 imágenes", np.mean(etiquetas == y_val[:M_VAL]),
              len(np.unique(etiquetas))))
etiquetas = np.array([predecirRedNorm(X_val[:, i:i + 1], params_bn, estados_bn, "relu",
                                      "entrenamiento")[0] for i in range(200)])
filas.append(("estadísticas del lote: de una en una (200 imágenes)",
              np.mean(etiquetas == y_val[:200]), len(np.unique(etiquetas))))
nl.tabla_inferencia(filas)

# %% [markdown]
# Con un lote grande y parecido a los de entrenamiento, las estadísticas del lote se parecen a
# los promedios móviles y la exactitud es casi la misma. Con lotes de 10 empeora: las
# estadísticas son ruidosas (sección 3) y la clase de una imagen depende de sus nueve compañeras.
# De una en una, **todas** las imágenes reciben la misma clase (pregunta 2). Y con promedios que
# nunca se actualizaron, la red normaliza con media 0 y varianza 1, que no son las de sus capas:
# pierde buena parte de lo que aprendió.
#
# ## 12. Plegar la normalización en la capa densa
#
# En inferencia, la normalización es una función **afín fija** de su entrada: con
# $s_i = \gamma_i/\sqrt{\sigma_i^{2,\text{móvil}} + \varepsilon}$,
#
# $$\gamma_i\,\frac{(WA + b)_i - \mu_i}{\sqrt{\sigma_i^2 + \varepsilon}} + \beta_i =
# \underbrace{s_i W_{i,:}}_{W'_{i,:}}\, A + \underbrace{s_i (b_i - \mu_i) + \beta_i}_{b'_i} .$$
#
# La capa densa y la normalización se pueden fundir en **una sola capa densa** $(W', b')$: al
# desplegar una red entrenada, la normalización no cuesta nada. Cada $s_i$ es de la unidad $i$,
# y los pesos que llegan a la unidad $i$ son la **fila** $i$ de $W$ (de forma `(n, n_prev)`): hay
# que escalar las filas, `s * W` con `s` de forma `(n, 1)`, no las columnas.
#
# ### Ejercicio 5 · `plegarNormLote` (2 puntos)
#
# `plegarNormLote(W, b, gamma, beta, estado, eps=1e-5)` devuelve `(W_plegado, b_plegado)` con
# las formas de `W` y de `b`.
#
# **Salida esperada:** con `nl.W_PLEGAR`, `nl.B_PLEGAR`, `nl.GAMMA_PLEGAR`, `nl.BETA_PLEGAR` y
# `nl.ESTADO_PLEGAR` (la unidad 1 tiene una varianza móvil de $3\cdot 10^{-6}$, del orden de ε),
# la primera fila de `W_plegado` es `[ 0.66667 -1.33333  0.26667]` y `b_plegado` es
# `[[ -1.3] [125.20754] [ -0.13416]]`.

# %% ejercicio="plegarNormLote" puntos=2

# %% [markdown]
# Con **tu** `plegarNormLote`, la red normalizada de la sección 11 convertida en una red **sin**
# normalización (sin `gamma`, `beta` ni estados: `redNormAdelante` solo normaliza las capas que
# tienen `gamma{l}`), que debe dar las mismas probabilidades que la original en inferencia.

# %%
L_capas = len(DIMS) - 1
params_plegados = {f"W{L_capas}": params_bn[f"W{L_capas}"],        # la salida no se pliega
                   f"b{L_capas}": params_bn[f"b{L_capas}"]}
for l in range(1, L_capas):
    params_plegados[f"W{l}"], params_plegados[f"b{l}"] = plegarNormLote(
        params_bn[f"W{l}"], params_bn[f"b{l}"], params_bn[f"gamma{l}"], params_bn[f"beta{l}"],
        estados_bn[l - 1])
AL_inferencia, _, _ = redNormAdelante(X_val[:, :200], params_bn, estados_bn, "relu",
                                      "inferencia")
AL_plegada, _, _ = redNormAdelante(X_val[:, :200], params_plegados, [None] * (L_capas - 1),
                                   "relu", "inferencia")
nl.verificar_plegado(AL_inferencia, AL_plegada)

# %% [markdown]
# ## 13. Errores típicos
#
# Las pruebas reconocen estos errores y te dicen cuál cometiste:
#
# | error | qué pasa |
# |---|---|
# | normalizar sobre el eje equivocado (`axis=0`, el de CS231n) | se normaliza cada **ejemplo** sobre sus unidades; en un lote cuadrado ni siquiera cambia la forma |
# | varianza no sesgada (`ddof=1`) al normalizar | las filas de $\hat Z$ no quedan con varianza 1 |
# | ε fuera de la raíz, o sin ε | unidades casi constantes mal escaladas; $0/0$ en las constantes |
# | estadísticas del lote en inferencia | la predicción de una imagen depende de sus compañeras; con $m = 1$, de nada |
# | promedios móviles nunca actualizados | la inferencia normaliza con media 0 y varianza 1 |
# | promedios actualizados en inferencia | evaluar cambia la red |
# | momento y 1 − momento intercambiados (la convención de PyTorch) | los promedios siguen solo al último lote |
# | dγ y dβ sin sumar sobre los ejemplos (o sumados sobre `axis=0`) | formas `(n, m)` o `(1, m)` en vez de `(n, 1)` |
# | tratar μ y σ² como constantes al derivar | dZ sin los caminos por μ y σ²: no suma 0 por filas |
# | el chequeo numérico en modo inferencia | se deriva otra función; el chequeo «falla» con un normLoteAtras correcto |
# | escalar las columnas de W al plegar | cada $s_i$ tiene que multiplicar los pesos que llegan a la unidad $i$ |

# %% [markdown]
# ## 14. Preguntas (2 + 2 puntos, calificación manual)
#
# **Pregunta 1.** En el chequeo de la red entera (sección 6), los gradientes de `b1` y `b2`
# salieron prácticamente 0, los dos (el analítico y el numérico), aunque la red es pequeña y el
# costo no es mínimo. Explica por qué, usando la definición de $\hat Z$ o la fórmula compacta,
# qué consecuencia tiene para el sesgo $b$ de una capa densa seguida de una normalización, y qué
# parámetro hace su papel.

# %% [markdown] pregunta="pregunta_sesgo" puntos=2
# La normalización le resta a cada unidad la media del lote: si a $Z = WA + b$ se le suma una
# constante $c$ en la fila $i$ (para todos los ejemplos), $\mu_i$ aumenta en $c$ y
# $Z_{ij} - \mu_i$ no cambia; la varianza tampoco. La salida $Y$ (y el costo) no dependen de
# $b$, así que $\partial J/\partial b = 0$. Con la fórmula compacta: $db = \sum_j dZ_{ij}$, y
# $\sum_j dz_j = \frac{1}{ms}\bigl(m\sum_j d\hat z_j - m\sum_k d\hat z_k - \sum_j \hat z_j
# \sum_k d\hat z_k \hat z_k\bigr) = 0$ porque $\sum_j \hat z_j = 0$: cada fila de $dZ$ suma
# cero. El numérico también da ≈ 0 porque mover $b$ no cambia el costo.
#
# Consecuencia: ese sesgo es un parámetro inútil (nunca se mueve de su valor inicial con descenso
# de gradiente, y da igual cuál sea); se puede quitar. Su papel, desplazar la entrada de la
# activación, lo cumple $\beta$, que se suma **después** de normalizar. Por eso Ioffe y Szegedy
# (§3.2) y Goodfellow et al. (§8.7.1) recomiendan omitir $b$ en las capas seguidas de una
# normalización por lotes.

# %% [markdown]
# **Pregunta 2.** En la sección 11, al clasificar las imágenes de una en una con la normalización
# de entrenamiento, todas recibieron la misma clase. Explica por qué pasa eso con $m = 1$, por qué
# en inferencia se usan los promedios móviles (¿qué propiedad tiene que tener una red al
# predecir?) y qué pasaría si esos promedios nunca se hubieran actualizado durante el
# entrenamiento.

# %% [markdown] pregunta="pregunta_inferencia" puntos=2
# Con un solo ejemplo, la media del lote es ese mismo ejemplo y la varianza es 0: en cada unidad
# $\hat z = (z - z)/\sqrt{0 + \varepsilon} = 0$, e $Y = \beta$ para **cualquier** imagen. La
# primera capa normalizada borra toda la información de la entrada y, desde ahí, la red calcula
# lo mismo para todas: la misma clase.
#
# Una red que predice debe ser una función determinista de **cada** entrada: la clase de una
# imagen no puede depender de qué otras imágenes van en su lote (ni de cuántas), y tiene que
# existir con $m = 1$. Por eso en inferencia se normaliza con estadísticas fijas, las de los datos
# de entrenamiento en conjunto, que los promedios móviles estiman durante el entrenamiento (y que
# no se actualizan al predecir).
#
# Si nunca se hubieran actualizado, valdrían lo inicial (media 0, varianza 1): la inferencia
# normalizaría con estadísticas que no son las de las capas, y las entradas de las activaciones
# quedarían desplazadas y mal escaladas respecto a lo que la red vio al entrenar. En la sección 11
# la exactitud bajó mucho con ellos.

# %% [markdown]
# ## 15. Para experimentar (sin calificación)
#
# - Repite la sección 9 con `ganancia=0.5` en `initRedNorm`. ¿Qué red sufre más? ¿Y con
#   `ganancia=2`?
# - Cambia `tamLote` a 8 y a 200 en la sección 9. ¿Qué pasa con la red normalizada con lotes muy
#   pequeños? (Sección 3: el ruido de las estadísticas.)
# - Entrena con `"sigmoide"` o `"tanh"` en vez de `"relu"`. Ioffe y Szegedy entrenaron redes
#   sigmoides profundas que sin normalización no aprendían.
# - Usa `momento = 0.99` en `entrenarRedNorm` con las 4 épocas de la sección 9 y evalúa en
#   inferencia. ¿Por qué empeora? (La gráfica de los promedios móviles de la sección 3.)
# - Con `ENTRENAMIENTO_COMPLETO = True`: ¿cambia el rango de tasas que entrenan?

# %% [markdown]
# ## Referencias
#
# - S. Ioffe y C. Szegedy (2015), «Batch Normalization: Accelerating Deep Network Training by
#   Reducing Internal Covariate Shift», *ICML*. https://arxiv.org/abs/1502.03167 (Algoritmo 1:
#   la transformación; Algoritmo 2 y §3.1: la inferencia; §3.2: dónde va la capa y el sesgo
#   redundante; §3.3: tasas de aprendizaje mayores e invariancia a la escala).
# - Stanford CS231n, tarea 2, *Batch Normalization* (`batchnorm_forward`, `batchnorm_backward`,
#   `batchnorm_backward_alt` y el chequeo numérico con `eval_numerical_gradient_array`).
#   https://cs231n.github.io/ (Assignment 2, `BatchNormalization.ipynb`)
# - I. Goodfellow, Y. Bengio y A. Courville (2016), *Deep Learning*, MIT Press, §8.7.1 «Batch
#   Normalization». https://www.deeplearningbook.org/
# - S. Santurkar, D. Tsipras, A. Ilyas y A. Madry (2018), «How Does Batch Normalization Help
#   Optimization?», *NeurIPS*. https://arxiv.org/abs/1805.11604
# - Diapositivas del curso: 002 (el plan de la unidad y los mini-lotes) y 003 (capas densas y
#   propagación de la varianza).

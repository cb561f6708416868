# %% [markdown]
# # Unidad 13 · Regularización de redes y Laboratorio 2
#
# Una red con miles de pesos entrenada con pocos datos termina **memorizándolos**: el costo de
# entrenamiento sigue bajando mientras el de validación, tras un mínimo, sube. Es el
# **sobreajuste** que diagnosticaste en el Laboratorio 1 (unidad 3). Goodfellow, Bengio y
# Courville (§7) llaman **regularización** a «cualquier modificación de un algoritmo de
# aprendizaje que busca reducir su error de generalización, pero no su error de entrenamiento».
# En esta unidad programas las cuatro más usadas en redes: el **decaimiento de pesos L2** (el
# ridge de las unidades 4 y 5, ahora en cada capa), el **dropout**, la **parada temprana** y el
# **aumento de datos**, y en el **Laboratorio 2** las comparas en una red profunda que sobreajusta
# 1 000 imágenes de MNIST.
#
# | función | qué hace | puntos |
# |---|---|---|
# | `costoL2(params, lam, m)` | el término L2 del costo, $\frac{\lambda}{2m}\sum_l \lVert W^{[l]} \rVert^2$ | 2 |
# | `gradientesL2(grads, params, lam, m)` | su gradiente: $dW + \frac{\lambda}{m}W$ | 2 |
# | `actualizarConDecaimiento(params, grads, lr, lam, m)` | $W \leftarrow (1 - \alpha\lambda/m)\,W - \alpha\, dW$ | 2 |
# | `dropoutAdelante(A, p, rng, entrenando)` | dropout invertido de una capa | 3 |
# | `redAdelanteDropout(X, params, activaciones, p, rng, entrenando)` | la red con dropout y salida softmax | 3 |
# | `redAtrasDropout(P, Y, caches, mascaras, activaciones)` | su retropropagación, con las mismas máscaras | 3 |
# | `entrenarConParadaTemprana(...)` | paciencia y los mejores pesos | 4 |
# | `desplazarImagenes(X, dx, dy, lado)` | aumento de datos con desplazamientos | 2 |
# | `elegirConfiguracion(tabla)` | la mejor configuración del laboratorio, por validación | 2 |
# | dos preguntas escritas | el dropout; el diagnóstico del laboratorio | 2 + 2 |
#
# **Cómo trabajar.** Escribe tu código donde dice `# TU CÓDIGO AQUÍ` (borra la línea
# `raise NotImplementedError()`), ejecuta la celda y luego la celda de prueba que la sigue. Las
# pruebas visibles revisan, en este orden, el **tipo**, la **forma**, los **valores** y los
# **errores típicos**, y te dicen en español qué está mal. Al calificar se ejecutan además pruebas
# ocultas con otras redes, otras probabilidades y otros datos: escribe código general. Las
# funciones calificadas **devuelven resultados nuevos y no modifican lo que reciben** (ni los
# diccionarios ni sus arreglos).
#
# **Convención de formas.** Cada ejemplo es una **columna**: `X` tiene forma `(n_x, m)` y las
# etiquetas one-hot `Y` forma `(10, m)`. La capa $l$ tiene pesos `W[l]` de forma
# `(n_l, n_{l−1})` y sesgos `b[l]` de forma `(n_l, 1)`, y calcula
# $Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}$. Los parámetros son el diccionario
# `{"W1": ..., "b1": ..., ..., "WL": ..., "bL": ...}` de `initRed` (unidad 6) y sus gradientes
# otro con una `d` delante de cada clave.
#
# **Las funciones con azar reciben su generador.** El dropout sortea con el `rng` que recibe (un
# generador de `np.random.default_rng(semilla)`) y con nada más. Sus pruebas nunca comparan una
# máscara concreta (el orden en que sortees es asunto tuyo): revisan los valores de la máscara, la
# fracción de unidades conservadas y la activación esperada con tolerancias de 6 desviaciones
# típicas (no fallan por azar), que la misma semilla repita y otra cambie, y que tu salida sea
# coherente con la máscara que devuelves.
#
# **Sobre el material del curso.** Las diapositivas dicen poco de la regularización de redes: la
# 002 la pone en su plan («11. Regularización. 12. Laboratorio 2.») y en su laboratorio muestra la
# curva del sobreajuste; la 004 trae el ridge y el lasso de los modelos lineales. Lo demás sale de
# las referencias del final: el capítulo 7 de Goodfellow, Bengio y Courville (*Deep Learning*,
# §7.1, §7.4, §7.8 y §7.12), Srivastava et al. (2014) para el dropout, Krogh y Hertz (1992) para
# el decaimiento de pesos, Prechelt (1998) para la parada temprana y el capítulo 3 de Nielsen
# (*Neural Networks and Deep Learning*), que hace el mismo experimento que nuestro laboratorio:
# una red que sobreajusta las primeras 1 000 imágenes de MNIST.

# %% fija="configuracion"
# %matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

from course import regularizacion as lab
from course.regularizacion import (probar_costoL2, probar_gradientesL2,
                                   probar_actualizarConDecaimiento, probar_dropoutAdelante,
                                   probar_redAdelanteDropout, probar_redAtrasDropout,
                                   probar_entrenarConParadaTemprana, probar_desplazarImagenes,
                                   probar_elegirConfiguracion)

np.set_printoptions(precision=4, suppress=True)

# %% [markdown]
# El Laboratorio 2 (sección 7) entrena cuatro veces la misma red con 1 000 imágenes de
# entrenamiento reducidas a 14 × 14 píxeles durante 60 épocas: unos segundos. Para la corrida
# completa (imágenes de 28 × 28, una red 784-256-256-10, 150 épocas, toda la validación y una
# quinta configuración con aumento de datos; un par de minutos) cambia la bandera de la celda
# siguiente a `True` y vuelve a ejecutar el cuaderno.

# %%
LABORATORIO_COMPLETO = False

# %% [markdown]
# ## 1. El punto de partida: sobreajuste
#
# En el Laboratorio 1 la regla 3 de `diagnosticarCurva` decía **sobreajuste** cuando la curva de
# validación terminaba más de un 10 % por encima de su mínimo. La diapositiva del laboratorio lo
# dice con una frase ambigua, «la función de pérdida ayuda al overfitting»: lo que quiere decir es
# que **la curva de la pérdida de validación ayuda a detectarlo**. Con pocos datos y muchos
# parámetros, la red encuentra pesos que separan perfectamente el conjunto de entrenamiento
# (costo → 0) apoyándose en detalles que no se repiten en datos nuevos, y sus predicciones se
# vuelven muy confiadas: los ejemplos de validación que falla le cuestan cada vez más.
#
# Las técnicas de esta unidad atacan el problema desde lados distintos:
#
# | técnica | idea | dónde actúa |
# |---|---|---|
# | decaimiento de pesos (L2) | preferir pesos pequeños: funciones más suaves | el costo y la actualización |
# | dropout | entrenar a la vez muchas subredes que no pueden depender de una unidad concreta | la propagación (solo al entrenar) |
# | parada temprana | dejar de entrenar cuando la validación deja de mejorar y quedarse con los mejores pesos | el bucle de entrenamiento |
# | aumento de datos | más ejemplos de entrenamiento, fabricados con transformaciones que no cambian la clase | los datos |
#
# Todas se ajustan **con el conjunto de validación**, nunca con el de prueba (sección 7).

# %% [markdown]
# ## 2. La red de la unidad 6 con una salida softmax (código dado)
#
# Usamos la red de $L$ capas con cache que escribiste en la unidad 6. Aquí está su versión de
# referencia, en celdas bloqueadas:
#
# | función | qué hace |
# |---|---|
# | `capaDensaAdelante(A_prev, W, b)` | `Z = W @ A_prev + b` y la cache `(A_prev, W, b)` |
# | `capaDensaAtras(dZ, cache)` | `(dA_prev, dW, db)` |
# | `activacionAdelante(Z, activacion)` | `"sigmoide"`, `"tanh"`, `"relu"` o `"lineal"`; devuelve `A` y la cache `(Z, A)` |
# | `activacionAtras(dA, cache, activacion)` | `dZ = dA ⊙ g'(Z)` |
# | `initRed(dims, semilla, escala)` | pesos `escala · N(0, 1)` y sesgos en 0 |
# | `redAdelante(X, params, activaciones)` | la red sin dropout: `(AL, caches)` |
# | `actualizarParametros(params, grads, lr)` | $\theta \leftarrow \theta - \alpha\, d\theta$ (`lr` es la tasa de aprendizaje α) |

# %% dada="capaDensaAdelante"

# %% dada="capaDensaAtras"

# %% dada="activacionAdelante"

# %% dada="activacionAtras"

# %% dada="initRed"

# %% dada="redAdelante"

# %% dada="actualizarParametros"

# %% [markdown]
# MNIST tiene 10 clases, así que la última capa es **lineal seguida de softmax**, con la entropía
# cruzada categórica de las unidades 1, 5 y 10:
#
# $$P = \text{softmax}\bigl(Z^{[L]}\bigr), \qquad J = -\frac{1}{m}\sum_{j=1}^{m}\sum_{i=1}^{10} y_{ij}\ln p_{ij}, \qquad dZ^{[L]} = \frac{1}{m}\,(P - Y).$$
#
# La última fórmula es la simplificación de la unidad 10: la derivada de softmax se cancela con
# la del logaritmo, así que la vuelta empieza directamente en $dZ^{[L]}$, **sin** `activacionAtras`.
# Desde aquí, `activaciones` tiene $L$ nombres: los $L - 1$ de las capas ocultas y `"softmax"` al
# final. Estas funciones también son dadas:

# %% dada="softmax"

# %% dada="costoEntropiaCategorica"

# %% dada="exactitud"

# %% [markdown]
# ## 3. Decaimiento de pesos (L2): el ridge de las redes
#
# ### Del ridge a las redes
#
# En la unidad 4 el ridge sumaba al costo $\frac{\lambda}{2}\sum_j \theta_j^2$ y en la unidad 5,
# con un costo **promedio**, $\frac{\lambda}{2m}\sum_j \theta_j^2$. Una red es lo mismo capa por
# capa: cada peso $W^{[l]}_{ij}$ es un coeficiente, y la penalización L2 suma los cuadrados de
# todos,
#
# $$J_{\text{reg}} = \underbrace{-\frac{1}{m}\sum_{j}\sum_i y_{ij}\ln p_{ij}}_{J\ \text{(datos)}} \;+\; \frac{\lambda}{2m}\sum_{l=1}^{L}\bigl\lVert W^{[l]}\bigr\rVert^2, \qquad \bigl\lVert W\bigr\rVert^2 = \sum_{i,j} W_{ij}^2 .$$
#
# $\lVert W \rVert$ es la **norma de Frobenius** (`np.linalg.norm(W)` de una matriz), la euclidiana
# de todos sus elementos. Tres cosas vienen directamente del ridge de las diapositivas:
#
# - **No se penalizan los sesgos**, igual que «no se penaliza $\theta_0$». Un sesgo solo desplaza
#   la activación de una unidad; encogerlo hacia 0 no hace la función más simple y, según
#   Goodfellow et al. (§7.1), puede provocar bastante subajuste.
# - **Con $\lambda = 0$ la penalidad no tiene efecto** y, cuanto mayor $\lambda$, más pequeños los
#   pesos (una prueba oculta lo comprueba entrenando con tu actualización y tres valores de λ).
# - **$m$ es el número de ejemplos de entrenamiento**, el del promedio del costo. Con mini-lotes
#   sigue siendo el de **todo** el conjunto (Nielsen, cap. 3, lo llama $n$): el costo regularizado
#   es uno solo, y cada mini-lote estima su parte de los datos.
#
# ### Ejercicio 1 · `costoL2` (2 puntos)
#
# Escribe `costoL2(params, lam, m)`, que devuelva la penalización
# $\frac{\lambda}{2m}\sum_l \lVert W^{[l]} \rVert^2$ como un `float`: solo las claves que
# empiezan con `"W"`, todas las capas.
#
# **Salida esperada:** con la red 2-2-1 de la prueba,
# $W^{[1]} = \begin{bmatrix}1 & -2\\ 0 & 1\end{bmatrix}$,
# $W^{[2]} = \begin{bmatrix}2 & 1\end{bmatrix}$ (y sesgos 5, −5 y −3, que no cuentan), $\lambda = 0.5$ y $m = 4$: $\sum W^2 = 6 + 5 = 11$ y la penalización vale
# $\frac{0.5}{8}\cdot 11 =$ `0.6875`. Con $\lambda = 0$, `0.0`.

# %% ejercicio="costoL2" puntos=2

# %% [markdown]
# ### El gradiente
#
# Derivando $\frac{\lambda}{2m}W_{ij}^2$ respecto a $W_{ij}$ sale $\frac{\lambda}{m}W_{ij}$ (el 2
# del cuadrado se cancela con el ½; para eso está el ½). El gradiente del costo regularizado es el
# de los datos, el de la retropropagación, más ese término; el de los sesgos no cambia:
#
# $$\frac{\partial J_{\text{reg}}}{\partial W^{[l]}} = dW^{[l]} + \frac{\lambda}{m}\,W^{[l]}, \qquad \frac{\partial J_{\text{reg}}}{\partial b^{[l]}} = db^{[l]} .$$
#
# ### Ejercicio 2 · `gradientesL2` (2 puntos)
#
# Escribe `gradientesL2(grads, params, lam, m)`: recibe los gradientes de los datos
# (`{"dW1", "db1", ...}`) y devuelve un diccionario **nuevo** con las mismas claves y formas, con
# $\frac{\lambda}{m}W^{[l]}$ sumado a cada `dW` y los `db` sin cambios (copias). No modifiques
# `grads`.
#
# **Salida esperada** (la red 2-2-1, $\lambda = 0.8$, $m = 4$, así que $\lambda/m = 0.2$; con
# `dW1 = [[0.2, 0.4], [−0.1, 0.3]]`): `dW1 = [[0.4, 0.0], [−0.1, 0.5]]`, `dW2 = [[1.0, −0.6]]` y los
# `db` iguales que en `grads`. La prueba oculta compara además lo que sumaste con el gradiente
# numérico de la penalización.

# %% ejercicio="gradientesL2" puntos=2

# %% [markdown]
# ### La actualización: decaimiento de pesos
#
# Un paso de descenso de gradiente con el costo regularizado (α es la tasa de aprendizaje, `lr` en
# el código) se puede reordenar así:
#
# $$W \leftarrow W - \alpha\Bigl(dW + \frac{\lambda}{m}W\Bigr) = \Bigl(1 - \frac{\alpha\lambda}{m}\Bigr)W - \alpha\, dW, \qquad b \leftarrow b - \alpha\, db .$$
#
# Antes del paso de siempre, cada peso se **multiplica por un número un poco menor que 1**: de ahí
# el nombre **decaimiento de pesos** (*weight decay*). Sin gradiente de los datos, un peso se
# encogería geométricamente hacia 0; el gradiente de los datos lo sostiene donde hace falta.
# Krogh y Hertz (1992) mostraron que así se suprimen las componentes de los pesos que los datos no
# necesitan, y con ellas parte del ruido que la red aprendería de memoria; Goodfellow et al.
# (§7.1.1) lo ven como encoger los pesos sobre todo en las direcciones en que el costo apenas
# cambia.
#
# > **Nota sobre la diapositiva de ridge.** La diapositiva 004 escribe
# > $\theta_j := \theta_j - \alpha\frac{1}{m}\sum(\dots)x_j + \frac{\lambda}{m}\theta_j$. Como ya
# > vimos en las unidades 4 y 5, el término de la penalización tiene que ir **dentro** del paso,
# > multiplicado por α y restando; leída al pie de la letra, cada iteración haría **crecer** los
# > coeficientes. Corregida, es exactamente la regla de arriba:
# > $\theta_j(1 - \alpha\lambda/m) - \alpha\frac{1}{m}\sum(\dots)x_j$. Aquí el costo es un promedio, como en la unidad 5, así que el
# > factor es $\frac{\lambda}{m}$ (en la unidad 4, con un costo sumado, era $\frac{\lambda}{2m}$).
#
# ### Ejercicio 3 · `actualizarConDecaimiento` (2 puntos)
#
# Escribe `actualizarConDecaimiento(params, grads, lr, lam, m)`, que devuelva un diccionario
# **nuevo** con $W \leftarrow (1 - \alpha\lambda/m)W - \alpha\, dW$ para los pesos y
# $b \leftarrow b - \alpha\, db$ para los sesgos. `grads` son los gradientes de los **datos** (sin
# la penalización).
#
# **Salida esperada** (la red 2-2-1, $\alpha = 0.5$, $\lambda = 0.8$, $m = 4$: el factor es
# $1 - 0.5 \cdot 0.8/4 = 0.9$): `W1 = [[0.8, −2.0], [0.05, 0.75]]`, `b1 = [[4.75], [−4.9]]`,
# `W2 = [[1.5, 1.3]]` y `b2 = [[−3.05]]`. Con $\lambda = 0$ es el paso de siempre.

# %% ejercicio="actualizarConDecaimiento" puntos=2

# %% [markdown]
# Las dos formas de escribir el paso dan lo mismo: tu actualización con decaimiento y el paso de
# siempre (`actualizarParametros`, de la unidad 6) sobre **tu** gradiente regularizado. Debajo,
# cuánto encogería el decaimiento un peso en el laboratorio (α = 0.3, λ = 2, m = 1 000, 10 pasos
# por época durante 60 épocas) si el gradiente de los datos no lo sostuviera.

# %%
params_demo = lab.parametros_red()
grads_demo = {f"d{k}": 0.1 * np.cos(v) for k, v in params_demo.items()}
con_decaimiento = actualizarConDecaimiento(params_demo, grads_demo, 0.5, 2.0, 6)
paso_de_siempre = actualizarParametros(params_demo,
                                       gradientesL2(grads_demo, params_demo, 2.0, 6), 0.5)
print("mayor diferencia entre las dos formas:",
      max(float(np.max(np.abs(con_decaimiento[k] - paso_de_siempre[k]))) for k in params_demo))
print("factor por paso en el laboratorio: 1 − αλ/m =", 1 - 0.3 * 2.0 / 1000)
print(f"tras 600 pasos: {lab.decaimiento_acumulado(0.3, 2.0, 1000, 600):.3f}")

# %% [markdown]
# ## 4. Dropout invertido
#
# ### La idea
#
# Srivastava, Hinton, Krizhevsky, Sutskever y Salakhutdinov (2014) propusieron apagar al azar,
# en cada paso de entrenamiento, una parte de las unidades ocultas: cada unidad se **conserva**
# con probabilidad $p$ y si no, vale 0 para ese ejemplo. Cada mini-lote entrena así una subred
# distinta (con $n$ unidades hay $2^n$ posibles) que comparte los pesos con las demás, y ninguna
# unidad puede contar con que otra concreta esté presente: tiene que aprender rasgos útiles por
# sí sola. Al predecir se usa la red entera, que funciona como un promedio de todas esas subredes
# (Goodfellow et al., §7.12).
#
# ### La escala: por qué 1/p
#
# Si una unidad con activación $a$ se conserva con probabilidad $p$, su valor esperado al
# entrenar es $p \cdot a + (1 - p)\cdot 0 = p\,a$: la capa siguiente vería en promedio
# activaciones más pequeñas que en inferencia, cuando no se apaga nada. Hay dos arreglos:
#
# - **dropout clásico** (el del artículo original): no escalar al entrenar y multiplicar los pesos
#   (o las activaciones) por $p$ en inferencia, la «regla de escalado de los pesos»;
# - **dropout invertido** (el que usan las bibliotecas y el de esta unidad): escalar por $1/p$ al
#   entrenar, $\tilde a = a \cdot d / p$ con $d \sim \text{Bernoulli}(p)$, y **no hacer nada** en
#   inferencia. Así $E[\tilde a] = p \cdot \frac{a}{p} = a$: la activación esperada no cambia.
#
# Con una máscara que ya lleva la escala, $D_{ij} = d_{ij}/p \in \{0, 1/p\}$, todo es un producto
# elemento a elemento: $\tilde A = A \odot D$. Es la máscara que devuelve tu función y la que usará
# la retropropagación.
#
# > **Cuidado con el nombre de p.** Aquí, como en Srivastava et al., $p$ es la probabilidad de
# > **conservar** ($p = 1$: sin dropout). En Keras (`Dropout(rate)`) y PyTorch (`nn.Dropout(p)`)
# > el argumento es la probabilidad de **apagar**, $1 - p$.
#
# ### Ejercicio 4 · `dropoutAdelante` (3 puntos)
#
# Escribe `dropoutAdelante(A, p, rng, entrenando=True)`, que devuelva `(A_salida, mascara)`:
#
# - con `entrenando=True`: una máscara de la forma de `A` con valores `1/p` (conservada, con
#   probabilidad $p$) y `0` (apagada), sorteada **con `rng`** y **por separado para cada unidad y
#   cada ejemplo** (por ejemplo `rng.random(A.shape) < p`), y `A_salida = A * mascara`;
# - con `entrenando=False`: `A_salida = A` y `mascara = None`.
#
# **Salida esperada:** la máscara vale `0` o `1.25` con `p = 0.8`, y alrededor del 80 % de sus
# valores son `1.25` (con `A = np.ones((2, 5))` y `np.random.default_rng(0)` la referencia da
# `[[1.25 1.25 1.25 1.25 0.  ] [0.   1.25 1.25 1.25 0.  ]]`, pero tu sorteo puede ser otro).
# La prueba repite un bloque de activaciones en 4 000 ejemplos y comprueba que la **media** de
# `A_salida` sea `A`: el dropout invertido no cambia la activación esperada.

# %% ejercicio="dropoutAdelante" puntos=3

# %% [markdown]
# Con **tu** función: a la izquierda, tres máscaras de una capa de 20 unidades en 40 ejemplos
# (negro = apagada); a la derecha, la media de `A_salida` sobre 20 000 sorteos de cada activación
# frente a la activación sin dropout y a lo que daría sin la escala 1/p.

# %%
unos = np.ones((20, 40))
lab.graficar_mascaras([dropoutAdelante(unos, p, np.random.default_rng(1), True)[1]
                       for p in (0.9, 0.7, 0.5)], ["p = 0.9", "p = 0.7", "p = 0.5"]);
lab.mostrar_esperanza_dropout(dropoutAdelante, p=0.7);

# %% [markdown]
# ### La red con dropout
#
# El dropout va después de la activación de cada capa **oculta**: no en la entrada (Srivastava et
# al. también lo usan en la entrada, con $p$ cercano a 1; aquí no) ni en la salida, cuyas
# probabilidades deben sumar 1. En la capa $l$ oculta:
#
# $$Z^{[l]} = W^{[l]}\tilde A^{[l-1]} + b^{[l]}, \qquad A^{[l]} = g\bigl(Z^{[l]}\bigr), \qquad \tilde A^{[l]} = A^{[l]} \odot D^{[l]},$$
#
# con $\tilde A^{[0]} = X$. Dos detalles de las caches:
#
# - la cache de la activación guarda $(Z^{[l]}, A^{[l]})$, la $A$ **sin** dropout: es la que
#   necesita `activacionAtras` (para tanh, $g' = 1 - A^2$ con la $A$ de verdad). Ojo con
#   multiplicar en el lugar (`A *= mascara`): `activacionAdelante` devuelve el **mismo** arreglo que
#   guarda en su cache;
# - la cache densa de la capa $l + 1$ guarda $\tilde A^{[l]}$, la que entró en ella, porque
#   $dW^{[l+1]} = dZ^{[l+1]}\,\tilde A^{[l]T}$.
#
# En inferencia (`entrenando=False`) no se apaga nada y las máscaras son `None`.
#
# ### Ejercicio 5 · `redAdelanteDropout` (3 puntos)
#
# Escribe `redAdelanteDropout(X, params, activaciones, p, rng, entrenando=True)`, que devuelva
# `(P, caches, mascaras)`: `P` de forma `(n_L, m)`; `caches`, la lista de $L$ pares
# `(cache_densa, cache_activacion)` (la de la última capa es `(Z, P)`); y `mascaras`, la lista de
# las $L - 1$ máscaras de `dropoutAdelante`, una por capa oculta. Usa las funciones dadas
# (`capaDensaAdelante`, `activacionAdelante`, `softmax`) y tu `dropoutAdelante` con el mismo `rng`.
#
# **Salida esperada:** con `p = 1` (o en inferencia) es la red de la unidad 6 con softmax: en la
# red 4-5-5-3 de la prueba la primera columna de `P` es `[0.24559 0.3519  0.40251]`. Con dropout,
# la prueba comprueba que cada capa recibe la activación de la anterior por **su** máscara y que
# en una red 6-60-60-3 cada capa oculta conserva ≈ p de sus unidades.

# %% ejercicio="redAdelanteDropout" puntos=3

# %% [markdown]
# Sin dropout, tu red es la de la unidad 6 con una salida softmax: `redAdelante` con la última
# activación `"lineal"` da $Z^{[L]}$, y su softmax es tu `P` en inferencia. Y con dropout, cada
# capa oculta de una red grande conserva alrededor de $p$ de sus unidades:

# %%
X_demo, params_demo = lab.X_RED, lab.parametros_red()
Z_L, _ = redAdelante(X_demo, params_demo, ["tanh", "relu", "lineal"])
P_inferencia, _, _ = redAdelanteDropout(X_demo, params_demo, ["tanh", "relu", "softmax"], 0.5,
                                        np.random.default_rng(0), entrenando=False)
print("inferencia = softmax(redAdelante de la unidad 6):", np.allclose(softmax(Z_L), P_inferencia))
X_g, params_g, activaciones_g = lab.red_grande()
_, _, mascaras_g = redAdelanteDropout(X_g, params_g, activaciones_g, 0.75,
                                      np.random.default_rng(1), entrenando=True)
for l, mascara in enumerate(mascaras_g, start=1):
    print(f"capa oculta {l}: conservadas {np.mean(mascara > 0):.3f} (p = 0.75)")

# %% [markdown]
# ### Hacia atrás, con la MISMA máscara
#
# $\tilde A = A \odot D$ es un producto elemento a elemento por una constante (la máscara no
# depende de los pesos), así que su derivada es la máscara: el gradiente que llega a una unidad
# apagada es 0 y el de una conservada se escala por $1/p$,
#
# $$dA^{[l]} = \bigl(W^{[l+1]T}\, dZ^{[l+1]}\bigr) \odot D^{[l]}, \qquad dZ^{[l]} = dA^{[l]} \odot g'\bigl(Z^{[l]}\bigr).$$
#
# Tiene que ser **la misma** $D^{[l]}$ que se aplicó hacia adelante: con otra, el gradiente sería
# el de otra subred, no el del costo que se calculó.
#
# ### Ejercicio 6 · `redAtrasDropout` (3 puntos)
#
# Escribe `redAtrasDropout(P, Y, caches, mascaras, activaciones)`, que devuelva el diccionario
# `{"dW1", "db1", ..., "dWL", "dbL"}` de los gradientes de los datos: empieza con
# $dZ^{[L]} = (P - Y)/m$ y `capaDensaAtras`; en cada capa oculta, multiplica el `dA` que llega por
# `mascaras[l − 1]` y luego usa `activacionAtras` con la cache y la activación de esa capa.
#
# **Salida esperada** (la red 4-5-5-3 con máscaras fijas, `p = 0.8`): la unidad 2 de la capa 1 y
# la 4 de la capa 2 están apagadas en todos los ejemplos, así que sus filas de `dW1`, `db1`, `dW2`
# y `db2` son **0**; `db3 = [[-0.08456] [-0.08171] [ 0.16626]]`. Las pruebas ocultas comparan
# además tus gradientes con el gradiente numérico del costo con las mismas máscaras.

# %% ejercicio="redAtrasDropout" puntos=3

# %% [markdown]
# ### El chequeo del gradiente, con dropout y L2
#
# ¿Cómo se deriva numéricamente un costo con azar? Las máscaras dependen solo del generador y de
# las formas, no de los pesos: si cada evaluación usa un generador **nuevo con la misma semilla**,
# salen siempre las mismas máscaras y $J(\theta) = J_{\text{datos}} + \text{costoL2}$ es una
# función fija de θ. La celda compara, con **tus** funciones, el gradiente de `gradientesL2`
# sobre `redAtrasDropout` con el numérico (`course.gradiente_numerico`). En la segunda tabla la
# retropropagación recibe las máscaras de **otro** sorteo: el error típico de «una máscara nueva
# hacia atrás». (La red del chequeo usa tanh y sigmoide: la esquina de ReLU en $z = 0$
# estropearía la derivada numérica si algún $z$ cayera a menos de $h$ de 0.)

# %%
errores = lab.verificar_gradientes(redAdelanteDropout, redAtrasDropout, costoEntropiaCategorica,
                                   costoL2, gradientesL2)
errores_otra_mascara = lab.verificar_gradientes(redAdelanteDropout, redAtrasDropout,
                                                costoEntropiaCategorica, costoL2, gradientesL2,
                                                mascara_nueva=True)

# %% [markdown]
# ## 5. Parada temprana
#
# La curva de validación de una red que sobreajusta baja, llega a un mínimo y sube. La **parada
# temprana** (Goodfellow et al., §7.8, algoritmo 7.1; Prechelt, 1998) vigila esa curva: después de
# cada época mide el costo de **validación**; si mejora, guarda una **copia** de los parámetros; si
# pasan `paciencia` épocas **seguidas** sin mejorar, para; y al final **devuelve los mejores
# parámetros guardados**, no los últimos. La paciencia existe porque la curva es ruidosa: parar en
# la primera subida sería parar demasiado pronto. Prechelt compara varios criterios de parada y
# encuentra que los más pacientes generalizan algo mejor a cambio de entrenar más tiempo.
#
# Es una regularización: limita cuánto se alejan los pesos de su valor inicial. Goodfellow et al.
# muestran que, para un costo cuadrático cerca de su mínimo, dar τ pasos con tasa de aprendizaje α
# equivale aproximadamente a una penalización L2 de coeficiente $1/(\alpha\tau)$ (ellos escriben
# la tasa como ε y el coeficiente como α): parar antes es regularizar más. Y es casi gratis: la
# red ya se entrena época a época, y el número de épocas deja de ser un hiperparámetro que haya
# que adivinar.
#
# El entrenamiento del laboratorio está escrito con tus funciones. `evaluarRed` mide costo y
# exactitud en inferencia (sin dropout), `epocaEntrenamiento` da una época de mini-lotes con las
# regularizaciones de `config` (`{"lr": α, "tamLote": ..., "lam": λ, "p": p}`; `lam = 0` y `p = 1`
# las apagan) y `entrenarRegularizada` es el bucle de épocas con las curvas:

# %% dada="evaluarRed"

# %% dada="epocaEntrenamiento"

# %% dada="entrenarRegularizada"

# %% [markdown]
# ### Ejercicio 7 · `entrenarConParadaTemprana` (4 puntos)
#
# Escribe `entrenarConParadaTemprana(params, X, Y, X_val, Y_val, activaciones, config, epocas,
# paciencia, rng)`, que devuelva `(mejores, mejor_epoca, costos_ent, costos_val)`:
#
# 1. antes de entrenar, mide con `evaluarRed` el costo de entrenamiento y el de validación (la
#    «época 0»): el mejor costo es el de validación de los parámetros iniciales, `mejores` una
#    copia de ellos (`{k: v.copy() for k, v in params.items()}`) y `mejor_epoca = 0`;
# 2. para cada época `e = 1, 2, ..., epocas`: `params = epocaEntrenamiento(params, X, Y,
#    activaciones, config, rng)` (el **mismo** `rng` en todas), mide los dos costos y
#    guárdalos; si el de validación es **estrictamente menor** que el mejor, actualiza el mejor,
#    guarda una copia de los parámetros, `mejor_epoca = e` y reinicia el contador; si no, suma 1 al
#    contador y, si llega a `paciencia`, para;
# 3. devuelve los **mejores** parámetros, su época y las dos listas (el costo inicial y uno por
#    época entrenada).
#
# **Salida esperada** (el problema de 3 clases de la prueba, red 5-6-3, lote completo, α = 1,
# paciencia 3): la validación mejora hasta la época 12 con una pausa por el camino, así que
# `mejor_epoca = 12` y se para tras la época 15 (16 costos en cada lista). Si la validación empeora
# desde la primera época, `mejor_epoca = 0` y se devuelven los parámetros iniciales. Esta función
# usa tus `redAdelanteDropout`, `redAtrasDropout` y `actualizarConDecaimiento` (a través de
# `epocaEntrenamiento` y `evaluarRed`): si alguna no pasa su prueba, esta tampoco.

# %% ejercicio="entrenarConParadaTemprana" puntos=4

# %% [markdown]
# ## 6. Aumento de datos
#
# La mejor manera de generalizar mejor es entrenar con más datos. Cuando no los hay, a veces se
# pueden **fabricar**: Goodfellow et al. (§7.4) explican que para clasificar imágenes basta con
# aplicar a las de entrenamiento transformaciones que **no cambian la clase**, como desplazarlas
# unos píxeles; Nielsen (cap. 3) amplía MNIST rotando cada imagen unos grados. Hay que elegir las
# transformaciones con cuidado: un 6 girado 180° es un 9, y voltear un dígito de izquierda a
# derecha tampoco da un dígito de la misma clase.
#
# Una red densa no sabe que un dígito desplazado dos píxeles sigue siendo el mismo dígito: para
# ella son 784 entradas distintas (lo comprobarás en el laboratorio). Mostrarle los
# desplazamientos en el entrenamiento es enseñarle esa invariancia.
#
# ### Ejercicio 8 · `desplazarImagenes` (2 puntos)
#
# Escribe `desplazarImagenes(X, dx, dy, lado)`, que desplace **cada columna** de `X` (una imagen
# `X[:, j].reshape(lado, lado)`, fila $y$ de arriba abajo y columna $x$ de izquierda a derecha)
# `dx` píxeles a la derecha y `dy` hacia abajo (negativos: a la izquierda y hacia arriba): el
# píxel $(y, x)$ pasa a $(y + dy, x + dx)$. Lo que sale por un borde **se pierde** y lo que queda
# vacío se rellena con **ceros** (el fondo): `np.roll` no sirve tal cual, porque da la vuelta.
# Devuelve un arreglo nuevo de la forma de `X`.
#
# **Salida esperada:** con la imagen de 4 × 4 de valores 1 a 16 (fila por fila), `dx = 1, dy = 0`
# da las filas `[0 1 2 3] [0 5 6 7] [0 9 10 11] [0 13 14 15]`.

# %% ejercicio="desplazarImagenes" puntos=2

# %% [markdown]
# Un dígito de MNIST y sus ocho vecinos desplazados un píxel en 14 × 14 (dos en 28 × 28), con
# **tu** función:

# %%
datos = lab.datos_laboratorio(LABORATORIO_COMPLETO)
print(datos.resumen())
lab.graficar_desplazamientos(desplazarImagenes, datos.X_ent, datos.lado, indice=0,
                             paso=1 if datos.lado <= 14 else 2);

# %% [markdown]
# ## 7. Laboratorio 2: cuatro regularizaciones en una red que sobreajusta
#
# ### Los datos y la red
#
# Los datos de la celda anterior: las **primeras 1 000 imágenes** de entrenamiento de MNIST (si no
# está el conjunto completo, el cargador usa las 10 000 imágenes reales de prueba divididas, o los
# dígitos de 8 × 8 de scikit-learn, y lo dice), 1 000 de validación y todas las de prueba. Para
# que el laboratorio corra en segundos, sin la bandera cada imagen se reduce a 14 × 14 píxeles
# promediando bloques de 2 × 2 (`lab.reducir_imagenes`): 196 entradas en vez de 784.
#
# La red es siempre la misma, con dos capas ocultas ReLU de 100 unidades (256 con la bandera) y
# salida softmax, los mismos pesos iniciales (`initRed`, desviación 0.1, parecida a la de He,
# $\sqrt{2/n}$, de la unidad 8), α = 0.3, mini-lotes de 100 y 60 épocas (150 con la bandera). Cada
# configuración cambia **una** cosa:
#
# | configuración | qué cambia |
# |---|---|
# | `sin_regularizacion` | nada |
# | `L2` | decaimiento de pesos con λ = 2 |
# | `dropout` | dropout con p = 0.7 en las dos capas ocultas |
# | `parada_temprana` | tu `entrenarConParadaTemprana` con paciencia 10 |
# | `aumento_de_datos` (solo con la bandera) | las 1 000 imágenes más 4 copias desplazadas 2 píxeles |
#
# Los valores de λ, p y la paciencia se eligieron mirando la **validación** en corridas previas,
# como se debe; la prueba solo se mira al final.

# %%
n_x = datos.X_ent.shape[0]
dims = [n_x, 256, 256, 10] if LABORATORIO_COMPLETO else [n_x, 100, 100, 10]
activaciones = ["relu", "relu", "softmax"]
EPOCAS = 150 if LABORATORIO_COMPLETO else 60
configuraciones = lab.configuraciones(LABORATORIO_COMPLETO)
print("red:", "-".join(map(str, dims)), f"· {EPOCAS} épocas")
for nombre, c in configuraciones.items():
    print(f"  {nombre:20s} {c['config']}" + (f", paciencia {c['paciencia']}"
                                             if "paciencia" in c else ""))

# %% [markdown]
# ### El entrenamiento
#
# Cada configuración empieza con los mismos pesos y el mismo generador. La celda tarda unos
# segundos (con la bandera, un par de minutos).

# %%
resultados = {}
with lab.un_solo_hilo():      # con matrices tan pequeñas, un solo hilo de BLAS es lo más rápido
    for nombre, c in configuraciones.items():
        params0 = initRed(dims, semilla=1, escala=0.1)
        rng = np.random.default_rng(2)
        X_ent, Y_ent = datos.X_ent, datos.Y_ent
        if c.get("aumento"):
            copias = [desplazarImagenes(datos.X_ent, dx, dy, datos.lado)
                      for dx, dy in ((2, 0), (-2, 0), (0, 2), (0, -2))]
            X_ent = np.hstack([datos.X_ent, *copias])
            Y_ent = np.hstack([datos.Y_ent] * 5)
        if "paciencia" in c:
            params, mejor_epoca, costos_ent, costos_val = entrenarConParadaTemprana(
                params0, X_ent, Y_ent, datos.X_val, datos.Y_val, activaciones, c["config"],
                EPOCAS, c["paciencia"], rng)
            historia = {"costo_ent": costos_ent, "costo_val": costos_val}
        else:
            params, historia = entrenarRegularizada(params0, X_ent, Y_ent, datos.X_val,
                                                    datos.Y_val, activaciones, c["config"],
                                                    EPOCAS, rng)
            mejor_epoca = None
        resultados[nombre] = {"params": params, "historia": historia,
                              "mejor_epoca": mejor_epoca}
        print(f"{nombre:20s} {len(historia['costo_val']) - 1:4d} épocas entrenadas")

# %% [markdown]
# ### Las curvas
#
# Un panel por configuración, con la misma escala: el costo de entrenamiento y el de validación
# por época (medidos en inferencia, sin dropout y sin la penalización L2, para que se puedan
# comparar), el mínimo de la validación y, en la parada temprana, la época cuyos pesos se
# restauraron. Debajo, la exactitud de validación de las configuraciones que entrenan todas las
# épocas.

# %%
lab.graficar_laboratorio({n: (r["historia"]["costo_ent"], r["historia"]["costo_val"])
                          for n, r in resultados.items()},
                         paradas={n: r["mejor_epoca"] for n, r in resultados.items()
                                  if r["mejor_epoca"] is not None});
lab.graficar_exactitudes({n: r["historia"]["exactitud_val"] for n, r in resultados.items()
                          if "exactitud_val" in r["historia"]});

# %% [markdown]
# ### La tabla
#
# La exactitud de cada configuración en entrenamiento, validación y **prueba**, la brecha entre
# entrenamiento y validación, la regla 3 del Laboratorio 1 (último costo de validación entre el
# mínimo: más de 1.10 es sobreajuste) y el tamaño de los pesos, $\sum_l\lVert W^{[l]}\rVert^2$
# (con **tu** `costoL2`: con λ = 2 y m = 1, la penalización es exactamente esa suma).

# %%
tabla, brechas, regla3, pesos = {}, {}, {}, {}
for nombre, r in resultados.items():
    _, exactitud_ent = evaluarRed(r["params"], datos.X_ent, datos.Y_ent, activaciones)
    _, exactitud_val = evaluarRed(r["params"], datos.X_val, datos.Y_val, activaciones)
    _, exactitud_prueba = evaluarRed(r["params"], datos.X_pru, datos.Y_pru, activaciones)
    tabla[nombre] = {"exactitud_ent": exactitud_ent, "exactitud_val": exactitud_val,
                     "exactitud_prueba": exactitud_prueba}
    costos_val = np.asarray(r["historia"]["costo_val"])
    brechas[nombre] = f"{exactitud_ent - exactitud_val:.3f}"
    regla3[nombre] = f"{costos_val[-1] / costos_val.min():.2f}"
    pesos[nombre] = f"{costoL2(r['params'], 2.0, 1):.0f}"
lab.imprimir_tabla(tabla, {"ent. − val.": brechas, "regla 3": regla3, "Σ‖W‖²": pesos})

# %% [markdown]
# ### Elegir con la validación, informar con la prueba
#
# Ahora hay que decidir qué modelo nos quedamos. La decisión se toma con la **validación**: la
# prueba se mira una sola vez, para informar cuánto acierta el modelo elegido con datos que no
# influyeron en ninguna decisión. Si eligiéramos mirando la prueba, su número dejaría de ser una
# estimación honesta: habríamos ajustado el modelo a ella.
#
# > **Sobre las diapositivas.** La diapositiva 002 dice que «los test data los utilizaremos para
# > tunear los hiperparámetros» (la unidad 3 ya lo corrigió: eso se hace con validación) y su
# > ejemplo de Keras entrena con `validation_data=(x_test, y_test)`: la curva de «validación» que
# > se vigila es la del conjunto de **prueba**. Si con esa curva se elige la época, la λ o la
# > configuración, la exactitud de prueba que se informa después ya no es una estimación honesta.
# > Con datos de validación propios (`X_val`, `Y_val`), como aquí, el problema desaparece.
#
# ### Ejercicio 9 · `elegirConfiguracion` (2 puntos)
#
# Escribe `elegirConfiguracion(tabla)`, que reciba una tabla como la de arriba (`{nombre:
# {"exactitud_ent", "exactitud_val", "exactitud_prueba"}}`) y devuelva la tupla `(nombre,
# exactitud_prueba)`: el nombre de la configuración con la **mayor exactitud de validación** (en un
# empate, la primera de la tabla) y la exactitud de **prueba** de esa configuración.
#
# **Salida esperada:** en la primera tabla de la prueba, `("dropout", 0.9)`: dropout tiene la mejor
# validación (0.92), aunque `L2` tenga la mejor prueba (0.915) y `sin_regularizacion` el mejor
# entrenamiento (1.0).

# %% ejercicio="elegirConfiguracion" puntos=2

# %%
elegida, exactitud_final = elegirConfiguracion(tabla)
print(f"configuración elegida por validación: {elegida} "
      f"(validación {tabla[elegida]['exactitud_val']:.3f})")
print(f"estimación final, con la prueba: {exactitud_final:.3f}")
n_prueba = datos.X_pru.shape[1]
print(f"error típico de una exactitud de ≈ {exactitud_final:.2f} con {n_prueba:,} ejemplos de "
      f"prueba: ±{np.sqrt(exactitud_final * (1 - exactitud_final) / n_prueba):.3f}"
      .replace(",", "\u202f"))

# %% [markdown]
# ### ¿Sabe la red que un dígito desplazado es el mismo dígito?
#
# La exactitud de validación de las redes entrenadas cuando **desplazamos** las imágenes de
# validación con tu `desplazarImagenes` (un píxel de 14 × 14 equivale a dos de 28 × 28). Con la
# bandera, la configuración `aumento_de_datos` vio desplazamientos al entrenar.

# %%
paso = 1 if datos.lado <= 14 else 2
for nombre, r in resultados.items():
    fila = []
    for dx, dy in ((0, 0), (paso, 0), (0, paso), (-paso, -paso)):
        X_movida = desplazarImagenes(datos.X_val, dx, dy, datos.lado)
        _, exactitud_movida = evaluarRed(r["params"], X_movida, datos.Y_val, activaciones)
        fila.append(f"({dx:+d}, {dy:+d}): {exactitud_movida:.3f}")
    print(f"{nombre:20s} (dx, dy) =", "   ".join(fila))

# %% [markdown]
# ### Qué mirar
#
# - **Sin regularización** la red llega a acertar casi el 100 % del entrenamiento y su costo de
#   validación, tras un mínimo temprano, sube: la regla 3 supera 1.10. Es el sobreajuste.
# - **L2** aplana la curva de validación (la regla 3 baja) y encoge los pesos (mira
#   $\sum\lVert W\rVert^2$), aunque su exactitud se parece a la de la red sin regularizar: sobre todo le quita
#   a la red la confianza excesiva en sus errores.
# - **Dropout** deja que la validación siga bajando (o casi no suba) y suele dar la mejor
#   exactitud de validación.
# - **Parada temprana** se queda con los pesos del mínimo de validación y entrena muchas menos
#   épocas: misma exactitud que sin regularizar, con el mejor costo de validación y menos cómputo.
# - Las diferencias de exactitud de **prueba** entre configuraciones son del orden de un punto,
#   parecidas a su error típico: con otra semilla el orden de dos configuraciones parecidas puede
#   cambiar. Por eso se decide con la validación y, si hace falta más seguridad, con más datos o
#   validación cruzada (unidad 4), nunca con la prueba.
# - Desplazar las imágenes de validación un píxel (dos en 28 × 28) le cuesta a una red densa
#   decenas de puntos de exactitud (en nuestra corrida, de ≈ 0.90 a ≈ 0.5–0.65, y a ≈ 0.25 en
#   diagonal): no es invariante a traslaciones, para ella son entradas nuevas. El aumento de
#   datos (con la bandera) recupera buena parte.

# %% [markdown]
# ## 8. Preguntas (calificación manual)
#
# **Pregunta 1 (2 puntos).** En el dropout invertido, ¿por qué se divide entre $p$ al entrenar y
# no se hace nada en inferencia? ¿Qué pasaría con las salidas de la red si entrenaras con dropout
# invertido y en inferencia (a) siguieras apagando unidades, o (b) multiplicaras además por $p$?
# ¿Por qué la retropropagación tiene que usar la misma máscara que la propagación hacia adelante?

# %% [markdown] pregunta="pregunta_dropout" puntos=2
# Una unidad con activación $a$ que se conserva con probabilidad $p$ vale en promedio $p\,a$ al
# entrenar. Dividiendo entre $p$ las conservadas, $E[a\,d/p] = a$: la capa siguiente ve en
# promedio la misma activación que verá en inferencia, cuando no se apaga nada. Como la escala ya
# se aplicó al entrenar, en inferencia se usa la red entera tal cual, que aproxima el promedio de
# todas las subredes entrenadas.
#
# (a) Si en inferencia se siguieran apagando unidades, las predicciones serían aleatorias (otra
# subred en cada llamada) y peores que las de la red entera: se pierde el efecto de promedio.
# (b) Si además se multiplicara por $p$, las activaciones de cada capa oculta serían $p$ veces más
# pequeñas que al entrenar (y se encogerían capa a capa): la red recibiría entradas en una escala
# que nunca vio y sus salidas cambiarían. Eso es mezclar el dropout clásico (escalar por $p$ en
# inferencia) con el invertido (escalar por $1/p$ al entrenar): la escala se aplicaría dos veces.
#
# La retropropagación calcula el gradiente del costo que se calculó hacia adelante, el de UNA
# subred. $\tilde A = A \odot D$ tiene derivada $D$: las unidades apagadas no influyeron en el
# costo y su gradiente es 0, y las conservadas se escalaron por $1/p$. Con otra máscara, el
# gradiente sería el de otra subred y no coincidiría con el gradiente numérico del costo (el
# chequeo de la sección 4 lo muestra: el error relativo pasa de ~1e-11 a ~0.5 en las capas
# ocultas).

# %% [markdown]
# **Pregunta 2 (2 puntos).** Con **tu** corrida del laboratorio (las curvas y la tabla): ¿qué
# configuración sobreajusta y cómo se ve? ¿Qué hizo cada regularización con la curva de
# validación, con la exactitud y con el tamaño de los pesos? ¿Qué configuración eligió tu
# `elegirConfiguracion` y por qué la decisión se toma con la validación y no con la prueba? ¿Son
# confiables las diferencias de exactitud de prueba entre configuraciones?

# %% [markdown] pregunta="pregunta_laboratorio" puntos=2
# La red sin regularización sobreajusta: su exactitud de entrenamiento llega a ≈ 100 % (el costo
# de entrenamiento casi 0) mientras la de validación se queda en ≈ 90 %, y su costo de validación
# tiene un mínimo hacia la época 10–30 y después sube: la regla 3 del Laboratorio 1 da más de
# 1.10. La red memoriza las 1 000 imágenes y se vuelve demasiado confiada en sus errores.
#
# L2 (λ = 2) aplana la curva de validación (la regla 3 queda cerca de 1) y reduce mucho
# $\sum\lVert W\rVert^2$, pero su exactitud es parecida a la de la red sin regularizar. Dropout
# (p = 0.7) casi no deja subir la validación y tiene la mejor exactitud de validación (y de
# prueba), uno o dos puntos por encima. La parada temprana paró 10 épocas (la paciencia) después
# del mínimo de validación y restauró esos pesos: la misma exactitud que sin regularizar, un costo
# de validación mejor y la mitad de las épocas.
#
# En mi corrida `elegirConfiguracion` eligió dropout, la de mayor exactitud de validación. Se
# decide con la validación porque la prueba tiene que ser una estimación honesta del rendimiento
# con datos nuevos: si eligiera la configuración que mejor da en prueba, ese número estaría
# sesgado hacia arriba (la diapositiva de Keras comete ese error al validar con el conjunto de
# prueba). Las diferencias de prueba entre configuraciones son de un punto o menos, del orden del
# error típico de una exactitud de 0.9 con 2 000 ejemplos (±0.007): entre configuraciones
# parecidas, el orden podría cambiar con otra semilla; solo la ventaja de dropout es algo mayor.

# %% [markdown]
# ## 9. Para experimentar (sin calificación)
#
# - Cambia λ en la configuración `L2` (0.5, 5, 20): ¿a partir de qué valor empieza a subajustar
#   (la exactitud de entrenamiento baja de forma notable)? Elige λ con la validación.
# - Prueba dropout con p = 0.5 y p = 0.9. Srivastava et al. recomiendan p ≈ 0.5 en las capas ocultas
#   de redes grandes: ¿pasa lo mismo con 100 unidades?
# - Combina L2 y dropout en un mismo `config`. ¿Se suman sus efectos?
# - Sube la paciencia a 20 o bájala a 2: ¿cuántas épocas entrena y qué pesos restaura?
# - Repite el laboratorio con `lab.datos_laboratorio(conjunto="fashion")` (Fashion-MNIST, si está
#   instalado) o con 5 000 imágenes de entrenamiento (`n_ent=5000`): ¿sigue sobreajustando?
# - Cambia `LABORATORIO_COMPLETO` a `True`: ¿cuánto recupera el aumento de datos en las imágenes
#   desplazadas?

# %% [markdown]
# ## Referencias
#
# - I. Goodfellow, Y. Bengio y A. Courville (2016), *Deep Learning*, MIT Press, cap. 7
#   «Regularization for Deep Learning»: §7.1 (penalizaciones de la norma de los parámetros; §7.1.1,
#   L2), §7.4 (aumento de datos), §7.8 (parada temprana, algoritmo 7.1) y §7.12 (dropout).
#   https://www.deeplearningbook.org/
# - N. Srivastava, G. Hinton, A. Krizhevsky, I. Sutskever y R. Salakhutdinov (2014), «Dropout: A
#   Simple Way to Prevent Neural Networks from Overfitting», *Journal of Machine Learning
#   Research* 15, 1929–1958.
# - A. Krogh y J. A. Hertz (1992), «A Simple Weight Decay Can Improve Generalization», *Advances
#   in Neural Information Processing Systems 4* (NIPS 1991).
# - L. Prechelt (1998), «Early Stopping — But When?», en G. Orr y K.-R. Müller (eds.), *Neural
#   Networks: Tricks of the Trade*, Springer, LNCS 1524, 55–69.
# - M. Nielsen (2015), *Neural Networks and Deep Learning*, cap. 3 «Improving the way neural
#   networks learn» (sobreajuste con 1 000 imágenes de MNIST, regularización L2, dropout y
#   ampliación artificial de los datos). http://neuralnetworksanddeeplearning.com/chap3.html

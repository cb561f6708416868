# %% [markdown]
# # Unidad 5 · Regresión logística y softmax
#
# La regresión lineal predice un número; muchas preguntas, en cambio, tienen respuesta «sí o no»:
# ¿este cliente dejará de pagar su tarjeta?, ¿este correo es spam? La **regresión logística** es el
# primer clasificador del curso y, a la vez, **una neurona**: una combinación lineal de los atributos
# seguida de una activación sigmoide. Todo lo que construyas aquí reaparece en las redes neuronales.
#
# | función | qué hace | puntos |
# |---|---|---|
# | `sigmoide(z)` | la función logística, estable | 1 |
# | `predecirProba(theta0, theta, X)` | probabilidad de la clase 1 | 1 |
# | `predecirClase(proba, umbral)` | clase 0/1 con un umbral | 1 |
# | `costoLogistico(theta0, theta, X, y, lam)` | entropía cruzada (+ Ridge) | 2 |
# | `gradienteLogistico(theta0, theta, X, y, lam)` | su gradiente | 2 |
# | `entrenarLogistica(X, y, alpha, iteraciones, lam)` | descenso de gradiente | 2 |
# | `softmax(Z)` | probabilidades para varias clases | 2 |
# | `matrizConfusion(y, y_pred)` | aciertos y errores por clase | 1 |
# | dos preguntas escritas | desbalance de clases y elección del umbral | 3 |
#
# **Cómo trabajar.** Escribe tu código donde dice `# TU CÓDIGO AQUÍ` (borra la línea
# `raise NotImplementedError()`), ejecuta la celda y luego la celda de prueba que la sigue. Las
# pruebas visibles revisan, en este orden, el **tipo**, la **forma**, los **valores** y los
# **errores típicos**, y te dicen en español qué está mal. Al calificar se ejecutan además pruebas
# ocultas con otras entradas (otros tamaños, otros valores): escribe código general, no copies las
# salidas esperadas. Puedes (y conviene) usar en cada ejercicio las funciones que ya escribiste.
#
# **Convención de formas.** Cada ejemplo es una **columna**: `X` tiene forma `(n, m)` con `n`
# atributos y `m` ejemplos, y las etiquetas `y` forma `(1, m)`. El intercepto `theta0` (θ0) es un
# número y los coeficientes `theta` (θ1 … θn) una columna `(n, 1)`. Así `theta.T @ X` tiene forma
# `(1, m)`: un valor por ejemplo.

# %% fija="configuracion"
# %matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

from course import regresion_logistica as rl
from course.regresion_logistica import (probar_sigmoide, probar_predecirProba,
                                        probar_predecirClase, probar_costoLogistico,
                                        probar_gradienteLogistico, probar_entrenarLogistica,
                                        probar_softmax, probar_matrizConfusion)

np.set_printoptions(precision=5, suppress=True)

# %% [markdown]
# ## 1. De la regresión lineal a la clasificación
#
# Supón que un médico considera en riesgo de diabetes a quien pesa más de 95 kg. El problema deja de
# ser de regresión (predecir el peso) y pasa a ser de **clasificación**: 0 = a salvo, 1 = en
# riesgo. Podríamos ajustar una recta a las etiquetas 0/1, pero sus predicciones se salen de
# $[0, 1]$, no se pueden leer como probabilidades y un solo punto extremo inclina toda la recta.
#
# La regresión logística conserva la parte lineal,
# $z = \theta_0 + \theta_1 x_1 + \dots + \theta_n x_n = \theta_0 + \theta^T x$, y la pasa por la
# **función logística o sigmoide**
#
# $$f(z) = \sigma(z) = \frac{1}{1 + e^{-z}}, \qquad h_\theta(x) = \sigma(\theta_0 + \theta^T x),$$
#
# que aplasta cualquier número real en el intervalo $(0, 1)$: $\sigma(0) = 0.5$,
# $\sigma(z) \to 1$ cuando $z \to +\infty$ y $\sigma(z) \to 0$ cuando $z \to -\infty$. Interpretamos
# $h_\theta(x) = p_1(x) = P(y = 1 \mid x)$, la probabilidad de la clase 1.
#
# **Los odds.** Los *odds* (en español, **momios**, como en las apuestas: «3 a 1») comparan la
# probabilidad de que ocurra algo con la de que no ocurra. (La «razón de momios», *odds ratio*, es
# otra cosa: el cociente de dos momios.) Para la regresión logística salen de forma exacta:
#
# $$\text{odds} = \frac{p_1(x)}{1 - p_1(x)}
# = \frac{\frac{1}{1 + e^{-\theta^T x}}}{1 - \frac{1}{1 + e^{-\theta^T x}}}
# = \frac{\frac{1}{1 + e^{-\theta^T x}}}{\frac{e^{-\theta^T x}}{1 + e^{-\theta^T x}}}
# = e^{\theta^T x}
# \quad\Longrightarrow\quad
# \log(\text{odds}) = \log\frac{p_1(x)}{1 - p_1(x)} = \theta_0 + \theta_1 x_1 + \dots + \theta_n x_n .$$
#
# (Aquí $\theta^T x$ incluye a $\theta_0$, como si hubiera un atributo constante $x_0 = 1$.) Es
# decir: el modelo es **lineal en el logaritmo de los odds** (el *log-odds*, o logaritmo de los
# momios). Aumentar $x_j$ en una unidad suma $\theta_j$ al log-odds, o sea, **multiplica los odds
# por $e^{\theta_j}$**. Esa es la lectura de
# los coeficientes que usaremos en el taller.
#
# ### Estabilidad numérica
#
# Con la fórmula directa, `1 / (1 + np.exp(-z))` calcula $e^{800}$ cuando $z = -800$: eso desborda
# (`inf`) y NumPy avisa `overflow encountered in exp`. El resultado final (0) es correcto, pero el
# aviso ensucia la salida y en otras fórmulas el `inf` acaba en `nan`. Dos salidas clásicas:
#
# - evaluar `np.exp` solo en números $\le 0$: para $z \ge 0$ usar $\frac{1}{1 + e^{-z}}$ y para
#   $z < 0$ la forma equivalente $\frac{e^{z}}{1 + e^{z}}$ (con `np.where`, calculando `np.exp(-np.abs(z))`);
# - usar $\ln(1 + e^{-z})$ = `np.logaddexp(0, -z)`, que NumPy calcula sin desbordar, y
#   $\sigma(z) = e^{-\ln(1 + e^{-z})}$.
#
# ### Ejercicio 1 · `sigmoide` (1 punto)
#
# Escribe `sigmoide(z)` para un número o un arreglo de cualquier forma, **sin avisos de desborde**
# ni siquiera con $z = \pm 800$.
#
# **Salida esperada:** `sigmoide(np.array([-5., -1., 0., 1., 5.]))` ≈ `[0.00669 0.26894 0.5 0.73106 0.99331]`.

# %% ejercicio="sigmoide" puntos=1

# %% [markdown]
# La sigmoide y su inversa. A la izquierda, $\sigma(z)$: cruza 0.5 exactamente en $z = 0$. A la
# derecha, $\log\frac{p}{1-p}$ en función de $p$: es la función inversa (el *logit*), y por eso el
# log-odds de la predicción devuelve la parte lineal $z$.
#
# > **Nota sobre la diapositiva.** La diapositiva llama a la transformación «función **logit** o
# > **sigmoide**», como si fueran sinónimos. No lo son: la sigmoide $\sigma(z) = 1/(1 + e^{-z})$
# > lleva un número real a una probabilidad, y el logit $\log\frac{p}{1 - p}$ hace lo contrario, de
# > probabilidad a número real. Son funciones **inversas**: $\text{logit}(\sigma(z)) = z$.

# %%
rl.graficar_sigmoide(sigmoide);

# %% [markdown]
# ## 2. Probabilidad, clase y umbral
#
# Con todos los ejemplos a la vez (una columna cada uno):
#
# $$Z = \theta^T X + \theta_0 \quad (1, m), \qquad H = \sigma(Z) \quad (1, m).$$
#
# `theta.T @ X` multiplica `(1, n)` por `(n, m)`; el intercepto, un número, se suma a cada columna.
#
# **De la probabilidad a la clase.** Se fija un **umbral**, normalmente 0.5:
#
# - predecir la clase 1 si $h_\theta(x) \ge 0.5$, lo que ocurre exactamente cuando $\theta^T x \ge 0$;
# - predecir la clase 0 en otro caso.
#
# Fíjate en el **≥**: un ejemplo con probabilidad exactamente igual al umbral va a la clase 1. El
# umbral no tiene por qué ser 0.5: si equivocarse en un sentido cuesta más que en el otro (no
# detectar un cliente que no pagará, por ejemplo), conviene otro umbral. Lo veremos en el taller.
#
# ### Ejercicio 2 · `predecirProba` (1 punto)
#
# Escribe `predecirProba(theta0, theta, X)`, que devuelve $H = \sigma(\theta^T X + \theta_0)$ de forma
# `(1, m)`. Usa tu `sigmoide`.
#
# **Salida esperada:** con la frontera de la diapositiva $h = f(-3 + x_1 + x_2)$ (θ0 = −3, θ = [[1], [1]])
# y los puntos (1, 1), (0.5, 2), (1.5, 1.5), (2, 2), (3, 1):
# `[[0.26894 0.37754 0.5 0.73106 0.73106]]`. La prueba usa además la frontera circular de la
# sección 3.

# %% ejercicio="predecirProba" puntos=1

# %% [markdown]
# ### Ejercicio 3 · `predecirClase` (1 punto)
#
# Escribe `predecirClase(proba, umbral=0.5)`, que devuelve un arreglo `(1, m)` con 1 donde
# `proba` ≥ `umbral` y 0 en el resto (enteros; `astype(int)` convierte un arreglo booleano).
#
# **Salida esperada:** `predecirClase(np.array([[0.2, 0.5, 0.7, 0.49999]]))` → `[[0 1 1 0]]`, y con
# `umbral=0.3` → `[[0 1 1 1]]`.

# %% ejercicio="predecirClase" puntos=1

# %% [markdown]
# ## 3. Fronteras de decisión
#
# Como la clase 1 se predice cuando $\theta_0 + \theta^T x \ge 0$, la **frontera de decisión** es el
# conjunto de puntos donde $\theta_0 + \theta^T x = 0$: con atributos $x_1, x_2$, **una recta**. La
# regresión logística es un clasificador lineal.
#
# **Frontera lineal de la diapositiva:** $h_\theta(x) = f(-3 + x_1 + x_2)$. Se predice la clase 1 (la cruz
# roja de la diapositiva) cuando $f(-3 + x_1 + x_2) \ge 0.5$, es decir, cuando $x_1 + x_2 \ge 3$: el
# semiplano por encima de la recta $x_1 + x_2 = 3$.
#
# **Frontera no lineal con atributos polinomiales.** Si agregamos como atributos potencias de los
# originales, el modelo sigue siendo lineal *en los atributos*, pero la frontera en el plano
# $(x_1, x_2)$ ya no es una recta. Con $h_\theta(x) = f(-1 + x_1^2 + x_2^2)$ se predice la clase 1
# cuando $x_1^2 + x_2^2 \ge 1$: **fuera del círculo unidad**. `rl.caracteristicas_polinomiales(P)`
# construye los atributos de grado 2 $(x_1, x_2, x_1^2, x_1 x_2, x_2^2)$; con ellos, la frontera
# circular es $\theta_0 = -1$, $\theta = (0, 0, 1, 0, 1)^T$.
#
# Las gráficas usan **tu** `predecirProba`: el color es $h$ y la línea negra, $h = 0.5$. Los puntos
# son los de la prueba visible, con la clase que les asigna la diapositiva; los que están sobre la
# frontera ($h = 0.5$ exacto) son de clase 1.

# %%
for nombre, limites in (("lineal", (-0.5, 3.5)), ("circular", (-2.0, 2.0))):
    f = rl.FRONTERAS[nombre]
    rl.graficar_frontera(predecirProba, f["theta0"], f["theta"], f["puntos"], f["clase"],
                         polinomial=(nombre == "circular"), limites=limites,
                         titulo=f"h = {f['formula']}");

# %% [markdown]
# ## 4. La función de costo: entropía cruzada
#
# ¿Por qué no reutilizar el costo de la regresión lineal,
# $J = \frac{1}{2m}\sum_i \left(h_\theta(x^{(i)}) - y^{(i)}\right)^2$? Porque con la sigmoide dentro
# deja de ser **convexo**: tiene zonas planas y puede tener mínimos locales, y el descenso de
# gradiente puede quedarse atascado. Se usa en cambio, para cada ejemplo,
#
# $$\text{Costo}(h, y) = \begin{cases} -\log(h) & \text{si } y = 1 \\ -\log(1 - h) & \text{si } y = 0 \end{cases}
# \;=\; -y \log(h) - (1 - y)\log(1 - h),$$
#
# que vale 0 si el modelo acierta con total seguridad y crece sin límite si se equivoca con total
# seguridad. El costo global es el promedio, con logaritmo natural:
#
# $$J(\theta_0, \theta) = -\frac{1}{m}\sum_{i=1}^{m}\left[y^{(i)}\log h_\theta(x^{(i)}) + (1 - y^{(i)})\log\left(1 - h_\theta(x^{(i)})\right)\right].$$
#
# Este $J$ sí es **convexo** en $(\theta_0, \theta)$, y eso es lo que importa: todo mínimo local es
# global, así que el descenso de gradiente no se atasca. Convexo no quiere decir «un único mínimo»:
#
# - si las clases son **linealmente separables**, $J$ no tiene mínimo: multiplicar por 2 un
#   $\theta$ que separa bien hace las probabilidades más extremas y el costo más pequeño, así que
#   $J \to 0$ cuando $\lVert\theta\rVert \to \infty$ sin llegar nunca;
# - si dos atributos son colineales (uno es múltiplo del otro), hay toda una recta de $\theta$ con
#   el mismo costo mínimo;
# - con regularización Ridge ($\lambda > 0$, abajo) $J$ es **estrictamente** convexo y el mínimo
#   existe y es único.
#
# **Cuidado con `log(0)`.** En float64, con la fórmula directa $1/(1 + e^{-z})$, $h$ vale
# exactamente 1 en cuanto $z \gtrsim 36.7$ ($e^{-z} < 2^{-53}$ y $1 + e^{-z}$ redondea a 1; con la
# forma estable de `logaddexp`, hacia $z \approx 38$). Hacia el otro lado la sigmoide estable no
# llega a 0 exacto hasta $z \lesssim -745$ ($e^{-745} \approx 5 \cdot 10^{-324}$ es el menor número
# positivo de float64). Así que lo que falla primero es $\log(1 - h)$: con $h = 1$,
# `np.log(1 - h)` = `np.log(0)` da `-inf`, y `0 * -inf` da `nan`. Recorta $h$ a $[\varepsilon, 1 - \varepsilon]$ con
# `np.clip` (por ejemplo $\varepsilon = 10^{-12}$) antes del logaritmo.
#
# ### Regularización: Ridge (L2) y Lasso (L1)
#
# Igual que en la regresión lineal, se puede penalizar el tamaño de los coeficientes para reducir el
# sobreajuste y simplificar el modelo. Con el costo promedio de arriba:
#
# $$J_{\text{Ridge}} = J + \frac{\lambda}{2m}\sum_{j=1}^{n}\theta_j^2, \qquad
# J_{\text{Lasso}} = J + \frac{\lambda}{m}\sum_{j=1}^{n}|\theta_j| .$$
#
# - **No se penaliza $\theta_0$**: la suma empieza en $j = 1$. El intercepto solo fija el nivel base
#   de la probabilidad; encogerlo no simplifica el modelo.
# - $\lambda = 0$ no regulariza; cuanto mayor $\lambda$, más pequeños los coeficientes. $\lambda$ se
#   elige con validación cruzada.
# - Ridge encoge todos los coeficientes pero los conserva; Lasso lleva a 0 exactamente los menos
#   útiles (selección de atributos), pero $|\theta_j|$ no es derivable en 0 y su descenso de gradiente
#   necesita un *subgradiente* ($\operatorname{signo}(\theta_j)$).
#
# > **Notas sobre las diapositivas.** (1) La diapositiva de regularización logística escribe el
# > primer término como $\sum_i (h_\Theta(X) - y_i)$; debe ser la entropía cruzada de arriba (así lo
# > dice la propia diapositiva: «no cambian las funciones de costo»). (2) Las diapositivas escriben
# > la penalización Ridge como $\frac{\lambda}{2}\sum\theta_j^2$ junto a un costo **sumado**; como
# > aquí el costo es un **promedio** (dividido entre $m$), la penalización equivalente es
# > $\frac{\lambda}{2m}\sum\theta_j^2$, y su derivada, $\frac{\lambda}{m}\theta_j$, es la que aparece en
# > la regla de actualización de la diapositiva. En la **Unidad 4** (regresión lineal, sección 4)
# > el mismo $\frac{\lambda}{m}$ de la diapositiva es incorrecto, y las dos notas tienen razón: allí
# > el costo es una **suma** de cuadrados con $\frac{\lambda}{2}\sum\theta_j^2$, cuyo gradiente
# > lleva el factor 2 de derivar el cuadrado; dividido entre $2m$ queda $\frac{\lambda}{2m}\theta_j$.
# > Aquí el costo ya es un promedio y no hay ese 2. (3) La diapositiva llama a este costo
# > *categorical cross-entropy*; para dos clases su nombre habitual es entropía cruzada **binaria**;
# > la categórica es su generalización a $k$ clases (sección 7).
#
# ### Ejercicio 4 · `costoLogistico` (2 puntos)
#
# Escribe `costoLogistico(theta0, theta, X, y, lam=0.0)`, que devuelve $J_{\text{Ridge}}$ como un
# número (`float`). Con `lam = 0` es la entropía cruzada sola.
#
# **Salida esperada** (`rl.X_PRUEBA`, `rl.Y_PRUEBA`, θ0 = 0.2, θ = [[0.8], [−0.5]]): `0.66888` con
# `lam = 0` y `0.72080` con `lam = 0.7`.

# %% ejercicio="costoLogistico" puntos=2

# %% [markdown]
# ## 5. El gradiente
#
# Derivando $J$ (la cuenta es la misma que para la salida de una red: la derivada de la sigmoide
# $\sigma' = \sigma(1 - \sigma)$ se cancela con la del logaritmo) se obtiene
#
# $$\frac{\partial J}{\partial \theta_0} = \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right),
# \qquad
# \frac{\partial J}{\partial \theta_j} = \frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)} + \frac{\lambda}{m}\theta_j .$$
#
# Con ello, el descenso de gradiente repite, **a la vez para todos los parámetros**,
#
# $$\theta_0 := \theta_0 - \alpha\frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right),
# \qquad
# \theta_j := \theta_j - \alpha\left[\frac{1}{m}\sum_{i=1}^{m}\left(h_\theta(x^{(i)}) - y^{(i)}\right)x_j^{(i)} + \frac{\lambda}{m}\theta_j\right].$$
#
# **¡La regla de actualización es idéntica a la de la regresión lineal!** Aunque no realmente: lo que
# cambió es la definición de $h_\theta(x)$, que ahora es $\sigma(\theta_0 + \theta^T x)$.
#
# En forma matricial, con el error $E = H - Y$ de forma `(1, m)`:
# `d_theta0 = np.sum(E) / m` y `d_theta = X @ E.T / m + (lam / m) * theta`, de forma `(n, 1)` como
# `theta`. El término de regularización no toca a $\theta_0$.
#
# > **Nota sobre las diapositivas.** La diapositiva de Ridge escribe
# > $\theta_j := \theta_j - \alpha\frac{1}{m}\sum(\dots)x_j + \frac{\lambda}{m}\theta_j$: el término
# > de la penalización debe ir **dentro** del paso, multiplicado por α y **restando**, como arriba
# > (equivale a $\theta_j(1 - \alpha\lambda/m) - \alpha\frac{1}{m}\sum(\dots)x_j$: cada paso encoge
# > un poco los coeficientes, de ahí el nombre *weight decay*). Leída al pie de la letra, con
# > $+\frac{\lambda}{m}\theta_j$ fuera del paso, cada iteración haría **crecer** los coeficientes. La
# > Unidad 4 hace la misma corrección para la regresión lineal, con $\frac{\lambda}{2m}$ en vez de
# > $\frac{\lambda}{m}$ porque allí el costo es una suma (ver la nota de la sección 4).
#
# ### Ejercicio 5 · `gradienteLogistico` (2 puntos)
#
# Escribe `gradienteLogistico(theta0, theta, X, y, lam=0.0)`, que devuelve la tupla
# `(d_theta0, d_theta)`: un `float` y un arreglo `(n, 1)`.
#
# **Salida esperada** (mismos datos, `lam = 0.7`): `d_theta0 = −0.10093`,
# `d_theta = [[0.02398], [−0.40990]]`. Las pruebas ocultas comparan además tu gradiente con un
# gradiente numérico.

# %% ejercicio="gradienteLogistico" puntos=2

# %% [markdown]
# ### Verifica tu gradiente numéricamente
#
# La derivada respecto a cualquier parámetro se aproxima con diferencias centrales,
# $\frac{J(\theta + h) - J(\theta - h)}{2h}$. Esta celda compara tu `gradienteLogistico` con esa
# aproximación calculada con **tu** `costoLogistico` (con λ = 0.5). Un error relativo por debajo de
# `1e-6` (la tolerancia del curso; bien escritas suelen dar ~1e-9) indica que tus dos funciones son coherentes entre sí.

# %%
errores = rl.verificar_gradiente(gradienteLogistico, costoLogistico)

# %% [markdown]
# ## 6. Entrenamiento por descenso de gradiente
#
# ### Ejercicio 6 · `entrenarLogistica` (2 puntos)
#
# Escribe `entrenarLogistica(X, y, alpha, iteraciones, lam=0.0)`. Empieza con `theta0 = 0.0` y
# `theta = np.zeros((n, 1))`, y en cada iteración:
#
# 1. guarda en `costos` el costo con los parámetros actuales (**antes** de actualizar);
# 2. calcula el gradiente con esos mismos parámetros;
# 3. actualiza $\theta_0$ y $\theta$ a la vez (ambos con el gradiente del paso 2).
#
# Devuelve `(theta0, theta, costos)`, con `costos` una lista de exactamente `iteraciones` números.
# Usa tus `costoLogistico` y `gradienteLogistico`, pasándoles `lam`.
#
# **Dato útil:** con $\theta_0 = 0$ y $\theta = 0$ todas las probabilidades valen 0.5, así que el
# primer costo es siempre $\ln 2 \approx 0.69315$.
#
# **Salida esperada** (5 iteraciones, α = 0.5, λ = 0.3, datos de prueba): costos
# `0.69315, 0.61114, 0.55325, 0.51126, 0.47986`; `theta0 = 0.25922`.

# %% ejercicio="entrenarLogistica" puntos=2

# %% [markdown]
# ### Aprende una frontera circular
#
# Generamos 200 puntos del cuadrado $[-2, 2]^2$ cuya etiqueta es 1, con algo de ruido, fuera del
# círculo unidad (`rl.datos_circulo`). Con solo $x_1, x_2$ el modelo solo puede trazar una recta; con
# los atributos polinomiales de grado 2 puede aprender una frontera del tipo
# $f(\theta_0 + \theta_3 x_1^2 + \theta_5 x_2^2)$. Observa los coeficientes aprendidos: deberían
# parecerse a un múltiplo de $(-1;\ 0, 0, 1, 0, 1)$, la frontera $f(-1 + x_1^2 + x_2^2)$ de la
# diapositiva.

# %%
P, y_circ = rl.datos_circulo(200, semilla=0)
X_circ = rl.caracteristicas_polinomiales(P)
theta0_c, theta_c, costos_c = entrenarLogistica(X_circ, y_circ, alpha=0.5, iteraciones=3000)
print(f"costo: {costos_c[0]:.4f} → {costos_c[-1]:.4f}")
print("θ0 =", round(float(np.squeeze(theta0_c)), 3), "  θ (x1, x2, x1², x1·x2, x2²) =", theta_c.ravel().round(3))
exactitud = np.mean(predecirClase(predecirProba(theta0_c, theta_c, X_circ)) == y_circ)
print(f"exactitud en entrenamiento: {exactitud:.1%}")
rl.graficar_costos(costos_c);
rl.graficar_frontera(predecirProba, theta0_c, theta_c, P, y_circ, polinomial=True,
                     limites=(-2.2, 2.2), titulo="Frontera aprendida con atributos de grado 2");

# %% [markdown]
# **Efecto de λ.** Entrenamos el mismo modelo con regularización Ridge creciente. La norma de
# $\theta$ (sin $\theta_0$) baja al subir λ: los coeficientes se encogen, la frontera se suaviza y el
# modelo se vuelve menos seguro de sí mismo (probabilidades más cercanas a 0.5).

# %%
for lam in (0.0, 10.0, 100.0):
    t0, t, c = entrenarLogistica(X_circ, y_circ, 0.5, 1000, lam)
    print(f"λ = {lam:6.1f}   ‖θ‖ = {np.linalg.norm(t):6.3f}   θ0 = {float(np.squeeze(t0)):6.3f}   costo final = {c[-1]:.4f}")

# %% [markdown]
# ## 7. Más de dos clases
#
# ### Uno contra todos
#
# Con $k > 2$ clases, la idea más directa es entrenar **un clasificador logístico por clase**: el
# de la clase $c$ aprende «$c$ contra todas las demás» (etiqueta 1 si $y = c$, 0 si no). Para un
# ejemplo nuevo se calcula la probabilidad de cada modelo y se predice **la clase cuyo modelo da la
# probabilidad mayor**. Esta celda lo hace con **tus** funciones sobre tres nubes de puntos.

# %%
P3, y3 = rl.datos_tres_clases(60, semilla=0)
modelos = []
for c in range(3):
    t0, t, _ = entrenarLogistica(P3, (y3 == c).astype(float), alpha=0.5, iteraciones=1000)
    modelos.append((t0, t))

def proba_uno_contra_todos(puntos):
    # una fila por clase: la probabilidad que da su propio modelo
    return np.vstack([predecirProba(t0, t, puntos) for t0, t in modelos])

prediccion = np.argmax(proba_uno_contra_todos(P3), axis=0)
print(f"exactitud uno contra todos: {np.mean(prediccion == y3):.1%}")
rl.graficar_regiones_multiclase(proba_uno_contra_todos, P3, y3, titulo="Uno contra todos");

# %% [markdown]
# ### Regresión logística multinomial: softmax
#
# La alternativa es un solo modelo que da directamente una probabilidad por clase. Para un ejemplo,
# cada clase $c$ tiene su puntaje lineal $z_c = \theta_c^T x$ y la función **softmax** los convierte
# en probabilidades positivas que suman 1:
#
# $$s(z)_c = \frac{e^{z_c}}{\sum_{j=1}^{k} e^{z_j}} .$$
#
# La sigmoide calcula una sola salida; la softmax calcula $k$ valores intermedios $e^{z_c}$ y luego
# los normaliza. La sigmoide es el caso particular de dos clases con puntajes $(x, 0)$:
#
# $$\sigma(x) = \frac{1}{1 + e^{-x}} = \frac{e^x}{e^x + 1} = \frac{e^x}{e^x + e^0} = s\big((x, 0)\big)_1 .$$
#
# > **Nota sobre las diapositivas.** La diapositiva escribe el denominador como
# > $\sum_j e^{\theta^T X^{(j)}}$, con el mismo superíndice que se usa para los ejemplos; la suma es
# > sobre las **clases** de un mismo ejemplo, no sobre los ejemplos.
#
# **Efecto no proporcional.** La tabla de la diapositiva muestra que la softmax no reparte en proporción
# a los puntajes: `[3.0, 1.0, 0.2]` da `[0.836, 0.113, 0.051]`; con puntajes casi iguales
# `[3.0, 2.9, 2.8]` las probabilidades también se parecen; y al multiplicar los puntajes por 10
# (`[30.0, …]`) la clase ganadora se lleva prácticamente todo (`1.0` frente a `9.4e-14`). Lo que
# cuenta son las **diferencias** entre puntajes: $s(z + c) = s(z)$ para cualquier constante $c$.
#
# **Estabilidad.** Esa propiedad es también la solución numérica: con puntajes grandes,
# $e^{1000}$ desborda, pero restando a cada columna su máximo el mayor exponente pasa a ser
# $e^0 = 1$ y nada desborda: `Z - np.max(Z, axis=0, keepdims=True)`.
#
# ### Ejercicio 7 · `softmax` (2 puntos)
#
# Escribe `softmax(Z)` para puntajes de forma `(k, m)` (una fila por clase, **una columna por
# ejemplo**: cada columna debe sumar 1) o `(k,)` (un solo ejemplo). Debe ser estable: sin avisos ni
# `nan` con puntajes del orden de miles.
#
# **Salida esperada:** la prueba reproduce las siete filas de la tabla de la diapositiva, por ejemplo
# `softmax(np.array([3.0, 1.0, 0.2]))` → `[0.8360188 0.11314284 0.05083836]`.

# %% ejercicio="softmax" puntos=2

# %% [markdown]
# **Entrenar la regresión multinomial.** El costo es la **entropía cruzada categórica**, la
# generalización de la binaria, promediada sobre los ejemplos:
#
# $$L(\hat{y}, y) = -\sum_{c=1}^{k} y_c \log \hat{y}_c ,$$
#
# con $y$ codificada *one-hot* (un 1 en la fila de su clase). Su gradiente generaliza el de la
# sigmoide: con $A = \text{softmax}(W X + b)$ e $Y$ one-hot, ambos `(k, m)`,
# $dW = \frac{1}{m}(A - Y)X^T$ y $db = \frac{1}{m}\sum (A - Y)$. La celda siguiente entrena este
# modelo con **tu** `softmax` (W es `(k, n)`, una fila de coeficientes por clase).

# %%
k, (n, m) = 3, P3.shape
Y3 = (np.arange(k).reshape(-1, 1) == y3).astype(float)      # one-hot (k, m)
W, b = np.zeros((k, n)), np.zeros((k, 1))
for _ in range(1000):
    A = softmax(W @ P3 + b)
    W -= 0.5 * (A - Y3) @ P3.T / m
    b -= 0.5 * np.sum(A - Y3, axis=1, keepdims=True) / m
A = softmax(W @ P3 + b)
print(f"entropía cruzada final: {-np.sum(Y3 * np.log(np.clip(A, 1e-12, 1))) / m:.4f}")
print(f"exactitud softmax: {np.mean(np.argmax(A, axis=0) == y3):.1%}")
rl.graficar_regiones_multiclase(lambda puntos: softmax(W @ puntos + b), P3, y3,
                                titulo="Regresión multinomial (softmax)");

# %% [markdown]
# ## 8. Taller: impago de tarjetas de crédito
#
# El taller del curso usa el conjunto «credit default» (*Default*, del libro *An Introduction to
# Statistical Learning*, ISLR): 10 000 clientes con su **saldo** medio de la tarjeta (`balance`, en
# dólares), su **ingreso** anual (`income`), si son **estudiantes** (`student`) y si **dejaron de
# pagar** (`default`). Ese conjunto ya es simulado, y como este curso funciona sin internet,
# `course/datos/credito.py` genera uno equivalente con este modelo (todo queda documentado en el
# módulo):
#
# 1. estudiante con probabilidad 0.2944 (ISLR: 29.4 % de estudiantes);
# 2. ingreso normal de media 17 950 y desviación 4 900 para estudiantes, y de media 40 000 y
#    desviación 10 000 para el resto (nunca menor que 770);
# 3. saldo $= \max(0,\ \mu + 498\,\varepsilon)$ con $\varepsilon$ normal estándar y $\mu$ = 980
#    (estudiantes) o 760 (resto);
# 4. impago con probabilidad $\sigma(-10.869 + 0.005737\cdot\text{saldo} + 3.033\cdot 10^{-6}\cdot\text{ingreso} - 0.6468\cdot\text{estudiante})$,
#    los coeficientes de la regresión logística que ISLR ajusta a sus datos.
#
# **Calibración.** Con esos coeficientes fijos, la tasa de impago depende sobre todo de cuántos
# clientes tienen saldos altos. Los parámetros del saldo (980, 760, 498) se eligieron simulando dos
# millones de clientes para reproducir a la vez los resúmenes de ISLR: 3.33 % de impago (simulado:
# 3.32 %), 4.31 % entre estudiantes (4.19 %) y 2.92 % entre no estudiantes (2.96 %), saldo medio 835
# con desviación 484 (835 y 485) y un 5 % de saldos en cero (5.2 %). La función recibe una
# `semilla`; con `semilla=2`, la del taller, la tasa de impago es 3.36 %. La celda siguiente
# comprueba que los datos reproducen esas tasas.

# %%
X_cred, y_cred = rl.datos_credito(10_000, semilla=2)
print("X:", X_cred.shape, " filas:", rl.ATRIBUTOS, "  y:", y_cred.shape)
simulado, objetivo = rl.resumen(X_cred, y_cred), rl.tasa_teorica()
for clave in simulado:
    print(f"  {clave:22s} simulado {simulado[clave]:10.4f}   ISLR {objetivo[clave]:10.4f}")
assert abs(simulado["impago"] - 0.0333) < 0.006 and abs(simulado["estudiantes"] - 0.2944) < 0.02

# %% [markdown]
# ### Clases desbalanceadas
#
# Solo un 3.4 % de los clientes deja de pagar. Un «clasificador» que responde siempre «no hay
# impago» acierta en el 96.6 % de los casos (ISLR: 96.7 %) sin haber aprendido nada. Por eso la
# **exactitud** (proporción de aciertos) engaña con clases desbalanceadas y hay que mirar los
# errores **por clase** en una **matriz de confusión**:
#
# |  | predicho 0 | predicho 1 |
# |---|---|---|
# | **real 0** | VN (verdaderos negativos) | FP (falsos positivos) |
# | **real 1** | FN (falsos negativos) | VP (verdaderos positivos) |
#
# De ella salen:
#
# - **exactitud** $= \frac{VN + VP}{m}$;
# - **precisión** $= \frac{VP}{VP + FP}$: de los clientes señalados como morosos, cuántos lo son;
# - **sensibilidad** (*recall*) $= \frac{VP}{VP + FN}$: de los morosos reales, cuántos detectamos;
# - **especificidad** $= \frac{VN}{VN + FP}$.
#
# ### Ejercicio 8 · `matrizConfusion` (1 punto)
#
# Escribe `matrizConfusion(y, y_pred)` para etiquetas 0/1 de forma `(1, m)`; devuelve la matriz
# `(2, 2)` de **conteos** con filas = clase real y columnas = clase predicha,
# `[[VN, FP], [FN, VP]]`. Debe ser `(2, 2)` aunque una clase no aparezca.
#
# **Salida esperada:** con `y = [[1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1]]` y
# `y_pred = [[1, 0, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0]]`: `[[4 3] [2 3]]`.

# %% ejercicio="matrizConfusion" puntos=1

# %% [markdown]
# La matriz de confusión del clasificador «siempre no»: exactitud altísima, sensibilidad cero.

# %%
M_no = matrizConfusion(y_cred, np.zeros_like(y_cred))
print(M_no)
print({k: round(float(v), 4) for k, v in rl.metricas(M_no).items()})

# %% [markdown]
# ### Entrenar el modelo
#
# Los dos atributos están en dólares, pero con órdenes de magnitud distintos: el saldo va de cero a
# unos pocos miles (media ≈ 835) y el ingreso anda por las decenas de miles (≈ 33 500 de media). Con escalas tan distintas,
# ninguna tasa de aprendizaje sirve para todos los coeficientes. Estandarizamos cada atributo
# (`rl.estandarizar`: media 0, desviación 1), entrenamos con tus funciones y luego devolvemos los
# coeficientes a dólares para compararlos con los del modelo generador
# ($\theta_j^{\$} = \theta_j / s_j$, $\theta_0^{\$} = \theta_0 - \sum_j \theta_j \mu_j / s_j$).

# %%
Xs, media, desviacion = rl.estandarizar(X_cred)
theta0_cr, theta_cr, costos_cr = entrenarLogistica(Xs, y_cred, alpha=2.0, iteraciones=1000)
print(f"costo: {costos_cr[0]:.4f} → {costos_cr[-1]:.4f}")
en_dolares = theta_cr.ravel() / desviacion.ravel()
intercepto = float(np.squeeze(theta0_cr)) - np.sum(theta_cr.ravel() * media.ravel() / desviacion.ravel())
print(f"  {'':12s} {'estimado':>12s} {'generador':>12s}")
print(f"  {'intercepto':12s} {intercepto:12.4g} {rl.COEFICIENTES['intercepto']:12.4g}")
for nombre, valor in zip(rl.ATRIBUTOS, en_dolares):
    print(f"  {nombre:12s} {valor:12.4g} {rl.COEFICIENTES[nombre]:12.4g}")
print(f"Cada 100 dólares más de saldo multiplican los odds de impago por e^(100·θ) = {np.exp(100 * en_dolares[0]):.2f}")

# %% [markdown]
# Los coeficientes del saldo y de ser estudiante se recuperan razonablemente. El del ingreso, en
# cambio, puede salir incluso con el signo cambiado: su efecto real es diminuto y con 10 000 clientes
# no se distingue del ruido. Es lo que la diapositiva llama establecer si los $\theta_i$ son
# **significativos** (en ISLR, el valor p del ingreso es 0.71: no lo es).
#
# Ahora las predicciones con el umbral 0.5:

# %%
proba_cr = predecirProba(theta0_cr, theta_cr, Xs)
M_05 = matrizConfusion(y_cred, predecirClase(proba_cr, 0.5))
print({k: round(float(v), 4) for k, v in rl.metricas(M_05).items()})
rl.graficar_matriz_confusion(M_05, titulo="Umbral 0.5");

# %% [markdown]
# La exactitud apenas mejora la del clasificador trivial y el modelo **solo detecta alrededor de
# una cuarta parte de los morosos**: la mayoría de los errores son falsos negativos. Para un banco,
# dejar pasar un moroso suele costar mucho más que revisar a un buen cliente.
#
# ### El efecto del umbral
#
# Bajar el umbral señala como morosos a más clientes: la sensibilidad sube y la precisión baja. La
# gráfica recorre umbrales de 0.02 a 0.98 con **tus** `predecirClase` y `matrizConfusion`.

# %%
rl.graficar_umbral(proba_cr, y_cred, predecirClase, matrizConfusion, marcar=(0.5, 0.2));
M_02 = matrizConfusion(y_cred, predecirClase(proba_cr, 0.2))
print("umbral 0.2:", {k: round(float(v), 4) for k, v in rl.metricas(M_02).items()})
rl.graficar_matriz_confusion(M_02, titulo="Umbral 0.2");

# %% [markdown]
# ## 9. Preguntas (calificación manual)
#
# **Pregunta 1 (2 puntos).** El modelo entrenado alcanza una exactitud de ~97 % con el umbral 0.5.
# Explica por qué ese número, por sí solo, no demuestra que el modelo sea útil para el banco, y qué
# mirarías en su lugar. Apóyate en la matriz de confusión del clasificador «siempre no».

# %% [markdown] pregunta="pregunta_exactitud" puntos=2
# Las clases están muy desbalanceadas: solo ~3.3 % de los clientes dejan de pagar. El clasificador
# trivial que responde siempre «no» ya acierta ~96.7 % sin detectar a ningún moroso (su matriz tiene
# VP = 0 y sensibilidad 0). Una exactitud de 97 % apenas supera esa línea base; el número está
# dominado por la clase mayoritaria y no dice nada de cómo le va al modelo con la clase que nos
# interesa. Hay que mirar la matriz de confusión por clase: la sensibilidad (qué fracción de los
# morosos detectamos: con umbral 0.5, alrededor de un cuarto) y la precisión (qué fracción de los
# señalados son morosos de verdad), y compararlas siempre con el clasificador trivial.

# %% [markdown]
# **Pregunta 2 (1 punto).** ¿Qué umbral elegirías para este banco y por qué? Relaciona tu elección
# con la gráfica de precisión y sensibilidad y con el costo de cada tipo de error.

# %% [markdown] pregunta="pregunta_umbral" puntos=1
# Un umbral bajo, por ejemplo 0.2: un falso negativo (prestar a quien no pagará) cuesta mucho más
# que un falso positivo (revisar o pedir garantías a un buen cliente). Al bajar el umbral de 0.5 a
# 0.2 la sensibilidad pasa de ~25 % a ~55 % a cambio de que la precisión baje de ~70 % a ~40 % y la
# exactitud apenas cambie. El umbral exacto depende de cuánto cuesta cada error: se elige el que
# minimiza el costo total esperado, no el que maximiza la exactitud.

# %% [markdown]
# ## 10. Para experimentar (sin calificación)
#
# - Entrena el modelo del crédito **sin estandarizar** los atributos. ¿Qué pasa con el costo con
#   α = 2? ¿Y con α = 1e-6?
# - Genera un conjunto mucho mayor (`rl.datos_credito(200_000, semilla=1)`) y vuelve a estimar los
#   coeficientes: ¿se acercan a los del modelo generador? ¿Y el del ingreso?
# - Entrena la frontera circular solo con $x_1, x_2$ (sin atributos polinomiales). ¿Qué exactitud
#   consigue una recta?
# - Implementa Lasso: en el gradiente, cambia $\frac{\lambda}{m}\theta_j$ por el subgradiente
#   $\frac{\lambda}{m}\operatorname{signo}(\theta_j)$ (`np.sign`) y compara los coeficientes de la
#   frontera circular con los de Ridge para un λ grande: ¿cuáles se acercan a 0?
# - Comprueba numéricamente que la sigmoide es una softmax de dos clases:
#   `softmax(np.array([z, 0.0]))[0]` contra `sigmoide(z)`.

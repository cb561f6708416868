# %% [markdown]
# # Unidad 2 · Descenso de gradiente
#
# En la Unidad 1 convertimos «que la
# red acierte» en «que el costo $C(w, b)$ sea pequeño». Ahora toca **minimizar** ese costo. El
# método que usan todas las redes neuronales es el **descenso de gradiente**: lo programas aquí con
# NumPy, primero sobre una función de dos variables que se puede dibujar y después para ajustar una
# regresión lineal.
#
# | función | qué hace | puntos |
# |---|---|---|
# | `gradienteC(v)` | el gradiente $\nabla C$ de la función de ejemplo | 2 |
# | `pasoGradiente(v, grad, eta)` | un paso $v \leftarrow v - \eta \nabla C$ | 1 |
# | `descensoGradiente(v0, eta, iteraciones, tol=None)` | el algoritmo completo sobre $C$, con criterio de parada | 3 |
# | `gradienteRegresionLineal(theta, X, y)` | el gradiente del costo de la regresión lineal | 3 |
# | `entrenarRegresionLineal(X, y, alpha, iteraciones)` | la regresión lineal por descenso de gradiente | 2 |
# | pregunta escrita | cómo elegir la tasa de aprendizaje | 2 |
#
# **Cómo trabajar.** Escribe tu código donde dice `# TU CÓDIGO AQUÍ` (borra la línea
# `raise NotImplementedError()`), ejecuta la celda y luego la celda de prueba que sigue. Las pruebas
# visibles revisan, en este orden, el **tipo**, la **forma**, los **valores** y los **errores
# típicos**, y te dicen en español qué está mal. Al calificar se ejecutan además pruebas ocultas con
# otras entradas (otros tamaños, otros valores), así que escribe código general: no copies las
# salidas esperadas.
#
# **Convención de formas.** Un punto $v = (v_1, \dots, v_n)$ es un arreglo 1-D de forma `(n,)`. En la
# regresión lineal cada ejemplo es una **columna**: `X` tiene forma `(n, m)` ($n$ variables, $m$
# ejemplos), `y` forma `(1, m)` y los parámetros `theta` forma `(n + 1, 1)`, con `theta[0]` $= \theta_0$,
# el **intercepto**, y `theta[j]` $= \theta_j$, el coeficiente de la variable $x_j$. (Desde la
# Unidad 4 el intercepto va aparte: `theta0` un número y `theta` `(n, 1)` solo con los
# coeficientes; y desde la Unidad 3, en forma de red, `W` `(1, n)` $= \theta^T$ y `b` $= \theta_0$.
# Es siempre el mismo modelo $\theta_0 + \theta_1 x_1 + \dots + \theta_n x_n$.)

# %% fija="configuracion"
# %matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

from course import descenso_gradiente as dg
from course.descenso_gradiente import (probar_gradienteC, probar_pasoGradiente,
                                       probar_descensoGradiente,
                                       probar_gradienteRegresionLineal,
                                       probar_entrenarRegresionLineal)

np.set_printoptions(precision=5, suppress=True)


# %% [markdown]
# ## 1. Minimizar una función de varias variables
#
# Olvidemos un momento la red y pensemos en una función cualquiera $C(v)$, donde $v$ puede tener
# muchas variables. En cálculo, el mínimo se busca resolviendo $C'(v) = 0$; con los miles o millones
# de parámetros de una red eso no es factible. El descenso de gradiente hace algo mucho más modesto
# y que siempre se puede hacer:
#
# 1. empezar en un punto $(v_1, v_2)$ **al azar**;
# 2. encontrar la dirección de **máxima pendiente hacia abajo**;
# 3. dar un **pequeño paso** en esa dirección;
# 4. repetir desde el nuevo punto hasta llegar a un mínimo.
#
# La dirección de máxima subida la da el **gradiente**, el vector de derivadas parciales
#
# $$\nabla C \equiv \left( \frac{\partial C}{\partial v_1}, \frac{\partial C}{\partial v_2} \right)^T,$$
#
# así que la de máxima bajada es $-\nabla C$. Cuando $C$ es un promedio sobre los ejemplos, como el
# costo de una red, su gradiente también lo es: $\nabla C = \frac{1}{n} \sum_x \nabla C_x$.
#
# Nuestra función de ejemplo es un «cuenco» de dos variables:
#
# $$C(v_1, v_2) = (v_1 - 1)^2 + (v_1 - 1)(v_2 + 2) + 2(v_2 + 2)^2$$
#
# Es una suma de cuadrados (más un término cruzado que inclina las elipses), vale 0 en $(1, -2)$ y es
# positiva en cualquier otro punto, así que su mínimo es $(1, -2)$. Está escrita en esta celda:

# %% dada="funcionC" grade_id="funcion_C"

# %% [markdown]
# ### Ejercicio 1 · `gradienteC` (2 puntos)
#
# Deriva $C$ respecto a cada variable (la otra se trata como constante) y escribe `gradienteC(v)`,
# que recibe `v` de forma `(2,)` y devuelve $\nabla C(v)$ como arreglo de forma `(2,)`.
#
# **Salida esperada:** en $v = (3, 1)$, $\nabla C = (7, 14)$; en el mínimo $(1, -2)$, $\nabla C = (0, 0)$.
# La prueba compara además tu gradiente con un **gradiente numérico** por diferencias centrales,
# $\dfrac{\partial C}{\partial v_i} \approx \dfrac{C(v + h e_i) - C(v - h e_i)}{2h}$.

# %% ejercicio="gradienteC" puntos=2

# %%
dg.verificar_gradienteC(gradienteC)

# %% [markdown]
# ## 2. Un paso de descenso de gradiente
#
# Si nos movemos un poco, $\Delta v$, el costo cambia aproximadamente en
# $\Delta C \approx \nabla C \cdot \Delta v$. Eligiendo $\Delta v = -\eta \nabla C$ con $\eta > 0$:
#
# $$\Delta C \approx -\eta\, \nabla C \cdot \nabla C = -\eta \lVert \nabla C \rVert^2 \le 0,$$
#
# el costo **baja** (mientras la aproximación sea buena, es decir, mientras el paso sea pequeño). La
# regla de actualización es por tanto
#
# $$v \;\leftarrow\; v - \eta\, \nabla C$$
#
# donde $\eta$ es la **tasa de aprendizaje** (*learning rate*). En el código se llama `eta`; en
# la sección 5 la diapositiva la llama $\alpha$ (`alpha`), en la Unidad 3 `tasa` y en las redes de
# las unidades 9 y 10 `lr`: es siempre el mismo número.
#
# ### Ejercicio 2 · `pasoGradiente` (1 punto)
#
# Escribe `pasoGradiente(v, grad, eta)`, que devuelve el punto nuevo. Debe servir para arreglos de
# cualquier forma (la usarás también con `theta` de forma `(n + 1, 1)`).
#
# **Salida esperada:** $(3, 1) - 0.1 \cdot (7, 14) = (2.3, -0.4)$.

# %% ejercicio="pasoGradiente" puntos=1

# %% [markdown]
# ## 3. El algoritmo completo y cuándo parar
#
# Repetimos el paso desde el punto nuevo. ¿Hasta cuándo? Dos criterios habituales, que usamos juntos:
#
# - un **número máximo de pasos** (`iteraciones`), para no quedarnos nunca en un bucle infinito;
# - un **umbral** `tol`: cerca del mínimo el gradiente se anula, así que paramos en cuanto
#   $\lVert \nabla C(v) \rVert < \text{tol}$ (`np.linalg.norm`). Se comprueba **antes** de dar el
#   paso: si ya estamos en el mínimo, no nos movemos.
#
# ### Ejercicio 3 · `descensoGradiente` (3 puntos)
#
# Escribe `descensoGradiente(v0, eta, iteraciones, tol=None)`, que minimiza nuestra $C$ empezando en
# `v0` (forma `(2,)`) y usando **tu** `gradienteC`. En cada iteración: calcula `g = gradienteC(v)`;
# si `tol` no es `None` y $\lVert g \rVert <$ `tol`, termina; si no, da el paso (puedes usar tu
# `pasoGradiente`). Devuelve la tupla `(v, trayectoria)`:
#
# - `v`: el último punto, forma `(2,)`;
# - `trayectoria`: un arreglo `(pasos + 1, 2)` (o una lista de puntos) con `v0` en la fila 0 y el
#   punto después de cada paso en las siguientes.
#
# Cuidado con guardar en la lista el mismo arreglo que luego modificas en el lugar (`v -= ...`):
# todas las filas acabarían siendo el punto final. Crea un arreglo nuevo en cada paso
# (`v = v - eta * g`) o guarda una copia. Si `gradienteC` no pasa su prueba, arréglala primero.
#
# **Salida esperada:** desde $(3, 1)$ con $\eta = 0.1$, el primer paso es el del ejercicio 2,
# $(2.3, -0.4)$, y tras 5 pasos $v = (1.34625, -1.93524)$. Con `tol = 0.5` y hasta 100 pasos, la
# norma del gradiente baja 15.65, 8.77, 4.93, 2.80, 1.62, 0.97, 0.62, 0.42 y el algoritmo se detiene
# tras 7 pasos.

# %% ejercicio="descensoGradiente" puntos=3

# %% [markdown]
# ## 4. La tasa de aprendizaje
#
# $\eta$ fija el tamaño de los pasos y es el hiperparámetro que más hay que cuidar:
#
# - **demasiado pequeña**: cada paso avanza muy poco y hacen falta muchísimas iteraciones;
# - **adecuada**: baja rápido hasta el mínimo;
# - **demasiado grande**: la aproximación $\Delta C \approx \nabla C \cdot \Delta v$ deja de valer, el
#   paso «se pasa» al otro lado del valle, oscila y puede **divergir** hacia valores de $C$ cada vez
#   mayores.
#
# Para esta $C$ se puede calcular el límite: sus segundas derivadas forman la matriz
# $H = \begin{pmatrix} 2 & 1 \\ 1 & 4 \end{pmatrix}$, de valores propios $3 \pm \sqrt{2}$, y el descenso
# converge solo si $\eta < 2 / (3 + \sqrt{2}) \approx 0.453$. Probamos $\eta = 0.02$, $0.2$ y $0.47$
# desde el mismo punto al azar, 40 pasos cada una:

# %%
v0 = dg.punto_inicial(semilla=4)
print("punto inicial:", v0, " C(v0) =", round(dg.funcionC(v0), 3))
trayectorias = {}
for eta in (0.02, 0.2, 0.47):
    v, trayectoria = descensoGradiente(v0, eta, 40, tol=1e-6)
    trayectorias[f"η = {eta}"] = np.asarray(trayectoria)
    print(f"η = {eta:<5}: {len(trayectoria) - 1:2d} pasos, v final = {v}, C = {dg.funcionC(v):.3g}")
dg.graficar_trayectorias(trayectorias);

# %%
dg.graficar_costos_por_eta(trayectorias);


# %% [markdown]
# Lo mismo se ve al entrenar una red: si la curva de la pérdida baja muy despacio, $\eta$ es pequeña
# (hacen falta muchas épocas); si oscila o no baja de cierto valor, $\eta$ es demasiado grande. Por
# eso **siempre** se vigila la curva de la pérdida durante el entrenamiento.
#
# ## 5. Descenso de gradiente para la regresión lineal
#
# Un modelo de regresión lineal predice, para un ejemplo con variables $x_1, \dots, x_n$,
#
# $$h_\Theta(x) = \theta_0 + \theta_1 x_1 + \dots + \theta_n x_n$$
#
# y su costo es el error cuadrático medio con el mismo $\tfrac12$ de la Unidad 1:
#
# $$J(\theta_0, \theta_1, \dots, \theta_n) = \frac{1}{2m} \sum_{i=1}^{m} \left( \theta_0 + \theta_1 x_1^{(i)} + \dots + \theta_n x_n^{(i)} - y^{(i)} \right)^2$$
#
# Derivando, las reglas de actualización del curso son
#
# - para el intercepto $\theta_0$:
#   $\displaystyle \theta_0 := \theta_0 - \alpha \frac{1}{m} \sum_{i=1}^m \left( h_\Theta(x^{(i)}) - y^{(i)} \right)$
# - para los coeficientes:
#   $\displaystyle \theta_j := \theta_j - \alpha \frac{1}{m} \sum_{i=1}^m \left( h_\Theta(x^{(i)}) - y^{(i)} \right) x_j^{(i)}$
#
# con la tasa de aprendizaje llamada aquí $\alpha$ (la $\eta$ de las secciones anteriores). Fíjate en que $\theta_0$ **no** se multiplica
# por ninguna $x$ (es como si multiplicara a una variable que vale siempre 1). Todas las $\theta$ se
# actualizan **a la vez**, con el gradiente calculado en la $\theta$ anterior.
#
# Con ejemplos en columnas, las predicciones de los $m$ ejemplos son una fila:
# `h = theta[0, 0] + theta[1:].T @ X`, de forma `(1, m)`. El costo ya está escrito:

# %% dada="costoRegresion" grade_id="costo_regresion"

# %% [markdown]
# ### Ejercicio 4 · `gradienteRegresionLineal` (3 puntos)
#
# Escribe `gradienteRegresionLineal(theta, X, y)`, que devuelve $\nabla J$ de forma `(n + 1, 1)`: en la
# fila 0, $\frac{1}{m}\sum (h - y)$; en la fila $j$, $\frac{1}{m}\sum (h - y)\,x_j$. Pista: con el error
# `e = h - y` de forma `(1, m)`, `X @ e.T` hace todas las sumas de los coeficientes de una vez, y
# `np.vstack` apila la fila de $\theta_0$ encima.
#
# **Salida esperada:** con los datos de la prueba (2 variables, 4 ejemplos,
# $\theta = (0.5, 1, -1)^T$), $\nabla J = (-2.625, -6, -3.75)^T$. La prueba compara además tu
# gradiente con el gradiente numérico de `costoRegresion`.

# %% ejercicio="gradienteRegresionLineal" puntos=3

# %% [markdown]
# ### Ejercicio 5 · `entrenarRegresionLineal` (2 puntos)
#
# Escribe `entrenarRegresionLineal(X, y, alpha, iteraciones)`: empieza con `theta` en ceros de forma
# `(n + 1, 1)` y, en cada iteración, guarda en `costos` el costo **antes** de actualizar
# (`costoRegresion(theta, X, y)`) y luego aplica $\theta := \theta - \alpha \nabla J$ (puedes usar tus
# funciones `gradienteRegresionLineal` y `pasoGradiente`). Devuelve `(theta, costos)`, con `costos`
# una lista de exactamente `iteraciones` números.
#
# **Salida esperada** (6 puntos, $\alpha = 0.1$, 5 iteraciones): el primer costo es `7.645` (con
# $\theta = 0$, la mitad de la media de $y^2$) y el último `0.42526`;
# $\theta = (0.96660, 1.60601)^T$.

# %% ejercicio="entrenarRegresionLineal" puntos=2

# %% [markdown]
# ## 6. Ajusta una recta
#
# 60 puntos generados alrededor de la recta $y = 4 + 2.5x$. Entrenamos 300 iteraciones con
# $\alpha = 0.3$ y comparamos con la solución exacta de mínimos cuadrados (`np.linalg.lstsq`), que
# para un problema tan pequeño sí se puede calcular directamente.

# %%
X, y = dg.datos_recta()
theta, costos = entrenarRegresionLineal(X, y, 0.3, 300)
exacta = np.linalg.lstsq(np.vstack([np.ones_like(X), X]).T, y.ravel(), rcond=None)[0]
print("θ por descenso de gradiente:", theta.ravel())
print("θ por mínimos cuadrados     :", exacta)
print(f"costo inicial {costos[0]:.3f} → costo final {costos[-1]:.5f}")
dg.graficar_recta(X, y, theta);

# %%
dg.graficar_costos(costos);

# %% [markdown]
# ## 7. Pregunta (2 puntos, calificación manual)
#
# Mirando las trayectorias y las curvas de la sección 4, describe qué pasa con $\eta = 0.02$,
# $\eta = 0.2$ y $\eta = 0.47$ y por qué. Si entrenaras una red de la que no conoces nada (no puedes
# calcular ningún valor propio), ¿cómo elegirías la tasa de aprendizaje y qué vigilarías durante el
# entrenamiento?

# %% [markdown] pregunta="pregunta_tasa" puntos=2
# Con $\eta = 0.02$ los pasos son tan cortos que tras 40 iteraciones el punto aún no ha llegado al
# mínimo: el costo baja, pero muy despacio. Con $\eta = 0.2$ baja rápido y llega al mínimo $(1, -2)$.
# Con $\eta = 0.47$ cada paso se pasa al otro lado del valle a lo largo de la dirección más empinada:
# la trayectoria oscila de un lado a otro con amplitud creciente y $C$ aumenta (diverge), porque
# $\eta$ supera $2/\lambda_{\max} \approx 0.453$ y la aproximación lineal $\Delta C \approx \nabla C
# \cdot \Delta v$ deja de valer.
#
# Sin poder calcular nada, probaría varias tasas en escala logarítmica (0.001, 0.01, 0.1, 1…) durante
# pocas épocas y me quedaría con la mayor que hace bajar la pérdida de forma estable. Durante el
# entrenamiento vigilaría la curva de pérdida (de entrenamiento y de validación): si baja muy
# despacio, subiría $\eta$; si oscila, sube o da NaN, la bajaría.

# %% [markdown]
# ## 8. Para experimentar (sin calificación)
#
# - Repite la sección 4 con $\eta = 0.45$ y $\eta = 0.46$, a los dos lados del límite 0.453.
# - ¿Cuántos pasos necesita $\eta = 0.02$ para llegar a `tol = 1e-6`? ¿Y $\eta = 0.2$?
# - En la sección 6, multiplica `X` por 10 (las variables sin escalar): ¿qué $\alpha$ funciona ahora?
#   Por eso se suelen estandarizar las variables antes de entrenar.

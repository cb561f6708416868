# %% [markdown]
# # Unidad 4 · Regresión lineal y regularización (Ridge y Lasso)
#
# En esta unidad ajustas modelos lineales con NumPy, sin usar las clases de scikit-learn (salvo para
# comparar al final), y estudias cómo la **regularización** controla el tamaño de los coeficientes.
# Trabajamos con datos reales: el conjunto **diabetes** que trae scikit-learn.
#
# | función | qué hace | puntos |
# |---|---|---|
# | `minimosCuadrados(X, y)` | mínimos cuadrados ordinarios en forma cerrada | 2 |
# | `costoRidge(theta0, theta, X, y, lam)` | el costo de Ridge de la diapositiva | 2 |
# | `gradienteRidge(theta0, theta, X, y, lam)` | su gradiente | 2 |
# | `ridgeCerrada(X, y, lam)` | Ridge en forma cerrada, sin penalizar θ0 | 3 |
# | `descensoRidge(X, y, lam, alpha, iteraciones)` | Ridge por descenso de gradiente | 3 |
# | `lassoCoordenadas(X, y, lam, iteraciones)` | Lasso por descenso por coordenadas | 4 |
# | `validacionCruzada(X, y, lambdas, pliegues)` | elegir λ por validación cruzada | 3 |
# | dos preguntas escritas | Ridge y Lasso con variables correlacionadas; la escala | 4 |
#
# **Cómo trabajar.** Escribe tu código donde dice `# TU CÓDIGO AQUÍ` (borra la línea
# `raise NotImplementedError()`), ejecuta la celda y luego la celda de prueba que sigue. Las pruebas
# visibles revisan, en este orden, el **tipo**, la **forma**, los **valores** y los **errores
# típicos**, y te dicen en español qué está mal. Al calificar se ejecutan además pruebas ocultas con
# otros datos (otros tamaños, datos sin centrar) y se compara con scikit-learn, así que escribe
# código general: no copies las salidas esperadas.
#
# **Convención de formas.** Cada ejemplo es una **columna**: `X` tiene forma `(n, m)`, con `n`
# variables y `m` ejemplos, e `y` tiene forma `(1, m)`. El modelo es
#
# $$\hat{y} = \theta_0 + \theta_1 x_1 + \dots + \theta_n x_n = \theta_0 + \theta^T x,$$
#
# con el **intercepto** `theta0` como un `float` y los coeficientes `theta` de forma `(n, 1)`. Para
# todos los ejemplos a la vez: `theta0 + theta.T @ X`, de forma `(1, m)`. (Es el mismo modelo de
# la Unidad 2, donde $\theta_0$ iba en la fila 0 de un único `theta` `(n + 1, 1)`, y de la
# Unidad 3, donde se escribe como una neurona: `W` `(1, n)` $= \theta^T$ y `b` $= \theta_0$. La
# tasa de aprendizaje se llama aquí $\alpha$, como en la diapositiva: es la $\eta$ de la Unidad 2.)
#
# > **Nota sobre la notación de la diapositiva.** La diapositiva usa $n$ para el número de ejemplos
# > y $m$ para el de variables, y en la regla de actualización reutiliza la letra $j$ para ejemplos
# > y para variables. Aquí seguimos la convención del resto del curso: **$m$ ejemplos, $n$
# > variables**, el superíndice $(i)$ para el ejemplo y el subíndice $j$ para la variable.

# %% fija="configuracion"
# %matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

from course import regresion_lineal as rl
from course.regresion_lineal import (probar_minimosCuadrados, probar_costoRidge,
                                     probar_gradienteRidge, probar_ridgeCerrada,
                                     probar_descensoRidge, probar_lassoCoordenadas,
                                     probar_validacionCruzada)

np.set_printoptions(precision=4, suppress=True)

# %% [markdown]
# ## 1. Los datos: diabetes
#
# 442 pacientes; para cada uno, 10 variables medidas al inicio del estudio (edad, sexo, índice de
# masa corporal `imc`, presión arterial media y seis mediciones en sangre `s1`…`s6`) y el objetivo
# `y`: una medida del avance de la enfermedad un año después (entre 25 y 346).
#
# Las variables vienen en unidades muy distintas (años, kg/m², mm Hg, mg/dL…). La regularización
# castiga el **tamaño** de cada coeficiente, y ese tamaño depende de las unidades: si midiéramos la
# edad en décadas en vez de años, su coeficiente se multiplicaría por 10 y la penalización lo
# trataría distinto. Por eso, antes de regularizar, **estandarizamos** cada variable (cada fila de
# `X`): le restamos su media y la dividimos entre su desviación estándar,
#
# $$x_j \leftarrow \frac{x_j - \bar{x}_j}{s_j}.$$
#
# La función `estandarizar` ya está escrita. Devuelve también la media y la desviación que usó,
# para poder aplicar **exactamente la misma** transformación a datos nuevos (lo necesitarás en la
# validación cruzada).

# %% dada="estandarizar"

# %%
X_crudo, y, nombres = rl.cargar_diabetes(estandarizar=False)
X, _, _ = estandarizar(X_crudo)
print("X:", X.shape, " y:", y.shape)
print("variables:", nombres)
print("medias tras estandarizar:", X.mean(axis=1).round(12))
print("correlación entre s1 y s2:", round(float(np.corrcoef(X)[4, 5]), 3))

# %% [markdown]
# ## 2. Regresión lineal por mínimos cuadrados
#
# Sin regularización buscamos los $\theta$ que minimizan la suma de los errores al cuadrado,
#
# $$J(\theta_0, \theta) = \sum_{i=1}^{m} \left(\theta_0 + \theta^T x^{(i)} - y^{(i)}\right)^2 .$$
#
# Un truco clásico junta el intercepto con los coeficientes: si agregamos a `X` una **fila de
# unos**, $A = \begin{bmatrix} 1 \cdots 1 \\ X \end{bmatrix}$ de forma $(n+1, m)$, el modelo es
# $\hat{y} = \beta^T A$ con $\beta = (\theta_0, \theta_1, \dots, \theta_n)$. Igualando a cero el
# gradiente de $J$ salen las **ecuaciones normales**
#
# $$(A A^T)\,\beta = A\,y^T ,$$
#
# un sistema lineal de $n+1$ ecuaciones. Resuélvelo con `np.linalg.solve` (más estable y barato que
# calcular la inversa); `np.linalg.lstsq` o `np.linalg.pinv` también sirven.
#
# ### Ejercicio 1 · `minimosCuadrados` (2 puntos)
#
# Escribe `minimosCuadrados(X, y)`, que devuelve la tupla `(theta0, theta)`: `theta0` un `float` y
# `theta` de forma `(n, 1)`.
#
# **Salida esperada** con los datos de prueba `rl.datos_de_prueba()` (12 pacientes; `imc`,
# `presion`, `s1`, `s2`): `theta0 = 151.96213`, `theta = [24.28085, -25.88611, 95.86227, -92.93452]`.

# %% ejercicio="minimosCuadrados" puntos=2

# %% [markdown]
# Mira los coeficientes de `s1` y `s2`: ≈ +96 y ≈ −93. Esas dos variables tienen correlación 0.94
# en estos 12 pacientes, así que el modelo puede sumar mucho de una y restar casi lo mismo de la
# otra sin cambiar casi nada las predicciones. Son coeficientes grandes, inestables y difíciles de
# interpretar: exactamente lo que la regularización corrige.
#
# ## 3. Regularización: Ridge (L2)
#
# Las técnicas de regularización agregan al costo un término que **penaliza la magnitud de los
# coeficientes**, para reducir la complejidad del modelo y el sobreajuste. Ridge usa la norma
# L2; en la forma de la diapositiva:
#
# $$J(\theta_0, \theta) = \sum_{i=1}^{m} \left(\theta_0 + \theta_1 x_1^{(i)} + \dots + \theta_n x_n^{(i)} - y^{(i)}\right)^2 + \frac{\lambda}{2} \sum_{j=1}^{n} \theta_j^2$$
#
# - La penalización empieza en $j = 1$: **$\theta_0$ no se penaliza**. El intercepto solo fija el
#   nivel medio de las predicciones; encogerlo hacia 0 sesgaría todas las predicciones sin reducir
#   la complejidad del modelo.
# - $\lambda \ge 0$ controla el peso relativo de los dos términos: con $\lambda = 0$ la penalidad no
#   tiene efecto (volvemos a mínimos cuadrados) y, cuanto más grande $\lambda$, más pequeños salen
#   los coeficientes.
# - El primer término es una **suma** de errores al cuadrado, no un promedio. Mezclar la suma con el
#   promedio (MSE) equivale a cambiar $\lambda$ por $m\lambda$: la escala de $\lambda$ depende de
#   cómo esté escrito el costo, y más adelante lo necesitaremos para traducir a scikit-learn.
#
# **Ejemplo a mano.** Con una variable, $x = (1, 2, 3)$, $y = (2, 3, 5)$, $\theta_0 = 0.5$,
# $\theta_1 = 1.5$ y $\lambda = 2$: las predicciones son $(2, 3.5, 5)$, los residuos $(0, 0.5, 0)$,
# la suma de cuadrados $0.25$ y la penalización $\frac{2}{2} \cdot 1.5^2 = 2.25$, así que $J = 2.5$.
#
# ### Ejercicio 2 · `costoRidge` (2 puntos)
#
# Escribe `costoRidge(theta0, theta, X, y, lam)` que devuelve $J$ como `float`.
#
# **Salida esperada:** el ejemplo a mano da `2.5`; con los datos de prueba, `theta0 = 150`,
# `theta = [[30], [15], [-10], [5]]` y `lam = 6`, el costo es `59906.98462`.

# %% ejercicio="costoRidge" puntos=2

# %% [markdown]
# ### El gradiente
#
# Con el residuo $r^{(i)} = \theta_0 + \theta^T x^{(i)} - y^{(i)}$ (en forma de fila,
# $r = \theta_0 + \theta^T X - y$, de forma $(1, m)$), derivando cada término:
#
# $$\frac{\partial J}{\partial \theta_0} = 2 \sum_{i=1}^{m} r^{(i)}, \qquad
# \frac{\partial J}{\partial \theta_j} = 2 \sum_{i=1}^{m} r^{(i)} x_j^{(i)} + \lambda\,\theta_j
# \quad\Longrightarrow\quad \frac{\partial J}{\partial \theta} = 2\,X r^T + \lambda\,\theta \;\; (n, 1).$$
#
# El 2 sale de derivar el cuadrado; $\lambda\theta_j$ sale de derivar $\frac{\lambda}{2}\theta_j^2$
# (por eso la diapositiva pone el $\frac{1}{2}$). La derivada respecto a $\theta_0$ no lleva
# $\lambda$ porque $\theta_0$ no se penaliza.
#
# ### Ejercicio 3 · `gradienteRidge` (2 puntos)
#
# Escribe `gradienteRidge(theta0, theta, X, y, lam)` que devuelve `(dtheta0, dtheta)`: `dtheta0`
# un `float` y `dtheta` de la misma forma que `theta`.
#
# **Salida esperada** (mismos datos y parámetros que el ejercicio 2): `dtheta0 = 364.16293`,
# `dtheta = [296.42162, 439.25844, 6.99386, 531.06844]`. La prueba oculta compara además tu gradiente
# con un **gradiente numérico**.

# %% ejercicio="gradienteRidge" puntos=2

# %% [markdown]
# Verifica tú mismo el gradiente con diferencias centrales,
# $\frac{\partial J}{\partial \theta_j} \approx \frac{J(\theta_j + h) - J(\theta_j - h)}{2h}$,
# usando **tu** `costoRidge` (no se usa ninguna solución):

# %%
errores = rl.verificar_gradiente(gradienteRidge, costoRidge)

# %% [markdown]
# ### Ridge en forma cerrada
#
# Como $\theta_0$ no se penaliza, conviene **centrar** los datos: con
# $X_c = X - \bar{x}$ (a cada variable su media) e $y_c = y - \bar{y}$, el intercepto desaparece del
# problema. Igualando a cero el gradiente respecto a $\theta$ (y dividiendo entre 2):
#
# $$\left(X_c X_c^T + \tfrac{\lambda}{2} I\right)\theta = X_c\, y_c^T, \qquad \theta_0 = \bar{y} - \bar{x}^T \theta .$$
#
# Fíjate en el $\frac{\lambda}{2}$: viene del $\frac{\lambda}{2}$ del costo. El término
# $\frac{\lambda}{2} I$ además hace que la matriz sea invertible aunque haya variables muy
# correlacionadas. (Otra forma equivalente: la matriz aumentada $A$ con la fila de unos y una
# penalización $\mathrm{diag}(0, \frac{\lambda}{2}, \dots, \frac{\lambda}{2})$, con el 0 para
# $\theta_0$.)
#
# ### Ejercicio 4 · `ridgeCerrada` (3 puntos)
#
# Escribe `ridgeCerrada(X, y, lam)` que devuelve `(theta0, theta)`.
#
# **Salida esperada** con los datos de prueba y `lam = 6`: `theta0 = 133.84798`,
# `theta = [18.63008, -15.82265, 15.3026, -22.47488]`. La prueba visible comprueba también tres
# hechos de la diapositiva: con $\lambda = 0$ coincide con `minimosCuadrados`; $\|\theta\|$ baja al
# subir $\lambda$; con $\lambda$ enorme, $\theta \to 0$ y $\theta_0 \to \bar{y}$.

# %% ejercicio="ridgeCerrada" puntos=3

# %% [markdown]
# ### Caminos de los coeficientes de Ridge
#
# Calculamos $\theta$ con **tu** `ridgeCerrada` para 40 valores de $\lambda$ entre $10^{-2}$ y
# $10^{6}$ sobre los 442 pacientes estandarizados. Todos los coeficientes se encogen suavemente
# hacia 0, pero ninguno llega a ser exactamente 0: Ridge conserva todas las variables.

# %%
lambdas = np.logspace(-2, 6, 40)
caminos_ridge = rl.caminos(ridgeCerrada, X, y, lambdas)
rl.graficar_caminos(lambdas, caminos_ridge, nombres, titulo="Ridge: θj contra λ");

# %% [markdown]
# ## 4. Ridge por descenso de gradiente
#
# La diapositiva actualiza cada coeficiente restándole un paso en la dirección del gradiente. Para
# que la escala del paso no dependa del número de ejemplos, se usa el gradiente de $J$ dividido
# entre $2m$:
#
# $$\theta_0 \leftarrow \theta_0 - \alpha\,\frac{1}{m}\sum_{i=1}^{m} r^{(i)}, \qquad
# \theta_j \leftarrow \theta_j - \alpha\left[\frac{1}{m}\sum_{i=1}^{m} r^{(i)} x_j^{(i)} + \frac{\lambda}{2m}\,\theta_j\right],$$
#
# con $r^{(i)} = \theta_0 + \theta^T x^{(i)} - y^{(i)}$ calculado **antes** de actualizar y todos
# los parámetros actualizados **a la vez** (con el mismo $r$).
#
# > **Nota sobre la diapositiva.** La diapositiva escribe
# > $\theta_j := \theta_j - \alpha\frac{1}{m}\sum(\dots)x_j + \frac{\lambda}{m}\theta_j$. Leída al pie
# > de la letra tiene dos problemas:
# >
# > 1. **El signo y la α.** El término $+\frac{\lambda}{m}\theta_j$ queda fuera del paso: sin
# >    multiplicar por $\alpha$ y **sumando**, así que cada paso haría **crecer** los coeficientes
# >    en vez de encogerlos. El término de la penalización va dentro del corchete, multiplicado por
# >    $\alpha$ y restando, como arriba. Agrupando, la regla queda
# >    $\theta_j \leftarrow \theta_j\left(1 - \frac{\alpha\lambda}{2m}\right) - \alpha\frac{1}{m}\sum_i r^{(i)}x_j^{(i)}$:
# >    cada paso multiplica los coeficientes por un número algo menor que 1 (de ahí el nombre
# >    *weight decay*, «decaimiento de los pesos»).
# > 2. **λ/m o λ/(2m).** $\frac{\lambda}{m}\theta_j$ es el gradiente de
# >    $\frac{1}{2m}\left[\sum r^2 + \lambda\sum\theta_j^2\right]$, un costo **sin** el $\frac{1}{2}$
# >    delante de $\lambda$. Con el costo de esta unidad, $\sum r^2 + \frac{\lambda}{2}\sum\theta_j^2$
# >    (una **suma**: su gradiente lleva el 2 de derivar el cuadrado), dividir entre $2m$ da
# >    $\frac{\lambda}{2m}\theta_j$. En esta unidad usamos un único $\lambda$ para todo (costo, forma
# >    cerrada, descenso y validación cruzada), así que usa $\frac{\lambda}{2m}$: con
# >    $\frac{\lambda}{m}$ tu descenso convergería a la solución de $2\lambda$ y la prueba lo detecta.
# >
# > En la **Unidad 5** (regresión logística, secciones 4 y 5) el mismo $\frac{\lambda}{m}\theta_j$ de
# > la diapositiva **sí** es correcto: allí el costo es un **promedio** (ya dividido entre $m$) con
# > penalización $\frac{\lambda}{2m}\sum\theta_j^2$, cuya derivada es $\frac{\lambda}{m}\theta_j$. Las
# > dos unidades tienen razón, cada una para su costo: la diferencia es el factor 2 de la suma de
# > cuadrados.
#
# ### Ejercicio 5 · `descensoRidge` (3 puntos)
#
# Escribe `descensoRidge(X, y, lam, alpha, iteraciones)`: empieza en $\theta_0 = 0$ y
# $\theta = 0$ (forma `(n, 1)`) y en cada iteración `i` guarda en `costos[i]` el costo
# `costoRidge` **antes** de actualizar y luego actualiza. Devuelve `(theta0, theta, costos)`, con
# `costos` una lista de exactamente `iteraciones` números. Puedes llamar a tu `costoRidge` y a tu
# `gradienteRidge` (¿por qué número hay que multiplicar su resultado?).
#
# **Salida esperada** (datos de prueba, `lam = 6`, `alpha = 0.2`, 6 iteraciones): el primer costo
# es `264552.0` y el último `67815.74527`. Con 600 iteraciones llegas a la solución de `ridgeCerrada`.

# %% ejercicio="descensoRidge" puntos=3

# %% [markdown]
# Con los 442 pacientes estandarizados, $\lambda = 100$ y $\alpha = 0.3$, el descenso llega a la
# misma solución que la forma cerrada:

# %%
t0_gd, t_gd, costos = descensoRidge(X, y, 100.0, 0.3, 300)
t0_cf, t_cf = ridgeCerrada(X, y, 100.0)
print(f"diferencia máxima con la forma cerrada: {np.abs(t_gd - t_cf).max():.2e}")
rl.graficar_costos(costos);

# %% [markdown]
# ## 5. Lasso (L1) y descenso por coordenadas
#
# Lasso cambia la penalización cuadrada por el valor absoluto:
#
# $$J(\theta_0, \theta) = \sum_{i=1}^{m} \left(\theta_0 + \theta^T x^{(i)} - y^{(i)}\right)^2 + \lambda \sum_{j=1}^{n} |\theta_j|$$
#
# (de nuevo sin penalizar $\theta_0$). Como dice la diapositiva, $|\theta_j|$ no es derivable en 0 y
# el descenso de gradiente «normal» no sirve: hay que usar el **subgradiente**, y un paso de
# gradiente con $\mathrm{signo}(\theta_j)$ hace que los coeficientes salten alrededor de 0 sin
# llegar nunca a 0. La forma estándar de resolverlo es el **descenso por coordenadas**: se optimiza
# una sola $\theta_j$ a la vez, dejando las demás fijas, y ese problema de una variable tiene
# solución exacta.
#
# Con los datos centrados y el residuo **sin** la variable $j$,
# $\rho_j = \sum_i x_{cj}^{(i)}\left(y_c^{(i)} - \theta^T x_c^{(i)} + \theta_j x_{cj}^{(i)}\right)$,
# y $z_j = \sum_i \left(x_{cj}^{(i)}\right)^2$, la parte de $J$ que depende de $\theta_j$ es
# $z_j\theta_j^2 - 2\rho_j\theta_j + \lambda|\theta_j|$ (más una constante). Su subgradiente es
# $2 z_j\theta_j - 2\rho_j + \lambda\,\partial|\theta_j|$, con $\partial|\theta_j| = [-1, 1]$ en
# $\theta_j = 0$; igualándolo a 0 (que 0 pertenezca al subgradiente):
#
# $$\theta_j = \frac{S(\rho_j, \lambda/2)}{z_j}, \qquad S(\rho, t) = \mathrm{signo}(\rho)\,\max(|\rho| - t,\; 0).$$
#
# $S$ es el **umbral suave**: si $|\rho_j| \le \lambda/2$ (la variable $j$ explica poco del
# residuo) el coeficiente queda en **exactamente 0**. Por eso Lasso **selecciona variables**: con
# $\lambda$ suficientemente grande descarta las menos importantes. Con
# $\lambda \ge \lambda_{max} = 2\max_j|X_c\,y_c^T|_j$ descarta todas.
#
# ### Ejercicio 6 · `lassoCoordenadas` (4 puntos)
#
# Escribe `lassoCoordenadas(X, y, lam, iteraciones)`:
#
# 1. centra `X` (cada fila) e `y`; calcula $z_j$;
# 2. empieza en $\theta = 0$; en cada iteración recorre $j = 0, 1, \dots, n-1$ **en orden** y
#    reemplaza $\theta_j$ por $S(\rho_j, \lambda/2)/z_j$, calculando $\rho_j$ con los $\theta$
#    **ya actualizados** (puedes mantener el residuo al día o recalcularlo);
# 3. al final, $\theta_0 = \bar{y} - \bar{x}^T\theta$. Devuelve `(theta0, theta)`.
#
# **Salida esperada** (datos de prueba, `lam = 200`, 3 iteraciones): `theta0 = 131.55101`,
# `theta = [14.97468, -6.02357, 0, -8.64463]`: `s1` queda **exactamente** en 0 (Lasso eligió `s2`
# de las dos variables correlacionadas).

# %% ejercicio="lassoCoordenadas" puntos=4

# %% [markdown]
# ### Caminos de Lasso y selección de variables
#
# Los caminos de Lasso son muy distintos de los de Ridge: cada coeficiente llega a 0 en algún
# $\lambda$ y se queda ahí. Leyendo la gráfica de derecha a izquierda ves el orden en que entran las
# variables al modelo.

# %%
lambdas_lasso = np.logspace(1, 4.7, 30)
caminos_lasso = rl.caminos(lassoCoordenadas, X, y, lambdas_lasso, 100)
rl.graficar_caminos(lambdas_lasso, caminos_lasso, nombres, titulo="Lasso: θj contra λ");
print("variables que sobreviven con λ = 5000:",
      [n for n, t in zip(nombres, lassoCoordenadas(X, y, 5000.0, 200)[1].ravel()) if t != 0])

# %% [markdown]
# ## 6. La traducción a scikit-learn (y ElasticNet)
#
# scikit-learn escribe los costos con otra escala, así que **su `alpha` no es nuestro λ**:
#
# | modelo | costo de scikit-learn | costo del curso | traducción |
# |---|---|---|---|
# | `Ridge(alpha)` | $\lVert y - Xw\rVert^2 + \alpha\lVert w\rVert_2^2$ | $\sum r^2 + \frac{\lambda}{2}\sum\theta_j^2$ | $\alpha = \lambda/2$ |
# | `Lasso(alpha)` | $\frac{1}{2m}\lVert y - Xw\rVert^2 + \alpha\lVert w\rVert_1$ | $\sum r^2 + \lambda\sum\lvert\theta_j\rvert$ | $\alpha = \lambda/(2m)$ |
# | `ElasticNet(alpha, l1_ratio=ρ)` | $\frac{1}{2m}\lVert y - Xw\rVert^2 + \alpha\rho\lVert w\rVert_1 + \frac{\alpha(1-\rho)}{2}\lVert w\rVert_2^2$ | $\sum r^2 + \lambda_1\sum\lvert\theta_j\rvert + \frac{\lambda_2}{2}\sum\theta_j^2$ | $\alpha = \frac{\lambda_1 + \lambda_2}{2m}$, $\rho = \frac{\lambda_1}{\lambda_1 + \lambda_2}$ |
#
# Para Lasso basta dividir el costo del curso entre $2m$: queda
# $\frac{1}{2m}\sum r^2 + \frac{\lambda}{2m}\sum|\theta_j|$. Ninguno de los tres penaliza el
# intercepto (`fit_intercept=True` centra los datos, igual que tú).
#
# **ElasticNet**, como dice la diapositiva, combina las dos penalizaciones: conserva la selección de
# variables de Lasso y, gracias al término L2, reparte el peso entre variables correlacionadas en vez
# de quedarse con una al azar. En descenso por coordenadas solo cambia el denominador:
# $\theta_j = S(\rho_j, \lambda_1/2)/(z_j + \lambda_2/2)$.
#
# La celda siguiente compara **tus** funciones con scikit-learn usando `rl.parametros_sklearn`, que
# implementa la tabla. Las diferencias deben ser del orden de $10^{-8}$ o menores.

# %%
print(rl.parametros_sklearn(100.0, X.shape[1], "ridge"), rl.parametros_sklearn(5000.0, X.shape[1], "lasso"))
difs = rl.comparar_con_sklearn(ridgeCerrada, lassoCoordenadas, X, y, lam=100.0, lam_lasso=5000.0)

# %% [markdown]
# ## 7. Elegir λ por validación cruzada
#
# Elegir $\lambda$ es crítico: muy pequeño y el modelo se sobreajusta; muy grande y no aprende nada.
# No se puede elegir mirando el error de entrenamiento (siempre es menor con $\lambda = 0$). La
# **validación cruzada de $k$ pliegues** reparte los ejemplos en $k$ grupos; para cada $\lambda$ y
# cada pliegue $f$:
#
# 1. los ejemplos de los otros $k - 1$ pliegues son el **entrenamiento**, los del pliegue $f$ la
#    **validación**;
# 2. se estandariza con la media y la desviación **del entrenamiento** y se aplica esa misma
#    transformación a la validación (si se estandariza con todos los datos, la información del
#    pliegue de validación se filtra al entrenamiento: **fuga de datos**);
# 3. se entrena Ridge y se mide el **MSE** (error cuadrático *medio*) en la validación.
#
# El error de $\lambda$ es el **promedio de los $k$ MSE**, y se elige el $\lambda$ de menor error.
#
# La asignación de pliegues se recibe como argumento (`pliegues[i]` es el pliegue del ejemplo `i`),
# así el resultado no depende del azar: la genera `rl.asignar_pliegues(m, k, semilla)`.
#
# ### Ejercicio 7 · `validacionCruzada` (3 puntos)
#
# Escribe `validacionCruzada(X, y, lambdas, pliegues)` que recibe `X` **sin estandarizar** y
# devuelve `(mejor, errores)`: `mejor` el valor de $\lambda$ (un `float`, no su posición) y
# `errores` un arreglo de forma `(L,)` con el error de cada $\lambda$. Usa `estandarizar` y tu
# `ridgeCerrada`.
#
# **Salida esperada** (diabetes sin estandarizar, `lambdas = (0.1, 10, 50, 200, 1000, 10000)`,
# 5 pliegues de `rl.asignar_pliegues(442, 5, 0)`): `mejor = 50.0` y
# `errores = [3000.531, 2995.375, 2992.5, 3032.296, 3474.132, 5101.107]`.

# %% ejercicio="validacionCruzada" puntos=3

# %% [markdown]
# La curva de validación completa: a la izquierda el modelo apenas está regularizado, a la derecha
# la penalización domina y el error sube. El mínimo es el $\lambda$ elegido.

# %%
lambdas_cv = np.logspace(-1, 4.5, 30)
pliegues = rl.asignar_pliegues(X_crudo.shape[1], 5, semilla=0)
mejor, errores_cv = validacionCruzada(X_crudo, y, lambdas_cv, pliegues)
print(f"mejor λ = {mejor:.4g}  (Ridge de sklearn: alpha = {mejor / 2:.4g})")
rl.graficar_validacion(lambdas_cv, errores_cv, mejor);

# %% [markdown]
# Comparemos los tres modelos sobre los 442 pacientes estandarizados: mínimos cuadrados, Ridge con
# el $\lambda$ elegido y Lasso con $\lambda = 5000$.

# %%
rl.tabla_de_coeficientes({
    "MCO": minimosCuadrados(X, y)[1],
    f"Ridge λ={mejor:.3g}": ridgeCerrada(X, y, mejor)[1],
    "Lasso λ=5000": lassoCoordenadas(X, y, 5000.0, 200)[1],
})

# %% [markdown]
# ## 8. Preguntas (calificación manual)
#
# **Pregunta 1 (2 puntos).** En los datos de prueba, `s1` y `s2` tienen correlación 0.94. Compara
# lo que hicieron mínimos cuadrados, Ridge y Lasso con esas dos variables (ejercicios 1, 4 y 6 y las
# gráficas de caminos). ¿Por qué Ridge «reparte» el peso entre variables correlacionadas y Lasso
# tiende a quedarse con una sola? ¿Qué riesgo tiene eso al interpretar el modelo de Lasso?

# %% [markdown] pregunta="pregunta_correlacion" puntos=2
# Mínimos cuadrados da coeficientes enormes y de signo opuesto a `s1` y `s2` (≈ +96 y −93): como las
# dos variables son casi iguales, sumar mucho de una y restar casi lo mismo de la otra apenas cambia
# las predicciones, y el problema está mal condicionado. Ridge penaliza θj², que crece mucho para
# coeficientes grandes, y encoge los dos: con λ = 6 pasan de ≈ +96 y −93 a ≈ +15 y −22. Siguen
# teniendo signos opuestos (en estos 12 pacientes el modelo todavía usa su diferencia), pero ya no
# son enormes ni se cancelan casi del todo. Con λ mayor, el camino de Ridge los sigue acercando a
# 0 y entre sí: para un mismo efecto conjunto, la suma de cuadrados es menor si el peso se reparte,
# así que Ridge tiende a dar coeficientes parecidos a variables casi iguales en lugar de quedarse
# con una.
#
# Lasso penaliza |θj|, y |θ1| + |θ2| vale lo mismo repartiendo el peso o concentrándolo; con el umbral
# suave, la variable que primero explica el residuo se queda con el peso y la otra queda con ρ
# pequeño y cae exactamente a 0 (aquí, `s1` = 0). Cuál sobrevive es casi arbitrario: depende de
# pequeñas diferencias en los datos. Al interpretar, que `s1` tenga coeficiente 0 no significa que
# no tenga relación con `y`: su información está «representada» por `s2`. ElasticNet combina ambas
# penalizaciones para conservar la selección sin esta arbitrariedad.

# %% [markdown]
# **Pregunta 2 (2 puntos).** En la validación cruzada estandarizaste dentro de cada pliegue, con
# los datos de entrenamiento. Explica (a) por qué la regularización exige estandarizar las variables
# y no lo exige mínimos cuadrados, y (b) qué sesgo introduce estandarizar con todos los datos antes
# de separar los pliegues.

# %% [markdown] pregunta="pregunta_escala" puntos=2
# (a) La penalización λΣθj² (o λΣ|θj|) compara los coeficientes entre sí, y el tamaño de un
# coeficiente depende de las unidades de su variable: si una variable se mide en unidades 10 veces
# más grandes, su coeficiente es 10 veces más pequeño y se penaliza mucho menos. Sin estandarizar,
# λ castigaría más a las variables de escala pequeña por una razón que no tiene nada que ver con su
# importancia. Mínimos cuadrados no tiene penalización: cambiar las unidades solo reescala el
# coeficiente y las predicciones no cambian.
#
# (b) Si la media y la desviación se calculan con todos los datos, el pliegue de validación
# contribuye a la transformación con que se entrena: el modelo «ve» algo de los datos con que luego
# se le evalúa (fuga de datos). El error de validación sale algo optimista y ya no imita lo que pasa
# con datos realmente nuevos, para los que solo tendremos las estadísticas del entrenamiento.

# %% [markdown]
# ## 9. Para experimentar (sin calificación)
#
# - Corre `descensoRidge` con `alpha = 0.6` sobre `X` estandarizado. ¿Qué pasa con el costo? ¿Y si
#   no estandarizas `X`?
# - Cambia la semilla de `rl.asignar_pliegues` o usa `k = 10`. ¿Cambia mucho el λ elegido?
# - Usa `sklearn.linear_model.ElasticNet` con `rl.parametros_sklearn(lam1, X.shape[1], "elasticnet",
#   lam2)` y dibuja sus caminos para `lam2` fijo: ¿qué les pasa a `s1` y `s2`?
# - Haz la validación cruzada para Lasso en vez de Ridge (con `lassoCoordenadas`).

# %% [markdown]
# # Unidad 7 · Funciones de activación
#
# Cada neurona de una red hace dos cosas: una **agregación lineal** de sus entradas,
# $z = w^T a + b$, y una **activación** $a = g(z)$. Sin la segunda, una red de cien capas no
# sería más que una regresión lineal. En esta unidad escribes, con NumPy, las activaciones del
# curso y sus derivadas, compruebas por qué hace falta la no linealidad y usas la red profunda de
# la unidad 6 para **ver** los problemas que las diapositivas nombran: el gradiente que se
# desvanece, las salidas que no están centradas en cero, la saturación y las ReLU que mueren.
#
# | función | qué hace | puntos |
# |---|---|---|
# | `escalon(Z)`, `signo(Z)` | funciones de umbral (perceptrón) | 1 + 1 |
# | `linealATrozos(Z)` | la rampa de la tabla del curso | 1 |
# | `sigmoide(Z)`, `sigmoideGrad(A)` | sigmoide estable y su derivada con la activación | 1 + 1 |
# | `tanh(Z)`, `tanhGrad(A)` | tangente hiperbólica y su derivada con la activación | 1 + 1 |
# | `relu(Z)`, `reluGrad(Z)` | ReLU y su derivada, con la convención en z = 0 | 1 + 1 |
# | `leakyRelu(Z, pendiente)`, `leakyReluGrad(Z, pendiente)` | leaky ReLU (β = 0.01) y su derivada | 1 + 1 |
# | `maxout(A_prev, W, b)` | una capa maxout de k piezas | 2 |
# | `capaLinealEquivalente(W1, b1, W2, b2)` | la capa que reemplaza a dos capas lineales | 2 |
# | `normasGradientePorCapa(grads)` | cuánto gradiente llega a cada capa | 2 |
# | `fraccionMuertas(A)` | qué parte de una capa ReLU está muerta | 2 |
# | dos preguntas escritas | desvanecimiento y ReLU muertas | 2 + 2 |
#
# **Cómo trabajar.** Escribe tu código donde dice `# TU CÓDIGO AQUÍ` (borra la línea
# `raise NotImplementedError()`), ejecuta la celda y luego la celda de prueba que la sigue. Las
# pruebas visibles revisan, en este orden, el **tipo**, la **forma**, los **valores** y los
# **errores típicos**, y te dicen en español qué está mal. Al calificar se ejecutan además pruebas
# ocultas con otras entradas (otras formas, otros valores, redes reales): escribe código general,
# no copies las salidas esperadas. Las gráficas de la unidad usan **tus** funciones.
#
# **Convención de formas.** Cada ejemplo es una **columna**. Una capa con $n_l$ neuronas que
# recibe $n_{l-1}$ entradas tiene pesos `W` de forma `(n_l, n_{l−1})` y sesgos `b` de forma
# `(n_l, 1)`, y calcula `Z = W @ A_prev + b`, de forma `(n_l, m)`. Las activaciones actúan
# **elemento a elemento**: `A = g(Z)` tiene la misma forma que `Z`.
#
# **Sobre el material del curso.** Las diapositivas dan la tabla de activaciones, sus derivadas y
# dos frases sobre los problemas («asimetría positiva, desvanecimiento del gradiente»), pero dicen
# poco de por qué se prefiere una activación a otra, de leaky ReLU y maxout, o de cómo se ven esos
# problemas en una red. Para eso nos apoyamos en las referencias del final: las notas CS231n
# *Neural Networks Part 1*, el §6.3 de Goodfellow, Bengio y Courville (*Deep Learning*),
# *Efficient BackProp* de LeCun et al. (1998), Glorot, Bordes y Bengio (2011) para ReLU, Maas et
# al. (2013) para leaky ReLU y Goodfellow et al. (2013) para maxout.

# %% fija="configuracion"
# %matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

from course import activaciones as act
from course.activaciones import (probar_escalon, probar_signo, probar_linealATrozos,
                                 probar_sigmoide, probar_sigmoideGrad, probar_tanh,
                                 probar_tanhGrad, probar_relu, probar_reluGrad, probar_leakyRelu,
                                 probar_leakyReluGrad, probar_maxout,
                                 probar_capaLinealEquivalente, probar_normasGradientePorCapa,
                                 probar_fraccionMuertas)

np.set_printoptions(precision=5, suppress=True)

# %% [markdown]
# Los experimentos de las secciones 9 a 12 usan una red de 8 capas y 200 épocas de entrenamiento
# (segundos). Para la versión grande (16 capas, 1500 épocas, unos segundos más) cambia la bandera
# de la celda siguiente a `True` y vuelve a ejecutar el cuaderno.

# %%
EXPERIMENTO_COMPLETO = False

# %% [markdown]
# ## 1. Qué es una función de activación
#
# La diapositiva del curso la define como el «mecanismo de procesamiento de la información
# entrante que permite la propagación de la señal en la red **buscando una no linealidad**», y
# pide que tenga «buenas propiedades matemáticas (simples, derivables)». Para una capa entera y
# $m$ ejemplos:
#
# $$Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]} \quad (n_l, m), \qquad A^{[l]} = g(Z^{[l]}) \quad (n_l, m).$$
#
# Esta es la tabla del curso (la diapositiva la trae en inglés; parece tomada de *Python Machine
# Learning* de Raschka y Mirjalili, que el curso cita), con lo que haremos con cada fila:
#
# | activación | $\phi(z)$ | ejemplo según la tabla | en esta unidad |
# |---|---|---|---|
# | escalón unitario (Heaviside) | $0$ si $z < 0$; $0.5$ si $z = 0$; $1$ si $z > 0$ | variante del perceptrón | `escalon` |
# | signo | $-1$ si $z < 0$; $0$ si $z = 0$; $1$ si $z > 0$ | variante del perceptrón | `signo` |
# | lineal | $z$ | Adaline, regresión lineal | `lineal` (dada) |
# | lineal a trozos | $1$ si $z \ge \frac12$; $z + \frac12$ si $-\frac12 < z < \frac12$; $0$ si $z \le -\frac12$ | «support vector machine» (impreciso: §3) | `linealATrozos` |
# | logística (sigmoide) | $\dfrac{1}{1 + e^{-z}}$ | regresión logística, redes multicapa | `sigmoide` |
# | tangente hiperbólica | $\dfrac{e^z - e^{-z}}{e^z + e^{-z}}$ | redes multicapa | `tanh` |
#
# Otras diapositivas añaden ReLU, $\max(0, z)$, «muy usada en Deep Learning, capas intermedias,
# rapidez»; leaky ReLU, $\max(0.01 z, z)$; y maxout, que solo nombran. De la sigmoide dice
# «regresión logística, capa de salida binaria» y de tanh «muy usada, funciona mejor que la
# sigmoide en las capas escondidas». Veremos por qué.

# %% [markdown]
# ## 2. Funciones de umbral: escalón y signo
#
# El perceptrón de Rosenblatt (1957) imita a una neurona que «dispara» o no: compara $z$ con un
# umbral. Dos versiones:
#
# $$\text{escalón}(z) = \begin{cases} 0 & z < 0 \\ 0.5 & z = 0 \\ 1 & z > 0 \end{cases}
# \qquad\qquad
# \text{signo}(z) = \begin{cases} -1 & z < 0 \\ 0 & z = 0 \\ 1 & z > 0 \end{cases}$$
#
# **El valor en $z = 0$ es una convención.** La tabla del curso usa $0.5$ para el escalón (el
# punto medio del salto) y $0$ para el signo; otros textos usan $H(0) = 0$ o $H(0) = 1$ (por eso
# `np.heaviside(Z, h0)` pide ese valor). Aquí seguimos la tabla, y la prueba lo comprueba con
# ceros exactos. Observa que $\text{signo}(z) = 2\,\text{escalón}(z) - 1$, también en $z = 0$.
#
# **Por qué no sirven para retropropagar.** Su derivada vale $0$ en todo $z \ne 0$ y no existe en
# $z = 0$: el gradiente que llega a los pesos es siempre cero y el descenso de gradiente no
# aprende nada. La diapositiva de retropropagación lo dice así: «necesidad de que las funciones de
# activación sean derivables». El perceptrón se entrena con su propia regla, sin derivadas; las
# redes multicapa cambiaron el escalón por la sigmoide, que es una versión suave de él.
#
# ### Ejercicios 1 y 2 · `escalon` y `signo` (1 punto cada una)
#
# Deben aceptar arreglos de cualquier forma y devolver **números** (floats), no booleanos:
# `Z > 0` es un arreglo de `True`/`False`. `np.where(condición, si, no)` elige elemento a
# elemento.
#
# **Salida esperada:** con `z = np.array([-2.0, 0.0, 3.0])`, `escalon(z)` da `[0.  0.5 1. ]` y
# `signo(z)` da `[-1.  0.  1.]`. La prueba usa una matriz `(2, 7)` con dos ceros exactos.

# %% ejercicio="escalon" puntos=1

# %% ejercicio="signo" puntos=1

# %% [markdown]
# ## 3. Lineal y lineal a trozos
#
# La activación **lineal** (la identidad, $\phi(z) = z$) no transforma nada. La diapositiva es
# tajante: «la función de activación lineal solo se utiliza en la capa de salida, en problemas de
# regresión». En la sección 8 veremos las dos mitades de esa frase. Te la damos escrita:

# %% dada="lineal"

# %% [markdown]
# La **lineal a trozos** de la tabla es una rampa: vale $0$ hasta $z = -\frac12$, sube con
# pendiente 1 ($z + \frac12$) y se queda en $1$ desde $z = \frac12$:
#
# $$\phi(z) = \begin{cases} 1 & z \ge \frac12 \\ z + \frac12 & -\frac12 < z < \frac12 \\ 0 & z \le -\frac12 \end{cases}
# \qquad = \min\!\left(1, \max\!\left(0, z + \tfrac12\right)\right).$$
#
# Es una versión lineal a trozos de la sigmoide: el mismo rango $[0, 1]$, el mismo valor $0.5$ en
# $z = 0$, pero pendiente 1 en el centro (la de σ es 1/4) y **saturación exacta** fuera de
# $[-\frac12, \frac12]$, donde su derivada es 0. Los dos bordes no son problema: las dos fórmulas
# coinciden en $z = \pm\frac12$ (la función es continua).
#
# > **Nota sobre el material del curso: el rótulo «SVM».** La tabla pone como ejemplo de la
# > lineal a trozos «support vector machine». Es impreciso: una SVM no aplica esta rampa a nada.
# > Su salida es lineal, $f(x) = w^T x + b$, y clasifica con el **signo** de $f$ (la función de la
# > sección 2). Lo que una SVM tiene lineal a trozos es su **función de pérdida**, la bisagra
# > (*hinge*) $\max(0,\, 1 - y\,f(x))$ con $y \in \{-1, 1\}$, que se usa para entrenar, no para
# > producir la salida. Y esa bisagra no satura en 1: crece sin tope. La rampa de la tabla es más
# > bien una «sigmoide dura».
#
# ### Ejercicio 3 · `linealATrozos` (1 punto)
#
# **Salida esperada:** con `z = np.array([-1.0, -0.5, 0.0, 0.25, 0.5, 2.0])`,
# `linealATrozos(z)` da `[0.   0.   0.5  0.75 1.   1.  ]`.

# %% ejercicio="linealATrozos" puntos=1

# %% [markdown]
# ## 4. Sigmoide y tangente hiperbólica
#
# **La sigmoide** $\sigma(z) = \dfrac{1}{1 + e^{-z}}$ es el escalón suavizado: va de 0 a 1 y vale
# $0.5$ en $z = 0$. Su derivada (diapositiva del curso, regla de la cadena sobre
# $(1 + e^{-z})^{-1}$):
#
# $$\sigma'(z) = \frac{e^{-z}}{(1 + e^{-z})^2} = \frac{1}{1 + e^{-z}} \cdot \frac{(1 + e^{-z}) - 1}{1 + e^{-z}} = \sigma(z)\,\bigl(1 - \sigma(z)\bigr).$$
#
# **La tangente hiperbólica** $\tanh(z) = \dfrac{e^z - e^{-z}}{e^z + e^{-z}}$ va de $-1$ a $1$ y
# vale 0 en $z = 0$. Por la regla del cociente (la otra diapositiva del curso),
#
# $$\tanh'(z) = \frac{(e^z + e^{-z})^2 - (e^z - e^{-z})^2}{(e^z + e^{-z})^2} = 1 - \tanh^2(z).$$
#
# Las dos son la misma curva: $\tanh(z) = 2\sigma(2z) - 1$ (escala vertical ×2, horizontal ×½,
# y un desplazamiento que la **centra en cero**). Esa diferencia importará en la sección 10.
#
# > **Nota sobre el material del curso.** La diapositiva de la red con capa oculta tanh y salida
# > sigmoide dice que el dato es de la clase 0 «si $a_1^{(2)} \le 0$» y de la clase 1 si
# > $a_1^{(2)} > 0$. Como la sigmoide vale siempre entre 0 y 1, ese umbral no separa nada: el
# > correcto es $a_1^{(2)} \ge 0.5$ para la clase 1, que equivale a $z_1^{(2)} \ge 0$ porque
# > $\sigma(0) = 0.5$ (la prueba de `sigmoide` lo comprueba con ceros exactos).
#
# **Derivadas con la activación.** Como en el curso, las derivadas se escriben con lo que ya
# calculó la propagación hacia adelante, $A = g(Z)$, que la red guarda en su cache (unidad 6):
#
# | | $A = g(Z)$ | $g'(Z)$ con $A$ | máximo de $g'$ |
# |---|---|---|---|
# | sigmoide | $\sigma(Z)$ | $A(1 - A)$ | $\frac14$, en $A = 0.5$ ($z = 0$) |
# | tanh | $\tanh(Z)$ | $1 - A^2$ | $1$, en $A = 0$ ($z = 0$) |
#
# `sigmoideGrad(A)` y `tanhGrad(A)` reciben **A**, no Z: si les pasas Z el resultado es otro (y
# aplicar σ otra vez dentro sería derivar en el punto equivocado). Guarda el número $\frac14$:
# es el corazón del gradiente que se desvanece (sección 9).
#
# **Estabilidad numérica.** Con $z = -800$, `np.exp(-z)` es $e^{800}$ = `inf` (NumPy avisa de un
# desborde) y con $z = 800$ la forma $e^z/(1 + e^z)$ da `inf/inf` = `nan`. La prueba incluye
# $z = \pm 800$ y no acepta avisos de desborde: escribe la sigmoide de forma estable (por ejemplo
# con `np.logaddexp`, como en la unidad 5, o con $\sigma(z) = \frac12(1 + \tanh\frac z2)$) y usa
# `np.tanh`, que ya es estable.
#
# ### Ejercicios 4 a 7 · `sigmoide`, `sigmoideGrad`, `tanh`, `tanhGrad` (1 punto cada una)
#
# **Salida esperada:** con `z = np.array([-800.0, -1.0, 0.0, 1.0, 800.0])`,
# `sigmoide(z)` da `[0.      0.26894 0.5     0.73106 1.     ]`,
# `sigmoideGrad(sigmoide(z))` da `[0.      0.19661 0.25    0.19661 0.     ]`,
# `tanh(z)` da `[-1.      -0.76159  0.       0.76159  1.     ]` y
# `tanhGrad(tanh(z))` da `[0.      0.41997 1.      0.41997 0.     ]`.
# La prueba oculta compara además tus derivadas con la **derivada numérica** de cada activación.

# %% ejercicio="sigmoide" puntos=1

# %% ejercicio="sigmoideGrad" puntos=1

# %% ejercicio="tanh" puntos=1

# %% ejercicio="tanhGrad" puntos=1

# %% [markdown]
# ## 5. ReLU, leaky ReLU y maxout
#
# **ReLU** (*rectified linear unit*), $\text{ReLU}(z) = \max(0, z)$, es la activación por defecto
# de las capas ocultas. Glorot, Bordes y Bengio (2011) mostraron que las redes profundas de
# rectificadores se entrenan bien sin trucos previos: para $z > 0$ la derivada es exactamente 1
# (no satura), es baratísima de calcular (la «rapidez» de la diapositiva) y produce
# representaciones **dispersas** (muchas unidades valen exactamente 0).
#
# Su derivada, según la diapositiva, es $0$ si $z < 0$, $1$ si $z > 0$ e **indefinida** en
# $z = 0$. En $z = 0$ cualquier número de $[0, 1]$ es un subgradiente válido; hay que elegir uno
# para que el código (y sus pruebas) sean reproducibles. **La convención del curso es 0**, la
# pendiente de la izquierda: es la de la diapositiva de la red de una neurona
# (`np.where(x > 0, 1, 0)`) y la de `activacionAtras` de la unidad 6 (`Z > 0`). Goodfellow et al.
# (§6.3) explican por qué esa indefinición no estorba en la práctica: el descenso de gradiente no
# necesita llegar a un punto de gradiente exactamente cero, y las bibliotecas devuelven una de las
# dos derivadas laterales. Pero los ceros exactos sí aparecen (sesgos en cero, entradas nulas), así
# que la prueba los incluye.
#
# | | $g(z)$ | $g'(z)$, $z < 0$ | $g'(0)$ (convención) | $g'(z)$, $z > 0$ |
# |---|---|---|---|---|
# | ReLU | $\max(0, z)$ | 0 | **0** | 1 |
# | leaky ReLU | $\max(\beta z, z)$, $\beta = 0.01$ | $\beta$ | **$\beta$** | 1 |
#
# Una unidad ReLU con $z < 0$ en todos los ejemplos tiene gradiente cero: no aprende. **Leaky
# ReLU** (Maas, Hannun y Ng, 2013) deja pasar una pendiente pequeña $\beta$ para $z < 0$ (la
# diapositiva escribe $\max(0.01 z, z)$; usamos $\beta$ porque $\alpha$ es la tasa de aprendizaje),
# así que el gradiente nunca es exactamente cero. La fórmula $\max(\beta z, z)$ vale para
# $0 < \beta < 1$; en general es «$z$ si $z > 0$, $\beta z$ si no». Las derivadas de
# ReLU y leaky ReLU reciben **Z** (también funcionarían con $A$, porque $A > 0 \iff Z > 0$; la
# unidad 10 le pasa $A$ a `reluGrad`).
#
# **Maxout** (Goodfellow, Warde-Farley, Mirza, Courville y Bengio, 2013) generaliza a las dos:
# cada neurona calcula $k$ combinaciones lineales («piezas») y se queda con la mayor,
#
# $$a_i = \max_{j = 1, \dots, k} \; z_{ij}, \qquad z_{ij} = W^{(j)}_{i,:}\, a^{[l-1]} + b^{(j)}_i .$$
#
# Con las $k$ matrices apiladas, `W` tiene forma `(k, n, n_prev)` y `b` forma `(k, n, 1)`;
# `W @ A_prev + b` calcula las $k$ capas a la vez (el `@` de NumPy multiplica cada `W[j]` por
# `A_prev`) y da un arreglo `(k, n, m)`; el máximo es sobre el **eje 0**. Con dos piezas, $(z, 0)$
# es ReLU, $(z, 0.01z)$ es leaky ReLU y $(z, -z)$ es $|z|$. Según CS231n, maxout tiene las
# ventajas de ReLU (un régimen lineal, sin saturación) sin su defecto (no muere), a cambio de $k$
# veces más parámetros; la diapositiva solo la nombra.
#
# ### Ejercicios 8 a 11 · `relu`, `reluGrad`, `leakyRelu`, `leakyReluGrad` (1 punto cada una)
#
# Usa `np.maximum` (elemento a elemento), no `np.max` ni `max` (que reducen). Las derivadas
# devuelven floats, no booleanos. `leakyRelu` y `leakyReluGrad` reciben la pendiente β como
# argumento `pendiente` (por defecto 0.01): úsalo, la prueba llama también con `pendiente = 0.2`.
#
# **Salida esperada:** con `z = np.array([-2.0, 0.0, 3.0])`: `relu(z)` da `[0. 0. 3.]`,
# `reluGrad(z)` da `[0. 0. 1.]`, `leakyRelu(z)` da `[-0.02  0.    3.  ]`,
# `leakyReluGrad(z)` da `[0.01 0.01 1.  ]` y `leakyRelu(z, 0.2)` da `[-0.4  0.   3. ]`.

# %% ejercicio="relu" puntos=1

# %% ejercicio="reluGrad" puntos=1

# %% ejercicio="leakyRelu" puntos=1

# %% ejercicio="leakyReluGrad" puntos=1

# %% [markdown]
# ### Ejercicio 12 · `maxout` (2 puntos)
#
# Escribe `maxout(A_prev, W, b)`, con `A_prev` de forma `(n_prev, m)`, `W` `(k, n, n_prev)` y `b`
# `(k, n, 1)`, que devuelva `A` de forma `(n, m)`.
#
# **Salida esperada** (prueba visible, $k = 3$, $n = 2$, $m = 4$):
# `A = [[ 0.85  1.    0.7   0.5 ] [-0.3  -0.1  -0.25 -0.8 ]]`. La segunda neurona sale negativa:
# maxout no recorta en 0.

# %% ejercicio="maxout" puntos=2

# %% [markdown]
# Maxout contiene a las demás rectificadoras. Esta celda usa **tus** `maxout`, `relu` y
# `leakyRelu`, y luego dibuja una neurona maxout de una entrada con tres piezas: la salida es la
# envolvente superior de tres rectas, una función **convexa** lineal a trozos (Goodfellow et al.
# muestran que una red con dos unidades maxout de suficientes piezas aproxima cualquier función
# continua).

# %%
act.comprobar_maxout_generaliza(maxout, relu, leakyRelu)
act.graficar_maxout(maxout);

# %% [markdown]
# ## 6. Todas las activaciones y sus derivadas
#
# Cada gráfica muestra tu activación (azul), **tu** derivada (naranja) y la derivada numérica de
# tu activación, $\frac{g(z + h) - g(z - h)}{2h}$ (línea punteada gris). Donde naranja y gris no
# coinciden, hay un error. En el escalón y el signo la derivada numérica es 0 salvo un pico en
# $z = 0$ (la línea vertical): no hay gradiente del que aprender. Leaky ReLU se dibuja con
# $\beta = 0.1$ para que se vea la pendiente. Debajo, la comparación en números, en 100 puntos
# al azar lejos de $z = 0$ y con una fórmula de cuatro puntos más precisa que la de la gráfica
# (la de `course.gradiente_numerico`): un error relativo menor que $10^{-7}$ indica que la
# derivada es la de su activación.

# %%
act.graficar_activaciones({
    "escalón": (escalon, None),
    "signo": (signo, None),
    "lineal": (lineal, lambda z: np.ones_like(z)),
    "lineal a trozos": (linealATrozos, None),
    "sigmoide": (sigmoide, lambda z: sigmoideGrad(sigmoide(z))),
    "tanh": (tanh, lambda z: tanhGrad(tanh(z))),
    "ReLU": (relu, reluGrad),
    "leaky ReLU (β = 0.1)": (lambda z: leakyRelu(z, 0.1), lambda z: leakyReluGrad(z, 0.1)),
}, columnas=4)
# La misma comparación en números, en 100 puntos al azar lejos de z = 0.
errores = act.verificar_derivadas({
    "sigmoide": (sigmoide, lambda z: sigmoideGrad(sigmoide(z))),
    "tanh": (tanh, lambda z: tanhGrad(tanh(z))),
    "ReLU": (relu, reluGrad),
    "leaky ReLU": (leakyRelu, leakyReluGrad),
    "lineal": (lineal, lambda z: np.ones_like(z)),
})

# %% [markdown]
# ## 7. La red profunda de la unidad 6
#
# Para ver las activaciones trabajando usamos la red de $L$ capas con cache que escribiste en la
# unidad 6. Aquí está su versión de referencia, en celdas bloqueadas: `initRed(dims, semilla,
# escala)` crea pesos normales de desviación `escala` y sesgos en cero; `redAdelante(X, params,
# activaciones)` devuelve la salida y una lista de caches, una por capa, de la forma
# `((A_prev, W, b), (Z, A))`; `redAtras(AL, Y, caches, activaciones)` devuelve el diccionario
# `grads` con `dW1`, `db1`, …, `dWL`, `dbL` (lo llena **de la última capa a la primera**). Las
# activaciones que acepta son `"sigmoide"`, `"tanh"`, `"relu"` y `"lineal"`, con las mismas
# derivadas que acabas de escribir (`activacionAtras`).
#
# Para sacar de la cache las activaciones $A^{[l]}$ de la capa $l$: `caches[l - 1][1][1]`.

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
# ## 8. Por qué hace falta la no linealidad
#
# La diapositiva: «se busca la no linealidad en las funciones de activación de las capas
# intermedias; de lo contrario, tener 1 capa o varias se podría reducir a una simple combinación
# lineal de los datos». Con dos capas lineales, $W^{[1]}$ `(n1, n0)` y $W^{[2]}$ `(n2, n1)`:
#
# $$W^{[2]}\bigl(W^{[1]} x + b^{[1]}\bigr) + b^{[2]} = \underbrace{W^{[2]} W^{[1]}}_{W\ (n_2,\, n_0)}\; x + \underbrace{W^{[2]} b^{[1]} + b^{[2]}}_{b\ (n_2,\, 1)} .$$
#
# Una sola capa con esa $W$ y esa $b$ hace exactamente lo mismo que las dos, para toda entrada. Y
# por inducción, $L$ capas lineales apiladas son **una** capa lineal: la profundidad no añade
# nada. Fíjate en el orden: la capa 1 actúa primero, así que su matriz va a la **derecha**.
#
# ### Ejercicio 13 · `capaLinealEquivalente` (2 puntos)
#
# Escribe `capaLinealEquivalente(W1, b1, W2, b2)`, que devuelva `(W, b)`.
#
# **Salida esperada** (capas 3 → 4 → 2 de la prueba): `W = [[-0.18 -0.18  0.34] [-0.01  0.23
# -0.31]]`, de forma `(2, 3)`, y `b = [[ 0.28] [-0.35]]`, de forma `(2, 1)`. La prueba comprueba
# también que `W @ X + b` coincide con las dos capas apiladas.

# %% ejercicio="capaLinealEquivalente" puntos=2

# %% [markdown]
# Con la red de la unidad 6: dos capas con activación lineal dan lo mismo que tu capa
# equivalente; con tanh en medio, ya no.

# %%
rng = np.random.default_rng(0)
X_lin = rng.normal(size=(3, 5))
params_lin = initRed([3, 4, 2], semilla=1, escala=1.0)
params_lin["b1"] = rng.normal(size=(4, 1))
params_lin["b2"] = rng.normal(size=(2, 1))
W, b = capaLinealEquivalente(params_lin["W1"], params_lin["b1"], params_lin["W2"],
                             params_lin["b2"])
dos_lineales, _ = redAdelante(X_lin, params_lin, ["lineal", "lineal"])
con_tanh, _ = redAdelante(X_lin, params_lin, ["tanh", "lineal"])
print("dos capas lineales = una capa (W, b):      ", np.allclose(dos_lineales, W @ X_lin + b))
print("tanh en medio      = una capa (W, b):      ", np.allclose(con_tanh, W @ X_lin + b))

# %% [markdown]
# **Lineal solo en la salida, para regresión.** La otra mitad de la frase de la diapositiva. En
# regresión la salida debe poder valer cualquier número real, y solo la activación lineal lo
# permite: la sigmoide vive en $(0, 1)$, tanh en $(-1, 1)$ y ReLU en $[0, \infty)$. El
# experimento: ajustar $y = \sin 2x + 0.3x$ (valores entre −1.3 y 1.3) con una capa oculta de 40
# unidades de pesos al azar y una **salida lineal**, cuyos pesos se obtienen por mínimos cuadrados
# (unidad 4). Con la capa oculta lineal, la red entera es una recta; con tanh, sigue la curva.

# %%
x = np.linspace(-3, 3, 200).reshape(1, -1)
y = np.sin(2 * x) + 0.3 * x
rng = np.random.default_rng(2)
W_oculta, b_oculta = rng.normal(scale=1.5, size=(40, 1)), rng.normal(scale=1.5, size=(40, 1))
fig, ax = plt.subplots(figsize=(6.5, 3.6))
ax.axhspan(0, 1, color="C2", alpha=0.12, label="rango de una salida sigmoide")
ax.scatter(x.ravel(), y.ravel(), s=6, color="0.55", label="datos")
for nombre, g in (("oculta lineal", lineal), ("oculta tanh", tanh)):
    H = np.vstack([g(W_oculta @ x + b_oculta), np.ones_like(x)])     # (41, m): unidades + sesgo
    w_salida = np.linalg.lstsq(H.T, y.T, rcond=None)[0].T           # salida lineal, (1, 41)
    y_est = w_salida @ H
    ax.plot(x.ravel(), y_est.ravel(), lw=2, label=f"{nombre} + salida lineal")
    print(f"{nombre:>14} + salida lineal: error cuadrático medio {np.mean((y_est - y) ** 2):.4f}")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.legend(fontsize=8)
ax.set_title("Regresión: la no linealidad va en la capa oculta, la salida es lineal")
fig.tight_layout()

# %% [markdown]
# ## 9. Problema 1: el gradiente que se desvanece
#
# La diapositiva de capas de activación lista dos problemas de las capas simples: «asimetría
# positiva, desvanecimiento del gradiente». Empecemos por el segundo. Al retropropagar
# (unidad 6), cada capa oculta hace
#
# $$dZ^{[l]} = \bigl(W^{[l+1]T} dZ^{[l+1]}\bigr) \odot g'(Z^{[l]}), \qquad dW^{[l]} = dZ^{[l]} A^{[l-1]T}.$$
#
# Desde la salida hasta la capa 1, el gradiente se multiplica **una vez por capa** por $g'$ (y por
# los pesos). Con la sigmoide, $g' = A(1 - A) \le \frac14$: aun con pesos de tamaño razonable, cada
# capa lo divide por 4 o más, y después de 7 capas ocultas queda multiplicado por algo del orden de
# $(\frac14)^7 \approx 6 \cdot 10^{-5}$. Con tanh, $g' = 1 - A^2$ vale casi 1 cerca de 0; con ReLU,
# exactamente 1 en las unidades activas. Otra diapositiva del curso lo advierte a su manera: los
# pesos deben ser pequeños «para garantizar que los gradientes de las funciones de activación
# (e.g. sigmoide) sean significativos y el aprendizaje no sea lento» (cuánto de pequeños es el
# tema de la unidad 8).
#
# Para medirlo, la norma (de Frobenius) del gradiente de los pesos de cada capa:
#
# $$\lVert dW^{[l]} \rVert = \sqrt{\textstyle\sum_{i,j} \bigl(dW^{[l]}_{ij}\bigr)^2}\,.$$
#
# ### Ejercicio 14 · `normasGradientePorCapa` (2 puntos)
#
# Escribe `normasGradientePorCapa(grads)`, que reciba el diccionario de `redAtras` y devuelva un
# arreglo de forma `(L,)` con `normas[l − 1]` = $\lVert dW^{[l]} \rVert$, **de la primera capa a
# la última**. Cuidado: `redAtras` llena el diccionario de la última capa a la primera, y el número
# de capas es el de claves que empiezan con `"dW"` (no `len(grads)`). Solo los pesos: las `db` no
# entran.
#
# **Salida esperada** (gradientes de prueba de una red 3-4-4-2):
# `normas = [0.01225 0.11207 0.62502]`. Las pruebas ocultas usan gradientes de redes reales, una de
# ellas de 12 capas.

# %% ejercicio="normasGradientePorCapa" puntos=2

# %% [markdown]
# El experimento: una red de 8 capas (7 ocultas de 64 unidades y una salida sigmoide), 500 ejemplos
# de 20 entradas normales, la misma inicialización para las tres activaciones (pesos de desviación
# $1/\sqrt{64}$) y **un** paso de retropropagación. La etiqueta no importa para medir el gradiente
# al empezar.

# %%
PROFUNDIDAD = 16 if EXPERIMENTO_COMPLETO else 8          # capas con pesos
N_OCULTA = 64
rng = np.random.default_rng(0)
X_prof = rng.normal(size=(20, 500))
Y_prof = (X_prof[0:1] * X_prof[1:2] > 0).astype(float)
dims = [20] + [N_OCULTA] * (PROFUNDIDAD - 1) + [1]
normas, caches_por_red = {}, {}
for g in ("sigmoide", "tanh", "relu"):
    activaciones = [g] * (PROFUNDIDAD - 1) + ["sigmoide"]
    params = initRed(dims, semilla=1, escala=1 / np.sqrt(N_OCULTA))
    AL, caches = redAdelante(X_prof, params, activaciones)
    grads = redAtras(AL, Y_prof, caches, activaciones)
    normas[g] = normasGradientePorCapa(grads)
    caches_por_red[g] = caches
act.resumen_normas(normas)
act.graficar_normas(normas);

# %% [markdown]
# En la red sigmoide la primera capa recibe un gradiente cinco órdenes de magnitud menor que la
# última: con la misma tasa de aprendizaje, las primeras capas casi no se mueven de sus pesos al
# azar. La red tanh reparte el gradiente de forma pareja. La red ReLU tampoco pierde gradiente
# hacia la entrada (aquí incluso crece un poco); lo que se achica capa a capa es su señal **hacia
# adelante**, porque en cada ejemplo la mitad de sus unidades está apagada y, como
# $dW^{[l]} = dZ^{[l]} A^{[l-1]T}$, el gradiente de los pesos es pequeño donde $A$ es pequeña (lo
# verás en los histogramas de la sección 11). La escala que compensa esa mitad apagada,
# $\sqrt{2/n}$, es la de He: unidad 8.

# %% [markdown]
# ## 10. Problema 2: salidas no centradas en cero («asimetría positiva»)
#
# La sigmoide solo da valores positivos (media cerca de 0.5). Mira la fórmula del gradiente de la
# capa siguiente para un ejemplo: $dW^{[l+1]} = dZ^{[l+1]} A^{[l]T}$, es decir, la fila $i$ es
# $dz_i \cdot a^T$. Si **todas** las $a$ son positivas, todos los elementos de la fila tienen el
# signo de $dz_i$: los pesos que entran a la neurona $i$ solo pueden subir todos juntos o bajar
# todos juntos. Para llegar a unos pesos que deben subir unos y bajar otros, el descenso avanza en
# zigzag. LeCun et al. (1998, §4.3) usan este argumento para centrar las entradas en cero, y
# (§4.4) para preferir sigmoides simétricas como tanh; CS231n lo repite para la sigmoide. Es una
# de las razones de «tanh funciona mejor que la sigmoide en las capas escondidas». ReLU tampoco
# está centrada (da valores $\ge 0$), aunque sus ceros exactos lo atenúan en un lote.
#
# La celda cuenta, con la red de la unidad 6, qué fracción de las filas de $dW^{[2]}$ tienen todos
# sus elementos del mismo signo, para un ejemplo y para un lote de 64.

# %%
rng = np.random.default_rng(3)
x_uno, y_uno = rng.normal(size=(10, 1)), np.ones((1, 1))
X_lote, Y_lote = rng.normal(size=(10, 64)), (rng.random((1, 64)) < 0.5).astype(float)
resultados = {}
for g in ("sigmoide", "tanh", "relu"):
    activaciones = [g, g, "sigmoide"]
    params = initRed([10, 16, 8, 1], semilla=2, escala=1 / np.sqrt(10))
    fracciones = []
    for X_, Y_ in ((x_uno, y_uno), (X_lote, Y_lote)):
        AL, caches = redAdelante(X_, params, activaciones)
        fracciones.append(act.signos_por_fila(redAtras(AL, Y_, caches, activaciones)["dW2"]))
    resultados[g] = (np.mean(caches[0][1][1]), *fracciones)
act.tabla_asimetria(resultados)

# %% [markdown]
# ## 11. Problema 3: saturación
#
# Lejos de cero, la sigmoide y tanh se aplanan: $\sigma'(z) < 0.01$ si $|z| > 4.6$ y
# $\tanh'(z) < 0.01$ si $|z| > 3$. Una unidad **saturada** tiene derivada casi nula y sus pesos
# casi no aprenden (CS231n: «las sigmoides se saturan y matan el gradiente»). Lo que la lleva ahí
# son valores grandes de $z$: pesos grandes o entradas sin normalizar. Por eso la diapositiva pide
# «normalizar las entradas, para que los valores se encuentren en los rangos dinámicos de las
# funciones de activación».
#
# Los histogramas muestran todas las activaciones (todas las unidades en todos los ejemplos) de
# tres capas ocultas (la primera, una del medio y la última) de las redes de la sección 9 y, en la
# última gráfica, de la red tanh con pesos de desviación 1 en vez de $1/8$.

# %%
caches_grandes = {}
for g in ("sigmoide", "tanh"):
    activaciones = [g] * (PROFUNDIDAD - 1) + ["sigmoide"]
    params = initRed(dims, semilla=1, escala=1.0)
    _, caches_grandes[g] = redAdelante(X_prof, params, activaciones)
act.histogramas_por_capa({
    "sigmoide": [c[1][1] for c in caches_por_red["sigmoide"][:-1]],
    "tanh": [c[1][1] for c in caches_por_red["tanh"][:-1]],
    "ReLU": [c[1][1] for c in caches_por_red["relu"][:-1]],
    "tanh, escala 1": [c[1][1] for c in caches_grandes["tanh"][:-1]],
});

# %% [markdown]
# Con escala 1 las activaciones tanh se amontonan en ±1: saturadas. En la red sigmoide, en las
# capas profundas cada unidad da casi el mismo valor para todos los ejemplos (los picos del
# histograma): como sus entradas rondan 0.5 y no 0, $z$ queda dominado por $0.5 \sum_j w_{ij}$,
# igual para todos, y la información de la entrada se pierde por el camino. En la red ReLU, la
# mitad de las activaciones son ceros exactos (la leyenda da la fracción; no se dibujan) y su
# escala se achica capa a capa. Debajo, la fracción de unidades saturadas por capa, medida con
# **tus** derivadas (derivada < 0.01), y el efecto de no normalizar las entradas (multiplicarlas
# por 10) en la primera capa:

# %%
casos = (("sigmoide, escala 1/8", caches_por_red["sigmoide"], sigmoideGrad),
         ("sigmoide, escala 1", caches_grandes["sigmoide"], sigmoideGrad),
         ("tanh, escala 1/8", caches_por_red["tanh"], tanhGrad),
         ("tanh, escala 1", caches_grandes["tanh"], tanhGrad))
for nombre, caches, derivada in casos:
    saturadas = [np.mean(derivada(c[1][1]) < 0.01) for c in caches[:-1]]
    print(f"{nombre:>20}: saturadas por capa", " ".join(f"{s:4.0%}" for s in saturadas))
params = initRed(dims, semilla=1, escala=1 / np.sqrt(N_OCULTA))
for factor in (1, 10):
    _, caches = redAdelante(factor * X_prof, params, ["tanh"] * (PROFUNDIDAD - 1) + ["sigmoide"])
    print(f"entradas × {factor:>2}: tanh saturadas en la capa 1: "
          f"{np.mean(tanhGrad(caches[0][1][1]) < 0.01):.0%}")

# %% [markdown]
# ## 12. Problema 4: ReLU muertas
#
# Una unidad ReLU cuyo $z$ es negativo en **todos** los ejemplos devuelve 0 en todos, y su
# derivada también es 0 en todos: $dZ$ es cero en su fila, así que su fila de $dW$ y su $db$ son
# cero y sus parámetros **no vuelven a cambiar**. Está muerta. CS231n advierte que con una tasa de
# aprendizaje demasiado alta «hasta el 40 % de la red» puede morir: un paso grande empuja los pesos
# y el sesgo a una zona donde $z < 0$ para todas las entradas. Los remedios son una tasa más
# pequeña, leaky ReLU (su derivada $\beta \ne 0$ deja que la unidad se recupere; Maas et al.,
# 2013), maxout, o un sesgo inicial pequeño y positivo (Goodfellow et al., §6.3, sugieren 0.1).
#
# ### Ejercicio 15 · `fraccionMuertas` (2 puntos)
#
# Escribe `fraccionMuertas(A)`, que reciba las activaciones ReLU de una capa en un lote, de forma
# `(n, m)` (una **fila** por unidad, una columna por ejemplo), y devuelva un `float`: la fracción
# de las $n$ unidades que valen 0 en los $m$ ejemplos.
#
# **Salida esperada:** en la matriz `(5, 6)` de la prueba las filas 0 y 2 valen 0 en todo el lote,
# así que la fracción es `0.4`. (La fila 4 vale 0 en cinco de los seis ejemplos: está viva. La
# columna 1 vale 0 en todas las unidades: es un ejemplo, no una unidad.)

# %% ejercicio="fraccionMuertas" puntos=2

# %% [markdown]
# El experimento: la red 2-32-32-1 con ReLU en las capas ocultas, en los dos anillos de la unidad 3
# (400 puntos), entrenada con descenso de gradiente con una tasa de aprendizaje razonable
# ($\alpha = 0.5$, `lr` en el código) y con una excesiva ($\alpha = 5$), contando en cada época
# las unidades muertas con **tu** `fraccionMuertas`.

# %%
X_an, Y_an = act.datos_anillos(400, semilla=0)
EPOCAS = 1500 if EXPERIMENTO_COMPLETO else 200
activaciones = ["relu", "relu", "sigmoide"]
historias, al_final = {}, {}
for lr in (0.5, 5.0):
    params = initRed([2, 32, 32, 1], semilla=1, escala=0.25)
    costos, muertas = [], []
    for epoca in range(EPOCAS):
        AL, caches = redAdelante(X_an, params, activaciones)
        costos.append(costoEntropiaBinaria(AL, Y_an))
        muertas.append([fraccionMuertas(caches[l][1][1]) for l in range(2)])
        grads = redAtras(AL, Y_an, caches, activaciones)
        params = actualizarParametros(params, grads, lr)
    historias[f"α = {lr:g}"] = (costos, muertas)
    al_final[lr] = (caches, grads)
    print(f"α = {lr:<3g}: costo final {costos[-1]:.4f}; muertas al final: capa 1 "
          f"{muertas[-1][0]:.0%}, capa 2 {muertas[-1][1]:.0%}")
# ¿Reciben gradiente las muertas? fraccionMuertas(|dW|) cuenta las filas de dW exactamente nulas.
caches, grads = al_final[5.0]
for l in (1, 2):
    print(f"   α = 5, capa {l}: unidades muertas {fraccionMuertas(caches[l - 1][1][1]):.0%}; "
          f"filas de dW{l} exactamente nulas {fraccionMuertas(np.abs(grads[f'dW{l}'])):.0%}")
act.graficar_muertas(historias);

# %% [markdown]
# Con $\alpha = 5$ casi toda la red murió en las primeras épocas, y el costo se quedó en
# $\ln 2 \approx 0.693$. ¿Reciben gradiente las unidades muertas? Si la fila de $dW^{[l]}$ de una
# unidad es exactamente cero, tu `fraccionMuertas` aplicada a $|dW^{[l]}|$ la cuenta (las últimas
# líneas impresas). Todas las muertas tienen gradiente nulo; en la capa 1 también lo tiene la única
# unidad viva, porque toda la capa 2, por donde le llegaría el gradiente, está muerta.

# %% [markdown]
# ## 13. Resumen: ¿qué activación usar?
#
# | dónde | activación | por qué |
# |---|---|---|
# | capas ocultas | **ReLU** | no satura para $z > 0$, barata, gradiente 1 en las unidades activas; vigila la tasa de aprendizaje y la fracción de unidades muertas |
# | capas ocultas, si mueren | leaky ReLU o maxout | gradiente distinto de cero para $z < 0$ |
# | capas ocultas, si se quiere una sigmoide | tanh mejor que sigmoide | centrada en cero; satura igual |
# | salida, clasificación binaria | sigmoide | una probabilidad en $(0, 1)$ (unidades 5 y 9) |
# | salida, varias clases | softmax | probabilidades que suman 1 (unidades 5 y 10) |
# | salida, regresión | lineal | cualquier número real |
#
# Es el consejo de CS231n, casi literal: usar ReLU con cuidado con la tasa de aprendizaje y, si
# preocupan las unidades muertas, probar leaky ReLU o maxout; no usar la sigmoide en las capas
# ocultas; tanh se puede probar, pero se espera que funcione peor que ReLU o maxout. Goodfellow et
# al. (§6.3) dicen lo mismo: ReLU es la opción por defecto y la saturación generalizada de la
# sigmoide y de tanh desaconseja usarlas como unidades ocultas. Las funciones de umbral y la lineal
# a trozos quedan para la historia (y para los perceptrones): sin derivada útil no hay
# retropropagación.

# %% [markdown]
# ## 14. Preguntas (2 + 2 puntos, calificación manual)
#
# **Pregunta 1.** En la gráfica de la sección 9, la primera capa de la red sigmoide recibe un
# gradiente unas $10^5$ veces menor que la última, mientras que con la **misma** inicialización la
# red tanh apenas pierde gradiente. Explica con la regla de la cadena por qué (¿qué factor se
# multiplica una vez por capa y cuánto vale como máximo con cada activación?) y qué consecuencia
# tiene para el entrenamiento de las primeras capas.

# %% [markdown] pregunta="pregunta_desvanecimiento" puntos=2
# Al retropropagar, $dZ^{[l]} = (W^{[l+1]T} dZ^{[l+1]}) \odot g'(Z^{[l]})$: de la salida a la capa
# 1 el gradiente se multiplica una vez por capa por la derivada de la activación (y por los
# pesos). Con la sigmoide, $g' = A(1 - A) \le 1/4$ (vale 1/4 solo en $A = 0.5$): con pesos de
# tamaño $1/\sqrt{n}$, cada capa multiplica el gradiente por menos de 1/4 (el factor medio de la
# tabla es ≈ 0.19), y tras 7 capas ocultas queda del orden de $0.19^7 \approx 10^{-5}$ veces el de
# la última; la cota es $(1/4)^7 \approx 6 \cdot 10^{-5}$. Con tanh, $g' = 1 - A^2 \le 1$ y vale
# casi 1 porque las activaciones están cerca de 0, así que el factor por capa es cercano a 1
# (≈ 0.98 en la tabla). Con ReLU es exactamente 1 en las unidades activas.
#
# Consecuencia: con la misma tasa de aprendizaje, los pesos de las primeras capas se mueven unas
# $10^5$ veces menos que los de la última: se quedan casi en su valor aleatorio y la red aprende
# como si solo entrenara sus últimas capas sobre rasgos al azar, y muy despacio. Por eso se
# prefieren tanh o ReLU en las capas ocultas (y se cuida la inicialización, unidad 8).

# %% [markdown]
# **Pregunta 2.** La red de los anillos entrenada con $\alpha = 5$ terminó con casi todas sus
# unidades ReLU muertas y un costo cercano a $\ln 2$. Explica por qué una unidad muerta ya no puede
# revivir con descenso de gradiente, por qué el costo se queda justo en $\ln 2 \approx 0.693$, y
# propón dos remedios (al menos uno con una activación de esta unidad).

# %% [markdown] pregunta="pregunta_relu_muertas" puntos=2
# Una unidad muerta tiene $z \le 0$ en todos los ejemplos, así que su activación es 0 y su
# derivada $\text{ReLU}'(z) = 0$ en todos: su fila de $dZ$ es cero, y con ella su fila de $dW$ y
# su $db$. Sus parámetros no cambian nunca y sigue con $z \le 0$: no revive (el experimento de la
# sección 12 lo muestra: todas las unidades muertas tienen su fila de $dW$ exactamente nula).
#
# Si muere toda la última capa oculta, la salida es $\sigma(b^{[3]})$, la misma para todos los
# ejemplos. Lo mejor que puede hacer una predicción constante con dos clases equilibradas es 0.5,
# y el costo de predecir 0.5 es $-\ln 0.5 = \ln 2$. El culpable fue el paso demasiado grande
# ($\alpha = 5$), que empujó pesos y sesgos a una zona con $z < 0$ para todas las entradas.
#
# Remedios: una tasa de aprendizaje menor ($\alpha = 0.5$ funciona); leaky ReLU, cuya derivada
# $\beta = 0.01$ para $z < 0$ deja que la unidad se recupere; maxout; o un sesgo inicial pequeño y
# positivo, y vigilar la fracción de unidades muertas durante el entrenamiento.

# %% [markdown]
# ## 15. Para experimentar (sin calificación)
#
# - En la sección 9, usa `escala=np.sqrt(2 / N_OCULTA)` para la red ReLU (la inicialización de
#   He, unidad 8). ¿Qué pasa con sus normas? ¿Y con la red sigmoide?
# - Cambia `EXPERIMENTO_COMPLETO` a `True`: con 16 capas, ¿cuántos órdenes de magnitud pierde la
#   red sigmoide?
# - Entrena la red de los anillos con $\alpha = 5$ y otras semillas en `initRed`. ¿Muere siempre?
#   ¿A partir de qué tasa empieza a morir?
# - Multiplica `X_prof` por 10 en la sección 9 (entradas sin normalizar): ¿cambian las normas de
#   la red tanh?
# - Dibuja `leakyRelu` con `pendiente = 1` y con `pendiente = 2`. ¿Qué función es cada una? ¿Por
#   qué la fórmula $\max(\beta z, z)$ exige $\beta < 1$?

# %% [markdown]
# ## Referencias
#
# - Stanford CS231n, «Neural Networks Part 1: Setting up the Architecture», sección *Commonly
#   used activation functions*. https://cs231n.github.io/neural-networks-1/
# - I. Goodfellow, Y. Bengio y A. Courville (2016), *Deep Learning*, MIT Press, §6.3 «Hidden
#   Units». https://www.deeplearningbook.org/
# - Y. LeCun, L. Bottou, G. Orr y K.-R. Müller (1998), «Efficient BackProp», en *Neural Networks:
#   Tricks of the Trade*, Springer (§4.3, normalizar las entradas; §4.4, la sigmoide).
# - X. Glorot, A. Bordes e Y. Bengio (2011), «Deep Sparse Rectifier Neural Networks», *AISTATS*.
# - A. Maas, A. Hannun y A. Ng (2013), «Rectifier Nonlinearities Improve Neural Network Acoustic
#   Models», *ICML Workshop on Deep Learning for Audio, Speech and Language Processing* (leaky
#   ReLU).
# - I. Goodfellow, D. Warde-Farley, M. Mirza, A. Courville e Y. Bengio (2013), «Maxout Networks»,
#   *ICML*.
# - S. Raschka y V. Mirjalili (2017), *Python Machine Learning*, 2.ª ed., Packt (la tabla de
#   activaciones del curso).

# %% [markdown]
# # Unidad 11 · Optimización avanzada
#
# Hasta ahora todas las redes del curso aprendieron con la misma regla, el descenso de gradiente
# $\theta \leftarrow \theta - \alpha \nabla J(\theta)$, con una tasa de aprendizaje $\alpha$ fija
# y mini-lotes (unidades 2, 3, 9 y 10). En esta unidad escribes, con NumPy, las reglas que usan
# de verdad las bibliotecas de redes neuronales: **momento** (Polyak), **Nesterov**, **AdaGrad**,
# **RMSprop** y **Adam**, y los **programas de tasa de aprendizaje** que la bajan durante el
# entrenamiento. Todas se ponen a prueba con los mismos problemas: una cuadrática mal
# condicionada y la función de Rosenbrock, cuyas trayectorias dibujamos sobre las curvas de nivel
# (como en la unidad 2), y la red profunda de la unidad 6 en un subconjunto de MNIST.
#
# | función | qué hace | puntos |
# |---|---|---|
# | `trayectoria(paso, gradiente, theta0, estado0, iteraciones, hiper)` | aplica un optimizador paso a paso y guarda los puntos | 2 |
# | `pasoMomento(theta, grad, estado, lr, beta)` | SGD con momento (Polyak, 1964) | 2 |
# | `pasoNesterov(theta, grad, estado, lr, beta)` | momento de Nesterov (Sutskever et al., 2013) | 2 |
# | `pasoAdaGrad(theta, grad, estado, lr, eps)` | tasa por parámetro con la suma de los g² (Duchi et al., 2011) | 2 |
# | `pasoRMSprop(theta, grad, estado, lr, rho, eps)` | tasa por parámetro con una media móvil de los g² (Tieleman y Hinton, 2012) | 2 |
# | `pasoAdam(theta, grad, estado, lr, beta1, beta2, eps)` | Adam con corrección de sesgo (Kingma y Ba, 2015) | 3 |
# | `tasaEscalon`, `tasaExponencial`, `tasaInversa`, `tasaCoseno` | la tasa de cada época según cuatro programas | 1 + 1 + 1 + 1 |
# | `tasasPorActualizacion(programa, epocas, m, tamLote)` | la tasa de cada mini-lote: por época, no por lote | 2 |
# | dos preguntas escritas | la corrección de sesgo de Adam; qué optimizador y qué programa | 2 + 2 |
#
# **Cómo trabajar.** Escribe tu código donde dice `# TU CÓDIGO AQUÍ` (borra la línea
# `raise NotImplementedError()`), ejecuta la celda y luego la celda de prueba que la sigue. Las
# pruebas visibles revisan, en este orden, el **tipo**, la **forma**, los **valores** y los
# **errores típicos**, y te dicen en español qué está mal. Al calificar se ejecutan además pruebas
# ocultas con otras entradas (otras formas, otros estados, otros hiperparámetros, cadenas de
# varios pasos): escribe código general, no copies las salidas esperadas. Las gráficas y los
# entrenamientos de la unidad usan **tus** funciones.
#
# **Convención de formas.** Como en todo el curso, cada ejemplo es una **columna**: `X` tiene
# forma `(n_x, m)`, `W[l]` forma `(n_l, n_{l−1})` y `b[l]` forma `(n_l, 1)`. Las reglas de
# actualización trabajan **elemento a elemento** sobre un arreglo de parámetros `theta` de
# cualquier forma (un punto `(2,)` de los problemas de dos variables o una matriz `W1` de la red):
# su gradiente `grad` y todo lo que guardan en su estado tienen la forma de `theta`.
#
# **Sobre el material del curso.** Las diapositivas nombran este bloque en el plan de la unidad
# («10. Optimización avanzada», antes de «11. Regularización»; allí la normalización por lotes va
# antes, como bloque 9, y en este curso va después, en la unidad 12) y, de optimización, dicen lo
# de las unidades 2 y 3: cómo influye la tasa de aprendizaje y cómo se recorren los mini-lotes de
# una época. Todo lo demás de esta unidad está construido sobre las referencias del final: el
# capítulo 8 de Goodfellow, Bengio y Courville (*Deep Learning*, §8.3 y §8.5), los artículos
# originales de cada método (Polyak, 1964; Sutskever et al., 2013; Duchi et al., 2011; Tieleman y
# Hinton, 2012; Kingma y Ba, 2015) y las notas CS231n *Neural Networks Part 3*.

# %% fija="configuracion"
# %matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

from course import optimizacion as opt
from course.datos.mnist import cargar_mnist
from course.optimizacion import (probar_trayectoria, probar_pasoMomento, probar_pasoNesterov,
                                 probar_pasoAdaGrad, probar_pasoRMSprop, probar_pasoAdam,
                                 probar_tasaEscalon, probar_tasaExponencial, probar_tasaInversa,
                                 probar_tasaCoseno, probar_tasasPorActualizacion)

np.set_printoptions(precision=5, suppress=True)

# %% [markdown]
# Los entrenamientos de las secciones 9 y 10 usan 1 500 imágenes de MNIST y 8 épocas (unos
# segundos). Para la versión grande (todas las imágenes de entrenamiento y 20 épocas: unos
# minutos) cambia la bandera de la celda siguiente a `True` y vuelve a ejecutar el cuaderno.

# %%
ENTRENAMIENTO_COMPLETO = False

# %% [markdown]
# ## 1. Por qué no basta con el descenso de gradiente
#
# La diapositiva del curso lo resume así: el *learning rate* (la tasa de aprendizaje) «tiene que
# ser lo suficientemente pequeño para que la aproximación local que define la derivada sea
# correcta»; «si $\eta$ es demasiado grande, podríamos no encontrar el mínimo o incluso divergir
# a valores de $C$ mayores. Por otro lado, un valor demasiado pequeño haría que el algoritmo
# avanzara de forma muy lenta». (La diapositiva la llama $\eta$; en este curso es $\alpha$.) El
# problema es que en una red **no existe una sola tasa buena para todas las direcciones**.
#
# **Una cuadrática mal condicionada.** El ejemplo más simple:
#
# $$f(\theta) = \tfrac12\left(\theta_1^2 + 25\,\theta_2^2\right) = \tfrac12\,\theta^T H \theta,
# \qquad H = \begin{pmatrix} 1 & 0 \\ 0 & 25 \end{pmatrix}, \qquad \nabla f(\theta) = H\theta =
# (\theta_1,\; 25\,\theta_2).$$
#
# Es un valle 25 veces más curvo a lo ancho ($\theta_2$) que a lo largo ($\theta_1$): su
# **número de condición** es $\kappa = \lambda_{\max}/\lambda_{\min} = 25$. Un paso de descenso de
# gradiente multiplica cada coordenada por su propio factor,
# $\theta_i \leftarrow (1 - \alpha\lambda_i)\,\theta_i$: converge solo si $|1 - \alpha\lambda_i| < 1$
# para las dos, es decir, si $\alpha < 2/\lambda_{\max} = 0.08$. Con una $\alpha$ así de pequeña,
# a lo largo del valle el factor es $1 - \alpha \cdot 1 > 0.92$: se avanza muy despacio. La mejor
# tasa posible, $\alpha = 2/(\lambda_{\min} + \lambda_{\max}) = 1/13$, reduce el error por un
# factor $(\kappa - 1)/(\kappa + 1) = 12/13 \approx 0.92$ en cada paso. Es lo que Goodfellow et al.
# (§8.2.1) llaman **mal condicionamiento**, y en una red, con millones de parámetros, las
# curvaturas de las distintas direcciones difieren en muchos órdenes de magnitud.
#
# **La función de Rosenbrock**, $f(x, y) = (1 - x)^2 + 100\,(y - x^2)^2$, es el otro problema de
# prueba clásico: su mínimo $f = 0$ está en $(1, 1)$, al fondo de un valle estrecho y **curvo**
# (la parábola $y = x^2$). Lo difícil no es bajar al valle, sino avanzar por él: la dirección del
# gradiente apunta casi siempre hacia las paredes. Los dos problemas y sus gradientes están
# dados:

# %% dada="cuadratica"

# %% dada="gradienteCuadratica"

# %% dada="rosenbrock"

# %% dada="gradienteRosenbrock"

# %% [markdown]
# Como siempre, un gradiente escrito a mano se comprueba con el gradiente numérico (diferencias
# centrales, como en la unidad 6):

# %%
opt.verificar_gradientes_problemas();

# %% [markdown]
# ## 2. Un optimizador, un paso a la vez
#
# Todos los métodos de esta unidad tienen la misma forma: en cada iteración reciben los
# parámetros $\theta$, su gradiente $g = \nabla J(\theta)$ y lo que recuerdan de los pasos
# anteriores, y dan un paso. Ese recuerdo es su **estado**: una velocidad, una suma de
# cuadrados, dos momentos. En esta unidad el estado es **explícito**, un diccionario que entra y
# sale de cada paso:
#
# ```python
# theta_nuevo, estado_nuevo = paso(theta, grad, estado, lr, ...)
# ```
#
# - `theta`, `grad`: arreglos de la misma forma (cualquiera).
# - `estado`: diccionario con arreglos de la forma de `theta` (y, en Adam, el entero `t`).
# - `lr`: la tasa de aprendizaje α (en el código, `lr`, como en las unidades 9 y 10); los demás
#   argumentos son los hiperparámetros de cada método.
# - Devuelve arreglos **nuevos** y un diccionario **nuevo**: **no modifica** nada de lo que
#   recibe (ni `theta -= ...`, ni `estado["v"] = ...`). Quien llama sigue usando lo que le pasó:
#   `trayectoria` guarda cada θ, y el estado anterior sirve para repetir o comparar un paso.
#
# Es la interfaz del `optim.py` de CS231n. Para una red se aplica a **cada parámetro** (`W1`,
# `b1`, …) con **su propio estado**. El descenso de gradiente simple ya escrito así, sin estado,
# y el estado inicial de cada optimizador (todo en cero):

# %% dada="pasoSGD"

# %% dada="estadoInicial"

# %% [markdown]
# ### Ejercicio 1 · `trayectoria` (2 puntos)
#
# Escribe `trayectoria(paso, gradiente, theta0, estado0, iteraciones, hiper)`, que parte de
# `theta0` (forma `(n,)`) con el estado `estado0` y da `iteraciones` pasos. En cada iteración:
#
# 1. calcula el gradiente en el punto **actual**, `g = gradiente(theta)`;
# 2. da el paso, `theta, estado = paso(theta, g, estado, **hiper)`: `hiper` es un diccionario de
#    hiperparámetros (`{"lr": 0.1, "beta": 0.9}`) y `**hiper` los pasa todos por nombre;
# 3. **conserva el estado** que devolvió el paso: el siguiente paso lo necesita.
#
# Devuelve `(puntos, estado)`: `puntos` es un arreglo `(iteraciones + 1, n)` con `theta0` en la
# fila 0 y el punto después de cada paso en las siguientes, y `estado` el estado después del
# último paso. (Como en la unidad 2: cada fila debe ser un arreglo distinto, el `theta` nuevo que
# devuelve el paso.)
#
# La prueba usa `pasoPromedio`, un optimizador de juguete (no es ninguno de los de la unidad) que
# se mueve con el **promedio** de todos los gradientes vistos: su estado guarda su suma y cuántos
# van. Si el estado no se conserva, `pasoPromedio` se convierte en SGD y la prueba lo nota.

# %% dada="pasoPromedio"

# %% [markdown]
# **Salida esperada** (4 pasos de `pasoPromedio` sobre la cuadrática desde $(-4, 1)$ con
# `hiper = {"lr": 0.05, "escala": 2.0}`):
#
# ```
# puntos = [[-4.       1.     ]
#           [-3.6     -1.5    ]
#           [-3.22    -0.875  ]
#           [-2.85933  0.27083]
#           [-2.51735  0.96094]]      estado = {"suma": [-13.67933, -27.60417], "n": 4}
# ```
#
# y con `iteraciones = 0`, solo `theta0` (forma `(1, 2)`) y el estado inicial.

# %% ejercicio="trayectoria" puntos=2

# %% [markdown]
# **La tasa de aprendizaje, otra vez.** Con **tu** `trayectoria` y el `pasoSGD` dado: tres tasas
# en la cuadrática, una pequeña, una justo por debajo del límite $2/\lambda_{\max} = 0.08$ y una
# justo por encima. Es la afirmación de la diapositiva, ahora con números: la celda comprueba que
# por debajo del límite SGD converge y por encima diverge.

# %%
theta0 = opt.INICIO["cuadratica"]
tasas_sgd = (0.02, 0.075, 0.085)
trayectorias_sgd = {}
for alpha in tasas_sgd:
    puntos, _ = trayectoria(pasoSGD, gradienteCuadratica, theta0, {}, 40, {"lr": alpha})
    trayectorias_sgd[f"SGD, α = {alpha}"] = puntos
opt.comprobar_limite_sgd(trayectorias_sgd, tasas_sgd, limite=2 / 25)
opt.graficar_trayectorias("cuadratica", trayectorias_sgd, valores=False);

# %% [markdown]
# Con $\alpha = 0.02$ el punto avanza despacio a lo largo del valle (tras 40 pasos, $\theta_1$
# sigue cerca de $-1.8$); con $\alpha = 0.075$ baja rápido a lo ancho, pero **zigzaguea**: en $\theta_2$ el factor es $1 - 0.075 \cdot 25 = -0.875$,
# que cambia de signo en cada paso. Con $\alpha = 0.085$ el factor es $-1.125$: cada zigzag es
# más grande que el anterior y $f$ crece sin límite.
#
# ## 3. Momento (Polyak, 1964)
#
# La idea del **método de la bola pesada** (*heavy ball*) de Polyak: en vez de moverse en la
# dirección del gradiente de este paso, acumular una **velocidad** que recuerda los anteriores,
#
# $$v \leftarrow \beta\, v - \alpha\, g, \qquad \theta \leftarrow \theta + v,$$
#
# con $\beta \in [0, 1)$ (típicamente 0.9) y $v = 0$ al principio. Es el Algoritmo 8.2 de
# Goodfellow et al. (§8.3.2) y la forma de CS231n. En el zigzag, los gradientes a lo ancho del
# valle cambian de signo en cada paso y se **cancelan** en $v$; a lo largo del valle apuntan
# siempre hacia el mismo lado y se **suman**. Si el gradiente fuera siempre el mismo, $v$
# tendería a $-\alpha g/(1 - \beta)$: con $\beta = 0.9$, un paso 10 veces mayor que el de SGD
# (la «velocidad terminal» de Goodfellow et al.). La analogía física de CS231n: una bola que rueda
# por la superficie del costo, con $1 - \beta$ como rozamiento.
#
# > **Una sola convención.** Hay varias formas de escribir el momento. En PyTorch,
# > $v \leftarrow \beta v + g$ y $\theta \leftarrow \theta - \alpha v$ (su $v$ es la nuestra dividida
# > entre $-\alpha$); en otros cursos, $v \leftarrow \beta v + (1 - \beta) g$ y
# > $\theta \leftarrow \theta - \alpha v$, que además reparte el peso de otra forma. Con $\alpha$ y
# > $\beta$ fijos las dos primeras dan los mismos θ; la tercera no. En esta unidad la velocidad es
# > el **desplazamiento**: $v \leftarrow \beta v - \alpha g$ y $\theta \leftarrow \theta + v$, y las
# > pruebas revisan también la $v$ que guardas.
#
# ### Ejercicio 2 · `pasoMomento` (2 puntos)
#
# Escribe `pasoMomento(theta, grad, estado, lr, beta=0.9)`, con `estado = {"v": velocidad}`, que
# devuelva `(theta_nuevo, {"v": velocidad_nueva})`.
#
# **Salida esperada:** desde $\theta = (1, -2)$ con $v = 0$, `lr = 0.1` y $\beta = 0.9$ por
# defecto, los gradientes $g_1 = (0.5, -1)$ y $g_2 = (0.3, 0.2)$ dan $v_1 = (-0.05, 0.1)$,
# $\theta_1 = (0.95, -1.9)$, y $v_2 = 0.9\,v_1 - 0.1\,g_2 = (-0.075, 0.07)$,
# $\theta_2 = (0.875, -1.83)$. La prueba empieza además desde una velocidad no nula.

# %% ejercicio="pasoMomento" puntos=2

# %% [markdown]
# **El contrato de los pasos.** La celda siguiente (bloqueada) envuelve tu `pasoMomento` con
# `opt.vigilar_paso`: desde aquí, cada llamada comprueba que `theta`, `grad` y el diccionario
# `estado` que recibió queden iguales y, si tu función los modificó, falla diciendo qué cambió.
# Es lo que hace también el calificador. El error típico es
# `estado["v"] = beta * estado["v"] - lr * grad` seguido de `theta += estado["v"]`: funciona
# en un bucle, pero cambia el estado y el punto de quien llama.

# %% fija="vigilar_pasoMomento"
pasoMomento = opt.vigilar_paso(pasoMomento)

# %% [markdown]
# ## 4. El momento de Nesterov (Sutskever et al., 2013)
#
# Sutskever, Martens, Dahl y Hinton (2013) escribieron el método del gradiente acelerado de
# Nesterov (1983) como una variante del momento: primero se da el salto que ya lleva la velocidad
# y **después** se mira el gradiente, en el punto adelantado $\theta + \beta v$:
#
# $$v \leftarrow \beta\, v - \alpha\, \nabla J(\theta + \beta v), \qquad \theta \leftarrow \theta + v.$$
#
# Si la velocidad nos lleva a subir por la otra pared del valle, el gradiente en el punto
# adelantado ya lo «ve» y frena antes: oscila menos que el momento clásico (Goodfellow et al.,
# §8.3.3, Algoritmo 8.3).
#
# **Un cambio de variable.** Tal como está, la regla pide el gradiente en un punto que no es
# $\theta$, y nuestra interfaz recibe el gradiente en los parámetros que se guardan. La solución de
# Bengio, Boulanger-Lewandowski y Pascanu (2013), la que usan CS231n y las bibliotecas, es guardar
# directamente el punto adelantado, $\phi = \theta + \beta v$. Con la velocidad que llega, $v$, y
# la nueva, $v' = \beta v - \alpha \nabla J(\phi)$:
#
# $$\phi' = \theta' + \beta v' = (\theta + v') + \beta v' = (\phi - \beta v) + (1 + \beta)\, v' .$$
#
# Así que, con `theta` $= \phi$ y el gradiente calculado ahí:
#
# $$v' = \beta\, v - \alpha\, g, \qquad \theta \leftarrow \theta - \beta\, v + (1 + \beta)\, v' .$$
#
# (Es lo mismo que $\theta \leftarrow \theta + \beta v' - \alpha g$.) Al terminar, $\phi$ y
# $\theta$ difieren en $\beta v$, que tiende a 0 cerca del mínimo.
#
# ### Ejercicio 3 · `pasoNesterov` (2 puntos)
#
# Escribe `pasoNesterov(theta, grad, estado, lr, beta=0.9)`, con la forma del cambio de variable y
# `estado = {"v": velocidad}`.
#
# **Salida esperada:** con los mismos $\theta_0$, $g_1$, $g_2$ y `lr = 0.1` del ejercicio 2, las
# velocidades son las mismas que con el momento clásico, pero los puntos no:
# $\theta_1 = (0.905, -1.81)$ y $\theta_2 = (0.8075, -1.767)$.

# %% ejercicio="pasoNesterov" puntos=2

# %% fija="vigilar_pasoNesterov"
pasoNesterov = opt.vigilar_paso(pasoNesterov)

# %% [markdown]
# **En la cuadrática.** SGD con su mejor tasa contra el momento y Nesterov con $\alpha = 0.02$ y
# $\beta = 0.8$, 60 pasos desde el mismo punto:

# %%
theta0 = opt.INICIO["cuadratica"]
configuraciones = {
    "SGD, α = 0.075": (pasoSGD, {"lr": 0.075}),
    "momento, α = 0.02, β = 0.8": (pasoMomento, {"lr": 0.02, "beta": 0.8}),
    "Nesterov, α = 0.02, β = 0.8": (pasoNesterov, {"lr": 0.02, "beta": 0.8}),
}
trayectorias = {}
for nombre, (paso, hiper) in configuraciones.items():
    trayectorias[nombre], _ = trayectoria(paso, gradienteCuadratica, theta0,
                                          estadoInicial(paso, theta0), 60, hiper)
opt.graficar_trayectorias("cuadratica", trayectorias, valores=False);

# %% [markdown]
# **¿Cuánto acelera el momento?** Para una cuadrática se sabe la respuesta (Polyak, 1964): con
# $\alpha = 4/(\sqrt{\lambda_{\max}} + \sqrt{\lambda_{\min}})^2$ y
# $\beta = \left(\frac{\sqrt\kappa - 1}{\sqrt\kappa + 1}\right)^2$, el error se reduce por un
# factor cercano a $\frac{\sqrt\kappa - 1}{\sqrt\kappa + 1}$ en cada paso, en vez de
# $\frac{\kappa - 1}{\kappa + 1}$: aquí, $2/3$ en vez de $12/13$. El momento cambia $\kappa$ por
# $\sqrt\kappa$, y con $\kappa$ grande esa es toda la diferencia. Con tus funciones, los pasos que
# necesita cada uno para bajar $f$ de $20.5$ a menos de $10^{-10}$:

# %%
lam_min, lam_max = 1.0, 25.0
kappa = lam_max / lam_min
alpha_sgd = 2 / (lam_min + lam_max)
alpha_polyak = 4 / (np.sqrt(lam_max) + np.sqrt(lam_min)) ** 2
beta_polyak = ((np.sqrt(kappa) - 1) / (np.sqrt(kappa) + 1)) ** 2
for nombre, paso, hiper in (("SGD", pasoSGD, {"lr": alpha_sgd}),
                            ("momento", pasoMomento, {"lr": alpha_polyak, "beta": beta_polyak})):
    puntos, _ = trayectoria(paso, gradienteCuadratica, theta0, estadoInicial(paso, theta0), 300,
                            hiper)
    print(f"{nombre:>8} ({', '.join(f'{k} = {v:.4f}' for k, v in hiper.items())}): "
          f"{opt.pasos_hasta(puntos, 'cuadratica', 1e-10)} pasos")

# %% [markdown]
# **Salida esperada:** 163 pasos con SGD y 43 con el momento. Los 163 son exactamente lo que da
# la teoría: $f$ se multiplica por $(12/13)^2$ en cada paso y
# $\ln(10^{-10}/20.5)\,/\,\ln\!\left((12/13)^2\right) \approx 163$. Con el factor $2/3$ el
# momento necesitaría unos 32; tarda algo más porque, con esos parámetros (los que amortiguan
# justo lo necesario), el error baja como $k\,(2/3)^k$ y no como $(2/3)^k$. Aun así, casi cuatro
# veces menos pasos.

# %% [markdown]
# ## 5. Una tasa para cada parámetro: AdaGrad y RMSprop
#
# El momento sigue usando la misma $\alpha$ en todas las direcciones. La otra familia de métodos
# **adapta la tasa de cada parámetro** a la historia de su propio gradiente: los parámetros con
# gradientes grandes dan pasos más cortos y los de gradientes pequeños, más largos.
#
# **AdaGrad** (Duchi, Hazan y Singer, 2011; Goodfellow et al., Algoritmo 8.4) acumula los
# cuadrados de los gradientes desde el principio, elemento a elemento, y divide por su raíz:
#
# $$r \leftarrow r + g \odot g, \qquad \theta \leftarrow \theta - \alpha\, \frac{g}{\sqrt{r} + \varepsilon}.$$
#
# Como $r$ solo crece, la tasa efectiva $\alpha/\sqrt{r}$ de cada parámetro solo baja: bien para
# problemas convexos, pero en una red puede frenar el aprendizaje demasiado pronto (Goodfellow et
# al., §8.5.1).
#
# **RMSprop** (Tieleman y Hinton, 2012, lección 6.5 de su curso; Goodfellow et al., Algoritmo
# 8.5) cambia la suma por una **media móvil exponencial**, que olvida los gradientes viejos:
#
# $$r \leftarrow \rho\, r + (1 - \rho)\, g \odot g, \qquad \theta \leftarrow \theta - \alpha\, \frac{g}{\sqrt{r} + \varepsilon},$$
#
# con $\rho = 0.9$, el valor de Tieleman y Hinton. Las dos empiezan con $r = 0$.
#
# **Para qué está ε y dónde va.** $\varepsilon$ (por defecto $10^{-8}$) evita dividir entre cero.
# No es un caso raro: en MNIST los píxeles del borde valen 0 en todas las imágenes, así que los
# pesos que salen de ellos tienen gradiente **exactamente** 0 y su $r$ se queda en 0; sin
# $\varepsilon$, su paso es $0/0$ = NaN, y un solo NaN contamina toda la red en el paso siguiente.
# En esta unidad $\varepsilon$ va **fuera** de la raíz, $\sqrt{r} + \varepsilon$, como en CS231n,
# PyTorch y el artículo de Adam.
#
# > **Nota sobre las referencias.** Goodfellow et al. escriben AdaGrad con $\delta$ fuera de la raíz
# > ($\delta + \sqrt r$, con $\delta = 10^{-7}$), pero RMSprop con $\delta$ **dentro**
# > ($\sqrt{\delta + r}$, con $\delta = 10^{-6}$). Las dos variantes funcionan, pero no dan los
# > mismos números: con gradientes diminutos la diferencia es grande ($\sqrt{10^{-8}} = 10^{-4}$,
# > diez mil veces más que $10^{-8}$). Las pruebas siguen la convención de esta unidad e incluyen
# > un gradiente de $10^{-6}$ y uno nulo.
#
# ### Ejercicios 4 y 5 · `pasoAdaGrad` y `pasoRMSprop` (2 puntos cada una)
#
# Escribe `pasoAdaGrad(theta, grad, estado, lr, eps=1e-8)` y
# `pasoRMSprop(theta, grad, estado, lr, rho=0.9, eps=1e-8)`, las dos con `estado = {"r": ...}` y
# con la $r$ **nueva** en el denominador. Todas las operaciones son elemento a elemento (`**`,
# `np.sqrt`, `/`).
#
# **Salida esperada** (los mismos $\theta_0$, $g_1$, $g_2$ y `lr = 0.1`): AdaGrad da
# $r_1 = (0.25, 1)$, $\theta_1 = (0.9, -1.9)$ (el primer paso mide exactamente α en cada
# coordenada: $g/\sqrt{g^2} = \pm 1$), y $r_2 = (0.34, 1.04)$, $\theta_2 = (0.84855, -1.91961)$.
# RMSprop da $r_1 = (0.025, 0.1)$, $\theta_1 = (0.68377, -1.68377)$: ¡pasos de $\alpha/\sqrt{0.1}$!
# Con $r = 0$ al principio, la media móvil subestima $g^2$ durante los primeros pasos. Adam
# corregirá justamente eso.

# %% ejercicio="pasoAdaGrad" puntos=2

# %% fija="vigilar_pasoAdaGrad"
pasoAdaGrad = opt.vigilar_paso(pasoAdaGrad)

# %% ejercicio="pasoRMSprop" puntos=2

# %% fija="vigilar_pasoRMSprop"
pasoRMSprop = opt.vigilar_paso(pasoRMSprop)

# %% [markdown]
# ## 6. Adam (Kingma y Ba, 2015)
#
# **Adam** (*adaptive moment estimation*) junta las dos ideas: una media móvil de los gradientes
# (el **primer momento** $m$, como el momento) y otra de sus cuadrados (el **segundo momento**
# $v$, como RMSprop), y corrige el sesgo que les da empezar en cero. Es el Algoritmo 1 del
# artículo (Goodfellow et al. lo presentan como Algoritmo 8.7), con $t$ el número de pasos dados:
#
# $$\begin{aligned}
# t &\leftarrow t + 1 \\
# m &\leftarrow \beta_1\, m + (1 - \beta_1)\, g \\
# v &\leftarrow \beta_2\, v + (1 - \beta_2)\, g \odot g \\
# \hat m &= m / (1 - \beta_1^{\,t}) \\
# \hat v &= v / (1 - \beta_2^{\,t}) \\
# \theta &\leftarrow \theta - \alpha\, \hat m / (\sqrt{\hat v} + \varepsilon)
# \end{aligned}$$
#
# con los valores por defecto del artículo: $\alpha = 0.001$, $\beta_1 = 0.9$,
# $\beta_2 = 0.999$, $\varepsilon = 10^{-8}$, y $m = v = 0$, $t = 0$ al principio.
#
# **La corrección de sesgo** (§3 del artículo). Con $m_0 = 0$, tras $t$ pasos
# $m_t = (1 - \beta_1)\sum_{i=1}^{t} \beta_1^{\,t-i} g_i$: si los gradientes fueran todos iguales a
# $g$, $m_t = (1 - \beta_1^{\,t})\, g$. En el primer paso $m_1 = 0.1\,g$ y $v_1 = 0.001\,g^2$: las
# dos medias están sesgadas hacia cero, y mucho más la segunda. Dividir entre $1 - \beta^t$ lo
# deshace exactamente. La corrección **solo sirve para calcular el paso**: el estado guarda $m$ y
# $v$ sin corregir (si guardaras $\hat m$, el paso siguiente la volvería a aplicar sobre un valor
# ya corregido).
#
# > **Nota sobre el artículo.** La sección 2 da una versión «más eficiente, a costa de la
# > claridad», que junta las dos correcciones en la tasa,
# > $\alpha_t = \alpha\sqrt{1 - \beta_2^t}/(1 - \beta_1^t)$, y usa $m$ y $v$ sin corregir. Es casi
# > la misma, pero con su $\hat\varepsilon$ en otro lugar: no da los mismos números con gradientes
# > diminutos. El ejercicio pide el Algoritmo 1, literal.
#
# **Salida esperada: la secuencia calculada a mano.** Desde $\theta_0 = (1, -2)$, con
# $m = v = 0$, $t = 0$, `lr = 0.1` y los demás hiperparámetros por defecto:
#
# | | paso 1, $g_1 = (0.5, -1)$ | paso 2, $g_2 = (0.3, 0.2)$ |
# |---|---|---|
# | $t$ | 1 | 2 |
# | $m = 0.9\,m + 0.1\,g$ | $(0.05, -0.1)$ | $(0.045 + 0.03,\; -0.09 + 0.02) = (0.075, -0.07)$ |
# | $v = 0.999\,v + 0.001\,g^2$ | $(0.00025, 0.001)$ | $(0.00033975, 0.001039)$ |
# | $\hat m = m/(1 - 0.9^t)$ | $m/0.1 = (0.5, -1) = g_1$ | $m/0.19 = (0.39474, -0.36842)$ |
# | $\hat v = v/(1 - 0.999^t)$ | $v/0.001 = (0.25, 1) = g_1^2$ | $v/0.001999 = (0.16996, 0.51976)$ |
# | $\alpha\,\hat m/(\sqrt{\hat v} + \varepsilon)$ | $(0.1, -0.1)$ | $0.1 \cdot (0.39474/0.41226,\; -0.36842/0.72094) = (0.09575, -0.05110)$ |
# | $\theta$ | $(0.9, -1.9)$ | $(0.80425, -1.84890)$ |
#
# (El primer paso de Adam mide α en cada coordenada, cualquiera que sea el tamaño del gradiente:
# $\hat m/\sqrt{\hat v} = g/|g|$. Con $\varepsilon$ es $(0.900000002, -1.900000001)$.)
#
# ### Ejercicio 6 · `pasoAdam` (3 puntos)
#
# Escribe `pasoAdam(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8)`, con
# `estado = {"m": ..., "v": ..., "t": ...}`, que devuelva `(theta_nuevo, {"m": ..., "v": ...,
# "t": t + 1})`. La prueba visible comprueba la secuencia de la tabla, con el estado que devuelve
# tu primer paso como entrada del segundo, y un paso desde $t = 2$ con un gradiente diminuto y uno
# nulo.

# %% ejercicio="pasoAdam" puntos=3

# %% fija="vigilar_pasoAdam"
pasoAdam = opt.vigilar_paso(pasoAdam)

# %% [markdown]
# ## 7. Los seis optimizadores en los dos problemas
#
# Las mismas condiciones para todos: el mismo punto de partida y el mismo número de pasos, cada
# uno con una tasa elegida a mano para que se vea cómo se mueve (no con la mejor posible). El
# círculo marca dónde termina cada uno. Primero la cuadrática, 300 pasos:

# %%
def comparar(problema, configuraciones, pasos):
    """Las trayectorias de cada optimizador desde el punto de partida del problema."""
    gradiente = {"cuadratica": gradienteCuadratica, "rosenbrock": gradienteRosenbrock}[problema]
    theta0 = opt.INICIO[problema]
    resultado = {}
    for nombre, (paso, hiper) in configuraciones.items():
        resultado[nombre], _ = trayectoria(paso, gradiente, theta0, estadoInicial(paso, theta0),
                                           pasos, hiper)
    return resultado


# %%
en_la_cuadratica = comparar("cuadratica", {
    "SGD, α = 0.075": (pasoSGD, {"lr": 0.075}),
    "momento, α = 0.02": (pasoMomento, {"lr": 0.02, "beta": 0.8}),
    "Nesterov, α = 0.02": (pasoNesterov, {"lr": 0.02, "beta": 0.8}),
    "AdaGrad, α = 0.5": (pasoAdaGrad, {"lr": 0.5}),
    "RMSprop, α = 0.1": (pasoRMSprop, {"lr": 0.1}),
    "Adam, α = 0.2": (pasoAdam, {"lr": 0.2}),
}, pasos=300)
opt.graficar_trayectorias("cuadratica", en_la_cuadratica)
print("RMSprop, los últimos 4 puntos:\n", en_la_cuadratica["RMSprop, α = 0.1"][-4:])

# %% [markdown]
# Los tres métodos adaptativos no zigzaguean al principio: dividir cada coordenada por la raíz de
# su propia media de $g^2$ iguala las dos direcciones del valle (aquí el valle está alineado con
# los ejes; con un valle en diagonal, que mezcla las coordenadas, la ayuda es menor). RMSprop, en
# cambio, no se queda en el mínimo: llega muy cerca (hacia el paso 70, $f \approx 10^{-9}$) y
# luego se vuelve a alejar, hasta terminar saltando de $-0.05$ a $+0.05$ en cada coordenada (sus
# últimos puntos están impresos arriba). El motivo: $g/\sqrt{r}$ no se achica cuando el
# gradiente se achica (si $g$ se divide entre 10, tras unos pasos $\sqrt r$ también), así que sus
# pasos siguen midiendo del orden de $\alpha = 0.1$ por cerca que esté. Para quedarse hay que
# **bajar α** (sección 8). Adam, con la misma normalización, aquí sí se queda (su media de los
# gradientes amortigua el rebote), y AdaGrad frena solo, porque su $r$ no deja de crecer.
#
# Ahora Rosenbrock, 600 pasos desde $(-1.2, 1)$:

# %%
en_rosenbrock = comparar("rosenbrock", {
    "SGD, α = 0.001": (pasoSGD, {"lr": 0.001}),
    "momento, α = 0.001": (pasoMomento, {"lr": 0.001, "beta": 0.9}),
    "Nesterov, α = 0.001": (pasoNesterov, {"lr": 0.001, "beta": 0.9}),
    "AdaGrad, α = 0.5": (pasoAdaGrad, {"lr": 0.5}),
    "RMSprop, α = 0.01": (pasoRMSprop, {"lr": 0.01}),
    "Adam, α = 0.05": (pasoAdam, {"lr": 0.05}),
}, pasos=600)
opt.graficar_trayectorias("rosenbrock", en_rosenbrock);

# %% [markdown]
# Todos bajan enseguida al valle; la diferencia está en cómo lo recorren. En el fondo del valle,
# cerca del mínimo, las curvaturas (los valores propios de la hessiana en $(1, 1)$) son $1001.6$
# y $0.4$: $\kappa \approx 2500$, cien veces peor que nuestra cuadrática. SGD necesita
# $\alpha < 2/1001.6 \approx 0.002$ para no salir disparado contra las paredes, y con esa tasa
# avanza a lo largo del valle a paso de tortuga. El momento acumula velocidad a lo largo del valle
# y llega mucho más lejos con la misma α. Los adaptativos dan pasos de tamaño parecido a α en
# cualquier zona, empinada o plana. Ninguno es el mejor en todo: depende del problema y, sobre
# todo, de la tasa (en la gráfica de $f$, mira también qué pasa después de los 600 pasos si
# cambias `pasos=600` por `pasos=1500`).

# %% [markdown]
# ## 8. Programas de tasa de aprendizaje
#
# La diapositiva del laboratorio describe los dos extremos: con una *learning rate* baja
# «necesita muchas Epoch»; con una alta, «no llegamos a una solución óptima». Con mini-lotes, el
# gradiente es una estimación ruidosa (la «encuesta electoral» de la diapositiva de SGD): con
# $\alpha$ constante, el punto no se detiene en el mínimo sino que se queda **vagando** a su
# alrededor, a una distancia que crece con $\alpha$. La solución práctica es empezar con una
# tasa alta y **bajarla** durante el entrenamiento. Goodfellow et al. (§8.3.1) dan la condición
# suficiente para que SGD converja, $\sum_k \alpha_k = \infty$ y $\sum_k \alpha_k^2 < \infty$, y
# CS231n describe los programas habituales. Con $e = 0, 1, 2, \dots$ la época (la primera es la
# 0) y $\alpha_0$ la tasa inicial:
#
# | programa | $\alpha(e)$ | parámetros |
# |---|---|---|
# | escalones (*step decay*) | $\alpha_0 \cdot \text{factor}^{\lfloor e / \text{cada} \rfloor}$ | cada cuántas épocas, y por cuánto (p. ej. 0.1) |
# | exponencial | $\alpha_0 \exp(-k\,e)$ | $k$ |
# | inverso, $1/t$ | $\alpha_0 / (1 + k e)$ | $k$ |
# | coseno (Loshchilov y Hutter, 2017) | $\alpha_{\min} + \tfrac12(\alpha_0 - \alpha_{\min})\left(1 + \cos\frac{\pi e}{E}\right)$ | $E$, el número total de épocas, y $\alpha_{\min}$ |
#
# El banco de pruebas de MNIST del curso (el que compara la red de la unidad 10 con PyTorch) usa
# un escalón: $\alpha_0$
# durante los primeros $3/4$ de las épocas y $\alpha_0/10$ en el último cuarto, porque con una
# tasa constante la exactitud final oscila según la época en que se corte. Es
# `tasaEscalon(α0, e, cada=⌊3E/4⌋)`.
#
# ### Ejercicios 7 a 10 · `tasaEscalon`, `tasaExponencial`, `tasaInversa`, `tasaCoseno` (1 punto cada una)
#
# Escribe `tasaEscalon(alpha0, epoca, cada, factor=0.1)`, `tasaExponencial(alpha0, epoca, k)`,
# `tasaInversa(alpha0, epoca, k)` y `tasaCoseno(alpha0, epoca, epocas, alpha_min=0.0)`: cada una
# devuelve la tasa de la época `epoca` como un `float`. En `tasaEscalon`, $\lfloor e/\text{cada}
# \rfloor$ es la división entera `epoca // cada`.
#
# **Salida esperada:** `tasaEscalon(0.5, 25, 10)` $= 0.5 \cdot 0.1^2 = 0.005$;
# `tasaExponencial(0.2, 5, 0.1)` $= 0.2 \exp(-0.5) = 0.12131$;
# `tasaInversa(0.2, 4, 0.5)` $= 0.2/3 = 0.066667$; `tasaCoseno(0.1, 3, 10, 0.001)` $= 0.079595$.
# Las cuatro valen $\alpha_0$ en la época 0, y el coseno vale $\frac12(\alpha_0 + \alpha_{\min})$
# a mitad de camino, en $e = E/2$.

# %% ejercicio="tasaEscalon" puntos=1

# %% ejercicio="tasaExponencial" puntos=1

# %% ejercicio="tasaInversa" puntos=1

# %% ejercicio="tasaCoseno" puntos=1

# %% [markdown]
# ### Por época, no por mini-lote
#
# Recuerda el bucle de la diapositiva de SGD:
#
# ```
# for epoch = 1 to num_epochs:
#     mientras queden training examples por ver en la epoch:
#         1. elegir una batch de m elementos no utilizados en la epoch
#         2. calcular gradientes de los parámetros y aplicar SGD
# ```
#
# Una época tiene $\lceil m / \text{tamLote} \rceil$ actualizaciones: con los 10 240 ejemplos y
# mini-lotes de 512 de la pregunta de la diapositiva, 20; con las 60 000 imágenes de MNIST y
# lotes de 64 del registro de Keras que muestra («938/938»), $60\,000/64 = 937.5$, es decir, 938
# (el último mini-lote, de 32 imágenes, también es una actualización). El programa cambia la
# tasa **de época en época**: todas las actualizaciones de una época usan la misma. Dos contadores
# distintos conviven en un entrenamiento: Adam cuenta sus pasos $t$ por **actualización** (en 20
# épocas de MNIST, $t$ llega a 18 760), y el programa cuenta **épocas** (llega a 19). Aplicar el
# programa con el número de actualización en vez de la época lo acelera 938 veces. (La
# diapositiva cuenta las épocas desde 1; en el código del curso, con `range`, y en los programas
# de esta unidad, la primera es la 0, la que usa $\alpha_0$.)
#
# ### Ejercicio 11 · `tasasPorActualizacion` (2 puntos)
#
# Escribe `tasasPorActualizacion(programa, epocas, m, tamLote)`, que recibe una función
# `programa(epoca)` → tasa y devuelve un arreglo 1-D con la tasa de **cada actualización** de un
# entrenamiento de `epocas` épocas con `m` ejemplos en mini-lotes de `tamLote`: de forma
# `(epocas · ⌈m / tamLote⌉,)`, con la actualización `k` en la época `k // ⌈m / tamLote⌉`
# (`np.repeat` repite cada elemento; `-(-m // tamLote)` o `math.ceil(m / tamLote)` dan el techo).
#
# **Salida esperada:** con `opt.tasaDePrueba` (un programa de juguete: 0.05, 0.08, 0.11, … en las
# épocas 0, 1, 2, …), 3 épocas y los 10 240 ejemplos en lotes de 512, un arreglo de forma
# `(60,)`: veinte veces 0.05, veinte 0.08 y veinte 0.11. Con 60 000 ejemplos en lotes de 64 y 2
# épocas, forma `(1876,)`.

# %% ejercicio="tasasPorActualizacion" puntos=2

# %% [markdown]
# Los cuatro programas, con **tus** funciones, para el entrenamiento de la sección 10
# ($\alpha_0 = 0.2$ y 1 500 ejemplos en mini-lotes de 64: 24 actualizaciones por época),
# actualización por actualización:

# %%
EPOCAS = 20 if ENTRENAMIENTO_COMPLETO else 8
ALPHA0, TAM_LOTE = 0.2, 64
PROGRAMAS = {
    "constante": None,
    "escalón (×0.1 en el último cuarto)":
        lambda e: tasaEscalon(ALPHA0, e, cada=max(1, 3 * EPOCAS // 4)),
    "exponencial, k = 0.1": lambda e: tasaExponencial(ALPHA0, e, 0.1),
    "1/t, k = 0.2": lambda e: tasaInversa(ALPHA0, e, 0.2),
    "coseno": lambda e: tasaCoseno(ALPHA0, e, EPOCAS),
}
opt.graficar_programas({nombre: tasasPorActualizacion(programa or (lambda e: ALPHA0), EPOCAS,
                                                      1500, TAM_LOTE)
                        for nombre, programa in PROGRAMAS.items()},
                       por_epoca=-(-1500 // TAM_LOTE));

# %% [markdown]
# ## 9. La red profunda en MNIST
#
# Los problemas de dos variables enseñan la geometría; la prueba de verdad es una red. Usamos la
# red de $L$ capas con cache de la unidad 6 (su versión de referencia, en celdas bloqueadas) con
# dos capas ocultas ReLU y una salida **softmax** para las 10 clases.

# %% dada="capaDensaAdelante"

# %% dada="capaDensaAtras"

# %% dada="activacionAdelante"

# %% dada="activacionAtras"

# %% dada="initRed"

# %% dada="redAdelante"

# %% [markdown]
# **La salida softmax** (unidades 5 y 10). La última capa es lineal, $Z^{[L]} = W^{[L]}A^{[L-1]} +
# b^{[L]}$, y softmax convierte cada columna en probabilidades. Con la entropía cruzada
# categórica, $J = -\frac1m \sum_{\text{ejemplos}} \sum_{\text{clases}} y \ln a$, el gradiente
# combinado de las dos se simplifica a $dZ^{[L]} = (A^{[L]} - Y)/m$, como en la unidad 10; desde
# ahí, la vuelta por las capas ocultas es la de la unidad 6. Están dadas, junto con la exactitud y
# el bucle de entrenamiento por mini-lotes que acepta **cualquier** paso de esta unidad (y un
# programa de tasas, con tu `tasasPorActualizacion`):

# %% dada="softmax"

# %% dada="costoEntropiaCategorica"

# %% dada="redAdelanteSoftmax"

# %% dada="redAtrasSoftmax"

# %% dada="exactitudRed"

# %% dada="entrenarConOptimizador"

# %% [markdown]
# La retropropagación dada, comprobada contra el gradiente numérico del costo en una red pequeña:

# %%
opt.verificar_gradiente_red(redAdelanteSoftmax, redAtrasSoftmax, costoEntropiaCategorica,
                            initRed);

# %% [markdown]
# **Los datos.** `cargar_mnist` (unidad 10) descarga MNIST la primera vez; sin internet, usa la
# carpeta de la variable `MNIST_DIR`, o divide las imágenes de prueba si solo están esas, o usa
# los dígitos de 8 × 8 de scikit-learn si no hay nada. **Siempre imprime qué datos usó: léelo.**
# (Con `cargar_mnist(conjunto="fashion")` la unidad funciona igual con Fashion-MNIST.) Con la
# bandera en `False` nos quedamos con 1 500 imágenes de entrenamiento, 1 000 de validación y
# 2 000 de prueba.

# %%
datos = cargar_mnist()
if not ENTRENAMIENTO_COMPLETO:
    datos = datos.recortar(n_ent=1500, n_val=1000, n_pru=2000)
X_ent, Y_ent = datos.X_ent.astype(float), datos.Y_ent.astype(float)
X_val, Y_val = datos.X_val.astype(float), datos.Y_val.astype(float)
X_pru, Y_pru = datos.X_pru.astype(float), datos.Y_pru.astype(float)
print("X_ent", X_ent.shape, " Y_ent", Y_ent.shape)

# %% [markdown]
# La red: $n_x$ entradas (784, o 64 con el respaldo), capas ocultas de 32 y 16 unidades ReLU y 10
# salidas, con la inicialización de He (desviación $\sqrt{2/n_{l-1}}$, unidad 8). Todos los
# optimizadores empiezan con **los mismos pesos** y recorren **los mismos mini-lotes** (la misma
# semilla): lo único que cambia es la regla de actualización. Cada uno con una tasa elegida con
# unas pocas pruebas; comparar optimizadores con justicia exige darle a cada uno su mejor tasa.

# %%
def pesos_iniciales(dims):
    """Pesos de He (desviación √(2/n_{l−1})) y sesgos en cero, siempre los mismos (semilla 0)."""
    params = initRed(dims, semilla=0, escala=1.0)
    for l in range(1, len(dims)):
        params[f"W{l}"] *= np.sqrt(2 / dims[l - 1])
    return params


# %%
dims = [X_ent.shape[0], 32, 16, 10]
activaciones = ["relu", "relu"]
OPTIMIZADORES = {
    "SGD, α = 0.1": (pasoSGD, {"lr": 0.1}),
    "momento, α = 0.05": (pasoMomento, {"lr": 0.05, "beta": 0.9}),
    "Nesterov, α = 0.05": (pasoNesterov, {"lr": 0.05, "beta": 0.9}),
    "AdaGrad, α = 0.05": (pasoAdaGrad, {"lr": 0.05}),
    "RMSprop, α = 0.002": (pasoRMSprop, {"lr": 0.002}),
    "Adam, α = 0.002": (pasoAdam, {"lr": 0.002}),
}
historias, resultados = {}, {}
with opt.un_solo_hilo():          # con matrices tan pequeñas, un solo hilo de BLAS es lo más rápido
    for nombre, (paso, hiper) in OPTIMIZADORES.items():
        params, costos = entrenarConOptimizador(X_ent, Y_ent, pesos_iniciales(dims),
                                                activaciones, paso, hiper, EPOCAS, TAM_LOTE,
                                                semilla=1)
        historias[nombre] = costos
        resultados[nombre] = {"costo": costos[-1],
                              "validación": exactitudRed(X_val, Y_val, params, activaciones)}
opt.tabla_resultados(resultados)
opt.graficar_curvas(historias, titulo=f"MNIST, red {'-'.join(map(str, dims))}: costo por época");

# %% [markdown]
# Mira la gráfica: qué curvas bajan más rápido al principio, cuáles siguen bajando al final y
# cuánto se parecen las de momento y Nesterov. La exactitud de validación se mide con 1 000
# imágenes: una diferencia de un punto porcentual está en el límite de lo que esa medida distingue
# (su error típico es $\sqrt{p(1-p)/1000} \approx 1$ punto con $p \approx 0.9$).

# %% [markdown]
# ## 10. El efecto del programa de tasas
#
# Como en el benchmark de MNIST: SGD simple (sin momento) con $\alpha_0 = 0.2$, los mismos pesos
# iniciales y los mismos mini-lotes, y los cinco programas de la sección 8. Elegimos por el costo
# y la **exactitud de validación**; la de prueba se mira al final, una sola vez. (Una diapositiva
# del laboratorio dice que los datos de *test* se usan «para tunear los hiperparámetros»: no. El
# programa de tasas es un hiperparámetro, y elegirlo con los datos de prueba hace que su exactitud
# deje de ser una estimación honesta; para eso está la validación. Lo ves en la unidad 3 y, con
# más detalle, en el Laboratorio 2.)

# %%
historias_programa, resultados_programa, finales = {}, {}, {}
with opt.un_solo_hilo():
    for nombre, programa in PROGRAMAS.items():
        params, costos = entrenarConOptimizador(X_ent, Y_ent, pesos_iniciales(dims),
                                                activaciones, pasoSGD, {"lr": ALPHA0}, EPOCAS,
                                                TAM_LOTE, programa=programa, semilla=1)
        historias_programa[nombre], finales[nombre] = costos, params
        resultados_programa[nombre] = {
            "costo": costos[-1], "validación": exactitudRed(X_val, Y_val, params, activaciones)}
opt.tabla_resultados(resultados_programa)
opt.graficar_curvas(historias_programa, titulo="SGD, α0 = 0.2: costo por época según el programa");

# %% [markdown]
# El programa que elegirías por la validación, y su exactitud de prueba, medida ahora, una vez:

# %%
elegido = max(resultados_programa, key=lambda n: resultados_programa[n]["validación"])
print(f"elegido por validación: {elegido}; exactitud de prueba "
      f"{exactitudRed(X_pru, Y_pru, finales[elegido], activaciones):.1%} (datos: {datos.fuente})")

# %% [markdown]
# Cómo leer la tabla. En la corrida de referencia de este cuaderno (8 épocas con 1 500 imágenes,
# las de prueba de MNIST divididas), el escalón del benchmark, que mantiene $\alpha_0$ durante
# tres cuartas partes del entrenamiento y la baja al final, terminó con el menor costo; los
# programas que empiezan a bajar la tasa desde la primera época (exponencial, 1/t, coseno)
# terminaron con un costo parecido al de la tasa constante: con tan pocas épocas, lo que ganan al
# final lo pierden al principio. Las exactitudes de validación quedaron a alrededor de un punto
# unas de otras, en el límite de lo que miden 1 000 imágenes. Compara con tus números (con otros
# datos, como MNIST completo, cambian). Con `ENTRENAMIENTO_COMPLETO = True` (más datos y 20
# épocas) vuelve a mirar las dos columnas: con muchas épocas, la tasa constante puede terminar con
# el costo de entrenamiento más bajo (la red se ajusta cada vez más a sus datos de entrenamiento)
# sin tener la mejor exactitud de validación. Por eso se elige con la validación, no con el costo
# de entrenamiento.

# %% [markdown]
# ## 11. Preguntas (2 + 2 puntos, calificación manual)
#
# **Pregunta 1.** Con $\beta_1 = 0.9$ y $\beta_2 = 0.999$, ¿cuánto valen $m$ y $v$ después del
# primer paso de Adam con un gradiente $g$? Sin la corrección de sesgo, ¿cuánto mediría ese
# primer paso comparado con α? ¿Por qué la corrección importa más cuanto más cerca de 1 está
# $\beta_2$, y por qué deja de importar después de muchos pasos?

# %% [markdown] pregunta="pregunta_correccion_sesgo" puntos=2
# Tras el primer paso, $m_1 = (1 - \beta_1) g = 0.1\,g$ y $v_1 = (1 - \beta_2) g^2 = 0.001\,g^2$.
# Sin corregir, el paso sería $\alpha \cdot 0.1\,g / \sqrt{0.001\,g^2} = \alpha \cdot 0.1/0.0316
# \approx 3.16\,\alpha$ en cada coordenada (con el signo de $g$): más de tres veces el paso que
# se quería. Con la corrección, $\hat m_1 = g$ y $\hat v_1 = g^2$, y el paso mide $\alpha$.
#
# En general el factor de error es $(1 - \beta_1^t)/\sqrt{1 - \beta_2^t}$ (con gradientes
# constantes): $v$ empieza en 0 y, con $\beta_2 = 0.999$, tarda del orden de $1/(1 - \beta_2) =
# 1000$ pasos en «llenarse», mientras que $m$ se llena en unos 10. Por eso los primeros cientos de
# pasos sin corregir son demasiado grandes (hasta unas 6.5 veces α cerca de $t = 10$), justo al
# principio, cuando los pesos están lejos de todo y un paso grande puede hacer diverger el
# entrenamiento. Cuanto más cerca de 1 está $\beta_2$, más lento se llena $v$ y más dura el sesgo.
# Después de muchos pasos $\beta_1^t$ y $\beta_2^t$ tienden a 0, los dos divisores tienden a 1 y
# la corrección ya no cambia nada (con $t = 5000$, el factor es 1.003).

# %% [markdown]
# **Pregunta 2.** Mirando las trayectorias de la sección 7 y las curvas de las secciones 9 y 10:
# ¿por qué SGD zigzaguea en la cuadrática y qué corrige el momento? ¿Qué hacen distinto AdaGrad,
# RMSprop y Adam, y por qué RMSprop con una tasa constante no termina de llegar al mínimo? Si
# tuvieras que entrenar una red nueva, ¿con qué optimizador y qué programa empezarías, y cómo
# elegirías entre ellos?

# %% [markdown] pregunta="pregunta_elegir_optimizador" puntos=2
# SGD zigzaguea porque la cuadrática es mucho más curva a lo ancho que a lo largo: una tasa que
# no diverge a lo ancho ($\alpha < 2/\lambda_{\max}$) es muy pequeña a lo largo, y a lo ancho el
# punto salta de una pared a la otra. El momento promedia los gradientes: las componentes que
# cambian de signo en cada paso (el zigzag) se cancelan en la velocidad y las que apuntan siempre
# hacia el mismo lado (a lo largo del valle) se acumulan, así que avanza más rápido y oscila menos;
# Nesterov, al mirar el gradiente en el punto adelantado, frena antes.
#
# AdaGrad, RMSprop y Adam dividen cada coordenada por la raíz de una media de sus $g^2$: cada
# parámetro tiene su propia tasa y el paso mide del orden de α sea cual sea la escala del
# gradiente, lo que iguala las direcciones alineadas con los ejes. Por eso mismo RMSprop con α
# constante no se detiene: cerca del mínimo $g/\sqrt r$ sigue valiendo ±1 aproximadamente y el
# paso sigue midiendo α, así que rebota a esa distancia. AdaGrad sí frena, porque su $r$ solo
# crece. Hace falta bajar α con un programa.
#
# Para una red nueva empezaría con Adam (con su α por defecto, 0.001, o probando unas pocas
# tasas en escala logarítmica) o con SGD con momento 0.9, y con un programa que baje la tasa al
# final (un escalón o el coseno). Elegiría comparando las curvas de costo y la exactitud de
# **validación** con la misma inicialización y los mismos mini-lotes, dando a cada optimizador su
# mejor tasa, y miraría la de prueba solo al final, una vez.

# %% [markdown]
# ## 12. Para experimentar (sin calificación)
#
# - Gira la cuadrática 45° (cambia `H` por $R\,\mathrm{diag}(1, 25)\,R^T$ en tu propia copia de
#   `cuadratica` y `gradienteCuadratica`) y repite la sección 7. ¿Siguen sin zigzaguear AdaGrad,
#   RMSprop y Adam?
# - En la sección 7, da a RMSprop una tasa que baje con los pasos (por ejemplo
#   `tasaInversa(0.05, k, 0.1)` en el paso `k`, con un bucle tuyo). ¿Llega ahora al mínimo?
# - Usa `pasoAdam` sin corrección de sesgo (cópialo y quítala) en Rosenbrock con α = 0.05: ¿qué
#   pasa en los primeros pasos?
# - Cambia `ENTRENAMIENTO_COMPLETO` a `True`. ¿Cambia el orden de los optimizadores? ¿Y el del
#   programa de tasas?
# - Prueba Adam con α = 0.01 y α = 0.0001 en MNIST. ¿Qué pasa en cada caso?
# - Repite las secciones 9 y 10 con Fashion-MNIST (`cargar_mnist(conjunto="fashion")`).

# %% [markdown]
# ## Referencias
#
# - I. Goodfellow, Y. Bengio y A. Courville (2016), *Deep Learning*, MIT Press, cap. 8:
#   §8.2.1 (mal condicionamiento), §8.3 (SGD, momento y Nesterov: Algoritmos 8.1 a 8.3) y §8.5
#   (AdaGrad, RMSProp y Adam: Algoritmos 8.4, 8.5 y 8.7). https://www.deeplearningbook.org/
# - B. T. Polyak (1964), «Some methods of speeding up the convergence of iteration methods»,
#   *USSR Computational Mathematics and Mathematical Physics* 4(5), 1–17.
# - I. Sutskever, J. Martens, G. Dahl y G. Hinton (2013), «On the importance of initialization and
#   momentum in deep learning», *ICML*.
# - Y. Bengio, N. Boulanger-Lewandowski y R. Pascanu (2013), «Advances in optimizing recurrent
#   networks», *ICASSP* (§3.5: el cambio de variable del momento de Nesterov).
# - J. Duchi, E. Hazan e Y. Singer (2011), «Adaptive Subgradient Methods for Online Learning and
#   Stochastic Optimization», *Journal of Machine Learning Research* 12, 2121–2159.
# - T. Tieleman y G. Hinton (2012), «Lecture 6.5 — rmsprop: Divide the gradient by a running
#   average of its recent magnitude», *COURSERA: Neural Networks for Machine Learning*.
# - D. P. Kingma y J. Ba (2015), «Adam: A Method for Stochastic Optimization», *ICLR*
#   (Algoritmo 1 y §3, la corrección de sesgo). https://arxiv.org/abs/1412.6980
# - I. Loshchilov y F. Hutter (2017), «SGDR: Stochastic Gradient Descent with Warm Restarts»,
#   *ICLR* (el programa coseno).
# - Stanford CS231n, «Neural Networks Part 3: Learning and Evaluation», secciones *Parameter
#   updates* y *Annealing the learning rate*. https://cs231n.github.io/neural-networks-3/

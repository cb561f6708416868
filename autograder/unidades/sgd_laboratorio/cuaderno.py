# %% [markdown]
# # Unidad 3 · Descenso de gradiente estocástico (SGD) y Laboratorio 1
#
# Hasta ahora (unidades 1 y 2) cada paso de descenso de gradiente usaba **todos** los ejemplos. En esta unidad programas la forma en que de verdad se
# entrenan las redes: con **mini-lotes** elegidos al azar, recorriendo los datos **época** tras
# época, separando datos de **entrenamiento, validación y prueba**, y vigilando las **curvas de
# costo** para diagnosticar qué va mal.
#
# | función | qué hace | puntos |
# |---|---|---|
# | `actualizacionesPorEpoca(m, tamLote)` | cuántos pasos de gradiente hay en una época | 1 |
# | `crearMiniLotes(X, Y, tamLote, rng)` | baraja sin reemplazo y corta en mini-lotes | 3 |
# | `dividirDatos(X, Y, rng, fracciones)` | entrenamiento / validación / prueba (70/20/10) | 2 |
# | `entrenarSGD(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes)` | el bucle de SGD con curvas de costo | 4 |
# | `diagnosticarCurva(costos_entrenamiento, costos_validacion)` | el diagnóstico del laboratorio | 3 |
# | dos preguntas escritas | tamaño del lote; leer una curva | 2 + 2 |
#
# **Cómo trabajar.** Escribe tu código donde dice `# TU CÓDIGO AQUÍ` (borra la línea
# `raise NotImplementedError()`), ejecuta la celda y luego la de prueba que la sigue. Las pruebas
# visibles revisan el **tipo**, la **forma**, los **valores** y los **errores típicos**, y te dicen
# en español qué está mal. Al calificar se ejecutan además pruebas ocultas con otros tamaños y otros
# datos: escribe código general.
#
# **Convención de formas.** Cada ejemplo es una **columna**: `X` tiene forma `(n_x, m)` e `Y` forma
# `(1, m)` (etiquetas 0/1) o `(k, m)` (one-hot). Los parámetros de un modelo van en un diccionario,
# por ejemplo `{"W": (1, n_x), "b": (1, 1)}`.
#
# **Sobre el azar.** Las funciones que barajan reciben `rng`, que puede ser un generador de NumPy
# o una semilla entera (las pruebas pasan semillas). Empieza siempre con
# `rng = np.random.default_rng(rng)`: con una semilla crea el generador y con un generador lo
# devuelve tal cual. Usa ese `rng` para todo lo aleatorio (`rng.permutation`, ...); así el resultado
# se repite con la misma semilla. Las pruebas nunca exigen una permutación concreta: revisan
# propiedades (cada ejemplo aparece una vez, tamaños, pares `X`/`Y` juntos, que otra semilla dé otro
# orden).

# %% fija="configuracion"
# %matplotlib inline
import numpy as np
import matplotlib.pyplot as plt

from course import sgd_laboratorio as lab
from course.sgd_laboratorio import MODELOS
from course.sgd_laboratorio import (probar_actualizacionesPorEpoca, probar_crearMiniLotes,
                                    probar_dividirDatos, probar_entrenarSGD,
                                    probar_diagnosticarCurva)

np.set_printoptions(precision=4, suppress=True)

# %% [markdown]
# ## 1. Del descenso de gradiente al descenso de gradiente estocástico
#
# Entrenar es minimizar una función de costo. Con el costo cuadrático de la unidad 1,
#
# $$C(w, b) \equiv \frac{1}{2n} \sum_x \lVert y(x) - a \rVert^2 ,$$
#
# el costo es un **promedio sobre los $n$ ejemplos**, y por eso su gradiente también lo es:
#
# $$\nabla C = \frac{1}{n} \sum_x \nabla C_x .$$
#
# El descenso de gradiente repite $v \leftarrow v - \eta\, \nabla C$, con $\eta$ la **tasa de
# aprendizaje** (*learning rate*). Si $\eta$ es demasiado grande podemos saltarnos el mínimo o
# incluso hacer crecer $C$; si es demasiado pequeña, el avance es lentísimo.
#
# > **Un nombre, varios símbolos.** La tasa de aprendizaje es la $\eta$ de la diapositiva de SGD y
# > de la unidad 2, la $\alpha$ de las unidades 4 y 5 y el `lr` de las unidades 9 y 10; en el
# > código de esta unidad se llama `tasa`. Es siempre el mismo número: el factor que multiplica al
# > gradiente en $\theta \leftarrow \theta - \text{tasa}\cdot g$.
#
# El problema es lo que cuesta cada paso: para dar **un** paso hay que evaluar $\nabla C_x$ en **todos**
# los ejemplos. Con 60 000 imágenes de MNIST eso son 60 000 gradientes por paso.
#
# **La idea de SGD.** Igual que una encuesta electoral estima la intención de voto de millones de
# personas preguntando a unos pocos miles elegidos al azar, podemos **estimar** el gradiente con el
# promedio sobre una muestra aleatoria pequeña de $m$ ejemplos $X_1, \dots, X_m$, el **mini-lote**
# (*mini-batch*):
#
# $$\nabla C \approx \frac{1}{m} \sum_{j=1}^{m} \nabla C_{X_j}, \qquad
# w \leftarrow w - \eta\, \frac{1}{m} \sum_{j=1}^{m} \nabla C_{X_j}.$$
#
# Tamaños habituales de mini-lote: 16, 32, 64, 128, 256, 512... Cuanto mayor es la «encuesta», mejor
# aproxima el gradiente verdadero, pero más operaciones cuesta cada paso.
#
# **Épocas.** Los mini-lotes se eligen al azar **sin repetir** ejemplos hasta agotar el conjunto de
# entrenamiento; cuando todos los ejemplos se han usado una vez, se ha completado una **época**
# (*epoch*):
#
# ```
# para epoca = 1 .. num_epocas:
#     mientras queden ejemplos sin usar en esta época:
#         1. elegir un mini-lote de ejemplos todavía no usados en la época
#         2. calcular el gradiente con ese mini-lote y actualizar los parámetros
# ```
#
# > **Nota de notación.** La diapositiva llama $n$ al tamaño del conjunto y $m$ al del mini-lote.
# > En el curso, $m$ es siempre el número de columnas de `X` (los ejemplos que se le pasan a una
# > función) y el tamaño del mini-lote se llama `tamLote`.

# %% [markdown]
# ## 2. ¿Cuántas actualizaciones hay en una época?
#
# En cada época hay tantas actualizaciones como mini-lotes. Si `m` no es múltiplo de `tamLote`, el
# último mini-lote es más pequeño, **pero también cuenta**: hay que redondear hacia arriba,
#
# $$\text{actualizaciones por época} = \left\lceil \frac{m}{\text{tamLote}} \right\rceil .$$
#
# Sin SGD (descenso de gradiente con **lote completo**), todo el conjunto es un único lote: **una**
# actualización por época.
#
# ### Ejercicio 1 · `actualizacionesPorEpoca` (1 punto)
#
# Escribe `actualizacionesPorEpoca(m, tamLote)`, que devuelve un `int`: $\lceil m / \text{tamLote}\rceil$,
# o `1` si `tamLote` es `None` o mayor o igual que `m` (lote completo).
#
# **Salida esperada** (la pregunta de la diapositiva): a) 10 240 ejemplos con mini-lotes de 512 →
# `20` actualizaciones por época; b) sin SGD → `1`.

# %% ejercicio="actualizacionesPorEpoca" puntos=1

# %% [markdown]
# **Leer un registro de Keras.** La diapositiva muestra un entrenamiento con `batch_size = 64` que
# imprime `938/938` en cada época: 938 pasos por época. ¿Cuántos ejemplos de entrenamiento hay como
# máximo? Si hay 938 mini-lotes de como mucho 64 ejemplos, a lo sumo $938 \cdot 64 = 60\,032$; y como
# con 937 lotes no alcanzaba, al menos $937 \cdot 64 + 1 = 59\,969$. Es MNIST, con sus 60 000
# imágenes de entrenamiento:

# %%
print("10 240 ejemplos, lotes de 512:", actualizacionesPorEpoca(10240, 512))
print("10 240 ejemplos, lote completo:", actualizacionesPorEpoca(10240, None))
print("MNIST, 60 000 ejemplos, lotes de 64:", actualizacionesPorEpoca(60000, 64))
print("máximo de ejemplos con 938 pasos de 64:", 938 * 64)

# %% [markdown]
# ## 3. Mini-lotes al azar, sin reemplazo
#
# Para formar los mini-lotes de una época:
#
# 1. se baraja el orden de los `m` ejemplos con **una permutación** (`rng.permutation(m)`, tras
#    `rng = np.random.default_rng(rng)`): cada
#    ejemplo aparece exactamente una vez, es decir, **sin reemplazo**. Sortear `m` índices con
#    reemplazo (`rng.integers`, `rng.choice` sin `replace=False`) repetiría unos ejemplos y dejaría
#    fuera otros;
# 2. se reordenan **con la misma permutación** las columnas de `X` y las de `Y`, para que cada
#    imagen siga junto a su etiqueta;
# 3. se corta en trozos consecutivos de `tamLote` columnas; el último trozo lleva los que sobren.
#
# ### Ejercicio 2 · `crearMiniLotes` (3 puntos)
#
# Escribe `crearMiniLotes(X, Y, tamLote, rng)`, que devuelve una **lista de tuplas**
# `(X_lote, Y_lote)` con formas `(n_x, b)` y `(n_y, b)`: `b = tamLote` en todos los lotes salvo el
# último. Con `tamLote = None` (o `≥ m`) devuelve un único lote con todos los ejemplos. Recuerda que
# los ejemplos son columnas: `X[:, orden]`, no `X[orden]`.
#
# **Salida esperada:** con `m = 10` y `tamLote = 4`, tres lotes de 4, 4 y 2 ejemplos; con los
# 10 240 ejemplos de la diapositiva y lotes de 512, veinte lotes de 512.

# %% ejercicio="crearMiniLotes" puntos=3

# %% [markdown]
# Veamos cómo reparte tu función 20 ejemplos en lotes de 6 en dos épocas seguidas (cada color es un
# lote). Los lotes cambian de una época a otra porque el generador sigue avanzando: por eso hay que
# barajar **en cada época**.

# %%
rng = np.random.default_rng(3)
X_demo = np.vstack([np.arange(20.0), np.zeros(20)])
Y_demo = np.zeros((1, 20))
for epoca in (1, 2):
    lotes = crearMiniLotes(X_demo, Y_demo, 6, rng)
    print(f"época {epoca}: tamaños", [x.shape[1] for x, _ in lotes])
    lab.graficar_mini_lotes(lab.indices_de_lotes(lotes, X_demo), 20,
                            titulo=f"Mini-lotes de la época {epoca}");

# %% [markdown]
# ## 4. Entrenamiento, validación y prueba
#
# Antes de entrenar se reparten los datos en tres conjuntos **disjuntos**. La proporción habitual es
#
# | conjunto | proporción | para qué |
# |---|---|---|
# | entrenamiento (*training*) | 70 % | calcular los gradientes y ajustar $w$, $b$ |
# | validación (*validation*) | 20 % | vigilar el entrenamiento y elegir hiperparámetros (tasa, tamaño del lote, épocas, capas...) |
# | prueba (*test*) | 10 % | una única estimación final, con datos que nunca influyeron en ninguna decisión |
#
# > **Una precisión sobre la diapositiva.** Allí se lee que los datos de *test* se usan «para tunear
# > los hiperparámetros». Lo correcto es hacerlo con **validación**: si eligiéramos los
# > hiperparámetros mirando el conjunto de prueba, su resultado dejaría de ser una estimación
# > honesta, porque habríamos ajustado el modelo a él.
#
# **Regla de tamaños del curso:** `n_ent = round(0.7·m)`, `n_val = round(0.2·m)` y la prueba se
# queda con el resto, `m − n_ent − n_val`. Con `m = 10`: 7, 2 y 1. Con los 1797 dígitos: 1258, 359 y
# 180. Hay que **barajar** antes de cortar: muchos conjuntos de datos vienen ordenados (por clase,
# por fecha) y cortar sin barajar daría conjuntos sesgados.
#
# ### Ejercicio 3 · `dividirDatos` (2 puntos)
#
# Escribe `dividirDatos(X, Y, rng, fracciones=(0.7, 0.2, 0.1))`, que baraja los ejemplos con **una**
# permutación de `rng` y devuelve la tupla `(X_ent, Y_ent, X_val, Y_val, X_prueba, Y_prueba)` con
# los tamaños de la regla anterior (usa las `fracciones` que recibes).
#
# **Salida esperada:** con `m = 10` y las fracciones por defecto, `X_ent`, `X_val` y `X_prueba`
# tienen 7, 2 y 1 columnas; con los 1797 dígitos, 1258, 359 y 180. Los tres conjuntos juntos
# contienen cada ejemplo exactamente una vez.

# %% ejercicio="dividirDatos" puntos=2

# %% [markdown]
# ## 5. Los datos y los modelos del laboratorio
#
# Usaremos los **dígitos manuscritos de 8×8 de scikit-learn**, un MNIST en miniatura (1797 imágenes
# de 64 píxeles, sin descargas), con una pregunta binaria: **¿el dígito es 5 o mayor?** Y un conjunto
# de puntos en el plano con **dos anillos concéntricos**, que ninguna recta separa.
#
# Los modelos vienen hechos en `course/sgd_laboratorio.py` y se eligen por su nombre:
# `costo, gradientes = MODELOS["logistica"]` (o `MODELOS["red"]`). Los dos siguen la misma interfaz,
# la que usará tu `entrenarSGD`:
#
# - `costo(params, X, Y)` → el costo (entropía cruzada binaria, un `float`);
# - `gradientes(params, X, Y)` → un diccionario con las mismas claves que `params` y
#   $\partial J / \partial \theta$ promediado sobre las columnas de `X`.
#
# | modelo | parámetros | $\hat{y}$ |
# |---|---|---|
# | regresión logística (`lab.costo_logistica`, `lab.gradientes_logistica`) | `W (1, n_x)`, `b (1, 1)` | $\sigma(W X + b)$ |
# | red `n_x`–`n_h`–1 (`lab.costo_red`, `lab.gradientes_red`) | `W1 (n_h, n_x)`, `b1`, `W2 (1, n_h)`, `b2` | $\sigma(W_2 \tanh(W_1 X + b_1) + b_2)$ |
#
# > **Los mismos parámetros con otro nombre.** La regresión logística de aquí es la de la unidad 5
# > escrita como una neurona: `W` de forma `(1, n_x)` es $\theta^T$ (los coeficientes, sin
# > $\theta_0$) y `b` es el intercepto $\theta_0$, así que $W X + b = \theta_0 + \theta^T X$. En la
# > unidad 2 los dos iban juntos en un solo vector $\theta$ de forma `(n + 1, 1)`, con $\theta_0$
# > en la fila 0. Desde aquí el curso usa la forma de las redes: pesos `W` y sesgos `b`.
#
# Dividimos ambos conjuntos con **tu** `dividirDatos`:

# %%
X_dig, Y_dig = lab.datos_cinco_o_mas()
X_ani, Y_ani = lab.datos_anillos(400)
division_dig = dividirDatos(X_dig, Y_dig, np.random.default_rng(0))
division_ani = dividirDatos(X_ani, Y_ani, np.random.default_rng(0))
for nombre, (Xe, Ye, Xv, Yv, Xp, Yp) in (("dígitos", division_dig), ("anillos", division_ani)):
    print(f"{nombre}: entrenamiento {Xe.shape}, validación {Xv.shape}, prueba {Xp.shape}")
divisiones = {"digitos": division_dig[:4], "anillos": division_ani[:4]}

# %% [markdown]
# ## 6. El bucle de SGD
#
# `entrenarSGD` junta todo. El orden al azar de cada época llega ya sorteado en `ordenes`, una lista
# con una permutación de `0..m−1` por época (`epocas = len(ordenes)`); en el cuaderno la crea
# `lab.ordenes_aleatorios(m, epocas, rng)`, que hace `rng.permutation(m)` una vez **por época**. Así
# el entrenamiento es reproducible y se puede comprobar paso a paso. Para cada época `e`:
#
# 1. recorre los ejemplos en el orden `ordenes[e]`, en mini-lotes consecutivos de `tamLote`
#    columnas (el último, más pequeño, también cuenta; con `tamLote = None`, un único lote);
# 2. para cada mini-lote, calcula `g = gradientes(params, X_lote, Y_lote)` y actualiza **en el
#    momento** cada parámetro: $\theta \leftarrow \theta - \text{tasa} \cdot g_\theta$;
# 3. al terminar la época, guarda el costo de **todo** el conjunto de entrenamiento y de **todo** el
#    de validación con los parámetros actuales.
#
# Además se guarda el costo **antes de entrenar**, así que cada lista tiene `epocas + 1` valores y
# `costos[e]` es el costo después de `e` épocas. (El «loss» que imprime Keras durante una época es
# otra cosa: el promedio de los costos de los mini-lotes mientras los parámetros cambiaban.)
#
# ### Ejercicio 4 · `entrenarSGD` (4 puntos)
#
# Escribe `entrenarSGD(params, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes)`, que obtiene
# `costo, gradientes = MODELOS[modelo]` y devuelve `(params, costos_ent, costos_val)`: los
# parámetros entrenados (un diccionario con las mismas claves y formas; no modifiques el que
# recibes: trabaja sobre copias o crea arreglos nuevos) y las dos listas de `epocas + 1` costos.
#
# **Salida esperada** (datos fijos de la prueba, regresión logística): con lote completo,
# `tasa = 0.5` y 3 épocas, `costos_ent ≈ [0.69315, 0.64408, 0.60531, 0.57393]`; con 8 ejemplos en
# mini-lotes de 3 (3 + 3 + 2, tres pasos por época), `tasa = 0.8` y 2 épocas,
# `costos_ent ≈ [0.69315, 0.52527, 0.44411]`.

# %% ejercicio="entrenarSGD" puntos=4

# %% [markdown]
# **El contrato de `params`.** La celda siguiente (bloqueada) envuelve tu `entrenarSGD` con
# `lab.vigilar_params`: desde aquí, cada llamada comprueba que el diccionario `params` que
# recibió quede igual y, si tu función lo modificó, falla diciendo qué cambió. Es lo que hace
# también el calificador. El error típico es `p = dict(params)` (o `params.copy()`) seguido de
# `p[k] -= tasa * g[k]`: eso copia el diccionario, pero no los arreglos, y los `-=` cambian los
# del que llamó.

# %% fija="vigilar_params"
entrenarSGD = lab.vigilar_params(entrenarSGD)

# %% [markdown]
# Entrenemos la regresión logística en los dígitos con lotes de 32 durante 40 épocas. Cada época son
# `actualizacionesPorEpoca(1258, 32)` = 40 pasos.

# %%
X_ent, Y_ent, X_val, Y_val = divisiones["digitos"]
ordenes = lab.ordenes_aleatorios(X_ent.shape[1], 40, np.random.default_rng(1))
params, costos_ent, costos_val = entrenarSGD(lab.params_logistica(64), X_ent, Y_ent, X_val, Y_val,
                                             "logistica", 0.1, 32, ordenes)
print(f"pasos por época: {actualizacionesPorEpoca(X_ent.shape[1], 32)}")
print(f"costo inicial {costos_ent[0]:.4f} → final {costos_ent[-1]:.4f} (validación {costos_val[-1]:.4f})")
lab.graficar_curvas(costos_ent, costos_val, titulo="Regresión logística en los dígitos (SGD)");

# %% [markdown]
# ## 7. Laboratorio: leer las curvas de costo
#
# Durante el entrenamiento hay que mirar las curvas, sobre todo la del costo, para saber si todo va
# bien. Estos son los patrones del laboratorio:
#
# | patrón | qué se ve | qué hacer |
# |---|---|---|
# | **tasa baja** | baja, pero despacio y casi en línea recta: al final sigue bajando | más épocas o más tasa |
# | **tasa alta** | sube y baja sin asentarse, o se dispara (hasta `nan`): no llega a la solución óptima | bajar la tasa |
# | **mala inicialización** (caso especial) | una meseta al principio, casi plana, y luego de repente cae | revisar la inicialización (Unidad 8 · Inicialización) |
# | **sobreajuste** | el entrenamiento sigue bajando pero la validación, tras un mínimo, sube | menos épocas, más datos, regularización |
# | **subajuste** | el entrenamiento se estanca en un costo alto (y la validación, que suele ir pegada a él, también) | un modelo con más capacidad: «hacen falta más capas» |
# | **bien** | baja rápido, se estabiliza y la validación acompaña | — |
#
# Para automatizarlo usaremos reglas sencillas (umbrales elegidos para este curso, no una ley
# general). Con `ent` y `val` las dos curvas (costos positivos, `ent[0]` el costo inicial), `E` su
# longitud, `c = max(1, E // 4)` y `caida = ent[0] − ent[-1]`, se aplican **en este orden** y gana
# la primera que se cumple:
#
# 1. **`"tasa_alta"`**: hay algún valor no finito (`nan`, `inf`) en `ent` o `val`, o la suma de las
#    **subidas** de `ent` (los aumentos de una época a la siguiente) supera el 10 % de `ent[0]`;
# 2. **`"mala_inicializacion"`**: `caida > 0.2·ent[0]` pero en el primer cuarto apenas bajó:
#    `ent[0] − ent[c] < 0.1·caida`;
# 3. **`"sobreajuste"`**: la validación termina más de un 10 % por encima de su mínimo:
#    `val[-1] > 1.1·min(val)`;
# 4. **`"tasa_baja"`**: `caida > 0` y en el último cuarto todavía bajó más del 10 % de la caída:
#    `ent[-1 − c] − ent[-1] > 0.1·caida`;
# 5. **`"subajuste"`**: ya no baja, pero `ent[-1] > 0.5·ent[0]` (no llegó ni a la mitad del costo
#    inicial);
# 6. **`"bien"`**: ninguna de las anteriores.
#
# Todas las reglas son **relativas** (comparan la curva consigo misma), así que no dependen de la
# escala del costo. Dos detalles que las pruebas revisan:
#
# - **El orden importa.** Una curva puede cumplir dos reglas a la vez (una meseta inicial que al
#   final todavía baja cumple la 2 y la 4): la etiqueta es la de la **primera** en la lista.
# - **Curvas cortas.** Con `E = 2` o `3`, `E // 4` vale 0; el `max(1, …)` hace que `c` valga al
#   menos 1. Sin él, `ent[0] − ent[c]` valdría 0 y la regla 2 saltaría en cualquier curva que baja.
#
# > **La regla 5 y las curvas «solapadas».** La diapositiva describe el subajuste como dos curvas
# > que se estancan **solapadas** en un costo alto («si se solapan, hacen falta más capas»). La
# > regla 5 solo mira el nivel del **entrenamiento** (`ent[-1] > 0.5·ent[0]`), no si las curvas
# > se solapan: en un subajuste la validación suele ir pegada al entrenamiento, pero lo que
# > delata la falta de capacidad es que el costo de entrenamiento se queda alto. Una curva de
# > entrenamiento estancada arriba es `"subajuste"` aunque la validación vaya algo por encima
# > (si la validación además **sube**, gana antes la regla 3).
#
# ### Ejercicio 5 · `diagnosticarCurva` (3 puntos)
#
# Escribe `diagnosticarCurva(costos_entrenamiento, costos_validacion)`, que recibe dos listas (o
# arreglos 1-D) de la misma longitud y devuelve la etiqueta (`str`) según las reglas anteriores.
# La prueba visible usa curvas inventadas: una por situación, curvas que cumplen dos reglas a la
# vez y curvas de 2 y 3 épocas; la oculta, además, otras escalas y longitudes y las corridas
# reales de este laboratorio.
#
# **Salida esperada:** `diagnosticarCurva([0.7, 0.3], [0.72, 0.35])` → `"tasa_baja"` (con dos
# épocas, `c = 1` y todo lo que bajó lo bajó en el último cuarto); la curva `"lineal"` de la
# prueba (0.7 − 0.005·t, que termina en 0.5) cumple las reglas 4 y 5 y es `"tasa_baja"`.

# %% ejercicio="diagnosticarCurva" puntos=3

# %% [markdown]
# Ahora, las **corridas reales**: entrenamientos cortos con **tu** `entrenarSGD` en los que solo cambia
# una cosa cada vez. Cada título muestra tu diagnóstico y el esperado (las corridas de tasa alta
# llegan a costos enormes; la gráfica los recorta para que se vean las demás).

# %%
resultados, diagnosticos = {}, {}
for nombre, corrida in lab.LABORATORIO.items():
    resultados[nombre] = lab.experimento(nombre, entrenarSGD, divisiones)
    diagnosticos[nombre] = diagnosticarCurva(*resultados[nombre])
    print(f"{nombre:20s} {corrida['texto']:62s} → {diagnosticos[nombre]}")
lab.graficar_laboratorio(resultados, diagnosticos);

# %% [markdown]
# Fíjate en tres cosas:
#
# - **tasa_baja frente a bien**: el mismo modelo y los mismos datos; con tasa 0.002 la curva es casi
#   una recta que no ha terminado de bajar tras 40 épocas.
# - **subajuste frente a red_bien**: en los anillos, la regresión logística (una frontera recta) se
#   estanca cerca de $\ln 2 \approx 0.693$, el costo de decir siempre «50 %»; aquí entrenamiento
#   y validación además van casi solapados, como en la diapositiva («si se solapan, hacen falta más
#   capas»), aunque la regla 5 solo mira que el entrenamiento se quedó alto. La red 2-8-1 con capa
#   oculta sí baja.
# - **mala_inicializacion**: la misma red 2-8-1, pero con pesos iniciales diminutos (× 0.01). No es
#   un problema de simetría: `lab.params_red` sortea cada peso de una normal (por 0.01), así que
#   las neuronas ya empiezan distintas. Es un **punto de silla** en $W \approx 0$: el gradiente de
#   $W_1$ es proporcional a $W_2$ (la señal de error vuelve por $W_2^T$) y el de $W_2$ a
#   $A_1 \approx \tanh(W_1 X) \approx W_1 X$; los dos son del orden de 0.01, así que al principio
#   apenas se mueven. Mientras tanto la red es casi lineal (tanh es casi la identidad cerca de 0),
#   y una red casi lineal en los anillos no puede hacer más que la regresión logística: el costo
#   se queda cerca de $\ln 2$. Cuando los pesos crecen lo suficiente, el costo cae de golpe. La
#   **simetría** de verdad es otro caso: todos los pesos iguales (o todos cero), como el
#   experimento de la unidad 9 (red XOR), donde las neuronas ocultas reciben el mismo gradiente y
#   no se separan nunca.

# %% [markdown]
# ## 8. Preguntas (calificación manual)
#
# **Pregunta 1 (2 puntos).** Con los 10 240 ejemplos de la diapositiva, compara una época con
# mini-lotes de 512 y una época con lote completo: ¿cuántos gradientes de ejemplos individuales
# ($\nabla C_x$) se calculan en cada caso, y cuántas actualizaciones de los parámetros hay? ¿Por qué
# entonces SGD suele llegar antes a un costo bajo? ¿Qué se gana y qué se pierde al subir el tamaño
# del mini-lote?

# %% [markdown] pregunta="pregunta_tamano_lote" puntos=2
# En una época se calculan los mismos 10 240 gradientes individuales en los dos casos: cada ejemplo se
# usa exactamente una vez. Lo que cambia es cuántas veces se actualizan los parámetros: 20 veces con
# lotes de 512 (⌈10 240 / 512⌉) y una sola vez con lote completo. Con el mismo trabajo de cálculo, SGD
# da 20 pasos en lugar de uno; cada paso usa una estimación ruidosa del gradiente (una «encuesta» de
# 512 ejemplos), pero suficientemente buena para bajar el costo, así que avanza mucho más por época.
#
# Al subir el tamaño del lote la estimación del gradiente es más precisa (menos ruido, como una
# encuesta más grande) y cada paso aprovecha mejor el cálculo vectorizado, pero cada actualización
# cuesta más operaciones y hay menos actualizaciones por época. Con lotes pequeños ocurre lo
# contrario: muchos pasos baratos y ruidosos.

# %% [markdown]
# **Pregunta 2 (2 puntos).** Observa la corrida `sobreajuste` del laboratorio: ¿qué pasa con las
# curvas de entrenamiento y de validación y por qué? Si tuvieras que elegir con cuántas épocas
# entrenar ese modelo, ¿qué curva mirarías y qué época elegirías? ¿Por qué no debes usar para esa
# decisión el conjunto de prueba?

# %% [markdown] pregunta="pregunta_diagnostico" puntos=2
# Con solo 30 ejemplos de entrenamiento y 1000 épocas, el costo de entrenamiento sigue bajando casi a
# cero: el modelo aprende de memoria esos 30 ejemplos (con 64 píxeles hay pesos de sobra para
# separarlos). El costo de validación baja al principio, llega a un mínimo y después sube: las
# predicciones se vuelven muy confiadas y las que fallan en ejemplos nuevos cuestan cada vez más. Eso
# es sobreajuste: lo aprendido deja de generalizar.
#
# Para elegir el número de épocas miraría la curva de validación y tomaría la época de su mínimo
# (parada temprana). No usaría el conjunto de prueba: si una decisión se toma mirándolo, su costo deja
# de ser una estimación honesta del rendimiento con datos nuevos; la prueba se reserva para una
# única medida final.

# %% [markdown]
# ## 9. Para experimentar (sin calificación)
#
# - Cambia `tamLote` en la corrida de los dígitos: 1 (SGD «puro»), 8, 128, `None`. ¿Cómo cambian el
#   ruido de la curva y la velocidad por época? ¿Y el tiempo de cálculo?
# - Busca la tasa más alta con la que la corrida de los dígitos todavía sale `"bien"`.
# - En la corrida `sobreajuste`, sube `m_ent` de 30 a 300: ¿desaparece el sobreajuste?
# - En `mala_inicializacion`, prueba escalas 0.1, 0.001 y 10. ¿Cuál tarda más en salir de la meseta?
#   ¿Qué pasa con pesos muy grandes y la tangente hiperbólica? (La Unidad 8 · Inicialización lo
#   estudia a fondo.)

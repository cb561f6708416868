"""Catálogo de la unidad activaciones: errores típicos y soluciones alternativas correctas.

Cada error debe perder puntos y cada alternativa debe obtener todos (tests/test_catalogo.py).
Las funciones se ejecutan como en el cuaderno: ``np`` y las demás funciones (las calificadas y
la red dada de la unidad 6) están definidas alrededor (aquí, las de referencia). La explicación
de cada error es el diagnóstico que lee el estudiante: dice qué hizo, en pasado o como pregunta.
"""
# ruff: noqa: F821  (los nombres del cuaderno se resuelven al ejecutar la fuente)
import numpy as np

from autograder.catalogo import alternativa, error

# --------------------------------------------------------------------------- escalon


@error("usaste ≥: en z = 0 devolviste 1, y la tabla del curso define φ(0) = 0.5.",
       mensaje="usaste ≥")
def escalon__mayor_igual(Z):
    return np.where(Z >= 0, 1.0, 0.0)


@error("en z = 0 devolviste 0 (¿comparaste solo con Z > 0?): la tabla del curso define "
       "φ(0) = 0.5, el punto medio del salto.", mensaje="devolviste 0")
def escalon__mayor_estricto(Z):
    return np.where(Z > 0, 1.0, 0.0)


@error("calculaste el signo de z (−1, 0, 1): el escalón va de 0 a 1.", mensaje="signo de z")
def escalon__signo(Z):
    return np.sign(Z)


@error("devolviste la comparación Z > 0, que son booleanos.", mensaje="booleanos")
def escalon__booleanos(Z):
    return Z > 0


@error("devolviste la salida esperada de la prueba visible sin calcularla.",
       mensaje="forma", solo_oculta=True)
def escalon__respuesta_fija(Z):
    from course.activaciones import ESPERADO
    return ESPERADO["escalon"].copy()


@alternativa("np.heaviside con el valor 0.5 en z = 0")
def escalon__heaviside(Z):
    return np.heaviside(Z, 0.5)


@alternativa("a partir del signo: (signo(z) + 1) / 2")
def escalon__desde_signo(Z):
    return 0.5 * (np.sign(Z) + 1.0)


# --------------------------------------------------------------------------- signo


@error("en z = 0 devolviste 1 (¿usaste Z >= 0?): la tabla del curso define signo(0) = 0.",
       mensaje="devolviste 1")
def signo__mayor_igual(Z):
    return np.where(Z >= 0, 1.0, -1.0)


@error("en z = 0 devolviste −1 (solo distinguiste z > 0 del resto): la tabla del curso define "
       "signo(0) = 0.", mensaje="devolviste −1")
def signo__sin_cero(Z):
    return np.where(Z > 0, 1.0, -1.0)


@error("dividiste Z entre |Z|, que en z = 0 es 0/0 = NaN.", mensaje="dividiste Z / |Z|")
def signo__cociente(Z):
    return Z / np.abs(Z)


@error("devolviste 0 y 1 (un escalón): la función signo va de −1 a 1.", mensaje="−1 a 1")
def signo__cero_uno(Z):
    return np.where(Z > 0, 1.0, 0.0)


@alternativa("desde el escalón: 2·escalón(z) − 1 (en z = 0, 2·0.5 − 1 = 0)")
def signo__desde_escalon(Z):
    return 2 * escalon(Z) - 1


@alternativa("np.where anidados con los tres casos de la tabla")
def signo__casos(Z):
    return np.where(Z > 0, 1.0, np.where(Z < 0, -1.0, 0.0))


# --------------------------------------------------------------------------- linealATrozos


@error("olvidaste sumar 1/2: recortaste z a [0, 1], y la rampa de la tabla es z + 1/2 (vale "
       "0.5 en z = 0).", mensaje="olvidaste sumar 1/2")
def linealATrozos__sin_desplazar(Z):
    return np.clip(Z, 0.0, 1.0)


@error("no saturaste en 1: para z ≥ 1/2 la función vale 1.", mensaje="no saturaste en 1")
def linealATrozos__sin_tope(Z):
    return np.maximum(0.0, Z + 0.5)


@error("recortaste z a [−1/2, 1/2] sin desplazarlo: la salida va de 0 a 1.",
       mensaje="sin desplazarlo")
def linealATrozos__sin_mover(Z):
    return np.clip(Z, -0.5, 0.5)


@error("calculaste clip(z, −1, 1), la «hard tanh»: la lineal a trozos de la tabla va de 0 a 1, "
       "con z + 1/2 en el medio.", mensaje="hard tanh")
def linealATrozos__hard_tanh(Z):
    return np.clip(Z, -1.0, 1.0)


@alternativa("np.minimum y np.maximum en vez de np.clip")
def linealATrozos__min_max(Z):
    return np.minimum(1.0, np.maximum(0.0, Z + 0.5))


@alternativa("los tres casos de la tabla con np.where")
def linealATrozos__casos(Z):
    return np.where(Z >= 0.5, 1.0, np.where(Z <= -0.5, 0.0, Z + 0.5))


# --------------------------------------------------------------------------- sigmoide


@error("cambiaste el signo del exponente: calculaste 1 / (1 + e^z) = σ(−z).",
       mensaje="signo del exponente")
def sigmoide__signo(Z):
    return 1 / (1 + np.exp(Z))


@error("escribiste 1 / (1 + np.exp(-Z)) tal cual: con z = −800, e^800 desborda.",
       mensaje="desbordó")
def sigmoide__inestable(Z):
    return 1 / (1 + np.exp(-Z))


@error("usaste e^z / (1 + e^z): con z = 800 da inf/inf = NaN.", mensaje="NaN o infinito")
def sigmoide__cociente(Z):
    return np.exp(Z) / (1 + np.exp(Z))


@error("calculaste tanh(z): la sigmoide es 1 / (1 + e^(−z)), con valores en (0, 1).",
       mensaje="calculaste tanh")
def sigmoide__tanh(Z):
    return np.tanh(Z)


@alternativa("0.5·(1 + tanh(z/2)), otra forma estable")
def sigmoide__con_tanh(Z):
    return 0.5 * (1.0 + np.tanh(0.5 * Z))


@alternativa("separando z ≥ 0 y z < 0 para que np.exp nunca reciba un número grande")
def sigmoide__por_casos(Z):
    Z = np.asarray(Z, dtype=float)
    A = np.empty_like(Z)
    positivos = Z >= 0
    A[positivos] = 1.0 / (1.0 + np.exp(-Z[positivos]))
    e = np.exp(Z[~positivos])
    A[~positivos] = e / (1.0 + e)
    return A


# --------------------------------------------------------------------------- sigmoideGrad


@error("aplicaste σ otra vez: sigmoideGrad recibe la ACTIVACIÓN A = σ(Z), así que "
       "σ'(Z) = A·(1 − A).", mensaje="aplicaste σ otra vez")
def sigmoideGrad__otra_vez(A):
    return sigmoide(A) * (1 - sigmoide(A))


@error("esa es la derivada de tanh, 1 − A²; la de la sigmoide es A·(1 − A).",
       mensaje="derivada de tanh")
def sigmoideGrad__de_tanh(A):
    return 1 - A ** 2


@error("olvidaste el factor A: σ' = A·(1 − A), no 1 − A.", mensaje="olvidaste el factor A")
def sigmoideGrad__sin_factor(A):
    return 1 - A


@error("cambiaste el signo: calculaste A·(A − 1) en vez de A·(1 − A).",
       mensaje="cambiaste el signo")
def sigmoideGrad__signo(A):
    return A * (A - 1)


@alternativa("desarrollada: A − A²")
def sigmoideGrad__desarrollada(A):
    return A - A * A


@alternativa("np.multiply y np.subtract")
def sigmoideGrad__ufuncs(A):
    return np.multiply(A, np.subtract(1.0, A))


# --------------------------------------------------------------------------- tanh


@error("usaste la fórmula (e^z − e^(−z)) / (e^z + e^(−z)) tal cual: con z = ±800 numerador y "
       "denominador desbordan.", mensaje="NaN o infinito")
def tanh__formula(Z):
    return (np.exp(Z) - np.exp(-Z)) / (np.exp(Z) + np.exp(-Z))


@error("calculaste la sigmoide: tanh va de −1 a 1 y vale 0 en z = 0.",
       mensaje="calculaste la sigmoide")
def tanh__sigmoide(Z):
    return sigmoide(Z)


@error("calculaste 2σ(z) − 1, que es tanh(z/2): la identidad es tanh(z) = 2σ(2z) − 1.",
       mensaje="2σ(2z) − 1")
def tanh__mitad(Z):
    return 2 * sigmoide(Z) - 1


@alternativa("con la sigmoide: tanh(z) = 2σ(2z) − 1")
def tanh__con_sigmoide(Z):
    return 2 * sigmoide(2 * Z) - 1


@alternativa("la fórmula con e^(−2|z|), que nunca desborda")
def tanh__estable(Z):
    e = np.exp(-2 * np.abs(Z))
    return np.sign(Z) * (1 - e) / (1 + e)


# --------------------------------------------------------------------------- tanhGrad


@error("aplicaste tanh otra vez: tanhGrad recibe la ACTIVACIÓN A = tanh(Z), así que "
       "tanh'(Z) = 1 − A².", mensaje="aplicaste tanh otra vez")
def tanhGrad__otra_vez(A):
    return 1 - np.tanh(A) ** 2


@error("olvidaste el cuadrado: la derivada es 1 − A², no 1 − A.", mensaje="olvidaste el cuadrado")
def tanhGrad__sin_cuadrado(A):
    return 1 - A


@error("esa es la derivada de la sigmoide, A·(1 − A); la de tanh es 1 − A².",
       mensaje="derivada de la sigmoide")
def tanhGrad__de_sigmoide(A):
    return A * (1 - A)


@error("cambiaste el signo: calculaste A² − 1 en vez de 1 − A².", mensaje="cambiaste el signo")
def tanhGrad__signo(A):
    return A ** 2 - 1


@alternativa("factorizada: (1 − A)(1 + A)")
def tanhGrad__factorizada(A):
    return (1 - A) * (1 + A)


@alternativa("con np.square")
def tanhGrad__square(A):
    return 1.0 - np.square(A)


# --------------------------------------------------------------------------- relu


@error("esa es la leaky ReLU (0.01·z para z < 0); ReLU vale exactamente 0 para z < 0.",
       mensaje="leaky ReLU")
def relu__leaky(Z):
    return np.where(Z > 0, Z, 0.01 * Z)


@error("calculaste |z|: ReLU es max(0, z) y los negativos pasan a 0.", mensaje="calculaste |z|")
def relu__absoluto(Z):
    return np.abs(Z)


@error("recortaste también por arriba: ReLU no tiene tope, es max(0, z).",
       mensaje="también por arriba")
def relu__tope(Z):
    return np.clip(Z, 0.0, 1.0)


@error("usaste np.max(0, Z): np.max reduce un eje (su segundo argumento es el eje).",
       mensaje="lanzó TypeError")
def relu__np_max(Z):
    return np.max(0, Z)


@alternativa("Z multiplicado por la máscara Z > 0")
def relu__mascara(Z):
    return Z * (Z > 0)


@alternativa("np.where(Z > 0, Z, 0)")
def relu__where(Z):
    return np.where(Z > 0, Z, 0.0)


# --------------------------------------------------------------------------- reluGrad


@error("en z = 0 devolviste 1 (¿comparaste con Z >= 0?): la derivada de ReLU no está definida "
       "en 0 y el curso toma 0 ahí.", mensaje="devolviste 1")
def reluGrad__mayor_igual(Z):
    return np.where(Z >= 0, 1.0, 0.0)


@error("devolviste la comparación Z > 0, que son booleanos.", mensaje="booleanos")
def reluGrad__booleanos(Z):
    return Z > 0


@error("devolviste la propia ReLU, max(0, z); la derivada es 1 donde z > 0 y 0 donde z ≤ 0.",
       mensaje="propia ReLU")
def reluGrad__la_funcion(Z):
    return relu(Z)


@error("calculaste el signo de z: para z < 0 la derivada de ReLU es 0, no −1.",
       mensaje="signo de z")
def reluGrad__signo(Z):
    return np.sign(Z)


@error("en z = 0 devolviste 0.5, el valor del escalón de la tabla: para la derivada de ReLU "
       "el curso toma 0 en z = 0.", mensaje="devolviste 0.5")
def reluGrad__heaviside(Z):
    return np.heaviside(Z, 0.5)


@alternativa("la máscara Z > 0 convertida a float")
def reluGrad__astype(Z):
    return (Z > 0).astype(float)


@alternativa("np.heaviside con 0 en z = 0")
def reluGrad__heaviside_cero(Z):
    return np.heaviside(Z, 0.0)


# --------------------------------------------------------------------------- leakyRelu


@error("olvidaste la fuga: para z < 0 leaky ReLU vale β·z, no 0 (eso es ReLU).",
       mensaje="olvidaste la fuga")
def leakyRelu__sin_fuga(Z, pendiente=0.01):
    return np.maximum(0.0, Z)


@error("calculaste max(β, z) en vez de max(β·z, z): β multiplica a z.", mensaje="max(β, z)")
def leakyRelu__max_pendiente(Z, pendiente=0.01):
    return np.maximum(pendiente, Z)


@error("escribiste 0.01 en vez de usar el argumento pendiente.", mensaje="argumento pendiente")
def leakyRelu__pendiente_fija(Z, pendiente=0.01):
    return np.where(Z > 0, Z, 0.01 * Z)


@error("aplicaste β a los positivos: leaky ReLU deja z tal cual si z > 0 y lo multiplica por β "
       "si z ≤ 0.", mensaje="β a los positivos")
def leakyRelu__invertida(Z, pendiente=0.01):
    return np.where(Z > 0, pendiente * Z, Z)


@alternativa("max(β·z, z), la fórmula de la diapositiva (vale para 0 < β < 1)")
def leakyRelu__maximo(Z, pendiente=0.01):
    return np.maximum(pendiente * Z, Z)


@alternativa("z por la pendiente de cada lado")
def leakyRelu__pendiente(Z, pendiente=0.01):
    return Z * np.where(Z > 0, 1.0, pendiente)


# --------------------------------------------------------------------------- leakyReluGrad


@error("en z = 0 devolviste 1 (¿comparaste con Z >= 0?): el curso toma ahí β, la pendiente de "
       "la izquierda, como el 0 de ReLU.", mensaje="en z = 0 devolviste 1")
def leakyReluGrad__mayor_igual(Z, pendiente=0.01):
    return np.where(Z >= 0, 1.0, pendiente)


@error("para z < 0 devolviste 0, la derivada de ReLU: la de leaky ReLU es β ahí.",
       mensaje="derivada de ReLU")
def leakyReluGrad__de_relu(Z, pendiente=0.01):
    return np.where(Z > 0, 1.0, 0.0)


@error("para z < 0 devolviste β·z, el valor de la función: la derivada es la pendiente β.",
       mensaje="β·z")
def leakyReluGrad__la_funcion(Z, pendiente=0.01):
    return np.where(Z > 0, 1.0, pendiente * Z)


@error("escribiste 0.01 en vez de usar el argumento pendiente.", mensaje="argumento pendiente")
def leakyReluGrad__pendiente_fija(Z, pendiente=0.01):
    return np.where(Z > 0, 1.0, 0.01)


@alternativa("np.where con la condición al revés, Z <= 0")
def leakyReluGrad__al_reves(Z, pendiente=0.01):
    return np.where(Z <= 0, pendiente, 1.0)


@alternativa("aritmética con la máscara: β + (1 − β)·[z > 0]")
def leakyReluGrad__mascara(Z, pendiente=0.01):
    return pendiente + (1.0 - pendiente) * (Z > 0)


# --------------------------------------------------------------------------- maxout


@error("sumaste las k piezas en vez de quedarte con la mayor.", mensaje="sumaste las k piezas")
def maxout__suma(A_prev, W, b):
    return np.sum(W @ A_prev + b, axis=0)


@error("promediaste las k piezas: maxout se queda con la mayor.", mensaje="promediaste")
def maxout__media(A_prev, W, b):
    return np.mean(W @ A_prev + b, axis=0)


@error("olvidaste sumar los sesgos b de cada pieza.", mensaje="olvidaste sumar los sesgos")
def maxout__sin_sesgo(A_prev, W, b):
    return np.max(W @ A_prev, axis=0)


@error("tomaste el máximo sobre el eje de las neuronas (axis=1).", mensaje="axis=1")
def maxout__eje(A_prev, W, b):
    return np.max(W @ A_prev + b, axis=1)


@error("aplicaste además ReLU al máximo: maxout no recorta en 0 (si todas las piezas son "
       "negativas, la salida es negativa).", mensaje="aplicaste además ReLU")
def maxout__con_relu(A_prev, W, b):
    return np.maximum(0.0, np.max(W @ A_prev + b, axis=0))


@error("usaste solo la primera pieza, W[0]·A_prev + b[0]: eso es una capa lineal.",
       mensaje="solo la primera pieza")
def maxout__primera_pieza(A_prev, W, b):
    return W[0] @ A_prev + b[0]


@error("devolviste la salida esperada de la prueba visible sin calcularla.",
       mensaje="forma", solo_oculta=True)
def maxout__respuesta_fija(A_prev, W, b):
    from course.activaciones import ESPERADO
    return ESPERADO["maxout"].copy()


@alternativa("un bucle sobre las piezas con np.maximum")
def maxout__bucle(A_prev, W, b):
    A = W[0] @ A_prev + b[0]
    for j in range(1, W.shape[0]):
        A = np.maximum(A, W[j] @ A_prev + b[j])
    return A


@alternativa("np.einsum para las k piezas a la vez")
def maxout__einsum(A_prev, W, b):
    return (np.einsum("knp,pm->knm", W, A_prev) + b).max(axis=0)


# --------------------------------------------------------------------------- capaLinealEquivalente


@error("multiplicaste W1·W2: la capa 1 actúa primero, así que W = W2·W1.", mensaje="W1·W2")
def capaLinealEquivalente__orden(W1, b1, W2, b2):
    return W1 @ W2, W2 @ b1 + b2


@error("sumaste b1 + b2: el sesgo b1 también pasa por W2, b = W2·b1 + b2.", mensaje="b1 + b2")
def capaLinealEquivalente__sesgos_sumados(W1, b1, W2, b2):
    return W2 @ W1, b1 + b2


@error("olvidaste sumar b2: b = W2·b1 + b2.", mensaje="olvidaste sumar b2")
def capaLinealEquivalente__sin_b2(W1, b1, W2, b2):
    return W2 @ W1, W2 @ b1


@error("ignoraste b1: al desarrollar W2·(W1·x + b1) + b2 queda b = W2·b1 + b2.",
       mensaje="ignoraste b1")
def capaLinealEquivalente__solo_b2(W1, b1, W2, b2):
    return W2 @ W1, b2


@error("multiplicaste elemento a elemento (W2 * W1) en vez de hacer el producto matricial.",
       mensaje="elemento a elemento")
def capaLinealEquivalente__elemento(W1, b1, W2, b2):
    return W2 * W1, W2 @ b1 + b2


@error("devolviste (b, W) en vez de (W, b).", mensaje="el orden es (W, b)")
def capaLinealEquivalente__salida_invertida(W1, b1, W2, b2):
    return W2 @ b1 + b2, W2 @ W1


@error("devolviste la salida esperada de la prueba visible sin calcularla.",
       mensaje="forma")
def capaLinealEquivalente__respuesta_fija(W1, b1, W2, b2):
    from course.activaciones import ESPERADO
    return ESPERADO["W_cuadradas"].copy(), ESPERADO["b_cuadradas"].copy()


@alternativa("evaluando las dos capas en x = 0 (da b) y en cada vector de la base (da W + b)")
def capaLinealEquivalente__evaluando(W1, b1, W2, b2):
    n0 = W1.shape[1]
    b = W2 @ (W1 @ np.zeros((n0, 1)) + b1) + b2
    W = W2 @ (W1 @ np.eye(n0) + b1) + b2 - b
    return W, b


@alternativa("np.dot y sesgo con np.matmul")
def capaLinealEquivalente__dot(W1, b1, W2, b2):
    return np.dot(W2, W1), np.matmul(W2, b1) + b2


# --------------------------------------------------------------------------- normasGradientePorCapa


@error("recorriste grads en el orden en que lo llenó redAtras (de la última capa a la primera).",
       mensaje="orden inverso")
def normasGradientePorCapa__orden_inverso(grads):
    return np.array([np.linalg.norm(g) for k, g in grads.items() if k.startswith("dW")])


@error("incluiste db en la norma: se pide solo la de los pesos dW.", mensaje="incluiste db")
def normasGradientePorCapa__con_sesgos(grads):
    L = sum(1 for k in grads if k.startswith("dW"))
    return np.array([np.sqrt(np.sum(grads[f"dW{l}"] ** 2) + np.sum(grads[f"db{l}"] ** 2))
                     for l in range(1, L + 1)])


@error("olvidaste la raíz cuadrada: ‖dW‖ = √(Σ dW²), no Σ dW².", mensaje="raíz cuadrada")
def normasGradientePorCapa__sin_raiz(grads):
    L = sum(1 for k in grads if k.startswith("dW"))
    return np.array([np.sum(grads[f"dW{l}"] ** 2) for l in range(1, L + 1)])


@error("calculaste la norma espectral (np.linalg.norm(dW, 2), el mayor valor singular): se pide "
       "la de Frobenius, np.linalg.norm(dW).", mensaje="espectral")
def normasGradientePorCapa__espectral(grads):
    L = sum(1 for k in grads if k.startswith("dW"))
    return np.array([np.linalg.norm(grads[f"dW{l}"], 2) for l in range(1, L + 1)])


@error("calculaste la media de |dW| en vez de la norma √(Σ dW²).", mensaje="media de |dW|")
def normasGradientePorCapa__media_abs(grads):
    L = sum(1 for k in grads if k.startswith("dW"))
    return np.array([np.mean(np.abs(grads[f"dW{l}"])) for l in range(1, L + 1)])


@error("tomaste L = len(grads), que cuenta las claves dW y también las db.",
       mensaje="KeyError")
def normasGradientePorCapa__len_grads(grads):
    L = len(grads)
    return np.array([np.linalg.norm(grads[f"dW{l}"]) for l in range(1, L + 1)])


@error("ordenaste las claves como texto: con 10 capas o más, «dW10» queda antes que «dW2».",
       mensaje="como texto", solo_oculta=True)
def normasGradientePorCapa__orden_alfabetico(grads):
    return np.array([np.linalg.norm(grads[k]) for k in sorted(grads) if k.startswith("dW")])


@error("devolviste la salida esperada de la prueba visible sin calcularla.",
       mensaje="normas", solo_oculta=True)
def normasGradientePorCapa__respuesta_fija(grads):
    from course.activaciones import ESPERADO
    return ESPERADO["normas"].copy()


@alternativa("√(Σ dW²) escrita a mano y las capas ordenadas por su número")
def normasGradientePorCapa__a_mano(grads):
    capas = sorted(int(k[2:]) for k in grads if k.startswith("dW"))
    return np.array([np.sqrt(np.sum(np.square(grads[f"dW{l}"]))) for l in capas])


@alternativa("un bucle while que avanza mientras exista dW{l}")
def normasGradientePorCapa__while(grads):
    normas, l = [], 1
    while f"dW{l}" in grads:
        normas.append(np.linalg.norm(grads[f"dW{l}"].ravel()))
        l += 1
    return np.array(normas)


# --------------------------------------------------------------------------- fraccionMuertas


@error("miraste las columnas (axis=0): contaste los EJEMPLOS en que todas las unidades valen 0, "
       "y una unidad es una fila.", mensaje="miraste las columnas")
def fraccionMuertas__eje_ejemplos(A):
    return float(np.mean(np.all(A == 0, axis=0)))


@error("calculaste la fracción de elementos en 0 de toda la matriz: una unidad muerta es una "
       "fila entera en 0.", mensaje="fracción de elementos")
def fraccionMuertas__elementos(A):
    return float(np.mean(A == 0))


@error("contaste las unidades que valen 0 en ALGÚN ejemplo (np.any): muerta es la que vale 0 "
       "en TODOS (np.all).", mensaje="ALGÚN ejemplo")
def fraccionMuertas__alguna(A):
    return float(np.mean(np.any(A == 0, axis=1)))


@error("devolviste el número de unidades muertas sin dividir entre n.", mensaje="NÚMERO")
def fraccionMuertas__conteo(A):
    return int(np.sum(np.all(A == 0, axis=1)))


@error("devolviste el arreglo de unidades muertas (una por fila) en vez de su fracción.",
       mensaje="un valor por unidad")
def fraccionMuertas__arreglo(A):
    return np.all(A == 0, axis=1)


@error("devolviste la salida esperada de la prueba visible sin calcularla.",
       mensaje="Obtuviste 0.4")
def fraccionMuertas__respuesta_fija(A):
    from course.activaciones import ESPERADO
    return ESPERADO["fraccion"]


@alternativa("el máximo de cada fila es 0 si y solo si la fila entera es 0 (A ≥ 0)")
def fraccionMuertas__maximo(A):
    return np.count_nonzero(np.max(A, axis=1) == 0) / A.shape[0]


@alternativa("un bucle sobre las filas con A <= 0")
def fraccionMuertas__bucle(A):
    muertas = 0
    for fila in A:
        if np.all(fila <= 0):
            muertas += 1
    return muertas / len(A)

"""Catálogo de la unidad optimizacion: errores típicos y soluciones alternativas correctas.

Cada error debe perder puntos y cada alternativa debe obtener todos (tests/test_catalogo.py).
Las funciones se ejecutan como en el cuaderno: ``np`` y las demás funciones (las calificadas y
las dadas) están definidas alrededor (aquí, las de referencia). La explicación de cada error es
el diagnóstico que lee el estudiante: dice qué hizo, en pasado o como pregunta.

Los errores que modifican lo que reciben van al final de cada función: las huellas se calculan
con las mismas entradas para todos los errores, en orden.
"""
# ruff: noqa: F821  (los nombres del cuaderno se resuelven al ejecutar la fuente)
import numpy as np

from autograder.catalogo import alternativa, error

# --------------------------------------------------------------------------- trayectoria


@error("pasaste siempre estado0 a paso y descartaste el estado que devuelve: el estado no se "
       "conservó entre pasos (cada paso empezó de cero).", mensaje="no se conservó entre pasos")
def trayectoria__estado_no_conservado(paso, gradiente, theta0, estado0, iteraciones, hiper):
    theta = np.array(theta0, dtype=float)
    puntos = [theta]
    for _ in range(iteraciones):
        theta, _ = paso(theta, gradiente(theta), estado0, **hiper)
        puntos.append(theta)
    return np.array(puntos), estado0


@error("calculaste el gradiente una sola vez, en θ0, y lo usaste en todos los pasos: hay que "
       "calcularlo en el punto actual en cada iteración.", mensaje="una sola vez, en θ0")
def trayectoria__gradiente_fijo(paso, gradiente, theta0, estado0, iteraciones, hiper):
    theta = np.array(theta0, dtype=float)
    g = gradiente(theta)
    estado, puntos = estado0, [theta]
    for _ in range(iteraciones):
        theta, estado = paso(theta, g, estado, **hiper)
        puntos.append(theta)
    return np.array(puntos), estado


@error("le pasaste al paso solo la tasa hiper['lr'] y perdiste los demás hiperparámetros: "
       "paso(theta, g, estado, **hiper) los pasa todos.", mensaje="solo la tasa")
def trayectoria__solo_lr(paso, gradiente, theta0, estado0, iteraciones, hiper):
    theta = np.array(theta0, dtype=float)
    estado, puntos = estado0, [theta]
    for _ in range(iteraciones):
        theta, estado = paso(theta, gradiente(theta), estado, hiper["lr"])
        puntos.append(theta)
    return np.array(puntos), estado


@error("no guardaste θ0: la trayectoria empieza en el punto inicial.", mensaje="guardar θ0")
def trayectoria__sin_theta0(paso, gradiente, theta0, estado0, iteraciones, hiper):
    theta = np.array(theta0, dtype=float)
    estado, puntos = estado0, []
    for _ in range(iteraciones):
        theta, estado = paso(theta, gradiente(theta), estado, **hiper)
        puntos.append(theta)
    return np.array(puntos).reshape(-1, theta.size), estado


@error("diste un paso de más (range(iteraciones + 1)).", mensaje="un paso de más")
def trayectoria__paso_de_mas(paso, gradiente, theta0, estado0, iteraciones, hiper):
    theta = np.array(theta0, dtype=float)
    estado, puntos = estado0, [theta]
    for _ in range(iteraciones + 1):
        theta, estado = paso(theta, gradiente(theta), estado, **hiper)
        puntos.append(theta)
    return np.array(puntos), estado


@error("devolviste el estado inicial en vez del estado tras el último paso.",
       mensaje="devolvió el estado inicial")
def trayectoria__estado_inicial(paso, gradiente, theta0, estado0, iteraciones, hiper):
    theta = np.array(theta0, dtype=float)
    estado, puntos = estado0, [theta]
    for _ in range(iteraciones):
        theta, estado = paso(theta, gradiente(theta), estado, **hiper)
        puntos.append(theta)
    return np.array(puntos), estado0


@error("guardaste en la lista el mismo arreglo y lo cambiaste en el lugar: todas las filas "
       "quedaron iguales al punto final.", mensaje="MISMO arreglo")
def trayectoria__misma_fila(paso, gradiente, theta0, estado0, iteraciones, hiper):
    theta = np.array(theta0, dtype=float)
    estado, puntos = estado0, [np.array(theta0, dtype=float)]
    for _ in range(iteraciones):
        nuevo, estado = paso(theta, gradiente(theta), estado, **hiper)
        theta[...] = nuevo
        puntos.append(theta)
    return np.array(puntos), estado


@error("devolviste la salida esperada de la prueba visible sin calcularla.", mensaje="puntos",
       solo_oculta=True)
def trayectoria__respuesta_fija(paso, gradiente, theta0, estado0, iteraciones, hiper):
    from course.optimizacion import ESPERADO
    caso = ESPERADO["trayectoria"]
    return caso["puntos"].copy(), {"suma": caso["estado"]["suma"].copy(), "n": 4}


@alternativa("un arreglo reservado de antemano, fila por fila")
def trayectoria__reservado(paso, gradiente, theta0, estado0, iteraciones, hiper):
    theta = np.asarray(theta0, dtype=float)
    puntos = np.empty((iteraciones + 1, theta.size))
    puntos[0] = theta
    estado = estado0
    for i in range(1, iteraciones + 1):
        theta, estado = paso(theta, gradiente(theta), estado, **hiper)
        puntos[i] = theta
    return puntos, estado


@alternativa("una lista de copias apilada con np.vstack")
def trayectoria__vstack(paso, gradiente, theta0, estado0, iteraciones, hiper):
    theta, estado = theta0.copy(), estado0
    puntos = [theta0.copy()]
    k = 0
    while k < iteraciones:
        g = gradiente(theta)
        theta, estado = paso(theta, g, estado, **hiper)
        puntos.append(theta.copy())
        k += 1
    return np.vstack(puntos), estado


# --------------------------------------------------------------------------- pasoMomento


@error("sumaste el gradiente a la velocidad (v ← β·v + α·g) y luego θ + v: el paso sube por el "
       "gradiente en vez de bajar.", mensaje="sube por el gradiente")
def pasoMomento__signo(theta, grad, estado, lr, beta=0.9):
    v = beta * estado["v"] + lr * grad
    return theta + v, {"v": v}


@error("restaste la velocidad (θ ← θ − v) con v ← β·v − α·g: v ya apunta cuesta abajo, así que "
       "el paso va hacia arriba. En esta convención θ ← θ + v.", mensaje="θ ← θ − v")
def pasoMomento__resta_v(theta, grad, estado, lr, beta=0.9):
    v = beta * estado["v"] - lr * grad
    return theta - v, {"v": v}


@error("intercambiaste β y 1 − β: multiplicaste la velocidad por (1 − β) en vez de por β.",
       mensaje="intercambiaste β y 1 − β")
def pasoMomento__beta_intercambiado(theta, grad, estado, lr, beta=0.9):
    v = (1 - beta) * estado["v"] - lr * grad
    return theta + v, {"v": v}


@error("usaste la media móvil v ← β·v + (1 − β)·g con θ ← θ − α·v (la forma de otros cursos): "
       "en esta unidad la velocidad es el desplazamiento, v ← β·v − α·g y θ ← θ + v.",
       mensaje="media móvil")
def pasoMomento__media_movil(theta, grad, estado, lr, beta=0.9):
    v = beta * estado["v"] + (1 - beta) * grad
    return theta - lr * v, {"v": v}


@error("no usaste la velocidad del estado (v = −α·g): es SGD simple, el estado no se conserva "
       "entre pasos.", mensaje="no usaste la velocidad del estado")
def pasoMomento__sin_estado(theta, grad, estado, lr, beta=0.9):
    v = -lr * grad
    return theta + v, {"v": v}


@error("moviste θ con la velocidad vieja (θ + v antes de actualizarla): primero v ← β·v − α·g "
       "y después θ ← θ + v con la v nueva.", mensaje="velocidad vieja")
def pasoMomento__velocidad_vieja(theta, grad, estado, lr, beta=0.9):
    v = beta * estado["v"] - lr * grad
    return theta + estado["v"], {"v": v}


@error("devolviste el mismo estado que recibiste, sin la velocidad nueva.",
       mensaje="los mismos valores (v)")
def pasoMomento__estado_sin_actualizar(theta, grad, estado, lr, beta=0.9):
    v = beta * estado["v"] - lr * grad
    return theta + v, estado


@error("devolviste la salida esperada de la prueba visible sin calcularla.",
       mensaje="Dos pasos encadenados")
def pasoMomento__respuesta_fija(theta, grad, estado, lr, beta=0.9):
    from course.optimizacion import ESPERADO
    caso = ESPERADO["pasoMomento"]
    return caso["theta"].copy(), {"v": caso["estado_nuevo"]["v"].copy()}


@error("actualizaste en el lugar el estado y el theta que recibiste (estado['v'] = ..., "
       "theta += ...).", mensaje="modificó lo que recibió")
def pasoMomento__en_el_lugar(theta, grad, estado, lr, beta=0.9):
    estado["v"] = beta * estado["v"] - lr * grad
    theta += estado["v"]
    return theta, estado


@alternativa("el paso primero y la velocidad como diferencia de posiciones")
def pasoMomento__diferencia(theta, grad, estado, lr, beta=0.9):
    nuevo = theta + beta * estado["v"] - lr * grad
    return nuevo, {"v": nuevo - theta}


@alternativa("en el lugar, pero sobre copias de theta y del estado")
def pasoMomento__copias(theta, grad, estado, lr, beta=0.9):
    theta = theta.copy()
    estado = {k: np.copy(v) for k, v in estado.items()}
    estado["v"] *= beta
    estado["v"] -= lr * grad
    theta += estado["v"]
    return theta, estado


# --------------------------------------------------------------------------- pasoNesterov


@error("diste el paso del momento clásico (θ + v_nueva): en Nesterov, con el cambio de "
       "variable, θ ← θ − β·v + (1 + β)·v_nueva.", mensaje="momento clásico")
def pasoNesterov__clasico(theta, grad, estado, lr, beta=0.9):
    v = beta * estado["v"] - lr * grad
    return theta + v, {"v": v}


@error("olvidaste el factor (1 + β) de la velocidad nueva: θ − β·v + v_nueva.",
       mensaje="factor (1 + β)")
def pasoNesterov__sin_1_mas_beta(theta, grad, estado, lr, beta=0.9):
    v = beta * estado["v"] - lr * grad
    return theta - beta * estado["v"] + v, {"v": v}


@error("sumaste el gradiente a la velocidad (v ← β·v + α·g): el paso sube por el gradiente.",
       mensaje="sube por el gradiente")
def pasoNesterov__signo(theta, grad, estado, lr, beta=0.9):
    v = beta * estado["v"] + lr * grad
    return theta - beta * estado["v"] + (1 + beta) * v, {"v": v}


@error("no usaste la velocidad del estado (v = 0 en cada paso): sin ella no hay momento y el "
       "estado no se conserva entre pasos.", mensaje="no usaste la velocidad del estado")
def pasoNesterov__sin_estado(theta, grad, estado, lr, beta=0.9):
    v = -lr * grad
    return theta + (1 + beta) * v, {"v": v}


@error("devolviste el mismo estado que recibiste, sin la velocidad nueva.",
       mensaje="los mismos valores (v)")
def pasoNesterov__estado_sin_actualizar(theta, grad, estado, lr, beta=0.9):
    v = beta * estado["v"] - lr * grad
    return theta - beta * estado["v"] + (1 + beta) * v, estado


@error("devolviste la salida esperada de la prueba visible sin calcularla.",
       mensaje="Dos pasos encadenados")
def pasoNesterov__respuesta_fija(theta, grad, estado, lr, beta=0.9):
    from course.optimizacion import ESPERADO
    caso = ESPERADO["pasoNesterov"]
    return caso["theta"].copy(), {"v": caso["estado_nuevo"]["v"].copy()}


@alternativa("θ + β·v_nueva − α·g: la misma cuenta, reordenada")
def pasoNesterov__bengio(theta, grad, estado, lr, beta=0.9):
    v = beta * estado["v"] - lr * grad
    return theta + beta * v - lr * grad, {"v": v}


@alternativa("θ + v_nueva + β·(v_nueva − v), con la velocidad anterior guardada aparte")
def pasoNesterov__diferencia(theta, grad, estado, lr, beta=0.9):
    v_prev = np.array(estado["v"], copy=True)
    v = beta * v_prev - lr * grad
    return theta + v + beta * (v - v_prev), dict(estado, v=v)


# --------------------------------------------------------------------------- pasoAdaGrad


@error("pusiste ε dentro de la raíz (√(r + ε)): en esta unidad ε va fuera, √r + ε. Con "
       "gradientes diminutos la diferencia es enorme (√1e-8 = 1e-4).", mensaje="dentro de la raíz")
def pasoAdaGrad__eps_dentro(theta, grad, estado, lr, eps=1e-8):
    r = estado["r"] + grad ** 2
    return theta - lr * grad / np.sqrt(r + eps), {"r": r}


@error("no sumaste ε al denominador: con un gradiente y un acumulado nulos queda 0/0 = NaN.",
       mensaje="¿Olvidaste sumar ε")
def pasoAdaGrad__sin_eps(theta, grad, estado, lr, eps=1e-8):
    r = estado["r"] + grad ** 2
    return theta - lr * grad / np.sqrt(r), {"r": r}


@error("no acumulaste: guardaste solo el último g² (r = g²) y el estado no se conservó entre "
       "pasos.", mensaje="r = g²")
def pasoAdaGrad__sin_acumular(theta, grad, estado, lr, eps=1e-8):
    r = grad ** 2
    return theta - lr * grad / (np.sqrt(r) + eps), {"r": r}


@error("dividiste entre r + ε, sin la raíz cuadrada.", mensaje="sin la raíz")
def pasoAdaGrad__sin_raiz(theta, grad, estado, lr, eps=1e-8):
    r = estado["r"] + grad ** 2
    return theta - lr * grad / (r + eps), {"r": r}


@error("dividiste entre el acumulado viejo (antes de sumarle g²).", mensaje="acumulado viejo")
def pasoAdaGrad__acumulado_viejo(theta, grad, estado, lr, eps=1e-8):
    r = estado["r"] + grad ** 2
    return theta - lr * grad / (np.sqrt(estado["r"]) + eps), {"r": r}


@error("acumulaste |g| en vez de g².", mensaje="|g|")
def pasoAdaGrad__valor_absoluto(theta, grad, estado, lr, eps=1e-8):
    r = estado["r"] + np.abs(grad)
    return theta - lr * grad / (np.sqrt(r) + eps), {"r": r}


@error("devolviste la salida esperada de la prueba visible sin calcularla.",
       mensaje="Dos pasos encadenados")
def pasoAdaGrad__respuesta_fija(theta, grad, estado, lr, eps=1e-8):
    from course.optimizacion import ESPERADO
    caso = ESPERADO["pasoAdaGrad"]
    return caso["theta"].copy(), {"r": caso["estado_nuevo"]["r"].copy()}


@error("sumaste g² en el lugar sobre el acumulado que recibiste (estado['r'] += g²).",
       mensaje="modificó lo que recibió")
def pasoAdaGrad__en_el_lugar(theta, grad, estado, lr, eps=1e-8):
    estado["r"] += grad * grad
    return theta - lr * grad / (np.sqrt(estado["r"]) + eps), estado


@alternativa("g·g y np.square, con la tasa dividida antes")
def pasoAdaGrad__cuadrado(theta, grad, estado, lr, eps=1e-8):
    r = np.add(estado["r"], np.square(grad))
    return theta - (lr / (r ** 0.5 + eps)) * grad, {"r": r}


# --------------------------------------------------------------------------- pasoRMSprop


@error("intercambiaste ρ y 1 − ρ: r ← (1 − ρ)·r + ρ·g², y la media olvida casi todo en cada "
       "paso.", mensaje="intercambiaste ρ y 1 − ρ")
def pasoRMSprop__rho_intercambiado(theta, grad, estado, lr, rho=0.9, eps=1e-8):
    r = (1 - rho) * estado["r"] + rho * grad ** 2
    return theta - lr * grad / (np.sqrt(r) + eps), {"r": r}


@error("pusiste ε dentro de la raíz (√(r + ε)): en esta unidad ε va fuera, √r + ε.",
       mensaje="dentro de la raíz")
def pasoRMSprop__eps_dentro(theta, grad, estado, lr, rho=0.9, eps=1e-8):
    r = rho * estado["r"] + (1 - rho) * grad ** 2
    return theta - lr * grad / np.sqrt(r + eps), {"r": r}


@error("no sumaste ε al denominador: con un gradiente y un acumulado nulos queda 0/0 = NaN.",
       mensaje="¿Olvidaste sumar ε")
def pasoRMSprop__sin_eps(theta, grad, estado, lr, rho=0.9, eps=1e-8):
    r = rho * estado["r"] + (1 - rho) * grad ** 2
    return theta - lr * grad / np.sqrt(r), {"r": r}


@error("acumulaste r ← r + g² como AdaGrad: RMSprop usa una media móvil, r ← ρ·r + (1 − ρ)·g².",
       mensaje="como AdaGrad")
def pasoRMSprop__como_adagrad(theta, grad, estado, lr, rho=0.9, eps=1e-8):
    r = estado["r"] + grad ** 2
    return theta - lr * grad / (np.sqrt(r) + eps), {"r": r}


@error("dividiste entre r + ε, sin la raíz cuadrada.", mensaje="sin la raíz")
def pasoRMSprop__sin_raiz(theta, grad, estado, lr, rho=0.9, eps=1e-8):
    r = rho * estado["r"] + (1 - rho) * grad ** 2
    return theta - lr * grad / (r + eps), {"r": r}


@error("devolviste el mismo estado que recibiste, sin la media móvil nueva.",
       mensaje="los mismos valores (r)")
def pasoRMSprop__estado_sin_actualizar(theta, grad, estado, lr, rho=0.9, eps=1e-8):
    r = rho * estado["r"] + (1 - rho) * grad ** 2
    return theta - lr * grad / (np.sqrt(r) + eps), estado


@error("devolviste la salida esperada de la prueba visible sin calcularla.",
       mensaje="Dos pasos encadenados")
def pasoRMSprop__respuesta_fija(theta, grad, estado, lr, rho=0.9, eps=1e-8):
    from course.optimizacion import ESPERADO
    caso = ESPERADO["pasoRMSprop"]
    return caso["theta"].copy(), {"r": caso["estado_nuevo"]["r"].copy()}


@alternativa("la media móvil escrita como r + (1 − ρ)·(g² − r)")
def pasoRMSprop__incremental(theta, grad, estado, lr, rho=0.9, eps=1e-8):
    r = estado["r"] + (1 - rho) * (grad * grad - estado["r"])
    return theta - lr * grad / (np.sqrt(r) + eps), {"r": r}


# --------------------------------------------------------------------------- pasoAdam


@error("no corregiste el sesgo: usaste m y v en vez de m̂ = m/(1 − β1^t) y v̂ = v/(1 − β2^t), y "
       "los primeros pasos salen de otro tamaño.", mensaje="no corregiste el sesgo")
def pasoAdam__sin_correccion(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    t = estado["t"] + 1
    m = beta1 * estado["m"] + (1 - beta1) * grad
    v = beta2 * estado["v"] + (1 - beta2) * grad ** 2
    return theta - lr * m / (np.sqrt(v) + eps), {"m": m, "v": v, "t": t}


@error("guardaste en el estado los momentos corregidos m̂ y v̂ en vez de m y v.",
       mensaje="momento corregido")
def pasoAdam__correccion_guardada(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999,
                                  eps=1e-8):
    t = estado["t"] + 1
    m = (beta1 * estado["m"] + (1 - beta1) * grad) / (1 - beta1 ** t)
    v = (beta2 * estado["v"] + (1 - beta2) * grad ** 2) / (1 - beta2 ** t)
    return theta - lr * m / (np.sqrt(v) + eps), {"m": m, "v": v, "t": t}


@error("pusiste ε dentro de la raíz (√(v̂ + ε)): el Algoritmo 1 lo pone fuera, √v̂ + ε.",
       mensaje="dentro de la raíz")
def pasoAdam__eps_dentro(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    t = estado["t"] + 1
    m = beta1 * estado["m"] + (1 - beta1) * grad
    v = beta2 * estado["v"] + (1 - beta2) * grad ** 2
    m_hat, v_hat = m / (1 - beta1 ** t), v / (1 - beta2 ** t)
    return theta - lr * m_hat / np.sqrt(v_hat + eps), {"m": m, "v": v, "t": t}


@error("no sumaste ε al denominador: con un gradiente y un momento nulos queda 0/0 = NaN.",
       mensaje="¿Olvidaste sumar ε")
def pasoAdam__sin_eps(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    t = estado["t"] + 1
    m = beta1 * estado["m"] + (1 - beta1) * grad
    v = beta2 * estado["v"] + (1 - beta2) * grad ** 2
    return theta - lr * (m / (1 - beta1 ** t)) / np.sqrt(v / (1 - beta2 ** t)), {
        "m": m, "v": v, "t": t}


@error("intercambiaste β y 1 − β en los dos momentos: m ← (1 − β1)·m + β1·g.",
       mensaje="intercambiaste β y 1 − β")
def pasoAdam__betas_intercambiadas(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999,
                                   eps=1e-8):
    t = estado["t"] + 1
    m = (1 - beta1) * estado["m"] + beta1 * grad
    v = (1 - beta2) * estado["v"] + beta2 * grad ** 2
    m_hat, v_hat = m / (1 - beta1 ** t), v / (1 - beta2 ** t)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), {"m": m, "v": v, "t": t}


@error("corregiste el sesgo con el t viejo (antes de sumarle 1): en el primer paso 1 − β^0 = 0.",
       mensaje="t viejo")
def pasoAdam__t_viejo(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    t = estado["t"]
    m = beta1 * estado["m"] + (1 - beta1) * grad
    v = beta2 * estado["v"] + (1 - beta2) * grad ** 2
    m_hat, v_hat = m / (1 - beta1 ** t), v / (1 - beta2 ** t)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), {"m": m, "v": v, "t": t + 1}


@error("usaste t + 1 para corregir, pero guardaste el t que recibiste.",
       mensaje="olvidaste guardar t + 1")
def pasoAdam__t_sin_guardar(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    t = estado["t"] + 1
    m = beta1 * estado["m"] + (1 - beta1) * grad
    v = beta2 * estado["v"] + (1 - beta2) * grad ** 2
    m_hat, v_hat = m / (1 - beta1 ** t), v / (1 - beta2 ** t)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), {"m": m, "v": v, "t": estado["t"]}


@error("sumaste el paso (θ + α·m̂/(√v̂ + ε)): sube por el gradiente.",
       mensaje="sube por el gradiente")
def pasoAdam__signo(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    t = estado["t"] + 1
    m = beta1 * estado["m"] + (1 - beta1) * grad
    v = beta2 * estado["v"] + (1 - beta2) * grad ** 2
    m_hat, v_hat = m / (1 - beta1 ** t), v / (1 - beta2 ** t)
    return theta + lr * m_hat / (np.sqrt(v_hat) + eps), {"m": m, "v": v, "t": t}


@error("empezaste los momentos de cero en cada paso (no usaste m y v del estado): el estado no "
       "se conservó entre pasos.", mensaje="no se conservó entre pasos")
def pasoAdam__momentos_de_cero(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    t = estado["t"] + 1
    m = (1 - beta1) * grad
    v = (1 - beta2) * grad ** 2
    m_hat, v_hat = m / (1 - beta1 ** t), v / (1 - beta2 ** t)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), {"m": m, "v": v, "t": t}


@error("cambiaste el valor por defecto de β2 a 0.99: el Algoritmo 1 usa β2 = 0.999.",
       mensaje="valores por defecto")
def pasoAdam__beta2_por_defecto(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.99, eps=1e-8):
    t = estado["t"] + 1
    m = beta1 * estado["m"] + (1 - beta1) * grad
    v = beta2 * estado["v"] + (1 - beta2) * grad ** 2
    m_hat, v_hat = m / (1 - beta1 ** t), v / (1 - beta2 ** t)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), {"m": m, "v": v, "t": t}


@error("devolviste la salida esperada de la prueba visible sin calcularla.",
       mensaje="Dos pasos encadenados")
def pasoAdam__respuesta_fija(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    from course.optimizacion import ESPERADO
    caso = ESPERADO["pasoAdam"]["estado_nuevo"]
    return ESPERADO["pasoAdam"]["theta"].copy(), {"m": caso["m"].copy(), "v": caso["v"].copy(),
                                                  "t": 3}


@error("actualizaste en el lugar los momentos y el contador del estado que recibiste.",
       mensaje="modificó lo que recibió")
def pasoAdam__en_el_lugar(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    estado["t"] += 1
    estado["m"] = beta1 * estado["m"] + (1 - beta1) * grad
    estado["v"] = beta2 * estado["v"] + (1 - beta2) * grad ** 2
    m_hat = estado["m"] / (1 - beta1 ** estado["t"])
    v_hat = estado["v"] / (1 - beta2 ** estado["t"])
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), estado


@alternativa("las correcciones como factores, con np.power y ** 0.5")
def pasoAdam__factores(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    t = int(estado["t"]) + 1
    m = beta1 * estado["m"] + (1.0 - beta1) * grad
    v = beta2 * estado["v"] + (1.0 - beta2) * (grad * grad)
    correccion1 = 1.0 / (1.0 - np.power(beta1, t))
    correccion2 = 1.0 / (1.0 - np.power(beta2, t))
    paso = lr * (m * correccion1) / ((v * correccion2) ** 0.5 + eps)
    return theta - paso, {"m": m, "v": v, "t": t}


@alternativa("una copia del estado actualizada clave a clave")
def pasoAdam__copia(theta, grad, estado, lr=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    nuevo = dict(estado)
    nuevo["t"] = estado["t"] + 1
    nuevo["m"] = beta1 * estado["m"] + (1 - beta1) * grad
    nuevo["v"] = beta2 * estado["v"] + (1 - beta2) * np.square(grad)
    m_hat = nuevo["m"] / (1 - beta1 ** nuevo["t"])
    v_hat = nuevo["v"] / (1 - beta2 ** nuevo["t"])
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps), nuevo


# --------------------------------------------------------------------------- tasaEscalon


@error("olvidaste la división entera: factor^(e / cada) baja la tasa un poco en cada época, no "
       "en escalones.", mensaje="división entera")
def tasaEscalon__sin_piso(alpha0, epoca, cada, factor=0.1):
    return float(alpha0 * factor ** (epoca / cada))


@error("el primer escalón empezó en la época 0 (factor^(e // cada + 1)): las primeras «cada» "
       "épocas deben usar α0.", mensaje="primer escalón")
def tasaEscalon__mas_uno(alpha0, epoca, cada, factor=0.1):
    return float(alpha0 * factor ** (epoca // cada + 1))


@error("multiplicaste por factor·⌊e / cada⌋ en vez de elevar factor a ⌊e / cada⌋.",
       mensaje="elevar factor")
def tasaEscalon__multiplica(alpha0, epoca, cada, factor=0.1):
    return float(alpha0 * factor * (epoca // cada))


@error("bajaste la tasa una sola vez (α0 antes de la época «cada», α0·factor después): los "
       "escalones se repiten cada «cada» épocas.", mensaje="una sola vez")
def tasaEscalon__una_vez(alpha0, epoca, cada, factor=0.1):
    return float(alpha0 if epoca < cada else alpha0 * factor)


@error("usaste el resto e % cada en vez del cociente e // cada.", mensaje="el resto")
def tasaEscalon__modulo(alpha0, epoca, cada, factor=0.1):
    return float(alpha0 * factor ** (epoca % cada))


@alternativa("un bucle que multiplica por el factor en cada escalón")
def tasaEscalon__bucle(alpha0, epoca, cada, factor=0.1):
    tasa = alpha0
    for _ in range(int(epoca) // int(cada)):
        tasa *= factor
    return tasa


@alternativa("math.floor de la división")
def tasaEscalon__floor(alpha0, epoca, cada, factor=0.1):
    import math
    return alpha0 * factor ** math.floor(epoca / cada)


# --------------------------------------------------------------------------- tasaExponencial


@error("escribiste exp(+k·e): la tasa crece en vez de decaer.", mensaje="crece")
def tasaExponencial__signo(alpha0, epoca, k):
    return float(alpha0 * np.exp(k * epoca))


@error("usaste (1 − k)^e en vez de exp(−k·e): es otro decaimiento geométrico.",
       mensaje="(1 − k)^e")
def tasaExponencial__geometrica(alpha0, epoca, k):
    return float(alpha0 * (1 - k) ** epoca)


@error("olvidaste multiplicar k por la época: exp(−k) es la misma tasa en todas las épocas.",
       mensaje="multiplicar k por la época")
def tasaExponencial__sin_epoca(alpha0, epoca, k):
    return float(alpha0 * np.exp(-k))


@error("contaste las épocas desde 1 (exp(−k·(e + 1))): en la época 0 la tasa debe ser α0.",
       mensaje="desde 1")
def tasaExponencial__desde_uno(alpha0, epoca, k):
    return float(alpha0 * np.exp(-k * (epoca + 1)))


@alternativa("math.exp")
def tasaExponencial__math(alpha0, epoca, k):
    import math
    return alpha0 * math.exp(-k * epoca)


@alternativa("la potencia de exp(−k)")
def tasaExponencial__potencia(alpha0, epoca, k):
    return alpha0 * np.exp(-k) ** epoca


# --------------------------------------------------------------------------- tasaInversa


@error("olvidaste el 1 del denominador: α0 / (k·e) es infinita en la época 0.",
       mensaje="el 1 del denominador")
def tasaInversa__sin_uno(alpha0, epoca, k):
    return alpha0 / (k * epoca)


@error("multiplicaste por (1 + k·e) en vez de dividir: la tasa crece.", mensaje="en vez de dividir")
def tasaInversa__multiplica(alpha0, epoca, k):
    return float(alpha0 * (1 + k * epoca))


@error("faltaron los paréntesis: α0 / 1 + k·e suma k·e a la tasa.", mensaje="paréntesis")
def tasaInversa__parentesis(alpha0, epoca, k):
    return float(alpha0 / 1 + k * epoca)


@error("usaste α0 / √(1 + k·e) (el decaimiento 1/√t): este programa es 1/t.", mensaje="1/√t")
def tasaInversa__raiz(alpha0, epoca, k):
    return float(alpha0 / np.sqrt(1 + k * epoca))


@alternativa("con la potencia −1")
def tasaInversa__potencia(alpha0, epoca, k):
    return alpha0 * (1.0 + k * epoca) ** -1


# --------------------------------------------------------------------------- tasaCoseno


@error("olvidaste π dentro del coseno: cos(e / E) apenas baja la tasa.", mensaje="π")
def tasaCoseno__sin_pi(alpha0, epoca, epocas, alpha_min=0.0):
    return float(alpha_min + 0.5 * (alpha0 - alpha_min) * (1 + np.cos(epoca / epocas)))


@error("olvidaste el ½: la tasa empieza en 2·α0 − α_min.", mensaje="el ½")
def tasaCoseno__sin_medio(alpha0, epoca, epocas, alpha_min=0.0):
    return float(alpha_min + (alpha0 - alpha_min) * (1 + np.cos(np.pi * epoca / epocas)))


@error("no sumaste α_min: la tasa baja hasta 0 y no hasta α_min.", mensaje="no sumaste α_min")
def tasaCoseno__sin_minimo(alpha0, epoca, epocas, alpha_min=0.0):
    return float(0.5 * (alpha0 - alpha_min) * (1 + np.cos(np.pi * epoca / epocas)))


@error("escribiste 1 − cos: la tasa empieza en α_min y sube.", mensaje="1 − cos")
def tasaCoseno__al_reves(alpha0, epoca, epocas, alpha_min=0.0):
    return float(alpha_min + 0.5 * (alpha0 - alpha_min) * (1 - np.cos(np.pi * epoca / epocas)))


@error("dividiste entre E − 1 en vez de entre E (la tasa llega a α_min en la última época).",
       mensaje="E − 1")
def tasaCoseno__e_menos_uno(alpha0, epoca, epocas, alpha_min=0.0):
    return float(alpha_min + 0.5 * (alpha0 - alpha_min)
                 * (1 + np.cos(np.pi * epoca / (epocas - 1))))


@alternativa("math.cos y α0 menos la bajada")
def tasaCoseno__bajada(alpha0, epoca, epocas, alpha_min=0.0):
    import math
    return alpha0 - (alpha0 - alpha_min) * (1 - math.cos(math.pi * epoca / epocas)) / 2


# --------------------------------------------------------------------------- tasasPorActualizacion


@error("aplicaste el programa por lote: programa(k) con k el número de actualización, y no "
       "programa(época). La tasa cambia de época en época, no en cada mini-lote.",
       mensaje="por lote")
def tasasPorActualizacion__por_lote(programa, epocas, m, tamLote):
    por_epoca = -(-m // tamLote)
    return np.array([programa(k) for k in range(epocas * por_epoca)], dtype=float)


@error("usaste m // tamLote mini-lotes por época: el último, incompleto, también es una "
       "actualización.", mensaje="m // tamLote")
def tasasPorActualizacion__piso(programa, epocas, m, tamLote):
    return np.repeat([programa(e) for e in range(epocas)], m // tamLote).astype(float)


@error("usaste np.tile: repetiste la lista de tasas por época una vez por lote, así que las "
       "tasas se alternan en cada actualización.", mensaje="np.tile")
def tasasPorActualizacion__tile(programa, epocas, m, tamLote):
    por_epoca = -(-m // tamLote)
    return np.tile([float(programa(e)) for e in range(epocas)], por_epoca)


@error("contaste las épocas desde 1 (programa(e + 1)): la primera época es la 0.",
       mensaje="desde 1")
def tasasPorActualizacion__desde_uno(programa, epocas, m, tamLote):
    por_epoca = -(-m // tamLote)
    return np.repeat([float(programa(e + 1)) for e in range(epocas)], por_epoca)


@error("devolviste una tasa por época y no una por actualización.", mensaje="uno por época")
def tasasPorActualizacion__por_epoca(programa, epocas, m, tamLote):
    return np.array([programa(e) for e in range(epocas)], dtype=float)


@error("devolviste la salida esperada de la prueba visible sin calcularla.", mensaje="tasas",
       solo_oculta=True)
def tasasPorActualizacion__respuesta_fija(programa, epocas, m, tamLote):
    from course.optimizacion import ESPERADO
    return ESPERADO["tasasPorActualizacion"]["tasas"].copy()


@alternativa("dos bucles, época y mini-lote")
def tasasPorActualizacion__bucles(programa, epocas, m, tamLote):
    tasas = []
    for e in range(epocas):
        tasa = programa(e)
        for _ in range(0, m, tamLote):
            tasas.append(tasa)
    return np.array(tasas)


@alternativa("la época de cada actualización con k // lotes y math.ceil")
def tasasPorActualizacion__indices(programa, epocas, m, tamLote):
    import math
    lotes = math.ceil(m / tamLote)
    return np.array([programa(k // lotes) for k in range(epocas * lotes)], dtype=float)

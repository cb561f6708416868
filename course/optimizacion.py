"""Unidad «Optimización avanzada»: problemas de prueba, pruebas visibles y gráficas.

Las reglas de actualización de la unidad reciben un arreglo de parámetros ``theta`` (de cualquier
forma), su gradiente y el estado del optimizador (un diccionario de arreglos de la forma de theta
y, en Adam, el contador de pasos ``t``), y devuelven ``(theta_nuevo, estado_nuevo)`` sin
modificar lo que reciben. Los problemas de dos variables (una cuadrática mal condicionada y la
función de Rosenbrock) y sus gradientes están aquí, dados.

Las funciones ``revisar_*`` deciden si una salida es correcta dada la esperada (tipo → forma →
valores → errores típicos); las ``probar_*`` las aplican a entradas fijas con la salida esperada
escrita aquí. Las pruebas ocultas del calificador usan las mismas ``revisar_*`` con entradas nuevas.
"""
from __future__ import annotations

import copy
import functools
from typing import Callable, Mapping, Sequence

import numpy as np

from . import graficas, huellas
from .comprobar import (PruebaFallida, Sospecha, comprobar_arreglo, comprobar_escalar,
                        comprobar_tupla, comprobar_valores, exito, fallar, llamar, miles,
                        sospechas_de)
from .avance import un_solo_hilo
from .gradiente_numerico import comprobar_gradiente, gradiente_numerico

__all__ = [
    "cuadratica", "gradienteCuadratica", "rosenbrock", "gradienteRosenbrock", "pasoPromedio",
    "tasaDePrueba", "HESSIANA", "INICIO", "MINIMO", "EstadoModificado", "vigilar_paso",
    "probar_trayectoria", "probar_pasoMomento", "probar_pasoNesterov", "probar_pasoAdaGrad",
    "probar_pasoRMSprop", "probar_pasoAdam", "probar_tasaEscalon", "probar_tasaExponencial",
    "probar_tasaInversa", "probar_tasaCoseno", "probar_tasasPorActualizacion",
    "verificar_gradientes_problemas", "verificar_gradiente_red", "graficar_trayectorias",
    "graficar_curvas", "graficar_programas", "tabla_resultados",
    "pasos_hasta", "comprobar_limite_sgd", "un_solo_hilo",
]

UNIDAD = "optimizacion"


# ---------------------------------------------------------------------------------------------
# Los dos problemas de dos variables (dados)
# ---------------------------------------------------------------------------------------------

# La cuadrática f(θ) = ½ θᵀ H θ con H diagonal: curvaturas 1 y 25 (número de condición κ = 25).
HESSIANA = np.array([[1.0, 0.0], [0.0, 25.0]])
MINIMO = {"cuadratica": np.array([0.0, 0.0]), "rosenbrock": np.array([1.0, 1.0])}
INICIO = {"cuadratica": np.array([-4.0, 1.0]), "rosenbrock": np.array([-1.2, 1.0])}
LIMITES = {"cuadratica": ((-4.6, 1.6), (-1.6, 1.6)), "rosenbrock": ((-2.0, 2.0), (-0.8, 3.0))}


def cuadratica(theta):
    """La cuadrática mal condicionada f(θ) = ½(θ1² + 25·θ2²): un valle 25 veces más curvo a lo
    ancho (θ2) que a lo largo (θ1). Su mínimo es f = 0 en (0, 0).

    Argumentos:
        theta: punto (θ1, θ2), forma (2,).
    Devuelve:
        f(θ) como float.
    """
    return float(0.5 * (theta[0] ** 2 + 25.0 * theta[1] ** 2))


def gradienteCuadratica(theta):
    """Gradiente de la cuadrática: ∇f(θ) = H θ = (θ1, 25·θ2).

    Argumentos:
        theta: punto, forma (2,).
    Devuelve:
        ∇f(θ), arreglo nuevo de forma (2,).
    """
    return np.array([theta[0], 25.0 * theta[1]], dtype=float)


def rosenbrock(theta):
    """La función de Rosenbrock f(x, y) = (1 − x)² + 100·(y − x²)²: un valle estrecho y curvo
    con el mínimo f = 0 en (1, 1).

    Argumentos:
        theta: punto (x, y), forma (2,).
    Devuelve:
        f(θ) como float.
    """
    x, y = theta[0], theta[1]
    return float((1 - x) ** 2 + 100.0 * (y - x ** 2) ** 2)


def gradienteRosenbrock(theta):
    """Gradiente de Rosenbrock: ∂f/∂x = −2(1 − x) − 400·x·(y − x²), ∂f/∂y = 200·(y − x²).

    Argumentos:
        theta: punto (x, y), forma (2,).
    Devuelve:
        ∇f(θ), arreglo nuevo de forma (2,).
    """
    x, y = theta[0], theta[1]
    return np.array([-2 * (1 - x) - 400.0 * x * (y - x ** 2), 200.0 * (y - x ** 2)],
                    dtype=float)


_FUNCIONES = {"cuadratica": cuadratica, "rosenbrock": rosenbrock}
_NOMBRES = {"cuadratica": "cuadrática", "rosenbrock": "Rosenbrock"}
_GRADIENTES = {"cuadratica": gradienteCuadratica, "rosenbrock": gradienteRosenbrock}


# ---------------------------------------------------------------------------------------------
# Un paso y un programa de juguete para las pruebas (no son de ningún ejercicio)
# ---------------------------------------------------------------------------------------------

def pasoPromedio(theta, grad, estado, lr, escala=1.0):
    """Un optimizador de juguete para probar `trayectoria` (no lo uses para entrenar): se mueve
    en la dirección del PROMEDIO de todos los gradientes que ha visto.

        suma ← suma + g;  n ← n + 1;  θ ← θ − α·escala·suma / n

    Argumentos:
        theta: parámetros, arreglo de cualquier forma.
        grad: gradiente en theta, de la forma de theta.
        estado: {"suma": arreglo de la forma de theta, "n": int}.
        lr: tasa de aprendizaje α (float).
        escala: un factor más para la tasa (float).
    Devuelve:
        theta_nuevo: arreglo nuevo. estado_nuevo: diccionario nuevo {"suma": ..., "n": n + 1}.
    """
    suma = estado["suma"] + grad
    n = estado["n"] + 1
    return theta - lr * escala * suma / n, {"suma": suma, "n": n}


def tasaDePrueba(epoca):
    """Un programa de tasas de juguete para probar `tasasPorActualizacion`: una tasa distinta
    en cada una de 7 épocas seguidas (0.05, 0.08, 0.11, 0.07, 0.10, 0.06, 0.09, y se repite).

    Argumentos:
        epoca: la época (int ≥ 0).
    Devuelve:
        la tasa de esa época, float.
    """
    return round(0.05 + 0.01 * ((3 * int(epoca)) % 7), 10)


# ---------------------------------------------------------------------------------------------
# Entradas y salidas esperadas de las pruebas visibles (tests/test_fuentes.py las compara con la
# referencia a través de las huellas; los números van redondeados a 10 cifras)
# ---------------------------------------------------------------------------------------------

# Un paso desde un estado a medio camino. Las componentes 2 y 3 tienen un gradiente diminuto
# (1e-6) y uno nulo con su acumulado en 0, como los píxeles del borde de MNIST: ahí se ve dónde
# está ε (y qué pasa sin él).
_THETA = np.array([0.8, -1.5, 0.3, 2.0])
_GRAD = np.array([0.6, -0.4, 1e-6, 0.0])
# Dos pasos desde el estado inicial (todo en cero), con los hiperparámetros por defecto.
_CADENA = {"theta0": np.array([1.0, -2.0]), "g1": np.array([0.5, -1.0]),
           "g2": np.array([0.3, 0.2]), "lr": 0.1}

ESPERADO = {
    "pasoMomento": {
        "estado": {"v": np.array([0.05, -0.02, 0.0, 0.01])}, "hiper": (0.1, 0.9),
        "theta": np.array([0.785, -1.478, 0.2999999, 2.009]),
        "estado_nuevo": {"v": np.array([-0.015, 0.022, -1e-07, 0.009])},
        "cadena": [(np.array([0.95, -1.9]), {"v": np.array([-0.05, 0.1])}),
                   (np.array([0.875, -1.83]), {"v": np.array([-0.075, 0.07])})],
    },
    "pasoNesterov": {
        "estado": {"v": np.array([0.05, -0.02, 0.0, 0.01])}, "hiper": (0.1, 0.9),
        "theta": np.array([0.7265, -1.4402, 0.29999981, 2.0081]),
        "estado_nuevo": {"v": np.array([-0.015, 0.022, -1e-07, 0.009])},
        "cadena": [(np.array([0.905, -1.81]), {"v": np.array([-0.05, 0.1])}),
                   (np.array([0.8075, -1.767]), {"v": np.array([-0.075, 0.07])})],
    },
    "pasoAdaGrad": {
        "estado": {"r": np.array([0.5, 0.2, 3e-12, 0.0])}, "hiper": (0.1, 1e-8),
        "theta": np.array([0.7353003368, -1.433333334, 0.2502487562, 2.0]),
        "estado_nuevo": {"r": np.array([0.86, 0.36, 4e-12, 0.0])},
        "cadena": [(np.array([0.900000002, -1.900000001]), {"r": np.array([0.25, 1.0])}),
                   (np.array([0.8485504273, -1.919611614]), {"r": np.array([0.34, 1.04])})],
    },
    "pasoRMSprop": {
        "estado": {"r": np.array([0.05, 0.02, 2e-12, 0.0])}, "hiper": (0.01, 0.9, 1e-8),
        "theta": np.array([0.7789181497, -1.478306955, 0.29279749, 2.0]),
        "estado_nuevo": {"r": np.array([0.081, 0.034, 1.9e-12, 0.0])},
        "cadena": [(np.array([0.683772254, -1.683772244]), {"r": np.array([0.025, 0.1])}),
                   (np.array([0.5147414126, -1.749005049]), {"r": np.array([0.0315, 0.094])})],
    },
    "pasoAdam": {
        "estado": {"m": np.array([0.05, -0.03, 1e-6, 0.0]),
                   "v": np.array([0.004, 0.001, 1e-12, 0.0]), "t": 2},
        "hiper": (0.01, 0.9, 0.999, 1e-8),
        "theta": np.array([0.7967861951, -1.496024358, 0.2979809993, 2.0]),
        "estado_nuevo": {"m": np.array([0.105, -0.067, 1e-06, 0.0]),
                         "v": np.array([0.004356, 0.001159, 1e-12, 0.0]), "t": 3},
        # La secuencia calculada a mano del cuaderno (sección 6).
        "cadena": [(np.array([0.900000002, -1.900000001]),
                    {"m": np.array([0.05, -0.1]), "v": np.array([0.00025, 0.001]), "t": 1}),
                   (np.array([0.8042509867, -1.848897394]),
                    {"m": np.array([0.075, -0.07]), "v": np.array([0.00033975, 0.001039]),
                     "t": 2})],
    },
    "trayectoria": {
        "theta0": np.array([-4.0, 1.0]), "iteraciones": 4, "hiper": {"lr": 0.05, "escala": 2.0},
        "puntos": np.array([[-4.0, 1.0], [-3.6, -1.5], [-3.22, -0.875],
                            [-2.859333333, 0.2708333333], [-2.51735, 0.9609375]]),
        "estado": {"suma": np.array([-13.67933333, -27.60416667]), "n": 4},
    },
    "tasaEscalon": {"args": (0.5, 25, 10, 0.1), "tasa": 0.005,
                    "serie": {"args": (0.2, 4, 0.5), "tasas": [
                        0.2, 0.2, 0.2, 0.2, 0.1, 0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.05, 0.025]},
                    "por_defecto": {"args": (0.3, 12, 5), "tasa": 0.003}},
    "tasaExponencial": {"args": (0.2, 5, 0.1), "tasa": 0.1213061319,
                        "serie": {"args": (0.1, 0.3), "tasas": [
                            0.1, 0.0740818221, 0.0548811636, 0.040656966, 0.0301194212,
                            0.022313016, 0.0165298888, 0.0122456428]}},
    "tasaInversa": {"args": (0.2, 4, 0.5), "tasa": 0.06666666667,
                    "serie": {"args": (0.1, 0.25), "tasas": [
                        0.1, 0.08, 0.0666666667, 0.0571428571, 0.05, 0.0444444444, 0.04,
                        0.0363636364]}},
    "tasaCoseno": {"args": (0.1, 3, 10, 0.001), "tasa": 0.07959536999,
                   "serie": {"args": (0.1, 8), "tasas": [
                       0.1, 0.0961939766, 0.0853553391, 0.0691341716, 0.05, 0.0308658284,
                       0.0146446609, 0.0038060234]}},
    # La pregunta de la diapositiva: 10 240 ejemplos en mini-lotes de 512 → 20 por época.
    "tasasPorActualizacion": {"args": (3, 10240, 512), "por_epoca": 20,
                              # El registro de Keras de la diapositiva: 938/938 con lotes de 64.
                              "keras": {"args": (2, 60000, 64), "por_epoca": 938}},
}

# Las salidas esperadas de tasasPorActualizacion, escritas tal cual (una tasa por mini-lote).
ESPERADO["tasasPorActualizacion"]["tasas"] = np.array([0.05] * 20 + [0.08] * 20 + [0.11] * 20)
ESPERADO["tasasPorActualizacion"]["keras"]["tasas"] = np.array([0.05] * 938 + [0.08] * 938)

# Lo que guarda cada optimizador, su acumulado de cuadrados (donde actúa ε) y sus
# hiperparámetros por defecto (los de la firma del ejercicio).
_PASOS = {
    "pasoMomento": {"claves": ("v",), "t": False, "cuadrados": None,
                    "hiper": ("lr", "beta"), "por_defecto": {"beta": 0.9}},
    "pasoNesterov": {"claves": ("v",), "t": False, "cuadrados": None,
                     "hiper": ("lr", "beta"), "por_defecto": {"beta": 0.9}},
    "pasoAdaGrad": {"claves": ("r",), "t": False, "cuadrados": "r",
                    "hiper": ("lr", "eps"), "por_defecto": {"eps": 1e-8}},
    "pasoRMSprop": {"claves": ("r",), "t": False, "cuadrados": "r",
                    "hiper": ("lr", "rho", "eps"), "por_defecto": {"rho": 0.9, "eps": 1e-8}},
    "pasoAdam": {"claves": ("m", "v"), "t": True, "cuadrados": "v",
                 "hiper": ("lr", "beta1", "beta2", "eps"),
                 "por_defecto": {"beta1": 0.9, "beta2": 0.999, "eps": 1e-8}},
}


def _estado_cero(funcion: str, theta) -> dict:
    """El estado inicial (todo en cero) del optimizador ``funcion``."""
    info = _PASOS[funcion]
    estado = {k: np.zeros_like(np.asarray(theta, dtype=float)) for k in info["claves"]}
    if info["t"]:
        estado["t"] = 0
    return estado


# ---------------------------------------------------------------------------------------------
# El contrato: un paso no modifica lo que recibe
# ---------------------------------------------------------------------------------------------

class EstadoModificado(PruebaFallida):
    """Un paso modificó algo de lo que recibió (theta, grad o el diccionario estado)."""


def _instantanea(valor):
    """Una copia profunda para comparar después (arreglos, diccionarios, números)."""
    if isinstance(valor, np.ndarray):
        return np.array(valor, copy=True)
    if isinstance(valor, dict):
        return {k: _instantanea(v) for k, v in valor.items()}
    return copy.deepcopy(valor)


def _igual(a, b) -> bool:
    if isinstance(a, dict) or isinstance(b, dict):
        return isinstance(a, dict) and isinstance(b, dict) and set(a) == set(b) and all(
            _igual(a[k], b[k]) for k in a)
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        try:
            a, b = np.asarray(a), np.asarray(b)
            return a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=a.dtype.kind == "f"
                                                              and b.dtype.kind == "f"))
        except (TypeError, ValueError):
            return False
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001  (objetos raros: distintos)
        return False


def _cambios(antes: tuple, theta, grad, estado) -> str | None:
    """Qué cambió entre ``antes`` (instantáneas de theta, grad, estado) y ahora, o None."""
    theta0, grad0, estado0 = antes
    if not _igual(theta0, theta):
        return ("cambiaron los valores del theta que recibiste (¿actualizaste en el lugar, con "
                "theta -= ... o theta[...] = ...?)")
    if not _igual(grad0, grad):
        return "cambiaron los valores del grad que recibiste"
    if isinstance(estado0, dict) and isinstance(estado, dict):
        if set(estado) != set(estado0):
            return (f"el diccionario estado que recibiste ahora tiene las claves "
                    f"{sorted(estado)} en vez de {sorted(estado0)}")
        for k in estado0:
            if not _igual(estado0[k], estado[k]):
                return (f"estado[{k!r}] del diccionario que recibiste cambió (¿asignaste "
                        f"estado[{k!r}] = ... o usaste += sobre el diccionario recibido?)")
    return None


def _mensaje_modificado(nombre: str, detalle: str) -> str:
    return (f"Tu {nombre} modificó lo que recibió: {detalle}. El contrato de los pasos es no "
            f"modificar theta, grad ni estado: quien llama los sigue usando (trayectoria guarda "
            f"cada θ y el estado anterior sirve para repetir o comparar un paso). Hace falta "
            f"crear arreglos nuevos (θ − ..., no θ -= ...) y devolver un diccionario nuevo.")


def _solo_lectura(valor):
    """Una vista de solo lectura de un arreglo (el original no cambia); lo demás, tal cual."""
    if isinstance(valor, np.ndarray):
        vista = valor.view()
        vista.flags.writeable = False
        return vista
    return valor


def vigilar_paso(paso: Callable) -> Callable:
    """Envuelve TU función de paso: cada llamada recibe vistas de solo lectura de theta, grad y
    los arreglos del estado, en un diccionario propio; si tu función intenta cambiarlos en el
    lugar (theta -= ..., estado["v"] *= ...) o cambia las entradas del diccionario que recibió
    (estado["v"] = ...), lanza EstadoModificado con la explicación. Lo usan las celdas
    bloqueadas del cuaderno, así que los experimentos y el calificador llaman a la versión
    vigilada. (Sin copiar nada: no hace más lento el entrenamiento.)"""
    if getattr(paso, "_vigila_estado", False) or not callable(paso):
        return paso
    nombre = getattr(paso, "__name__", "paso")

    @functools.wraps(paso)
    def vigilado(theta, grad, estado, *args, **kwargs):
        recibido = ({k: _solo_lectura(v) for k, v in estado.items()} if isinstance(estado, dict)
                    else estado)
        antes = dict(recibido) if isinstance(recibido, dict) else None
        try:
            resultado = paso(_solo_lectura(theta), _solo_lectura(grad), recibido, *args,
                             **kwargs)
        except ValueError as error:
            if "read-only" not in str(error):
                raise
            raise EstadoModificado(_mensaje_modificado(
                nombre, "intentó cambiar en el lugar un arreglo que recibió (theta, grad o uno "
                        "del estado, con -=, *= o [...] =)")) from None
        if antes is not None and (set(recibido) != set(antes) or any(
                recibido[k] is not antes[k] for k in antes)):
            raise EstadoModificado(_mensaje_modificado(
                nombre, "cambió las entradas del diccionario estado que recibió (¿asignaste "
                        "estado[...] = ... en vez de crear un diccionario nuevo?)"))
        return resultado

    vigilado._vigila_estado = True
    return vigilado


def _llamar_paso(fn: Callable, funcion: str, theta, grad, estado, *resto, **kw):
    """Llama al paso del estudiante con copias propias y comprueba el contrato: esas copias no
    pueden cambiar. En este proceso se ve directamente; en el proceso aislado del calificador
    (que recibe copias) lo detecta la celda bloqueada que envuelve la función con vigilar_paso.
    Devuelve (salida, avisos) como comprobar.llamar."""
    if not callable(fn):
        return llamar(fn, theta, grad, estado, *resto, nombre=funcion, **kw)
    recibidos = (np.array(theta, dtype=float, copy=True), np.array(grad, dtype=float, copy=True),
                 _instantanea(estado))
    antes = tuple(_instantanea(r) for r in recibidos)

    def llamada():
        return fn(*recibidos, *resto, **kw)

    llamada.__name__ = funcion
    try:
        salida, avisos = llamar(llamada, nombre=funcion)
    except PruebaFallida as fallo:
        causa = fallo.__cause__
        if isinstance(fallo, EstadoModificado) or (
                causa is not None and type(causa).__name__ == "EstadoModificado"):
            raise EstadoModificado(str(causa or fallo)) from None
        raise
    detalle = _cambios(antes, *recibidos)
    if detalle:
        raise EstadoModificado(_mensaje_modificado(funcion, detalle))
    return salida, avisos


# ---------------------------------------------------------------------------------------------
# Revisiones (compartidas por pruebas visibles y ocultas)
# ---------------------------------------------------------------------------------------------

_PISTAS_THETA = {
    "pasoMomento": "La regla es v ← β·v − α·g y luego θ ← θ + v (con la v nueva).",
    "pasoNesterov": "Con el cambio de variable de la sección 4: v_nueva = β·v − α·g y "
                    "θ ← θ − β·v + (1 + β)·v_nueva (v es la velocidad que recibiste).",
    "pasoAdaGrad": "La regla es r ← r + g² (elemento a elemento) y θ ← θ − α·g / (√r + ε), "
                   "con la r nueva y ε fuera de la raíz.",
    "pasoRMSprop": "La regla es r ← ρ·r + (1 − ρ)·g² y θ ← θ − α·g / (√r + ε), con la r "
                   "nueva y ε fuera de la raíz.",
    "pasoAdam": "El Algoritmo 1: t ← t + 1; m ← β1·m + (1 − β1)·g; v ← β2·v + (1 − β2)·g²; "
                "m̂ = m/(1 − β1^t); v̂ = v/(1 − β2^t); θ ← θ − α·m̂/(√v̂ + ε).",
}


def _misma_forma(valor, nombre: str, forma: tuple) -> None:
    """Un arreglo de otra forma que theta: las operaciones de un paso son elemento a elemento."""
    if isinstance(valor, np.ndarray) and valor.shape != tuple(forma):
        if len(forma) == 2 and valor.shape == tuple(forma)[::-1] and forma[0] != forma[1]:
            fallar(f"{nombre} tiene forma {valor.shape} y theta {tuple(forma)}: ¿transpusiste "
                   f"algo? Las operaciones de un paso son elemento a elemento.")
        fallar(f"{nombre} tiene forma {valor.shape} y theta {tuple(forma)}: debe tener la forma "
               f"de theta (todas las operaciones de un paso son elemento a elemento, sin "
               f"productos matriciales ni sumas sobre ejes).")


def _sin_epsilon(funcion: str, nuevo, theta, grad, estado) -> None:
    """Un NaN justo donde el gradiente y el acumulado de cuadrados valen 0: 0/0 por falta de ε."""
    clave = _PASOS[funcion]["cuadrados"]
    if clave is None or not isinstance(nuevo, np.ndarray) or nuevo.shape != np.shape(theta):
        return
    if not np.issubdtype(nuevo.dtype, np.floating) or np.all(np.isfinite(nuevo)):
        return
    acumulado = np.asarray(estado.get(clave, np.nan), dtype=float) if isinstance(
        estado, dict) else np.nan
    ceros = (np.asarray(grad) == 0) & (acumulado == 0)
    malos = ~np.isfinite(nuevo)
    if ceros.any() and np.array_equal(malos, ceros):
        raiz = "√v̂" if funcion == "pasoAdam" else "√r"
        fallar(f"theta_nuevo tiene NaN justo donde el gradiente y el acumulado "
               f"estado[{clave!r}] valen 0: dividiste 0/0. ¿Olvidaste sumar ε al denominador "
               f"({raiz} + ε)? Con gradientes exactamente nulos, como los de los píxeles del "
               f"borde de MNIST, ε es lo que evita dividir entre cero.")


def _patrones_estado(funcion: str, estado_ref: dict, hiper: Mapping) -> dict:
    """{clave: [Sospecha, ...]}: errores típicos que solo se ven en el estado devuelto."""
    patrones = {k: [] for k in _PASOS[funcion]["claves"]}
    if funcion in ("pasoMomento", "pasoNesterov"):
        patrones["v"].append(Sospecha(
            -np.asarray(estado_ref["v"], dtype=float),
            "la velocidad guardada tiene el signo contrario al de la convención de la unidad: "
            "v es el desplazamiento, v ← β·v − α·g, y θ_nuevo = θ + v (en Nesterov, "
            "θ − β·v + (1 + β)·v_nueva)."))
    if funcion == "pasoAdam":
        t = estado_ref["t"]
        b1, b2 = hiper.get("beta1", 0.9), hiper.get("beta2", 0.999)
        patrones["m"].append(Sospecha(
            np.asarray(estado_ref["m"], dtype=float) / (1 - b1 ** t),
            "guardaste en el estado el momento corregido m̂ = m / (1 − β1^t) en vez de m: la "
            "corrección de sesgo solo sirve para calcular el paso. Guardada, el paso siguiente "
            "la aplica otra vez sobre un valor ya corregido."))
        patrones["v"].append(Sospecha(
            np.asarray(estado_ref["v"], dtype=float) / (1 - b2 ** t),
            "guardaste en el estado el segundo momento corregido v̂ = v / (1 − β2^t) en vez de "
            "v: la corrección de sesgo solo sirve para calcular el paso."))
    return patrones


def _revisar_estado(funcion: str, estado_nuevo, estado_ref: dict, estado, forma: tuple,
                    hiper: Mapping, avisos=()) -> None:
    info = _PASOS[funcion]
    claves = list(info["claves"]) + (["t"] if info["t"] else [])
    if not isinstance(estado_nuevo, dict):
        fallar(f"estado_nuevo debe ser un diccionario con las claves {claves}, pero es de tipo "
               f"{type(estado_nuevo).__name__}.")
    faltan = [k for k in claves if k not in estado_nuevo]
    if faltan:
        fallar(f"A estado_nuevo le faltan las claves {faltan}: debe tener {claves} (las mismas "
               f"que el estado que recibe, para que el paso siguiente las encuentre).")
    for k in info["claves"]:
        _misma_forma(estado_nuevo[k], f"estado_nuevo[{k!r}]", forma)
    valores = {k: comprobar_arreglo(estado_nuevo[k], f"estado_nuevo[{k!r}]", forma,
                                    avisos=avisos)
               for k in info["claves"]}
    if info["t"]:
        t = comprobar_escalar(estado_nuevo["t"], "estado_nuevo['t']")
        if t == float(estado["t"]):
            fallar(f"estado_nuevo['t'] vale {t:g}, lo mismo que el t que recibiste: ¿olvidaste "
                   f"guardar t + 1? El paso siguiente corregiría el sesgo con un t atrasado.")
        if t != float(estado_ref["t"]) or t != int(t):
            fallar(f"estado_nuevo['t'] vale {t:g} y debe ser el número de pasos dados, "
                   f"t + 1 = {estado_ref['t']}.")
    recibido = all(_igual(valores[k], np.asarray(estado[k], dtype=float)) for k in info["claves"])
    if recibido and not all(np.allclose(estado_ref[k], estado[k]) for k in info["claves"]):
        nombres = ", ".join(info["claves"])
        fallar(f"estado_nuevo tiene los mismos valores ({nombres}) que el estado que recibiste: "
               f"¿olvidaste guardar en él los valores nuevos? Así el estado no se conserva "
               f"entre pasos: el paso siguiente empieza sin recordar nada de este.")
    patrones = _patrones_estado(funcion, estado_ref, hiper)
    for k in info["claves"]:
        comprobar_valores(valores[k], estado_ref[k], f"estado_nuevo[{k!r}]", rtol=1e-6,
                          atol=1e-14, sospechas=patrones[k],
                          pista=_PISTAS_THETA[funcion] + " El estado guarda los valores nuevos.")


def revisar_paso(funcion: str, salida, esperado: tuple, theta, grad, estado, hiper: Mapping, *,
                 avisos=(), extra=None) -> None:
    """``esperado`` = (theta_nuevo, estado_nuevo) de la referencia para (theta, grad, estado)
    con los hiperparámetros ``hiper`` ({"lr": ..., "beta": ...})."""
    theta_ref, estado_ref = esperado
    theta = np.asarray(theta, dtype=float)
    if isinstance(salida, np.ndarray):
        fallar(f"{funcion} devolvió un solo arreglo: debe devolver la tupla (theta_nuevo, "
               f"estado_nuevo), con el estado para el paso siguiente.")
    if (isinstance(salida, (tuple, list)) and len(salida) == 2 and isinstance(salida[0], dict)
            and not isinstance(salida[1], dict)):
        fallar(f"{funcion} devolvió (estado_nuevo, theta_nuevo): el orden es (theta_nuevo, "
               f"estado_nuevo).")
    nuevo, estado_nuevo = comprobar_tupla(salida, ["theta_nuevo", "estado_nuevo"], funcion)
    _misma_forma(nuevo, "theta_nuevo", theta.shape)
    _sin_epsilon(funcion, nuevo, theta, grad, estado)
    nuevo = comprobar_arreglo(nuevo, "theta_nuevo", theta.shape, referencia="theta",
                              avisos=avisos)
    if np.array_equal(nuevo, theta) and not np.allclose(theta_ref, theta):
        fallar("theta_nuevo es igual al theta que recibiste: ¿devolviste theta sin sumarle el "
               "paso?")
    comprobar_valores(nuevo, theta_ref, "theta_nuevo", rtol=1e-6, atol=1e-12,
                      sospechas=sospechas_de(extra, "theta"), pista=_PISTAS_THETA[funcion])
    _revisar_estado(funcion, estado_nuevo, estado_ref, estado, theta.shape, hiper, avisos)


def revisar_cadena(funcion: str, fn: Callable, theta0, gradientes: Sequence, esperados: Sequence,
                   hiper: Mapping, *, por_defecto: bool = True) -> None:
    """Pasos encadenados desde el estado inicial (todo en cero): cada uno recibe el estado que
    devolvió el anterior. ``esperados`` = [(theta, estado), ...] de la referencia. Con
    ``por_defecto``, solo se pasa la tasa (lr): los demás hiperparámetros son los de la firma."""
    theta, estado = np.asarray(theta0, dtype=float), _estado_cero(funcion, theta0)
    extra_hiper = {} if por_defecto else {k: v for k, v in hiper.items() if k != "lr"}
    completos = {"lr": hiper["lr"], **_PASOS[funcion]["por_defecto"], **extra_hiper}
    for i, (g, esperado) in enumerate(zip(gradientes, esperados), start=1):
        salida, avisos = _llamar_paso(fn, funcion, theta, g, estado, hiper["lr"], **extra_hiper)
        try:
            revisar_paso(funcion, salida, esperado, theta, g, estado, completos, avisos=avisos)
        except EstadoModificado:
            raise
        except PruebaFallida as fallo:
            if por_defecto:
                _revisar_por_defecto(funcion, fn, theta, g, estado, esperado, completos)
            contexto = ("desde el estado inicial (todo en cero)" if i == 1 else
                        f"con el estado que devolvió tu paso {i - 1}")
            raise PruebaFallida(f"Dos pasos encadenados: el paso {i}, {contexto}, no es "
                                f"correcto. {fallo}") from None
        theta, estado = salida


def _revisar_por_defecto(funcion, fn, theta, g, estado, esperado, completos) -> None:
    """Si el paso solo falla sin los hiperparámetros explícitos, los culpables son los valores
    por defecto de la firma."""
    try:
        salida, _ = _llamar_paso(fn, funcion, theta, g, estado, **completos)
        revisar_paso(funcion, salida, esperado, theta, g, estado, completos)
    except PruebaFallida:
        return
    valores = ", ".join(f"{k} = {v:g}" for k, v in _PASOS[funcion]["por_defecto"].items())
    fallar(f"{funcion} da el paso correcto si se le pasan todos los hiperparámetros, pero no "
           f"con los valores por defecto de su firma: ¿cambiaste los valores por defecto? Deben "
           f"ser {valores}.")


def _a_arreglo(puntos):
    """Acepta la trayectoria como arreglo o como lista de puntos (se apilan en filas)."""
    if isinstance(puntos, (list, tuple)):
        try:
            return np.array([np.asarray(p, dtype=float) for p in puntos])
        except (TypeError, ValueError):
            fallar("puntos debe ser un arreglo (iteraciones + 1, n) o una lista de puntos de la "
                   "misma forma.")
    return puntos


def _revisar_estado_libre(estado, estado_ref: dict, nombre: str) -> None:
    """Un estado cualquiera (diccionario de arreglos y números) contra el de referencia."""
    if not isinstance(estado, dict):
        fallar(f"{nombre} debe ser un diccionario, pero es de tipo {type(estado).__name__}.")
    faltan = [k for k in estado_ref if k not in estado]
    if faltan:
        fallar(f"A {nombre} le faltan las claves {faltan}.")
    for k, ref in estado_ref.items():
        if isinstance(ref, np.ndarray):
            valor = comprobar_arreglo(estado[k], f"{nombre}[{k!r}]", ref.shape)
        else:
            valor = comprobar_escalar(estado[k], f"{nombre}[{k!r}]")
        comprobar_valores(valor, ref, f"{nombre}[{k!r}]", rtol=1e-6, atol=1e-12)


def revisar_trayectoria(salida, esperado: tuple, theta0, estado0: dict, iteraciones: int, *,
                        avisos=(), extra=None) -> None:
    """``esperado`` = (puntos, estado) de la referencia."""
    puntos_ref, estado_ref = esperado
    puntos, estado = comprobar_tupla(salida, ["puntos", "estado"], "trayectoria")
    puntos = _a_arreglo(puntos)
    esperadas = iteraciones + 1
    if isinstance(puntos, np.ndarray) and puntos.ndim == 2 and puntos.shape[1] == np.size(theta0):
        filas = puntos.shape[0]
        if filas == esperadas - 1:
            fallar(f"puntos tiene {filas} filas y debe tener {esperadas}: una por paso MÁS el "
                   f"punto inicial θ0 en la fila 0. ¿Olvidaste guardar θ0?")
        if filas == esperadas + 1:
            fallar(f"puntos tiene {filas} filas y debe tener {esperadas}: diste un paso de más "
                   f"(con {iteraciones} iteraciones son {iteraciones} pasos).")
    puntos = comprobar_arreglo(puntos, "puntos", puntos_ref.shape, avisos=avisos)
    if not np.allclose(puntos[0], theta0):
        fallar("la fila 0 de puntos debe ser θ0, el punto inicial.")
    if (puntos.shape[0] > 2 and np.allclose(puntos[1:], puntos[-1])
            and not np.allclose(puntos_ref[1:], puntos_ref[-1])):
        fallar("todas las filas de puntos (salvo θ0) son iguales al punto final: guardaste en la "
               "lista el MISMO arreglo y luego lo cambiaste en el lugar (theta[...] = ...). Cada "
               "fila tiene que ser un arreglo distinto: el θ nuevo que devuelve el paso.")
    comprobar_valores(puntos, puntos_ref, "puntos", rtol=1e-6, atol=1e-10,
                      sospechas=sospechas_de(extra, "puntos"),
                      pista="Cada fila sale de la anterior con un paso: g = gradiente(θ) en el "
                            "punto actual y (θ, estado) = paso(θ, g, estado, **hiper), con el "
                            "estado que devolvió el paso anterior y todos los hiperparámetros.")
    if iteraciones > 0 and _igual(estado, estado0) and not _igual(estado_ref, estado0):
        fallar("trayectoria devolvió el estado inicial estado0: debe devolver el estado después "
               "del último paso (el que devolvió la última llamada a paso).")
    _revisar_estado_libre(estado, estado_ref, "el estado devuelto")


_PISTAS_TASA = {
    "tasaEscalon": "α(e) = α0 · factor^⌊e / cada⌋, con la división entera e // cada.",
    "tasaExponencial": "α(e) = α0 · exp(−k·e) (np.exp).",
    "tasaInversa": "α(e) = α0 / (1 + k·e).",
    "tasaCoseno": "α(e) = α_min + ½·(α0 − α_min)·(1 + cos(π·e / E)), con E = epocas.",
}


def revisar_tasa(funcion: str, salida, esperado: float, *, avisos=(), extra=None,
                 donde: str = "") -> None:
    nombre = f"El valor de {funcion}{donde}"
    tasa = comprobar_escalar(salida, nombre, avisos=avisos, acepta_un_elemento=True)
    comprobar_valores(tasa, esperado, nombre, rtol=1e-6, atol=1e-12,
                      sospechas=sospechas_de(extra, "tasa"), pista=_PISTAS_TASA[funcion])


def revisar_tasasPorActualizacion(salida, esperado: np.ndarray, epocas: int, m: int,
                                  tamLote: int, *, avisos=(), extra=None) -> None:
    por_epoca = esperado.size // epocas
    if isinstance(salida, (list, tuple)):
        try:
            salida = np.asarray(salida, dtype=float)
        except (TypeError, ValueError):
            fallar("tasasPorActualizacion debe devolver un arreglo 1-D de números.")
    if isinstance(salida, np.ndarray) and salida.ndim == 1 and salida.size != esperado.size:
        if salida.size == epocas:
            fallar(f"tasas tiene {epocas} valores, uno por época: se espera uno por "
                   f"ACTUALIZACIÓN, {por_epoca} por época ({epocas} × {por_epoca} = "
                   f"{esperado.size}), todos con la tasa de su época.")
        if m % tamLote and salida.size == epocas * (m // tamLote):
            fallar(f"tasas tiene {miles(salida.size)} valores y deben ser "
                   f"{miles(esperado.size)}: {miles(m)} / {tamLote} = {m / tamLote:g}, así que "
                   f"cada época tiene {miles(por_epoca)} mini-lotes (el último, de "
                   f"{m - (por_epoca - 1) * tamLote} ejemplos, también es una actualización). "
                   f"¿Usaste m // tamLote en vez de ⌈m / tamLote⌉?")
        fallar(f"tasas tiene {miles(salida.size)} valores y deben ser {miles(esperado.size)}: "
               f"{epocas} épocas × ⌈{miles(m)} / {tamLote}⌉ = {miles(por_epoca)} "
               f"actualizaciones por época.")
    tasas = comprobar_arreglo(salida, "tasas", esperado.shape, avisos=avisos)
    comprobar_valores(tasas, esperado, "tasas", rtol=1e-6, atol=1e-12,
                      sospechas=sospechas_de(extra, "tasas"),
                      pista=f"La actualización k es de la época k // {por_epoca} (⌈m / tamLote⌉ "
                            f"actualizaciones por época) y usa programa(época).")


# ---------------------------------------------------------------------------------------------
# Pruebas visibles
# ---------------------------------------------------------------------------------------------

# Nombres de las salidas de cada función calificada, en el orden del cuaderno.
SALIDAS = {
    "trayectoria": ("puntos", "estado"),
    "pasoMomento": ("theta", "estado"),
    "pasoNesterov": ("theta", "estado"),
    "pasoAdaGrad": ("theta", "estado"),
    "pasoRMSprop": ("theta", "estado"),
    "pasoAdam": ("theta", "estado"),
    "tasaEscalon": ("tasa",),
    "tasaExponencial": ("tasa",),
    "tasaInversa": ("tasa",),
    "tasaCoseno": ("tasa",),
    "tasasPorActualizacion": ("tasas",),
}


def entradas_visibles(funcion: str) -> tuple:
    """Los argumentos con que la prueba visible llama a ``funcion`` (arreglos nuevos)."""
    if funcion in _PASOS:
        caso = ESPERADO[funcion]
        return (_THETA.copy(), _GRAD.copy(), _instantanea(caso["estado"]), *caso["hiper"])
    if funcion == "trayectoria":
        caso = ESPERADO["trayectoria"]
        return (pasoPromedio, gradienteCuadratica, caso["theta0"].copy(),
                {"suma": np.zeros(2), "n": 0}, caso["iteraciones"], dict(caso["hiper"]))
    if funcion == "tasasPorActualizacion":
        return (tasaDePrueba, *ESPERADO[funcion]["args"])
    return tuple(ESPERADO[funcion]["args"])


# La llamada de cada prueba visible (entradas visibles, avisos y huellas): course.huellas.
_visible = functools.partial(huellas.llamar_visible, UNIDAD)


def _hiper(funcion: str, valores: Sequence) -> dict:
    return dict(zip(_PASOS[funcion]["hiper"], valores))


def _probar_paso(funcion: str, fn: Callable) -> None:
    caso = ESPERADO[funcion]
    theta, grad, estado, *hiper = entradas_visibles(funcion)
    salida, avisos = _llamar_paso(fn, funcion, theta, grad, estado, *hiper)
    extra = huellas.sospechas(UNIDAD, funcion)
    revisar_paso(funcion, salida, (caso["theta"], caso["estado_nuevo"]), theta, grad, estado,
                 _hiper(funcion, hiper), avisos=avisos, extra=extra)
    c = _CADENA
    revisar_cadena(funcion, fn, c["theta0"], (c["g1"], c["g2"]), caso["cadena"],
                   {"lr": c["lr"]})


def probar_trayectoria(trayectoria: Callable) -> None:
    """Prueba visible: 4 pasos de pasoPromedio sobre la cuadrática, y 0 pasos."""
    salida, avisos, extra = _visible("trayectoria", trayectoria)
    caso = ESPERADO["trayectoria"]
    args = entradas_visibles("trayectoria")
    revisar_trayectoria(salida, (caso["puntos"], caso["estado"]), args[2], args[3],
                        caso["iteraciones"], avisos=avisos, extra=extra)
    paso, gradiente, theta0, estado0, _, hiper = entradas_visibles("trayectoria")
    salida, avisos = llamar(trayectoria, paso, gradiente, theta0, estado0, 0, hiper,
                            nombre="trayectoria")
    revisar_trayectoria(salida, (theta0[None, :].copy(), {"suma": np.zeros(2), "n": 0}),
                        theta0, estado0, 0, avisos=avisos)
    exito("trayectoria: los 5 puntos y el estado final de 4 pasos de pasoPromedio, y con 0 "
          "iteraciones solo θ0 y el estado inicial.")


def probar_pasoMomento(pasoMomento: Callable) -> None:
    """Prueba visible: un paso desde una velocidad no nula y dos pasos desde v = 0."""
    _probar_paso("pasoMomento", pasoMomento)
    exito("pasoMomento: θ y v nuevos correctos, sin modificar lo recibido, y dos pasos "
          "encadenados con β = 0.9 por defecto dan (0.95, −1.9) y (0.875, −1.83).")


def probar_pasoNesterov(pasoNesterov: Callable) -> None:
    """Prueba visible: un paso desde una velocidad no nula y dos pasos desde v = 0."""
    _probar_paso("pasoNesterov", pasoNesterov)
    exito("pasoNesterov: θ y v nuevos correctos, sin modificar lo recibido, y dos pasos "
          "encadenados dan (0.905, −1.81) y (0.8075, −1.767).")


def probar_pasoAdaGrad(pasoAdaGrad: Callable) -> None:
    """Prueba visible: un paso con un gradiente diminuto y uno nulo, y dos pasos desde r = 0."""
    _probar_paso("pasoAdaGrad", pasoAdaGrad)
    exito("pasoAdaGrad: θ y r nuevos correctos (también con gradientes de 1e-6 y 0), sin "
          "modificar lo recibido, y dos pasos encadenados correctos.")


def probar_pasoRMSprop(pasoRMSprop: Callable) -> None:
    """Prueba visible: un paso con un gradiente diminuto y uno nulo, y dos pasos desde r = 0."""
    _probar_paso("pasoRMSprop", pasoRMSprop)
    exito("pasoRMSprop: θ y r nuevos correctos (también con gradientes de 1e-6 y 0), sin "
          "modificar lo recibido, y dos pasos encadenados con ρ = 0.9 por defecto correctos.")


def probar_pasoAdam(pasoAdam: Callable) -> None:
    """Prueba visible: un paso desde t = 2 y la secuencia calculada a mano de dos pasos."""
    _probar_paso("pasoAdam", pasoAdam)
    exito("pasoAdam: θ, m, v y t nuevos correctos desde t = 2, sin modificar lo recibido, y la "
          "secuencia calculada a mano: θ1 = (0.9, −1.9), θ2 = (0.80425, −1.84890).")


def _probar_tasa(funcion: str, fn: Callable) -> None:
    salida, avisos, extra = _visible(funcion, fn)
    caso = ESPERADO[funcion]
    revisar_tasa(funcion, salida, caso["tasa"], avisos=avisos, extra=extra)
    serie = caso["serie"]
    for epoca, esperada in enumerate(serie["tasas"]):
        args = (serie["args"][0], epoca, *serie["args"][1:])
        salida, avisos = llamar(fn, *args, nombre=funcion)
        revisar_tasa(funcion, salida, esperada, avisos=avisos,
                     donde=f" en la época {epoca} (argumentos {args})")
    if "por_defecto" in caso:
        salida, avisos = llamar(fn, *caso["por_defecto"]["args"], nombre=funcion)
        revisar_tasa(funcion, salida, caso["por_defecto"]["tasa"], avisos=avisos,
                     donde=f" con el factor por defecto (argumentos {caso['por_defecto']['args']})")


def probar_tasaEscalon(tasaEscalon: Callable) -> None:
    """Prueba visible: época 25 con escalones cada 10, una serie de 13 épocas y el factor 0.1
    por defecto."""
    _probar_tasa("tasaEscalon", tasaEscalon)
    exito("tasaEscalon: 0.5 · 0.1^⌊25/10⌋ = 0.005, la serie de 13 épocas y factor = 0.1 por "
          "defecto.")


def probar_tasaExponencial(tasaExponencial: Callable) -> None:
    """Prueba visible: época 5 con k = 0.1 y una serie de 8 épocas."""
    _probar_tasa("tasaExponencial", tasaExponencial)
    exito("tasaExponencial: 0.2 · exp(−0.5) = 0.12131 y la serie de 8 épocas.")


def probar_tasaInversa(tasaInversa: Callable) -> None:
    """Prueba visible: época 4 con k = 0.5 y una serie de 8 épocas."""
    _probar_tasa("tasaInversa", tasaInversa)
    exito("tasaInversa: 0.2 / (1 + 0.5·4) = 0.066667 y la serie de 8 épocas.")


def probar_tasaCoseno(tasaCoseno: Callable) -> None:
    """Prueba visible: época 3 de 10 con α_min = 0.001 y las 8 épocas de un programa de 8."""
    _probar_tasa("tasaCoseno", tasaCoseno)
    exito("tasaCoseno: 0.079595 en la época 3 de 10 y, en un programa de 8 épocas, α0 en la "
          "época 0 y α0/2 en la mitad (época 4).")


def probar_tasasPorActualizacion(tasasPorActualizacion: Callable) -> None:
    """Prueba visible: los dos ejemplos de la diapositiva (10 240 ejemplos en lotes de 512, y
    el registro de Keras de MNIST: 60 000 en lotes de 64)."""
    salida, avisos, extra = _visible("tasasPorActualizacion", tasasPorActualizacion)
    caso = ESPERADO["tasasPorActualizacion"]
    revisar_tasasPorActualizacion(salida, caso["tasas"], *caso["args"], avisos=avisos,
                                  extra=extra)
    keras = caso["keras"]
    salida, avisos = llamar(tasasPorActualizacion, tasaDePrueba, *keras["args"],
                            nombre="tasasPorActualizacion")
    revisar_tasasPorActualizacion(salida, keras["tasas"], *keras["args"], avisos=avisos)
    exito("tasasPorActualizacion: 10 240 ejemplos en lotes de 512 son 20 actualizaciones por "
          "época y 60 000 en lotes de 64 son 938 (la diapositiva: «938/938»), todas con la tasa "
          "de su época.")


# ---------------------------------------------------------------------------------------------
# Verificaciones numéricas de los gradientes dados
# ---------------------------------------------------------------------------------------------

def verificar_gradientes_problemas(puntos: int = 4, semilla: int = 0) -> dict:
    """Compara los gradientes dados de la cuadrática y de Rosenbrock con el gradiente numérico
    (diferencia centrada de course.gradiente_numerico) en puntos al azar. Devuelve
    {problema: mayor error relativo} e imprime una línea por problema."""
    rng = np.random.default_rng(semilla)
    errores = {}
    for problema in ("cuadratica", "rosenbrock"):
        f, g = _FUNCIONES[problema], _GRADIENTES[problema]
        peor = 0.0
        for _ in range(puntos):
            theta = rng.uniform(-1.5, 1.5, size=2)
            numerico = gradiente_numerico(lambda: f(theta), theta)
            peor = max(peor, comprobar_gradiente(g(theta.copy()), numerico, f"∇{problema}"))
        errores[problema] = peor
        print(f"  {problema:>10}: mayor error relativo en {puntos} puntos {peor:.1e}")
    exito("los gradientes dados coinciden con los numéricos.")
    return errores


def verificar_gradiente_red(redAdelanteSoftmax: Callable, redAtrasSoftmax: Callable,
                            costoEntropiaCategorica: Callable, initRed: Callable,
                            semilla: int = 0) -> dict:
    """Compara la retropropagación con salida softmax (dada) con el gradiente numérico del costo,
    en una red 6-5-4-3 con ReLU y 7 ejemplos al azar. Devuelve {parámetro: error relativo}."""
    rng = np.random.default_rng(semilla)
    dims, activaciones = [6, 5, 4, 3], ["relu", "tanh"]
    params = initRed(dims, semilla=semilla, escala=0.8)
    for l in range(1, len(dims)):
        params[f"b{l}"] = rng.normal(scale=0.1, size=params[f"b{l}"].shape)
    X = rng.normal(size=(6, 7))
    Y = np.eye(3)[:, rng.integers(0, 3, size=7)]
    AL, caches = redAdelanteSoftmax(X, params, activaciones)
    grads = redAtrasSoftmax(AL, Y, caches, activaciones)

    def J():
        return costoEntropiaCategorica(redAdelanteSoftmax(X, params, activaciones)[0], Y)

    errores = {}
    for nombre in params:
        numerico = gradiente_numerico(J, params[nombre])
        errores[nombre] = comprobar_gradiente(grads["d" + nombre], numerico, "d" + nombre,
                                              m=7)
    print("  " + "  ".join(f"d{k}: {e:.1e}" for k, e in errores.items()))
    exito("la retropropagación con softmax coincide con el gradiente numérico del costo.")
    return errores


# ---------------------------------------------------------------------------------------------
# Experimentos: ayudas
# ---------------------------------------------------------------------------------------------

def pasos_hasta(puntos, problema: str, tol: float):
    """El primer paso k con f(θ_k) < tol en la trayectoria ``puntos``, o None si no llega."""
    f = _FUNCIONES[problema]
    with np.errstate(all="ignore"):
        for k, theta in enumerate(np.asarray(puntos, dtype=float)):
            if f(theta) < tol:
                return k
    return None


def comprobar_limite_sgd(trayectorias: Mapping[str, np.ndarray], tasas: Sequence[float],
                         limite: float, problema: str = "cuadratica") -> None:
    """La afirmación de la diapositiva, en la cuadrática: con α por encima del límite 2/λ_max el
    descenso diverge (f crece) y por debajo converge. Imprime f al final de cada trayectoria
    de SGD y falla si alguna no se comporta como predice la teoría."""
    f = _FUNCIONES[problema]
    for (nombre, puntos), alpha in zip(trayectorias.items(), tasas):
        puntos = np.asarray(puntos, dtype=float)
        with np.errstate(all="ignore"):
            inicial, final = f(puntos[0]), f(puntos[-1])
        crece = not (final < inicial)
        print(f"  {nombre:>12}: f(θ0) = {inicial:.4g} → f final = {final:.4g}  "
              f"({'diverge' if crece else 'converge'}; α {'>' if alpha > limite else '<'} "
              f"2/λ_max = {limite:g})")
        if crece != (alpha > limite):
            fallar(f"Con {nombre} la trayectoria {'diverge' if crece else 'converge'}, y la "
                   f"teoría dice lo contrario (límite 2/λ_max = {limite:g}): el error está en "
                   f"tu trayectoria (¿usa el gradiente del punto actual en cada paso?).")
    exito(f"por debajo de α = {limite:g} SGD converge y por encima diverge, como dice la teoría.")


# ---------------------------------------------------------------------------------------------
# Gráficas
# ---------------------------------------------------------------------------------------------

def _en_malla(problema: str, xx, yy):
    if problema == "cuadratica":
        return 0.5 * (xx ** 2 + 25.0 * yy ** 2)
    return (1 - xx) ** 2 + 100.0 * (yy - xx ** 2) ** 2


def graficar_trayectorias(problema: str, trayectorias: Mapping[str, np.ndarray],
                          titulo: str | None = None, valores: bool = True):
    """Curvas de nivel de la cuadrática o de Rosenbrock con una trayectoria por optimizador
    ({"SGD": puntos, "momento": puntos, ...}) en el mismo panel y, si ``valores``, a su derecha
    f(θ_k) en cada paso (escala logarítmica)."""
    import matplotlib.pyplot as plt

    f = _FUNCIONES[problema]
    (x0, x1), (y0, y1) = LIMITES[problema]
    xx, yy = np.meshgrid(np.linspace(x0, x1, 200), np.linspace(y0, y1, 200))
    zz = _en_malla(problema, xx, yy)
    niveles = np.geomspace(0.02 if problema == "cuadratica" else 0.1, zz.max(), 15)
    if valores:
        fig, (ax, ax_f) = plt.subplots(1, 2, figsize=(12, 4.4),
                                       gridspec_kw={"width_ratios": [1.45, 1]})
    else:
        fig, ax = plt.subplots(figsize=(7.2, 4.4))
    ax.contour(xx, yy, zz, levels=niveles, cmap="viridis", linewidths=0.7, alpha=0.6)
    pasos = 0
    for i, (nombre, puntos) in enumerate(trayectorias.items()):
        puntos = np.asarray(puntos, dtype=float)
        pasos = max(pasos, len(puntos) - 1)
        with np.errstate(all="ignore"):
            f_pasos = np.array([f(p) for p in puntos])
        dentro = np.all(np.isfinite(puntos), axis=1) & (np.abs(puntos).max(axis=1) < 1e3)
        visibles = puntos[np.cumprod(dentro).astype(bool)]
        ax.plot(visibles[:, 0], visibles[:, 1], ".-", ms=2.5, lw=1.1, color=f"C{i}",
                label=f"{nombre} (f final {f_pasos[-1]:.2g})")
        ax.plot(*visibles[-1], "o", ms=6, color=f"C{i}", markeredgecolor="k")
        if valores:
            f_pasos[~np.isfinite(f_pasos)] = np.nan
            ax_f.plot(np.arange(len(f_pasos)), np.maximum(f_pasos, 1e-16), lw=1.4,
                      color=f"C{i}", label=nombre)
    inicio = np.asarray(next(iter(trayectorias.values())), dtype=float)[0]
    ax.plot(*inicio, "ks", ms=6)
    ax.plot(*MINIMO[problema], "k*", ms=13)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_xlabel("θ1" if problema == "cuadratica" else "x")
    ax.set_ylabel("θ2" if problema == "cuadratica" else "y")
    nombre_problema = ("cuadrática f = ½(θ1² + 25·θ2²)" if problema == "cuadratica"
                       else "Rosenbrock f = (1 − x)² + 100·(y − x²)²")
    ax.set_title(titulo or f"{nombre_problema}: {pasos} pasos", fontsize=10)
    ax.legend(fontsize=7.5, loc="best", framealpha=0.9)
    if valores:
        ax_f.set_yscale("log")
        ax_f.set_xlabel("paso")
        ax_f.set_ylabel("f(θ)")
        ax_f.set_title(f"f(θ) en cada paso ({_NOMBRES[problema]})", fontsize=10)
        ax_f.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def graficar_curvas(historias: Mapping[str, Sequence[float]], titulo: str = "Costo por época"):
    """El costo de entrenamiento por época de cada optimizador (o programa), en una gráfica."""
    fig = graficas.curva_de_costo(historias, titulo=titulo, xlabel="época", log=True)
    fig.set_size_inches(7, 4)
    fig.axes[0].set_ylabel("costo medio de los mini-lotes")
    fig.axes[0].legend(fontsize=8)
    fig.tight_layout()
    return fig


def graficar_programas(tasas: Mapping[str, np.ndarray], por_epoca: int,
                       titulo: str = "La tasa de aprendizaje de cada actualización"):
    """La tasa de cada actualización ({"escalón": tasas, ...}), con las épocas marcadas."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 3.6))
    largo = 0
    for nombre, valores in tasas.items():
        valores = np.asarray(valores, dtype=float)
        largo = max(largo, valores.size)
        ax.plot(np.arange(valores.size), valores, lw=1.6, label=nombre)
    for k in range(por_epoca, largo, por_epoca):
        ax.axvline(k, color="0.85", lw=0.7, zorder=0)
    ax.set_xlabel(f"actualización (mini-lote); líneas grises: cambio de época, cada "
                  f"{por_epoca}")
    ax.set_ylabel("tasa α")
    ax.set_title(titulo)
    ax.grid(alpha=0.3, axis="y")
    ax.legend(fontsize=8)
    fig.tight_layout()
    return fig


def tabla_resultados(resultados: Mapping[str, Mapping[str, float]]) -> None:
    """Imprime una fila por optimizador o programa: {"nombre": {"costo": ..., "validación":
    ..., "prueba": ...}} (las exactitudes entre 0 y 1)."""
    columnas = [c for c in ("costo", "validación", "prueba")
                if any(c in r for r in resultados.values())]
    ancho = max(len(n) for n in resultados)
    print(f"{'':>{ancho}} | " + " | ".join(f"{c:>12}" for c in columnas))
    print("-" * (ancho + 1) + "+" + "+".join("-" * 14 for _ in columnas))
    for nombre, fila in resultados.items():
        celdas = []
        for c in columnas:
            v = fila.get(c)
            celdas.append(f"{'':>12}" if v is None else (f"{v:>12.4f}" if c == "costo"
                                                         else f"{v:>11.1%} "))
        print(f"{nombre:>{ancho}} | " + " | ".join(celdas))

"""Unidad «Descenso de gradiente»: funciones dadas, pruebas visibles y gráficas.

Los vectores de parámetros v son arreglos 1-D de forma (n,). En regresión lineal los ejemplos son
columnas: X (n, m), y (1, m), theta (n + 1, 1) con theta[0] = θ0, el término independiente.

Las funciones ``revisar_*`` deciden si una salida es correcta dada la esperada (tipo → forma →
valores → errores típicos); las ``probar_*`` las aplican a entradas fijas con la salida esperada
escrita aquí. Las pruebas ocultas del calificador usan las mismas ``revisar_*`` con entradas nuevas.
"""
from __future__ import annotations

import functools
from typing import Callable, Mapping

import numpy as np

from .comprobar import (Sospecha, comprobar_arreglo, comprobar_lista_de_escalares,
                        comprobar_trayectoria, comprobar_tupla, comprobar_valores, exito,
                        fallar, llamar, sospechas_de, sospechas_de_escala)
from . import graficas, huellas
from .datos.recta import datos_recta
from .gradiente_numerico import comprobar_gradiente, gradiente_numerico

__all__ = [
    "funcionC", "costoRegresion", "datos_recta", "punto_inicial", "probar_gradienteC",
    "probar_pasoGradiente", "probar_descensoGradiente", "probar_gradienteRegresionLineal",
    "probar_entrenarRegresionLineal", "verificar_gradienteC", "graficar_trayectorias",
    "graficar_costos_por_eta", "graficar_recta", "graficar_costos",
]

UNIDAD = "descenso_gradiente"
MINIMO = np.array([1.0, -2.0])


# ---------------------------------------------------------------------------------------------
# Funciones dadas (se muestran en el cuaderno)
# ---------------------------------------------------------------------------------------------

def funcionC(v):
    """La función a minimizar: C(v1, v2) = (v1 − 1)² + (v1 − 1)(v2 + 2) + 2(v2 + 2)².

    Argumentos:
        v: punto (v1, v2), forma (2,).
    Devuelve:
        C(v) como float. Su mínimo es C = 0 en (1, −2).
    """
    a, b = v[0] - 1, v[1] + 2
    return float(a ** 2 + a * b + 2 * b ** 2)


def costoRegresion(theta, X, y):
    """Costo de la regresión lineal: J(θ) = 1/(2m) Σ (θ0 + θ1 x1 + … + θn xn − y)².

    Argumentos:
        theta: parámetros, forma (n + 1, 1); theta[0] es θ0.
        X: variables, forma (n, m); y: valores reales, forma (1, m).
    Devuelve:
        J como float.
    """
    m = X.shape[1]
    h = theta[0, 0] + theta[1:].T @ X
    return float(np.sum((h - y) ** 2) / (2 * m))


def punto_inicial(semilla: int | None = None) -> np.ndarray:
    """Un punto (v1, v2) al azar en [−4, 4] × [−5, 3], forma (2,)."""
    rng = np.random.default_rng(semilla)
    return np.array([rng.uniform(-4, 4), rng.uniform(-5, 3)])


# ---------------------------------------------------------------------------------------------
# Entradas y salidas esperadas de las pruebas visibles
# ---------------------------------------------------------------------------------------------

def _regresion_visible():
    X = np.array([[0.0, 1.0, 2.0, 3.0],
                  [1.0, -1.0, 0.5, 2.0]])
    y = np.array([[1.0, 3.0, 4.0, 8.0]])
    theta = np.array([[0.5], [1.0], [-1.0]])
    return theta, X, y


def _recta_visible():
    X = np.array([[0.0, 0.5, 1.0, 1.5, 2.0, 2.5]])
    y = np.array([[1.0, 2.2, 2.9, 4.1, 5.2, 5.8]])
    return X, y


ESPERADO = {
    "v": np.array([3.0, 1.0]),
    "gradienteC": np.array([7.0, 14.0]),
    "paso": {"eta": 0.1},
    "v_nuevo": np.array([2.3, -0.4]),
    "descenso": {"v0": np.array([3.0, 1.0]), "eta": 0.1, "iteraciones": 5},
    "trayectoria": np.array([[3.0, 1.0], [2.3, -0.4], [1.88, -1.17], [1.621, -1.59],
                             [1.4558, -1.8161], [1.34625, -1.93524]]),
    "descenso_tol": {"v0": np.array([3.0, 1.0]), "eta": 0.1, "iteraciones": 100, "tol": 0.5},
    # ‖∇C‖ en cada punto: 15.65, 8.77, 4.93, 2.80, 1.62, 0.97, 0.62, 0.42 < 0.5 → 7 pasos
    "trayectoria_tol": np.array([[3.0, 1.0], [2.3, -0.4], [1.88, -1.17], [1.621, -1.59],
                                 [1.4558, -1.8161], [1.34625, -1.93524],
                                 [1.270524, -1.995769], [1.2159961, -2.0245138]]),
    "grad_regresion": np.array([[-2.625], [-6.0], [-3.75]]),
    "entrenar": {"alpha": 0.1, "iteraciones": 5},
    "theta_final": np.array([[0.9666003764573086], [1.6060116647238396]]),
    "costos": [7.6450000000000005, 3.695494198495371, 1.789310717341168, 0.869304213107763,
               0.4252607463893139],
}


# ---------------------------------------------------------------------------------------------
# Revisiones (compartidas por pruebas visibles y ocultas)
# ---------------------------------------------------------------------------------------------


def revisar_gradienteC(salida, esperado: np.ndarray, *, avisos=(), extra=None) -> None:
    if np.ndim(salida) == 0 and isinstance(salida, (int, float, np.number, np.ndarray)):
        fallar("gradienteC devolvió un número: el gradiente es un vector con una derivada "
               "parcial por variable, (∂C/∂v1, ∂C/∂v2). ¿Devolviste C(v) en vez de ∇C(v)? "
               "(se esperaba un arreglo, no un escalar)")
    g = comprobar_arreglo(salida, "∇C", (2,), avisos=avisos)
    comprobar_valores(g, esperado, "∇C", sospechas=[
        Sospecha(-esperado, "tiene el signo cambiado: ∇C apunta hacia donde C crece; el signo "
                            "menos se pone al dar el paso, no en el gradiente."),
        Sospecha(esperado[::-1], "las dos componentes están intercambiadas: la primera es "
                                 "∂C/∂v1 (derivando respecto a v1) y la segunda ∂C/∂v2."),
        *sospechas_de(extra, "grad")],
        pista="Deriva C término a término: ∂C/∂v1 trata v2 como constante y ∂C/∂v2 trata v1 "
              "como constante. No olvides el término cruzado (v1 − 1)(v2 + 2).")


def revisar_pasoGradiente(salida, esperado: np.ndarray, v, grad, eta, *, avisos=(),
                          extra=None) -> None:
    nuevo = comprobar_arreglo(salida, "v nuevo", np.shape(esperado), referencia="v",
                              avisos=avisos)
    comprobar_valores(nuevo, esperado, "v nuevo", sospechas=[
        Sospecha(v + eta * grad, "diste el paso hacia arriba (v + η∇C): eso es ascenso de "
                                 "gradiente. Para bajar, v ← v − η∇C."),
        Sospecha(v - grad, "falta multiplicar el gradiente por la tasa de aprendizaje η."),
        Sospecha(-eta * grad, "devolviste solo el incremento −η∇C: súmaselo a v."),
        *sospechas_de(extra, "v")],
        pista="La regla es v ← v − η·∇C.")


def _a_arreglo(trayectoria):
    """Acepta la trayectoria como arreglo o como lista de arreglos (se apilan en filas)."""
    if isinstance(trayectoria, (list, tuple)):
        try:
            return np.array([np.asarray(p, dtype=float) for p in trayectoria])
        except (TypeError, ValueError):
            fallar("la trayectoria debe ser una lista de puntos de la misma forma o un arreglo "
                   "(pasos + 1, n).")
    return trayectoria


def revisar_descensoGradiente(salida, esperado: tuple, *, avisos=(), extra=None) -> None:
    """``esperado`` = (v_final, trayectoria) de la referencia."""
    v_ref, tray_ref = esperado
    v, tray = comprobar_tupla(salida, ["v", "trayectoria"], "descensoGradiente")
    v = comprobar_arreglo(v, "v final", v_ref.shape, avisos=avisos)
    tray = _a_arreglo(tray)
    if isinstance(tray, np.ndarray) and tray.ndim == 2 and tray.shape[1] == tray_ref.shape[1]:
        filas, esperadas = tray.shape[0], tray_ref.shape[0]
        if filas == esperadas - 1:
            fallar(f"la trayectoria tiene {filas} filas y debe tener {esperadas}: una por paso "
                   f"dado MÁS el punto inicial v0 en la fila 0. ¿Olvidaste guardar v0?")
        if filas == esperadas + 1:
            fallar(f"la trayectoria tiene {filas} filas y debe tener {esperadas}: diste un paso "
                   f"de más. Usa range(iteraciones) y, con tol, comprueba ‖∇C‖ < tol ANTES de "
                   f"dar el paso.")
        if filas > esperadas + 1:
            fallar(f"la trayectoria tiene {filas} filas y debe tener {esperadas}: no te "
                   f"detuviste a tiempo. Si tol no es None, para cuando ‖∇C(v)‖ < tol "
                   f"(np.linalg.norm del gradiente), antes de dar el paso.")
        if filas < esperadas - 1:
            fallar(f"la trayectoria tiene {filas} filas y debe tener {esperadas}: te detuviste "
                   f"demasiado pronto. Para solo cuando ‖∇C(v)‖ < tol, o tras «iteraciones» "
                   f"pasos.")
    tray = comprobar_arreglo(tray, "trayectoria", tray_ref.shape, avisos=avisos)
    if tray.shape[0] > 2 and np.allclose(tray, tray[-1]) and not np.allclose(tray_ref,
                                                                               tray_ref[-1]):
        fallar("todas las filas de la trayectoria son iguales al punto final: guardaste en la "
               "lista el MISMO arreglo y luego lo modificaste en el lugar (v -= ...). Guarda "
               "una copia (v.copy()) o crea un arreglo nuevo en cada paso (v = v − η·g).")
    if not np.allclose(tray[0], tray_ref[0]):
        fallar("la fila 0 de la trayectoria debe ser el punto inicial v0.")
    comprobar_valores(tray, tray_ref, "trayectoria", sospechas=sospechas_de(extra, "trayectoria"),
                      pista="Cada fila es la anterior menos η por el gradiente en la anterior: "
                            "v_{k+1} = v_k − η·gradienteC(v_k). Si gradienteC no pasa su "
                            "prueba, arréglala primero: descensoGradiente la usa.")
    comprobar_valores(v, v_ref, "v final", sospechas=sospechas_de(extra, "v"),
                      pista="v debe ser el último punto de la trayectoria.")


def revisar_gradienteRegresionLineal(salida, esperado: np.ndarray, m: int, *, avisos=(),
                                     extra=None) -> None:
    n1 = esperado.shape[0]
    if isinstance(salida, np.ndarray) and salida.shape == (n1 - 1, 1):
        fallar(f"el gradiente tiene forma {salida.shape} y theta ({n1}, 1): falta la derivada "
               f"respecto a θ0 en la fila 0, (1/m) Σ (h − y).")
    g = comprobar_arreglo(salida, "el gradiente", (n1, 1), referencia="theta", avisos=avisos)
    comprobar_valores(g, esperado, "el gradiente", sospechas=[
        *sospechas_de_escala(esperado, m), *sospechas_de(extra, "grad")],
        pista="Con h = θ0 + θ1·x1 + … + θn·xn: ∂J/∂θ0 = (1/m) Σ (h − y) (sin x) y "
              "∂J/∂θj = (1/m) Σ (h − y)·xj.")
    if not np.allclose(g[0], esperado[0], rtol=1e-5, atol=1e-7):
        fallar("la fila 0 (θ0) no es correcta: ∂J/∂θ0 = (1/m) Σ (h − y), sin multiplicar por "
               "ninguna x.")


def revisar_entrenarRegresionLineal(salida, esperado: tuple, iteraciones: int, *, avisos=(),
                                    extra=None) -> None:
    """``esperado`` = (theta, costos) de la referencia."""
    theta_ref, costos_ref = esperado
    costos_ref = np.asarray(costos_ref, dtype=float)
    theta, costos = comprobar_tupla(salida, ["theta", "costos"], "entrenarRegresionLineal")
    theta = comprobar_arreglo(theta, "theta", theta_ref.shape, avisos=avisos)
    costos = comprobar_lista_de_escalares(costos, "costos", iteraciones)
    comprobar_trayectoria([theta], [np.zeros_like(theta)], costos, costos_ref, iteraciones,
                          funcion="entrenarRegresionLineal", inicio="θ = 0",
                          primer_costo="el primero, con θ = 0", regla="θ ← θ − α·∇J",
                          otra_causa=", o das pasos demasiado grandes (¿olvidaste multiplicar "
                                     "por la tasa de aprendizaje α?)")
    comprobar_valores(costos, costos_ref, "costos", rtol=1e-5, atol=1e-8,
                      sospechas=sospechas_de(extra, "costos"),
                      pista="Empieza con θ = 0 de forma (n + 1, 1); en cada iteración guarda "
                            "costoRegresion(theta, X, y) y luego actualiza θ ← θ − α·∇J.")
    comprobar_valores(theta, theta_ref, "theta final", rtol=1e-5, atol=1e-8,
                      sospechas=sospechas_de(extra, "theta"),
                      pista="Revisa la actualización θ ← θ − α·gradienteRegresionLineal(θ, X, y).")


# ---------------------------------------------------------------------------------------------
# Pruebas visibles
# ---------------------------------------------------------------------------------------------

SALIDAS = {
    "gradienteC": ("grad",),
    "pasoGradiente": ("v",),
    "descensoGradiente": ("v", "trayectoria"),
    "gradienteRegresionLineal": ("grad",),
    "entrenarRegresionLineal": ("theta", "costos"),
}


def entradas_visibles(funcion: str) -> tuple:
    """Los argumentos con que la prueba visible llama a ``funcion``."""
    d = ESPERADO["descenso"]
    X, y = _recta_visible()
    return {
        "gradienteC": (ESPERADO["v"],),
        "pasoGradiente": (ESPERADO["v"], ESPERADO["gradienteC"], ESPERADO["paso"]["eta"]),
        "descensoGradiente": (d["v0"], d["eta"], d["iteraciones"]),
        "gradienteRegresionLineal": _regresion_visible(),
        "entrenarRegresionLineal": (X, y, ESPERADO["entrenar"]["alpha"],
                                    ESPERADO["entrenar"]["iteraciones"]),
    }[funcion]


# La llamada de cada prueba visible (entradas visibles, avisos y huellas): course.huellas.
_visible = functools.partial(huellas.llamar_visible, "descenso_gradiente")


def probar_gradienteC(gradienteC: Callable) -> None:
    """Prueba visible: ∇C(3, 1) = (7, 14), ∇C = 0 en el mínimo y comparación numérica."""
    salida, avisos, extra = _visible("gradienteC", gradienteC)
    revisar_gradienteC(salida, ESPERADO["gradienteC"], avisos=avisos, extra=extra)
    salida, avisos = llamar(gradienteC, MINIMO.copy(), nombre="gradienteC")
    g = comprobar_arreglo(salida, "∇C en el mínimo", (2,), avisos=avisos)
    if not np.allclose(g, 0, atol=1e-12):
        fallar("En el mínimo (1, −2) el gradiente debe ser (0, 0).")
    for v in (np.array([0.0, 0.0]), np.array([-2.5, 1.5])):
        salida, _ = llamar(gradienteC, v.copy(), nombre="gradienteC")
        comprobar_gradiente(np.asarray(salida, dtype=float),
                            gradiente_numerico(lambda: funcionC(v), v), "∇C")
    exito("gradienteC: ∇C(3, 1) = (7, 14), ∇C(1, −2) = (0, 0) y coincide con el gradiente "
          "numérico.")


def probar_pasoGradiente(pasoGradiente: Callable) -> None:
    """Prueba visible: un paso desde (3, 1) con ∇C = (7, 14) y η = 0.1."""
    salida, avisos, extra = _visible("pasoGradiente", pasoGradiente)
    v, grad, eta = entradas_visibles("pasoGradiente")
    revisar_pasoGradiente(salida, ESPERADO["v_nuevo"], v, grad, eta, avisos=avisos, extra=extra)
    exito("pasoGradiente: (3, 1) − 0.1·(7, 14) = (2.3, −0.4).")


def probar_descensoGradiente(descensoGradiente: Callable) -> None:
    """Prueba visible sobre C desde (3, 1) con η = 0.1: 5 pasos y luego parada con tol = 0.5."""
    salida, avisos, extra = _visible("descensoGradiente", descensoGradiente)
    esperado = (ESPERADO["trayectoria"][-1], ESPERADO["trayectoria"])
    revisar_descensoGradiente(salida, esperado, avisos=avisos, extra=extra)
    d = ESPERADO["descenso_tol"]
    salida, avisos = llamar(descensoGradiente, d["v0"], d["eta"], d["iteraciones"],
                            tol=d["tol"], nombre="descensoGradiente")
    tray = ESPERADO["trayectoria_tol"]
    revisar_descensoGradiente(salida, (tray[-1], tray), avisos=avisos)
    exito(f"descensoGradiente: los 5 pasos desde (3, 1) son correctos y con tol = 0.5 se "
          f"detiene tras {len(tray) - 1} pasos, en v = ({tray[-1, 0]:.5f}, {tray[-1, 1]:.5f}).")


def probar_gradienteRegresionLineal(gradienteRegresionLineal: Callable) -> None:
    """Prueba visible con 2 variables y 4 ejemplos, y comparación con el gradiente numérico."""
    salida, avisos, extra = _visible("gradienteRegresionLineal", gradienteRegresionLineal)
    theta, X, y = entradas_visibles("gradienteRegresionLineal")
    revisar_gradienteRegresionLineal(salida, ESPERADO["grad_regresion"], 4, avisos=avisos,
                                     extra=extra)
    comprobar_gradiente(np.asarray(salida, dtype=float),
                        gradiente_numerico(lambda: costoRegresion(theta, X, y), theta),
                        "∇J")
    exito("gradienteRegresionLineal: forma (3, 1), valores correctos y coincide con el "
          "gradiente numérico de costoRegresion.")


def probar_entrenarRegresionLineal(entrenarRegresionLineal: Callable) -> None:
    """Prueba visible: 5 iteraciones con α = 0.1 sobre 6 puntos."""
    salida, avisos, extra = _visible("entrenarRegresionLineal", entrenarRegresionLineal)
    esperado = (ESPERADO["theta_final"], ESPERADO["costos"])
    revisar_entrenarRegresionLineal(salida, esperado, ESPERADO["entrenar"]["iteraciones"],
                                    avisos=avisos, extra=extra)
    exito("entrenarRegresionLineal: theta final y los 5 costos correctos.")


def verificar_gradienteC(gradienteC: Callable, puntos: int = 5, semilla: int = 0) -> None:
    """Compara tu gradienteC con diferencias centrales de funcionC en puntos al azar."""
    rng = np.random.default_rng(semilla)
    for _ in range(puntos):
        v = rng.uniform(-4, 4, size=2)
        numerico = gradiente_numerico(lambda: funcionC(v), v)
        analitico = np.asarray(gradienteC(v.copy()), dtype=float)
        error = comprobar_gradiente(analitico, numerico, "∇C")
        print(f"  v = ({v[0]:+.3f}, {v[1]:+.3f}): analítico {analitico}, numérico {numerico}, "
              f"error relativo {error:.1e}")
    exito("tu gradienteC coincide con el gradiente numérico.")


# ---------------------------------------------------------------------------------------------
# Gráficas
# ---------------------------------------------------------------------------------------------

def graficar_trayectorias(trayectorias: Mapping[str, np.ndarray],
                          limites=((-5.0, 6.0), (-6.0, 3.0))):
    """Curvas de nivel de C y una trayectoria por panel ({"η = 0.02": trayectoria, ...})."""
    import matplotlib.pyplot as plt

    (x0, x1), (y0, y1) = limites
    xx, yy = np.meshgrid(np.linspace(x0, x1, 200), np.linspace(y0, y1, 200))
    a, b = xx - 1, yy + 2
    cc = a ** 2 + a * b + 2 * b ** 2
    niveles = np.geomspace(0.05, cc.max(), 14)
    fig, ejes = plt.subplots(1, len(trayectorias), figsize=(4.2 * len(trayectorias), 3.8),
                             squeeze=False)
    for ax, (nombre, tray) in zip(ejes[0], trayectorias.items()):
        tray = np.asarray(tray, dtype=float)
        ax.contour(xx, yy, cc, levels=niveles, cmap="viridis", linewidths=0.8)
        ax.plot(tray[:, 0], tray[:, 1], ".-", color="crimson", ms=4, lw=1)
        ax.plot(*tray[0], "ks", ms=6, label="inicio")
        ax.plot(*MINIMO, "k*", ms=12, label="mínimo (1, −2)")
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        final = funcionC(tray[-1])
        ax.set_title(f"{nombre}: {len(tray) - 1} pasos, C final = {final:.3g}", fontsize=9)
        ax.set_xlabel("v1")
        ax.set_ylabel("v2")
    ejes[0][0].legend(loc="lower left", fontsize=8)
    fig.tight_layout()
    return fig


def graficar_costos_por_eta(trayectorias: Mapping[str, np.ndarray]):
    """C(v_k) a lo largo de cada trayectoria, en escala logarítmica."""
    curvas = {nombre: [funcionC(v) for v in np.asarray(tray)]
              for nombre, tray in trayectorias.items()}
    return graficas.curva_de_costo(curvas, titulo="C(v) en cada paso según η", xlabel="paso",
                                   log=True)


def graficar_recta(X, y, theta, titulo: str = "Recta ajustada por descenso de gradiente"):
    """Los puntos (x, y) y la recta h(x) = θ0 + θ1·x (una sola variable)."""
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5.5, 3.6))
    ax.scatter(X[0], y[0], s=18, alpha=0.7, label="datos")
    xs = np.linspace(X.min(), X.max(), 50)
    theta = np.asarray(theta, dtype=float)
    ax.plot(xs, theta[0, 0] + theta[1, 0] * xs, "r-",
            label=f"h(x) = {theta[0, 0]:.3f} + {theta[1, 0]:.3f}·x")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.set_title(titulo)
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    return fig


def graficar_costos(costos, titulo: str = "J(θ) durante el entrenamiento"):
    """Curva de J por iteración (eje y logarítmico)."""
    return graficas.curva_de_costo({"entrenamiento": costos}, titulo=titulo, log=True)

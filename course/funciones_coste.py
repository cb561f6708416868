"""Unidad «Funciones de costo»: ejemplos del curso, pruebas visibles y gráficas.

Convención de columnas: las salidas de la red y las etiquetas one-hot tienen forma (k, m), con k
clases (10 en MNIST) y m ejemplos; las de una sola neurona de salida, (1, m).

Las funciones ``revisar_*`` deciden si una salida es correcta dada la esperada (tipo → forma →
valores → errores típicos); las ``probar_*`` las aplican a entradas fijas con la salida esperada
escrita aquí. Las pruebas ocultas del calificador usan las mismas ``revisar_*`` con entradas nuevas.
"""
from __future__ import annotations

import functools
from typing import Callable

import numpy as np

from .comprobar import (Sospecha, comprobar_arreglo, comprobar_costo_nulo, comprobar_escalar,
                        comprobar_valores, exito, fallar, llamar, sospechas_de,
                        sospechas_de_escala)
from . import huellas
from .datos.digitos import datos_digitos

__all__ = [
    "datos_digitos", "ejemplo_del_curso", "probar_codificarOneHot", "probar_costoCuadratico",
    "probar_entropiaCruzadaBinaria", "probar_entropiaCruzadaCategorica", "mostrar_digitos",
    "perdidas_por_ejemplo", "comparar_log2", "derivadas_respecto_z", "verificar_derivadas_z",
    "graficar_saturacion",
]

UNIDAD = "funciones_coste"


# ---------------------------------------------------------------------------------------------
# Datos del curso
# ---------------------------------------------------------------------------------------------

def ejemplo_del_curso() -> tuple[np.ndarray, np.ndarray]:
    """El ejemplo de las diapositivas: la imagen de un 0 y la salida de la red.

    Devuelve:
        a: salida de la red, forma (10, 1) = (0.9, 0.1, 0.1, 0.2, 0, …, 0)ᵀ.
        y: salida deseada, forma (10, 1) = (1, 0, …, 0)ᵀ.
    """
    a = np.array([[0.9, 0.1, 0.1, 0.2, 0, 0, 0, 0, 0, 0]]).T
    y = np.zeros((10, 1))
    y[0, 0] = 1.0
    return a, y


def _salidas_visibles():
    """Tres ejemplos (columnas): el del curso (un 0), uno perfecto (un 3) y uno regular (un 7)."""
    a, _ = ejemplo_del_curso()
    A = np.zeros((10, 3))
    A[:, 0] = a[:, 0]
    A[3, 1] = 1.0
    A[:, 2] = [0, 0.1, 0, 0, 0, 0, 0.3, 0.6, 0, 0.2]
    Y = np.zeros((10, 3))
    Y[[0, 3, 7], [0, 1, 2]] = 1.0
    return A, Y


def _probabilidades_visibles():
    """Salidas para la entropía cruzada categórica (con ceros exactos) y sus etiquetas."""
    A, Y = _salidas_visibles()
    P = np.zeros((10, 3))
    P[:, 0] = A[:, 0]          # la salida del curso: solo importa ŷ de la clase correcta, 0.9
    P[3, 1], P[4, 1] = 0.8, 0.2
    P[:, 2] = 0.1              # una red que no sabe nada: 0.1 para cada clase
    return P, Y


# Salidas esperadas de las pruebas visibles (tests/test_fuentes.py las compara con la referencia).
ESPERADO = {
    "etiquetas": np.array([3, 0, 9, 1, 3]),
    "k": 10,
    "Y": np.array([[0, 1, 0, 0, 0],
                   [0, 0, 0, 1, 0],
                   [0, 0, 0, 0, 0],
                   [1, 0, 0, 0, 1],
                   [0, 0, 0, 0, 0],
                   [0, 0, 0, 0, 0],
                   [0, 0, 0, 0, 0],
                   [0, 0, 0, 0, 0],
                   [0, 0, 0, 0, 0],
                   [0, 0, 1, 0, 0]], dtype=float),
    "etiquetas_pocas": np.array([1, 1, 0]),
    "k_pocas": 4,
    "Y_pocas": np.array([[0, 0, 1], [1, 1, 0], [0, 0, 0], [0, 0, 0]], dtype=float),
    "costo_curso": 0.035,            # ‖y − a‖² = 0.07 y n = 1: C = 0.07 / 2
    "costo_cuadratico": 0.06166666666666667,   # (0.07 + 0 + 0.30) / (2·3)
    "y_est": np.array([[0.9, 0.2, 0.6, 0.05, 0.7]]),
    "y": np.array([[1, 0, 1, 0, 0]], dtype=float),
    "entropia_binaria": 0.4189191578903026,
    "entropia_categorica": 0.8770297199886938,   # (−ln 0.9 − ln 0.8 + ln 10) / 3
}


# ---------------------------------------------------------------------------------------------
# Revisiones (compartidas por pruebas visibles y ocultas)
# ---------------------------------------------------------------------------------------------


def revisar_codificarOneHot(salida, esperado: np.ndarray, etiquetas, k: int, *, avisos=(),
                            extra=None) -> None:
    """``esperado`` = matriz one-hot correcta (k, m) para ``etiquetas``."""
    m = esperado.shape[1]
    etiquetas = np.asarray(etiquetas).ravel()
    if isinstance(salida, np.ndarray) and salida.ndim == 2 and salida.shape[1] == m:
        filas = salida.shape[0]
        if filas != k and filas == int(etiquetas.max()) + 1:
            fallar(f"Y tiene {filas} filas, una por clase hasta la mayor etiqueta que aparece, "
                   f"pero debe tener k = {k}: usa el argumento k, no el máximo de las etiquetas "
                   f"(un lote no tiene por qué contener todas las clases).")
    Y = comprobar_arreglo(salida, "Y", (k, m), avisos=avisos)
    comprobar_valores(Y, esperado, "Y", sospechas=[
        Sospecha(np.roll(esperado, -1, axis=0), "las etiquetas quedaron desplazadas una "
                 "posición (¿restaste 1?). La etiqueta c va en la fila c: el 0 en la fila 0."),
        Sospecha(np.roll(esperado, 1, axis=0), "las etiquetas quedaron desplazadas una posición "
                 "(¿sumaste 1?). La etiqueta c va en la fila c: el 0 en la fila 0."),
        Sospecha((esperado.sum(axis=1, keepdims=True) > 0) * np.ones((1, m)),
                 "marcaste una fila entera para cada etiqueta. Cada columna (ejemplo) debe "
                 "tener un único 1: Y[etiquetas, np.arange(m)] = 1."),
        *sospechas_de(extra, "Y")],
        pista="Cada columna j debe tener un 1 en la fila etiquetas[j] y ceros en el resto.")


def revisar_costoCuadratico(salida, esperado: float, n: int, k: int, *, avisos=(),
                            extra=None) -> None:
    costo = comprobar_escalar(salida, "El costo", avisos=avisos)
    comprobar_valores(costo, esperado, "El costo", rtol=1e-6, atol=1e-10, sospechas=[
        Sospecha(2 * esperado, "vale el doble de lo esperado: te falta el 1/2 de "
                               "C = 1/(2n) Σ ‖y − a‖²."),
        Sospecha(2 * n * esperado, f"vale 2n = {2 * n} veces lo esperado: te faltan el 1/2 y "
                                   f"dividir entre n (el número de ejemplos)."),
        *([Sospecha(n * esperado, f"vale {n} veces lo esperado: ¿olvidaste dividir entre n "
                                  f"(el número de ejemplos, las columnas)?")] if n > 1 else []),
        Sospecha(esperado / k, f"vale lo esperado dividido entre {k}: np.mean promedia sobre "
                               f"los k·n elementos; el curso divide solo entre n (ejemplos)."),
        Sospecha(2 * esperado / k, f"vale lo esperado ·2/{k}: np.mean promedia sobre los k·n "
                                   f"elementos; el curso divide solo entre 2n."),
        *([Sospecha(esperado * n / k, f"dividiste entre {k}, el número de filas (clases), en vez "
                                      f"de entre n = {n}, el número de columnas (ejemplos). "
                                      f"Usa A.shape[1].")] if n != k else []),
        Sospecha(-esperado, "tiene el signo cambiado: el costo cuadrático nunca es negativo."),
        *sospechas_de(extra, "costo")],
        pista="C = 1/(2n) Σ_x ‖y(x) − a‖²: suma los cuadrados de todas las componentes de "
              "Y − A y divide entre 2n, con n = número de columnas.")


def _sospechas_de_logaritmo(esperado: float, m: int) -> list[Sospecha]:
    return [
        *sospechas_de_escala(esperado, m),
        Sospecha(esperado / np.log(2), "coincide con la entropía cruzada en base 2 (np.log2). "
                                       "Mide lo mismo y tiene el mismo mínimo, pero aquí usamos "
                                       "logaritmo natural (np.log)."),
        Sospecha(esperado / np.log(10), "usaste logaritmo en base 10 (np.log10); usa np.log."),
    ]


def revisar_entropiaCruzadaBinaria(salida, esperado: float, m: int, *, avisos=(),
                                   extra=None) -> None:
    nombre = "El costo (entropía cruzada)"
    costo = comprobar_escalar(salida, nombre, avisos=avisos)
    comprobar_valores(costo, esperado, nombre, rtol=1e-6, atol=1e-9, sospechas=[
        *_sospechas_de_logaritmo(esperado, m), *sospechas_de(extra, "costo")],
        pista="J = −(1/m) Σ [y·ln(ŷ) + (1 − y)·ln(1 − ŷ)], con m = número de columnas.")


def revisar_entropiaCruzadaCategorica(salida, esperado: float, m: int, k: int, *, avisos=(),
                                      extra=None) -> None:
    nombre = "El costo (entropía cruzada categórica)"
    costo = comprobar_escalar(salida, nombre, avisos=avisos)
    comprobar_valores(costo, esperado, nombre, rtol=1e-6, atol=1e-9, sospechas=[
        *_sospechas_de_logaritmo(esperado, m),
        Sospecha(esperado / k, f"vale lo esperado dividido entre {k}: np.mean promedia sobre "
                               f"los k·m elementos; hay que sumar sobre las clases y dividir "
                               f"solo entre m (ejemplos)."),
        *([Sospecha(esperado * m / k, f"dividiste entre {k}, el número de filas (clases), en "
                                      f"vez de entre m = {m}, el número de columnas "
                                      f"(ejemplos). Usa Y.shape[1].")] if m != k else []),
        *sospechas_de(extra, "costo")],
        pista="J = −(1/m) Σ_ejemplos Σ_clases y·ln(ŷ): con etiquetas one-hot solo cuenta, en "
              "cada columna, el ŷ de la clase correcta.")


# ---------------------------------------------------------------------------------------------
# Pruebas visibles
# ---------------------------------------------------------------------------------------------

# Nombres de las salidas de cada función calificada, en orden.
SALIDAS = {
    "codificarOneHot": ("Y",),
    "costoCuadratico": ("costo",),
    "entropiaCruzadaBinaria": ("costo",),
    "entropiaCruzadaCategorica": ("costo",),
}


def entradas_visibles(funcion: str) -> tuple:
    """Los argumentos con que la prueba visible llama a ``funcion``."""
    A, Y = _salidas_visibles()
    P, _ = _probabilidades_visibles()
    return {
        "codificarOneHot": (ESPERADO["etiquetas"], ESPERADO["k"]),
        "costoCuadratico": (A, Y),
        "entropiaCruzadaBinaria": (ESPERADO["y_est"], ESPERADO["y"]),
        "entropiaCruzadaCategorica": (P, Y),
    }[funcion]


# La llamada de cada prueba visible (entradas visibles, avisos y huellas): course.huellas.
_visible = functools.partial(huellas.llamar_visible, "funciones_coste")


def probar_codificarOneHot(codificarOneHot: Callable) -> None:
    """Prueba visible: las etiquetas 3, 0, 9, 1, 3 con k = 10, y un lote sin todas las clases."""
    salida, avisos, extra = _visible("codificarOneHot", codificarOneHot)
    revisar_codificarOneHot(salida, ESPERADO["Y"], ESPERADO["etiquetas"], ESPERADO["k"],
                            avisos=avisos, extra=extra)
    # La diapositiva: el 3 se codifica como (0, 0, 0, 1, 0, 0, 0, 0, 0, 0).
    if not np.array_equal(np.asarray(salida)[:, 0], [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]):
        fallar("El 3 debe codificarse como (0, 0, 0, 1, 0, 0, 0, 0, 0, 0).")
    salida, avisos = llamar(codificarOneHot, ESPERADO["etiquetas_pocas"], ESPERADO["k_pocas"],
                            nombre="codificarOneHot")
    revisar_codificarOneHot(salida, ESPERADO["Y_pocas"], ESPERADO["etiquetas_pocas"],
                            ESPERADO["k_pocas"], avisos=avisos)
    exito("codificarOneHot: forma (k, m), un 1 por columna en la fila de su etiqueta; "
          "el 3 es (0, 0, 0, 1, 0, 0, 0, 0, 0, 0).")


def probar_costoCuadratico(costoCuadratico: Callable) -> None:
    """Prueba visible: un lote de 3 ejemplos, el ejemplo del curso (C = 0.035) y el caso
    perfecto (C = 0)."""
    salida, avisos, extra = _visible("costoCuadratico", costoCuadratico)
    revisar_costoCuadratico(salida, ESPERADO["costo_cuadratico"], 3, 10, avisos=avisos,
                            extra=extra)
    a, y = ejemplo_del_curso()
    salida, avisos = llamar(costoCuadratico, a, y, nombre="costoCuadratico")
    revisar_costoCuadratico(salida, ESPERADO["costo_curso"], 1, 10, avisos=avisos, extra={
        "costo": [Sospecha(np.sqrt(0.07) / 2, "usaste la norma ‖y − a‖ sin elevarla al "
                                              "cuadrado: la fórmula lleva ‖y − a‖².")]})
    salida, avisos = llamar(costoCuadratico, y, y, nombre="costoCuadratico")
    costo = comprobar_escalar(salida, "El costo con a = y", avisos=avisos)
    if not abs(costo) < 1e-12:
        fallar(f"Con la aproximación perfecta (a = y) el costo debe ser 0, pero obtuviste "
               f"{costo:.6g}.")
    exito("costoCuadratico: el lote de 3 ejemplos da 0.061667, el ejemplo del curso da "
          "C = 0.035 (‖y − a‖² = 0.07, n = 1) y a = y da 0.")


def probar_entropiaCruzadaBinaria(entropiaCruzadaBinaria: Callable) -> None:
    """Prueba visible: un caso típico y predicciones exactas en 0 y 1."""
    salida, avisos, extra = _visible("entropiaCruzadaBinaria", entropiaCruzadaBinaria)
    revisar_entropiaCruzadaBinaria(salida, ESPERADO["entropia_binaria"], 5, avisos=avisos,
                                   extra=extra)
    y = ESPERADO["y"]
    comprobar_costo_nulo(entropiaCruzadaBinaria, y.copy(), y, nombre="entropiaCruzadaBinaria")
    exito("entropiaCruzadaBinaria: tipo float, valor 0.41892 y estable con ŷ en 0 y 1.")


def probar_entropiaCruzadaCategorica(entropiaCruzadaCategorica: Callable) -> None:
    """Prueba visible: un lote de 3 ejemplos con ceros exactos y el ejemplo del curso
    (−ln 0.9)."""
    salida, avisos, extra = _visible("entropiaCruzadaCategorica", entropiaCruzadaCategorica)
    revisar_entropiaCruzadaCategorica(salida, ESPERADO["entropia_categorica"], 3, 10,
                                      avisos=avisos, extra=extra)
    a, y = ejemplo_del_curso()
    salida, avisos = llamar(entropiaCruzadaCategorica, a, y, nombre="entropiaCruzadaCategorica")
    revisar_entropiaCruzadaCategorica(salida, float(-np.log(0.9)), 1, 10, avisos=avisos)
    exito("entropiaCruzadaCategorica: el lote de 3 ejemplos da 0.87703 sin NaN con ŷ = 0, y "
          "el ejemplo del curso da −ln 0.9 = 0.10536.")


# ---------------------------------------------------------------------------------------------
# Demostraciones y gráficas
# ---------------------------------------------------------------------------------------------

def perdidas_por_ejemplo(A: np.ndarray, Y: np.ndarray) -> np.ndarray:
    """Pérdida cuadrática de cada ejemplo, ½‖y − a‖², forma (m,): una por columna."""
    return 0.5 * np.sum((Y - A) ** 2, axis=0)


def mostrar_digitos(X: np.ndarray, etiquetas, n: int = 8):
    """Las primeras ``n`` imágenes de 8×8 (columnas de X) con su etiqueta."""
    import matplotlib.pyplot as plt

    fig, ejes = plt.subplots(1, n, figsize=(1.3 * n, 1.7))
    for j, ax in enumerate(np.atleast_1d(ejes)):
        ax.imshow(X[:, j].reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
        ax.set_title(f"y = {int(np.asarray(etiquetas)[j])}")
        ax.axis("off")
    fig.tight_layout()
    return fig


def _sigmoide(z):
    return np.exp(-np.logaddexp(0.0, -z))


def _datos_log2():
    """Un problema binario de una variable: x (1, 12) y etiquetas (1, 12)."""
    x = np.linspace(-3, 3, 12).reshape(1, -1)
    y = np.array([[0, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 1]], dtype=float)  # clases solapadas
    return x, y


def comparar_log2(entropiaCruzadaBinaria: Callable, pesos=None):
    """Entropía cruzada con ln (tu función) y con log₂ para el modelo ŷ = σ(w·x) en una rejilla
    de pesos w: imprime dónde está el mínimo de cada una y su cociente, y devuelve la figura."""
    import matplotlib.pyplot as plt

    x, y = _datos_log2()
    pesos = np.linspace(-2, 4, 181) if pesos is None else np.asarray(pesos)
    J_ln, J_2 = [], []
    for w in pesos:
        p = np.clip(_sigmoide(w * x), 1e-12, 1 - 1e-12)
        J_ln.append(float(entropiaCruzadaBinaria(p, y)))
        J_2.append(float(-np.mean(y * np.log2(p) + (1 - y) * np.log2(1 - p))))
    J_ln, J_2 = np.array(J_ln), np.array(J_2)
    i_ln, i_2 = int(np.argmin(J_ln)), int(np.argmin(J_2))
    print(f"mínimo con ln : w = {pesos[i_ln]:.2f}, J = {J_ln[i_ln]:.5f}")
    print(f"mínimo con log₂: w = {pesos[i_2]:.2f}, J = {J_2[i_2]:.5f}")
    cociente = J_2 / J_ln
    print(f"J_log₂ / J_ln vale entre {cociente.min():.6f} y {cociente.max():.6f}; "
          f"1/ln 2 = log₂(e) = {1 / np.log(2):.6f}")
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot(pesos, J_ln, label="con ln (nats)")
    ax.plot(pesos, J_2, label="con log₂ (bits)")
    ax.axvline(pesos[i_ln], color="k", ls="--", lw=1, label="mínimo (el mismo w)")
    ax.set_xlabel("peso w")
    ax.set_ylabel("J(w)")
    ax.set_title("Cambiar la base del logaritmo escala J, no mueve el mínimo")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    return fig


def derivadas_respecto_z(z, y):
    """Derivadas de la pérdida de una neurona sigmoide a = σ(z) respecto a z.

    Argumentos:
        z: arreglo de cualquier forma; y: etiqueta (0 o 1) o arreglo de la misma forma.
    Devuelve:
        (cuadratica, entropia): ∂/∂z de ½(a − y)², que es (a − y)·σ'(z) = (a − y)·a(1 − a),
        y ∂/∂z de −[y ln a + (1 − y) ln(1 − a)], que es a − y.
    """
    a = _sigmoide(np.asarray(z, dtype=float))
    return (a - y) * a * (1 - a), a - y


def verificar_derivadas_z(z=(-6.0, -2.0, 0.0, 1.5, 5.0), y=0.0) -> dict:
    """Compara ``derivadas_respecto_z`` con diferencias centrales. Devuelve los errores."""
    from .gradiente_numerico import comprobar_gradiente, gradiente_numerico

    z = np.array(z, dtype=float)
    cuadratica, entropia = derivadas_respecto_z(z, y)

    def perdida_cuadratica():
        return float(np.sum(0.5 * (_sigmoide(z) - y) ** 2))

    def perdida_entropia():
        return float(np.sum(np.logaddexp(0.0, -z) * y + np.logaddexp(0.0, z) * (1 - y)))

    errores = {}
    for nombre, analitica, J in (("cuadrática", cuadratica, perdida_cuadratica),
                                 ("entropía cruzada", entropia, perdida_entropia)):
        errores[nombre] = comprobar_gradiente(analitica, gradiente_numerico(J, z), nombre)
        print(f"  {nombre:17s}: error relativo {errores[nombre]:.1e}")
    return errores


def graficar_saturacion(y: float = 0.0, z_marcado: float = 5.0):
    """Pérdida y derivada respecto a z de una neurona sigmoide con etiqueta ``y``, para las dos
    pérdidas. Con y = 0 y z grande la neurona está saturada y muy equivocada."""
    import matplotlib.pyplot as plt

    z = np.linspace(-8, 8, 400)
    a = _sigmoide(z)
    cuadratica = 0.5 * (a - y) ** 2
    entropia = np.logaddexp(0.0, -z) * y + np.logaddexp(0.0, z) * (1 - y)
    dq, dce = derivadas_respecto_z(z, y)
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.6))
    ax1.plot(z, cuadratica, label="cuadrática ½(a − y)²")
    ax1.plot(z, entropia, label="entropía cruzada")
    ax1.set_title(f"Pérdida de una neurona sigmoide (y = {y:g})")
    ax2.plot(z, np.abs(dq), label="|∂/∂z| cuadrática = |a − y|·a(1 − a)")
    ax2.plot(z, np.abs(dce), label="|∂/∂z| entropía cruzada = |a − y|")
    mq, mce = (float(np.abs(d)) for d in derivadas_respecto_z(z_marcado, y))
    ax2.plot([z_marcado, z_marcado], [mq, mce], "ko")
    ax2.annotate(f"{mce:.3f}", (z_marcado, mce), textcoords="offset points", xytext=(-40, -12))
    ax2.annotate(f"{mq:.4f}", (z_marcado, mq), textcoords="offset points", xytext=(-45, 6))
    ax2.set_title("Tamaño del gradiente respecto a z")
    for ax in (ax1, ax2):
        ax.set_xlabel("z (entrada de la sigmoide)")
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    return fig

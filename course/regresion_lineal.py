"""Unidad «Regresión lineal y regularización»: datos, pruebas visibles y gráficas.

Los ejemplos son columnas: X tiene forma (n, m) e y forma (1, m). El modelo es ŷ = θ0 + θᵀx,
con θ0 un float y θ de forma (n, 1). Costo de Ridge del curso (el de la diapositiva):
J = Σ (θ0 + θᵀx − y)² + (λ/2) Σ θj², sin penalizar θ0; Lasso cambia (λ/2) Σ θj² por λ Σ |θj|.

Las funciones ``revisar_*`` deciden si una salida es correcta dada la esperada (tipo → forma →
valores → errores típicos); las ``probar_*`` las aplican a entradas fijas con la salida esperada
escrita aquí. Las pruebas ocultas del calificador usan las mismas ``revisar_*`` con entradas nuevas.
"""
from __future__ import annotations

import functools
import warnings
from typing import Callable, Sequence

import matplotlib.pyplot as plt
import numpy as np

from .comprobar import (Sospecha, comprobar_arreglo, comprobar_escalar,
                        comprobar_lista_de_escalares, comprobar_trayectoria, comprobar_tupla,
                        comprobar_valores, exito, fallar, llamar, nombrar_error_conocido,
                        sospechas_de, sospechas_de_escala)
from . import graficas, huellas
from .datos.diabetes import NOMBRES, cargar_diabetes

__all__ = [
    "cargar_diabetes", "NOMBRES", "datos_de_prueba", "asignar_pliegues", "parametros_sklearn",
    "probar_costoRidge", "probar_gradienteRidge", "probar_minimosCuadrados", "probar_ridgeCerrada",
    "probar_descensoRidge", "probar_lassoCoordenadas", "probar_validacionCruzada",
    "verificar_gradiente", "caminos", "graficar_caminos", "graficar_validacion",
    "graficar_costos", "comparar_con_sklearn", "tabla_de_coeficientes",
]

UNIDAD = "regresion_lineal"


# ---------------------------------------------------------------------------------------------
# Datos
# ---------------------------------------------------------------------------------------------

def datos_de_prueba() -> tuple[np.ndarray, np.ndarray]:
    """Los datos de las pruebas visibles: 12 pacientes del conjunto diabetes y 4 variables
    (imc, presión, s1, s2), estandarizadas con los 442 pacientes (en estos 12 las medias NO son
    exactamente 0, a propósito). s1 y s2 tienen correlación 0.94.

    Devuelve:
        X: forma (4, 12); y: forma (1, 12).
    """
    X, y, _ = cargar_diabetes(estandarizar=True)
    return X[[2, 3, 4, 5], :12].copy(), y[:, :12].copy()


def asignar_pliegues(m: int, k: int, semilla: int = 0) -> np.ndarray:
    """Asigna cada uno de los m ejemplos a uno de k pliegues de tamaños casi iguales, al azar
    pero de forma reproducible (la aleatoriedad queda fuera de la función del estudiante).

    Devuelve:
        pliegues: enteros de forma (m,), con valores 0, …, k−1.
    """
    rng = np.random.default_rng(semilla)
    return rng.permutation(np.arange(m) % k)


def parametros_sklearn(lam: float, m: int, modelo: str = "ridge", lam2: float = 0.0) -> dict:
    """Traduce el λ de las fórmulas del curso a los argumentos de scikit-learn.

    - Ridge: el curso minimiza Σr² + (λ/2)Σθ²; ``Ridge`` minimiza ‖y − Xw‖² + α‖w‖²,
      así que α = λ/2.
    - Lasso: el curso minimiza Σr² + λΣ|θ|; ``Lasso`` minimiza (1/(2m))‖y − Xw‖² + α‖w‖₁;
      dividiendo la del curso entre 2m queda α = λ/(2m).
    - ElasticNet: el curso minimiza Σr² + λΣ|θ| + (λ2/2)Σθ²; ``ElasticNet`` minimiza
      (1/(2m))‖y − Xw‖² + α·ρ‖w‖₁ + (α(1 − ρ)/2)‖w‖²; queda α = (λ + λ2)/(2m) y
      ρ = l1_ratio = λ/(λ + λ2).

    Devuelve:
        dict con los argumentos del constructor (alpha, y l1_ratio para ElasticNet).
    """
    if modelo == "ridge":
        return {"alpha": lam / 2}
    if modelo == "lasso":
        return {"alpha": lam / (2 * m)}
    if modelo == "elasticnet":
        return {"alpha": (lam + lam2) / (2 * m), "l1_ratio": lam / (lam + lam2)}
    raise ValueError(f"modelo desconocido: {modelo!r}")


# Salidas esperadas de las pruebas visibles (se generaron con la solución de referencia).
# BEGIN ESPERADO
ESPERADO = {
    'costo': 59906.98462012352,
    'dtheta0': 364.16293051397633,
    'dtheta': np.array([[296.42161852625424], [439.2584399160311], [6.993857965670941], [531.0684397384534]]),
    'mco': (151.96213499549324, np.array([[24.280850759791896], [-25.886113045926187], [95.862274357193], [-92.93452339292303]])),
    'ridge': (133.84797963263185, np.array([[18.630076567901845], [-15.822646141375031], [15.30259624659211], [-22.474878930766717]])),
    'gd_theta0': 91.5173322882289,
    'gd_theta': np.array([[13.60954843851825], [-16.979403383171558], [-13.764583431129159], [-7.732818700049547]]),
    'gd_costos': [264552.0, 168474.04751938026, 122744.58969988533, 96027.98547997451, 79017.30190597501, 67815.7452667284],
    'lasso': (131.55100832587607, np.array([[14.974676921109427], [-6.023565866704588], [0.0], [-8.644625265302423]])),
    'lasso_30': (131.58740275311607, np.array([[15.15468560276867], [-5.78250102786874], [0.0], [-8.732717133557898]])),
    'cv_mejor': 50.0,
    'cv_errores': np.array([3000.531033948596, 2995.3747509876016, 2992.5002860770896, 3032.2958848803987, 3474.132262794298, 5101.106685201337]),
}
# END ESPERADO


# ---------------------------------------------------------------------------------------------
# Revisiones (compartidas por pruebas visibles y ocultas)
# ---------------------------------------------------------------------------------------------


def _atol(esperado, relativo: float = 1e-7) -> float:
    """Tolerancia absoluta proporcional a la escala de lo esperado (los valores de Ridge con el
    costo en suma de cuadrados pueden ser grandes)."""
    return relativo * max(1.0, float(np.max(np.abs(np.asarray(esperado, dtype=float)))))


def revisar_costoRidge(salida, esperado: float, m: int, *, avisos=(), extra=None) -> None:
    costo = comprobar_escalar(salida, "El costo", avisos=avisos)
    comprobar_valores(costo, esperado, "El costo", rtol=1e-7, atol=1e-9, sospechas=[
        Sospecha(esperado / m, f"vale lo esperado dividido entre {m}: el costo de Ridge del "
                               f"curso es una SUMA de cuadrados, no un promedio."),
        *sospechas_de(extra, "costo")],
        pista="La fórmula es J = Σ (θ0 + θᵀx⁽ⁱ⁾ − y⁽ⁱ⁾)² + (λ/2)·Σ θj², sumando sobre los m "
              "ejemplos y sobre las n componentes de θ (θ0 no entra en la penalización).")


def revisar_gradienteRidge(salida, esperado: tuple, n: int, m: int, *, avisos=(),
                           extra=None) -> None:
    """``esperado`` = (dtheta0, dtheta) correctos para las mismas entradas."""
    if isinstance(salida, (tuple, list)) and len(salida) == 2:
        if np.shape(salida[0]) == (n, 1) and np.ndim(salida[1]) == 0:
            fallar("gradienteRidge devolvió (dtheta, dtheta0): el orden es (dtheta0, dtheta).")
    d0, d = comprobar_tupla(salida, ["dtheta0", "dtheta"], "gradienteRidge")
    d0 = comprobar_escalar(d0, "dtheta0", avisos=avisos)
    d = comprobar_arreglo(d, "dtheta", (n, 1), referencia="theta", avisos=avisos)
    comprobar_valores(d, esperado[1], "dtheta", rtol=1e-6, atol=_atol(esperado[1]), sospechas=[
        *sospechas_de_escala(esperado[1], m), *sospechas_de(extra, "dtheta")],
        pista="∂J/∂θ = 2·X·rᵀ + λ·θ con r = θ0 + θᵀX − y de forma (1, m): el 2 viene de derivar "
              "el cuadrado y λ·θ de derivar (λ/2)·θ².")
    comprobar_valores(d0, esperado[0], "dtheta0", rtol=1e-6, atol=_atol(esperado[0]), sospechas=[
        *sospechas_de_escala(esperado[0], m), *sospechas_de(extra, "dtheta0")],
        pista="dtheta está bien; ∂J/∂θ0 = 2·Σ r⁽ⁱ⁾ (θ0 no se penaliza).")


def _revisar_modelo(salida, esperado: tuple, n: int, funcion: str, *, avisos=(), extra=None,
                    pista_theta: str = "", pista_theta0: str = "", rtol: float = 1e-6,
                    sospechas_theta=(), sospechas_theta0=()) -> tuple[float, np.ndarray]:
    """Revisa una salida (theta0, theta) contra ``esperado`` = (theta0, theta)."""
    if isinstance(salida, np.ndarray) and salida.shape in ((n + 1, 1), (n + 1,)):
        fallar(f"`{funcion}` devolvió el vector completo β = (θ0, θ1, …, θn) de forma "
               f"{salida.shape}: sepáralo y devuelve la tupla (theta0, theta), con "
               f"theta0 = float(β[0, 0]) y theta = β[1:] de forma ({n}, 1).")
    if isinstance(salida, (tuple, list)) and len(salida) == 2:
        if np.shape(salida[0]) == (n, 1) and np.ndim(salida[1]) == 0:
            fallar(f"`{funcion}` devolvió (theta, theta0): el orden es (theta0, theta).")
    theta0, theta = comprobar_tupla(salida, ["theta0", "theta"], funcion)
    theta0 = comprobar_escalar(theta0, "theta0", avisos=avisos)
    theta = comprobar_arreglo(theta, "theta", (n, 1), avisos=avisos)
    comprobar_valores(theta, esperado[1], "theta", rtol=rtol, atol=_atol(esperado[1], 1e-6),
                      sospechas=[*sospechas_theta, *sospechas_de(extra, "theta")], pista=pista_theta)
    comprobar_valores(theta0, esperado[0], "theta0", rtol=rtol, atol=_atol(esperado[0], 1e-6),
                      sospechas=[*sospechas_theta0, *sospechas_de(extra, "theta0")],
                      pista=pista_theta0)
    return theta0, theta


def revisar_minimosCuadrados(salida, esperado: tuple, n: int, *, avisos=(), extra=None):
    return _revisar_modelo(
        salida, esperado, n, "minimosCuadrados", avisos=avisos, extra=extra,
        pista_theta="Agrega una fila de unos a X (A de forma (n + 1, m)) y resuelve las "
                    "ecuaciones normales (A·Aᵀ)·β = A·yᵀ.",
        pista_theta0="θ está bien: θ0 es la primera componente de β (la de la fila de unos).")


def revisar_ridgeCerrada(salida, esperado: tuple, n: int, *, avisos=(), extra=None):
    return _revisar_modelo(
        salida, esperado, n, "ridgeCerrada", avisos=avisos, extra=extra,
        pista_theta="Centra X e y, y resuelve (Xc·Xcᵀ + (λ/2)·I)·θ = Xc·ycᵀ.",
        pista_theta0="θ está bien: el intercepto se recupera con θ0 = ȳ − x̄ᵀθ.")


def revisar_lassoCoordenadas(salida, esperado: tuple, n: int, *, avisos=(), extra=None):
    theta0, theta = _revisar_modelo(
        salida, esperado, n, "lassoCoordenadas", avisos=avisos, extra=extra, rtol=1e-6,
        pista_theta="En cada coordenada: ρj = Σ x_j·(yc − θᵀXc + θj·x_j), zj = Σ x_j², "
                    "θj ← S(ρj, λ/2)/zj, recorriendo j = 0, …, n−1 en orden y usando siempre "
                    "los θ ya actualizados.",
        pista_theta0="θ está bien: el intercepto se recupera con θ0 = ȳ − x̄ᵀθ.")
    ceros = np.asarray(esperado[1]) == 0
    if np.any(ceros) and np.any(theta[ceros] != 0):
        fallar("Los coeficientes que Lasso descarta deben valer exactamente 0, y en tu resultado "
               "son solo muy pequeños. Usa el umbral suave S(ρ, t) = signo(ρ)·max(|ρ| − t, 0), "
               "que devuelve un 0 exacto cuando |ρ| ≤ t.")


def revisar_descensoRidge(salida, esperado: tuple, n: int, iteraciones: int, *, avisos=(),
                          extra=None) -> None:
    """``esperado`` = (theta0, theta, costos) de la referencia."""
    if isinstance(salida, (tuple, list)) and len(salida) == 3:
        if np.shape(salida[0]) == (n, 1) and np.ndim(salida[1]) == 0:
            fallar("descensoRidge devolvió (theta, theta0, costos): el orden es "
                   "(theta0, theta, costos).")
    theta0, theta, costos = comprobar_tupla(salida, ["theta0", "theta", "costos"],
                                            "descensoRidge")
    theta0 = comprobar_escalar(theta0, "theta0", avisos=avisos)
    theta = comprobar_arreglo(theta, "theta", (n, 1), avisos=avisos)
    costos = comprobar_lista_de_escalares(costos, "costos", iteraciones)
    ref0, ref, costos_ref = esperado
    costos_ref = np.asarray(costos_ref, dtype=float)
    # Primero los errores catalogados (diagnóstico exacto); después, las comprobaciones generales.
    nombrar_error_conocido(costos, costos_ref, "costos", sospechas_de(extra, "costos"))
    comprobar_trayectoria([theta0, theta], [0.0, np.zeros_like(theta)], costos, costos_ref,
                          iteraciones, funcion="descensoRidge", inicio="θ0 = 0 y θ = 0",
                          primer_costo="el primero es el costo con θ0 = 0 y θ = 0",
                          regla="θ ← θ − α·(gradiente)")
    comprobar_valores(costos, costos_ref, "costos", rtol=1e-7, atol=1e-9,
                      sospechas=sospechas_de(extra, "costos"),
                      pista="costos[i] es costoRidge(θ0, θ, X, y, λ) antes de actualizar. Revisa "
                            "la regla: θ0 ← θ0 − α·(1/m)·Σr y θj ← θj − α·[(1/m)·Σ r·x_j + "
                            "(λ/(2m))·θj], actualizando θ0 y θ a la vez con el mismo r.")
    comprobar_valores(theta, ref, "theta final", rtol=1e-6, atol=_atol(ref, 1e-7),
                      sospechas=sospechas_de(extra, "theta"),
                      pista="Revisa la actualización θj ← θj − α·[(1/m)·Σ r·x_j + (λ/(2m))·θj].")
    comprobar_valores(theta0, ref0, "theta0 final", rtol=1e-6, atol=_atol(ref0, 1e-7),
                      sospechas=sospechas_de(extra, "theta0"),
                      pista="Revisa la actualización θ0 ← θ0 − α·(1/m)·Σr (sin λ).")


def revisar_validacionCruzada(salida, esperado: tuple, lambdas, *, avisos=(), extra=None) -> None:
    """``esperado`` = (mejor, errores) de la referencia."""
    L = len(lambdas)
    if isinstance(salida, (tuple, list)) and len(salida) == 2:
        if np.ndim(salida[1]) == 0 and np.shape(salida[0]) == (L,):
            fallar("validacionCruzada devolvió (errores, mejor): el orden es (mejor, errores).")
    mejor, errores = comprobar_tupla(salida, ["mejor", "errores"], "validacionCruzada")
    mejor = comprobar_escalar(mejor, "mejor", avisos=avisos)
    if isinstance(errores, list):
        errores = np.asarray(errores, dtype=float)
    errores = comprobar_arreglo(errores, "errores", (L,), avisos=avisos)
    comprobar_valores(errores, esperado[1], "errores", rtol=1e-6, atol=1e-8, sospechas=[
        *sospechas_de(extra, "errores")],
        pista="Para cada λ: en cada pliegue f, estandariza con la media y la desviación de los "
              "ejemplos de ENTRENAMIENTO (pliegues ≠ f), aplica esas mismas al pliegue f, entrena "
              "ridgeCerrada y mide el MSE en el pliegue f; el error de λ es el promedio de los k "
              "MSE.")
    if not np.isclose(mejor, esperado[0], rtol=1e-12):
        if np.isclose(mejor, float(np.asarray(lambdas)[int(np.argmax(errores))])):
            fallar("mejor es el λ con el MAYOR error de validación: hay que elegir el de menor "
                   "error (np.argmin).")
        fallar("mejor no es el λ de menor error de validación. Devuelve lambdas[np.argmin("
               "errores)] (el valor de λ, no su posición).")


# ---------------------------------------------------------------------------------------------
# Pruebas visibles
# ---------------------------------------------------------------------------------------------

# Nombres de las salidas de cada función calificada, en orden.
SALIDAS = {
    "costoRidge": ("costo",),
    "gradienteRidge": ("dtheta0", "dtheta"),
    "minimosCuadrados": ("theta0", "theta"),
    "ridgeCerrada": ("theta0", "theta"),
    "descensoRidge": ("theta0", "theta", "costos"),
    "lassoCoordenadas": ("theta0", "theta"),
    "validacionCruzada": ("mejor", "errores"),
}

THETA0_PRUEBA = 150.0
THETA_PRUEBA = np.array([[30.0], [15.0], [-10.0], [5.0]])
LAMBDA_PRUEBA = 6.0
DESCENSO = {"lam": 6.0, "alpha": 0.2, "iteraciones": 6}
LASSO = {"lam": 200.0, "iteraciones": 3}
VALIDACION = {"lambdas": (0.1, 10.0, 50.0, 200.0, 1000.0, 10000.0), "k": 5, "semilla": 0}


def entradas_visibles(funcion: str) -> tuple:
    """Los argumentos con que la prueba visible llama a ``funcion``."""
    X, y = datos_de_prueba()
    if funcion in ("costoRidge", "gradienteRidge"):
        return (THETA0_PRUEBA, THETA_PRUEBA.copy(), X, y, LAMBDA_PRUEBA)
    if funcion == "minimosCuadrados":
        return (X, y)
    if funcion == "ridgeCerrada":
        return (X, y, LAMBDA_PRUEBA)
    if funcion == "descensoRidge":
        return (X, y, DESCENSO["lam"], DESCENSO["alpha"], DESCENSO["iteraciones"])
    if funcion == "lassoCoordenadas":
        return (X, y, LASSO["lam"], LASSO["iteraciones"])
    if funcion == "validacionCruzada":
        Xc, yc, _ = cargar_diabetes(estandarizar=False)
        pliegues = asignar_pliegues(Xc.shape[1], VALIDACION["k"], VALIDACION["semilla"])
        return (Xc, yc, np.array(VALIDACION["lambdas"]), pliegues)
    raise KeyError(funcion)


# La llamada de cada prueba visible (entradas visibles, avisos y huellas): course.huellas.
_visible = functools.partial(huellas.llamar_visible, "regresion_lineal")


def probar_costoRidge(costoRidge: Callable) -> None:
    """Prueba visible de costoRidge: el ejemplo a mano del cuaderno y los datos de prueba."""
    salida, avisos, extra = _visible("costoRidge", costoRidge)
    revisar_costoRidge(salida, ESPERADO["costo"], 12, avisos=avisos, extra=extra)
    # Ejemplo a mano: 3 puntos, una variable; residuos (0, 0.5, 0), penalización (2/2)·1.5².
    X1, y1 = np.array([[1.0, 2.0, 3.0]]), np.array([[2.0, 3.0, 5.0]])
    salida, avisos = llamar(costoRidge, 0.5, np.array([[1.5]]), X1, y1, 2.0, nombre="costoRidge")
    costo = comprobar_escalar(salida, "El costo del ejemplo a mano", avisos=avisos)
    if not np.isclose(costo, 2.5, rtol=1e-9, atol=1e-12):
        fallar(f"En el ejemplo a mano (θ0 = 0.5, θ1 = 1.5, λ = 2) J debe valer 2.5 = 0.25 "
               f"(suma de residuos al cuadrado) + 2.25 (penalización), y obtuviste {costo:.6g}.")
    exito("costoRidge: el ejemplo a mano (J = 2.5) y los datos de prueba dan lo esperado.")


def probar_gradienteRidge(gradienteRidge: Callable) -> None:
    """Prueba visible de gradienteRidge con los datos y parámetros de prueba."""
    salida, avisos, extra = _visible("gradienteRidge", gradienteRidge)
    revisar_gradienteRidge(salida, (ESPERADO["dtheta0"], ESPERADO["dtheta"]), 4, 12,
                           avisos=avisos, extra=extra)
    exito("gradienteRidge: tipo, forma (4, 1) y valores correctos.")


def probar_minimosCuadrados(minimosCuadrados: Callable) -> None:
    """Prueba visible de minimosCuadrados con los datos de prueba."""
    salida, avisos, extra = _visible("minimosCuadrados", minimosCuadrados)
    revisar_minimosCuadrados(salida, ESPERADO["mco"], 4, avisos=avisos, extra=extra)
    exito("minimosCuadrados: θ0 y θ correctos. Fíjate en s1 y s2: coeficientes enormes y de "
          "signo opuesto (están muy correlacionadas).")


def probar_ridgeCerrada(ridgeCerrada: Callable) -> None:
    """Prueba visible de ridgeCerrada, más tres hechos de la diapositiva: con λ = 0 es mínimos
    cuadrados, a mayor λ coeficientes más pequeños, y θ0 no se encoge."""
    salida, avisos, extra = _visible("ridgeCerrada", ridgeCerrada)
    revisar_ridgeCerrada(salida, ESPERADO["ridge"], 4, avisos=avisos, extra=extra)
    X, y = datos_de_prueba()
    salida, avisos = llamar(ridgeCerrada, X, y, 0.0, nombre="ridgeCerrada")
    revisar_ridgeCerrada(salida, ESPERADO["mco"], 4, avisos=avisos)
    normas = []
    for lam in (1.0, 10.0, 100.0, 1000.0):
        salida, avisos = llamar(ridgeCerrada, X, y, lam, nombre="ridgeCerrada")
        _, theta = comprobar_tupla(salida, ["theta0", "theta"], "ridgeCerrada")
        normas.append(float(np.linalg.norm(comprobar_arreglo(theta, "theta", (4, 1)))))
    if not all(a > b for a, b in zip(normas, normas[1:])):
        fallar("‖θ‖ debería bajar al subir λ (1, 10, 100, 1000) y obtuviste "
               f"{np.round(normas, 4).tolist()}.")
    salida, avisos = llamar(ridgeCerrada, X, y, 1e9, nombre="ridgeCerrada")
    theta0, theta = comprobar_tupla(salida, ["theta0", "theta"], "ridgeCerrada")
    if not (np.allclose(theta, 0, atol=1e-3) and np.isclose(theta0, y.mean(), rtol=1e-4)):
        fallar("Con λ = 10⁹ θ debe ser ≈ 0 y θ0 ≈ ȳ (la media de y), porque θ0 no se penaliza.")
    exito("ridgeCerrada: valores correctos; con λ = 0 coincide con mínimos cuadrados; ‖θ‖ "
          "baja al subir λ; con λ enorme θ → 0 y θ0 → ȳ.")


def probar_descensoRidge(descensoRidge: Callable) -> None:
    """Prueba visible: 6 iteraciones desde cero y, con más iteraciones, convergencia a Ridge."""
    salida, avisos, extra = _visible("descensoRidge", descensoRidge)
    revisar_descensoRidge(salida, (ESPERADO["gd_theta0"], ESPERADO["gd_theta"],
                                   ESPERADO["gd_costos"]), 4, DESCENSO["iteraciones"],
                          avisos=avisos, extra=extra)
    X, y = datos_de_prueba()
    salida, avisos = llamar(descensoRidge, X, y, DESCENSO["lam"], DESCENSO["alpha"], 600,
                            nombre="descensoRidge")
    theta0, theta, _ = comprobar_tupla(salida, ["theta0", "theta", "costos"], "descensoRidge")
    t0, t = ESPERADO["ridge"]
    if not (np.allclose(theta, t, rtol=1e-4, atol=1e-4) and np.isclose(theta0, t0, rtol=1e-4)):
        fallar("Tras 600 iteraciones el descenso debería llegar a la solución de ridgeCerrada "
               "con el mismo λ y no llega. Revisa el término (λ/(2m))·θj de la actualización.")
    exito("descensoRidge: 6 iteraciones exactas y, con 600, llega a la solución cerrada.")


def probar_lassoCoordenadas(lassoCoordenadas: Callable) -> None:
    """Prueba visible: λ = 200 con 3 y con 30 recorridos (s1 descartada) y λ ≥ λ_max (todas
    descartadas)."""
    salida, avisos, extra = _visible("lassoCoordenadas", lassoCoordenadas)
    revisar_lassoCoordenadas(salida, ESPERADO["lasso"], 4, avisos=avisos, extra=extra)
    X, y = datos_de_prueba()
    salida, avisos = llamar(lassoCoordenadas, X, y, LASSO["lam"], 30, nombre="lassoCoordenadas")
    revisar_lassoCoordenadas(salida, ESPERADO["lasso_30"], 4, avisos=avisos)
    salida, avisos = llamar(lassoCoordenadas, X, y, 600.0, 5, nombre="lassoCoordenadas")
    theta0, theta = comprobar_tupla(salida, ["theta0", "theta"], "lassoCoordenadas")
    theta = comprobar_arreglo(theta, "theta", (4, 1), avisos=avisos)
    if np.any(theta != 0):
        fallar("Con λ = 600 ≥ λ_max = 2·max|Xc·ycᵀ| ≈ 502.5, Lasso debe descartar TODAS las "
               "variables (θ = 0 exactamente) y θ0 = ȳ.")
    comprobar_valores(comprobar_escalar(theta0, "theta0"), float(y.mean()), "theta0 con θ = 0",
                      rtol=1e-9, pista="Si θ = 0, el intercepto es la media de y.")
    exito("lassoCoordenadas: valores correctos con 3 y 30 recorridos, ceros exactos (s1 queda "
          "fuera con λ = 200) y, con "
          "λ ≥ λ_max, todas las variables descartadas.")


def probar_validacionCruzada(validacionCruzada: Callable) -> None:
    """Prueba visible: diabetes completo (sin estandarizar), 6 valores de λ, 5 pliegues fijos."""
    salida, avisos, extra = _visible("validacionCruzada", validacionCruzada)
    revisar_validacionCruzada(salida, (ESPERADO["cv_mejor"], ESPERADO["cv_errores"]),
                              VALIDACION["lambdas"], avisos=avisos, extra=extra)
    exito(f"validacionCruzada: los 6 errores son correctos y el mejor λ es {ESPERADO['cv_mejor']:g}.")


def verificar_gradiente(gradienteRidge: Callable, costoRidge: Callable, semilla: int = 0) -> dict:
    """Compara tu gradienteRidge con el gradiente numérico de TU costoRidge.

    No usa ninguna solución: si tus dos funciones son coherentes, el error relativo queda por debajo de 1e-6.
    Devuelve {nombre: error relativo} e imprime una tabla.
    """
    from .gradiente_numerico import comprobar_gradiente, gradiente_numerico

    rng = np.random.default_rng(semilla)
    X, y = datos_de_prueba()
    t0 = np.array([rng.normal(150, 10)])
    theta = rng.normal(0, 20, size=(X.shape[0], 1))
    lam = 6.0
    d0, d = gradienteRidge(float(t0[0]), theta.copy(), X, y, lam)

    def J():
        return costoRidge(float(t0[0]), theta, X, y, lam)

    errores = {"dtheta0": comprobar_gradiente(np.array([d0], dtype=float),
                                              gradiente_numerico(J, t0), "dtheta0"),
               "dtheta": comprobar_gradiente(d, gradiente_numerico(J, theta), "dtheta")}
    for nombre, error in errores.items():
        print(f"  {nombre}: error relativo {error:.2e}")
    exito("tu gradiente coincide con el numérico de tu costo.")
    return errores


# ---------------------------------------------------------------------------------------------
# Caminos, comparaciones y gráficas
# ---------------------------------------------------------------------------------------------

def caminos(funcion: Callable, X, y, lambdas: Sequence[float], *args) -> np.ndarray:
    """Coeficientes θ para cada λ: llama a ``funcion(X, y, λ, *args)`` (tu ridgeCerrada o tu
    lassoCoordenadas). Devuelve un arreglo de forma (n, L), una columna por λ."""
    columnas = []
    for lam in lambdas:
        salida, _ = llamar(funcion, X, y, float(lam), *args)
        columnas.append(np.asarray(salida[1], dtype=float).reshape(-1))
    return np.array(columnas).T


def graficar_caminos(lambdas, coeficientes, nombres=NOMBRES, titulo="Caminos de los coeficientes"):
    """Una curva por variable: θj en función de λ (eje x logarítmico)."""
    fig, ax = plt.subplots(figsize=(7, 4))
    for fila, nombre in zip(np.asarray(coeficientes), nombres):
        ax.plot(lambdas, fila, label=nombre)
    ax.axhline(0, color="k", linewidth=0.8)
    ax.set_xscale("log")
    ax.set_xlabel("λ")
    ax.set_ylabel("θj")
    ax.set_title(titulo)
    ax.grid(alpha=0.3)
    ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=8)
    fig.tight_layout()
    return fig


def graficar_validacion(lambdas, errores, mejor=None, titulo="Validación cruzada de Ridge"):
    """Error de validación (MSE promedio de los pliegues) contra λ, con el mejor λ marcado."""
    fig, ax = plt.subplots(figsize=(6, 3.5))
    ax.plot(lambdas, errores, marker="o", markersize=3)
    if mejor is not None:
        ax.axvline(mejor, color="C3", linestyle="--", label=f"mejor λ = {mejor:.3g}")
        ax.legend()
    ax.set_xscale("log")
    ax.set_xlabel("λ")
    ax.set_ylabel("MSE de validación")
    ax.set_title(titulo)
    ax.grid(alpha=0.3)
    fig.tight_layout()
    return fig


def graficar_costos(costos: Sequence[float], titulo: str = "Costo de Ridge durante el descenso"):
    """Curva del costo por iteración (eje y logarítmico)."""
    return graficas.curva_de_costo({"entrenamiento": costos}, titulo=titulo, log=True)


def tabla_de_coeficientes(columnas: dict, nombres=NOMBRES) -> None:
    """Imprime una tabla: una fila por variable y una columna por modelo ({nombre: θ (n, 1)})."""
    print("variable  " + "".join(f"{c:>16}" for c in columnas))
    for i, nombre in enumerate(nombres):
        print(f"{nombre:<9} " + "".join(f"{float(np.ravel(t)[i]):16.3f}"
                                        for t in columnas.values()))


def comparar_con_sklearn(ridgeCerrada: Callable, lassoCoordenadas: Callable, X, y,
                         lam: float = 100.0, lam_lasso: float = 5000.0,
                         iteraciones: int = 1000) -> dict:
    """Compara tus funciones con scikit-learn usando la traducción de ``parametros_sklearn``,
    y muestra ElasticNet en sus dos casos extremos. Devuelve {modelo: diferencia máxima}."""
    from sklearn.linear_model import ElasticNet, Lasso, Ridge

    m = X.shape[1]
    t0, t = ridgeCerrada(X, y, lam)
    t0l, tl = lassoCoordenadas(X, y, lam_lasso, iteraciones)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ridge = Ridge(**parametros_sklearn(lam, m, "ridge")).fit(X.T, y.ravel())
        lasso = Lasso(**parametros_sklearn(lam_lasso, m, "lasso"), tol=1e-12,
                      max_iter=100_000).fit(X.T, y.ravel())
        # ElasticNet con λ2 = 0 es Lasso; con λ1 ≈ 0 es Ridge (ambos con la traducción del curso).
        en_lasso = ElasticNet(**parametros_sklearn(lam_lasso, m, "elasticnet", lam2=0.0),
                              tol=1e-12, max_iter=100_000).fit(X.T, y.ravel())
        en_ridge = ElasticNet(**parametros_sklearn(1e-9, m, "elasticnet", lam2=lam),
                              tol=1e-14, max_iter=100_000).fit(X.T, y.ravel())
    difs = {
        f"Ridge(alpha={lam / 2:g})": max(np.abs(t.ravel() - ridge.coef_).max(),
                                         abs(t0 - ridge.intercept_)),
        f"Lasso(alpha={lam_lasso / (2 * m):.4g})": max(np.abs(tl.ravel() - lasso.coef_).max(),
                                                        abs(t0l - lasso.intercept_)),
        "ElasticNet ≈ Lasso": np.abs(tl.ravel() - en_lasso.coef_).max(),
        "ElasticNet ≈ Ridge": np.abs(t.ravel() - en_ridge.coef_).max(),
    }
    for nombre, dif in difs.items():
        print(f"  {nombre:<24} diferencia máxima {dif:.2e}")
    print(f"  ceros exactos: tu Lasso {int(np.sum(tl == 0))}, sklearn {int(np.sum(lasso.coef_ == 0))}")
    return difs

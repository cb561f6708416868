"""Verificación numérica de gradientes por diferencias centrales.

    ∂J/∂θ_i ≈ (J(θ + h·e_i) − J(θ − h·e_i)) / (2h)

Sirve para comprobar cualquier retropropagación: si el gradiente analítico y el numérico
coinciden (error relativo ~1e-7 o menor), las derivadas están bien.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from .comprobar import fallar

__all__ = ["gradiente_numerico", "error_relativo", "comprobar_gradiente"]


def gradiente_numerico(J: Callable[[], float], theta: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """Gradiente numérico de ``J`` respecto a ``theta``.

    Argumentos:
        J: función sin argumentos que devuelve el costo (float) leyendo ``theta``.
        theta: arreglo de parámetros de cualquier forma; se perturba en el lugar y se restaura.
        h: paso de la diferencia central.
    Devuelve:
        arreglo de la misma forma que ``theta``.
    """
    grad = np.zeros_like(theta, dtype=float)
    it = np.nditer(theta, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        original = theta[i]
        theta[i] = original + h
        mas = J()
        theta[i] = original - h
        menos = J()
        theta[i] = original
        grad[i] = (mas - menos) / (2 * h)
    return grad


def error_relativo(a: np.ndarray, b: np.ndarray) -> float:
    """‖a − b‖ / max(‖a‖ + ‖b‖, 1e-12): 0 si son iguales, ~1 si no tienen nada que ver."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    return float(np.linalg.norm(a - b) / max(np.linalg.norm(a) + np.linalg.norm(b), 1e-12))


def comprobar_gradiente(analitico: np.ndarray, numerico: np.ndarray, nombre: str,
                        tolerancia: float = 1e-6) -> float:
    """Falla con un mensaje en español si los gradientes no coinciden. Devuelve el error."""
    error = error_relativo(analitico, numerico)
    if not error <= tolerancia:
        signo = ""
        if error_relativo(-np.asarray(analitico), numerico) <= tolerancia:
            signo = " Tiene el signo cambiado."
        fallar(f"El gradiente {nombre} no coincide con el gradiente numérico (error relativo "
               f"{error:.2e}, se esperaba ≤ {tolerancia:.0e}).{signo} Revisa la regla de la "
               f"cadena para {nombre}.")
    return error

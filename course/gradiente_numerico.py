"""Verificación numérica de gradientes por diferencias centrales.

    ∂J/∂θ_i ≈ (J(θ + h·e_i) − J(θ − h·e_i)) / (2h)

Sirve para comprobar cualquier retropropagación: si el gradiente analítico y el numérico
coinciden (error relativo por debajo de TOLERANCIA = 1e-6; con h = 1e-5 lo habitual es 1e-8 o
menos), las derivadas están bien.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from .comprobar import fallar

__all__ = ["gradiente_numerico", "error_relativo", "comprobar_gradiente", "TOLERANCIA"]

# La tolerancia del curso para el error relativo entre gradiente analítico y numérico.
TOLERANCIA = 1e-6


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
                        tolerancia: float = TOLERANCIA, m: int | None = None,
                        costo: str = "el costo", gradientes: str = "la retropropagación"
                        ) -> float:
    """Falla con un mensaje en español si los gradientes no coinciden. Devuelve el error.

    Si los dos solo difieren en un factor constante (el signo, o m cuando se pasa ``m``), lo
    dice: ese factor viene de UNA de las dos funciones (``costo``, de la que sale el numérico,
    o ``gradientes``, la analítica), no necesariamente de la regla de la cadena de ``nombre``.
    """
    a, n = np.asarray(analitico, dtype=float), np.asarray(numerico, dtype=float)
    error = error_relativo(a, n)
    if error <= tolerancia:
        return error
    base = (f"El gradiente {nombre} no coincide con el gradiente numérico (error relativo "
            f"{error:.2e}, se esperaba ≤ {tolerancia:.0e}).")
    factor = float(np.dot(a.ravel(), n.ravel()) / max(np.dot(a.ravel(), a.ravel()), 1e-300))
    if abs(factor) > 1e-12 and error_relativo(factor * a, n) <= tolerancia:
        if abs(factor + 1) < 1e-3:
            fallar(f"{base} Tiene el signo cambiado: ¿{gradientes} cambió un signo (p. ej. "
                   f"y − ŷ en vez de ŷ − y)?")
        if m and (abs(factor - m) < 1e-3 * m or abs(factor - 1 / m) < 1e-3 / m):
            mayor = f"el numérico vale {m} veces el analítico" if factor > 1 else (
                f"el analítico vale {m} veces el numérico")
            fallar(f"{base} Solo difieren en un factor: {mayor} (m = {m} ejemplos). ¿{costo} "
                   f"o {gradientes} olvidó dividir entre m (o lo hizo dos veces)? El error está "
                   f"en esa escala, no en la regla de la cadena.")
        fallar(f"{base} Solo difieren en un factor constante ({factor:.4g}): revisa las "
               f"constantes de {costo} y de {gradientes}.")
    fallar(f"{base} Revisa la regla de la cadena para {nombre} (y que {costo} sea el que "
           f"derivaste).")

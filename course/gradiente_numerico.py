"""La verificación numérica de gradientes que usan las pruebas del curso.

    ∂J/∂θ_i ≈ (J(θ − 2h·e_i) − 8 J(θ − h·e_i) + 8 J(θ + h·e_i) − J(θ + 2h·e_i)) / (12h)

Es la diferencia centrada de CUATRO puntos (error del orden de h⁴) y el error relativo se mide
con la norma del máximo: así las pruebas de cualquier unidad pueden comparar gradientes. La
unidad 6 te pide escribir la versión del curso, la diferencia centrada de dos puntos y el error
relativo euclidiano: son otras fórmulas (y otros números), no estas.

Si el gradiente analítico y el numérico coinciden (error relativo por debajo de
TOLERANCIA = 1e-6), las derivadas están bien.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from .comprobar import fallar

__all__ = ["gradiente_numerico", "error_relativo", "comprobar_gradiente", "TOLERANCIA"]

# La tolerancia del curso para el error relativo entre gradiente analítico y numérico.
TOLERANCIA = 1e-6


def gradiente_numerico(J: Callable[[], float], theta: np.ndarray, h: float = 1e-4) -> np.ndarray:
    """Gradiente numérico de ``J`` respecto a ``theta`` (diferencia centrada de cuatro puntos).

    Argumentos:
        J: función sin argumentos que devuelve el costo (float) leyendo ``theta``.
        theta: arreglo de parámetros de cualquier forma; se perturba en el lugar y se restaura.
        h: paso.
    Devuelve:
        arreglo de la misma forma que ``theta``.
    """
    grad = np.zeros_like(theta, dtype=float)
    pesos = ((-2, 1.0), (-1, -8.0), (1, 8.0), (2, -1.0))
    it = np.nditer(theta, flags=["multi_index"])
    for _ in it:
        i = it.multi_index
        original = theta[i]
        total = 0.0
        for paso, peso in pesos:
            theta[i] = original + paso * h
            total += peso * J()
        theta[i] = original
        grad[i] = total / (12 * h)
    return grad


def error_relativo(a: np.ndarray, b: np.ndarray) -> float:
    """max|a − b| / max(max|a|, max|b|, 1e-12) (norma del máximo): 0 si son iguales."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    escala = max(float(np.max(np.abs(a), initial=0.0)), float(np.max(np.abs(b), initial=0.0)),
                 1e-12)
    return float(np.max(np.abs(a - b), initial=0.0) / escala)


def comprobar_gradiente(analitico: np.ndarray, numerico: np.ndarray, nombre: str,
                        tolerancia: float = TOLERANCIA, m: int | None = None,
                        costo: str = "tu función de costo",
                        gradientes: str = "tu retropropagación") -> float:
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
            fallar(f"{base} Tiene el signo cambiado: ¿{gradientes[:1].upper()}{gradientes[1:]} "
                   f"cambió un signo (p. ej. y − ŷ en vez de ŷ − y)?")
        if m and (abs(factor - m) < 1e-3 * m or abs(factor - 1 / m) < 1e-3 / m):
            mayor = f"el numérico vale {m} veces el analítico" if factor > 1 else (
                f"el analítico vale {m} veces el numérico")
            fallar(f"{base} Solo difieren en un factor: {mayor} (m = {m} ejemplos). "
                   f"¿{costo[:1].upper()}{costo[1:]} o {gradientes} olvidó dividir entre m (o "
                   f"lo hizo dos veces)? El error está en esa escala, no en la regla de la "
                   f"cadena.")
        fallar(f"{base} Solo difieren en un factor constante ({factor:.4g}): el error está en "
               f"una constante de {costo} o de {gradientes}.")
    fallar(f"{base} El error está en la regla de la cadena de {nombre} (o {costo} no es el "
           f"costo que derivaste).")

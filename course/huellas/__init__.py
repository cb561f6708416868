"""Huellas de los errores típicos sobre las entradas de las pruebas visibles.

Cada archivo ``<unidad>.json`` guarda, para cada función calificada, lo que devuelven los errores
del catálogo del instructor con las entradas visibles, junto con la explicación del error. Son
solo números (no código ni soluciones): permiten que una prueba visible diga «olvidaste sumar los
sesgos» en vez de «los valores no coinciden». Se regeneran con ``make huellas`` y
tests/test_fuentes.py comprueba que estén al día con el catálogo.

Números portables: dos máquinas (otra CPU, otro núcleo de OpenBLAS) no dan los mismos últimos
bits. Por eso los números se guardan con ``CIFRAS`` cifras significativas, los no finitos como
texto ("NaN", "Infinity", "-Infinity", JSON estándar) y todo lo que se compara con lo guardado
usa ``coinciden`` con la tolerancia de aquí (``RTOL``, ``ATOL``): una diferencia en los últimos
bits no cuenta, una de 1e-6 relativa sí, y un NaN solo coincide con un NaN en el mismo lugar.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..comprobar import Sospecha, llamar

CARPETA = Path(__file__).resolve().parent
CIFRAS = 10           # cifras significativas guardadas
RTOL = 1e-8           # tolerancia al comparar con lo guardado (muy por encima del redondeo a
ATOL = 1e-12          # 10 cifras y de las diferencias entre CPU, muy por debajo de un error real)
_NO_FINITOS = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}


def redondear(valor):
    """``valor`` (números, arreglos, listas, dicts, textos) listo para guardar en JSON:
    floats con CIFRAS cifras significativas y los no finitos como texto."""
    if isinstance(valor, np.ndarray):
        return redondear(valor.tolist())
    if isinstance(valor, dict):
        return {str(k): redondear(v) for k, v in valor.items()}
    if isinstance(valor, (list, tuple)):
        return [redondear(v) for v in valor]
    if isinstance(valor, (bool, np.bool_)) or valor is None or isinstance(valor, str):
        return valor if not isinstance(valor, np.bool_) else bool(valor)
    if isinstance(valor, (int, np.integer)):
        return int(valor)
    x = float(valor)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return float(f"{x:.{CIFRAS}g}")


def numeros(valor):
    """Lo guardado de vuelta a números: los textos de no finitos a float (para np.asarray)."""
    if isinstance(valor, list):
        return [numeros(v) for v in valor]
    if isinstance(valor, dict):
        return {k: numeros(v) for k, v in valor.items()}
    if isinstance(valor, str) and valor in _NO_FINITOS:
        return _NO_FINITOS[valor]
    return valor


def coinciden(guardado, calculado, ruta: str = "") -> list[str]:
    """Diferencias entre lo guardado y lo recién calculado (vacía si coinciden): misma
    estructura, mismos textos, números dentro de RTOL/ATOL y no finitos en los mismos lugares."""
    guardado, calculado = redondear(guardado), redondear(calculado)
    if isinstance(guardado, dict) or isinstance(calculado, dict):
        if not (isinstance(guardado, dict) and isinstance(calculado, dict)):
            return [f"{ruta}: uno es un diccionario y el otro no"]
        if set(guardado) != set(calculado):
            return [f"{ruta}: claves distintas {sorted(set(guardado) ^ set(calculado))}"]
        return [d for k in guardado for d in coinciden(guardado[k], calculado[k], f"{ruta}/{k}")]
    if isinstance(guardado, list) or isinstance(calculado, list):
        if not (isinstance(guardado, list) and isinstance(calculado, list)) or len(
                guardado) != len(calculado):
            return [f"{ruta}: longitudes o tipos distintos"]
        return [d for i, (a, b) in enumerate(zip(guardado, calculado))
                for d in coinciden(a, b, f"{ruta}[{i}]")]
    if isinstance(guardado, str) and isinstance(calculado, str):
        return [] if guardado == calculado else [f"{ruta}: «{guardado}» ≠ «{calculado}»"]
    try:
        a, b = float(numeros(guardado)), float(numeros(calculado))
    except (TypeError, ValueError):
        return [] if guardado == calculado else [f"{ruta}: {guardado!r} ≠ {calculado!r}"]
    if math.isnan(a) or math.isnan(b):
        return [] if math.isnan(a) and math.isnan(b) else [f"{ruta}: {a} ≠ {b} (NaN)"]
    if not math.isclose(a, b, rel_tol=RTOL, abs_tol=ATOL):
        return [f"{ruta}: {a!r} guardado, {b!r} calculado"]
    return []


@lru_cache(maxsize=None)
def cargar(unidad: str) -> dict:
    ruta = CARPETA / f"{unidad}.json"
    if not ruta.exists():
        return {}
    return json.loads(ruta.read_text(encoding="utf-8"))


def sospechas(unidad: str, funcion: str) -> dict[str, list[Sospecha]]:
    """{nombre de salida: [Sospecha, ...]} para ``funcion``, o {} si no hay huellas."""
    return {nombre: [Sospecha(np.asarray(numeros(valor), dtype=float), explicacion)
                     for valor, explicacion in lista]
            for nombre, lista in cargar(unidad).get(funcion, {}).items()}


def llamar_visible(unidad: str, funcion: str, fn):
    """La llamada de una prueba visible: ``fn`` con las entradas visibles de ``funcion`` (las de
    ``course.<unidad>.entradas_visibles``). Devuelve (salida, avisos, sospechas de los errores
    típicos conocidos por sus huellas)."""
    import importlib

    entradas = importlib.import_module(f"course.{unidad}").entradas_visibles(funcion)
    salida, avisos = llamar(fn, *entradas, nombre=funcion)
    return salida, avisos, sospechas(unidad, funcion)

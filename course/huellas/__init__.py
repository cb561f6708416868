"""Huellas de los errores típicos sobre las entradas de las pruebas visibles.

Cada archivo ``<unidad>.json`` guarda, para cada función calificada, lo que devuelven los errores
del catálogo del instructor con las entradas visibles, junto con la explicación del error. Son
solo números (no código ni soluciones): permiten que una prueba visible diga «olvidaste sumar los
sesgos» en vez de «los valores no coinciden». Se regeneran con ``make huellas`` y
tests/test_fuentes.py comprueba que estén al día con el catálogo.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..comprobar import Sospecha

CARPETA = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def cargar(unidad: str) -> dict:
    ruta = CARPETA / f"{unidad}.json"
    if not ruta.exists():
        return {}
    return json.loads(ruta.read_text(encoding="utf-8"))


def sospechas(unidad: str, funcion: str) -> dict[str, list[Sospecha]]:
    """{nombre de salida: [Sospecha, ...]} para ``funcion``, o {} si no hay huellas."""
    return {nombre: [Sospecha(np.asarray(valor, dtype=float), explicacion)
                     for valor, explicacion in lista]
            for nombre, lista in cargar(unidad).get(funcion, {}).items()}

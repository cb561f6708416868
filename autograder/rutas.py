"""Dónde está cada cosa: la raíz del repositorio, la configuración de nbgrader y las unidades.

Módulo hoja (no importa nada del calificador): todos los demás toman de aquí sus rutas.
"""
from __future__ import annotations

from pathlib import Path

RAIZ = Path(__file__).resolve().parent.parent
CONFIG = RAIZ / "nbgrader_config.py"


def unidades(raiz: Path = RAIZ) -> list[str]:
    """Las unidades (tareas de nbgrader): cada carpeta de source/ con un cuaderno."""
    fuente = Path(raiz) / "source"
    return sorted(p.name for p in fuente.iterdir() if p.is_dir() and any(p.glob("*.ipynb")))


def unidades_con_texto() -> list[str]:
    """Las unidades escritas como texto: autograder/unidades/<unidad>/cuaderno.py (de ahí sale
    source/<unidad>/, con make cuadernos)."""
    carpeta = RAIZ / "autograder" / "unidades"
    return sorted(p.parent.name for p in carpeta.glob("*/cuaderno.py"))

"""Construcción de celdas de cuaderno con los metadatos de nbgrader (schema_version 3).

Útil para escribir cuadernos fuente desde Python y para que las pruebas fabriquen entregas.
Los ``grade_id`` no llevan tildes ni espacios.
"""
from __future__ import annotations

import re

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

_ID_VALIDO = re.compile(r"^[A-Za-z0-9_\-]+$")


def _meta(grade_id: str, *, grade: bool, solution: bool, locked: bool, points=None) -> dict:
    if not _ID_VALIDO.match(grade_id):
        raise ValueError(f"grade_id inválido {grade_id!r}: solo letras sin tilde, dígitos, _ y -")
    meta = {"grade": grade, "grade_id": grade_id, "locked": locked, "schema_version": 3,
            "solution": solution, "task": False}
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def texto(fuente: str):
    """Celda de texto (Markdown) sin calificación."""
    return new_markdown_cell(fuente.strip("\n"))


def codigo(fuente: str):
    """Celda de código libre (el estudiante puede editarla)."""
    return new_code_cell(fuente.strip("\n"))


def codigo_fijo(grade_id: str, fuente: str):
    """Celda de código de solo lectura (configuración, funciones dadas)."""
    return new_code_cell(fuente.strip("\n"),
                         metadata=_meta(grade_id, grade=False, solution=False, locked=True))


def solucion(grade_id: str, fuente: str):
    """Celda de respuesta autocalificada: la fuente lleva ### BEGIN/END SOLUTION."""
    return new_code_cell(fuente.strip("\n"),
                         metadata=_meta(grade_id, grade=False, solution=True, locked=False))


def prueba(grade_id: str, puntos: float, fuente: str):
    """Celda de prueba con puntos (bloqueada); puede llevar ### BEGIN/END HIDDEN TESTS."""
    return new_code_cell(fuente.strip("\n"),
                         metadata=_meta(grade_id, grade=True, solution=False, locked=True,
                                        points=puntos))


def respuesta_escrita(grade_id: str, puntos: float, respuesta_modelo: str):
    """Pregunta de calificación manual: en el estudiante se reemplaza por el texto de relleno."""
    return new_markdown_cell(respuesta_modelo.strip("\n"),
                             metadata=_meta(grade_id, grade=True, solution=True, locked=False,
                                            points=puntos))


def cuaderno(celdas) -> nbformat.NotebookNode:
    """Cuaderno con kernel python3 e identificadores de celda estables (diffs legibles)."""
    nb = new_notebook(cells=list(celdas))
    for i, celda in enumerate(nb.cells):
        meta = celda.metadata.get("nbgrader")
        celda.id = meta["grade_id"] if meta else f"celda-{i:02d}"
    nb.metadata["kernelspec"] = {"display_name": "Python 3 (ipykernel)", "language": "python",
                                 "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    return nb


def solucion_desde_funcion(fn, grade_id: str | None = None):
    """Celda de respuesta con la fuente exacta de ``fn``: el cuerpo (tras el docstring) queda
    entre ### BEGIN/END SOLUTION. Así la celda y solutions/ son idénticas por construcción."""
    import ast
    import inspect
    import textwrap

    fuente = textwrap.dedent(inspect.getsource(fn)).rstrip("\n")
    nodo = ast.parse(fuente).body[0]
    lineas = fuente.splitlines()
    primera = nodo.body[1].lineno - 1 if ast.get_docstring(nodo) else nodo.body[0].lineno - 1
    sangria = " " * nodo.body[0].col_offset
    cuerpo = lineas[:primera] + [sangria + "### BEGIN SOLUTION"] + lineas[primera:] + [
        sangria + "### END SOLUTION"]
    return solucion(grade_id or fn.__name__, "\n".join(cuerpo))


def guardar(nb, ruta) -> None:
    nbformat.validate(nb)
    nbformat.write(nb, str(ruta))

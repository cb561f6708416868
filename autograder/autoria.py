"""Construcción de celdas de cuaderno con los metadatos de nbgrader (schema_version 3).

Útil para escribir cuadernos fuente desde Python y para que las pruebas fabriquen entregas.
Los ``grade_id`` no llevan tildes ni espacios.
"""
from __future__ import annotations

import functools
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
    entre ### BEGIN/END SOLUTION. Así la celda y solutions/ son idénticas por construcción.
    Si ``fn`` es una clase, cada método lleva sus propias marcas: en el release la clase se
    define y cada método sin hacer lanza NotImplementedError al llamarlo."""
    import ast
    import inspect
    import textwrap

    fuente = textwrap.dedent(inspect.getsource(fn)).rstrip("\n")
    nodo = ast.parse(fuente).body[0]
    cuerpos = ([n for n in nodo.body if isinstance(n, ast.FunctionDef)]
               if isinstance(nodo, ast.ClassDef) else [nodo])
    lineas = fuente.splitlines()
    # De abajo arriba, para que los índices de los cuerpos de arriba no se muevan.
    for funcion in sorted(cuerpos, key=lambda n: n.lineno, reverse=True):
        primera = (funcion.body[1] if ast.get_docstring(funcion) else funcion.body[0]).lineno - 1
        ultima = funcion.body[-1].end_lineno
        sangria = " " * funcion.body[0].col_offset
        lineas = (lineas[:primera] + [sangria + "### BEGIN SOLUTION"] + lineas[primera:ultima]
                  + [sangria + "### END SOLUTION"] + lineas[ultima:])
    return solucion(grade_id or fn.__name__, "\n".join(lineas))


def guardar(nb, ruta) -> None:
    nbformat.validate(nb)
    nbformat.write(nb, str(ruta))


# ---------------------------------------------------------------------------------------------
# Cuadernos escritos como texto: autograder/unidades/<unidad>/cuaderno.py
# ---------------------------------------------------------------------------------------------
#
# Cada unidad se escribe UNA vez, como texto de jupytext en formato «percent» (celdas separadas
# por «# %%», el Markdown como comentarios), y ``construir`` escribe source/<unidad>/<unidad>.ipynb.
# El texto nunca va en source/<unidad>/: nbgrader copiaría todo lo de ahí a release/.
#
# Las celdas de nbgrader se declaran en la cabecera de la celda, no se escriben:
#
#   # %% ejercicio="feedForward" puntos=2
#       → la celda de respuesta con la función de solutions/<unidad>.py (cuerpo entre
#         ### BEGIN/END SOLUTION) y su celda de prueba (visible + oculta) de PLANTILLA_PRUEBA.
#   # %% [markdown] pregunta="pregunta_capa_oculta" puntos=2
#       → pregunta escrita de calificación manual; el texto de la celda es la respuesta modelo.
#   # %% dada="sigmoide"
#       → código fijo (bloqueado): la función de solutions/<unidad>.py (o, si no está ahí, de
#         course/<unidad>.py), tal cual; su grade_id es el nombre, o ``grade_id="..."``.
#   # %% fija="configuracion"
#       → código fijo (bloqueado) con el texto de la celda.
#
# Las demás celdas (Markdown o código libre) pasan tal cual.

PLANTILLA_PRUEBA = (
    "# Prueba de {funcion} ({puntos} punto{s}). Ejecuta esta celda después de la de tu solución.\n"
    "probar_{funcion}({funcion})\n"
    "### BEGIN HIDDEN TESTS\n"
    "from autograder.unidades.{unidad} import ocultas\n"
    "ocultas.probar_{funcion}({funcion})\n"
    "### END HIDDEN TESTS")
FORMATO = "py:percent"


def ruta_texto(unidad: str):
    from .rutas import RAIZ
    return RAIZ / "autograder" / "unidades" / unidad / "cuaderno.py"


def ruta_cuaderno(unidad: str):
    from .rutas import RAIZ
    return RAIZ / "source" / unidad / f"{unidad}.ipynb"


def leer_texto(unidad: str):
    import jupytext
    return jupytext.read(str(ruta_texto(unidad)), fmt=FORMATO)


@functools.lru_cache(maxsize=None)
def puntos(unidad: str) -> dict[str, float]:
    """{grade_id: puntos} de lo que declara el texto de la unidad (ejercicios como prueba_<f>,
    y preguntas escritas)."""
    resultado = {}
    for celda in leer_texto(unidad).cells:
        if "ejercicio" in celda.metadata:
            resultado[f"prueba_{celda.metadata['ejercicio']}"] = celda.metadata["puntos"]
        elif "pregunta" in celda.metadata:
            resultado[celda.metadata["pregunta"]] = celda.metadata["puntos"]
    return resultado


def celda_de_prueba(unidad: str, funcion: str, valor: float):
    return prueba(f"prueba_{funcion}", valor, PLANTILLA_PRUEBA.format(
        funcion=funcion, puntos=valor, s="" if valor == 1 else "s", unidad=unidad))


def construir(unidad: str) -> nbformat.NotebookNode:
    """El cuaderno fuente de nbgrader de ``unidad``, a partir de su texto y de su referencia."""
    import importlib
    import inspect
    import textwrap

    referencia = importlib.import_module(f"solutions.{unidad}")
    celdas = []
    for celda in leer_texto(unidad).cells:
        meta = celda.metadata
        if "ejercicio" in meta:
            funcion = meta["ejercicio"]
            celdas += [solucion_desde_funcion(getattr(referencia, funcion)),
                       celda_de_prueba(unidad, funcion, meta["puntos"])]
        elif "pregunta" in meta:
            celdas.append(respuesta_escrita(meta["pregunta"], meta["puntos"], celda.source))
        elif "dada" in meta:
            visibles = importlib.import_module(f"course.{unidad}")
            funcion = getattr(referencia, meta["dada"], None) or getattr(visibles, meta["dada"])
            fuente = textwrap.dedent(inspect.getsource(funcion))
            celdas.append(codigo_fijo(meta.get("grade_id", meta["dada"]), fuente))
        elif "fija" in meta:
            celdas.append(codigo_fijo(meta["fija"], celda.source))
        elif celda.cell_type == "markdown":
            celdas.append(texto(celda.source))
        else:
            celdas.append(codigo(celda.source))
    return cuaderno(celdas)


def texto_del_cuaderno(nb) -> str:
    """El cuaderno fuente como lo escribe nbformat (lo que se guarda y lo que se compara)."""
    nbformat.validate(nb)
    return nbformat.writes(nb) + "\n"


def escribir(unidad: str) -> bool:
    """Escribe source/<unidad>/<unidad>.ipynb desde su texto. ¿Cambió algo?"""
    ruta = ruta_cuaderno(unidad)
    nuevo = texto_del_cuaderno(construir(unidad))
    if ruta.exists() and ruta.read_text(encoding="utf-8") == nuevo:
        return False
    ruta.parent.mkdir(parents=True, exist_ok=True)
    ruta.write_text(nuevo, encoding="utf-8")
    return True

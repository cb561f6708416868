"""Integridad de una entrega frente al cuaderno de release: celdas de prueba borradas,
modificadas, duplicadas o renombradas, y cuadernos de otra unidad.

nbgrader restaura las celdas de prueba (OverwriteCells, con add_missing_cells) y califica con
las originales; aquí solo se explica al instructor lo que el estudiante había cambiado.
"""
from __future__ import annotations

from collections import Counter

import nbformat


def _ids(nb) -> list[str]:
    return [c.metadata["nbgrader"]["grade_id"] for c in nb.cells
            if "nbgrader" in c.metadata and "grade_id" in c.metadata["nbgrader"]]


def _pruebas(nb) -> dict[str, str]:
    return {c.metadata.nbgrader.grade_id: c.source.strip() for c in nb.cells
            if c.metadata.get("nbgrader", {}).get("grade")
            and not c.metadata.nbgrader.get("solution") and c.cell_type == "code"}


def revisar(entrega, release) -> list[str]:
    """Banderas en español (vacío si la estructura coincide con la del release)."""
    ids_entrega, ids_release = _ids(entrega), set(_ids(release))
    if not ids_entrega:
        return ["el cuaderno no tiene ninguna celda de la unidad (se califica con las celdas "
                "originales restauradas)"]
    if not set(ids_entrega) & ids_release:
        return ["parece el cuaderno de otra unidad: ninguna de sus celdas calificadas es de esta"]
    banderas = []
    repetidos = sorted(g for g, n in Counter(ids_entrega).items() if n > 1)
    if repetidos:
        banderas.append("celdas duplicadas: " + ", ".join(repetidos))
    extranos = sorted(set(ids_entrega) - ids_release)
    if extranos:
        banderas.append("celdas con identificadores que no son de la unidad: "
                        + ", ".join(extranos))
    pruebas_release, pruebas_entrega = _pruebas(release), _pruebas(entrega)
    faltan = sorted(set(pruebas_release) - set(pruebas_entrega))
    if faltan:
        banderas.append("faltaban celdas de prueba (se restauraron): " + ", ".join(faltan))
    cambiadas = sorted(g for g, fuente in pruebas_entrega.items()
                       if g in pruebas_release and fuente != pruebas_release[g])
    if cambiadas:
        banderas.append("celdas de prueba modificadas (se calificó con las originales): "
                        + ", ".join(cambiadas))
    return banderas


def version_original(ruta) -> int | None:
    """nbformat declarado en el archivo (para avisar de conversiones)."""
    import json

    try:
        return json.loads(open(ruta, encoding="utf-8").read()).get("nbformat")
    except Exception:
        return None


def leer_release(ruta):
    return nbformat.read(str(ruta), as_version=4)


def reparar(entrega, release):
    """Devuelve una copia de la entrega con la estructura del release, para que nbgrader pueda
    calificarla (nbgrader 0.9.6 se cae con KeyError ante duplicados, grade_id desconocidos o
    celdas calificadas ausentes):

    - una celda calificada repetida o con un grade_id que no es de la unidad pierde sus
      metadatos de nbgrader y queda como celda normal (su código se conserva);
    - una celda de prueba o de solo lectura convertida a otro tipo se restaura desde el release;
    - las celdas calificadas que faltan se insertan desde el release, en su lugar relativo.
    """
    import copy as _copy

    nb = _copy.deepcopy(entrega)
    del_release = {c.metadata["nbgrader"]["grade_id"]: c for c in release.cells
                   if "nbgrader" in c.metadata and "grade_id" in c.metadata["nbgrader"]}
    vistos = set()
    for i, celda in enumerate(nb.cells):
        meta = celda.metadata.get("nbgrader")
        if not meta:
            continue
        gid = meta.get("grade_id")
        if gid not in del_release or gid in vistos:
            celda.metadata.pop("nbgrader")
            continue
        vistos.add(gid)
        original = del_release[gid]
        if celda.cell_type != original.cell_type and original.metadata["nbgrader"].get("locked"):
            nb.cells[i] = _copy.deepcopy(original)
    # Insertar las que faltan tras la celda calificada anterior (en el orden del release).
    anterior = None
    for gid, celda in del_release.items():
        if gid not in vistos:
            posicion = 0
            if anterior is not None:
                posicion = next(i for i, c in enumerate(nb.cells)
                                if c.metadata.get("nbgrader", {}).get("grade_id") == anterior) + 1
            nb.cells.insert(posicion, _copy.deepcopy(celda))
            vistos.add(gid)
        anterior = gid
    return nb

"""Verificación de confianza de una entrega.

El código del estudiante (todas sus celdas de código salvo las de prueba) se ejecuta en un
proceso aislado (autograder.aislamiento); las pruebas visibles y ocultas de cada función
calificada corren aquí, contra proxies que solo traen datos planos. El veredicto por función es
el que cuenta: si el cuaderno ejecutado por nbgrader dijo otra cosa, se corrige la nota y se
marca la entrega con el motivo (curso.Curso.calificar).
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from .aislamiento import ErrorDelHijo, HijoAislado, Limites, PlazoAgotado
from .catalogo import evaluar
from .escaneo import Hallazgo, escanear


@dataclass
class Veredicto:
    funciones: dict = field(default_factory=dict)       # funcion → (pasó, mensaje)
    celdas: list = field(default_factory=list)          # informe del hijo por celda de código
    mortales: dict = field(default_factory=dict)        # índice de celda → motivo
    hallazgos: list = field(default_factory=list)       # escaneo estático
    aislado: bool = False
    error: str = ""                                     # si la verificación no pudo correr
    plazo_agotado: bool = False                         # se acabó el presupuesto de reloj
    incidentes: list = field(default_factory=list)      # el proceso murió, calló, se pasó


def es_celda_de_prueba(celda) -> bool:
    meta = celda.metadata.get("nbgrader", {})
    return celda.cell_type == "code" and bool(meta.get("grade")) and not meta.get("solution")


def celdas_de_codigo(nb) -> list:
    """Celdas de código del estudiante, en orden, sin las de prueba."""
    return [c for c in nb.cells if c.cell_type == "code" and not es_celda_de_prueba(c)]


def celdas_propias(nb, release: Path | None) -> list[int]:
    """Índices (en celdas_de_codigo) de las celdas escritas o cambiadas por el estudiante."""
    originales = set()
    if release is not None and release.exists():
        originales = {c.source.strip() for c in nbformat.read(str(release), 4).cells
                      if c.cell_type == "code"}
    return [i for i, c in enumerate(celdas_de_codigo(nb)) if c.source.strip() not in originales]


def verificar(unidad: str, cuaderno: Path, *, release: Path | None = None,
              limites: Limites | None = None, plazo: float | None = None) -> Veredicto:
    """Veredicto de confianza para cada función calificada de ``unidad``.

    ``plazo``: instante (time.monotonic) en que se acaba el presupuesto de reloj; las funciones
    que no se alcanzaron a evaluar cuentan como no superadas, con ese motivo.
    """
    nb = nbformat.read(str(cuaderno), as_version=4)
    celdas = celdas_de_codigo(nb)
    # Las celdas bloqueadas (código dado del curso) se ejecutan como en el release: lo decide
    # su grade_id en el release, no lo que la entrega diga de sí misma (quitarles «locked» o
    # editarlas no cambia lo que corre). Las que la entrega borró o renombró se ejecutan al
    # final, después de todo su código: p. ej. la que vigila que entrenarSGD no modifique params.
    bloqueadas = _bloqueadas_del_release(release)
    presentes = set()
    for celda in celdas:
        gid = celda.metadata.get("nbgrader", {}).get("grade_id")
        if gid in bloqueadas:
            celda.source = bloqueadas[gid]
            presentes.add(gid)
    celdas += [nbformat.v4.new_code_cell(fuente, metadata={"nbgrader": {
        "grade_id": gid, "locked": True}}) for gid, fuente in bloqueadas.items()
        if gid not in presentes]
    codigo = [c.source for c in celdas]
    propias = celdas_propias(nb, release)
    veredicto = Veredicto(hallazgos=[h for h in escanear(codigo) if h.celda in propias])
    # Las celdas de demostración del release que el estudiante no tocó (entrenar, graficar) no
    # hacen falta para decidir nada y pueden ser lentas: se reemplazan por celdas vacías, sin
    # mover los índices. Se conservan las que definen o importan algo.
    codigo = [fuente if i in propias or celdas[i].metadata.get("nbgrader") or define_algo(fuente)
              else "" for i, fuente in enumerate(codigo)]
    funciones = list(importlib.import_module(f"course.{unidad}").SALIDAS)
    sin_tiempo = "se agotó el presupuesto de tiempo de la entrega antes de evaluarla"
    try:
        with HijoAislado(codigo, limites=limites or Limites(), plazo=plazo) as hijo:
            veredicto.aislado = hijo.aislado
            for funcion in funciones:
                if veredicto.plazo_agotado:
                    veredicto.funciones[funcion] = (False, f"`{funcion}`: {sin_tiempo}")
                    continue
                hijo.ultimo_fallo = None
                try:
                    resultado = evaluar(unidad, funcion, hijo.funcion(funcion))
                except ErrorDelHijo as e:
                    hijo.ultimo_fallo = e
                    resultado = (False, "")
                if hijo.ultimo_fallo is not None:
                    # El proceso aislado murió, calló o se pasó de tiempo: ese es el motivo, no
                    # lo que la prueba haya dicho de la excepción.
                    veredicto.plazo_agotado = isinstance(hijo.ultimo_fallo, PlazoAgotado)
                    resultado = (False, f"`{funcion}`: el proceso que ejecuta tu código "
                                        f"{hijo.ultimo_fallo}")  # p. ej. «no respondió en 60 s»
                    if not veredicto.plazo_agotado:
                        veredicto.incidentes.append(f"{funcion}: {hijo.ultimo_fallo}")
                veredicto.funciones[funcion] = resultado
            veredicto.celdas = hijo.reporte_celdas
            veredicto.mortales = dict(hijo.celdas_mortales)
    except ErrorDelHijo as e:
        veredicto.plazo_agotado = veredicto.plazo_agotado or isinstance(e, PlazoAgotado)
        veredicto.error = f"el proceso que ejecuta tu código {e}"
        for funcion in funciones:
            veredicto.funciones.setdefault(funcion, (False, veredicto.error))
    return veredicto


def _bloqueadas_del_release(release: Path | None) -> dict:
    if release is None or not Path(release).exists():
        return {}
    return {c.metadata.nbgrader.grade_id: c.source for c in nbformat.read(str(release), 4).cells
            if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("locked")
            and not es_celda_de_prueba(c)}


def _arbol(fuente: str):
    import ast

    try:
        return ast.parse("\n".join("pass" if l.lstrip().startswith(("%", "!")) else l
                                    for l in fuente.splitlines()))
    except SyntaxError:
        return None


def define_algo(fuente: str) -> bool:
    """¿La celda importa o define algo (aunque haga más cosas)?"""
    import ast

    arbol = _arbol(fuente)
    return arbol is None or any(isinstance(n, (ast.Import, ast.ImportFrom, ast.FunctionDef,
                                               ast.ClassDef)) for n in arbol.body)


def solo_define(fuente: str) -> bool:
    """¿La celda solo importa y define funciones o clases (nada se ejecuta al correrla)?"""
    import ast

    arbol = _arbol(fuente)
    permitidos = (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.AsyncFunctionDef,
                  ast.ClassDef, ast.Pass)
    return arbol is not None and all(
        isinstance(n, permitidos) or (isinstance(n, ast.Expr) and isinstance(n.value,
                                                                            ast.Constant))
        for n in arbol.body)


def resumen_hallazgos(hallazgos: list[Hallazgo]) -> list[str]:
    return [f"código sospechoso: {h}" for h in hallazgos]

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

from .aislamiento import ErrorDelHijo, HijoAislado, Limites
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


def verificar(unidad: str, cuaderno: Path, raiz_curso: Path, *, release: Path | None = None,
              limites: Limites | None = None) -> Veredicto:
    """Veredicto de confianza para cada función calificada de ``unidad``."""
    nb = nbformat.read(str(cuaderno), as_version=4)
    celdas = celdas_de_codigo(nb)
    codigo = [c.source for c in celdas]
    propias = celdas_propias(nb, release)
    veredicto = Veredicto(hallazgos=[h for h in escanear(codigo) if h.celda in propias])
    # Las celdas de demostración del release que el estudiante no tocó (entrenar, graficar) no
    # hacen falta para decidir nada y pueden ser lentas: se reemplazan por celdas vacías, sin
    # mover los índices. Se conservan las que definen o importan algo.
    codigo = [fuente if i in propias or celdas[i].metadata.get("nbgrader") or _define_algo(fuente)
              else "" for i, fuente in enumerate(codigo)]
    funciones = list(importlib.import_module(f"course.{unidad}").SALIDAS)
    try:
        with HijoAislado(codigo, raiz_curso=raiz_curso, limites=limites or Limites()) as hijo:
            veredicto.aislado = hijo.aislado
            for funcion in funciones:
                try:
                    veredicto.funciones[funcion] = evaluar(unidad, funcion, hijo.funcion(funcion))
                except ErrorDelHijo as e:
                    veredicto.funciones[funcion] = (False, f"`{funcion}`: {e}")
            veredicto.celdas = hijo.reporte_celdas
            veredicto.mortales = dict(hijo.celdas_mortales)
    except ErrorDelHijo as e:
        veredicto.error = f"no se pudo ejecutar el código en aislamiento: {e}"
        veredicto.funciones = {f: (False, veredicto.error) for f in funciones}
    return veredicto


def _define_algo(fuente: str) -> bool:
    import ast

    try:
        arbol = ast.parse("\n".join("pass" if l.lstrip().startswith(("%", "!")) else l
                                     for l in fuente.splitlines()))
    except SyntaxError:
        return True
    return any(isinstance(n, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef))
               for n in arbol.body)


def neutralizar_por_fuente(nb, fuentes: list[str]) -> None:
    """Comenta las celdas de código cuya fuente está en ``fuentes`` (las que terminan el proceso
    o agotan la memoria), para que el kernel de nbgrader sobreviva y califique el resto. El
    original se conserva aparte (originales/)."""
    pendientes = list(fuentes)
    for celda in celdas_de_codigo(nb):
        if celda.source in pendientes:
            pendientes.remove(celda.source)
            celda.source = ("# [calificador] celda desactivada: terminaba el proceso o agotaba "
                            "la memoria\n" + "\n".join("# " + l for l in celda.source.splitlines()))


def resumen_hallazgos(hallazgos: list[Hallazgo]) -> list[str]:
    return [f"código sospechoso: {h}" for h in hallazgos]

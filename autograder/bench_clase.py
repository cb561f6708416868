"""Benchmark de calificación: ``python -m autograder.bench_clase`` (o ``make bench-clase``).

Una clase sintética de N estudiantes por unidad (la clase de muestra de cada unidad, repetida con
otros nombres, sin los cuadernos ilegibles) se califica en la misma corrida, sobre las mismas
entregas y una después de otra:

1. con **nbgrader solo** (``autograde`` con su kernel de siempre: sin verificación aislada, sin
   encierro, sin integridad ni presupuesto; lo que costaría calificar sin defensas);
2. con **la cadena del proyecto** (todas las defensas), un trabajador;
3. con la cadena del proyecto y un trabajador por núcleo.

Imprime, por unidad, los segundos por entrega de (1) y (2), la razón (2)/(1) con el objetivo
≤ 2.0×, y en qué se van los segundos de (2) (verificación aislada, nbgrader, lo demás); y la
aceleración de (3). La tabla queda en build/bench_clase.md.
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
import warnings
from dataclasses import replace
from pathlib import Path

from . import muestra
from .curso import Curso
from .lote import calificar
from .rutas import RAIZ, unidades

OBJETIVO = 2.0


def preparar(raiz: Path, n: int, lista: list[str]) -> Curso:
    """N entregas legibles por unidad: la clase de muestra repetida con otros nombres."""
    clases = {}
    for unidad in lista:
        legibles = [a for a in muestra.alumnos(unidad) if a.estado == "calificado"]
        clases[unidad] = [replace(legibles[i % len(legibles)], nombre=f"alumno{i + 1:03d}")
                          for i in range(n)]
    return muestra.montar_clase(raiz, clases, timeout=120)


def nbgrader_solo(raiz: Path, lista: list[str]) -> dict[str, list[float]]:
    """nbgrader autograde tal cual, entrega por entrega: {unidad: [segundos, ...]}."""
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config

    config = Config()
    config.CourseDirectory.root = str(raiz)
    config.CourseDirectory.course_id = "redes-neuronales-desde-cero"
    config.Execute.timeout = 120
    api = NbGraderAPI(coursedir=CourseDirectory(config=config), config=config)
    # Una calificación sin medir: la primera paga importaciones y la creación de la base.
    primera = next(p.name for p in sorted((raiz / "submitted").iterdir()))
    api.autograde(lista[0], primera, force=True, create=True)
    tiempos = {}
    for unidad in lista:
        for alumno in sorted(p.name for p in (raiz / "submitted").iterdir()
                             if (p / unidad).is_dir()):
            inicio = time.perf_counter()
            resultado = api.autograde(unidad, alumno, force=True, create=True)
            tiempos.setdefault(unidad, []).append(time.perf_counter() - inicio)
            if not resultado.get("success"):
                print(f"  nbgrader solo no pudo con {unidad} · {alumno}")
    return tiempos


def la_cadena(curso: Curso, lista: list[str], trabajadores: int) -> tuple[float, list]:
    # Cada pasada parte de las entregas originales, sin nada calificado antes (el Curso ya
    # existe: sus importaciones no cuentan, como las de nbgrader solo).
    for carpeta in ("autograded", "estados", "originales"):
        shutil.rmtree(curso.raiz / carpeta, ignore_errors=True)
    inicio = time.perf_counter()
    estados = calificar(curso, lista, trabajadores=trabajadores)
    return time.perf_counter() - inicio, estados


def tabla(n: int, lista: list[str], solo: dict, estados: list, t1: float, tp: float,
          trabajadores: int) -> str:
    por_unidad = {}
    for e in estados:
        por_unidad.setdefault(e.unidad, []).append(e)
    filas = [f"# Calificación: nbgrader solo frente a la cadena del proyecto ({n} entregas por "
             f"unidad, {os.cpu_count()} núcleos)", "",
             "| unidad | nbgrader solo (s/entrega) | cadena (s/entrega) | razón | verificación "
             "aislada | nbgrader en el encierro | lo demás |", "|---|---:|---:|---:|---:|---:|---:|"]
    total_solo = total_cadena = 0.0
    for unidad in lista:
        es = por_unidad.get(unidad, [])
        s = sum(solo.get(unidad, [])) / max(len(solo.get(unidad, [])), 1)
        c = sum(e.segundos for e in es) / max(len(es), 1)
        v = sum(e.tiempos.get("verificacion", 0) for e in es) / max(len(es), 1)
        g = sum(e.tiempos.get("nbgrader", 0) for e in es) / max(len(es), 1)
        total_solo += sum(solo.get(unidad, []))
        total_cadena += sum(e.segundos for e in es)
        marca = "✔" if c / s <= OBJETIVO else "✘"
        filas.append(f"| {unidad} | {s:.2f} | {c:.2f} | {c / s:.2f}× {marca} | {v:.2f} | "
                     f"{g:.2f} | {c - v - g:.2f} |")
    razon = total_cadena / total_solo
    filas += [f"| **todas** | {total_solo / len(estados):.2f} | {total_cadena / len(estados):.2f}"
              f" | **{razon:.2f}×** {'✔' if razon <= OBJETIVO else '✘'} | | | |", "",
              f"Objetivo: la cadena cuesta ≤ {OBJETIVO:.1f}× nbgrader solo, con todas las defensas.",
              "",
              "| modo | trabajadores | total (s) | s por entrega | aceleración |",
              "|---|---:|---:|---:|---:|",
              f"| cadena, secuencial | 1 | {t1:.1f} | {t1 / len(estados):.2f} | 1.00× |",
              f"| cadena, en paralelo | {trabajadores} | {tp:.1f} | {tp / len(estados):.2f} | "
              f"{t1 / tp:.2f}× |", ""]
    return "\n".join(filas)


def main(argv=None) -> int:
    warnings.filterwarnings("ignore")
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--alumnos", type=int, default=6, help="estudiantes por unidad")
    p.add_argument("--unidades", nargs="*", help="por defecto, todas")
    p.add_argument("--trabajadores", type=int, default=os.cpu_count() or 1)
    p.add_argument("--salida", default=str(RAIZ / "build" / "bench_clase.md"))
    args = p.parse_args(argv)
    lista = args.unidades or unidades()
    with tempfile.TemporaryDirectory(prefix="bench-clase-") as tmp:
        curso = preparar(Path(tmp) / "cadena", args.alumnos, lista)
        shutil.copytree(curso.raiz, Path(tmp) / "solo")
        n = args.alumnos * len(lista)
        print(f"Clase sintética: {args.alumnos} estudiantes × {len(lista)} unidades = {n} "
              f"entregas\n\n1. nbgrader solo (sin defensas), un trabajador:")
        solo = nbgrader_solo(Path(tmp) / "solo", lista)
        print("\n2. La cadena del proyecto, un trabajador:")
        t1, estados = la_cadena(curso, lista, 1)
        print(f"\n3. La cadena del proyecto, {args.trabajadores} trabajadores:")
        tp, _ = la_cadena(curso, lista, args.trabajadores)
    texto = tabla(args.alumnos, lista, solo, estados, t1, tp, args.trabajadores)
    print("\n" + texto)
    Path(args.salida).parent.mkdir(parents=True, exist_ok=True)
    Path(args.salida).write_text(texto, encoding="utf-8")
    print(f"Tabla escrita en {args.salida}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Benchmark de calificación de una clase sintética: ``python -m autograder.bench_clase``.

Una clase de N estudiantes por unidad (los de la clase de muestra de cada unidad, repetidos con
otros nombres) se califica dos veces, en el mismo proceso y sobre las mismas entregas: primero
con un trabajador y luego con uno por núcleo. Imprime segundos por entrega en cada modo y la
aceleración, y escribe la tabla en build/bench_clase.md.
"""
from __future__ import annotations

import argparse
import os
import shutil
from dataclasses import replace
import tempfile
import time
import warnings
from pathlib import Path

from . import muestra
from .lote import calificar
from .curso import Curso
from .rutas import RAIZ, unidades


def preparar(raiz: Path, n: int, lista: list[str]) -> Curso:
    """N entregas por unidad: la clase de muestra repetida con otros nombres."""
    clases = {}
    for unidad in lista:
        muestra_unidad = muestra.alumnos(unidad)
        clases[unidad] = [replace(muestra_unidad[i % len(muestra_unidad)],
                                  nombre=f"alumno{i + 1:03d}") for i in range(n)]
    return muestra.montar_clase(raiz, clases, timeout=120)


def medir(curso: Curso, lista: list[str], trabajadores: int) -> tuple[float, int]:
    # Sin calificación previa que reutilizar: cada pasada parte de las entregas originales.
    for carpeta in ("autograded", "estados"):
        shutil.rmtree(curso.raiz / carpeta, ignore_errors=True)
    inicio = time.perf_counter()
    estados = calificar(curso, lista, trabajadores=trabajadores)
    return time.perf_counter() - inicio, len(estados)


def main(argv=None) -> int:
    warnings.filterwarnings("ignore")
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--alumnos", type=int, default=40, help="estudiantes por unidad")
    p.add_argument("--unidades", nargs="*", help="por defecto, todas")
    p.add_argument("--trabajadores", type=int, default=os.cpu_count() or 1)
    p.add_argument("--salida", default=str(RAIZ / "build" / "bench_clase.md"))
    args = p.parse_args(argv)
    lista = args.unidades or unidades()
    with tempfile.TemporaryDirectory(prefix="bench-clase-") as tmp:
        curso = preparar(Path(tmp), args.alumnos, lista)
        print(f"Clase sintética: {args.alumnos} estudiantes × {len(lista)} unidades\n")
        print("Secuencial (1 trabajador):")
        t1, n = medir(curso, lista, 1)
        print(f"\nParalelo ({args.trabajadores} trabajadores):")
        tp, _ = medir(curso, lista, args.trabajadores)
    tabla = "\n".join([
        f"# Calificación de una clase sintética ({args.alumnos} estudiantes × {len(lista)} "
        f"unidades = {n} entregas, {os.cpu_count()} núcleos)", "",
        "| modo | trabajadores | total (s) | s por entrega | aceleración |",
        "|---|---|---|---|---|",
        f"| secuencial | 1 | {t1:.1f} | {t1 / n:.2f} | 1.00× |",
        f"| paralelo | {args.trabajadores} | {tp:.1f} | {tp / n:.2f} | {t1 / tp:.2f}× |", ""])
    print("\n" + tabla)
    Path(args.salida).parent.mkdir(parents=True, exist_ok=True)
    Path(args.salida).write_text(tabla, encoding="utf-8")
    print(f"Tabla escrita en {args.salida}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Notas: CSV por unidad (un puntaje por ejercicio), resumen por alumno y tabla para la consola."""
from __future__ import annotations

import csv
from pathlib import Path

FIJAS = ["alumno", "unidad", "estado", "motivo"]
FINALES = ["puntaje", "maximo", "pendientes", "banderas"]


def escribir_csv(ruta: Path, ejercicios: list[str], filas: list[dict]) -> Path:
    ruta = Path(ruta)
    ruta.parent.mkdir(parents=True, exist_ok=True)
    with ruta.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=FIJAS + ejercicios + FINALES)
        w.writeheader()
        w.writerows(filas)
    return ruta


def escribir_resumen(ruta: Path, tablas: dict) -> Path:
    """Una fila por alumno, una columna por unidad con «puntaje/máximo»."""
    alumnos = sorted({f["alumno"] for _, filas in tablas.values() for f in filas})
    ruta = Path(ruta)
    ruta.parent.mkdir(parents=True, exist_ok=True)
    with ruta.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["alumno", *tablas])
        for alumno in alumnos:
            fila = [alumno]
            for _, filas in tablas.values():
                mia = next((x for x in filas if x["alumno"] == alumno), None)
                fila.append("" if mia is None else
                            f"{mia['puntaje']:g}/{mia['maximo']:g}" if mia["estado"] ==
                            "calificado" else mia["estado"])
            w.writerow(fila)
    return ruta


def tabla(unidad: str, ejercicios: list[str], filas: list[dict]) -> str:
    """Tabla de texto: alumno, puntaje por ejercicio, total y estado."""
    cortos = [e.removeprefix("prueba_") for e in ejercicios]
    ancho_alumno = max([len("alumno")] + [len(f["alumno"]) for f in filas])
    anchos = [max(len(c), 6) for c in cortos]
    cab = f"{'alumno':<{ancho_alumno}}  " + "  ".join(f"{c:>{a}}" for c, a in zip(cortos, anchos))
    cab += "   total  estado"
    lineas = [f"Unidad {unidad}", cab, "-" * len(cab)]
    for f in filas:
        celdas = []
        for e, a in zip(ejercicios, anchos):
            v = f[e]
            celdas.append(f"{v:>{a}}" if isinstance(v, str) else f"{v:>{a}g}")
        estado = f["estado"] + (f": {f['motivo']}" if f["motivo"] else "")
        if f["pendientes"]:
            estado += " (pendiente manual: " + f["pendientes"] + ")"
        lineas.append(f"{f['alumno']:<{ancho_alumno}}  " + "  ".join(celdas)
                      + f"  {f['puntaje']:>3g}/{f['maximo']:g}  {estado}")
        for bandera in filter(None, f.get("banderas", "").split(" | ")):
            lineas.append(f"{'':<{ancho_alumno}}  ⚑ {bandera}")
    return "\n".join(lineas)

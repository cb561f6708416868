"""La clase de muestra: estudiantes ficticios cuyas entregas se escriben a partir del cuaderno
de release/ y de fuentes conocidas (la referencia o el catálogo de la unidad).

Cada unidad declara sus estudiantes en ``autograder/unidades/<unidad>/clase.py`` con una lista
``ALUMNOS`` de ``Alumno``. La demostración y las pruebas usan la misma clase; las notas esperadas
de cada estudiante están junto a su definición.
"""
from __future__ import annotations

import importlib
import inspect
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from . import catalogo
from .rutas import RAIZ

SOLUCION = "solucion"


@dataclass(frozen=True)
class Alumno:
    nombre: str
    descripcion: str
    # Función calificada → "solucion" o el id de una implementación del catálogo. Las funciones
    # que no aparecen se entregan sin tocar (con el NotImplementedError del release).
    respuestas: dict = field(default_factory=dict)
    # Respuesta a las preguntas escritas (grade_id → texto).
    escritas: dict = field(default_factory=dict)
    # Celdas de código que el estudiante añadió: (grade_id tras el que va, fuente).
    celdas_extra: tuple = ()
    # Si no es None, el archivo entregado es este texto (o bytes) tal cual (entregas dañadas).
    archivo_crudo: str | bytes | None = None
    # Cambios arbitrarios sobre el cuaderno ya escrito (borrar o duplicar celdas, ...). Recibe
    # el NotebookNode y puede devolver un texto que reemplaza al archivo entero.
    manipular: object = None
    # Resultado esperado: estado y puntaje por ejercicio (lo que no aparece debe valer 0).
    estado: str = "calificado"
    notas: dict = field(default_factory=dict)
    # Fragmentos que deben aparecer en las banderas de la entrega (vacío: ninguna bandera).
    banderas: tuple = ()
    # Borra las celdas de demostración que no definen nada (como un estudiante que solo deja
    # sus funciones y sus pruebas): su cuaderno se ejecuta en segundos.
    sin_demostraciones: bool = False


def alumnos(unidad: str) -> list[Alumno]:
    modulo = importlib.import_module(f"autograder.unidades.{unidad}.clase")
    return list(modulo.ALUMNOS)


# --- lo que comparten las clases de todas las unidades ----------------------------------------

def funciones(unidad: str) -> tuple[str, ...]:
    """Las funciones calificadas de la unidad, en el orden del cuaderno."""
    return tuple(importlib.import_module(f"course.{unidad}").SALIDAS)


def completo(unidad: str) -> dict:
    """{prueba_<función>: puntos}: la nota automática completa (la declara el texto)."""
    from . import autoria
    return {k: v for k, v in autoria.puntos(unidad).items() if k.startswith("prueba_")}


def notas_de(unidad: str, *bien) -> dict:
    """Los puntos de las funciones ``bien`` (las demás valen 0)."""
    return {k: v for k, v in completo(unidad).items() if k.removeprefix("prueba_") in bien}


def notas_sin(unidad: str, *perdidas) -> dict:
    """La nota completa menos las funciones ``perdidas``."""
    return {k: v for k, v in completo(unidad).items()
            if k.removeprefix("prueba_") not in perdidas}


def todo_bien(unidad: str, **cambios) -> dict:
    """Respuestas con la referencia en todas las funciones, salvo ``cambios`` ({función: id
    del catálogo})."""
    return {**{f: SOLUCION for f in funciones(unidad)}, **cambios}


def estandar(unidad: str, *, escritas: dict, parcial: tuple) -> list[Alumno]:
    """Los cinco estudiantes que tiene la clase de toda unidad: ana (todo bien y las preguntas
    respondidas), bruno (sin tocar), carla (solo ``parcial``), fabio (copia las salidas de las
    pruebas visibles donde el catálogo tiene ese error) y gabriela (cuaderno dañado)."""
    from . import catalogo

    copiadas = [i.funcion for i in catalogo.errores(unidad) if i.clave == "respuesta_fija"]
    primera = funciones(unidad)[0]
    return [
        Alumno("ana_garcia", "todo correcto y las preguntas respondidas",
               respuestas=todo_bien(unidad), escritas=escritas, notas=completo(unidad)),
        Alumno("bruno_diaz", "entrega el cuaderno sin tocar"),
        Alumno("carla_ruiz", f"solo hizo {', '.join(parcial)}",
               respuestas={f: SOLUCION for f in parcial}, notas=notas_de(unidad, *parcial)),
        Alumno("fabio_moreno", "copia las salidas esperadas de las pruebas visibles en "
               + ", ".join(copiadas), respuestas={f: f"{f}__respuesta_fija" for f in copiadas}),
        Alumno("gabriela_lopez", "sube un cuaderno dañado (JSON cortado)",
               archivo_crudo='{"cells": [{"cell_type": "code", "source": "def ' + primera + "(",
               estado="ilegible"),
    ]


def fuente_de(unidad: str, funcion: str, respuesta: str) -> str:
    """Código de una respuesta: la función de referencia o una del catálogo."""
    if respuesta == SOLUCION:
        referencia = importlib.import_module(f"solutions.{unidad}")
        return textwrap.dedent(inspect.getsource(getattr(referencia, funcion)))
    for imp in catalogo.implementaciones(unidad):
        if imp.id == respuesta:
            if imp.funcion != funcion:
                raise ValueError(f"{respuesta} no es una implementación de {funcion}")
            return imp.fuente
    raise KeyError(f"{respuesta} no está en el catálogo de {unidad}")


def cuaderno_de(alumno: Alumno, unidad: str, release: Path) -> str | bytes:
    """El contenido del cuaderno que entrega ``alumno`` en ``unidad``."""
    if alumno.archivo_crudo is not None:
        return alumno.archivo_crudo
    nb = nbformat.read(str(release), as_version=4)
    celdas = []
    for celda in nb.cells:
        meta = celda.metadata.get("nbgrader", {})
        gid = meta.get("grade_id")
        if meta.get("solution") and celda.cell_type == "code" and gid in alumno.respuestas:
            celda.source = fuente_de(unidad, gid, alumno.respuestas[gid]).rstrip("\n")
        elif meta.get("solution") and celda.cell_type == "markdown" and gid in alumno.escritas:
            celda.source = alumno.escritas[gid]
        celdas.append(celda)
        for despues_de, fuente in alumno.celdas_extra:
            if despues_de == gid:
                celdas.append(nbformat.v4.new_code_cell(fuente))
    if alumno.sin_demostraciones:
        from .verificacion import define_algo

        celdas = [c for c in celdas if c.cell_type != "code" or c.metadata.get("nbgrader")
                  or define_algo(c.source)]
    nb.cells = celdas
    if alumno.manipular is not None:
        reemplazo = alumno.manipular(nb)
        if reemplazo is not None:
            return reemplazo
    return nbformat.writes(nb)


def escribir_entregas(unidad: str, carpeta: Path, release_raiz: Path = RAIZ / "release",
                      clase: list[Alumno] | None = None) -> list:
    """Escribe carpeta/<alumno>.ipynb para cada estudiante de ``clase`` (por defecto, la clase
    de muestra de la unidad)."""
    carpeta = Path(carpeta)
    carpeta.mkdir(parents=True, exist_ok=True)
    release = sorted((Path(release_raiz) / unidad).glob("*.ipynb"))[0]
    clase = alumnos(unidad) if clase is None else list(clase)
    for alumno in clase:
        escribir(carpeta / f"{alumno.nombre}.ipynb", cuaderno_de(alumno, unidad, release))
    return clase


def montar_clase(raiz: Path, clases: dict, *, timeout: int = 60, db_url: str | None = None,
                 presupuesto: float | None = None):
    """Un curso nuevo en ``raiz`` con las unidades de ``clases`` ({unidad: [Alumno, ...]}): su
    release generado y las entregas de cada estudiante ya recogidas en submitted/. Es lo que
    usan las pruebas, la suite hostil y el benchmark de calificación."""
    import shutil

    from .curso import Curso

    raiz = Path(raiz)
    for unidad in clases:
        shutil.copytree(RAIZ / "source" / unidad, raiz / "source" / unidad)
    curso = Curso(raiz, timeout=timeout, db_url=db_url, presupuesto=presupuesto)
    for unidad, clase in clases.items():
        curso.generar(unidad)
        carpeta = raiz / "entregas" / unidad
        escribir_entregas(unidad, carpeta, raiz / "release", clase)
        curso.recoger(carpeta, unidad)
    return curso


def escribir(ruta: Path, contenido: str | bytes) -> None:
    if isinstance(contenido, bytes):
        ruta.write_bytes(contenido)
    else:
        ruta.write_text(contenido, encoding="utf-8")


def clase_de_alternativas(unidad: str) -> list[Alumno]:
    """Estudiantes sintéticos que resuelven todo con las alternativas correctas del catálogo
    (la i-ésima de cada función): todos deben obtener el puntaje automático completo."""
    import importlib as _il

    por_funcion: dict[str, list[str]] = {}
    for imp in catalogo.alternativas(unidad):
        por_funcion.setdefault(imp.funcion, []).append(imp.id)
    visibles = _il.import_module(f"course.{unidad}")
    funciones = list(visibles.SALIDAS)
    n = max((len(v) for v in por_funcion.values()), default=0)
    clase = []
    for i in range(n):
        respuestas = {f: (por_funcion[f][i % len(por_funcion[f])] if f in por_funcion
                          else SOLUCION) for f in funciones}
        clase.append(Alumno(f"alternativas_{i + 1}", "soluciones correctas escritas de otra forma",
                            respuestas=respuestas, notas={"*": "completo"},
                            sin_demostraciones=True))
    return clase

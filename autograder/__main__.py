"""Línea de órdenes del instructor: ``python -m autograder <orden>`` (o los objetivos del Makefile).

Órdenes:
    generar         genera release/ desde source/ (todas las unidades o --unidad)
    recoger DIR     copia las entregas de DIR a submitted/ (requiere --unidad)
    calificar       califica todas las entregas (o --alumno) de cada unidad
    retroalimentar  genera el HTML de retroalimentación (sin pruebas ocultas)
    exportar        escribe notas/<unidad>.csv con el puntaje por ejercicio y notas/resumen.csv
    demo            toda la cadena sobre la clase de muestra, en build/demo
    cuadernos       escribe source/<unidad>/<unidad>.ipynb desde autograder/unidades/<unidad>/cuaderno.py
    paquete         build/estudiante.zip: rueda de course/, cuadernos de release/ y LEEME
    informe         informe/<unidad>.html y .csv: errores frecuentes, puntajes, banderas
    huellas         regenera course/huellas/ a partir de los catálogos de errores
    hostiles        califica la suite de entregas hostiles y dañadas y muestra el resultado
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
import warnings
from pathlib import Path

from . import informe
from .curso import Curso
from .lote import calificar
from .rutas import RAIZ, unidades


def _unidades(args) -> list[str]:
    todas = unidades(Path(args.raiz))
    if args.unidad:
        if args.unidad not in todas:
            sys.exit(f"No existe la unidad «{args.unidad}». Unidades: {', '.join(todas)}")
        return [args.unidad]
    return todas


def generar(curso: Curso, lista: list[str]) -> None:
    for unidad in lista:
        curso.generar(unidad)
        print(f"  ✔ release/{unidad} generado")


def retroalimentar(curso: Curso, lista: list[str], alumno: str | None = None) -> None:
    for unidad in lista:
        for nombre in ([alumno] if alumno else curso.alumnos(unidad)):
            motivo = curso.retroalimentar(unidad, nombre)
            if motivo:
                print(f"  · {unidad} · {nombre}: sin retroalimentación ({motivo})")
            else:
                print(f"  ✔ feedback/{nombre}/{unidad}/")


def exportar(curso: Curso, lista: list[str], carpeta: Path) -> dict:
    tablas = {}
    for unidad in lista:
        ejercicios, filas = curso.notas(unidad)
        ruta = informe.escribir_csv(carpeta / f"{unidad}.csv", ejercicios, filas)
        tablas[unidad] = (ejercicios, filas)
        print(f"  ✔ {ruta.relative_to(curso.raiz) if ruta.is_relative_to(curso.raiz) else ruta}")
    informe.escribir_resumen(carpeta / "resumen.csv", tablas)
    return tablas


def informes(curso: Curso, lista: list[str]) -> None:
    from . import errores_frecuentes
    for unidad in lista:
        ruta_html, _ = errores_frecuentes.escribir(curso, unidad)
        print(f"  ✔ {ruta_html.relative_to(curso.raiz)} (y .csv)")


def ciclo(curso: Curso, lista: list[str], *, trabajadores: int, carpeta_notas: Path) -> dict:
    """Los pasos del instructor después de recoger: calificar, retroalimentar, exportar y el
    informe de errores frecuentes."""
    print("\n3. Calificar")
    calificar(curso, lista, trabajadores=trabajadores)
    print("\n4. Retroalimentación")
    retroalimentar(curso, lista)
    print("\n5. Exportar notas")
    tablas = exportar(curso, lista, carpeta_notas)
    print("\n6. Informe de errores frecuentes (para el instructor)")
    informes(curso, lista)
    return tablas


def demo(args) -> int:
    """La cadena completa sobre la clase de muestra, en un curso temporal build/demo."""
    from . import muestra

    raiz = Path(args.destino).resolve()
    lista = args.unidad or unidades()
    print(f"Demostración del flujo del instructor en {raiz}\n")
    if raiz.exists():
        shutil.rmtree(raiz)
    raiz.mkdir(parents=True)
    for unidad in lista:
        shutil.copytree(RAIZ / "source" / unidad, raiz / "source" / unidad)
    # La misma configuración de nbgrader: el Formgrader abierto en build/demo ve este curso.
    shutil.copy(RAIZ / "nbgrader_config.py", raiz / "nbgrader_config.py")
    curso = Curso(raiz, timeout=args.timeout, presupuesto=args.presupuesto)

    print("1. Generar las versiones del estudiante")
    generar(curso, lista)
    print("\n2. Recoger las entregas de la clase de muestra")
    for unidad in lista:
        carpeta = raiz / "entregas" / unidad
        clase = muestra.escribir_entregas(unidad, carpeta, raiz / "release")
        estados = curso.recoger(carpeta, unidad)
        print(f"  ✔ {unidad}: {len(estados)} entregas ({', '.join(a.nombre for a in clase)})")
    tablas = ciclo(curso, lista, trabajadores=args.trabajadores, carpeta_notas=raiz / "notas")
    print()
    for unidad, (ejercicios, filas) in tablas.items():
        print(informe.tabla(unidad, ejercicios, filas))
        print()
    print(f"Notas en {raiz / 'notas'}; retroalimentación en {raiz / 'feedback'}.")
    relativa = raiz.relative_to(RAIZ) if raiz.is_relative_to(RAIZ) else raiz
    print(f"Para calificar a mano las preguntas escritas: make lab RAIZ={relativa} (pestaña "
          f"Formgrader); después, make grades RAIZ={relativa} incluye esas notas.")
    return 0


def main(argv=None) -> int:
    warnings.filterwarnings("ignore", module="nbgrader")  # avisos internos de SQLAlchemy
    p = argparse.ArgumentParser(prog="python -m autograder",
                                description="Cadena del instructor de Redes Neuronales desde Cero")
    p.add_argument("--raiz", default=str(RAIZ), help="directorio del curso (por defecto, el repo)")
    p.add_argument("--db-url", default=os.environ.get("CALIFICADOR_DB_URL"),
                   help="gradebook de nbgrader (p. ej. postgresql://usuario@host/base); por "
                        "defecto SQLite en <raiz>/gradebook.db")
    sub = p.add_subparsers(dest="orden", required=True)
    for nombre in ("generar", "calificar", "retroalimentar", "exportar", "informe"):
        s = sub.add_parser(nombre)
        s.add_argument("--unidad")
        if nombre in ("calificar", "retroalimentar"):
            s.add_argument("--alumno")
        if nombre == "calificar":
            s.add_argument("--timeout", type=int, default=None, help="segundos por celda")
            s.add_argument("--presupuesto", type=float, default=None,
                           help="segundos de reloj por entrega (por defecto 300)")
            s.add_argument("--trabajadores", type=int, default=os.cpu_count() or 1,
                           help="procesos en paralelo (por defecto, uno por núcleo)")
            s.add_argument("--parte", help="k/n: califica solo una de n partes de la clase")
            s.add_argument("--cluster", default=os.environ.get("CALIFICADOR_CLUSTER"),
                           help="dirección de un planificador de Dask (tcp://servidor:8786): "
                                "cada entrega es una tarea del clúster")
        if nombre == "exportar":
            s.add_argument("--carpeta", default=None, help="por defecto <raiz>/notas")
    s = sub.add_parser("recoger")
    s.add_argument("carpeta")
    s.add_argument("--unidad", required=True)
    s = sub.add_parser("demo")
    s.add_argument("--destino", default=str(RAIZ / "build" / "demo"))
    s.add_argument("--unidad", action="append", choices=unidades(),
                   help="solo esta unidad (se puede repetir); por defecto, todas")
    s.add_argument("--timeout", type=int, default=60)
    s.add_argument("--presupuesto", type=float, default=None)
    s.add_argument("--trabajadores", type=int, default=os.cpu_count() or 1)
    sub.add_parser("huellas").add_argument("--unidad")
    sub.add_parser("cuadernos").add_argument("--unidad")
    sub.add_parser("paquete").add_argument("--destino", default=str(RAIZ / "build" / "estudiante"))
    sub.add_parser("hostiles").add_argument("--trabajadores", type=int,
                                             default=os.cpu_count() or 1)
    args = p.parse_args(argv)

    if args.orden == "demo":
        return demo(args)
    if args.orden == "hostiles":
        import tempfile

        from . import hostiles
        with tempfile.TemporaryDirectory(prefix="hostiles-") as tmp:
            filas, _ = hostiles.ejecutar(tmp, trabajadores=args.trabajadores)
            ejercicios = [k for k in next(iter(filas.values())) if k.startswith(("prueba_",
                                                                                  "pregunta_"))]
            print(informe.tabla(hostiles.UNIDAD, ejercicios, list(filas.values())))
            fallos = 0
            for caso in hostiles.CASOS:
                f = filas[caso.nombre]
                ok = f["estado"] == caso.estado and all(
                    float(f[e]) == float(caso.notas.get(e, 0)) for e in ejercicios
                    if e.startswith("prueba_")) and all(b in f["banderas"] for b in caso.banderas)
                fallos += not ok
            print(f"\n{len(hostiles.CASOS) - fallos} de {len(hostiles.CASOS)} casos con el "
                  f"resultado esperado")
        return 1 if fallos else 0
    if args.orden == "paquete":
        from . import paquete
        archivo = paquete.construir(Path(args.destino))
        print(f"  ✔ {archivo} (entrega esto a los estudiantes; ver LEEME.md adentro)")
        return 0
    if args.orden == "cuadernos":
        from . import autoria
        from .rutas import unidades_con_texto
        for unidad in ([args.unidad] if args.unidad else unidades_con_texto()):
            cambio = autoria.escribir(unidad)
            print(f"  {'✔ escrito' if cambio else '· sin cambios'}: source/{unidad}/{unidad}.ipynb")
        return 0
    if args.orden == "huellas":
        from .catalogo import escribir_huellas
        fallos = 0
        for unidad in ([args.unidad] if args.unidad else unidades()):
            try:
                escribir_huellas(unidad)
                print(f"  ✔ course/huellas/{unidad}.json")
            except Exception as e:  # una unidad a medio hacer no impide las demás
                fallos += 1
                print(f"  ✘ {unidad}: {type(e).__name__}: {e}")
        return 1 if fallos else 0

    curso = Curso(Path(args.raiz), timeout=getattr(args, "timeout", None), db_url=args.db_url,
                  presupuesto=getattr(args, "presupuesto", None))
    lista = _unidades(args)
    if args.orden == "generar":
        generar(curso, lista)
    elif args.orden == "recoger":
        for e in curso.recoger(Path(args.carpeta), lista[0]):
            print(f"  {'✔' if e.estado == 'recogido' else '✘'} {e.alumno}: {e.estado}"
                  + (f" — {e.motivo}" if e.motivo else ""))
    elif args.orden == "calificar":
        estados = calificar(curso, lista, args.alumno, trabajadores=args.trabajadores,
                            parte=args.parte, cluster=args.cluster)
        if not estados:
            print("No hay entregas en submitted/. Usa primero: make recoger DIR=<carpeta>")
    elif args.orden == "retroalimentar":
        retroalimentar(curso, lista, args.alumno)
    elif args.orden == "informe":
        informes(curso, lista)
    elif args.orden == "exportar":
        tablas = exportar(curso, lista, Path(args.carpeta or Path(args.raiz) / "notas"))
        for unidad, (ejercicios, filas) in tablas.items():
            print(informe.tabla(unidad, ejercicios, filas))
    return 0


if __name__ == "__main__":
    sys.exit(main())

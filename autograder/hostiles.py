"""Entregas hostiles y dañadas, cada una con el resultado que el calificador debe dar.

Todas usan la unidad red_xor (13 puntos: 11 automáticos y 2 de la pregunta escrita). Las
ejecuta tests/test_hostiles.py por la cadena real (nbgrader + verificación aislada, en paralelo)
y ``python -m autograder hostiles`` las muestra al instructor.
"""
from __future__ import annotations

import copy
import json

import nbformat

from .muestra import SOLUCION, Alumno

UNIDAD = "red_xor"
FUNCIONES = ("feedForward", "costoGlobal", "backProp", "entrenarRed")
BIEN = {f: SOLUCION for f in FUNCIONES}
COMPLETO = {"prueba_feedForward": 2, "prueba_costoGlobal": 2, "prueba_backProp": 4,
            "prueba_entrenarRed": 3}
SIN_BACKPROP = {"prueba_feedForward": 2, "prueba_costoGlobal": 2}
CORREGIDA = "cuenta la verificación aislada"


def _tras(fuente: str, despues_de: str = "prueba_feedForward") -> tuple:
    return ((despues_de, fuente),)


def _celda(nb, grade_id):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def _borrar(grade_id):
    def manipular(nb):
        nb.cells.remove(_celda(nb, grade_id))
    return manipular


def _editar(grade_id, fuente):
    def manipular(nb):
        _celda(nb, grade_id).source = fuente
    return manipular


def _duplicar(grade_id):
    def manipular(nb):
        celda = _celda(nb, grade_id)
        nb.cells.insert(nb.cells.index(celda) + 1, copy.deepcopy(celda))
    return manipular


def _renombrar(grade_id, nuevo):
    def manipular(nb):
        _celda(nb, grade_id).metadata.nbgrader.grade_id = nuevo
    return manipular


def _a_markdown(grade_id):
    def manipular(nb):
        celda = _celda(nb, grade_id)
        nb.cells[nb.cells.index(celda)] = nbformat.v4.new_markdown_cell(
            celda.source, metadata=celda.metadata)
    return manipular


def _a_nbformat(version):
    def manipular(nb):
        return nbformat.writes(nbformat.convert(nb, version))
    return manipular


def _declarar_nbformat(version):
    def manipular(nb):
        datos = json.loads(nbformat.writes(nb))
        datos["nbformat"] = version
        return json.dumps(datos)
    return manipular


def _sin_celdas(nb):
    nb.cells = []


def _salida_guardada_enorme(nb):
    celda = nbformat.v4.new_code_cell("print('hola')")
    celda.outputs = [nbformat.v4.new_output("stream", name="stdout", text="x" * 20_000_000)]
    nb.cells.append(celda)


def _otra_unidad(nb):
    # Las celdas de otra unidad: mismos tipos de metadatos, otros grade_id.
    for celda in nb.cells:
        meta = celda.metadata.get("nbgrader")
        if meta:
            meta["grade_id"] = "otra_" + meta["grade_id"]


CASOS = [
    # --- trampas contra las pruebas ---------------------------------------------------------
    Alumno("monkeypatch_allclose", "backProp mal y np.allclose/np.isclose siempre verdaderos",
           respuestas={**BIEN, "backProp": "backProp__derivada_sobre_a"},
           celdas_extra=_tras("import numpy as np\nnp.allclose = lambda *a, **k: True\n"
                              "np.isclose = lambda a, b, **k: np.ones(np.shape(a), bool)",
                              "configuracion"),
           notas=SIN_BACKPROP, banderas=("monkeypatching",)),
    Alumno("eq_tramposo", "devuelve objetos cuyo __eq__ siempre es verdadero",
           respuestas={**BIEN},
           celdas_extra=_tras("class Todo:\n    def __eq__(self, otro):\n        return True\n"
                              "    def __array__(self, dtype=None, copy=None):\n"
                              "        import numpy as np\n        return np.zeros((4, 4))\n"
                              "def feedForward(X, w1, w2, b1, b2):\n    return Todo(), Todo()",
                              "feedForward"),
           notas={"prueba_costoGlobal": 2, "prueba_backProp": 4},  # entrenarRed usa feedForward
           banderas=("__eq__",)),
    Alumno("importa_solucion", "deja los esbozos y copia la solución del calificador",
           celdas_extra=tuple((f, "from solutions.red_xor import *") for f in FUNCIONES),
           banderas=("importa `solutions", CORREGIDA)),
    Alumno("reemplaza_pruebas", "funciones mal y redefine las pruebas visibles para que pasen",
           respuestas={f: "feedForward__sin_sesgos" if f == "feedForward" else SOLUCION
                       for f in FUNCIONES},
           celdas_extra=_tras("probar_feedForward = lambda f: None", "feedForward"),
           notas={k: v for k, v in COMPLETO.items()
                  if k not in ("prueba_feedForward", "prueba_entrenarRed")},
           banderas=("redefine `probar_feedForward`",)),
    Alumno("builtins_isinstance", "funciones mal y builtins.isinstance siempre verdadero",
           respuestas={**BIEN, "costoGlobal": "costoGlobal__arreglo"},
           celdas_extra=_tras("import builtins\nbuiltins.isinstance = lambda *a: True",
                              "configuracion"),
           notas={"prueba_feedForward": 2, "prueba_backProp": 4},  # entrenarRed usa costoGlobal
           banderas=("monkeypatching",)),
    Alumno("sabotea_ocultas", "todo bien, pero rompe el módulo de pruebas ocultas en el kernel",
           respuestas=BIEN,
           celdas_extra=_tras("import sys, types\nsys.modules['autograder.unidades.red_xor."
                              "ocultas'] = types.ModuleType('x')", "configuracion"),
           notas=COMPLETO, banderas=("sys.modules", CORREGIDA)),
    # --- celdas de prueba manipuladas -------------------------------------------------------
    Alumno("borra_prueba", "todo bien y borra la celda prueba_backProp", respuestas=BIEN,
           manipular=_borrar("prueba_backProp"), notas=COMPLETO,
           banderas=("faltaban celdas de prueba",)),
    Alumno("edita_prueba", "backProp mal y vacía su celda de prueba",
           respuestas={**BIEN, "backProp": "backProp__signo"},
           manipular=_editar("prueba_backProp", "pass"), notas=SIN_BACKPROP,
           banderas=("celdas de prueba modificadas",)),
    Alumno("duplica_prueba", "todo bien y duplica una celda de prueba", respuestas=BIEN,
           manipular=_duplicar("prueba_feedForward"), notas=COMPLETO,
           banderas=("celdas duplicadas",)),
    Alumno("renombra_prueba", "todo bien y renombra el grade_id de una prueba", respuestas=BIEN,
           manipular=_renombrar("prueba_costoGlobal", "mi_prueba"), notas=COMPLETO,
           banderas=("mi_prueba",)),
    Alumno("prueba_a_markdown", "todo bien y convierte una celda de prueba en texto",
           respuestas=BIEN, manipular=_a_markdown("prueba_entrenarRed"), notas=COMPLETO,
           banderas=("faltaban celdas de prueba",)),
    Alumno("otra_unidad", "entrega un cuaderno de otra unidad", manipular=_otra_unidad,
           banderas=("otra unidad",)),
    Alumno("sin_celdas", "cuaderno válido sin ninguna celda", manipular=_sin_celdas,
           banderas=("ninguna celda",)),
    # --- archivos dañados o de otro formato -------------------------------------------------
    Alumno("json_invalido", "JSON cortado a la mitad", archivo_crudo='{"cells": [{"cell_',
           estado="ilegible"),
    Alumno("archivo_vacio", "archivo de 0 bytes", archivo_crudo="", estado="ilegible"),
    Alumno("binario", "una imagen PNG renombrada a .ipynb",
           archivo_crudo=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
           estado="ilegible"),
    Alumno("json_no_cuaderno", "JSON válido que no es un cuaderno",
           archivo_crudo='{"nombre": "ana", "nota": 5}', estado="ilegible"),
    Alumno("nbformat_3", "todo bien, guardado en nbformat 3", respuestas=BIEN,
           manipular=_a_nbformat(3), notas=COMPLETO, banderas=("nbformat 3",)),
    Alumno("nbformat_5", "declara un nbformat 5 inexistente", respuestas=BIEN,
           manipular=_declarar_nbformat(5), estado="ilegible"),
    Alumno("salida_guardada_enorme", "todo bien con 20 MB de salida guardada",
           respuestas=BIEN, manipular=_salida_guardada_enorme, notas=COMPLETO),
    Alumno("salida_enorme", "todo bien y una celda que imprime 50 MB", respuestas=BIEN,
           celdas_extra=_tras("print('x' * 50_000_000)"), notas=COMPLETO),
    # --- procesos, recursos y sistema de archivos -------------------------------------------
    Alumno("bucle_infinito", "todo bien y una celda con un bucle infinito", respuestas=BIEN,
           celdas_extra=_tras("while True:\n    pass"), notas=COMPLETO,
           banderas=("celdas desactivadas",)),
    Alumno("bomba_memoria", "todo bien y una celda que pide memoria sin fin", respuestas=BIEN,
           celdas_extra=_tras("def bomba():\n    bloques = []\n    while True:\n"
                              "        bloques.append(np.ones(10**7))\nbomba()"),
           notas=COMPLETO),
    Alumno("os_exit", "todo bien y os._exit en una celda", respuestas=BIEN,
           celdas_extra=_tras("import os\nos._exit(1)"), notas=COMPLETO,
           banderas=("os._exit", "celdas desactivadas")),
    Alumno("sys_exit", "todo bien y sys.exit en una celda", respuestas=BIEN,
           celdas_extra=_tras("import sys\nsys.exit(0)"), notas=COMPLETO,
           banderas=("sys.exit",)),
    Alumno("segfault", "todo bien y una celda que rompe el intérprete con ctypes",
           respuestas=BIEN, celdas_extra=_tras("import ctypes\nctypes.string_at(0)"),
           notas=COMPLETO, banderas=("ctypes", "celdas desactivadas")),
    Alumno("mata_al_padre", "todo bien e intenta matar al proceso calificador", respuestas=BIEN,
           celdas_extra=_tras("import os, signal\nos.kill(os.getppid(), signal.SIGKILL)"),
           notas=COMPLETO, banderas=("os.kill",)),
    Alumno("escribe_fuera", "todo bien e intenta sobrescribir la solución de referencia",
           respuestas=BIEN,
           celdas_extra=_tras("import solutions.red_xor as s\n"
                              "open(s.__file__, 'w').write('def feedForward(*a): pass')"),
           notas=COMPLETO, banderas=("importa `solutions",)),
    Alumno("lee_otros", "todo bien e intenta leer las entregas de otros", respuestas=BIEN,
           celdas_extra=_tras("import os\nprint(os.listdir('../..'))\n"
                              "print(open('../../ana_garcia/red_xor/red_xor.ipynb').read())"),
           notas=COMPLETO, banderas=("../..",)),
    Alumno("lee_gradebook", "todo bien e intenta leer el gradebook", respuestas=BIEN,
           celdas_extra=_tras("datos = open('../../../gradebook.db', 'rb').read()\n"
                              "print(len(datos))"),
           notas=COMPLETO, banderas=("gradebook",)),
    Alumno("usa_la_red", "todo bien e intenta descargar algo", respuestas=BIEN,
           celdas_extra=_tras("import urllib.request\n"
                              "urllib.request.urlopen('http://example.com', timeout=3)"),
           notas=COMPLETO, banderas=("urllib",)),
]


def ejecutar(raiz, *, trabajadores: int = 2, timeout: int = 20, casos=None) -> dict:
    """Califica los casos en un curso nuevo en ``raiz``. Devuelve {nombre: fila de notas}."""
    from . import muestra
    from .__main__ import calificar

    # Un estudiante honesto, para que «lee_otros» tenga a quién intentar leer.
    honesto = Alumno("ana_garcia", "todo bien", respuestas=BIEN, notas=COMPLETO)
    curso = muestra.montar_clase(raiz, {UNIDAD: list(casos or CASOS) + [honesto]},
                                 timeout=timeout)
    calificar(curso, [UNIDAD], trabajadores=trabajadores)
    _, filas = curso.notas(UNIDAD)
    return {f["alumno"]: f for f in filas}

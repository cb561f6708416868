"""Clase de muestra de la unidad red_xor: un estudiante por situación típica, con su nota
esperada (12 puntos automáticos + 2 de la pregunta escrita, que queda pendiente)."""
from autograder.muestra import SOLUCION, Alumno

TODAS = ("feedForward", "costoGlobal", "backProp", "entrenarRed")
COMPLETO = {"prueba_feedForward": 2, "prueba_costoGlobal": 2, "prueba_backProp": 4,
            "prueba_entrenarRed": 3}

ALUMNOS = [
    Alumno("ana_garcia", "todo correcto y la pregunta respondida",
           respuestas={f: SOLUCION for f in TODAS},
           escritas={"pregunta_capa_oculta": "Una regresión logística solo traza una recta y "
                     "los puntos de XOR no son separables por una recta; la capa oculta crea "
                     "nuevas variables en las que sí lo son."},
           notas=COMPLETO),
    Alumno("bruno_diaz", "entrega el cuaderno sin tocar"),
    Alumno("carla_ruiz", "solo hizo feedForward y costoGlobal",
           respuestas={"feedForward": SOLUCION, "costoGlobal": SOLUCION},
           notas={"prueba_feedForward": 2, "prueba_costoGlobal": 2}),
    Alumno("diego_torres", "olvida 1/m en el costo y transpone dw1; su entrenarRed usa su backProp",
           respuestas={"feedForward": SOLUCION, "costoGlobal": "costoGlobal__sin_1_m",
                       "backProp": "backProp__transpuesto", "entrenarRed": SOLUCION},
           notas={"prueba_feedForward": 2}),
    Alumno("elena_sanchez", "todo correcto, escrito con bucles y actualizaciones en el lugar",
           respuestas={"feedForward": "feedForward__bucles", "costoGlobal": "costoGlobal__bucle",
                       "backProp": "backProp__bucle", "entrenarRed": "entrenarRed__en_el_lugar"},
           notas=COMPLETO),
    Alumno("fabio_moreno", "copia las salidas esperadas de las pruebas visibles",
           respuestas={f: f"{f}__respuesta_fija" for f in
                       ("feedForward", "backProp", "entrenarRed")}),
    Alumno("gabriela_lopez", "sube un cuaderno dañado (JSON cortado)",
           archivo_crudo='{"cells": [{"cell_type": "code", "source": "def feedForward(',
           estado="ilegible"),
    Alumno("hugo_romero", "todo correcto, pero añade una celda que mata el kernel: se desactiva "
           "esa celda y se califica el resto",
           respuestas={f: SOLUCION for f in TODAS},
           celdas_extra=(("prueba_feedForward", "import os\nos._exit(1)"),),
           notas=COMPLETO, banderas=("os._exit", "celdas desactivadas")),
    Alumno("irene_vega", "aplica σ' sobre a1 y sube por el gradiente",
           respuestas={"feedForward": SOLUCION, "costoGlobal": SOLUCION,
                       "backProp": "backProp__derivada_sobre_a",
                       "entrenarRed": "entrenarRed__ascenso"},
           notas={"prueba_feedForward": 2, "prueba_costoGlobal": 2}),
]

"""Clase de muestra de la unidad red_xor: los estudiantes de toda unidad (muestra.estandar) y los
de sus situaciones propias, con su nota esperada (11 puntos automáticos + 2 de la pregunta
escrita, que queda pendiente)."""
from autograder.muestra import Alumno, completo, estandar, notas_de, todo_bien

U = "red_xor"

ALUMNOS = estandar(U, parcial=("feedForward", "costoGlobal"), escritas={
    "pregunta_capa_oculta": "Una regresión logística solo traza una recta y los puntos de XOR "
    "no son separables por una recta; la capa oculta crea nuevas variables en las que sí lo "
    "son."}) + [
    Alumno("diego_torres", "olvida 1/m en el costo y transpone dw1; su entrenarRed usa su backProp",
           respuestas=todo_bien(U, costoGlobal="costoGlobal__sin_1_m",
                                backProp="backProp__transpuesto"),
           notas=notas_de(U, "feedForward")),
    Alumno("elena_sanchez", "todo correcto, escrito con bucles y actualizaciones en el lugar",
           respuestas={"feedForward": "feedForward__bucles", "costoGlobal": "costoGlobal__bucle",
                       "backProp": "backProp__bucle", "entrenarRed": "entrenarRed__en_el_lugar"},
           notas=completo(U)),
    Alumno("hugo_romero", "todo correcto, pero añade una celda que mata el kernel: se desactiva "
           "esa celda y se califica el resto", respuestas=todo_bien(U),
           celdas_extra=(("prueba_feedForward", "import os\nos._exit(1)"),),
           notas=completo(U), banderas=("os._exit", "celdas desactivadas")),
    Alumno("irene_vega", "aplica σ' sobre a1 y sube por el gradiente",
           respuestas=todo_bien(U, backProp="backProp__derivada_sobre_a",
                                entrenarRed="entrenarRed__ascenso"),
           notas=notas_de(U, "feedForward", "costoGlobal")),
]

"""Clase de muestra de la unidad descenso_gradiente: los estudiantes de toda unidad
(muestra.estandar) y los de sus situaciones propias, con su nota esperada (11 puntos automáticos
+ 2 de la pregunta escrita, que queda pendiente)."""
from autograder.muestra import Alumno, completo, estandar, notas_de, todo_bien

U = "descenso_gradiente"

ALUMNOS = estandar(U, parcial=("gradienteC", "pasoGradiente", "descensoGradiente"), escritas={
    "pregunta_tasa": "Con η pequeña baja muy despacio, con η grande oscila y diverge; vigilaría "
    "la curva de costo y probaría valores en escala logarítmica."}) + [
    Alumno("diego_torres", "sube por el gradiente en el paso, olvida v0 y θ0 lleva x; su "
           "entrenamiento usa su gradiente",
           respuestas=todo_bien(
               U, pasoGradiente="pasoGradiente__ascenso",
               descensoGradiente="descensoGradiente__sin_v0",
               gradienteRegresionLineal="gradienteRegresionLineal__intercepto_con_x"),
           notas=notas_de(U, "gradienteC")),
    Alumno("elena_sanchez", "todo correcto, escrito de otras formas",
           respuestas={"gradienteC": "gradienteC__matricial",
                       "pasoGradiente": "pasoGradiente__copia",
                       "descensoGradiente": "descensoGradiente__while",
                       "gradienteRegresionLineal": "gradienteRegresionLineal__aumentada",
                       "entrenarRegresionLineal": "entrenarRegresionLineal__aumentada"},
           notas=completo(U)),
    Alumno("hugo_romero", "deriva respecto a la variable equivocada, guarda el mismo arreglo "
           "en la trayectoria y olvida α",
           respuestas=todo_bien(U, gradienteC="gradienteC__intercambiado",
                                descensoGradiente="descensoGradiente__alias",
                                entrenarRegresionLineal="entrenarRegresionLineal__sin_alpha"),
           notas=notas_de(U, "pasoGradiente", "gradienteRegresionLineal")),
    Alumno("irene_vega", "no divide entre m y su entrenamiento la arrastra",
           respuestas=todo_bien(U, gradienteRegresionLineal="gradienteRegresionLineal__sin_1_m"),
           notas=notas_de(U, "gradienteC", "pasoGradiente", "descensoGradiente")),
]

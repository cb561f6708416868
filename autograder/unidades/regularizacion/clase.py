"""Clase de muestra de la unidad regularizacion: los estudiantes de toda unidad (muestra.estandar)
y los de sus situaciones propias, con su nota esperada (23 puntos automáticos + 4 de las
preguntas escritas, que quedan pendientes).

Las funciones del cuaderno se llaman entre sí: redAdelanteDropout usa dropoutAdelante, y
entrenarConParadaTemprana usa (a través de epocaEntrenamiento y evaluarRed, código dado)
redAdelanteDropout, redAtrasDropout y actualizarConDecaimiento. Un error en una arrastra a las que
dependen de ella cuando se nota en las entradas de sus pruebas, y las notas esperadas lo
reflejan: el dropout sin la escala 1/p arrastra a redAdelanteDropout, pero no a la parada
temprana, cuyas pruebas entrenan sin dropout (p = 1, donde la escala no cambia nada). Los
estudiantes que solo dejan sus funciones y sus pruebas (sin_demostraciones) no ejecutan el
laboratorio: así la clase cabe en el presupuesto de tiempo de la unidad (el laboratorio entero
corre en el cuaderno de ana_garcia, y con las funciones de referencia en nbval y en el Validator)."""
from autograder.muestra import Alumno, estandar, notas_sin, todo_bien

U = "regularizacion"

ALUMNOS = estandar(U, parcial=("costoL2", "gradientesL2", "actualizarConDecaimiento"), escritas={
    "pregunta_dropout": "Al dividir entre p la activación esperada es la misma al entrenar y en "
    "inferencia, así que en inferencia no se hace nada. Si apagara unidades en inferencia las "
    "predicciones serían aleatorias; si multiplicara por p, la escala se aplicaría dos veces. "
    "Hacia atrás va la misma máscara porque el gradiente es el de la subred que calculó el costo.",
    "pregunta_laboratorio": "Sin regularización la validación sube tras la época 30 (regla 3 "
    "1.15). L2 aplana la curva y encoge los pesos; dropout da la mejor validación y la elegí por "
    "eso, no por la prueba. Las diferencias de prueba son de un punto, como su error típico."}) + [
    Alumno("diego_torres", "penaliza los sesgos en las tres funciones de L2 (el costo, el "
                           "gradiente y el decaimiento); lo demás, bien",
           respuestas=todo_bien(U, costoL2="costoL2__con_sesgos",
                                gradientesL2="gradientesL2__sesgos",
                                actualizarConDecaimiento="actualizarConDecaimiento__decae_sesgos"),
           notas=notas_sin(U, "costoL2", "gradientesL2", "actualizarConDecaimiento"),
           sin_demostraciones=True),
    Alumno("gloria_chavez", "dropout sin la escala 1/p (su redAdelanteDropout, correcta, lo "
                            "hereda) y la parada temprana vigilando el costo de entrenamiento",
           respuestas=todo_bien(U, dropoutAdelante="dropoutAdelante__sin_escala",
                                entrenarConParadaTemprana=(
                                    "entrenarConParadaTemprana__costo_entrenamiento")),
           notas=notas_sin(U, "dropoutAdelante", "redAdelanteDropout",
                           "entrenarConParadaTemprana"),
           sin_demostraciones=True),
    Alumno("hugo_romero", "dropout también en inferencia dentro de la red, una máscara nueva "
                          "hacia atrás (las recorre al revés) y elige la configuración por la "
                          "exactitud de prueba",
           respuestas=todo_bien(U, redAdelanteDropout="redAdelanteDropout__en_inferencia",
                                redAtrasDropout="redAtrasDropout__mascaras_al_reves",
                                elegirConfiguracion="elegirConfiguracion__por_prueba"),
           notas=notas_sin(U, "redAdelanteDropout", "redAtrasDropout", "elegirConfiguracion"),
           sin_demostraciones=True),
    Alumno("irene_vega", "desplaza con np.roll (da la vuelta) y la parada temprana devuelve los "
                         "últimos pesos en vez de los mejores",
           respuestas=todo_bien(U, desplazarImagenes="desplazarImagenes__roll",
                                entrenarConParadaTemprana="entrenarConParadaTemprana__ultimos"),
           notas=notas_sin(U, "desplazarImagenes", "entrenarConParadaTemprana"),
           sin_demostraciones=True),
]

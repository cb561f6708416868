"""Clase de muestra de la unidad retropropagacion: los estudiantes de toda unidad
(muestra.estandar) y los de sus situaciones propias, con su nota esperada (37 puntos automáticos
+ 4 de las preguntas escritas, que quedan pendientes).

Las funciones del cuaderno se usan entre sí: grafoMaximo y neuronaSigmoide se arman con las
puertas del estudiante, entrenarNeuronaRelu llama a su neuronaReluAdelante, redAdelante y redAtras
a sus capas y entrenarRed a su red. Un error en una arrastra a las que dependen de ella, y las
notas esperadas lo reflejan."""
from autograder.muestra import Alumno, estandar, notas_sin, todo_bien

U = "retropropagacion"

ALUMNOS = estandar(U, parcial=("grafoSumaProducto", "PuertaSuma", "PuertaProducto"), escritas={
    "pregunta_errores_escondidos": "Hay infinitas soluciones con un solo ejemplo y la dirección "
    "de la diapositiva tiene el mismo signo que el gradiente, así que el error baja igual; cambia "
    "el punto final. La curva no prueba que el gradiente esté bien: el chequeo numérico sí.",
    "pregunta_cache": "La cache guarda A_prev, W, b y Z, A: las derivadas se evalúan en esos "
    "valores. Sin ella habría que recalcular la red. Crece con m y con el número de capas."}) + [
    Alumno("diego_torres", "copia el MultiplyGate de la diapositiva (sin self) y usa max() de "
           "Python en PuertaMax; sus grafos usan esas puertas",
           respuestas=todo_bien(U, PuertaProducto="PuertaProducto__sin_self",
                                PuertaMax="PuertaMax__python"),
           notas=notas_sin(U, "PuertaProducto", "PuertaMax", "grafoMaximo", "neuronaSigmoide")),
    Alumno("elena_sanchez", "entrena la neurona ReLU con el código de la diapositiva, calcula el "
           "gradiente numérico con diferencias hacia adelante y no protege 0/0 en errorRelativo",
           respuestas=todo_bien(U, entrenarNeuronaRelu="entrenarNeuronaRelu__copia_diapositiva",
                                gradienteNumerico="gradienteNumerico__adelante",
                                errorRelativo="errorRelativo__cero_nan"),
           notas=notas_sin(U, "entrenarNeuronaRelu", "gradienteNumerico", "errorRelativo")),
    Alumno("hugo_romero", "guarda la cache de la capa densa en otro orden y usa ≥ en la derivada "
           "de ReLU; su red usa esas capas",
           respuestas=todo_bien(U, capaDensaAdelante="capaDensaAdelante__cache_desordenada",
                                activacionAtras="activacionAtras__relu_mayor_igual"),
           notas=notas_sin(U, "capaDensaAdelante", "activacionAtras", "redAdelante", "redAtras",
                           "entrenarRed")),
]

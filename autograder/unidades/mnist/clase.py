"""Clase de muestra de la unidad mnist: los estudiantes de toda unidad (muestra.estandar) y los
de sus situaciones propias, con su nota esperada (21 puntos automáticos + 4 de las preguntas
escritas, que quedan pendientes).

Las funciones del cuaderno se llaman entre sí (backProp usa tanhGrad, entrenarRed usa
feedForward, costoGlobal y backProp...): un error en una arrastra a las que dependen de ella, y
las notas esperadas lo reflejan."""
from autograder.muestra import Alumno, completo, estandar, notas_sin, todo_bien

U = "mnist"

ALUMNOS = estandar(U, parcial=("softmax", "tanh", "tanhGrad", "relu", "reluGrad"), escritas={
    "pregunta_softmax_gradiente": "Con softmax y entropía cruzada la derivada respecto a z2 se "
    "simplifica a a2 − y porque las etiquetas suman 1. tanhGrad usa A porque "
    "tanh' = 1 − tanh² = 1 − A².",
    "pregunta_resultados": "Confunde 4 con 9 y 3 con 5; no hay sobreajuste todavía; ReLU baja "
    "algo más rápido."}) + [
    Alumno("diego_torres", "softmax inestable, tanhGrad sobre Z y np.mean en el costo; su "
                           "feedForward, su backProp y su entrenarRed (correctos) usan esas "
                           "funciones (feedForward hereda la softmax inestable: la prueba tiene "
                           "puntajes de salida de ±1600)",
           respuestas=todo_bien(U, softmax="softmax__inestable", tanhGrad="tanhGrad__sobre_z",
                                costoGlobal="costoGlobal__media_total"),
           notas=notas_sin(U, "softmax", "tanhGrad", "costoGlobal", "feedForward", "backProp",
                           "entrenarRed")),
    Alumno("elena_sanchez", "todo correcto, escrito de otras formas (bucles, logsumexp, "
                            "np.random.rand, actualizaciones en el lugar)",
           respuestas={"softmax": "softmax__logsumexp", "tanh": "tanh__con_sigmoide",
                       "tanhGrad": "tanhGrad__factorizada", "relu": "relu__clip",
                       "reluGrad": "reluGrad__astype", "initParams": "initParams__rand_global",
                       "feedForward": "feedForward__np_dot",
                       "costoGlobal": "costoGlobal__indexado", "backProp": "backProp__bucle",
                       "entrenarRed": "entrenarRed__en_el_lugar", "predecir": "predecir__bucle"},
           notas=completo(U)),
    Alumno("gloria_chavez", "SGD que baraja una sola vez y Glorot con una normal",
           respuestas=todo_bien(U, entrenarRed="entrenarRed__baraja_una_vez",
                                initParams="initParams__normal"),
           notas=notas_sin(U, "entrenarRed", "initParams")),
    Alumno("hugo_romero", "reluGrad con >= y predecir que suma 1 a las etiquetas",
           respuestas=todo_bien(U, reluGrad="reluGrad__mayor_igual",
                                predecir="predecir__mas_uno"),
           notas=notas_sin(U, "reluGrad", "predecir", "backProp")),
    Alumno("irene_vega", "descarta el último mini-lote y toma argmax por filas",
           respuestas=todo_bien(U, entrenarRed="entrenarRed__sin_ultimo_lote",
                                predecir="predecir__por_filas"),
           notas=notas_sin(U, "entrenarRed", "predecir")),
]

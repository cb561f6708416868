"""Clase de muestra de la unidad regresion_logistica: los estudiantes de toda unidad
(muestra.estandar) y los de sus situaciones propias, con su nota esperada (12 puntos automáticos
+ 3 de las preguntas escritas, que quedan pendientes).

Las funciones del cuaderno se llaman entre sí (predecirProba usa sigmoide, entrenarLogistica usa
costoLogistico y gradienteLogistico), así que un error temprano puede costar también los
ejercicios que dependen de él: ver hugo_romero.
"""
from autograder.muestra import Alumno, completo, estandar, notas_de, todo_bien

U = "regresion_logistica"

ALUMNOS = estandar(U, parcial=("sigmoide", "predecirProba", "predecirClase", "softmax"),
                   escritas={
    "pregunta_exactitud": "Solo el 3 % no paga: decir siempre «no» ya da 96.7 % de exactitud "
    "con sensibilidad 0. Hay que mirar la matriz de confusión, la sensibilidad y la precisión.",
    "pregunta_umbral": "Un umbral bajo (0.2): un moroso no detectado cuesta más que revisar a "
    "un buen cliente."}) + [
    Alumno("diego_torres", "errores típicos: >, penaliza θ0, gradiente con signo cambiado (su "
           "entrenarLogistica, correcto, hereda el error), softmax por filas y matriz transpuesta",
           respuestas=todo_bien(U, predecirClase="predecirClase__mayor_estricto",
                                costoLogistico="costoLogistico__penaliza_intercepto",
                                gradienteLogistico="gradienteLogistico__signo",
                                softmax="softmax__por_filas",
                                matrizConfusion="matrizConfusion__transpuesta"),
           notas=notas_de(U, "sigmoide", "predecirProba")),
    Alumno("elena_sanchez", "todo correcto escrito de otras formas (por partes, intercepto como "
           "atributo, booleanos, logaddexp, einsum, en el lugar, logsumexp, bincount)",
           respuestas={"sigmoide": "sigmoide__por_partes",
                       "predecirProba": "predecirProba__intercepto_como_atributo",
                       "predecirClase": "predecirClase__booleano",
                       "costoLogistico": "costoLogistico__logaddexp",
                       "gradienteLogistico": "gradienteLogistico__conjunto",
                       "entrenarLogistica": "entrenarLogistica__en_el_lugar",
                       "softmax": "softmax__logsumexp",
                       "matrizConfusion": "matrizConfusion__bincount"},
           notas=completo(U)),
    # Sigmoide e^z / (1 + e^z): con z grande da inf / inf = NaN. Su costoLogistico, correcto,
    # también pierde: la prueba oculta con predicciones saturadas pasa por su sigmoide.
    # (Con sigmoide__inestable, 1 / (1 + e^(−z)), el valor es correcto y solo delata el aviso de
    # desborde; la verificación aislada no ve avisos, ver el informe de la unidad.)
    Alumno("gloria_chavez", "sigmoide y softmax con la fórmula directa, que desbordan; su costo "
           "hereda los NaN de su sigmoide con predicciones saturadas",
           respuestas=todo_bien(U, sigmoide="sigmoide__inestable_positivo",
                                softmax="softmax__inestable"),
           notas=notas_de(U, "predecirProba", "predecirClase", "gradienteLogistico",
                          "entrenarLogistica", "matrizConfusion")),
    Alumno("hugo_romero", "sigmoide con el signo cambiado: arrastra el error a predecirProba, "
           "costo, gradiente y entrenamiento, aunque estén bien escritos",
           respuestas=todo_bien(U, sigmoide="sigmoide__signo"),
           notas=notas_de(U, "predecirClase", "softmax", "matrizConfusion")),
    Alumno("irene_vega", "ignora el umbral, regulariza θ0 en el gradiente (su entrenamiento lo "
           "hereda) y dimensiona la matriz con np.unique",
           respuestas=todo_bien(U, predecirClase="predecirClase__ignora_umbral",
                                gradienteLogistico="gradienteLogistico__penaliza_intercepto",
                                matrizConfusion="matrizConfusion__unique"),
           notas=notas_de(U, "sigmoide", "predecirProba", "costoLogistico", "softmax")),
]

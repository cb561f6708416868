"""Clase de muestra de la unidad regresion_logistica: un estudiante por situación típica, con su
nota esperada (12 puntos automáticos + 3 de las preguntas escritas, que quedan pendientes).

Las funciones del cuaderno se llaman entre sí (predecirProba usa sigmoide, entrenarLogistica usa
costoLogistico y gradienteLogistico), así que un error temprano puede costar también los
ejercicios que dependen de él: ver hugo_paredes.
"""
from autograder.muestra import SOLUCION, Alumno

TODAS = ("sigmoide", "predecirProba", "predecirClase", "costoLogistico", "gradienteLogistico",
         "entrenarLogistica", "softmax", "matrizConfusion")
PUNTOS = {"prueba_sigmoide": 1, "prueba_predecirProba": 1, "prueba_predecirClase": 1,
          "prueba_costoLogistico": 2, "prueba_gradienteLogistico": 2,
          "prueba_entrenarLogistica": 2, "prueba_softmax": 2, "prueba_matrizConfusion": 1}


def _notas(*funciones):
    return {f"prueba_{f}": PUNTOS[f"prueba_{f}"] for f in funciones}


ALUMNOS = [
    Alumno("ana_quispe", "todo correcto y las dos preguntas respondidas",
           respuestas={f: SOLUCION for f in TODAS},
           escritas={"pregunta_exactitud": "Solo el 3 % no paga: decir siempre «no» ya da 96.7 % "
                     "de exactitud con sensibilidad 0. Hay que mirar la matriz de confusión, la "
                     "sensibilidad y la precisión.",
                     "pregunta_umbral": "Un umbral bajo (0.2): un moroso no detectado cuesta "
                     "más que revisar a un buen cliente."},
           notas=dict(PUNTOS)),
    Alumno("bruno_mamani", "entrega el cuaderno sin tocar"),
    Alumno("carla_rojas", "solo hizo sigmoide, predecirProba, predecirClase y softmax",
           respuestas={f: SOLUCION for f in ("sigmoide", "predecirProba", "predecirClase",
                                             "softmax")},
           notas=_notas("sigmoide", "predecirProba", "predecirClase", "softmax")),
    Alumno("diego_flores", "errores típicos: >, penaliza θ0, gradiente con signo cambiado (su "
           "entrenarLogistica, correcto, hereda el error), softmax por filas y matriz transpuesta",
           respuestas={"sigmoide": SOLUCION, "predecirProba": SOLUCION,
                       "predecirClase": "predecirClase__mayor_estricto",
                       "costoLogistico": "costoLogistico__penaliza_intercepto",
                       "gradienteLogistico": "gradienteLogistico__signo",
                       "entrenarLogistica": SOLUCION, "softmax": "softmax__por_filas",
                       "matrizConfusion": "matrizConfusion__transpuesta"},
           notas=_notas("sigmoide", "predecirProba")),
    Alumno("elena_vargas", "todo correcto escrito de otras formas (por partes, intercepto como "
           "atributo, booleanos, "
           "logaddexp, einsum, en el lugar, logsumexp, bincount)",
           respuestas={"sigmoide": "sigmoide__por_partes",
                       "predecirProba": "predecirProba__intercepto_como_atributo",
                       "predecirClase": "predecirClase__booleano",
                       "costoLogistico": "costoLogistico__logaddexp",
                       "gradienteLogistico": "gradienteLogistico__conjunto",
                       "entrenarLogistica": "entrenarLogistica__en_el_lugar",
                       "softmax": "softmax__logsumexp",
                       "matrizConfusion": "matrizConfusion__bincount"},
           notas=dict(PUNTOS)),
    Alumno("fabio_castro", "copia las salidas esperadas de las pruebas visibles en costo, "
           "entrenamiento y matriz de confusión",
           respuestas={**{f: SOLUCION for f in TODAS},
                       "costoLogistico": "costoLogistico__respuesta_fija",
                       "entrenarLogistica": "entrenarLogistica__respuesta_fija",
                       "matrizConfusion": "matrizConfusion__respuesta_fija"},
           notas=_notas("sigmoide", "predecirProba", "predecirClase", "gradienteLogistico",
                        "softmax")),
    # Sigmoide e^z / (1 + e^z): con z grande da inf / inf = NaN. Su costoLogistico, correcto,
    # también pierde: la prueba oculta con predicciones saturadas pasa por su sigmoide.
    # (Con sigmoide__inestable, 1 / (1 + e^(−z)), el valor es correcto y solo delata el aviso de
    # desborde; la verificación aislada no ve avisos, ver el informe de la unidad.)
    Alumno("gloria_chavez", "sigmoide y softmax con la fórmula directa, que desbordan; su costo "
           "hereda los NaN de su sigmoide con predicciones saturadas",
           respuestas={**{f: SOLUCION for f in TODAS}, "sigmoide": "sigmoide__inestable_positivo",
                       "softmax": "softmax__inestable"},
           notas=_notas("predecirProba", "predecirClase", "gradienteLogistico",
                        "entrenarLogistica", "matrizConfusion")),
    Alumno("hugo_paredes", "sigmoide con el signo cambiado: arrastra el error a predecirProba, "
           "costo, gradiente y entrenamiento, aunque estén bien escritos",
           respuestas={**{f: SOLUCION for f in TODAS}, "sigmoide": "sigmoide__signo"},
           notas=_notas("predecirClase", "softmax", "matrizConfusion")),
    Alumno("irene_soto", "ignora el umbral, regulariza θ0 en el gradiente (su entrenamiento lo "
           "hereda) y dimensiona la matriz con np.unique",
           respuestas={**{f: SOLUCION for f in TODAS},
                       "predecirClase": "predecirClase__ignora_umbral",
                       "gradienteLogistico": "gradienteLogistico__penaliza_intercepto",
                       "matrizConfusion": "matrizConfusion__unique"},
           notas=_notas("sigmoide", "predecirProba", "costoLogistico", "softmax")),
]

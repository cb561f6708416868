"""Clase de muestra de la unidad mnist: un estudiante por situación típica, con su nota esperada
(21 puntos automáticos + 4 de las preguntas escritas, que quedan pendientes).

Las funciones del cuaderno se llaman entre sí (backProp usa tanhGrad, entrenarRed usa
feedForward, costoGlobal y backProp...): un error en una arrastra a las que dependen de ella, y
las notas esperadas lo reflejan."""
from autograder.muestra import SOLUCION, Alumno

TODAS = ("softmax", "tanh", "tanhGrad", "relu", "reluGrad", "initParams", "feedForward",
         "costoGlobal", "backProp", "entrenarRed", "predecir")
PUNTOS = {"softmax": 2, "tanh": 1, "tanhGrad": 1, "relu": 1, "reluGrad": 1, "initParams": 2,
          "feedForward": 2, "costoGlobal": 2, "backProp": 4, "entrenarRed": 4, "predecir": 1}
COMPLETO = {f"prueba_{f}": p for f, p in PUNTOS.items()}


def notas_salvo(*perdidas):
    return {k: v for k, v in COMPLETO.items() if k.removeprefix("prueba_") not in perdidas}


ALUMNOS = [
    Alumno("ana_garcia", "todo correcto y las preguntas respondidas",
           respuestas={f: SOLUCION for f in TODAS},
           escritas={"pregunta_softmax_gradiente": "Con softmax y entropía cruzada la derivada "
                     "respecto a z2 se simplifica a a2 − y porque las etiquetas suman 1. "
                     "tanhGrad usa A porque tanh' = 1 − tanh² = 1 − A².",
                     "pregunta_resultados": "Confunde 4 con 9 y 3 con 5; no hay sobreajuste "
                     "todavía; ReLU baja algo más rápido."},
           notas=COMPLETO),
    Alumno("bruno_diaz", "entrega el cuaderno sin tocar"),
    Alumno("carla_ruiz", "solo hizo softmax y las activaciones",
           respuestas={f: SOLUCION for f in ("softmax", "tanh", "tanhGrad", "relu", "reluGrad")},
           notas={"prueba_softmax": 2, "prueba_tanh": 1, "prueba_tanhGrad": 1,
                  "prueba_relu": 1, "prueba_reluGrad": 1}),
    Alumno("diego_torres", "softmax inestable, tanhGrad sobre Z y np.mean en el costo; su "
                           "backProp y su entrenarRed (correctos) usan esas funciones",
           respuestas={**{f: SOLUCION for f in TODAS}, "softmax": "softmax__inestable",
                       "tanhGrad": "tanhGrad__sobre_z", "costoGlobal": "costoGlobal__media_total"},
           notas=notas_salvo("softmax", "tanhGrad", "costoGlobal", "backProp", "entrenarRed")),
    Alumno("elena_sanchez", "todo correcto, escrito de otras formas (bucles, logsumexp, "
                            "np.random.rand, actualizaciones en el lugar)",
           respuestas={"softmax": "softmax__logsumexp", "tanh": "tanh__con_sigmoide",
                       "tanhGrad": "tanhGrad__factorizada", "relu": "relu__clip",
                       "reluGrad": "reluGrad__astype", "initParams": "initParams__rand_global",
                       "feedForward": "feedForward__np_dot",
                       "costoGlobal": "costoGlobal__indexado", "backProp": "backProp__bucle",
                       "entrenarRed": "entrenarRed__en_el_lugar", "predecir": "predecir__bucle"},
           notas=COMPLETO),
    Alumno("fabio_moreno", "copia las salidas esperadas de la prueba visible de feedForward",
           respuestas={"feedForward": "feedForward__respuesta_fija"}),
    Alumno("gabriela_lopez", "SGD que baraja una sola vez y Glorot con una normal",
           respuestas={**{f: SOLUCION for f in TODAS},
                       "entrenarRed": "entrenarRed__baraja_una_vez",
                       "initParams": "initParams__normal"},
           notas=notas_salvo("entrenarRed", "initParams")),
    Alumno("hugo_romero", "reluGrad con >= y predecir que suma 1 a las etiquetas",
           respuestas={**{f: SOLUCION for f in TODAS}, "reluGrad": "reluGrad__mayor_igual",
                       "predecir": "predecir__mas_uno"},
           notas=notas_salvo("reluGrad", "predecir", "backProp")),
    Alumno("irene_vega", "descarta el último mini-lote y toma argmax por filas",
           respuestas={**{f: SOLUCION for f in TODAS},
                       "entrenarRed": "entrenarRed__sin_ultimo_lote",
                       "predecir": "predecir__por_filas"},
           notas=notas_salvo("entrenarRed", "predecir")),
    Alumno("javier_mora", "sube un cuaderno dañado (JSON cortado)",
           archivo_crudo='{"cells": [{"cell_type": "code", "source": "def softmax(',
           estado="ilegible"),
]

"""Clase de muestra de la unidad funciones_coste: un estudiante por situación típica, con su nota
esperada (8 puntos automáticos + 2 de la pregunta escrita, que queda pendiente)."""
from autograder.muestra import SOLUCION, Alumno

TODAS = ("codificarOneHot", "costoCuadratico", "entropiaCruzadaBinaria",
         "entropiaCruzadaCategorica")
COMPLETO = {f"prueba_{f}": 2 for f in TODAS}

ALUMNOS = [
    Alumno("ana_garcia", "todo correcto y la pregunta respondida",
           respuestas={f: SOLUCION for f in TODAS},
           escritas={"pregunta_entropia": "Con z = 5 la sigmoide está saturada y a(1 − a) es casi "
                     "0: la derivada cuadrática es diminuta y aprende muy despacio. Con entropía "
                     "cruzada la derivada es a − y ≈ 1, proporcional al error."},
           notas=COMPLETO),
    Alumno("bruno_diaz", "entrega el cuaderno sin tocar"),
    Alumno("carla_ruiz", "solo hizo codificarOneHot y costoCuadratico",
           respuestas={"codificarOneHot": SOLUCION, "costoCuadratico": SOLUCION},
           notas={"prueba_codificarOneHot": 2, "prueba_costoCuadratico": 2}),
    Alumno("diego_torres", "one-hot transpuesto, olvida el 1/2 y usa log2; la categórica bien",
           respuestas={"codificarOneHot": "codificarOneHot__transpuesta",
                       "costoCuadratico": "costoCuadratico__sin_medio",
                       "entropiaCruzadaBinaria": "entropiaCruzadaBinaria__log2",
                       "entropiaCruzadaCategorica": SOLUCION},
           notas={"prueba_entropiaCruzadaCategorica": 2}),
    Alumno("elena_sanchez", "todo correcto, escrito de otras formas (identidad, bucles, índices)",
           respuestas={"codificarOneHot": "codificarOneHot__identidad",
                       "costoCuadratico": "costoCuadratico__bucle",
                       "entropiaCruzadaBinaria": "entropiaCruzadaBinaria__casos",
                       "entropiaCruzadaCategorica": "entropiaCruzadaCategorica__indices"},
           notas=COMPLETO),
    Alumno("fabio_moreno", "copia las salidas esperadas de las pruebas visibles",
           respuestas={"codificarOneHot": "codificarOneHot__respuesta_fija",
                       "costoCuadratico": "costoCuadratico__respuesta_fija",
                       "entropiaCruzadaBinaria": SOLUCION},
           notas={"prueba_entropiaCruzadaBinaria": 2}),
    Alumno("irene_vega", "no protege el logaritmo y divide entre las filas",
           respuestas={"codificarOneHot": SOLUCION,
                       "costoCuadratico": "costoCuadratico__n_filas",
                       "entropiaCruzadaBinaria": "entropiaCruzadaBinaria__sin_recorte",
                       "entropiaCruzadaCategorica": "entropiaCruzadaCategorica__sin_recorte"},
           notas={"prueba_codificarOneHot": 2}),
    Alumno("gabriela_lopez", "sube un cuaderno dañado (JSON cortado)",
           archivo_crudo='{"cells": [{"cell_type": "code", "source": "def codificarOneHot(',
           estado="ilegible"),
]

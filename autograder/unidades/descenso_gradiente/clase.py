"""Clase de muestra de la unidad descenso_gradiente: un estudiante por situación típica, con su
nota esperada (11 puntos automáticos + 2 de la pregunta escrita, que queda pendiente)."""
from autograder.muestra import SOLUCION, Alumno

PUNTOS = {"gradienteC": 2, "pasoGradiente": 1, "descensoGradiente": 3,
          "gradienteRegresionLineal": 3, "entrenarRegresionLineal": 2}
TODAS = tuple(PUNTOS)
COMPLETO = {f"prueba_{f}": p for f, p in PUNTOS.items()}

ALUMNOS = [
    Alumno("ana_garcia", "todo correcto y la pregunta respondida",
           respuestas={f: SOLUCION for f in TODAS},
           escritas={"pregunta_tasa": "Con η pequeña baja muy despacio, con η grande oscila y "
                     "diverge; vigilaría la curva de coste y probaría valores en escala "
                     "logarítmica."},
           notas=COMPLETO),
    Alumno("bruno_diaz", "entrega el cuaderno sin tocar"),
    Alumno("carla_ruiz", "solo hizo la parte de C(v1, v2)",
           respuestas={"gradienteC": SOLUCION, "pasoGradiente": SOLUCION,
                       "descensoGradiente": SOLUCION},
           notas={"prueba_gradienteC": 2, "prueba_pasoGradiente": 1,
                  "prueba_descensoGradiente": 3}),
    Alumno("diego_torres", "sube por el gradiente en el paso, olvida v0 y θ0 lleva x; su "
           "entrenamiento usa su gradiente",
           respuestas={"gradienteC": SOLUCION, "pasoGradiente": "pasoGradiente__ascenso",
                       "descensoGradiente": "descensoGradiente__sin_v0",
                       "gradienteRegresionLineal": "gradienteRegresionLineal__intercepto_con_x",
                       "entrenarRegresionLineal": SOLUCION},
           notas={"prueba_gradienteC": 2}),
    Alumno("elena_sanchez", "todo correcto, escrito de otras formas",
           respuestas={"gradienteC": "gradienteC__matricial",
                       "pasoGradiente": "pasoGradiente__copia",
                       "descensoGradiente": "descensoGradiente__while",
                       "gradienteRegresionLineal": "gradienteRegresionLineal__aumentada",
                       "entrenarRegresionLineal": "entrenarRegresionLineal__aumentada"},
           notas=COMPLETO),
    Alumno("fabio_moreno", "deriva respecto a la variable equivocada, guarda el mismo arreglo "
           "en la trayectoria y olvida α",
           respuestas={"gradienteC": "gradienteC__intercambiado", "pasoGradiente": SOLUCION,
                       "descensoGradiente": "descensoGradiente__alias",
                       "gradienteRegresionLineal": SOLUCION,
                       "entrenarRegresionLineal": "entrenarRegresionLineal__sin_alpha"},
           notas={"prueba_pasoGradiente": 1, "prueba_gradienteRegresionLineal": 3}),
    Alumno("hugo_romero", "copia las salidas esperadas de las pruebas visibles",
           respuestas={"gradienteC": "gradienteC__respuesta_fija",
                       "gradienteRegresionLineal": "gradienteRegresionLineal__respuesta_fija",
                       "pasoGradiente": SOLUCION},
           notas={"prueba_pasoGradiente": 1}),
    Alumno("irene_vega", "no divide entre m y su entrenamiento la arrastra",
           respuestas={f: SOLUCION for f in TODAS} | {
               "gradienteRegresionLineal": "gradienteRegresionLineal__sin_1_m"},
           notas={"prueba_gradienteC": 2, "prueba_pasoGradiente": 1,
                  "prueba_descensoGradiente": 3}),
]

"""Clase de muestra de la unidad regresion_lineal: un estudiante por situación típica, con su
nota esperada (19 puntos automáticos + 4 de las preguntas escritas, que quedan pendientes)."""
from autograder.muestra import SOLUCION, Alumno

TODAS = ("minimosCuadrados", "costoRidge", "gradienteRidge", "ridgeCerrada", "descensoRidge",
         "lassoCoordenadas", "validacionCruzada")
PUNTOS = {"minimosCuadrados": 2, "costoRidge": 2, "gradienteRidge": 2, "ridgeCerrada": 3,
          "descensoRidge": 3, "lassoCoordenadas": 4, "validacionCruzada": 3}
COMPLETO = {f"prueba_{f}": p for f, p in PUNTOS.items()}


def sin(*funciones):
    """Las notas completas menos las de ``funciones``."""
    return {k: v for k, v in COMPLETO.items() if k[len("prueba_"):] not in funciones}


ALUMNOS = [
    Alumno("ana_garcia", "todo correcto y las dos preguntas respondidas",
           respuestas={f: SOLUCION for f in TODAS},
           escritas={"pregunta_correlacion": "Ridge reparte el peso porque penaliza θ²; Lasso "
                     "penaliza |θ| y con el umbral suave deja una sola variable y la otra en 0.",
                     "pregunta_escala": "La penalización depende de las unidades; estandarizar "
                     "con todos los datos filtra información del pliegue de validación."},
           notas=COMPLETO),
    Alumno("bruno_diaz", "entrega el cuaderno sin tocar"),
    Alumno("carla_ruiz", "solo hizo mínimos cuadrados, el costo, el gradiente y Ridge cerrada",
           respuestas={f: SOLUCION for f in TODAS[:4]},
           notas={f"prueba_{f}": PUNTOS[f] for f in TODAS[:4]}),
    Alumno("diego_torres", "λ en vez de λ/2 en el costo (su descenso lo arrastra), penaliza el "
           "intercepto en Ridge, subgradiente en Lasso y fuga de datos en la validación",
           respuestas={"minimosCuadrados": SOLUCION,
                       "costoRidge": "costoRidge__lambda_sin_mitad",
                       "gradienteRidge": SOLUCION,
                       "ridgeCerrada": "ridgeCerrada__penaliza_intercepto",
                       "descensoRidge": SOLUCION,
                       "lassoCoordenadas": "lassoCoordenadas__subgradiente",
                       "validacionCruzada": "validacionCruzada__fuga"},
           notas={"prueba_minimosCuadrados": 2, "prueba_gradienteRidge": 2}),
    Alumno("elena_sanchez", "todo correcto, escrito de otra forma (bucles, lstsq, matriz "
           "aumentada, umbral con if/elif, índices np.where)",
           respuestas={"minimosCuadrados": "minimosCuadrados__lstsq",
                       "costoRidge": "costoRidge__bucle",
                       "gradienteRidge": "gradienteRidge__bucle",
                       "ridgeCerrada": "ridgeCerrada__aumentada",
                       "descensoRidge": "descensoRidge__con_gradiente",
                       "lassoCoordenadas": "lassoCoordenadas__casos",
                       "validacionCruzada": "validacionCruzada__en_linea"},
           notas=COMPLETO),
    Alumno("fabio_moreno", "copia las salidas esperadas de las pruebas visibles",
           respuestas={f: f"{f}__respuesta_fija" for f in
                       ("costoRidge", "descensoRidge", "validacionCruzada")}),
    Alumno("gabriela_lopez", "todo correcto salvo el descenso: copió el λ/m de la diapositiva",
           respuestas={**{f: SOLUCION for f in TODAS},
                       "descensoRidge": "descensoRidge__lambda_sobre_m"},
           notas=sin("descensoRidge")),
    Alumno("hugo_romero", "umbral suave sin la rama negativa y validación sin estandarizar",
           respuestas={**{f: SOLUCION for f in TODAS},
                       "lassoCoordenadas": "lassoCoordenadas__sin_rama_negativa",
                       "validacionCruzada": "validacionCruzada__sin_estandarizar"},
           notas=sin("lassoCoordenadas", "validacionCruzada")),
    Alumno("irene_vega", "gradiente sin el factor 2 y mínimos cuadrados sin intercepto",
           respuestas={**{f: SOLUCION for f in TODAS},
                       "gradienteRidge": "gradienteRidge__sin_factor_2",
                       "minimosCuadrados": "minimosCuadrados__sin_intercepto"},
           notas=sin("gradienteRidge", "minimosCuadrados")),
]

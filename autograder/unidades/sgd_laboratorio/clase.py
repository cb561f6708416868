"""Clase de muestra de la unidad sgd_laboratorio: un estudiante por situación típica, con su nota
esperada (13 puntos automáticos + 4 de las preguntas escritas, que quedan pendientes)."""
from autograder.muestra import SOLUCION, Alumno

TODAS = ("actualizacionesPorEpoca", "crearMiniLotes", "dividirDatos", "entrenarSGD",
         "diagnosticarCurva")
COMPLETO = {"prueba_actualizacionesPorEpoca": 1, "prueba_crearMiniLotes": 3,
            "prueba_dividirDatos": 2, "prueba_entrenarSGD": 4, "prueba_diagnosticarCurva": 3}


def _menos(*ejercicios):
    return {k: v for k, v in COMPLETO.items() if k not in {f"prueba_{e}" for e in ejercicios}}


ALUMNOS = [
    Alumno("ana_garcia", "todo correcto y las preguntas respondidas",
           respuestas={f: SOLUCION for f in TODAS},
           escritas={"pregunta_tamano_lote": "En los dos casos se calculan 10 240 gradientes, "
                     "pero con lotes de 512 hay 20 actualizaciones y con lote completo una.",
                     "pregunta_diagnostico": "La validación sube tras un mínimo: sobreajuste. "
                     "Elegiría la época del mínimo de validación, sin mirar la prueba."},
           notas=COMPLETO),
    Alumno("bruno_diaz", "entrega el cuaderno sin tocar"),
    Alumno("carla_ruiz", "solo hizo los dos primeros ejercicios",
           respuestas={"actualizacionesPorEpoca": SOLUCION, "crearMiniLotes": SOLUCION},
           notas={"prueba_actualizacionesPorEpoca": 1, "prueba_crearMiniLotes": 3}),
    Alumno("diego_torres", "redondea hacia abajo (actualizaciones y división) y muestrea con "
           "reemplazo; entrenarSGD y el diagnóstico, bien",
           respuestas={"actualizacionesPorEpoca": "actualizacionesPorEpoca__piso",
                       "crearMiniLotes": "crearMiniLotes__con_reemplazo",
                       "dividirDatos": "dividirDatos__piso", "entrenarSGD": SOLUCION,
                       "diagnosticarCurva": SOLUCION},
           notas={"prueba_entrenarSGD": 4, "prueba_diagnosticarCurva": 3}),
    Alumno("elena_sanchez", "todo correcto, escrito de otra forma (alternativas del catálogo)",
           respuestas={"actualizacionesPorEpoca": "actualizacionesPorEpoca__bucle",
                       "crearMiniLotes": "crearMiniLotes__shuffle_split",
                       "dividirDatos": "dividirDatos__apilados",
                       "entrenarSGD": "entrenarSGD__en_el_lugar",
                       "diagnosticarCurva": "diagnosticarCurva__python_puro"},
           notas=COMPLETO),
    Alumno("fabio_moreno", "escribe a mano las respuestas de las pruebas visibles",
           respuestas={"actualizacionesPorEpoca": "actualizacionesPorEpoca__respuesta_fija",
                       "diagnosticarCurva": "diagnosticarCurva__respuesta_fija"}),
    Alumno("gabriela_lopez", "mide el costo al principio de cada época y aplica las reglas del "
           "diagnóstico en otro orden",
           respuestas={"actualizacionesPorEpoca": SOLUCION, "crearMiniLotes": SOLUCION,
                       "dividirDatos": SOLUCION, "entrenarSGD": "entrenarSGD__costo_antes",
                       "diagnosticarCurva": "diagnosticarCurva__orden"},
           notas=_menos("entrenarSGD", "diagnosticarCurva")),
    Alumno("hugo_romero", "baraja X e Y con permutaciones distintas y sus conjuntos se solapan",
           respuestas={"actualizacionesPorEpoca": SOLUCION,
                       "crearMiniLotes": "crearMiniLotes__permutaciones_distintas",
                       "dividirDatos": "dividirDatos__solapados", "entrenarSGD": SOLUCION,
                       "diagnosticarCurva": SOLUCION},
           notas=_menos("crearMiniLotes", "dividirDatos")),
    Alumno("irene_vega", "baraja con el generador global de NumPy en vez de rng",
           respuestas={"actualizacionesPorEpoca": SOLUCION,
                       "crearMiniLotes": "crearMiniLotes__rng_global",
                       "dividirDatos": SOLUCION, "entrenarSGD": SOLUCION,
                       "diagnosticarCurva": SOLUCION},
           notas=_menos("crearMiniLotes")),
    Alumno("javier_ortiz", "acumula los gradientes y actualiza una vez por época",
           respuestas={"actualizacionesPorEpoca": "actualizacionesPorEpoca__math_ceil",
                       "crearMiniLotes": SOLUCION, "dividirDatos": "dividirDatos__split",
                       "entrenarSGD": "entrenarSGD__una_actualizacion_por_epoca",
                       "diagnosticarCurva": "diagnosticarCurva__clip"},
           notas=_menos("entrenarSGD")),
]

"""Clase de muestra de la unidad sgd_laboratorio: los estudiantes de toda unidad
(muestra.estandar) y los de sus situaciones propias, con su nota esperada (13 puntos automáticos
+ 4 de las preguntas escritas, que quedan pendientes)."""
from autograder.muestra import Alumno, completo, estandar, notas_de, notas_sin, todo_bien

U = "sgd_laboratorio"

ALUMNOS = estandar(U, parcial=("actualizacionesPorEpoca", "crearMiniLotes"), escritas={
    "pregunta_tamano_lote": "En los dos casos se calculan 10 240 gradientes, pero con lotes de "
    "512 hay 20 actualizaciones y con lote completo una.",
    "pregunta_diagnostico": "La validación sube tras un mínimo: sobreajuste. Elegiría la época "
    "del mínimo de validación, sin mirar la prueba."}) + [
    Alumno("diego_torres", "redondea hacia abajo (actualizaciones y división) y muestrea con "
           "reemplazo; entrenarSGD y el diagnóstico, bien",
           respuestas=todo_bien(U, actualizacionesPorEpoca="actualizacionesPorEpoca__piso",
                                crearMiniLotes="crearMiniLotes__con_reemplazo",
                                dividirDatos="dividirDatos__piso"),
           notas=notas_de(U, "entrenarSGD", "diagnosticarCurva")),
    Alumno("elena_sanchez", "todo correcto, escrito de otra forma (alternativas del catálogo)",
           respuestas={"actualizacionesPorEpoca": "actualizacionesPorEpoca__bucle",
                       "crearMiniLotes": "crearMiniLotes__shuffle_split",
                       "dividirDatos": "dividirDatos__apilados",
                       "entrenarSGD": "entrenarSGD__en_el_lugar",
                       "diagnosticarCurva": "diagnosticarCurva__python_puro"},
           notas=completo(U)),
    Alumno("gloria_chavez", "actualiza en el lugar los arreglos del params que recibe "
           "(dict(params) y -=) y quita el max(1, …) de c = max(1, E // 4) en el diagnóstico",
           respuestas=todo_bien(U, entrenarSGD="entrenarSGD__modifica_params",
                                diagnosticarCurva="diagnosticarCurva__sin_max"),
           notas=notas_sin(U, "entrenarSGD", "diagnosticarCurva")),
    Alumno("hugo_romero", "baraja X e Y con permutaciones distintas y sus conjuntos se solapan",
           respuestas=todo_bien(U, crearMiniLotes="crearMiniLotes__permutaciones_distintas",
                                dividirDatos="dividirDatos__solapados"),
           notas=notas_sin(U, "crearMiniLotes", "dividirDatos")),
    Alumno("irene_vega", "baraja con el generador global de NumPy en vez de rng",
           respuestas=todo_bien(U, crearMiniLotes="crearMiniLotes__rng_global"),
           notas=notas_sin(U, "crearMiniLotes")),
    Alumno("javier_ortiz", "acumula los gradientes y actualiza una vez por época",
           respuestas=todo_bien(U, actualizacionesPorEpoca="actualizacionesPorEpoca__math_ceil",
                                dividirDatos="dividirDatos__split",
                                entrenarSGD="entrenarSGD__una_actualizacion_por_epoca",
                                diagnosticarCurva="diagnosticarCurva__clip"),
           notas=notas_sin(U, "entrenarSGD")),
]

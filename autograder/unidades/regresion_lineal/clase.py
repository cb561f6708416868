"""Clase de muestra de la unidad regresion_lineal: los estudiantes de toda unidad
(muestra.estandar) y los de sus situaciones propias, con su nota esperada (19 puntos automáticos
+ 4 de las preguntas escritas, que quedan pendientes)."""
from autograder.muestra import Alumno, completo, estandar, notas_de, notas_sin, todo_bien

U = "regresion_lineal"

ALUMNOS = estandar(U, parcial=("minimosCuadrados", "costoRidge", "gradienteRidge",
                               "ridgeCerrada"), escritas={
    "pregunta_correlacion": "Ridge reparte el peso porque penaliza θ²; Lasso penaliza |θ| y con "
    "el umbral suave deja una sola variable y la otra en 0.",
    "pregunta_escala": "La penalización depende de las unidades; estandarizar con todos los "
    "datos filtra información del pliegue de validación."}) + [
    Alumno("diego_torres", "λ en vez de λ/2 en el costo (su descenso lo arrastra), penaliza el "
           "intercepto en Ridge, subgradiente en Lasso y fuga de datos en la validación",
           respuestas=todo_bien(U, costoRidge="costoRidge__lambda_sin_mitad",
                                ridgeCerrada="ridgeCerrada__penaliza_intercepto",
                                lassoCoordenadas="lassoCoordenadas__subgradiente",
                                validacionCruzada="validacionCruzada__fuga"),
           notas=notas_de(U, "minimosCuadrados", "gradienteRidge")),
    Alumno("elena_sanchez", "todo correcto, escrito de otra forma (bucles, lstsq, matriz "
           "aumentada, umbral con if/elif, índices np.where)",
           respuestas={"minimosCuadrados": "minimosCuadrados__lstsq",
                       "costoRidge": "costoRidge__bucle",
                       "gradienteRidge": "gradienteRidge__bucle",
                       "ridgeCerrada": "ridgeCerrada__aumentada",
                       "descensoRidge": "descensoRidge__con_gradiente",
                       "lassoCoordenadas": "lassoCoordenadas__casos",
                       "validacionCruzada": "validacionCruzada__en_linea"},
           notas=completo(U)),
    Alumno("gloria_chavez", "todo correcto salvo el descenso: copió el λ/m de la diapositiva",
           respuestas=todo_bien(U, descensoRidge="descensoRidge__lambda_sobre_m"),
           notas=notas_sin(U, "descensoRidge")),
    Alumno("hugo_romero", "umbral suave sin la rama negativa y validación sin estandarizar",
           respuestas=todo_bien(U, lassoCoordenadas="lassoCoordenadas__sin_rama_negativa",
                                validacionCruzada="validacionCruzada__sin_estandarizar"),
           notas=notas_sin(U, "lassoCoordenadas", "validacionCruzada")),
    Alumno("irene_vega", "gradiente sin el factor 2 y mínimos cuadrados sin intercepto",
           respuestas=todo_bien(U, gradienteRidge="gradienteRidge__sin_factor_2",
                                minimosCuadrados="minimosCuadrados__sin_intercepto"),
           notas=notas_sin(U, "gradienteRidge", "minimosCuadrados")),
]

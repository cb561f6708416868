"""Clase de muestra de la unidad normalizacion: los estudiantes de toda unidad (muestra.estandar)
y los de sus situaciones propias, con su nota esperada (14 puntos automáticos + 4 de las
preguntas escritas, que quedan pendientes).

Las funciones calificadas se encadenan como en el cuaderno: normLoteAdelante usa
mediaVarianzaLote, y gradienteNumericoNormLote usa normLoteAdelante. Un error en una arrastra a
las que la usan, y la nota esperada lo refleja."""
from autograder.muestra import Alumno, estandar, notas_de, notas_sin, todo_bien

U = "normalizacion"

ALUMNOS = estandar(U, parcial=("mediaVarianzaLote", "normLoteAdelante"), escritas={
    "pregunta_sesgo": "La normalización resta la media del lote, así que una constante sumada a Z "
    "se cancela: el costo no depende de b y su gradiente es 0 (cada fila de dZ suma 0). El sesgo "
    "sobra; β hace su papel.",
    "pregunta_inferencia": "Con m = 1 la media es el propio ejemplo y la varianza 0: Ẑ = 0 y la "
    "salida es β para cualquier imagen. Al predecir, la salida de un ejemplo no puede depender de "
    "los demás del lote; por eso se usan los promedios móviles. Sin actualizarlos valdrían 0 y 1 "
    "y la red normalizaría mal."}) + [
    Alumno("diego_torres", "copia CS231n, donde los ejemplos son filas: normaliza y suma dγ, dβ "
                           "sobre axis=0; su chequeo numérico usa su normLoteAdelante y hereda el "
                           "error",
           respuestas=todo_bien(U, normLoteAdelante="normLoteAdelante__eje_0",
                                normLoteAtras="normLoteAtras__eje_0"),
           notas=notas_sin(U, "normLoteAdelante", "normLoteAtras", "gradienteNumericoNormLote")),
    Alumno("hugo_romero", "usa las estadísticas del lote en inferencia y no suma dγ ni dβ sobre "
                          "los ejemplos",
           respuestas=todo_bien(U, normLoteAdelante="normLoteAdelante__lote_en_inferencia",
                                normLoteAtras="normLoteAtras__sin_sumar"),
           notas=notas_sin(U, "normLoteAdelante", "normLoteAtras")),
    Alumno("irene_vega", "varianza no sesgada en mediaVarianzaLote (la hereda normLoteAdelante, "
                         "y de ahí su chequeo numérico), que además deriva en modo inferencia; "
                         "su normLoteAtras (por pasos) y su plegado (con diag) son correctos",
           respuestas=todo_bien(U, mediaVarianzaLote="mediaVarianzaLote__insesgada",
                                gradienteNumericoNormLote="gradienteNumericoNormLote__inferencia",
                                normLoteAtras="normLoteAtras__por_pasos",
                                plegarNormLote="plegarNormLote__diagonal"),
           notas=notas_de(U, "normLoteAtras", "plegarNormLote")),
]

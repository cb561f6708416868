"""Clase de muestra de la unidad funciones_coste: los estudiantes de toda unidad
(muestra.estandar) y los de sus situaciones propias, con su nota esperada (8 puntos automáticos
+ 2 de la pregunta escrita, que queda pendiente)."""
from autograder.muestra import Alumno, completo, estandar, notas_de, todo_bien

U = "funciones_coste"

ALUMNOS = estandar(U, parcial=("codificarOneHot", "costoCuadratico"), escritas={
    "pregunta_entropia": "Con z = 5 la sigmoide está saturada y a(1 − a) es casi 0: la derivada "
    "cuadrática es diminuta y aprende muy despacio. Con entropía cruzada la derivada es "
    "a − y ≈ 1, proporcional al error."}) + [
    Alumno("diego_torres", "one-hot transpuesto, olvida el 1/2 y usa log2; la categórica bien",
           respuestas=todo_bien(U, codificarOneHot="codificarOneHot__transpuesta",
                                costoCuadratico="costoCuadratico__sin_medio",
                                entropiaCruzadaBinaria="entropiaCruzadaBinaria__log2"),
           notas=notas_de(U, "entropiaCruzadaCategorica")),
    Alumno("elena_sanchez", "todo correcto, escrito de otras formas (identidad, bucles, índices)",
           respuestas={"codificarOneHot": "codificarOneHot__identidad",
                       "costoCuadratico": "costoCuadratico__bucle",
                       "entropiaCruzadaBinaria": "entropiaCruzadaBinaria__casos",
                       "entropiaCruzadaCategorica": "entropiaCruzadaCategorica__indices"},
           notas=completo(U)),
    Alumno("irene_vega", "no protege el logaritmo y divide entre las filas",
           respuestas=todo_bien(U, costoCuadratico="costoCuadratico__n_filas",
                                entropiaCruzadaBinaria="entropiaCruzadaBinaria__sin_recorte",
                                entropiaCruzadaCategorica="entropiaCruzadaCategorica__sin_recorte"),
           notas=notas_de(U, "codificarOneHot")),
]

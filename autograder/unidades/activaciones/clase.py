"""Clase de muestra de la unidad activaciones: los estudiantes de toda unidad (muestra.estandar) y
los de sus situaciones propias, con su nota esperada (19 puntos automáticos + 4 de las preguntas
escritas, que quedan pendientes).

Las funciones calificadas son independientes entre sí salvo cuando el estudiante las encadena
(signo escrito como 2·escalón − 1): entonces un error en escalon arrastra a signo, y la nota
esperada lo refleja."""
from autograder.muestra import Alumno, estandar, notas_sin, todo_bien

U = "activaciones"

ALUMNOS = estandar(U, parcial=("escalon", "signo", "linealATrozos"), escritas={
    "pregunta_desvanecimiento": "Cada capa multiplica el gradiente por la derivada de la "
    "activación; la de la sigmoide vale a lo más 1/4, así que tras 7 capas queda 10^-5 veces "
    "menor. tanh tiene derivada cercana a 1. Las primeras capas casi no aprenden.",
    "pregunta_relu_muertas": "Una ReLU muerta tiene derivada 0 en todos los ejemplos: su dW y su "
    "db son cero y no cambia más. La salida queda constante en 0.5 y el costo es ln 2. Remedios: "
    "una tasa menor o leaky ReLU."}) + [
    Alumno("diego_torres", "escalón con ≥ (φ(0) = 1) y signo escrito como 2·escalón − 1, que "
                           "hereda el error; reluGrad con ≥ y las normas en el orden de redAtras",
           respuestas=todo_bien(U, escalon="escalon__mayor_igual", signo="signo__desde_escalon",
                                reluGrad="reluGrad__mayor_igual",
                                normasGradientePorCapa="normasGradientePorCapa__orden_inverso"),
           notas=notas_sin(U, "escalon", "signo", "reluGrad", "normasGradientePorCapa")),
    Alumno("elena_sanchez", "sigmoide que desborda con z = −800 y tanh con la fórmula de "
                            "exponenciales (NaN); sus derivadas son correctas",
           respuestas=todo_bien(U, sigmoide="sigmoide__inestable", tanh="tanh__formula"),
           notas=notas_sin(U, "sigmoide", "tanh")),
    Alumno("hugo_romero", "suma b1 + b2 en la capa equivalente, cuenta las unidades que valen 0 "
                          "en algún ejemplo y aplica ReLU después de maxout",
           respuestas=todo_bien(U, capaLinealEquivalente="capaLinealEquivalente__sesgos_sumados",
                                fraccionMuertas="fraccionMuertas__alguna",
                                maxout="maxout__con_relu"),
           notas=notas_sin(U, "capaLinealEquivalente", "fraccionMuertas", "maxout")),
    Alumno("irene_vega", "deriva aplicando otra vez la activación (σ y tanh) y escribe 0.01 en "
                         "vez del argumento pendiente; signo como 2·escalón − 1 con su escalón "
                         "correcto",
           respuestas=todo_bien(U, sigmoideGrad="sigmoideGrad__otra_vez",
                                tanhGrad="tanhGrad__otra_vez",
                                leakyRelu="leakyRelu__pendiente_fija",
                                signo="signo__desde_escalon"),
           notas=notas_sin(U, "sigmoideGrad", "tanhGrad", "leakyRelu")),
]

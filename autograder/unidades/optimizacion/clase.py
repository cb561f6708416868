"""Clase de muestra de la unidad optimizacion: los estudiantes de toda unidad (muestra.estandar) y
los de sus situaciones propias, con su nota esperada (19 puntos automáticos + 4 de las preguntas
escritas, que quedan pendientes).

Las funciones calificadas no dependen unas de otras (trayectoria se prueba con un paso de
juguete del curso y tasasPorActualizacion con un programa del curso), así que cada error cuesta
solo su función. Dos estudiantes modifican en el lugar el estado que reciben: lo detecta, en el
proceso aislado que recibe copias, la celda bloqueada que envuelve su paso con vigilar_paso."""
from autograder.muestra import Alumno, estandar, notas_sin, todo_bien

U = "optimizacion"

ALUMNOS = estandar(U, parcial=("trayectoria", "pasoMomento", "pasoNesterov"), escritas={
    "pregunta_correccion_sesgo": "m = 0.1 g y v = 0.001 g². Sin corregir el paso sería "
    "0.1/√0.001 ≈ 3.16 veces α. v tarda unos 1/(1 − β2) = 1000 pasos en llenarse; después "
    "1 − β^t ≈ 1 y la corrección no cambia nada.",
    "pregunta_elegir_optimizador": "SGD zigzaguea porque el valle es mucho más curvo a lo "
    "ancho; el momento cancela el zigzag y acumula velocidad a lo largo. Los adaptativos dan "
    "pasos de tamaño α en cada coordenada, por eso RMSprop rebota cerca del mínimo. Empezaría con "
    "Adam o SGD con momento y un programa coseno, y elegiría por validación."}) + [
    Alumno("diego_torres", "Adam sin corrección de sesgo, RMSprop con ε dentro de la raíz y el "
                           "programa de tasas aplicado por lote",
           respuestas=todo_bien(U, pasoAdam="pasoAdam__sin_correccion",
                                pasoRMSprop="pasoRMSprop__eps_dentro",
                                tasasPorActualizacion="tasasPorActualizacion__por_lote"),
           notas=notas_sin(U, "pasoAdam", "pasoRMSprop", "tasasPorActualizacion")),
    Alumno("elena_sanchez", "momento que actualiza en el lugar el estado recibido, AdaGrad sin ε "
                            "(NaN con gradientes nulos) y una trayectoria que no conserva el "
                            "estado entre pasos",
           respuestas=todo_bien(U, pasoMomento="pasoMomento__en_el_lugar",
                                pasoAdaGrad="pasoAdaGrad__sin_eps",
                                trayectoria="trayectoria__estado_no_conservado"),
           notas=notas_sin(U, "pasoMomento", "pasoAdaGrad", "trayectoria")),
    Alumno("hugo_romero", "guarda los momentos corregidos de Adam, da el paso del momento "
                          "clásico en Nesterov, olvida la división entera del escalón y π en el "
                          "coseno",
           respuestas=todo_bien(U, pasoAdam="pasoAdam__correccion_guardada",
                                pasoNesterov="pasoNesterov__clasico",
                                tasaEscalon="tasaEscalon__sin_piso",
                                tasaCoseno="tasaCoseno__sin_pi"),
           notas=notas_sin(U, "pasoAdam", "pasoNesterov", "tasaEscalon", "tasaCoseno")),
    Alumno("irene_vega", "Adam que actualiza en el lugar el estado recibido, 1/t sin paréntesis "
                         "y la misma fila en toda la trayectoria; el momento y el escalón, "
                         "correctos escritos de otra forma",
           respuestas=todo_bien(U, pasoAdam="pasoAdam__en_el_lugar",
                                tasaInversa="tasaInversa__parentesis",
                                trayectoria="trayectoria__misma_fila",
                                pasoMomento="pasoMomento__diferencia",
                                tasaEscalon="tasaEscalon__bucle"),
           notas=notas_sin(U, "pasoAdam", "tasaInversa", "trayectoria")),
]

"""Clase de muestra de la unidad inicializacion: los estudiantes de toda unidad
(muestra.estandar) y los de sus situaciones propias, con su nota esperada (15 puntos automáticos
+ 2 + 2 de las preguntas escritas, que quedan pendientes)."""
from autograder.muestra import Alumno, estandar, notas_sin, todo_bien

U = "inicializacion"

ALUMNOS = estandar(U, parcial=("initCeros", "unidadesDistintas"), escritas={
    "pregunta_simetria": "Con pesos iguales todas las unidades calculan lo mismo y reciben el "
    "mismo gradiente, así que siguen iguales después de cada paso; los sesgos pueden empezar en "
    "cero porque los pesos aleatorios ya rompen la simetría.",
    "pregunta_he": "Cada capa multiplica la varianza por n·σ²; ReLU la divide además entre 2 y "
    "He lo compensa con σ² = 2/n_in. Si la señal se apaga o explota, los gradientes también."}) + [
    Alumno("diego_torres", "copia el desliz de la diapositiva 000: usa σ = √(2/(n_in + n_out)) "
           "como cota de la uniforme y √(6/(n_in + n_out)) como σ de la normal",
           respuestas=todo_bien(U, initXavierUniforme="initXavierUniforme__cota_sigma",
                                initXavierNormal="initXavierNormal__sigma_de_la_cota"),
           notas=notas_sin(U, "initXavierUniforme", "initXavierNormal"),
           sin_demostraciones=True),
    Alumno("hugo_romero", "copia los otros deslices de la diapositiva 000 (umbral a > 0) y usa "
           "la derivada de la sigmoide en la capa tanh; trunca los límites de las reglas",
           respuestas=todo_bien(U, predecirBinaria="predecirBinaria__umbral_cero",
                                retroBinaria="retroBinaria__derivada_sigmoide",
                                reglasCapaOculta="reglasCapaOculta__trunca"),
           notas=notas_sin(U, "predecirBinaria", "retroBinaria", "reglasCapaOculta"),
           sin_demostraciones=True),
    Alumno("irene_vega", "sortea He con el generador global (np.random.randn), mide la varianza "
           "en vez de la desviación y compara las unidades exactamente",
           respuestas=todo_bien(U, initHe="initHe__global",
                                desviacionesPorCapa="desviacionesPorCapa__varianza",
                                unidadesDistintas="unidadesDistintas__exacta"),
           notas=notas_sin(U, "initHe", "desviacionesPorCapa", "unidadesDistintas"),
           sin_demostraciones=True),
]

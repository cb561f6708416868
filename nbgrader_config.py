"""Configuración de nbgrader para el curso (se lee desde la raíz del repositorio)."""
c = get_config()  # noqa: F821  (nbgrader inyecta get_config)

c.CourseDirectory.course_id = "redes-neuronales-desde-cero"
c.CourseDirectory.root = __import__("os").path.dirname(__import__("os").path.abspath(__file__))

# Textos de relleno en español para los estudiantes.
c.ClearSolutions.code_stub = {"python": "# TU CÓDIGO AQUÍ\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "ESCRIBE TU RESPUESTA AQUÍ"

# Una celda de prueba borrada o duplicada por el estudiante se restaura desde la base de datos.
c.OverwriteCells.add_missing_cells = True

# El HTML que produjo el código del estudiante (salidas, Markdown) se sanea: la
# retroalimentación y el Formgrader se abren en el navegador del instructor.
c.HTMLExporter.sanitize_html = True

# La retroalimentación nunca muestra las pruebas ocultas: ni su código ni su traza.
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "nbgrader.preprocessors.ClearHiddenTests",
    "autograder.retroalimentacion.MensajesSinTraza",
    "autograder.retroalimentacion.SanearRespuestas",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

# Un cuaderno que no termina no detiene la calificación de la clase.
c.Execute.timeout = 120
c.Execute.interrupt_on_timeout = True

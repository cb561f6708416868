"""Preprocesador de nbgrader para la retroalimentación de los estudiantes.

En las celdas de prueba, la traza de un error muestra las líneas de la prueba oculta y las rutas
del calificador. Aquí se reemplaza por solo el mensaje final (que las pruebas escriben en
español y sin valores de referencia).
"""
from nbconvert.preprocessors import Preprocessor
from traitlets import Bool


class MensajesSinTraza(Preprocessor):
    enabled = Bool(True).tag(config=True)  # los preprocesadores de nbconvert vienen apagados

    def preprocess_cell(self, cell, resources, index):
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            for salida in cell.get("outputs", []):
                if salida.get("output_type") == "error":
                    mensaje = f"{salida.get('ename', 'Error')}: {salida.get('evalue', '')}"
                    salida["traceback"] = [mensaje]
        return cell, resources


class SanearRespuestas(Preprocessor):
    """Las respuestas escritas del estudiante (Markdown de las celdas de solución) se muestran
    como texto: la plantilla de nbgrader las pasa a HTML sin sanear, y la retroalimentación se
    abre en un navegador. Las salidas de código las sanea ``HTMLExporter.sanitize_html``."""

    enabled = Bool(True).tag(config=True)

    def preprocess_cell(self, cell, resources, index):
        import bleach

        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "markdown" and meta.get("solution"):
            cell.source = bleach.clean(cell.source)
        return cell, resources


# La plantilla de retroalimentación de nbgrader está en inglés (y la API fuerza su nombre):
# se traducen sus rótulos sobre el HTML generado.
ROTULOS = [
    ("Late submission penalty", "Penalización por entrega tardía"),
    ("Coding free-response", "Respuesta de código"),
    ("Written response", "Respuesta escrita"),
    ("Student&#39;s answer", "Tu respuesta"),
    ("Student's answer", "Tu respuesta"),
    ("Student&#39;s task", "Tu tarea"),
    ("Student's task", "Tu tarea"),
    (">Test cell<", ">Celda de prueba<"),
    ("Grade cell:", "Celda de prueba:"),
    ("<b>Comments:</b>", "<b>Comentarios:</b>"),
    (">Comment<", ">Comentario<"),
    ("(Score:", "(Puntaje:"),
    ("Score:", "Puntaje:"),
    ("(Top)", "(Arriba)"),
]


def traducir(html: str) -> str:
    for ingles, espanol in ROTULOS:
        html = html.replace(ingles, espanol)
    return html.replace("<html>", '<html lang="es">', 1)


def anotar(html: str, banderas: list[str]) -> str:
    """Pone al principio, en español y a la vista, las observaciones del calificador."""
    from html import escape

    if not banderas:
        return html
    items = "".join(f"<li>{escape(b)}</li>" for b in banderas)
    aviso = ('<div class="alert alert-warning" style="margin:1em">'
             "<b>Observaciones del calificador sobre esta entrega:</b>"
             f"<ul>{items}</ul>"
             "Si algo no te parece correcto, habla con tu instructor.</div>")
    return html.replace('<div class="container">', '<div class="container">' + aviso, 1)

"""Preprocesador de nbgrader para la retroalimentación de los estudiantes.

En las celdas de prueba, la traza de un error muestra las líneas de la prueba oculta y las rutas
del calificador. Aquí se reemplaza por solo el mensaje final (que las pruebas escriben en
español y sin valores de referencia).
"""
import re

from nbconvert.preprocessors import Preprocessor
from traitlets import Bool


class MensajesSinTraza(Preprocessor):
    """En las celdas de prueba queda solo lo que el estudiante debe ver: el diagnóstico y, si su
    código lanzó la excepción, la traza de SUS líneas (la que arma course.comprobar en el
    kernel). Una traza que pasa por las pruebas ocultas o el calificador se reduce al mensaje."""

    enabled = Bool(True).tag(config=True)  # los preprocesadores de nbconvert vienen apagados
    PROHIBIDO = ("ocultas", "autograder", "solutions", "/calificador", "HIDDEN")

    def preprocess_cell(self, cell, resources, index):
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type == "code" and meta.get("grade") and not meta.get("solution"):
            for salida in cell.get("outputs", []):
                if salida.get("output_type") != "error":
                    continue
                traza = "\n".join(salida.get("traceback", []))
                propia = salida.get("ename") == "PruebaFallida" and not any(
                    p in traza for p in self.PROHIBIDO)
                if not propia:
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
    ("No response.", "Sin respuesta."),
]

_CSS = ("<style>pre, .output_text pre, .output_error pre { white-space: pre-wrap; "
        "word-break: break-word; } math { font-size: 1.1em; }</style>")


def traducir(html: str) -> str:
    for ingles, espanol in ROTULOS:
        html = html.replace(ingles, espanol)
    # El resumen nombra cada ejercicio (no «Celda de prueba» cuatro veces).
    html = re.sub(r'<a href="#prueba_([A-Za-z0-9_]+)">Celda de prueba</a>',
                  r'<a href="#prueba_\1">Prueba de <code>\1</code></a>', html)
    html = re.sub(r'<a href="#([A-Za-z0-9_\-]+)">Respuesta escrita</a>',
                  r'<a href="#\1">Pregunta escrita <code>\1</code></a>', html)
    # Las líneas largas de los mensajes se parten en vez de cortarse en el borde.
    html = html.replace("</head>", _CSS + "</head>", 1)
    return html.replace("<html>", '<html lang="es">', 1)


def marcar_pendientes(html: str, pendientes: list[str]) -> str:
    """Las preguntas que aún se califican a mano dicen «pendiente», no «0.0», como el CSV."""
    for gid in pendientes:
        g = re.escape(gid)
        html = re.sub(rf'(<a href="#{g}">.*?</a> \(Puntaje: )[0-9.]+( / [0-9.]+\))',
                      r"\1pendiente\2", html)
        html = re.sub(rf'(<a name="{g}"></a>.*?Puntaje: )[0-9.]+( / [0-9.]+)',
                      r"\1pendiente de revisión\2", html, count=1, flags=re.S)
    if pendientes:
        html = re.sub(r"(<h4>[^<]*\(Puntaje: [0-9.]+ / [0-9.]+\))",
                      r"\1 — sin contar las preguntas escritas, que tu instructor califica a mano",
                      html, count=1)
    return html


def matematicas_sin_red(html: str) -> str:
    """Las fórmulas ($…$, $$…$$) pasan a MathML al generar el HTML: se ven sin conexión (la
    plantilla cargaba MathJax desde un CDN) y la retroalimentación no depende de nada externo."""
    from html import unescape

    from latex2mathml.converter import convert

    def a_mathml(m):
        tex, bloque = (m.group(1), True) if m.group(1) is not None else (m.group(2), False)
        try:
            return convert(unescape(tex), display="block" if bloque else "inline")
        except Exception:
            return m.group(0)

    partes = re.split(r"(<[^>]+>)", html)
    dentro = 0   # de <pre>, <code>, <script> o <style>: ahí el $ es literal
    for i, parte in enumerate(partes):
        if parte.startswith("<"):
            etiqueta = re.match(r"</?\s*([a-zA-Z0-9]+)", parte)
            if etiqueta and etiqueta.group(1).lower() in ("pre", "code", "script", "style"):
                dentro += -1 if parte.startswith("</") else 1
                dentro = max(dentro, 0)
            continue
        if dentro == 0 and "$" in parte:
            partes[i] = re.sub(r"\$\$(.+?)\$\$|\$((?:[^$\n]|\n(?!\s*\n))+?)\$", a_mathml, parte,
                               flags=re.S)
    html = "".join(partes)
    # Sin el MathJax del CDN (ya no hay nada que componer).
    return re.sub(r'<script src="https://cdnjs\.cloudflare\.com/ajax/libs/mathjax/[^"]*">\s*'
                  r'</script>', "", html)


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

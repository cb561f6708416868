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

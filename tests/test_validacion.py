"""Con el Validator de nbgrader (su CLI siempre sale con 0): la fuente pasa todo y cada celda
calificada del release falla.

El Validator ejecuta el cuaderno. Aquí se le pasa una copia sin las celdas de demostración (las
de código que no importan ni definen nada y no son de nbgrader): las celdas de prueba solo
dependen de las definiciones, y que el cuaderno ENTERO corre sin errores ya lo prueba nbval
sobre source/ (pyproject: --nbval-lax). Así cada cuaderno se ejecuta una vez, no tres.
"""
import nbformat
from nbgrader.validator import Validator

from autograder.verificacion import define_algo
from conftest import RAIZ


def _sin_demostraciones(unidad, carpeta, destino):
    ruta = sorted((RAIZ / carpeta / unidad).glob("*.ipynb"))[0]
    nb = nbformat.read(str(ruta), as_version=4)
    nb.cells = [c for c in nb.cells if c.cell_type != "code" or c.metadata.get("nbgrader")
                or define_algo(c.source)]
    copia = destino / ruta.name
    nbformat.write(nb, str(copia))
    return nb, copia


def test_la_fuente_pasa_todas_las_pruebas(unidad, tmp_path):
    _, copia = _sin_demostraciones(unidad, "source", tmp_path)
    resultado = Validator().validate(str(copia))
    assert resultado == {}, f"la fuente de {unidad} no valida: {resultado}"


def test_el_release_falla_cada_prueba(unidad, tmp_path):
    nb, copia = _sin_demostraciones(unidad, "release", tmp_path)
    calificadas = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]
    resultado = Validator().validate(str(copia))
    # Todas en «failed»: ninguna pasa sin respuesta.
    assert len(resultado.get("failed", [])) == len(calificadas), (
        f"{unidad}: fallan {len(resultado.get('failed', []))} de {len(calificadas)} celdas "
        f"calificadas en el release; todas deben fallar sin respuesta")

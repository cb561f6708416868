"""Con el Validator de nbgrader (su CLI siempre sale con 0): la fuente pasa todo y cada prueba
del release falla."""
import nbformat
from nbgrader.validator import Validator

from conftest import RAIZ


def _ruta(carpeta, unidad):
    return sorted((RAIZ / carpeta / unidad).glob("*.ipynb"))[0]


def test_la_fuente_pasa_todas_las_pruebas(unidad):
    resultado = Validator().validate(str(_ruta("source", unidad)))
    assert resultado == {}, f"la fuente de {unidad} no valida: {resultado}"


def test_el_release_falla_cada_prueba(unidad):
    ruta = _ruta("release", unidad)
    nb = nbformat.read(str(ruta), as_version=4)
    calificadas = [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]
    resultado = Validator().validate(str(ruta))
    assert len(resultado.get("failed", [])) == len(calificadas), (
        f"{unidad}: fallan {len(resultado.get('failed', []))} de {len(calificadas)} celdas "
        f"calificadas en el release; todas deben fallar sin respuesta")
    # Y ninguna pasa: el Validator invertido se queja de las que pasan.
    assert Validator(invert=True).validate(str(ruta)) == {}

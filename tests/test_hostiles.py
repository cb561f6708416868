"""Entregas hostiles y dañadas (autograder/hostiles.py): cada una obtiene la nota correcta o un
motivo claro, queda marcada cuando parece deliberada y ninguna detiene la clase. Se califican
todas juntas, en paralelo, por la cadena real."""
import hashlib

import pytest

from autograder import hostiles
from conftest import RAIZ


def _huella_del_repo():
    # Lo que una entrega de red_xor querría alterar (otras unidades pueden estar en edición).
    h = hashlib.sha256()
    for ruta in [RAIZ / "solutions" / "red_xor.py", RAIZ / "course" / "red_xor.py",
                 RAIZ / "course" / "comprobar.py", RAIZ / "source" / "red_xor" / "red_xor.ipynb",
                 *sorted((RAIZ / "autograder").glob("*.py")),
                 *sorted((RAIZ / "autograder" / "unidades" / "red_xor").glob("*.py"))]:
        h.update(ruta.read_bytes())
    return h.hexdigest()


@pytest.fixture(scope="module")
def resultado(tmp_path_factory):
    antes = _huella_del_repo()
    filas = hostiles.ejecutar(tmp_path_factory.mktemp("hostiles"), trabajadores=2, timeout=15)
    return filas, antes, _huella_del_repo()


def test_hay_al_menos_25_casos():
    assert len(hostiles.CASOS) >= 25
    assert len({c.nombre for c in hostiles.CASOS}) == len(hostiles.CASOS)


def test_ninguna_entrega_modifico_el_repositorio(resultado):
    _, antes, despues = resultado
    assert antes == despues


def test_la_clase_completa_fue_calificada(resultado):
    filas, _, _ = resultado
    assert set(filas) == {c.nombre for c in hostiles.CASOS} | {"ana_garcia"}
    assert filas["ana_garcia"]["estado"] == "calificado"
    assert float(filas["ana_garcia"]["puntaje"]) == 11 and not filas["ana_garcia"]["banderas"]


@pytest.mark.parametrize("caso", hostiles.CASOS, ids=[c.nombre for c in hostiles.CASOS])
def test_caso(resultado, caso):
    fila = resultado[0][caso.nombre]
    assert fila["estado"] == caso.estado, (
        f"{caso.nombre} ({caso.descripcion}): estado {fila['estado']} — {fila['motivo']}")
    if caso.estado != "calificado":
        assert fila["motivo"], f"{caso.nombre}: sin motivo"
    for ejercicio in [k for k in fila if k.startswith("prueba_")]:
        assert float(fila[ejercicio]) == float(caso.notas.get(ejercicio, 0)), (
            f"{caso.nombre} ({caso.descripcion}): {ejercicio} = {fila[ejercicio]}; "
            f"banderas: {fila['banderas']}")
    for fragmento in caso.banderas:
        assert fragmento in fila["banderas"], (
            f"{caso.nombre}: falta la bandera «{fragmento}» en: {fila['banderas']}")

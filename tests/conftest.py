"""Configuración común: las pruebas corren desde la raíz con course/, solutions/ y autograder/
importables, también en los kernels que lanzan nbgrader y nbval."""
import os
import re
import sys
import warnings
from pathlib import Path

import pytest

RAIZ = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RAIZ))
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(RAIZ)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p])
os.environ.setdefault("MPLBACKEND", "Agg")
warnings.filterwarnings("ignore", module="nbgrader")

from autograder.rutas import unidades  # noqa: E402

UNIDADES = unidades()


def puerto_libre() -> int:
    """Un puerto TCP de 127.0.0.1 libre en este momento (para un servidor de una prueba)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def falta(motivo: str):
    """Lo que una prueba necesita del sistema no está: en CI (.ci/run lo instala) es un fallo;
    fuera de CI, la prueba se omite."""
    (pytest.fail if os.environ.get("CI") else pytest.skip)(motivo)


@pytest.fixture(params=UNIDADES)
def unidad(request):
    return request.param


def _unidad_de(nodo: str) -> str | None:
    """La unidad a la que pertenece una prueba (parámetro [unidad...], source/<unidad>/ o la
    clase TestClase_<unidad>)."""
    for unidad in UNIDADES:
        if re.search(rf"(\[{unidad}[\]-]|/{unidad}/|_{unidad}::)", nodo):
            return unidad
    return None


def pytest_terminal_summary(terminalreporter):
    """El costo de cada archivo de pruebas y de cada unidad, en cada corrida (la suma de las
    duraciones de sus pruebas y fixtures, en segundos de un trabajador)."""
    por_archivo, por_unidad = {}, {}
    for informes in terminalreporter.stats.values():
        for informe in informes:
            duracion, nodo = getattr(informe, "duration", None), getattr(informe, "nodeid", "")
            if duracion is None or not nodo:
                continue
            archivo = nodo.split("::")[0]
            por_archivo[archivo] = por_archivo.get(archivo, 0.0) + duracion
            if unidad := _unidad_de(nodo):
                por_unidad[unidad] = por_unidad.get(unidad, 0.0) + duracion
    if not por_archivo:
        return
    escribir = terminalreporter.write_line
    terminalreporter.section("costo por archivo y por unidad (s de un trabajador)")
    for archivo, segundos in sorted(por_archivo.items(), key=lambda x: -x[1])[:10]:
        escribir(f"{segundos:8.1f}  {archivo}")
    escribir("")
    for unidad, segundos in sorted(por_unidad.items(), key=lambda x: -x[1]):
        aviso = "   ⚠ supera el presupuesto por unidad" if segundos > PRESUPUESTO_POR_UNIDAD else ""
        escribir(f"{segundos:8.1f}  {unidad}{aviso}")
    escribir(f"(presupuesto por unidad: {PRESUPUESTO_POR_UNIDAD} s; ver tests/README.md)")


# Lo que una unidad puede costar en pruebas, sumando todas las suyas (segundos de un trabajador
# de pytest-xdist). Con 14 unidades y 2 núcleos, esto deja make test por debajo de 15 minutos.
PRESUPUESTO_POR_UNIDAD = 90

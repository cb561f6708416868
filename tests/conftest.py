"""Configuración común: las pruebas corren desde la raíz con course/, solutions/ y autograder/
importables, también en los kernels que lanzan nbgrader y nbval."""
import os
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


@pytest.fixture(params=UNIDADES)
def unidad(request):
    return request.param

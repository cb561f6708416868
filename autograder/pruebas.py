"""Utilidades compartidas por las pruebas ocultas de todas las unidades."""
from __future__ import annotations

import functools

from course.comprobar import sin_revelar_valores


def oculta(prueba):
    """Decora una prueba oculta: sus mensajes nunca muestran valores de referencia."""
    @functools.wraps(prueba)
    def envoltura(*args, **kwargs):
        with sin_revelar_valores():
            return prueba(*args, **kwargs)
    return envoltura

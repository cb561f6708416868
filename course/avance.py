"""Barras de avance de los entrenamientos (tqdm).

En JupyterLab, con ipywidgets, una barra gráfica (``tqdm.notebook``); en una terminal o sin
ipywidgets, una barra de texto en la salida estándar. Nunca escribe en stderr: una celda de
prueba que escribe en stderr obtiene 0 en nbgrader aunque el código esté bien.
"""
from __future__ import annotations

import contextlib
import sys

__all__ = ["barra", "barra_de_epocas", "silencio", "un_solo_hilo"]

_CALLADA = False
_ACTUAL = None   # la barra de barra_de_epocas en curso


def _en_un_cuaderno() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and "IPKernelApp" in getattr(shell, "config", {})


def barra(total: int, descripcion: str = "", **opciones):
    """Una barra de tqdm de ``total`` pasos (callada dentro de ``silencio()``)."""
    opciones.setdefault("leave", True)
    if _en_un_cuaderno():
        try:
            import ipywidgets  # noqa: F401
            from tqdm.notebook import tqdm
            return tqdm(total=total, desc=descripcion, disable=_CALLADA, **opciones)
        except ImportError:
            pass
    from tqdm.std import tqdm
    return tqdm(total=total, desc=descripcion, file=sys.stdout, disable=_CALLADA,
                dynamic_ncols=True, **opciones)


def barra_de_epocas(actual: int, total: int, costo: float) -> None:
    """El avance de un entrenamiento época a época: llamada tras cada época (actual = 1..total)
    con su costo. La primera llamada abre la barra y la última la cierra."""
    global _ACTUAL
    if _ACTUAL is None or actual == 1 or _ACTUAL.total != total:
        if _ACTUAL is not None:
            _ACTUAL.close()
        _ACTUAL = barra(total, "épocas", unit="época")
    _ACTUAL.update(1)
    _ACTUAL.set_postfix(costo=f"{float(costo):.4f}", refresh=False)
    if actual >= total:
        _ACTUAL.close()
        _ACTUAL = None


@contextlib.contextmanager
def silencio():
    """Dentro de este bloque no se muestra ninguna barra (p. ej. un entrenamiento de una época
    que se repite dentro de otro con su propia barra)."""
    global _CALLADA
    anterior, _CALLADA = _CALLADA, True
    try:
        yield
    finally:
        _CALLADA = anterior


def un_solo_hilo():
    """Un bloque ``with`` en el que NumPy multiplica matrices con un solo hilo. Con matrices
    pequeñas (las de los laboratorios) es lo más rápido, y evita que varios hilos compitan por
    los núcleos con otros programas."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return contextlib.nullcontext()
    return threadpool_limits(limits=1)

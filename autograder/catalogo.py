"""Implementaciones de catálogo: errores típicos y soluciones alternativas correctas.

Cada unidad declara en ``autograder/unidades/<unidad>/catalogo.py`` funciones decoradas con
``@error(...)`` o ``@alternativa(...)``. El nombre de la función es ``<calificada>__<clave>``
(p. ej. ``costoGlobal__sin_1_m``); al usarla se renombra a la función calificada y se ejecuta en
un espacio de nombres como el del cuaderno, donde las demás funciones calificadas son las de
referencia. Así la misma fuente sirve para:

- las pruebas (cada error debe perder puntos, cada alternativa debe obtener todos),
- los diagnósticos de las pruebas ocultas (si la salida del estudiante coincide con la de un
  error catalogado, se le explica ese error),
- la clase de muestra (los cuadernos de estudiantes ficticios se escriben con estas fuentes).
"""
from __future__ import annotations

import ast
import importlib
import inspect
import re
import textwrap
import types
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from course.comprobar import Sospecha


@dataclass(frozen=True)
class Implementacion:
    funcion: str            # nombre de la función calificada que reemplaza
    clave: str              # identificador corto, sin espacios
    explicacion: str        # en español: qué hace mal (o de qué forma distinta lo hace bien)
    fuente: str             # código de la función, ya renombrada a ``funcion``
    correcta: bool
    # Fragmento que el mensaje de la prueba debe contener al detectarla (solo errores).
    mensaje: str = ""
    # Solo la detectan las pruebas ocultas (p. ej. una respuesta escrita a mano para la visible).
    solo_oculta: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def id(self) -> str:
        return f"{self.funcion}__{self.clave}"

    def compilar(self, espacio: dict) -> Callable:
        """Ejecuta la fuente en ``espacio`` (que se modifica) y devuelve la función."""
        exec(compile(self.fuente, f"<catalogo {self.id}>", "exec"), espacio)
        return espacio[self.funcion]


def _registrar(correcta: bool, explicacion: str, mensaje: str = "", solo_oculta: bool = False):
    def decorador(fn):
        funcion, _, clave = fn.__name__.partition("__")
        if not clave:
            raise ValueError(f"{fn.__name__}: el nombre debe ser <funcion>__<clave>")
        fuente = textwrap.dedent(inspect.getsource(fn))
        inicio = ast.parse(fuente).body[0].lineno  # la línea del def, sin los decoradores
        fuente = "\n".join(fuente.splitlines()[inicio - 1:])
        fuente = re.sub(rf"^def {re.escape(fn.__name__)}\(", f"def {funcion}(", fuente, count=1,
                        flags=re.M)
        fn.implementacion = Implementacion(funcion, clave, explicacion, fuente + "\n", correcta,
                                           mensaje, solo_oculta)
        return fn
    return decorador


def error(explicacion: str, *, mensaje: str, solo_oculta: bool = False):
    """Marca un error típico. ``mensaje``: lo que el diagnóstico de la prueba debe decir."""
    return _registrar(False, explicacion, mensaje, solo_oculta)


def alternativa(explicacion: str):
    """Marca una solución correcta escrita de otra forma: debe obtener todos los puntos."""
    return _registrar(True, explicacion)


def implementaciones(unidad: str) -> list[Implementacion]:
    """Errores y alternativas declarados por la unidad, en orden de aparición."""
    modulo = importlib.import_module(f"autograder.unidades.{unidad}.catalogo")
    encontrados = [obj.implementacion for obj in vars(modulo).values()
                   if isinstance(obj, types.FunctionType) and hasattr(obj, "implementacion")]
    lineas = {imp.id: i for i, imp in enumerate(encontrados)}
    return sorted(encontrados, key=lambda imp: lineas[imp.id])


def errores(unidad: str, funcion: str | None = None) -> list[Implementacion]:
    return [i for i in implementaciones(unidad)
            if not i.correcta and (funcion is None or i.funcion == funcion)]


def alternativas(unidad: str, funcion: str | None = None) -> list[Implementacion]:
    return [i for i in implementaciones(unidad)
            if i.correcta and (funcion is None or i.funcion == funcion)]


def espacio_de_referencia(unidad: str) -> dict:
    """Un espacio de nombres como el del cuaderno resuelto: np y todas las funciones de la
    solución de referencia."""
    referencia = importlib.import_module(f"solutions.{unidad}")
    espacio = {"np": np, "__name__": "__catalogo__"}
    espacio.update({k: v for k, v in vars(referencia).items() if not k.startswith("_")})
    return espacio


def sospechas(unidad: str, funcion: str, args: tuple, nombres: Sequence[str], *,
              incluir_ocultos: bool = True) -> dict:
    """Salida de cada error catalogado de ``funcion`` en ``args``, como sospechas por nombre de
    salida: {"dw1": [Sospecha(...), ...], ...}. Un error que falla en estas entradas se omite."""
    resultado: dict[str, list[Sospecha]] = {n: [] for n in nombres}
    for imp in errores(unidad, funcion):
        if imp.solo_oculta and not incluir_ocultos:
            continue
        fn = imp.compilar(espacio_de_referencia(unidad))
        try:
            with np.errstate(all="ignore"):
                salida = fn(*[a.copy() if isinstance(a, np.ndarray) else a for a in args])
        except Exception:
            continue
        partes = salida if len(nombres) > 1 else (salida,)
        if not isinstance(partes, (tuple, list)) or len(partes) != len(nombres):
            continue
        for nombre, valor in _por_nombre(nombres, partes):
            try:
                valor = np.asarray(valor, dtype=float)
            except (TypeError, ValueError):
                continue
            resultado.setdefault(nombre, []).append(Sospecha(valor, imp.explicacion))
    return resultado


def _por_nombre(nombres: Sequence[str], partes) -> list[tuple]:
    """(nombre, valor) de cada salida; una salida diccionario (p. ej. los gradientes
    {"dW1": ..., "db1": ...}) aporta cada clave con su propio nombre, que es como la revisan
    las pruebas (sospechas_de(extra, "dW1"))."""
    pares = []
    for nombre, valor in zip(nombres, partes):
        pares += list(valor.items()) if isinstance(valor, dict) else [(nombre, valor)]
    return pares


def calcular_huellas(unidad: str) -> dict:
    """Salidas de los errores del catálogo con las entradas de las pruebas visibles
    (ver course/huellas), ya redondeadas como se guardan. Se omiten las que coinciden con la
    salida correcta."""
    from course import huellas

    modulo = importlib.import_module(f"course.{unidad}")
    referencia = importlib.import_module(f"solutions.{unidad}")
    resultado = {}
    for funcion, nombres in modulo.SALIDAS.items():
        args = modulo.entradas_visibles(funcion)
        correcta = getattr(referencia, funcion)(*args)
        correctas = dict(_por_nombre(nombres, correcta if len(nombres) > 1 else (correcta,)))
        por_salida = {}
        for nombre, lista in sospechas(unidad, funcion, args, nombres,
                                       incluir_ocultos=False).items():
            try:
                ok = np.asarray(correctas[nombre], dtype=float)
            except (KeyError, TypeError, ValueError):
                continue  # salidas no numéricas (textos) o claves que la referencia no da
            utiles = [[huellas.redondear(s.valor), s.diagnostico] for s in lista
                      if not (s.valor.shape == ok.shape and np.allclose(s.valor, ok))]
            if utiles:
                por_salida[nombre] = utiles
        resultado[funcion] = por_salida
    return resultado


def ruta_huellas(unidad: str):
    from course import huellas
    return huellas.CARPETA / f"{unidad}.json"


def escribir_huellas(unidad: str) -> None:
    import json
    ruta = ruta_huellas(unidad)
    ruta.write_text(json.dumps(calcular_huellas(unidad), ensure_ascii=False, indent=1,
                               allow_nan=False) + "\n", encoding="utf-8")


def evaluar(unidad: str, funcion: str, fn: Callable) -> tuple[bool, str]:
    """Aplica a ``fn`` la prueba visible y luego la oculta de ``funcion``, como la celda de
    prueba del cuaderno. Devuelve (pasó, mensaje del primer fallo o "")."""
    import contextlib
    import io

    visibles = importlib.import_module(f"course.{unidad}")
    ocultas = importlib.import_module(f"autograder.unidades.{unidad}.ocultas")
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            getattr(visibles, f"probar_{funcion}")(fn)
        except AssertionError as fallo:
            return False, str(fallo)
        except Exception as e:  # lo que devolvió el estudiante rompió la revisión
            return False, _no_se_pudo_revisar(funcion, e)
        try:
            getattr(ocultas, f"probar_{funcion}")(fn)
        except AssertionError as fallo:
            # El estudiante vio «✔» en su cuaderno: se le dice que lo que falló es otra prueba.
            return False, ("Las pruebas visibles pasaron, pero una prueba oculta, con otras "
                           f"entradas, no: {fallo}")
        except Exception as e:
            return False, _no_se_pudo_revisar(funcion, e)
    return True, ""


def _no_se_pudo_revisar(funcion: str, e: Exception) -> str:
    """Una excepción dentro de la prueba (no del estudiante, que ``llamar`` ya traduce): lo que
    devolvió no se pudo revisar. La referencia y las alternativas nunca llegan aquí
    (tests/test_catalogo.py), así que no oculta fallos de las pruebas."""
    return (f"`{funcion}` devolvió algo que la prueba no pudo revisar (al revisarlo hubo un "
            f"{type(e).__name__}): se esperaban números o arreglos de NumPy con las formas "
            f"pedidas.")

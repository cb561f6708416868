"""Comprobaciones compartidas por las pruebas de todas las unidades.

Cada prueba revisa en este orden: tipo → forma → valores → errores típicos, y se detiene en el
primer problema con un mensaje en español que dice qué está mal y dónde mirar. Las pruebas
visibles (en ``course/<unidad>.py``) y las ocultas (en ``autograder/unidades/<unidad>/``) usan
estas mismas funciones; solo cambia de dónde sale el valor esperado.

Ninguna función de aquí conoce la solución de un ejercicio: solo compara.
"""
from __future__ import annotations

import contextlib
import contextvars
import copy
import warnings
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

import numpy as np

__all__ = [
    "PruebaFallida",
    "miles",
    "cerca",
    "patron",
    "Sospecha",
    "llamar",
    "comprobar_tupla",
    "comprobar_arreglo",
    "comprobar_escalar",
    "comprobar_valores",
    "nombrar_error_conocido",
    "sospechas_de",
    "comprobar_lista_de_escalares",
    "sospechas_de_escala",
    "comprobar_trayectoria",
    "comprobar_entrenamiento",
    "comprobar_costo_nulo",
    "exito",
    "sin_revelar_valores",
]


# Las pruebas ocultas no deben revelar valores de referencia en sus mensajes.
_REVELAR = contextvars.ContextVar("revelar_valores_esperados", default=True)


@contextlib.contextmanager
def sin_revelar_valores():
    """Dentro de este bloque los mensajes no muestran valores esperados (pruebas ocultas)."""
    token = _REVELAR.set(False)
    try:
        yield
    finally:
        _REVELAR.reset(token)


class PruebaFallida(AssertionError):
    """Una prueba no pasó. El mensaje explica el problema en español."""


def fallar(mensaje: str) -> None:
    raise PruebaFallida(mensaje)


@dataclass(frozen=True)
class Sospecha:
    """Un error típico reconocible por su resultado: si lo obtenido coincide con ``valor``,
    el mensaje ``diagnostico`` explica la causa probable."""

    valor: Any
    diagnostico: str


def _copiar(arg):
    # Copiamos los argumentos: una solución que actualiza en el lugar (w1 -= ...) es correcta y
    # no debe alterar los datos de la prueba ni los de la referencia.
    if isinstance(arg, np.ndarray):
        return arg.copy()
    return copy.deepcopy(arg)


def llamar(funcion: Callable, *args, nombre: str | None = None, **kwargs):
    """Llama a la función del estudiante con copias de los argumentos.

    Los avisos de NumPy (desbordes, log(0), ...) se capturan en vez de escribirse en stderr:
    nbgrader pone 0 a cualquier celda de prueba que escriba en stderr, aunque el código sea
    correcto. Si el resultado sale mal, el aviso se menciona en el mensaje.
    Devuelve ``(resultado, avisos)`` con ``avisos`` una lista de textos.
    """
    nombre = nombre or getattr(funcion, "__name__", "la función")
    if not callable(funcion):
        fallar(f"`{nombre}` no es una función (es de tipo {type(funcion).__name__}). "
               f"¿La sobrescribiste con un valor en otra celda?")
    args = [_copiar(a) for a in args]
    kwargs = {k: _copiar(v) for k, v in kwargs.items()}
    with warnings.catch_warnings(record=True) as capturados, np.errstate(all="warn"):
        warnings.simplefilter("always")
        try:
            resultado = funcion(*args, **kwargs)
        except NotImplementedError:
            raise PruebaFallida(
                f"`{nombre}` todavía no está implementada: reemplaza "
                f"`raise NotImplementedError()` por tu código.") from None
        except PruebaFallida:
            raise
        except Exception as error:  # el estudiante ve también la traza original (from error)
            raise PruebaFallida(
                f"`{nombre}` lanzó {type(error).__name__}: {error}.{_pista_de(error)} "
                f"Revisa la traza de arriba para ver en qué línea de tu código ocurrió.") from error
    avisos = sorted({f"{type(w.message).__name__}: {w.message}" for w in capturados})
    return resultado, avisos


def _pista_de(error: Exception) -> str:
    """Lo que suele estar detrás de un error de NumPy conocido."""
    texto = str(error)
    if isinstance(error, ValueError) and "could not be broadcast together" in texto:
        return (" Eso pasa al operar elemento a elemento arreglos de formas incompatibles: "
                "¿usaste * (producto elemento a elemento) donde va @ (producto matricial)?")
    if isinstance(error, ValueError) and ("matmul" in texto or "not aligned" in texto):
        return (" Las dimensiones interiores de un producto matricial no coinciden: ¿falta o "
                "sobra una transposición (.T)?")
    return ""


def _texto_avisos(avisos: Sequence[str]) -> str:
    if not avisos:
        return ""
    return " Durante la llamada NumPy avisó: " + "; ".join(avisos) + "."


def comprobar_tupla(valor, nombres: Sequence[str], funcion: str) -> tuple:
    """Comprueba que ``valor`` sea una tupla (o lista) con un elemento por nombre."""
    n = len(nombres)
    esperado = "(" + ", ".join(nombres) + ")"
    if valor is None:
        fallar(f"`{funcion}` devolvió None. ¿Olvidaste el `return {', '.join(nombres)}`?")
    if not isinstance(valor, (tuple, list)):
        fallar(f"`{funcion}` debe devolver la tupla {esperado}, pero devolvió un "
               f"{type(valor).__name__}.")
    if len(valor) != n:
        fallar(f"`{funcion}` debe devolver {n} valores {esperado}, pero devolvió {len(valor)}.")
    return tuple(valor)


def _pista_de_forma(forma: tuple, esperada: tuple, nombre: str, referencia: str | None) -> str:
    ref = f" y {referencia} {esperada}" if referencia else f"; se esperaba {esperada}"
    base = f"{nombre} tiene forma {forma}{ref}"
    if len(forma) == 2 and len(esperada) == 2 and forma == esperada[::-1] and forma != esperada:
        return base + ": ¿olvidaste transponer?"
    if len(forma) == 1 and len(esperada) == 2 and esperada[1] == 1 and forma[0] == esperada[0]:
        return base + ": falta la segunda dimensión; usa keepdims=True al sumar o .reshape(-1, 1)."
    if len(forma) == 1 and len(esperada) == 2 and esperada[0] == 1 and forma[0] == esperada[1]:
        return base + ": perdiste la dimensión de las filas; usa .reshape(1, -1) o keepdims=True."
    es_sesgo = (referencia or "").startswith("b")
    if (es_sesgo and len(forma) == 2 and len(esperada) == 2 and esperada[1] == 1
            and forma[0] == esperada[0] and forma[1] > 1):
        return (base + ": parece que no sumaste sobre los ejemplos (las columnas). "
                "Usa np.sum(..., axis=1, keepdims=True).")
    if len(forma) == 0:
        return base + ": devolviste un escalar donde se esperaba un arreglo."
    if len(forma) == len(esperada) and forma[:-1] == esperada[:-1]:
        return (base + ": la última dimensión es la de los ejemplos (m). ¿Tu código supone un "
                "número fijo de ejemplos? Usa X.shape[1].")
    return base + "."


def comprobar_arreglo(valor, nombre: str, forma: tuple, *, referencia: str | None = None,
                      avisos: Sequence[str] = ()) -> np.ndarray:
    """Tipo y forma de un arreglo: ndarray numérico de forma ``forma``, sin NaN ni infinitos.

    ``referencia`` nombra el arreglo con el que debe coincidir la forma (p. ej. "w1"), para
    mensajes como «dw1 tiene forma (3, 4) y w1 (4, 3): ¿olvidaste transponer?».
    """
    if isinstance(valor, (list, tuple)):
        fallar(f"{nombre} debe ser un arreglo de NumPy (np.ndarray), no un {type(valor).__name__}.")
    if not isinstance(valor, np.ndarray):
        fallar(f"{nombre} debe ser un arreglo de NumPy (np.ndarray), pero es de tipo "
               f"{type(valor).__name__}.")
    if type(valor) is not np.ndarray:
        valor = np.asarray(valor)  # subclases (np.matrix, ...) se comparan como arreglos simples
    if not np.issubdtype(valor.dtype, np.number) or np.issubdtype(valor.dtype, np.complexfloating):
        fallar(f"{nombre} debe contener números reales, pero su dtype es {valor.dtype}.")
    if valor.shape != tuple(forma):
        fallar(_pista_de_forma(valor.shape, tuple(forma), nombre, referencia))
    if not np.all(np.isfinite(valor)):
        fallar(f"{nombre} contiene NaN o infinitos.{_texto_avisos(avisos)} Suele venir de "
               f"log(0), de una división por cero o de un desborde en np.exp.")
    return valor


def comprobar_escalar(valor, nombre: str, *, avisos: Sequence[str] = (),
                      acepta_un_elemento: bool = False) -> float:
    """Tipo de un escalar: float de Python o de NumPy, finito. Devuelve el float.

    Con ``acepta_un_elemento`` también vale un arreglo de un solo elemento ((1,), (1, 1)), para
    los ejercicios cuyo enunciado no exige reducirlo a un número.
    """
    if isinstance(valor, np.ndarray) and acepta_un_elemento and valor.size == 1:
        valor = valor.reshape(())
    if isinstance(valor, np.ndarray):
        if valor.ndim == 0:
            valor = valor[()]
        else:
            fallar(f"{nombre} debe ser un número (float), pero es un arreglo de forma "
                   f"{valor.shape}. Usa np.sum/np.mean sin keepdims o conviértelo con float().")
    if isinstance(valor, (bool, np.bool_)) or not isinstance(valor, (int, float, np.integer,
                                                                    np.floating)):
        fallar(f"{nombre} debe ser un número (float), pero es de tipo {type(valor).__name__}.")
    valor = float(valor)
    if not np.isfinite(valor):
        fallar(f"{nombre} vale {valor}.{_texto_avisos(avisos)} Suele venir de log(0): recorta "
               f"las predicciones lejos de 0 y 1 (np.clip) antes del logaritmo.")
    return valor


def comprobar_valores(obtenido, esperado, nombre: str, *, sospechas: Iterable[Sospecha] = (),
                      rtol: float = 1e-5, atol: float = 1e-7, pista: str = "") -> None:
    """Valores: compara con tolerancia y, si no coinciden, busca un error típico conocido.

    Las sospechas se revisan después de los valores (si ya coincide, no hay nada que
    diagnosticar) y se informa la primera que coincida con lo obtenido.
    """
    obtenido_arr = np.asarray(obtenido, dtype=float)
    esperado_arr = np.asarray(esperado, dtype=float)
    nombrar_error_conocido(obtenido_arr, esperado_arr, nombre, sospechas, rtol=rtol, atol=atol)
    if not _coincide(obtenido_arr, esperado_arr, rtol, atol):
        fallar(f"{nombre} no tiene los valores esperados. "
               f"{_diferencia(obtenido_arr, esperado_arr)}" + (f" {pista}" if pista else ""))


def nombrar_error_conocido(obtenido, esperado, nombre: str, sospechas: Iterable[Sospecha], *,
                           rtol: float = 1e-7, atol: float = 1e-9) -> None:
    """Si ``obtenido`` no es lo esperado pero coincide con un error típico, falla nombrándolo;
    si no coincide con ninguno, no dice nada (lo revisan las comprobaciones generales).

    Las sospechas se comparan con una tolerancia no más estricta que rtol = 1e-6, atol = 1e-9:
    las huellas guardan las salidas de los errores con 10 cifras significativas y otra CPU da
    otros últimos bits. Un error que produce NaN se reconoce por producir NaN en los mismos
    lugares (y lo demás igual), no comparando NaN con NaN.
    """
    obtenido = np.asarray(obtenido, dtype=float)
    if _coincide(obtenido, np.asarray(esperado, dtype=float), rtol, atol):
        return
    rtol_s, atol_s = max(rtol, 1e-6), max(atol, 1e-9)
    for sospecha in sospechas:
        if _coincide(obtenido, np.asarray(sospecha.valor, dtype=float), rtol_s, atol_s):
            fallar(f"{nombre} no es correcto: {sospecha.diagnostico}")


def sospechas_de(extra: dict | None, nombre: str) -> list[Sospecha]:
    """Las sospechas que una prueba oculta calculó para la salida ``nombre`` (las pruebas
    visibles no traen ``extra``: usan las huellas)."""
    return list((extra or {}).get(nombre, []))


def _coincide(obtenido: np.ndarray, esperado: np.ndarray, rtol: float, atol: float) -> bool:
    # equal_nan: un NaN coincide solo con un NaN en el mismo lugar (la referencia nunca los
    # tiene; algunas huellas de errores sí).
    return obtenido.shape == esperado.shape and bool(
        np.allclose(obtenido, esperado, rtol=rtol, atol=atol, equal_nan=True))


def _diferencia(obtenido: np.ndarray, esperado: np.ndarray) -> str:
    if not _REVELAR.get():
        if obtenido.ndim == 0:
            return "El valor no coincide con el de referencia en una prueba oculta."
        malos = int(np.sum(~np.isclose(obtenido, esperado, rtol=1e-5, atol=1e-7)))
        return (f"{malos} de {obtenido.size} elementos no coinciden con la referencia en una "
                f"prueba oculta con otras entradas (forma {obtenido.shape}).")
    if obtenido.ndim == 0:
        return f"Obtuviste {float(obtenido):.8g} y se esperaba {float(esperado):.8g}."
    dif = np.abs(obtenido - esperado)
    donde = np.unravel_index(int(np.argmax(dif)), dif.shape)
    malos = int(np.sum(~np.isclose(obtenido, esperado, rtol=1e-5, atol=1e-7)))
    return (f"{malos} de {obtenido.size} elementos difieren; la mayor diferencia está en el "
            f"índice {tuple(int(i) for i in donde)}: obtuviste {obtenido[donde]:.8g} y se "
            f"esperaba {esperado[donde]:.8g}.")


def comprobar_lista_de_escalares(valor, nombre: str, n: int) -> np.ndarray:
    """Una lista (o arreglo 1-D) de ``n`` números finitos, p. ej. la historia de costos."""
    if isinstance(valor, np.ndarray):
        if valor.ndim != 1:
            fallar(f"{nombre} debe ser una lista (o arreglo 1-D) de {n} números, pero es un "
                   f"arreglo de forma {valor.shape}.")
        valores = list(valor)
    elif isinstance(valor, (list, tuple)):
        valores = list(valor)
    else:
        fallar(f"{nombre} debe ser una lista de números, pero es de tipo {type(valor).__name__}.")
    if len(valores) != n:
        fallar(f"{nombre} debe tener exactamente {n} valor{'es' if n != 1 else ''} (uno por "
               f"iteración), pero tiene {len(valores)}.")
    return np.array([comprobar_escalar(v, f"{nombre}[{i}]") for i, v in enumerate(valores)])


def comprobar_trayectoria(params, iniciales, costos, costos_ref, iteraciones: int, *,
                          funcion: str = "entrenarRed", inicio: str = "los que recibió",
                          primer_costo: str = "calcula el costo justo después de feedForward",
                          regla: str = "θ ← θ − lr·dθ", otra_causa: str = "") -> None:
    """Errores típicos de un bucle de descenso de gradiente, vistos desde su resultado: no
    devolver los parámetros actualizados, guardar el costo después de actualizar (la historia
    queda desplazada una iteración) y subir por el gradiente.

    Argumentos:
        params, iniciales: parámetros devueltos y con los que empezó el bucle (listas de
            arreglos o números).
        costos, costos_ref: historia del estudiante y de la referencia, forma (iteraciones,).
        funcion, inicio, primer_costo, regla, otra_causa: textos de la unidad para los
            mensajes (nombre de la función, cuáles son los parámetros iniciales, qué es el
            primer costo, la regla de actualización y otra causa posible de que el costo suba).
    """
    costos = np.asarray(costos, dtype=float)
    costos_ref = np.asarray(costos_ref, dtype=float)
    if iteraciones > 1 and all(np.allclose(p, q) for p, q in zip(params, iniciales)):
        fallar(f"{funcion} devolvió los parámetros iniciales ({inicio}) sin cambios: ¿olvidaste "
               f"devolver los parámetros actualizados (o asignar el resultado de la "
               f"actualización)?")
    desplazado = np.allclose(costos[:-1], costos_ref[1:], rtol=1e-6) and not np.allclose(
        costos[0], costos_ref[0], rtol=1e-6)
    if iteraciones > 2 and desplazado:
        fallar(f"costos está desplazado una iteración: costos[i] debe ser el costo ANTES de la "
               f"actualización i, no después de actualizar ({primer_costo}).")
    if iteraciones > 2 and costos[-1] > costos[0] and costos_ref[-1] < costos_ref[0]:
        fallar(f"El costo sube durante el entrenamiento: ¿sumas el gradiente en vez de "
               f"restarlo{otra_causa}? La actualización es {regla}.")


def comprobar_entrenamiento(params, finales, nombres, costos, costos_ref, iniciales,
                            iteraciones: int, *, extra=None, rtol: float = 1e-5,
                            atol: float = 1e-8, funcion: str = "entrenarRed",
                            costo: str = "costoGlobal", pista_costos: str = "") -> None:
    """Los resultados de un bucle de entrenamiento (parámetros finales y la historia de costos),
    con los diagnósticos en el orden que apunta al lugar correcto:

    1. un error conocido por su resultado (huellas o sospechas: p. ej. el de una retropropagación
       sin 1/m) antes que cualquier diagnóstico genérico del bucle;
    2. parámetros correctos y costos no: el costo que se guarda viene de ``costo``;
    3. los diagnósticos del bucle (comprobar_trayectoria);
    4. los valores, con sus pistas.
    """
    costos = np.asarray(costos, dtype=float)
    costos_ref = np.asarray(costos_ref, dtype=float)
    for valor, ref, nombre in zip(list(params) + [costos], list(finales) + [costos_ref],
                                  list(nombres) + ["costos"]):
        etiqueta = "costos" if nombre == "costos" else f"{nombre} final"
        nombrar_error_conocido(valor, ref, etiqueta, sospechas_de(extra, nombre),
                               rtol=rtol, atol=atol)
    parametros_bien = all(_coincide(np.asarray(p, dtype=float), np.asarray(r, dtype=float),
                                    rtol, atol) for p, r in zip(params, finales))
    if parametros_bien and not _coincide(costos, costos_ref, rtol, atol):
        fallar(f"Los parámetros finales de {funcion} son correctos, pero costos no: lo que se "
               f"guarda en costos es lo que devuelve {costo}. ¿Pasa tu {costo} su prueba? Si ya "
               f"pasa, revisa que guardes el costo de cada iteración ANTES de actualizar.")
    comprobar_trayectoria(params, iniciales, costos, costos_ref, iteraciones, funcion=funcion)
    comprobar_valores(costos, costos_ref, "costos", rtol=rtol, atol=atol, pista=pista_costos)
    for p, ref, n in zip(params, finales, nombres):
        comprobar_valores(p, ref, f"{n} final", rtol=rtol, atol=atol,
                          pista=f"Revisa la actualización {n} ← {n} − lr·d{n}.")


def comprobar_costo_nulo(funcion: Callable, *args, nombre: str,
                         situacion: str = "ŷ = y, con ceros y unos exactos", tol: float = 1e-6,
                         acepta_un_elemento: bool = False) -> None:
    """Con predicciones perfectas el costo debe ser ~0: ni NaN por 0·log(0) ni un valor que
    solo se acerca a 0 por un recorte demasiado grueso. Llama a ``funcion(*args)``."""
    salida, avisos = llamar(funcion, *args, nombre=nombre)
    costo = comprobar_escalar(salida, f"El costo con predicciones perfectas ({situacion})",
                              avisos=avisos, acepta_un_elemento=acepta_un_elemento)
    if not abs(costo) < tol:
        fallar(f"Con predicciones perfectas ({situacion}) el costo debe ser ~0, pero obtuviste "
               f"{costo:.6g}.")


def sospechas_de_escala(esperado, m: int, *, variable: str = "m") -> list[Sospecha]:
    """Errores típicos que solo cambian la escala o el signo del resultado correcto."""
    esperado = np.asarray(esperado, dtype=float)
    return [
        Sospecha(-esperado, "tiene el signo cambiado: ¿te falta o te sobra un menos en la "
                            "fórmula?"),
        Sospecha(esperado * m, f"vale {m} veces lo esperado: ¿olvidaste dividir entre "
                               f"{variable} (el número de ejemplos)?"),
        Sospecha(-esperado * m, f"vale −{m} veces lo esperado: ¿olvidaste dividir entre "
                                f"{variable} y además cambiaste el signo?"),
        Sospecha(esperado / m, f"vale lo esperado dividido entre {m}: ¿dividiste dos veces "
                               f"entre {variable}?"),
    ]


def _es_del_curso(archivo: str) -> bool:
    import os
    return os.path.dirname(os.path.abspath(archivo)).startswith(
        os.path.dirname(os.path.abspath(__file__)))


def _lineas_propias(traza) -> list[str]:
    """Las líneas de la traza que son del estudiante (ni de course/ ni de IPython)."""
    import traceback

    propias = [f for f in traceback.extract_tb(traza) if not _es_del_curso(f.filename)
               and "site-packages" not in f.filename and "/IPython/" not in f.filename]
    return [l.rstrip("\n") for l in traceback.format_list(propias)]


def _nombre_de_la_funcion(traza) -> str:
    import traceback

    marcos = [f for f in traceback.extract_tb(traza) if not _es_del_curso(f.filename)]
    return marcos[-1].name if marcos else "la función"


def mostrar_en_ipython(shell, etype, value, tb, tb_offset=None):
    """Cómo muestra IPython los errores que pasan por ``course``: primero y solo el diagnóstico
    en español, sin la traza por dentro del paquete del curso.

    - Una PruebaFallida: su mensaje y, si la causa fue una excepción del código del
      estudiante, la traza de SUS líneas antes, para que vea dónde ocurrió.
    - Un NotImplementedError de un esbozo (llamado por una ayuda del curso): qué función falta.
    - Otra excepción lanzada dentro del código del estudiante cuando lo llamó el curso: sus
      líneas y el error. Todo lo demás se muestra como siempre.
    """
    rojo, fin = "\x1b[0;31m", "\x1b[0m"
    if isinstance(value, SyntaxError):
        shell.showsyntaxerror()
        return []
    del_curso = any(_es_del_curso(f.filename) for f in __import__("traceback").extract_tb(tb))
    if isinstance(value, PruebaFallida):
        lineas = []
        causa = value.__cause__
        if causa is not None and causa.__traceback__ is not None:
            propias = _lineas_propias(causa.__traceback__)
            if propias:
                lineas += ["Tu código lanzó una excepción (traza de tus líneas):", *propias,
                           f"{type(causa).__name__}: {causa}", ""]
        lineas.append(f"{rojo}✘ Prueba no superada{fin}: {value}")
    elif isinstance(value, NotImplementedError) and del_curso:
        lineas = [f"{rojo}✘ `{_nombre_de_la_funcion(tb)}` todavía no está implementada{fin}: "
                  f"esta celda la usa. Escribe tu código en su celda (reemplaza "
                  f"`raise NotImplementedError()`) y ejecútala antes que esta."]
    elif del_curso and _lineas_propias(tb):
        lineas = ["Tu código lanzó una excepción (traza de tus líneas):", *_lineas_propias(tb),
                  f"{rojo}{etype.__name__}{fin}: {value}"]
    else:
        lineas = shell.InteractiveTB.structured_traceback(etype, value, tb,
                                                          tb_offset=tb_offset)
    shell._showtraceback(etype, value, lineas)
    return lineas


def instalar_en_ipython() -> None:
    """En un kernel de IPython, los errores que pasan por ``course`` se muestran con
    ``mostrar_en_ipython``."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is not None and hasattr(shell, "set_custom_exc"):
        shell.set_custom_exc((Exception,), mostrar_en_ipython)


def cerca(a, b, rtol: float = 1e-6, atol: float = 1e-9) -> bool:
    """¿a y b son arreglos numéricos de la misma forma y valores cercanos? Lo que no se puede
    convertir en arreglo de floats no está cerca de nada."""
    try:
        a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    except (TypeError, ValueError):
        return False
    return a.shape == b.shape and bool(np.allclose(a, b, rtol=rtol, atol=atol))


def patron(forma, escala: float, fase: float) -> np.ndarray:
    """Un arreglo fijo de la forma dada (valores de un coseno), sin azar: entradas de prueba
    que no dependen de ningún generador."""
    n = int(np.prod(forma))
    return escala * np.cos(1.7 * np.arange(n) + fase).reshape(forma)


def miles(n: int) -> str:
    """Un entero con los miles separados por el espacio fino del curso: 10240 → «10 240»."""
    return f"{int(n):,}".replace(",", "\u202f")


def exito(mensaje: str) -> None:
    """Mensaje final de una prueba visible que pasó (a stdout, nunca a stderr)."""
    print(f"✔ {mensaje}")

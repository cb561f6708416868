"""Proceso hijo aislado: ejecuta el código del estudiante y responde llamadas con datos planos.

Este archivo es autosuficiente (solo biblioteca estándar y NumPy): el calificador lo ejecuta
encerrado (``autograder.encierro``), ya como un usuario sin privilegios, en una raíz donde solo
existe lo que tiene un estudiante (Python, NumPy, el paquete ``course``); sin red y con límites
de memoria, CPU, tamaño de archivos y procesos.

Protocolo (JSON con prefijo de longitud, por los descriptores que indica el plan):
    → {"celdas": [código, ...]}   ← por celda {"inicio": i}, {"celda": i, "estado": ...}; {"fin": true}
    → {"llamar": nombre, "args": [...], "kwargs": {...}}
                                             ← {"ok": valor} | {"error": tipo, "mensaje": texto}
    → {"metodo": nombre, "objeto": n, "args": ..., "kwargs": ...}   (igual que llamar)
    → {"atributo": nombre, "objeto": n}      ← {"ok": valor} | {"metodo": true} | {"error": ...}
Los valores son JSON con arreglos de NumPy como {"__nd__": base64 de np.save} (sin pickle).
Nada que devuelva el estudiante cruza salvo números, arreglos, listas, tuplas, None y, para los
objetos de sus clases, un número que los identifica (el objeto se queda en el hijo).
"""
from __future__ import annotations

import base64
import io
import json
import os
import struct
import sys

import numpy as np

# ---------------------------------------------------------------------------------------------
# Codificación (la usan el hijo y el padre)
# ---------------------------------------------------------------------------------------------

MAX_MENSAJE = 64 * 1024 * 1024  # un arreglo de MNIST ocupa ~5 MB; más no es razonable

# Referencias propias a los builtins: el estudiante puede reemplazar builtins.isinstance & cía.
# en su proceso, pero eso no debe romper la codificación de sus respuestas.
isinstance, callable, getattr, type, len = isinstance, callable, getattr, type, len  # noqa: A001


class TipoNoPermitido(TypeError):
    pass


def codificar(valor, profundidad: int = 0, registrar=None):
    """Valor de Python/NumPy → estructura JSON. Solo datos planos.

    ``registrar`` (solo en el hijo): los objetos de clases que definió el estudiante (p. ej. una
    puerta de un grafo de cómputo) se quedan en el hijo y viajan como un número
    ({"__objeto__": n}); el calificador llama a sus métodos con pedidos aparte."""
    if profundidad > 8:
        raise TipoNoPermitido("estructura demasiado anidada")
    remoto = getattr(valor, "_id_remoto", None) if type(valor).__module__ != "__main__" else None
    if isinstance(remoto, int):
        return {"__objeto__": remoto}
    if valor is None or isinstance(valor, (bool, str)):
        return valor
    if isinstance(valor, (int, np.integer)) and not isinstance(valor, bool):
        return int(valor)
    if isinstance(valor, (float, np.floating)):
        return {"__float__": repr(float(valor))}  # conserva nan/inf y todos los dígitos
    if isinstance(valor, np.bool_):
        return bool(valor)
    if isinstance(valor, np.ndarray):
        arreglo = np.array(valor, copy=True, subok=False)
        if arreglo.dtype == object or arreglo.dtype.kind not in "biufc":
            raise TipoNoPermitido(f"arreglo con dtype {arreglo.dtype}")
        buffer = io.BytesIO()
        np.save(buffer, arreglo, allow_pickle=False)
        return {"__nd__": base64.b64encode(buffer.getvalue()).decode("ascii")}
    if isinstance(valor, tuple):
        return {"__tupla__": [codificar(v, profundidad + 1, registrar) for v in valor]}
    if isinstance(valor, list):
        return [codificar(v, profundidad + 1, registrar) for v in valor]
    if isinstance(valor, dict) and all(isinstance(k, str) for k in valor):
        return {"__dict__": {k: codificar(v, profundidad + 1, registrar)
                             for k, v in valor.items()}}
    if isinstance(valor, np.random.Generator):
        # Un generador viaja como el estado de su PCG64: el hijo reconstruye uno idéntico.
        estado = valor.bit_generator.state
        if estado.get("bit_generator") == "PCG64":
            return {"__rng__": json.loads(json.dumps(estado))}
    modulo = getattr(valor, "__module__", "") or ""
    nombre = getattr(valor, "__qualname__", "") or ""
    if callable(valor) and modulo.split(".")[0] == "course" and "<" not in nombre:
        # Solo funciones públicas del paquete del curso, que el hijo importa por su nombre.
        return {"__funcion__": modulo, "nombre": nombre}
    if registrar is not None and type(valor).__module__ == "__main__" and not isinstance(
            valor, type):
        return {"__objeto__": registrar(valor), "clase": str(type(valor).__name__)[:60]}
    raise TipoNoPermitido(f"tipo {type(valor).__name__}")


def decodificar(dato, funciones: bool = True, objeto=None):
    """Estructura JSON → valor. Nunca reconstruye objetos arbitrarios. ``funciones=False`` (lo
    que el calificador recibe del hijo) rechaza también las funciones de ``course``: solo los
    pedidos del calificador las llevan. ``objeto(n, clase)`` da el valor de {"__objeto__": n}
    (en el hijo, el objeto guardado; en el calificador, un objeto remoto)."""
    if isinstance(dato, list):
        return [decodificar(v, funciones, objeto) for v in dato]
    if isinstance(dato, dict):
        if "__objeto__" in dato and objeto is not None and isinstance(dato["__objeto__"], int):
            return objeto(dato["__objeto__"], str(dato.get("clase", "")))
        if "__nd__" in dato:
            return np.load(io.BytesIO(base64.b64decode(dato["__nd__"])), allow_pickle=False)
        if "__float__" in dato:
            return float(dato["__float__"])
        if "__tupla__" in dato:
            return tuple(decodificar(v, funciones, objeto) for v in dato["__tupla__"])
        if "__dict__" in dato:
            return {str(k): decodificar(v, funciones, objeto)
                    for k, v in dato["__dict__"].items()}
        if "__rng__" in dato:
            generador = np.random.Generator(np.random.PCG64())
            generador.bit_generator.state = dato["__rng__"]
            return generador
        if funciones and "__funcion__" in dato and str(dato["__funcion__"]).split(".")[0] == \
                "course" and not str(dato["nombre"]).startswith("_") and "._" not in str(
                    dato["nombre"]):
            import importlib
            objeto = importlib.import_module(dato["__funcion__"])
            for parte in str(dato["nombre"]).split("."):
                objeto = getattr(objeto, parte)
            return objeto
        raise ValueError("estructura desconocida")
    return dato


def enviar(fd: int, mensaje: dict) -> None:
    datos = json.dumps(mensaje).encode("utf-8")
    os.write(fd, struct.pack(">Q", len(datos)))
    vista = memoryview(datos)
    while vista:
        escritos = os.write(fd, vista)
        vista = vista[escritos:]


def recibir(fd: int) -> dict:
    cabecera = _leer_exacto(fd, 8)
    (n,) = struct.unpack(">Q", cabecera)
    if n > MAX_MENSAJE:
        raise ValueError("mensaje demasiado grande")
    return json.loads(_leer_exacto(fd, n).decode("utf-8"))


def _leer_exacto(fd: int, n: int) -> bytes:
    partes = []
    while n:
        trozo = os.read(fd, min(n, 1 << 20))
        if not trozo:
            raise EOFError("el otro proceso cerró la conexión")
        partes.append(trozo)
        n -= len(trozo)
    return b"".join(partes)


# ---------------------------------------------------------------------------------------------
# Lado del hijo
# ---------------------------------------------------------------------------------------------

class SalidaBloqueada(BaseException):
    """El código del estudiante intentó terminar el proceso."""


def _bloquear_salidas() -> None:
    def bloqueada(*_a, **_k):
        raise SalidaBloqueada("terminar el proceso no está permitido durante la calificación")
    import builtins
    os._exit = bloqueada
    os.abort = bloqueada
    os.kill = bloqueada
    sys.exit = bloqueada
    builtins.exit = bloqueada
    builtins.quit = bloqueada


def _sin_magias(fuente: str) -> str:
    # Las líneas %magia y !orden son de IPython; aquí no hay IPython.
    return "\n".join("pass" if l.lstrip().startswith(("%", "!")) else l
                     for l in fuente.splitlines())


def _limitar(limites: dict) -> None:
    """Sin encierro (sin bwrap o sin root), el hijo se pone sus propios límites."""
    import resource

    for nombre, valor in (("RLIMIT_AS", limites.get("memoria")),
                          ("RLIMIT_CPU", limites.get("cpu")),
                          ("RLIMIT_FSIZE", limites.get("archivo")),
                          ("RLIMIT_NPROC", limites.get("procesos"))):
        if valor:
            resource.setrlimit(getattr(resource, nombre), (valor, valor))


def main() -> None:
    plan = json.loads(open(sys.argv[1], encoding="utf-8").read())
    entrada, salida = plan["fd_entrada"], plan["fd_salida"]
    _limitar(plan.get("limites") or {})
    sys.stdout = io.StringIO()  # lo que imprima el estudiante no interesa aquí
    sys.stderr = io.StringIO()
    _bloquear_salidas()
    import warnings
    warnings.simplefilter("ignore")

    espacio = {"__name__": "__main__", "__builtins__": __builtins__}
    mensaje = recibir(entrada)
    for i, fuente in enumerate(mensaje["celdas"]):
        enviar(salida, {"inicio": i})  # si el proceso muere, el padre sabe en qué celda
        try:
            exec(compile(_sin_magias(fuente), "<celda>", "exec"), espacio)
            informe = {"estado": "ok"}
        except SalidaBloqueada as e:
            informe = {"estado": "salida", "error": str(e)}
        except BaseException as e:  # noqa: BLE001 — cualquier fallo del estudiante se reporta
            informe = {"estado": "error", "error": f"{type(e).__name__}: {e}"[:500]}
        sys.stdout = io.StringIO()
        enviar(salida, {"celda": i, **informe})
    enviar(salida, {"fin": True})

    objetos: list = []   # los objetos del estudiante que el calificador puede usar

    def registrar(valor) -> int:
        for i, o in enumerate(objetos):
            if o is valor:
                return i
        objetos.append(valor)
        return len(objetos) - 1

    def guardado(n, _clase):
        if not 0 <= n < len(objetos):
            raise NameError("ese objeto ya no existe (¿se reinició el proceso?)")
        return objetos[n]

    while True:
        try:
            pedido = recibir(entrada)
        except EOFError:
            return
        try:
            args = decodificar(pedido.get("args", []), objeto=guardado)
            kwargs = decodificar(pedido.get("kwargs", {"__dict__": {}}), objeto=guardado)
            if "atributo" in pedido:
                # De un objeto del estudiante: un método (se avisa) o un dato (se devuelve).
                nombre = str(pedido["atributo"])
                if nombre.startswith("_"):
                    raise AttributeError(f"el atributo `{nombre}` no se puede usar")
                valor = getattr(guardado(int(pedido["objeto"]), ""), nombre)
                respuesta = ({"metodo": True} if callable(valor)
                             else {"ok": codificar(valor, registrar=registrar), "avisos": []})
                sys.stdout = io.StringIO()
                enviar(salida, respuesta)
                continue
            if "metodo" in pedido:
                nombre = str(pedido["metodo"])
                if nombre.startswith("_"):
                    raise AttributeError(f"el método `{nombre}` no se puede usar")
                funcion = getattr(guardado(int(pedido["objeto"]), ""), nombre)
            else:
                funcion = espacio.get(pedido["llamar"])
                if not callable(funcion):
                    raise NameError(f"no definiste la función `{pedido['llamar']}`")
            # Los avisos de NumPy (desbordes, log(0)) viajan con la respuesta: algunas pruebas
            # los exigen ausentes (p. ej. una sigmoide estable).
            with warnings.catch_warnings(record=True) as avisos, np.errstate(all="warn"):
                warnings.simplefilter("always")
                resultado = funcion(*args, **kwargs)
            respuesta = {"ok": codificar(resultado, registrar=registrar),
                         "avisos": [[type(a.message).__name__, str(a.message)[:300]]
                                    for a in avisos[:20]]}
        except TipoNoPermitido as e:
            respuesta = {"error": "TipoNoPermitido", "mensaje": f"devolvió un valor de {e}: "
                         "solo se aceptan números, arreglos de NumPy, listas y tuplas"}
        except SalidaBloqueada as e:
            respuesta = {"error": "SalidaBloqueada", "mensaje": str(e)}
        except BaseException as e:  # noqa: BLE001
            respuesta = {"error": type(e).__name__, "mensaje": str(e)[:2000]}
        sys.stdout = io.StringIO()
        enviar(salida, respuesta)


if __name__ == "__main__":
    main()

"""Lado de confianza del aislamiento: lanza ``hijo.py`` encerrado y ofrece funciones «proxy».

Un proxy es una función normal para las pruebas (visibles u ocultas): al llamarla, envía los
argumentos al hijo como datos planos, el hijo ejecuta la función del estudiante y devuelve datos
planos. Las pruebas y la referencia corren aquí, en un proceso donde el código del estudiante
nunca se ejecutó; monkeypatching de NumPy, objetos con ``__eq__`` tramposo o lecturas de la
solución no pueden influir en el veredicto.

El hijo corre con ``autograder.encierro`` (no ve nada del curso ni de otros estudiantes). Toda
espera por él tiene un plazo de reloj: el calificador nunca se bloquea leyendo o escribiendo en
las tuberías (un mensaje a medias, el silencio, dormir o dejar de leer terminan en un motivo).
"""
from __future__ import annotations

import builtins
import json
import os
import select
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from . import encierro, hijo


@dataclass(frozen=True)
class Limites:
    """Recursos y plazos del proceso aislado de una entrega."""

    memoria: int = 3 * 1024 ** 3        # bytes de memoria virtual
    cpu: int = 300                      # segundos de CPU en total
    archivo: int = 16 * 1024 ** 2       # tamaño máximo de un archivo escrito
    procesos: int = 64
    celdas: float = 60.0                # segundos de reloj por celda (como nbgrader)
    llamada: float = 60.0               # segundos de reloj por llamada

    def del_encierro(self) -> encierro.Limites:
        return encierro.Limites(memoria=self.memoria, cpu=self.cpu, archivo=self.archivo,
                                procesos=self.procesos)


class ErrorDelHijo(RuntimeError):
    """El proceso aislado murió, no respondió a tiempo o habló fuera del protocolo."""


class PlazoAgotado(ErrorDelHijo):
    """Se acabó el presupuesto de reloj de la entrega."""


# Excepciones del hijo que se reconstruyen como la de Python (el código de las pruebas, p. ej.
# np.shape, distingue AttributeError o TypeError); las demás, como una clase nueva con su nombre.
_NATIVAS = {c.__name__: c for c in (NotImplementedError, AttributeError, TypeError, ValueError,
                                    KeyError, IndexError, ZeroDivisionError, NameError,
                                    OverflowError, FloatingPointError, RecursionError,
                                    MemoryError, AssertionError)}


def _excepcion(nombre: str, mensaje: str) -> Exception:
    if nombre in _NATIVAS:
        return _NATIVAS[nombre](mensaje)
    limpio = "".join(c for c in nombre if c.isalnum() or c == "_")[:60] or "Error"
    return type(limpio, (Exception,), {})(mensaje)


def aislamiento_disponible() -> bool:
    return encierro.disponible()


@dataclass
class HijoAislado:
    """Un proceso aislado con el código del estudiante ya ejecutado.

    ``plazo``: instante (time.monotonic) en que se acaba el presupuesto de la entrega; ninguna
    espera lo supera.
    """

    celdas: list[str]
    limites: Limites = field(default_factory=Limites)
    plazo: float | None = None
    reporte_celdas: list = field(default_factory=list)
    celdas_mortales: dict = field(default_factory=dict)   # índice → motivo
    aislado: bool = False
    _proc: subprocess.Popen | None = None
    _dir: Path | None = None
    _buffer: bytes = b""
    # El último fallo del proceso (muerte, silencio, plazo): las pruebas lo ven como una
    # excepción de la función del estudiante; la verificación lo usa como motivo.
    ultimo_fallo: ErrorDelHijo | None = None

    def __enter__(self):
        self.iniciar()
        return self

    def __exit__(self, *exc):
        self.cerrar()

    def iniciar(self) -> None:
        self.cerrar()
        self._dir = Path(tempfile.mkdtemp(prefix="aislado-"))   # del calificador, modo 700
        r_pedidos, w_pedidos = os.pipe()
        r_respuestas, w_respuestas = os.pipe()
        self.aislado = encierro.disponible()
        plan = {"fd_entrada": r_pedidos, "fd_salida": w_respuestas,
                # Sin encierro, el hijo se pone sus propios límites.
                "limites": {} if self.aislado else {
                    "memoria": self.limites.memoria, "cpu": self.limites.cpu,
                    "archivo": self.limites.archivo, "procesos": self.limites.procesos}}
        (self._dir / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
        if self.aislado:
            interna = encierro.INTERNA
            orden = encierro.orden(
                [sys.executable, "-I", f"{interna}/hijo.py", f"{interna}/plan.json"],
                uid=encierro.uid_del_trabajador(0), limites=self.limites.del_encierro(),
                legibles={hijo.__file__: f"{interna}/hijo.py",
                          self._dir / "plan.json": f"{interna}/plan.json"},
                directorio=f"{encierro.CASA}/entrega")
            entorno = None
        else:
            trabajo = self._dir / "trabajo"
            trabajo.mkdir()
            orden = [sys.executable, "-I", hijo.__file__, str(self._dir / "plan.json")]
            entorno = {**encierro.entorno_base(0), "HOME": str(trabajo),
                       "MPLCONFIGDIR": str(trabajo), "TMPDIR": str(trabajo)}
        self._proc = subprocess.Popen(orden, pass_fds=(r_pedidos, w_respuestas), env=entorno,
                                      cwd=None if self.aislado else str(self._dir / "trabajo"),
                                      stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL, start_new_session=True)
        os.close(r_pedidos)
        os.close(w_respuestas)
        self._escribir, self._leer = w_pedidos, r_respuestas
        os.set_blocking(self._escribir, False)
        os.set_blocking(self._leer, False)
        self._buffer = b""
        self._ejecutar_celdas()

    # -- protocolo con plazo -------------------------------------------------------------------

    def _limite(self, segundos: float, hasta: float | None = None) -> tuple[float, bool]:
        """(instante límite, ¿es el plazo de la entrega?) para una espera de ``segundos`` (o
        hasta el instante ``hasta``)."""
        propio = hasta if hasta is not None else time.monotonic() + segundos
        if self.plazo is not None and self.plazo < propio:
            return self.plazo, True
        return propio, False

    def _agotado(self, segundos: float, del_plazo: bool, detalle: str) -> ErrorDelHijo:
        self.cerrar()
        if del_plazo:
            return PlazoAgotado("agotó el presupuesto de tiempo de la entrega" + detalle)
        return ErrorDelHijo(f"no respondió en {segundos:.0f} s" + detalle)

    def _enviar(self, mensaje: dict, segundos: float) -> None:
        datos = json.dumps(mensaje).encode("utf-8")
        datos = memoryview(struct.pack(">Q", len(datos)) + datos)
        limite, del_plazo = self._limite(segundos)
        while datos:
            restante = limite - time.monotonic()
            if restante <= 0:
                raise self._agotado(segundos, del_plazo, " (dejó de leer los pedidos)")
            _, listos, _ = select.select([], [self._escribir], [], min(restante, 1.0))
            if not listos:
                if self._proc.poll() is not None:
                    raise self._muerto()
                continue
            try:
                escritos = os.write(self._escribir, datos[:1 << 16])
            except BlockingIOError:
                continue
            except OSError:
                raise self._muerto() from None
            datos = datos[escritos:]

    def _esperar(self, segundos: float, hasta: float | None = None) -> dict:
        """El próximo mensaje completo del hijo, o ErrorDelHijo al vencer el plazo."""
        limite, del_plazo = self._limite(segundos, hasta)
        while True:
            mensaje = self._mensaje_del_buffer()
            if mensaje is not None:
                return mensaje
            restante = limite - time.monotonic()
            if restante <= 0:
                detalle = " (dejó un mensaje a medias)" if self._buffer else ""
                raise self._agotado(segundos, del_plazo, detalle)
            listos, _, _ = select.select([self._leer], [], [], min(restante, 1.0))
            if not listos:
                if self._proc.poll() is not None:
                    raise self._muerto()
                continue
            try:
                trozo = os.read(self._leer, 1 << 20)
            except BlockingIOError:
                continue
            except OSError:
                raise self._muerto() from None
            if not trozo:
                raise self._muerto()
            self._buffer += trozo

    def _mensaje_del_buffer(self) -> dict | None:
        if len(self._buffer) < 8:
            return None
        (n,) = struct.unpack(">Q", self._buffer[:8])
        if n > hijo.MAX_MENSAJE:
            self.cerrar()
            raise ErrorDelHijo("envió un mensaje demasiado grande")
        if len(self._buffer) < 8 + n:
            return None
        datos, self._buffer = self._buffer[8:8 + n], self._buffer[8 + n:]
        try:
            mensaje = json.loads(datos.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self.cerrar()
            raise ErrorDelHijo("envió un mensaje que no respeta el protocolo") from None
        if not isinstance(mensaje, dict):
            self.cerrar()
            raise ErrorDelHijo("envió un mensaje que no respeta el protocolo")
        return mensaje

    def _muerto(self) -> ErrorDelHijo:
        codigo = None
        if self._proc is not None:
            try:
                codigo = self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
        self.cerrar()
        return ErrorDelHijo(_motivo_de_muerte(codigo))

    # -- celdas y llamadas ---------------------------------------------------------------------

    def _ejecutar_celdas(self) -> None:
        """Ejecuta las celdas en el hijo, cada una con el plazo de una celda de nbgrader. Una
        celda que mata el proceso (os._exit por otra vía, memoria agotada, señal) o que no
        termina a tiempo queda marcada y se reintenta sin ella."""
        activas = [i for i in range(len(self.celdas)) if i not in self.celdas_mortales]
        self.reporte_celdas = [{"estado": "omitida", "error": self.celdas_mortales[i]}
                               if i in self.celdas_mortales else {"estado": "pendiente"}
                               for i in range(len(self.celdas))]
        actual, siguiente = None, 0
        try:
            self._enviar({"celdas": [self.celdas[i] for i in activas]}, self.limites.celdas)
            limite = time.monotonic() + self.limites.celdas
            while True:
                mensaje = self._esperar(self.limites.celdas, hasta=limite)
                # Las celdas van en orden, cada una con su plazo desde que empieza: un hijo que
                # repite o inventa mensajes no alarga la espera.
                if actual is None and mensaje.get("inicio") == siguiente < len(activas):
                    actual = activas[siguiente]
                    limite = time.monotonic() + self.limites.celdas
                elif actual is not None and mensaje.get("celda") == siguiente:
                    self.reporte_celdas[actual] = {
                        k: str(v)[:500] for k, v in mensaje.items() if k in ("estado", "error")}
                    actual, siguiente = None, siguiente + 1
                elif mensaje.get("fin") and siguiente == len(activas):
                    return
                else:
                    self.cerrar()
                    raise ErrorDelHijo("envió un mensaje que no respeta el protocolo")
        except PlazoAgotado:
            raise
        except ErrorDelHijo as e:
            if actual is None or len(self.celdas_mortales) >= 5:
                raise
            self.celdas_mortales[actual] = str(e)
            self.iniciar()  # de nuevo, sin la celda que lo mató

    def llamar(self, nombre: str, *args, **kwargs):
        """Llama a la función ``nombre`` del estudiante con datos planos."""
        return self._pedir({"llamar": nombre}, args, kwargs)

    def llamar_metodo(self, objeto: int, nombre: str, *args, **kwargs):
        """Llama al método ``nombre`` de un objeto del estudiante (que vive en el hijo)."""
        return self._pedir({"metodo": nombre, "objeto": objeto}, args, kwargs)

    def atributo(self, objeto: int, nombre: str):
        """El atributo ``nombre`` de un objeto del estudiante: un dato, o un método remoto."""
        return self._pedir({"atributo": nombre, "objeto": objeto}, (), {})

    def _pedir(self, pedido: dict, args, kwargs):
        try:
            return self._responder(pedido, args, kwargs)
        except ErrorDelHijo as e:
            self.ultimo_fallo = e
            raise

    def _responder(self, pedido: dict, args, kwargs):
        if self.plazo is not None and time.monotonic() >= self.plazo:
            self.cerrar()
            raise PlazoAgotado("agotó el presupuesto de tiempo de la entrega")
        if self._proc is None:
            if "llamar" not in pedido:
                raise ErrorDelHijo("se reinició y perdió el objeto que se estaba probando")
            self.iniciar()  # murió en una llamada anterior: se reinicia desde cero
        self._enviar({**pedido, "args": hijo.codificar(list(args)),
                      "kwargs": hijo.codificar(dict(kwargs))}, self.limites.llamada)
        respuesta = self._esperar(self.limites.llamada)
        if "error" in respuesta:
            raise _excepcion(str(respuesta["error"]), str(respuesta.get("mensaje", "")))
        if "atributo" in pedido and respuesta.get("metodo") is True:
            return MetodoRemoto(self, pedido["objeto"], str(pedido["atributo"]))
        if "ok" not in respuesta:
            self.cerrar()
            raise ErrorDelHijo("envió una respuesta que no respeta el protocolo")
        for aviso in respuesta.get("avisos", []) or []:
            categoria, texto = (list(aviso) + ["", ""])[:2] if isinstance(aviso, list) else (
                "RuntimeWarning", aviso)
            # Se reemiten aquí para que course.comprobar.llamar los registre como en el kernel.
            clase = getattr(builtins, str(categoria), None)
            if not (isinstance(clase, type) and issubclass(clase, Warning)):
                clase = RuntimeWarning
            warnings.warn(str(texto)[:300], clase, stacklevel=2)
        try:
            return hijo.decodificar(respuesta["ok"], funciones=False,
                                    objeto=lambda n, clase: ObjetoRemoto(self, n, clase))
        except (ValueError, TypeError, KeyError) as e:
            raise ErrorDelHijo(f"devolvió datos que no se pueden leer ({e})") from None

    def funcion(self, nombre: str):
        """Una función local que delega en la del estudiante dentro del hijo."""
        def proxy(*args, **kwargs):
            return self.llamar(nombre, *args, **kwargs)
        proxy.__name__ = nombre
        return proxy

    def cerrar(self) -> None:
        if self._proc is not None:
            for fd in (self._escribir, self._leer):
                try:
                    os.close(fd)
                except OSError:
                    pass
            try:
                os.killpg(self._proc.pid, 9)   # bwrap y con él todo su espacio de PID
            except (ProcessLookupError, PermissionError):
                pass
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
            self._proc = None
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None


class ObjetoRemoto:
    """Un objeto de una clase del estudiante, que vive en el proceso aislado: sus atributos y
    métodos se piden allá y solo vuelven datos planos (u otros objetos remotos). Nada del
    estudiante se ejecuta aquí."""

    def __init__(self, hijo_: HijoAislado, n: int, clase: str):
        object.__setattr__(self, "_hijo", hijo_)
        object.__setattr__(self, "_id_remoto", n)
        object.__setattr__(self, "_clase", clase)

    def __getattr__(self, nombre: str):
        if nombre.startswith("_"):
            raise AttributeError(nombre)
        return self._hijo.atributo(self._id_remoto, nombre)

    def __setattr__(self, nombre, valor):
        raise AttributeError("los objetos del estudiante no se modifican desde el calificador")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __repr__(self):
        return f"<objeto {self._clase} del estudiante>"


class MetodoRemoto:
    """Un método de un ObjetoRemoto: llamarlo es un pedido al proceso aislado."""

    def __init__(self, hijo_: HijoAislado, objeto: int, nombre: str):
        self._hijo, self._objeto, self.__name__ = hijo_, objeto, nombre

    def __call__(self, *args, **kwargs):
        return self._hijo.llamar_metodo(self._objeto, self.__name__, *args, **kwargs)


def _motivo_de_muerte(codigo) -> str:
    if codigo is not None and codigo > 128:
        codigo = -(codigo - 128)   # bwrap devuelve 128 + señal si su proceso murió por una señal
    if codigo is not None and codigo < 0:
        senal = -codigo
        if senal == 9:
            return "fue terminado (¿memoria o CPU agotadas?)"
        if senal == 24:
            return "agotó su tiempo de CPU"
        return f"terminó con la señal {senal}"
    if codigo is not None and codigo != 0:
        return f"terminó con código {codigo}"
    return "terminó inesperadamente"

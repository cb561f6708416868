"""Lado de confianza del aislamiento: lanza ``hijo.py`` encerrado y ofrece funciones «proxy».

Un proxy es una función normal para las pruebas (visibles u ocultas): al llamarla, envía los
argumentos al hijo como datos planos, el hijo ejecuta la función del estudiante y devuelve datos
planos. Las pruebas y la referencia corren aquí, en un proceso donde el código del estudiante
nunca se ejecutó; monkeypatching de NumPy, objetos con ``__eq__`` tramposo o lecturas de la
solución no pueden influir en el veredicto.
"""
from __future__ import annotations

import builtins
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from . import hijo
from .curso import RAIZ

USUARIO_SIN_PRIVILEGIOS = 65534  # nobody


@dataclass
class Limites:
    memoria: int = 3 * 1024 ** 3        # bytes de memoria virtual
    cpu: int = 300                      # segundos de CPU en total
    archivo: int = 16 * 1024 ** 2       # tamaño máximo de un archivo escrito
    procesos: int = 64
    celdas: float = 120.0               # segundos de reloj para ejecutar todas las celdas
    llamada: float = 60.0               # segundos de reloj por llamada


class ErrorDelHijo(RuntimeError):
    """El proceso aislado murió o no respondió a tiempo."""


def _excepcion(nombre: str, mensaje: str) -> Exception:
    if nombre == "NotImplementedError":
        return NotImplementedError(mensaje)
    limpio = "".join(c for c in nombre if c.isalnum() or c == "_")[:60] or "Error"
    return type(limpio, (Exception,), {})(mensaje)


def aislamiento_disponible() -> bool:
    """¿Podemos crear espacios de nombres de montaje y red (root y util-linux unshare)?"""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        return False
    r = subprocess.run(["unshare", "--mount", "--net", "--pid", "--fork", "--mount-proc", "true"],
                       capture_output=True)
    return r.returncode == 0


def rutas_a_ocultar(raiz_curso: Path) -> list[str]:
    """Lo que el código del estudiante no debe ver: soluciones, fuentes, calificador, pruebas,
    gradebook y entregas (propias y ajenas), en el repo y en el curso que se califica."""
    rutas = [RAIZ / n for n in ("solutions", "source", "autograder", "tests", ".git", "build",
                                "submitted", "autograded", "feedback", "estados", "notas",
                                "gradebook.db")]
    raiz_curso = Path(raiz_curso).resolve()
    rutas += [raiz_curso / n for n in ("source", "submitted", "autograded", "feedback",
                                       "estados", "notas", "entregas", "gradebook.db")]
    return sorted({str(r) for r in rutas if r.exists()})


@dataclass
class HijoAislado:
    """Un proceso aislado con el código del estudiante ya ejecutado."""

    celdas: list[str]
    raiz_curso: Path = RAIZ
    limites: Limites = field(default_factory=Limites)
    reporte_celdas: list = field(default_factory=list)
    celdas_mortales: dict = field(default_factory=dict)   # índice → motivo
    aislado: bool = False
    _proc: subprocess.Popen | None = None
    _dir: Path | None = None

    def __enter__(self):
        self.iniciar()
        return self

    def __exit__(self, *exc):
        self.cerrar()

    def iniciar(self) -> None:
        self._dir = Path(tempfile.mkdtemp(prefix="aislado-", dir="/var/tmp"
                                          if os.path.isdir("/var/tmp") else None))
        os.chmod(self._dir, 0o755)
        script = self._dir / "hijo.py"
        shutil.copyfile(hijo.__file__, script)
        trabajo = self._dir / "trabajo"
        trabajo.mkdir()
        r_pedidos, w_pedidos = os.pipe()
        r_respuestas, w_respuestas = os.pipe()
        self.aislado = aislamiento_disponible()
        plan = {
            "fd_entrada": r_pedidos, "fd_salida": w_respuestas, "directorio": str(trabajo),
            "limites": {"memoria": self.limites.memoria, "cpu": self.limites.cpu,
                        "archivo": self.limites.archivo, "procesos": self.limites.procesos},
            "aislar": self.aislado,
            "ocultar": rutas_a_ocultar(self.raiz_curso),
            "solo_lectura": sorted({str(RAIZ), str(Path(self.raiz_curso).resolve())}),
            "recorribles": sorted({sys.base_prefix, sys.prefix, str(RAIZ)}),
            "usuario": USUARIO_SIN_PRIVILEGIOS,
        }
        (self._dir / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
        orden = [sys.executable, "-I", str(script), str(self._dir / "plan.json")]
        if self.aislado:
            orden = ["unshare", "--mount", "--net", "--pid", "--fork", "--mount-proc",
                     "--kill-child", "--"] + orden
        entorno = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "MPLBACKEND": "Agg",
                   "HOME": str(trabajo), "MPLCONFIGDIR": str(trabajo), "LANG": "C.UTF-8",
                   "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
        self._proc = subprocess.Popen(orden, pass_fds=(r_pedidos, w_respuestas), env=entorno,
                                      stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE, start_new_session=True)
        os.close(r_pedidos)
        os.close(w_respuestas)
        self._escribir, self._leer = w_pedidos, r_respuestas
        self._ejecutar_celdas()

    def _ejecutar_celdas(self) -> None:
        """Ejecuta las celdas en el hijo. Una celda que mata el proceso (os._exit por otra vía,
        memoria agotada, señal) queda marcada y se reintenta sin ella."""
        activas = [i for i in range(len(self.celdas)) if i not in self.celdas_mortales]
        hijo.enviar(self._escribir, {"celdas": [self.celdas[i] for i in activas]})
        self.reporte_celdas = [{"estado": "omitida", "error": self.celdas_mortales[i]}
                               if i in self.celdas_mortales else {"estado": "pendiente"}
                               for i in range(len(self.celdas))]
        limite = time.monotonic() + self.limites.celdas
        actual = None
        while True:
            try:
                mensaje = self._esperar(max(limite - time.monotonic(), 0.1))
            except ErrorDelHijo as e:
                if actual is None or len(self.celdas_mortales) >= 5:
                    raise
                self.celdas_mortales[actual] = str(e)
                self.iniciar()  # de nuevo, sin la celda que lo mató
                return
            if "inicio" in mensaje:
                actual = activas[mensaje["inicio"]]
            elif "celda" in mensaje:
                self.reporte_celdas[activas[mensaje["celda"]]] = {
                    k: v for k, v in mensaje.items() if k != "celda"}
                actual = None
            elif mensaje.get("fin"):
                return

    def _esperar(self, segundos: float) -> dict:
        limite = time.monotonic() + segundos
        while True:
            restante = limite - time.monotonic()
            if restante <= 0:
                self.cerrar()
                raise ErrorDelHijo(f"tiempo agotado ({segundos:.0f} s)")
            listos, _, _ = select.select([self._leer], [], [], min(restante, 1.0))
            if listos:
                try:
                    return hijo.recibir(self._leer)
                except (EOFError, ValueError, OSError):
                    codigo = self._proc.wait(timeout=5) if self._proc else None
                    self.cerrar()
                    raise ErrorDelHijo(_motivo_de_muerte(codigo)) from None
            if self._proc.poll() is not None:
                codigo = self._proc.returncode
                self.cerrar()
                raise ErrorDelHijo(_motivo_de_muerte(codigo))

    def llamar(self, nombre: str, *args, **kwargs):
        if self._proc is None:
            self.iniciar()  # murió en una llamada anterior: se reinicia desde cero
        hijo.enviar(self._escribir, {"llamar": nombre, "args": hijo.codificar(list(args)),
                                     "kwargs": hijo.codificar(dict(kwargs))})
        respuesta = self._esperar(self.limites.llamada)
        if "error" in respuesta:
            raise _excepcion(respuesta["error"], respuesta.get("mensaje", ""))
        for categoria, texto in respuesta.get("avisos", []):
            # Se reemiten aquí para que course.comprobar.llamar los registre como en el kernel.
            clase = getattr(builtins, str(categoria), None)
            if not (isinstance(clase, type) and issubclass(clase, Warning)):
                clase = RuntimeWarning
            warnings.warn(str(texto), clase, stacklevel=2)
        return hijo.decodificar(respuesta["ok"])

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
                os.killpg(self._proc.pid, 9)
            except (ProcessLookupError, PermissionError):
                pass
            self._proc.wait()
            self._proc = None
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None


def _motivo_de_muerte(codigo) -> str:
    if codigo is not None and codigo < 0:
        senal = -codigo
        if senal == 9:
            return "el proceso del estudiante fue terminado (¿memoria o CPU agotadas?)"
        if senal == 24:
            return "el proceso del estudiante agotó su tiempo de CPU"
        return f"el proceso del estudiante terminó con la señal {senal}"
    if codigo is not None and codigo != 0:
        return f"el proceso del estudiante terminó con código {codigo}"
    return "el proceso del estudiante terminó inesperadamente"

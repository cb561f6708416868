"""El kernel con el que nbgrader ejecuta cada entrega: encerrado y sin nada que secuestrar.

nbgrader ejecuta en el mismo kernel el código del estudiante y las pruebas ocultas. Aquí:

- **No hay kernelspec en disco.** ``KernelEncerrado`` (``Execute.kernel_manager_class``)
  construye en memoria, en el proceso del calificador, la orden de cada lanzamiento; no hay
  archivo que una entrega pueda reescribir para cambiar lo que se ejecuta después.
- **El kernel no ve nada del curso.** Corre con ``autograder.encierro`` (usuario sin
  privilegios, raíz nueva, sin red, PID propio) y se comunica con el calificador por sockets
  de Unix (transporte ``ipc``) en una carpeta propia de ese lanzamiento.
- **Las pruebas ocultas no corren en el kernel.** Su veredicto ya lo decidió la verificación
  aislada (``autograder.verificacion``), con las pruebas y la referencia en el calificador. El
  kernel importa en su lugar un paquete ``autograder.unidades.<unidad>.ocultas`` generado
  para esa entrega, que solo repite ese veredicto (falla con el mismo mensaje). Así ni las
  soluciones ni las pruebas ocultas existen donde corre el código del estudiante.
- **Plazo de reloj.** ``matar_todos`` mata los kernels vivos (lo usa el plazo de la entrega);
  al morir el proceso bwrap muere todo su espacio de PID.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from jupyter_client.kernelspec import KernelSpec
from jupyter_client.manager import AsyncKernelManager
from nbgrader.preprocessors import Execute

from . import encierro


@dataclass
class Entrega:
    """Lo que el kernel de una entrega necesita saber: su unidad y el veredicto aislado."""

    unidad: str
    veredicto: dict                    # función → (pasó, mensaje)
    limites: encierro.Limites = field(default_factory=lambda: encierro.Limites(
        memoria=4 * 1024 ** 3))
    lanzamientos: int = 0


_ACTUAL: Entrega | None = None
_VIVOS: set = set()
_CANDADO = threading.Lock()


@contextmanager
def entrega(datos: Entrega):
    """Los kernels lanzados dentro de este bloque son los de ``datos``."""
    global _ACTUAL
    _ACTUAL = datos
    try:
        yield datos
    finally:
        _ACTUAL = None
        matar_todos()


def matar_todos() -> int:
    """Mata (SIGKILL a bwrap: muere todo su espacio de PID) los kernels vivos. Devuelve cuántos."""
    with _CANDADO:
        vivos = list(_VIVOS)
    for km in vivos:
        proceso = getattr(km.provisioner, "process", None) if km.provisioner else None
        if proceso is not None and proceso.poll() is None:
            try:
                os.killpg(proceso.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                proceso.kill()
            except ProcessLookupError:
                pass
    return len(vivos)


def escribir_pruebas_ocultas(destino: Path, unidad: str, veredicto: dict) -> Path:
    """El paquete ``autograder.unidades.<unidad>.ocultas`` que ve el kernel: cada
    ``probar_<función>`` repite el veredicto de la verificación aislada."""
    paquete = Path(destino) / "autograder"
    carpeta = paquete / "unidades" / unidad
    carpeta.mkdir(parents=True)
    for p in (paquete, paquete / "unidades", carpeta):
        (p / "__init__.py").write_text("", encoding="utf-8")
    datos = {f: [bool(paso), str(mensaje)] for f, (paso, mensaje) in veredicto.items()}
    (carpeta / "ocultas.py").write_text(
        '"""Pruebas ocultas de esta entrega. Ya se ejecutaron en el calificador, contra tu código\n'
        'en un proceso aislado; aquí solo se repite su resultado."""\n'
        "import json as _json\n\n"
        "from course.comprobar import PruebaFallida as _PruebaFallida\n\n"
        f"_VEREDICTO = _json.loads({json.dumps(json.dumps(datos, ensure_ascii=False))})\n\n\n"
        "def _prueba(nombre):\n"
        "    def probar(_funcion):\n"
        "        paso, mensaje = _VEREDICTO[nombre]\n"
        "        if not paso:\n"
        "            raise _PruebaFallida(mensaje)\n"
        "    probar.__name__ = 'probar_' + nombre\n"
        "    return probar\n\n\n"
        "for _nombre in _VEREDICTO:\n"
        "    globals()['probar_' + _nombre] = _prueba(_nombre)\n", encoding="utf-8")
    return Path(destino)


class KernelEncerrado(AsyncKernelManager):
    """Gestor de kernel de nbclient que lanza cada kernel encerrado, con las pruebas ocultas
    reemplazadas por el veredicto aislado de la entrega en curso."""

    def __init__(self, **kwargs):
        kwargs.pop("kernel_name", None)
        super().__init__(kernel_name="python3", **kwargs)
        self.transport = "ipc"
        self._carpeta: Path | None = None
        self._cwd: str | None = None

    @property
    def kernel_spec(self) -> KernelSpec:
        # En memoria: nunca se lee de disco (no hay kernel.json que secuestrar).
        if self._kernel_spec is None:
            self._kernel_spec = KernelSpec(
                argv=[sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                display_name="Python 3 (calificador)", language="python", env={},
                resource_dir="", metadata={})
        return self._kernel_spec

    async def _async_pre_start_kernel(self, **kw):
        if _ACTUAL is None:
            raise RuntimeError("kernel del calificador lanzado fuera de una entrega")
        _ACTUAL.lanzamientos += 1
        self._cwd = kw.get("cwd")
        # Una carpeta del calificador por lanzamiento (root, modo 700): dentro del encierro
        # solo aparece su subcarpeta de sockets; fuera, nadie más que root puede entrar.
        self._carpeta = Path(tempfile.mkdtemp(prefix="calif-k"))
        self.connection_file = str(self._carpeta / "conexion.json")
        self.ip = str(self._carpeta / "z" / "s")
        (self._carpeta / "z").mkdir()
        escribir_pruebas_ocultas(self._carpeta / "pruebas", _ACTUAL.unidad, _ACTUAL.veredicto)
        if not encierro.disponible():
            # Sin encierro: el kernel corre como el calificador, pero igual con el veredicto
            # en lugar de las pruebas ocultas (y la entrega queda marcada por la verificación).
            self.kernel_spec.env = {"PYTHONPATH": os.pathsep.join(
                [str(self._carpeta / "pruebas"), os.environ.get("PYTHONPATH", "")])}
        with _CANDADO:
            _VIVOS.add(self)
        return await super()._async_pre_start_kernel(**kw)

    def format_kernel_cmd(self, extra_arguments=None) -> list[str]:
        cmd = super().format_kernel_cmd(extra_arguments)
        if not encierro.disponible():
            return cmd
        uid = encierro.uid_del_trabajador(1)
        os.chown(self._carpeta / "z", uid, uid)
        os.chmod(self._carpeta / "z", 0o700)
        lectura = self._carpeta / "lectura.json"
        shutil.copyfile(self.connection_file, lectura)
        os.chmod(lectura, 0o444)
        archivos = None
        if self._cwd and os.path.isdir(self._cwd):
            # Una copia legible de la carpeta de trabajo: el kernel nunca escribe (ni deja
            # enlaces) donde el calificador escribe después.
            archivos = self._carpeta / "archivos"
            shutil.copytree(self._cwd, archivos, symlinks=True)
            for raiz, carpetas, nombres in os.walk(archivos):
                os.chmod(raiz, 0o755)
                for nombre in nombres:
                    ruta = os.path.join(raiz, nombre)
                    if not os.path.islink(ruta):
                        os.chmod(ruta, 0o644)
        i = cmd.index("-f")
        cmd[i + 1] = f"{encierro.INTERNA}/conexion.json"
        unidad = _ACTUAL.unidad if _ACTUAL else "entrega"
        return encierro.orden(
            cmd, uid=uid, limites=_ACTUAL.limites if _ACTUAL else encierro.Limites(),
            legibles={lectura: f"{encierro.INTERNA}/conexion.json",
                      self._carpeta / "pruebas": f"{encierro.INTERNA}/pruebas"},
            escribibles={self._carpeta / "z": self._carpeta / "z"},
            entorno={"PYTHONPATH": f"{encierro.INTERNA}/pruebas",
                     "IPYTHONDIR": f"{encierro.CASA}/.ipython"},
            directorio=f"{encierro.CASA}/{unidad}",
            archivos=str(archivos) if archivos else None)

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw) -> None:
        # Lo que el kernel escriba fuera de Jupyter (avisos de arranque, bibliotecas de C) va a
        # un registro privado, no a la consola del instructor; con el encierro, su tamaño lo
        # acota el límite de archivo del propio kernel.
        registro = open(self._carpeta / "registro.txt", "wb")
        try:
            await super()._async_launch_kernel(kernel_cmd, stdout=registro, stderr=registro,
                                               **kw)
        finally:
            registro.close()

    def registro(self) -> str:
        """Las últimas líneas que escribió el proceso del kernel (para explicar un arranque
        fallido)."""
        try:
            return (self._carpeta / "registro.txt").read_text(errors="replace")[-2000:]
        except (OSError, TypeError):
            return ""

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if not restart:
            with _CANDADO:
                _VIVOS.discard(self)
            if self._carpeta is not None:
                shutil.rmtree(self._carpeta, ignore_errors=True)
                self._carpeta = None


class EjecutarEncerrado(Execute):
    """El preprocesador Execute de nbgrader con ``KernelEncerrado`` (nbgrader 0.9.6 fija su
    gestor de kernel en el constructor, por encima de la configuración) y un tope de salida:
    lo que el kernel imprime se guarda en la memoria del calificador, así que pasado
    ``LIMITE_SALIDA`` se descarta (y se dice en el cuaderno)."""

    LIMITE_SALIDA = 32 * 1024 ** 2

    def __init__(self, *args, **kwargs):
        kwargs["kernel_manager_class"] = KernelEncerrado
        super().__init__(*args, **kwargs)
        self._salida, self._truncada = 0, False

    def preprocess(self, nb, resources=None, km=None):
        self._salida, self._truncada = 0, False
        return super().preprocess(nb, resources, km)

    def output(self, outs, msg, display_id, cell_index):
        contenido = msg.get("content", {})
        self._salida += len(str(contenido.get("text", ""))) + sum(
            len(str(v)) for v in (contenido.get("data") or {}).values())
        if self._salida > self.LIMITE_SALIDA:
            if not self._truncada:
                self._truncada = True
                from nbformat.v4 import new_output
                outs.append(new_output("stream", name="stdout", text=(
                    f"\n[calificador] salida truncada: la entrega produjo más de "
                    f"{self.LIMITE_SALIDA // 1024 ** 2} MB de salida\n")))
            return None
        return super().output(outs, msg, display_id, cell_index)


def preprocesadores_de_autograde(actuales: list) -> list:
    """La lista de Autograde.autograde_preprocessors con Execute reemplazado."""
    return [EjecutarEncerrado if p is Execute else p for p in actuales]

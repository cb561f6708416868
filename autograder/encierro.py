"""El encierro de todo proceso que ejecuta código de una entrega: el kernel de nbgrader y el
proceso aislado de la verificación.

Cada proceso arranca con bubblewrap (``bwrap``) en una raíz nueva que solo contiene, de solo
lectura, lo que también tiene el estudiante: el sistema (/usr, /etc), Python con sus paquetes,
el paquete ``course`` y los datos públicos (MNIST_DIR). Nada del repositorio (soluciones,
fuentes, calificador), nada del curso que se califica (entregas, originales, gradebook, estados)
y nada de la máquina (/tmp, /var, /root) existe ahí dentro. Además:

- /tmp y la carpeta personal son tmpfs propios, con tamaño limitado, que desaparecen con él;
- espacio de red propio (sin red) y de PID propio: al morir bwrap muere todo lo que la entrega
  haya lanzado, demonios incluidos;
- corre como un usuario sin privilegios propio de cada trabajador, sin capacidades y con
  no_new_privs, con límites de memoria, CPU, tamaño de archivo y número de procesos;
- el entorno se construye de cero (ninguna variable del calificador, p. ej. la URL del
  gradebook, llega a la entrega).

Sin root o sin bwrap la calificación sigue, sin encierro, y la entrega queda marcada.
"""
from __future__ import annotations

import functools
import importlib.util
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

CASA = "/home/estudiante"        # carpeta personal (y de trabajo) dentro del encierro
INTERNA = "/calificador"         # lo que el calificador pone, de solo lectura, para el proceso
# Variables del entorno del calificador que sí pasan: no dicen nada del curso y cambiarlas
# cambiaría los resultados numéricos (el núcleo de OpenBLAS) o los datos.
HEREDADAS = ("OPENBLAS_CORETYPE", "MNIST_DIR", "FASHION_MNIST_DIR", "NBGRADER_EXECUTION")
UID_BASE = 100_000


@dataclass(frozen=True)
class Limites:
    """Recursos de un proceso encerrado (memoria virtual, CPU, archivo, procesos, tmpfs)."""

    memoria: int = 3 * 1024 ** 3
    cpu: int = 300
    archivo: int = 64 * 1024 ** 2
    procesos: int = 64
    disco: int = 256 * 1024 ** 2


@functools.lru_cache(maxsize=1)
def disponible() -> bool:
    """¿Podemos encerrar? Hace falta root (para cambiar de usuario) y un bwrap que funcione."""
    if os.geteuid() != 0 or not shutil.which("bwrap"):
        return False
    prueba = orden(["/bin/true"], uid=uid_del_trabajador(), limites=Limites())
    return subprocess.run(prueba, capture_output=True, timeout=30).returncode == 0


def uid_del_trabajador(desplazamiento: int = 0) -> int:
    """Un usuario sin privilegios por proceso calificador: dos trabajadores en paralelo no
    comparten usuario (ni el límite de procesos, ni señales, ni archivos)."""
    return UID_BASE + 2 * os.getpid() + desplazamiento


def procesos_de(usuarios) -> list[str]:
    """Los procesos vivos de alguno de estos usuarios, como «pid (uid u): orden». Sirve para
    comprobar que de una entrega calificada no queda nada corriendo."""
    usuarios, vivos = set(usuarios), []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/status") as f:
                uid = next(int(linea.split()[1]) for linea in f if linea.startswith("Uid:"))
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                orden_ = f.read().replace(b"\0", b" ").decode(errors="replace")
        except (OSError, StopIteration):
            continue
        if uid in usuarios:
            vivos.append(f"{pid} (uid {uid}): {orden_[:120]}")
    return vivos


def _paquete_course() -> list[str]:
    especificacion = importlib.util.find_spec("course")
    if especificacion is None or not especificacion.submodule_search_locations:
        return []
    return [os.path.realpath(p) for p in especificacion.submodule_search_locations]


def legibles_del_sistema() -> list[str]:
    """Carpetas de solo lectura que todo proceso encerrado necesita para ejecutar Python."""
    rutas = ["/usr", "/etc"]
    rutas += [os.path.realpath(p) for p in {sys.base_prefix, sys.prefix,
                                            os.path.dirname(os.path.realpath(sys.executable))}]
    rutas += _paquete_course()
    for variable in ("MNIST_DIR", "FASHION_MNIST_DIR"):
        if os.environ.get(variable) and os.path.isdir(os.environ[variable]):
            rutas.append(os.path.realpath(os.environ[variable]))
    # Sin anidar: una carpeta dentro de otra ya incluida sobra (y el orden de montaje importa).
    unicas = []
    for ruta in sorted(set(rutas), key=len):
        if os.path.exists(ruta) and not any(ruta == u or ruta.startswith(u.rstrip("/") + "/")
                                            for u in unicas):
            unicas.append(ruta)
    return unicas


def _raiz_minima() -> list[str]:
    args = []
    for nombre in ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"):
        if os.path.islink(nombre):
            args += ["--symlink", os.readlink(nombre), nombre]
        elif os.path.isdir(nombre):
            args += ["--ro-bind", nombre, nombre]
    return args


def entorno_base(uid: int) -> dict:
    entorno = {"PATH": os.pathsep.join([os.path.dirname(sys.executable), "/usr/local/bin",
                                        "/usr/bin", "/bin"]),
               "HOME": CASA, "USER": "estudiante", "LOGNAME": "estudiante", "TMPDIR": "/tmp",
               "LANG": "C.UTF-8", "MPLBACKEND": "Agg", "MPLCONFIGDIR": f"{CASA}/.matplotlib",
               "PYTHONNOUSERSITE": "1", "PYTHONDONTWRITEBYTECODE": "1",
               "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    entorno.update({v: os.environ[v] for v in HEREDADAS if os.environ.get(v)})
    return entorno


def orden(argv: list[str], *, uid: int, limites: Limites, legibles: dict | None = None,
          escribibles: dict | None = None, entorno: dict | None = None,
          directorio: str = CASA, archivos: str | None = None) -> list[str]:
    """La línea de órdenes que ejecuta ``argv`` encerrado.

    ``legibles`` y ``escribibles``: {ruta en la máquina: ruta dentro}, además del sistema.
    ``entorno``: variables que se suman a las de base. ``directorio``: el de trabajo, dentro
    de la carpeta personal; empieza vacío o con una copia del contenido de ``archivos`` (una
    carpeta de la máquina que el proceso no puede modificar).
    """
    legibles = {str(k): str(v) for k, v in (legibles or {}).items()}
    if archivos:
        legibles[str(archivos)] = f"{INTERNA}/archivos"
    escribibles = {str(k): str(v) for k, v in (escribibles or {}).items()}
    montajes = [("--ro-bind", r, r) for r in legibles_del_sistema()]
    montajes += [("--ro-bind", fuera, dentro) for fuera, dentro in legibles.items()]
    montajes += [("--bind", fuera, dentro) for fuera, dentro in escribibles.items()]
    args = ["bwrap", "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts",
            "--unshare-cgroup-try", "--die-with-parent", "--new-session", "--hostname",
            "entrega", "--clearenv"]
    args += _raiz_minima()
    args += ["--proc", "/proc", "--dev", "/dev",
             "--perms", "1777", "--size", str(limites.disco), "--tmpfs", "/tmp",
             "--perms", "1777", "--size", str(64 * 1024 ** 2), "--tmpfs", "/dev/shm",
             "--perms", "0777", "--size", str(limites.disco), "--tmpfs", CASA]
    # bwrap crea las carpetas intermedias con el modo de las de la máquina (p. ej. /root,
    # 700): se crean antes, recorribles, para que el usuario sin privilegios llegue al destino.
    for carpeta in _ancestros(dentro for _, _, dentro in montajes):
        args += ["--perms", "0755", "--dir", carpeta]
    for tipo, fuera, dentro in montajes:
        args += [tipo, fuera, dentro]
    for clave, valor in {**entorno_base(uid), **(entorno or {})}.items():
        args += ["--setenv", clave, str(valor)]
    args += ["--chdir", "/", "--",
             _programa("prlimit"), f"--as={limites.memoria}", f"--cpu={limites.cpu}",
             f"--fsize={limites.archivo}", f"--nproc={limites.procesos}", "--",
             _programa("setpriv"), f"--reuid={uid}", f"--regid={uid}", "--clear-groups",
             "--bounding-set=-all", "--inh-caps=-all", "--no-new-privs", "--",
             # Ya sin privilegios: la carpeta de trabajo, propia del usuario.
             "/bin/sh", "-c", _PREPARAR if archivos else _PREPARAR_VACIA, "sh", directorio,
             *argv]
    return args


def _ancestros(rutas) -> list[str]:
    """Las carpetas intermedias de ``rutas`` (sin "/" ni las propias rutas), de arriba abajo."""
    rutas = list(rutas)
    propias = set(rutas)
    ancestros = set()
    for ruta in rutas:
        partes = Path(ruta).parts[1:-1]
        for i in range(1, len(partes) + 1):
            ancestros.add("/" + "/".join(partes[:i]))
    return sorted(ancestros - propias - {"/tmp", "/dev", "/proc", CASA},
                  key=lambda a: (a.count("/"), a))


_PREPARAR_VACIA = 'mkdir -p "$1" && cd "$1" && shift && exec "$@"'
_PREPARAR = f'mkdir -p "$1" && cp -R {INTERNA}/archivos/. "$1"/ && cd "$1" && shift && exec "$@"'


@functools.lru_cache(maxsize=None)
def _programa(nombre: str) -> str:
    return shutil.which(nombre) or nombre

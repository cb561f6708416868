"""Lanzador del kernel con el que nbgrader ejecuta cada entrega.

El kernel ejecuta el código del estudiante junto a las pruebas ocultas, así que necesita leer
course/, solutions/ y autograder/, pero no debe poder:
- escribir en el repositorio ni en el curso (ambos quedan de solo lectura), salvo en su propia
  carpeta autograded/<alumno>/<unidad>;
- leer el gradebook ni las entregas de otros estudiantes (ocultos);
- matar al calificador (espacio de PID propio);
- desmontar nada (sin capacidades, con no_new_privs);
- agotar la memoria o el disco de la máquina (límites de recursos).

Uso (lo escribe curso.instalar_kernel en un kernelspec):
    python -m autograder.lanzador -f {connection_file}
El curso a proteger llega en la variable CALIFICADOR_RAIZ. Sin root o sin unshare, el kernel
corre solo con los límites de recursos.
"""
from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
from pathlib import Path

MEMORIA = int(os.environ.get("CALIFICADOR_MEMORIA", str(4 * 1024 ** 3)))
ARCHIVO = 64 * 1024 ** 2
RAIZ = Path(__file__).resolve().parent.parent


def _montar(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


def _encerrar(raiz_curso: Path, propia: Path) -> None:
    """Dentro del espacio de montaje nuevo: repo y curso de solo lectura, datos ajenos ocultos,
    la carpeta propia escribible."""
    sosten = Path("/run/calificador-propia") if Path("/run").is_dir() else Path("/tmp/.propia")
    sosten.mkdir(parents=True, exist_ok=True)
    escribible = propia.is_relative_to(raiz_curso / "autograded")
    if escribible:
        _montar("--bind", str(propia), str(sosten))
    for ruta in dict.fromkeys([RAIZ, raiz_curso]):
        _montar("--bind", str(ruta), str(ruta))
        _montar("-o", "remount,bind,ro", str(ruta))
    for base in dict.fromkeys([RAIZ, raiz_curso]):
        for nombre in ("submitted", "autograded", "feedback", "estados", "originales",
                       "entregas", "notas", ".git"):
            ruta = base / nombre
            if ruta.is_dir():
                _montar("-t", "tmpfs", "-o", "size=1m,mode=755", "tmpfs", str(ruta))
        db = base / "gradebook.db"
        if db.exists():
            _montar("--bind", "/dev/null", str(db))
    if escribible:
        propia.mkdir(parents=True, exist_ok=True)  # dentro del tmpfs nuevo
        _montar("--bind", str(sosten), str(propia))


def main(argv: list[str]) -> None:
    kernel = [sys.executable, "-m", "ipykernel_launcher", *argv]
    raiz_curso = os.environ.get("CALIFICADOR_RAIZ")
    if "--dentro" not in os.environ.get("CALIFICADOR_FASE", ""):
        resource.setrlimit(resource.RLIMIT_AS, (MEMORIA, MEMORIA))
        resource.setrlimit(resource.RLIMIT_FSIZE, (ARCHIVO, ARCHIVO))
        if raiz_curso and os.geteuid() == 0 and shutil.which("unshare") and shutil.which(
                "setpriv"):
            os.environ["CALIFICADOR_FASE"] = "--dentro"
            os.execvp("unshare", ["unshare", "--mount", "--pid", "--fork", "--kill-child", "--",
                                  sys.executable, "-m", "autograder.lanzador", *argv])
        os.execv(sys.executable, kernel)
    # Segunda fase: ya en los espacios de nombres nuevos.
    propia = Path.cwd().resolve()
    _encerrar(Path(raiz_curso).resolve(), propia)
    os.chdir(propia)  # por la ruta: ahora lleva al montaje escribible
    os.execvp("setpriv", ["setpriv", "--bounding-set=-all", "--inh-caps=-all", "--no-new-privs",
                          "--", *kernel])


if __name__ == "__main__":
    main(sys.argv[1:])

"""La distribución para estudiantes: lo único que el instructor les entrega.

``python -m autograder paquete`` (o ``make paquete-estudiante``) escribe ``build/estudiante/`` y
``build/estudiante.zip`` con:

- la rueda del paquete ``course`` (datos, gráficas y pruebas visibles; nunca soluciones) y sus
  dependencias declaradas (NumPy, Matplotlib, JupyterLab en español, ...);
- ``cuadernos/NN_<unidad>/<unidad>.ipynb``: los cuadernos de release/, en el orden del curso;
- ``LEEME.md``: crear un entorno virtual, instalar la rueda y abrir JupyterLab.

Nada del repositorio del instructor (solutions/, source/, autograder/, pruebas ocultas) entra;
tests/test_entorno.py lo comprueba abriendo el zip.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import nbformat

from .rutas import RAIZ, unidades

LEEME = """# Redes Neuronales desde Cero — para estudiantes

Necesitas Python 3.10 o más reciente. Todo se instala en un entorno virtual propio (así no
tocas el Python del sistema; en Debian y Ubuntu recientes es obligatorio).

1. Abre una terminal en esta carpeta y crea el entorno (una sola vez):

   ```bash
   python3 -m venv .venv
   source .venv/bin/activate            # en Windows: .venv\\Scripts\\activate
   python -m pip install {rueda}
   ```

2. Abre los cuadernos (cada vez que trabajes, con el entorno activado):

   ```bash
   jupyter lab cuadernos
   ```

   JupyterLab se abre en español. Cada unidad es una carpeta `NN_<unidad>` con su cuaderno.

3. En cada cuaderno, escribe tu código donde dice `# TU CÓDIGO AQUÍ` (borra
   `raise NotImplementedError()`), ejecuta la celda y luego su celda de prueba: si algo falla,
   el mensaje te dice qué revisar. Al calificar se ejecutan además pruebas ocultas con otras
   entradas: escribe código general, no copies las salidas esperadas.

4. Guarda y entrega el archivo `.ipynb` de la unidad como indique tu instructor.

Unidades: {unidades}
"""


def numero_de(cuaderno: Path) -> int:
    """El número de la unidad, del título «# Unidad N · ...» de su primera celda de texto."""
    nb = nbformat.read(str(cuaderno), as_version=4)
    for celda in nb.cells:
        if celda.cell_type == "markdown":
            m = re.search(r"Unidad\s+(\d+)", celda.source)
            return int(m.group(1)) if m else 99
    return 99


def construir(destino: Path = RAIZ / "build" / "estudiante", release: Path = RAIZ / "release",
              fuente: Path = RAIZ) -> Path:
    """Escribe la distribución en ``destino`` y su zip al lado. Devuelve la ruta del zip."""
    destino = Path(destino)
    if destino.exists():
        shutil.rmtree(destino)
    (destino / "cuadernos").mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                        "--disable-pip-version-check", "-w", tmp, str(fuente)], check=True)
        rueda = next(Path(tmp).glob("*.whl"))
        shutil.copy(rueda, destino / rueda.name)
    lista = []
    for unidad in unidades(fuente):
        cuaderno = Path(release) / unidad / f"{unidad}.ipynb"
        if not cuaderno.exists():
            raise FileNotFoundError(f"falta {cuaderno}: ejecuta make release")
        carpeta = destino / "cuadernos" / f"{numero_de(cuaderno):02d}_{unidad}"
        carpeta.mkdir()
        shutil.copy(cuaderno, carpeta / cuaderno.name)
        lista.append(carpeta.name)
    lista.sort()
    (destino / "LEEME.md").write_text(LEEME.format(rueda=rueda.name, unidades=", ".join(lista)),
                                      encoding="utf-8")
    archivo = destino.with_suffix(".zip")
    with zipfile.ZipFile(archivo, "w", zipfile.ZIP_DEFLATED) as z:
        for ruta in sorted(destino.rglob("*")):
            if ruta.is_file():
                z.write(ruta, Path(destino.name) / ruta.relative_to(destino))
    return archivo

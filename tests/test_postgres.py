"""El gradebook en PostgreSQL: dos «máquinas» se reparten una clase (--parte 1/2 y 2/2) en
paralelo contra el mismo servidor real, sin notas perdidas ni duplicadas, y re-calificar no
cambia nada. .ci/run instala PostgreSQL; aquí se arranca un servidor propio en 127.0.0.1."""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from autograder import muestra
from autograder.curso import url_del_gradebook
from conftest import RAIZ, falta, puerto_libre

UNIDAD = "red_xor"


def _binarios():
    encontrados = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if encontrados:
        return Path(encontrados[-1]).parent
    if shutil.which("initdb"):
        return Path(shutil.which("initdb")).parent
    return None


def _como_postgres(orden):
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *orden]
    return orden


@pytest.fixture(scope="module")
def servidor(tmp_path_factory):
    binarios = _binarios()
    if binarios is None:
        falta("PostgreSQL no está instalado (apt-get install postgresql; .ci/run lo instala)")
    # Fuera de la carpeta temporal de pytest (modo 700 de root): el servidor corre como postgres.
    base = Path(tempfile.mkdtemp(prefix="pg-"))
    datos = base / "datos"
    datos.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
        shutil.chown(datos, "postgres", "postgres")
    puerto = puerto_libre()
    subprocess.run(_como_postgres([str(binarios / "initdb"), "-D", str(datos), "-A", "trust",
                                   "-U", "postgres"]), check=True, capture_output=True)
    subprocess.run(_como_postgres([str(binarios / "pg_ctl"), "-D", str(datos), "-w", "-l",
                                   str(datos / "log"), "-o",
                                   f"-p {puerto} -k {datos} -c listen_addresses=127.0.0.1",
                                   "start"]), check=True, capture_output=True)
    try:
        subprocess.run([str(binarios / "createdb"), "-h", "127.0.0.1", "-p", str(puerto), "-U",
                        "postgres", "calificacion"], check=True, capture_output=True)
        yield f"postgresql://postgres@127.0.0.1:{puerto}/calificacion"
    finally:
        subprocess.run(_como_postgres([str(binarios / "pg_ctl"), "-D", str(datos), "-m",
                                       "immediate", "stop"]), capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


def _grados(url):
    from nbgrader.api import Gradebook
    with Gradebook(url_del_gradebook(url, RAIZ), "redes-neuronales-desde-cero") as gb:
        return {(s.student.id, g.name): g.score
                for s in gb.assignment_submissions(UNIDAD) for nb in s.notebooks
                for g in nb.grades}, [s.student.id for s in gb.assignment_submissions(UNIDAD)]


def test_dos_maquinas_se_reparten_la_clase(servidor, tmp_path):
    clase = [a for a in muestra.alumnos(UNIDAD) if a.estado == "calificado"]
    muestra.montar_clase(tmp_path, {UNIDAD: clase}, timeout=60, db_url=servidor)

    def maquina(parte):
        return subprocess.Popen(
            [sys.executable, "-m", "autograder", "--raiz", str(tmp_path), "--db-url", servidor,
             "calificar", "--unidad", UNIDAD, "--parte", parte, "--trabajadores", "1",
             "--timeout", "60"], cwd=RAIZ, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            text=True)

    maquinas = [maquina("1/2"), maquina("2/2")]
    salidas = [m.communicate(timeout=900)[0] for m in maquinas]
    assert all(m.returncode == 0 for m in maquinas), salidas
    grados, envios = _grados(servidor)
    assert sorted(envios) == sorted(a.nombre for a in clase), "entregas perdidas o duplicadas"
    for alumno in clase:
        for ejercicio in ("prueba_feedForward", "prueba_costoGlobal", "prueba_backProp",
                          "prueba_entrenarRed"):
            assert grados[(alumno.nombre, ejercicio)] == alumno.notas.get(ejercicio, 0), (
                alumno.nombre, ejercicio)

    # Re-calificar una parte es idempotente: mismas notas, ninguna entrega nueva.
    otra = maquina("1/2")
    assert otra.wait(timeout=900) == 0
    grados_otra_vez, envios_otra_vez = _grados(servidor)
    assert grados_otra_vez == grados
    assert sorted(envios_otra_vez) == sorted(envios)

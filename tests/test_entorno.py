"""Dependencias y empaquetado: una sola lista de dependencias, y el paquete del estudiante
no lleva soluciones."""
import io
import re
import subprocess
import sys
import tomllib
import zipfile

from conftest import RAIZ


def _nombre_y_version(req: str) -> tuple[str, str]:
    m = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", req)
    return m.group(1).lower().replace("_", "-"), m.group(2).replace(" ", "")


def _pyproject() -> set:
    datos = tomllib.loads((RAIZ / "pyproject.toml").read_text())
    reqs = list(datos["project"]["dependencies"])
    for extra in datos["project"]["optional-dependencies"].values():
        reqs += extra
    return {_nombre_y_version(r) for r in reqs}


def _environment() -> set:
    reqs, en_dependencias = set(), False
    for linea in (RAIZ / "environment.yml").read_text().splitlines():
        if not linea.startswith(" "):
            en_dependencias = linea.startswith("dependencies:")
            continue
        linea = linea.split("#")[0].strip()
        if en_dependencias and linea.startswith("- ") and linea[2:].split(">")[0].split("=")[0] \
                not in ("python", "pip"):
            reqs.add(_nombre_y_version(linea[2:]))
    return reqs


def test_environment_yml_y_pyproject_coinciden():
    solo_pyproject = _pyproject() - _environment()
    solo_conda = _environment() - _pyproject()
    assert not solo_pyproject and not solo_conda, (
        f"pyproject.toml y environment.yml no coinciden. Solo en pyproject: {solo_pyproject}; "
        f"solo en environment.yml: {solo_conda}")


def test_el_paquete_del_estudiante_no_trae_soluciones(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps",
                    "-q", "-w", str(tmp_path), str(RAIZ)], check=True)
    rueda = next(tmp_path.glob("*.whl"))
    nombres = zipfile.ZipFile(rueda).namelist()
    modulos = {n.split("/")[0] for n in nombres
               if not n.split("/")[0].endswith((".dist-info", ".data"))}
    assert modulos == {"course"}, f"la rueda contiene {modulos}"
    assert any(n.startswith("course/huellas/") and n.endswith(".json") for n in nombres)
    assert not any("solutions" in n or "autograder" in n for n in nombres)


def test_la_distribucion_del_estudiante_no_trae_soluciones_ni_pruebas_ocultas(tmp_path):
    """build/estudiante.zip (make paquete-estudiante): la rueda de course/, un cuaderno de
    release/ por unidad y el LEEME; nada del instructor."""
    from autograder import paquete
    from autograder.rutas import unidades

    archivo = paquete.construir(tmp_path / "estudiante")
    with zipfile.ZipFile(archivo) as z:
        nombres = z.namelist()
        cuadernos = [n for n in nombres if n.endswith(".ipynb")]
        assert sorted(n.rsplit("/", 1)[1] for n in cuadernos) == sorted(
            f"{u}.ipynb" for u in unidades())
        assert "estudiante/LEEME.md" in nombres
        ruedas = [n for n in nombres if n.endswith(".whl")]
        assert len(ruedas) == 1 and len(nombres) == len(cuadernos) + 2, nombres
        for nombre in cuadernos + ["estudiante/LEEME.md"]:
            texto = z.read(nombre).decode("utf-8")
            for prohibido in ("BEGIN SOLUTION", "BEGIN HIDDEN TESTS", "solutions", "autograder",
                              "ocultas.probar_"):
                assert prohibido not in texto, f"{nombre} contiene «{prohibido}»"
        rueda = zipfile.ZipFile(io.BytesIO(z.read(ruedas[0])))
        modulos = {n.split("/")[0] for n in rueda.namelist()}
        assert {m for m in modulos if not m.endswith((".dist-info", ".data"))} == {"course"}
        # JupyterLab en español por defecto, en el entorno donde se instala.
        assert any(n.endswith("share/jupyter/lab/settings/overrides.json")
                   for n in rueda.namelist())
    leeme = (tmp_path / "estudiante" / "LEEME.md").read_text(encoding="utf-8")
    assert "python3 -m venv" in leeme and "jupyter lab cuadernos" in leeme

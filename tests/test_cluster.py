"""Una clase calificada en un clúster de Dask de verdad: un planificador y dos trabajadores en
127.0.0.1, arrancados aquí; a mitad del lote se mata (SIGKILL) al trabajador que está
calificando. Cada entrega queda calificada exactamente una vez (una fila en el gradebook, un
estado) con su nota esperada, nada se pierde, y del trabajador muerto no queda ningún proceso."""
import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from autograder import encierro, muestra
from autograder.lote import calificar
from conftest import RAIZ, falta, puerto_libre

UNIDAD = "red_xor"


@pytest.fixture
def cluster(tmp_path):
    try:
        import distributed  # noqa: F401
    except ImportError:
        falta("falta Dask distributed (pip install distributed; está en las dependencias)")
    entorno = {**os.environ, "PYTHONPATH": str(RAIZ), "MPLBACKEND": "Agg"}
    direccion = f"tcp://127.0.0.1:{puerto_libre()}"
    bin_dask = [sys.executable, "-m", "distributed.cli.dask_scheduler"]
    procesos = [subprocess.Popen(bin_dask + ["--host", "127.0.0.1", "--port",
                                             direccion.rsplit(":", 1)[1], "--no-dashboard"],
                                 env=entorno, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 start_new_session=True)]
    for nombre in ("t1", "t2"):
        procesos.append(subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", direccion, "--nthreads", "1",
             "--no-nanny", "--name", nombre, "--no-dashboard"], cwd=tmp_path, env=entorno,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True))
    from distributed import Client
    cliente = Client(direccion, timeout="60s")
    cliente.wait_for_workers(2, timeout=60)
    yield direccion, cliente
    cliente.close()
    for p in procesos:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.wait()


def test_un_trabajador_muere_a_mitad_del_lote_y_nada_se_pierde(cluster, tmp_path):
    direccion, cliente = cluster
    clase = [a for a in muestra.alumnos(UNIDAD) if a.estado == "calificado"][:6]
    curso = muestra.montar_clase(tmp_path / "curso", {UNIDAD: clase}, timeout=60)
    pids = cliente.run(os.getpid)                       # {dirección del trabajador: pid}

    def ocupado():
        ocupados = sorted(w for w, ks in cliente.processing().items() if ks)
        return pids[ocupados[0]] if ocupados else None

    estados, muerto = _calificar_matando(curso, ocupado, cluster=direccion)
    _comprobar_clase(curso, clase, estados, muerto)


def _calificar_matando(curso, elegir, **opciones):
    """Califica la clase en otro hilo y, en cuanto hay dos entregas hechas y ``elegir()`` da el
    pid de un proceso que está calificando, lo mata con SIGKILL. Devuelve (estados, pid)."""
    resultado = {}
    hilo = threading.Thread(target=lambda: resultado.update(
        estados=calificar(curso, [UNIDAD], **opciones)))
    hilo.start()
    muerto, limite = None, time.monotonic() + 180
    while muerto is None and time.monotonic() < limite and hilo.is_alive():
        hechas = sum(json.loads(p.read_text())["estado"] != "recogido"
                     for p in (curso.raiz / "estados" / UNIDAD).glob("*.json"))
        if hechas >= 2 and (muerto := elegir()) is not None:
            os.kill(muerto, signal.SIGKILL)
        time.sleep(0.2)
    hilo.join(timeout=600)
    assert muerto is not None, "no se alcanzó a matar a ningún proceso a mitad del lote"
    assert not hilo.is_alive(), "el lote no terminó"
    return resultado["estados"], muerto


def _comprobar_clase(curso, clase, estados, muerto):
    """Cada entrega, calificada una sola vez y con su nota; nada del trabajador muerto vive."""
    assert sorted(e.alumno for e in estados) == sorted(a.nombre for a in clase), (
        "entregas perdidas o repetidas")
    _, filas = curso.notas(UNIDAD)
    por_alumno = {f["alumno"]: f for f in filas}
    for alumno in clase:
        fila = por_alumno[alumno.nombre]
        assert fila["estado"] == "calificado", (alumno.nombre, fila["motivo"])
        for ejercicio in [k for k in fila if k.startswith("prueba_")]:
            assert float(fila[ejercicio]) == float(alumno.notas.get(ejercicio, 0)), (
                alumno.nombre, ejercicio)
    from nbgrader.api import Gradebook
    with Gradebook(f"sqlite:///{curso.raiz / 'gradebook.db'}", "redes-neuronales-desde-cero") as gb:
        envios = [s.student.id for s in gb.assignment_submissions(UNIDAD)]
    assert sorted(envios) == sorted(a.nombre for a in clase), "el gradebook repite o pierde"
    # Lo que lanzó el trabajador muerto (kernels, procesos aislados) murió con él.
    time.sleep(1)
    del_muerto = encierro.UID_BASE + 2 * muerto
    assert not encierro.procesos_de({del_muerto, del_muerto + 1})


def test_un_proceso_del_grupo_local_muere_y_el_lote_sigue(tmp_path):
    """Sin clúster (make autograde con dos trabajadores): si el sistema mata de golpe a un
    proceso del grupo (p. ej. el OOM killer), el grupo entero se rompe; las entregas que quedaron
    sin calificar se califican de nuevo y nadie pierde su nota."""
    import multiprocessing

    clase = [a for a in muestra.alumnos(UNIDAD) if a.estado == "calificado"][:6]
    curso = muestra.montar_clase(tmp_path / "curso", {UNIDAD: clase}, timeout=60)

    def un_proceso_del_grupo():
        return next((h.pid for h in multiprocessing.active_children()), None)

    estados, muerto = _calificar_matando(curso, un_proceso_del_grupo, trabajadores=2)
    _comprobar_clase(curso, clase, estados, muerto)

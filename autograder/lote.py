"""Calificar una clase: todas las entregas de una o varias unidades, en paralelo.

Un proceso por trabajador, cada uno con su ``Curso`` (y sus kernels encerrados, con un usuario
propio). Ninguna entrega detiene el lote: un trabajador que cae deja a esa entrega en estado
``error`` con el motivo, y el resto sigue. Lo usan la línea de órdenes, la suite hostil, el
benchmark y las pruebas.
"""
from __future__ import annotations

import sys
import time
import warnings
from pathlib import Path

from .curso import Curso, Estado


def _trabajos(curso: Curso, lista: list[str], alumno: str | None, parte: str | None):
    """(unidad, alumno) a calificar; ``parte`` "k/n" toma uno de cada n (varias máquinas que
    comparten un gradebook PostgreSQL se reparten así una clase grande)."""
    trabajos = [(u, a) for u in lista for a in curso.alumnos(u) if alumno in (None, a)]
    if parte:
        k, n = (int(x) for x in parte.split("/"))
        if not 1 <= k <= n:
            sys.exit(f"--parte debe ser k/n con 1 ≤ k ≤ n, no {parte}")
        trabajos = [t for i, t in enumerate(trabajos) if i % n == k - 1]
    return trabajos


_CURSO_DEL_TRABAJADOR: Curso | None = None


def _iniciar_trabajador(raiz: str, timeout, db_url, presupuesto) -> None:
    global _CURSO_DEL_TRABAJADOR
    warnings.filterwarnings("ignore")
    _CURSO_DEL_TRABAJADOR = Curso(Path(raiz), timeout=timeout, db_url=db_url,
                                  presupuesto=presupuesto)


def _calificar_en_trabajador(trabajo):
    inicio = time.perf_counter()
    estado = _CURSO_DEL_TRABAJADOR.calificar(*trabajo)
    return estado, time.perf_counter() - inicio


def calificar(curso: Curso, lista: list[str], alumno: str | None = None, *,
              trabajadores: int = 1, parte: str | None = None,
              cluster: str | None = None) -> list:
    """Califica en paralelo (un proceso por trabajador, cada uno con sus kernels) e informa el
    avance a medida que termina cada entrega. Con ``cluster`` (la dirección de un planificador
    de Dask, p. ej. tcp://servidor:8786), cada entrega es una tarea de ese clúster."""
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    trabajos = _trabajos(curso, lista, alumno, parte)
    if not trabajos:
        return []
    if cluster:
        return _en_cluster(curso, trabajos, cluster)
    from tqdm.auto import tqdm

    trabajadores = max(1, min(trabajadores, len(trabajos)))
    unidades_lote = sorted({u for u, _ in trabajos})
    print(f"  {len(trabajos)} entregas ({len(unidades_lote)} unidad"
          f"{'es' if len(unidades_lote) > 1 else ''}) con {trabajadores} trabajador"
          f"{'es' if trabajadores > 1 else ''}", flush=True)
    estados = []
    inicio = time.monotonic()
    # Barra de avance en una terminal (tqdm); en un registro sin terminal, cada línea ya dice
    # cuánto va y cuánto falta.
    barra = tqdm(total=len(trabajos), unit="entrega", desc="  calificando", leave=False,
                 disable=None, file=sys.stderr)

    def informar(i, estado, seg):
        marca = "✔" if estado.estado == "calificado" else "✘"
        detalle = f" — {estado.motivo}" if estado.motivo else ""
        banderas = f" ⚑{len(estado.banderas)}" if estado.banderas else ""
        transcurrido = time.monotonic() - inicio
        falta = transcurrido / i * (len(trabajos) - i)
        barra.update(1)
        barra.write(f"  {marca} [{i}/{len(trabajos)} · {_reloj(transcurrido)} · faltan "
                    f"~{_reloj(falta)}] {estado.unidad} · {estado.alumno}: {estado.estado} "
                    f"({seg:.1f} s){banderas}{detalle}", file=sys.stdout)

    if trabajadores == 1:
        for i, trabajo in enumerate(trabajos, 1):
            comienzo = time.perf_counter()
            estado = curso.calificar(*trabajo)
            informar(i, estado, time.perf_counter() - comienzo)
            estados.append(estado)
        barra.close()
        return estados
    def en_grupo(lote: list, n: int) -> list:
        """Califica ``lote`` con un grupo de ``n`` procesos. Devuelve las entregas que se
        quedaron sin calificar porque un proceso del grupo murió de golpe (p. ej. el OOM killer):
        eso rompe el grupo entero, también para las que esperaban su turno."""
        perdidos = []
        with ProcessPoolExecutor(n, initializer=_iniciar_trabajador,
                                 initargs=(str(curso.raiz), curso.timeout, curso.db_url,
                                           curso.presupuesto)) as grupo:
            futuros = {grupo.submit(_calificar_en_trabajador, t): t for t in lote}
            for futuro in as_completed(futuros):
                unidad, nombre = futuros[futuro]
                try:
                    estado, seg = futuro.result()
                except BrokenProcessPool:
                    perdidos.append(futuros[futuro])
                    continue
                except Exception as e:  # un trabajador caído no detiene la clase
                    estado, seg = Estado(nombre, unidad, "error", f"el trabajador falló: {e}"), 0.0
                    estado.guardar(curso.raiz)
                estados.append(estado)
                informar(len(estados), estado, seg)
        return perdidos

    # Las que perdió un grupo roto se califican de nuevo, cada una en un grupo propio: si
    # alguna vuelve a matar a su proceso, solo ella queda en error (calificar es idempotente).
    for trabajo in en_grupo(trabajos, trabajadores):
        if en_grupo([trabajo], 1):
            unidad, nombre = trabajo
            estado = Estado(nombre, unidad, "error", "el proceso que la calificaba murió de "
                            "golpe dos veces (¿memoria de la máquina agotada?)")
            estado.guardar(curso.raiz)
            estados.append(estado)
            informar(len(estados), estado, 0.0)
    barra.close()
    return estados


# --- un clúster de Dask ----------------------------------------------------------------------

def _calificar_en_dask(trabajo, raiz: str, timeout, db_url, presupuesto):
    """Una tarea del clúster: califica una entrega en el proceso trabajador de Dask (un Curso
    por proceso, reutilizado entre tareas). Calificar es idempotente (siempre desde
    originales/), así que una tarea repetida porque su trabajador murió deja el mismo resultado."""
    global _CURSO_DEL_TRABAJADOR
    clave = (raiz, timeout, db_url, presupuesto)
    if _CURSO_DEL_TRABAJADOR is None or getattr(_CURSO_DEL_TRABAJADOR, "_clave", None) != clave:
        warnings.filterwarnings("ignore")
        _CURSO_DEL_TRABAJADOR = Curso(Path(raiz), timeout=timeout, db_url=db_url,
                                      presupuesto=presupuesto)
        _CURSO_DEL_TRABAJADOR._clave = clave
    return _CURSO_DEL_TRABAJADOR.calificar(*trabajo)


def _motivo_del_cluster(e: Exception) -> str:
    """El motivo, en español, de una tarea que el clúster no devolvió."""
    nombre = type(e).__name__
    if nombre == "KilledWorker":
        return ("murieron todos los trabajadores que la intentaron (¿se quedaron sin memoria?); "
                "las demás entregas siguen")
    if isinstance(e, TimeoutError) or nombre in ("TimeoutError", "CommClosedError"):
        return "se perdió la conexión con el clúster o se acabó el tiempo"
    return f"error {nombre} del clúster"


def _en_cluster(curso: Curso, trabajos: list, direccion: str) -> list:
    """Cada entrega, una tarea de Dask: si un trabajador muere, el planificador la vuelve a
    lanzar en otro (y ``retries`` cubre un fallo pasajero). Todos los trabajadores deben ver la
    carpeta del curso (disco compartido) y el mismo gradebook (PostgreSQL con --db-url)."""
    from distributed import Client, as_completed as terminadas

    print(f"  {len(trabajos)} entregas en el clúster {direccion}", flush=True)
    inicio = time.monotonic()
    estados = []
    with Client(direccion, timeout="30s") as cliente:
        futuros = {}
        for unidad, alumno in trabajos:
            futuro = cliente.submit(_calificar_en_dask, (unidad, alumno), str(curso.raiz),
                                    curso.timeout, curso.db_url, curso.presupuesto,
                                    key=f"calificar-{unidad}-{alumno}", pure=False, retries=2)
            futuros[futuro] = (unidad, alumno)
        for i, futuro in enumerate(terminadas(list(futuros)), 1):
            unidad, alumno = futuros[futuro]
            try:
                estado = futuro.result()
            except Exception as e:  # la tarea falló en todos sus intentos: motivo y a seguir
                estado = Estado(alumno, unidad, "error", "el clúster no pudo calificarla: "
                                f"{_motivo_del_cluster(e)}")
                estado.guardar(curso.raiz)
            transcurrido = time.monotonic() - inicio
            marca = "✔" if estado.estado == "calificado" else "✘"
            print(f"  {marca} [{i}/{len(trabajos)} · {_reloj(transcurrido)}] {unidad} · "
                  f"{alumno}: {estado.estado} ({estado.segundos:.1f} s)"
                  + (f" — {estado.motivo}" if estado.motivo else ""), flush=True)
            estados.append(estado)
    return estados


def _reloj(segundos: float) -> str:
    minutos, segundos = divmod(int(round(segundos)), 60)
    return f"{minutos}:{segundos:02d}"

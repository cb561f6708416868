"""La cadena del instructor sobre nbgrader: generar, recoger, calificar, retroalimentar, exportar.

Un ``Curso`` es un directorio con la estructura de nbgrader (source/, release/, submitted/,
autograded/, feedback/, gradebook.db). El del repositorio es la raíz; la demostración usa uno
temporal en build/demo. Cada paso procesa a todos los estudiantes aunque alguno falle, y deja
por cada entrega un estado con su motivo (nunca un 0 silencioso).
"""
from __future__ import annotations

import json
import os
import shutil
import sys
import threading
import time
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat

from .rutas import CONFIG, RAIZ, unidades  # noqa: F401  (unidades: la usan quienes importan Curso)

# Presupuesto de reloj de una entrega, en segundos: un tercio para la verificación aislada y el
# resto para la ejecución en nbgrader. Lo que no termina a tiempo se corta y la entrega queda
# marcada (las funciones no evaluadas no suman). Las ejecuciones de respaldo, si el kernel murió,
# tienen además RESPALDO segundos cada una.
PRESUPUESTO = 300
RESPALDO = 60


def url_del_gradebook(db_url: str | None, raiz: Path) -> str:
    """SQLite en <raiz>/gradebook.db por defecto (esperando el cerrojo cuando varios trabajadores
    escriben a la vez); un postgresql:// sin controlador usa psycopg 3, el que instala
    pyproject.toml (SQLAlchemy 2.0 elegiría psycopg2)."""
    if not db_url:
        return f"sqlite:///{Path(raiz) / 'gradebook.db'}?timeout=120"
    if db_url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db_url.split("://", 1)[1]
    return db_url


def preparar_entorno() -> None:
    """Los kernels que califican deben importar course/, solutions/ y autograder/ y no abrir
    ventanas de gráficos; nbgrader llama a ejecutables del entorno (alembic, jupyter)."""
    binarios = str(Path(sys.executable).parent)
    if binarios not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = binarios + os.pathsep + os.environ.get("PATH", "")
    rutas = [str(RAIZ)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
    os.environ["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(rutas))
    os.environ.setdefault("MPLBACKEND", "Agg")


@dataclass
class Estado:
    """Resultado de procesar la entrega de un estudiante en una unidad."""

    alumno: str
    unidad: str
    estado: str            # "calificado", "sin_entrega", "ilegible", "error"
    motivo: str = ""
    # Lo que el instructor debe mirar: notas corregidas por la verificación aislada, celdas
    # desactivadas, código sospechoso. Nunca cambia el estado; explica la nota.
    banderas: list = field(default_factory=list)
    segundos: float = 0.0  # reloj que tomó calificarla
    usuarios: list = field(default_factory=list)  # uid de sus procesos encerrados (auditoría)
    tiempos: dict = field(default_factory=dict)   # segundos por fase (verificación, nbgrader)
    # El veredicto aislado por función: {función: [pasó, mensaje]} (el informe de errores
    # frecuentes reconoce en los mensajes los errores del catálogo).
    veredicto: dict = field(default_factory=dict)

    def guardar(self, raiz: Path) -> None:
        ruta = Path(raiz) / "estados" / self.unidad / f"{self.alumno}.json"
        ruta.parent.mkdir(parents=True, exist_ok=True)
        ruta.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")

    @classmethod
    def cargar(cls, raiz: Path, unidad: str, alumno: str) -> "Estado | None":
        ruta = Path(raiz) / "estados" / unidad / f"{alumno}.json"
        if not ruta.exists():
            return None
        datos = json.loads(ruta.read_text(encoding="utf-8"))
        return cls(**{k: v for k, v in datos.items() if k in cls.__dataclass_fields__})


# Los mensajes de json.JSONDecodeError, en español (los demás se dejan tal cual).
_ERRORES_JSON = {
    "Unterminated string starting at": "hay un texto entre comillas sin cerrar que empieza",
    "Expecting value": "falta un valor",
    "Expecting ',' delimiter": "falta una coma entre dos elementos",
    "Expecting ':' delimiter": "faltan los dos puntos después de un nombre",
    "Expecting property name enclosed in double quotes": "falta un nombre entre comillas dobles",
    "Extra data": "sobra contenido después del final del cuaderno",
    "Invalid control character at": "hay un carácter de control no válido",
    "Invalid \\escape": "hay una secuencia de escape no válida",
}

TAMANO_MAXIMO = 100 * 1024 ** 2  # una entrega más grande no es un cuaderno razonable


def revisar_legible(ruta: Path) -> str:
    """"" si el cuaderno se puede leer y calificar; si no, el motivo en español."""
    try:
        if Path(ruta).stat().st_size > TAMANO_MAXIMO:
            return (f"el archivo pesa {Path(ruta).stat().st_size / 1024 ** 2:.0f} MB, más que el "
                    f"máximo de {TAMANO_MAXIMO // 1024 ** 2} MB")
        contenido = Path(ruta).read_bytes()
    except OSError as e:
        return f"no se pudo leer el archivo ({e.strerror})"
    if not contenido.strip():
        return "el archivo está vacío"
    try:
        datos = json.loads(contenido.decode("utf-8"))
    except UnicodeDecodeError:
        return "el archivo no es texto UTF-8 (¿se subió otro tipo de archivo?)"
    except json.JSONDecodeError as e:
        return (f"el cuaderno no es JSON válido: {_ERRORES_JSON.get(e.msg, e.msg)} en la línea "
                f"{e.lineno}, columna {e.colno} (¿se cortó la descarga o se editó a mano?)")
    if not isinstance(datos, dict) or not ("cells" in datos or "worksheets" in datos):
        return "el archivo es JSON pero no es un cuaderno de Jupyter (no tiene celdas)"
    if datos.get("nbformat") not in (3, 4):
        return (f"formato de cuaderno no soportado (nbformat {datos.get('nbformat')}); "
                f"se espera nbformat 4 (o 3, que se convierte)")
    try:
        nb = nbformat.reads(contenido.decode("utf-8"), as_version=4)
        nbformat.validate(nb)
    except Exception as e:  # nbformat lanza varias clases de error de validación
        return f"el cuaderno no cumple el formato de Jupyter: {str(e).splitlines()[0]}"
    return ""


class Curso:
    """Operaciones de nbgrader sobre un directorio de curso, con resultados por estudiante."""

    def __init__(self, raiz: Path = RAIZ, *, timeout: int | None = None, db_url: str | None = None,
                 presupuesto: float | None = None):
        from nbgrader.apps import NbGraderAPI
        from nbgrader.coursedir import CourseDirectory
        from traitlets.config.loader import PyFileConfigLoader

        preparar_entorno()
        # nbgrader 0.9.6 con SQLAlchemy 2 avisa de objetos fuera de sesión; es inofensivo.
        warnings.filterwarnings("ignore", message=".*not in session.*")
        from nbgrader.converters import Autograde

        from . import kernel
        from .aislamiento import Limites

        self.raiz = Path(raiz).resolve()
        self.timeout, self.db_url = timeout, db_url
        self.presupuesto = float(presupuesto or PRESUPUESTO)
        config = PyFileConfigLoader(CONFIG.name, path=str(CONFIG.parent)).load_config()
        config.CourseDirectory.root = str(self.raiz)
        config.CourseDirectory.db_url = url_del_gradebook(db_url, self.raiz)
        if timeout:
            config.Execute.timeout = timeout
        # En el proceso aislado, cada celda y cada llamada tienen el plazo de una celda en
        # nbgrader; el presupuesto de la entrega acota el total.
        plazo_celda = float(config.Execute.timeout or 120)
        self.limites = Limites(celdas=plazo_celda, llamada=plazo_celda)
        # Cada kernel se lanza encerrado, con una orden construida en memoria (sin kernelspec).
        config.Autograde.autograde_preprocessors = kernel.preprocesadores_de_autograde(
            Autograde.class_traits()["autograde_preprocessors"].default())
        self.config = config
        self.coursedir = CourseDirectory(config=config)
        self.api = NbGraderAPI(coursedir=self.coursedir, config=config)

    # -- generar -------------------------------------------------------------------------------

    def generar(self, unidad: str) -> None:
        """Genera la versión del estudiante en release/<unidad> y registra la tarea en la base."""
        resultado = self.api.generate_assignment(unidad, force=True)
        if not resultado["success"]:
            raise RuntimeError(f"No se pudo generar la unidad {unidad}:\n"
                               f"{resultado.get('error') or resultado.get('log')}")

    # -- recoger -------------------------------------------------------------------------------

    def cuaderno_de_unidad(self, unidad: str) -> str:
        return sorted((self.raiz / "source" / unidad).glob("*.ipynb"))[0].name

    def recoger(self, carpeta: Path, unidad: str) -> list[Estado]:
        """Copia las entregas de ``carpeta`` a submitted/<alumno>/<unidad>/.

        Acepta ``carpeta/<alumno>.ipynb`` o ``carpeta/<alumno>/<cualquier>.ipynb`` (como las
        descargas de un LMS). Una entrega ilegible se copia igual y queda marcada con su motivo.
        """
        estados = []
        destino_nb = self.cuaderno_de_unidad(unidad)
        for alumno, origen in _entregas_en(Path(carpeta)):
            destino = self.raiz / "submitted" / alumno / unidad / destino_nb
            if origen.is_symlink():
                # Un enlace en la descarga (p. ej. dentro de un zip) podría apuntar a cualquier
                # archivo del instructor: no se sigue ni se copia.
                estado = Estado(alumno, unidad, "ilegible", "la entrega es un enlace simbólico "
                                "(no se copia lo que apunta)")
                estado.guardar(self.raiz)
                estados.append(estado)
                continue
            destino.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(origen, destino)
            # Una entrega nueva reemplaza la copia original que guarda calificar().
            (self.raiz / "originales" / unidad / f"{alumno}.ipynb").unlink(missing_ok=True)
            motivo = revisar_legible(destino)
            estado = Estado(alumno, unidad, "ilegible" if motivo else "recogido", motivo)
            estado.guardar(self.raiz)
            estados.append(estado)
        return estados

    def alumnos(self, unidad: str) -> list[str]:
        carpeta = self.raiz / "submitted"
        if not carpeta.exists():
            return []
        return sorted(p.name for p in carpeta.iterdir() if (p / unidad).is_dir())

    # -- calificar -----------------------------------------------------------------------------

    def calificar(self, unidad: str, alumno: str) -> Estado:
        """Califica una entrega. Nunca lanza: cualquier fallo queda como estado con motivo.

        1. El original se conserva en originales/ (re-calificar parte siempre de él).
        2. Verificación aislada: el código del estudiante corre en un proceso encerrado y las
           pruebas deciden aquí cada función (autograder.verificacion).
        3. Las celdas que matan el proceso se desactivan en la copia que ejecuta nbgrader.
        4. nbgrader ejecuta la entrega en un kernel encerrado, donde las pruebas ocultas solo
           repiten el veredicto aislado; si el kernel muere o se pasa del presupuesto, se
           vuelve a ejecutar sin el código que lo impide (autograder.kernel).
        5. Donde la nota de nbgrader por función difiere del veredicto aislado, manda el
           veredicto y la entrega queda marcada con el motivo.
        """
        inicio = time.monotonic()
        try:
            estado = self._calificar(unidad, alumno, inicio)
        except Exception as e:  # última red: un estudiante nunca detiene la clase
            estado = Estado(alumno, unidad, "error", f"fallo interno del calificador: "
                            f"{type(e).__name__}: {e}")
        from . import encierro

        estado.segundos = round(time.monotonic() - inicio, 1)
        if encierro.disponible():
            estado.usuarios = [encierro.uid_del_trabajador(0), encierro.uid_del_trabajador(1)]
        estado.guardar(self.raiz)
        return estado

    def _calificar(self, unidad: str, alumno: str, inicio: float) -> Estado:
        from . import integridad
        from .verificacion import celdas_de_codigo, resumen_hallazgos, verificar

        carpeta = self.raiz / "submitted" / alumno / unidad
        cuadernos = sorted(carpeta.glob("*.ipynb"))
        if not cuadernos:
            return Estado(alumno, unidad, "sin_entrega", "no hay ningún cuaderno en la entrega")
        original = self.raiz / "originales" / unidad / f"{alumno}.ipynb"
        if not original.exists():
            original.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cuadernos[0], original)
        if motivo := revisar_legible(original):
            return Estado(alumno, unidad, "ilegible", motivo)

        nb = nbformat.read(str(original), as_version=4)
        codigo_original = [c.source for c in celdas_de_codigo(nb)]
        banderas = []
        if integridad.version_original(original) == 3:
            banderas.append("cuaderno en nbformat 3, convertido a nbformat 4 para calificar")
        release = self.raiz / "release" / unidad / self.cuaderno_de_unidad(unidad)
        if release.exists():
            nb_release = integridad.leer_release(release)
            banderas += integridad.revisar(nb, nb_release)
            nb = integridad.reparar(nb, nb_release)

        comienzo = time.monotonic()
        veredicto = verificar(unidad, original, release=release, limites=self.limites,
                              plazo=inicio + self.presupuesto / 3)
        tiempos = {"verificacion": round(time.monotonic() - comienzo, 2)}
        banderas += resumen_hallazgos(veredicto.hallazgos)
        banderas += [f"en el proceso aislado, {i}" for i in veredicto.incidentes]
        if not veredicto.aislado:
            banderas.append("verificación sin aislamiento completo (sin bwrap o sin root)")
        if veredicto.plazo_agotado:
            banderas.append(f"superó el presupuesto de tiempo de la verificación aislada "
                            f"({self.presupuesto / 3:.0f} s): las funciones que no alcanzaron "
                            f"a evaluarse no suman")
        peligrosas = dict(veredicto.mortales)
        # Celdas que el kernel de nbgrader no sobreviviría: las que terminan el proceso,
        # lo rompen o agotan la memoria (el kernel no se recupera bien de eso).
        peligrosas.update({i: c.get("error", "") for i, c in enumerate(veredicto.celdas)
                           if c.get("estado") == "salida"
                           or c.get("error", "").startswith("MemoryError")})
        if peligrosas:
            # Por su fuente: reparar() pudo mover las celdas respecto del original.
            fuentes = [codigo_original[i] for i in peligrosas]
            desactivar(nb, lambda _i, c: c.source in fuentes and not fuentes.remove(c.source),
                       "terminaba el proceso o agotaba la memoria")
            banderas.append("celdas desactivadas porque terminaban el proceso o agotaban "
                            "la memoria: " + ", ".join(str(i + 1) for i in sorted(peligrosas))
                            + " (numeradas entre las celdas de código)")
        comienzo = time.monotonic()
        estado = self._ejecutar(unidad, alumno, nb, cuadernos[0], veredicto,
                                inicio + self.presupuesto, banderas)
        tiempos["nbgrader"] = round(time.monotonic() - comienzo, 2)
        if estado.estado == "calificado":
            banderas += self._conciliar(unidad, alumno, veredicto.funciones)
        estado.banderas, estado.tiempos = banderas, tiempos
        estado.veredicto = {f: [bool(p), str(m)] for f, (p, m) in veredicto.funciones.items()}
        return estado

    def _ejecutar(self, unidad: str, alumno: str, nb, destino: Path, veredicto, plazo: float,
                  banderas: list) -> Estado:
        """nbgrader sobre la entrega, en un kernel encerrado y con plazo de reloj.

        Si el kernel muere o se pasa del plazo, se ejecuta de nuevo primero solo con las celdas
        que definen funciones (y las del curso) y luego sin ningún código del estudiante: así
        siempre queda registro en el gradebook (las preguntas escritas incluidas) y las
        funciones reciben la nota del veredicto aislado al conciliar."""
        from . import kernel
        from .verificacion import solo_define

        intentos = [("", lambda i, c: False),
                    ("solo con las celdas que definen funciones",
                     lambda i, c: not solo_define(c.source)),
                    ("sin el código del estudiante", lambda i, c: True)]
        motivo_previo = ""
        for etiqueta, quitar in intentos:
            copia = nbformat.from_dict(json.loads(json.dumps(nb)))
            desactivar(copia, quitar, "no se ejecutó: el kernel no terminó la versión completa")
            nbformat.write(copia, str(destino))
            with kernel.entrega(kernel.Entrega(unidad, veredicto.funciones)), \
                    Vigia(plazo) as vigia:
                estado = self._autograde(unidad, alumno)
            if vigia.disparo and estado.estado != "calificado":
                estado.motivo = (f"superó el presupuesto de tiempo de la entrega "
                                 f"({self.presupuesto:.0f} s)")
            if estado.estado == "calificado":
                if etiqueta:
                    banderas.append(f"el kernel de nbgrader no terminó la entrega "
                                    f"({motivo_previo}); se ejecutó de nuevo {etiqueta} y "
                                    f"las funciones tienen la nota de la verificación aislada")
                return estado
            if not estado.motivo.startswith(("el kernel murió", "superó el presupuesto",
                                             "una celda superó")):
                return estado  # un fallo de nbgrader que repetir no arregla
            motivo_previo = motivo_previo or estado.motivo
            plazo = time.monotonic() + RESPALDO
        return Estado(alumno, unidad, "error", "fallo del calificador: el kernel no pudo "
                      f"ejecutar ni las celdas del curso ({estado.motivo})")

    def _conciliar(self, unidad: str, alumno: str, funciones: dict) -> list[str]:
        """Ajusta en el gradebook la nota de cada prueba de función al veredicto aislado."""
        from nbgrader.api import Gradebook, MissingEntry

        banderas = []
        cuaderno = Path(self.cuaderno_de_unidad(unidad)).stem
        with Gradebook(self.coursedir.db_url, self.coursedir.course_id) as gb:
            for funcion, (paso, mensaje) in funciones.items():
                try:
                    nota = gb.find_grade(f"prueba_{funcion}", cuaderno, unidad, alumno)
                except MissingEntry:
                    continue
                confiable = float(nota.max_score) if paso else 0.0
                en_cuaderno = float(nota.auto_score or 0.0)
                if abs(en_cuaderno - confiable) < 1e-9:
                    continue
                nota.auto_score = confiable
                texto = (f"{funcion}: el cuaderno obtuvo {en_cuaderno:g} y la verificación "
                         f"aislada {confiable:g}; cuenta la verificación aislada"
                         + (f" ({mensaje})" if mensaje else ""))
                banderas.append(texto)
                try:
                    comentario = gb.find_comment(funcion, cuaderno, unidad, alumno)
                    comentario.auto_comment = "Verificación aislada: " + texto
                except MissingEntry:
                    pass
            gb.db.commit()
        return banderas

    def _autograde(self, unidad: str, alumno: str, intentos: int = 3) -> Estado:
        for intento in range(intentos):
            try:
                resultado = self.api.autograde(unidad, alumno, force=True, create=True)
            except Exception as e:  # la API captura casi todo; esto es la última red
                return Estado(alumno, unidad, "error", f"nbgrader falló: {type(e).__name__}: {e}")
            log = resultado.get("log", "") or ""
            # Fallos de infraestructura, no del estudiante: dos kernels que eligieron el mismo
            # puerto, o la base de datos ocupada por otro trabajador. Se reintenta.
            transitorio = any(t in log for t in ("Kernel didn't respond", "Address already in use",
                                                 "database is locked", "ZMQError"))
            if resultado.get("success") or not transitorio:
                break
            time.sleep(1 + intento)
        if resultado.get("success"):
            return Estado(alumno, unidad, "calificado")
        if "Kernel died" in log or "DeadKernelError" in log:
            motivo = ("el kernel murió durante la ejecución (os._exit, sys.exit en el kernel o "
                      "falta de memoria); la entrega no se pudo calificar")
        elif "CellTimeoutError" in log or "timed out" in log.lower():
            motivo = (f"una celda superó el tiempo límite de "
                      f"{self.config.Execute.timeout} s (¿un bucle infinito?)")
        else:
            motivo = _motivo_de_log(log, resultado.get("error"))
        return Estado(alumno, unidad, "error", motivo)

    # -- retroalimentar ------------------------------------------------------------------------

    def retroalimentar(self, unidad: str, alumno: str) -> str:
        """Genera feedback/<alumno>/<unidad>/*.html. Devuelve "" o el motivo del fallo."""
        if not (self.raiz / "autograded" / alumno / unidad).is_dir():
            return "no hay entrega calificada"
        resultado = self.api.generate_feedback(unidad, alumno, force=True)
        if resultado.get("success"):
            from .retroalimentacion import anotar, marcar_pendientes, matematicas_sin_red, traducir

            estado = Estado.cargar(self.raiz, unidad, alumno)
            pendientes = self._pendientes(unidad, alumno)
            for html in (self.raiz / "feedback" / alumno / unidad).glob("*.html"):
                texto = marcar_pendientes(traducir(html.read_text(encoding="utf-8")), pendientes)
                texto = matematicas_sin_red(anotar(texto, estado.banderas if estado else []))
                html.write_text(texto, encoding="utf-8")
            return ""
        return _motivo_de_log(resultado.get("log", ""), resultado.get("error"))

    def _pendientes(self, unidad: str, alumno: str) -> list[str]:
        """Los grade_id de la entrega que aún esperan calificación manual."""
        from nbgrader.api import Gradebook, MissingEntry

        with Gradebook(self.coursedir.db_url, self.coursedir.course_id) as gb:
            try:
                envio = gb.find_submission(unidad, alumno)
            except MissingEntry:
                return []
            return [g.name for nb in envio.notebooks for g in nb.grades if g.needs_manual_grade]

    # -- exportar ------------------------------------------------------------------------------

    def maximos(self, unidad: str) -> dict[str, float]:
        """Puntaje máximo de cada ejercicio (grade_id) de la unidad."""
        from nbgrader.api import Gradebook

        with Gradebook(self.coursedir.db_url, self.coursedir.course_id) as gb:
            tarea = gb.find_assignment(unidad)
            return {c.name: c.max_score for nb in tarea.notebooks for c in nb.grade_cells}

    def notas(self, unidad: str) -> tuple[list[str], list[dict]]:
        """(ejercicios, filas): una fila por alumno con el puntaje de cada ejercicio."""
        from nbgrader.api import Gradebook, MissingEntry

        filas = []
        with Gradebook(self.coursedir.db_url, self.coursedir.course_id) as gb:
            try:
                tarea = gb.find_assignment(unidad)
            except MissingEntry:
                return [], []
            ejercicios = [c.name for nb in tarea.notebooks for c in nb.grade_cells]
            maximo = sum(c.max_score for nb in tarea.notebooks for c in nb.grade_cells)
            for alumno in sorted(set(self.alumnos(unidad)) | _alumnos_con_estado(self.raiz,
                                                                                 unidad)):
                estado = Estado.cargar(self.raiz, unidad, alumno) or Estado(
                    alumno, unidad, "sin_calificar", "la entrega no se ha calificado")
                fila = {"alumno": alumno, "unidad": unidad, "estado": estado.estado,
                        "motivo": estado.motivo, "maximo": maximo,
                        "banderas": " | ".join(estado.banderas)}
                puntajes, pendientes = {}, []
                if estado.estado == "calificado":
                    try:
                        envio = gb.find_submission(unidad, alumno)
                        for nb in envio.notebooks:
                            for g in nb.grades:
                                puntajes[g.name] = g.score
                                if g.needs_manual_grade:
                                    pendientes.append(g.name)
                    except MissingEntry:
                        fila.update(estado="error", motivo="calificado sin registro en la base")
                for e in ejercicios:
                    if e in pendientes:
                        fila[e] = "pendiente"
                    else:
                        fila[e] = _numero(puntajes.get(e, 0.0))
                fila["puntaje"] = _numero(sum(v for k, v in puntajes.items()
                                              if k not in pendientes and v is not None))
                fila["pendientes"] = " ".join(pendientes)
                filas.append(fila)
        return ejercicios, filas


def desactivar(nb, quitar, motivo: str) -> None:
    """Comenta las celdas de código del estudiante (ni de prueba ni bloqueadas) para las que
    ``quitar(i, celda)`` es verdadero; ``i`` es su índice entre las celdas de código sin las de
    prueba (el que usa la verificación aislada). El original queda en originales/."""
    from .verificacion import celdas_de_codigo

    for i, celda in enumerate(celdas_de_codigo(nb)):
        if celda.metadata.get("nbgrader", {}).get("locked") or not quitar(i, celda):
            continue
        celda.source = (f"# [calificador] celda desactivada: {motivo}\n"
                        + "\n".join("# " + l for l in celda.source.splitlines()))


class Vigia:
    """Plazo de reloj para una ejecución de nbgrader: al vencer, mata los kernels vivos."""

    def __init__(self, plazo: float):
        self.plazo, self.disparo = plazo, False
        self._evento = threading.Event()

    def __enter__(self):
        threading.Thread(target=self._vigilar, daemon=True).start()
        return self

    def _vigilar(self):
        from . import kernel

        if not self._evento.wait(max(self.plazo - time.monotonic(), 0.0)):
            self.disparo = True
            kernel.matar_todos()

    def __exit__(self, *exc):
        self._evento.set()


def _numero(x) -> float:
    return round(float(x or 0.0), 2)


def _alumnos_con_estado(raiz: Path, unidad: str) -> set[str]:
    carpeta = Path(raiz) / "estados" / unidad
    return {p.stem for p in carpeta.glob("*.json")} if carpeta.exists() else set()


def _entregas_en(carpeta: Path):
    """Pares (alumno, ruta del cuaderno) de una carpeta de entregas."""
    if not carpeta.is_dir():
        raise FileNotFoundError(f"No existe la carpeta de entregas {carpeta}")
    for ruta in sorted(carpeta.iterdir()):
        if ruta.is_symlink():
            yield _id_alumno(ruta.stem if ruta.suffix == ".ipynb" else ruta.name), ruta
        elif ruta.is_file() and ruta.suffix == ".ipynb":
            yield _id_alumno(ruta.stem), ruta
        elif ruta.is_dir():
            cuadernos = sorted(ruta.glob("*.ipynb"))
            if cuadernos:
                yield _id_alumno(ruta.name), cuadernos[0]


def _id_alumno(nombre: str) -> str:
    """Identificador de alumno seguro para carpetas y para la base de datos."""
    limpio = "".join(c if c.isalnum() or c in "-_." else "_" for c in nombre).strip("._")
    if not limpio:
        raise ValueError(f"Nombre de entrega inválido: {nombre!r}")
    return limpio


def _motivo_de_log(log: str, error: str | None) -> str:
    lineas = [l for l in (log or "").splitlines() if "[ERROR]" in l or "[WARNING]" in l]
    texto = (lineas[-1] if lineas else (error or "").strip().splitlines()[-1:] or ["desconocido"])
    if isinstance(texto, list):
        texto = texto[0]
    return f"nbgrader no pudo procesar la entrega: {texto.strip()[:300]}"

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
import time
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat

RAIZ = Path(__file__).resolve().parent.parent
CONFIG = RAIZ / "nbgrader_config.py"


def unidades(raiz: Path = RAIZ) -> list[str]:
    """Las unidades (tareas de nbgrader): cada carpeta de source/ con un cuaderno."""
    fuente = Path(raiz) / "source"
    return sorted(p.name for p in fuente.iterdir() if p.is_dir() and any(p.glob("*.ipynb")))


def url_del_gradebook(db_url: str | None, raiz: Path) -> str:
    """SQLite en <raiz>/gradebook.db por defecto (esperando el cerrojo cuando varios trabajadores
    escriben a la vez); un postgresql:// sin controlador usa psycopg 3, el que instala
    pyproject.toml (SQLAlchemy 2.0 elegiría psycopg2)."""
    if not db_url:
        return f"sqlite:///{Path(raiz) / 'gradebook.db'}?timeout=120"
    if db_url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + db_url.split("://", 1)[1]
    return db_url


def instalar_kernel(raiz_curso: Path) -> str:
    """Un kernelspec «calificador» que arranca el kernel por autograder.lanzador (encerrado y
    con límites). Devuelve su nombre; nbgrader lo usa vía Execute.kernel_name."""
    import tempfile

    carpeta = Path(os.environ.get("CALIFICADOR_KERNELS") or tempfile.mkdtemp(prefix="kernels-"))
    spec = carpeta / "kernels" / "calificador" / "kernel.json"
    spec.parent.mkdir(parents=True, exist_ok=True)
    spec.write_text(json.dumps({
        "argv": [sys.executable, "-m", "autograder.lanzador", "-f", "{connection_file}"],
        "display_name": "Python 3 (calificador)", "language": "python",
        "env": {"CALIFICADOR_RAIZ": str(Path(raiz_curso).resolve())}}), encoding="utf-8")
    os.environ["CALIFICADOR_KERNELS"] = str(carpeta)
    rutas = [str(carpeta)] + [p for p in os.environ.get("JUPYTER_PATH", "").split(os.pathsep) if p]
    os.environ["JUPYTER_PATH"] = os.pathsep.join(dict.fromkeys(rutas))
    return "calificador"


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

    def guardar(self, raiz: Path) -> None:
        ruta = Path(raiz) / "estados" / self.unidad / f"{self.alumno}.json"
        ruta.parent.mkdir(parents=True, exist_ok=True)
        ruta.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=1), encoding="utf-8")

    @classmethod
    def cargar(cls, raiz: Path, unidad: str, alumno: str) -> "Estado | None":
        ruta = Path(raiz) / "estados" / unidad / f"{alumno}.json"
        if not ruta.exists():
            return None
        return cls(**json.loads(ruta.read_text(encoding="utf-8")))


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
        return f"el cuaderno no es JSON válido (línea {e.lineno}, columna {e.colno}): {e.msg}"
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

    def __init__(self, raiz: Path = RAIZ, *, timeout: int | None = None, db_url: str | None = None):
        from nbgrader.apps import NbGraderAPI
        from nbgrader.coursedir import CourseDirectory
        from traitlets.config.loader import PyFileConfigLoader

        preparar_entorno()
        # nbgrader 0.9.6 con SQLAlchemy 2 avisa de objetos fuera de sesión; es inofensivo.
        warnings.filterwarnings("ignore", message=".*not in session.*")
        self.raiz = Path(raiz).resolve()
        self.timeout, self.db_url = timeout, db_url
        from .aislamiento import Limites
        # El proceso aislado tiene el mismo presupuesto de tiempo que una celda en nbgrader.
        self.limites = Limites(celdas=2.0 * (timeout or 60), llamada=float(timeout or 60))
        config = PyFileConfigLoader(CONFIG.name, path=str(CONFIG.parent)).load_config()
        config.CourseDirectory.root = str(self.raiz)
        config.CourseDirectory.db_url = url_del_gradebook(db_url, self.raiz)
        if timeout:
            config.Execute.timeout = timeout
        config.Execute.kernel_name = instalar_kernel(self.raiz)
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

    def calificar(self, unidad: str, alumno: str, *, verificar: bool = True) -> Estado:
        """Califica una entrega. Nunca lanza: cualquier fallo queda como estado con motivo.

        1. El original se conserva en originales/ (re-calificar parte siempre de él).
        2. Verificación aislada: el código del estudiante corre en un proceso encerrado y las
           pruebas deciden aquí cada función (autograder.verificacion).
        3. Las celdas que matan el proceso se desactivan en la copia que ejecuta nbgrader.
        4. nbgrader califica; donde su nota por función difiere del veredicto aislado, manda
           el veredicto y la entrega queda marcada con el motivo.
        """
        try:
            return self._calificar(unidad, alumno, verificar)
        except Exception as e:  # última red: un estudiante nunca detiene la clase
            estado = Estado(alumno, unidad, "error", f"fallo interno del calificador: "
                            f"{type(e).__name__}: {e}")
            estado.guardar(self.raiz)
            return estado

    def _calificar(self, unidad: str, alumno: str, verificar: bool) -> Estado:
        from .verificacion import (celdas_de_codigo, neutralizar_por_fuente, resumen_hallazgos,
                                   verificar as verificar_entrega)

        carpeta = self.raiz / "submitted" / alumno / unidad
        cuadernos = sorted(carpeta.glob("*.ipynb"))
        if not cuadernos:
            estado = Estado(alumno, unidad, "sin_entrega", "no hay ningún cuaderno en la entrega")
            estado.guardar(self.raiz)
            return estado
        original = self.raiz / "originales" / unidad / f"{alumno}.ipynb"
        if not original.exists():
            original.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(cuadernos[0], original)
        if motivo := revisar_legible(original):
            estado = Estado(alumno, unidad, "ilegible", motivo)
            estado.guardar(self.raiz)
            return estado
        from . import integridad

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
        veredicto = None
        if verificar:
            veredicto = verificar_entrega(unidad, original, self.raiz, release=release,
                                          limites=self.limites)
            banderas += resumen_hallazgos(veredicto.hallazgos)
            if not veredicto.aislado:
                banderas.append("verificación sin aislamiento completo (sin unshare o sin root)")
            peligrosas = dict(veredicto.mortales)
            # Celdas que el kernel de nbgrader no sobreviviría: las que terminan el proceso,
            # lo rompen o agotan la memoria (el kernel no se recupera bien de eso).
            peligrosas.update({i: c.get("error", "") for i, c in enumerate(veredicto.celdas)
                               if c.get("estado") == "salida"
                               or c.get("error", "").startswith("MemoryError")})
            if peligrosas:
                neutralizar_por_fuente(nb, [codigo_original[i] for i in peligrosas])
                banderas.append("celdas desactivadas porque terminaban el proceso o agotaban "
                                "la memoria: " + ", ".join(str(i + 1) for i in sorted(peligrosas))
                                + " (numeradas entre las celdas de código)")
        nbformat.write(nb, str(cuadernos[0]))
        estado = self._autograde(unidad, alumno)
        if veredicto is not None and estado.estado == "calificado":
            banderas += self._conciliar(unidad, alumno, veredicto.funciones)
        estado.banderas = banderas
        estado.guardar(self.raiz)
        return estado

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
            from .retroalimentacion import anotar, traducir

            estado = Estado.cargar(self.raiz, unidad, alumno)
            for html in (self.raiz / "feedback" / alumno / unidad).glob("*.html"):
                texto = traducir(html.read_text(encoding="utf-8"))
                html.write_text(anotar(texto, estado.banderas if estado else []),
                                encoding="utf-8")
            return ""
        return _motivo_de_log(resultado.get("log", ""), resultado.get("error"))

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
        if ruta.is_file() and ruta.suffix == ".ipynb":
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

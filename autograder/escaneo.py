"""Escaneo estático del código de una entrega: lo que parece un intento de engañar al
calificador o de salir de la entrega. No decide notas; informa al instructor."""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass

MODULOS_VIGILADOS = {"np", "numpy", "builtins", "__builtins__", "sys", "math", "course"}
METODOS_TRAMPOSOS = {"__eq__", "__ne__", "__bool__", "__array__", "__array_ufunc__",
                     "__array_function__", "__float__", "__len__", "__getattr__", "__class__"}
IMPORTS_VIGILADOS = {"solutions", "autograder", "nbgrader", "ctypes", "subprocess", "socket",
                     "urllib", "requests", "http", "signal", "gc", "inspect", "multiprocessing",
                     "importlib", "shutil", "pty"}
LLAMADAS_VIGILADAS = {"os._exit": "termina el proceso (os._exit)",
                      "sys.exit": "termina el proceso (sys.exit)",
                      "os.kill": "envía señales a procesos (os.kill)",
                      "os.system": "ejecuta órdenes del sistema (os.system)",
                      "os.fork": "crea procesos (os.fork)", "os.forkpty": "crea procesos (os.forkpty)",
                      "os.setsid": "crea una sesión de procesos (os.setsid)",
                      "os.execv": "reemplaza el proceso (os.execv)",
                      "os.execvp": "reemplaza el proceso (os.execvp)",
                      "os.posix_spawn": "crea procesos (os.posix_spawn)",
                      "os.remove": "borra archivos", "os.unlink": "borra archivos",
                      "sys._getframe": "inspecciona los marcos de ejecución (sys._getframe)",
                      "exec": "ejecuta código dinámico (exec)", "eval": "evalúa código (eval)",
                      "__import__": "importa dinámicamente (__import__)",
                      "setattr": "asigna atributos dinámicamente (setattr)"}
RUTAS_VIGILADAS = re.compile(r"(solutions|source/|autograder|gradebook|submitted|autograded|"
                             r"feedback/|\.\./|^/)")


@dataclass(frozen=True)
class Hallazgo:
    celda: int
    linea: int
    descripcion: str

    def __str__(self):
        return f"celda {self.celda + 1}, línea {self.linea}: {self.descripcion}"


def _nombre(nodo) -> str:
    if isinstance(nodo, ast.Name):
        return nodo.id
    if isinstance(nodo, ast.Attribute):
        base = _nombre(nodo.value)
        return f"{base}.{nodo.attr}" if base else nodo.attr
    if isinstance(nodo, ast.Subscript):
        return _nombre(nodo.value)
    return ""


def escanear(celdas: list[str]) -> list[Hallazgo]:
    hallazgos: list[Hallazgo] = []
    for i, fuente in enumerate(celdas):
        limpio = "\n".join("pass" if l.lstrip().startswith(("%", "!")) else l
                           for l in fuente.splitlines())
        try:
            arbol = ast.parse(limpio)
        except SyntaxError as e:
            hallazgos.append(Hallazgo(i, e.lineno or 0, "error de sintaxis"))
            continue
        for nodo in ast.walk(arbol):
            hallazgos += [Hallazgo(i, getattr(nodo, "lineno", 0), d) for d in _revisar(nodo)]
    # Uno por línea: la primera razón basta para que el instructor la mire.
    unicos = {}
    for h in hallazgos:
        unicos.setdefault((h.celda, h.linea), h)
    return sorted(unicos.values(), key=lambda h: (h.celda, h.linea))


def _revisar(nodo) -> list[str]:
    encontrados = []
    if isinstance(nodo, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Delete)):
        objetivos = nodo.targets if isinstance(nodo, (ast.Assign, ast.Delete)) else [nodo.target]
        for objetivo in objetivos:
            nombre = _nombre(objetivo)
            raiz = nombre.split(".")[0]
            if isinstance(objetivo, (ast.Attribute, ast.Subscript)) and raiz in MODULOS_VIGILADOS:
                encontrados.append(f"modifica `{nombre}` (monkeypatching de un módulo)")
            if nombre.startswith("sys.modules"):
                encontrados.append("modifica sys.modules")
            if re.match(r"(probar|revisar|comprobar)_|ocultas\b", nombre):
                encontrados.append(f"redefine `{nombre}`, que es parte de las pruebas")
    elif isinstance(nodo, ast.FunctionDef) and nodo.name in METODOS_TRAMPOSOS:
        encontrados.append(f"define el método especial `{nodo.name}` (puede engañar comparaciones)")
    elif isinstance(nodo, ast.FunctionDef) and re.match(r"(probar|revisar|comprobar)_", nodo.name):
        encontrados.append(f"redefine `{nodo.name}`, que es parte de las pruebas")
    elif isinstance(nodo, (ast.Import, ast.ImportFrom)):
        modulos = [a.name for a in nodo.names] if isinstance(nodo, ast.Import) else [
            nodo.module or ""]
        for m in modulos:
            if m.split(".")[0] in IMPORTS_VIGILADOS:
                encontrados.append(f"importa `{m}`")
    elif isinstance(nodo, ast.Call):
        nombre = _nombre(nodo.func)
        if nombre in LLAMADAS_VIGILADAS:
            encontrados.append(LLAMADAS_VIGILADAS[nombre])
        if nombre in ("open", "io.open", "os.open", "np.load", "np.save", "np.savetxt",
                      "np.loadtxt", "os.listdir", "glob.glob", "os.walk", "pathlib.Path"):
            for arg in nodo.args[:1]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and \
                        RUTAS_VIGILADAS.search(arg.value):
                    encontrados.append(f"accede a la ruta «{arg.value}» fuera de su entrega")
    elif isinstance(nodo, ast.Constant) and isinstance(nodo.value, str):
        if re.search(r"(solutions/|gradebook\.db|submitted/|autograded/)", nodo.value):
            encontrados.append(f"menciona la ruta «{nodo.value[:60]}» del calificador")
    return encontrados

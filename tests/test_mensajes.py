"""Los diagnósticos dicen lo que HIZO el estudiante, nunca le dan la orden de cometer el error.

En español la tercera persona del presente coincide con el imperativo de «tú»: un diagnóstico
que empieza «usa la entropía cruzada binaria» o «suma λ·θ en vez de (λ/m)·θ» se lee como una
instrucción para cometer justo ese error. Los diagnósticos se escriben en pasado («usaste…»,
«olvidaste…»), como pregunta («¿sumaste…?») o describiendo el resultado («dz2 tiene el signo
cambiado», «coincide con…»).

Se revisan, para TODAS las unidades que descubre ``autograder.rutas.unidades()``:

- la explicación de cada ``@error`` del catálogo (es el diagnóstico que ven las pruebas ocultas
  y el que guardan las huellas de las visibles);
- el texto de cada ``Sospecha(valor, "…")`` escrita en ``course/<unidad>.py``.
"""
import ast
import re

import pytest

from autograder import catalogo
from autograder.rutas import RAIZ, unidades

UNIDADES = unidades()

# Verbos de acción (lo que un estudiante hace en su código). Para todos ellos la tercera persona
# del presente (y la segunda) se confunde con una orden: «divide», «usa», «devuelve»... Los verbos
# que describen un resultado (ser, estar, tener, valer, coincidir, faltar, parecer, quedar) no
# están: «tiene el signo cambiado» o «coincide con la base 2» describen la salida.
VERBOS = """
    abrir aceptar acumular actualizar agregar aleatorizar alterar añadir apilar aplicar aproximar asignar barajar
    buscar calcular cambiar centrar clasificar codificar colocar combinar comparar comprobar
    concatenar considerar contar contemplar convertir copiar cortar crear dar dejar derivar
    descartar desplazar detectar detener
    devolver dibujar dimensionar dividir duplicar elegir eliminar elevar empezar emplear encoger
    entrenar escalar escoger escribir estandarizar evaluar exponenciar extraer fijar forzar
    generar guardar ignorar implementar incluir indexar inicializar intercambiar invertir iterar
    juntar leer llamar llenar marcar medir mezclar mirar modificar mostrar mover muestrear
    multiplicar
    normalizar olvidar omitir ordenar pasar penalizar perder permutar poner predecir probar
    promediar propagar proteger quitar recalcular recorrer recortar redondear reducir reemplazar
    regularizar reiniciar rellenar repartir repetir resolver restar retropropagar reusar
    reutilizar romper saltar seleccionar separar sobrescribir sortear sumar sustituir tomar
    transponer tratar truncar usar utilizar volver ver hacer suponer exigir
""".split()

# Presentes irregulares o con cambio de raíz (3.ª persona, que es también el imperativo de tú).
IRREGULARES = {
    "contar": "cuenta", "devolver": "devuelve", "elegir": "elige", "empezar": "empieza",
    "encoger": "encoge", "escoger": "escoge", "forzar": "fuerza", "incluir": "incluye",
    "medir": "mide", "mostrar": "muestra", "mover": "mueve", "perder": "pierde", "poner": "pone",
    "probar": "prueba", "repetir": "repite", "resolver": "resuelve",
    "sustituir": "sustituye", "volver": "vuelve", "invertir": "invierte", "convertir": "convierte",
    "dar": "da", "reusar": "reúsa", "comprobar": "comprueba", "evaluar": "evalúa",
    "leer": "lee", "hacer": "hace", "suponer": "supone", "exigir": "exige", "ver": "ve",
}


def _presentes(infinitivo: str) -> set[str]:
    """Las formas del presente que se leen como orden: 3.ª persona (= imperativo de tú), 2.ª
    persona y, para la raíz irregular, ambas."""
    if infinitivo in IRREGULARES:
        tercera = IRREGULARES[infinitivo]
    elif infinitivo.endswith("ar"):
        tercera = infinitivo[:-2] + "a"
    else:  # -er, -ir
        tercera = infinitivo[:-2] + "e"
    return {tercera, tercera + "s"}


FORMAS_PRESENTES = set().union(*(_presentes(v) for v in VERBOS)) | {
    "re" + forma for forma in ("calcula", "calculas", "hace", "haces", "escribe", "escribes")}
# Palabras que pueden ir delante del verbo sin cambiar la lectura: «no divide», «solo suma»,
# «también penaliza», «siempre usa».
ADVERBIOS = {"no", "solo", "sólo", "también", "siempre", "nunca", "además", "luego", "primero"}


def verbo_desnudo(texto: str) -> str | None:
    """La palabra con que ``texto`` empieza si es un verbo de acción en presente (o tras un
    adverbio), o None."""
    palabras = re.findall(r"[\wáéíóúüñÁÉÍÓÚÜÑ]+|¿", texto.strip().lstrip("«(\"'"))
    for palabra in palabras[:3]:
        minuscula = palabra.lower()
        if minuscula in ADVERBIOS:
            continue
        return palabra if minuscula in FORMAS_PRESENTES else None
    return None


def test_el_detector_reconoce_los_ejemplos_del_issue():
    # Los diagnósticos que el issue 15 encontró leyéndose como órdenes...
    for malo in ("usa la entropía cruzada binaria", "penaliza también el intercepto θ0",
                 "suma λ·θ en vez de (λ/m)·θ", "recalcula el gradiente de θ con el θ0 ya "
                 "actualizado", "guarda el costo después de actualizar en vez de antes",
                 "olvida el término (1 − y)·ln(1 − ŷ)", "aplica la fórmula binaria",
                 "olvida θ0 en la predicción h", "no divide entre m", "devuelve (a2, a1)",
                 "elige el λ con el mayor error", "también penaliza θ0"):
        assert verbo_desnudo(malo), malo
    # ...y lo que sí se puede escribir.
    for bueno in ("usaste la entropía cruzada binaria", "olvidaste dividir entre m",
                  "¿sumaste el gradiente en vez de restarlo?", "no dividiste entre m",
                  "dz2 = y − a2: el signo está invertido", "tiene el signo cambiado",
                  "coincide con la entropía cruzada en base 2", "la matriz está transpuesta",
                  "sin dividir entre m", "tu código suma λ·θ", "devolviste (a2, a1)",
                  "penalización L1 en vez de L2", "escribiste a mano las respuestas"):
        assert verbo_desnudo(bueno) is None, bueno


ERRORES = [(u, imp) for u in UNIDADES for imp in catalogo.errores(u)]


@pytest.mark.parametrize("unidad,imp", ERRORES, ids=[f"{u}-{i.id}" for u, i in ERRORES])
def test_ningun_diagnostico_del_catalogo_empieza_con_un_verbo_desnudo(unidad, imp):
    verbo = verbo_desnudo(imp.explicacion)
    assert verbo is None, (
        f"{unidad}/{imp.id}: «{imp.explicacion}» empieza con «{verbo}», que se lee como una "
        f"orden. Escríbelo como lo que hizo el estudiante («usaste…», «olvidaste…», «¿…?»).")


def _textos_de_sospechas(ruta) -> list[tuple[int, str]]:
    """(línea, comienzo del texto) de cada Sospecha(valor, "texto") escrita en ``ruta``."""
    textos = []
    for nodo in ast.walk(ast.parse(ruta.read_text(encoding="utf-8"))):
        if not (isinstance(nodo, ast.Call) and getattr(nodo.func, "id", getattr(
                nodo.func, "attr", "")) == "Sospecha" and len(nodo.args) >= 2):
            continue
        texto = nodo.args[1]
        if isinstance(texto, ast.JoinedStr):
            texto = next((v for v in texto.values if isinstance(v, ast.Constant)), None)
        if isinstance(texto, ast.Constant) and isinstance(texto.value, str):
            textos.append((nodo.lineno, texto.value))
    return textos


SOSPECHAS = [(u, linea, texto) for u in UNIDADES if (RAIZ / "course" / f"{u}.py").exists()
             for linea, texto in _textos_de_sospechas(RAIZ / "course" / f"{u}.py")]


@pytest.mark.parametrize("unidad,linea,texto", SOSPECHAS,
                         ids=[f"{u}-linea{n}" for u, n, _ in SOSPECHAS])
def test_ninguna_sospecha_de_las_pruebas_visibles_empieza_con_un_verbo_desnudo(unidad, linea,
                                                                               texto):
    verbo = verbo_desnudo(texto)
    assert verbo is None, (f"course/{unidad}.py, línea {linea}: «{texto[:70]}…» empieza con "
                           f"«{verbo}», que se lee como una orden.")


def test_se_revisan_todas_las_unidades():
    """La prueba recorre todas las carpetas de unidad que hay en disco (también las nuevas), y
    cada una aporta diagnósticos del catálogo."""
    en_disco = {p.parent.name for p in (RAIZ / "autograder" / "unidades").glob("*/catalogo.py")}
    assert {u for u, _ in ERRORES} == en_disco

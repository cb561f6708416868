"""Fe de erratas (issue 11): los números y las afirmaciones que se pueden comprobar.

Cada prueba fija una corrección de los cuadernos: si alguien vuelve a escribir la afirmación
equivocada, o el número deja de ser cierto, falla. Los textos se leen de
autograder/unidades/<unidad>/cuaderno.py (de ahí sale source/ y release/).
"""
import contextlib
import io
import re

import jupytext
import numpy as np
import pytest

from autograder import autoria
from conftest import RAIZ

SIETE = ["funciones_coste", "descenso_gradiente", "sgd_laboratorio", "regresion_lineal",
         "regresion_logistica", "red_xor", "mnist"]


def texto(unidad: str) -> str:
    return autoria.ruta_texto(unidad).read_text(encoding="utf-8")


def sin_saltos(fuente: str) -> str:
    """El texto de las celdas de Markdown en una sola línea (sin «# » ni saltos)."""
    return re.sub(r"\s+", " ", re.sub(r"(?m)^# ?", "", fuente))


# --- 2. softmax: solo cuentan las diferencias -------------------------------------------------

def test_2_softmax_solo_depende_de_las_diferencias():
    from course.diapositivas import TABLA_SOFTMAX
    from solutions.mnist import softmax

    casi_iguales = softmax(np.array([3.0, 2.9, 2.8]))
    assert np.allclose(casi_iguales, dict((tuple(e), s) for e, s in TABLA_SOFTMAX)[
        (3.0, 2.9, 2.8)], rtol=1e-6)
    assert casi_iguales.max() - casi_iguales.min() < 0.07          # «casi iguales»
    for z in ([3.0, 1.0, 0.2], [3.0, 2.9, 2.8], [3.0, 0.00000002, 0.00000001]):
        z = np.array(z)
        assert np.allclose(softmax(z + 100.0), softmax(z)), "softmax(z + c) = softmax(z)"
    # Lo que concentra la probabilidad es ESCALAR los puntajes (la última fila = la anterior · 10).
    antes = softmax(np.array([3.0, 0.00000002, 0.00000001]))
    despues = softmax(10 * np.array([3.0, 0.00000002, 0.00000001]))
    assert round(float(antes[0]), 3) == 0.909 and despues[0] > 1 - 1e-12
    assert np.isclose(despues[1], 9.4e-14, rtol=0.01)
    cuaderno = sin_saltos(texto("mnist"))
    assert "pesan mucho" not in cuaderno.split("es al revés")[-1]
    assert "solo sus diferencias" in cuaderno and "[0.367, 0.332, 0.301]" in cuaderno


# --- 7. cuándo h vale exactamente 0 o 1 en float64 ------------------------------------------

def test_7_la_sigmoide_en_float64():
    from solutions.regresion_logistica import sigmoide

    directa = lambda z: 1.0 / (1.0 + np.exp(-z))  # noqa: E731
    assert directa(36.7) < 1.0 and directa(36.75) == 1.0            # «z ≳ 36.7»
    assert -np.log(2.0 ** -53) == pytest.approx(36.7368, abs=1e-4)
    assert sigmoide(np.array(37.0)) < 1.0 and sigmoide(np.array(38.0)) == 1.0   # «z ≈ 38»
    assert sigmoide(np.array(-745.0)) > 0.0 and sigmoide(np.array(-746.0)) == 0.0
    assert np.exp(-745.0) == pytest.approx(5e-324, rel=0.02)
    with np.errstate(divide="ignore"):
        assert np.log(1.0 - directa(37.0)) == -np.inf                # lo que falla: log(1 − h)
        assert np.isfinite(np.log(sigmoide(np.array(-700.0))))       # log(h) todavía no
    cuaderno = sin_saltos(texto("regresion_logistica"))
    assert "36.7" in cuaderno and "-745" in cuaderno and "|z| \\gtrsim 37" not in cuaderno
    assert "tiene un único mínimo" not in cuaderno and "linealmente separables" in cuaderno


# --- 11. la regla 5 no mira si las curvas se solapan ------------------------------------------

def test_11_subajuste_es_la_regla_5_y_el_texto_lo_dice():
    from course import sgd_laboratorio as lab
    from solutions.sgd_laboratorio import diagnosticarCurva, dividirDatos, entrenarSGD

    t = np.linspace(0, 40, 41)
    ent = 0.69 - 0.05 * (1 - np.exp(-t / 3))
    assert diagnosticarCurva(ent, ent + 0.005) == "subajuste"          # solapadas
    assert diagnosticarCurva(ent, ent + 0.2) == "subajuste"            # separadas: también
    assert diagnosticarCurva(0.3 + 0.4 * np.exp(-t / 3), 0.3 + 0.4 * np.exp(-t / 3)) == "bien"
    # La corrida real de subajuste: entrenamiento estancado arriba y validación pegada a él.
    X, Y = lab.datos_laboratorio("anillos")
    e, v = lab.experimento("subajuste", entrenarSGD, {"anillos": dividirDatos(X, Y, 0)[:4]})
    assert diagnosticarCurva(e, v) == "subajuste" and e[-1] > 0.5 * e[0]
    assert abs(v[-1] - e[-1]) < 0.05
    cuaderno = texto("sgd_laboratorio")
    fila = next(l for l in cuaderno.splitlines() if l.startswith("# | **subajuste**"))
    assert "solapadas" not in fila
    plano = sin_saltos(cuaderno)
    assert "La regla 5 y las curvas «solapadas»" in plano
    assert "solo mira el nivel del **entrenamiento** (`ent[-1] > 0.5·ent[0]`)" in plano


# --- 12. costos[e] de MNIST: la media SIN ponderar de los lotes -------------------------------

def test_12_costos_por_epoca_sin_ponderar():
    from course import mnist
    from solutions.mnist import costoGlobal, entrenarRed, feedForward

    X, y = mnist.datos_de_prueba()                       # m = 6
    w1, b1, w2, b2 = mnist.parametros_de_prueba()
    with contextlib.redirect_stdout(io.StringIO()):
        *_, costos = entrenarRed(1, 0.0, X, y, w1, b1, w2, b2, None, None, tamLote=4, semilla=0)
    orden = np.random.default_rng(0).permutation(6)
    lotes = [orden[:4], orden[4:]]                       # 4 + 2: el último es más pequeño
    por_lote = [costoGlobal(feedForward(X[:, l], w1, w2, b1, b2)[1], y[:, l]) for l in lotes]
    sin_ponderar = np.mean(por_lote)
    ponderada = (4 * por_lote[0] + 2 * por_lote[1]) / 6
    assert costos[0] == pytest.approx(sin_ponderar, rel=1e-12)
    assert abs(sin_ponderar - ponderada) > 1e-3, "el caso no distingue las dos medias"
    assert costos[0] != pytest.approx(ponderada, rel=1e-6)
    assert "media SIN ponderar" in entrenarRed.__doc__
    assert "**media sin ponderar de los costos de los lotes**" in sin_saltos(texto("mnist"))


# --- 16. cada ejercicio dice su «Salida esperada» ---------------------------------------------

@pytest.mark.parametrize("unidad", SIETE)
def test_16_cada_ejercicio_tiene_salida_esperada(unidad):
    """Entre un ejercicio y el anterior hay una celda de texto con «Salida esperada» (varios
    ejercicios seguidos, sin texto entre ellos, comparten la del texto que los presenta)."""
    celdas = jupytext.read(str(autoria.ruta_texto(unidad)), fmt=autoria.FORMATO).cells
    desde, cubierto = 0, False
    for i, celda in enumerate(celdas):
        if "ejercicio" in celda.metadata:
            textos = [c.source for c in celdas[desde:i] if c.cell_type == "markdown"]
            if textos:
                cubierto = any("Salida esperada" in t for t in textos)
            assert cubierto, (f"{unidad}: el ejercicio {celda.metadata['ejercicio']} no dice su "
                              f"«Salida esperada»")
            desde = i + 1


def test_16_las_salidas_esperadas_de_mnist_son_las_de_la_referencia():
    from course import mnist
    from solutions import mnist as ref

    cuaderno = sin_saltos(texto("mnist"))
    fila = mnist.Z_ACTIVACION[0]

    def lista(valores, cifras=5):
        return "[" + ", ".join(f"{round(float(v), cifras):g}" for v in valores) + "]"

    esperados = [
        lista(ref.tanh(fila)), lista(ref.tanhGrad(np.tanh(fila[1:6]))), lista(ref.relu(fila)),
        lista(ref.reluGrad(ref.relu(fila)))]
    X, y = mnist.datos_de_prueba()
    w1, b1, w2, b2 = mnist.parametros_de_prueba()
    _, a2 = ref.feedForward(X, w1, w2, b1, b2)
    _, a2r = ref.feedForward(X, w1, w2, b1, b2, activacion="relu")
    esperados += [lista(a2[:, 0]), lista(a2r[:, 0]),
                  f"{ref.costoGlobal(mnist.ESPERADO['y_est'], y):.5f}"]
    a1, a2 = ref.feedForward(X, w1, w2, b1, b2)
    db2 = ref.backProp(X, y, w1, w2, b1, b2, a2, a1)[3]
    esperados.append(f"db2 = [[{db2[0, 0]:.5f}], [{db2[1, 0]:.5f}], [{db2[2, 0]:.5f}]]")
    with contextlib.redirect_stdout(io.StringIO()):
        *_, costos = ref.entrenarRed(5, 0.5, X, y, w1, b1, w2, b2, a1, a2)
    esperados += [lista(costos), "[" + " ".join(str(e) for e in ref.predecir(X, w1, b1, w2, b2))
                  + "]"]
    faltan = [e for e in esperados if e not in cuaderno.replace("−", "-")]
    assert not faltan, f"el cuaderno de mnist no dice (o dice otra cosa que) {faltan}"


# --- 17 y «Spanish»: numeración, costo, miles ---------------------------------------------------

@pytest.mark.parametrize("unidad", SIETE)
def test_17_numeracion_y_terminos(unidad):
    fuente = texto(unidad)
    titulo = next(l for l in fuente.splitlines() if l.startswith("# # "))
    numero = SIETE.index(unidad) + 1 if SIETE.index(unidad) < 5 else SIETE.index(unidad) + 4
    assert titulo.startswith(f"# # Unidad {numero} · "), titulo
    assert "UT5" not in fuente and "bloque 1" not in fuente
    assert not re.search(r"(?<![_\w])[Cc]ostes?\b", fuente), "«coste» en vez de «costo»"
    for palabra in ("sobreaprend", "término independiente", "intersección", "de la clase "
                    "muestra", "tabla de la clase", "razón de momios» de las apuestas"):
        assert palabra not in fuente, palabra
    # Miles con espacio fino en el texto (60 000, no 60.000 ni 60,000).
    assert not re.search(r"(?<![\d.,])\d{2,3}[.,]000(?!\d)", sin_saltos(fuente)), unidad
    assert "una_caliente" not in fuente


# Un número de 4 cifras o más escrito con grupos: los separa el espacio fino del curso (U+202F),
# nunca un espacio común, un punto ni una coma. Se revisa el texto de todas las unidades, los
# mensajes del paquete del curso y las respuestas de la clase de muestra.
_GRUPOS_MAL_SEPARADOS = re.compile(r"(?<![\d.,\w])\d{1,3}(?:(?: \d{3})+|(?:[.,]000)+)(?![\d\w])")
_TEXTOS_CON_NUMEROS = sorted([*RAIZ.glob("autograder/unidades/*/*.py"), *RAIZ.glob("course/**/*.py")])


@pytest.mark.parametrize("ruta", _TEXTOS_CON_NUMEROS, ids=lambda r: str(r.relative_to(RAIZ)))
def test_miles_con_espacio_fino(ruta):
    malos = [f"línea {i}: {m.group()!r}" for i, linea in enumerate(ruta.read_text().splitlines(), 1)
             for m in _GRUPOS_MAL_SEPARADOS.finditer(linea)]
    assert not malos, f"{ruta.relative_to(RAIZ)}: miles sin espacio fino en {malos}"


def test_miles_da_el_espacio_fino():
    from course.comprobar import miles
    assert miles(10240) == "10\u202f240" and miles(9912422) == "9\u202f912\u202f422"
    assert miles(938) == "938"

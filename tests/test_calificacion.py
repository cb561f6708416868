"""La cadena completa de nbgrader sobre la clase de cada unidad: cada estudiante de muestra
obtiene la nota esperada, las entregas dañadas tienen su motivo, la retroalimentación no muestra
pruebas ocultas, y las soluciones alternativas correctas obtienen todo dentro de un kernel real
(donde un aviso en stderr costaría la celda).

Cada unidad se califica UNA vez por corrida (fixture de sesión ``clase``: su clase de muestra y
sus alternativas en un solo lote, por los mismos pasos que ``make demo``). Las pruebas de una
unidad forman una clase (``TestClase_<unidad>``): con ``--dist loadscope`` van juntas al mismo
trabajador de pytest-xdist y comparten ese lote, y unidades distintas van en paralelo.
"""
import csv
from dataclasses import replace
from pathlib import Path

import pytest

from autograder import muestra
from autograder.__main__ import ciclo, main
from conftest import UNIDADES


@pytest.fixture(scope="session")
def clase(tmp_path_factory):
    """clase(unidad) → el curso con la clase de muestra y las alternativas de la unidad ya
    calificadas, retroalimentadas y exportadas (una sola vez por corrida)."""
    hechas = {}

    def calificada(unidad):
        if unidad not in hechas:
            raiz = tmp_path_factory.mktemp(f"clase-{unidad}")
            # Solo ana entrega el cuaderno entero (con sus demostraciones, como en make demo);
            # a los demás les basta lo que califica, y así la unidad cabe en su presupuesto.
            alumnos = [a if a.nombre == "ana_garcia" else replace(a, sin_demostraciones=True)
                       for a in muestra.alumnos(unidad)] + muestra.clase_de_alternativas(unidad)
            curso = muestra.montar_clase(raiz, {unidad: alumnos}, timeout=60)
            ciclo(curso, [unidad], trabajadores=1, carpeta_notas=raiz / "notas")
            hechas[unidad] = curso
        return hechas[unidad]
    return calificada


def _filas(raiz: Path, unidad: str) -> dict:
    with (raiz / "notas" / f"{unidad}.csv").open(encoding="utf-8") as f:
        return {fila["alumno"]: fila for fila in csv.DictReader(f)}


def _ejercicios_automaticos(fila: dict) -> list[str]:
    return [k for k in fila if k.startswith("prueba_")]


def _comprobar_notas(alumno, fila):
    assert fila["estado"] == alumno.estado, (
        f"{alumno.nombre}: estado {fila['estado']} ({fila['motivo']}), se esperaba {alumno.estado}")
    if alumno.estado != "calificado":
        assert fila["motivo"], f"{alumno.nombre}: estado {fila['estado']} sin motivo"
    banderas = fila.get("banderas", "")
    for fragmento in alumno.banderas:
        assert fragmento in banderas, f"{alumno.nombre}: falta la bandera «{fragmento}»: {banderas}"
    if not alumno.banderas:
        assert not banderas, f"{alumno.nombre}: banderas inesperadas: {banderas}"
    for ejercicio in _ejercicios_automaticos(fila):
        esperado = float(alumno.notas.get(ejercicio, 0))
        assert float(fila[ejercicio]) == esperado, (
            f"{alumno.nombre} ({alumno.descripcion}): {ejercicio} = {fila[ejercicio]}, "
            f"se esperaba {esperado}")


class ClaseDeUnidad:
    """Las pruebas del lote calificado de una unidad (``unidad``: la de cada subclase)."""

    unidad = ""

    def test_la_clase_de_muestra_obtiene_sus_notas(self, clase):
        curso = clase(self.unidad)
        filas = _filas(curso.raiz, self.unidad)
        muestra_unidad = muestra.alumnos(self.unidad)
        assert {a.nombre for a in muestra_unidad} <= set(filas)
        for alumno in muestra_unidad:
            _comprobar_notas(alumno, filas[alumno.nombre])

    def test_alternativas_correctas_obtienen_todo_en_el_kernel(self, clase):
        curso = clase(self.unidad)
        filas = _filas(curso.raiz, self.unidad)
        maximos = curso.maximos(self.unidad)
        alternativas = muestra.clase_de_alternativas(self.unidad)
        assert alternativas
        for alumno in alternativas:
            fila = filas[alumno.nombre]
            assert fila["estado"] == "calificado", f"{alumno.nombre}: {fila['motivo']}"
            assert not fila["banderas"], f"{alumno.nombre}: {fila['banderas']}"
            for ejercicio in _ejercicios_automaticos(fila):
                assert float(fila[ejercicio]) == maximos[ejercicio], (
                    f"{alumno.nombre} perdió {ejercicio}")

    def test_la_retroalimentacion_dice_las_banderas(self, clase):
        raiz = clase(self.unidad).raiz
        for alumno in muestra.alumnos(self.unidad):
            html = raiz / "feedback" / alumno.nombre / self.unidad
            if alumno.banderas and html.is_dir():
                texto = "".join(p.read_text(encoding="utf-8") for p in html.glob("*.html"))
                assert "Observaciones del calificador" in texto, alumno.nombre

    def test_la_retroalimentacion_no_muestra_pruebas_ocultas(self, clase):
        htmls = list((clase(self.unidad).raiz / "feedback").glob(f"*/{self.unidad}/*.html"))
        assert htmls
        for html in htmls:
            texto = html.read_text(encoding="utf-8")
            for prohibido in ("BEGIN HIDDEN TESTS", "ocultas.probar_", "solutions"):
                assert prohibido not in texto, f"{html} contiene «{prohibido}»"
            for ingles in ("Score:", "Student's answer", "Student&#39;s answer", "Comments:"):
                assert ingles not in texto, f"{html} tiene rótulos en inglés: «{ingles}»"
            assert "Puntaje:" in texto

    def test_la_retroalimentacion_se_lee_sin_red_y_dice_lo_pendiente(self, clase):
        """Fórmulas en MathML (sin MathJax de un CDN), el resumen nombra cada prueba, y las
        preguntas escritas sin calificar dicen «pendiente» como el CSV (no «0.0»)."""
        raiz = clase(self.unidad).raiz
        html = "".join(p.read_text(encoding="utf-8") for p in
                       (raiz / "feedback" / "ana_garcia" / self.unidad).glob("*.html"))
        assert "cdnjs.cloudflare.com/ajax/libs/mathjax" not in html
        assert "<math" in html and "white-space: pre-wrap" in html
        for funcion in muestra.funciones(self.unidad):
            assert f'Prueba de <code>{funcion}</code></a> (Puntaje:' in html, funcion
        assert "(Puntaje: pendiente / " in html and "pendiente de revisión" in html
        assert "No response." not in html

    def test_el_informe_reconoce_los_errores_de_la_clase(self, clase):
        """El informe de errores frecuentes (make informe) cuenta, para cada error del catálogo
        que un estudiante de muestra comete a propósito, a ese estudiante: siempre que el
        diagnóstico de ese error, con las demás funciones de ESE estudiante, lo identifique (un
        error que arrastra a otra función o dos errores con el mismo mensaje no se adivinan)."""
        from autograder import catalogo, errores_frecuentes

        curso = clase(self.unidad)
        informe = errores_frecuentes.construir(curso, self.unidad)
        reconocidos = errores_frecuentes.por_alumno(informe)
        por_id = {i.id: i for i in catalogo.implementaciones(self.unidad)}
        esperados = 0
        for alumno in muestra.alumnos(self.unidad):
            if alumno.estado != "calificado":
                continue
            espacio = catalogo.espacio_de_referencia(self.unidad)
            for respuesta in alumno.respuestas.values():
                if respuesta in por_id:
                    por_id[respuesta].compilar(espacio)     # sus funciones, no la referencia
            for funcion, respuesta in alumno.respuestas.items():
                imp = por_id.get(respuesta)
                if imp is None or imp.correcta:
                    continue
                _, mensaje = catalogo.evaluar(self.unidad, funcion, espacio[funcion])
                if errores_frecuentes.reconocer(self.unidad, funcion, mensaje) is not imp:
                    continue
                esperados += 1
                assert respuesta in reconocidos[alumno.nombre], (
                    f"{alumno.nombre}: el informe no reconoce {respuesta}; reconoce "
                    f"{sorted(reconocidos[alumno.nombre])}")
        assert esperados > 0, "ningún error de la clase de muestra es identificable"
        html = (curso.raiz / "informe" / f"{self.unidad}.html").read_text(encoding="utf-8")
        assert "data:image/png;base64," in html and "Errores típicos diagnosticados" in html
        # El CSS llega tal cual (sin llaves dobles de un f-string) y las gráficas caben en la página.
        estilo = html.split("<style>", 1)[1].split("</style>", 1)[0]
        assert "{{" not in estilo and "}}" not in estilo and "img{max-width:100%" in estilo

    def test_resumen_por_alumno(self, clase):
        with (clase(self.unidad).raiz / "notas" / "resumen.csv").open(encoding="utf-8") as f:
            filas = list(csv.DictReader(f))
        assert filas and set(filas[0]) == {"alumno", self.unidad}


# Una clase de pruebas por unidad (TestClase_red_xor, ...): el grupo de pytest-xdist.
for _unidad in UNIDADES:
    globals()[f"TestClase_{_unidad}"] = type(f"TestClase_{_unidad}", (ClaseDeUnidad,),
                                             {"unidad": _unidad})


def test_la_orden_demo_recorre_toda_la_cadena(tmp_path, capsys, monkeypatch):
    """``make demo`` (aquí con una unidad y dos entregas para que sea breve): genera, recoge,
    califica, retroalimenta, exporta e imprime la tabla."""
    unidad = "funciones_coste"
    pocos = muestra.alumnos(unidad)[:2]
    original = muestra.alumnos
    monkeypatch.setattr(muestra, "alumnos", lambda u: pocos if u == unidad else original(u))
    assert main(["demo", "--destino", str(tmp_path / "demo"), "--unidad", unidad,
                 "--trabajadores", "1"]) == 0
    salida = capsys.readouterr().out
    for paso in ("1. Generar", "2. Recoger", "3. Calificar", "4. Retroalimentación",
                 "5. Exportar notas", f"Unidad {unidad}"):
        assert paso in salida
    assert (tmp_path / "demo" / "notas" / f"{unidad}.csv").exists()
    assert list((tmp_path / "demo" / "feedback").glob(f"*/{unidad}/*.html"))
    assert "without encryption" not in salida

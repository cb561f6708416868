"""El informe de errores frecuentes de una clase: lo que ningún calificador da al instructor.

El calificador ya reconoce qué error típico del catálogo cometió cada entrega (su diagnóstico
está en el veredicto aislado de cada función). ``python -m autograder informe`` (o
``make informe``) escribe, por unidad, ``informe/<unidad>.html`` y ``informe/<unidad>.csv`` con:

- la distribución de puntajes de cada ejercicio (gráfica) y cuántos lo tienen completo;
- los errores diagnosticados más frecuentes, con cuántos estudiantes cometieron cada uno y
  quiénes (el informe es solo para el instructor);
- las banderas de cada entrega y las que esperan calificación manual.

Las gráficas van dentro del HTML (PNG en base64): el archivo se puede abrir o enviar solo.
"""
from __future__ import annotations

import base64
import csv
import html
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from . import catalogo
from .curso import Curso, Estado


@dataclass
class Informe:
    unidad: str
    filas: list                                 # las filas de Curso.notas (una por alumno)
    ejercicios: list                            # grade_id de la unidad, en orden
    maximos: dict                               # grade_id → puntos
    errores: dict = field(default_factory=dict)   # id del catálogo → [alumnos]
    otros: dict = field(default_factory=dict)     # función → [(alumno, mensaje)] sin error conocido
    explicaciones: dict = field(default_factory=dict)  # id del catálogo → (función, explicación)


def reconocer(unidad: str, funcion: str, mensaje: str):
    """El error del catálogo que nombra ``mensaje`` (el diagnóstico de la prueba), o None: el
    que cita su explicación; si no, el único cuyo fragmento esperado (el más largo) aparece. Si
    dos errores dan el mismo diagnóstico, no se adivina: None."""
    candidatos = catalogo.errores(unidad, funcion)
    citados = [i for i in candidatos if i.explicacion and i.explicacion.rstrip(".") in mensaje]
    if len(citados) == 1:
        return citados[0]
    por_fragmento = [i for i in candidatos if i.mensaje and i.mensaje in mensaje]
    if not por_fragmento:
        return None
    largo = max(len(i.mensaje) for i in por_fragmento)
    mejores = [i for i in por_fragmento if len(i.mensaje) == largo]
    return mejores[0] if len(mejores) == 1 else None


def construir(curso: Curso, unidad: str) -> Informe:
    ejercicios, filas = curso.notas(unidad)
    informe = Informe(unidad, filas, ejercicios, curso.maximos(unidad) if ejercicios else {})
    for fila in filas:
        estado = Estado.cargar(curso.raiz, unidad, fila["alumno"])
        if estado is None or estado.estado != "calificado":
            continue
        for funcion, (paso, mensaje) in (estado.veredicto or {}).items():
            if paso or "todavía no está implementada" in mensaje:
                continue
            imp = reconocer(unidad, funcion, mensaje)
            if imp is None:
                informe.otros.setdefault(funcion, []).append((fila["alumno"], mensaje))
            else:
                informe.errores.setdefault(imp.id, []).append(fila["alumno"])
                informe.explicaciones[imp.id] = (imp.funcion, imp.explicacion)
    return informe


def _grafica(figura) -> str:
    buffer = io.BytesIO()
    figura.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    import matplotlib.pyplot as plt
    plt.close(figura)
    return ('<img alt="gráfica" src="data:image/png;base64,'
            + base64.b64encode(buffer.getvalue()).decode("ascii") + '">')


# Una sola cadena sin formato: las llaves del CSS no pasan por un f-string.
_CSS = ("body{font-family:sans-serif;max-width:1000px;margin:2em auto;line-height:1.4}"
        "table{border-collapse:collapse;margin:1em 0}"
        "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
        "th{background:#f3f3f3}.n{text-align:right}img{max-width:100%;height:auto}")


def _graficas(informe: Informe) -> tuple[str, str]:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    automaticos = [e for e in informe.ejercicios if e.startswith("prueba_")]
    calificados = [f for f in informe.filas if f["estado"] == "calificado"]
    # Filas de a lo más seis gráficas: la unidad 6 tiene 22 ejercicios y no caben en una.
    columnas = min(max(len(automaticos), 1), 6)
    filas = -(-max(len(automaticos), 1) // columnas)
    fig, ejes = plt.subplots(filas, columnas, figsize=(2.2 * columnas, 2.4 * filas),
                             squeeze=False)
    for eje in ejes.flat[len(automaticos):]:
        eje.set_visible(False)
    for eje, e in zip(ejes.flat, automaticos):
        valores = [float(f[e]) for f in calificados if f[e] != "pendiente"]
        cuenta = Counter(valores)
        puntos = sorted(set(cuenta) | {0.0, float(informe.maximos.get(e, 0))})
        eje.bar([f"{p:g}" for p in puntos], [cuenta.get(p, 0) for p in puntos],
                color=["#c0392b" if p == 0 else "#27ae60" if p == informe.maximos.get(e) else
                       "#f39c12" for p in puntos])
        eje.set_title(e.removeprefix("prueba_"), fontsize=9)
        eje.set_xlabel("puntos", fontsize=8)
        eje.tick_params(labelsize=8)
    for fila in ejes:
        fila[0].set_ylabel("estudiantes", fontsize=8)
    fig.tight_layout()
    distribucion = _grafica(fig)
    frecuentes = ""
    if informe.errores:
        orden = sorted(informe.errores, key=lambda k: (-len(informe.errores[k]), k))[:12]
        fig, eje = plt.subplots(figsize=(7, 0.35 * len(orden) + 0.8))
        eje.barh([k.replace("__", " · ") for k in orden][::-1],
                 [len(informe.errores[k]) for k in orden][::-1], color="#2980b9")
        eje.set_xlabel("estudiantes")
        eje.xaxis.get_major_locator().set_params(integer=True)
        frecuentes = _grafica(fig)
    return distribucion, frecuentes


def html_de(informe: Informe) -> str:
    e = html.escape
    filas = informe.filas
    estados = Counter(f["estado"] for f in filas)
    calificados = [f for f in filas if f["estado"] == "calificado"]
    distribucion, frecuentes = _graficas(informe)
    partes = [f'<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Errores '
              f"frecuentes · {e(informe.unidad)}</title><style>{_CSS}</style></head><body>",
              f"<h1>Errores frecuentes · {e(informe.unidad)}</h1>",
              f"<p>{len(filas)} entregas: " + ", ".join(f"{n} {e(k)}" for k, n in
                                                        sorted(estados.items())) + ". "
              "Solo para el instructor: incluye nombres de estudiantes.</p>",
              "<h2>Puntajes por ejercicio</h2><table><tr><th>ejercicio</th><th>máximo</th>"
              "<th>promedio</th><th>completos</th></tr>"]
    for ej in informe.ejercicios:
        maximo = float(informe.maximos.get(ej, 0))
        valores = [float(f[ej]) for f in calificados if f[ej] != "pendiente"]
        pendientes = sum(1 for f in calificados if f[ej] == "pendiente")
        promedio = f"{sum(valores) / len(valores):.2f}" if valores else "—"
        completos = sum(1 for v in valores if abs(v - maximo) < 1e-9)
        extra = f" ({pendientes} pendientes de revisión)" if pendientes else ""
        partes.append(f"<tr><td>{e(ej)}</td><td class=n>{maximo:g}</td><td class=n>{promedio}"
                      f"</td><td class=n>{completos} de {len(valores)}{extra}</td></tr>")
    partes += ["</table>", distribucion, "<h2>Errores típicos diagnosticados</h2>"]
    if informe.errores:
        partes += [frecuentes, "<table><tr><th>función</th><th>error</th><th>estudiantes</th>"
                   "<th>quiénes</th></tr>"]
        for clave in sorted(informe.errores, key=lambda k: (-len(informe.errores[k]), k)):
            funcion, explicacion = informe.explicaciones[clave]
            alumnos = informe.errores[clave]
            partes.append(f"<tr><td>{e(funcion)}</td><td>{e(explicacion)}<br><small>"
                          f"{e(clave)}</small></td><td class=n>{len(alumnos)}</td>"
                          f"<td>{e(', '.join(sorted(alumnos)))}</td></tr>")
        partes.append("</table>")
    else:
        partes.append("<p>Ningún error del catálogo diagnosticado.</p>")
    if informe.otros:
        partes.append("<h3>Fallos que no son un error catalogado</h3><table><tr><th>función"
                      "</th><th>estudiante</th><th>diagnóstico</th></tr>")
        for funcion, casos in sorted(informe.otros.items()):
            for alumno, mensaje in sorted(casos):
                partes.append(f"<tr><td>{e(funcion)}</td><td>{e(alumno)}</td><td>"
                              f"{e(mensaje[:400])}</td></tr>")
        partes.append("</table>")
    marcadas = [f for f in filas if f.get("banderas")]
    partes.append("<h2>Banderas</h2>")
    if marcadas:
        partes.append("<table><tr><th>estudiante</th><th>banderas</th></tr>")
        for f in marcadas:
            lista = "".join(f"<li>{e(b)}</li>" for b in f["banderas"].split(" | "))
            partes.append(f"<tr><td>{e(f['alumno'])}</td><td><ul>{lista}</ul></td></tr>")
        partes.append("</table>")
    else:
        partes.append("<p>Ninguna entrega marcada.</p>")
    pendientes = [f for f in filas if f.get("pendientes")]
    partes.append("<h2>Por calificar a mano</h2>")
    if pendientes:
        partes.append("<ul>" + "".join(f"<li>{e(f['alumno'])}: {e(f['pendientes'])}</li>"
                                       for f in pendientes) + "</ul>")
    else:
        partes.append("<p>Nada pendiente.</p>")
    sin_calificar = [f for f in filas if f["estado"] != "calificado"]
    if sin_calificar:
        partes.append("<h2>Entregas sin calificar</h2><ul>" + "".join(
            f"<li>{e(f['alumno'])}: {e(f['estado'])} — {e(f['motivo'])}</li>"
            for f in sin_calificar) + "</ul>")
    partes.append("</body></html>")
    return "\n".join(partes)


def escribir(curso: Curso, unidad: str, carpeta: Path | None = None) -> tuple[Path, Path]:
    """Escribe informe/<unidad>.html y informe/<unidad>.csv. Devuelve sus rutas."""
    carpeta = Path(carpeta or curso.raiz / "informe")
    carpeta.mkdir(parents=True, exist_ok=True)
    informe = construir(curso, unidad)
    ruta_html = carpeta / f"{unidad}.html"
    ruta_html.write_text(html_de(informe), encoding="utf-8")
    ruta_csv = carpeta / f"{unidad}.csv"
    with ruta_csv.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["funcion", "error", "explicacion", "estudiantes", "quienes"])
        for clave in sorted(informe.errores, key=lambda k: (-len(informe.errores[k]), k)):
            funcion, explicacion = informe.explicaciones[clave]
            w.writerow([funcion, clave, explicacion, len(informe.errores[clave]),
                        " ".join(sorted(informe.errores[clave]))])
        for funcion, casos in sorted(informe.otros.items()):
            w.writerow([funcion, "", "otro fallo (no catalogado)", len(casos),
                        " ".join(sorted(a for a, _ in casos))])
    return ruta_html, ruta_csv


def por_alumno(informe: Informe) -> dict:
    """{alumno: {ids de errores reconocidos}} (lo usan las pruebas)."""
    resultado = defaultdict(set)
    for clave, alumnos in informe.errores.items():
        for alumno in alumnos:
            resultado[alumno].add(clave)
    return resultado

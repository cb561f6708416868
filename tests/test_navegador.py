"""El primer día de un estudiante, en un navegador de verdad.

JupyterLab arranca en 127.0.0.1 desde la distribución para estudiantes (make paquete-estudiante:
la rueda de course/ instalada aparte, los cuadernos de release/ en una carpeta fuera del
repositorio) y Chromium sin pantalla, manejado con Playwright, abre un cuaderno, lo ejecuta
entero y comprueba lo que ve el estudiante: el aviso en español de que sus funciones todavía no
están implementadas, solo el diagnóstico (sin trazas por dentro de course/) y, después de escribir
una solución correcta en la página, la línea ✔ de su prueba y las gráficas. Las capturas quedan
en build/navegador/ para que una persona las mire.

Necesita Chromium de Debian (/usr/bin/chromium; .ci/run lo instala) y playwright de PyPI (la
descarga de navegadores propia de Playwright no funciona sin red).
"""
import inspect
import json
import os
import shutil
import subprocess
import sys
import textwrap
import time
import urllib.request

import pytest

from conftest import RAIZ, falta, puerto_libre

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
UNIDAD = "funciones_coste"
CAPTURAS = RAIZ / "build" / "navegador"


def _requisitos():
    faltan = []
    if not os.path.exists(CHROMIUM):
        faltan.append("chromium (apt-get install chromium)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        faltan.append("playwright (pip install playwright)")
    if faltan:
        falta("faltan para la prueba en el navegador: " + ", ".join(faltan))


@pytest.fixture(scope="module")
def jupyterlab(tmp_path_factory):
    """JupyterLab con solo lo que recibe un estudiante. Devuelve (url base, token, carpeta)."""
    _requisitos()
    from autograder import paquete

    base = tmp_path_factory.mktemp("estudiante")
    paquete.construir(base / "estudiante")
    sitio = base / "sitio"
    rueda = next((base / "estudiante").glob("*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps",
                    "--disable-pip-version-check", "--target", str(sitio), str(rueda)],
                   check=True)
    ajustes = base / "ajustes" / "@jupyterlab" / "translation-extension"
    ajustes.mkdir(parents=True)
    (ajustes / "plugin.jupyterlab-settings").write_text(json.dumps({"locale": "es_ES"}))
    # Todas las celdas en la página (sin ventana virtual), para leerlas y fotografiarlas.
    cuaderno = base / "ajustes" / "@jupyterlab" / "notebook-extension"
    cuaderno.mkdir(parents=True)
    (cuaderno / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    avisos = base / "ajustes" / "@jupyterlab" / "apputils-extension"
    avisos.mkdir(parents=True)
    (avisos / "notification.jupyterlab-settings").write_text(json.dumps({"fetchNews": "false"}))
    puerto = puerto_libre()
    token = "prueba-del-navegador"
    entorno = {**os.environ, "PYTHONPATH": str(sitio), "HOME": str(base / "casa"),
               "JUPYTER_CONFIG_DIR": str(base / "config"),
               "JUPYTERLAB_SETTINGS_DIR": str(base / "ajustes"),
               "JUPYTERLAB_WORKSPACES_DIR": str(base / "espacios")}
    entorno.pop("MPLBACKEND", None)   # como en la máquina del estudiante: gráficas en línea
    cuadernos = base / "estudiante" / "cuadernos"
    servidor = subprocess.Popen(
        [sys.executable, "-m", "jupyter", "lab", "--no-browser", "--expose-app-in-browser",
         "--ServerApp.allow_root=True",
         "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={puerto}",
         f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={cuadernos}"],
        cwd=base, env=entorno, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{puerto}"
    for _ in range(120):
        try:
            urllib.request.urlopen(f"{url}/api/status?token={token}", timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        servidor.kill()
        pytest.fail("JupyterLab no arrancó en 60 s")
    yield url, token, cuadernos, sitio
    servidor.terminate()
    try:
        servidor.wait(timeout=20)
    except subprocess.TimeoutExpired:
        servidor.kill()


def _esperar_inactivo(pagina, segundos=120):
    pagina.wait_for_function(
        "() => { const w = window.jupyterapp.shell.currentWidget;"
        " return w && w.sessionContext && w.sessionContext.session &&"
        " w.sessionContext.session.kernel && w.sessionContext.session.kernel.status === 'idle'"
        " && !document.querySelector('.jp-InputPrompt')?.textContent.includes('*')"
        " && ![...document.querySelectorAll('.jp-InputPrompt')].some("
        "      p => p.textContent.includes('[*]')); }", timeout=segundos * 1000)


def _salidas(pagina) -> list[dict]:
    """Las salidas de todas las celdas de código, como las guarda el cuaderno."""
    return pagina.evaluate("""() => {
        const nb = window.jupyterapp.shell.currentWidget.content.model;
        const salidas = [];
        for (let i = 0; i < nb.cells.length; i++) {
            const c = nb.cells.get(i);
            if (c.type !== 'code') continue;
            for (let j = 0; j < c.outputs.length; j++) salidas.push(c.outputs.get(j).toJSON());
        }
        return salidas; }""")


def _salida_del_kernel(pagina, codigo: str) -> str:
    return pagina.evaluate("""async (codigo) => {
        const k = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
        let texto = '';
        const f = k.requestExecute({code: codigo});
        f.onIOPub = (m) => { if (m.header.msg_type === 'stream') texto += m.content.text; };
        await f.done;
        return texto; }""", codigo)


def test_el_primer_dia_de_un_estudiante_en_jupyterlab(jupyterlab):
    from playwright.sync_api import sync_playwright

    from solutions import funciones_coste as ref

    url, token, cuadernos, sitio = jupyterlab
    carpeta = next(cuadernos.glob(f"*_{UNIDAD}")).name
    CAPTURAS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        navegador = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        try:
            pagina = navegador.new_page(viewport={"width": 1280, "height": 900})
            pagina.goto(f"{url}/lab/tree/{carpeta}/{UNIDAD}.ipynb?token={token}")
            pagina.wait_for_selector(".jp-NotebookPanel .jp-Cell", timeout=90_000)
            _esperar_inactivo(pagina)
            # El paquete del curso es el de la distribución, no el del repositorio.
            origen = _salida_del_kernel(pagina, "import course; print(course.__file__)")
            assert origen.strip().startswith(str(sitio)), origen
            # JupyterLab en español.
            assert pagina.locator(".lm-MenuBar-itemLabel", has_text="Archivo").count() > 0
            pagina.screenshot(path=str(CAPTURAS / "1_cuaderno_abierto.png"))

            pagina.evaluate("window.jupyterapp.commands.execute('notebook:run-all-cells')")
            pagina.wait_for_selector("text=todavía no está implementada", timeout=120_000)
            _esperar_inactivo(pagina)
            errores = [s for s in _salidas(pagina) if s.get("output_type") == "error"]
            assert errores, "ninguna prueba falló con los esbozos"
            for error in errores:
                traza = "\n".join(error.get("traceback", []))
                if "todavía no está implementada" in traza:
                    # Solo el diagnóstico: ni la traza por dentro de course/ ni 40 líneas.
                    assert "Prueba no superada" in traza, traza
                    assert "course/" not in traza and len(error["traceback"]) <= 3, traza
            pagina.locator("text=todavía no está implementada").first.scroll_into_view_if_needed()
            pagina.screenshot(path=str(CAPTURAS / "2_sin_implementar.png"))

            # Escribe una solución correcta en la celda de codificarOneHot y ejecuta su prueba.
            solucion = textwrap.dedent(inspect.getsource(ref.codificarOneHot))
            celda = pagina.locator(".jp-CodeCell", has_text="def codificarOneHot").first
            celda.scroll_into_view_if_needed()
            celda.locator(".cm-content").click()
            pagina.keyboard.press("Control+a")
            pagina.keyboard.press("Delete")
            pagina.keyboard.insert_text(solucion)
            pagina.keyboard.press("Shift+Enter")     # la celda de la solución
            pagina.keyboard.press("Shift+Enter")     # su celda de prueba
            pagina.wait_for_selector("text=✔ codificarOneHot", timeout=60_000)
            _esperar_inactivo(pagina)
            pagina.locator("text=✔ codificarOneHot").first.scroll_into_view_if_needed()
            pagina.screenshot(path=str(CAPTURAS / "3_solucion_correcta.png"))
            assert any("image/png" in s.get("data", {}) for s in _salidas(pagina)), (
                "no apareció ninguna gráfica")
            graficas = pagina.locator(".jp-OutputArea-output img")
            graficas.first.scroll_into_view_if_needed()
            pagina.screenshot(path=str(CAPTURAS / "4_grafica.png"))
        finally:
            navegador.close()

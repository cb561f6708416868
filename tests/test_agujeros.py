"""Los cuatro agujeros de las pruebas del issue 15, cerrados y fijados.

- sgd_laboratorio `entrenarSGD` que modifica el `params` que recibe: se detecta también por la
  cadena real, en el proceso aislado (que recibe copias), gracias a la celda bloqueada que
  envuelve la función del estudiante con `lab.vigilar_params`.
- sgd_laboratorio `diagnosticarCurva` con las reglas en otro orden o sin el `max(1, …)`: las
  curvas nuevas cumplen exactamente dos reglas, o tienen menos de 4 épocas.
- mnist `feedForward` cuya softmax resta el máximo global (lo cubre test_catalogo con
  `feedForward__softmax_maximo_global`; aquí, que la prueba visible lo nombre).

Los errores nuevos del catálogo (y que ninguna alternativa pierda puntos) los prueban
tests/test_catalogo.py y la clase de muestra (tests/test_calificacion.py).
"""
import itertools

import nbformat
import numpy as np
import pytest

from autograder import catalogo, muestra
from autograder.verificacion import verificar
from conftest import RAIZ


def reglas_que_se_cumplen(ent, val) -> set:
    """Las reglas 1 a 5 del diagnóstico (escritas aquí otra vez, independientes de la
    referencia) que se cumplen en la curva."""
    ent, val = np.asarray(ent, float), np.asarray(val, float)
    cumplidas = set()
    pasos = np.diff(ent)
    if not (np.all(np.isfinite(ent)) and np.all(np.isfinite(val))) or \
            pasos[pasos > 0].sum() > 0.1 * ent[0]:
        cumplidas.add(1)
    c, caida = max(1, len(ent) // 4), ent[0] - ent[-1]
    if caida > 0.2 * ent[0] and ent[0] - ent[c] < 0.1 * caida:
        cumplidas.add(2)
    if val[-1] > 1.1 * np.min(val):
        cumplidas.add(3)
    if caida > 0 and ent[-1 - c] - ent[-1] > 0.1 * caida:
        cumplidas.add(4)
    if ent[-1] > 0.5 * ent[0]:
        cumplidas.add(5)
    return cumplidas


ETIQUETA = {1: "tasa_alta", 2: "mala_inicializacion", 3: "sobreajuste", 4: "tasa_baja",
            5: "subajuste"}


@pytest.mark.parametrize("escala,E", [(1.0, 41), (0.3, 13), (4.0, 77), (1.7, 41)])
def test_las_curvas_de_la_prueba_separan_todos_los_pares_de_reglas(escala, E):
    """Para cada par de reglas hay una curva que cumple las dos y ninguna que vaya antes: así,
    cualquier otro orden de las reglas da otra etiqueta en alguna curva."""
    from course import sgd_laboratorio as lab
    from solutions.sgd_laboratorio import diagnosticarCurva

    pares = set()
    for nombre, ent, val, etiqueta, _ in (lab.curvas_sinteticas(escala, E)
                                          + lab.curvas_de_dos_reglas(escala, E)):
        cumplidas = reglas_que_se_cumplen(ent, val)
        assert diagnosticarCurva(ent, val) == etiqueta, nombre
        if cumplidas:
            assert etiqueta == ETIQUETA[min(cumplidas)], nombre
        if len(cumplidas) >= 2:
            primera = min(cumplidas)
            pares |= {(primera, otra) for otra in cumplidas - {primera}}
    faltan = set(itertools.combinations(range(1, 6), 2)) - pares
    # (1, 3) y (1, 5) los separa «oscila», que cumple 1, 3 y 5.
    assert not faltan, f"ningún par de reglas sin curva que lo separe: faltan {sorted(faltan)}"


def test_cualquier_orden_distinto_de_las_reglas_falla_la_prueba_visible():
    """Las 120 permutaciones de las reglas 1–5: solo la del curso pasa la prueba visible."""
    from course import sgd_laboratorio as lab
    from course.comprobar import PruebaFallida

    def con_orden(orden):
        def diagnosticarCurva(ent, val):
            cumplidas = reglas_que_se_cumplen(ent, val)
            for regla in orden:
                if regla in cumplidas:
                    return ETIQUETA[regla]
            return "bien"
        return diagnosticarCurva

    pasan = []
    for orden in itertools.permutations(range(1, 6)):
        try:
            lab.probar_diagnosticarCurva(con_orden(orden))
            pasan.append(orden)
        except PruebaFallida:
            pass
    assert pasan == [(1, 2, 3, 4, 5)]


def test_las_curvas_cortas_separan_el_max_1():
    from course import sgd_laboratorio as lab
    from solutions.sgd_laboratorio import diagnosticarCurva

    sin_max = next(i for i in catalogo.errores("sgd_laboratorio", "diagnosticarCurva")
                   if i.clave == "sin_max").compilar(
        catalogo.espacio_de_referencia("sgd_laboratorio"))
    distintas = [n for n, e, v, et, _ in lab.curvas_cortas()
                 if diagnosticarCurva(e, v) == et and sin_max(e, v) != et]
    assert distintas, "ninguna curva corta distingue c = E // 4 de c = max(1, E // 4)"


def test_entrenarSGD_que_modifica_params_pierde_puntos_por_la_cadena_real(tmp_path):
    """El veredicto que cuenta es el del proceso aislado, que recibe copias de los argumentos:
    la celda bloqueada del cuaderno (lab.vigilar_params) detecta allí la modificación. Una
    solución que actualiza en el lugar sobre copias sigue obteniendo todo."""
    unidad = "sgd_laboratorio"
    release = RAIZ / "release" / unidad / f"{unidad}.ipynb"
    fuentes = nbformat.read(str(release), as_version=4).cells
    assert any("lab.vigilar_params(entrenarSGD)" in c.source for c in fuentes
               if c.metadata.get("nbgrader", {}).get("locked")), "falta la celda que vigila"
    alumno = muestra.Alumno("prueba", "modifica params; alternativa del diagnóstico",
                            respuestas=muestra.todo_bien(
                                unidad, entrenarSGD="entrenarSGD__modifica_params",
                                diagnosticarCurva="diagnosticarCurva__sin_max"),
                            sin_demostraciones=True)
    ruta = tmp_path / "prueba.ipynb"
    muestra.escribir(ruta, muestra.cuaderno_de(alumno, unidad, release))
    veredicto = verificar(unidad, ruta, release=release)
    paso, mensaje = veredicto.funciones["entrenarSGD"]
    assert not paso and "modificó el diccionario params" in mensaje, mensaje
    paso, mensaje = veredicto.funciones["diagnosticarCurva"]
    assert not paso and "max(1, E // 4)" in mensaje, mensaje
    assert all(veredicto.funciones[f][0] for f in
               ("actualizacionesPorEpoca", "crearMiniLotes", "dividirDatos")), veredicto.funciones

    alumno = muestra.Alumno("prueba2", "en el lugar sobre copias",
                            respuestas=muestra.todo_bien(
                                unidad, entrenarSGD="entrenarSGD__en_el_lugar"),
                            sin_demostraciones=True)
    muestra.escribir(ruta, muestra.cuaderno_de(alumno, unidad, release))
    veredicto = verificar(unidad, ruta, release=release)
    assert veredicto.funciones["entrenarSGD"] == (True, ""), veredicto.funciones["entrenarSGD"]


def test_feedForward_con_maximo_global_recibe_el_diagnostico_de_0_entre_0():
    from course import mnist

    imp = next(i for i in catalogo.errores("mnist", "feedForward")
               if i.clave == "softmax_maximo_global")
    fn = imp.compilar(catalogo.espacio_de_referencia("mnist"))
    with pytest.raises(AssertionError, match="máximo de TODA la matriz"):
        mnist.probar_feedForward(fn)


@pytest.mark.parametrize("truco", ["borrarla", "desbloquearla"])
def test_la_celda_que_vigila_no_se_esquiva_borrandola_ni_desbloqueandola(tmp_path, truco):
    """Las celdas bloqueadas corren como en el release aunque la entrega las borre o les quite
    «locked» y cambie su código: entrenarSGD que modifica params sigue sin puntos."""
    unidad = "sgd_laboratorio"
    release = RAIZ / "release" / unidad / f"{unidad}.ipynb"
    alumno = muestra.Alumno("prueba", truco, respuestas=muestra.todo_bien(
        unidad, entrenarSGD="entrenarSGD__modifica_params"), sin_demostraciones=True)
    nb = nbformat.reads(muestra.cuaderno_de(alumno, unidad, release), as_version=4)
    vigia = next(c for c in nb.cells if "lab.vigilar_params(entrenarSGD)" in c.source)
    if truco == "borrarla":
        nb.cells.remove(vigia)
    else:
        vigia.metadata["nbgrader"]["locked"] = False
        vigia.source = "pass"
    ruta = tmp_path / "prueba.ipynb"
    nbformat.write(nb, str(ruta))
    paso, mensaje = verificar(unidad, ruta, release=release).funciones["entrenarSGD"]
    assert not paso and "modificó el diccionario params" in mensaje, mensaje

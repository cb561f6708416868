"""Las salidas esperadas de las pruebas visibles de la unidad regularizacion.

Calcula con la solución de referencia (y, para las variantes de entrenarConParadaTemprana, con
los errores del catálogo) los valores que course/regularizacion.py guarda en ESPERADO, con 10
cifras significativas, y los escribe entre sus marcas:

    python -m autograder.unidades.regularizacion.esperado

También comprueba que las entradas fijas tienen las propiedades que las pruebas usan (la unidad
apagada en todos los ejemplos recibe gradiente si se olvida la máscara, cada variante de la
parada temprana se distingue, ...). tests/test_catalogo.py comprueba después que la referencia
reproduce ESPERADO y que cada error del catálogo se detecta.
"""
from __future__ import annotations

import pprint
from pathlib import Path

import numpy as np

from course import huellas
from course import regularizacion as unidad
from solutions import regularizacion as ref

MARCA_INICIO = "# --- ESPERADO (generado) ---\n"
MARCA_FIN = "# --- fin de ESPERADO ---\n"


def _lista(valor):
    return huellas.redondear(valor)


def _adelante_con_mascaras(X, params, activaciones, mascaras):
    """La propagación de la referencia con máscaras dadas (en vez de sorteadas)."""
    restantes = list(mascaras)

    class _Fijo:
        def random(self, forma):
            mascara = restantes.pop(0)
            return np.where(mascara > 0, 0.0, 1.0)   # < p donde se conserva

    return ref.redAdelanteDropout(X, params, activaciones, unidad.P_RED, _Fijo(), True)


def _valores_de_capas(P, caches) -> dict:
    valores = {}
    for l, (_, (Z, A)) in enumerate(caches, start=1):
        valores[f"Z{l}"], valores[f"A{l}"] = Z, A
    return valores


def variantes_parada(args, correcto) -> list:
    """[mejor_epoca, número de costos, huella de mejores, explicación] de cada error del catálogo
    de entrenarConParadaTemprana cuyo resultado en ``args`` difiere del correcto."""
    from autograder import catalogo

    variantes = []
    mejores, mejor_epoca, _, costos_val = correcto
    clave_correcta = (mejor_epoca, len(costos_val), unidad._huella_params(mejores))
    for imp in catalogo.errores("regularizacion", "entrenarConParadaTemprana"):
        fn = imp.compilar(catalogo.espacio_de_referencia("regularizacion"))
        salida = fn(*_copias(args))
        clave = (int(salida[1]) if salida[1] is not None else -1, len(salida[3]),
                 unidad._huella_params(salida[0]) if salida[0] is not None else 0.0)
        if clave[:2] != clave_correcta[:2] or not np.isclose(clave[2], clave_correcta[2],
                                                             rtol=1e-7):
            variantes.append([clave[0], clave[1], clave[2], imp.explicacion])
    return variantes


def _copias(args):
    import copy
    return [copy.deepcopy(a) for a in args]


def ultimos(args) -> dict:
    """Los parámetros después de la última época que entrena la referencia."""
    params, X, Y, X_val, Y_val, activaciones, config, epocas, paciencia, rng = _copias(args)
    _, _, _, costos_val = ref.entrenarConParadaTemprana(*_copias(args))
    for _ in range(len(costos_val) - 1):
        params = ref.epocaEntrenamiento(params, X, Y, activaciones, config, rng)
    return params


def calcular() -> dict:
    esperado = {
        "costoL2": [ref.costoL2(*c) for c in unidad.CASOS_COSTO],
        "gradientesL2": [ref.gradientesL2(*c) for c in unidad.CASOS_GRADIENTES],
        "actualizarConDecaimiento": [ref.actualizarConDecaimiento(*c)
                                     for c in unidad.CASOS_DECAIMIENTO],
        "desplazarImagenes": [ref.desplazarImagenes(unidad.X_IMG, dx, dy, unidad.LADO_IMG)
                              for dx, dy in unidad.CASOS_DESPLAZAR],
        "elegirConfiguracion": [list(ref.elegirConfiguracion(t)) for t in unidad.TABLAS],
    }
    params = unidad.parametros_red()
    P, caches, _ = ref.redAdelanteDropout(unidad.X_RED, params, unidad.ACTIVACIONES_RED, 1.0,
                                          np.random.default_rng(0), True)
    esperado["redAdelanteDropout"] = {"P": P, **_valores_de_capas(P, caches)}
    P, caches, mascaras = _adelante_con_mascaras(unidad.X_RED, params, unidad.ACTIVACIONES_RED,
                                                 unidad.MASCARAS_RED)
    assert all(np.array_equal(a, b) for a, b in zip(mascaras, unidad.MASCARAS_RED))
    esperado["adelante_con_mascaras"] = _valores_de_capas(P, caches)
    # Las caches de redAtrasDropout se arman con los valores YA redondeados (los que verá la
    # prueba), así que los gradientes esperados se calculan sobre ellas.
    unidad.ESPERADO.clear()
    unidad.ESPERADO.update(huellas.numeros(_lista(esperado)))
    P, Y, caches, mascaras, activaciones = unidad.entradas_visibles("redAtrasDropout")
    esperado["redAtrasDropout"] = ref.redAtrasDropout(P, Y, caches, mascaras, activaciones)
    _comprobar_unidades_apagadas(P, Y, caches, mascaras, activaciones,
                                 esperado["redAtrasDropout"])
    valores = unidad.ESPERADO["redAdelanteDropout"]
    caches_sin, A_prev = [], unidad.X_RED
    for l in range(1, len(unidad.ACTIVACIONES_RED) + 1):
        Z, A = np.asarray(valores[f"Z{l}"]), np.asarray(valores[f"A{l}"])
        caches_sin.append(((A_prev, params[f"W{l}"], params[f"b{l}"]), (Z, A)))
        A_prev = A
    unos = [np.ones_like(m) for m in unidad.MASCARAS_RED]
    esperado["redAtrasDropout_sin_dropout"] = ref.redAtrasDropout(
        np.asarray(valores["P"]), unidad.Y_RED, caches_sin, unos, unidad.ACTIVACIONES_RED)
    parada = {}
    for nombre in unidad.CASOS_PARADA:
        args = unidad.caso_parada(nombre)
        correcto = ref.entrenarConParadaTemprana(*_copias(args))
        mejores, mejor_epoca, costos_ent, costos_val = correcto
        parada[nombre] = {"mejores": mejores, "mejor_epoca": int(mejor_epoca),
                          "costos_ent": costos_ent, "costos_val": costos_val,
                          "huella_ultimos": unidad._huella_params(ultimos(args)),
                          "variantes": variantes_parada(args, correcto)}
    _comprobar_parada(parada)
    esperado["entrenarConParadaTemprana"] = parada
    return _lista(esperado)


def _comprobar_unidades_apagadas(P, Y, caches, mascaras, activaciones, grads) -> None:
    """Sin la máscara, la unidad apagada en todos los ejemplos de cada capa recibe gradiente."""
    from autograder import catalogo

    imp = next(i for i in catalogo.errores("regularizacion", "redAtrasDropout")
               if i.clave == "sin_mascara")
    sin = imp.compilar(catalogo.espacio_de_referencia("regularizacion"))(P, Y, caches, mascaras,
                                                                         activaciones)
    for capa, fila in unidad.UNIDADES_APAGADAS.items():
        assert np.allclose(grads[f"dW{capa}"][fila], 0) and np.allclose(grads[f"db{capa}"][fila],
                                                                         0)
        assert np.abs(sin[f"dW{capa}"][fila]).max() > 1e-4, (capa, fila)


def _comprobar_parada(parada) -> None:
    c = parada["con_pausa"]
    assert 3 < c["mejor_epoca"] < len(c["costos_val"]) - 1 < 40, c["mejor_epoca"]
    costos = np.asarray(c["costos_val"])
    mejor = np.minimum.accumulate(costos)
    mejora = np.r_[True, costos[1:] < mejor[:-1]]
    assert not mejora[1:c["mejor_epoca"]].all(), "con_pausa: no hay ninguna pausa antes de mejorar"
    assert len(c["variantes"]) >= 5, c["variantes"]
    assert parada["validacion_invertida"]["mejor_epoca"] == 0
    s = parada["sin_parar"]
    assert s["mejor_epoca"] == 5 and len(s["costos_val"]) == 6


def escribir(ruta: Path | None = None) -> None:
    ruta = ruta or Path(unidad.__file__)
    texto = ruta.read_text(encoding="utf-8")
    inicio = texto.index(MARCA_INICIO) + len(MARCA_INICIO)
    fin = texto.index(MARCA_FIN)
    bloque = "ESPERADO: dict = " + pprint.pformat(calcular(), width=99, compact=True,
                                                  sort_dicts=False) + "\n"
    ruta.write_text(texto[:inicio] + bloque + texto[fin:], encoding="utf-8")


if __name__ == "__main__":
    escribir()
    print("course/regularizacion.py: ESPERADO actualizado")

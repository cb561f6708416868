"""Pruebas ocultas de la unidad sgd_laboratorio: otros tamaños, otras fracciones, otro modelo y
las corridas reales del laboratorio.

Usan las mismas revisiones que las pruebas visibles (course.sgd_laboratorio.revisar_*). Las
funciones con azar se revisan por propiedades (nunca por una permutación concreta); los casos
deterministas (lote completo, número de actualizaciones, diagnósticos) se comparan además con
la referencia de solutions/.
"""
import copy
from functools import lru_cache

import numpy as np

from autograder import catalogo
from autograder.pruebas import oculta
from course import sgd_laboratorio as unidad
from solutions import sgd_laboratorio as ref

UNIDAD = "sgd_laboratorio"


def _sin_empate(m, fracciones):
    """La regla de redondeo no queda ambigua (ningún f·m termina en ,5)."""
    return all(abs((f * m) % 1 - 0.5) > 1e-6 for f in fracciones[:2])


@oculta
def probar_actualizacionesPorEpoca(actualizacionesPorEpoca):
    rng = np.random.default_rng(2024)
    casos = [(1, 1), (1, None), (5, 5), (5, 6), (513, 512), (1024, 512), (1000, 1), (60000, 128),
             (np.int64(999), np.int64(100))]
    casos += [(int(m), int(t)) for m, t in zip(rng.integers(2, 5000, 8), rng.integers(1, 700, 8))]
    for m, tamLote in casos:
        salida, _ = unidad._llamar(actualizacionesPorEpoca, m, tamLote,
                                   nombre="actualizacionesPorEpoca")
        unidad.revisar_actualizacionesPorEpoca(salida, ref.actualizacionesPorEpoca(m, tamLote),
                                               int(m), tamLote)


@oculta
def probar_crearMiniLotes(crearMiniLotes):
    casos = [(2, 1, 1, 1, False), (3, 1, 7, 2, False), (5, 4, 33, 5, True), (2, 1, 100, 32, False),
             (3, 2, 17, 17, True), (2, 1, 23, None, False), (4, 1, 64, 1, False)]
    for semilla, (n_x, n_y, m, tamLote, one_hot) in enumerate(casos, start=40):
        X, Y = unidad._ejemplos(n_x, n_y, m, semilla, one_hot)
        salida, _ = unidad._llamar(crearMiniLotes, X, Y, tamLote, semilla,
                                   nombre="crearMiniLotes",
                                   pistas=unidad._PISTAS_AZAR)
        unidad.revisar_crearMiniLotes(salida, X, Y, tamLote)
    X, Y = unidad._ejemplos(4, 3, 41, 77, one_hot=True)
    unidad.revisar_azar_de_crearMiniLotes(crearMiniLotes, X, Y, 10)


@oculta
def probar_dividirDatos(dividirDatos):
    casos = [(3, 1, 13, (0.7, 0.2, 0.1)), (2, 3, 101, (0.8, 0.1, 0.1)),
             (5, 1, 250, (0.6, 0.3, 0.1)), (2, 1, 64, (0.7, 0.2, 0.1)),
             (4, 2, 333, (0.75, 0.15, 0.1))]
    for semilla, (n_x, n_y, m, fracciones) in enumerate(casos, start=60):
        assert _sin_empate(m, fracciones)
        X, Y = unidad._ejemplos(n_x, n_y, m, semilla, one_hot=n_y > 1)
        salida, _ = unidad._llamar(dividirDatos, X, Y, semilla, fracciones,
                                   nombre="dividirDatos",
                                   pistas=unidad._PISTAS_AZAR)
        unidad.revisar_dividirDatos(salida, X, Y, fracciones)
    unidad.revisar_azar_de_dividirDatos(dividirDatos, *unidad._ejemplos(2, 2, 47, 81, True))


def _variantes(args) -> list:
    """(params, explicación) de cada error catalogado de entrenarSGD con estos argumentos."""
    resultado = []
    for imp in catalogo.errores(UNIDAD, "entrenarSGD"):
        fn = imp.compilar(catalogo.espacio_de_referencia(UNIDAD))
        try:
            with np.errstate(all="ignore"):
                # Copias de todo (también del diccionario params: algunos errores lo modifican).
                params = fn(*copy.deepcopy(list(args)))[0]
            params = {k: np.asarray(v, dtype=float) for k, v in params.items()}
        except Exception:
            continue
        resultado.append((params, imp.explicacion))
    return resultado


def _caso(n_x, m, m_val, semilla, modelo, tasa, tamLote, epocas):
    X, Y = unidad._ejemplos(n_x, 1, m, semilla)
    X_val, Y_val = unidad._ejemplos(n_x, 1, m_val, semilla + 1)
    escala = 1.0 / max(m, m_val)
    X, X_val = X * escala, X_val * escala
    if modelo == "red":
        params0 = unidad.params_red(n_x, 4, 0.7, semilla=semilla)
    else:
        rng = np.random.default_rng(semilla)
        params0 = {"W": rng.normal(scale=0.3, size=(1, n_x)), "b": np.array([[0.1]])}
    ordenes = unidad.ordenes_aleatorios(m, epocas, semilla)
    return (params0, X, Y, X_val, Y_val, modelo, tasa, tamLote, ordenes)


CASOS_SGD = [  # (n_x, m, m_val, semilla, modelo, tasa, tamLote, epocas)
    (2, 9, 5, 90, "logistica", 0.8, None, 4),
    (4, 6, 5, 91, "logistica", 1.5, 10, 2),
    (3, 37, 11, 92, "logistica", 0.7, 8, 4),
    (2, 30, 10, 93, "red", 0.4, 7, 3),
    (5, 16, 4, 94, "logistica", 0.3, 16, 1),
    (2, 12, 6, 95, "red", 0.9, 1, 2),
]


@oculta
def probar_entrenarSGD(entrenarSGD):
    for caso in CASOS_SGD:
        args = _caso(*caso)
        salida, _ = unidad.llamar_entrenarSGD(entrenarSGD, *args)
        unidad.revisar_entrenarSGD(salida, *args, esperado=ref.entrenarSGD(*args),
                                   variantes=_variantes(args))


@lru_cache(maxsize=None)
def corridas_reales() -> tuple:
    """Las corridas del laboratorio con la referencia: ((nombre, ent, val, etiqueta), ...)."""
    divisiones = {}
    for nombre in ("digitos", "anillos"):
        X, Y = unidad.datos_laboratorio(nombre)
        divisiones[nombre] = ref.dividirDatos(X, Y, 0)[:4]
    corridas = []
    for nombre in unidad.LABORATORIO:
        ent, val = unidad.experimento(nombre, ref.entrenarSGD, divisiones)
        corridas.append((nombre, tuple(ent), tuple(val), ref.diagnosticarCurva(ent, val)))
    return tuple(corridas)


@oculta
def probar_diagnosticarCurva(diagnosticarCurva):
    curvas = []
    for escala, E in ((0.3, 13), (4.0, 77), (1.7, 41)):
        for nombre, ent, val, _, _ in (unidad.curvas_sinteticas(escala, E)
                                       + unidad.curvas_de_dos_reglas(escala, E)):
            curvas.append((f"{nombre} (escala {escala}, {E} épocas)", np.asarray(ent),
                           np.asarray(val)))
    # Curvas cortas (el docstring admite E ≥ 2): 2, 3 y 4 épocas a otras escalas.
    for escala in (0.05, 2.5):
        for nombre, ent, val, _, _ in unidad.curvas_cortas(escala):
            curvas.append((f"{nombre} (escala {escala})", list(ent), list(val)))
    for ent in ([0.9, 0.5, 0.45, 0.44], [0.9, 0.88, 0.3, 0.29]):
        curvas.append(("una curva de 4 épocas", ent, [v + 0.01 for v in ent]))
    for nombre, ent, val, _ in corridas_reales():
        curvas.append((f"corrida real «{nombre}» del laboratorio", list(ent), list(val)))
    for nombre, ent, val in curvas:
        salida, _ = unidad._llamar(diagnosticarCurva, ent, val, nombre="diagnosticarCurva")
        unidad.revisar_diagnosticarCurva(salida, ref.diagnosticarCurva(ent, val), nombre,
                                         revelar=False)

"""Los datos simulados de impago (course/datos/credito.py, unidad regresion_logistica) reproducen
las proporciones del conjunto «Default» de ISLR dentro de la tolerancia binomial."""
import numpy as np
import pytest

from course.datos import credito


@pytest.mark.parametrize("semilla", [0, 1, 2, 3])
def test_regresion_logistica_credito_tasas_con_10000_clientes(semilla):
    X, y = credito.datos_credito(10_000, semilla=semilla)
    assert X.shape == (3, 10_000) and y.shape == (1, 10_000)
    assert set(np.unique(y)) == {0.0, 1.0} and set(np.unique(X[2])) == {0.0, 1.0}
    r = credito.resumen(X, y)
    # ±3 desviaciones binomiales con m = 10 000 (impago: 0.18 %, estudiantes: 0.46 %).
    assert abs(r["impago"] - 0.0333) < 0.0055
    assert abs(r["estudiantes"] - 0.2944) < 0.014
    assert abs(r["saldo_medio"] - 835.4) < 20
    assert abs(r["ingreso_medio"] - 33_517) < 500
    # La exactitud de «nunca hay impago» ronda el 96.7 % de ISLR.
    assert abs((1 - r["impago"]) - 0.967) < 0.006


def test_regresion_logistica_credito_calibracion_con_muchos_clientes():
    X, y = credito.datos_credito(400_000, semilla=7)
    r = credito.resumen(X, y)
    objetivo = credito.tasa_teorica()
    assert abs(r["impago"] - objetivo["impago"]) < 0.0012
    assert abs(r["estudiantes"] - objetivo["estudiantes"]) < 0.003
    assert abs(r["impago_estudiantes"] - objetivo["impago_estudiantes"]) < 0.004
    assert abs(r["impago_no_estudiantes"] - objetivo["impago_no_estudiantes"]) < 0.002
    assert abs(r["saldo_medio"] - objetivo["saldo_medio"]) < 5
    assert abs(np.std(X[0]) - 483.7) < 5
    assert 0.04 < np.mean(X[0] == 0) < 0.06   # ~5 % de saldos en cero


def test_regresion_logistica_credito_semilla_reproducible():
    a = credito.datos_credito(500, semilla=11)
    b = credito.datos_credito(500, semilla=11)
    c = credito.datos_credito(500, semilla=12)
    assert all(np.array_equal(p, q) for p, q in zip(a, b))
    assert not np.array_equal(a[0], c[0])

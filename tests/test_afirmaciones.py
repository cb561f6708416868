"""Lo que el texto de una unidad afirma de sus demostraciones (no de un ejercicio, que ya
comprueba su prueba visible), recalculado con la solución de referencia: si alguien cambia un
parámetro de la demostración, el texto deja de decir algo falso sin que nadie lo note."""
import math
import re

import numpy as np

from autograder import autoria


def _texto(unidad: str) -> str:
    return autoria.ruta_texto(unidad).read_text(encoding="utf-8")


def test_optimizacion_momento_de_polyak_163_contra_43_pasos():
    import course.optimizacion as opt
    from solutions.optimizacion import estadoInicial, pasoMomento, pasoSGD, trayectoria

    lam_min, lam_max = 1.0, 25.0
    kappa = lam_max / lam_min
    theta0 = opt.INICIO["cuadratica"]
    configuraciones = {
        "SGD": (pasoSGD, {"lr": 2 / (lam_min + lam_max)}),
        "momento": (pasoMomento, {"lr": 4 / (math.sqrt(lam_max) + math.sqrt(lam_min)) ** 2,
                                  "beta": ((math.sqrt(kappa) - 1) / (math.sqrt(kappa) + 1)) ** 2}),
    }
    pasos = {}
    for nombre, (paso, hiper) in configuraciones.items():
        puntos, _ = trayectoria(paso, opt.gradienteCuadratica, theta0,
                                estadoInicial(paso, theta0), 300, hiper)
        pasos[nombre] = opt.pasos_hasta(puntos, "cuadratica", 1e-10)
    # Los números que afirma el texto, leídos del texto.
    texto = _texto("optimizacion")
    dichos = re.search(r"(\d+) pasos con SGD y (\d+) con el momento", texto)
    assert dichos, "el texto ya no dice cuántos pasos da cada uno"
    assert pasos == {"SGD": int(dichos[1]), "momento": int(dichos[2])}, pasos
    # La teoría que cita: SGD reduce f por ((κ−1)/(κ+1))² en cada paso y el momento de Polyak
    # por ≈ ((√κ−1)/(√κ+1))², desde f(θ0) hasta 1e-10.
    f0 = opt.cuadratica(theta0)
    assert f"de ${f0:g}$" in texto
    factor_sgd = ((kappa - 1) / (kappa + 1)) ** 2
    factor_momento = ((math.sqrt(kappa) - 1) / (math.sqrt(kappa) + 1)) ** 2
    assert pasos["SGD"] == math.ceil(math.log(1e-10 / f0) / math.log(factor_sgd))
    teoria_momento = round(math.log(1e-10 / f0) / math.log(factor_momento))
    assert f"momento necesitaría unos {teoria_momento}" in texto
    assert teoria_momento < pasos["momento"] < pasos["SGD"] / 3


def test_regularizacion_decaimiento_es_el_paso_con_el_gradiente_l2():
    """θ(1 − αλ/m) − α∇J es el mismo paso que θ − α(∇J + (λ/m)θ) (Goodfellow §7.1.1)."""
    import course.regularizacion as lab
    from solutions.regularizacion import actualizarConDecaimiento, actualizarParametros, gradientesL2

    params = lab.parametros_red()
    grads = {f"d{k}": 0.1 * np.cos(v) for k, v in params.items()}
    decaimiento = actualizarConDecaimiento(params, grads, 0.5, 2.0, 6)
    de_siempre = actualizarParametros(params, gradientesL2(grads, params, 2.0, 6), 0.5)
    for clave in params:
        np.testing.assert_allclose(decaimiento[clave], de_siempre[clave], rtol=1e-12, atol=1e-15)
    # decaimiento_acumulado (lo que imprime el cuaderno) es lo que hacen 600 pasos del
    # decaimiento con gradientes nulos: W se encoge por ese factor.
    W = {"W1": np.ones((2, 2)), "b1": np.ones((2, 1))}
    ceros = {"dW1": np.zeros((2, 2)), "db1": np.zeros((2, 1))}
    for _ in range(600):
        W = actualizarConDecaimiento(W, ceros, 0.3, 2.0, 1000)
    np.testing.assert_allclose(W["W1"], lab.decaimiento_acumulado(0.3, 2.0, 1000, 600),
                               rtol=1e-12)
    np.testing.assert_array_equal(W["b1"], 1.0)         # los sesgos no decaen


def test_inicializacion_reglas_de_la_capa_oculta_de_la_diapositiva():
    """Las reglas prácticas del tamaño de la capa oculta con las redes de la diapositiva:
    784-512-10 no cumple la primera (hacen falta ≥ 533) y 784-15-10 no cumple la tercera
    (≥ 397). Los números, escritos aquí y en el texto de la unidad."""
    from solutions.inicializacion import reglasCapaOculta

    assert reglasCapaOculta(784, 512, 10) == (533, 1588, 397, (False, True, True))
    assert reglasCapaOculta(784, 15, 10) == (533, 1588, 397, (False, True, False))
    texto = _texto("inicializacion")
    assert "533" in texto and "397" in texto

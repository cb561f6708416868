"""Lo que el texto de una unidad afirma de sus demostraciones (no de un ejercicio, que ya
comprueba su prueba visible), recalculado con la solución de referencia: si alguien cambia un
parámetro de la demostración, el texto deja de decir algo falso sin que nadie lo note."""
import math

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
    assert pasos == {"SGD": 163, "momento": 43}, pasos
    # Lo que dice el texto: f(θ0) = 20.5, el factor (12/13)² por paso da ≈ 163, y con 2/3 unos 32.
    assert opt.cuadratica(theta0) == 20.5
    assert round(math.log(1e-10 / 20.5) / math.log((12 / 13) ** 2)) == 163
    assert round(math.log(1e-10 / 20.5) / math.log((2 / 3) ** 2)) == 32
    texto = _texto("optimizacion")
    assert "163 pasos con SGD y 43 con el momento" in texto
    assert "momento necesitaría unos 32" in texto


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
    assert math.isclose(lab.decaimiento_acumulado(0.3, 2.0, 1000, 600), (1 - 0.3 * 2 / 1000) ** 600)

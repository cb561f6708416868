"""Datos SIMULADOS de impago de tarjetas de crédito («credit default»), sin conexión.

El taller de regresión logística del curso usa el conjunto «Default» del libro *An Introduction
to Statistical Learning* (ISLR, James, Witten, Hastie y Tibshirani). Ese conjunto ya es simulado:
10 000 clientes con su saldo de tarjeta (``balance``), su ingreso anual (``income``), si son
estudiantes (``student``) y si dejaron de pagar (``default``). Como el curso funciona sin
internet, este módulo genera un conjunto con la misma estructura y las mismas proporciones.

Modelo generador (una muestra independiente por cliente, todo en dólares):

1. ``estudiante ~ Bernoulli(0.2944)``                       (ISLR: 2944 de 10 000 son estudiantes)
2. ``ingreso | estudiante``  ~ Normal(17 950, 4 900)  recortado abajo en 770
   ``ingreso | no estudiante`` ~ Normal(40 000, 10 000) recortado abajo en 770
3. ``saldo = max(0, μ + 498·ε)``, ``ε ~ Normal(0, 1)``, con μ = 980 (estudiantes) o 760 (no):
   la normal truncada en 0 reproduce la masa de clientes con saldo exactamente 0 (≈ 5 %).
4. ``impago ~ Bernoulli(σ(β0 + β1·saldo + β2·ingreso + β3·estudiante))`` con los coeficientes
   que ISLR obtiene al ajustar la regresión logística completa:
   β0 = −10.869, β1 = 0.005737, β2 = 3.033e−6, β3 = −0.6468.

Calibración. Con los coeficientes de ISLR fijos, la tasa de impago depende sobre todo de la cola
derecha del saldo. Los parámetros del saldo (980, 760, 498) se eligieron, simulando dos millones
de clientes, para reproducir a la vez los resúmenes de ISLR:

=================================  ==========  ==============
resumen                            ISLR        esta simulación
=================================  ==========  ==============
tasa de impago                     3.33 %      3.32 %
impago entre estudiantes           4.31 %      4.19 %
impago entre no estudiantes        2.92 %      2.96 %
proporción de estudiantes          29.4 %      29.4 %
saldo medio (desv. estándar)       835 (484)   835 (485)
saldo medio estudiantes / no       988 / 772   984 / 773
clientes con saldo 0               5.0 %       5.2 %
ingreso medio (desv. estándar)     33 517      33 500
                                   (13 337)    (13 360)
=================================  ==========  ==============

Con ``m = 10 000`` cada semilla da una tasa de impago de 3.3 % ± 0.2 % (una desviación
estándar binomial); la exactitud del clasificador trivial «nunca hay impago» es 1 − tasa ≈ 96.7 %.
``tasa_teorica`` da los valores de la tabla y tests/test_regresion_logistica_credito.py comprueba
que los datos generados los reproducen dentro de una tolerancia.
"""
from __future__ import annotations

import numpy as np

__all__ = ["ATRIBUTOS", "COEFICIENTES", "datos_credito", "resumen", "tasa_teorica"]

# Filas de X, en orden.
ATRIBUTOS = ("saldo", "ingreso", "estudiante")

# Coeficientes del modelo generador (los de ISLR, regresión logística completa).
COEFICIENTES = {"intercepto": -10.869, "saldo": 0.005737, "ingreso": 3.033e-6,
                "estudiante": -0.6468}

PROPORCION_ESTUDIANTES = 0.2944
INGRESO = {True: (17_950.0, 4_900.0), False: (40_000.0, 10_000.0)}   # (media, desv.) por grupo
INGRESO_MINIMO = 770.0
SALDO_MEDIA = {True: 980.0, False: 760.0}
SALDO_DESVIACION = 498.0

# Lo que reproduce la simulación (ver la tabla del docstring).
RESUMEN_OBJETIVO = {"impago": 0.0333, "estudiantes": 0.2944, "impago_estudiantes": 0.0431,
                    "impago_no_estudiantes": 0.0292, "saldo_medio": 835.4,
                    "ingreso_medio": 33_517.0}


def datos_credito(m: int = 10_000, semilla: int | None = 2) -> tuple[np.ndarray, np.ndarray]:
    """Genera ``m`` clientes simulados con el modelo del docstring del módulo.

    Argumentos:
        m: número de clientes (ISLR tiene 10 000).
        semilla: semilla del generador (la misma semilla da los mismos datos); None = al azar.
            La semilla 2 (la del taller) da 3.36 % de impago, cerca del 3.33 % de ISLR.
    Devuelve:
        X: forma (3, m); filas saldo (dólares), ingreso anual (dólares) y estudiante (0/1).
        y: forma (1, m); 1 si el cliente dejó de pagar (default = "Yes"), 0 si no.
    """
    rng = np.random.default_rng(semilla)
    estudiante = rng.random(m) < PROPORCION_ESTUDIANTES
    ingreso = np.where(estudiante,
                       rng.normal(*INGRESO[True], size=m), rng.normal(*INGRESO[False], size=m))
    ingreso = np.maximum(ingreso, INGRESO_MINIMO)
    media = np.where(estudiante, SALDO_MEDIA[True], SALDO_MEDIA[False])
    saldo = np.maximum(0.0, media + SALDO_DESVIACION * rng.standard_normal(m))
    c = COEFICIENTES
    z = (c["intercepto"] + c["saldo"] * saldo + c["ingreso"] * ingreso
         + c["estudiante"] * estudiante)
    p = np.exp(-np.logaddexp(0.0, -z))
    impago = rng.random(m) < p
    X = np.vstack([saldo, ingreso, estudiante.astype(float)])
    return X, impago.astype(float).reshape(1, m)


def resumen(X: np.ndarray, y: np.ndarray) -> dict:
    """Proporciones de un conjunto (X, y) de ``datos_credito``, con las claves de
    ``RESUMEN_OBJETIVO``."""
    saldo, ingreso, estudiante = X
    impago = y.ravel()
    es = estudiante == 1
    return {"impago": float(impago.mean()), "estudiantes": float(es.mean()),
            "impago_estudiantes": float(impago[es].mean()),
            "impago_no_estudiantes": float(impago[~es].mean()),
            "saldo_medio": float(saldo.mean()), "ingreso_medio": float(ingreso.mean())}


def tasa_teorica() -> dict:
    """Los valores de ISLR que la simulación reproduce (``RESUMEN_OBJETIVO``)."""
    return dict(RESUMEN_OBJETIVO)

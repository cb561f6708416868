"""Pruebas ocultas de la unidad regresion_lineal: entradas nuevas de varios tamaños contra la
referencia y contra scikit-learn (Ridge, Lasso, LinearRegression).

Se llaman desde la parte oculta de cada celda de prueba del cuaderno fuente. Usan las mismas
revisiones que las pruebas visibles (course.regresion_lineal.revisar_*) y añaden, como sospechas,
las salidas de los errores del catálogo para poder nombrar el error exacto.

Traducción de escalas (ver course.regresion_lineal.parametros_sklearn): el costo del curso es
Σr² + (λ/2)Σθ² para Ridge (sklearn Ridge con alpha = λ/2) y Σr² + λΣ|θ| para Lasso (sklearn
Lasso con alpha = λ/(2m)).
"""
import warnings

import numpy as np

from autograder.catalogo import sospechas
from autograder.pruebas import oculta
from course import regresion_lineal as unidad
from course.comprobar import comprobar_tupla, fallar, llamar
from course.gradiente_numerico import comprobar_gradiente, gradiente_numerico
from solutions import regresion_lineal as ref

UNIDAD = "regresion_lineal"
# (n, m): nunca solo el tamaño visible (4, 12); siempre m > n + 1 para que haya solución única.
TAMANOS = ((1, 6), (3, 15), (5, 40), (2, 9))


def casos(semilla: int = 20261204):
    """Datos aleatorios (fijos por semilla) NO centrados y con escalas distintas por variable,
    para que los errores de intercepto y de estandarización se noten."""
    rng = np.random.default_rng(semilla)
    for n, m in TAMANOS:
        escala = rng.uniform(0.5, 3.0, size=(n, 1))
        centro = rng.uniform(-3.0, 3.0, size=(n, 1))
        X = centro + escala * rng.normal(size=(n, m))
        theta_real = rng.normal(0, 2, size=(n, 1))
        y = 5.0 + theta_real.T @ X + rng.normal(0, 1.0, size=(1, m))
        theta0 = float(rng.normal(2, 1))
        theta = rng.normal(0, 1.5, size=(n, 1))
        lam = float(rng.uniform(0.5, 8.0))
        yield dict(n=n, m=m, X=X, y=y, theta0=theta0, theta=theta, lam=lam)


def _sklearn(modelo, X, y, **kw):
    """Ajusta un modelo de scikit-learn con ejemplos en columnas; sin avisos a stderr."""
    from sklearn import linear_model

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        est = getattr(linear_model, modelo)(**kw).fit(X.T, y.ravel())
    return float(est.intercept_), est.coef_.reshape(-1, 1)


def _como_sklearn(salida, esperado, modelo, rtol=1e-6):
    """Tras pasar la comparación con la referencia, confirma el acuerdo con scikit-learn."""
    theta0, theta = comprobar_tupla(salida, ["theta0", "theta"], "la función")
    t0, t = esperado
    escala = max(1.0, float(np.max(np.abs(t))))
    if not (np.allclose(theta, t, rtol=rtol, atol=rtol * escala)
            and np.isclose(theta0, t0, rtol=rtol, atol=rtol * max(1.0, abs(t0)))):
        fallar(f"Tu resultado no coincide con sklearn.linear_model.{modelo} con los parámetros "
               f"equivalentes en una prueba oculta. Revisa la traducción de λ y el intercepto.")


@oculta
def probar_costoRidge(costoRidge):
    for c in casos():
        for lam in (c["lam"], 0.0):
            args = (c["theta0"], c["theta"], c["X"], c["y"], lam)
            salida, avisos = llamar(costoRidge, *args, nombre="costoRidge")
            extra = sospechas(UNIDAD, "costoRidge", args, ["costo"])
            unidad.revisar_costoRidge(salida, ref.costoRidge(*args), c["m"], avisos=avisos,
                                      extra=extra)


@oculta
def probar_gradienteRidge(gradienteRidge):
    for c in casos():
        args = (c["theta0"], c["theta"], c["X"], c["y"], c["lam"])
        salida, avisos = llamar(gradienteRidge, *args, nombre="gradienteRidge")
        extra = sospechas(UNIDAD, "gradienteRidge", args, ["dtheta0", "dtheta"])
        unidad.revisar_gradienteRidge(salida, ref.gradienteRidge(*args), c["n"], c["m"],
                                      avisos=avisos, extra=extra)
        # Gradiente numérico del costo de referencia (diferencias centrales).
        t0 = np.array([c["theta0"]])
        theta = c["theta"].copy()

        def J():
            return ref.costoRidge(float(t0[0]), theta, c["X"], c["y"], c["lam"])

        comprobar_gradiente(np.array([salida[0]], dtype=float), gradiente_numerico(J, t0),
                            "dtheta0")
        comprobar_gradiente(salida[1], gradiente_numerico(J, theta), "dtheta")


@oculta
def probar_minimosCuadrados(minimosCuadrados):
    for c in casos():
        args = (c["X"], c["y"])
        salida, avisos = llamar(minimosCuadrados, *args, nombre="minimosCuadrados")
        extra = sospechas(UNIDAD, "minimosCuadrados", args, ["theta0", "theta"])
        unidad.revisar_minimosCuadrados(salida, ref.minimosCuadrados(*args), c["n"],
                                        avisos=avisos, extra=extra)
        _como_sklearn(salida, _sklearn("LinearRegression", *args), "LinearRegression")


@oculta
def probar_ridgeCerrada(ridgeCerrada):
    for c in casos():
        for lam in (c["lam"], 40.0 * c["lam"]):
            args = (c["X"], c["y"], lam)
            salida, avisos = llamar(ridgeCerrada, *args, nombre="ridgeCerrada")
            extra = sospechas(UNIDAD, "ridgeCerrada", args, ["theta0", "theta"])
            unidad.revisar_ridgeCerrada(salida, ref.ridgeCerrada(*args), c["n"], avisos=avisos,
                                        extra=extra)
            _como_sklearn(salida, _sklearn("Ridge", c["X"], c["y"],
                                           **unidad.parametros_sklearn(lam, c["m"], "ridge")),
                          "Ridge")
    # El conjunto diabetes completo, estandarizado.
    X, y, _ = unidad.cargar_diabetes()
    for lam in (3.0, 300.0):
        salida, avisos = llamar(ridgeCerrada, X, y, lam, nombre="ridgeCerrada")
        unidad.revisar_ridgeCerrada(salida, ref.ridgeCerrada(X, y, lam), 10, avisos=avisos)
        _como_sklearn(salida, _sklearn("Ridge", X, y, alpha=lam / 2), "Ridge")


@oculta
def probar_descensoRidge(descensoRidge):
    for i, c in enumerate(casos(7)):
        # Tasa segura: α < 2 / (mayor valor propio de X Xᵀ/m + λ/(2m)), con filas de unos.
        A = np.vstack([np.ones((1, c["m"])), c["X"]])
        alpha = 1.0 / (np.linalg.eigvalsh(A @ A.T / c["m"]).max() + c["lam"] / c["m"])
        iteraciones = (1, 4, 25, 60)[i]
        args = (c["X"], c["y"], c["lam"], alpha, iteraciones)
        salida, avisos = llamar(descensoRidge, *args, nombre="descensoRidge")
        extra = sospechas(UNIDAD, "descensoRidge", args, ["theta0", "theta", "costos"])
        unidad.revisar_descensoRidge(salida, ref.descensoRidge(*args), c["n"], iteraciones,
                                     avisos=avisos, extra=extra)
    # Con datos estandarizados y suficientes iteraciones, llega a la solución cerrada.
    X, y, _ = unidad.cargar_diabetes()
    X, y = X[:, :150], y[:, :150]
    args = (X, y, 60.0, 0.2, 800)
    salida, avisos = llamar(descensoRidge, *args, nombre="descensoRidge")
    unidad.revisar_descensoRidge(salida, ref.descensoRidge(*args), 10, 800, avisos=avisos)
    theta0, theta, _ = salida
    t0, t = ref.ridgeCerrada(X, y, 60.0)
    if not (np.allclose(theta, t, rtol=1e-3, atol=1e-2) and np.isclose(theta0, t0, rtol=1e-4)):
        fallar("Tras 800 iteraciones tu descenso no llega a la solución cerrada de Ridge con "
               "el mismo λ en una prueba oculta.")


@oculta
def probar_lassoCoordenadas(lassoCoordenadas):
    for i, c in enumerate(casos(11)):
        Xc = c["X"] - c["X"].mean(axis=1, keepdims=True)
        lam_max = 2 * float(np.max(np.abs(Xc @ (c["y"] - c["y"].mean()).T)))
        for fraccion, iteraciones in ((0.3, (1, 3, 8, 20)[i]), (0.05, 2), (1.01, 3)):
            args = (c["X"], c["y"], fraccion * lam_max, iteraciones)
            salida, avisos = llamar(lassoCoordenadas, *args, nombre="lassoCoordenadas")
            extra = sospechas(UNIDAD, "lassoCoordenadas", args, ["theta0", "theta"])
            unidad.revisar_lassoCoordenadas(salida, ref.lassoCoordenadas(*args), c["n"],
                                            avisos=avisos, extra=extra)
    # Convergencia: coincide con sklearn Lasso(alpha = λ/(2m)), ceros exactos incluidos.
    X, y, _ = unidad.cargar_diabetes()
    X, y = X[[0, 2, 3, 4, 5, 8], :60], y[:, :60]
    m = X.shape[1]
    for lam in (900.0, 6000.0):
        salida, avisos = llamar(lassoCoordenadas, X, y, lam, 150, nombre="lassoCoordenadas")
        esperado = _sklearn("Lasso", X, y, alpha=lam / (2 * m), tol=1e-13, max_iter=200_000)
        unidad.revisar_lassoCoordenadas(salida, ref.lassoCoordenadas(X, y, lam, 150), 6,
                                        avisos=avisos)
        _como_sklearn(salida, esperado, "Lasso", rtol=1e-4)
        if not np.array_equal(np.asarray(salida[1]) == 0, esperado[1] == 0):
            fallar("Tus coeficientes exactamente nulos no son los mismos que los de "
                   "sklearn.linear_model.Lasso en una prueba oculta.")


@oculta
def probar_validacionCruzada(validacionCruzada):
    rng = np.random.default_rng(5)
    for i, c in enumerate(casos(13)):
        k = (2, 3, 5, 3)[i]
        m = c["m"] - c["m"] % k if c["m"] >= 2 * k else c["m"]
        X, y = c["X"][:, :m], c["y"][:, :m]
        pliegues = rng.permutation(np.arange(m) % k)
        lambdas = np.array([0.01, 0.5, 3.0, 20.0, 150.0])[: 3 + i % 3]
        args = (X, y, lambdas, pliegues)
        salida, avisos = llamar(validacionCruzada, *args, nombre="validacionCruzada")
        extra = sospechas(UNIDAD, "validacionCruzada", args, ["mejor", "errores"])
        unidad.revisar_validacionCruzada(salida, ref.validacionCruzada(*args), lambdas,
                                         avisos=avisos, extra=extra)
    # El conjunto diabetes sin estandarizar, con otra asignación de pliegues y como lista.
    X, y, _ = unidad.cargar_diabetes(estandarizar=False)
    pliegues = unidad.asignar_pliegues(X.shape[1], 4, semilla=3)
    lambdas = [1.0, 30.0, 80.0, 500.0]
    salida, avisos = llamar(validacionCruzada, X, y, lambdas, pliegues, nombre="validacionCruzada")
    unidad.revisar_validacionCruzada(salida, ref.validacionCruzada(X, y, lambdas, pliegues),
                                     lambdas, avisos=avisos)

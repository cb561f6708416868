"""Unidad mnist: los números esperados de las pruebas visibles siguen al día con la referencia;
la ruta rápida de entrenamiento coincide con la referencia; el
banco de pruebas se degrada sin torch ni scikit-learn."""
import contextlib
import io

import nbformat
import numpy as np
import pytest

from conftest import RAIZ


def test_esperado_al_dia_con_la_referencia():
    """Con la tolerancia de course.huellas (otra CPU da otros últimos bits), nunca el texto."""
    from autograder.unidades.mnist import esperado
    from course import huellas
    from course._mnist_esperado import ESPERADO

    diferencias = huellas.coinciden(ESPERADO, esperado.calcular())
    assert not diferencias, ("course/_mnist_esperado.py está desactualizado (python -m "
                             "autograder.unidades.mnist.esperado): " + "; ".join(diferencias[:5]))


def test_barra_de_progreso_a_stdout(capsys):
    """La barra (tqdm, fuera de un cuaderno: texto) va a stdout: nada en stderr, que en una celda
    de prueba le quitaría los puntos al estudiante. Y se calla dentro de silencio()."""
    from course import avance
    from solutions import mnist as ref
    for e in range(1, 11):
        ref.barraProgreso(e, 10, 0.5)
    salida = capsys.readouterr()
    assert salida.err == "" and "10/10" in salida.out and "costo=0.5000" in salida.out
    with avance.silencio():
        for e in range(1, 4):
            ref.barraProgreso(e, 3, 0.5)
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize("tamLote,activacion", [(None, "tanh"), (4, "tanh"), (5, "relu"),
                                                (64, "tanh")])
def test_ruta_rapida_igual_a_la_referencia(tamLote, activacion):
    from autograder.unidades.mnist import rapido
    from solutions import mnist as ref
    rng = np.random.default_rng(0)
    X = rng.random((20, 23))
    y = np.eye(4)[:, rng.integers(0, 4, 23)]
    params = ref.initParams(20, 7, 4, semilla=1)
    with contextlib.redirect_stdout(io.StringIO()):
        esperado = ref.entrenarRed(6, 0.3, X, y, *params, None, None, tamLote=tamLote,
                                   semilla=5, activacion=activacion)
    for dtype, tol in ((np.float64, 1e-10), (np.float32, 2e-4)):
        obtenido = rapido.entrenar(6, 0.3, X, y, *params, tamLote=tamLote, semilla=5,
                                   activacion=activacion, dtype=dtype)
        for a, b in zip(obtenido[:4], esperado[:4]):
            np.testing.assert_allclose(a, b, rtol=tol, atol=tol)
        np.testing.assert_allclose(obtenido[4], esperado[4], rtol=tol, atol=tol)


def test_ruta_rapida_con_programa_de_tasas():
    """Con una tasa por época, la ruta rápida hace lo mismo que llamar a la referencia época a
    época con esa tasa y el mismo generador de barajado."""
    from autograder import bench_mnist
    from autograder.unidades.mnist import rapido
    from solutions import mnist as ref
    rng = np.random.default_rng(0)
    X = rng.random((20, 23))
    y = np.eye(4)[:, rng.integers(0, 4, 23)]
    w1, b1, w2, b2 = ref.initParams(20, 7, 4, semilla=1)
    tasa = bench_mnist.programa_de_tasas("escalon", 0.3, 8)
    assert [tasa(e) for e in range(8)] == pytest.approx([0.3] * 6 + [0.03] * 2)
    assert bench_mnist.programa_de_tasas("escalon", 0.3, 1)(0) == 0.3
    assert bench_mnist.describir_programa("escalon", 0.2, 1) == "lr = 0.2 constante"
    assert bench_mnist.describir_programa("escalon", 0.2, 60) == (
        "lr = 0.2 y 0.02 desde la época 46")
    barajado = np.random.default_rng(5)
    costos = []
    with contextlib.redirect_stdout(io.StringIO()):
        for e in range(8):
            w1, b1, w2, b2, c = ref.entrenarRed(1, tasa(e), X, y, w1, b1, w2, b2, None, None,
                                                tamLote=4, semilla=barajado)
            costos += c
    obtenido = rapido.entrenar(8, tasa, X, y, *ref.initParams(20, 7, 4, semilla=1), tamLote=4,
                               semilla=5, dtype=np.float64)
    for a, b in zip(obtenido, (w1, b1, w2, b2, costos)):
        np.testing.assert_allclose(a, b, rtol=1e-10, atol=1e-10)


def test_banco_sin_torch_ni_sklearn(monkeypatch, tmp_path, capsys):
    import builtins

    from autograder import bench_mnist
    from course.datos import mnist as datos_mnist
    # Los datos se cargan antes de quitar scikit-learn (sin MNIST_DIR, el respaldo son sus
    # dígitos) y el banco recibe esos: la prueba no depende de qué datos tenga la máquina.
    datos = datos_mnist.cargar_mnist(descargar=False, mostrar=False)
    monkeypatch.setattr(datos_mnist, "cargar_mnist", lambda *a, **k: datos)
    original = builtins.__import__

    def sin_extras(nombre, *args, **kwargs):
        if nombre.split(".")[0] in ("torch", "sklearn"):
            raise ImportError(f"{nombre} no instalado (simulado)")
        return original(nombre, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", sin_extras)
    salida = tmp_path / "bench.md"
    assert bench_mnist.main(["--rapido", "--salida", str(salida)]) == 0
    texto = salida.read_text(encoding="utf-8")
    assert "no disponible" in texto and "NumPy" in texto

"""Genera course/_mnist_esperado.py: las salidas esperadas de las pruebas visibles de la unidad
mnist, calculadas con la referencia y escritas como números con 10 cifras significativas (el
paquete del estudiante no lleva código de solución).

    python -m autograder.unidades.mnist.esperado          # reescribe el archivo
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

RUTA = Path(__file__).resolve().parents[3] / "course" / "_mnist_esperado.py"

Y_EST = np.array([[0.7, 0.1, 0.2, 0.05, 0.6, 0.3],
                  [0.2, 0.3, 0.5, 0.15, 0.3, 0.6],
                  [0.1, 0.6, 0.3, 0.8, 0.1, 0.1]])


def calcular() -> dict:
    from course import mnist as u
    from solutions import mnist as ref

    X, y = u.datos_de_prueba()
    w1, b1, w2, b2 = u.parametros_de_prueba()
    e = {
        "softmax": ref.softmax(u.Z_SOFTMAX),
        "softmax_grande": ref.softmax(u.Z_SOFTMAX_GRANDE),
        "tanh": ref.tanh(u.Z_ACTIVACION),
        "tanhGrad": ref.tanhGrad(u.A_TANH),
        "relu": ref.relu(u.Z_ACTIVACION),
        "reluGrad": ref.reluGrad(u.A_RELU),
        "y_est": Y_EST,
        "costo": ref.costoGlobal(Y_EST, y),
        "costo_binaria": float(-np.mean(np.sum(y * np.log(Y_EST) + (1 - y) * np.log(1 - Y_EST),
                                               axis=0))),
    }
    e["a1"], e["a2"] = ref.feedForward(X, w1, w2, b1, b2)
    e["a1_relu"], e["a2_relu"] = ref.feedForward(X, w1, w2, b1, b2, activacion="relu")
    for n, g in zip(("dw1", "db1", "dw2", "db2"),
                    ref.backProp(X, y, w1, w2, b1, b2, e["a2"], e["a1"])):
        e[n] = g
    for n, g in zip(("dw1", "db1", "dw2", "db2"),
                    ref.backProp(X, y, w1, w2, b1, b2, e["a2_relu"], e["a1_relu"], "relu")):
        e[n + "_relu"] = g
    e["dw1_relu_con_tanh"] = ref.backProp(X, y, w1, w2, b1, b2, e["a2_relu"], e["a1_relu"])[0]
    import contextlib
    import io
    with contextlib.redirect_stdout(io.StringIO()):
        fin = ref.entrenarRed(u.ENTRENAR["epocas"], u.ENTRENAR["lr"], X, y, w1, b1, w2, b2,
                              e["a1"], e["a2"])
        Xi, yi = u._datos_sgd_iguales()
        iguales = ref.entrenarRed(u.SGD_IGUALES["epocas"], u.SGD_IGUALES["lr"], Xi, yi, w1, b1,
                                  w2, b2, None, None, tamLote=u.SGD_IGUALES["tamLote"], semilla=0)
    for n, v in zip(("w1_final", "b1_final", "w2_final", "b2_final", "costos"), fin):
        e[n] = v
    for n, v in zip(("w1", "b1", "w2", "b2", "costos"), iguales):
        e[f"sgd_iguales_{n}"] = v
    Xc, yc = u._datos_sgd_cero()
    e["sgd_costos_ejemplo"] = [ref.costoGlobal(ref.feedForward(Xc[:, j:j + 1], w1, w2, b1, b2)[1],
                                               yc[:, j:j + 1]) for j in range(Xc.shape[1])]
    e["etiquetas"] = ref.predecir(X, w1, b1, w2, b2)
    return e


def _literal(v) -> str:
    """Con las cifras de course.huellas: otra CPU da otros últimos bits, y la prueba compara con
    su tolerancia, nunca el texto."""
    from course.huellas import redondear

    if isinstance(v, np.ndarray):
        if v.dtype.kind in "iu":
            return f"np.array({v.tolist()!r})"
        return f"np.array({redondear(v)!r}, dtype=float)"
    if isinstance(v, (list, tuple)):
        return repr([redondear(x) for x in v])
    return repr(redondear(v))


def texto() -> str:
    lineas = ['"""Salidas esperadas de las pruebas visibles de la unidad mnist (generado por',
              'autograder/unidades/mnist/esperado.py; no editar a mano)."""',
              "import numpy as np", "", "ESPERADO = {"]
    for clave, valor in calcular().items():
        lineas.append(f"    {clave!r}: {_literal(valor)},")
    lineas.append("}")
    return "\n".join(lineas) + "\n"


if __name__ == "__main__":
    RUTA.write_text(texto(), encoding="utf-8")
    print("escrito", RUTA, file=sys.stdout)

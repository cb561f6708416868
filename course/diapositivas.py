"""Valores impresos en las diapositivas del curso que varias unidades comprueban.

Se copian tal como están impresos (con sus cifras significativas): las pruebas toleran el
redondeo de la diapositiva, no otra cosa.
"""

# Softmax de la clase de regresión softmax, repetida en la tarea de MNIST: (entrada, salida).
TABLA_SOFTMAX = [
    ([3.0, 1.0, 0.2], [0.8360188, 0.11314284, 0.05083836]),
    ([3.0, 2.9, 2.8], [0.3671654, 0.33222499, 0.30060961]),
    ([3.0, 0.2, 0.1], [0.89619123, 0.05449744, 0.04931133]),
    ([3.0, 0.02, 0.01], [0.908199, 0.04613, 0.045671]),
    ([3.0, 0.0002, 0.0001], [0.90943064, 0.04528694, 0.04528241]),
    ([3.0, 0.00000002, 0.00000001], [0.909443, 0.0452785, 0.0452785]),
    ([30.0, 0.00000002, 0.00000001], [1.00000000e+00, 9.35762316e-14, 9.35762306e-14]),
]

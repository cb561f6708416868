"""Redes Neuronales desde Cero: utilidades del curso para estudiantes.

Contiene datos, gráficas, verificación numérica de gradientes y las pruebas visibles de cada
unidad. Nunca contiene soluciones.
"""
__version__ = "0.1.0"

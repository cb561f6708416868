"""Redes Neuronales desde Cero: utilidades del curso para estudiantes.

Contiene datos, gráficas, verificación numérica de gradientes y las pruebas visibles de cada
unidad. Nunca contiene soluciones.
"""
__version__ = "0.1.0"

from .comprobar import instalar_en_ipython as _instalar_en_ipython

# En Jupyter, una prueba que no pasa muestra su diagnóstico en español, sin 40 líneas de traza.
_instalar_en_ipython()

"""Unidad «Regresión lineal y regularización»: pruebas ocultas, catálogo y clase de muestra."""

"""Unidad «Funciones de costo»: pruebas ocultas, catálogo y clase de muestra."""

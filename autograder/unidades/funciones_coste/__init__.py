"""Unidad «Funciones de coste»: pruebas ocultas, catálogo y clase de muestra."""

"""Unidad «SGD y Laboratorio 1»: pruebas ocultas, catálogo y clase de muestra."""

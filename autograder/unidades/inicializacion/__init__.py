"""Unidad «Inicialización de parámetros»: pruebas ocultas, catálogo y clase de muestra."""

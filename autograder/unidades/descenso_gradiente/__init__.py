"""Unidad «Descenso de gradiente»: pruebas ocultas, catálogo y clase de muestra."""

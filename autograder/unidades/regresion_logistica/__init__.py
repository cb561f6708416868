"""Unidad «Regresión logística y softmax»: pruebas ocultas, catálogo y clase de muestra."""

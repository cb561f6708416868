"""Unidad «La red XOR con NumPy»: pruebas ocultas, catálogo y clase de muestra."""

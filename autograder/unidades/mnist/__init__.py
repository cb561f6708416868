"""Unidad «MNIST con NumPy»: pruebas ocultas, catálogo, clase de muestra y ruta rápida."""

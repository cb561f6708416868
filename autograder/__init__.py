"""Calificación de Redes Neuronales desde Cero: pruebas ocultas, catálogo de errores, clase de
muestra y la cadena del instructor (generar, recoger, calificar, retroalimentar, exportar)."""

"""Conjuntos de datos del curso, un módulo por conjunto (xor, mnist, crédito, ...).

Todos devuelven los ejemplos como columnas: X de forma (n_x, m), etiquetas (1, m) o one-hot
(k, m). Nunca se guardan datos en el repositorio: se generan, vienen con un paquete instalado
(scikit-learn) o se descargan con verificación de suma.
"""

"""Unidad «Normalización por lotes»: entradas de prueba, pruebas visibles, verificaciones y
gráficas.

Convención del curso: los ejemplos son COLUMNAS. Z tiene forma (n, m), una fila por unidad y una
columna por ejemplo; la media y la varianza de cada unidad son las de su FILA (axis=1) y tienen
forma (n, 1), como γ y β. Los promedios móviles van en un diccionario
``estado = {"media": (n, 1), "varianza": (n, 1)}``.

Las funciones ``revisar_*`` deciden si una salida es correcta dada la esperada (tipo → forma →
valores → errores típicos); las ``probar_*`` las aplican a entradas fijas con la salida esperada
escrita aquí. Las pruebas ocultas del calificador usan las mismas ``revisar_*`` con entradas
nuevas. Nada de aquí calcula una respuesta: los valores esperados son números escritos (y las
sospechas, como en las demás unidades, se derivan de ellos).
"""
from __future__ import annotations

import functools
from typing import Callable, Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np

from . import graficas, huellas
from .comprobar import (Sospecha, comprobar_arreglo, comprobar_escalar, comprobar_tupla,
                        comprobar_valores, exito, fallar, llamar, nombrar_error_conocido,
                        sospechas_de)
from .comprobar import cerca
from .datos.mnist import cargar_mnist
from .gradiente_numerico import error_relativo

__all__ = [
    "cargar_mnist", "reducir_imagenes", "ESPERADO", "Z_PRUEBA", "GAMMA", "BETA", "ESTADO",
    "Z_ATRAS", "GAMMA_ATRAS", "BETA_ATRAS", "DY_ATRAS", "CACHE_ATRAS", "W_PLEGAR", "B_PLEGAR",
    "GAMMA_PLEGAR", "BETA_PLEGAR", "ESTADO_PLEGAR",
    "probar_mediaVarianzaLote", "probar_normLoteAdelante", "probar_normLoteAtras",
    "probar_gradienteNumericoNormLote", "probar_plegarNormLote",
    "tabla_varianza_por_capa", "ruido_de_la_media", "graficar_promedios_moviles",
    "verificar_normLoteAtras", "verificar_gradientes_red", "graficar_desviaciones_por_capa",
    "graficar_entrenamiento", "resumen_tasas", "histogramas_por_capa", "tabla_inferencia",
    "verificar_plegado",
]


# ---------------------------------------------------------------------------------------------
# Entradas fijas de las pruebas visibles
# ---------------------------------------------------------------------------------------------

# Un lote de m = 6 ejemplos de n = 4 unidades (n ≠ m: normalizar sobre el eje equivocado cambia
# las formas). Fila 0: valores comunes. Fila 1: casi constante (σ² ≈ 10⁻⁶, del orden de ε, así
# que importa dónde va ε). Fila 2: constante (σ² = 0: sin ε es 0/0). Fila 3: media y escala
# grandes.
Z_PRUEBA = np.array([[0.5, -1.2, 2.0, 0.3, -0.7, 1.1],
                     [3.001, 2.9995, 3.0005, 2.999, 3.002, 2.998],
                     [2.5, 2.5, 2.5, 2.5, 2.5, 2.5],
                     [104.0, 96.0, 110.0, 88.0, 101.0, 93.0]])
GAMMA = np.array([[1.5], [0.5], [2.0], [0.8]])
BETA = np.array([[0.1], [-0.2], [0.3], [1.0]])
# Promedios móviles distintos de las estadísticas del lote (la fila 1 con una varianza del orden
# de ε: en inferencia también importa dónde va ε).
ESTADO = {"media": np.array([[0.2], [3.0], [2.0], [95.0]]),
          "varianza": np.array([[1.2], [4e-6], [0.5], [60.0]])}
MOMENTO_OTRO, EPS_OTRO = 0.5, 1e-3

# El paso hacia atrás: un lote de m = 5 ejemplos de n = 3 unidades con valores «normales» (la
# cache, con sus estadísticas, está escrita más abajo, en ESPERADO).
Z_ATRAS = np.array([[0.8, -0.4, 1.6, 0.2, -1.0],
                    [2.0, 3.5, 1.0, 2.5, 4.0],
                    [-0.3, 0.9, -1.5, 0.6, 0.0]])
GAMMA_ATRAS = np.array([[1.2], [0.7], [1.5]])
BETA_ATRAS = np.array([[0.3], [-0.1], [0.5]])
DY_ATRAS = np.array([[0.3, -0.5, 0.1, 0.4, -0.2],
                     [-0.1, 0.2, 0.6, -0.4, 0.3],
                     [0.5, 0.0, -0.3, 0.2, -0.6]])
H_OTRO = 1e-2
# ε de la cache del paso hacia atrás: no es el de por defecto (normLoteAtras lo lee de la cache).
EPS_ATRAS = 1e-3

# Plegar la normalización en una capa densa 3 → 3 (cuadrada: escalar columnas en vez de filas
# no cambia la forma) y en una 4 → 2.
W_PLEGAR = np.array([[0.5, -1.0, 0.2], [1.5, 0.3, -0.4], [-0.6, 0.8, 1.0]])
B_PLEGAR = np.array([[0.1], [-0.3], [0.2]])
GAMMA_PLEGAR = np.array([[2.0], [0.5], [1.2]])
BETA_PLEGAR = np.array([[-0.5], [0.4], [0.0]])
ESTADO_PLEGAR = {"media": np.array([[0.7], [-1.2], [0.3]]),
                 "varianza": np.array([[2.25], [3e-6], [0.8]])}
W_PLEGAR_2 = np.array([[0.4, -0.2, 0.9, 0.1], [-1.1, 0.6, 0.0, 0.5]])
B_PLEGAR_2 = np.array([[0.0], [0.6]])
GAMMA_PLEGAR_2 = np.array([[0.9], [1.7]])
BETA_PLEGAR_2 = np.array([[0.2], [-0.8]])
ESTADO_PLEGAR_2 = {"media": np.array([[1.0], [-0.4]]), "varianza": np.array([[0.36], [5.0]])}

# Salidas esperadas de las pruebas visibles y la cache del paso hacia atrás, con 10 cifras
# significativas (tests/test_catalogo.py comprueba que la referencia las reproduce).
# --- ESPERADO (generado) ---
ESPERADO: dict = {
    'media': np.array([[0.3333333333],
                       [3.0],
                       [2.5],
                       [98.66666667]]),
    'varianza': np.array([[1.135555556],
                          [1.75e-06],
                          [0.0],
                          [52.55555556]]),
    'Y': np.array([[0.3346031847, -2.058349299, 2.446031847, 0.05307936307, -1.354539745,
                    1.179174649],
                   [-0.0541350085, -0.2729324957, -0.1270675043, -0.3458649915, 0.091729983,
                    -0.491729983],
                   [0.3, 0.3, 0.3, 0.3, 0.3, 0.3],
                   [1.588544571, 0.7057277145, 2.250657213, -0.1770891421, 1.25748825,
                    0.3746713933]]),
    'Z_gorro': np.array([[0.1564021231, -1.438899533, 1.564021231, -0.03128042462, -0.9696931633,
                          0.7194497663],
                         [0.291729983, -0.1458649915, 0.1458649915, -0.291729983, 0.583459966,
                          -0.583459966],
                         [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                         [0.7356807138, -0.3678403569, 1.563321517, -1.471361428, 0.3218603123,
                          -0.7816607584]]),
    'estado': {"media": np.array([[0.2133333333],
                                  [3.0],
                                  [2.05],
                                  [95.36666667]]),
               "varianza": np.array([[1.193555556],
                                     [3.775e-06],
                                     [0.45],
                                     [59.25555556]])},
    'Y_inferencia': np.array([[0.5107902065, -1.817020964, 2.564741239, 0.2369300688,
                               -1.13237062, 1.33237062],
                              [-0.06636937904, -0.2668153105, -0.1331846895, -0.333630621,
                               0.06726124191, -0.4672612419],
                              [1.71419942, 1.71419942, 1.71419942, 1.71419942, 1.71419942,
                               1.71419942],
                              [1.929515926, 1.103279547, 2.549193209, 0.277043169, 1.619677284,
                               0.7934409054]]),
    'Y_otros': np.array([[0.3345009865, -2.057409076, 2.445009865, 0.0530998027, -1.353906116,
                          1.178704538],
                         [-0.1842024285, -0.2078987857, -0.1921012143, -0.2157975715,
                          -0.1684048571, -0.2315951429],
                         [0.3, 0.3, 0.3, 0.3, 0.3, 0.3],
                         [1.588539028, 0.7057304861, 2.250645434, -0.1770780557, 1.257485825,
                          0.3746772829]]),
    'Z_gorro_otros': np.array([[0.156333991, -1.438272717, 1.56333991, -0.0312667982,
                                -0.9692707443, 0.7191363587],
                               [0.03159514294, -0.01579757147, 0.01579757147, -0.03159514294,
                                0.06319028587, -0.06319028587],
                               [0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                               [0.7356737848, -0.3678368924, 1.563306793, -1.47134757,
                                0.3218572809, -0.7816533964]]),
    'estado_otros': {"media": np.array([[0.2666666667],
                                        [3.0],
                                        [2.25],
                                        [96.83333333]]),
                     "varianza": np.array([[1.167777778],
                                           [2.875e-06],
                                           [0.25],
                                           [56.27777778]])},
    'Z_gorro_atras': np.array([[0.6171384362, -0.7053010699, 1.498764774, -0.04408131687,
                                -1.366520823],
                               [-0.561705179, 0.8425577685, -1.497880477, -0.09361752984,
                                1.310645418],
                               [-0.2869778831, 1.147911533, -1.721867299, 0.7891891786,
                                0.07174447078]]),
    'media_atras': np.array([[0.24],
                             [2.6],
                             [-0.06]]),
    'varianza_atras': np.array([[0.8224],
                                [1.14],
                                [0.6984]]),
    'dZ': np.array([[0.2163057477, -0.51169447, -0.268149745, 0.5135253919, 0.05001307535],
                    [-0.162090425, 0.07930496021, 0.2667697563, -0.3437543801, 0.1597700886],
                    [1.018773537, -0.1291482539, -0.1649999731, 0.2923530765, -1.016978386]]),
    'dgamma': np.array([[0.9433401811],
                        [-0.2434055773],
                        [0.4878624014]]),
    'dbeta': np.array([[0.1],
                       [0.6],
                       [-0.2]]),
    'dZ_num': np.array([[0.2162504345, -0.5117903996, -0.2687615108, 0.5138476321, 0.05045384379],
                        [-0.1621763587, 0.07936273987, 0.266844049, -0.3439062029, 0.1598757727],
                        [1.019566582, -0.1295247239, -0.1646894235, 0.2923642935, -1.017716728]]),
    'dgamma_num': np.array([[0.9439077969],
                            [-0.243511243],
                            [0.4882080527]]),
    'dbeta_num': np.array([[0.09999999999],
                           [0.6],
                           [-0.2]]),
    'dZ_num_h': np.array([[0.2162516475, -0.5117902834, -0.2687601157, 0.5138424267,
                           0.05045050201],
                          [-0.1621752582, 0.07936216908, 0.2668456247, -0.3439037636,
                           0.1598757624],
                          [1.019554496, -0.129521618, -0.1646935209, 0.2923651874, -1.017704828]]),
    'dgamma_num_h': np.array([[0.9439077969],
                              [-0.243511243],
                              [0.4882080527]]),
    'dbeta_num_h': np.array([[0.1],
                             [0.6],
                             [-0.2]]),
    'W_plegado': np.array([[0.6666651852, -1.33333037, 0.2666660741],
                           [208.0125736, 41.60251472, -55.47001962],
                           [-0.8049794408, 1.073305921, 1.341632401]]),
    'b_plegado': np.array([[-1.299998222],
                           [125.2075442],
                           [-0.1341632401]]),
    'W_plegado_2': np.array([[0.5991683988, -0.2995841994, 1.348128897, 0.1497920997],
                             [-0.8362058072, 0.4561122585, 0.0, 0.3800935487]]),
    'b_plegado_2': np.array([[-1.297920997],
                             [-0.03981290256]]),
}
# --- fin de ESPERADO ---


def _cache_atras() -> tuple:
    """La cache de normLoteAdelante para Z_ATRAS y GAMMA_ATRAS (números escritos)."""
    e = ESPERADO
    return (Z_ATRAS, e["Z_gorro_atras"], e["media_atras"], e["varianza_atras"], GAMMA_ATRAS,
            EPS_ATRAS)


# La cache de la prueba visible de normLoteAtras (para usarla en el cuaderno).
CACHE_ATRAS = _cache_atras()


# ---------------------------------------------------------------------------------------------
# Revisiones (compartidas por pruebas visibles y ocultas)
# ---------------------------------------------------------------------------------------------

_AXIS = ("En el curso cada ejemplo es una COLUMNA: las estadísticas de la unidad i son las de su "
         "FILA (axis=1) y tienen forma (n, 1).")


def _es_arreglo(valor, forma) -> bool:
    return isinstance(valor, np.ndarray) and valor.shape == tuple(forma)


def _revisar_por_unidad(valor, nombre: str, n: int, m: int, *, avisos=(),
                        que="promediaste") -> np.ndarray:
    """Un arreglo (n, 1), un número por unidad, con los errores de eje en el mensaje."""
    eje = _AXIS if que != "sumaste" else (
        "En el curso cada ejemplo es una COLUMNA: el gradiente de cada unidad es la suma sobre "
        "su FILA (axis=1) y tiene forma (n, 1).")
    if isinstance(valor, (int, float, np.number)) and not isinstance(valor, (bool, np.bool_)):
        valor = np.asarray(valor, dtype=float)
    forma = np.shape(valor) if isinstance(valor, np.ndarray) else None
    if forma == () and (n, 1) != (1, 1):
        fallar(f"{nombre} es un solo número y se esperaba uno por unidad, forma ({n}, 1): ¿{que} "
               f"todo el arreglo, sin axis? {eje}")
    if forma is not None and forma != (n, 1):
        if forma in ((1, m), (m,)):
            fallar(f"{nombre} tiene forma {forma}: es un valor por EJEMPLO. ¿{que.capitalize()} "
                   f"sobre las unidades (axis=0), como en CS231n, donde los ejemplos son filas? "
                   f"{eje} Con keepdims=True queda ({n}, 1).")
        if forma == (n, m) and m > 1 and que == "sumaste":
            fallar(f"{nombre} tiene forma {forma}, la de Z: ¿olvidaste sumar sobre los ejemplos? "
                   f"Cada unidad tiene UN valor, la suma sobre su fila: np.sum(..., axis=1, "
                   f"keepdims=True).")
    return comprobar_arreglo(valor, nombre, (n, 1), avisos=avisos)


def revisar_mediaVarianzaLote(salida, Z, esperado, *, avisos=(), extra=None) -> None:
    """``esperado`` = (media, varianza), forma (n, 1) cada una."""
    n, m = np.shape(Z)
    media_ok, var_ok = (np.asarray(e, dtype=float) for e in esperado)
    if isinstance(salida, np.ndarray):
        fallar("mediaVarianzaLote devolvió un solo arreglo: debe devolver la tupla "
               "(media, varianza).")
    if isinstance(salida, (tuple, list)) and len(salida) == 2 and cerca(
            salida[0], var_ok) and cerca(salida[1], media_ok) and not cerca(media_ok, var_ok):
        fallar("mediaVarianzaLote devolvió (varianza, media): el orden es (media, varianza).")
    media, varianza = comprobar_tupla(salida, ["media", "varianza"], "mediaVarianzaLote")
    media = _revisar_por_unidad(media, "media", n, m, avisos=avisos)
    varianza = _revisar_por_unidad(varianza, "varianza", n, m, avisos=avisos)
    comprobar_valores(media, media_ok, "media", rtol=1e-9, atol=1e-12,
                      sospechas=sospechas_de(extra, "media"),
                      pista="media[i] = (1/m)·Σ_j Z[i, j], la media de la FILA i.")
    sospechas = [*sospechas_de(extra, "varianza")]
    if m > 1:
        sospechas.append(Sospecha(var_ok * m / (m - 1), f"vale m/(m − 1) = {m}/{m - 1} veces lo "
                                  f"esperado: usaste la varianza no sesgada (entre m − 1, "
                                  f"ddof=1). La normalización por lotes usa la sesgada, entre m "
                                  f"(Ioffe y Szegedy, Algoritmo 1; np.var por defecto)."))
    sospechas.append(Sospecha(np.sqrt(var_ok), "es la raíz de la varianza: devolviste la "
                              "desviación típica σ (np.std) en vez de σ²."))
    sospechas.append(Sospecha(var_ok + media_ok ** 2, "es la media de Z²: olvidaste restar la "
                              "media antes de elevar al cuadrado (σ² = (1/m) Σ (z − μ)²)."))
    comprobar_valores(varianza, var_ok, "varianza", rtol=1e-7, atol=1e-12, sospechas=sospechas,
                      pista="varianza[i] = (1/m)·Σ_j (Z[i, j] − media[i])², entre m (sesgada).")


def _revisar_estado(estado, esperado: Mapping, n: int, funcion: str, *, sospechas=None,
                    alternativas=None, avisos=()) -> None:
    """``estado`` debe ser un diccionario nuevo {"media": (n, 1), "varianza": (n, 1)} con los
    valores ``esperado``. ``sospechas``: {clave: [Sospecha]}; ``alternativas``: {clave:
    [valores también correctos]}."""
    if not isinstance(estado, dict):
        fallar(f"estado_nuevo (la tercera salida de {funcion}) debe ser un diccionario "
               f"{{\"media\": ..., \"varianza\": ...}}, pero es de tipo {type(estado).__name__}.")
    faltan = [k for k in ("media", "varianza") if k not in estado]
    if faltan:
        fallar(f"A estado_nuevo le faltan las claves {faltan}: debe tener \"media\" y "
               f"\"varianza\", las mismas de estado.")
    for clave in ("media", "varianza"):
        valor = comprobar_arreglo(estado[clave], f"estado_nuevo[\"{clave}\"]", (n, 1),
                                  avisos=avisos)
        correctos = [esperado[clave], *(alternativas or {}).get(clave, [])]
        if any(cerca(valor, c, rtol=1e-7, atol=1e-12) for c in correctos):
            continue
        comprobar_valores(valor, esperado[clave], f"estado_nuevo[\"{clave}\"]", rtol=1e-7,
                          atol=1e-12, sospechas=(sospechas or {}).get(clave, []),
                          pista="El promedio móvil: momento·(lo que había) + (1 − momento)·(la "
                                "estadística del lote).")


def revisar_normLoteAdelante(salida, Z, gamma, beta, estado, modo: str, momento: float,
                             eps: float, esperado: Mapping, *, avisos=(), extra=None,
                             Y_lote=None, otros=None) -> None:
    """``esperado``: {"Y", "estado"} y, en entrenamiento, también {"Z_gorro", "media",
    "varianza"} (las estadísticas del lote). ``Y_lote``: en inferencia, la Y de entrenamiento
    con las mismas entradas (si la de inferencia coincide con ella, se usaron las estadísticas
    del lote). ``otros``: {"Y", "estado"} con momento y ε por defecto, cuando la llamada usa
    otros (para nombrar las constantes escritas a mano)."""
    n, m = np.shape(Z)
    nombre = f"normLoteAdelante(…, modo=\"{modo}\")"
    if isinstance(salida, np.ndarray):
        fallar(f"{nombre} devolvió solo un arreglo: debe devolver la tupla (Y, cache, "
               f"estado_nuevo).")
    Y, cache, estado_nuevo = comprobar_tupla(salida, ["Y", "cache", "estado_nuevo"],
                                             "normLoteAdelante")
    Y_ok = np.asarray(esperado["Y"], dtype=float)
    sospechas_Y = list(sospechas_de(extra, "Y"))
    if _es_arreglo(Y, (n, m)) and np.issubdtype(Y.dtype, np.number):
        nombrar_error_conocido(Y, Y_ok, "Y", sospechas_Y)
        if not np.all(np.isfinite(Y)) and modo == "entrenamiento":
            filas = [i for i in range(n) if not np.all(np.isfinite(Y[i]))]
            constantes = [i for i in filas if esperado["varianza"][i, 0] == 0]
            if constantes:
                fallar(f"Y tiene NaN o infinitos en la fila {constantes[0]}, la de una unidad "
                       f"constante en el lote (σ² = 0).{_avisos(avisos)} ¿Olvidaste sumar ε a la "
                       f"varianza dentro de la raíz? Sin ε queda 0/0: ε existe justo para eso.")
    Y = comprobar_arreglo(Y, "Y", (n, m), avisos=avisos)
    if otros is not None and not cerca(otros["Y"], Y_ok) and cerca(Y, otros["Y"], 1e-7, 1e-12):
        fallar(f"Con eps = {eps:g}, Y salió igual que con el ε por defecto (1e-5): ¿escribiste "
               f"1e-5 en vez de usar el argumento eps?")
    if modo == "inferencia" and Y_lote is not None and cerca(Y, Y_lote, 1e-7, 1e-12):
        fallar(f"{nombre}: Y es la normalización con la media y la varianza DEL LOTE. ¿Usaste "
               f"las estadísticas del lote en inferencia? En inferencia se normaliza con los "
               f"promedios móviles de estado: así la salida de un ejemplo no depende de los "
               f"demás ejemplos del lote (y existe con m = 1).")
    if modo == "entrenamiento":
        pista = ("En entrenamiento: Ẑ = (Z − μ) / √(σ² + ε) con μ y σ² del lote (de cada "
                 "FILA), e Y = γ ⊙ Ẑ + β.")
    else:
        pista = ("En inferencia: Ẑ = (Z − media_móvil) / √(varianza_móvil + ε) con los "
                 "promedios de estado, e Y = γ ⊙ Ẑ + β.")
    comprobar_valores(Y, Y_ok, "Y", rtol=1e-7, atol=1e-10, sospechas=sospechas_Y, pista=pista)
    # La cache.
    if modo == "entrenamiento":
        _revisar_cache_norm(cache, (Z, esperado["Z_gorro"], esperado["media"],
                                    esperado["varianza"], gamma, eps), Y)
    elif cache is not None:
        fallar(f"{nombre} devolvió una cache: en inferencia no hay paso hacia atrás, así que la "
               f"cache debe ser None (la de entrenamiento guarda estadísticas del lote, que en "
               f"inferencia no se usan).")
    # Los promedios móviles.
    viejo = {k: np.asarray(estado[k], dtype=float) for k in ("media", "varianza")}
    sospechas = {"media": [], "varianza": []}
    alternativas = None
    if modo == "entrenamiento":
        lote = {"media": esperado["media"], "varianza": esperado["varianza"]}
        for clave in ("media", "varianza"):
            sospechas[clave] += [
                Sospecha(viejo[clave], "es el valor que recibiste en estado: no actualizaste "
                                       "los promedios móviles en entrenamiento (con promedios "
                                       "que nunca cambian, la inferencia normaliza con media 0 "
                                       "y varianza 1)."),
                Sospecha(lote[clave], "es la estadística de ESTE lote: reemplazaste el promedio "
                                      "móvil en vez de promediarlo con momento."),
                Sospecha((1 - momento) * viejo[clave] + momento * lote[clave],
                         "intercambiaste momento y 1 − momento: el promedio anterior pesa "
                         f"momento = {momento:g} y el lote 1 − momento."),
            ]
        if m > 1:
            alternativas = {"varianza": [momento * viejo["varianza"] + (1 - momento)
                                         * np.asarray(esperado["varianza"]) * m / (m - 1)]}
        if otros is not None and not cerca(otros["estado"]["media"], esperado["estado"]["media"]):
            for clave in ("media", "varianza"):
                sospechas[clave].append(Sospecha(
                    otros["estado"][clave], f"salió igual que con momento = 0.9: ¿escribiste 0.9 "
                                            f"en vez de usar el argumento momento "
                                            f"(= {momento:g} aquí)?"))
    else:
        for clave in ("media", "varianza"):
            if isinstance(estado_nuevo, dict) and _es_arreglo(estado_nuevo.get(clave), (n, 1)) \
                    and not cerca(estado_nuevo[clave], viejo[clave], 1e-7, 1e-12):
                fallar(f"En inferencia estado_nuevo[\"{clave}\"] cambió: ¿actualizaste los "
                       f"promedios móviles en inferencia? Solo se actualizan al entrenar; en "
                       f"inferencia estado_nuevo tiene los mismos valores que estado.")
    _revisar_estado(estado_nuevo, esperado["estado"], n, "normLoteAdelante",
                    sospechas={k: [*v, *sospechas_de(extra, f"estado_{k}")]
                               for k, v in sospechas.items()},
                    alternativas=alternativas, avisos=avisos)


def _avisos(avisos) -> str:
    return (" Durante la llamada NumPy avisó: " + "; ".join(avisos) + ".") if avisos else ""


def _revisar_cache_norm(cache, esperada, Y) -> None:
    nombres = ("Z", "Z_gorro", "media", "varianza", "gamma", "eps")
    texto = "(Z, Z_gorro, media, varianza, gamma, eps)"
    if cache is None:
        fallar(f"La cache de normLoteAdelante en entrenamiento es None: debe ser la tupla "
               f"{texto}, lo que necesita normLoteAtras.")
    partes = comprobar_tupla(cache, nombres, "La cache de normLoteAdelante")
    Z, Z_gorro, media, varianza, gamma, eps = esperada
    if cerca(partes[1], Y) and not cerca(Z_gorro, Y):
        fallar("El segundo elemento de la cache es Y (ya escalada y desplazada): debe ser Ẑ, "
               "la Z normalizada ANTES de γ y β.")
    if cerca(partes[3], np.sqrt(np.asarray(varianza) + eps)):
        fallar("El cuarto elemento de la cache es √(σ² + ε): la cache guarda la varianza del "
               "lote σ² (y ε aparte, como último elemento).")
    for parte, ref, nombre in zip(partes, esperada, nombres):
        if nombre == "eps":
            valor = comprobar_escalar(parte, "El último elemento de la cache (eps)",
                                      acepta_un_elemento=True)
            if not np.isclose(valor, eps, rtol=1e-12, atol=0):
                fallar(f"El último elemento de la cache vale {valor:g} y debe ser el ε de la "
                       f"llamada ({eps:g}).")
            continue
        if not cerca(parte, ref, rtol=1e-7, atol=1e-12):
            fallar(f"El elemento {nombre} de la cache de normLoteAdelante no es el esperado: la "
                   f"cache es {texto}, con las estadísticas DEL LOTE de forma (n, 1).")


def revisar_normLoteAtras(salida, cache, esperado, *, avisos=(), extra=None) -> None:
    """``esperado`` = (dZ, dgamma, dbeta)."""
    Z = np.asarray(cache[0])
    n, m = Z.shape
    dZ_ok, dgamma_ok, dbeta_ok = (np.asarray(e, dtype=float) for e in esperado)
    if isinstance(salida, np.ndarray):
        fallar("normLoteAtras devolvió un solo arreglo: debe devolver la tupla "
               "(dZ, dgamma, dbeta).")
    if isinstance(salida, (tuple, list)) and len(salida) == 3 and [np.shape(s) for s in salida] \
            == [(n, 1), (n, 1), (n, m)] and m > 1:
        fallar("normLoteAtras devolvió (dgamma, dbeta, dZ): el orden es (dZ, dgamma, dbeta), "
               "primero el gradiente que sigue hacia atrás.")
    dZ, dgamma, dbeta = comprobar_tupla(salida, ["dZ", "dgamma", "dbeta"], "normLoteAtras")
    dZ = comprobar_arreglo(dZ, "dZ", (n, m), referencia="Z", avisos=avisos)
    dgamma = _revisar_por_unidad(dgamma, "dgamma", n, m, avisos=avisos, que="sumaste")
    dbeta = _revisar_por_unidad(dbeta, "dbeta", n, m, avisos=avisos, que="sumaste")
    if m > 1 and cerca(dgamma, dbeta_ok) and cerca(dbeta, dgamma_ok) and not cerca(
            dgamma_ok, dbeta_ok):
        fallar("dgamma y dbeta están intercambiados: dβ = Σ_j dY y dγ = Σ_j dY ⊙ Ẑ.")
    comprobar_valores(dbeta, dbeta_ok, "dbeta", rtol=1e-7, atol=1e-10,
                      sospechas=sospechas_de(extra, "dbeta"),
                      pista="β se suma a cada ejemplo: dβ = Σ_j dY[:, j] (axis=1).")
    comprobar_valores(dgamma, dgamma_ok, "dgamma", rtol=1e-7, atol=1e-10,
                      sospechas=sospechas_de(extra, "dgamma"),
                      pista="γ multiplica a Ẑ: dγ = Σ_j dY ⊙ Ẑ, con la Ẑ de la cache (no Z).")
    pista = ("Con dẐ = γ ⊙ dY y σ = √(σ² + ε): dZ = (m·dẐ − Σ_j dẐ − Ẑ ⊙ Σ_j dẐ ⊙ Ẑ) / (m·σ).")
    suma = np.abs(np.sum(dZ, axis=1)).max() / max(np.abs(dZ).max(), 1e-300)
    if m > 1 and suma > 1e-6:
        pista += (" Además, cada fila del dZ correcto suma 0 sobre los ejemplos (la media se "
                  "resta), y las de tu dZ no: ¿faltó el camino que pasa por μ?")
    comprobar_valores(dZ, dZ_ok, "dZ", rtol=1e-7, atol=1e-10, sospechas=sospechas_de(extra, "dZ"),
                      pista=pista)


def revisar_gradienteNumericoNormLote(salida, n: int, m: int, esperado, *, avisos=(),
                                      extra=None, con_h_por_defecto=None) -> None:
    """``esperado`` = (dZ_num, dgamma_num, dbeta_num) de la referencia con el mismo h."""
    if isinstance(salida, np.ndarray):
        fallar("gradienteNumericoNormLote devolvió un solo arreglo: debe devolver la tupla "
               "(dZ_num, dgamma_num, dbeta_num).")
    partes = comprobar_tupla(salida, ["dZ_num", "dgamma_num", "dbeta_num"],
                             "gradienteNumericoNormLote")
    dZ = comprobar_arreglo(partes[0], "dZ_num", (n, m), referencia="Z", avisos=avisos)
    dgamma = comprobar_arreglo(partes[1], "dgamma_num", (n, 1), referencia="gamma",
                               avisos=avisos)
    dbeta = comprobar_arreglo(partes[2], "dbeta_num", (n, 1), referencia="gamma", avisos=avisos)
    if con_h_por_defecto is not None and all(
            cerca(a, b, 1e-9, 1e-12) for a, b in zip((dZ, dgamma, dbeta), con_h_por_defecto)) \
            and not cerca(con_h_por_defecto[0], esperado[0], 1e-9, 1e-12):
        fallar("Con otro h, los gradientes salieron iguales que con h = 1e-5: ¿escribiste el "
               "paso a mano en vez de pasarle el argumento h a gradienteNumerico?")
    if cerca(dgamma, esperado[2]) and cerca(dbeta, esperado[1]) and not cerca(
            esperado[1], esperado[2]):
        fallar("dgamma_num y dbeta_num están intercambiados: el orden es (dZ_num, dgamma_num, "
               "dbeta_num).")
    pista = ("Se deriva el número L = Σ dY ⊙ Y, con Y = normLoteAdelante(..., "
             "\"entrenamiento\")[0]: gradienteNumerico(f, x, h) con una f que reciba solo la "
             "entrada que se mueve (Z, γ o β) y deje las otras fijas.")
    for valor, ref, nombre in zip((dZ, dgamma, dbeta), esperado,
                                  ("dZ_num", "dgamma_num", "dbeta_num")):
        comprobar_valores(valor, ref, nombre, rtol=1e-6, atol=1e-8,
                          sospechas=sospechas_de(extra, nombre), pista=pista)


def revisar_plegarNormLote(salida, W, esperado, *, avisos=(), extra=None) -> None:
    """``esperado`` = (W_plegado, b_plegado)."""
    n, n_prev = np.shape(W)
    W_ok, b_ok = (np.asarray(e, dtype=float) for e in esperado)
    if isinstance(salida, np.ndarray):
        fallar("plegarNormLote devolvió un solo arreglo: debe devolver la tupla "
               "(W_plegado, b_plegado).")
    if isinstance(salida, (tuple, list)) and len(salida) == 2 and np.shape(salida[0]) == (
            n, 1) and np.shape(salida[1]) == (n, n_prev) and n_prev != 1:
        fallar("plegarNormLote devolvió (b_plegado, W_plegado): el orden es (W_plegado, "
               "b_plegado).")
    W_p, b_p = comprobar_tupla(salida, ["W_plegado", "b_plegado"], "plegarNormLote")
    W_p = comprobar_arreglo(W_p, "W_plegado", (n, n_prev), referencia="W", avisos=avisos)
    b_p = comprobar_arreglo(b_p, "b_plegado", (n, 1), referencia="b", avisos=avisos)
    comprobar_valores(W_p, W_ok, "W_plegado", rtol=1e-7, atol=1e-10,
                      sospechas=sospechas_de(extra, "W_plegado"),
                      pista="Con s = γ / √(σ² + ε), de forma (n, 1): W' = s ⊙ W multiplica la "
                            "FILA i de W (los pesos que llegan a la unidad i) por s_i.")
    comprobar_valores(b_p, b_ok, "b_plegado", rtol=1e-7, atol=1e-10,
                      sospechas=sospechas_de(extra, "b_plegado"),
                      pista="W_plegado está bien. b' = s ⊙ (b − μ) + β: el sesgo de la capa densa "
                            "también pasa por la normalización.")


# ---------------------------------------------------------------------------------------------
# Pruebas visibles
# ---------------------------------------------------------------------------------------------

# Nombres de las salidas de cada función calificada, en el orden del cuaderno.
SALIDAS = {
    "mediaVarianzaLote": ("media", "varianza"),
    "normLoteAdelante": ("Y", "cache", "estado_nuevo"),
    "normLoteAtras": ("dZ", "dgamma", "dbeta"),
    "gradienteNumericoNormLote": ("dZ_num", "dgamma_num", "dbeta_num"),
    "plegarNormLote": ("W_plegado", "b_plegado"),
}


def _copia_estado(estado):
    return {k: np.array(v, dtype=float) for k, v in estado.items()}


def entradas_visibles(funcion: str) -> tuple:
    """Los argumentos con que la prueba visible llama (primero) a ``funcion``."""
    return {
        "mediaVarianzaLote": (Z_PRUEBA,),
        "normLoteAdelante": (Z_PRUEBA, GAMMA, BETA, _copia_estado(ESTADO), "entrenamiento"),
        "normLoteAtras": (DY_ATRAS, _cache_atras()),
        "gradienteNumericoNormLote": (Z_ATRAS, GAMMA_ATRAS, BETA_ATRAS, DY_ATRAS, H_OTRO),
        "plegarNormLote": (W_PLEGAR, B_PLEGAR, GAMMA_PLEGAR, BETA_PLEGAR,
                           _copia_estado(ESTADO_PLEGAR)),
    }[funcion]


# La llamada de cada prueba visible (entradas visibles, avisos y huellas): course.huellas.
_visible = functools.partial(huellas.llamar_visible, "normalizacion")


def _esperado_entrenamiento(prefijo: str = "") -> dict:
    e = ESPERADO
    return {"Y": e[f"Y{prefijo}"], "Z_gorro": e[f"Z_gorro{prefijo}"], "media": e["media"],
            "varianza": e["varianza"], "estado": e[f"estado{prefijo}"]}


def probar_mediaVarianzaLote(mediaVarianzaLote: Callable) -> None:
    """Prueba visible: un lote de 6 ejemplos de 4 unidades (una casi constante y otra
    constante)."""
    salida, avisos, extra = _visible("mediaVarianzaLote", mediaVarianzaLote)
    revisar_mediaVarianzaLote(salida, Z_PRUEBA, (ESPERADO["media"], ESPERADO["varianza"]),
                              avisos=avisos, extra=extra)
    # Un solo ejemplo: la media es ese ejemplo y la varianza es 0.
    z = Z_PRUEBA[:, :1]
    salida, avisos = llamar(mediaVarianzaLote, z, nombre="mediaVarianzaLote")
    revisar_mediaVarianzaLote(salida, z, (z, np.zeros_like(z)), avisos=avisos)
    exito("mediaVarianzaLote: media y varianza (entre m) de cada FILA, de forma (4, 1); con un "
          "solo ejemplo, varianza 0.")


def probar_normLoteAdelante(normLoteAdelante: Callable) -> None:
    """Prueba visible: el mismo lote en entrenamiento (momento y ε por defecto y otros) y en
    inferencia."""
    salida, avisos, extra = _visible("normLoteAdelante", normLoteAdelante)
    revisar_normLoteAdelante(salida, Z_PRUEBA, GAMMA, BETA, ESTADO, "entrenamiento", 0.9, 1e-5,
                             _esperado_entrenamiento(), avisos=avisos, extra=extra)
    salida, avisos = llamar(normLoteAdelante, Z_PRUEBA, GAMMA, BETA, _copia_estado(ESTADO),
                            "inferencia", nombre="normLoteAdelante")
    revisar_normLoteAdelante(salida, Z_PRUEBA, GAMMA, BETA, ESTADO, "inferencia", 0.9, 1e-5,
                             {"Y": ESPERADO["Y_inferencia"], "estado": ESTADO}, avisos=avisos,
                             Y_lote=ESPERADO["Y"])
    salida, avisos = llamar(normLoteAdelante, Z_PRUEBA, GAMMA, BETA, _copia_estado(ESTADO),
                            "entrenamiento", MOMENTO_OTRO, EPS_OTRO, nombre="normLoteAdelante")
    esperado = _esperado_entrenamiento("_otros")
    esperado["varianza"] = ESPERADO["varianza"]
    revisar_normLoteAdelante(salida, Z_PRUEBA, GAMMA, BETA, ESTADO, "entrenamiento",
                             MOMENTO_OTRO, EPS_OTRO, esperado, avisos=avisos,
                             otros={"Y": ESPERADO["Y"], "estado": ESPERADO["estado"]})
    exito("normLoteAdelante: en entrenamiento normaliza cada FILA con μ y σ² del lote, ε dentro "
          "de la raíz, γ y β, la cache y los promedios móviles; en inferencia usa los "
          "promedios y no los cambia.")


def probar_normLoteAtras(normLoteAtras: Callable) -> None:
    """Prueba visible: un lote de 5 ejemplos de 3 unidades con un dY fijo."""
    salida, avisos, extra = _visible("normLoteAtras", normLoteAtras)
    e = ESPERADO
    revisar_normLoteAtras(salida, _cache_atras(), (e["dZ"], e["dgamma"], e["dbeta"]),
                          avisos=avisos, extra=extra)
    exito("normLoteAtras: dZ (3, 5) con la fórmula compacta, dgamma y dbeta (3, 1) sumados "
          "sobre los ejemplos.")


def probar_gradienteNumericoNormLote(gradienteNumericoNormLote: Callable) -> None:
    """Prueba visible: el lote de normLoteAtras con h = 1e-2 (grande a propósito: se nota si h
    no se usa, y las diferencias hacia adelante se alejan de las centradas) y con el h por
    defecto."""
    salida, avisos, extra = _visible("gradienteNumericoNormLote", gradienteNumericoNormLote)
    e = ESPERADO
    n, m = Z_ATRAS.shape
    revisar_gradienteNumericoNormLote(
        salida, n, m, (e["dZ_num_h"], e["dgamma_num_h"], e["dbeta_num_h"]), avisos=avisos,
        extra=extra, con_h_por_defecto=(e["dZ_num"], e["dgamma_num"], e["dbeta_num"]))
    salida, avisos = llamar(gradienteNumericoNormLote, Z_ATRAS, GAMMA_ATRAS, BETA_ATRAS, DY_ATRAS,
                            nombre="gradienteNumericoNormLote")
    revisar_gradienteNumericoNormLote(salida, n, m, (e["dZ_num"], e["dgamma_num"],
                                                     e["dbeta_num"]), avisos=avisos)
    exito("gradienteNumericoNormLote: los gradientes numéricos de L = Σ dY ⊙ Y respecto a Z, γ y "
          "β, con el h pedido y con h = 1e-5 por defecto.")


def probar_plegarNormLote(plegarNormLote: Callable) -> None:
    """Prueba visible: una capa 3 → 3 y otra 4 → 2 con otro ε."""
    salida, avisos, extra = _visible("plegarNormLote", plegarNormLote)
    revisar_plegarNormLote(salida, W_PLEGAR, (ESPERADO["W_plegado"], ESPERADO["b_plegado"]),
                           avisos=avisos, extra=extra)
    salida, avisos = llamar(plegarNormLote, W_PLEGAR_2, B_PLEGAR_2, GAMMA_PLEGAR_2,
                            BETA_PLEGAR_2, _copia_estado(ESTADO_PLEGAR_2), EPS_OTRO,
                            nombre="plegarNormLote")
    revisar_plegarNormLote(salida, W_PLEGAR_2, (ESPERADO["W_plegado_2"],
                                                ESPERADO["b_plegado_2"]), avisos=avisos)
    exito("plegarNormLote: W' = s ⊙ W (por filas) y b' = s ⊙ (b − μ) + β, con s = γ / √(σ² + ε).")


# ---------------------------------------------------------------------------------------------
# Datos
# ---------------------------------------------------------------------------------------------

def reducir_imagenes(X: np.ndarray, lado: int = 28) -> np.ndarray:
    """Imágenes de MNIST de 28 × 28 reducidas a 10 × 10: la caja central de 20 × 20 (donde MNIST
    centró cada dígito al construirse) promediada por bloques de 2 × 2.

    Argumentos:
        X: imágenes, una por columna, forma (lado·lado, m), fila a fila (índice = 28·fila +
            columna). lado: 28; con otro lado (el respaldo de 8 × 8) X se devuelve igual.
    Devuelve:
        forma (100, m) si lado = 28, con valores en el mismo rango que X.
    """
    if lado != 28:
        return X
    m = X.shape[1]
    caja = X.reshape(28, 28, m)[4:24, 4:24]
    return np.ascontiguousarray(caja.reshape(10, 2, 10, 2, m).mean(axis=(1, 3)).reshape(100, m))


# ---------------------------------------------------------------------------------------------
# Verificaciones del cuaderno (sin calificación; usan TUS funciones)
# ---------------------------------------------------------------------------------------------

def tabla_varianza_por_capa(medidas: Mapping[str, Sequence[float]],
                            predichas: Mapping[str, Sequence[float]], *, factor: float = 1.6,
                            titulo: str = "Varianza de Z por capa"):
    """Imprime, capa por capa, la varianza medida (la media sobre las unidades de la varianza de
    cada fila) y la predicha, y dibuja las dos en escala logarítmica.

    Argumentos:
        medidas, predichas: {nombre de la red: [varianza de la capa 1, de la capa 2, ...]}.
        factor: la medida debe estar entre predicha/factor y predicha·factor (los pesos son
            aleatorios: la fórmula es un valor esperado).
    Devuelve:
        la figura.
    """
    nombres = list(medidas)
    print("capa | " + " | ".join(f"{n:>22}" for n in nombres))
    print("     | " + " | ".join(f"{'medida':>10} {'predicha':>11}" for _ in nombres))
    L = len(next(iter(medidas.values())))
    for l in range(L):
        print(f"{l + 1:>4} | " + " | ".join(
            f"{medidas[n][l]:10.4g} {predichas[n][l]:11.4g}" for n in nombres))
    fig, ax = plt.subplots(figsize=(5.5, 3.4))
    for i, n in enumerate(nombres):
        capas = np.arange(1, L + 1)
        ax.semilogy(capas, medidas[n], marker="o", color=f"C{i}", label=f"{n} (medida)")
        ax.semilogy(capas, predichas[n], ls="--", color=f"C{i}", lw=1)
    ax.set_xlabel("capa l")
    ax.set_ylabel("varianza media de Z[l]")
    ax.set_title(titulo + " (– –: predicha)")
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=8)
    fig.tight_layout()
    for n in nombres:
        cociente = np.asarray(medidas[n], dtype=float) / np.asarray(predichas[n], dtype=float)
        if not np.all((cociente > 1 / factor) & (cociente < factor)):
            l = int(np.argmax(np.abs(np.log(np.abs(cociente) + 1e-300)))) + 1
            fallar(f"En «{n}», capa {l}, la varianza medida ({medidas[n][l - 1]:.4g}) está lejos "
                   f"de la predicha ({predichas[n][l - 1]:.4g}). ¿Está bien mediaVarianzaLote "
                   f"(la varianza de cada FILA, entre m)?")
    exito("las varianzas medidas siguen a las predichas capa por capa.")
    return fig


def ruido_de_la_media(tamanos: Sequence[int], desviaciones: Sequence[float],
                      sigma: float) -> None:
    """Imprime, para cada tamaño de mini-lote m, la desviación típica de la media del lote
    (entre muchos lotes) y la teórica σ/√m, y comprueba que coincidan (±25 %)."""
    print(f"{'m':>5} | desviación de μ_lote | σ/√m   | cociente")
    cocientes = []
    for m, d in zip(tamanos, desviaciones):
        cocientes.append(d / (sigma / np.sqrt(m)))
        print(f"{m:>5} | {d:20.4f} | {sigma / np.sqrt(m):.4f} | {cocientes[-1]:.2f}")
    if not all(0.75 < c < 1.25 for c in cocientes):
        fallar("La desviación de la media del lote no se parece a σ/√m: ¿está bien "
               "mediaVarianzaLote?")
    exito("la media de un mini-lote es una estimación con ruido del orden de σ/√m: cuanto más "
          "grande el lote, más se parece a la de todos los datos.")


def graficar_promedios_moviles(historias: Mapping[str, tuple], media: float, varianza: float):
    """Promedios móviles de una unidad, lote a lote.

    Argumentos:
        historias: {rótulo: (medias, varianzas)}, una lista por paso de entrenamiento.
        media, varianza: los valores de la distribución de la que salen los lotes.
    """
    fig, ejes = plt.subplots(1, 2, figsize=(9, 3.2))
    for ax, k, real, nombre in ((ejes[0], 0, media, "media móvil"),
                                (ejes[1], 1, varianza, "varianza móvil")):
        for i, (rotulo, valores) in enumerate(historias.items()):
            ax.plot(np.arange(1, len(valores[k]) + 1), valores[k], color=f"C{i}", label=rotulo)
        ax.axhline(real, color="0.4", ls=":", lw=1.2, label="valor de la población")
        ax.set_xlabel("mini-lotes vistos")
        ax.set_title(nombre)
        ax.grid(alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    return fig


def verificar_normLoteAtras(normLoteAdelante: Callable, normLoteAtras: Callable,
                            gradienteNumericoNormLote: Callable, errorRelativo: Callable,
                            semilla: int = 0) -> dict:
    """Compara TU normLoteAtras con TUS gradientes numéricos en tres lotes al azar e imprime los
    errores relativos y la mayor |Σ_j dZ[i, j]| (debe ser ~0). Falla si un error supera 1e-6."""
    rng = np.random.default_rng(semilla)
    errores = {}
    print(f"{'lote (n, m)':>12} | {'dZ':>8} | {'dgamma':>8} | {'dbeta':>8} | máx |Σ_j dZ|")
    for n, m in ((3, 5), (4, 10), (2, 32)):
        Z = rng.normal(size=(n, m)) * rng.uniform(0.5, 3, (n, 1)) + rng.uniform(-2, 2, (n, 1))
        gamma, beta = rng.uniform(0.5, 2, (n, 1)), rng.normal(size=(n, 1))
        dY = rng.normal(size=(n, m))
        estado = {"media": np.zeros((n, 1)), "varianza": np.ones((n, 1))}
        _, cache, _ = normLoteAdelante(Z, gamma, beta, estado, "entrenamiento")
        analiticos = normLoteAtras(dY, cache)
        numericos = gradienteNumericoNormLote(Z, gamma, beta, dY)
        fila = [float(errorRelativo(a, b)) for a, b in zip(analiticos, numericos)]
        errores[(n, m)] = fila
        suma = float(np.max(np.abs(np.sum(analiticos[0], axis=1))))
        print(f"{str((n, m)):>12} | " + " | ".join(f"{e:8.1e}" for e in fila) + f" | {suma:.1e}")
    malos = [f"{nm} ({nombre})" for nm, fila in errores.items()
             for e, nombre in zip(fila, ("dZ", "dgamma", "dbeta")) if not e <= 1e-6]
    if malos:
        fallar("Tu normLoteAtras no coincide con tus gradientes numéricos en: " + ", ".join(malos)
               + ". ¿Están bien las dos funciones (y normLoteAdelante, que usan ambas)?")
    exito("tu normLoteAtras coincide con el gradiente numérico de tu normLoteAdelante, y cada fila "
          "de dZ suma 0.")
    return errores


def verificar_gradientes_red(analiticos: Mapping[str, np.ndarray],
                             numericos: Mapping[str, np.ndarray], errorRelativo: Callable,
                             tol: float = 1e-6) -> dict:
    """Tabla del chequeo numérico de una red entera: por parámetro, las normas de los dos
    gradientes y su error relativo. Cuando los dos son ≈ 0 (‖·‖ < 1e-8), el error relativo no
    dice nada (0/0 con ruido de redondeo) y se marca aparte. Falla si algún otro error supera
    ``tol``."""
    print(f"{'parámetro':>9} | {'‖analítico‖':>11} | {'‖numérico‖':>10} | error relativo")
    errores, malos = {}, []
    for clave, num in numericos.items():
        ana = np.asarray(analiticos[f"d{clave}"], dtype=float)
        num = np.asarray(num, dtype=float)
        na, nn = float(np.linalg.norm(ana)), float(np.linalg.norm(num))
        if na < 1e-8 and nn < 1e-8:
            print(f"{clave:>9} | {na:11.1e} | {nn:10.1e} | los dos ≈ 0")
            errores[clave] = None
            continue
        errores[clave] = float(errorRelativo(ana, num))
        print(f"{clave:>9} | {na:11.2e} | {nn:10.2e} | {errores[clave]:.1e}")
        if not errores[clave] <= tol:
            malos.append(clave)
    if malos:
        fallar("El gradiente de la red no coincide con el numérico en: " + ", ".join(malos) +
               ". ¿Están bien normLoteAdelante y normLoteAtras?")
    exito("la retropropagación de la red entera, con tus capas de normalización, coincide con "
          "el gradiente numérico.")
    return errores


def graficar_desviaciones_por_capa(curvas: Mapping[str, Sequence[float]], *,
                                   titulo: str = "Desviación típica de la entrada de cada "
                                                 "activación"):
    """Una curva por red: la desviación típica media por unidad, capa a capa (escala log)."""
    fig, ax = plt.subplots(figsize=(6, 3.5))
    for i, (nombre, valores) in enumerate(curvas.items()):
        estilo = "-" if "con" in nombre else "--"
        ax.semilogy(np.arange(1, len(valores) + 1), valores, marker="o", ls=estilo,
                    color=f"C{i // 2}" if len(curvas) % 2 == 0 else f"C{i}", label=nombre)
    ax.set_xlabel("capa oculta l")
    ax.set_ylabel("desviación típica")
    ax.set_title(titulo, fontsize=10)
    ax.grid(alpha=0.3, which="both")
    ax.legend(fontsize=8)
    fig.tight_layout()
    return fig


def graficar_entrenamiento(resultados: Mapping[tuple, tuple], destacadas: Sequence[float]):
    """Izquierda: el costo por época de las dos redes con las tasas ``destacadas``. Derecha: el
    costo de la última época frente a la tasa de aprendizaje (las que divergieron, arriba).

    Argumentos:
        resultados: {(con_norm, α): (costos por época, exactitud de validación)}.
    """
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 3.6))
    for j, lr in enumerate(destacadas):
        for con in (False, True):
            if (con, lr) not in resultados:
                continue
            costos = np.asarray(resultados[(con, lr)][0], dtype=float)
            ax1.plot(np.arange(1, len(costos) + 1), costos, color=f"C{j}",
                     ls="-" if con else "--", marker="o" if con else "x",
                     label=f"α = {lr:g}, {'con' if con else 'sin'} normalización")
    ax1.axhline(np.log(10), color="0.6", ls=":", lw=1)
    ax1.xaxis.set_major_locator(plt.MaxNLocator(integer=True))
    ax1.set_ylim(0, 2.8)
    ax1.set_xlabel("época")
    ax1.set_ylabel("costo J (media de los mini-lotes)")
    ax1.set_title("Costo por época")
    ax1.legend(fontsize=7)
    tope = 2.7
    for con in (False, True):
        tasas = sorted(lr for c, lr in resultados if c == con)
        finales = [resultados[(con, lr)][0][-1] for lr in tasas]
        dibujo = [min(f, tope) if np.isfinite(f) else tope for f in finales]
        ax2.semilogx(tasas, dibujo, marker="o" if con else "x", ls="-" if con else "--",
                     label=f"{'con' if con else 'sin'} normalización")
        for lr, f in zip(tasas, finales):
            if not np.isfinite(f):
                ax2.annotate("divergió", (lr, tope), textcoords="offset points", xytext=(0, -12),
                             ha="center", fontsize=7, color="C0" if not con else "C1")
    ax2.axhline(np.log(10), color="0.6", ls=":", lw=1)
    ax2.text(ax2.get_xlim()[0], np.log(10) + 0.03, " azar: ln 10", fontsize=7, color="0.4")
    ax2.set_ylim(0, 2.8)
    ax2.set_xlabel("tasa de aprendizaje α")
    ax2.set_ylabel("costo de la última época")
    ax2.set_title("¿Qué tasas todavía entrenan?")
    ax2.legend(fontsize=8)
    for ax in (ax1, ax2):
        ax.grid(alpha=0.3, which="both")
    fig.tight_layout()
    return fig


def resumen_tasas(resultados: Mapping[tuple, tuple], *, fraccion: float = 0.75) -> dict:
    """Tabla por tasa de aprendizaje: costo de la primera y de la última época y exactitud de
    validación, con y sin normalización; y el rango de tasas que «todavía entrena»: el costo de la
    última época es finito y a lo más ``fraccion`` del de la primera (predecir al azar cuesta
    ln 10 ≈ 2.30).

    Argumentos:
        resultados: {(con_norm, α): (costos por época, exactitud de validación)}.
    Devuelve:
        {con_norm: [tasas que entrenan]}.
    """
    tasas = sorted({lr for _, lr in resultados})
    print(f"{'α':>6} | sin normalización: costo 1.ª → última, exactitud | con normalización: "
          f"costo 1.ª → última, exactitud")
    for lr in tasas:
        partes = []
        for con in (False, True):
            costos, exactitud = resultados.get((con, lr), ([np.nan], np.nan))
            primero, final = costos[0], costos[-1]
            texto = ("divergió" if not np.isfinite(final) else
                     f"{primero:.3f} → {final:.3f}")
            partes.append(f"{texto:>15}, {exactitud:6.1%}")
        print(f"{lr:>6g} | {partes[0]:>49} | {partes[1]:>49}")
    entrenan = {}
    for con in (False, True):
        entrenan[con] = [lr for lr in tasas if (con, lr) in resultados
                         and np.isfinite(resultados[(con, lr)][0][-1])
                         and resultados[(con, lr)][0][-1] <= fraccion
                         * resultados[(con, lr)][0][0]]
        lista = entrenan[con]
        rango = f"de α = {min(lista):g} a α = {max(lista):g}" if lista else "ninguna"
        print(f"{'con' if con else 'sin'} normalización, tasas que todavía entrenan (costo final "
              f"≤ {fraccion:.0%} del de la 1.ª época): {rango}")
    return entrenan


def histogramas_por_capa(entradas: Mapping[str, Sequence[np.ndarray]], *, capas: int = 3,
                         titulo: str = "Entrada de la activación (Z, o Y si hay normalización)"):
    """Histogramas de lo que llega a la activación en ``capas`` capas ocultas de cada red, con
    su media y su desviación típica. Ver graficas.histogramas_por_capa."""
    return graficas.histogramas_por_capa(entradas, capas=capas, titulo=titulo,
                                         con_desviacion=True, ancho=4.2, bins=50)


def tabla_inferencia(filas: Sequence[tuple]) -> None:
    """Imprime (cómo se evaluó, exactitud, número de clases distintas predichas)."""
    print(f"{'cómo se evalúa la red':>52} | exactitud | clases distintas predichas")
    for descripcion, exactitud, distintas in filas:
        print(f"{descripcion:>52} | {exactitud:9.1%} | {distintas}")


def verificar_plegado(AL_inferencia, AL_plegada) -> None:
    """La red plegada (sin capas de normalización) debe dar las mismas probabilidades que la red
    en inferencia: imprime la mayor diferencia y falla si supera 1e-8."""
    dif = float(np.max(np.abs(np.asarray(AL_inferencia) - np.asarray(AL_plegada))))
    print(f"mayor diferencia entre las probabilidades de las dos redes: {dif:.1e}")
    if not dif < 1e-8:
        fallar("La red plegada no da lo mismo que la red en inferencia: ¿está bien "
               "plegarNormLote (por FILAS, con b − μ, ε dentro de la raíz)?")
    exito("la red plegada, sin ninguna capa de normalización, predice exactamente lo mismo.")

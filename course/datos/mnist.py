"""MNIST (y Fashion-MNIST) desde los cuatro archivos IDX canónicos, con verificación de sumas.

Dónde busca los archivos, en este orden:

1. La carpeta ``directorio`` que se pase a :func:`cargar_mnist`, o la de la variable de entorno
   ``MNIST_DIR`` (``FASHION_MNIST_DIR`` para Fashion-MNIST). Es el mecanismo para máquinas sin
   internet: con una carpeta indicada no se descarga nada.
2. Para Fashion-MNIST, la carpeta del paquete de Debian ``dataset-fashion-mnist``
   (``/usr/share/datasets/fashion-mnist``), si está instalado.
3. La caché local (``pooch.os_cache``, o la carpeta de ``MNIST_CACHE``); lo que falte se
   descarga con pooch probando varios espejos, y cada archivo se verifica con su suma SHA-256
   (o MD5) antes de usarse.

Si solo están los archivos de prueba (``t10k-*``), se dividen esas 10 000 imágenes reales en
entrenamiento, validación y prueba. Si no hay nada, se usa el respaldo ``load_digits`` de
scikit-learn (imágenes de 8×8) y se avisa en grande. Siempre se imprime qué datos se usaron.

Un archivo dañado, truncado o con una suma distinta de la canónica produce un
:class:`ErrorDatosMNIST` con la explicación en español: nunca se usa en silencio.

Formato devuelto (convención del curso): ejemplos en columnas, píxeles en [0, 1] (float32),
etiquetas one-hot de forma (10, m).
"""
from __future__ import annotations

import gzip
import hashlib
import os
import struct
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

from ..comprobar import miles

__all__ = ["ErrorDatosMNIST", "DatosMNIST", "cargar_mnist", "leer_idx", "verificar_archivo",
           "ARCHIVOS", "SUMAS", "ESPEJOS", "codificar_one_hot"]

# Nombres canónicos de los cuatro archivos (idénticos en MNIST y Fashion-MNIST).
ARCHIVOS = {
    "imagenes_entrenamiento": "train-images-idx3-ubyte.gz",
    "etiquetas_entrenamiento": "train-labels-idx1-ubyte.gz",
    "imagenes_prueba": "t10k-images-idx3-ubyte.gz",
    "etiquetas_prueba": "t10k-labels-idx1-ubyte.gz",
}

# Variantes aceptadas de cada archivo: (bytes o None, "algoritmo:suma"). La primera es la que se
# espera al descargar de los espejos.
#  - MNIST: tamaños y SHA-256 de la distribución canónica. El MD5 de train-images
#    (f68b3c2dcbeaaa9fbdd348bbdeb94873, 9 912 422 bytes) es el que publica la documentación del
#    proyecto; su SHA-256 es el que verifican de forma independiente torchvision-compatibles,
#    TensorFlow (cvdf-datasets) y muchos otros cargadores, y las otras tres sumas coinciden con
#    las de /work/shared/datasets/mnist/README.md.
#  - Fashion-MNIST: MD5 publicados por Zalando para sus .gz, y SHA-256 de los .gz del paquete
#    de Debian dataset-fashion-mnist (0.0~git20200523.55506a9-1), que son los mismos datos
#    recomprimidos sin el nombre de archivo en la cabecera gzip (24 bytes menos cada uno).
SUMAS: dict[str, dict[str, tuple]] = {
    "mnist": {
        "train-images-idx3-ubyte.gz": (
            (9912422, "sha256:440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"),
            (9912422, "md5:f68b3c2dcbeaaa9fbdd348bbdeb94873")),
        "train-labels-idx1-ubyte.gz": (
            (28881, "sha256:3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"),),
        "t10k-images-idx3-ubyte.gz": (
            (1648877, "sha256:8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"),),
        "t10k-labels-idx1-ubyte.gz": (
            (4542, "sha256:f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6"),),
    },
    "fashion": {
        "train-images-idx3-ubyte.gz": (
            (None, "md5:8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
            (26421856, "sha256:b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7")),
        "train-labels-idx1-ubyte.gz": (
            (None, "md5:25c81989df183df01b3e8a0aad5dffbe"),
            (29491, "sha256:0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056")),
        "t10k-images-idx3-ubyte.gz": (
            (None, "md5:bef4ecab320f06d8554ea6380940ec79"),
            (4422079, "sha256:cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa")),
        "t10k-labels-idx1-ubyte.gz": (
            (None, "md5:bb300cfdad3c16e7a12a480ee83cd310"),
            (5125, "sha256:8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05")),
    },
}

ESPEJOS = {
    "mnist": (
        "https://ossci-datasets.s3.amazonaws.com/mnist/",
        "https://storage.googleapis.com/cvdf-datasets/mnist/",
        "https://yann.lecun.com/exdb/mnist/",
    ),
    "fashion": (
        "https://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
        "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
    ),
}

VARIABLE_DIRECTORIO = {"mnist": "MNIST_DIR", "fashion": "FASHION_MNIST_DIR"}
DIRECTORIOS_DEL_SISTEMA = {"mnist": (), "fashion": ("/usr/share/datasets/fashion-mnist",)}
NOMBRES = {"mnist": "MNIST", "fashion": "Fashion-MNIST"}
CLASES = {
    "mnist": tuple(str(d) for d in range(10)),
    "fashion": ("camiseta", "pantalón", "suéter", "vestido", "abrigo", "sandalia", "camisa",
                "zapatilla", "bolso", "botín"),
}
MAGICO_IMAGENES = 2051   # 0x00000803: ubyte, 3 dimensiones
MAGICO_ETIQUETAS = 2049  # 0x00000801: ubyte, 1 dimensión


class ErrorDatosMNIST(RuntimeError):
    """Los archivos de datos faltan, están dañados o no son los canónicos."""


# ---------------------------------------------------------------------------------------------
# El conjunto de datos devuelto
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class DatosMNIST:
    """Particiones de entrenamiento, validación y prueba, con ejemplos en columnas.

    X_*: forma (lado·lado, m), float32 en [0, 1]. Y_*: one-hot, forma (10, m), float32.
    """

    X_ent: np.ndarray
    Y_ent: np.ndarray
    X_val: np.ndarray
    Y_val: np.ndarray
    X_pru: np.ndarray
    Y_pru: np.ndarray
    fuente: str           # "mnist", "mnist-prueba-dividida", "fashion", ..., "digits"
    descripcion: str      # texto en español de qué datos son
    lado: int = 28        # las imágenes son lado × lado
    clases: tuple = CLASES["mnist"]

    @property
    def es_respaldo(self) -> bool:
        """True si NO son los datos pedidos completos (división de prueba o load_digits)."""
        return self.fuente == "digits" or self.fuente.endswith("-prueba-dividida")

    @property
    def etiquetas_ent(self) -> np.ndarray:
        return np.argmax(self.Y_ent, axis=0)

    @property
    def etiquetas_val(self) -> np.ndarray:
        return np.argmax(self.Y_val, axis=0)

    @property
    def etiquetas_pru(self) -> np.ndarray:
        return np.argmax(self.Y_pru, axis=0)

    def recortar(self, n_ent: int | None = None, n_val: int | None = None,
                 n_pru: int | None = None) -> "DatosMNIST":
        """Los primeros n ejemplos de cada partición (None: todos). Para pruebas rápidas."""
        def corte(X, Y, n):
            return (X, Y) if n is None else (X[:, :n], Y[:, :n])
        X_ent, Y_ent = corte(self.X_ent, self.Y_ent, n_ent)
        X_val, Y_val = corte(self.X_val, self.Y_val, n_val)
        X_pru, Y_pru = corte(self.X_pru, self.Y_pru, n_pru)
        return replace(self, X_ent=X_ent, Y_ent=Y_ent, X_val=X_val, Y_val=Y_val, X_pru=X_pru,
                       Y_pru=Y_pru)

    def resumen(self) -> str:
        return (f"{self.descripcion}\n  entrenamiento {self.X_ent.shape[1]}, validación "
                f"{self.X_val.shape[1]}, prueba {self.X_pru.shape[1]} ejemplos; X de forma "
                f"({self.X_ent.shape[0]}, m), imágenes de {self.lado}×{self.lado}.")


def codificar_one_hot(etiquetas: np.ndarray, k: int = 10, dtype=np.float32) -> np.ndarray:
    """Etiquetas enteras (m,) → matriz one-hot (k, m): columna j con un 1 en la fila etiquetas[j].

    Es la codificación one-hot de la Unidad 1 (allí la escribiste tú, `codificarOneHot`); aquí
    viene dada porque el cargador de datos la necesita."""
    etiquetas = np.asarray(etiquetas, dtype=np.int64).ravel()
    Y = np.zeros((k, etiquetas.size), dtype=dtype)
    Y[etiquetas, np.arange(etiquetas.size)] = 1
    return Y


# ---------------------------------------------------------------------------------------------
# Verificación y lectura de archivos IDX
# ---------------------------------------------------------------------------------------------

def _suma(ruta: Path, algoritmo: str) -> str:
    h = hashlib.new(algoritmo)
    with open(ruta, "rb") as f:
        for bloque in iter(lambda: f.read(1 << 20), b""):
            h.update(bloque)
    return h.hexdigest()


def verificar_archivo(ruta, variantes: Sequence[tuple]) -> None:
    """Comprueba que ``ruta`` coincida con alguna variante aceptada (bytes, "algo:suma").

    Lanza ErrorDatosMNIST con un mensaje en español si el archivo falta, está truncado o su
    suma no es la canónica.
    """
    ruta = Path(ruta)
    if not ruta.is_file():
        raise ErrorDatosMNIST(f"No existe el archivo {ruta}.")
    tamano = ruta.stat().st_size
    tamanos = {v[0] for v in variantes if v[0] is not None}
    if tamanos and all(v[0] is not None for v in variantes) and tamano not in tamanos:
        esperado = " o ".join(miles(t) for t in sorted(tamanos))
        motivo = "más pequeño: está truncado (¿descarga interrumpida?)" if tamano < min(
            tamanos) else "de otro tamaño: no es el archivo canónico"
        raise ErrorDatosMNIST(
            f"El archivo {ruta} tiene {miles(tamano)} bytes y se esperaban {esperado}: es "
            f"{motivo}. Bórralo y vuelve a descargarlo (o copia el archivo original).")
    calculadas = {}
    for _, suma in variantes:
        algoritmo, valor = suma.split(":", 1)
        if algoritmo not in calculadas:
            calculadas[algoritmo] = _suma(ruta, algoritmo)
        if calculadas[algoritmo] == valor.lower():
            return
    algoritmo, valor = variantes[0][1].split(":", 1)
    raise ErrorDatosMNIST(
        f"El archivo {ruta} está dañado o no es el canónico: su suma {algoritmo.upper()} es "
        f"{calculadas[algoritmo]} y se esperaba {valor}. No se usará. Bórralo y vuelve a "
        f"descargarlo (o copia el archivo original).")


def leer_idx(ruta, *, magico: int, dimensiones: Sequence[int | None] = ()) -> np.ndarray:
    """Lee un archivo IDX comprimido con gzip y valida su número mágico y sus dimensiones.

    Argumentos:
        ruta: archivo .gz.
        magico: número mágico esperado (2051 imágenes, 2049 etiquetas).
        dimensiones: dimensiones esperadas; None en una posición acepta cualquier valor.
    Devuelve:
        arreglo uint8 con la forma que declara la cabecera.
    """
    ruta = Path(ruta)
    try:
        with gzip.open(ruta, "rb") as f:
            datos = f.read()
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        raise ErrorDatosMNIST(f"El archivo {ruta} está dañado o truncado: no se puede "
                              f"descomprimir ({type(e).__name__}: {e}).") from e
    if len(datos) < 8:
        raise ErrorDatosMNIST(f"El archivo {ruta} es demasiado corto para ser un archivo IDX.")
    leido = struct.unpack(">I", datos[:4])[0]
    if leido != magico:
        raise ErrorDatosMNIST(
            f"El archivo {ruta} no es del tipo esperado: su número mágico IDX es {leido} y se "
            f"esperaba {magico} ({'imágenes' if magico == MAGICO_IMAGENES else 'etiquetas'}). "
            f"¿Se intercambiaron los archivos de imágenes y etiquetas?")
    ndim = leido & 0xFF
    if len(datos) < 4 + 4 * ndim:
        raise ErrorDatosMNIST(f"El archivo {ruta} tiene la cabecera IDX incompleta.")
    forma = struct.unpack(f">{ndim}I", datos[4:4 + 4 * ndim])
    if dimensiones and (len(forma) != len(dimensiones) or any(
            d is not None and d != f for d, f in zip(dimensiones, forma))):
        raise ErrorDatosMNIST(f"El archivo {ruta} declara dimensiones {forma} y se esperaban "
                              f"{tuple(dimensiones)}.")
    cuerpo = datos[4 + 4 * ndim:]
    esperado = int(np.prod(forma))
    if len(cuerpo) != esperado:
        raise ErrorDatosMNIST(
            f"El archivo {ruta} está truncado o tiene bytes de más: la cabecera declara {forma} "
            f"({esperado} bytes de datos) pero trae {len(cuerpo)}.")
    return np.frombuffer(cuerpo, dtype=np.uint8).reshape(forma)


def _leer_par(imagenes: Path, etiquetas: Path) -> tuple[np.ndarray, np.ndarray]:
    """(X (784, m) float32 en [0, 1], etiquetas (m,) int64) de un par de archivos."""
    img = leer_idx(imagenes, magico=MAGICO_IMAGENES, dimensiones=(None, 28, 28))
    eti = leer_idx(etiquetas, magico=MAGICO_ETIQUETAS, dimensiones=(None,))
    if img.shape[0] != eti.shape[0]:
        raise ErrorDatosMNIST(f"{imagenes.name} tiene {img.shape[0]} imágenes pero "
                              f"{etiquetas.name} tiene {eti.shape[0]} etiquetas.")
    if eti.size and eti.max() > 9:
        raise ErrorDatosMNIST(f"{etiquetas} contiene etiquetas fuera de 0–9.")
    X = img.reshape(img.shape[0], -1).T.astype(np.float32)
    X *= np.float32(1 / 255)
    return np.ascontiguousarray(X), eti.astype(np.int64)


# ---------------------------------------------------------------------------------------------
# Obtención de los archivos
# ---------------------------------------------------------------------------------------------

def _en_carpeta(carpeta: Path, sumas: Mapping) -> dict[str, Path]:
    """Los archivos presentes (y verificados) de ``carpeta``: {nombre de archivo: ruta}."""
    encontrados = {}
    for nombre in ARCHIVOS.values():
        ruta = carpeta / nombre
        if ruta.is_file():
            verificar_archivo(ruta, sumas[nombre])   # dañado → error, nunca en silencio
            encontrados[nombre] = ruta
    return encontrados


def _descargar(conjunto: str, sumas: Mapping, espejos: Sequence[str], cache: Path,
               tiempo: float) -> tuple[dict[str, Path], list[str]]:
    """Trae a ``cache`` los archivos que falten, probando cada espejo. Devuelve
    ({nombre: ruta} de los disponibles, [problemas encontrados])."""
    import logging

    import pooch

    pooch.get_logger().setLevel(logging.WARNING)   # pooch escribe en stderr: solo errores
    cache.mkdir(parents=True, exist_ok=True)
    disponibles, problemas = {}, []
    inalcanzables: set[str] = set()
    for nombre in ARCHIVOS.values():
        variantes = sumas[nombre]
        ruta = cache / nombre
        if ruta.is_file():
            try:
                verificar_archivo(ruta, variantes)
                disponibles[nombre] = ruta
                continue
            except ErrorDatosMNIST as e:
                problemas.append(f"{e} (se descarga de nuevo)")
                ruta.unlink()
        for espejo in espejos:
            if espejo in inalcanzables:
                continue
            url = espejo.rstrip("/") + "/" + nombre
            try:
                pooch.retrieve(url, known_hash=variantes[0][1], fname=nombre, path=cache,
                               downloader=pooch.HTTPDownloader(progressbar=False, timeout=tiempo))
                verificar_archivo(ruta, variantes)
                disponibles[nombre] = ruta
                break
            except ValueError as e:   # pooch: la suma de lo descargado no coincide
                problemas.append(f"{url}: el archivo descargado no tiene la suma canónica "
                                 f"(dañado o alterado); se borró y no se usará")
            except ErrorDatosMNIST as e:
                problemas.append(f"{url}: {e}")
                ruta.unlink(missing_ok=True)
            except Exception as e:  # red: DNS, conexión rechazada, tiempo agotado, HTTP 404...
                texto, sin_conexion = _describir_error_de_red(e)
                problemas.append(f"{url}: {texto}")
                if sin_conexion:
                    inalcanzables.add(espejo)   # no insistir con un espejo sin conexión
    return disponibles, problemas


def _describir_error_de_red(e: Exception) -> tuple[str, bool]:
    """(descripción breve en español, True si el servidor no es alcanzable)."""
    nombre = type(e).__name__
    respuesta = getattr(e, "response", None)
    if respuesta is not None and getattr(respuesta, "status_code", None):
        return f"el servidor respondió HTTP {respuesta.status_code}", False
    if "Timeout" in nombre:
        return "tiempo de espera agotado", True
    if "Connection" in nombre or isinstance(e, OSError):
        return "no se pudo conectar (¿sin internet o servidor caído?)", True
    return f"{nombre}: {str(e)[:120]}", True


def _directorio_pedido(conjunto: str, directorio) -> Path | None:
    if directorio is not None:
        return Path(directorio).expanduser()
    variable = os.environ.get(VARIABLE_DIRECTORIO[conjunto], "").strip()
    if variable:
        return Path(variable).expanduser()
    for candidato in DIRECTORIOS_DEL_SISTEMA[conjunto]:
        if all((Path(candidato) / n).is_file() for n in ARCHIVOS.values()):
            return Path(candidato)
    return None


def _cache_por_defecto(conjunto: str) -> Path:
    if os.environ.get("MNIST_CACHE", "").strip():
        return Path(os.environ["MNIST_CACHE"]).expanduser() / conjunto
    import pooch
    return Path(pooch.os_cache("redes-neuronales-desde-cero")) / conjunto


# ---------------------------------------------------------------------------------------------
# Particiones
# ---------------------------------------------------------------------------------------------

def _particiones(X, etiquetas, fracciones, rng) -> list[tuple[np.ndarray, np.ndarray]]:
    """Divide (X, etiquetas) en partes con las fracciones dadas tras barajar con ``rng``."""
    m = X.shape[1]
    orden = rng.permutation(m)
    cortes = np.cumsum([int(round(f * m)) for f in fracciones[:-1]])
    return [(np.ascontiguousarray(X[:, idx]), etiquetas[idx])
            for idx in np.split(orden, cortes)]


def _armar(partes, fuente, descripcion, lado, clases) -> DatosMNIST:
    (Xe, ye), (Xv, yv), (Xp, yp) = partes
    return DatosMNIST(Xe, codificar_one_hot(ye), Xv, codificar_one_hot(yv), Xp, codificar_one_hot(yp),
                      fuente=fuente, descripcion=descripcion, lado=lado, clases=clases)


def _digits(semilla: int) -> DatosMNIST:
    from sklearn.datasets import load_digits

    digitos = load_digits()
    X = (digitos.data.T / 16.0).astype(np.float32)
    partes = _particiones(X, digitos.target.astype(np.int64), (0.6, 0.2, 0.2),
                          np.random.default_rng(semilla))
    return _armar(partes, "digits", "RESPALDO: load_digits de scikit-learn (1797 dígitos de "
                  "8×8 píxeles, NO es MNIST)", 8, CLASES["mnist"])


def _aviso(lineas: Sequence[str]) -> None:
    barra = "=" * 78
    print(barra)
    for linea in lineas:
        print(f"⚠  {linea}")
    print(barra, flush=True)


# ---------------------------------------------------------------------------------------------
# Punto de entrada
# ---------------------------------------------------------------------------------------------

def _frase(texto: str) -> str:
    """«texto» como una oración: mayúscula inicial y punto final."""
    texto = texto.rstrip(". ")
    return texto[:1].upper() + texto[1:] + ". "


def cargar_mnist(directorio=None, *, conjunto: str = "mnist", descargar: bool = True,
                 espejos: Sequence[str] | None = None, sumas: Mapping | None = None,
                 cache=None, n_validacion: int = 5000, respaldo: bool = True, semilla: int = 0,
                 tiempo_limite: float = 20.0, mostrar: bool = True) -> DatosMNIST:
    """Carga MNIST (o Fashion-MNIST) con ejemplos en columnas y etiquetas one-hot.

    Argumentos:
        directorio: carpeta con los archivos .gz (si es None: variable de entorno MNIST_DIR o
            FASHION_MNIST_DIR, carpeta del sistema y luego caché + descarga). Con una carpeta
            indicada no se descarga nada.
        conjunto: "mnist" o "fashion".
        descargar: si es False, solo se usa la caché (nunca la red).
        espejos: URLs base de descarga, en orden (por defecto ESPEJOS[conjunto]).
        sumas: variantes aceptadas por archivo (por defecto SUMAS[conjunto]).
        cache: carpeta de caché (por defecto la de pooch, o MNIST_CACHE).
        n_validacion: ejemplos de entrenamiento que se apartan para validación.
        respaldo: si falta el conjunto completo, usar un respaldo (True: las imágenes de prueba
            divididas o, si tampoco están, load_digits) o lanzar ErrorDatosMNIST (False).
        semilla: semilla de las divisiones aleatorias (datos reproducibles).
        tiempo_limite: segundos de espera por conexión al descargar.
        mostrar: imprimir qué datos se usaron (siempre a stdout).
    Devuelve:
        DatosMNIST con X_* de forma (784, m) en [0, 1] e Y_* de forma (10, m).
    Lanza:
        ErrorDatosMNIST si un archivo está dañado, truncado o no es el canónico, si la carpeta
        indicada no existe, o si falta el conjunto completo y respaldo=False.
    """
    if conjunto not in SUMAS and sumas is None:
        raise ValueError(f"conjunto debe ser uno de {sorted(SUMAS)}, no {conjunto!r}")
    sumas = sumas or SUMAS[conjunto]
    nombre = NOMBRES.get(conjunto, conjunto)
    clases = CLASES.get(conjunto, CLASES["mnist"])
    rng = np.random.default_rng(semilla)
    imprimir = print if mostrar else (lambda *a, **k: None)

    carpeta = _directorio_pedido(conjunto, directorio)
    problemas: list[str] = []
    if carpeta is not None:
        if not carpeta.is_dir():
            raise ErrorDatosMNIST(
                f"La carpeta de datos {carpeta} no existe (indicada por el argumento directorio "
                f"o por la variable {VARIABLE_DIRECTORIO.get(conjunto, 'MNIST_DIR')}). "
                f"Corrige la ruta o quítala para descargar los datos.")
        archivos = _en_carpeta(carpeta, sumas)
        origen = f"la carpeta {carpeta}"
        if len(archivos) < len(ARCHIVOS):
            faltan = [n for n in ARCHIVOS.values() if n not in archivos]
            problemas.append(f"en {carpeta} faltan {', '.join(faltan)}")
    elif descargar or cache is not None:
        destino = Path(cache) if cache is not None else _cache_por_defecto(conjunto)
        if descargar:
            archivos, problemas = _descargar(conjunto, sumas, espejos or ESPEJOS[conjunto],
                                             destino, tiempo_limite)
        else:
            archivos = _en_carpeta(destino, sumas) if destino.is_dir() else {}
        origen = f"la caché {destino}"
    else:
        archivos, origen = {}, "ninguna carpeta"

    A = ARCHIVOS
    if all(n in archivos for n in A.values()):
        X, y = _leer_par(archivos[A["imagenes_entrenamiento"]],
                         archivos[A["etiquetas_entrenamiento"]])
        Xp, yp = _leer_par(archivos[A["imagenes_prueba"]], archivos[A["etiquetas_prueba"]])
        n_val = min(n_validacion, X.shape[1] // 5)
        orden = rng.permutation(X.shape[1])
        iv, ie = orden[:n_val], orden[n_val:]
        datos = _armar(((np.ascontiguousarray(X[:, ie]), y[ie]),
                        (np.ascontiguousarray(X[:, iv]), y[iv]), (Xp, yp)),
                       conjunto, f"{nombre} completo (de {origen})", 28, clases)
        imprimir(f"Datos: {datos.resumen()}")
        return datos

    variable = VARIABLE_DIRECTORIO.get(conjunto, "MNIST_DIR")
    explicacion = (f"No se pudo obtener {nombre} completo desde {origen}. "
                   + (_frase("; ".join(problemas[:4])) if problemas else "")
                   + f"Con internet, el cargador descarga los archivos solo; sin internet, "
                   f"copia los cuatro archivos .gz en una carpeta e indícala con la variable de "
                   f"entorno {variable} o con cargar_mnist(directorio=...).")
    if not respaldo:
        raise ErrorDatosMNIST(explicacion)

    if A["imagenes_prueba"] in archivos and A["etiquetas_prueba"] in archivos:
        Xp, yp = _leer_par(archivos[A["imagenes_prueba"]], archivos[A["etiquetas_prueba"]])
        partes = _particiones(Xp, yp, (0.7, 0.1, 0.2), rng)
        datos = _armar(partes, f"{conjunto}-prueba-dividida",
                       f"{nombre} REDUCIDO: las {Xp.shape[1]} imágenes reales de prueba "
                       f"(t10k) divididas 70/10/20 (de {origen})", 28, clases)
        if mostrar:
            _aviso([f"No están las imágenes de entrenamiento de {nombre} "
                    f"({A['imagenes_entrenamiento']}).",
                    f"Se usan solo las {Xp.shape[1]} imágenes REALES de prueba, divididas en "
                    f"entrenamiento/validación/prueba.",
                    "Las cifras no son comparables con las de MNIST completo.",
                    *problemas[:3]])
        imprimir(f"Datos: {datos.resumen()}")
        return datos

    datos = _digits(semilla)
    if mostrar:
        _aviso([f"ATENCIÓN: NO SE ENCONTRÓ {nombre.upper()}. SE USA EL RESPALDO load_digits "
                f"DE SCIKIT-LEARN:",
                "1797 dígitos de 8×8 píxeles (64 entradas, no 784). Los resultados NO son los "
                "de MNIST.",
                *problemas[:3],
                f"Para usar {nombre}: conéctate a internet o define {variable} con la carpeta "
                f"de los archivos .gz."])
    imprimir(f"Datos: {datos.resumen()}")
    return datos

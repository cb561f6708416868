"""El cargador de MNIST (course/datos/mnist.py): archivos reales con sus sumas, archivos dañados,
respaldos cuando faltan archivos y descarga desde un servidor HTTP local. Ninguna prueba sale a
internet: una protección rechaza cualquier conexión que no sea a 127.0.0.1."""
import functools
import gzip
import hashlib
import http.server
import os
import socket
import struct
import threading
from pathlib import Path

import numpy as np
import pytest

from conftest import RAIZ, puerto_libre
from course.datos import mnist as cargador
from course.datos.mnist import ARCHIVOS, ErrorDatosMNIST, cargar_mnist, leer_idx, verificar_archivo

CARPETA_REAL = Path(os.environ.get("MNIST_DIR_PRUEBAS", RAIZ.parent / "shared" / "datasets" / "mnist"))
FASHION = Path("/usr/share/datasets/fashion-mnist")
ENTRENAMIENTO = ARCHIVOS["imagenes_entrenamiento"]


@pytest.fixture(autouse=True)
def sin_internet(monkeypatch):
    """Solo se permiten conexiones a la propia máquina; sin variables que cambien la búsqueda."""
    original = socket.getaddrinfo

    def solo_local(host, *args, **kwargs):
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise socket.gaierror(f"prueba sin internet: conexión a {host} bloqueada")
        return original(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", solo_local)
    for variable in ("MNIST_DIR", "FASHION_MNIST_DIR", "MNIST_CACHE"):
        monkeypatch.delenv(variable, raising=False)


# --------------------------------------------------------------------------- archivos sintéticos

def _idx(ruta: Path, magico: int, forma: tuple, datos: bytes, *, comprimir=True) -> Path:
    contenido = struct.pack(">I", magico) + struct.pack(f">{len(forma)}I", *forma) + datos
    ruta.write_bytes(gzip.compress(contenido, mtime=0) if comprimir else contenido)
    return ruta


def _sumas_de(carpeta: Path) -> dict:
    return {n: ((p.stat().st_size, "sha256:" + hashlib.sha256(p.read_bytes()).hexdigest()),)
            for n in ARCHIVOS.values() if (p := carpeta / n).exists()}


def _conjunto_sintetico(carpeta: Path, n_ent=60, n_pru=30, semilla=0, con_entrenamiento=True):
    """Cuatro archivos IDX válidos y pequeños; devuelve sus sumas."""
    carpeta.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(semilla)
    pares = [("t10k", n_pru)] + ([("train", n_ent)] if con_entrenamiento else [])
    for prefijo, n in pares:
        img = rng.integers(0, 256, size=(n, 28, 28), dtype=np.uint8)
        eti = (np.arange(n) % 10).astype(np.uint8)
        _idx(carpeta / f"{prefijo}-images-idx3-ubyte.gz", 2051, (n, 28, 28), img.tobytes())
        _idx(carpeta / f"{prefijo}-labels-idx1-ubyte.gz", 2049, (n,), eti.tobytes())
    return _sumas_de(carpeta)


def _sumas_completas(sumas: dict) -> dict:
    """Sumas para los cuatro nombres (los que faltan con una suma imposible)."""
    return {n: sumas.get(n, ((None, "sha256:" + "0" * 64),)) for n in ARCHIVOS.values()}


# --------------------------------------------------------------------------- archivos reales

requiere_reales = pytest.mark.skipif(
    not (CARPETA_REAL / "t10k-images-idx3-ubyte.gz").is_file(),
    reason=f"no están los archivos reales de MNIST en {CARPETA_REAL} (../shared/datasets/mnist)")


@requiere_reales
def test_archivos_reales_tienen_las_sumas_canonicas():
    for nombre in ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz",
                   "train-labels-idx1-ubyte.gz"):
        verificar_archivo(CARPETA_REAL / nombre, cargador.SUMAS["mnist"][nombre])
        # y además el MD5 publicado en shared/datasets/mnist/README.md
    md5 = hashlib.md5((CARPETA_REAL / "t10k-images-idx3-ubyte.gz").read_bytes()).hexdigest()
    assert md5 == "9fb629c4189551a2d022fa330f9573f3"


@requiere_reales
def test_archivos_reales_se_leen_con_sus_dimensiones():
    img = leer_idx(CARPETA_REAL / "t10k-images-idx3-ubyte.gz", magico=2051,
                   dimensiones=(None, 28, 28))
    eti = leer_idx(CARPETA_REAL / "t10k-labels-idx1-ubyte.gz", magico=2049)
    assert img.shape == (10000, 28, 28) and eti.shape == (10000,)
    assert leer_idx(CARPETA_REAL / "train-labels-idx1-ubyte.gz", magico=2049).shape == (60000,)
    assert eti[:8].tolist() == [7, 2, 1, 0, 4, 1, 4, 9]   # los primeros dígitos de t10k


@requiere_reales
def test_sin_imagenes_de_entrenamiento_divide_las_de_prueba(capsys):
    datos = cargar_mnist(CARPETA_REAL)
    salida = capsys.readouterr()
    assert datos.fuente == "mnist-prueba-dividida" and datos.es_respaldo
    assert "REALES de prueba" in salida.out and "Datos:" in salida.out and salida.err == ""
    assert (datos.X_ent.shape, datos.X_val.shape, datos.X_pru.shape) == (
        (784, 7000), (784, 1000), (784, 2000))
    for X, Y in ((datos.X_ent, datos.Y_ent), (datos.X_val, datos.Y_val),
                 (datos.X_pru, datos.Y_pru)):
        assert X.dtype == np.float32 and 0 <= X.min() and X.max() <= 1 and X.max() == 1
        assert Y.shape == (10, X.shape[1]) and np.all(Y.sum(axis=0) == 1)
    assert set(datos.etiquetas_ent.tolist()) == set(range(10))
    # Reproducible con la misma semilla y sin ejemplos compartidos entre particiones.
    otra = cargar_mnist(CARPETA_REAL, mostrar=False)
    assert np.array_equal(datos.X_ent, otra.X_ent)
    claves = [{c.tobytes() for c in X.T} for X in (datos.X_ent, datos.X_val, datos.X_pru)]
    assert not (claves[0] & claves[2]) and not (claves[1] & claves[2])


@requiere_reales
def test_la_variable_MNIST_DIR_indica_la_carpeta(monkeypatch):
    monkeypatch.setenv("MNIST_DIR", str(CARPETA_REAL))
    datos = cargar_mnist(mostrar=False)
    assert datos.fuente == "mnist-prueba-dividida"


@pytest.mark.skipif(not (FASHION / ENTRENAMIENTO).is_file(),
                    reason="paquete dataset-fashion-mnist no instalado (apt-get install "
                           "dataset-fashion-mnist)")
def test_fashion_mnist_del_paquete_de_debian():
    datos = cargar_mnist(conjunto="fashion", mostrar=False)
    assert datos.fuente == "fashion" and not datos.es_respaldo
    assert (datos.X_ent.shape[1], datos.X_val.shape[1], datos.X_pru.shape[1]) == (
        55000, 5000, 10000)
    assert datos.clases[0] == "camiseta" and datos.X_ent.dtype == np.float32


# --------------------------------------------------------------------------- archivos dañados

def test_conjunto_sintetico_completo_se_carga(tmp_path, capsys):
    sumas = _conjunto_sintetico(tmp_path)
    datos = cargar_mnist(tmp_path, sumas=sumas)
    assert datos.fuente == "mnist" and not datos.es_respaldo
    assert datos.X_ent.shape == (784, 48) and datos.X_val.shape == (784, 12)
    assert datos.X_pru.shape == (784, 30) and "MNIST completo" in capsys.readouterr().out
    crudo = leer_idx(tmp_path / "t10k-images-idx3-ubyte.gz", magico=2051)
    np.testing.assert_allclose(datos.X_pru[:, 0], crudo[0].ravel() / 255, rtol=1e-6)


def test_archivo_con_un_byte_cambiado_se_rechaza(tmp_path):
    sumas = _conjunto_sintetico(tmp_path)
    ruta = tmp_path / ENTRENAMIENTO
    contenido = bytearray(ruta.read_bytes())
    contenido[len(contenido) // 2] ^= 0xFF
    ruta.write_bytes(bytes(contenido))
    with pytest.raises(ErrorDatosMNIST, match="dañado o no es el canónico.*No se usará"):
        cargar_mnist(tmp_path, sumas=sumas)


def test_archivo_truncado_se_rechaza_por_su_tamano(tmp_path):
    sumas = _conjunto_sintetico(tmp_path)
    ruta = tmp_path / ENTRENAMIENTO
    ruta.write_bytes(ruta.read_bytes()[:-100])
    with pytest.raises(ErrorDatosMNIST, match="está truncado"):
        cargar_mnist(tmp_path, sumas=sumas)


def test_suma_canonica_distinta_se_rechaza(tmp_path):
    """Un archivo IDX válido pero que no es el canónico (las sumas reales de MNIST)."""
    _conjunto_sintetico(tmp_path)
    with pytest.raises(ErrorDatosMNIST, match="se esperaban 9 912 422|no es el canónico"):
        cargar_mnist(tmp_path)
    with pytest.raises(ErrorDatosMNIST, match="SHA256"):
        verificar_archivo(tmp_path / ENTRENAMIENTO, ((None, "sha256:" + "ab" * 32),))
    with pytest.raises(ErrorDatosMNIST, match="No existe"):
        verificar_archivo(tmp_path / "no-esta.gz", cargador.SUMAS["mnist"][ENTRENAMIENTO])


def test_gzip_truncado_con_suma_correcta_se_rechaza_al_leer(tmp_path):
    ruta = tmp_path / "x.gz"
    _idx(ruta, 2051, (2, 28, 28), bytes(2 * 784))
    ruta.write_bytes(ruta.read_bytes()[:-30])
    with pytest.raises(ErrorDatosMNIST, match="dañado o truncado"):
        leer_idx(ruta, magico=2051)


def test_no_es_gzip(tmp_path):
    ruta = _idx(tmp_path / "x.gz", 2051, (1, 28, 28), bytes(784), comprimir=False)
    with pytest.raises(ErrorDatosMNIST, match="dañado o truncado"):
        leer_idx(ruta, magico=2051)


def test_numero_magico_equivocado(tmp_path):
    ruta = _idx(tmp_path / "x.gz", 2049, (5,), bytes(5))
    with pytest.raises(ErrorDatosMNIST, match="número mágico IDX es 2049 y se esperaba 2051"):
        leer_idx(ruta, magico=2051)


def test_dimensiones_equivocadas(tmp_path):
    ruta = _idx(tmp_path / "x.gz", 2051, (3, 27, 27), bytes(3 * 27 * 27))
    with pytest.raises(ErrorDatosMNIST, match=r"declara dimensiones \(3, 27, 27\)"):
        leer_idx(ruta, magico=2051, dimensiones=(None, 28, 28))


def test_cuerpo_mas_corto_que_la_cabecera(tmp_path):
    ruta = _idx(tmp_path / "x.gz", 2051, (3, 28, 28), bytes(2 * 784))
    with pytest.raises(ErrorDatosMNIST, match="truncado o tiene bytes de más"):
        leer_idx(ruta, magico=2051)


def test_imagenes_y_etiquetas_en_distinto_numero(tmp_path):
    _conjunto_sintetico(tmp_path)
    _idx(tmp_path / "t10k-labels-idx1-ubyte.gz", 2049, (29,), bytes(29))
    with pytest.raises(ErrorDatosMNIST, match="30 imágenes pero"):
        cargar_mnist(tmp_path, sumas=_sumas_de(tmp_path))


# --------------------------------------------------------------------------- faltan archivos

def test_carpeta_vacia_usa_load_digits_y_lo_dice(tmp_path, capsys):
    datos = cargar_mnist(tmp_path)
    salida = capsys.readouterr()
    assert datos.fuente == "digits" and datos.es_respaldo and datos.lado == 8
    assert datos.X_ent.shape[0] == 64 and datos.Y_ent.shape == (10, datos.X_ent.shape[1])
    assert datos.X_ent.max() <= 1 and datos.X_ent.dtype == np.float32
    assert "NO SE ENCONTRÓ MNIST" in salida.out and "load_digits" in salida.out
    assert "MNIST_DIR" in salida.out and salida.err == ""


def test_sin_respaldo_el_error_explica_que_hacer(tmp_path):
    with pytest.raises(ErrorDatosMNIST, match="MNIST_DIR"):
        cargar_mnist(tmp_path, respaldo=False)


def test_carpeta_inexistente_es_un_error(tmp_path):
    with pytest.raises(ErrorDatosMNIST, match="no existe"):
        cargar_mnist(tmp_path / "no-existe")


def test_solo_archivos_de_prueba_se_dividen(tmp_path, capsys):
    sumas = _conjunto_sintetico(tmp_path, n_pru=50, con_entrenamiento=False)
    datos = cargar_mnist(tmp_path, sumas=_sumas_completas(sumas))
    assert datos.fuente == "mnist-prueba-dividida"
    assert (datos.X_ent.shape[1], datos.X_val.shape[1], datos.X_pru.shape[1]) == (35, 5, 10)
    assert "REALES de prueba" in capsys.readouterr().out


def test_sin_descarga_ni_cache_usa_el_respaldo(tmp_path, capsys):
    datos = cargar_mnist(descargar=False, cache=tmp_path / "cache")
    assert datos.fuente == "digits" and "NO SE ENCONTRÓ" in capsys.readouterr().out


def test_espejos_inalcanzables_usan_el_respaldo_rapido(tmp_path, capsys):
    # Un puerto local cerrado: conexión rechazada al instante.
    puerto = puerto_libre()
    datos = cargar_mnist(cache=tmp_path, espejos=[f"http://127.0.0.1:{puerto}/"],
                         sumas=_sumas_completas({}), tiempo_limite=2)
    assert datos.fuente == "digits"
    assert "no se pudo conectar" in capsys.readouterr().out


# --------------------------------------------------------------------------- descarga local

class _Silencioso(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def servidor(tmp_path):
    """Un servidor HTTP en 127.0.0.1 que sirve tmp_path/servidor; devuelve (carpeta, url)."""
    carpeta = tmp_path / "servidor"
    carpeta.mkdir()
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Silencioso, directory=str(carpeta)))
    hilo = threading.Thread(target=httpd.serve_forever, daemon=True)
    hilo.start()
    try:
        yield carpeta, f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_descarga_desde_un_espejo_local_con_verificacion(servidor, tmp_path, capsys):
    carpeta, url = servidor
    (carpeta / "vacio").mkdir()
    sumas = _conjunto_sintetico(carpeta / "mnist")
    cache = tmp_path / "cache"
    # El primer espejo responde 404 para todo; el segundo tiene los archivos.
    datos = cargar_mnist(cache=cache, espejos=[url + "vacio/", url + "mnist/"], sumas=sumas)
    assert datos.fuente == "mnist" and datos.X_pru.shape == (784, 30)
    assert "caché" in capsys.readouterr().out
    for nombre in ARCHIVOS.values():
        assert (cache / nombre).read_bytes() == (carpeta / "mnist" / nombre).read_bytes()
    # Ya en caché: funciona aunque los espejos desaparezcan.
    for p in (carpeta / "mnist").iterdir():
        p.unlink()
    otra = cargar_mnist(cache=cache, espejos=[url + "mnist/"], sumas=sumas, mostrar=False)
    assert np.array_equal(otra.X_ent, datos.X_ent)


def test_descarga_con_suma_equivocada_no_se_usa(servidor, tmp_path):
    carpeta, url = servidor
    sumas = _conjunto_sintetico(carpeta)
    malas = dict(sumas)
    malas[ENTRENAMIENTO] = ((None, "sha256:" + "1" * 64),)
    with pytest.raises(ErrorDatosMNIST, match="no tiene la suma canónica"):
        cargar_mnist(cache=tmp_path / "cache", espejos=[url], sumas=malas, respaldo=False)
    assert not (tmp_path / "cache" / ENTRENAMIENTO).exists()


def test_cache_danada_se_descarga_de_nuevo(servidor, tmp_path):
    carpeta, url = servidor
    sumas = _conjunto_sintetico(carpeta)
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / ENTRENAMIENTO).write_bytes(b"basura")
    datos = cargar_mnist(cache=cache, espejos=[url], sumas=sumas, mostrar=False)
    assert datos.fuente == "mnist"
    assert (cache / ENTRENAMIENTO).read_bytes() == (carpeta / ENTRENAMIENTO).read_bytes()


def test_sin_respaldo_no_se_divide_el_conjunto_de_prueba(tmp_path):
    sumas = _conjunto_sintetico(tmp_path, con_entrenamiento=False)
    with pytest.raises(ErrorDatosMNIST, match="completo"):
        cargar_mnist(tmp_path, sumas=_sumas_completas(sumas), respaldo=False)

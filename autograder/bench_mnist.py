"""Banco de pruebas de la red 784-512-10 de la unidad mnist: NumPy (ruta rápida float32 de la
referencia) frente a PyTorch en CPU y al MLPClassifier de scikit-learn, con los mismos datos, la
misma arquitectura, el mismo tamaño de lote, las mismas épocas y SGD simple (sin momento) con el
mismo programa de tasas.

    python -m autograder.bench_mnist [--epocas 60] [--lr 0.2] [--programa escalon|constante]
                                     [--conjunto auto|fashion|mnist]

El programa «escalon» (por defecto) usa lr durante los primeros 3/4 de las épocas y lr/10 en el
último cuarto: con una tasa constante el SGD termina oscilando alrededor del mínimo y la
exactitud final varía ±0.5 % según la época en que se corte; bajar la tasa al final la asienta.

Mide segundos por época, la razón frente a PyTorch, los GFLOP/s alcanzados frente a un pico de
multiplicación de matrices float32 medido en la misma ejecución con NumPy (formas comparables) y
la exactitud de prueba. Imprime una tabla y la escribe en build/bench_mnist.md. PyTorch y
scikit-learn son opcionales: si faltan, su fila dice «no disponible».
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
import warnings
from pathlib import Path

import numpy as np

RAIZ = Path(__file__).resolve().parent.parent
OBJETIVO_RAZON = 0.95
OBJETIVO_PICO = 0.65
OBJETIVO_EXACTITUD = {"fashion": 0.89, "mnist": 0.98}


def programa_de_tasas(nombre: str, lr: float, epocas: int):
    """Función época → tasa, la misma para las tres implementaciones."""
    if nombre == "constante":
        return lambda epoca: lr
    if nombre == "escalon":
        corte = max(1, (3 * epocas) // 4)   # con una sola época no hay último cuarto
        return lambda epoca: lr if epoca < corte else lr / 10
    raise ValueError(f"programa de tasas desconocido: {nombre!r} (usa «escalon» o «constante»)")


def describir_programa(nombre: str, lr: float, epocas: int) -> str:
    corte = max(1, (3 * epocas) // 4)
    if nombre == "escalon" and corte < epocas:
        return f"lr = {lr:g} y {lr / 10:g} desde la época {corte + 1}"
    return f"lr = {lr:g} constante"


def flops_por_ejemplo(nx, nh, ny) -> int:
    """Multiplicaciones-suma ×2 de un paso de SGD por ejemplo: z1 y dW1 (2·nx·nh cada uno), z2,
    dA1 y dW2 (2·nh·ny cada uno). Las operaciones elemento a elemento no se cuentan."""
    return 4 * nx * nh + 6 * nh * ny


def hilos_blas(n):
    """Contexto que fija los hilos de BLAS de NumPy (y de scipy/scikit-learn) a ``n``."""
    from threadpoolctl import threadpool_limits
    return threadpool_limits(limits=n)


def medir_pico(nx, nh, B, repeticiones=30) -> tuple[float, float, str]:
    """GFLOP/s float32 de np.matmul con las formas de la red: (mejor tanda, mediana, forma)."""
    rng = np.random.default_rng(0)
    tandas = []
    formas = {"W1·Xᵀ (512×784)·(784×128)": ((nh, nx), (nx, B)),
              "dZ1·X (512×128)·(128×784)": ((nh, B), (B, nx))}
    mejor, cual = 0.0, ""
    for nombre, (fa, fb) in formas.items():
        a = rng.random(fa, dtype=np.float32)
        b = rng.random(fb, dtype=np.float32)
        out = np.empty((fa[0], fb[1]), np.float32)
        np.matmul(a, b, out=out)
        for _ in range(5):
            t = time.perf_counter()
            for _ in range(repeticiones):
                np.matmul(a, b, out=out)
            dt = (time.perf_counter() - t) / repeticiones
            g = 2 * fa[0] * fa[1] * fb[1] / dt / 1e9
            tandas.append(g)
            if g > mejor:
                mejor, cual = g, nombre
    return mejor, statistics.median(tandas), cual


def ensayo_de_hilos(X, y, params, B, hilos, lotes=40) -> float:
    """Segundos por lote de la ruta rápida de NumPy en una ráfaga corta con ``hilos`` hilos."""
    from autograder.unidades.mnist import rapido

    m = min(X.shape[1], lotes * B)
    XT = np.ascontiguousarray(X[:, :m].T, dtype=np.float32)
    mejor = float("inf")
    with hilos_blas(hilos):
        for _ in range(2):
            t = time.perf_counter()
            rapido.entrenar(1, 0.01, None, None, *params, tamLote=B, semilla=0, XT=XT,
                            etiquetas=y[:m])
            mejor = min(mejor, (time.perf_counter() - t) / max(1, m // B))
    return mejor


def cargar(conjunto: str, rapido: bool):
    from course.datos.mnist import ErrorDatosMNIST, cargar_mnist

    orden = {"auto": ("fashion", "mnist"), "fashion": ("fashion",), "mnist": ("mnist",)}[conjunto]
    for c in orden:
        try:
            datos = cargar_mnist(conjunto=c, respaldo=False, mostrar=False, tiempo_limite=10)
            break
        except ErrorDatosMNIST as e:
            print(f"{c}: {e}")
    else:
        datos = cargar_mnist(conjunto=orden[-1], mostrar=True)   # respaldo, dicho en voz alta
    if rapido:
        datos = datos.recortar(600, 100, 300)
    X = np.concatenate([datos.X_ent, datos.X_val], axis=1)
    y = np.concatenate([datos.etiquetas_ent, datos.etiquetas_val])
    return datos, X, y, datos.X_pru, datos.etiquetas_pru


def correr_numpy(X, y, Xp, yp, params, epocas, tasa, B, semilla=0):
    from autograder.unidades.mnist import rapido

    XT = np.ascontiguousarray(X.T, dtype=np.float32)
    tiempos = []
    marca = [time.perf_counter()]

    def al_terminar(e, *_):
        ahora = time.perf_counter()
        tiempos.append(ahora - marca[0])
        marca[0] = ahora

    Y = np.zeros((10, y.size), np.float32)
    Y[y, np.arange(y.size)] = 1
    marca[0] = time.perf_counter()
    w1, b1, w2, b2, costos = rapido.entrenar(epocas, tasa, X, Y, *params, tamLote=B,
                                             semilla=semilla, XT=XT, etiquetas=y,
                                             al_terminar_epoca=al_terminar)
    exactitud = float(np.mean(rapido.predecir(Xp, w1, b1, w2, b2) == yp))
    return tiempos, exactitud, costos[-1]


def correr_torch(X, y, Xp, yp, params, epocas, tasa, B, semilla=0, hilos=1):
    import torch

    torch.manual_seed(semilla)
    torch.set_num_threads(hilos)
    w1, b1, w2, b2 = params
    modelo = torch.nn.Sequential(torch.nn.Linear(w1.shape[1], w1.shape[0]), torch.nn.Tanh(),
                                 torch.nn.Linear(w2.shape[1], w2.shape[0]))
    with torch.no_grad():
        modelo[0].weight.copy_(torch.from_numpy(w1.astype(np.float32)))
        modelo[0].bias.copy_(torch.from_numpy(b1.ravel().astype(np.float32)))
        modelo[2].weight.copy_(torch.from_numpy(w2.astype(np.float32)))
        modelo[2].bias.copy_(torch.from_numpy(b2.ravel().astype(np.float32)))
    XT = torch.from_numpy(np.ascontiguousarray(X.T, dtype=np.float32))
    yt = torch.from_numpy(y.astype(np.int64))
    opt = torch.optim.SGD(modelo.parameters(), lr=tasa(0), momentum=0.0)
    perdida = torch.nn.CrossEntropyLoss()
    m = XT.shape[0]
    tiempos = []
    for epoca in range(epocas):
        t = time.perf_counter()
        for grupo in opt.param_groups:
            grupo["lr"] = tasa(epoca)
        orden = torch.randperm(m)
        for i in range(0, m, B):
            idx = orden[i:i + B]
            opt.zero_grad(set_to_none=True)
            loss = perdida(modelo(XT.index_select(0, idx)), yt.index_select(0, idx))
            loss.backward()
            opt.step()
        tiempos.append(time.perf_counter() - t)
    with torch.no_grad():
        pred = modelo(torch.from_numpy(np.ascontiguousarray(Xp.T, dtype=np.float32))).argmax(1)
    return tiempos, float((pred.numpy() == yp).mean()), float(loss.detach())


def correr_sklearn(X, y, Xp, yp, params, epocas, tasa, B, semilla=0):
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    modelo = MLPClassifier(hidden_layer_sizes=(params[0].shape[0],), activation="tanh",
                           solver="sgd", learning_rate="constant", learning_rate_init=tasa(0),
                           batch_size=B, momentum=0.0, nesterovs_momentum=False, alpha=0.0,
                           max_iter=1, shuffle=True, random_state=semilla, tol=0.0)
    XT = np.ascontiguousarray(X.T, dtype=np.float32)
    clases = np.arange(10)
    tiempos = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        for epoca in range(epocas):
            t = time.perf_counter()
            if hasattr(modelo, "_optimizer"):
                # partial_fit crea el SGDOptimizer en la primera llamada y luego lo reutiliza;
                # su tasa es este atributo (no hay otra forma pública de cambiarla por época).
                modelo._optimizer.learning_rate = tasa(epoca)
            modelo.partial_fit(XT, y, classes=clases)
            tiempos.append(time.perf_counter() - t)
    pred = modelo.predict(np.ascontiguousarray(Xp.T, dtype=np.float32))
    return tiempos, float(np.mean(pred == yp)), float(modelo.loss_)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--conjunto", default="auto", choices=("auto", "fashion", "mnist"))
    p.add_argument("--epocas", type=int, default=60)
    p.add_argument("--lr", type=float, default=0.2)
    p.add_argument("--programa", default="escalon", choices=("escalon", "constante"),
                   help="escalon: lr y lr/10 en el último cuarto de las épocas")
    p.add_argument("--semilla", type=int, default=0,
                   help="semilla de los pesos iniciales y del barajado (las tres implementaciones)")
    p.add_argument("--tam-lote", type=int, default=128)
    p.add_argument("--oculta", type=int, default=512)
    p.add_argument("--hilos", default="auto",
                   help="hilos para las tres implementaciones; 'auto' elige 1 o todos los "
                        "núcleos según cuál da más GFLOP/s de matmul ahora (en una máquina "
                        "compartida, varios hilos de BLAS se estorban)")
    p.add_argument("--sin-sklearn", action="store_true", help="omitir scikit-learn (lento)")
    p.add_argument("--rapido", action="store_true", help="prueba de humo: pocos datos, 1 época")
    p.add_argument("--salida", default=str(RAIZ / "build" / "bench_mnist.md"))
    a = p.parse_args(argv)
    epocas = 1 if a.rapido else a.epocas
    tasa = programa_de_tasas(a.programa, a.lr, epocas)
    programa = describir_programa(a.programa, a.lr, epocas)

    datos, X, y, Xp, yp = cargar(a.conjunto, a.rapido)
    nx, nh, ny, B = X.shape[0], a.oculta, 10, a.tam_lote
    from solutions.mnist import initParams
    params = initParams(nx, nh, ny, semilla=a.semilla)
    reps = 3 if a.rapido else 30
    opciones = [1, os.cpu_count() or 1] if a.hilos == "auto" else [int(a.hilos)]
    opciones = list(dict.fromkeys(opciones))
    if len(opciones) > 1:
        # Se elige con una ráfaga corta de entrenamiento real (en una máquina compartida los
        # hilos de BLAS que esperan activamente se estorban y un matmul aislado engaña).
        ensayo = {h: ensayo_de_hilos(X, y, params, B, h) for h in opciones}
        for h, seg in ensayo.items():
            print(f"ensayo con {h} hilo(s): {seg * 1000:.1f} ms por lote")
        hilos = min(ensayo, key=ensayo.get)
    else:
        hilos = opciones[0]
    with hilos_blas(hilos):
        pico, mediana, forma_pico = medir_pico(nx, nh, B, repeticiones=reps)
    print(f"matmul float32 con {hilos} hilo(s): mejor {pico:.1f}, mediana {mediana:.1f} GFLOP/s")
    print(f"Se usan {hilos} hilo(s) en NumPy, PyTorch y scikit-learn.")
    gflop_epoca = flops_por_ejemplo(nx, nh, ny) * X.shape[1] / 1e9
    print(f"Datos: {datos.descripcion}; entrenamiento {X.shape[1]}, prueba {Xp.shape[1]}. "
          f"Red {nx}-{nh}-{ny}, lote {B}, {epocas} épocas, SGD {programa}.")
    print(f"Pico float32 de np.matmul medido: {pico:.1f} GFLOP/s ({forma_pico}).", flush=True)

    corredores = [("NumPy (referencia, ruta rápida float32)", correr_numpy),
                  ("PyTorch CPU", correr_torch)]
    if not a.sin_sklearn:
        corredores.append(("scikit-learn MLPClassifier", correr_sklearn))
    resultados = {}
    for nombre, fn in corredores:
        try:
            extra = {"hilos": hilos} if fn is correr_torch else {}
            with hilos_blas(hilos):
                tiempos, exac, costo = fn(X, y, Xp, yp, params, epocas, tasa, B, a.semilla,
                                          **extra)
        except ImportError as e:
            print(f"{nombre}: no disponible ({e})")
            resultados[nombre] = None
            continue
        seg = statistics.median(tiempos[1:] if len(tiempos) > 2 else tiempos)
        resultados[nombre] = dict(seg=seg, exac=exac, costo=costo, gflops=gflop_epoca / seg)
        print(f"{nombre}: {seg:.3f} s/época, exactitud {exac:.4f}", flush=True)

    torch_seg = (resultados.get("PyTorch CPU") or {}).get("seg")
    conjunto = datos.fuente.split("-")[0]
    filas = ["| implementación | s/época (mediana) | × PyTorch | GFLOP/s | % del pico | exactitud "
             "de prueba |", "|---|---:|---:|---:|---:|---:|"]
    for nombre, r in resultados.items():
        if r is None:
            filas.append(f"| {nombre} | no disponible | | | | |")
            continue
        razon = f"{r['seg'] / torch_seg:.2f}" if torch_seg else "—"
        filas.append(f"| {nombre} | {r['seg']:.3f} | {razon} | {r['gflops']:.1f} | "
                     f"{r['gflops'] / pico:.0%} | {r['exac']:.4f} |")
    ref = resultados[corredores[0][0]]
    objetivos = [f"- pico float32 de np.matmul ({forma_pico}, {hilos} hilo(s)): {pico:.1f} "
                 f"GFLOP/s; {gflop_epoca:.1f} GFLOP por época"]
    if ref:
        if torch_seg:
            objetivos.append(f"- NumPy ≤ {OBJETIVO_RAZON}× PyTorch: "
                             f"{ref['seg'] / torch_seg:.2f}× "
                             f"{'✔' if ref['seg'] / torch_seg <= OBJETIVO_RAZON else '✘'}")
        objetivos.append(f"- NumPy ≥ {OBJETIVO_PICO:.0%} del pico: {ref['gflops'] / pico:.0%} "
                         f"{'✔' if ref['gflops'] / pico >= OBJETIVO_PICO else '✘'}")
        if conjunto in OBJETIVO_EXACTITUD and not datos.es_respaldo and not a.rapido:
            meta = OBJETIVO_EXACTITUD[conjunto]
            objetivos.append(f"- exactitud de prueba ≥ {meta} ({conjunto}): {ref['exac']:.4f} "
                             f"{'✔' if ref['exac'] >= meta else '✘'}")
    carga = os.getloadavg() if hasattr(os, "getloadavg") else ("?",)
    texto = "\n".join([
        "# Banco de pruebas: red 784-512-10 (unidad mnist)", "",
        f"Datos: {datos.descripcion}. Entrenamiento {X.shape[1]} ejemplos, prueba {Xp.shape[1]}. "
        f"Lote {B}, {epocas} épocas, SGD simple (sin momento), {programa}, tanh + softmax, "
        f"mismos pesos iniciales (Glorot, semilla {a.semilla}).", "",
        f"Máquina: {platform.processor() or platform.machine()}, {os.cpu_count()} núcleos, "
        f"NumPy {np.__version__}, {hilos} hilo(s) en las tres implementaciones, carga media "
        f"{carga[0]:.2f} al terminar.", "",
        *filas, "", *objetivos, ""])
    print()
    print(texto)
    salida = Path(a.salida)
    salida.parent.mkdir(parents=True, exist_ok=True)
    salida.write_text(texto, encoding="utf-8")
    print(f"escrito {salida}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

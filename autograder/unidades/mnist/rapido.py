"""Ruta rápida (float32) del entrenamiento de la red de la unidad mnist, para el banco de pruebas.

Hace exactamente lo mismo que ``solutions.mnist.entrenarRed`` (mismos sorteos del barajado, mismos
lotes, mismo costo por época) pero organizado para la velocidad:

- los ejemplos se guardan internamente como FILAS contiguas (m, nx): reunir un mini-lote es copiar
  filas enteras (np.take en un búfer), y X_loteᵀ es una vista que BLAS lee sin copiar;
- todo en float32 y en búferes preasignados por tamaño de lote (sin temporales en el bucle);
- lr/B se aplica una vez a dZ2, y la actualización W1 ← W1 − dZ1·X_lote se hace con una sola
  llamada GEMM de BLAS con β = 1 (scipy.linalg.blas), sin materializar dW1;
- el costo usa solo la probabilidad de la clase correcta (no la matriz y·ln ŷ entera).

Para el banco de pruebas, ``lr`` puede ser también una función época → tasa (un programa de
tasas); con un número es la tasa constante de entrenarRed.

La referencia legible sigue siendo solutions/mnist.py; tests/test_mnist_unidad.py comprueba que
las dos den el mismo resultado en un problema pequeño.
"""
from __future__ import annotations

import numpy as np

try:  # GEMM con acumulación en el lugar; sin scipy se usa matmul + resta
    from scipy.linalg import blas as _blas
except ImportError:  # pragma: no cover
    _blas = None


def _gemm_resta(C, A, B, tmp):
    """C ← C − A @ B en el lugar. C (p, q) C-contigua; A (p, k) C-contigua; B (k, q) C-contigua."""
    if _blas is not None and C.dtype in (np.float32, np.float64) and C.flags.c_contiguous:
        gemm = _blas.sgemm if C.dtype == np.float32 else _blas.dgemm
        # En orden Fortran: Cᵀ ← Cᵀ − Bᵀ Aᵀ, con Cᵀ, Bᵀ, Aᵀ vistas F-contiguas (sin copias).
        r = gemm(-1.0, B.T, A.T, beta=1.0, c=C.T, overwrite_c=1)
        if np.shares_memory(r, C):
            return
        C[...] = r.T
        return
    np.matmul(A, B, out=tmp)
    C -= tmp


class _Buferes:
    def __init__(self, B, nx, nh, ny, dtype):
        self.xb = np.empty((B, nx), dtype)
        self.Z1 = np.empty((nh, B), dtype)
        self.A2 = np.empty((ny, B), dtype)
        self.dA1 = np.empty((nh, B), dtype)
        self.col = np.arange(B)
        self.mx = np.empty((1, B), dtype)


def entrenar(epocas, lr, X, y, w1, b1, w2, b2, tamLote=None, semilla=None, activacion="tanh",
             dtype=np.float32, XT=None, etiquetas=None, al_terminar_epoca=None):
    """Como entrenarRed de la referencia. X (nx, m), y one-hot (ny, m).

    ``lr``: un número (tasa constante) o una función ``lr(epoca) -> tasa``.

    XT (m, nx) y etiquetas (m,) pueden pasarse ya preparadas para no rehacerlas en cada llamada.
    Devuelve (w1, b1, w2, b2, costos) en ``dtype``.
    """
    dtype = np.dtype(dtype)
    if XT is None:
        XT = np.ascontiguousarray(np.asarray(X).T, dtype=dtype)
    if etiquetas is None:
        etiquetas = np.argmax(y, axis=0)
    m, nx = XT.shape
    W1 = np.array(w1, dtype=dtype, order="C")
    W2 = np.array(w2, dtype=dtype, order="C")
    B1 = np.array(b1, dtype=dtype).reshape(-1, 1)
    B2 = np.array(b2, dtype=dtype).reshape(-1, 1)
    nh, ny = W1.shape[0], W2.shape[0]
    G1 = np.empty_like(W1)
    rng = np.random.default_rng(semilla)
    buferes: dict[int, _Buferes] = {}
    eps = dtype.type(1e-12)
    relu = activacion == "relu"
    costos = []
    tasa = lr if callable(lr) else (lambda _epoca: lr)
    for epoca in range(epocas):
        lr_epoca = float(tasa(epoca))
        if tamLote is None:
            orden, tam = None, m
        else:
            orden, tam = rng.permutation(m), tamLote
        suma = 0.0
        n_lotes = 0
        for inicio in range(0, m, tam):
            fin = min(inicio + tam, m)
            Bn = fin - inicio
            bf = buferes.get(Bn)
            if bf is None:
                bf = buferes[Bn] = _Buferes(Bn, nx, nh, ny, dtype)
            if orden is None:
                xb = XT if Bn == m else XT[inicio:fin]
                lab = etiquetas[inicio:fin]
            else:
                idx = orden[inicio:fin]
                np.take(XT, idx, axis=0, out=bf.xb)
                xb = bf.xb
                lab = etiquetas[idx]
            # --- hacia adelante
            Z1 = bf.Z1
            np.matmul(W1, xb.T, out=Z1)
            Z1 += B1
            if relu:
                np.maximum(Z1, 0, out=Z1)
            else:
                np.tanh(Z1, out=Z1)
            A1 = Z1
            A2 = bf.A2
            np.matmul(W2, A1, out=A2)
            A2 += B2
            np.max(A2, axis=0, keepdims=True, out=bf.mx)
            A2 -= bf.mx
            np.exp(A2, out=A2)
            np.sum(A2, axis=0, keepdims=True, out=bf.mx)
            A2 /= bf.mx
            # --- costo (solo la probabilidad de la clase correcta)
            p = A2[lab, bf.col]
            suma += float(-np.sum(np.log(np.maximum(p, eps)), dtype=np.float64)) / Bn
            n_lotes += 1
            # --- hacia atrás, con lr/B ya aplicado a dZ2
            A2[lab, bf.col] -= 1
            A2 *= dtype.type(lr_epoca / Bn)
            dZ2 = A2
            np.matmul(W2.T, dZ2, out=bf.dA1)
            _gemm_resta(W2, dZ2, A1.T, np.empty_like(W2))
            B2 -= dZ2.sum(axis=1, keepdims=True)
            if relu:
                bf.dA1 *= A1 > 0
            else:
                np.multiply(A1, A1, out=A1)
                np.subtract(1, A1, out=A1)
                bf.dA1 *= A1
            dZ1 = bf.dA1
            _gemm_resta(W1, dZ1, xb, G1)
            B1 -= dZ1.sum(axis=1, keepdims=True)
        costos.append(suma / n_lotes)
        if al_terminar_epoca is not None:
            al_terminar_epoca(epoca, W1, B1, W2, B2)
    return W1, B1, W2, B2, costos


def predecir(X, w1, b1, w2, b2, activacion="tanh"):
    """Etiquetas (m,) con la red entrenada (argmax de z2: softmax no cambia el orden)."""
    z1 = w1 @ X + b1
    a1 = np.maximum(z1, 0) if activacion == "relu" else np.tanh(z1)
    return np.argmax(w2 @ a1 + b2, axis=0)

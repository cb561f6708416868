"""Gráficas compartidas por las unidades (Matplotlib).

Cada función dibuja en una figura nueva y la devuelve, para que el cuaderno la muestre y las
pruebas puedan inspeccionarla sin abrir ventanas.
"""
from __future__ import annotations

from typing import Callable, Mapping, Sequence

import matplotlib.pyplot as plt
import numpy as np

__all__ = ["curva_de_costo", "regiones_de_decision", "histogramas_por_capa"]


def curva_de_costo(curvas: Mapping[str, Sequence[float]], *, titulo: str = "Costo",
                   xlabel: str = "iteración", log: bool = False):
    """Una curva por entrada de ``curvas`` ({"entrenamiento": [...], "validación": [...]})."""
    fig, ax = plt.subplots(figsize=(6, 3.5))
    for nombre, valores in curvas.items():
        ax.plot(np.arange(len(valores)), np.asarray(valores, dtype=float), label=nombre)
    if log:
        ax.set_yscale("log")
    ax.set_xlabel(xlabel)
    ax.set_ylabel("costo J")
    ax.set_title(titulo)
    ax.grid(alpha=0.3)
    if len(curvas) > 1:
        ax.legend()
    fig.tight_layout()
    return fig


def regiones_de_decision(probabilidad: Callable[[np.ndarray], np.ndarray], X: np.ndarray,
                         y: np.ndarray, *, limites: tuple[float, float] = (-0.5, 1.5),
                         resolucion: int = 200, umbral: float = 0.5,
                         titulo: str = "Regiones de decisión"):
    """Mapa de la probabilidad de la clase 1 en el plano, frontera ŷ = umbral y los datos.

    Argumentos:
        probabilidad: función que recibe puntos de forma (2, k) y devuelve ŷ de forma (k,).
        X: puntos de datos, forma (2, m); y: etiquetas 0/1, forma (m,).
    """
    eje = np.linspace(*limites, resolucion)
    xx, yy = np.meshgrid(eje, eje)
    puntos = np.vstack([xx.ravel(), yy.ravel()])
    p = np.asarray(probabilidad(puntos), dtype=float).reshape(xx.shape)
    fig, ax = plt.subplots(figsize=(4.5, 4))
    malla = ax.contourf(xx, yy, p, levels=np.linspace(0, 1, 11), cmap="RdBu_r", alpha=0.8)
    ax.contour(xx, yy, p, levels=[umbral], colors="k", linewidths=1.5)
    fig.colorbar(malla, ax=ax, label="ŷ = P(clase 1)")
    for clase, marcador in ((0, "o"), (1, "s")):
        sel = np.asarray(y).ravel() == clase
        ax.scatter(X[0, sel], X[1, sel], marker=marcador, s=90, edgecolor="k",
                   c="white" if clase == 0 else "black", label=f"clase {clase}")
    ax.set_xlabel("x1")
    ax.set_ylabel("x2")
    ax.set_title(titulo)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.15), ncol=2)
    fig.tight_layout()
    return fig


def histogramas_por_capa(valores: Mapping[str, Sequence[np.ndarray]], *, capas: int = 3,
                         titulo: str = "", con_desviacion: bool = False,
                         aparte_los_ceros: bool = False, ancho: float = 3.0, bins: int = 40):
    """Una gráfica por red con el histograma de los valores de ``capas`` capas ocultas
    repartidas de la primera a la última (todas sus unidades en todos los ejemplos), con la
    media de cada una (y su desviación típica, con ``con_desviacion``) en la leyenda. Con
    ``aparte_los_ceros``, los ceros exactos (ReLU) no se dibujan y la leyenda dice qué fracción
    son.

    Argumentos:
        valores: {nombre de la red: [capa 1, capa 2, ...]}, arreglos de cualquier forma.
    """
    fig, ejes = plt.subplots(1, len(valores), figsize=(ancho * len(valores), 2.9),
                             squeeze=False)
    for ax, (nombre, lista) in zip(ejes[0], valores.items()):
        L = len(lista)
        elegidas = sorted(set(np.linspace(0, L - 1, min(capas, L)).round().astype(int).tolist()))
        for k, l in enumerate(elegidas):
            v = np.asarray(lista[l], dtype=float).ravel()
            rotulo = f"capa {l + 1}: media {v.mean():+.2f}"
            if con_desviacion:
                rotulo += f", desv. {v.std():.2f}"
            ceros = float(np.mean(v == 0))
            if aparte_los_ceros and ceros > 0.05:
                rotulo += f", {ceros:.0%} ceros"
                v = v[v != 0]
            ax.hist(v, bins=bins, histtype="step", lw=1.6, density=True, color=f"C{k}",
                    label=rotulo)
        ax.set_title(nombre, fontsize=10)
        ax.set_yticks([])
        ax.tick_params(labelsize=8)
        ax.legend(fontsize=7)
    if titulo:
        fig.suptitle(titulo, fontsize=11)
    fig.tight_layout()
    return fig

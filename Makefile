# Redes Neuronales desde Cero — órdenes del instructor y de CI.
# Solo requiere python3 (>= 3.10) y make: el primer objetivo crea .venv con todo lo necesario.

PYTHON ?= python3
VENV   := .venv
BIN    := $(CURDIR)/$(VENV)/bin
PY     := $(BIN)/python
LISTO  := $(VENV)/.instalado

# Los kernels que califican importan course/, solutions/ y autograder/ desde la raíz.
export PATH       := $(BIN):$(PATH)
export PYTHONPATH := $(CURDIR)
export MPLBACKEND := Agg
export PYTHONWARNINGS := ignore::DeprecationWarning

# Los archivos reales de MNIST que haya junto al repo (../shared/datasets/mnist) se usan sin
# descargar nada; sin ellos, el cargador descarga o recurre a datos de respaldo y lo dice.
MNIST_COMPARTIDO := $(abspath $(CURDIR)/../shared/datasets/mnist)
ifneq ($(wildcard $(MNIST_COMPARTIDO)/t10k-images-idx3-ubyte.gz),)
export MNIST_DIR ?= $(MNIST_COMPARTIDO)
endif

UNIDAD ?=
ALUMNO ?=
DIR    ?= entregas
opt = $(if $(UNIDAD),--unidad $(UNIDAD)) $(if $(ALUMNO),--alumno $(ALUMNO))

.PHONY: help entorno cuadernos release recoger autograde feedback grades demo test huellas limpiar bench bench-clase

help:
	@echo "Objetivos:"
	@echo "  make demo        la cadena completa del instructor sobre la clase de muestra"
	@echo "  make test        todas las pruebas (lo que ejecuta CI)"
	@echo "  make cuadernos   escribe source/ desde el texto de cada unidad [UNIDAD=...]"
	@echo "  make release     genera release/ desde source/            [UNIDAD=...]"
	@echo "  make recoger     copia entregas de DIR=carpeta a submitted/ (UNIDAD=... obligatoria)"
	@echo "  make autograde   califica las entregas de submitted/      [UNIDAD=... ALUMNO=...]"
	@echo "  make feedback    HTML de retroalimentación, sin pruebas ocultas"
	@echo "  make grades      notas/<unidad>.csv con puntaje por ejercicio y notas/resumen.csv"
	@echo "  make huellas     regenera course/huellas/ desde los catálogos de errores"
	@echo "  make bench       entrenamiento 784-512-10: NumPy contra PyTorch y scikit-learn [CONJUNTO=mnist]"
	@echo "  make bench-clase califica una clase sintética en serie y en paralelo [ALUMNOS=40]"

entorno: $(LISTO)

$(LISTO): pyproject.toml
	@# El encierro de las entregas usa bubblewrap; como root con apt, se instala si falta.
	@command -v bwrap >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null \
	  && echo "Instalando bubblewrap (encierro de las entregas)..." && apt-get update -qq \
	  && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap >/dev/null; } \
	  || echo "Aviso: sin bwrap las entregas se califican sin encierro (quedan marcadas)."
	@echo "Creando el entorno en $(VENV) (solo la primera vez)..."
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[instructor]'
	@touch $@

cuadernos: $(LISTO)
	$(PY) -m autograder cuadernos $(if $(UNIDAD),--unidad $(UNIDAD))

release: $(LISTO)
	$(PY) -m autograder generar $(opt)

recoger: $(LISTO)
	@test -n "$(UNIDAD)" || (echo "Indica la unidad: make recoger DIR=carpeta UNIDAD=red_xor"; exit 2)
	$(PY) -m autograder recoger $(DIR) --unidad $(UNIDAD)

TRABAJADORES ?=
autograde: $(LISTO)
	$(PY) -m autograder calificar $(opt) $(if $(TRABAJADORES),--trabajadores $(TRABAJADORES))

feedback: $(LISTO)
	$(PY) -m autograder retroalimentar $(opt)

grades: $(LISTO)
	$(PY) -m autograder exportar $(if $(UNIDAD),--unidad $(UNIDAD))

demo: $(LISTO)
	$(PY) -m autograder demo

huellas: $(LISTO)
	$(PY) -m autograder huellas

bench: $(LISTO)
	$(PY) -m autograder.bench_mnist $(if $(CONJUNTO),--conjunto $(CONJUNTO))

bench-clase: $(LISTO)
	$(PY) -m autograder.bench_clase $(if $(ALUMNOS),--alumnos $(ALUMNOS))

test: $(LISTO)
	$(PY) -m pytest

limpiar:
	rm -rf build submitted autograded feedback estados notas gradebook.db

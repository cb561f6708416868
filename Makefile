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
# RAIZ: el curso sobre el que trabajan las órdenes del instructor (por defecto, este repositorio;
# p. ej. RAIZ=build/demo para el curso que deja make demo).
RAIZ   ?=
opt = $(if $(UNIDAD),--unidad $(UNIDAD)) $(if $(ALUMNO),--alumno $(ALUMNO))
raiz = $(if $(RAIZ),--raiz $(abspath $(RAIZ)))

.PHONY: informe help entorno cuadernos release recoger autograde feedback grades demo test huellas limpiar bench bench-clase lab paquete-estudiante

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
	@echo "  make informe     informe/<unidad>.html: errores frecuentes, puntajes y banderas"
	@echo "  make lab         JupyterLab del instructor (Formgrader, cuadernos fuente)  [RAIZ=build/demo]"
	@echo "  make paquete-estudiante  build/estudiante.zip: lo único que se entrega a los estudiantes"
	@echo "  (las órdenes del instructor aceptan RAIZ=<curso>, p. ej. RAIZ=build/demo)"
	@echo "  make huellas     regenera course/huellas/ desde los catálogos de errores"
	@echo "  make bench       entrenamiento 784-512-10: NumPy contra PyTorch y scikit-learn [CONJUNTO=mnist]"
	@echo "  make bench-clase nbgrader solo frente a la cadena, por unidad    [ALUMNOS=6]"

entorno: $(LISTO)

$(LISTO): pyproject.toml
	@# Lo que pip no trae (bubblewrap, PostgreSQL, Chromium): se instala con apt si falta.
	@bash .ci/sistema
	@echo "Creando el entorno en $(VENV) (solo la primera vez)..."
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[instructor]'
	@touch $@

cuadernos: $(LISTO)
	$(PY) -m autograder cuadernos $(if $(UNIDAD),--unidad $(UNIDAD))

release: $(LISTO)
	$(PY) -m autograder $(raiz) generar $(opt)

recoger: $(LISTO)
	@test -n "$(UNIDAD)" || (echo "Indica la unidad: make recoger DIR=carpeta UNIDAD=red_xor"; exit 2)
	$(PY) -m autograder $(raiz) recoger $(DIR) --unidad $(UNIDAD)

TRABAJADORES ?=
autograde: $(LISTO)
	$(PY) -m autograder $(raiz) calificar $(opt) $(if $(TRABAJADORES),--trabajadores $(TRABAJADORES))

feedback: $(LISTO)
	$(PY) -m autograder $(raiz) retroalimentar $(opt)

informe: $(LISTO)
	$(PY) -m autograder $(raiz) informe $(if $(UNIDAD),--unidad $(UNIDAD))

grades: $(LISTO)
	$(PY) -m autograder $(raiz) exportar $(if $(UNIDAD),--unidad $(UNIDAD))

demo: $(LISTO)
	$(PY) -m autograder demo

# JupyterLab del instructor: los cuadernos fuente importan autograder/ y solutions/ (pruebas
# ocultas), así que arranca con este repositorio en PYTHONPATH, en la carpeta del curso.
lab: $(LISTO)
	cd $(if $(RAIZ),$(abspath $(RAIZ)),$(CURDIR)) && $(BIN)/jupyter lab

paquete-estudiante: $(LISTO)
	$(PY) -m autograder paquete

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

# Two commands for a fresh machine:  `make serve`  (the seed story's map, served)  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 5000

.PHONY: install install-runtime serve export test lint bench bench-tools browser postgres clean

# Serving needs only the runtime dependencies; tests and benchmarks add their extras on top. pip prints what it
# collects and installs (no --quiet): a first run shows its progress.
$(BIN)/webmap: pyproject.toml
	@echo "make: installing webmap and its runtime dependencies into $(VENV)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --progress-bar off --disable-pip-version-check -e .
	touch $@

$(VENV)/.dev: $(BIN)/webmap
	@echo "make: adding the test, benchmark and PostgreSQL-store extras"
	$(BIN)/pip install --progress-bar off --disable-pip-version-check -e '.[test,bench,postgres]'
	touch $@

install-runtime: $(BIN)/webmap

install: $(VENV)/.dev

# Debian's chromium for the browser tests (Playwright drives it; it never downloads a browser of its own).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium; }

# Debian's PostgreSQL server for the PostgreSQL store's tests (they start a throwaway cluster of their own).
postgres:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql; }

# wrk (the load generator) and nginx (the static-file ceiling) for bench/bench_load.py.
bench-tools:
	@command -v wrk >/dev/null 2>&1 && { command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; } || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wrk nginx-light; }

# The production server (waitress). The gazetteer is built first, with its progress shown, on a first run.
serve: install-runtime
	$(BIN)/webmap gazetteer build
	$(BIN)/webmap serve --production --host $(HOST) --port $(PORT)

export: install-runtime
	$(BIN)/webmap export -o map.html

test: install browser postgres
	$(BIN)/ruff check webmap gazetteer tests bench tools
	$(BIN)/python -m pytest

bench: install bench-tools
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache

# Two commands do all set-up on a fresh machine: `make play` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Exact versions with hashes of every runtime, test and build dependency (see README).
LOCK := requirements.lock
UV_VERSION := 0.13.9

.PHONY: play test lint screenshots bench assets lock clean

# The lock first (hash-checked), then the game itself from the locked build backend, so that
# a fresh machine installs exactly what was tested and nothing unpinned.
$(STAMP): $(LOCK) pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r $(LOCK)
	$(PY) -m pip install --quiet --no-build-isolation --no-deps -e .
	touch $(STAMP)

play: $(STAMP)
	$(PY) -m game

# The linters first: a slip they catch (an unused import, a name used before it is bound, a
# value of the wrong type) fails in seconds rather than after the suite. Their rules are in
# pyproject.toml ([tool.ruff.lint], [tool.mypy]); mypy keeps its cache in .mypy_cache.
lint: $(STAMP)
	$(VENV)/bin/ruff check game tests tools bench
	$(PY) -m mypy

test: lint
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(PY) -m pytest

screenshots: $(STAMP)
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(PY) tools/screenshots.py
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(PY) tools/render_maps.py

bench: $(STAMP)
	# speed and memory figures; the outcome and strategy tables (bench/campaign_outcomes.py,
	# bench/strategies.py) take many minutes and are run by hand (docs/balance.md)
	for f in bench/bench_*.py; do SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(PY) $$f || exit 1; done

assets: $(STAMP)
	$(PY) tools/build_maps.py

# Re-resolves every dependency to the newest versions pyproject.toml allows, for every platform
# and Python >= 3.11, with the hashes of all their files.
lock:
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet uv==$(UV_VERSION)
	$(VENV)/bin/uv pip compile pyproject.toml --extra test --group build --universal \
		--python-version 3.11 --generate-hashes --upgrade --quiet \
		--custom-compile-command "make lock" -o $(LOCK)

clean:
	rm -rf $(VENV) build *.egg-info

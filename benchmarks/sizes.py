"""What the published site weighs, part by part: `python -m benchmarks.sizes [N]` (make sizes).

Issue 17's budget is site + offline zip <= 50 KB per article. `make bench` gives the five
coarse parts (benchmarks/scale.py weights()); this prints where the bytes go inside them,
per article, so a cut can be aimed and measured: every folder of the site (each index kind,
the export in data/, assets, the search index), the zip's compressed bytes by the same
folders, the chrome around every page's <article> against what is inside it, and inside an
article page: its head (kicker, title, meta, tag chips), its own text, and each generated
section (documents mentioned, index chips, related articles, the source note).

`python -m benchmarks.sizes --site SITE N` measures a site already built of N articles.
Otherwise it builds N generated articles (benchmarks/corpus.py, DEFAULT_SEED) in a temporary copy of
the project: build_pages, then publish as `make site` runs it. Sizes are deterministic, so a
loaded machine measures them as well as a quiet one. BENCH_KEEP=1 keeps the project.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from conftest import copy_project_to  # noqa: E402  (the tests' copy of the build inputs)
from benchmarks.corpus import DEFAULT_SEED, scratch_folder, write_corpus  # noqa: E402
from archive import publish  # noqa: E402

# An article page's generated sections, each from its start to the next one's (or </article>).
SECTIONS = (("documents mentioned", '<h2 id="van-ban-duoc-nhac-den"'), ("index chips", '<h2 id="chi-muc"'),
            ("related articles", '<h2 id="bai-lien-quan"'), ("source note", '<div class="admonition'))
BODY_START = re.compile(r'<p class="lead">|<p>')  # the article's own text starts at its first paragraph


WEIGHTS = ("article pages", "index pages", "search", "zip", "other")  # make bench's five parts


def part_of(rel: str) -> str:
    """Which of make bench's five parts (WEIGHTS) the site's file `rel` weighs in."""
    if rel == publish.OFFLINE_ZIP:
        return "zip"
    if rel.startswith("assets/search/"):
        return "search"
    if rel.endswith(".html"):
        return "article pages" if rel.startswith("articles/") else "index pages"
    return "other"


def folder_of(rel: str) -> str:
    """The part of the site a file belongs to: its top folder, assets/search apart."""
    if rel == publish.OFFLINE_ZIP:
        return "zip"
    if rel.startswith("assets/search/"):
        return "search"
    return rel.split("/", 1)[0] if "/" in rel else "(top files)"


def split_page(html: str) -> dict[str, int]:
    """Bytes of one HTML page: chrome (outside <article>), and inside it the whole."""
    start, end = html.find("<article"), html.find("</article>")
    if start < 0 or end < 0:
        return {"chrome": len(html.encode()), "inside": 0}
    inside = len(html[start:end].encode())
    return {"chrome": len(html.encode()) - inside, "inside": inside}


def split_article(html: str) -> dict[str, int]:
    """An article page's <article> cut into head, own text and each generated section."""
    start, end = html.find("<article"), html.find("</article>")
    inner = html[start:end]
    marks = sorted((inner.find(mark), name) for name, mark in SECTIONS if inner.find(mark) >= 0)
    first_section = marks[0][0] if marks else len(inner)
    body = BODY_START.search(inner, 0, first_section)
    body_start = body.start() if body else first_section
    out = {"head (kicker, title, meta, tag chips)": len(inner[:body_start].encode()),
           "own text": len(inner[body_start:first_section].encode())}
    for (pos, name), (following, _) in zip(marks, [*marks[1:], (len(inner), "")]):
        out[name] = len(inner[pos:following].encode())
    return out


def measure(site: Path) -> dict[str, Counter]:
    """Every byte counter of one built site."""
    folders, chrome, article = Counter(), Counter(), Counter()
    pages, parts = Counter(), Counter()
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(site).as_posix()
        folder = folder_of(rel)
        folders[folder] += path.stat().st_size
        parts[part_of(rel)] += path.stat().st_size
        if not rel.endswith(".html"):
            continue
        html = path.read_text(encoding="utf-8")
        pages[folder] += 1
        for name, size in split_page(html).items():
            chrome[f"{name}: {folder}"] += size
            chrome[name] += size
        if folder == "articles":
            article.update(split_article(html))
    zipped = Counter()
    zip_path = site / publish.OFFLINE_ZIP
    if zip_path.exists():
        with zipfile.ZipFile(zip_path) as archive_zip:
            for info in archive_zip.infolist():
                rel = info.filename.split("/", 1)[1] if "/" in info.filename else info.filename
                zipped[folder_of(rel) if rel else "(top files)"] += info.compress_size
    return {"folders": folders, "zip": zipped, "chrome": chrome, "article": article, "pages": pages,
            "parts": parts}


def report(m: dict[str, Counter], count: int) -> list[str]:
    """The table, per article (KB), largest first within each block."""
    def kb(size: float) -> str:
        return f"{size / count / 1024:7.2f}"

    total = sum(m["folders"].values())
    lines = [f"site with its zip: {kb(total)} KB/article ({count} articles, "
             f"{sum(m['pages'].values())} HTML pages)",
             "  " + ", ".join(f"{name} {kb(m['parts'][name]).strip()}" for name in WEIGHTS), "", "by folder (KB/article; zip = compressed bytes "
             "of that folder inside the offline zip)", f"  {'folder':22} {'site':>7} {'in zip':>7} {'pages':>7}"]
    for folder, size in m["folders"].most_common():
        lines.append(f"  {folder:22} {kb(size)} {kb(m['zip'].get(folder, 0))} {m['pages'].get(folder, 0):7}")
    lines += ["", "HTML pages: chrome (outside <article>) / inside, KB/article",
              f"  {'all pages':22} {kb(m['chrome']['chrome'])} {kb(m['chrome']['inside'])}"]
    for folder, _ in m["pages"].most_common():
        lines.append(f"  {folder:22} {kb(m['chrome'][f'chrome: {folder}'])} {kb(m['chrome'][f'inside: {folder}'])}")
    lines += ["", "article pages, inside <article>, KB/article"]
    for name, size in m["article"].most_common():
        lines.append(f"  {name:40} {kb(size)}")
    return lines


def build(project: Path, count: int) -> Path:
    """build_pages then publish, in `project`, with this checkout's code; returns site/."""
    write_corpus(project / "corpus", count, DEFAULT_SEED)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": "0"}
    subprocess.run([sys.executable, str(ROOT / "build_pages.py"), "--root", str(project)],
                   check=True, env=env, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-c", "import sys; from pathlib import Path; from archive import publish; "
                    "publish.build_published(Path(sys.argv[1]))", str(project)],
                   check=True, env=env, cwd=project, stdout=subprocess.DEVNULL)
    return project / "site"


def main(argv: list[str]) -> int:
    if argv[:1] == ["--site"]:  # a site already built: `--site SITE N`
        print("\n".join(report(measure(Path(argv[1])), int(argv[2]))))
        return 0
    count = int(argv[0]) if argv else 1000
    with scratch_folder(f"archive-sizes-{count}-") as work:
        site = build(copy_project_to(work / "project"), count)
        print("\n".join(report(measure(site), count)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""One Python-Markdown per process, reset for each page (archive/output/page_render.py):
made-up pages converted one after another through one instance get what fresh instances
give them (toc ids, attr_list ids and classes, reference links, admonitions, tables, raw
HTML anchors, links to anchors); MkDocs' own render when its code moved; a strict build
still fails on a broken link or a missing anchor."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from archive.output import page_render
from conftest import ROOT

# Made-up pages, each using what the others define: the same headings (toc numbers a
# repeated id per page, never across pages), a reference definition (the next page must
# not resolve it), attr_list ids and classes, an admonition left open at the end, a
# table, raw HTML with ids, links to the other pages' anchors.
PAGES = {
    "a.md": ("# Tổng quan\n\n## Mục một\n\n## Mục một\n\nXem [tài liệu][ref] và [b](b.md#muc-mot).\n\n"
             "[ref]: https://example.org/tai-lieu\n\n## Riêng {#rieng .lop}\n\n"
             "<div id=\"khoi-a\">khối</div>\n\n!!! note \"Ghi chú\"\n    Nội dung ghi chú\n"),
    "b.md": ("# Tong quan\n\n## Muc mot\n\n## Mục một\n\nXem [tài liệu][ref] và [a](a.md#rieng).\n\n"
             "| cột | hai |\n|---|---|\n| 1 | 2 |\n\n    mã thụt lề\n\nĐoạn cuối\n{: #cuoi }\n"),
    "c.md": "",
    "d.md": ("MỤC MỘT\n=======\n\n<a name=\"neo\"></a>\n\n- một\n- hai\n\n1. ba\n2. bốn\n\n"
             "!!! warning\n    Cảnh báo\n\n[tài liệu][ref]\n"),
}


@pytest.fixture()
def site(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in PAGES.items():
        (docs / name).write_text(text, encoding="utf-8")
    config = load_config(config_file=str(ROOT / "mkdocs.yml"), docs_dir=str(docs),
                         site_dir=str(tmp_path / "site"))
    config = config.plugins.on_config(config)  # the hooks' toc slugify, as a build sets it
    page_render.uninstall()
    files = Files([File(name, str(docs), str(tmp_path / "site"), False) for name in PAGES])
    yield config, files
    page_render.uninstall()


def rendered(config, files, order: list[str]) -> dict[str, tuple]:
    out = {}
    for name in order:
        file = files.get_file_from_path(name)
        page = Page(None, file, config)
        page.read_source(config)
        page.render(config, files)
        out[name] = (page.content, [(item.id, item.title, [c.id for c in item.children]) for item in page.toc],
                     page._title_from_render, page.present_anchor_ids,
                     {to.src_uri: found for to, found in (page.links_to_anchors or {}).items()})
    return out


def test_fits_the_installed_mkdocs():
    assert page_render.fits()


@pytest.mark.parametrize("order", [["a.md", "b.md", "c.md", "d.md"], ["d.md", "c.md", "b.md", "a.md"],
                                   ["a.md", "a.md", "b.md", "b.md"]])
def test_one_instance_gives_each_page_what_a_fresh_one_gives(site, order):
    config, files = site
    fresh = rendered(config, files, order)
    assert page_render.install()
    reused = rendered(config, files, order)
    assert reused == fresh
    assert page_render._cached[0] is config  # the pages did go through one instance


def test_the_made_up_pages_exercise_what_could_leak(site):
    config, files = site
    assert page_render.install()
    pages = rendered(config, files, ["a.md", "b.md", "d.md"])
    a, b, d = pages["a.md"], pages["b.md"], pages["d.md"]
    assert 'id="muc-mot_1"' in a[0] and 'id="muc-mot_1"' in b[0]  # numbered within a page only
    assert 'href="https://example.org/tai-lieu"' in a[0]
    assert "[tài liệu][ref]" in b[0] and "[tài liệu][ref]" in d[0]  # a's reference stays a's
    assert {"rieng", "khoi-a"} <= a[3] and "cuoi" in b[3] and "neo" in d[3]
    assert "khoi-a" not in b[3] and "rieng" not in d[3]
    assert a[4] == {"b.md": {"muc-mot": "b.md#muc-mot"}} and b[4] == {"a.md": {"rieng": "a.md#rieng"}}
    assert d[0].count('class="admonition ') == 1 and "Nội dung ghi chú" not in d[0]


def test_a_page_that_raises_drops_the_instance(site, monkeypatch):
    config, files = site
    assert page_render.install()
    rendered(config, files, ["a.md"])
    md = page_render._cached[1]
    monkeypatch.setattr(md, "convert", lambda text: (_ for _ in ()).throw(ValueError("boom")))
    with pytest.raises(ValueError):
        rendered(config, files, ["b.md"])
    assert page_render._cached == (None, None)
    assert rendered(config, files, ["b.md"])["b.md"][0].startswith("<h1")


def test_mkdocs_own_render_when_its_code_moved(monkeypatch):
    page_render.uninstall()
    mkdocs_render = Page.render
    monkeypatch.setattr(page_render, "RENDER_DIGEST", "0" * 64)
    assert not page_render.fits()
    assert not page_render.install()
    assert Page.render is mkdocs_render
    monkeypatch.undo()
    assert page_render.install() and Page.render is page_render.render
    page_render.uninstall()
    assert Page.render is mkdocs_render


def test_digest_is_of_the_source():
    assert page_render.render_digest() == page_render.RENDER_DIGEST
    assert page_render.render_digest(page_render.render) != page_render.RENDER_DIGEST


HOOK = '''
import os
from archive.output import page_render

def on_config(config, **kwargs):
    if os.environ.get("REUSE") == "1":
        assert page_render.install()
    return config
'''


def strict_build(project: Path, reuse: bool) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REUSE": "1" if reuse else "0",
           "SOURCE_DATE_EPOCH": "0", "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir",
                           str(project / ("site-reuse" if reuse else "site-fresh"))],
                          cwd=project, env=env, capture_output=True, text=True, timeout=300)


def warnings(output: str) -> list[str]:
    return sorted(line for line in output.splitlines() if line.startswith("WARNING"))


@pytest.mark.slow
@pytest.mark.parametrize("broken", ["[x](missing.md)", "[x](b.md#no-such-anchor)", ""])
def test_strict_build_warns_as_before(tmp_path, broken):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in PAGES.items():
        (docs / name).write_text(text + ("\n" + broken + "\n" if name == "c.md" else ""), encoding="utf-8")
    (tmp_path / "hook.py").write_text(HOOK, encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Thử\nsite_url: http://127.0.0.1:8000/\nstrict: true\nuse_directory_urls: false\n"
        "theme:\n  name: material\n  language: vi\n  font: false\nplugins: []\nhooks:\n  - hook.py\n"
        "validation:\n  anchors: warn\nmarkdown_extensions:\n  - attr_list\n  - tables\n  - toc\n  - admonition\n",
        encoding="utf-8")
    fresh, reused = strict_build(tmp_path, False), strict_build(tmp_path, True)
    assert warnings(reused.stderr) == warnings(fresh.stderr)
    assert reused.returncode == fresh.returncode
    if broken:
        assert reused.returncode != 0 and warnings(reused.stderr)
    else:
        assert reused.returncode == 0, reused.stderr
        for path in (tmp_path / "site-fresh").rglob("*.html"):
            assert path.read_bytes() == (tmp_path / "site-reuse" / path.relative_to(tmp_path / "site-fresh")).read_bytes()

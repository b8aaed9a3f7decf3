"""Text is data on the built pages too: markup in any header value or body line is
shown, never run. Issue 16, items 1 and 3 (stored script through the front matter,
admonitions from pasted lines), checked in Chromium on a site built from a hostile paste."""
from __future__ import annotations

from pathlib import Path

import pytest

from archive.cli import main
from conftest import copy_project_to, mkdocs_build

# Every header value a theme could print, each with a script that marks which one ran.
PAYLOAD = '"\'><script>window.__pwned="{key}"</script><img src=x onerror=window.__pwned="{key}">'
KEYS = ("title", "kicker", "outlet", "author")
BODY_LINES = ['!!! danger "Cảnh báo giả"', "<script>window.__pwned='body'</script>",
              "[bấm vào](javascript:window.__pwned='link')", "{: onclick=\"window.__pwned='attr'\" }"]


def _hostile_article() -> str:
    header = "\n".join(f"{key}: '{PAYLOAD.format(key=key).replace(chr(39), chr(39) * 2)}'" for key in KEYS)
    lead = "Ban Tổ chức Tỉnh ủy triển khai Quy định số 105-QĐ/TW về phân cấp quản lý cán bộ."
    return f"---\n{header}\ndate: 2020-05-04\nurl: https://example.org/bai-viet?a=1&b=2\n---\n" + \
        "\n\n".join([lead, *BODY_LINES, "Hết bài."]) + "\n"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    project = copy_project_to(tmp_path_factory.mktemp("hostile") / "project")
    (project / "corpus" / "900_hostile.txt").write_text(_hostile_article(), encoding="utf-8")
    assert main(["--root", str(project), "--today", "2026-11-23"]) == 0
    mkdocs_build(project, project / "site")
    return project / "site"


def _pages_showing_the_payload(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if "__pwned" in p.read_text(encoding="utf-8"))


def test_every_page_that_shows_hostile_text_runs_none_of_it(browser, hostile_site):
    pages = _pages_showing_the_payload(hostile_site)
    # the article, its year, outlet and document pages, the home page at least
    assert len(pages) >= 5, pages
    context = browser.new_context()
    try:
        page = context.new_page()
        dialogs = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for path in pages:
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            assert page.evaluate("window.__pwned") is None, f"script ran on {path}"
            assert page.locator("script:text('__pwned')").count() == 0, path
            assert page.locator("img[onerror]").count() == 0, path
            assert page.locator(".admonition.danger").count() == 0, path
        assert not dialogs
    finally:
        context.close()


def test_the_article_shows_every_value_as_written(browser, hostile_site):
    article = next(p for p in _pages_showing_the_payload(hostile_site) if "/articles/2020/" in p.as_posix())
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(article.as_uri())
        text = page.inner_text("article")
        for key in ("title", "kicker", "author"):
            assert PAYLOAD.format(key=key) in text, key
        assert page.get_attribute('meta[name="author"]', "content") == PAYLOAD.format(key="author")
        assert page.title().startswith(PAYLOAD.format(key="title"))
        for line in BODY_LINES:
            assert line in text, line
    finally:
        context.close()

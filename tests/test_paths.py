import posixpath
from pathlib import Path

import pytest

from archive.site import paths


@pytest.mark.parametrize("source, target", [
    ("index.md", "articles/2018/a.md"), ("articles/2018/a.md", "articles/2018/b.md"),
    ("articles/2018/a.md", "documents/x.md"), ("tags/index.md", "tags/t.md"),
    ("years/2020.md", "index.md"), ("articles/2018/a.md", "articles/2020/c.md"),
])
def test_rel_resolves_to_the_target(source, target):
    link = paths.rel(source, target)
    assert posixpath.normpath(posixpath.join(posixpath.dirname(source), link)) == target


@pytest.mark.parametrize("source, target, expected", [
    ("articles/2020/a.md", "articles/2019/b.md", "../2019/b.html"),
    ("articles/2020/a.md", "articles/2020/c.md", "c.html"),
    ("tags/x.md", "articles/2020/a.md", "../articles/2020/a.html"),
    ("tags/x/2.md", "tags/x.md", "../x.html"),
    ("index.md", "people/p.md", "people/p.html"),
    ("people/index/3.md", "people/index.md", "../index.html"),
])
def test_href_is_the_shortest_address_of_the_built_page(source, target, expected):
    assert paths.href(source, target) == expected
    assert posixpath.normpath(posixpath.join(posixpath.dirname(source), expected)) == paths.url(target)


def test_urls_are_html_files():
    assert paths.url("articles/2018/a.md") == "articles/2018/a.html"
    assert paths.url("tags/index.md") == "tags/index.html"


def test_the_generated_list_is_the_one_gitignore_and_mkdocs_yml_follow():
    """paths.GENERATED is the one list of what the build owns under docs/: git ignores
    exactly those (and the marker), and every generated folder is kept out of the nav."""
    root = Path(__file__).resolve().parent.parent
    ignored = {line.strip() for line in (root / ".gitignore").read_text(encoding="utf-8").splitlines()
               if line.strip().startswith("docs/")}
    owned = {f"docs/{name}/" if "." not in name else f"docs/{name}" for name in paths.GENERATED}
    assert ignored == owned | {"docs/.generated"}
    config = (root / "mkdocs.yml").read_text(encoding="utf-8")
    not_in_nav = config.split("not_in_nav: |", 1)[1].split("\n\n", 1)[0].split()
    folders = {name for name in paths.GENERATED if "." not in name and name != "data"}
    assert {entry.strip("/") for entry in not_in_nav} == folders

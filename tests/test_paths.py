import posixpath

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


def test_urls_are_directory_style():
    assert paths.url("articles/2018/a.md") == "articles/2018/a/"
    assert paths.url("tags/index.md") == "tags/"

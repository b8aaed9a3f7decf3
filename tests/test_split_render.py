"""The split of MkDocs' pages over two processes (archive/output/split_render.py), without
a build: which pages the child takes, and when there is no split."""
from __future__ import annotations

from types import SimpleNamespace

import mkdocs.commands.build as mkdocs_build

from archive.output import split_render
from archive.output.split_render import SplitRender, share_of


def test_the_child_takes_its_fraction_of_the_bytes_spread_through_the_list():
    pages = [f"p{i}" for i in range(100)]
    taken = share_of(pages, [10] * 100, 0.4)
    assert len(taken) == 40
    assert taken[0] != "p0" and taken[-1] in pages[-3:]  # spread, not the first 40
    assert share_of(pages, [10] * 100, 0.4) == taken  # the same every time


def test_large_pages_are_weighed_by_their_bytes():
    sizes = [1000, 1, 1, 1, 1000, 1, 1, 1]
    taken = share_of(list(range(8)), sizes, 0.5)
    assert sum(sizes[i] for i in taken) <= 0.5 * sum(sizes)
    assert share_of([], [], 0.5) == [] and share_of(["a"], [5], 0.5) == []  # one page stays home


def test_mkdocs_still_has_the_two_page_steps_it_wraps():
    assert split_render.hookable()
    assert mkdocs_build._populate_page is split_render._POPULATE  # not left wrapped by anyone


def _project(count: int):
    files = [SimpleNamespace(src_uri=f"p{i}.md", abs_src_path=None) for i in range(count)]
    listing = SimpleNamespace(documentation_pages=lambda inclusion=None: files)
    return SimpleNamespace(), listing, SimpleNamespace(pages=[])


def test_no_split_for_serve_for_a_small_site_or_without_fork(monkeypatch):
    split = SplitRender()
    split.start(*_project(5000))  # not enabled: `serve`, a dirty build, or a build without the hook's startup
    assert split.child is None and mkdocs_build._build_page is split_render._BUILD
    split.enabled = True
    split.start(*_project(split_render.MIN_PAGES - 1))
    assert split.child is None
    monkeypatch.setattr(split_render, "workers_available", lambda: 1)
    split.start(*_project(5000))
    assert split.child is None and mkdocs_build._populate_page is split_render._POPULATE


def test_finish_and_abandon_without_a_child_do_nothing():
    split = SplitRender()
    split.finish()
    split.abandon()
    assert split.child is None and split_render._active is None


def test_a_split_only_where_every_plugin_is_a_hook():
    from types import ModuleType
    hooks_only = SimpleNamespace(plugins={"hooks/site.py": ModuleType("site"), "hooks/search.py": ModuleType("search")})
    assert split_render.only_hooks(hooks_only)
    with_plugin = SimpleNamespace(plugins={"hooks/site.py": ModuleType("site"), "search": object()})
    assert not split_render.only_hooks(with_plugin)


def test_a_page_weighs_a_fixed_cost_and_its_bytes(tmp_path):
    page = tmp_path / "p.md"
    page.write_bytes(b"x" * 1000)
    assert split_render._weight(SimpleNamespace(abs_src_path=str(page))) == split_render.PAGE_BYTES + 1000
    assert split_render._weight(SimpleNamespace(abs_src_path=None)) == split_render.PAGE_BYTES  # generated
    assert split_render._weight(SimpleNamespace(abs_src_path=str(tmp_path / "gone.md"))) == split_render.PAGE_BYTES

"""The pieces of one render for both copies (archive/publish.py, hooks/site.py), without a build."""
import json

from archive import publish
from archive.output.palette import TOGGLES_LINE, palette_toggles
from hooks import site as site_hook


def test_the_zip_size_goes_where_the_marker_is_and_nowhere_else(tmp_path):
    page = tmp_path / "a" / "x.html"
    page.parent.mkdir()
    page.write_text(f"<a>Tải (.zip{publish.ZIP_SIZE_MARK})</a> {publish.ZIP_SIZE_MARK}", encoding="utf-8")
    other = tmp_path / "404.html"
    other.write_text("<p>no link</p>", encoding="utf-8")
    before = other.stat().st_mtime_ns
    assert publish.write_zip_size(tmp_path, "1,4 MB") == 1
    shown = ', <span class="archive-size">1,4 MB</span>'
    assert page.read_text(encoding="utf-8") == f"<a>Tải (.zip{shown})</a> {shown}"
    assert other.stat().st_mtime_ns == before  # a page without the marker is not rewritten


def test_human_size_is_written_the_vietnamese_way():
    assert publish.human_size(999) == "1 KB"
    assert publish.human_size(850_400) == "850 KB"
    assert publish.human_size(1_449_000) == "1,4 MB"
    assert site_hook.human_size is publish.human_size


def test_material_search_files_and_source_maps_are_left_out():
    for unused in ("assets/javascripts/lunr/min/lunr.vi.min.js", "assets/javascripts/workers/search.a7633da7.min.js",
                   "assets/javascripts/bundle.a5f9d56c.min.js.map", "assets/stylesheets/main.57a0d79d.min.css.map"):
        assert publish.unused_theme_file(unused), unused
    for used in ("assets/javascripts/bundle.a5f9d56c.min.js", "assets/javascripts/archive-search.js",
                 "assets/stylesheets/main.57a0d79d.min.css", "articles/2020/x.md", "assets/search/meta.js"):
        assert not publish.unused_theme_file(used), used


def test_the_404_page_root_is_the_path_of_site_url():
    assert site_hook.site_root_path("https://example.org/kho-luu-tru") == "/kho-luu-tru/"
    assert site_hook.site_root_path("https://example.org/") == "/"
    assert site_hook.site_root_path(None) == "/"


def test_the_scheme_toggles_written_into_the_shared_script():
    """hooks/site.py puts the palette's toggles in archive-chrome.js once: one entry a
    scheme, names as written, spaces in scheme names as Material's dashes, the icon drawn by
    the build's archive_icon; a scheme without a toggle has a radio but no name or icon."""
    drawn = []

    def icon(name):
        drawn.append(name)
        return f"<svg class='{name}'></svg>"

    palette = [{"media": "(prefers-color-scheme: light)", "scheme": "default", "primary": "deep orange",
                "toggle": {"icon": "material/weather-night", "name": "Chuyển sang nền tối"}},
               {"media": "(prefers-color-scheme: dark)", "scheme": "slate"}]
    options = json.loads(palette_toggles(palette, icon))
    assert options == [["(prefers-color-scheme: light)", "default", "deep-orange", "indigo", "Chuyển sang nền tối",
                        "<svg class='material/weather-night'></svg>"],
                       ["(prefers-color-scheme: dark)", "slate", "indigo", "indigo", None, None]]
    assert drawn == ["material/weather-night"]
    assert "Chuyển" in palette_toggles(palette, icon)  # written as is, not \\u-escaped
    line = "var __archive_toggles = [];"
    assert TOGGLES_LINE.sub("X", f"a\n{line}\nb") == "a\nX\nb"

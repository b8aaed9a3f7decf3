"""The theme's icons from one shared stylesheet (archive/output/icons.py): a page carries
an empty <svg> in the icon's own box, the stylesheet the shape, from Material's file."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from archive.output.icons import icon_class, icon_tag, icons_css

MATERIAL_ICONS = Path(__import__("material").__file__).parent / "templates" / ".icons"
NIGHT = (MATERIAL_ICONS / "material" / "weather-night.svg").read_text(encoding="utf-8")
GITHUB = (MATERIAL_ICONS / "fontawesome" / "brands" / "github.svg").read_text(encoding="utf-8")


def test_a_page_carries_an_empty_svg_in_the_icons_box():
    tag = icon_tag("material/weather-night", NIGHT)
    assert tag == '<svg viewBox="0 0 24 24" class="archive-icon archive-icon--material_weather-night"></svg>'
    # Another set, another box: the logo's width follows it (Material's `width: auto`).
    box = re.search(r'viewBox="([^"]+)"', GITHUB)[1]
    assert box != "0 0 24 24" and f'viewBox="{box}"' in icon_tag("fontawesome/brands/github", GITHUB)


def test_the_stylesheet_draws_each_icon_from_its_own_svg():
    css = icons_css({"material/weather-night": NIGHT, "fontawesome/brands/github": GITHUB})
    rules = dict(re.findall(r'^\.(archive-icon--[\w-]+)\{--archive-icon:url\("data:image/svg\+xml,(.*)"\)\}$', css, re.M))
    assert {unquote(rules[icon_class(name)]) for name in ("material/weather-night", "fontawesome/brands/github")} \
        == {NIGHT.strip(), GITHUB.strip()}
    # Painted like Material's `fill: currentcolor`, masked by the icon.
    assert re.search(r"^\.archive-icon\{background-color:currentcolor;.*mask:var\(--archive-icon\)", css, re.M)


def test_nothing_in_an_svg_can_end_the_css_string():
    svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path id="a\'b" d="M0 0h1%"/>\n</svg>#x'
    css = icons_css({"custom/odd": svg})
    url = re.search(r'url\("(.*)"\)\}$', css, re.M)[1]
    assert not re.search(r"[\"'#\n\\]", url) and re.fullmatch(r"(?:[^%]|%[0-9A-F]{2})*", url)
    assert unquote(url.split(",", 1)[1]) == svg.strip()


def test_the_same_icons_make_the_same_bytes_in_any_order():
    one = icons_css({"material/weather-night": NIGHT, "fontawesome/brands/github": GITHUB})
    other = icons_css({"fontawesome/brands/github": GITHUB, "material/weather-night": NIGHT})
    assert one == other


@pytest.mark.parametrize("name", ["weather-night", "material/Weather", "material/a_b", "../x/y", "material/"])
def test_a_name_that_is_not_an_icon_name_is_refused(name):
    with pytest.raises(ValueError, match="not an icon name"):
        icon_class(name)


def test_an_svg_without_a_box_is_refused():
    with pytest.raises(ValueError, match="no viewBox"):
        icon_tag("material/x", '<svg xmlns="http://www.w3.org/2000/svg"><path d="M0 0"/></svg>')

"""The theme's icons drawn from one shared stylesheet instead of inline in every page.

Material includes each icon's SVG in the page (logo twice, menu, palette toggles, search,
back to top: about 2.8 KB of every page, repeated in every page and zipped again in each).
Here a page carries an empty <svg> of the same viewBox, so it takes the same box under
Material's rules (`.md-icon svg`, `.md-logo svg`: width, height, display), and the
shape comes from a CSS mask painted in `currentcolor`, which is what Material's
`fill: currentcolor` paints: the same pixels in both schemes, hover and focus colours
included (focus rings belong to the button around it). The masks, one rule per icon
the pages used, are one stylesheet (ICONS_CSS) written once per build.
"""
from __future__ import annotations

import re
from urllib.parse import quote

# Where the stylesheet goes under the site's root (linked from overrides/main.html).
ICONS_CSS = "assets/stylesheets/archive-icons.css"

# Icon names as Material spells them: "material/weather-night", "fontawesome/brands/github".
_NAME = re.compile(r"[a-z0-9-]+(?:/[a-z0-9-]+)+")
_VIEWBOX = re.compile(r'<svg\b[^>]*?\sviewBox="([^"]+)"')

# Painted like Material's `fill: currentcolor`; printed as the SVG was (a background is
# left out of print unless asked for).
_BASE_RULE = (".archive-icon{background-color:currentcolor;"
              "-webkit-mask:var(--archive-icon) center/contain no-repeat;"
              "mask:var(--archive-icon) center/contain no-repeat;"
              "-webkit-print-color-adjust:exact;print-color-adjust:exact}")


def icon_class(name: str) -> str:
    """The class naming one icon: "material/weather-night" -> "archive-icon--material_weather-night"
    ("/" -> "_": names hold neither "_" nor anything but lower-case letters, digits, "-")."""
    if not _NAME.fullmatch(name):
        raise ValueError(f"not an icon name (set/name, lower case, digits and '-'): {name!r}")
    return "archive-icon--" + name.replace("/", "_")


def icon_tag(name: str, svg: str) -> str:
    """What a page carries for the icon `name` whose SVG source is `svg`."""
    match = _VIEWBOX.search(svg)
    if not match:
        raise ValueError(f"icon {name!r} has no viewBox: it cannot be drawn in the SVG's box")
    return f'<svg viewBox="{match[1]}" class="archive-icon {icon_class(name)}"></svg>'


def _data_url(svg: str) -> str:
    # Percent-encoded but for characters harmless in a quoted url(): readable, and
    # no quote, "#" or "%" of the SVG can end the string or the URL.
    return "data:image/svg+xml," + quote(svg.strip(), safe=" /=:.,-<>")


def icons_css(icons: dict[str, str]) -> str:
    """The stylesheet for `icons` (name -> SVG source), in name order: the same icons
    make the same bytes."""
    rules = [_BASE_RULE]
    rules += [f'.{icon_class(name)}{{--archive-icon:url("{_data_url(icons[name])}")}}' for name in sorted(icons)]
    return "\n".join(rules) + "\n"

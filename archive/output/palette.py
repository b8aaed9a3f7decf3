"""The header's scheme toggles, written once into the shared script (issue 17's size budget).

Material prints the palette's toggles (a radio and a label with its icon for each scheme) in every
page, about 1 KB a page. The pages keep an empty palette form; archive-chrome.js fills it from one
line the build writes, `var __archive_toggles = [...];`, rewritten in place so that every build
writes the same line. Without scripts the toggles never worked, so no dead radio is left.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

CHROME_JS = "assets/javascripts/archive-chrome.js"
TOGGLES_LINE = re.compile(r"^var __archive_toggles = .*;$", re.M)


def palette_toggles(palette, icon) -> str:
    """The header's scheme toggles as archive-chrome.js writes them into every page's empty
    palette form (overrides/partials/palette.html): [media, scheme, primary, accent, the
    toggle's name or None, its icon's markup from `icon`] a scheme, as JSON."""
    options = []
    for option in palette or []:
        toggle = option.get("toggle") or {}
        options.append([option.get("media"), (option.get("scheme") or "default").replace(" ", "-"),
                        (option.get("primary") or "indigo").replace(" ", "-"),
                        (option.get("accent") or "indigo").replace(" ", "-"), toggle.get("name"),
                        str(icon(toggle["icon"])) if toggle else None])
    return json.dumps(options, ensure_ascii=False, separators=(",", ":"))


def write_toggles(site_dir: Path, palette, icon) -> None:
    """The toggles' line of the built site's shared script, rewritten for `palette` (a list
    of schemes; a mapping is one scheme, no toggles, and a site without the script has none)."""
    script = Path(site_dir) / CHROME_JS
    if script.exists() and isinstance(palette, list):
        line = f"var __archive_toggles = {palette_toggles(palette, icon)};"
        script.write_text(TOGGLES_LINE.sub(lambda _: line, script.read_text(encoding="utf-8")), encoding="utf-8")

"""A brand's or a site's name under its banner is no byline (round 59).

A shop's or a portal's header prints its banner, then the name alone on a line of its own: "Ứng dụng
Nhà Thuốc X" over "X", "Tải ứng dụng Báo Y" over "Báo Y", then the breadcrumb and the headline. Two
capitalised words alone read as a writer's name, but the line only repeats the tail of the banner above
it. A writer's name under the headline that names the writer stands below the headline, not above one,
so the rule asks for a headline-shaped line still to come in the head.
"""
from __future__ import annotations

from archive.read.candidates import headline_shaped
from archive.text.normalize import fold

Line = tuple[int, str]

_EXTRA_WORDS = range(1, 7)  # the banner's words before the name: "Ứng dụng Nhà Thuốc", "Tải ứng dụng Nhà sách"


def _words(text: str) -> list[str]:
    return fold(text).lower().replace(":", " ").split()


def banner_echo(lines: list[Line], index: int, limit: int) -> bool:
    """The line at `index` (two words or more) ends a longer banner line above it, and a headline-shaped
    line stands under it in the head (its first `limit` lines)."""
    name = _words(lines[index][1])
    if len(name) < 2:
        return False
    echoed = any(len(banner) - len(name) in _EXTRA_WORDS and banner[-len(name):] == name
                 for banner in (_words(lines[j][1]) for j in range(index)))
    return echoed and any(headline_shaped(lines[k][1]) for k in range(index + 1, min(limit, len(lines))))

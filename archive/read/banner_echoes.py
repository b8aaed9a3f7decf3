"""A brand's or a site's name under its banner is no byline (round 59).

A shop's or a portal's header prints its banner, then the name alone on a line of its own: "Ứng dụng
Nhà Thuốc X" over "X", "Tải ứng dụng Báo Y" over "Báo Y", then the breadcrumb and the headline. Two
capitalised words alone read as a writer's name, but the line only repeats the tail of the banner above
it. A writer's name under the headline that names the writer stands below the headline, not above one,
so the rule asks for a headline-shaped line still to come in the head ("Tùy bút của X" over "X" over the
lead: the headline names its writer). An app's banner ("Tải ứng dụng X", "Ứng dụng X", conventions
round 27) is no headline, so the name under it is the brand's whatever the headline under it looks like
(closed by a stop, three words in capitals, a sentence).
"""
from __future__ import annotations

import re

from archive.read.candidates import headline_shaped
from archive.text.normalize import fold

Line = tuple[int, str]

_EXTRA_WORDS = range(1, 7)  # the banner's words before the name: "Ứng dụng Nhà Thuốc", "Tải ứng dụng Nhà sách"
# an app's banner, folded: "Tải ứng dụng X", "Ứng dụng X", "Tải app X", "Cài đặt ứng dụng X"
_APP = re.compile(r"^(?:tai |cai dat |download )?(?:ung dung|app)\b")


def _words(text: str) -> list[str]:
    return fold(text).lower().replace(":", " ").split()


def banner_echo(lines: list[Line], index: int, limit: int) -> bool:
    """The line at `index` (two words or more) ends a longer banner line above it: an app's banner, or
    one with a headline-shaped line under the name in the head (its first `limit` lines)."""
    name = _words(lines[index][1])
    if len(name) < 2:
        return False
    banners = [lines[j][1] for j in range(index)
               if len(banner := _words(lines[j][1])) - len(name) in _EXTRA_WORDS and banner[-len(name):] == name]
    return bool(banners) and (any(app_banner(banner) for banner in banners)
                              or any(headline_shaped(lines[k][1]) for k in range(index + 1, min(limit, len(lines)))))


def app_banner(text: str) -> bool:
    """"Tải ứng dụng X", "Ứng dụng X": a call to install a site's app, a few words, the app's name in capitals
    ("Ứng dụng công nghệ số trong ..." is a headline, round 80)."""
    words = _words(text)
    opening = _APP.match(" ".join(words))
    if not 2 <= len(words) <= 10 or not opening:
        return False
    name = text.replace(":", " ").split()[len(opening.group(0).split()):]
    return all(word[:1].isupper() or not word[:1].isalpha() for word in name)

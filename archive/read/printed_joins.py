"""A headline broken over two lines that the page prints whole on a line above (issue 13, round 90).

"Trang nhấtTừ điển họcLOẠI HÌNH TỪ ĐIỂN ONLINE Ở VIỆT NAM THỰC TRẠNG VÀ TRIỂN VỌNG" (a breadcrumb glued to
the headline), then "LOẠI HÌNH TỪ ĐIỂN ONLINE Ở VIỆT NAM" / "THỰC TRẠNG VÀ TRIỂN VỌNG": the page's own title
box broke the headline in two, and the trail above shows it whole. The two lines (a blank line between
allowed, as a double-spaced paste prints them) are joined into the first when a line above them ends with
both, letter for letter (a headline printed in other letters above, "Quyển II : Sự quán thấy ..." over the
text's heading in capitals broken in two, is the headline, and its heading stays apart); the trail is then the headline's copy, chrome (head_window.py). Lines read apart stay
apart when nothing prints them together: a kicker over a headline, a headline over its subtitle; so does a section's
label of a word or two over the headline a trail ends with ("Home Cộng Đồng Người Việt ở Úc: ..." over "Cộng Đồng" /
"Người Việt ở Úc: ...", round 92), and a second line the address's slug spells whole: the headline itself.
"""
from __future__ import annotations

from archive.read.headline_tails import join_into_first
from archive.read.slugs import slug_words, spelled_whole

Line = tuple[int, str]  # (1-based file line, text)

_HEAD_TEXT_LINES = 8  # the lines with text at the top where a trail and a headline stand
_PART_WORDS = 2  # each part a phrase, not a lone word
_FIRST_WORDS = 3  # the first part more: a section's label of a word or two over the headline is none (round 92)
_GAP = 2  # the most file lines from one part to the next: one blank line between


def join_printed_whole(lines: list[Line], url: str = "") -> list[Line]:
    """`lines` with a headline's two parts joined into the first when a line above prints them whole."""
    out, slug = list(lines), slug_words(url)
    texts = [at for at, (_, text) in enumerate(out) if text.strip()][:_HEAD_TEXT_LINES]
    for place in range(1, len(texts) - 1):
        first, second = texts[place], texts[place + 1]
        if out[second][0] - out[first][0] > _GAP or not _part(out[first][1], _FIRST_WORDS) or not _part(out[second][1]) \
                or slug and spelled_whole(out[second][1], slug):
            continue
        joined = _squashed(f"{out[first][1]} {out[second][1]}")
        if any(_squashed(out[k][1]).endswith(joined) and len(_squashed(out[k][1])) > len(joined) for k in texts[:place]):
            join_into_first(out, [first, second])
            break
    return out


def _part(text: str, fewest: int = _PART_WORDS) -> bool:
    text = text.strip()
    return len(text.split()) >= fewest and not text.endswith((".", ":", ";"))


def _squashed(text: str) -> str:
    return " ".join(text.split())

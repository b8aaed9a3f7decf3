"""A site's menu or tag cloud printed as a list in dashes over the headline (issue 13, round 55).

A page pasted from a reader view or a text browser prints its navigation as list items, one a line,
each opened by a dash ("- Hành chính", "- Thuế - Phí - Lệ Phí", "– Cư trú (234)": a tag cloud's count
in brackets, a lone "-" where an icon stood). Its rows look like short headlines and its first like the
page's first headline. Five rows or more printed together (line_sizes.MENU_RUN, as menu_runs.py counts a
menu), each a dash then a few words (no sentence, no paragraph, no label's colon), with a short line
between two of them (a section's label, "Chủ đề nổi bật"), above the article's first paragraph and
right over a headline-shaped line (line_sizes.long_unclosed), are a menu: they are dropped before the
head is weighed (a run of 80 rows would push the headline out of the head's window), the headline
under the run stays. A list of the article's points in dashes has
sentences in it, or stands under the headline, not in its pool's place of a menu. Round 92: a bullet opens a row as a
dash does ("• Home", "• Travel Diary", "• >": a menu in English, its contact bar's "• Phone : ..." above it).
"""
from __future__ import annotations

import re

from archive.read.chrome import Dropped
from archive.read.line_sizes import HEADLINE_WORDS, MENU_RUN, headline_within, is_prose, long_unclosed

Line = tuple[int, str]

_MARKS = "-–—•·◦▪"  # a dash or a bullet opens a list's row
_ROW = re.compile(rf"[{_MARKS}]\s*(?P<item>[^\n]*)")
_COUNT = re.compile(r"\s*\(\d[\d.,]*\)\s*$")  # "(234)": how many articles a tag holds


def dash_row(text: str) -> bool:
    """A menu's row in a dash or a bullet: the mark alone, or the mark and a few words (a count in brackets after them)."""
    if not text or text[0] not in _MARKS:
        return False  # cheap test first
    found = _ROW.fullmatch(text.strip())
    if found is None:
        return False
    item = _COUNT.sub("", found["item"]).strip()
    return len(item.split()) <= 2 * HEADLINE_WORDS and not item.endswith((".", ":", "?", "!", ";", ","))


def row_item(text: str) -> str:
    """A dash row's words, its mark off ("- UBND Xã Trung Sơn" -> "UBND Xã Trung Sơn")."""
    found = _ROW.fullmatch(text.strip())
    return found["item"].strip() if found else text.strip()


def dash_menu_off(lines: list[Line]) -> tuple[list[Line], list[Dropped]]:
    """`lines` without a menu in dashes over the headline, and its lines, listed."""
    if sum(1 for _, text in lines[:4 * MENU_RUN] if dash_row(text)) < MENU_RUN:
        return lines, []  # cheap test first: a menu opens the paste
    texts = [text for _, text in lines]
    # a row is never the first paragraph, whatever mark closes it ("- '": an icon's leftover, round 108)
    first_prose = next((i for i, text in enumerate(texts) if is_prose(text) and not dash_row(text)), len(texts))
    out: set[int] = set()
    for run in _runs(texts[:first_prose], [number for number, _ in lines[:first_prose]]):
        if _over_headline(texts, run[-1] + 1):
            out.update(run)
    if not out:
        return lines, []
    return [line for i, line in enumerate(lines) if i not in out], \
        [Dropped(*lines[i], "a menu in dashes or bullets above the headline") for i in sorted(out)]


def _over_headline(texts: list[str], under: int) -> bool:
    """A headline-shaped line at `under`, no row, or past one short line there that is no row (round 109)."""
    return headline_within(texts, under, lambda text: not dash_row(text) and long_unclosed(text),
                           passable=lambda text: not dash_row(text))


def _runs(texts: list[str], numbers: list[int]) -> list[list[int]]:
    """Runs of MENU_RUN dash rows or more, printed together; a short line between two dash rows (a
    section's label, "Chủ đề nổi bật"; an item whose dash was lost) is the run's too."""
    dashed = [dash_row(text) for text in texts]
    together = [i > 0 and numbers[i] == numbers[i - 1] + 1 for i in range(len(texts))]
    inside = [dashed[i] or (0 < i < len(texts) - 1 and dashed[i - 1] and dashed[i + 1] and together[i]
                            and together[i + 1] and len(texts[i].split()) < HEADLINE_WORDS)
              for i in range(len(texts))]
    runs: list[list[int]] = []
    run: list[int] = []
    for i in range(len(texts) + 1):
        if i < len(texts) and inside[i] and (not run or together[i]):
            run.append(i)
            continue
        if sum(dashed[k] for k in run) >= MENU_RUN:
            runs.append(run)
        run = [i] if i < len(texts) and inside[i] else []
    return runs

"""A short capitals line that opens a headline's run in capitals, never a byline (conventions round 22).

A headline in capitals broken where the page's column ended may lose its first line to a label put
between (a format, a place, a poster's name): "ĐẠO ĐỨC" over "HỒ CHÍ MINH Ở CÔNG TY ĐIỆN LỰC ..."
then opens the run (capitals_blocks.py asks for a capitals line on each side). A byline in capitals
stands over the text, its unit or a blank line; a name with no surname, fewer words than a headline,
right over (the next file line) a capitals line of a headline's length that is no unit, no post and
no name, is the headline's first words. A full name ("NGUYỄN VĂN AN") over a capitals headline
stays a byline. Round 88: so is one over a short capitals line and a writer's name in small letters under that
("- ÁO DÀI" / "VIỆT NAM" / "- Trần Thị Lai Hồng"): a headline broken in two over its byline.
"""
from __future__ import annotations

from archive.read.bylines import parse_byline
from archive.read.line_sizes import HEADLINE_WORDS
from archive.read.position_lines import is_position_line
from archive.text.surnames import surname_at_end

Line = tuple[int, str]  # (1-based file line, text)


def capitals_run_opening(lines: list[Line], index: int) -> bool:
    """The line at `index` is a short capitals line with no surname, the next file line a capitals
    line of a headline's length that names no one and no unit."""
    if index + 1 >= len(lines) or lines[index + 1][0] != lines[index][0] + 1:
        return False
    text, below = lines[index][1].strip(), lines[index + 1][1].strip()
    words = text.split()
    if not text.isupper() or not below.isupper() or len(words) >= HEADLINE_WORDS or surname_at_end(words):
        return False
    if is_position_line(below) or parse_byline(below):
        return False
    return len(below.split()) >= HEADLINE_WORDS or _writer_under(lines, index + 2)


def _writer_under(lines: list[Line], index: int) -> bool:
    """A writer's name on the line after a short capitals line under a short capitals line ("- ÁO DÀI" / "VIỆT NAM"
    / "- Trần Thị Lai Hồng", round 88): the two lines are a headline broken in two, the name its byline."""
    return index < len(lines) and len(parse_byline(lines[index][1])) == 1 and not lines[index][1].isupper()

"""A headline printed in capitals over several lines (issue 13, round 25): "GƯƠNG SÁNG HỌC TẬP VÀ LÀM
THEO TẤM GƯƠNG" / "ĐẠO ĐỨC" / "HỒ CHÍ MINH Ở CÔNG TY ...", each a line of the file, no blank line
between them. The block is one headline broken where the page's column ended:

- a line in the block's middle is the headline's, never a byline ("ĐẠO ĐỨC" reads alone as a name);
- the lines after its first carry on the headline and are no headline of their own, when the block
  holds a line too short to stand alone (broken mid-phrase): the title is the block's first line, as
  the labels take it. A kicker in capitals over a headline in capitals, each whole, is left alone, and
  so is one closed by a colon ("PHƯỚC AN:").
"""
from __future__ import annotations

from archive.read.joined_sections import section_named
from archive.read.line_sizes import HEADLINE_WORDS  # a line with fewer is a fragment of the headline

Line = tuple[int, str]  # (1-based file line, text)



def capitals_block_line(lines: list[Line], index: int) -> bool:
    """The line stands in capitals between two lines in capitals, on the file's lines next to it."""
    if index < 1 or index + 1 >= len(lines):
        return False
    block = lines[index - 1:index + 2]
    return all(_capitals(text) for _, text in block) \
        and [number for number, _ in block] == list(range(lines[index][0] - 1, lines[index][0] + 2))


def block_continuations(texts: list[str], numbers: list[int], pool: list[int]) -> set[int]:
    """The lines of the headline's pool (indexes of `texts`, on file lines `numbers`) that carry on a
    capitals block broken mid-phrase, the block's first line aside."""
    found: set[int] = set()
    for start in pool:
        if start - 1 in pool and _joined(texts, numbers, start - 1):
            continue  # not a block's first line
        end = start
        while end + 1 in pool and _joined(texts, numbers, end):
            end += 1
        if end > start and any(len(texts[i].split()) < HEADLINE_WORDS for i in range(start, end + 1)):
            found.update(range(start + 1, end + 1))
    return found


def _joined(texts: list[str], numbers: list[int], index: int) -> bool:
    """The line at `index` and the next stand in capitals on next file lines. A line closed by a colon
    is a kicker over the headline ("PHƯỚC AN:"), not a part of it, and a section's label ("GIÁO DỤC-Y TẾ",
    joined_sections.py) is the page's, over it."""
    return index + 1 < len(texts) and numbers[index + 1] == numbers[index] + 1 and not texts[index].rstrip().endswith(":") \
        and _capitals(texts[index]) and _capitals(texts[index + 1]) and not section_named(texts[index])


def _capitals(text: str) -> bool:
    return text.strip().isupper()

"""A run of headline-sized lines that is one paragraph broken over short lines, not a list of links (round 53).

link_lists.drop_links drops three capitalised lines in a row, none closed by a stop, as a box of links to
other articles. An old page that breaks its paragraphs at a fixed width (a scan typed out, a page of
<br>s) gives the same shape: "Giáo xứ X toạ lạc trên phần đất thuộc phường Y, quận" / "Long Biên, thành
phố Hà Nội, cách ..." / ... Each line opens in capitals only because a name falls at the break. Such a
run gives itself away where it ends: the line after it carries on the sentence in small letters
("và Xuân Thụy; phía Đông Nam giáp ..."), which no line after a link box does (its headlines are
whole, and the article's next paragraph or the page's footer opens a sentence of its own).
"""
from __future__ import annotations

Line = tuple[int, str]


def runs_on(after: Line | None) -> bool:
    """The line after a run of headline-shaped lines opens in a small letter: the run's last line ran on."""
    if not after or not after[1]:
        return False
    first = after[1].lstrip("\"“‘'(")[:1]
    return first.isalpha() and first.islower()

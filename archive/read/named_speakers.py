"""A photo's caption under the lead naming the one who speaks, with his posts (round 62).

A school's or a Party committee's page prints under its lead "ThS. Lê Văn An, Bí thư Đảng ủy, Hiệu
trưởng Nhà trường" (the caption of his photo), then a paragraph that names him again ("Mở đầu hội nghị,
đồng chí Lê Văn An, ..."). Read alone, the line is a name and a post, as a writer may sign; but a writer
is not named in his own text. A name, a comma and a post after it, whose full name the next lines of the
text print again, is the caption of a person named, never the byline. A name alone on its line ("ThS.
Lê Văn An") is still a byline, and so is a name with its post that the text does not name again. Asked
by byline_slots.lead_byline.
"""
from __future__ import annotations

from archive.read.name_labels import split_prefix

_REACH = 3  # the lines under the caption that may name the person again
_NAME_WORDS = 2  # a full name: a surname and more (a given name alone is too common to match)


def named_below(names: tuple[str, ...], text: str, below: list[str]) -> bool:
    """`text` names one person (`names`, as parse_byline read them) then, after a comma, a post, and
    one of the `below` lines (the next few of the text) prints his full name again."""
    if len(names) != 1:
        return False
    name = split_prefix(names[0])[1]  # "Lê Văn An" from "ThS. Lê Văn An"
    at = text.find(name)
    after = text[at + len(name):].lstrip() if at >= 0 else ""
    post = after[1:].strip() if after.startswith(",") else ""
    return post[:1].isupper() and len(name.split()) >= _NAME_WORDS and any(name in line for line in below[:_REACH])

"""A part's signer under its heading, before the first paragraph (issue 13, round 34).

A diocese or a school reposts a formation text or a study in parts: its header and its contents list,
then the first part's heading in capitals ("BÀI I - MẦU NHIỆM GIÁO HỘI ...") and, alone on the next
line, its writer with a priest's or a scholar's title ("Lm. Giuse Maria Lê Quốc Thăng", "TS. Trần Văn
An"), then the part's text. With no byline anywhere else, that line is the byline. Only so: a titled
name alone (the title is what says a writer signs), right under a capitals heading, before any
paragraph of the text, and not named again in the text (a titled name the text goes on about is the
page's subject, an interview's guest, not its writer).
"""
from __future__ import annotations

from archive.read.bylines import parse_byline, split_prefix
from archive.read.line_sizes import is_prose
from archive.text.normalize import fold

Line = tuple[int, str]  # (1-based file line, text)

_LINES = 16  # a header, a contents list and the heading stand among the first lines under the lead
_HEADING_WORDS = 2  # a heading holds a few words; one capitals word is a label


def part_signature(rest: list[Line]) -> str:
    """The titled writer alone under a part's heading among the first lines of `rest` (taken out of
    it), or ""."""
    for at in range(1, min(_LINES, len(rest))):
        text, above = rest[at][1], rest[at - 1][1]
        if is_prose(above):
            return ""  # the text has begun: a name below it is the text's
        if not (above.isupper() and len(above.split()) >= _HEADING_WORDS) or not split_prefix(text)[0]:
            continue
        names = parse_byline(text)
        if len(names) != 1 or fold(names[0]).lower() != fold(text).lower():
            continue  # the line holds more than the titled name
        bare = fold(split_prefix(names[0])[1]).lower()
        if len(bare.split()) < 2 or any(bare in fold(line).lower() for k, (_, line) in enumerate(rest) if k != at):
            return ""  # a given name alone; a name the text names again: its subject
        del rest[at]
        return names[0]
    return ""

"""What the line above a name in brackets says of it, at the article's end (conventions round 16).

"(Hồng Nhung)" on a line of its own after the text is the writer's signature on many papers; under a
verse or a quotation the same brackets hold the quoted author ("(Nguyễn Du)"). Round 38 took the name
only under a paragraph closed by its stop. A writer signs under other lines too: a paragraph whose stop
the paste lost (a paragraph's length tells it from a verse line), a line that hands on to a video or a
list ("... theo dõi Video sau đây :"), a source's line ("Nguồn: ...") or a widget's count ("198 lượt
xem"). A line closed by a quote mark, or a short one closed by nothing, is a quotation or a verse, and
the name under it stays the quoted author's.
"""
from __future__ import annotations

from archive.read.prose import PROSE_WORDS

_QUOTE_CLOSES = ('"', "”", "»", "'", "’")
_CLOSES = (".", "!", "?", "…", ":")


def signs_under(above: str) -> bool:
    """A name in brackets under the line `above` is the writer's signature (not a quoted author's)."""
    text = above.rstrip()
    if not text or text.endswith(_QUOTE_CLOSES):
        return False
    return text.endswith(_CLOSES) or len(text.split()) >= PROSE_WORDS

"""A repost's source block at the end of the text: the original's headline after "Nguồn:" (or
"Theo:"), the writer's name alone on the next line, then the original's host ("Nguồn: <headline>" /
"Ngọc Hà" / "baoxyz.vn"). The block is how a scraper or a repost credits the piece, so the name in
it is the byline, though related links may follow the host (byline_slots.end_byline asks this).
"""
from __future__ import annotations

import re

Line = tuple[int, str]

# A source field with something after it: the original's headline or its outlet.
_SOURCE_FIELD = re.compile(r"\s*(?:nguồn|theo)\s*:\s*\S", re.IGNORECASE)
# A bare host or address, alone on its line ("kinhtexaydung.vn", "https://www.baoxyz.vn/bai-1").
_HOST = re.compile(r"(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?", re.IGNORECASE)


def in_source_block(rest: list[Line], at: int) -> bool:
    """The name at `at` stands between a source field above and the source's host below."""
    return 0 < at < len(rest) - 1 and bool(_SOURCE_FIELD.match(rest[at - 1][1])) \
        and bool(_HOST.fullmatch(rest[at + 1][1].strip()))

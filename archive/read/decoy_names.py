"""Name lines that credit no writer, and one that does (conventions round 27): a quote's author, a speaker
with his post, lines over the page's own first line (a photo credit's is photo_credits.py's); a writer in
brackets under the headline.

A dashed name under a quotation is the quote's author, never a byline.

Pages set a saying or a verse apart in the text and sign it under it: "“Đảng viên đi trước, làng nước
theo sau.”" over "— X". A name after a dash is also how some papers sign the article at its end ("- X"),
so there only a line that is one quotation from its opening mark to its closing one (a closing stop may
follow) makes the name under it the quote's: a last paragraph that only ends with a quote is the text's,
and the name under it stays the writer's. Under the lead (`closing`), where no writer signs after a dash,
a paragraph closed by a whole quotation is enough: a wrapped paste joins the quote's line to the lead's.

A name printed with his own post after a comma ("ThS. X, Phó Giám đốc ...") already carries it: the
line under it is no post of his, so the pair is no writer over his position (`own_post`).

A photo credit ("Ảnh: X", "Ảnh minh họa: X") between the text's last paragraph and the writer's name
credits the photographer (photo_credits.photo_credit): the paragraph above it is the one that closes the text.

The head never reads its first line as a writer (a site's or a section's name stands there more often).
A weekday alone ("Chủ Nhật", a clock's fragment) or an app's banner with the brand under it ("Tải ứng
dụng X" / "X") printed over that line leave it the page's first line all the same (`top_chrome`).

A name in brackets on the line right under the headline ("(Nguyễn Văn An)") is how some small sites
print the writer (`bracketed_head_name`); a bracketed place, agency or note names no one (bylines.py).
"""
from __future__ import annotations

import re

from archive.read.banner_echoes import app_banner, banner_echo
from archive.read.bylines import is_position_line, parse_byline
from archive.read.press_credits import unbracketed

Line = tuple[int, str]

_DASHED = re.compile(r"^\s*[—–-]+\s*\S")  # "— X", "– X", "- X"
_QUOTE = r'[“"«‘][^“”"«»]{3,}[”"»’]\s*[.!?…]?\s*$'  # one quotation, then at most a closing stop
_WHOLE_QUOTE = re.compile(r"^\s*" + _QUOTE)
_CLOSING_QUOTE = re.compile(_QUOTE)
_WEEKDAY = re.compile(r"(?i)^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s+nhật|cn)[\s,.]*$")


def quote_attribution(above: str, text: str, closing: bool = False) -> bool:
    """`text` opens with a dash and `above`, the line over it, is one whole quotation (`closing`: or ends
    with one)."""
    return bool(_DASHED.match(text)) and bool((_CLOSING_QUOTE.search if closing else _WHOLE_QUOTE.match)(above))


def own_post(text: str) -> bool:
    """"ThS. X, Phó Giám đốc Trung tâm ...": a name, a comma, then a post of its own."""
    name, comma, post = text.partition(",")
    return bool(comma) and bool(name.strip()) and is_position_line(post.strip())


def bracketed_head_name(lines: list[Line], index: int) -> tuple[str, ...]:
    """The names a line wholly in brackets gives, under the head's first line (the headline, or chrome over it)."""
    inner = unbracketed(lines[index][1].strip()) if index >= 1 else ""
    return parse_byline(inner) if inner else ()


def top_chrome(lines: list[Line], limit: int) -> int:
    """How many lines at the head's top are a weekday alone, an app's banner or the brand under it."""
    top = 0
    while top < limit and (_WEEKDAY.match(lines[top][1].strip()) or app_banner(lines[top][1])
                           or banner_echo(lines, top, limit)):
        top += 1
    return top

"""A small site's masthead at the page's top: its name, a tagline, a line of its topics (conventions round 10).

Community sites, overseas news sites and personal blogs print over every page their name ("Sông Hồng
News", "QUÊ HƯƠNG ONLINE", "VanHoaViet.com", a writer's blog "H.Nguyên" / "& Thân Hữu"), then a slogan
("Thông tin nhanh - người đọc là bạn!") and the topics they cover ("Văn Chương và Cuộc Sống", "Thời sự
- Kinh tế - Đời sống"). Read apart, the name is weighed as the headline and the words of the topics,
each capitalised, as a writer's names ("Thân Hữu - Văn Chương"). The block is chrome when the page's
first line with text is a site's name: one to four words with a site's word ("News", "Online", "Net",
"TV", "Media", "Blog"), an address ("x.com", "y.net"), or a short name in initials ("T.Vấn") over a line
opening with "&". The lines right under it belong to the block while they are its parts: a line opening
with "&", a slogan (ending with "!", or phrases of two words or more joined by a dash, each of six words at most or the first a
section's name), no digit in any, a line of topics (capitalised
items of one to three words joined by "và", dashes or commas), or a short line with no mark over one of
them (a tagline in plain words, "Tiếng nói của người Việt xa quê"). The first other line ends it. A headline
at the top ("Đồng Nai phát triển ..."), a name line over a headline, a kicker, stay as they are.
"""
from __future__ import annotations

import re

from archive.read.section_menus import SECTIONS
from archive.text.normalize import fold

_SITE_WORD = re.compile(r"(?i)(?:^|\s)(?:news|online|net|tv|media|blog|magazine|times)$|"
                        r"\w\.(?:com|net|org|vn|info|ru|de|fr|us)(?:\.\w{2})?$")
_INITIALLED = re.compile(r"^[^\W\d_]{1,2}\.\s?[^\W\d_]+$")  # "T.Vấn", "H. Nguyên"
_TOPIC_JOIN = re.compile(r"\s+(?:và|&|[-–—|])\s+|\s*,\s+", re.IGNORECASE)
_MAX_NAME_WORDS = 4
_MAX_TAGLINE_WORDS = 14
_SHORT_PART = 6
_MAX_PARTS = 3  # the lines of the block under the name


def _site_name(line: str, next_line: str) -> bool:
    words = line.split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or line.endswith((".", ":", "?", ",")):
        return False
    if _SITE_WORD.search(line) and (len(words) > 1 or "." in line):
        return True
    return bool(_INITIALLED.match(line)) and next_line.startswith("& ")


def _topics(line: str) -> bool:
    """Capitalised items of one to three words joined by "và", a dash, a comma: two items or more."""
    items = [item for item in _TOPIC_JOIN.split(line) if item]
    return len(items) >= 2 and all(1 <= len(item.split()) <= 3 and item[:1].isupper() for item in items)


def _slogan(line: str) -> bool:
    words = line.split()
    if len(words) > _MAX_TAGLINE_WORDS or line.endswith((".", ":", "?")):
        return False
    if line.endswith("!"):
        return True
    parts = re.split(r"\s+[-–—]\s+", line)
    if len(parts) < 2 or not all(2 <= len(part.split()) for part in parts):
        return False  # "... giao lưu thơ - ca": a headline's dash
    # short phrases, or the site's sections first ("Kinh tế - Chính trị và Tin tức Cộng đồng ..."): a
    # headline with a dash ("Nguyễn Văn A - một đời cày cuốc báo & văn") has a longer part
    return all(len(part.split()) <= _SHORT_PART for part in parts) or fold(parts[0]).lower() in SECTIONS


def _part(line: str) -> bool:
    if any(ch.isdigit() for ch in line):  # a date line, a headline with its year: no masthead's part
        return False
    return line.startswith("& ") and len(line.split()) <= _MAX_NAME_WORDS + 1 or _topics(line) or _slogan(line)


def site_masthead(texts: list[str]) -> list[int]:
    """Indexes (into `texts`, blank lines among them) of the masthead's lines, or []."""
    filled = [i for i, text in enumerate(texts) if text.strip()][:_MAX_PARTS + 2]
    if len(filled) < 2:
        return []
    first = filled[0]
    if not _site_name(" ".join(texts[first].split()), " ".join(texts[filled[1]].split())):
        return []
    block = [first]
    parts = [" ".join(texts[i].split()) for i in filled]
    for k in range(1, min(len(filled), _MAX_PARTS + 1)):
        # a tagline with no mark ("Tiếng nói của người Việt xa quê") when a marked part follows it
        unmarked = k + 1 < len(parts) and _plain_tagline(parts[k]) and _part(parts[k + 1])
        if not (_part(parts[k]) or unmarked):
            break
        block.append(filled[k])
    return block


def _plain_tagline(line: str) -> bool:
    return not any(ch.isdigit() for ch in line) and len(line.split()) <= _MAX_TAGLINE_WORDS - 4 and not line.endswith((".", ":", "?", ",")) and line[:1].isupper()


site_name, slogan = _site_name, _slogan  # asked by inner_mastheads.py (round 17) for a block below the top

"""What small sites print above the headline (issue 13, conventions round 8).

Ministries' and departments' portals, schools, parishes, associations and Vietnamese communities
abroad print, over the article's headline, furniture the headline's pool still held:
- the site's notice: a sentence offering its pages or its advertising, with an address to write to
  ("Trang Cộng Đồng đăng tin miễn phí ... xin liên lạc: x@y.com", "Quảng cáo xin liên hệ: 09...");
- a letterhead: the body's name (in capitals, in English, in title case), then its street address,
  "ĐT:", "Tel.:", "Fax:", "Email:", "MST:", a web address: the poster's, not the headline;
(A caption naming people under the headline is placed_captions.py's.)

The notice and the letterhead are left out of the head (listed) only when a headline-shaped line
follows them, rules ("oo0oo", "***", "===") between at most. A headline that
names a body and an action, or holds an e-mail address with no notice's words, stays as it is.
"""
from __future__ import annotations

import re

from archive.read.chrome import Dropped
from archive.read.contact_names import CONTACT_LABEL
from archive.read.field_runs import field_runs
from archive.read.line_sizes import is_prose, long_unclosed
from archive.read.sources import organ_name
from archive.text.normalize import fold_passage

Line = tuple[int, str]  # (1-based file line, text)

_HEAD_LINES = 20  # the head, where a notice or a letterhead stands
_NOTICE_REACH = 3  # the headline under a notice, rules ("oo0oo", "***") between
_RULE = re.compile(r"[-=*_~.o0O•·\s]{3,}")
_NAME_LINES = 4  # a letterhead's name lines over its address: the name, its English, a unit
_NAME_WORDS = 14
_RUN_REACH = 4  # the lines under a field that may hold the rest of its run (field_runs.py)

# ---- the site's notice: a way to reach the site, and the words of an offer or a request.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A phone number: a Vietnamese one opened by 0 or +84 ("0909 123 456", "(028) 3822 1234"), a North
# American one ("713-272-8624"); a year's range ("2020 - 2025") is none.
_PHONE = re.compile(r"(?:\+\d{2}|\(0\d{1,3}\)|\b0\d{1,3})[ .-]?\d{3,4}[ .-]?\d{3,4}\b|\b\d{3}[-.]\d{3}[-.]\d{4}\b")
_NOTICE_WORDS_MAX = 60  # a notice is a sentence or two, not a paragraph
_NOTICE_WORDS = re.compile(r"\b(?:lien lac|lien he|quang cao|dang tin|dang tai|trang cong dong|gui bai|"
                           r"gui tin|ban bien tap|contact us|advertis\w*)\b")

# ---- a letterhead's lines under the name: a contact field, a web address, a street address.
_WEB = re.compile(r"(?:https?://|www\.)\S+", re.I)
# A street's word in an address: a Vietnamese one before its name ("đường Trần Phú", "P. 4"; "chặng
# đường vẻ vang" is none), an English one after it ("Main Dr,", "Grange Rd").
_STREET = re.compile(r"\b(?:Đường|đường|Phố|phố|Phường|phường|Quận|quận|P\.|Q\.)\s?[A-ZĐÀ-Ỹ\d]|"
                     r"\b(?:St\.?|Street|Dr\.?|Drive|Ave\.?|Avenue|Blvd\.?|Boulevard|Rd\.?|Road|Lane|Hwy)(?=[\s,;.]|$)")
_POSTCODE = re.compile(r"\b\d{4,5}\s?[;.]?$")
_ADDRESS_OPEN = re.compile(r"(?:Số\s)?\d+[A-Za-z]?(?:[/-]\d+)*\s*,?\s+\S")
_ADDRESS_WORDS = 16
# A body's kind opening its name, folded ("Hội ...", "Giáo xứ ...", "Vietnamese Community of ...").
_BODY = re.compile(r"(?:hoi|cong dong|truong|giao xu|giao phan|giao hat|chua|tu vien|thien vien|nha tho|"
                   r"cong ty|trung tam|lien doan|tong hoi|hiep hoi|doan|ban|uy ban|ubnd|so|phong|khoa|cuc|"
                   r"tong cuc|bo|vien|hoc vien|dai hoc|the|vietnamese|association|community|church|parish|"
                   r"temple|society|council|center|centre|foundation|federation)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")

def furniture_off(lines: list[Line]) -> tuple[list[Line], list[Dropped]]:
    """`lines` without a site's notice or a letterhead over the headline, and those lines, listed."""
    texts = [text for _, text in lines[:_HEAD_LINES]]
    first_prose = next((i for i, text in enumerate(texts) if is_prose(text) and not site_notice(text)
                        and not contact_line(text)), len(texts))
    texts = texts[:first_prose + 1]  # above the article's first paragraph: the body's own are kept
    letterhead = _letterhead(texts)
    out = {i: "a site's notice above the headline" for i in _notices(texts, letterhead)}
    out.update({i: "a letterhead above the headline" for i in letterhead})
    if not out:
        return lines, []
    return [line for i, line in enumerate(lines) if i not in out], \
        [Dropped(*lines[i], why) for i, why in sorted(out.items())]


def _headline_next(texts: list[str], index: int, reach: int, between: set[int] = frozenset()) -> bool:
    """A headline-shaped line stands within `reach` lines under `index`, only rules (and the lines
    `between`: a letterhead under a notice) between."""
    for k in range(index + 1, len(texts)):
        text = texts[k]
        if k in between:
            continue
        if _headline(text) and not site_notice(text) and not contact_line(text) and not name_line(text) \
                and k not in field_runs(texts[:k + 1 + _RUN_REACH]):  # a data field's line, no headline
            return True
        reach -= 1
        if reach <= 0 or not _RULE.fullmatch(text.strip()):
            return False
    return False


def _headline(text: str) -> bool:
    return long_unclosed(text) and not _EMAIL.search(text)


def site_notice(text: str) -> bool:
    """A way to reach the site (an e-mail address, a phone number) and an offer's or a request's words."""
    if "@" not in text and not _PHONE.search(text) or len(text.split()) > _NOTICE_WORDS_MAX:
        return False  # the cheap test
    return bool(_NOTICE_WORDS.search(fold_passage(text)))


def _notices(texts: list[str], letterhead: set[int]) -> set[int]:
    """Notices over the headline: none under a headline-shaped line (there it is the article's)."""
    first_head = next((i for i, text in enumerate(texts) if _headline(text) and not site_notice(text)
                       and not name_line(text) and not contact_line(text)), len(texts))
    found = {i for i, text in enumerate(texts[:first_head]) if site_notice(text)}
    return {i for i in found if _headline_next(texts, i, _NOTICE_REACH, letterhead) or i + 1 in found}


def contact_line(text: str) -> bool:
    """A letterhead's line under the name: a contact field, a bare web address, a street address."""
    text = text.strip()
    if CONTACT_LABEL.match(fold_passage(text)) or _WEB.fullmatch(text):
        return True
    return bool(_ADDRESS_OPEN.match(text)) and len(text.split()) <= _ADDRESS_WORDS and "," in text \
        and bool(_STREET.search(text) or _POSTCODE.search(text))


def name_line(text: str) -> bool:
    """A body's name as a letterhead prints it: in capitals, or opened by a body's kind, no year, no
    sentence's end."""
    text = text.strip()
    words = text.split()
    if not words or len(words) > _NAME_WORDS or text.endswith((".", "?", "!", ":")) or _YEAR.search(text):
        return False
    return text.isupper() or organ_name(text) or bool(_BODY.match(fold_passage(text)))


def _letterhead(texts: list[str]) -> set[int]:
    for start, text in enumerate(texts):
        if not contact_line(text):
            continue
        top = start
        while top > 0 and start - top < _NAME_LINES and name_line(texts[top - 1]):
            top -= 1
        end = start
        while end + 1 < len(texts) and contact_line(texts[end + 1]):
            end += 1
        if top < start and _headline_next(texts, end, 1):
            return set(range(top, end + 1))
    return set()

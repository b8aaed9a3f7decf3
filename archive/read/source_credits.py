"""What a byline line prints beside the writer's name, and takes off before the name is read
(issue 13): the source a repost credits ("Theo VOV", "Nguồn:", "Minh Anh/TTXVN"), a site's
account ("admin - kiều tháp"), the other credits (photos, graphics, the editor) and a relative
time or view counter after the name.
"""
from __future__ import annotations

import re

from archive.read import names as vocab
from archive.read.outlet_slashes import outlet_after_reporter
from archive.read.person_names import has_surname, person_name
from archive.text.dates import AGO_PATTERN
from archive.text.normalize import fold

_BRACKETED_END = re.compile(r"\s*\([^()]*\)\s*$")

# A site's account name before the writer's ("admin - kiều tháp"): the account is no person; the
# name after it, typed in lower case in the account's field, is the author when it is a full name.
# "Biên tập viên:" with its colon is the editor's own field, not an account: the name there edited.
_ACCOUNT = re.compile(r"(?:(?:admin|administrator|webmaster|quản trị viên|quản trị)\s*[-–—:]|biên tập viên\s*[-–—])\s*(?=\w)",
                      re.IGNORECASE)


def without_account(text: str) -> str:
    account = _ACCOUNT.match(text)
    if not account:
        return text
    name = text[account.end():].strip()
    if name.islower() and has_surname(name):
        name = " ".join(word[:1].upper() + word[1:] for word in name.split())
    return name


# After the writer, the other credits of the line: "Bài: X; ảnh: Y", "Bài: X. Ảnh: Y", "X | Đồ họa: Y",
# the editor who passed it ("Tác giả: X | Biên tập: Y"): none of them wrote the text.
_MEDIA_WORDS = r"ảnh|hình ảnh|video|clip|đồ họa|đồ hoạ|thiết kế|trình bày|dựng phim|quay phim"  # who made what the text is not
_OTHER_CREDIT = re.compile(rf"\s*[;,.|–—-]\s*(?:{_MEDIA_WORDS}"
                           r"|(?:người )?biên tập(?: viên)?|btv|(?:người )?duyệt(?: bài)?|kỹ thuật(?: viên)?|ktv)"
                           r"\s*:.*$", re.IGNORECASE)
# Another medium's credit opening a part ("Video: Minh Anh", "Ảnh: X"): its maker's, no source of the text.
MEDIA_CREDIT = re.compile(rf"\s*(?:{_MEDIA_WORDS})\s*:", re.IGNORECASE)
# A name marked in brackets as the photos' or the video's maker ("Hoàng Long (ảnh)"), and the mark
# of the text's writer beside it ("Minh Anh (bài)").
_MEDIA_PART = re.compile(r"[^-–—,;|()]*\(\s*(?:ảnh|hình|hình ảnh|video|clip|đồ họa|đồ hoạ|thiết kế|quay phim)\s*\)",
                         re.IGNORECASE)
_TEXT_MARK = re.compile(r"\s*\(\s*(?:bài|bài viết|tin|nội dung)\s*\)", re.IGNORECASE)
# A relative time or a view counter after the name, as feeds and portals print them on its line:
# "Minh Anh • 2 giờ trước", "Minh Anh | Lượt xem: 1.234", "Minh Anh - 534 lượt đọc".
_RELATIVE_TIME = re.compile(rf"\s*[•·|–—-]?\s*(?:\d{{1,3}}\s+{AGO_PATTERN}"
                            r"|(?:lượt xem|lượt đọc|lượt truy cập)\s*:?\s*[\d.,]+|[\d.,]+\s+(?:lượt xem|lượt đọc))\s*$",
                            re.IGNORECASE)


def without_other_credits(text: str) -> str:
    """The writer's part of the line: a relative time or a counter at its end, the other credits
    after it and the media's makers in brackets off ("Minh Anh (bài) - Hoàng Long (ảnh)": the writer)."""
    text = _OTHER_CREDIT.sub("", _RELATIVE_TIME.sub("", text))
    return _TEXT_MARK.sub("", _MEDIA_PART.sub("", text))


# "Theo" or "Nguồn" opening a line, as a field ("Theo:", "Nguồn:", the space maybe lost) or
# before a full name ("Theo Trần Thu"). What follows is a source unless it is a person's name.
# A portal's source field may say whose news it is ("Nguồn tin: Lương Vĩnh - huyện X"): a person then too.
SOURCE_LABEL = re.compile(r"(?:theo|nguồn(?: tin)?|nguon(?: tin)?)(?:\s*(:)\s*|\s+)(?=[^\W\d_])", re.IGNORECASE)


def without_source(text: str) -> tuple[str, bool]:
    """("Minh Anh", True) from "Minh Anh (TTXVN)", "Minh Anh/VOV", "Minh Anh/Báo Nhân Dân": the
    unit or the outlet after a name, in brackets or after a slash, is not part of it. Both may
    follow a name: "Theo Minh Anh/Người Lao Động (www.nld.com.vn)", the paper, then its address."""
    bracket = _BRACKETED_END.search(text)
    if bracket:
        text = text[:bracket.start()].strip()
    head, slash, tail = text.rpartition("/")
    outlet = re.split(r"\s*[-–]\s*|\s+", tail.strip(), maxsplit=1)[0]  # "VOV-Miền Trung", "TTXVN tại Paris"
    if slash and head.strip() and (is_source_credit(tail.strip()) or _SOURCE_TAG.fullmatch(outlet)
                                   or _paper_after_person(head, tail)):
        return head.strip(), True
    return text, bool(bracket)


def _paper_after_person(head: str, tail: str) -> bool:
    """"Theo Nguyễn Tuấn/Người Lao Động": a credit to a person by full name, then, after the slash,
    a paper's name in capitalised words (a known paper's name, or no person's: two authors are
    joined by a dash or a comma, never a slash in a "Theo" credit)."""
    name = head.strip()
    if fold(name[:5]) != "theo " or not has_surname(name[5:].strip(" :")):
        return fold(tail.strip()) in vocab.PAPER_NAMES or outlet_after_reporter(name, tail)
    words = tail.split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and not person_name(tail.strip())


def is_source_credit(text: str) -> bool:
    """A source named in front of a byline: "Theo VOV", "Nguồn: ...", "TTXVN", "baoxyz.vn",
    "Báo Nhân Dân", "Tạp chí X: Chuyên mục" (a publication and its section, by a colon)."""
    words = text.split()
    if not words or len(words) > 8 or text.endswith((".", "!", "?")):
        return False
    first = words[0].lower()
    return (":" in text.strip(":") or first in ("theo", "nguồn", "báo", "tạp", "đài", "cổng", "trang")
            or bool(_SOURCE_TAG.fullmatch(text)))


# "TTXVN", "(VOV)", "VTV1" (a channel's number), "nhandan.vn", "VOV.VN" (an address in capitals)
_SOURCE_TAG = re.compile(r"\(?[A-ZĐ]{2,8}\d{0,2}\)?|(?i:[a-z][\w-]*(?:\.[a-z]{2,4}){1,2})")

"""Who issued a bare number ("Chỉ thị số 12 của Ban Thường vụ Tỉnh ủy"), as its sentence
names it: the body after the number ("của ...", a date maybe between) or the sentence's subject
before it ("Bộ Chính trị vừa ban hành ..."), and the issuer code that body's documents carry.
enrich/citations.py makes the bare number whole with it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive.enrich.citation_passage import Cite
from archive.text.normalize import fold

# Who issued a bare number, as the sentence names it (folded): the body -> its issuer code.
_ISSUERS = {
    "ban thuong vu tinh uy": "TU", "ban thuong vu thanh uy": "TU", "ban thuong vu thi uy": "TU",
    "tinh uy": "TU", "thanh uy": "TU", "thi uy": "TU", "ban thuong vu huyen uy": "HU", "huyen uy": "HU",
    # a committee by its full name: the Executive Committee of the province's, city's, town's
    # or district's Party organisation is its Tỉnh ủy, Thành ủy, Thị ủy (/TU) or Huyện ủy (/HU)
    "ban chap hanh dang bo tinh": "TU", "ban chap hanh dang bo thanh pho": "TU",
    "ban chap hanh dang bo thi xa": "TU", "ban chap hanh dang bo huyen": "HU",
    # an urban district's committee, the Quận ủy, issues under /QU ("quan uy" is also the
    # Quân ủy, the military commission: the tone marks tell, see _body_as_written); a
    # commune's, ward's or township's Party committee under /ĐU, a bloc's (Đảng ủy Khối) /ĐUK
    "ban thuong vu quan uy": "QU", "quan uy": "QU", "ban chap hanh dang bo quan": "QU",
    "dang uy xa": "ĐU", "dang uy phuong": "ĐU", "dang uy thi tran": "ĐU",
    "ban thuong vu dang uy xa": "ĐU", "ban thuong vu dang uy phuong": "ĐU", "dang uy khoi": "ĐUK",
    "ban thuong vu dang uy khoi": "ĐUK",
    # the committee's standing board (Thường trực) issues under the committee's code; its
    # commissions under their own ("Hướng dẫn số 05 của Ban Tuyên giáo Tỉnh ủy": 05-HD/BTGTU)
    "thuong truc tinh uy": "TU", "thuong truc thanh uy": "TU", "thuong truc thi uy": "TU",
    "thuong truc huyen uy": "HU", "thuong truc quan uy": "QU",
    "ban tuyen giao tinh uy": "BTGTU", "ban tuyen giao thanh uy": "BTGTU",
    "ban tuyen giao va dan van tinh uy": "BTGDVTU", "ban tuyen giao va dan van thanh uy": "BTGDVTU",
    "ban to chuc tinh uy": "BTCTU", "ban to chuc thanh uy": "BTCTU",
    "ban dan van tinh uy": "BDVTU", "ban dan van thanh uy": "BDVTU",
    "uy ban kiem tra tinh uy": "UBKTTU", "uy ban kiem tra thanh uy": "UBKTTU",
    "ban to chuc trung uong": "BTCTW", "ban tuyen giao trung uong": "BTGTW",
    "uy ban kiem tra trung uong": "UBKTTW", "van phong trung uong dang": "VPTW",
    "bo chinh tri": "TW", "ban bi thu": "TW", "ban chap hanh trung uong dang": "TW",
    "ban chap hanh trung uong": "TW", "trung uong": "TW",
    # the Prime Minister's directives are numbered in the state's form, with no year: "Chỉ thị
    # số 15 của Thủ tướng Chính phủ" is 15/CT-TTg (enrich/citations.py, _take_issued)
    "thu tuong chinh phu": "TTg",
}
# The bodies as news text abbreviates them: "BCH Trung ương", "BTV Tỉnh ủy", "Thường vụ Tỉnh
# ủy", "BTC Trung ương", "UBKT TW".
_SHORT_FORMS = (("ban chap hanh ", "bch "), ("ban thuong vu ", "btv "), ("ban thuong vu ", "thuong vu "),
                ("ban to chuc ", "btc "), ("ban tuyen giao ", "btg "), ("uy ban kiem tra ", "ubkt "),
                ("trung uong", "tw"))


def _with_short_forms(bodies: dict[str, str]) -> dict[str, str]:
    """Every body also under each spelling its abbreviations give ("bch trung uong", "bch tw")."""
    spelled = dict(bodies)
    for long, short in _SHORT_FORMS:
        spelled.update({name.replace(long, short): code for name, code in spelled.items() if long in name})
    return spelled


_ISSUERS = _with_short_forms(_ISSUERS)
_BODY = "|".join(re.escape(b) for b in sorted(_ISSUERS, key=len, reverse=True))
# The date between a number and its issuer, in figures or in words ("ngày 15 tháng 5 năm 2016").
_DATE = (r"(?:ngay\s+)?(?:\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?P<y>(?:19|20)\d{2})"
         r"|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+(?P<y2>(?:19|20)\d{2}))")
# "Chỉ thị số 12, ngày 5-3-2021 của Ban Thường vụ Tỉnh ủy": the issuer right after the
# number (a date may stand between), not after other words ("số 35 và các hướng dẫn của
# Trung ương" does not say whose number 35 is).
_ISSUER_AFTER = re.compile(rf"\s*,?\s*(?:{_DATE})?\s*,?\s*(?:cua|do)\s+(?P<body>{_BODY})(?![a-z])")
# "Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 12", "Bộ Chính trị vừa có Kết luận số 126",
# "... đã ra Chỉ thị số 21": the issuer is the sentence's subject, its verb right before the number.
_ISSUER_BEFORE = re.compile(rf"(?<![a-z])(?P<body>{_BODY})(?:\s+\w+){{0,4}}?\s+(?:da\s+|vua\s+)?"
                            r"(?:ky\s+)?(?:ban hanh|co|ra)\s*$")
_PLACE = re.compile(r"\s+((?:[A-ZĐ][\w]*\s?){1,3})")


@dataclass
class Issued:
    issuer: str
    body: str  # as written, folded ("ban thuong vu tinh uy")
    year: int | None
    place: str  # "Nghệ An" of "Tỉnh ủy Nghệ An", when written


# Who in the Centre issues guides: the Secretariat (N-HD/TW) and the central commissions (N-HD/BTCTW,
# /BTGTW, /UBKTTW), never the Central Committee as a whole. A guide a sentence gives to "Ban Chấp hành
# Trung ương" or to "Trung ương" alone names no one of them for sure, so its symbol is not certain.
_GUIDE_ISSUERS_AT_THE_CENTRE = {"bo chinh tri", "ban bi thu"}


def certain_for(code: str, issuer: str, body: str) -> bool:
    """The issuer a sentence names (`body` folded, its code `issuer`) makes a bare number of that kind whole:
    not a guide ("HD") given to the Central Committee or to "Trung ương" alone."""
    return not (code == "HD" and issuer == "TW" and fold(body) not in _GUIDE_ISSUERS_AT_THE_CENTRE)


def issuer_named(text: str, cite: Cite) -> Issued | None:
    """The body that issued a bare number, named in its sentence, or None."""
    folded = _folded(text)
    if len(folded) != len(text):
        return None  # offsets would not agree; rare (ligatures), and then nothing is guessed
    after = _ISSUER_AFTER.match(folded, _past_siblings(folded, cite))
    if after:
        if not _body_as_written(text, after):
            return None
        year = int(after["y"] or after["y2"]) if after["y"] or after["y2"] else None
        return Issued(_ISSUERS[after["body"]], after["body"], year, _place(text, after.end()))
    window = max(0, cite.start - _ISSUER_REACH)  # bounded: not the whole passage per number (quadratic)
    start = max(window, folded.rfind(".", window, cite.start) + 1)
    before = _ISSUER_BEFORE.search(folded, start, cite.start)
    if before and not _tail_of_another_name(folded, start, before) and _body_as_written(text, before):
        return Issued(_ISSUERS[before["body"]], before["body"], None, _place(text, before.end("body")))
    return None


def _body_as_written(text: str, found: re.Match) -> bool:
    """The body is what folding made it look like: "quan uy" is the Quận ủy (an urban
    district's committee) only when written with "Quận", never the Quân ủy (military)."""
    return _ISSUERS[found["body"]] != "QU" or "quận" in text[found.start("body"):found.end("body")].lower()


_ISSUER_REACH = 300  # characters before a number where the sentence may name its issuer
# "Trung ương" closes the names of many central bodies besides the Central Committee
# ("Đảng ủy Công an Trung ương", "Quân ủy Trung ương", "Đảng ủy Khối các cơ quan Trung
# ương"): after an organ's head word it is part of that body's name, whose code is not /TW.
_CENTRE_ALONE = {"trung uong", "tw"}
_ORGAN_BEFORE = re.compile(r"(?<![a-z])(?:uy|ban|hoi dong|hoi|khoi|doan|van phong|co quan)(?:\s+[a-z]+){0,3}\s+$")


def _tail_of_another_name(folded: str, start: int, found: re.Match) -> bool:
    return found["body"] in _CENTRE_ALONE and bool(_ORGAN_BEFORE.search(folded, start, found.start("body")))


def _past_siblings(folded: str, cite: Cite) -> int:
    """Where "và Quy định số 126" ends after "Quy định số 132": numbers of one kind listed
    together share the issuer named after the last ("... của Ban Chấp hành Trung ương")."""
    found = _siblings(fold(cite.type)).match(folded, cite.end)
    return found.end() if found else cite.end


@lru_cache(maxsize=32)
def _siblings(folded_type: str) -> re.Pattern:
    return re.compile(rf"(?:\s*(?:,|va)\s*(?:{re.escape(folded_type)}\s+)?(?:so\s+)?\d{{1,4}}(?![\d/-]))+")


@lru_cache(maxsize=16)
def _folded(text: str) -> str:
    """fold(text), once per passage however many numbers it holds (a long line holds thousands)."""
    return fold(text)


def _place(text: str, at: int) -> str:
    found = _PLACE.match(text, at)
    return found.group(1).strip() if found else ""

"""A decision an association or a company issued under its own initials (round 44): "Chủ tịch Hội
Vật lý Việt Nam đã ký Quyết định số 36/QĐ-HVLVN". Numbered in the state's form, but the issuer
code after the type is the initials of a body the same sentence names, and that body is an
association (Hội, Hiệp hội, Liên hiệp hội, Tổng hội), a company or a group (Công ty, Tổng công ty,
Tập đoàn), a club (Câu lạc bộ) or a fund (Quỹ): neither a Party nor a state body, so not cited (the
dev README's rules). A council ("Hội đồng nhân dân", HĐND) is the state's and is no association;
a ministry's or a People's Committee's code names no such body and stays cited.
enrich/citations.py drops it.
"""
from __future__ import annotations

import re

from archive.enrich import citation_patterns as rp
from archive.enrich.citation_passage import Cite
from archive.registry.documents import STATE
from archive.text.normalize import fold

# An association's, a company's, a club's or a fund's name opens so (folded words), its first word
# capitalised as a name's is ("hội viên", "quy định" are no names); "Hội đồng" (a council) and
# "Hội nghị" (a meeting) are no associations.
_OPENERS = (("lien", "hiep", "cac", "hoi"), ("lien", "hiep", "hoi"), ("tong", "hoi"), ("hiep", "hoi"),
            ("tong", "cong", "ty"), ("cong", "ty"), ("tap", "doan"), ("cau", "lac", "bo"), ("hoi",), ("quy",))
_NOT_AFTER_HOI = {"dong", "nghi", "thao", "vien", "cho", "thi", "an"}
_WORD = re.compile(r"[^\W_]+")
_REACH = 240  # characters either side of the number where its sentence names the body
_NAME_WORDS = 12  # the most words of a body's name its code may spell


def association_document(text: str, cite: Cite) -> bool:
    """A state-form number whose issuer code spells the initials of an association, a company,
    a club or a fund its sentence names."""
    if cite.kind != STATE or not cite.issuer:
        return False
    codes = [fold(part) for part in re.split(r"[-/]", cite.issuer)[1:] if len(part) >= 3]
    if not codes:
        return False
    words = _WORD.findall(_sentence(text, cite.start, cite.end))
    folded = [fold(w) for w in words]
    for at, word in enumerate(words):
        opener = _opener(words, folded, at) if word[0].isupper() else 0
        if not opener:
            continue
        # The code spells the whole name, the opener and at least one word of the body's own
        # ("HVLVN": Hội Vật lý Việt Nam); "TCT" (Tổng cục Thuế) is only "Tổng công ty"'s opener.
        spelt = {"".join(w[0] for w in folded[at:at + size]) for size in range(opener + 1, _NAME_WORDS + 1)}
        if spelt.intersection(codes):
            return True
    return False


def _opener(words: list[str], folded: list[str], at: int) -> int:
    """How many words open a body's name at `at` (0: none)."""
    for opener in _OPENERS:
        if tuple(folded[at:at + len(opener)]) == opener:
            if opener == ("quy",) and words[at] != "Quỹ":
                return 0  # "Quy định", "Quy chế": no fund
            if opener == ("hoi",) and at + 1 < len(folded) and folded[at + 1] in _NOT_AFTER_HOI:
                return 0
            return len(opener)
    return 0


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around text[start:end] (sentence ends as citation_patterns reads them)."""
    before = text[max(0, start - _REACH):start]
    ends = list(rp.SENTENCE_END.finditer(before))
    head = before[ends[-1].end():] if ends else before
    after = text[end:end + _REACH]
    stop = rp.SENTENCE_END.search(after)
    return head + text[start:end] + (after[:stop.start()] if stop else after)

"""A numbered letter its sentence says a company or a trade union sent ("công văn số
1741/HHVN-KHCN ngày 23/5/2014 của Tổng công ty Hàng hải Việt Nam"): a state-owned corporation,
a company or a union is neither a Party nor a state body, so its letter, though numbered in the
state's form, is no document the archive cites (as the mass organisations' are not).
enrich/citations.py drops it.
"""
from __future__ import annotations

import re

from archive.enrich.citation_passage import Cite
from archive.registry.documents import STATE
from archive.text.normalize import fold

# The issuer right after the number, a date maybe between ("..., ngày 23/5/2014 của"), then a
# company's or a union's name. A Party committee of a company ("của Đảng ủy Tập đoàn") opens
# with its own organ and is not matched.
_COMPANY_AFTER = re.compile(
    r"\s*,?\s*(?:ngay\s+\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{2,4}|ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})?"
    r"\s*,?\s*(?:cua|do)\s+(?:tong cong ty|tap doan|cong ty|cong doan)(?![a-z])")
_REACH = 80  # characters after the number where its issuer is named


def company_letter(text: str, cite: Cite) -> bool:
    """A state-form number whose sentence names a company or a union as its sender."""
    if cite.kind != STATE:
        return False
    return bool(_COMPANY_AFTER.match(fold(text[cite.end:cite.end + _REACH])))


# A company's own organs, as its documents' codes name them: the board of directors (HĐQT),
# the shareholders' meeting (ĐHĐCĐ), the members' council (HĐTV), the supervisory board (BKS).
# "03/2020/NQ-HĐQT" is a listed company's resolution, numbered in the state's form.
_BOARD_CODES = {"HDQT", "DHDCD", "DHCD", "HDTV", "BKS"}


def board_document(cite: Cite) -> bool:
    """A state-form number whose issuer code is a company's organ ("NQ-HĐQT", "QĐ-ĐHĐCĐ")."""
    if cite.kind != STATE:
        return False
    tail = re.split(r"[-/]", fold(cite.number + " " + cite.issuer).upper().replace(" ", ""))
    return any(part in _BOARD_CODES for part in tail)

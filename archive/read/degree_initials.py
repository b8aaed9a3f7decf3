"""A degree's initials in the case they are written, when a byline prints them in capitals.

A byline in capitals prints its degree in capitals too: "THS. NGUYỄN VĂN AN", "THIẾU TÁ, THS. ĐOÀN
VĂN HIẾU". The name is written back in the archive's case and the initials were left as printed,
so one writer came out "THS. Nguyễn Văn An" from a page in capitals and "ThS. Nguyễn Văn An" from
one in small letters. Initials whose usual spelling mixes cases ("ThS", a master's degree; "ThSĩ"
is no initials) get it back; initials written all in capitals ("TS", "PGS.TS", "GS", "NCS", "BSCKII")
are right as printed and stay. Only a whole run of initials is touched: "THSA" or "ATHS" is none.
"""
from __future__ import annotations

import re

# Initials a byline prints whose usual spelling is not all capitals: as printed in capitals -> as written.
_MIXED = {"THS": "ThS"}
_INITIALS = re.compile(r"(?<![^\W\d_])(" + "|".join(_MIXED) + r")(?=\.|\s|$)")


def usual_initials(prefix: str) -> str:
    """"ThS." from "THS.", "ThS.BS" from "THS.BS"; anything else as it stands."""
    if "TH" not in prefix:
        return prefix  # cheap test: most prefixes hold no such initials
    return _INITIALS.sub(lambda m: _MIXED[m.group(1)], prefix)

"""A headline in capitals broken after its lead-in's colon (conventions round 24).

A narrow title box prints "GIÁM SÁT CHUYÊN ĐỀ NĂM 2022 CỦA QUỐC HỘI:" over "TẠO SỰ CHUYỂN BIẾN ...": both
parts in capitals, the first closed by a colon. `broken_headlines._colon` leaves a part in capitals over
its rest as a kicker, since a kicker in capitals names a place, a parish or a unit ("GIÁO XỨ HÒA LÂM:"
over the feast's headline, as the labels take it). A lead-in that counts something, a year, a term or a
congress's number ("NĂM 2022", "NHIỆM KỲ 2025-2030"), names no one: it is the headline's first part, and
the capitals line under it, of a part's length and no field, date line or name, carries it on. Such a
counted part may itself carry on a part closed by a comma ("... LẦN THỨ XVI," / "NHIỆM KỲ 2025-2030:"),
though a short line closed by a colon is otherwise a field's label (`comma_headlines.comma_goes_on`).
"""
from __future__ import annotations

import re

_NUMBER = re.compile(r"\d")
_PART_WORDS = 3  # as broken_headlines: fewer words make a label, not a headline's part


def counted_lead_in(text: str) -> bool:
    """A part in capitals closed by a colon that counts a year, a term or a number: no kicker's name."""
    return text.endswith(":") and text.isupper() and bool(_NUMBER.search(text))


def capitals_lead_in(before: str, text: str) -> bool:
    """`text`, in capitals, carries on the capitals lead-in `before` that counts a year, a term or a number."""
    return counted_lead_in(before) and text.isupper() and len(text.split()) >= _PART_WORDS and not text.endswith(":")

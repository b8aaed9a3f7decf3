"""A state symbol printed with an underscore for its hyphen ("05/2025/TT_BTP", a slip of the keyboard: the
two keys share one) is the same document as "05/2025/TT-BTP". Mended before the scan, one character for one,
so every offset into the passage stays right; only between a document code and an issuer's capitals after
"N/YEAR/" ("snake_case" words, "a_b" and "TT_BTP" with no number before them stay as they are)."""
from __future__ import annotations

import re

_UNDERSCORED = re.compile(r"(?<=\d/)((?:19|20)\d\d\s*/\s*[A-ZĐ]{1,5})_(?=[A-ZĐ]{2,8}(?![\w]))")


def mend_underscores(text: str) -> str:
    """The passage with "N/YEAR/CODE_ISSUER" read as "N/YEAR/CODE-ISSUER"; the same length."""
    if "_" not in text:  # cheap gate: nearly every passage
        return text
    return _UNDERSCORED.sub(r"\1-", text)

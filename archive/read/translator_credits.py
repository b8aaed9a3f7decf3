"""A translated text's credit line (issue 13, round 37): the author and the translator on one line,
the translator marked by the role after the name ("Cư Sĩ A | Cư Sĩ B, Việt Dịch", "A - B dịch", "A;
B (biên dịch)"). Both wrote the text the archive prints, so both are bylines with their prefixes; the
role label is no part of a name and goes. With the role printed, a bar between the two parts the
author from the translator as a dash does. A role after a comma, a dash or in brackets is the label in
any case ("..., Việt Dịch"); a bare "dịch" only in small letters after a name ("Trần An dịch"), so a
headline's "Phòng Chống Dịch" is never cut. What is left must still read as names (bylines.py). A translator's field
with its label after the author's ("Tác giả: X | Biên dịch: Y", round 84) names the second byline.
"""
from __future__ import annotations

import re

from archive.read.western_names import western_order_name

_ROLES = r"(?:việt dịch|biên dịch|lược dịch|chuyển ngữ|chuyển dịch|phỏng dịch|dịch thuật|dịch giả|người dịch|dịch)"
# After a comma, a dash or a colon, or in brackets: the role in any case, maybe with a closing stop.
_MARKED_ROLE = re.compile(rf"\s*(?:[,;:–—-]\s*(?:\(\s*)?|\(\s*){_ROLES}\s*\)?\s*\.?\s*$", re.IGNORECASE)
# After a space only: the role in small letters, as a sentence of credit prints it ("Trần An dịch").
_BARE_ROLE = re.compile(rf"(?<=[^\W\d_])\s+{_ROLES}\s*\.?\s*$")
_BAR = re.compile(r"\s*\|\s*")
# The role in small letters between two names, each opening with a capital: "Trường Sơn chuyển ngữ Jeanne Park". The
# author after it is a foreign writer (the text was translated): "Nguyễn An dịch Thơ Đường" names a work, not its writer.
_ROLE_BETWEEN = re.compile(rf"(?<=[^\W\d_])\s+{_ROLES}\s+(?=[^\W\d_a-zà-ỹđ])")


# A translator's field after the author's, its label first (round 84): "Tác giả: X | Biên dịch: Y", "X - Người dịch: Y".
_TRANSLATOR_FIELD = re.compile(rf"\s*[|;–—-]\s*{_ROLES}\s*:\s*(?P<name>[^|:]+?)\s*$", re.IGNORECASE)


def translator_field(text: str) -> tuple[str, str]:
    """`text` without a translator's labelled field after the author's, and the field's words ("" when none)."""
    found = _TRANSLATOR_FIELD.search(text) if ":" in text else None
    if found is None or not text[:found.start()].strip():
        return text, ""
    return text[:found.start()].rstrip(), found.group("name")


def role_off(text: str) -> tuple[str, bool]:
    """`text` without a translator's role label at its end, and whether one was there."""
    if "ịch" not in text and "ỊCH" not in text and "ngữ" not in text.lower():
        return text, False  # every role holds one of these: most lines are passed at once
    found = _MARKED_ROLE.search(text) or _BARE_ROLE.search(text)
    if found is None or not text[:found.start()].strip():
        return text, False
    return text[:found.start()].rstrip(), True


def translated_credit(text: str) -> str:
    """A credit line naming the author and the translator, its parts joined by a dash and the role left
    out ("Cư Sĩ A - Cư Sĩ B"); `text` as it was when it names no translator by a role. A part's role
    counts at the line's end or before a bar; in small letters, also between the translator's name and
    the author's ("Trường Sơn chuyển ngữ Jeanne Park", round 85)."""
    between = _ROLE_BETWEEN.search(text) if "|" not in text else None
    if between is not None and _foreign_author(text[between.end():]):
        return text[:between.start()].rstrip() + " - " + text[between.end():].lstrip()
    parts = _BAR.split(text) if "|" in text else [text]
    kept, roles = [], False
    for part in parts:
        part, role = role_off(part.strip())
        kept.append(part)
        roles = roles or role
    if not roles or not all(kept):
        return text
    return " - ".join(kept)


def _foreign_author(rest: str) -> bool:
    """The words after a role between two names open with a foreign writer's name, maybe her post after a comma."""
    return bool(western_order_name(rest.partition(",")[0].strip()))

"""Text the search index is fed: folded words, document-number variants, tone keys.

Search matches on `fold()` (archive/text/normalize.py) everywhere: archive/search/index.py
indexes folded words with their tone-key forms, and the browser folds queries and
page records with the same rules (docs/assets/javascripts/archive-search.js mirrors
`fold` and `tone_key`, both in archive/text/normalize.py; the browser tests keep them in step).
"""
from __future__ import annotations

import re
from functools import lru_cache

from archive.text.normalize import fold, folded_words as words  # noqa: F401  (search's name for it)

# A party-style document number as the archive writes it: 205-QĐ/TW, 01-CTr/TU,
# 36-HD/VPTW, 12-NQ/BTCTW-BTGTW. State numbers (123/2020/NĐ-CP) have their own form.
_PARTY = re.compile(r"^\s*(?P<num>\d+[a-zA-Z]?)\s*-\s*(?P<code>[^\W\d_]+)\s*/\s*(?P<issuer>[^\W\d_]+(?:-[^\W\d_]+)*)\s*$")
_STATE = re.compile(r"^\s*(?P<num>\d+)\s*/\s*(?:(?P<year>\d{4})\s*/\s*)?(?P<code>[^\W\d_]+(?:-[^\W\d_]+)*)\s*$")
# A document number anywhere in running text, as written canonically.
NUMBER_IN_TEXT = re.compile(r"(?<![\w/-])\d+[a-zA-Z]?-[^\W\d_]+/[^\W\d_]+(?:-[^\W\d_]+)*(?![\w/])")

# Issuers that news text spells in more than one way.
_ISSUER_ALIASES = {"tw": ("tu",)}


def tokens(text: str) -> list[str]:
    """The folded words of `text` as search splits them: letters, or digits ("205qd" -> 205, qd)."""
    return re.findall(r"[^\W\d_]+|\d+", fold(text))


def parse_number(number: str) -> tuple[str, str, str] | None:
    """("205", "QĐ", "TW") for "205-QĐ/TW"; None when `number` is not a document number."""
    match = _PARTY.match(number)
    if match:
        return match["num"], match["code"], match["issuer"]
    match = _STATE.match(number)
    if match and match["year"]:
        return match["num"], match["year"], match["code"]
    if match:
        return match["num"], match["code"], ""
    return None


def number_variants(number: str) -> list[str]:
    """The written forms a reader may type for `number`, lower-cased, as written and folded.

    "205-QĐ/TW" gives "205-qđ/tw", "205-qd/tw", "205 qd tw", "205/qd-tw", "205qd/tw",
    "205 qd tu" (TƯ) ... Search is case-insensitive, so case variants are left out.
    Order is stable; no duplicates. [] when `number` is not a document number.
    """
    parts = parse_number(number)
    if not parts:
        return []
    forms: dict[str, None] = {}
    if _STATE.match(number):
        for form in (number.strip().lower(), fold(number.strip())):
            forms.setdefault(form, None)
            forms.setdefault(" ".join(re.findall(r"[^\W_]+", form)), None)
        return list(forms)
    num, code, issuer = parts
    issuers = [issuer.lower()] + list(_ISSUER_ALIASES.get(fold(issuer), ()))
    for iss in issuers:
        for c in dict.fromkeys((code.lower(), fold(code))):
            for form in (
                f"{num}-{c}/{iss}", f"{num} {c} {iss}", f"{num}/{c}-{iss}", f"{num}-{c}-{iss}",
                f"{num} {c}/{iss}", f"{num}{c}/{iss}", f"{num}{c}{iss}",
            ):
                forms.setdefault(form, None)
                forms.setdefault(fold(form), None)
    return list(forms)


@lru_cache(maxsize=8192)  # the same documents are cited by thousands of articles
def number_spellings(number: str) -> tuple[str, ...]:
    """`number` plus one variant for each other set of words a reader may type for it
    ("205-QĐ/TW" -> ("205-QĐ/TW", "205-qđ/tu"): TƯ for TW), for the index's number field."""
    seen = {tuple(tokens(number)): None}
    out = [number]
    for form in number_variants(number):
        key = tuple(tokens(form))
        if key not in seen:
            seen[key] = None
            out.append(form)
    return tuple(out)

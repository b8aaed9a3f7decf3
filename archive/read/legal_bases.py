"""A line that names a legal document by its type word and its number or year ("• Luật Công chứng 2024;",
"Nghị định số 104/2025/NĐ-CP (có hiệu lực ...)", "Thông tư 03/2024/TT-BTP, hiệu lực ...") is an item of the
article's list of legal bases, never a link to another article: a law firm's "Căn cứ pháp lý" list in bullets
looks like a related-links list, but its documents are the article's citations. A headline of another article
that opens with a type word ("Nghị định 168/2024/NĐ-CP: mức phạt mới nhất?") keeps its headline punctuation
(a colon, a question or exclamation mark, a pipe) and stays a link."""
from __future__ import annotations

import re

from archive.text.normalize import fold_passage

# Folded type words (tone marks off): "bo luat" before "luat" does not matter, a prefix test takes either.
_TYPES = ("luat ", "bo luat ", "nghi dinh ", "thong tu ", "quyet dinh ", "nghi quyet ", "chi thi ",
          "hien phap ", "phap lenh ", "van ban hop nhat ")
_FIRSTS = frozenset(t[0] for t in _TYPES)
# Right after the type word and at most four words of the document's name ("luat cong chung"): a number
# with its year ("104/2025", "29/2015/nd-cp"), a Party symbol ("05-ct/tw"), "so 12", or a year ("2024",
# "nam 2014"). A year further on is a headline's ("Chi thi cua Ban Bi thu ve viec to chuc Tet nam 2025").
_NAMED = re.compile(r"\S+(?:\s+dinh|\s+tu|\s+quyet|\s+thi|\s+phap|\s+lenh|\s+luat)?\s+(?:\S+\s+){0,4}?"
                    r"(?:\d{1,4}\s*/\s*(?:19|20)\d\d\b|\d{1,4}\s*-\s*[a-z]{1,5}\s*/|so\s+\d|(?:nam\s+)?(?:19|20)\d\d\b)")
_HEADLINE_MARKS = re.compile(r"[:?!|]")


def legal_basis(text: str) -> bool:
    """True for a line (its bullet already off) that opens with a document type word and names the document."""
    text = text.strip()
    if not text or text[0].lower() not in "lbnthqcpv":  # cheap gate: a type word's first letter
        return False
    folded = fold_passage(text).lower()
    if folded[0] not in _FIRSTS or not folded.startswith(_TYPES):
        return False
    return bool(_NAMED.match(folded)) and not _HEADLINE_MARKS.search(folded)

"""A site's name built like a person's: a first word, then a common phrase (issue 13, round 51).

Community, parish and hometown sites name themselves by a place and a phrase ("X Bốn Phương", "Y Quê
Hương", "Z Ngày Nay", "Q Xưa Và Nay", "P Online") and print it alone over every page, above the
headline. Its first word may be a surname ("Trà", "Hà") and the phrase's words are capitalised, so it
reads as a writer's name. A person's given names are never such a phrase: `masthead_phrase` says when
the words after the first end with one (whole words, folded; one word only for a site's word such as
"Online"), and `place_after_first` when the words after the first are a province or a region. The
second is asked only of an unlabelled line at the page's top (a writer's name printed there, with no
label, is rare; provinces are common given names under a label: "Nguyễn Hà Nam" stays a name there).
"""
from __future__ import annotations

from archive.read.names import PLACES
from archive.text.normalize import fold
from archive.text.surnames import marked

# Phrases that end a site's name, never a person's given names, in lower case with their marks: a
# name printed with marks is matched with them ("Quế Hương" is a given name, "Quê Hương" a phrase).
MASTHEAD_TAILS = frozenset(phrase.strip() for phrase in """
bốn phương, muôn phương, khắp nơi, năm châu, quê hương, quê nhà, quê tôi, xứ sở, ngày nay, hôm nay,
xưa và nay, xưa nay, xưa & nay, toàn cảnh, hải ngoại, online, news, net, tv, media, blog, plus, 24h
""".replace("\n", ",").split(",") if phrase.strip())
# Pasted with no marks at all, a phrase is matched folded, except where it folds like given names.
_GIVEN_NAMES_FOLDED = frozenset({"que huong", "nam chau"})  # "Quế Hương", "Nam Châu" are given names
_FOLDED_TAILS = frozenset(fold(phrase) for phrase in MASTHEAD_TAILS) - _GIVEN_NAMES_FOLDED
_LONGEST_TAIL = 3  # "xưa và nay"


def masthead_phrase(tokens: list[str]) -> bool:
    """The words after the first end with a site's phrase: "X Bốn Phương", "Y Online", "Tra Kieu Bon Phuong"."""
    rest = [token.strip(".,;:") for token in tokens[1:]]
    with_marks = marked(tokens)
    tails = MASTHEAD_TAILS if with_marks else _FOLDED_TAILS
    for size in range(1, min(_LONGEST_TAIL, len(rest)) + 1):
        tail = " ".join(rest[-size:]).lower()
        if (tail if with_marks else fold(tail)) in tails:
            return True
    return False


def place_after_first(tokens: list[str]) -> bool:
    """The words after the first are, all together, a province or a region ("X Quảng Nam")."""
    return len(tokens) >= 3 and fold(" ".join(tokens[1:])).strip(".") in PLACES

"""How religious writers sign (issue 13, round 22): the title a monk, a nun or a pastor
writes before the name ("Đại đức", "Ni sư", "Mục sư"), the saint's name a Catholic writes
before the name ("Giuse", "Maria") or its initials ("FX.", "G.B."), and a Buddhist dharma
name ("Thích Thiện Đức", "Thích Nữ Như Liên"), which opens with no surname. The title and
the saint's name stay before the name, as "ThS." does (names.PREFIXES takes them in).
"""
from __future__ import annotations

import re

from archive.text.normalize import fold
from archive.text.surnames import is_surname, marked

# Folded. A monk's, a nun's, a pastor's or a priest's title; then saints' names as Vietnamese
# Catholics print them, whole and by their initials ("FX." Phanxicô Xaviê, "G.B." Gioan Baotixita).
RELIGIOUS_TITLES = (
    "hoa thuong", "thuong toa", "dai duc", "ni truong", "ni su", "su co", "su thay", "ty kheo ni", "ty kheo",
    "muc su", "truyen dao", "linh muc", "lm.", "giam muc", "tong giam muc", "soeur", "nu tu", "tu si",
    # conventions round 7: a bishop's, a deacon's, a sister's or a pastor's title as sites print it,
    # "Đức cha", "Phó tế", "Sr.", "Nt." (nữ tu), "Gm.", "MS." (mục sư); GĐPT's leader; Cao Đài's
    # ranks and forms of address ("Giáo hữu", "Lễ sanh", "Hiền huynh")
    "duc cha", "duc giam muc", "duc tong giam muc", "duc ong", "duc hong y", "pho te", "tram si", "sr.", "nt.",
    "lm", "gm.", "tgm.", "ms.", "huynh truong", "hien huynh", "hien ty", "hien ti", "hien muoi", "giao huu", "le sanh",
    "phoi su", "chanh phoi su", "dau su", "giao thien", "chuc sac", "chanh tri su", "pho tri su",
    "cu si", "nu cu si",  # round 37: a lay Buddhist writer or translator ("Cư Sĩ Hạnh Cơ")
)
SAINT_NAMES = (
    "giuse", "maria", "phero", "gioan", "phaolo", "anton", "phanxico", "augustino", "daminh", "tome",
    "toma", "giacobe", "mattheu", "luca", "marco", "anna", "teresa", "catarina", "martino",
    "vincente", "vinhson", "anre", "simon", "philipphe", "stephano", "te-re-sa", "lucia", "agnes",
    "fx.", "f.x.", "g.b.", "gb.", "jb.", "j.b.", "jos.",
    # conventions round 7: more saints' names, and the second word of two-word ones ("Vinh Sơn",
    # "Phanxicô Xaviê", "Gioan Baotixita", "Đa Minh")
    "vinh son", "da minh", "xavie", "xavier", "baotixita", "gioakim", "micae", "raphael", "inhaxio", "benedicto",
    "monica", "cecilia", "terexa", "matta", "madalena", "batolomeo", "andre", "phanxica", "emmanuel",
)

def dharma_name(tokens: list[str]) -> bool:
    """"Thích Thiện Đức", "Thích Nữ Như Liên": "Thích" (a nun's "Thích Nữ") and one to three
    capitalised syllables, a monk's or a nun's name with no surname."""
    given = tokens[2:] if len(tokens) > 2 and fold(tokens[1]) == "nu" else tokens[1:]
    return bool(tokens) and fold(tokens[0]) == "thich" and tokens[0][:1] == "T" and 1 <= len(given) <= 3 \
        and all(t[:1].isupper() and t.isalpha() for t in given) and fold(given[0]) != "ca"  # "Thích Ca": the Buddha


# A chapter's or a part's number in Roman figures ("Chương VIII", "Phần IV"): never a given name.
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def roman_numeral(token: str, line_in_capitals: bool) -> bool:
    """"VIII", "IV", "XII": a Roman number of two letters or more. In a line in capitals a
    numeral that is also a syllable ("VI", "XI") may be a given name printed without marks."""
    if len(token) < 2 or not _ROMAN.fullmatch(token):
        return False
    return not line_in_capitals or not re.fullmatch(r"[vx]i", fold(token))


def two_full_names(piece: str) -> list[str]:
    """"Phạm Hữu Tâm Lưu Minh Sang" -> the two names a line printed with no separator: split only
    where a second surname opens a second full name and both halves are whole names (three or
    four words, each opening with a surname); else the piece as it is."""
    tokens = piece.split()
    if not 6 <= len(tokens) <= 8:
        return [piece]
    with_marks = marked(tokens)
    cuts = [k for k in range(3, len(tokens) - 2) if len(tokens) - k <= 4 and k <= 4
            and is_surname(tokens[0], with_marks) and is_surname(tokens[k], with_marks)
            and all(t[:1].isupper() and t.isalpha() for t in tokens)]
    if len(cuts) != 1:
        return [piece]  # no cut, or two: which name is whose is not sure
    return [" ".join(tokens[:cuts[0]]), " ".join(tokens[cuts[0]:])]

"""A Catholic religious order's letters after a signature (issue 13, round 42).

A priest, a brother or a sister of an order signs "Name, SJ", "Name, S.J.", "Name, C.Ss.R.",
"Name, a.a." (the Assumptionists print theirs small): the letters are the order's, like a unit
after a name, and are left out of the byline. Sites print them dotted or not, in capitals or
small, so they are compared as one set with the dots, spaces and case taken away. Only letters
count: a word ("Dòng Đa Minh") is no order's letters, and "Co., Ltd" or "TP.HCM" are not in the set.
"""
from __future__ import annotations

import re

# The letters of orders and societies whose members write in Vietnamese, dots and case taken away.
ORDER_LETTERS = frozenset({
    "sj", "op", "cssr", "sdb", "ofm", "ofmcap", "ofmconv", "ocist", "cmc", "svd", "cmf", "fsc", "pss",
    "mep", "osb", "crm", "dcct", "dmi", "ocd", "osa", "fma", "spc", "lhc", "mtg", "mf", "cm", "ocso",
    "fdcc", "csjb", "aa", "fmi", "omi", "msc", "ssp", "fsp", "rscj", "osu", "sss", "cp", "csc", "sac",
    "cicm", "mm", "sm", "ofs", "ssnd", "dc", "cjm", "sds", "sdd", "ic",
})

# Letters, each run of one to four, split by dots or a space: "C.Ss.R.", "O.F.M.", "OFM Cap.", "a.a.".
_SHAPE = re.compile(r"[A-Za-z]{1,4}(?:\.\s?[A-Za-z]{1,4}|\s[A-Za-z]{2,4}){0,4}\.?")


def order_letters(tail: str) -> bool:
    """"SJ", "S.J.", "(SVD)", "a.a.", "C.Ss.R.", "O.F.M.": a religious order's letters alone."""
    tail = tail.strip().strip("()").strip()
    if not tail or len(tail) > 14 or not _SHAPE.fullmatch(tail):
        return False
    letters = re.sub(r"[.\s]", "", tail)
    if not (letters.isupper() or letters.islower()) and not re.fullmatch(r"[A-Z]+s[A-Z]+|OFM ?Cap|O\.?Cist", tail.replace(".", "")):
        return False  # "Ltd", "Cap": a word in title case, not letters ("CSsR", "OFMCap" are printed so)
    return letters.lower() in ORDER_LETTERS


def without_order_letters(text: str) -> str:
    """"Gioan Nguyễn Văn Ân" from "Gioan Nguyễn Văn Ân, SJ", "..., S.J." or "Fx. Phan Dương, a.a.":
    the order's letters after the name's last comma are the writer's order, left out as "TTXVN"
    after a name is."""
    comma = text.rfind(",")
    if comma < 0 or len(text) - comma > 18:
        return text
    return text[:comma].rstrip() if order_letters(text[comma + 1:]) else text

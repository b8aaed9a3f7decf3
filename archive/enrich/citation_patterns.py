"""The pattern table of reference extraction, and the small helpers that read a match.

Party-side patterns run on the *folded* passage (no tone marks, đ -> d, lower
case) so that "QD/TW", "Nghi quyet" and "Quyết định" all match one spelling; the
caller maps folded offsets back to the passage and looks at the original text
where folding loses information (TƯ = Central vs TU = provincial committee).
State patterns run on the passage itself because their issuers are case-sensitive
("TTg").
"""
from __future__ import annotations

import datetime as dt
import re

from archive.registry import vocabulary
from archive.text.normalize import fold

# The document vocabulary (registry/vocabulary.py), in the forms the patterns use:
# folded type word -> type word ("thong bao ket luan" -> "Thông báo kết luận"; the
# patterns try the longest first); folded Party code -> code as written ("qd" -> "QĐ");
# code -> default type word; type word -> code; state code -> type word.
TYPE_WORDS = vocabulary.FOLDED_TYPE_WORDS
CODES = vocabulary.FOLDED_CODES
CODE_TYPES = vocabulary.CODE_TYPES
CODE_VARIANTS = vocabulary.CODE_VARIANTS
VARIANT_TYPE_WORDS = vocabulary.VARIANT_TYPE_WORDS
TYPE_CODES = vocabulary.TYPE_CODES
STATE_TYPES = vocabulary.STATE_TYPES
OLD_FORM_TYPES = vocabulary.OLD_FORM_STATE_TYPES
# Issuers that make "N/CODE-ISSUER" a mangled Party number, not a state one.
# A committee's advisory boards issue under its code too: the Organisation ("BTC"), Propaganda
# ("BTG"), Mass Mobilisation ("BDV") and Internal Affairs ("BNC") boards, the Inspection
# Commission ("UBKT") and the office ("VP") of the Central Committee or a local one ("BTGTU").
_PARTY_BOARDS = ("", "btc", "btg", "bdv", "bnc", "ubkt", "vp")
PARTY_ISSUERS = {board + committee for board in _PARTY_BOARDS for committee in ("tw", "tu", "hu", "qu", "du")} \
    | {"t.u", "bcd", "qutw", "duk"}
# A steering committee ("BCĐ") issues for a Party committee or for the state: a number of its printed in
# the Party's order ("97-QĐ/BCĐ") or mangled ("15/KH/BCĐ") is the Party's, but one printed in the state's
# order ("07/CV-BCĐ") stays in its state form, as printed (round 62; the dev labels list BCĐ numbers so).
STEERING_ISSUERS = frozenset({"bcd"})
_STATE_ORDER = re.compile(r"\d+\s*/\s*\w+\s*[-–—]\s*[\w.]+")  # "07/cv-bcd", folded


def steering_state_order(number: str, issuer: str) -> bool:
    """`number` (folded, as matched: "07/cv-bcd") is a steering committee's (`issuer`, folded) in the
    state's order."""
    return issuer in STEERING_ISSUERS and bool(_STATE_ORDER.fullmatch(number))


# Issuers of the mass organisations, folded: the Youth Union ("TWĐTN", "TĐTN", "ĐTNCS"),
# the Farmers' ("HNDTW"), Women's ("HLHPN") and Veterans' ("CCB", "HCCB") associations, the
# Fatherland Front ("MTTQ"), the trade unions ("TLĐ", the General Confederation; "LĐLĐ", a
# province's). Their documents take the Party's or the state's number form ("22 HD/TWĐTN",
# "45/KH-LĐLĐ") but are neither Party nor state documents: the archive does not cite them.
# The Youth Union's units add letters after "ĐTN" ("ĐTNK", Đoàn Thanh niên Khối), and a bloc's
# union of the civil and Party offices signs "ĐDC" (Đoàn khối dân chính); a Party committee
# signs "ĐU..." (Đảng ủy) and so never matches these. Round 58: the Students' Association ("HSV",
# "21/TB-ĐHKT-HSV", a school's union under the school's initials), a Women's Union below the
# federation ("HPN", Hội Phụ nữ) and a trade union's own code ("CĐ", "CĐCS", "CĐN": Công đoàn, cơ sở,
# ngành) as a whole part; a Cục's code that only opens with "CĐ" ("CĐSQG") stays a state body's.
MASS_ORGANISATION_ISSUER = re.compile(
    r"[a-z]*dtn[a-z]*|ddc[a-z]*|[a-z]*(?:hnd|hpn|hsv|mttq|mttw)[a-z]*|h?ccb[a-z]*|tld|ldld|cd(?:cs|n)?")
# Local Party committees whose documents carry the /TU, /HU, /ĐU issuers.
LOCAL_BODIES = r"(?:thanh uy|tinh uy|huyen uy|quan uy|thi uy|dang uy)"
# Issuing bodies of Central documents (all issue under /TW).
CENTRAL_BODIES = {
    "bo chinh tri": "Bộ Chính trị", "ban bi thu": "Ban Bí thư",
    "ban chap hanh trung uong": "Ban Chấp hành Trung ương", "trung uong": "Ban Chấp hành Trung ương",
}
ORDINALS = {
    "muoi lam": 15, "muoi nam": 15, "muoi bon": 14, "muoi ba": 13, "muoi hai": 12, "muoi mot": 11,
    "muoi": 10, "chin": 9, "tam": 8, "bay": 7, "sau": 6, "nam": 5, "bon": 4, "tu": 4, "ba": 3,
    "hai": 2, "mot": 1, "nhat": 1,
}


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A pattern that opens with a lookbehind is tried at every position of a passage;
# one that opens with a letter or a digit lets the regex engine skip to where that
# character stands (2 to 3 times faster here, where that character is rare). So "not
# after a letter" is checked right after the first character, on it and the one before.
def _after_no_letter(words) -> str:
    """Any of `words` (folded, longest first), not preceded by a letter."""
    return "|".join(f"{w[0]}(?<![a-z]{w[0]}){re.escape(w[1:])}" for w in sorted(words, key=len, reverse=True))


def _number(digits: int, lettered: bool = False) -> str:
    """A number of 1 to `digits` digits, not glued to a word, "/", "." or "-" before it,
    but for "số" (No.), which a typist may run into its number ("Quyết định số1234/QĐ-UBND").
    `lettered`: a small letter may close it, right before the slash or the dash ("Nghị quyết số 30c/NQ-CP",
    a number given between 30 and 31; round 90)."""
    # (the one-letter look first: most digits that follow a word character follow a digit)
    letter = r"(?:[a-z](?=[/–-]))?" if lettered else ""
    return rf"(?P<num>\d(?:(?<![\w/.-]\d)|(?<=[oốOỐ]\d)(?<=(?<![^\W\d_])(?:so|số|So|Số|SO|SỐ)\d))\d{{0,{digits - 1}}}{letter})"


def _trie_alt(words) -> str:
    """What _alt(words) matches, as a trie of the words' characters: the engine tries a word
    only where its first characters stand, where the flat list is tried word by word at every
    position (a fifth faster on a passage). The same matches: the words that go on from one
    prefix keep their order, those that go on by different characters never both match, and a
    word ends its node's list (longest first, the flat list's order)."""
    return _trie_node(sorted(words, key=len, reverse=True))


def _trie_node(words: list[str]) -> str:
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    branches = [re.escape(first) + _trie_node(rests) for first, rests in groups.items() if first]
    if "" in groups:
        branches.append("")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_TYPE = rf"(?P<type>{_trie_alt(TYPE_WORDS)})"
_ORD = _alt(ORDINALS)
# The "Trung ương" token of a plenum citation; "tu" (TƯ) is checked against the
# original text by the caller because "từ" (from) folds to the same letters.
def _tw(name: str) -> str:
    return rf"(?P<{name}>trung uong|t\.\s?u|tw|tu)"

_TERM = r"(?:[,(]\s*)?khoa\s+(?P<term>[ivxl]+|\d{1,2})\)?(?![a-z0-9])"
_PLENUM_NO = rf"(?P<plenum>\d{{1,2}}|{_ORD})(?![a-z0-9])"
# "Hội nghị lần thứ bảy Ban Chấp hành Trung ương (Đảng)" or "(Hội nghị) Trung ương (lần thứ) 4"; "thứ"
# without "lần" as often ("Hội nghị thứ 7 Ban Chấp hành Trung ương", "Hội nghị Trung ương Đảng thứ 9", round 117).
_ORDINAL_WORD = r"(?:lan\s+)?thu\s+"
_PLENUM_PHRASE = (
    rf"(?:hoi nghi\s+{_ORDINAL_WORD}(?P<ord>\d{{1,2}}|{_ORD})\s+(?:ban chap hanh|bch)\s*{_tw('tw1')}(?:\s+dang)?"
    rf"|(?:hoi nghi\s+)?(?:ban chap hanh\s+)?{_tw('tw2')}\s*(?:dang\s+)?(?:{_ORDINAL_WORD})?{_PLENUM_NO})"
    rf"(?:\s*{_TERM})?"
)

# ---- The pattern table. Each entry: why it exists. ----------------------------

# Party number N-CODE/ISSUER, with the variants news text uses: spaces around the
# hyphen ("21 - NQ/TW", "105- QĐ/TW"), an en or em dash for it ("105 – QĐ/TW"), no
# hyphen ("48 CT/TW"), "TƯ"/"T.Ư" for TW, no diacritics.
# A steering committee is named by its number, and so is its issuer ("12-KH/BCĐ35", Ban
# Chỉ đạo 35; "123/KH-BCĐ389"): the only issuer with digits but the Assembly's term. The Assembly's
# bodies once numbered so too, their term after them ("242-NQ/UBTVQH10"): a state number (the caller).
PARTY_NUMBER = re.compile(
    rf"{_number(4, lettered=True)}\s*(?:[-–—]\s*|\s)(?P<code>{_alt(CODES)})\s*/\s*"
    r"(?P<iss>[a-z](?:\.?[a-z]){1,7}(?:-[a-z](?:\.?[a-z]){1,7})*(?:(?<=bcd)\d{2,3}|(?<=qh)\d{1,2})?)(?![\w]|-\d)"
)  # "1867 QĐ/TCCB-3": a number after the issuer is a ministry's series (STATE_SPACED_SERIES); cut, it is another number
# Mangled order seen in seed 000: "01/Ctr-TU" for 01-CTr/TU, slashes only, "132/KH/ĐU",
# and hyphens only, "105-QĐ-TW" (Party issuers only: with a government issuer the same
# shape is a state decision, "719/QĐ-TTg").
PARTY_MANGLED = re.compile(
    rf"{_number(4)}\s*(?:/|[-–—](?=\s*(?:{_alt(CODES)})\s*[-–—]))\s*(?P<code>{_alt(CODES)})\s*[-–—/]\s*"
    rf"(?P<iss>{_alt(PARTY_ISSUERS)})(?![\w])"
)
# A Party number typed in lower case ("21-nq/tw"): read only with a hyphen after the number
# and a Party issuer without tone marks, so prose ("5 ct/ngày") stays prose.
LOWER_CASE_PARTY = re.compile(rf"\d+\s*[-–—]\s*[a-zđ]+\s*/\s*(?:{_alt(PARTY_ISSUERS)})")
HYPHEN_AFTER_NUMBER = re.compile(r"\d+\s*[-–—]")
# Numbers listed before a Party number share its code and issuer: "Nghị quyết số 18, 19-NQ/TW",
# "Quy định 37 và 41-QĐ/TW". Searched backwards from the full number; a type word must stand
# right before the list (the caller checks), so a count ("100 đảng viên ...") is no list.
LISTED_BEFORE = re.compile(r"(?<![\w/.,-])(?:\d{1,4}\s*(?:,|;|va(?![a-z]))\s*)+$")
# A Party issuer run into the word after it, the space lost ("22-QĐ/TWcủa Ban ...",
# "35-CT/TƯngày ..."): the words a symbol is followed by, so a capitalised word run into
# it ("ĐUKhối" could be ĐUK + hối) is never cut.
_WORDS_AFTER_A_SYMBOL = "của|ngày|về|và|năm|do|đã|được|nhằm|trong|với|tại|theo|đến"
ISSUER_RUN_INTO_WORD = re.compile(rf"(?P<iss>[A-ZĐ](?:\.?[A-ZĐƯ]){{1,7}})(?:{_WORDS_AFTER_A_SYMBOL})")
# Where a state number ends: before a word character or a hyphen, or before one of those
# words run into it ("1234/QĐ-UBNDngày 5/3").
_STATE_END = rf"(?:(?![\w-])|(?=(?:{_WORDS_AFTER_A_SYMBOL})(?!\w)))"
# Type word (and optional "chuyên đề"/"số") right before a number: tells Quy định
# from Quyết định and gives the citation its start. Searched backwards from a number.
TYPE_BEFORE = re.compile(rf"(?<![a-z]){_TYPE}(?:\s+(?:chuyen de|lien tich))?(?:\s+so)?\s*:?\s*$")
# A form's word right before a code ("mẫu số 23/CK-TNCN", "Mẫu 05/QTT-TNCN", "biểu mẫu 01/GTGT", round 123): the code
# names a form to fill in, printed by the document that issues it, and is no document itself. Folded.
FORM_BEFORE = re.compile(r"(?<![a-z])(?:bieu )?mau(?:\s+so)?\s*:?\s*$")
# Date beside a number: ", ngày 23-4-2012", " ngày 25/10/2017", "ngày 5 tháng 5 năm 2022".
DATE_AFTER = re.compile(
    r"(?:\s*,\s*|\s+)(?:ngay\s+)?(?:(?P<d>\d{1,2})\s*[-/.]\s*(?P<m>\d{1,2})\s*[-/.]\s*(?P<y>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})\s+thang\s+(?P<m2>\d{1,2})\s+nam\s+(?P<y2>(?:19|20)\d{2}))(?!\d)"
)
# "của Thành ủy Hà Nội" after a local number: the committee is part of its identity.
LOCAL_BODY_AFTER = re.compile(rf"\s*(?:,\s*)?cua\s+(?P<body>{LOCAL_BODIES})(?P<place>(?:\s+\w+){{0,4}})")
# A local committee's own term, right after its name: "(khóa XVII)", ", khóa 17".
LOCAL_TERM = re.compile(r"[\s(,]*khoa\s+(?P<term>[ivxl]{1,7}|\d{1,2})(?![a-z0-9])")
# Central body after a bare number ("Nghị quyết 39 của Bộ Chính trị").
CENTRAL_BODY_AFTER = re.compile(rf"\s*(?:,\s*)?cua\s+(?P<body>{_alt(CENTRAL_BODIES)})(?![a-z])")
# Plenum resolution cited without a number: "Nghị quyết TƯ 4 (khóa XI)", "Nghị quyết
# T.Ư 4, khóa XI", "NQ TW4 khóa 11", "Nghị quyết Hội nghị lần thứ bảy BCH TW khóa XII".
# Requires "Nghị quyết"/"NQ": "Hội nghị Trung ương 12" alone is a meeting.
PLENUM_RESOLUTION = re.compile(
    rf"(?:{_after_no_letter(['nghi quyet'])}\s+|{_after_no_letter(['nq'])}\s*){_PLENUM_PHRASE}")
# Plenum named after a bare number list: "Nghị quyết 18, 19 của Hội nghị Trung ương 6 khóa XII".
PLENUM_AFTER = re.compile(rf"\s*(?:,\s*)?(?:cua\s+)?{_PLENUM_PHRASE}")
# Congress resolution: "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", "Nghị quyết
# Đại hội XIII" (not "Đại hội Đảng bộ ...": a local congress).
CONGRESS_RESOLUTION = re.compile(
    rf"(?:{_after_no_letter(['nghi quyet', 'nq'])})\s+dai hoi(?:\s+dai bieu)?(?:\s+dang)?(?:\s+toan quoc)?"
    r"(?:\s+lan thu)?\s+(?P<term>[ivxl]+)(?![a-z0-9])(?:\s+cua dang(?![a-z]))?"
)
# Type word with number(s) but no code: "Kết luận số 14", "Nghị quyết 18,19",
# "Nghị quyết 39". Only kept when something resolves it (see enrich/citations.py).
BARE_NUMBERS = re.compile(
    rf"(?<![a-z]){_TYPE}(?:\s+so)?\s+(?P<nums>\d{{1,3}}(?:\s*(?:,|va)\s*\d{{1,3}})*)"
    r"(?![\d%]|[.,]\d|\s*[-–—]\s*\w|\s*/|\s+[a-z]{1,4}\s*/)"
)
# The same after a type word abbreviated as headlines do, in capitals (the caller checks):
# "NQ 57 của Bộ Chính trị", "KL 126 của Bộ Chính trị". Only the codes no other type shares.
ABBREVIATED_TYPES = {"nq": "Nghị quyết", "kl": "Kết luận", "ct": "Chỉ thị"}
BARE_ABBREVIATED = re.compile(
    rf"(?P<type>{_after_no_letter(ABBREVIATED_TYPES)})(?:\s+so)?\s+(?P<nums>\d{{1,3}}(?:\s*(?:,|va)\s*\d{{1,3}})*)"
    r"(?![\d%]|[.,]\d|\s*[-–—]\s*\w|\s*/|\s+[a-z]{1,4}\s*/)"
)
# State legal documents with a year: "123/2020/NĐ-CP", "91/2015/QH13", "01/2021/TT-BNV",
# also with stray spaces or an en dash inside ("35/2019/ NĐ- CP"; enrich/citations.py
# writes the number without them); a body's "và" printed "&" stays in the issuer ("TT-BVHTT&DL").
# A hyphen may stand for the slash after the year ("13/2007-TT-BYT", a typist's slip): the number is
# then written as printed, and the code must still carry its issuer after a hyphen.
# A certificate's type code runs longer than a document's: "GCN" (Giấy chứng nhận) and the initials of
# what it certifies ("GCNĐKHĐ", đăng ký hoạt động), up to seven more capitals (round 33).
_CERTIFICATE_CODE = r"GCN[A-ZĐ]{1,7}(?=[-–\s])"
STATE_WITH_YEAR = re.compile(
    rf"{_number(5, lettered=True)}\s*/\s*(?P<year>(?:19|20)\d{{2}})\s*(?P<sep>/|-(?=[A-ZĐ]))\s*"
    rf"(?P<code>(?:UBTV)?QH\d{{1,2}}|(?:{_CERTIFICATE_CODE}|[TC]Tr|[A-ZĐ]{{1,6}})"
    r"(?:\s?[-–]\s?[A-ZĐ][A-Za-zĐđ]{0,9}(?:&[A-ZĐ][A-Za-zĐđ]{0,9})*)+)"
    + _STATE_END
)
# Individual state decisions without a year: "719/QĐ-TTg"; with stray spaces or an en
# dash ("719/QĐ – TTg") only when the issuer opens with two capitals, as issuers do:
# "3/QĐ - Trong" is prose. An issuer's units may be joined by dots ("THA-HC.TH.TV": a
# department's offices; a dot before a capital, so a sentence's full stop stays out) or by
# "&" ("SGD&ĐT", Sở Giáo dục và Đào tạo; "KT&HT": the "và" of a body's name), and
# the National Assembly's issuers carry its term, maybe after a space ("UBTVQH 14"). Two codes
# keep a small letter, as the Party's do: Tờ trình (TTr) and Chương trình (CTr), "123/TTr-UBND".
# Some bodies join the code to the issuer by a dot ("1615/QĐ.TC", "12/CV.UBND", round 48b): the
# symbol is written as printed, dot and all; a dot before two capitals only, so the full stop of
# "số 12/QĐ. Theo đó" (a space) or "12/QĐ.Theo" (one capital) leaves the sentence alone.
# An office's unit code that holds its number, the issuer's last part ("474/UBND-VP7", "12/SXD-P2", round
# 59): one to three capitals after a hyphen, a dot or "&", then one or two digits (a longer run is a
# product's or a model's code). Only after a state type word ("Công văn số"): a shop's "12/AB-C12" is no
# document (typed_unit).
_UNIT_DIGITS = r"(?P<unit>(?:(?<=[-.&][A-ZĐ])|(?<=[-.&][A-ZĐ]{2})|(?<=[-.&][A-ZĐ]{3}))\d{1,2})"
STATE_NO_YEAR = re.compile(
    rf"{_number(5, lettered=True)}\s*/\s*(?P<code>{_CERTIFICATE_CODE}|[TC]Tr|[A-ZĐ]{{1,5}})(?:-|(?P<dot>\.)(?=[A-ZĐ]{{2}})|\s?[-–]\s?(?=[A-ZĐ]{{2}}))"
    r"(?P<iss>[A-ZĐ][A-Za-zĐđ]{0,9}(?:[-.&][A-ZĐ][A-Za-zĐđ]{0,9})*(?:(?<=QH)\s?\d{1,2}|(?<=BCĐ)\d{2,3}|"
    + _UNIT_DIGITS + r")?"
    r"(?:-[A-ZĐ]{1,3}\d{1,3})?)"  # a unit's code after its ministry, letters then digits: "05/HD-BCA-X02"
    + _STATE_END
)
# The older state form with no code and no year, the issuer right after the number:
# "Nghị định số 143/HĐBT" (Hội đồng Bộ trưởng), "Nghị định 64/CP", "Quyết định 135/TTg".
# Only read after a state type word (the caller checks): alone, "5/TW" is a Party mangle. A body of
# those years may add its department's initials after a second slash ("Quyết định số 184/VT/QL"), or
# its department's and its own after two ("Nghị định số 130/NV/DC/NĐ": the type's code last), a unit's initials after
# a hyphen closing a department's ("Quyết định số 2136/QĐ/TCCB-LĐ", Vụ Tổ chức cán bộ - Lao động; round 92).
STATE_OLD_FORM = re.compile(rf"{_number(5)}\s*/\s*(?P<iss>(?:[A-ZĐ]{{2,5}}|TTg)(?:/[A-ZĐ]{{2,5}}(?:-[A-ZĐ]{{1,4}})?){{0,2}})(?![\w/–-])")
# The Assembly's issuers with their term ("UBTVQH10", "QH9"): state bodies, whatever form the number takes.
ASSEMBLY_WITH_TERM = re.compile(r"(?:UBTV)?QH\d{1,2}")
# The same older form with a hyphen, as the decrees of those years were numbered ("Nghị định
# 64-CP", "Quyết định 217-HĐBT"): a closed list of issuers, after a state type word (the
# caller checks), and written as printed.
OLD_FORM_HYPHEN_ISSUERS = vocabulary.OLD_FORM_HYPHEN_ISSUERS
STATE_OLD_HYPHEN = re.compile(
    rf"{_number(5)}\s*[-–]\s*(?P<iss>{'|'.join(OLD_FORM_HYPHEN_ISSUERS)})(?![\w/–-])")
# A state decision printed with a Party-style dash, its issuer in the state's mixed case
# ("Quyết định 2513-QĐ/TTg"): a state code, written as printed (the caller checks the code).
STATE_PARTY_DASH = re.compile(
    rf"{_number(5)}\s*[-–]\s*(?P<code>[A-ZĐ]{{2,4}})\s*/\s*(?P<iss>{'|'.join(i for i in OLD_FORM_HYPHEN_ISSUERS if not i.isupper())})(?![\w/–-])")
# A ministry's older numbering: the number, a space, a state code, a slash, a department's
# initials and the digit of its series ("1867 QĐ/TCCB-3", Vụ Tổ chức cán bộ). Written as printed;
# the code must be a state one and the issuer no Party committee's (the caller checks).
STATE_SPACED_SERIES = re.compile(rf"{_number(5)} (?P<code>[A-ZĐ]{{2,4}})/(?P<iss>[A-ZĐ]{{2,6}})-(?P<series>\d{{1,2}})(?![\w/-])")
# A code run into its issuer after the number, no hyphen between: "Kế hoạch số 282 /KHHĐNVQS" (KH,
# the plan's code, then the council's initials). Only after a type word whose code opens the run
# (the caller checks), so "5/THCS" or a class "12/A1" stays prose.
STATE_GLUED_CODE = re.compile(rf"{_number(5)}\s*/\s*(?P<iss>[A-ZĐ]{{4,12}})(?![\w/–-])")
# Cheap first passes: what every match of a pattern family holds, looked for once, so
# the family's patterns (each a pass over the whole passage) run only where it stands.
# Every state number has a digit, then a slash after spaces or after a spaced code
# ("1867 QĐ/TCCB-3"); every Party number a digit, then a slash or a dash after spaces,
# or a code and a slash after spaces ("48 CT/TW"). tests/test_citation_gates.py checks it.
STATE_SHAPE = re.compile(r"\d[a-z]?\s*/|\d [A-ZĐ]{2,4}/")  # "30c/NQ-CP": a lettered number (_number)
PARTY_SHAPE = re.compile(rf"\d[a-z]?\s*[-–—/]|\d\s+(?:{_alt(CODES)})\s*/")
# Research and registration codes ("Mã số 01X-11/08-2021-2") are not documents.
NOT_A_DOCUMENT_BEFORE = re.compile(r"(?<![a-z])ma(?:\s+so)?\s*:?\s*$")
# Sentence ends: punctuation followed by a space, or a line break.
SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+|\n+")


def ordinal(text: str) -> int | None:
    """"7", "bay" -> 7."""
    text = text.strip()
    return int(text) if text.isdecimal() else ORDINALS.get(text)


def date_from(match: re.Match) -> dt.date | None:
    """The day-first date of a DATE_AFTER match; None when it does not exist."""
    day, month, year = (match["d"], match["m"], match["y"]) if match["d"] else (match["d2"], match["m2"], match["y2"])
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def mass_organisation(folded_issuer: str) -> bool:
    """"twdtn", "dtn-btc", "dhkt-hsv": any part names a mass organisation (the Youth Union ...)."""
    return any(MASS_ORGANISATION_ISSUER.fullmatch(part) for part in folded_issuer.replace(".", "").split("-"))


def joint_with_a_trade_union(code: str, folded_issuer: str) -> bool:
    """"CTLT-EVN-CĐĐLVN": a joint document ("...LT") co-issued by a trade union ("CĐ...", Công đoàn:
    a Cục's code opens the same way, but a Cục signs no joint document) is a mass organisation's."""
    parts = folded_issuer.replace(".", "").split("-")
    return fold(code).endswith("lt") and len(parts) > 1 and any(part.startswith("cd") for part in parts)


def canonical_issuer(original: str) -> str:
    """Issuer as written -> canonical: "TƯ", "T.Ư", "T.W" -> "TW"; "Đu" -> "ĐU"."""
    text = re.sub(r"\s+", "", original).upper().replace("Ð", "Đ")
    text = text.replace("T.Ư", "TW").replace("T.W", "TW").replace("TƯ", "TW").replace(".", "")
    return text


def state_code(code: str) -> str:
    """Leading code of a state number, missing diacritics restored: "ND-CP" -> "NĐ"."""
    head = re.match(r"[TC]Tr|[A-ZĐ]+", code.replace("Ð", "Đ"))
    head_text = head.group(0) if head else ""
    head_text = {"ND": "NĐ", "QD": "QĐ"}.get(head_text, head_text)
    return "QH" if re.fullmatch(r"QH\d+", code) else head_text


def typed_unit(m: re.Match, folded: str, at: int) -> bool:
    """A state number whose issuer ends in a unit's digits ("474/UBND-VP7") has a type word right before
    folded position `at` ("Công văn số"); one with no such unit needs none."""
    return not m["unit"] or bool(TYPE_BEFORE.search(folded, max(0, at - 45), at))

"""A Party or state document posted as the page, with its formal header (conventions round 6).

Portals of Party committees, schools and state bodies often post the document itself: its header
(Hướng dẫn 36-HD/VPTW for the Party's, Nghị định 30/2020/NĐ-CP appendix I for the state's) prints
the issuing body in capitals ("ĐẢNG BỘ TỈNH X" / "TỈNH ỦY X", "UBND TỈNH X" / "SỞ Y"), a "*" or a
rule under it, the number ("Số 12-NQ/TU", "Số: 34/QĐ-X"), the Party's title "ĐẢNG CỘNG SẢN VIỆT
NAM" or the national name and motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do -
Hạnh phúc"), the place and the signing date ("X, ngày 05 tháng 3 năm 2021"), then the type in
capitals ("QUYẾT ĐỊNH") over the subject ("Về việc ..."), or, in a letter, "V/v ..." under its number.
A paste gives the two columns in any order, interleaved or run together on one line.

None of the header's lines is the page's headline, byline or date: they are left out of the
head before it is read. The number is the document's own citation: it is set aside and put back
among the text's blocks by the reader. Where no headline stands above the header, the type and its
subject, joined, are the title. A header is one only with the Party's title, the national name or
the motto, and a number or a place-and-date line beside it: a masthead in capitals is none.
"""
from __future__ import annotations

import re

from archive import models
from archive.read.blocks import classify
from archive.read.byline_slots import signature_line
from archive.read.candidates import headline_shaped
from archive.read.chrome import Dropped
from archive.read.document_types import DOCUMENT_TYPES, SUBJECT_LABEL
from archive.read.line_sizes import is_prose
from archive.text.normalize import fold_passage

Line = tuple[int, str]

HEAD_LINES = 40  # a header stands among the head's first lines
_ISSUER_WORDS = 10  # "BAN CHẤP HÀNH ĐẢNG BỘ TRƯỜNG ĐẠI HỌC NÔNG LÂM": an issuer's line is short
_ISSUERS_ABOVE = 4  # the issuer's lines above the first mark (body, superior, a name broken in two)
_SUBJECT_LINES = 4  # a subject broken over lines
_END_LINES = 16  # the distribution list stands among the last lines
_AUTHORITY_LINES = 3  # "HIỆU TRƯỞNG" / "TRƯỜNG CAO ĐẲNG" / "CÔNG NGHỆ X"

_CHEAP = ("cong hoa xa hoi", "doc lap", "dang cong san viet nam")  # a line holds a mark only with one of these
_D = r"\s*[-–—.,:]?\s*"
# The marks: the Party's title, the national name, the motto (dashes of any kind, or none), folded.
_MARKS = re.compile(rf"dang cong san viet nam|cong hoa xa hoi chu nghia viet nam|doc lap{_D}tu do{_D}hanh phuc")
# The number: "Số: 34/QĐ-CNTĐ-ĐT", "Số 12-NQ/TU", "Số      -/ĐU", "Số: ....-2015/HD-X" (folded); its code's parts
# spaced apart ("Số: 36 /KH - UBND") only where they end the line or its table cell: "Số 12-NQ/TU - ngày ..." keeps
# its date out of the number (round 97).
_NUMBER = re.compile(r"(?<![a-z])so\s*:?\s*[\d.…]*\s*[-/][\w./&-]*[a-z][\w./&-]*"
                     r"(?:(?:\s?[-/]\s?[a-z][\w.&]{0,9})+(?=\s*\|?\s*$))?")
# The place and the signing date: "Nghệ An, ngày 05 tháng 3 năm 2021", "X, ngày    tháng 10 năm 2021".
_PLACE_DATE = re.compile(r"[a-z][a-z. ]{1,40},?\s*ngay\s*[\d.…\s]{0,6}thang\s*[\w.…\s]{0,8}?nam\s*\d{4}")
_NO_PLACE = re.compile(r"(?:thu|chu nhat|hom nay|cn)\b")  # a weekday's date line: the page's, no signing place
_PRESS = re.compile(r"(?:bao|tap chi|cong thong tin|trang thong tin|dai |co quan cua)\b")  # a masthead, no issuer
_RULE = re.compile(r"^[\s\-–—_=*.~•|]*$")
_CELL_BAR = "|"  # a header table flattened into lines, its cells closed by bars (round 97): a bar parts, says nothing

_TYPE = re.compile(rf"^(?:{'|'.join(t.strip() for t in DOCUMENT_TYPES)})(?![a-z])")
_NOT_SUBJECT = ("can cu", "kinh gui", "-", "+", "•")


def _parts(text: str) -> tuple[set[str], str] | None:
    """What a header line holds ({"mark", "number", "place"}) and what is left of it, or None where the
    line is not one: the rest must be empty, a rule or an issuer's name in capitals."""
    text = text.replace(_CELL_BAR, " ")  # one character for one: the offsets stand
    folded = fold_passage(text)
    if len(folded) != len(text):  # the offsets below need one character for one
        return None
    found, spans = set(), []
    if any(cheap in folded for cheap in _CHEAP):
        spans += [m.span() for m in _MARKS.finditer(folded)]
        found |= {"mark"} if spans else set()
    if "so" in folded and (number := _NUMBER.search(folded)) and not folded[:number.start()].strip(" *-"):
        spans.append(number.span())
        found.add("number")
    if "ngay" in folded and (place := _PLACE_DATE.search(folded)) and folded[place.end():].strip(" .") == "" \
            and not _NO_PLACE.match(folded[place.start():]):
        spans.append(place.span())
        found.add("place")
    rest = list(text)
    for start, end in spans:
        rest[start:end] = " " * (end - start)
    left = " ".join("".join(rest).split()).strip(" -–—_=*.~•")
    if not left:
        return found, ""
    if "number" in found and SUBJECT_LABEL.match(fold_passage(left)):  # "Số: 125/X V/v ...": a letter's subject run on
        return found, left
    return (found, left) if _issuer(left) else None


def may_hold_mark(text: str) -> bool:
    """Whether `text` may hold one of the marks (the Party's title, the national name, the motto):
    `_parts` finds a mark only where one of the cheap words stands, so a line without any is
    passed over before its number and place-and-date patterns are searched."""
    folded = fold_passage(text)
    return any(cheap in folded for cheap in _CHEAP)


def _issuer(text: str) -> bool:
    """An issuing body's name in capitals: "UBND TỈNH X", "TRƯỜNG CAO ĐẲNG", "BAN TỔ CHỨC"."""
    folded = fold_passage(text)
    return text.isupper() and len(text.split()) <= _ISSUER_WORDS and not _TYPE.match(folded) and not _PRESS.match(folded)


def _header_line(text: str) -> bool:
    return bool(_RULE.match(text)) or _parts(text) is not None


def _zone(lines: list[Line]) -> tuple[int, int] | None:
    """[start, end) of the header among the first lines: from the issuer's lines above the first mark
    down past the last line of the header's kind; None without a mark and a number or a place."""
    window = min(len(lines), HEAD_LINES)
    for at in range(window):
        if not may_hold_mark(lines[at][1]):  # most lines: no number or place-and-date search in them
            continue
        parts = _parts(lines[at][1])
        if parts is None or "mark" not in parts[0]:
            continue
        start = at
        while start > 0 and at - start < _ISSUERS_ABOVE and (_header_line(lines[start - 1][1])
                                                             or SUBJECT_LABEL.match(fold_passage(lines[start - 1][1]))):
            start -= 1
        end = at + 1
        while end < window and (_header_line(lines[end][1]) or SUBJECT_LABEL.match(fold_passage(lines[end][1]))):
            end += 1
        kinds = set().union(*(p[0] for i in range(start, end) if (p := _parts(lines[i][1]))))
        if kinds & {"number", "place"}:
            return start, end
        return None
    return None


def _subject(lines: list[Line], at: int) -> list[int]:
    """The subject's lines under a type line: the first line that is no rule, no "Căn cứ" and no prose,
    and the lines carrying it on in small letters."""
    taken = []
    while at < len(lines) and _RULE.match(lines[at][1]):
        at += 1
    if at >= len(lines) or is_prose(lines[at][1]) or fold_passage(lines[at][1]).startswith(_NOT_SUBJECT):
        return taken
    taken.append(at)
    while len(taken) < _SUBJECT_LINES and at + 1 < len(lines) and lines[at + 1][1][:1].islower() \
            and not is_prose(lines[at + 1][1]):
        at += 1
        taken.append(at)
    return taken


def _authority(lines: list[Line], at: int) -> list[int]:
    """The issuing authority in capitals under a decision's subject ("HIỆU TRƯỞNG" / "TRƯỜNG CAO ĐẲNG X",
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"), before its "Căn cứ ...": the document's text, never a byline."""
    taken = []
    while at < len(lines) and len(taken) < _AUTHORITY_LINES and lines[at][1].isupper() \
            and not lines[at][1].endswith(":") and len(lines[at][1].split()) <= 2 * _ISSUER_WORDS:
        taken.append(at)
        at += 1
    return taken


def _type_line(text: str) -> bool:
    folded = fold_passage(text)
    match = _TYPE.match(folded)
    return bool(match) and text[:match.end()].isupper()


def read_document_header(lines: list[Line]) -> tuple[list[Line], list[Dropped], list[Line]]:
    """(the lines the head is read from, the header's lines left out, the document's lines set aside for
    the text: its number, and its type, subject and addressee under a headline). Asked before the
    chrome is stripped, which takes a type line alone ("THÔNG BÁO") for a label. Without a header or a
    distribution list, the lines as they are."""
    pasted, lines = lines, [line for line in lines if line[1].strip()]  # blank lines part the columns anywhere
    lines, listed = _without_recipients(lines)
    zone = _zone(lines)
    if zone is None:
        return (lines if listed else pasted), listed, []
    start, end = zone
    dropped, aside, subjects = [], [], []
    for number, text in lines[start:end]:
        parts = _parts(text)
        if parts is not None and "number" in parts[0]:
            match = _NUMBER.search(fold_passage(text))
            aside.append((number, text[match.start():match.end()]))
            rest = text[match.end():].strip()
            if SUBJECT_LABEL.match(fold_passage(rest)):  # "Số: 125/PGDĐT V/v ...": the letter's subject run on
                subjects.append((number, rest))
            if not parts[1] or SUBJECT_LABEL.match(fold_passage(rest)):
                continue  # nothing else on the line: put back whole, not listed
        if SUBJECT_LABEL.match(fold_passage(text)):
            subjects.append((number, text))
        elif any(ch.isalnum() for ch in text):
            dropped.append(Dropped(number, text, "a document's header: not the page's headline, byline or date"))
    after = lines[end:]
    typed = _subject(after, 1) if after and _type_line(after[0][1]) else None
    titled = [0, *typed] if typed is not None else []
    addressed = [i for i in range(len(titled), min(len(titled) + 2, len(after)))
                 if fold_passage(after[i][1]).startswith("kinh gui")][:1]  # "Kính gửi: ...", under the subject
    addressed += _authority(after, max(titled + addressed, default=-1) + 1) if titled else []
    if any(headline_shaped(text) for _, text in lines[:start]):  # a headline above: the document is its text
        aside += subjects + [after[i] for i in titled + addressed]
        title = []
    elif titled:  # the document is the page: its type and subject, joined, are the title
        dropped += [Dropped(*after[i], "the document's subject, joined to its type as the title") for i in typed]
        aside += subjects + [after[i] for i in addressed]
        title = [(after[0][0], " ".join(after[i][1] for i in titled))]
    else:  # a letter: its "V/v ..." is the title
        aside += subjects[1:] + [after[i] for i in addressed]
        title = subjects[:1]
    rest = [line for i, line in enumerate(after) if i not in set(titled) | set(addressed)]
    return lines[:start] + title + rest, listed + dropped, sorted(aside)


def opens_folded(text: str, folded: str) -> bool:
    """fold_passage(text).startswith(folded), folding only the line's first characters: a text folds
    character by character, so the fold of its start is the start of its fold (a paragraph's whole
    fold, for each of the last lines, cost a tenth of a millisecond an article)."""
    start = fold_passage(text[:2 * len(folded)])
    if len(start) >= len(folded) or len(text) <= 2 * len(folded):
        return start.startswith(folded)
    return fold_passage(text).startswith(folded)


def _without_recipients(lines: list[Line]) -> tuple[list[Line], list[Dropped]]:
    """The lines without a document's distribution list ("Nơi nhận:" over "- Như trên,", "- Lưu VP."),
    whose "Lưu" (filed) reads as a surname: never a byline. The signature may stand among its items."""
    at = next((i for i in range(max(0, len(lines) - _END_LINES), len(lines))
               if opens_folded(lines[i][1], "noi nhan")), None)
    if at is None:
        return lines, []
    listed, i = [at], at + 1
    while i < len(lines) and i - at <= _END_LINES:
        text = lines[i][1]
        if text.startswith(("-", "+", "•", "–")):
            listed.append(i)
        elif not (signature_line(text) or text.isupper()):  # the signature's formula and post, printed beside it
            break
        i += 1
    return [line for k, line in enumerate(lines) if k not in listed], \
        [Dropped(*lines[k], "a document's distribution list: no byline") for k in listed]


def with_numbers(blocks: tuple[models.Block, ...], aside: list[Line]) -> tuple[models.Block, ...]:
    """The text's blocks with the document's number lines put back where they stood, so the
    document's own number is cited."""
    return tuple(sorted(blocks + tuple(classify(number, text) for number, text in aside), key=lambda b: b.line))

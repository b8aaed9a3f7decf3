"""Find document citations in one passage: the pattern table (enrich/citation_patterns.py) applied,
overlaps settled. Deciding which document each citation names is enrich/citations.py's job.
"""
from __future__ import annotations

import datetime as dt
import re
import weakref
from dataclasses import dataclass

from archive.enrich import citation_patterns as rp
from archive.enrich.dispatch_numbers import dispatch_numbers
from archive.enrich.ministry_hyphens import cheap_gate, ministry_hyphens
from archive.enrich.state_letters import state_letters
from archive.enrich.party_letters import party_letters
from archive.enrich.state_numbers import STATE_ONLY_CODES
from archive.registry.documents import PARTY, PLENUM, STATE, Document, DocumentRegistry, parse_term
from archive.registry.vocabulary import parse_term_numeral
from archive.text.normalize import fold, fold_passage, fold_with_offsets
from archive.text.spans import Spans

_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})  # 1:1, keeps offsets


@dataclass
class Cite:
    """A citation being worked on; becomes a DocumentRef at the end."""

    passage: int
    start: int
    end: int
    kind: str
    priority: int = 0  # lower wins when two citations overlap
    number: str = ""
    type: str = ""
    issuer: str = ""
    year: int | None = None
    date: dt.date | None = None
    place: str = ""  # local committee's place ("Hà Nội") for TU/HU documents
    local_term: str = ""  # the committee's own term, "XVII" of "Thành ủy Hà Nội (khóa XVII)"
    plenum: int | None = None
    term: str = ""
    bare: tuple[str, int] | None = None  # (code, number) of "Nghị quyết 39"
    body: str = ""  # Central body named after a bare number
    congress: bool = False
    text: str = ""  # the citation as written
    after: str = ""  # folded text that follows, for telling documents apart by subject
    doc: Document | None = None
    drop: bool = False


class Passage:
    """A passage with its folded form and offset maps both ways."""

    def __init__(self, index: int, text: str):
        if "\u00d0" in text or "\u00f0" in text:  # rare: test first, translate is slow
            text = text.translate(_ETH)
        self.index, self.text = index, text
        self.folded = fold_passage(self.text)
        # Offset maps only when folding changed the length (rare): otherwise offsets agree.
        self.origin: list[int] | None = None
        self._to_folded: list[int] | None = None
        if len(self.folded) != len(self.text):
            self.folded, self.origin = fold_with_offsets(self.text)
            self._to_folded = [len(self.folded)] * (len(self.text) + 1)
            for at in range(len(self.origin) - 1, -1, -1):
                self._to_folded[self.origin[at]] = at

    def to_folded(self, at: int) -> int:
        """Passage offset -> folded offset."""
        return at if self._to_folded is None else self._to_folded[at]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Folded [start, end) -> passage [start, end)."""
        if self.origin is None:
            return start, max(start, end)
        if start >= end:
            at = self.origin[start] if start < len(self.origin) else len(self.text)
            return at, at
        return self.origin[start], self.origin[end - 1] + 1

    def original(self, start: int, end: int) -> str:
        begin, finish = self.span(start, end)
        return self.text[begin:finish]


_DIGIT = re.compile(r"\d")


def scan(p: Passage, registry: DocumentRegistry) -> list[Cite]:
    # Each pattern needs something a quick look can rule out: numbered documents a
    # "/" or a hyphen ("105-QĐ-TW", the older state form "64-CP"), bare numbers a
    # digit, plenum and congress resolutions "nghị quyết" or "NQ".
    folded = p.folded
    cites = _aliases(p, registry)
    slash, hyphen = "/" in folded, "-" in folded
    if (slash or hyphen) and rp.PARTY_SHAPE.search(folded):
        cites += _party_numbers(p)
    if slash and rp.STATE_SHAPE.search(p.text):
        cites += _state_numbers(p)
    if slash and ("van ban" in folded or "cong van" in folded):  # "văn bản số 482/ĐUK" (party_letters.py)
        cites += [make_cite(p, p.to_folded(s), p.to_folded(e), PARTY, number=n, issuer=i, type=t)
                  for s, e, n, i, t in party_letters(p.text)]
        cites += [make_cite(p, p.to_folded(s), p.to_folded(e), STATE, number=n, issuer=i, type=t)
                  for s, e, n, i, t in [*dispatch_numbers(p.text), *state_letters(p.text)]]  # "số 625/TTg-KGVX", "số 2795/UBND"
    if hyphen and any(issuer in p.text for issuer in rp.OLD_FORM_HYPHEN_ISSUERS):
        cites += _old_forms(p, rp.STATE_OLD_HYPHEN, "-") + _dashed_state(p)
    if hyphen and cheap_gate(folded):  # "Quyết định số 88-NV của Bộ Nội vụ" (ministry_hyphens.py)
        cites += [make_cite(p, s, e, STATE, number=(n := p.text[slice(*p.span(s, e))].replace(" ", "").replace("–", "-")),
                        issuer=n.split("-")[1], type=t) for s, e, t in ministry_hyphens(folded)]
    if "nghi quyet" in folded or "nq" in folded:
        cites += [*_plenums(p), *_congresses(p)]
    if _DIGIT.search(folded):
        cites += _bare_numbers(p)
    return settle(cites)


def settle(cites: list[Cite]) -> list[Cite]:
    """The cites that overlap no better one (lower priority, then longer, then earlier),
    in reading order (text/spans.py: n log n, not quadratic on a long passage)."""
    taken = Spans()
    kept = [cite for cite in sorted(cites, key=lambda c: (c.priority, c.start - c.end, c.start))
            if taken.take(cite.start, cite.end)]
    return sorted(kept, key=lambda c: c.start)


def _type_before(p: Passage, at: int) -> tuple[str, int]:
    """Type word written right before folded position `at`, and where it starts."""
    window = max(0, at - 45)
    found = rp.TYPE_BEFORE.search(p.folded, window, at)
    if not found:
        return "", at
    return rp.TYPE_WORDS[found["type"]], found.start()


def _date_after(p: Passage, at: int) -> tuple[dt.date | None, int]:
    found = rp.DATE_AFTER.match(p.folded, at)
    date = rp.date_from(found) if found else None
    return date, found.end() if date else at


def _local_body_after(p: Passage, at: int) -> tuple[str, str]:
    """("Hà Nội", "XVII") from "của Thành ủy Hà Nội (khóa XVII)": the place in capitalised
    words, and the committee's own term when written right after it (a local committee
    counts its terms itself: Hà Nội's XVII ran with the Party's XIII)."""
    found = rp.LOCAL_BODY_AFTER.match(p.folded, at)
    if not found or not found["place"]:
        return "", ""
    words = []
    for word in p.original(found.start("place"), found.end("place")).split():
        if not word[:1].isupper():
            break
        words.append(word)
    term = rp.LOCAL_TERM.search(p.folded, found.start("place"), found.end("place") + 16)
    return " ".join(words), (parse_term_numeral(term["term"]) if term else "")


def _local_fields(p: Passage, at: int) -> dict[str, str]:
    place, term = _local_body_after(p, at)
    return {"place": place, "local_term": term}


def _party_numbers(p: Passage) -> list[Cite]:
    cites = []
    for pattern in (rp.PARTY_NUMBER, rp.PARTY_MANGLED):
        for m in pattern.finditer(p.folded):
            issuer_text, issuer_end = _issuer(p, m)
            if not issuer_text or rp.NOT_A_DOCUMENT_BEFORE.search(p.folded, max(0, m.start() - 12), m.start()):
                continue  # "5 ct/ngày" is prose, not a Party number
            if _glued_to_a_word(p, m.start("num")):
                continue
            if rp.mass_organisation(fold(issuer_text)):
                continue  # "22 HD/TWĐTN": the Youth Union's, no Party document
            code = rp.CODES[m["code"]]
            issuer = rp.canonical_issuer(issuer_text)
            written, start = _type_before(p, m.start())
            date, end = _date_after(p, issuer_end)
            local = _local_fields(p, end)
            listed, written, start = _listed_before(
                p, m.start(), lambda word: rp.TYPE_CODES.get(word) == rp.CODE_VARIANTS.get(code, code), written, start)
            kind = STATE if rp.ASSEMBLY_WITH_TERM.fullmatch(issuer) else PARTY  # "242-NQ/UBTVQH10"
            for number, begin, finish in listed:
                cites.append(make_cite(p, begin, finish, kind, number=f"{number}-{code}/{issuer}", issuer=issuer,
                                   type=_party_type(written, code), **local))
            cites.append(make_cite(p, start, end, kind, number=f"{m['num']}-{code}/{issuer}", issuer=issuer,
                               type=_party_type(written, code), date=date,
                               year=date.year if date else None, **local))
    return cites


def _issuer(p: Passage, m: re.Match) -> tuple[str, int]:
    """The issuer as printed and its folded end: in capitals, or the whole number in lower case
    ("21-nq/tw"); capitals run into the word after them ("22-QĐ/TWcủa") end where it starts.
    ("", 0) when the match is prose ("5 ct/ngày")."""
    issuer_text = p.original(m.start("iss"), m.end("iss"))
    if _party_case(p, m, issuer_text):
        return issuer_text, m.end()
    glued = rp.ISSUER_RUN_INTO_WORD.fullmatch(issuer_text)
    if not glued:
        return "", 0
    begin, _ = p.span(m.start("iss"), m.end("iss"))
    return glued["iss"], p.to_folded(begin + glued.end("iss"))


def _glued_to_a_word(p: Passage, at: int) -> bool:
    """The number at folded `at` runs on from a word that is not "số" ("hồ sơ21" folds to
    "so21" too): the patterns let "so" run into a number, the original tells which it was."""
    begin, _ = p.span(at, at + 1)
    return p.text[begin - 1:begin].isalpha() and p.text[max(0, begin - 2):begin].lower() not in ("số", "so")


def _party_case(p: Passage, m: re.Match, issuer_text: str) -> bool:
    """A Party issuer is printed in capitals, or the whole number in lower case ("21-nq/tw"),
    or a Party issuer's first letter alone in capitals after a code in capitals ("21-NQ/Tw",
    "10-KH/Đu", "05-CT/Tư"), a hyphen after the number, as a typist's slip."""
    if issuer_text == issuer_text.upper():
        return True
    original = p.original(m.start(), m.end())
    if original == original.lower() and original == m.group():
        return bool(rp.LOWER_CASE_PARTY.fullmatch(original))
    code_text = p.original(m.start("code"), m.end("code"))
    return (issuer_text[:1].isupper() and code_text[:1].isupper() and m["iss"] in rp.PARTY_ISSUERS
            and fold(issuer_text[1:]) == issuer_text[1:].replace("ư", "u") and bool(rp.HYPHEN_AFTER_NUMBER.match(m.group())))


def _listed_before(p: Passage, at: int, fits, written: str, start: int) -> tuple[list, str, int]:
    """The numbers listed before a full number ("Nghị quyết số 18, 19-NQ/TW", "Quyết định số
    1234, 1235/QĐ-UBND"), each (number, start, end), the list's type word and where the number's
    own cite starts; none unless a type word that `fits` the code stands right before the list."""
    found = None if written else rp.LISTED_BEFORE.search(p.folded, max(0, at - 40), at)
    if not found:
        return [], written, start
    list_type, list_start = _type_before(p, found.start())
    if not list_type or not fits(list_type):
        return [], written, start
    numbers = list(re.finditer(r"\d+", p.folded[found.start():found.end()]))
    listed = [(n.group(), list_start if i == 0 else found.start() + n.start(), found.start() + n.end())
              for i, n in enumerate(numbers)]
    return listed, list_type, at


def _party_type(written: str, code: str) -> str:
    """The written type word when it fits the code (it tells Quy định from Quyết định)."""
    fits = rp.TYPE_CODES.get(written) == rp.CODE_VARIANTS.get(code, code) and code not in rp.VARIANT_TYPE_WORDS
    return written if fits else rp.CODE_TYPES[code]


def _state_numbers(p: Passage) -> list[Cite]:
    cites = []
    for m in rp.STATE_WITH_YEAR.finditer(p.text):
        cites += _state_cites(p, m, f"{m['num']}/{m['year']}{m['sep']}{m['code']}", m["code"], int(m["year"]))
    for m in rp.STATE_NO_YEAR.finditer(p.text):
        if fold(m["iss"]) not in rp.PARTY_ISSUERS and not rp.mass_organisation(fold(m["iss"])) \
                and not rp.joint_with_a_trade_union(m["code"], fold(m["iss"])) \
                and rp.typed_unit(m, p.folded, p.to_folded(m.start())):  # "Công văn số 474/UBND-VP7"
            issuer = f"{m['code']}{m['dot'] or '-'}{''.join(m['iss'].split())}"  # "UBTVQH 14" -> "UBTVQH14"
            cites += _state_cites(p, m, f"{m['num']}/{issuer}", issuer, None)
    for m in rp.STATE_SPACED_SERIES.finditer(p.text):
        if m["code"] in rp.STATE_TYPES and fold(m["iss"]) not in rp.PARTY_ISSUERS and not rp.mass_organisation(fold(m["iss"])):
            cites += _state_cites(p, m, f"{m['num']} {m['code']}/{m['iss']}-{m['series']}", f"{m['code']}/{m['iss']}", None)
    return cites + _old_forms(p, rp.STATE_OLD_FORM, "/") + _glued_codes(p)


def _glued_codes(p: Passage) -> list[Cite]:
    """"Kế hoạch số 282 /KHHĐNVQS": the type word's own code opens the run after the slash, and the
    initials after it are a state body's (a Party committee's or a mass organisation's are not cited so)."""
    cites = []
    for m in rp.STATE_GLUED_CODE.finditer(p.text):
        written, _ = _type_before(p, p.to_folded(m.start()))
        code = rp.TYPE_CODES.get(written, "").upper()
        rest = fold(m["iss"][len(code):])
        if code and m["iss"].startswith(code) and len(rest) >= 2 and rest not in rp.PARTY_ISSUERS \
                and not rp.mass_organisation(rest):
            cites += _state_cites(p, m, f"{m['num']}/{m['iss']}", m["iss"], None)
    return cites


def _old_forms(p: Passage, pattern: re.Pattern, joint: str) -> list[Cite]:
    """The older state form, "N/ISSUER" or "N-ISSUER", only after a state type word."""
    cites = []
    for m in pattern.finditer(p.text):
        written, _ = _type_before(p, p.to_folded(m.start()))
        if written in rp.OLD_FORM_TYPES and not any(fold(part) in rp.PARTY_ISSUERS for part in m["iss"].split("/")):
            cites += _state_cites(p, m, f"{m['num']}{joint}{m['iss']}", m["iss"], None)
    return cites


def _dashed_state(p: Passage) -> list[Cite]:
    """"Quyết định 2513-QĐ/TTg": a state decision in the Party's dash form, listed as printed."""
    return [cite for m in rp.STATE_PARTY_DASH.finditer(p.text) if m["code"] in rp.STATE_TYPES
            for cite in _state_cites(p, m, f"{m['num']}-{m['code']}/{m['iss']}", f"{m['code']}-{m['iss']}", None)]


def _state_cites(p: Passage, m: re.Match, number: str, issuer: str, year: int | None) -> list[Cite]:
    """The state number of `m`, and the numbers listed before it that share its code
    ("Quyết định số 1234, 1235/QĐ-UBND")."""
    at = p.to_folded(m.start())
    written, start = _type_before(p, at)
    date, end = _date_after(p, p.to_folded(m.end()))
    implied = rp.STATE_TYPES.get(rp.state_code(issuer))
    listed, written, start = _listed_before(p, at, lambda word: word == implied, written, start)
    shared = number[len(m["num"]):]  # "/QĐ-UBND", "/2020/NĐ-CP"
    cites = [make_cite(p, begin, finish, STATE, number=f"{n}{shared}", issuer=issuer, type=written, year=year)
             for n, begin, finish in listed]
    return cites + [make_cite(p, start, end, STATE, number=number, issuer=issuer, date=date,
                          type=written or implied or "Văn bản", year=year or (date.year if date else None))]


def _plenums(p: Passage) -> list[Cite]:
    cites = []
    for m in rp.PLENUM_RESOLUTION.finditer(p.folded):
        if not _plenum_ok(p, m):
            continue
        plenum = rp.ordinal(m["ord"] or m["plenum"])
        term = parse_term(m["term"]) if m["term"] else ""
        end = m.end() if term or not m["term"] else m.end("ord" if m["ord"] else "plenum")
        cites.append(make_cite(p, m.start(), end, PLENUM, type="Nghị quyết", issuer="TW",
                           plenum=plenum, term=term))
    return cites


def _congresses(p: Passage) -> list[Cite]:
    cites = []
    for m in rp.CONGRESS_RESOLUTION.finditer(p.folded):
        written = p.original(m.start("term"), m.end("term"))
        term = parse_term(written) if written.isupper() else ""
        if term:
            cites.append(make_cite(p, m.start(), m.end(), PLENUM, type="Nghị quyết", issuer="TW",
                               term=term, congress=True))
    return cites


def _aliases(p: Passage, registry: DocumentRegistry) -> list[Cite]:
    first_words, any_alias, patterns = _alias_patterns(registry)
    if not any(word in p.folded for word in first_words) or not any_alias.search(p.folded):
        return []  # most passages name no document by alias
    cites = []
    for pattern, doc in patterns:
        for m in pattern.finditer(p.folded):
            cites.append(make_cite(p, m.start(), m.end(), doc.kind, priority=1, doc=doc))
    return cites


_ALIAS_PATTERNS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _alias_patterns(registry: DocumentRegistry) -> tuple[list[str], re.Pattern, list]:
    """The aliases' first words (a quick look), one pattern for any alias, and one
    pattern per alias (they may overlap; scan() settles that); made once per registry."""
    if registry not in _ALIAS_PATTERNS:
        def pattern(alias: str) -> str:
            return r"(?<![a-z0-9])" + r"\s+".join(map(re.escape, alias.split())) + r"(?![a-z0-9])"
        aliases = registry.aliases()
        patterns = [(re.compile(pattern(alias)), doc) for alias, doc in aliases]
        # The quick look leaves word edges to `patterns`: a pattern that opens with a
        # lookbehind is tried at every position, one that opens with text is not (30x).
        any_alias = re.compile("|".join(r"\s+".join(map(re.escape, alias.split())) for alias, _ in aliases)
                               or "(?!)")
        first_words = sorted({alias.split()[0] for alias, _ in aliases if alias.split()})
        _ALIAS_PATTERNS[registry] = (first_words, any_alias, patterns)
    return _ALIAS_PATTERNS[registry]


def _bare_numbers(p: Passage) -> list[Cite]:
    """"Nghị quyết 18, 19 của Hội nghị Trung ương 6 khóa XII": one cite per number."""
    cites = []
    abbreviated = [m for m in rp.BARE_ABBREVIATED.finditer(p.folded)
                   if p.original(m.start("type"), m.end("type")).isupper()]  # "NQ 57", never "ct 5"
    for m in [*rp.BARE_NUMBERS.finditer(p.folded), *abbreviated]:
        doc_type = rp.TYPE_WORDS.get(m["type"]) or rp.ABBREVIATED_TYPES[m["type"]]
        code = rp.TYPE_CODES.get(doc_type) or STATE_ONLY_CODES.get(doc_type)  # "Thông tư số 02": state_numbers.py
        if not code:
            continue
        plenum_ctx = rp.PLENUM_AFTER.match(p.folded, m.end())
        body_ctx = rp.CENTRAL_BODY_AFTER.match(p.folded, m.end())
        numbers = list(re.finditer(r"\d+", p.folded[m.start("nums"):m.end("nums")]))
        for i, n in enumerate(numbers):
            start = m.start() if i == 0 else m.start("nums") + n.start()
            cite = make_cite(p, start, m.start("nums") + n.end(), PARTY, priority=2, type=doc_type,
                         bare=(code, int(n.group())), issuer="TW")
            if plenum_ctx and _plenum_ok(p, plenum_ctx):
                cite.plenum = rp.ordinal(plenum_ctx["ord"] or plenum_ctx["plenum"])
                cite.term = parse_term(plenum_ctx["term"] or "")
            elif body_ctx:
                cite.body = rp.CENTRAL_BODIES[body_ctx["body"]]
            cites.append(cite)
    return cites


def _plenum_ok(p: Passage, m: re.Match) -> bool:
    """False when the "tu" of the match was written "từ" (from), not "TƯ"."""
    token = "tw1" if m["tw1"] else "tw2"
    return m[token] != "tu" or "Ư" in p.original(m.start(token), m.end(token)).upper()


def make_cite(p: Passage, start: int, end: int, kind: str, **fields) -> Cite:
    """A cite from folded offsets."""
    begin, finish = p.span(start, end)
    return Cite(p.index, begin, finish, kind, text=p.text[begin:finish],
                 after=p.folded[end:end + 300], **fields)

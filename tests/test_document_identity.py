"""Who issued a cited document and in which term, as readers are told it, and how two
documents of one number are told apart everywhere (archive/site/documents.py; issue 15)."""
from __future__ import annotations

import datetime as dt

import pytest

from archive.models import DocumentRef
from archive.registry.documents import Document, DocumentRegistry
from archive.registry.vocabulary import Kind, issuing_body_name, parse_term_numeral
from archive.site.documents import Identity, base_label, distinct_labels, identity
from test_references import refs_of


def ref(number="01-CTr/TU", issuer="TU", kind="party", year=None, place="", term="", type_="Chương trình",
        resolved=False) -> DocumentRef:
    return DocumentRef(key=number, number=number, type=type_, kind=kind, issuer=issuer, year=year,
                       text=number, sentence=number, passage=1, start=0, end=len(number), resolved=resolved,
                       place=place, term=term)


@pytest.mark.parametrize("code, place, body", [
    ("TU", "Hà Nội", "Thành ủy Hà Nội"),
    ("TU", "Thành phố Hồ Chí Minh", "Thành ủy Thành phố Hồ Chí Minh"),
    ("TU", "Nghệ An", "Tỉnh ủy Nghệ An"),
    ("TU", "", "Tỉnh ủy hoặc Thành ủy"),
    ("BTCTU", "Đà Nẵng", "Ban Tổ chức Thành ủy Đà Nẵng"),
    ("HU", "Hiệp Hòa", "Huyện ủy Hiệp Hòa"),
    ("BTCTW", "", "Ban Tổ chức Trung ương"),
    ("TW", "", "Trung ương Đảng"),
    ("QH13", "", "Quốc hội"),
    ("NĐ-CP", "", "Chính phủ"),
    ("XYZ", "", ""),
])
def test_issuer_codes_read_in_full(code, place, body):
    assert issuing_body_name(code, place) == body


@pytest.mark.parametrize("written, term", [("xvii", "XVII"), ("17", "XVII"), ("XIII", "XIII"),
                                           ("0", ""), ("abc", ""), ("iiii", "")])
def test_a_committee_term_is_any_roman_numeral(written, term):
    assert parse_term_numeral(written) == term


def test_a_registry_document_is_named_by_its_entry():
    info = Document(key="105-qd-tw-2017", number="105-QĐ/TW", type="Quy định", kind=Kind.PARTY,
                    issuer="TW", issuing_body="Bộ Chính trị", year=2017, term="XII")
    found = identity(ref("105-QĐ/TW", "TW", resolved=True, type_="Quy định"), info, 2018)
    assert found == Identity("Bộ Chính trị", "XII", False)


def test_a_local_document_keeps_only_the_term_written_beside_it():
    """Hà Nội's committee counted XVII while the Party counted XIII: never guess it."""
    assert identity(ref(place="Hà Nội", term="XVII"), None, 2023) == Identity(
        "Thành ủy Hà Nội", "XVII", False, local=True)
    assert identity(ref(year=2012), None, 2012).term == ""


def test_a_central_document_not_in_the_registry_takes_the_term_of_its_year_or_of_its_citation():
    assert identity(ref("22-KL/TW", "TW", year=2017), None, 2018) == Identity("Trung ương Đảng", "XII", False)
    assert identity(ref("22-KL/TW", "TW"), None, 2018) == Identity("Trung ương Đảng", "XII", True)
    state = ref("91/2015/QH13", "QH13", kind="state", type_="Luật")
    assert identity(state, None, 2020) == Identity("Quốc hội", "", False)


def _row(key, r, cited):
    return key, r, None, identity(r, None, cited), cited


def test_documents_of_one_number_are_told_apart_by_body_and_term_or_year():
    labels = distinct_labels([
        _row("a", ref(place="Hà Nội", term="XVII"), 2023),
        _row("b", ref(), 2012),
        _row("c", ref("35-CT/TW", "TW", type_="Chỉ thị"), 2019),
    ])
    assert labels == {"a": "Chương trình 01-CTr/TU của Thành ủy Hà Nội (khóa XVII)",
                      "b": "Chương trình 01-CTr/TU (nhắc đến năm 2012)",
                      "c": "Chỉ thị 35-CT/TW"}
    # the same body and term twice: the year first cited tells them apart
    twins = distinct_labels([_row("x", ref(place="Nghệ An"), 2016), _row("y", ref(place="Nghệ An"), 2021)])
    assert twins == {"x": "Chương trình 01-CTr/TU của Tỉnh ủy Nghệ An (nhắc đến năm 2016)",
                     "y": "Chương trình 01-CTr/TU của Tỉnh ủy Nghệ An (nhắc đến năm 2021)"}
    assert len(set(twins.values())) == 2


def test_base_label_without_a_number_is_the_title_or_the_words_cited():
    plenum = DocumentRef(key="nq", number="", type="Nghị quyết", kind="plenum", issuer="TW", year=None,
                         text="Nghị quyết TƯ 4", sentence="", passage=1, start=0, end=0, resolved=False)
    assert base_label(plenum) == "Nghị quyết TƯ 4"


def test_the_committee_and_its_own_term_are_read_from_the_citing_sentence():
    empty = DocumentRegistry()
    (found,) = refs_of("Chương trình số 01-CTr/TU của Thành ủy Hà Nội (khóa XVII) đem lại dấu ấn.", empty,
                       dt.date(2023, 4, 18))
    assert (found.place, found.term) == ("Hà Nội", "XVII")
    # written once, it holds for every mention of the number in the article
    text = ("Thực hiện Kế hoạch 12-KH/TU. Kế hoạch 12-KH/TU của Tỉnh ủy Nghệ An, khóa 19, được ban hành năm trước.")
    assert {r.term for r in refs_of(text, empty)} == {"XIX"}


def test_a_registered_local_document_shows_the_committee_term_written_not_the_partys():
    info = Document(key="01-ctr-tu-ha-noi-2021", number="01-CTr/TU", type="Chương trình", kind=Kind.PARTY,
                    issuer="TU", issuing_body="Thành ủy Hà Nội", year=2021, term="XIII")
    assert identity(ref(resolved=True, term="XVII"), info, 2023) == Identity(
        "Thành ủy Hà Nội", "XVII", False, local=True)
    assert identity(ref(resolved=True), info, 2023).term == ""
    # told apart from another committee's 01-CTr/TU by the year it was issued
    labels = distinct_labels([("a", ref(resolved=True), info, identity(ref(resolved=True), info, 2023), 2023),
                              _row("b", ref(place="Hà Nội"), 2012)])
    assert labels == {"a": "Chương trình 01-CTr/TU của Thành ủy Hà Nội (năm 2021)",
                      "b": "Chương trình 01-CTr/TU của Thành ủy Hà Nội (nhắc đến năm 2012)"}


def test_a_mention_naming_no_committee_is_the_registered_document_another_mention_named():
    registry = DocumentRegistry([Document(
        key="01-ctr-tu-ha-noi-2021", number="01-CTr/TU", type="Chương trình", kind=Kind.PARTY, issuer="TU",
        issuing_body="Thành ủy Hà Nội", date=dt.date(2021, 3, 17), year=2021, term="XIII")])
    text = ("Chương trình số 01-CTr/TU của Thành ủy Hà Nội (khóa XVII) đem lại dấu ấn. "
            "Thực hiện Chương trình số 01-CTr/TU, các địa phương đã có cách làm bài bản.")
    found = refs_of(text, registry, dt.date(2023, 4, 18))
    assert [(r.key, r.resolved, r.term) for r in found] == [("01-ctr-tu-ha-noi-2021", True, "XVII")] * 2
    # alone, a mention naming no committee is not given one
    (alone,) = refs_of("Thực hiện Chương trình số 01-CTr/TU, các địa phương đã làm.", registry, dt.date(2023, 4, 18))
    assert not alone.resolved and alone.place == ""

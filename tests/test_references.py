"""Reference extraction: every citation variant of DESIGN.md section 4, on real sentences
from the seeds, and the expected references of each seed article."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.enrich import citation_patterns as rp
from archive.registry.documents import Document, DocumentRegistry, load_registry
from archive.models import Article, Block
from archive.enrich.citations import document_for_ref, extract_references
from seed_articles import seed_article

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def registry():
    return load_registry(ROOT / "corpus" / "documents.yml", "corpus/documents.yml")


def article(lead: str, date: dt.date = dt.date(2020, 6, 1), body: tuple[str, ...] = ()) -> Article:
    blocks = tuple(Block("paragraph", text, line) for line, text in enumerate(body, start=3))
    return Article("corpus/test.txt", "Tiêu đề", date, "Báo", lead, blocks)


def refs_of(text: str, registry, date: dt.date = dt.date(2020, 6, 1)):
    return extract_references(article(text, date), registry)


# ---------------------------------------------------------------- variants

# (sentence, article date, expected (text, number, type, kind, resolved, key) per citation)
VARIANTS = [
    pytest.param(  # seed 001: Quy định with TƯ and a date
        "Ban Tổ chức Thành ủy phải tham mưu xây dựng quy định theo Quy định số 105-QĐ/TƯ ngày 19-12-2017.",
        dt.date(2018, 7, 16),
        [("Quy định số 105-QĐ/TƯ ngày 19-12-2017", "105-QĐ/TW", "Quy định", "party", True, "105-qd-tw-2017")],
        id="tu-for-tw-with-date"),
    pytest.param(  # seed 001: unregistered, issuer written TƯ
        "Xây dựng Đề án thí điểm mô hình chính quyền đô thị của TP Hà Nội theo Kết luận số 22-KL/TƯ của Bộ Chính trị.",
        dt.date(2018, 7, 16),
        [("Kết luận số 22-KL/TƯ", "22-KL/TW", "Kết luận", "party", False, "22-kl-tw-khoa-xii")],
        id="unregistered-central"),
    pytest.param(  # seed 000: local plan; TU stays TU
        "Căn cứ Kế hoạch số 52-KH/TU ngày 23-4-2012 của Thành ủy về tổ chức thực hiện.",
        dt.date(2012, 10, 11),
        [("Kế hoạch số 52-KH/TU ngày 23-4-2012", "52-KH/TU", "Kế hoạch", "party", False, "52-kh-tu-2012")],
        id="local-plan"),
    pytest.param(  # seed 003: date after a comma
        "Tổ chức thi tìm hiểu về Nghị quyết số 15-NQ/TW, ngày 5-5-2022 của Bộ Chính trị về Thủ đô.",
        dt.date(2023, 4, 18),
        [("Nghị quyết số 15-NQ/TW, ngày 5-5-2022", "15-NQ/TW", "Nghị quyết", "party", True, "15-nq-tw-2022")],
        id="date-after-comma"),
    pytest.param(  # seed 002: slash date
        "Đề cập đến Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị.",
        dt.date(2023, 1, 30),
        [("Kết luận số 14-KL/TW ngày 22/9/2021", "14-KL/TW", "Kết luận", "party", True, "14-kl-tw-2021")],
        id="slash-date"),
    pytest.param(  # seed 004: no "số"; 35-CT/TW of the article's term (2019, not 2014)
        "Bám sát tinh thần Chỉ thị 35-CT/TW của Bộ Chính trị.", dt.date(2020, 6, 1),
        [("Chỉ thị 35-CT/TW", "35-CT/TW", "Chỉ thị", "party", True, "35-ct-tw-2019")],
        id="no-so"),
    pytest.param(
        "Chỉ thị 35-CT/TW ngày 14-8-2014 của Bộ Chính trị về đại hội.", dt.date(2015, 1, 1),
        [("Chỉ thị 35-CT/TW ngày 14-8-2014", "35-CT/TW", "Chỉ thị", "party", False, "35-ct-tw-2014")],
        id="same-number-other-term"),
    pytest.param(
        "Thực hiện Nghị quyết số 21 - NQ/TW của Bộ Chính trị.", dt.date(2020, 6, 1),
        [("Nghị quyết số 21 - NQ/TW", "21-NQ/TW", "Nghị quyết", "party", False, "21-nq-tw-khoa-xii")],
        id="spaced-hyphen"),
    pytest.param(
        "Theo Chỉ thị 48 CT/TW của Bộ Chính trị.", dt.date(2020, 6, 1),
        [("Chỉ thị 48 CT/TW", "48-CT/TW", "Chỉ thị", "party", False, "48-ct-tw-khoa-xii")],
        id="missing-hyphen"),
    pytest.param(
        "Quán triệt Quy định số 205-QÐ/TW của Bộ Chính trị.", dt.date(2020, 6, 1),
        [("Quy định số 205-QÐ/TW", "205-QĐ/TW", "Quy định", "party", True, "205-qd-tw-2019")],
        id="latin-eth"),
    pytest.param(
        "Quán triệt Quy dinh so 205-QD/TW cua Bo Chinh tri.", dt.date(2020, 6, 1),
        [("Quy dinh so 205-QD/TW", "205-QĐ/TW", "Quy định", "party", True, "205-qd-tw-2019")],
        id="no-diacritics"),
    pytest.param(
        "Thực hiện Quyết định số 99-QĐ/TW ngày 3-10-2012 của Ban Bí thư.", dt.date(2013, 1, 1),
        [("Quyết định số 99-QĐ/TW ngày 3-10-2012", "99-QĐ/TW", "Quyết định", "party", False, "99-qd-tw-2012")],
        id="quyet-dinh-not-quy-dinh"),
    pytest.param(  # seed 000: mangled order
        "Chương trình 01/Ctr-TU về \"Nâng cao năng lực lãnh đạo\".", dt.date(2012, 10, 11),
        [("Chương trình 01/Ctr-TU", "01-CTr/TU", "Chương trình", "party", False, "01-ctr-tu-khoa-xi")],
        id="mangled-order"),
    pytest.param(  # seed 003: the committee is part of a local document's identity
        "Chương trình số 01-CTr/TU của Thành ủy Hà Nội (khóa XVII) đem lại những dấu ấn nổi bật.",
        dt.date(2023, 4, 18),
        [("Chương trình số 01-CTr/TU", "01-CTr/TU", "Chương trình", "party", True, "01-ctr-tu-ha-noi-2021")],
        id="local-committee-registered"),
    pytest.param(
        "Chương trình số 01-CTr/TU của Tỉnh ủy Nghệ An (khóa XIX) đem lại những dấu ấn nổi bật.",
        dt.date(2023, 4, 18),
        [("Chương trình số 01-CTr/TU", "01-CTr/TU", "Chương trình", "party", False, "01-ctr-tu-nghe-an-khoa-xiii")],
        id="local-committee"),
    pytest.param(
        "Nghị quyết 18-NQ/TW, 19-NQ/TW của Trung ương.", dt.date(2020, 6, 1),
        [("Nghị quyết 18-NQ/TW", "18-NQ/TW", "Nghị quyết", "party", True, "18-nq-tw-2017"),
         ("19-NQ/TW", "19-NQ/TW", "Nghị quyết", "party", True, "19-nq-tw-2017")],
        id="coded-list"),
    pytest.param(  # seed 004
        "Báo cáo sơ kết 2 năm thực hiện Nghị quyết 18,19 của Hội nghị Trung ương 6 khóa XII.",
        dt.date(2020, 6, 1),
        [("Nghị quyết 18", "18-NQ/TW", "Nghị quyết", "party", True, "18-nq-tw-2017"),
         ("19", "19-NQ/TW", "Nghị quyết", "party", True, "19-nq-tw-2017")],
        id="bare-list-with-plenum"),
    pytest.param(
        "Nghị quyết 18, 19 của Hội nghị Trung ương 6 khóa XII đã đi vào cuộc sống.", dt.date(2020, 6, 1),
        [("Nghị quyết 18", "18-NQ/TW", "Nghị quyết", "party", True, "18-nq-tw-2017"),
         ("19", "19-NQ/TW", "Nghị quyết", "party", True, "19-nq-tw-2017")],
        id="bare-list-spaced"),
    pytest.param(  # seed 004
        "Nghị quyết 39 của Bộ Chính trị về tinh giản biên chế.", dt.date(2020, 6, 1),
        [("Nghị quyết 39", "39-NQ/TW", "Nghị quyết", "party", True, "39-nq-tw-2015")],
        id="bare-with-body"),
    pytest.param(  # seed 000
        "Đến thực hiện Nghị quyết TƯ 4 (khóa XI) \"Một số vấn đề cấp bách về xây dựng Đảng hiện nay\".",
        dt.date(2012, 10, 11),
        [("Nghị quyết TƯ 4 (khóa XI)", "12-NQ/TW", "Nghị quyết", "party", True, "12-nq-tw-2012")],
        id="plenum-tu"),
    pytest.param(
        "Nghị quyết T.Ư 4, khóa XI về xây dựng Đảng.", dt.date(2013, 1, 1),
        [("Nghị quyết T.Ư 4, khóa XI", "12-NQ/TW", "Nghị quyết", "party", True, "12-nq-tw-2012")],
        id="plenum-t-dot-u"),
    pytest.param(
        "Sau khi NQ TW4 khóa 11 ra đời.", dt.date(2013, 1, 1),
        [("NQ TW4 khóa 11", "12-NQ/TW", "Nghị quyết", "party", True, "12-nq-tw-2012")],
        id="plenum-nq-tw4-arabic-term"),
    pytest.param(  # seed 001
        "Về thực hiện Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XII về “Tập trung xây dựng”.",
        dt.date(2018, 7, 16),
        [("Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XII", "26-NQ/TW", "Nghị quyết",
          "party", True, "26-nq-tw-2018")],
        id="plenum-ordinal"),
    pytest.param(  # seed 000
        "Kiểm tra kết quả thực hiện Nghị quyết TƯ 6 (khóa X) ở cơ sở.", dt.date(2012, 10, 11),
        [("Nghị quyết TƯ 6 (khóa X)", "22-NQ/TW", "Nghị quyết", "party", True, "22-nq-tw-2008")],
        id="plenum-term-x"),
    pytest.param(  # seed 004: no number known
        "Thực hiện nghiêm túc Nghị quyết Hội nghị Trung ương 12 (khóa XII), nhất là phương hướng.",
        dt.date(2020, 6, 1),
        [("Nghị quyết Hội nghị Trung ương 12 (khóa XII)", "", "Nghị quyết", "plenum", False, "nq-hntw-12-khoa-xii")],
        id="plenum-unregistered"),
    pytest.param(  # plenum 6 of XII adopted two resolutions: ambiguous, so unresolved
        "Nghị quyết TƯ 6 (khóa XII) đã nêu.", dt.date(2020, 6, 1),
        [("Nghị quyết TƯ 6 (khóa XII)", "", "Nghị quyết", "plenum", False, "nq-hntw-6-khoa-xii")],
        id="plenum-ambiguous"),
    pytest.param(  # seed 002
        "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII nêu rõ 10 nhiệm vụ.", dt.date(2023, 1, 30),
        [("Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII", "", "Nghị quyết", "plenum", True, "nq-dai-hoi-xiii")],
        id="congress"),
    pytest.param(
        "Nghị định 123/2020/NĐ-CP và Luật 91/2015/QH13.", dt.date(2021, 1, 1),
        [("Nghị định 123/2020/NĐ-CP", "123/2020/NĐ-CP", "Nghị định", "state", False, "123-2020-nd-cp"),
         ("Luật 91/2015/QH13", "91/2015/QH13", "Luật", "state", False, "91-2015-qh13")],
        id="state-with-year"),
    pytest.param(
        "Theo Quyết định 719/QĐ-TTg và Thông tư 01/2021/TT-BNV.", dt.date(2021, 6, 1),
        [("Quyết định 719/QĐ-TTg", "719/QĐ-TTg", "Quyết định", "state", False, "719-qd-ttg"),
         ("Thông tư 01/2021/TT-BNV", "01/2021/TT-BNV", "Thông tư", "state", False, "01-2021-tt-bnv")],
        id="state-decision-and-circular"),
]


@pytest.mark.parametrize("sentence, date, expected", VARIANTS)
def test_variant(sentence, date, expected, registry):
    found = [(r.text, r.number, r.type, r.kind, r.resolved, r.key) for r in refs_of(sentence, registry, date)]
    assert found == expected


NOT_DOCUMENTS = [
    pytest.param("Đề tài khoa học “Xây dựng đội ngũ đảng viên” (Mã số 01X-11/08-2021-2).", id="research-code"),
    pytest.param("Kế hoạch ban hành ngày 23-4-2012, sửa ngày 30/5/2012.", id="dates"),
    pytest.param("Liên hệ số điện thoại 0912.345.678 hoặc 024-3825-1234.", id="phones"),
    pytest.param("Giai đoạn 2011-2015 và nhiệm kỳ 2020 - 2025.", id="periods"),
    pytest.param("Theo Điều 5 của Quy định, mỗi cán bộ phải gương mẫu.", id="article-number"),
    pytest.param("Đã chuẩn bị tốt các nội dung được thông qua tại Hội nghị Trung ương 12 khóa XII thông qua.",
                 id="plenum-meeting-not-document"),
    pytest.param("Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng khóa XII đã họp.", id="plenum-meeting"),
    pytest.param("Nghị quyết số 09 về \"Tăng cường công tác xây dựng Đảng\".", id="bare-number-nothing-to-resolve"),
    pytest.param("Nghị quyết từ 4 năm nay vẫn còn giá trị.", id="tu-is-from"),
    pytest.param("Quán triệt Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVII.", id="local-congress"),
    pytest.param("Tổ chức thành công 48,5% đại hội; Quyết định 1.000 người.", id="percent-and-thousands"),
    pytest.param("Tiến tới Đại hội lần thứ XIII của Đảng.", id="congress-meeting"),
]


@pytest.mark.parametrize("sentence", NOT_DOCUMENTS)
def test_not_a_document(sentence, registry):
    assert refs_of(sentence, registry) == ()


def test_back_reference_shares_the_document(registry):
    # seed 002: "Kết luận số 14-KL/TW ..." then later "Kết luận số 14".
    art = article("Đề cập đến Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về cán bộ.",
                  dt.date(2023, 1, 30),
                  ("Đối với việc triển khai thực hiện Kết luận số 14, Bí thư Thành ủy đề nghị lấy TP làm điểm.",))
    refs = extract_references(art, registry)
    assert [(r.text, r.key, r.passage) for r in refs] == [
        ("Kết luận số 14-KL/TW ngày 22/9/2021", "14-kl-tw-2021", 1), ("Kết luận số 14", "14-kl-tw-2021", 2)]


def test_unregistered_mentions_share_year_and_committee(registry):
    art = article("Kế hoạch số 96-KH/TU ngày 13-7-2018 của Thành ủy Hà Nội.", dt.date(2018, 7, 16),
                  ("Thực hiện Kế hoạch số 96-KH/TU, các quận xây dựng kế hoạch.",))
    refs = extract_references(art, registry)
    assert {r.key for r in refs} == {"96-kh-tu-ha-noi-2018"}
    assert [r.year for r in refs] == [2018, 2018]


def test_plenum_without_term_is_read_in_the_article_term(registry):
    refs = refs_of("Là yêu cầu sau kiểm điểm Nghị quyết TƯ 4… Ngành tổ chức sẽ nỗ lực.", registry,
                   dt.date(2012, 10, 11))
    assert [(r.text, r.key) for r in refs] == [("Nghị quyết TƯ 4", "12-nq-tw-2012")]


def test_offsets_and_sentence(registry):
    lead = "Mở đầu. Quán triệt Quy định số 205-QĐ/TW của Bộ Chính trị về kiểm soát quyền lực. Kết thúc."
    (ref,) = refs_of(lead, registry)
    assert ref.passage == 1 and lead[ref.start:ref.end] == ref.text == "Quy định số 205-QĐ/TW"
    assert ref.sentence == "Quán triệt Quy định số 205-QĐ/TW của Bộ Chính trị về kiểm soát quyền lực."
    assert ref.issuer == "TW" and ref.year == 2019


def test_document_for_ref(registry):
    resolved, unresolved = refs_of("Quy định 205-QĐ/TW và Kết luận 22-KL/TW.", registry)
    assert document_for_ref(resolved, registry).title.startswith("Về việc kiểm soát quyền lực")
    assert document_for_ref(unresolved, registry) is None


def _plenum_doc(key: str, number: str, title: str, aliases: tuple[str, ...] = ()) -> Document:
    return Document(key, number, "Nghị quyết", "party", "TW", "Ban Chấp hành Trung ương",
                    year=2012, term="XI", plenum=4, title=title, aliases=aliases)


def test_plenum_with_several_resolutions_is_told_apart_by_subject_or_alias():
    twelve = _plenum_doc("12-nq-tw-2012", "12-NQ/TW", "Một số vấn đề cấp bách về xây dựng Đảng hiện nay")
    thirteen = _plenum_doc("13-nq-tw-2012", "13-NQ/TW", "Về xây dựng hệ thống kết cấu hạ tầng đồng bộ")
    registry = DocumentRegistry([twelve, thirteen])
    date = dt.date(2013, 1, 1)
    by_subject = refs_of("Thực hiện Nghị quyết TƯ 4 (khóa XI) về xây dựng hệ thống kết cấu hạ tầng đồng bộ.",
                         registry, date)
    assert [r.key for r in by_subject] == ["13-nq-tw-2012"]
    assert [r.resolved for r in refs_of("Thực hiện Nghị quyết TƯ 4 (khóa XI).", registry, date)] == [False]
    named = DocumentRegistry([_plenum_doc("12-nq-tw-2012", "12-NQ/TW", "", ("Nghị quyết TƯ 4 (khóa XI)",)),
                              thirteen])
    assert [r.key for r in refs_of("Thực hiện Nghị quyết TƯ 4 (khóa XI).", named, date)] == ["12-nq-tw-2012"]


# ---------------------------------------------------------------- the seeds

# The seeds as the real reader reads them (site chrome already removed).
def load_seed(prefix: str) -> Article:
    return seed_article(prefix)


TW4_XI = ("12-NQ/TW", "12-nq-tw-2012", True)
CTR01_HN = ("01-CTr/TU", "01-ctr-tu-ha-noi-2021", True)
EXPECTED = {
    "000": [TW4_XI, TW4_XI, ("52-KH/TU", "52-kh-tu-2012", False), TW4_XI,
            ("24-KH/BTCTU", "24-kh-btctu-2012", False), ("22-NQ/TW", "22-nq-tw-2008", True),
            ("01-CTr/TU", "01-ctr-tu-khoa-xi", False), TW4_XI],
    "001": [("96-KH/TU", "96-kh-tu-2018", False), ("26-NQ/TW", "26-nq-tw-2018", True),
            ("22-KL/TW", "22-kl-tw-khoa-xii", False), ("105-QĐ/TW", "105-qd-tw-2017", True)],
    "002": [("", "nq-dai-hoi-xiii", True), ("14-KL/TW", "14-kl-tw-2021", True),
            ("18-NQ/TW", "18-nq-tw-2017", True), ("14-KL/TW", "14-kl-tw-2021", True)],
    "003": [CTR01_HN, CTR01_HN, ("04-NQ/TU", "04-nq-tu-khoa-xiii", False),
            ("11-ĐA/TU", "11-da-tu-khoa-xiii", False), CTR01_HN, ("15-NQ/TW", "15-nq-tw-2022", True),
            CTR01_HN, CTR01_HN, CTR01_HN, CTR01_HN],
    "004": [("", "nq-hntw-12-khoa-xii", False), ("18-NQ/TW", "18-nq-tw-2017", True),
            ("19-NQ/TW", "19-nq-tw-2017", True), ("39-NQ/TW", "39-nq-tw-2015", True),
            ("39-NQ/TW", "39-nq-tw-2015", True), ("18-NQ/TW", "18-nq-tw-2017", True),
            ("19-NQ/TW", "19-nq-tw-2017", True), ("35-CT/TW", "35-ct-tw-2019", True),
            ("35-CT/TW", "35-ct-tw-2019", True), ("205-QĐ/TW", "205-qd-tw-2019", True)],
}


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_seed_references(prefix, registry):
    art = load_seed(prefix)
    refs = extract_references(art, registry)
    assert [(r.number, r.key, r.resolved) for r in refs] == EXPECTED[prefix]
    passages = art.passages()
    for ref in refs:
        assert passages[ref.passage][ref.start:ref.end] == ref.text
        assert ref.text in ref.sentence


def test_seed_years_and_issuers(registry):
    refs = {r.key: r for prefix in EXPECTED for r in extract_references(load_seed(prefix), registry)}
    assert refs["52-kh-tu-2012"].year == 2012 and refs["52-kh-tu-2012"].issuer == "TU"
    assert refs["24-kh-btctu-2012"].issuer == "BTCTU"
    assert refs["105-qd-tw-2017"].type == "Quy định"
    assert refs["22-kl-tw-khoa-xii"].year is None and refs["22-kl-tw-khoa-xii"].issuer == "TW"
    assert refs["nq-hntw-12-khoa-xii"].kind == "plenum"
    assert refs["01-ctr-tu-ha-noi-2021"].text == "Chương trình số 01-CTr/TU"


# ---------------------------------------------------------------- robustness


@settings(max_examples=300, deadline=None)
@given(lead=st.text(), body=st.lists(st.text(), max_size=3))
def test_arbitrary_text_never_crashes(lead, body, registry):
    art = article(lead, body=tuple(body))
    refs = extract_references(art, registry)
    assert isinstance(refs, tuple)
    passages = art.passages()
    for ref in refs:
        assert 0 <= ref.start <= ref.end <= len(passages[ref.passage])


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from([
    "Nghị quyết", "số", "18", "-", "NQ", "/", "TW", "TƯ", "T.Ư", "khóa", "XII", "(", ")", ",", " ",
    "Hội nghị", "Trung ương", "6", "Đại hội", "XIII", "của", "Bộ Chính trị", "123/2020/NĐ-CP", "ngày",
    "31-2-2020", "lần thứ", "bảy", "QĐ", "Ctr", "TU", "19", "và", "Mã số", "01X-11/08-2021-2",
]), max_size=30))
def test_citation_like_noise_never_crashes(words, registry):
    text = " ".join(words)
    for ref in refs_of(text, registry):
        assert text[ref.start:ref.end] == ref.text and ref.text in ref.sentence


# The patterns check "not after a word" right after their first character, where
# the regex engine can skip to it fast (enrich/citation_patterns.py); they must find exactly
# what the plain form, a lookbehind first, finds.
_EDGES = st.text(alphabet="nghi quyetNQ0123456789/-.,ax \u00e1", max_size=40)


@given(_EDGES)
@settings(max_examples=400, deadline=None)
def test_number_start_finds_what_a_lookbehind_first_finds(text):
    for digits in (4, 5):
        plain = re.compile(rf"(?<![\w/.-])(?P<num>\d{{1,{digits}}})")
        fast = re.compile(rp._number(digits))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(_EDGES)
@settings(max_examples=400, deadline=None)
def test_word_start_finds_what_a_lookbehind_first_finds(text):
    words = ["nghi quyet", "nq", "nghi"]
    plain = re.compile(r"(?<![a-z])(?:nghi quyet|nghi|nq)")
    fast = re.compile(rp._after_no_letter(words))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


# ---------------------------------------------------------------- issue 13: real pastes' spellings

SPELLINGS = [
    pytest.param("Thực hiện Quy định số 105 – QĐ/TW ngày 19/12/2017 của Bộ Chính trị.", dt.date(2018, 5, 2),
                 ["105-QĐ/TW"], id="en-dash"),
    pytest.param("Theo Quy định 105 - QĐ/TW và Kết luận số 14 – KL/TW, Quy định 98— QĐ/TW.", dt.date(2022, 5, 2),
                 ["105-QĐ/TW", "14-KL/TW", "98-QĐ/TW"], id="spaced-and-em-dash"),
    pytest.param("Thực hiện Chỉ thị số 35- CT/TW của Bộ Chính trị.", dt.date(2019, 9, 1), ["35-CT/TW"],
                 id="space-after-hyphen"),
    pytest.param("Căn cứ Nghị định số 35/2019/ NĐ- CP của Chính phủ.", dt.date(2020, 1, 2), ["35/2019/NĐ-CP"],
                 id="state-stray-spaces"),
    pytest.param("Căn cứ Quyết định số 719/QĐ – TTg của Thủ tướng.", dt.date(2020, 1, 2), ["719/QĐ-TTg"],
                 id="state-decision-en-dash"),
    # Round 9: an issuer's units joined by dots; the National Assembly's term after a space;
    # a Party number printed with slashes only. A sentence's full stop stays out.
    pytest.param("Theo công văn số 512/SNV-TC.CB, ngày 3/4/2019 của Sở.", dt.date(2019, 6, 1), ["512/SNV-TC.CB"],
                 id="state-issuer-dotted-units"),
    pytest.param("Thực hiện công văn số 77/BTP-VP. Các đơn vị triển khai.", dt.date(2019, 6, 1), ["77/BTP-VP"],
                 id="state-full-stop-not-an-issuer-unit"),
    pytest.param("Căn cứ Nghị quyết số 650/NQ – UBTVQH 13 về sắp xếp các xã.", dt.date(2019, 6, 1),
                 ["650/NQ-UBTVQH13"], id="state-assembly-term-spaced"),
    pytest.param("Huyện ủy ban hành Kế hoạch số 47/KH/HU về đại hội chi bộ.", dt.date(2019, 6, 1), ["47-KH/HU"],
                 id="party-slashes-only"),
    # The older state form: no code, no year, the issuer right after the number.
    pytest.param("Ngày 2/3/1988, Hội đồng Bộ trưởng ban hành Nghị định số 35/HĐBT về công tác tổ chức.",
                 dt.date(2020, 1, 2), ["35/HĐBT"], id="state-old-form-hdbt"),
    pytest.param("Theo Nghị định 64/CP và Quyết định số 135/TTg, các tỉnh triển khai.", dt.date(2020, 1, 2),
                 ["64/CP", "135/TTg"], id="state-old-form-cp-ttg"),
    pytest.param("Toàn tỉnh có 5/TW đơn vị và 12/HĐBT xã đạt chuẩn.", dt.date(2020, 1, 2), [],
                 id="old-form-needs-a-state-type-word"),
    # A Party number printed in the state order ("21/NQ-TW") is unambiguous: a Party code
    # and a Party issuer, which no state document carries. It is read as the Party number
    # (as seed 000's "01/Ctr-TU"); the same order with a state issuer stays a state number.
    pytest.param("Nghị quyết số 21/NQ-TW của Bộ Chính trị và Nghị quyết số 17/NQ-CP của Chính phủ.",
                 dt.date(2023, 2, 18), ["21-NQ/TW", "17/NQ-CP"], id="party-number-in-state-order"),
    # Party codes beyond the common ones: the older Quyết nghị (QN), a programme of action
    # numbered apart (CTHĐ, a Chương trình), the cadre-planning Quy hoạch (QHo).
    pytest.param("Từ Quyết nghị số 12-QN/TW năm 1950, công tác kiểm tra được coi trọng.",
                 dt.date(2020, 2, 18), ["12-QN/TW"], id="resolution-of-old-quyet-nghi"),
    pytest.param("Tỉnh ủy ban hành Chương trình hành động số 58-CTHĐ/TU để thực hiện nghị quyết.",
                 dt.date(2021, 2, 18), ["58-CTHĐ/TU"], id="programme-of-action"),
    pytest.param("Ban Thường vụ Huyện ủy ban hành Quy hoạch số 07-QHo/HU về cán bộ.",
                 dt.date(2021, 2, 18), ["07-QHo/HU"], id="cadre-planning"),
    # The Politburo's personnel decisions (QĐNS, "quyết định nhân sự").
    pytest.param("Đoàn công tác công bố Quyết định số 842-QĐNS/TW, ngày 3-5-2023 của Bộ Chính trị về nhân sự.",
                 dt.date(2023, 5, 8), ["842-QĐNS/TW"], id="personnel-decision"),
]


@pytest.mark.parametrize("sentence, date, numbers", SPELLINGS)
def test_dash_and_space_variants(sentence, date, numbers, registry):
    assert [r.number for r in refs_of(sentence, registry, date)] == numbers


BARE_BY_ISSUER = [
    pytest.param("Ban Thường vụ Tỉnh ủy Lạng Sơn vừa ban hành Chỉ thị số 12 về công tác cán bộ.",
                 dt.date(2021, 3, 1), [("12-CT/TU", "Chỉ thị số 12")], id="provincial-standing-committee"),
    pytest.param("Theo Kế hoạch số 47 ngày 3-2-2021 của Ban Thường vụ Thành ủy, các đảng bộ tổ chức đại hội.",
                 dt.date(2021, 3, 1), [("47-KH/TU", "Kế hoạch số 47")], id="city-standing-committee"),
    pytest.param("Thực hiện Hướng dẫn số 26 của Ban Tổ chức Trung ương về đại hội đảng bộ các cấp.",
                 dt.date(2020, 3, 1), [("26-HD/BTCTW", "Hướng dẫn số 26")], id="organisation-commission"),
    pytest.param("Quy định số 37, ngày 25/10/2021 của Ban Chấp hành Trung ương nêu những điều cấm.",
                 dt.date(2022, 3, 1), [("37-QĐ/TW", "Quy định số 37")], id="central-committee-after-a-date"),
    pytest.param("Năm nay các chi bộ thực hiện Quy định 08 ngày 25-10-2018 của Ban Chấp hành Trung ương.",
                 dt.date(2019, 3, 1), [("08-QĐi/TW", "Quy định 08")], id="qdi-2018"),
    # The Central Committee abbreviated ("BCH Trung ương", "BCH TW") is the Central Committee.
    pytest.param("Các trường thực hiện Nghị quyết 41 của BCH Trung ương Đảng về đổi mới giáo dục.",
                 dt.date(2019, 3, 1), [("41-NQ/TW", "Nghị quyết 41")], id="central-committee-abbreviated"),
    pytest.param("Thực hiện Chỉ thị số 16 của BTV Tỉnh ủy về công tác dân vận.",
                 dt.date(2019, 3, 1), [("16-CT/TU", "Chỉ thị số 16")], id="standing-committee-abbreviated"),
    pytest.param("Thực hiện Hướng dẫn số 12 của BTC Trung ương về kết nạp đảng viên.",
                 dt.date(2019, 3, 1), [("12-HD/BTCTW", "Hướng dẫn số 12")], id="organisation-commission-abbreviated"),
    pytest.param("Kế hoạch số 30 của Thường vụ Huyện ủy được triển khai đến các chi bộ.",
                 dt.date(2019, 3, 1), [("30-KH/HU", "Kế hoạch số 30")], id="standing-committee-without-ban"),
    pytest.param("Quyết định số 99 của Bộ Chính trị năm 2018 về cán bộ.", dt.date(2018, 6, 1),
                 [("99-QĐ/TW", "Quyết định số 99")], id="politburo-keeps-qd"),
    # Numbers of one kind listed together share the issuer named after the last one.
    pytest.param("Quán triệt Quy định số 132 và Quy định số 126 của Ban Chấp hành Trung ương.", dt.date(2024, 4, 13),
                 [("132-QĐ/TW", "Quy định số 132"), ("126-QĐ/TW", "Quy định số 126")], id="listed-together"),
    pytest.param("Thực hiện Chỉ thị số 12, Chỉ thị số 15 của Ban Thường vụ Tỉnh ủy về cán bộ.", dt.date(2021, 3, 1),
                 [("12-CT/TU", "Chỉ thị số 12"), ("15-CT/TU", "Chỉ thị số 15")], id="listed-with-a-comma"),
    pytest.param("Nghị quyết số 12 và Chỉ thị số 15 của Ban Thường vụ Tỉnh ủy đã đi vào cuộc sống.", dt.date(2021, 3, 1),
                 [("15-CT/TU", "Chỉ thị số 15")], id="listed-with-another-kind-not-shared"),
    # A committee by its full name: the Executive Committee of a city's, a town's or a
    # district's Party organisation is its Thành ủy, Thị ủy (/TU) or Huyện ủy (/HU).
    pytest.param("Căn cứ Kế hoạch số 58, ngày 4/3/2020 của Ban Chấp hành Đảng bộ thành phố Vinh về đại hội.",
                 dt.date(2020, 6, 1), [("58-KH/TU", "Kế hoạch số 58")], id="city-executive-committee"),
    pytest.param("Thực hiện Chỉ thị số 07 của Ban Chấp hành Đảng bộ thị xã Sơn Tây về công tác dân vận.",
                 dt.date(2020, 6, 1), [("07-CT/TU", "Chỉ thị số 07")], id="town-executive-committee"),
    pytest.param("Theo Hướng dẫn số 21 của Ban Chấp hành Đảng bộ huyện Yên Thành, các chi bộ họp.",
                 dt.date(2020, 6, 1), [("21-HD/HU", "Hướng dẫn số 21")], id="district-executive-committee"),
    pytest.param("Thực hiện Kế hoạch số 30 của Thị ủy về công tác kiểm tra.",
                 dt.date(2020, 6, 1), [("30-KH/TU", "Kế hoạch số 30")], id="town-committee"),
]


@pytest.mark.parametrize("sentence, date, expected", BARE_BY_ISSUER)
def test_a_bare_number_takes_the_issuer_its_sentence_names(sentence, date, expected, registry):
    assert [(r.number, r.text) for r in refs_of(sentence, registry, date)] == expected


@pytest.mark.parametrize("sentence", [
    "Công tác nhân sự theo tinh thần Chỉ thị số 35 và các hướng dẫn của Trung ương.",  # whose number 35?
    "Nghị quyết số 12 đã đi vào cuộc sống. Ban Thường vụ Tỉnh ủy đã chỉ đạo sát sao.",  # another sentence
    # "Trung ương" closing another central body's name is not the Central Committee (/TW)
    "Đảng ủy Khối các cơ quan Trung ương đã ban hành Kế hoạch số 40 ngày 2/6/2021 về học tập.",
    "Quân ủy Trung ương vừa ban hành Chỉ thị số 17 về huấn luyện.",
])
def test_a_bare_number_whose_issuer_is_not_certain_is_left_out(sentence, registry):
    assert refs_of(sentence, registry, dt.date(2021, 3, 1)) == ()


@pytest.mark.parametrize("sentence, numbers", [
    ("Căn cứ Hướng dẫn số 22 HD/TWĐTN của Trung ương Đoàn và Công văn số 2-CV/ĐUHVNH của Đảng ủy.", ["2-CV/ĐUHVNH"]),
    ("Theo Kế hoạch 15-KH/TĐTN của Tỉnh đoàn và Hướng dẫn 09-HD/HNDTW của Hội Nông dân.", []),
    ("Thực hiện Hướng dẫn số 12/HD-MTTW-BTT của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.", []),
])
def test_a_mass_organisations_document_is_no_party_or_state_citation(sentence, numbers, registry):
    assert [r.number for r in refs_of(sentence, registry, dt.date(2015, 12, 8))] == numbers


def test_numbers_in_a_related_link_list_are_not_the_articles_citations(registry):
    from archive.read.layout import find_layout

    links = ["Chỉ thị của Ban Bí thư về việc tổ chức Tết năm 2025 cho nhân dân",
             "Trưởng Ban Tổ chức Trung ương: Tinh gọn là phải rất gọn, rõ chức năng",
             "Đoàn khảo sát tổng kết Nghị quyết số 23-NQ/TW làm việc với Đảng đoàn ngày 1/12/2022"]
    layout = find_layout(list(enumerate(["Quy định mới về đảng đoàn", "(Mặt trận) - Quy định số 97-QĐ/TW có điểm "
                                         "mới về tổ chức.", *links, "Quy định gồm 5 chương."], start=1)))
    found = extract_references(Article("corpus/x.txt", layout.title[1], dt.date(2023, 3, 1), "o", layout.lead[1],
                                       layout.blocks), registry)
    assert [r.number for r in found] == ["97-QĐ/TW"]


def test_a_personnel_decision_is_a_quyet_dinh_whatever_word_stands_before_it(registry):
    """QĐ is shared by Quy định and Quyết định; QĐNS names only the personnel decision, so even
    a slip of the writer ("Quy định số 5-QĐNS/TW") is typed as a Quyết định."""
    refs = refs_of("Bộ Chính trị ban hành Quy định số 5-QĐNS/TW và Quyết định 6-QĐNS/TW về cán bộ.", registry)
    assert [(r.number, r.type) for r in refs] == [("5-QĐNS/TW", "Quyết định"), ("6-QĐNS/TW", "Quyết định")]

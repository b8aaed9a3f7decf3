"""The document registry: the checked facts it holds, its lookups, and the problems
`load_registry` reports to contributors (all at once, with file and line)."""
from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from archive.registry.documents import DocumentRegistry, load_registry, parse_term, term_of_year
from archive.errors import ArchiveError

ROOT = Path(__file__).resolve().parents[1]
DISPLAY = "corpus/documents.yml"


@pytest.fixture(scope="module")
def registry() -> DocumentRegistry:
    return load_registry(ROOT / "corpus" / "documents.yml", DISPLAY)


def load_text(tmp_path: Path, text: str) -> DocumentRegistry:
    path = tmp_path / "documents.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return load_registry(path, DISPLAY)


def problems_of(tmp_path: Path, text: str) -> list:
    with pytest.raises(ArchiveError) as caught:
        load_text(tmp_path, text)
    return caught.value.problems


# ---------------------------------------------------------------- the seeded facts

@pytest.mark.parametrize("key, number, date, year, term, plenum, body", [
    ("12-nq-tw-2012", "12-NQ/TW", None, 2012, "XI", 4, "Ban Chấp hành Trung ương"),
    ("04-nq-tw-2016", "04-NQ/TW", dt.date(2016, 10, 30), 2016, "XII", 4, "Ban Chấp hành Trung ương"),
    ("18-nq-tw-2017", "18-NQ/TW", dt.date(2017, 10, 25), 2017, "XII", 6, "Ban Chấp hành Trung ương"),
    ("19-nq-tw-2017", "19-NQ/TW", dt.date(2017, 10, 25), 2017, "XII", 6, "Ban Chấp hành Trung ương"),
    ("26-nq-tw-2018", "26-NQ/TW", None, 2018, "XII", 7, "Ban Chấp hành Trung ương"),
    ("36-nq-tw-2018", "36-NQ/TW", dt.date(2018, 10, 22), 2018, "XII", 8, "Ban Chấp hành Trung ương"),
    ("22-nq-tw-2008", "22-NQ/TW", None, 2008, "X", 6, "Ban Chấp hành Trung ương"),
    ("39-nq-tw-2015", "39-NQ/TW", None, 2015, "XI", None, "Bộ Chính trị"),
    ("35-ct-tw-2019", "35-CT/TW", dt.date(2019, 5, 30), 2019, "XII", None, "Bộ Chính trị"),
    ("205-qd-tw-2019", "205-QĐ/TW", dt.date(2019, 9, 23), 2019, "XII", None, "Bộ Chính trị"),
    ("105-qd-tw-2017", "105-QĐ/TW", dt.date(2017, 12, 19), 2017, "XII", None, "Bộ Chính trị"),
    ("80-qd-tw-2022", "80-QĐ/TW", dt.date(2022, 8, 18), 2022, "XIII", None, ""),
    ("98-qd-tw-2017", "98-QĐ/TW", dt.date(2017, 10, 7), 2017, "XII", None, "Bộ Chính trị"),
    ("14-kl-tw-2021", "14-KL/TW", dt.date(2021, 9, 22), 2021, "XIII", None, "Bộ Chính trị"),
    ("21-kl-tw-2021", "21-KL/TW", dt.date(2021, 10, 25), 2021, "XIII", 4, "Ban Chấp hành Trung ương"),
    ("15-nq-tw-2022", "15-NQ/TW", dt.date(2022, 5, 5), 2022, "XIII", None, "Bộ Chính trị"),
    ("66-qd-tw-2017", "66-QĐ/TW", dt.date(2017, 2, 6), 2017, "XII", None, "Ban Bí thư"),
    ("36-hd-vptw-2018", "36-HD/VPTW", dt.date(2018, 4, 3), 2018, "XII", None, "Văn phòng Trung ương Đảng"),
])
def test_checked_facts(registry, key, number, date, year, term, plenum, body):
    doc = registry.get(key)
    assert (doc.number, doc.date, doc.year, doc.term, doc.plenum, doc.issuing_body) == (
        number, date, year, term, plenum, body)
    assert doc.kind == "party" and doc.issuer == number.split("/")[1]


def test_replacement_is_linked_both_ways(registry):
    assert registry.get("105-qd-tw-2017").replaced_by == ("80-qd-tw-2022",)
    assert registry.get("80-qd-tw-2022").replaces == ("105-qd-tw-2017",)


def test_types(registry):
    assert registry.get("205-qd-tw-2019").type == "Quy định"
    assert registry.get("35-ct-tw-2019").type == "Chỉ thị"
    assert registry.get("14-kl-tw-2021").type == "Kết luận"
    assert registry.get("36-hd-vptw-2018").type == "Hướng dẫn"


def test_congress_resolution(registry):
    (doc,) = registry.by_congress("XIII")
    assert (doc.key, doc.number, doc.kind, doc.year) == ("nq-dai-hoi-xiii", "", "plenum", 2021)


# ---------------------------------------------------------------- lookups

def test_lookups(registry):
    assert [d.key for d in registry.by_number("35-CT/TW")] == ["35-ct-tw-2019"]
    assert registry.find("18-NQ/TW", 2017).key == "18-nq-tw-2017"
    assert registry.find("18-NQ/TW", 2018) is None
    assert registry.find("4-NQ/TW", 2016).key == "04-nq-tw-2016"  # leading zero optional
    assert {d.key for d in registry.by_plenum(6, "XII")} == {"18-nq-tw-2017", "19-nq-tw-2017"}
    assert [d.key for d in registry.by_plenum(4, "11")] == ["12-nq-tw-2012"]
    assert registry.by_plenum(12, "XII") == ()
    assert registry.by_alias("nghi quyet  tu 4 (khoa xi)").key == "12-nq-tw-2012"
    assert registry.by_alias("Nghị quyết Đại hội XIII").key == "nq-dai-hoi-xiii"
    assert "18-nq-tw-2017" in registry and len(registry) == len(list(registry))


def test_terms():
    assert parse_term("xi") == parse_term("11") == "XI"
    assert parse_term("VI") == "" and parse_term("99") == ""
    assert (term_of_year(2012), term_of_year(2020), term_of_year(2023)) == ("XI", "XII", "XIII")


# ---------------------------------------------------------------- validation

GOOD = """\
documents:
  - key: 18-nq-tw-2017
    number: 18-NQ/TW
    type: Nghị quyết
    kind: party
    date: 2017-10-25
    term: XII
    plenum: 6
"""


def test_minimal_file_loads(tmp_path):
    doc = load_text(tmp_path, GOOD).get("18-nq-tw-2017")
    assert doc.year == 2017 and doc.issuer == "TW"


def test_day_first_quoted_date(tmp_path):
    registry = load_text(tmp_path, GOOD.replace("2017-10-25", '"25-10-2017"'))
    assert registry.get("18-nq-tw-2017").date == dt.date(2017, 10, 25)


def test_duplicate_key(tmp_path):
    (problem,) = problems_of(tmp_path, GOOD + GOOD.split("\n", 1)[1].replace("2017-10-25", "2017-10-26"))
    assert "duplicate key '18-nq-tw-2017' (first used on line 2)" in problem.message
    assert (problem.file, problem.line) == (DISPLAY, 9)


@pytest.mark.parametrize("date", ["2023-02-31", '"2023-02-31"', '"31-2-2023"', "sometime"])
def test_bad_date(tmp_path, date):
    (problem,) = problems_of(tmp_path, GOOD.replace("2017-10-25", date).replace("XII", "XIII"))
    assert "bad date" in problem.message and problem.line == 6
    assert "YYYY-MM-DD" in problem.hint


def test_unknown_field_suggests_the_nearest(tmp_path):
    (problem,) = problems_of(tmp_path, GOOD + "    titel: Một số vấn đề\n")
    assert problem.message == "unknown field 'titel'" and problem.hint == "did you mean 'title'?"
    assert problem.line == 9


@pytest.mark.parametrize("number", ["18NQ/TW", "18-NQ", "NQ-18/TW", "18-XX/TW"])
def test_malformed_number(tmp_path, number):
    (problem,) = problems_of(tmp_path, GOOD.replace("18-NQ/TW", number))
    assert f"malformed Party number '{number}'" in problem.message and problem.line == 3


def test_alias_claimed_by_two_documents(tmp_path):
    text = GOOD + "    aliases: [Nghị quyết 18]\n" + textwrap.dedent("""\
      - key: 19-nq-tw-2017
        number: 19-NQ/TW
        type: Nghị quyết
        kind: party
        year: 2017
        aliases:
          - nghi quyet 18
    """).replace("\n", "\n  ").replace("- key", "  - key", 1).rstrip() + "\n"
    (problem,) = problems_of(tmp_path, text)
    assert "alias 'nghi quyet 18' is claimed by '18-nq-tw-2017' and '19-nq-tw-2017'" in problem.message
    assert problem.line == 16  # the line of the alias itself


def test_replacement_to_unknown_key(tmp_path):
    problem, second = problems_of(tmp_path, GOOD + "    replaced_by: [18-nq-tw-2071]\n    replaces: [zzz]\n")
    assert "'replaced_by' names unknown key '18-nq-tw-2071'" in problem.message
    assert problem.hint == "did you mean '18-nq-tw-2017'?" and problem.line == 9
    assert (second.message, second.hint, second.line) == (
        "'replaces' names unknown key 'zzz'", "add that document first", 10)


def test_every_problem_is_reported_at_once(tmp_path):
    text = textwrap.dedent("""\
        documents:
          - key: a-2017
            number: 18NQ/TW
            type: Nghi quyet
            kind: party
            date: 2023-02-31
          - key: a-2017
            type: Nghị quyết
            kind: partty
            term: XXX
            replaces: [nowhere]
        """)
    problems = problems_of(tmp_path, text)
    messages = [(p.line, p.message) for p in problems]
    assert (3, "malformed Party number '18NQ/TW'") in messages
    assert (4, "unknown type 'Nghi quyet'") in messages
    assert any(line == 6 and "bad date" in m for line, m in messages)
    assert (9, "unknown kind 'partty'") in messages
    assert (10, "unknown term 'XXX'") in messages
    assert any("duplicate key" in m for _, m in messages)
    assert all(p.file == DISPLAY for p in problems)
    assert str(problems[0]).startswith(f"{DISPLAY}:3: ")


def test_year_must_fit_date_and_term(tmp_path):
    problems = problems_of(tmp_path, GOOD.replace("term: XII", "term: X\n    year: 2016"))
    messages = {p.message for p in problems}
    assert "year 2016 does not match date 2017-10-25" in messages
    assert "year 2016 is outside term X (2006-2011)" in messages


def test_plenum_entry_needs_plenum_or_congress(tmp_path):
    (problem,) = problems_of(tmp_path, "documents:\n  - key: nq-x\n    type: Nghị quyết\n    kind: plenum\n")
    assert "needs 'plenum' and 'term', or 'congress'" in problem.message


def test_empty_file_is_an_empty_registry(tmp_path):
    assert len(load_text(tmp_path, "")) == 0


# ---------------------------------------------------------------- one vocabulary

def test_the_document_vocabulary_has_one_home():
    """Types, codes and kinds live in registry/vocabulary.py; the registry's checks,
    citation extraction and the documents index all take them from there."""
    import ast
    import json

    from archive.enrich import citation_patterns
    from archive.registry import document_checks, vocabulary
    from archive.render import documents as render_documents

    assert document_checks.TYPE_WORDS is vocabulary.TYPE_WORDS
    assert citation_patterns.TYPE_WORDS is vocabulary.FOLDED_TYPE_WORDS
    assert citation_patterns.CODES is vocabulary.FOLDED_CODES
    assert set(citation_patterns.TYPE_WORDS.values()) == set(vocabulary.TYPE_WORDS)
    assert render_documents.KIND_TITLES is vocabulary.KIND_TITLES
    assert set(vocabulary.KIND_TITLES) == set(vocabulary.Kind)
    assert json.dumps([vocabulary.Kind.PARTY, vocabulary.Kind.PLENUM]) == '["party", "plenum"]'
    written = [str(path.relative_to(ROOT)) for path in (ROOT / "archive").rglob("*.py")
               if path.name != "vocabulary.py"
               and any(isinstance(node, ast.Constant) and node.value in ("party", "Quy định", "NQ")
                       for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))]
    assert written == [], "kinds, type words or codes written outside registry/vocabulary.py"


def test_registry_documents_carry_kinds_as_enums(registry):
    from archive.registry.vocabulary import Kind

    assert {type(doc.kind) for doc in registry} == {Kind}
    assert {doc.kind for doc in registry} <= set(Kind)


def test_a_key_that_would_replace_the_index_page_is_refused(tmp_path):
    (problem,) = problems_of(tmp_path, GOOD.replace("18-nq-tw-2017", "index"))
    assert problem.line == 2 and "key 'index' is reserved" in problem.message


# ---------------------------------------------------------------- what a reader is shown (issue 15)

GUIDE = """\
  - key: 26-hd-btctw-2019
    number: 26-HD/BTCTW
    type: Hướng dẫn
    kind: party
    issuing_body: Ban Tổ chức Trung ương
    date: 2019-11-18
    summary: Hướng dẫn các cấp ủy thực hiện Quy định 205-QĐ/TW.
    signer: Phạm Minh Chính
    source: https://tulieuvankien.dangcongsan.vn/he-thong-van-ban/26-hd-btctw
    guides: [18-nq-tw-2017]
"""


def test_reader_facts_load_and_relations_link_both_ways(tmp_path):
    registry = load_text(tmp_path, GOOD + GUIDE)
    guide, resolution = registry.get("26-hd-btctw-2019"), registry.get("18-nq-tw-2017")
    assert guide.summary.startswith("Hướng dẫn các cấp ủy") and guide.signer == "Phạm Minh Chính"
    assert guide.source.startswith("https://tulieuvankien.dangcongsan.vn/")
    assert guide.guides == ("18-nq-tw-2017",) and resolution.guided_by == ("26-hd-btctw-2019",)
    assert resolution.guides == () and guide.guided_by == ()


def test_replaced_by_makes_the_status_replaced_on_either_side(tmp_path):
    text = GOOD + "    replaced_by: [26-hd-btctw-2019]\n" + GUIDE.replace("    guides: [18-nq-tw-2017]\n", "")
    registry = load_text(tmp_path, text)
    assert registry.get("18-nq-tw-2017").status == "replaced"
    assert registry.get("26-hd-btctw-2019").replaces == ("18-nq-tw-2017",)
    assert registry.get("26-hd-btctw-2019").status == ""
    text = GOOD + GUIDE.replace("    guides: [18-nq-tw-2017]\n", "    replaces: [18-nq-tw-2017]\n")
    assert load_text(tmp_path, text).get("18-nq-tw-2017").status == "replaced"


def test_a_status_that_contradicts_a_replacement_is_refused_with_its_line(tmp_path):
    text = GOOD + "    status: in_force\n" + GUIDE.replace("    guides: [18-nq-tw-2017]\n", "    replaces: [18-nq-tw-2017]\n")
    (problem,) = problems_of(tmp_path, text)
    assert problem.message == "'18-nq-tw-2017' has status 'in_force' but '26-hd-btctw-2019' replaces it"
    assert problem.line == 9 and "drop 'status'" in problem.hint
    problems = problems_of(tmp_path, GOOD + "    status: expired\n    replaced_by: [18-nq-tw-2017]\n")
    assert [(p.line, p.message) for p in problems] == [
        (9, "status 'expired' but 'replaced_by' names a replacement"),
        (10, "'18-nq-tw-2017' names itself in 'replaced_by'")]


def test_unknown_status_guides_to_unknown_key_and_a_source_that_is_no_address(tmp_path):
    text = GOOD + "    status: valid\n    guides: [18-nq-tw-2071]\n    source: javascript:alert(1)\n"
    messages = {p.line: p.message for p in problems_of(tmp_path, text)}
    assert "unknown status 'valid'" in messages[9]
    assert "'guides' names unknown key '18-nq-tw-2071'" in messages[10]
    assert "source 'javascript:alert(1)' is not a web address" in messages[11]


def test_every_registry_source_is_an_official_or_named_site(registry):
    """The shipped registry links only addresses of the kinds its header allows."""
    hosts = {doc.source.split("/")[2] for doc in registry if doc.source}
    allowed = ("dangcongsan.vn", "chinhphu.vn", "quochoi.vn", "dcs.vn", "gov.vn", "thuvienphapluat.vn",
               "luatvietnam.vn", "tapchicongsan.org.vn", "xaydungdang.org.vn", "hanoi.org.vn")
    assert all(host.endswith(allowed) for host in hosts), hosts

"""People, organisations and places: the registry file, the matching rules, per-seed results."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from archive.enrich.entities import (EntityRegistry, abbreviations_in, check_header_entities, find_entities,
                              home_place, load_entities)
from archive.errors import ArchiveError
from archive.models import Article, Block
from seed_articles import CORPUS, seed_article


@pytest.fixture(scope="module")
def registry() -> EntityRegistry:
    return load_entities(CORPUS / "entities.yml", "corpus/entities.yml")


def make_article(title: str = "Tin", lead: str = "", body: tuple[str, ...] = ()) -> Article:
    return Article(source_file="corpus/t.txt", title=title, date=dt.date(2020, 1, 1), outlet="x", lead=lead,
                   blocks=tuple(Block("paragraph", text, i + 5) for i, text in enumerate(body)))


def people_of(article: Article, registry: EntityRegistry) -> dict[str, tuple[str, ...]]:
    return {p.name: p.roles for p in find_entities(article, registry)[0]}


def names(refs) -> set[str]:
    return {ref.name for ref in refs}


# ---- per seed: what an editor would record --------------------------------------------------

SEED_PEOPLE = {
    "000": {},  # the byline "Bình Yên" is the author, not a subject
    "001": {"Hoàng Trung Hải": ("Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội")},
    "002": {
        "Trương Thị Mai": ("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng Ban Tổ chức Trung ương"),
        "Nguyễn Văn Nên": ("Ủy viên Bộ Chính trị", "Bí thư Thành ủy TPHCM"),
        "Võ Văn Tân": ("Phó trưởng Ban Tổ chức Thành ủy TPHCM",),
    },
    "003": {
        "Phùng Hữu Phú": ("GS.TS", "nguyên Phó Chủ tịch Thường trực Hội đồng Lý luận Trung ương"),
        # roles kept as published: this article writes "Thành uỷ" here
        "Nguyễn Ngọc Tuấn": ("Phó Bí thư Thành uỷ", "Chủ tịch HĐND thành phố"),
        "Nguyễn Văn Phong": ("Phó Bí thư Thành uỷ",),
        "Đinh Tiến Dũng": ("Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội", "Trưởng ban Chỉ đạo Chương trình"),
    },
    "004": {
        "Phạm Minh Chính": ("Ủy viên Bộ Chính trị", "Bí thư Trung ương Đảng", "Trưởng Ban Tổ chức Trung ương"),
        # named in "130 năm Ngày sinh Chủ tịch Hồ Chí Minh": a registry alias, not the city
        "Hồ Chí Minh": ("Chủ tịch",),
    },
}

HANOI_PARTY = {"Thành ủy Hà Nội", "Ban Thường vụ Thành ủy Hà Nội", "Ban Tổ chức Thành ủy Hà Nội",
               "Đảng bộ thành phố Hà Nội"}
SEED_ORGANISATIONS = {
    "000": HANOI_PARTY | {"Bộ Chính trị", "Ban Bí thư", "Mặt trận Tổ quốc Việt Nam"},
    "001": HANOI_PARTY - {"Đảng bộ thành phố Hà Nội"} | {
        "Bộ Chính trị", "Ban Chấp hành Trung ương Đảng", "Hội đồng nhân dân thành phố Hà Nội",
        "Ủy ban nhân dân thành phố Hà Nội"},
    "002": {"Thành ủy TP Hồ Chí Minh", "Ban Thường vụ Thành ủy TP Hồ Chí Minh",
            "Ban Tổ chức Thành ủy TP Hồ Chí Minh", "Đảng bộ TP Hồ Chí Minh", "Bộ Chính trị",
            "Ban Chấp hành Trung ương Đảng", "Ban Tổ chức Trung ương", "Mặt trận Tổ quốc Việt Nam"},
    "003": HANOI_PARTY | {"Ủy ban Kiểm tra Thành ủy Hà Nội", "Ban Tuyên giáo Thành ủy Hà Nội",
                          "Ban Dân vận Thành ủy Hà Nội", "Hội đồng nhân dân thành phố Hà Nội",
                          "Hội đồng Lý luận Trung ương", "Bộ Chính trị", "Mặt trận Tổ quốc Việt Nam"},
    "004": {"Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương Đảng", "Ban Tổ chức Trung ương",
            "Văn phòng Trung ương Đảng", "Ủy ban Kiểm tra Trung ương", "Bộ Nội vụ", "Ban Công tác đại biểu",
            "Quốc hội", "Quân ủy Trung ương", "Đảng ủy Công an Trung ương", "Bộ Công an", "Đảng bộ Quân đội",
            "Đảng bộ Công an Trung ương"},
}

SEED_PLACES = {
    "000": ["Hà Nội"],
    "001": ["Hà Nội"],
    "002": ["TP Hồ Chí Minh"],
    "003": ["Hà Nội"],
    # in order of first mention; "bầu cửTuyên Quang" lost its space in the source
    "004": ["Yên Bái", "Hậu Giang", "Thái Bình", "Bình Phước", "Quảng Ninh", "Hà Nội", "Hưng Yên", "Bắc Ninh",
            "Hà Giang", "Sơn La", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Kon Tum", "Kiên Giang", "Bình Dương",
            "Đắk Lắk", "Tuyên Quang", "Cần Thơ"],
}


@pytest.mark.parametrize("number", sorted(SEED_PEOPLE))
def test_seed_people_with_their_roles(registry, number):
    assert people_of(seed_article(number), registry) == SEED_PEOPLE[number]


@pytest.mark.parametrize("number", sorted(SEED_ORGANISATIONS))
def test_seed_organisations(registry, number):
    assert names(find_entities(seed_article(number), registry)[1]) == SEED_ORGANISATIONS[number]


@pytest.mark.parametrize("number", sorted(SEED_PLACES))
def test_seed_places(registry, number):
    assert [p.name for p in find_entities(seed_article(number), registry)[2]] == SEED_PLACES[number]


def test_seed_people_keys_are_slugs_of_names(registry):
    people = find_entities(seed_article("002"), registry)[0]
    assert [p.key for p in people] == ["truong-thi-mai", "nguyen-van-nen", "vo-van-tan"]


def test_results_are_deterministic_and_in_reading_order(registry):
    article = seed_article("003")
    first = find_entities(article, registry)
    assert first == find_entities(article, registry)
    assert [p.name for p in first[0]] == ["Phùng Hữu Phú", "Nguyễn Ngọc Tuấn", "Nguyễn Văn Phong", "Đinh Tiến Dũng"]


def test_home_place_of_seeds(registry):
    assert [home_place(seed_article(n), registry) for n in ("000", "001", "002", "003", "004")] == \
        ["ha-noi", "ha-noi", "tp-ho-chi-minh", "ha-noi", ""]


def test_seed_abbreviations_resolve_to_full_names(registry):
    glossary = dict(abbreviations_in(seed_article("000"), registry))
    assert glossary["TCCSĐ"] == "tổ chức cơ sở đảng"
    assert glossary["MTTQ"] == "Mặt trận Tổ quốc"
    assert glossary["BTV"] == "Ban Thường vụ"
    assert glossary["TƯ"] == "Trung ương"
    assert dict(abbreviations_in(seed_article("002"), registry))["TPHCM"] == "Thành phố Hồ Chí Minh"


# ---- rules on small texts -------------------------------------------------------------------

def test_bare_thanh_uy_resolves_only_with_a_home_place(registry):
    alone = make_article("Hội nghị", body=("Thành ủy yêu cầu các cấp ủy thực hiện.",))
    assert find_entities(alone, registry)[1] == ()
    hanoi = make_article("Thành ủy Hà Nội ban hành kế hoạch", body=("Thành uỷ yêu cầu các cấp ủy thực hiện.",))
    assert [o.key for o in find_entities(hanoi, registry)[1]] == ["thanh-uy-ha-noi"]


def test_home_place_needs_a_clear_winner_named_up_front(registry):
    tie = make_article("Hà Nội và TPHCM", body=("Thành ủy chỉ đạo.",))
    assert home_place(tie, registry) == ""
    body_only = make_article("Tin", body=("Hà Nội, Hà Nội, Hà Nội.",))
    assert home_place(body_only, registry) == ""


def test_city_is_not_the_person_and_the_person_is_not_the_city(registry):
    people, _, places = find_entities(make_article("Tin", body=(
        "Đảng bộ TP Hồ Chí Minh và thành phố Hồ Chí Minh học tập tư tưởng Hồ Chí Minh.",)), registry)
    assert people == ()
    assert [p.key for p in places] == ["tp-ho-chi-minh"]
    people, _, places = find_entities(make_article("Kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh"), registry)
    assert [p.name for p in people] == ["Hồ Chí Minh"] and places == ()


def test_abbreviation_inside_a_document_code_is_not_an_abbreviation(registry):
    article = make_article("Tin", body=("Theo Kết luận số 22-KL/TƯ và Quy định 105-QĐ/TƯ của TƯ.",))
    assert abbreviations_in(article, registry) == (("TƯ", "Trung ương"),)


def test_abbreviations_must_be_capitals(registry):
    assert abbreviations_in(make_article("Tư tưởng và đầu tư"), registry) == ()


def test_places_need_capitals_and_whole_words(registry):
    article = make_article("Tin", body=("Xây dựng hòa bình, thái bình; Thái Bình Dương; xQuảng Ninhx; Hà nội.",))
    assert [p.name for p in find_entities(article, registry)[2]] == []


def test_glued_words_still_find_the_place(registry):
    article = make_article("Tin", body=("trước khi thực hiện công tác bầu cửTuyên Quang ban hành quy định",))
    assert [p.name for p in find_entities(article, registry)[2]] == ["Tuyên Quang"]


def test_newspaper_name_is_not_the_city(registry):
    assert find_entities(make_article("Theo dõi Báo Hà Nội Mới trên mạng"), registry)[2] == ()


def test_new_person_anchored_by_a_role_chain(registry):
    article = make_article("Tin", body=(
        "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Ninh Nguyễn Xuân Ký phát biểu.",))
    people, organisations, places = find_entities(article, registry)
    assert [(p.key, p.name, p.roles) for p in people] == [
        ("nguyen-xuan-ky", "Nguyễn Xuân Ký", ("Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy Quảng Ninh"))]
    assert [p.name for p in places] == ["Quảng Ninh"]


def test_new_person_anchored_by_dong_chi_and_appositive_roles(registry):
    article = make_article("Tin", body=("Đồng chí Lê Văn Thành, Phó Bí thư Tỉnh ủy chủ trì hội nghị.",))
    assert people_of(article, registry) == {"Lê Văn Thành": ("Phó Bí thư Tỉnh ủy",)}


@pytest.mark.parametrize("text", [
    "Nguyễn Văn An phát biểu tại hội nghị.",  # no role, no "đồng chí": not taken
    "Bí thư Huyện ủy Mai Châu Hà Công Văn phát biểu.",  # role/name split ambiguous
    "Bí thư Thành ủy Hà Nội phát biểu.",  # the place is not a name
    "Chủ tịch Hội đồng Lý luận Trung ương phát biểu.",
    "Theo Bình Yên, Hà Nội Mới.",
    "Bí thư Lê An dự.",  # two syllables: too little to be sure
])
def test_no_person_without_strong_evidence(registry, text):
    assert find_entities(make_article("Tin", body=(text,)), registry)[0] == ()


def test_person_name_containing_a_province_is_a_person_not_the_province(registry):
    article = make_article("Tin", body=("Bí thư Tỉnh ủy Nguyễn Thái Bình phát biểu.",))
    people, _, places = find_entities(article, registry)
    assert [p.name for p in people] == ["Nguyễn Thái Bình"] and places == ()


def test_roles_are_merged_across_mentions(registry):
    article = make_article("Tin", body=("Ủy viên Bộ Chính trị, Bí thư Thành ủy Nguyễn Văn Nên dự.",
                                        "Bí thư Thành uỷ TPHCM Nguyễn Văn Nên nhấn mạnh.",
                                        "Đồng chí Nguyễn Văn Nên cảm ơn."))
    assert people_of(article, registry) == {"Nguyễn Văn Nên": ("Ủy viên Bộ Chính trị", "Bí thư Thành uỷ TPHCM")}


def test_unknown_entity_in_header_is_an_error_with_suggestion(registry):
    problems = check_header_entities(["Trương Thị Mai", "Thanh uy Ha Noi", "Truong Thi Mei"], registry,
                                     "corpus/002_x.txt")
    assert len(problems) == 1
    assert problems[0].file == "corpus/002_x.txt"
    assert "'Truong Thi Mei'" in problems[0].message
    assert "did you mean 'Trương Thị Mai'?" in problems[0].hint


def test_registry_lookup(registry):
    assert registry.resolve("TP.HCM").key == "tp-ho-chi-minh"
    assert registry.resolve("ha-noi").name == "Hà Nội"
    assert len(registry.of_kind("place")) == 63


# ---- registry validation --------------------------------------------------------------------

BAD_REGISTRY = """\
people:
  - name: Trương Thị Mai
    alias: [Chị Mai]
  - name: Trương Thị Mai
organisations:
  - name: Thành ủy Hà Nội
    place: ha-noi
    local_aliases: [Thành ủy]
  - name: Thành ủy khác
    place: ha-noi
    local_aliases: [Thành uỷ]
  - name: Bộ Chính trị
    aliases: [BCT]
  - name: Ban Cán sự
    aliases: [BCT]
    place: ha-nol
places:
  - name: Hà Nội
  - aliases: [X]
abbreviation:
  - {short: TƯ, full: Trung ương}
"""


def test_bad_registry_reports_every_problem_with_its_line(tmp_path: Path):
    path = tmp_path / "entities.yml"
    path.write_text(BAD_REGISTRY, encoding="utf-8")
    with pytest.raises(ArchiveError) as caught:
        load_entities(path, "corpus/entities.yml")
    problems = caught.value.problems
    assert all(p.file == "corpus/entities.yml" for p in problems)

    def one(fragment: str):
        found = [p for p in problems if fragment in p.message]
        assert len(found) == 1, (fragment, problems)
        return found[0]

    assert one("unknown field 'alias'").line == 3
    assert "did you mean 'aliases'?" in one("unknown field 'alias'").hint
    assert one("duplicate key 'truong-thi-mai'").line == 4
    assert "first at line 2" in one("duplicate key").message
    # a claimed name is reported on the line that writes it, not where its entry starts
    assert one("'Thành uỷ' is claimed by both 'Thành ủy Hà Nội'").line == 11
    assert one("'BCT' is claimed by both 'Bộ Chính trị'").line == 15
    assert one("unknown place 'ha-nol'").line == 14
    assert "did you mean 'ha-noi'?" in one("unknown place").hint
    assert one("place entry has no 'name'").line == 19
    assert one("unknown section 'abbreviation'").line == 20
    assert "did you mean 'abbreviations'?" in one("unknown section").hint
    assert len(problems) == 7


def test_local_alias_may_repeat_in_another_place(tmp_path: Path):
    path = tmp_path / "entities.yml"
    path.write_text("organisations:\n"
                    "  - {name: Thành ủy A Lưới, place: a, local_aliases: [Thành ủy]}\n"
                    "  - {name: Thành ủy B Lưới, place: b, local_aliases: [Thành ủy]}\n"
                    "places:\n  - {name: A Lưới, key: a}\n  - {name: B Lưới, key: b}\n", encoding="utf-8")
    registry = load_entities(path, "corpus/entities.yml")
    article = make_article("Thành ủy B Lưới họp", body=("Thành ủy quyết định.",))
    assert [o.key for o in find_entities(article, registry)[1]] == ["thanh-uy-b-luoi"]


def test_local_alias_may_not_shadow_a_global_name(tmp_path: Path):
    path = tmp_path / "entities.yml"
    path.write_text("organisations:\n  - {name: Bộ Chính trị}\n"
                    "  - {name: X, place: a, local_aliases: [Bộ Chính trị]}\nplaces:\n  - {name: A, key: a}\n",
                    encoding="utf-8")
    with pytest.raises(ArchiveError, match="claimed by both"):
        load_entities(path, "corpus/entities.yml")


# ---- robustness -----------------------------------------------------------------------------

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
vietnamese = st.text(alphabet="ĐđÀàẢảẠạỦủỤụƯưÔôƠơ ,.-/HàNộiTPHCMBíthưỦyviênNguyễnVănĐồngchíTƯ", max_size=200)


@settings(max_examples=200, deadline=None)
@given(title=texts, lead=vietnamese, body=st.lists(st.one_of(texts, vietnamese), max_size=4))
def test_arbitrary_text_never_crashes_entities(registry, title, lead, body):
    article = make_article(title, lead, tuple(body))
    people, organisations, places = find_entities(article, registry)
    assert len({p.key for p in people}) == len(people)
    assert all(registry.get(o.key) for o in organisations + places)
    abbreviations_in(article, registry)
    home_place(article, registry)

"""Tags: the vocabulary file, the evidence rule, header tags, per-seed results."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from archive.errors import ArchiveError
from archive.models import Article, Block
from archive.enrich.tagging import Tag, TagVocabulary, assign_tags, check_header_tags, load_tags, tag_scores
from seed_articles import CORPUS, seed_article

TAGS_FILE = CORPUS / "tags.yml"


@pytest.fixture(scope="module")
def vocabulary() -> TagVocabulary:
    return load_tags(TAGS_FILE, "corpus/tags.yml")


def make_article(title: str = "Tin", lead: str = "", body: tuple[str, ...] = (), kicker: str = "",
                 header_tags: tuple[str, ...] = ()) -> Article:
    return Article(source_file="corpus/t.txt", title=title, date=dt.date(2020, 1, 1), outlet="x", lead=lead,
                   blocks=tuple(Block("paragraph", text, i + 5) for i, text in enumerate(body)),
                   kicker=kicker, header_tags=header_tags)


# What an editor gives each seed, and nothing more.
SEED_TAGS = {
    "000": ("cong-tac-can-bo", "nganh-to-chuc-xay-dung-dang", "quy-hoach-luan-chuyen-can-bo",
            "to-chuc-co-so-dang", "xay-dung-chinh-don-dang"),
    "001": ("cong-tac-can-bo", "kiem-soat-quyen-luc"),
    "002": ("cong-tac-can-bo", "nganh-to-chuc-xay-dung-dang", "tinh-gon-bo-may"),
    "003": ("chat-luong-dang-vien", "chuyen-doi-so", "cong-tac-can-bo", "dan-van", "kiem-tra-giam-sat-ky-luat",
            "phong-chong-tham-nhung"),
    "004": ("cong-tac-can-bo", "dai-hoi-dang", "kiem-soat-quyen-luc", "nganh-to-chuc-xay-dung-dang",
            "tinh-gon-bo-may"),
}


@pytest.mark.parametrize("number", sorted(SEED_TAGS))
def test_each_seed_gets_the_tags_an_editor_would_give(vocabulary, number):
    assert assign_tags(seed_article(number), vocabulary) == SEED_TAGS[number]


def test_seed_vocabulary_covers_the_subjects_of_the_seeds(vocabulary):
    used = {slug for tags in SEED_TAGS.values() for slug in tags}
    assert used <= {tag.slug for tag in vocabulary}
    for tag in vocabulary:
        assert tag.name and tag.description and tag.phrases


def test_one_passing_mention_in_the_body_is_not_enough(vocabulary):
    article = make_article("Hội nghị tổng kết", body=("Đơn vị cũng nhắc tới công tác dân vận.",))
    assert "dan-van" not in assign_tags(article, vocabulary)


def test_a_phrase_in_the_title_is_enough(vocabulary):
    article = make_article("Đẩy mạnh công tác dân vận ở cơ sở")
    assert "dan-van" in assign_tags(article, vocabulary)


def test_lead_counts_more_than_body(vocabulary):
    lead = make_article(lead="Nâng cao hiệu quả dân vận.", body=("Mô hình dân vận khéo.",))
    body = make_article(body=("Nâng cao hiệu quả dân vận.", "Mô hình dân vận khéo."))
    assert tag_scores(lead, vocabulary)["dan-van"] == 3
    assert tag_scores(body, vocabulary)["dan-van"] == 2
    assert "dan-van" in assign_tags(lead, vocabulary)
    assert "dan-van" not in assign_tags(body, vocabulary)


def test_matching_ignores_tone_placement_case_and_punctuation(vocabulary):
    variants = ("Chống CHẠY CHỨC CHẠY QUYỀN", "chống chay chuc, chay quyen", "Chống chạy chức,chạy quyền")
    for title in variants:
        assert "kiem-soat-quyen-luc" in assign_tags(make_article(title), vocabulary), title


def test_overlapping_phrases_of_one_tag_count_once(vocabulary):
    # "chạy chức, chạy quyền" also contains "chạy chức" and "chạy quyền"
    article = make_article(body=("Chống chạy chức, chạy quyền.",))
    assert tag_scores(article, vocabulary)["kiem-soat-quyen-luc"] == 1


def test_header_tags_are_kept_and_may_be_display_names(vocabulary):
    article = seed_article("001", header_tags=("dan-van", "Chuyển đổi số"))
    tags = assign_tags(article, vocabulary)
    assert {"dan-van", "chuyen-doi-so", "kiem-soat-quyen-luc"} <= set(tags)
    assert list(tags) == sorted(tags)


def test_unknown_header_tag_is_an_error_naming_file_and_nearest_tag(vocabulary):
    problems = check_header_tags(("cong-tac-can-bo", "cong-tac-canbo", "xyzzy"), vocabulary,
                                 "corpus/001_x.txt")
    assert len(problems) == 2
    assert problems[0].file == "corpus/001_x.txt"
    assert "unknown tag 'cong-tac-canbo'" in problems[0].message
    assert "did you mean 'cong-tac-can-bo'?" in problems[0].hint
    assert "unknown tag 'xyzzy'" in str(problems[1])


def test_unknown_header_tag_suggestion_by_display_name(vocabulary):
    problems = check_header_tags(("Công tác dân vậm",), vocabulary, "corpus/a.txt")
    assert "did you mean 'dan-van'?" in problems[0].hint


def test_known_header_tags_raise_nothing(vocabulary):
    assert check_header_tags(("dan-van", "Công tác dân vận", "CÔNG TÁC DÂN VẬN"), vocabulary, "f") == []


def test_vocabulary_get_and_resolve(vocabulary):
    tag = vocabulary.get("dan-van")
    assert isinstance(tag, Tag) and tag.name == "Công tác dân vận"
    assert vocabulary.get("nope") is None
    assert vocabulary.resolve("cong tac dan van") == "dan-van"


BAD_TAGS = """\
tags:
  - slug: a-tag
    name: Một
    description: Mô tả.
    phrases: [một]
  - slug: a-tag
    name: Hai
    description: Mô tả.
    phrases: [hai]
  - slug: no-name
    description: Mô tả.
    phrases: [ba]
  - slug: typo
    name: Bốn
    description: Mô tả.
    phrase: [bốn]
  - slug: Bad Slug
    name: Năm
    description: Mô tả.
    phrases: [năm]
    min_score: 0
"""


def test_bad_vocabulary_reports_every_problem_with_its_line(tmp_path: Path):
    path = tmp_path / "tags.yml"
    path.write_text(BAD_TAGS, encoding="utf-8")
    with pytest.raises(ArchiveError) as caught:
        load_tags(path, "corpus/tags.yml")
    problems = caught.value.problems
    text = str(caught.value)
    assert all(p.file == "corpus/tags.yml" for p in problems)
    by_message = {p.message: p for p in problems}
    duplicate = next(p for p in problems if "duplicate tag slug 'a-tag'" in p.message)
    assert duplicate.line == 6 and "first at line 2" in duplicate.message
    assert next(p for p in problems if "tag has no 'name'" in p.message).line == 10
    unknown = next(p for p in problems if "unknown field 'phrase'" in p.message)
    assert unknown.line == 16 and "did you mean 'phrases'?" in unknown.hint
    assert "slug 'Bad Slug' is not a slug" in text
    assert "min_score must be a whole number" in text
    assert len(by_message) == len(problems) == 5


def test_yaml_syntax_error_names_the_line(tmp_path: Path):
    path = tmp_path / "tags.yml"
    path.write_text("tags:\n  - slug: a\n    name: [unclosed\n", encoding="utf-8")
    with pytest.raises(ArchiveError) as caught:
        load_tags(path, "corpus/tags.yml")
    assert caught.value.problems[0].line is not None


def test_empty_vocabulary_file_is_an_empty_vocabulary(tmp_path: Path):
    path = tmp_path / "tags.yml"
    path.write_text("", encoding="utf-8")
    vocabulary = load_tags(path, "corpus/tags.yml")
    assert len(vocabulary) == 0
    assert assign_tags(make_article("Công tác dân vận"), vocabulary) == ()


texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)


@settings(max_examples=200, deadline=None)
@given(title=texts, lead=texts, body=st.lists(texts, max_size=4), header=st.lists(texts, max_size=2))
def test_arbitrary_text_never_crashes_tagging(vocabulary, title, lead, body, header):
    article = make_article(title, lead, tuple(body), header_tags=tuple(header))
    tags = assign_tags(article, vocabulary)
    assert list(tags) == sorted(set(tags))
    assert all(vocabulary.get(slug) for slug in tags)
    check_header_tags(header, vocabulary, "f")

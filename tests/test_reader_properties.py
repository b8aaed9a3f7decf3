"""Whatever a contributor pastes, the reader answers with an Article or an ArchiveError: never a crash."""
import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive import models
from archive.errors import ArchiveError
from archive.read.header import HEADER_FIELDS
from archive.extraction import enrich, header_checks
from archive.read.reader import decode, parse_article
from archive.registry.registries import load_registries

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 23)
REGISTRIES = load_registries(ROOT / "corpus")
CHECKS = header_checks(REGISTRIES)
SETTINGS = settings(max_examples=int(__import__("os").environ.get("PROPERTY_EXAMPLES", "300")), deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Lines that steer the layout rules: dates, markers, chrome, fences, captions, bylines.
FRAGMENTS = [
    "---", "--- ", "...", "Thứ Hai, 01/06/2020", "Chính trị | 06:51 Thứ Năm ngày 11/10/2012",
    "Quốc Bình| 16/07/2018 20:15", "31/02/2023", "01/06/2020 | 1456", "ngày 30 tháng 1 năm 2023",
    "Thứ Hai, ngày 30 tháng 13 năm 2023", "99/99/9999", "(HNM) - ", "(Thanhuytphcm.vn) -", "( X ) –",
    "Bình luận", "(0) Bình luận", "Tag:", "Các bài viết khác", "Đăng nhập", "Thông báo", "Ảnh: TTXVN",
    "1. Mục một", "1)", "Bình Yên", "S. Hải", "Hoàng Lan - Hoàng Mai", "A A", "x x", "Đồng chí A Đồng chí A",
    "Nghị quyết số 18-NQ/TW ngày 25/10/2017", "Quy định 205-QĐ/TW", "Nghị quyết TƯ 4 (khóa XI)",
    "Nghị quyết Đại hội XIII", "123/2020/NĐ-CP", "Kết luận số 14-KL/TW", "<script>alert(1)</script>",
    "[x](javascript:alert(1))", "{{ config.site_name }}", "# tiêu đề", "title: x", "date: 2020-06-01",
    "\t", " ", "", "\u200b", "\ufeff", "\r", "\r\n", "Ð", "\u0301", "Ủy ban", "Uỷ ban",
]
# Every key, plus near misses and junk, so unknown keys and bad values are exercised.
KEYS = [*HEADER_FIELDS, "outlett", "tag", "Title", "", "1", "null", "true", "? x", "- a"]
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-10**6, 10**12), st.floats(allow_nan=True),
    st.text(max_size=30), st.sampled_from(["2020-06-01", "2023-02-31", "01/06/2020", "31/02/2023",
                                           "2031-01-01", "20:15", "25:99", "https://example.org/a",
                                           "javascript:alert(1)", "Báo Hànộimới", "cong-tac-can-bo",
                                           "Hồ Chí Minh", "Hà Nội", "[a, b]", "{a: 1}", "*x", "&a", "!!python/name:os.system"]),
    st.dates(), st.datetimes(),
)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                      st.dictionaries(st.text(max_size=5), inner, max_size=3)),
                      max_leaves=8)
LINES = st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=80),
                  st.builds(lambda a, b: a + b, st.sampled_from(FRAGMENTS), st.text(max_size=40)))


@st.composite
def dumped_header(draw):
    """A YAML header PyYAML itself wrote: well-formed, any keys and values."""
    data = draw(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=6))
    try:
        text = yaml.safe_dump(data, allow_unicode=True)
    except yaml.YAMLError:
        text = ""
    return text


@st.composite
def handwritten_header(draw):
    """Header lines as a person types them: possibly not YAML at all."""
    lines = draw(st.lists(st.one_of(
        st.builds(lambda k, v: f"{k}: {v}", st.sampled_from(KEYS), st.one_of(st.text(max_size=30),
                                                                             st.sampled_from(FRAGMENTS))),
        LINES), max_size=6))
    return "\n".join(lines) + "\n"


@st.composite
def article_text(draw):
    header = draw(st.one_of(st.just(None), dumped_header(), handwritten_header()))
    body = "\n".join(draw(st.lists(LINES, max_size=14)))
    if header is None:
        return body
    closing = draw(st.sampled_from(["---\n", "--- \n", ""]))  # "" leaves it unclosed
    return f"---\n{header}{closing}{body}"


@st.composite
def plausible_article(draw):
    """The shape of a real paste (title, date line, marked lead, body, byline) with arbitrary
    words, chrome and fragments mixed in, so the success path is exercised too."""
    words = st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "Zs", "S"]), min_size=1, max_size=60)
    date = draw(st.dates(dt.date(1990, 1, 1), TODAY))
    title = draw(words)
    date_line = draw(st.sampled_from(["Thứ Hai, {d}", "Chính trị | 06:51 Thứ Năm ngày {d}", "{d} | 1456",
                                      "Quốc Bình| {d} 20:15"])).format(d=date.strftime("%d/%m/%Y"))
    marker = draw(st.sampled_from(["(HNM) - ", "(Thanhuytphcm.vn) - ", "(HNMO) – ", ""]))
    lead = marker + draw(words) + "."
    body = draw(st.lists(st.one_of(words, LINES), max_size=10))
    head = [title, date_line] if draw(st.booleans()) else [date_line, title]
    if draw(st.booleans()):
        head.insert(0, draw(words))  # a kicker, or chrome above the title
    text = "\n".join([*head, lead, *body])
    if not marker or draw(st.booleans()):
        header = draw(st.dictionaries(st.sampled_from(KEYS), VALUES, max_size=3))
        header.setdefault("outlet", "Báo Hànộimới")
        try:
            text = f"---\n{yaml.safe_dump(header, allow_unicode=True)}---\n{text}"
        except yaml.YAMLError:
            pass
    return text


def parse(text: str):
    try:
        article = parse_article(text, "corpus/x.txt", REGISTRIES.outlets, TODAY, CHECKS)
    except ArchiveError as error:
        assert error.problems, "an ArchiveError must carry at least one problem"
        for problem in error.problems:
            assert problem.file == "corpus/x.txt" and problem.message
            assert problem.line is None or problem.line >= 1
        return None
    assert isinstance(article, models.Article)
    assert article.title and article.lead and article.outlet and article.date <= TODAY
    assert article.slug.startswith(article.date.isoformat())
    return article


@SETTINGS
@given(st.text())
def test_any_text_parses_or_raises_archive_error(text):
    parse(text)


@SETTINGS
@given(article_text())
def test_articles_with_any_header_parse_or_raise_archive_error(text):
    parse(text)


@SETTINGS
@given(plausible_article())
def test_plausible_articles_parse_or_raise_archive_error(text):
    article = parse(text)
    if article is not None:  # the enrich stages must take whatever the reader accepts
        enriched = enrich(article, REGISTRIES)
        assert enriched.source_file == article.source_file


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_decode_or_raise_archive_error(raw):
    try:
        text = decode(raw, "corpus/x.txt")
    except ArchiveError as error:
        assert all(p.file == "corpus/x.txt" for p in error.problems)
        return
    parse(text)


@pytest.mark.parametrize("text", [
    "---\n? [a, b]\n: c\n---\nx",  # a key that is a list
    "---\n!!binary aGVsbG8=: x\n---\nx",
    "---\ndate: 2020-06-01 20:15:00\n---\nx",
    "---\n&a x: *a\n---\nx",
    "---\ndate: !!timestamp 2020-06-01\n---\nx",
    "---\n1: 2\n---\nx",
    "---\n---\n---\n",
    "---\n",
])
def test_header_edge_cases(text):
    parse(text)

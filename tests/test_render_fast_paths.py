"""The render stage's fast paths (perf round 8) give what the plain code gives: a line with nothing to
collapse returned as it is (text/normalize.clean_line, search records' _plain), a link between sections
without splitting its target (site/paths.href), front matter's scalars without json.dumps's encoder
object (render/markup._quoted, _scalar)."""
import itertools
import json

import pytest

from archive.render import markup
from archive.site import paths
from archive.text.normalize import clean_line

_SPACES = [" ", "  ", "\t", "\n", "\r\n", "\xa0", "\u2003", "\u3000", "\u2028", "\u2029", "\x85", "\x1c", "\u202f",
           "\u200b", "\xad", "\x0b", "\x0c"]
_WORDS = ["Tin tức", "ĐẢNG CỘNG SẢN", "Nghị quyết 12-NQ/TW", "a", "", "Độc lập - Tự do", "x\u0301y", "Ủy ban"]


def _lines():
    for word, other in itertools.product(_WORDS, _WORDS[:4]):
        for space in _SPACES:
            yield word + space + other
            yield space + word
            yield word + space
            yield word + space + space + other
        yield word + " " + other
        yield word


@pytest.mark.parametrize("line", sorted(set(_lines())))
def test_clean_line_equals_split_and_join(line):
    assert clean_line(line) == " ".join(line.split())


def test_a_clean_line_comes_back_as_it_was():
    line = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12, nhiệm kỳ 2020-2025."
    assert clean_line(line) is line


def _href(from_page: str, to_page: str) -> str:  # the plain walk over both paths' folders
    here, there = from_page.split("/")[:-1], to_page.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return paths.url("../" * (len(here) - common) + "/".join(there[common:]))


_PAGES = ["index.md", "feed.xml", "tags.md", "tags/index.md", "tags/x.md", "tags/x/2.md", "tags/xy.md",
          "articles/2020/a.md", "articles/2020/b.md", "articles/2019/a.md", "articles/2020.md", "articles.md",
          "years/2020.md", "years/2020/3.md", "people/nguyen-van-a.md", "data/articles.json.gz", "tagsx/a.md",
          "documents/nq-12-tw.md", "documents/index/2.md", "data/.search/articles/2020/a.json", "a/b/c/d.md"]


@pytest.mark.parametrize("from_page, to_page", list(itertools.product(_PAGES, _PAGES)))
def test_href_equals_the_plain_walk(from_page, to_page):
    assert paths.href(from_page, to_page) == _href(from_page, to_page)


_SCALARS = ["", "Tin tức", 'a "quoted" \\ word', "tab\there", "line\nbreak", "\x00\x1f\x7f\x85", "\u2028\u2029",
            "\ud7ff\ue000\ufffe\uffff", "😀 \U00010000", "<script>&amp;</script>", "'", "yes", "null", "12",
            True, False, None, 0, 1, -7, 2 ** 70, 2026]


def _plain_scalar(value) -> str:  # the scalar as json.dumps writes it
    if isinstance(value, bool) or value is None or isinstance(value, int):
        return json.dumps(value)
    quoted = json.dumps(markup.attr(value), ensure_ascii=False)
    return markup._NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


@pytest.mark.parametrize("value", _SCALARS, ids=repr)
def test_a_scalar_as_json_dumps_writes_it(value):
    assert markup._scalar(value) == _plain_scalar(value)


def test_front_matter_reads_back():
    yaml = pytest.importorskip("yaml")
    data = {"title": 'Tin "tức" <b>', "n": 3, "draft": False, "none": None, "tags": ["a", "\u2028b"], "yes": "no"}
    loaded = yaml.safe_load(markup.front_matter(data).split("---")[1])
    assert loaded == {"title": "Tin &quot;tức&quot; &lt;b&gt;", "n": 3, "draft": False, "none": None,
                      "tags": ["a", "\u2028b"], "yes": "no"}


_COMBINED = __import__("re").compile(r"[\\`*_\[\]{}|&<>]|^\s*(?:[#+\-]|\d+[.)]|!)", __import__("re").M)
_OPENERS = ["#", "+", "-", "1.", "12)", "!", "*", "`", "_", "[", "]", "{", "}", "|", "&", "<", ">", "\\", "a", "1", "1 ."]
_BEFORE = ["", " ", "\t", "\r", "\u2028", "\n", "\n ", "x\n", "Tin tức\n  ", "\xa0"]


@pytest.mark.parametrize("text", sorted({before + opener + after for before in _BEFORE for opener in _OPENERS
                                         for after in ("", " Tin tức", "\n# x", "\n2. y", " 3) z")}))
def test_needs_escape_equals_the_combined_pattern(text):
    assert markup.needs_escape(text) == bool(_COMBINED.search(text))


def test_a_document_s_articles_are_sorted_once_and_the_same():
    import datetime as dt
    import pickle

    from archive.models import Article, DocumentRef
    from archive.site.model import Citation, DocumentEntry, newest_first

    def article(slug, day):
        return Article(title=slug, date=dt.date(2024, 1, day), outlet="X", source_file=f"{slug}.txt", slug=slug,
                       lead="", blocks=())

    a, b, c = article("a", 3), article("b", 1), article("c", 2)
    ref = DocumentRef(key="12-nq-tw", number="12-NQ/TW", type="Nghị quyết", kind="party", issuer="TW", year=None,
                      text="Nghị quyết 12-NQ/TW", sentence="", passage=0, start=0, end=19, resolved=False)
    entry = DocumentEntry("nq-12", ref, citations=tuple(Citation(x, ref) for x in (b, a, c, a)))
    first = entry.articles
    assert first == newest_first([a, b, c]) and entry.articles is first  # computed once
    assert "articles" not in repr(entry) and entry == DocumentEntry("nq-12", ref, citations=entry.citations)
    assert pickle.loads(pickle.dumps(entry)).articles == first

"""Article text is data: whatever it holds must render literally."""
import html
import re

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import archive.render.markup as md
from archive.render.markup import attr, escape, front_matter

EXTENSIONS = ["toc", "attr_list", "tables", "sane_lists", "admonition"]  # as in mkdocs.yml


def render(text: str) -> str:
    return markdown.markdown(escape(text), extensions=EXTENSIONS)


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>", "[x](javascript:alert(1))", "{{ config.site_name }}", "---",
    "1. không phải danh sách", "# không phải tiêu đề", "a *b* _c_ `d` & e", "> trích", "+ x", "| a | b |",
    "\\[x\\]", "{: .lead }", "<b>đậm</b> &amp; &nbsp;", "- gạch đầu dòng",
    '!!! danger "Cảnh báo"', "!!! note", "!!!warning", "![ảnh](x.png)", "!",
])
def test_escaped_text_renders_literally(text):
    import html as h
    import re
    rendered = render(text)
    inner = re.fullmatch(r"<p>(.*)</p>", rendered, re.S)
    assert inner, rendered
    assert h.unescape(inner.group(1)) == text
    assert "<script" not in rendered and "href" not in rendered


# Characters with a meaning to Python-Markdown or its extensions, at any place in a line.
_MARKUP = st.text(st.sampled_from("aĐ 1.)#+-*_`[]{}|\\&<>!?=:~\"'"), min_size=1, max_size=24)


@settings(max_examples=500, deadline=None)
@given(_MARKUP.filter(lambda t: t.strip() == t and t))
def test_any_line_renders_as_its_own_text(text):
    """Whatever markup a pasted line holds, escape() makes it render as that text:
    a paragraph whose only content is the text (no admonition, list, heading, link)."""
    rendered = render(text)
    inner = re.fullmatch(r"<p>(.*)</p>", rendered, re.S)
    assert inner, rendered
    assert not re.search(r"<(?!/?p>)", inner.group(1)), rendered
    assert html.unescape(inner.group(1)) == text


def test_attr_escapes_quotes_for_the_theme():
    assert attr('a "b" <c>') == "a &quot;b&quot; &lt;c&gt;"


def test_front_matter_is_yaml_with_unicode():
    text = front_matter({"title": "Đảng: \"x\"", "tags": ["a"]})
    assert text.startswith("---\n") and text.endswith("---\n\n")
    assert "Đảng" in text


# Any text a contributor can paste, surrogates excluded (UTF-8 files cannot hold them).
_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.one_of(st.from_regex(r"[a-z_]{1,12}", fullmatch=True), _TEXT),
                       st.one_of(_TEXT, st.integers(), st.lists(_TEXT, max_size=4)), max_size=6))
def test_front_matter_loads_back_as_written(data):
    """The hand-written emitter must give back, through PyYAML (what MkDocs reads
    front matter with), exactly the values it was given."""
    text = front_matter(data)
    assert text.startswith("---\n") and text.endswith("\n---\n\n")
    loaded = yaml.safe_load(text[4:-5]) or {}
    assert _unescaped(loaded) == {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}
    assert list(loaded) == list(data)


def _unescaped(value):
    if isinstance(value, str):
        return html.unescape(value)
    if isinstance(value, list):
        return [_unescaped(v) for v in value]
    if isinstance(value, dict):
        return {k: _unescaped(v) for k, v in value.items()}
    return value


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_front_matter_values_hold_no_markup(value):
    """Themes print front matter raw (Material: title, description, author): no
    value may carry a tag or break out of an attribute."""
    loaded = yaml.safe_load(front_matter({"author": value, "tags": [value]})[4:-5])
    for text in (loaded["author"], *loaded["tags"]):
        assert not set(text) & set("<>\"'"), text
        assert html.unescape(text) == value


def test_front_matter_refuses_values_it_cannot_write():
    with pytest.raises(TypeError):
        front_matter({"when": object()})


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab 1.)#+-*_`[]{}|\\&<>\nĐ"), max_size=30))
def test_escape_skips_only_texts_it_would_not_change(text):
    """The fast path (nothing to escape) must give what the full escape gives."""
    full = md._INLINE.sub(r"\\\1", text)
    full = html.escape(full, quote=False)
    full = md._LINE_START.sub(lambda m: m.group(1) + md._escape_opener(m.group(2)), full)
    assert escape(text) == full


@given(st.text(st.sampled_from("aĐ &<>\"'#;x1"), max_size=12))
def test_text_and_attr_escape_as_html_escape_does(value):
    assert md.text(value) == html.escape(value, quote=False)
    assert md.attr(value) == html.escape(value, quote=True)

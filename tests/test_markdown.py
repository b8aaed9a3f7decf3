"""Article text is data: whatever it holds must render literally."""
import html

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import archive.markdown as md
from archive.markdown import attr, escape, front_matter

EXTENSIONS = ["toc", "attr_list", "tables", "sane_lists", "admonition"]  # as in mkdocs.yml


def render(text: str) -> str:
    return markdown.markdown(escape(text), extensions=EXTENSIONS)


@pytest.mark.parametrize("text", [
    "<script>alert(1)</script>", "[x](javascript:alert(1))", "{{ config.site_name }}", "---",
    "1. không phải danh sách", "# không phải tiêu đề", "a *b* _c_ `d` & e", "> trích", "+ x", "| a | b |",
    "\\[x\\]", "{: .lead }", "<b>đậm</b> &amp; &nbsp;", "- gạch đầu dòng",
])
def test_escaped_text_renders_literally(text):
    import html as h
    import re
    rendered = render(text)
    inner = re.fullmatch(r"<p>(.*)</p>", rendered, re.S)
    assert inner, rendered
    assert h.unescape(inner.group(1)) == text
    assert "<script" not in rendered and "href" not in rendered


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
    assert loaded == {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}
    assert list(loaded) == list(data)


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

"""Article text is data: whatever it holds must render literally."""
import markdown
import pytest

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

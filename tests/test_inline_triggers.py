"""Inline patterns tried only on text holding a string they need
(archive/output/inline_triggers.py): the same HTML as Python-Markdown's own inline step
on made-up text using every pattern, in several spellings and places; a pattern whose
regex moved is always tried; Python-Markdown's own processor when its loop moved."""
from __future__ import annotations

import re

import markdown
import pytest
from markdown.treeprocessors import InlineProcessor

from archive.output import inline_triggers
from archive.output.inline_triggers import TRIGGERS, TriggeredInline, install, needs_of

EXTENSIONS = ["archive.output.html_blocks", "toc", "attr_list", "tables", "sane_lists", "admonition",
              "fenced_code"]

TEXTS = [
    "Đoạn văn thường, không có gì đặc biệt. Dòng hai của đoạn.",
    "Mã `x = 1` và ``có ` bên trong`` giữa câu.\n\nThoát \\*sao\\* và \\\\`x`.",
    "Liên kết [Văn bản](https://example.org/a \"tiêu đề\") và [tham chiếu][r] và [r].\n\n[r]: https://example.org/r",
    "Ảnh ![mô tả](anh.png) và ![ref][r] và ![r]\n\n[r]: anh2.png",
    "Tự động <https://example.org/x?a=1&b=2> và <thu@example.org> và <span class=\"c\">HTML</span>.",
    "Ngắt dòng ở đây  \nvà dòng sau   \nvà nữa.",
    "Thực thể &amp; &#273; &#x111; và dấu & đơn độc; a&b.",
    "*nghiêng* **đậm** ***cả hai*** _gạch_ __đậm__ a_b_c snake_case * sao đơn *",
    "# Tiêu đề *nhấn*\n\n- mục [liên kết](a.md) `mã`\n- mục _hai_  \n  tiếp\n\n| a | `b|c` |\n|---|---|\n| \\| | *x* |",
    "!!! note \"Ghi *chú*\"\n    Nội dung [liên kết](a.md#x) &amp; `mã`\n\n    ```\n    [không phải] *liên kết*\n    ```",
    "TIÊU ĐỀ VIẾT HOA\n================\n\nKHONG DAU [LINK](B.MD) **DAM** __GACH__ <B>THE</B>",
    "[*nhấn trong liên kết* `mã` ![ảnh](a.png)](b.md) và **[đậm liên kết](c.md)**",
    "<div markdown>\n*không xử lý*\n</div>\n\nsau khối <!-- chú thích --> còn *đây*",
    "Văn bản\u00a0không\u2003ngắt; dấu ‘cong’ “kép” — gạch… [ ] rỗng ! [ cách",
]


def fresh() -> markdown.Markdown:
    return markdown.Markdown(extensions=EXTENSIONS)


def triggered() -> markdown.Markdown:
    md = fresh()
    assert install(md)
    assert type(md.treeprocessors["inline"]) is TriggeredInline
    return md


@pytest.mark.parametrize("text", TEXTS)
def test_same_html_as_python_markdown(text):
    assert triggered().convert(text) == fresh().convert(text)


def test_same_html_on_all_texts_through_one_instance():
    md, out = triggered(), []
    for text in TEXTS + TEXTS[::-1]:
        out.append(md.reset().convert(text))
    assert out == [fresh().convert(text) for text in TEXTS + TEXTS[::-1]]


def test_every_pattern_of_the_config_is_known():
    needs = needs_of(fresh().inlinePatterns)
    assert None not in needs and len(needs) == len(TRIGGERS)


@pytest.mark.parametrize("name", sorted(TRIGGERS))
def test_no_match_without_a_need(name):
    # The made-up texts (and in capitals, without tone marks' precomposed forms, with
    # other line ends) match the pattern only while they hold one of its needs: with
    # every need taken out, nothing matches.
    regex, needs = TRIGGERS[name]
    texts = TEXTS + [t.upper() for t in TEXTS] + [t.replace("\n", "\r\n") for t in TEXTS]
    matched = 0
    for text in texts:
        matched += bool(re.search(regex, text))
        while any(need in text for need in needs):
            for need in needs:
                text = text.replace(need, "")
        assert re.search(regex, text) is None, text
    assert matched  # the texts do use the pattern


def test_a_moved_regex_is_always_tried(monkeypatch):
    monkeypatch.setitem(TRIGGERS, "entity", (r"&changed;", ("&",)))
    needs = needs_of(fresh().inlinePatterns)
    order = [item.name for item in sorted(fresh().inlinePatterns._priority, key=lambda i: i.priority, reverse=True)]
    assert needs[order.index("entity")] is None
    assert needs[order.index("link")] == ("[",)


def test_python_markdown_own_processor_when_its_loop_moved(monkeypatch):
    monkeypatch.setattr(inline_triggers, "HANDLE_DIGEST", "0" * 64)
    md = fresh()
    assert not install(md)
    assert type(md.treeprocessors["inline"]) is InlineProcessor


def test_not_over_another_inline_processor():
    md = fresh()

    class Other(InlineProcessor):
        pass

    md.treeprocessors.register(Other(md), "inline", 20)
    assert not install(md)
    assert type(md.treeprocessors["inline"]) is Other


def test_digest_is_of_the_loop():
    assert inline_triggers.handle_digest() == inline_triggers.HANDLE_DIGEST

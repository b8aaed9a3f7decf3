"""Built pages lose the theme's indentation, never content (archive/output/compact.py)."""
from archive.output.compact import compact_html


def test_indentation_and_blank_lines_go_line_breaks_stay():
    assert compact_html("<ul>\n    <li>a</li>\n\n\n    <li>b</li>\n</ul>") == "<ul>\n<li>a</li>\n<li>b</li>\n</ul>"


def test_whitespace_between_inline_elements_is_still_whitespace():
    assert compact_html("<a>x</a>\n      <a>y</a>") == "<a>x</a>\n<a>y</a>"


def test_pre_textarea_and_script_keep_their_text():
    kept = "<pre>x\n   y\n\n z</pre><textarea>\n  t</textarea><SCRIPT>\n  var a = `\n  b`;\n</SCRIPT>"
    assert compact_html("  <p>\n  a</p>" + kept + "\n  <i>z</i>") == "  <p>\na</p>" + kept + "\n<i>z</i>"


def test_a_page_without_indentation_is_unchanged():
    page = "<!doctype html>\n<html><body><p>Tổ chức</p></body></html>\n"
    assert compact_html(page) == page

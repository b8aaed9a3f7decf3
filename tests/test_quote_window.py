"""A document page quotes the words around each citation, not the whole sentence
(archive/render/quote_window.py, issue 17's size budget)."""
from __future__ import annotations

from archive.render.quote_window import CUT, MIN_CUT, WINDOW_WORDS, quoted_window

CITED = "Nghị quyết số 12-NQ/TW"


def words(count: int, stem: str) -> str:
    return " ".join(f"{stem}{n}" for n in range(count))


def test_a_short_sentence_is_quoted_whole():
    sentence = f"Hội nghị đã quán triệt {CITED} của Trung ương."
    assert quoted_window(sentence, CITED) == f"Hội nghị đã quán triệt <mark>{CITED}</mark> của Trung ương."


def test_a_long_left_side_is_cut_to_the_window_with_an_ellipsis_there_only():
    left = words(60, "trái")
    sentence = f"{left} {CITED} rồi kết."
    out = quoted_window(sentence, CITED)
    kept = " ".join(f"trái{n}" for n in range(60 - WINDOW_WORDS, 60))
    assert out == f"{CUT} {kept} <mark>{CITED}</mark> rồi kết."
    assert not out.endswith(CUT)


def test_a_long_right_side_is_cut_with_an_ellipsis_there_only():
    right = words(60, "phải")
    sentence = f"Theo {CITED}, {right}."
    out = quoted_window(sentence, CITED)
    assert out.startswith(f"Theo <mark>{CITED}</mark>, phải0 ")
    assert out.endswith(f"phải{WINDOW_WORDS - 2} {CUT}")  # ", " then 24 more words: the comma is a word's
    assert not out.startswith(CUT)


def test_both_sides_cut_and_the_citation_always_whole():
    long_citation = "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương khóa XI " + words(40, "tên")
    sentence = f"{words(50, 'a')} {long_citation} {words(50, 'b')}"
    out = quoted_window(sentence, long_citation)
    assert out.startswith(f"{CUT} a{50 - WINDOW_WORDS} ")
    assert out.endswith(f"b{WINDOW_WORDS - 1} {CUT}")
    assert f"<mark>{long_citation}</mark>" in out


def test_kept_words_are_the_sentence_own_characters():
    # odd spacing and punctuation survive as written inside the window
    left = words(40, "x") + " ,  “trích”\t"
    sentence = f"{left}{CITED}; (hết)"
    out = quoted_window(sentence, CITED)
    assert out.startswith(f"{CUT} x")
    body = out.removeprefix(f"{CUT} ").replace("<mark>", "").replace("</mark>", "")
    assert sentence.endswith(body)
    assert body.endswith(" ,  “trích”\t" + CITED + "; (hết)")


def test_a_side_just_over_the_window_is_not_cut():
    # cutting fewer than MIN_CUT words saves little and breaks the sentence: left whole
    left = words(WINDOW_WORDS + MIN_CUT - 1, "w")
    sentence = f"{left} {CITED}."
    assert quoted_window(sentence, CITED) == f"{left} <mark>{CITED}</mark>."
    cut_one_more = words(WINDOW_WORDS + MIN_CUT, "w")
    assert quoted_window(f"{cut_one_more} {CITED}.", CITED).startswith(f"{CUT} w{MIN_CUT} ")


def test_text_is_escaped_on_both_sides_and_in_the_mark():
    sentence = f"<b>a & b</b> {CITED} <script>x</script>"
    out = quoted_window(sentence, CITED)
    assert "<b>" not in out and "<script>" not in out
    assert out == f"&lt;b&gt;a &amp; b&lt;/b&gt; <mark>{CITED}</mark> &lt;script&gt;x&lt;/script&gt;"


def test_a_sentence_without_the_citation_is_quoted_whole_and_unmarked():
    sentence = words(80, "z")
    assert quoted_window(sentence, CITED) == sentence
    assert quoted_window(sentence, "") == sentence

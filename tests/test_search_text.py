"""Index text for search: document-number variants, tone keys, đ-words, the hook's pieces."""
from hypothesis import given, strategies as st

from archive.text.normalize import fold
from archive.search.folding import number_spellings, number_variants, parse_number, tokens, words
from archive.text.normalize import tone_key


def test_number_variants_cover_the_forms_readers_type():
    forms = number_variants("205-QĐ/TW")
    for typed in ("205-QĐ/TW", "205 QD TW", "205-QD/TW", "205/QĐ-TW", "205 qđ tw", "205QD/TW", "205 QĐ/TƯ"):
        assert typed.lower() in forms or fold(typed) in forms, typed
    assert len(forms) == len(set(forms))


def test_number_variants_of_other_kinds():
    assert "01 ctr tu" in number_variants("01-CTr/TU")
    assert "123 2020 nd cp" in number_variants("123/2020/NĐ-CP")
    assert "719 qd ttg" in number_variants("719/QĐ-TTg")
    assert number_variants("nq-hntw-12-khoa-xii") == []
    assert parse_number("Nghị quyết") is None


def test_every_variant_folds_to_the_same_words():
    expected = words("205-QĐ/TW")
    for form in number_variants("205-QĐ/TW"):
        joined = "".join(words(form))
        assert joined in ("".join(expected), "205qdtu"), form


def test_tone_key_ignores_tone_placement_but_not_tones():
    assert tone_key("Uỷ ban") == tone_key("Ủy ban") == tone_key("ủy ban")
    assert tone_key("hoà bình") == tone_key("hòa bình")
    assert tone_key("uy ban") != tone_key("Ủy ban")
    assert tone_key("Đảng") != tone_key("đang")


@given(st.text(alphabet="aăâeêioôơuưyđAĂÂĐ \u0300\u0301\u0303\u0309\u0323,.-", max_size=30))
def test_tone_key_folds_like_fold(text):
    # Moving tone marks never changes what the text folds to.
    assert fold(tone_key(text)) == fold(text.lower()) or fold(tone_key(text)).split() == fold(text.lower()).split()


def test_tokens_split_numbers_from_letters_like_the_browser():
    assert tokens("205QĐ/TW Đảng") == ["205", "qd", "tw", "dang"]


def test_number_spellings_add_each_other_set_of_words_once():
    spellings = number_spellings("205-QĐ/TW")
    assert spellings[0] == "205-QĐ/TW"
    word_sets = [tuple(tokens(s)) for s in spellings]
    assert ("205", "qd", "tu") in word_sets and len(word_sets) == len(set(word_sets))
    assert number_spellings("Nghị quyết") == ("Nghị quyết",)

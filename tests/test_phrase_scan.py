"""The phrase scan's speed-ups find what the plain forms found: the trie opened by the
character before a word (not a lookbehind), the glued-word pattern opened by the
capital, the fold's check for uncommon characters, the case check cached per way a
phrase is written, and a name's tokens found by bisect. Made-up text throughout."""
import re

import pytest

from archive.enrich.roles import around, name_roles
from archive.text.normalize import _FOLD, fold
from archive.text.phrases import (_GLUED, LOWER_CLASS, UPPER_CLASS, IndexGroup, PhraseIndex, longest_first,
                                  make_phrase, scan_text, tokenize)

# Word starts and ends the scan must get right: Vietnamese capitals and đ, a phrase at
# the very start or end, after punctuation, an underscore, a digit or a glued word,
# gaps of dots and dashes, a comma inside, names inside names.
TRICKY = [
    "Hà Nội",
    "Đảng bộ Hà Nội họp; Ủy ban nhân dân TP Hồ Chí Minh và ông Hồ Chí Minh Tâm",
    "(Hà Nội)_Hà Nội-Hà Nội.Hà Nội,Hà Nội 2Hà Nội xHà Nội Hà Nộii ĐHà Nội",
    "bầu cửTuyên Quang, Bà Rịa - Vũng Tàu, TP.HCM, Bà Rịa–Vũng Tàu",
    "HÀ NỘI và hà nội và Hà nội và HÀ Nội",
    "22-KL/TƯ, TƯ; MTTQ-Việt Nam; TƯ/ -TƯ",
    "chạy chức, chạy quyền; chạy chức chạy quyền",
    "Đồng chí Nguyễn Văn An, Bí thư Thành ủy Hà Nội, Ủy viên Trung ương Đảng",
    "\u3000Hà Nội\u3000Ｈà Nội",  # ideographic space, a full-width capital
    "",
    " ",
    "ĐẢNG ỦY HÀ NỘI ĐảngỦy HàNội",
]

PHRASES = [("Hà Nội", "ha-noi", "all"), ("TP Hồ Chí Minh", "tp-hcm", "all"), ("Hồ Chí Minh", "hcm", "all"),
           ("Hồ Chí Minh Tâm", "person", "all"), ("Bà Rịa - Vũng Tàu", "brvt", "all"), ("TP.HCM", "tphcm", "all"),
           ("Tuyên Quang", "tq", "all"), ("TƯ", "tu", "all"), ("MTTQ", "mttq", "all"),
           ("Ủy ban nhân dân", "ubnd", "first"), ("Đảng bộ", "dang-bo", "first"), ("hà nội", "any", "none"),
           ("Bí thư Thành ủy Hà Nội", "role", "first"), ("Thành ủy", "tu-local", "first"), ("Đảng", "dang", "all")]


def _index(loose: bool = False) -> PhraseIndex:
    return PhraseIndex([make_phrase(text, payload, case) for text, payload, case in PHRASES], loose=loose)


def _lookbehind_form(pattern: re.Pattern) -> re.Pattern:
    """The scan as it was written before: a lookbehind for the word start, tried everywhere."""
    opening = "[\\W_](?=("
    assert pattern.pattern.startswith(opening)
    return re.compile("(?<![^\\W_])(?=(" + pattern.pattern[len(opening):])


@pytest.mark.parametrize("loose", [False, True])
def test_the_trie_opened_by_the_character_before_a_word_finds_every_start_a_lookbehind_finds(loose):
    pattern = _index(loose)._compile()
    before = _lookbehind_form(pattern)
    hits = 0
    for text in TRICKY:
        folded, _ = scan_text(text)
        expected = [(m.start(1), m.group(1)) for m in before.finditer(folded)]
        assert [(m.start(1) - 1, m.group(1)) for m in pattern.finditer(" " + folded)] == expected, text
        hits += len(expected)
    assert hits > 30


def _found(index: PhraseIndex, text: str) -> list[tuple[str, object]]:
    return [(text[m.start:m.end], m.phrase.payload) for m in index.find(text)]


def test_phrases_are_found_at_word_starts_only_with_their_case_and_overlapping():
    index = _index()
    found = _found(index, TRICKY[2])
    # after "(", "_", "-", ".", "," and a glued lower-case word; not after a digit, not
    # inside "Nộii", not after a capital ("ĐHà" is one word).
    assert [f for f in found if f[1] == "ha-noi"] == [("Hà Nội", "ha-noi")] * 6
    overlapping = _found(index, TRICKY[1])
    assert ("TP Hồ Chí Minh", "tp-hcm") in overlapping and ("Hồ Chí Minh", "hcm") in overlapping
    assert ("Hồ Chí Minh Tâm", "person") in overlapping
    assert [m.phrase.payload for m in longest_first(index.find(TRICKY[1])) if m.phrase.payload in ("tp-hcm", "hcm", "person")] \
        == ["tp-hcm", "person"]
    assert _found(index, "Hà Nội")[0] == ("Hà Nội", "ha-noi")  # the very start and end of the text


def test_the_cached_case_check_tells_apart_each_way_a_phrase_is_written_and_each_phrase():
    index = _index()
    for _ in range(2):  # the second time from the cache
        found = _found(index, TRICKY[4])
        assert [w for w, payload in found if payload == "ha-noi"] == ["HÀ NỘI", "HÀ Nội"]
        assert [w for w, payload in found if payload == "any"] == ["HÀ NỘI", "hà nội", "Hà nội", "HÀ Nội"]
    assert [w for w, p in _found(index, TRICKY[3]) if p == "tq"] == ["Tuyên Quang"]  # glued: "cửTuyên"
    assert [w for w, p in _found(index, "Ban cửTuyên Quang") if p == "tq"] == ["Tuyên Quang"]
    assert [w for w, p in _found(index, "Ban cửtuyên Quang") if p == "tq"] == []
    codes = [w for w, p in _found(index, TRICKY[5]) if p == "tu"]
    assert codes == ["TƯ"]  # never inside "22-KL/TƯ" nor beside "/" or "-"


def test_a_group_with_local_names_finds_what_each_finds_alone():
    alone = [_index(), PhraseIndex([make_phrase("Thành ủy", "local", "first")])]
    grouped = [_index(), PhraseIndex([make_phrase("Thành ủy", "local", "first")])]
    IndexGroup(*grouped)
    for text in TRICKY:
        for one, shared in zip(alone, grouped):
            assert shared.find(text) == one.find(text), text
    assert _found(grouped[1], TRICKY[7]) == [("Thành ủy", "local")]


def _glued_as_written_before(text: str) -> list[int]:
    return [m.start() for m in re.finditer(f"(?<={LOWER_CLASS})(?={UPPER_CLASS}{LOWER_CLASS})", text)]


@pytest.mark.parametrize("text", [*TRICKY, "aBc", "ABc", "aBC", "aBcDeFg", "Bc", "đẢng", "cử\nTuyên", "xĐĐảng",
                                  "aB", "aĐ"])
def test_the_glued_pattern_opened_by_the_capital_finds_the_same_cuts(text):
    assert [m.start() for m in _GLUED.finditer(text)] == _glued_as_written_before(text)


@pytest.mark.parametrize("text", ["Thành ủy Hà Nội", "Ｈà Nội \u3000 ĐẢNG", "𝐀 Đảng", "ǅà", "", "Σ ΟΔΟΣ"])
def test_fold_is_the_same_character_by_character_with_or_without_uncommon_characters(text):
    assert fold(text) == "".join(_FOLD[ord(ch)] for ch in text)


def test_a_names_tokens_are_found_by_bisect_and_a_span_off_the_words_is_refused():
    text = "Hôm nay, Ủy viên Bộ Chính trị, Bí thư Thành ủy Nguyễn Văn An dự họp."
    start = text.index("Nguyễn")
    end = start + len("Nguyễn Văn An")
    piece, tokens, first, last = around(text, start, end)
    assert [t.text for t in tokens[first:last]] == ["Nguyễn", "Văn", "An"]
    assert tokens == tokenize(piece)
    assert name_roles(text, start, end) == ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy"]
    with pytest.raises(KeyError):
        around(text, start + 1, end)  # not a word's start
    with pytest.raises(KeyError):
        around(text, start, end - 1)  # not a word's end

"""The type words' trie (citation_patterns._trie_alt) matches what the flat list of them does."""
import re

from archive.enrich import citation_patterns as rp

_TEXTS = [
    "theo nghi quyet 18, 19 va ket luan so 14 cua bo chinh tri",
    "thong bao ket luan 126 va thong bao so 3; thong tu lien tich 5",
    "quy dinh 105, quyet dinh 12 va quyet nghi 7 cua hoi dong",
    "ke hoach so 282 /khhdnvqs, ket luan: ke hoach 4",
    "chi thi 05-ct/tw, chuong trinh 9, cong van 2 va bao cao so 1",
    "thong baoo 3 khong phai; nghi quyetx 5 cung khong",
]


def test_the_trie_matches_as_the_flat_list():
    flat, trie = re.compile(rp._alt(rp.TYPE_WORDS)), re.compile(rp._trie_alt(rp.TYPE_WORDS))
    assert flat.pattern != trie.pattern
    found = 0
    for text in _TEXTS:
        for at in range(len(text)):
            expected = flat.match(text, at)
            got = trie.match(text, at)
            assert (got and got.span()) == (expected and expected.span()), (text, at)
            found += expected is not None
    assert found > 15


def test_a_word_and_its_longer_forms():
    assert rp._trie_alt(["ab", "abc", "b"]) == "(?:ab(?:c|)|b)"
    pattern = re.compile(rp._trie_alt(["thong bao", "thong bao ket luan", "thong tu"]))
    assert pattern.match("thong bao ket luan 5").group() == "thong bao ket luan"
    assert pattern.match("thong bao ket 5").group() == "thong bao"
    assert pattern.match("thong tin") is None


def test_bare_numbers_read_as_before():
    flat = re.compile(rp.BARE_NUMBERS.pattern.replace(rp._trie_alt(rp.TYPE_WORDS), rp._alt(rp.TYPE_WORDS)))
    assert flat.pattern != rp.BARE_NUMBERS.pattern
    for text in _TEXTS:
        assert [(m.span(), m.groupdict()) for m in rp.BARE_NUMBERS.finditer(text)] == \
               [(m.span(), m.groupdict()) for m in flat.finditer(text)]
    assert [m["nums"] for m in rp.BARE_NUMBERS.finditer(_TEXTS[0])] == ["18, 19", "14"]

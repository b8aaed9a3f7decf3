"""Overlapping matches settled and citation sentences found in n log n (text/spans.py,
enrich/citations.Sentences), with the same results as the quadratic code they replace
(issue 16, item 6); the growth itself is measured in test_faults.py."""
from hypothesis import given, settings, strategies as st

from archive.enrich.citations import Sentences
from archive.text.spans import Spans


def _old_sentence(text: str, start: int, end: int) -> str:
    """The sentence finder before issue 16: a scan from the passage's start per citation."""
    from archive.enrich import citation_patterns as rp
    begin, finish = 0, len(text)
    for m in rp.SENTENCE_END.finditer(text):
        if m.end() <= start:
            begin = m.end()
        elif m.start() >= end:
            finish = m.start() + len(m.group().rstrip())
            break
    return text[begin:finish].strip()


def _old_settle(spans):
    """Overlaps settled before issue 16: each candidate against every span kept."""
    kept = []
    for start, end in spans:
        if all(end <= k_start or start >= k_end for k_start, k_end in kept):
            kept.append((start, end))
    return kept


_SENTENCE_TEXT = st.lists(st.sampled_from(list("ab .!?…\"”’)\n\t") + ["Nghị quyết ", "18-NQ/TW"]),
                          max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(_SENTENCE_TEXT, st.data())
def test_the_sentence_finder_agrees_with_the_old_one(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert Sentences(text).around(start, end) == _old_sentence(text, start, end)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])),
                max_size=40))
def test_spans_keep_what_the_old_check_kept(spans):
    taken = Spans()
    assert [span for span in spans if taken.take(*span)] == _old_settle(spans)


def test_an_empty_span_overlaps_only_a_span_it_lies_strictly_inside():
    taken = Spans([(10, 20), (30, 30)])
    assert taken.overlaps(15, 15) and not taken.overlaps(10, 10) and not taken.overlaps(20, 20)
    assert taken.overlaps(25, 35) and not taken.overlaps(30, 40) and not taken.overlaps(20, 30)
    assert not taken.take(19, 31) and taken.take(20, 30) and taken.overlaps(29, 30)

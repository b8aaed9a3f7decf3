"""The phrase matcher: one scan for several indexes finds exactly what each finds alone."""
import datetime as dt

from archive.registry.entities import load_entities
from archive.extraction import extract
from archive.text.phrases import IndexGroup, PhraseIndex, make_phrase
from archive.registry.registries import load_registries
from archive.enrich.tagging import load_tags
from benchmarks.corpus import write_corpus
from conftest import ROOT


def passages(tmp_path) -> list[str]:
    """Every passage of the seeds and of 40 generated articles, plus hostile ones."""
    write_corpus(tmp_path, 40)
    registries = load_registries(ROOT / "corpus")
    texts = ["Bí thư Thành ủy, Hà Nội, chạy chức, chạy quyền", "22-KL/TƯ, TƯ; MTTQ-Việt Nam",
             "bầu cửTuyên Quang Nguyễn Văn An", "Ủy  ban\tnhân dân – tỉnh"]
    for path in [*sorted((ROOT / "corpus").glob("*.txt")), *sorted(tmp_path.glob("*.txt"))]:
        (article, _), _ = extract(path, path.name, registries, dt.date(2026, 11, 23))
        texts += article.passages()
    return texts


def test_a_group_finds_what_each_index_finds_alone(tmp_path):
    corpus = ROOT / "corpus"
    alone_entities = load_entities(corpus / "entities.yml", "entities.yml")
    alone_tags = load_tags(corpus / "tags.yml", "tags.yml")
    grouped = load_registries(corpus)  # its indexes share one scan
    pairs = [(alone_entities.index, grouped.entities.index),
             (alone_entities.abbreviation_index, grouped.entities.abbreviation_index),
             (alone_tags.phrase_index, grouped.tags.phrase_index),
             *zip(alone_entities.local_indexes(), grouped.entities.local_indexes())]
    assert len(pairs) > 3  # the seeds' registry has places with local names
    found = 0
    for text in passages(tmp_path):
        for alone, shared in pairs:
            expected = sorted(alone.find(text), key=lambda m: (m.start, m.end, repr(m.phrase)))
            assert sorted(shared.find(text), key=lambda m: (m.start, m.end, repr(m.phrase))) == expected, text
            found += len(expected)
    assert found > 500  # the passages do hold names, abbreviations and tag phrases


def test_a_tight_phrase_never_spans_a_comma_even_in_a_loose_group():
    tight = PhraseIndex([make_phrase("Hà Nội", "place", "all")])
    loose = PhraseIndex([make_phrase("chạy chức chạy quyền", "tag")], loose=True)
    IndexGroup(tight, loose)
    assert [m.phrase.payload for m in tight.find("ở Hà, Nội")] == []
    assert [m.phrase.payload for m in tight.find("ở Hà Nội")] == ["place"]
    assert [m.phrase.payload for m in loose.find("chạy chức, chạy quyền")] == ["tag"]

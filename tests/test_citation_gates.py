"""The cheap first passes of citation_scan.scan (citation_patterns.STATE_SHAPE, PARTY_SHAPE):
a pattern family runs only where its shape stands, and that never loses a citation."""
import re

import pytest

from archive.enrich import citation_patterns as rp
from archive.enrich import citation_scan
from archive.enrich.citation_passage import Passage
from archive.enrich.citation_scan import scan
from archive.registry.documents import DocumentRegistry

# Made-up passages in the style of the archive's: every number form the patterns read,
# with stray spaces, dashes, glued words and prose that only looks like a number.
_TEXTS = [
    "Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương.",
    "Theo Quy định 105 - QĐ/TW và Chỉ thị 48 CT/TW, Kết luận số 14 của Bộ Chính trị.",
    "Kế hoạch 01/Ctr-TU, Hướng dẫn 132/KH/ĐU và 105-QĐ-TW được triển khai.",
    "Nghị định số 123/2020/NĐ-CP, Thông tư 35/2019/ NĐ- CP và 13/2007-TT-BYT.",
    "Quyết định 719/QĐ-TTg, 3/QĐ - Trong năm, Tờ trình 123/TTr-UBND của tỉnh.",
    "Nghị định 64-CP, Quyết định số 184/VT/QL, Nghị định số 143/HĐBT đã hết hiệu lực.",
    "Theo Quyết định 1867 QĐ/TCCB-3 và Kế hoạch số 282 /KHHĐNVQS của Hội đồng.",
    "Văn bản 05/HD-BCA-X02 và Quyết định số1234/QĐ-UBND ngày 2/3/2021.",
    "Mỗi ngày 5 ct/ngày, lớp 12/A1 và trường 5/THCS; chỉ thị 21-nq/tw viết thường.",
    "Nghị quyết 18, 19 và 1234, 1235/QĐ-UBND; Nghị quyết Trung ương 4 khóa XII.",
    "Hội nghị lần thứ 8 năm 2023 – 2024, từ 2015 - 2020 đến nay, tỷ lệ 85%/năm.",
    "Không có số nào ở đây / chỉ có gạch chéo - và gạch nối.",
]


def _plain_scan(monkeypatch, passage):
    """scan() with the first passes always open: every family runs where it may."""
    with monkeypatch.context() as patch:
        patch.setattr(rp, "STATE_SHAPE", re.compile(""))
        patch.setattr(rp, "PARTY_SHAPE", re.compile(""))
        return scan(passage, DocumentRegistry([]))


@pytest.mark.parametrize("text", _TEXTS)
def test_the_first_passes_find_what_the_plain_scan_finds(monkeypatch, text):
    passage = Passage(0, text)
    assert repr(scan(passage, DocumentRegistry([]))) == repr(_plain_scan(monkeypatch, passage))


def test_every_state_and_party_match_holds_its_shape():
    state = (rp.STATE_WITH_YEAR, rp.STATE_NO_YEAR, rp.STATE_OLD_FORM, rp.STATE_SPACED_SERIES, rp.STATE_GLUED_CODE)
    found = {"state": 0, "party": 0}
    for text in _TEXTS:
        passage = Passage(0, text)
        for pattern in state:
            for m in pattern.finditer(passage.text):
                found["state"] += 1
                assert rp.STATE_SHAPE.search(m.group()), (pattern.pattern, m.group())
        for pattern in (rp.PARTY_NUMBER, rp.PARTY_MANGLED):
            for m in pattern.finditer(passage.folded):
                found["party"] += 1
                assert rp.PARTY_SHAPE.search(m.group()), m.group()
    assert found["state"] >= 10 and found["party"] >= 6


def test_a_passage_without_the_shapes_skips_the_families(monkeypatch):
    ran = []
    monkeypatch.setattr(citation_scan, "state_numbers", lambda p: ran.append("state") or [])
    monkeypatch.setattr(citation_scan, "party_numbers", lambda p: ran.append("party") or [])
    scan(Passage(0, _TEXTS[-1]), DocumentRegistry([]))
    assert ran == []
    scan(Passage(0, _TEXTS[3]), DocumentRegistry([]))
    assert ran == ["party", "state"]

"""Round 67: what holdout 66 showed once, as a kind (made-up sentences, near-misses beside each case).

A bare guide number ("Hướng dẫn số 21") that its sentence gives to the Party's Central Committee as a whole,
or to "Trung ương" alone, is not made whole: the Centre's guides are the Secretariat's (N-HD/TW) or a central
commission's (N-HD/BTCTW, /BTGTW, /UBKTTW), and the sentence names neither for sure. A guide the sentence
gives to the Secretariat, the Politburo or a commission, and any other kind of number given to the Central
Committee, are made whole as before.
"""
from __future__ import annotations

import pytest

from made_up_pastes import cited_numbers


@pytest.mark.parametrize("text", [
    "Mới đây, Ban Chấp hành Trung ương Đảng đã ban hành Hướng dẫn số 21 về kiểm điểm cuối năm.",
    "Theo Hướng dẫn số 14 của Ban Chấp hành Trung ương, các chi bộ tổ chức kiểm điểm.",
    "BCH Trung ương vừa ban hành Hướng dẫn số 9 về công tác đảng viên.",
    "Thực hiện Hướng dẫn số 7 của Trung ương về sinh hoạt chi bộ.",
])
def test_a_guide_given_to_the_central_committee_is_not_made_whole(text: str) -> None:
    assert cited_numbers(text) == []


@pytest.mark.parametrize(("text", "numbers"), [
    ("Ban Bí thư đã ban hành Hướng dẫn số 12 về sinh hoạt chi bộ.", ["12-HD/TW"]),
    ("Theo Hướng dẫn số 26 của Ban Tổ chức Trung ương về kiểm điểm.", ["26-HD/BTCTW"]),
    ("Hướng dẫn số 5 của Ủy ban Kiểm tra Trung ương về kỷ luật đảng viên.", ["05-HD/UBKTTW"]),
    ("Thực hiện Nghị quyết số 19 của Ban Chấp hành Trung ương về công tác cán bộ.", ["19-NQ/TW"]),
    ("Quy định số 37 của Ban Chấp hành Trung ương về những điều đảng viên không được làm.", ["37-QĐ/TW"]),
    ("Hướng dẫn số 21-HD/BTCTW của Ban Tổ chức Trung ương về kiểm điểm.", ["21-HD/BTCTW"]),  # printed whole
])
def test_other_issuers_and_other_kinds_are_made_whole_as_before(text: str, numbers: list[str]) -> None:
    assert cited_numbers(text) == numbers

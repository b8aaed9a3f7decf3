"""Round 121: holdouts 110's and 111's misses, as kinds (made-up pastes, near-misses beside each case).

- A ministry's dispatch cited by its type word and number with no "số" between ("Bộ ... đã ban hành công văn
  1088/LĐTBXH-TE về việc ..."): cited as with "số" (enrich/dispatch_numbers.LETTER_OPENING); a code running on to a third
  part ("301/CV-BCA-02X") is none, with "số" or without.
- A kinship word opens no name, "mẹ" as "ông" and "bà" do: a poem's title in capitals ("MẸ TA"), read as a pen name
  under an inserted label in the variants of dev 2450 (read/names.NOT_NAME_FIRST).

Left, said plainly: 110's 004, a weekday and the month in words over the headline ("Chủ Nhật, 23 Tháng Sáu 2024") on a
page reporting a congress of 2020, read as the page's date where its label calls it the site's clock (its
collector's doubt).
"""
from __future__ import annotations

import pytest

from archive.read.bylines import parse_byline
from test_conventions_citations import cited, registries  # noqa: F401  (the fixture)


@pytest.mark.parametrize("text, numbers", [
    ("Bộ Lao động Thương binh và Xã hội đã ban hành công văn 1088/LĐTBXH-TE về việc hướng dẫn triển khai Tháng hành "
     "động vì trẻ em năm 2023.", ["1088/LĐTBXH-TE"]),
    ("Sở đã có văn bản 77/LĐTBXH-VP gửi các huyện về việc rà soát.", ["77/LĐTBXH-VP"]),
    ("Bộ đã ban hành công văn 1088/LĐTBXH về việc hướng dẫn.", ["1088/LĐTBXH"]),
    # as before: with "số"
    ("Bộ đã ban hành Công văn số 1088/LĐTBXH-TE về việc hướng dẫn.", ["1088/LĐTBXH-TE"]),
    # near-misses: a code running on to a third part, a word between, one capital
    ("Thực hiện Công văn 301/CV-BCA-02X của Bộ Công an.", []),
    ("Bộ đã ban hành công văn hỏa tốc 1088/LĐTBXH-TE về việc hướng dẫn.", []),
    ("Sở đã có văn bản 7/Ban-VP gửi các huyện.", []),
])
def test_a_dispatch_cited_with_no_so(text, numbers, registries) -> None:  # noqa: F811
    assert cited(registries, text, 121) == numbers


@pytest.mark.parametrize("line, names", [
    ("MẸ TA", ()), ("Mẹ Tôi", ()), ("Mẹ Hiền", ()),
    # near-misses: a name ending with the word, an unmarked line (a pen name may be unmarked), another kin word's name
    ("Lê Mẹ", ("Lê Mẹ",)), ("Anh Thư", ("Anh Thư",)),
])
def test_a_kinship_word_opens_no_name(line, names) -> None:
    assert parse_byline(line) == names

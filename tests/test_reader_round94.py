"""Round 94: holdout 84's misses, as kinds (made-up pastes, near-misses beside each case).

- a full name, a surname and two words or more, alone on the line under the headline, over a portal's leaked page
  metadata (ISO stamps, the page's addresses, the publisher's name among them) is the writer, where a place's name
  there is the site's (read/metadata_bylines.py);
- a writer's name closing the text over an interface sentence in another language ("Are you sure that you want to
  switch to desktop version?") is the byline, the sentence the page's interface (read/byline_slots.end_byline).
"""
from __future__ import annotations

import pytest

from made_up_pastes import HEAD, LEAD, MORE, fields_of
from archive.read.metadata_bylines import site_name_by_metadata

URL = "https://congan.example.gov.vn/vi/news/trien-khai/cap-the-can-cuoc-tai-nha-5783.html"
METADATA = ["2025-02-06T15:55:25+07:00", "2025-02-06T15:55:25+07:00", URL,
            "https://congan.example.gov.vn/uploads/news/2025_02/11_1.jpg", "Công an tỉnh Bình Định",
            "https://congan.example.gov.vn/uploads/no-image.png"]


def test_a_full_name_under_the_headline_over_leaked_metadata_is_the_writer() -> None:
    found = fields_of("\n".join([HEAD + ".", "Đặng Văn Cẩn", *METADATA, LEAD, MORE]), URL)
    assert found.get("author") == "Đặng Văn Cẩn"


@pytest.mark.parametrize("name, site", [
    ("Đặng Văn Cẩn", False),
    ("Tác giả: Đặng Văn Cẩn", False),  # labelled: the writer's field
    ("Bình Long", True),  # a place's two words: the site's name, as round 14 read it
    ("Nguyễn Văn Bình", True),  # a name the page's addresses spell: a personal site's name
])
def test_site_name_by_metadata(name, site) -> None:
    texts = [HEAD, name, "2023-04-19T16:39:08+07:00", "https://nguyenvanbinh.example.vn/bai-1.html", LEAD]
    assert site_name_by_metadata(texts, 1) is site


SWITCH = "twn Are you sure that you want to switch to desktop version?"


def test_a_writer_over_a_switch_notice_in_english_closes_the_text() -> None:
    found = fields_of("\n\n".join([HEAD, LEAD, MORE, "Hoàng Thơ", SWITCH]))
    assert found.get("author") == "Hoàng Thơ"


def test_a_name_over_a_vietnamese_sentence_is_no_end_byline() -> None:
    # near-miss: the text goes on under the name, in Vietnamese
    found = fields_of("\n\n".join([HEAD, LEAD, MORE, "Hoàng Thơ", "Mọi chi tiết xin liên hệ Văn phòng Huyện ủy."]))
    assert found.get("author", "") == ""


def test_english_references_over_the_last_line_are_no_interface_under_a_speaker() -> None:
    # near-miss: a speaker's name with his post among a text's English references is no end byline; only the paste's
    # last line may be an interface sentence passed over
    references = ["Communist Party of Vietnam. (2016). Complete Party Document. Hanoi: National Political Publishing House.",
                  "ThS. Đỗ Minh Khôi, Phó Giám đốc Trung tâm Chính trị huyện",
                  "Communist Party of Vietnam. (2021). Document of the 13th National Congress of Party. Hanoi.",
                  "Ha, T. (2023, April 26). Promoting the power of great national unity: Situation and solutions."]
    found = fields_of("\n\n".join([HEAD, LEAD, MORE, "Tài liệu tham khảo", *references]))
    assert found.get("author", "") == ""

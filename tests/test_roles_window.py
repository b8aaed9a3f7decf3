"""The short roles window (roles.near) reads the same roles as the full one (roles.around)."""
import random

import pytest

from archive.enrich.roles import NEAR_REACH, around, comrade_before, near, roles_after, roles_before
from archive.text.phrases import tokenize

# Made-up words in the style of Party news: role heads and title words, commas,
# "nguyên" (former), plain words, numbers. (Not "nguyen" without marks after a comma
# before a role head: roles_after loops forever on it, a bug of its own.)
_WORDS = ("Ủy viên", "Bộ Chính trị", "Bí thư", "Phó Bí thư", "Tỉnh ủy", "Thành ủy", "Chủ tịch", "UBND",
          "tỉnh", "thành phố", "nguyên", "Trưởng Ban", "Tổ chức", "Trung ương", "Phó Chủ tịch",
          "HĐND", "đồng chí", "Trần Văn Khải", "Lê Thị Hoa", "Nguyễn Minh Tâm", "đã", "phát biểu", "tại",
          "hội nghị", "ngày", "12", "GS.TS", "Đại biểu Quốc hội", "Đảng bộ", "và", "các", "đơn vị", "-")


def _passage(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(5, 60)):
        parts.append(rng.choice(_WORDS))
        if rng.random() < 0.15:
            parts[-1] += ","
    return " ".join(parts) + "."


def _read(window):
    piece, tokens, first, last = window
    return (roles_before(piece, tokens, first), roles_after(piece, tokens, last),
            comrade_before(piece, tokens, first), [t.text for t in tokens[first:last]])


def _spans(text: str):
    tokens = tokenize(text)
    for i in range(len(tokens)):
        for j in range(i + 1, min(len(tokens), i + 4) + 1):
            yield tokens[i].start, tokens[j - 1].end


def test_the_short_window_reads_what_the_full_one_reads_on_made_up_passages():
    rng = random.Random(17)
    shortened = 0
    for _ in range(150):
        text = _passage(rng)
        for start, end in _spans(text):
            short = near(text, start, end)
            assert _read(short) == _read(around(text, start, end)), (text, text[start:end])
            shortened += short[0] != around(text, start, end)[0]
    assert shortened > 500  # the short window is taken, not only the fallback


def test_a_plain_sentence_is_read_on_the_short_window():
    text = ("Sáng nay tại hội trường lớn của tỉnh, các đại biểu đã nghe báo cáo tổng kết công tác năm qua "
            "và Bí thư Tỉnh ủy Trần Văn Khải phát biểu chỉ đạo hội nghị về nhiệm vụ trọng tâm của năm tới "
            "trong công tác xây dựng Đảng, chính quyền và hệ thống chính trị ở cơ sở trên địa bàn.")
    start = text.index("Trần")
    piece, tokens, first, last = near(text, start, start + len("Trần Văn Khải"))
    assert len(piece) <= len("Trần Văn Khải") + 2 * NEAR_REACH < len(around(text, start, start + 13)[0])
    assert roles_before(piece, tokens, first) == ["Bí thư Tỉnh ủy"]


@pytest.mark.parametrize("chain", [
    "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương, Phó Chủ tịch Hội đồng Lý luận "
    "Trung ương, Chủ tịch Hội đồng Đảng bộ Khối Cơ quan Trung ương",
    "Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND Thành phố, Trưởng Đoàn Đại biểu Quốc hội Thành phố, nguyen",
])
def test_a_long_chain_of_title_words_falls_back_to_the_full_window(chain):
    text = f"Hôm qua {chain} Lê Thị Hoa, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy Khối Cơ quan Tỉnh, dự họp."
    start = text.index("Lê Thị Hoa")
    short, full = near(text, start, start + 10), around(text, start, start + 10)
    assert short == full
    assert len(short[0]) > len("Lê Thị Hoa") + 2 * NEAR_REACH  # the full window, not the short one

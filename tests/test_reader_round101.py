"""Round 101: holdout 87's one invented name, as a kind (made-up pastes, near-misses beside each case).

A story's title printed again alone under its headline ("Hắt Hiu" under "Hắt-Hiu -- Chuyện Trên Đồi Mai"), two
capitalised words with no surname, reads as a pen name in the writer's slot. When the headline opens with those
words and the address's slug spells, word for word in a row, a line of the text that is only a full name, that line
signs the text and names the writer (read/echoed_titles.py); a long footer of the site's chrome under the signature,
which keeps the end byline's reach from it, does not matter.
"""
from __future__ import annotations

import pytest

from archive.read.echoed_titles import slug_signature, title_echo
from made_up_pastes import fields_of, numbered_lines

HEADLINE = "Hắt-Hiu -- Chuyện Trên Đồi Mai"
URL = "https://langhue.example.org/index.php/van-hoc/chuyen-tren-doi-mai/17587-ctdm-hat-hiu-nguyen-quoc-tuyen"
STORY = ("Chị rời quê theo chồng. Được một năm, nghe tin mẹ mất. Xứ lạ, đường xa, dành dụm chút tiền gởi về làm đám. "
         "Dần dần, chị có việc làm khấm khá, nhưng nhu cầu quê nhà ngày càng tăng, việc làng, việc họ, việc nhà.")
MORE = "Nhưng mà số chị cũng đâu sướng. Gần hai mươi năm rồi chưa một lần về quê, thăm mộ mẹ."
FOOTER = ["Share", "Chủ-Trương", "Do một số người yêu ngành giáo-dục, nhà giáo chủ-trương.", "Phối-Hợp",
          "  • Hoàng Vĩnh Yên", "  • Phạm Trần Quốc-Việt", "Contact / Liên-Lạc", "Joomla templates by Joomlashine"]


def test_a_story_title_under_its_headline_gives_way_to_the_signature_the_address_spells() -> None:
    found = fields_of("\n\n".join([HEADLINE, "Hắt Hiu", STORY, MORE, "Nguyễn Quốc Tuyên", *FOOTER]), URL)
    assert found.get("author") == "Nguyễn Quốc Tuyên"
    assert found.get("title") == HEADLINE


def test_a_pen_name_opening_the_headline_over_no_signature_the_address_spells_stays_the_writer() -> None:
    # near-miss: the address spells no line of the text (round 86's writer opening the headline stays)
    url = "https://langhue.example.org/index.php/van-hoc/chuyen-tren-doi-mai/17587-ctdm-hat-hiu"
    found = fields_of("\n\n".join([HEADLINE, "Hắt Hiu", STORY, MORE, "Nguyễn Quốc Tuyên", *FOOTER]), url)
    assert found.get("author") == "Hắt Hiu"


@pytest.mark.parametrize("names, echo", [
    (("Hắt Hiu",), True),
    (("Hắt-Hiu",), True),  # printed with the headline's hyphen
    (("Nguyễn Hắt",), False),  # a surname: a writer's name, however it opens the headline
    (("Đồi Mai",), False),  # words of the headline, not its opening
])
def test_title_echo(names, echo) -> None:
    assert title_echo(names, (1, HEADLINE)) is echo


@pytest.mark.parametrize("line, signed", [
    ("Nguyễn Quốc Tuyên", True),
    ("Quốc Tuyên", False),  # two words: no full name
    ("Nguyễn Văn Tuyên", False),  # a full name the address does not spell
    ("Nguyễn Quốc Tuyên viết tại Sài Gòn", False),  # a sentence naming him, no signature
])
def test_slug_signature(line, signed) -> None:
    assert (slug_signature(numbered_lines(STORY, line, "Share"), URL) is not None) is signed

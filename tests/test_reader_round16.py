"""The reader of issue 13, round 16, on made-up text: capital initials with no name part ("Đ.T",
"N.H", "T.T.H", "Đ. T.", with or without a dash or brackets) are never a byline, wherever they
stand, since an office's or an outlet's initials look the same; a dotted initial joined to a name
("H.Tr", "T.Nga", "T.T. Hà") still is. A headline never opens on punctuation a portal's chrome
left before it (", Hội ..." under an "Asset Publisher" label): the stray mark goes, spaced or
glued, and an ellipsis or a quote that opens a headline stays."""
import datetime as dt

import pytest

from archive.read.bylines import initials_only, parse_byline, person_name
from archive.read.headline import clean_headline
from made_up_pastes import reading

HEADLINE = "Hội Cựu chiến binh xã Tân Phú gặp mặt nhân dịp cuối năm"
LEAD = ("Chiều ngày 28/12, Hội Cựu chiến binh xã Tân Phú tổ chức buổi gặp mặt hội viên nhân dịp cuối năm "
        "với sự tham dự của đại diện lãnh đạo Đảng ủy, chính quyền xã và các chi hội trong xã.")
MORE = ("Tại buổi gặp mặt, các hội viên đã ôn lại truyền thống, trao đổi kinh nghiệm phát triển kinh tế gia đình "
        "và thống nhất phương hướng hoạt động của Hội trong năm tới.")


def _page(under: str = "", end: str = "") -> str:
    return "\n".join(part for part in (HEADLINE, under, LEAD, MORE, end) if part) + "\n"


# ---------------------------------------------------------------- capital initials are no byline

INITIALS = ["Đ.T", "N.H", "T.T.H", "Q.Đ.T", "Đ. T.", "Đ.T.", "T. T. H", "N.H.", "- Đ.T", "– Đ.T –", "Đ.T -",
            "(Đ.T)", "[N.H]", "Đ.T - N.H", "Đ.T, N.H", "Đ T"]


@pytest.mark.parametrize("line", INITIALS)
def test_capital_initials_are_no_byline_line(line):
    assert parse_byline(line) == ()


@pytest.mark.parametrize("tokens", [["Đ.T"], ["T.T.H"], ["Đ.", "T."], ["N", "H"]])
def test_initials_only(tokens):
    assert initials_only(tokens)
    assert person_name(" ".join(tokens)) == ""


@pytest.mark.parametrize("tokens", [["H.Tr"], ["T.Nga"], ["T.T.", "Hà"], ["S.", "Hải"], ["Minh", "Anh"], []])
def test_a_name_part_makes_more_than_initials(tokens):
    assert not initials_only(tokens)


@pytest.mark.parametrize("line, authors", [
    ("H.Tr", ("H.Tr",)),  # a dotted initial joined to a name part
    ("T.Nga", ("T.Nga",)),
    ("T.THUẬN", ("T.Thuận",)),
    ("S. Hải", ("S. Hải",)),
    ("T.T. Hà", ("T.T. Hà",)),
    ("ĐẶNG T.", ("Đặng T.",)),  # a surname, then an initial
    ("Minh Anh - Đ.T", ("Minh Anh",)),  # the initials after a name are no second author
    ("Thu Hà (Đ.T)", ("Thu Hà",)),
])
def test_a_name_beside_initials_is_still_a_byline(line, authors):
    assert parse_byline(line) == authors


@pytest.mark.parametrize("end", INITIALS + ["Tin, ảnh: Đ.T", "Bài và ảnh: T.T.H", "Tác giả: N.H", "Nguồn: Đ.T",
                                            "Đ.T/TTXVN", "T.H - Theo baoxyz.vn", "Ð.T", "                Đ.T",
                                            "\u00a0Đ.T\u00a0", "*N.H", "N.H.T.", "Đ.T\n\nBài viết khác\n\nTin liên quan"])
def test_initials_as_the_last_line_are_no_byline(end):
    read = reading(_page(end=end))
    assert read.fields.get("title") == HEADLINE
    assert not read.fields.get("author")


@pytest.mark.parametrize("under, date", [("Đ.T | 29/12/2022 09:10", dt.date(2022, 12, 29)),
                                         ("29/12/2022 09:10 - N.H", dt.date(2022, 12, 29)),
                                         ("Tác giả: T.T.H", None)])
def test_initials_under_the_headline_are_no_byline(under, date):
    read = reading(_page(under=under))
    assert not read.fields.get("author")
    assert read.fields.get("date") == date


@pytest.mark.parametrize("page, author", [
    (_page(end="H.Tr"), "H.Tr"),
    (_page(end="H.Tr\n\nBài viết khác"), "H.Tr"),
    (_page(end="Minh Anh - Đ.T"), "Minh Anh"),
    (_page(under="T.Nga | 29/12/2022 09:10"), "T.Nga"),
    (_page(end="Tin, ảnh: Nguyễn Thị Hà"), "Nguyễn Thị Hà"),
    (_page(end="Minh Anh/TTXVN"), "Minh Anh"),
    (_page(end="                T.T. Hà"), "T.T. Hà"),
])
def test_a_name_part_keeps_the_byline(page, author):
    assert reading(page).fields.get("author") == author


# ---------------------------------------------------------------- punctuation before the headline

@pytest.mark.parametrize("mark", [", ", "; ", ": ", "| ", ". ", "/ ", ",  ", ",, ", ",", ";"])
def test_a_stray_mark_before_the_headline_goes(mark):
    assert clean_headline(mark + HEADLINE) == (HEADLINE, None)


@pytest.mark.parametrize("text, title", [
    (", “Giữ lửa” cho phong trào văn nghệ ở cơ sở", "“Giữ lửa” cho phong trào văn nghệ ở cơ sở"),
    (", (Video) Hội Cựu chiến binh xã Tân Phú gặp mặt", "(Video) Hội Cựu chiến binh xã Tân Phú gặp mặt"),
])
def test_a_stray_mark_before_a_quote_or_a_genre_label_goes(text, title):
    assert clean_headline(text) == (title, None)


@pytest.mark.parametrize("headline", [
    "...Và những mùa hoa cải trên cao nguyên đá",  # an ellipsis opens it
    "… Và những mùa hoa cải trên cao nguyên đá",
    "“Giữ lửa” cho phong trào văn nghệ ở cơ sở",
    "-5 độ C, vùng cao xuất hiện băng giá đầu mùa",
    "1/2 số chi bộ của xã đạt trong sạch, vững mạnh",
    "(Infographic) Kết quả đại hội chi bộ nhiệm kỳ 2025-2027",
])
def test_a_headline_that_opens_on_its_own_mark_keeps_it(headline):
    assert clean_headline(headline) == (headline, None)


@pytest.mark.parametrize("chrome", ["Asset Publisher", "Skip to main content", "Tin tức", ""])
@pytest.mark.parametrize("mark", [", ", "; ", "| "])
def test_a_headline_printed_twice_behind_a_stray_mark_is_read_without_it(chrome, mark):
    read = reading(f"{chrome}\n\n{mark}{HEADLINE}\n\n{mark}{HEADLINE}\n\n\n          {LEAD}\n{MORE}\n")
    assert read.fields.get("title") == HEADLINE

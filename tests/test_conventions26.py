"""Conventions round 26 (titles): page furniture around the headline (benchmarks/headline_variants.py), on
made-up pastes, each with a near-miss that must not change: a bracketed star closing a headline, a rating with
its votes and "Đăng trong:" beside it, "Bạn đang xem:" over it, dated links in brackets over the page, "Tin"
before a section's name, a section's label over a headline ending in a question mark, a body's masthead
stacked in capitals a unit a line."""
import datetime as dt

from archive.read.dated_links import dated_link_runs
from archive.read.furniture import is_info_field
from archive.read.headline import clean_headline
from archive.read.joined_sections import section_named
from archive.read.stacked_mastheads import stacked_mastheads
from archive.read.note_marks import star_note_off
from benchmarks.headline_variants import HEADLINE_TRANSFORMS
from benchmarks.variants import find_spots
from made_up_pastes import HEAD, LEAD, MORE, fields_of, title_of

DATE = "12/03/2024 08:15"
CAPS = HEAD.upper()
QUESTION = "Đảng viên chuyển sinh hoạt tạm thời thì tham gia sinh hoạt ở chi bộ nào?"


def _page(*over: str, head: str = HEAD, under: tuple[str, ...] = ()) -> str:
    return "\n".join([*over, head, *under, DATE, LEAD, MORE]) + "\n"


def test_a_bracketed_star_closing_a_headline_is_a_note_mark():
    assert star_note_off(f"{HEAD} (*)") == HEAD
    assert star_note_off(f"{HEAD} (**)") == HEAD
    assert clean_headline(f"{HEAD} (*)")[0] == HEAD
    assert title_of(_page(head=f"{HEAD} (*)")) == HEAD
    # near-misses: a star between words, a short line, a star with no bracket
    inside = "Điểm (*) mới trong quy định xét tuyển"
    assert star_note_off(inside) == inside
    assert star_note_off("Ghi chú (*)") == "Ghi chú (*)"


def test_a_rating_with_its_votes_and_a_posted_in_line_are_info_fields():
    assert is_info_field("Đánh giá bài viết: 4,5/5 (12 lượt bình chọn)")
    assert is_info_field("Đánh giá: 4/5 (3 phiếu)")
    assert is_info_field("Đăng trong: Tin hoạt động")
    assert title_of(_page(under=("Đánh giá bài viết: 4,5/5 (12 lượt bình chọn)",))) == HEAD
    assert title_of(_page(under=("Đăng trong: Tin hoạt động",))) == HEAD
    # near-misses: a sentence about ratings, "đang trong" in a headline's words with no colon
    assert not is_info_field("Đánh giá bài viết của học sinh theo thang điểm mới")
    assert not is_info_field("Đang trong mùa thu hoạch mận ở vùng cao")


def test_you_are_viewing_opens_a_breadcrumb():
    assert title_of(_page("Bạn đang xem: Trang chủ » Tin tức")) == HEAD
    assert fields_of(_page("Bạn đang xem: Trang chủ » Tin tức"))["date"] == dt.date(2024, 3, 12)


DATED = ["Hội nghị triển khai kế hoạch chuyển đổi số năm 2023 (05/01/2023)",
         "Ra quân hưởng ứng Tháng thanh niên tại xã Hòa Lâm (14/03/2023)",
         "Tập huấn nghiệp vụ cho cán bộ văn phòng các đơn vị [08:30 22/06/2023]"]


def test_dated_links_in_brackets_are_a_run_of_links():
    assert dated_link_runs(DATED) == {0, 1, 2}
    assert dated_link_runs(["", *DATED[:2], "", DATED[2]]) == {1, 2, 4}
    page = _page("Tin mới", *DATED)
    assert title_of(page) == HEAD and fields_of(page)["date"] == dt.date(2024, 3, 12)
    # near-misses: two such lines, a headline with its own bracketed day, a sentence holding a date
    assert dated_link_runs(DATED[:2]) == set()
    assert dated_link_runs([f"{HEAD} (12/03/2024)", LEAD, MORE]) == set()
    assert dated_link_runs(["Ngày 05/01/2023, xã tổ chức hội nghị (xem ảnh 05/01/2023)"] * 2) == set()


def test_tin_before_a_sections_name_is_a_sections_label():
    assert section_named("TIN HOẠT ĐỘNG") and section_named("Tin địa phương")
    assert title_of(_page("TIN HOẠT ĐỘNG", head=CAPS)) == CAPS
    # near-misses: "Tin" alone, "Tin" before words that are no section's
    assert not section_named("Tin") and not section_named("TIN VUI NGÀY HỘI")


def test_a_sections_label_over_a_question_headline_is_not_the_title():
    assert title_of(_page("TIN TỨC - SỰ KIỆN", head=QUESTION)) == QUESTION
    # near-miss: a headline that only names sections, alone, stays the title
    assert title_of("TIN TỨC - SỰ KIỆN\n" + DATE + "\n" + LEAD + "\n" + MORE + "\n") == "TIN TỨC - SỰ KIỆN"


UNIT, FACULTY = "TRƯỜNG CAO ĐẲNG KỸ THUẬT HOÀNG SƠN", "KHOA CÔNG NGHỆ THÔNG TIN"


def test_a_bodys_masthead_stacked_in_capitals_over_the_headline():
    texts = [UNIT, FACULTY, "LỄ KẾT NẠP ĐẢNG VIÊN MỚI NĂM 2024", LEAD]
    assert stacked_mastheads(texts, [0, 1, 2], set()) == {0, 1}
    assert title_of(_page(UNIT, FACULTY)) == HEAD
    assert title_of(_page(UNIT, FACULTY, head=CAPS)) == CAPS
    # near-misses: a masthead alone in the pool; a site's name or a body's under it; a capitals headline
    # opening on a body's kind used otherwise; a lone unit over its own date line
    assert stacked_mastheads(texts, [0, 1], set()) == set()
    assert stacked_mastheads([UNIT, "Cổng Thông tin khoa học công nghệ tỉnh"], [0, 1], set()) == set()
    assert stacked_mastheads([UNIT, "Namthisite"], [0, 1], set()) == set()
    assert stacked_mastheads(["HỘI NGHỊ SƠ KẾT CÔNG TÁC NĂM 2024", HEAD], [0, 1], set()) == set()
    assert stacked_mastheads([FACULTY, DATE, HEAD], [0, 2], {0}) == set()
    assert stacked_mastheads(["TRƯỜNG THCS HÒA LÂM", "Địa chỉ: Số 12 đường Hoa Ban"], [0, 1], set()) == set()
    assert stacked_mastheads(["TRƯỜNG THCS HÒA LÂM", "Nhóm phóng viên"], [0, 1], set()) == set()


LABEL = {"title": HEAD, "date": "2024-03-12", "bylines": []}


def test_the_round_26_transformations_on_a_made_up_paste():
    lines = ["---", "url: https://example.gov.vn/a", "---", HEAD, DATE, LEAD, MORE]
    spots = find_spots(lines, LABEL, 6)

    def apply(name):
        return HEADLINE_TRANSFORMS[name](lines, spots, LABEL)
    assert apply("furniture: footnote '(*)' at end").lines[3] == f"{HEAD} (*)"
    assert apply("furniture: footnote '(*)' at end").title == HEAD
    stamp = apply("furniture: bracketed time and date at end")
    assert stamp.lines[3] == f"{HEAD} (08:15 12/03/2024)" and DATE not in stamp.lines and stamp.title == HEAD
    assert apply("furniture: rating widget under").lines[4].startswith("Đánh giá bài viết: 4,5/5")
    assert apply("furniture: unit masthead caps").lines[3:6] == [UNIT, FACULTY, HEAD]
    caps = apply("furniture: section label caps over caps title")
    assert caps.lines[3:5] == ["TIN HOẠT ĐỘNG", CAPS] and caps.title == CAPS
    assert apply("furniture: dated related links at top").lines[3] == "Tin mới"
    glued = apply("furniture: category glued to date")
    assert glued.lines[3] == "Tin hoạt độngThứ Ba, 12/03/2024 08:15"
    undated = dict(LABEL, date=None)
    weekday = HEADLINE_TRANSFORMS["furniture: category | weekday date"]
    assert weekday(lines, find_spots(lines, undated, 6), undated) is None

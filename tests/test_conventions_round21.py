"""The weakest variant families of conventions round 21, as made-up lines and pages.

A blog's "Writer Name: headline" line (read/title_writers.py) over the headline printed again is the
headline as printed, not a tagged copy of it (read/head_window._copied_in); a place, a name in capitals or a
breadcrumb before the copy stay chrome. An address whose slug spells the part after a short opening's
colon, all of it, names the whole line (read/slugs._named_after_colon); a long opening, a slug spelling
more or fewer words stay unnamed. Every name, page and address here is made up.
"""
import pytest

from made_up_pastes import LEAD, MORE, MORE2, fields_of, numbered_lines, paragraphs as paste
from archive.read.broken_headlines import join_broken_headline
from archive.read.comma_headlines import comma_headline_end
from archive.read.slugs import named_by_slug, slug_words

HEAD = "NHIỆM VỤ CỦA HỘI VIÊN KHUYẾN HỌC Ở CƠ SỞ"
SMALL = "Nhiệm vụ của hội viên khuyến học ở cơ sở"
PLACE = "Xã Hòa An, tháng 3 năm 2024"


def _copied_page(line: str, copy: str) -> str:
    """The headline's line, a place line, the headline printed again, then the text (a blog's post)."""
    return "\n".join([line, "", PLACE, copy, LEAD, "", MORE, "", MORE2])


WRITER_LINES = [
    ("three-words", "Trần Văn Bình", HEAD),
    ("four-words", "Nguyễn Thị Thu Hà", HEAD),
    ("no-tones", "Tran Van Binh", HEAD),
    ("small-letters", "Lê Minh Châu", SMALL),
]


@pytest.mark.parametrize("case, name, copy", WRITER_LINES, ids=[c for c, _, _ in WRITER_LINES])
def test_a_writers_headline_line_over_its_copy_is_the_title(case, name, copy):
    found = fields_of(_copied_page(f"{name}: {copy}", copy))
    assert found["title"] == f"{name}: {copy}"
    assert found["author"] == name


COPIED_CHROME = [
    ("place", "Tân Yên: "),  # a district's name: no writer
    ("name-in-capitals", "LÊ VĂN AN: "),  # a subject in capitals
    ("breadcrumb", "Trang chủ > Thư giãn > "),
    ("tab-section", "Thư giãn - "),
]


@pytest.mark.parametrize("case, opening", COPIED_CHROME, ids=[c for c, _ in COPIED_CHROME])
def test_other_lines_ending_with_the_headline_stay_chrome(case, opening):
    found = fields_of(_copied_page(opening + HEAD, HEAD))
    assert found["title"] == HEAD
    assert not found.get("author")


SLUG_URL = "https://vanhoc.example.vn/tin-tuc/song-que-40-nam-mot-dong-chay-truyen-ngan-123.html"
BARE_SLUG_URL = "https://vanhoc.example.vn/p75/c179/Song-Que-40-nam-mot-dong-chay-truyen-ngan.html"
AFTER = "Sông Quê - 40 năm một dòng chảy truyện ngắn"

NAMED_AFTER_COLON = [
    ("writer", f"Phạm Minh Tú: {AFTER}", SLUG_URL),
    ("writer-four-words", f"Nguyễn Thị Thu Hà: {AFTER}", SLUG_URL),
    ("label", f"Góc văn chương: {AFTER}", SLUG_URL),
    ("no-id", f"Phạm Minh Tú: {AFTER}", BARE_SLUG_URL),
    ("spaced-colon", f"Phạm Minh Tú : {AFTER}", SLUG_URL),
]


@pytest.mark.parametrize("case, line, url", NAMED_AFTER_COLON, ids=[c for c, _, _ in NAMED_AFTER_COLON])
def test_a_slug_spelling_the_part_after_a_short_colon_names_the_line(case, line, url):
    assert named_by_slug(line, slug_words(url))


NOT_NAMED = [
    ("long-opening", f"Hội nghị tổng kết của các chi hội: {AFTER}"),  # a sentence's part, not a label
    ("part-cut-short", "Phạm Minh Tú: Sông Quê - 40 năm một dòng chảy"),  # the slug spells more
    ("other-words", "Phạm Minh Tú: Sông Quê 40 năm truyện ngắn hay nhất"),
    ("no-colon", f"Phạm Minh Tú viết về {AFTER}"),
]


@pytest.mark.parametrize("case, line", NOT_NAMED, ids=[c for c, _ in NOT_NAMED])
def test_other_lines_are_not_named_by_the_slug(case, line):
    assert not named_by_slug(line, slug_words(SLUG_URL))


VERSE = ["Chảy đi sông ơi", "Băn khoăn làm gì?", "Rồi sông đãi hết"]


def _slugged_page(line: str) -> str:
    """A magazine's page: sections, the headline's line, its date line, a verse, the headline again."""
    return "\n".join(["Giá sách Sông Quê", "40 năm thành lập tạp chí", line, "15:05 | 16/06/2023", "", *VERSE, "",
                      AFTER, "Văn nghệ sĩ thập niên 90 - Ảnh: tư liệu", "", LEAD, "", MORE, "", MORE2])


@pytest.mark.parametrize("name", ["Phạm Minh Tú", "Nguyễn Thị Thu Hà"])
def test_the_writers_line_the_slug_names_is_the_title_over_the_copy(name):
    found = fields_of(_slugged_page(f"{name}: {AFTER}"), BARE_SLUG_URL)
    assert found["title"] == f"{name}: {AFTER}"
    assert found["author"] == name


def test_the_plain_headline_over_its_copy_stays_the_title():
    assert fields_of(_slugged_page(AFTER), BARE_SLUG_URL)["title"] == AFTER


# --- a short headline over a lead that asks: the lead is no headline closed by its question mark

ASKING_LEADS = [
    ("why", "Trước tiên, muốn chơi được cây đàn bầu (hoặc một loại nhạc cụ dân tộc bất kỳ), người học cần chú ý "
            "đến cấu tạo của nó. Tại sao?"),
    ("how", "Ai cũng từng nghe nói rằng muốn nấu được một nồi phở ngon thì phải ninh nước dùng thật lâu với xương "
            "bò và gia vị. Nhưng ninh bao lâu?"),
    ("no-tones", "Truoc tien, muon choi duoc cay dan bau (hoac mot loai nhac cu dan toc bat ky), nguoi hoc can chu y "
                 "den cau tao cua no. Tai sao?"),
]
SHORT_HEADS = ["Đàn bầu cơ bản", "Nấu phở tại nhà", "Đàn bầu cho người mới"]


@pytest.mark.parametrize("case, lead", ASKING_LEADS, ids=[c for c, _ in ASKING_LEADS])
@pytest.mark.parametrize("head", SHORT_HEADS)
def test_a_short_headline_over_a_lead_that_asks_is_the_title(case, lead, head):
    assert fields_of("\n\n".join([head, lead, MORE, MORE2])).get("title") == head


QUESTION_HEADLINES = [
    ("two-questions", "Chuyển sinh hoạt đảng tạm thời thế nào? Ai phải chuyển?"),
    ("short-break", "Giá phân bón tăng mạnh. Vì sao?"),
    ("long-no-break", "Đảng viên đi công tác dài ngày ở nước ngoài có phải làm thủ tục chuyển sinh hoạt đảng tạm "
                      "thời về chi bộ nơi cư trú hay không?"),
]


@pytest.mark.parametrize("case, headline", QUESTION_HEADLINES, ids=[c for c, _ in QUESTION_HEADLINES])
def test_a_question_headline_under_a_sites_name_stays_the_title(case, headline):
    body = (f"luatviet\nChia sẻ email\nThứ Hai, 11/03/2024\n\n{headline}\n\n"
            "Theo quy định hiện nay, đảng viên đi công tác dài ngày phải làm thủ tục chuyển sinh hoạt đảng "
            "tạm thời. Bài viết dưới đây giải đáp trình tự thực hiện thủ tục này.\n\n" + MORE + "\n")
    assert fields_of(body)["title"] == headline


# --- a headline closed by a full stop, broken after a comma over a last part of a headline's length

CHROME = "Trang chủ | Giới thiệu | Tin tức | Liên hệ"
DATE = "12/03/2024 08:15"

STOPPED_AFTER_COMMA = [
    ("festival", ["Vui tết Trung thu cho các em học sinh,", "các cháu thiếu niên nhi đồng trong xã."]),
    ("subject", ["Về việc tăng cường kiểm tra,", "quản lý việc sử dụng vật liệu xây dựng công trình."]),
    ("two-tasks", ["Huyện ủy tổng kết công tác năm 2023,", "triển khai phương hướng, nhiệm vụ năm 2024."]),
    ("no-tones", ["Huyen uy tong ket cong tac nam 2023,", "trien khai phuong huong, nhiem vu nam 2024."]),
]


@pytest.mark.parametrize("case, parts", STOPPED_AFTER_COMMA, ids=[c for c, _ in STOPPED_AFTER_COMMA])
def test_a_stopped_headline_broken_after_a_comma_is_joined(case, parts):
    joined = join_broken_headline(numbered_lines(CHROME, *parts, DATE))
    assert joined[1][1] == " ".join(parts) and joined[2][1] == ""
    assert comma_headline_end(" ".join(parts), parts[1])


@pytest.mark.parametrize("case, parts", STOPPED_AFTER_COMMA[:3], ids=[c for c, _ in STOPPED_AFTER_COMMA[:3]])
def test_the_page_reads_the_stopped_headline_whole(case, parts):
    assert fields_of(paste("\n".join(parts), DATE, LEAD, MORE, MORE2))["title"] == " ".join(parts)


STOPPED_APART = [
    ("lead-morning", ["Sáng nay tại hội trường Huyện ủy Bình An,", "các đồng chí đã dự hội nghị sơ kết công tác."]),
    ("lead-dated", ["Chiều 12/3 tại hội trường Huyện ủy Bình An,", "các đồng chí đã dự hội nghị sơ kết."]),
    ("lead-place", ["Tại hội trường Huyện ủy Bình An,", "các đồng chí trong Ban Thường vụ đã dự hội nghị."]),
    ("verse-capitals", ["Khuyến học đến tận từng nhà,", "Giúp trẻ ham học để mà tu thân."]),
    ("too-long", ["Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm,",
                  "các đồng chí trong Ban Thường vụ đã thảo luận và thống nhất các giải pháp nâng cao chất lượng."]),
]


@pytest.mark.parametrize("case, parts", STOPPED_APART, ids=[c for c, _ in STOPPED_APART])
def test_a_sentence_or_verse_broken_after_a_comma_stays_apart(case, parts):
    numbered = numbered_lines(CHROME, *parts, DATE)
    assert join_broken_headline(numbered) == numbered


# --- a long headline wrapped after a comma, its short last part ending the run with no stop

LONG_FIRST = ("Chương trình của Huyện ủy thực hiện Chỉ thị số 05-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo "
              "của Đảng đối với công tác quản lý,")
LONG_WRAPPED = [
    ("open", LONG_FIRST, "bảo vệ và phát triển rừng"),
    ("quote-closed", "Hội thảo khoa học: “Những vấn đề mới của Nghị quyết số 12-NQ/TW về xây dựng lực lượng và "
                     "vận dụng trong nghiên cứu,", "giảng dạy, học tập ngành xây dựng Đảng”"),
    ("no-tones", "Chuong trinh cua Huyen uy thuc hien Chi thi so 05-CT/TW cua Ban Bi thu ve tang cuong su lanh dao "
                 "cua Dang doi voi cong tac quan ly,", "bao ve va phat trien rung"),
]


@pytest.mark.parametrize("case, first, last", LONG_WRAPPED, ids=[c for c, _, _ in LONG_WRAPPED])
def test_a_long_headline_wrapped_after_a_comma_is_joined(case, first, last):
    joined = join_broken_headline(numbered_lines(CHROME, first, last, "Ngày cập nhật 30/10/2017", LEAD))
    assert joined[1][1] == f"{first} {last}" and joined[2][1] == ""


LONG_APART = [
    ("paragraph-stops", LONG_FIRST, "bảo vệ và phát triển rừng trên địa bàn."),  # a paragraph's end
    ("paragraph-runs-on", LONG_FIRST, "bảo vệ và phát triển rừng, phòng cháy chữa cháy rừng và nâng cao đời sống "
                                      "của người dân sống gần rừng"),
    ("capital-line", LONG_FIRST, "Bảo vệ và phát triển rừng"),
    ("comma-line", LONG_FIRST, "bảo vệ và phát triển rừng,"),
]


@pytest.mark.parametrize("case, first, last", LONG_APART, ids=[c for c, _, _ in LONG_APART])
def test_a_paragraph_of_a_headlines_parts_stays_apart(case, first, last):
    numbered = numbered_lines(CHROME, first, last, "Ngày cập nhật 30/10/2017", LEAD)
    assert join_broken_headline(numbered) == numbered


def test_the_page_reads_the_wrapped_headline_whole():
    body = "\n".join(["Tìm kiếm tin tức", LONG_FIRST, "bảo vệ và phát triển rừng", "Ngày cập nhật 30/10/2017", "",
                      LEAD, "", MORE, "", MORE2])
    assert fields_of(body)["title"] == f"{LONG_FIRST} bảo vệ và phát triển rừng"

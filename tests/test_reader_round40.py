"""Round 40 (holdout 39's kinds), on made-up pastes: another post's title printed first, over the
article's headline and a rating line, where the address's slug spells the headline and the page prints
it again lower down (an image's alt text, a caption): the headline is the title. Near-misses stay as
they are: a kicker over a headline the slug spells, a slug in another language, a numeric id, a
repeat right under the line or inside a sentence."""
import pytest

from archive.read.slug_repeats import slug_named_repeat
from archive.read.slugs import slug_words
from made_up_pastes import fields_of, numbered_lines

OTHER = "Những đôi giày tốt nhất dành cho người mới bắt đầu tập chạy"
HEAD = "Tổ chức giải chạy bộ cộng đồng"
SLUG_URL = "https://example.com/to-chuc-giai-chay-bo-cong-dong/"
LEAD = ("Chạy bộ không chỉ mang lại lợi ích cho sức khỏe mà còn gắn kết mọi người trong khu phố, đồng thời "
        "khuyến khích một lối sống lành mạnh và thân thiện với môi trường.")
SUB = "Mục tiêu của giải chạy bộ"
BODY = ("Mục tiêu của việc tổ chức giải chạy bộ bao gồm nhiều khía cạnh, nhằm khuyến khích người dân tập "
        "luyện thể thao mỗi ngày và xây dựng phong trào rèn luyện sức khỏe lâu dài.")


def _paste(first: str, head: str, repeat: str | None, rating: str = "1 đánh giá") -> str:
    lines = [first, "", head, "", rating, "", LEAD, "", SUB, ""]
    if repeat is not None:
        lines += [repeat, repeat, ""]
    return "\n".join([*lines, BODY]) + "\n"


@pytest.mark.parametrize("url", [
    SLUG_URL,
    "https://example.com/blog/to-chuc-giai-chay-bo-cong-dong.html",
    "https://example.vn/tin-tuc/to-chuc-giai-chay-bo-cong-dong-12345",
    "https://example.com/2024/05/to-chuc-giai-chay-bo-cong-dong/",
])
@pytest.mark.parametrize("repeat", [
    HEAD,                                            # as printed
    HEAD.upper(),                                    # a caption in capitals
    "To chuc giai chay bo cong dong",    # an alt text without tone marks
    HEAD + ".",                                      # a caption with a full stop
])
def test_a_line_the_slug_and_a_later_repeat_name_beats_the_first_line(url, repeat):
    assert fields_of(_paste(OTHER, HEAD, repeat), url)["title"] == HEAD


@pytest.mark.parametrize("rating", ["1 đánh giá", "5 bình luận", "Chia sẻ"])
def test_the_rule_holds_under_other_lines_than_a_rating(rating):
    assert fields_of(_paste(OTHER, HEAD, HEAD, rating), SLUG_URL)["title"] == HEAD


# ---------------------------------------------------------------- near-misses

def test_a_kicker_over_a_headline_the_slug_names_stays_a_kicker():
    kicker = "Hưởng ứng Tháng hành động vì sức khỏe"
    fields = fields_of(_paste(kicker, HEAD, HEAD), SLUG_URL)
    assert fields["title"] == HEAD
    assert fields["kicker"] == kicker


def test_the_slug_naming_the_first_line_keeps_it():
    url = "https://example.com/nhung-doi-giay-tot-nhat-danh-cho-nguoi-moi-bat-dau-tap-chay/"
    assert fields_of(_paste(OTHER, HEAD, HEAD), url)["title"] == OTHER


@pytest.mark.parametrize("url", [
    "https://example.com/how-to-organise-a-community-running-race/",  # a slug in another language
    "https://example.com/tin-tuc/123456",                              # a numeric id
    "https://example.com/bai-viet/chi-tiet",                           # too few words
])
def test_a_slug_that_spells_no_line_changes_nothing(url):
    assert fields_of(_paste(OTHER, HEAD, HEAD), url)["title"] == OTHER


def test_a_repeat_must_stand_apart_and_alone():
    slug = slug_words(SLUG_URL)
    lines = numbered_lines(OTHER, HEAD, HEAD, LEAD)
    assert not slug_named_repeat(lines, 1, slug)  # pasted twice in a row: no witness
    lines = numbered_lines(OTHER, HEAD, LEAD, "Ảnh: " + HEAD + " tại công viên")
    assert not slug_named_repeat(lines, 1, slug)  # inside a longer line
    lines = numbered_lines(OTHER, HEAD, LEAD, SUB, HEAD)
    assert slug_named_repeat(lines, 1, slug)
    assert not slug_named_repeat(lines, 1, frozenset())
    assert not slug_named_repeat(numbered_lines(OTHER, LEAD, SUB, OTHER), 0, slug)  # the slug spells it not

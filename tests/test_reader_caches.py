"""The reader's per-line caches answer as the plain rules do, asked once or again (made-up lines).

A paste's head lines are asked about by several slots, and a site's chrome comes back in paste
after paste: the predicates below are worked out once per distinct line (functools.lru_cache).
Each cached answer must be the plain function's, and a cached list must not be shared.
"""
import pytest

from archive.read import candidates, chrome, sources
from archive.text import dates, surnames

_LINES = [
    "",
    "Trang chủ > Xây dựng Đảng > Tin tức",
    "Bình luận (12)",
    "Tin liên quan:",
    "Gửi email | In trang | Chia sẻ",
    "Giới thiệu | Tin tức | Tổ chuyên môn | Thư viện",
    "[ Quay lại ] [ In trang ] [ Đầu trang ]",
    "Thứ Hai, 12/06/2023, 08:15 (GMT+7)",
    "Cập nhật lúc 07h33 ngày 5 tháng 3 năm 2021",
    "Ngày 30 tháng 4 năm 1975 - Ngày non sông thu về một mối",
    "Hội nghị quán triệt Nghị quyết Trung ương 6 khóa XII tại Đảng bộ xã Tân Hòa",
    "Sáng 25/7/2022, Đảng ủy phường tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm.",
    "ĐẢNG BỘ TỈNH HÒA BÌNH",
    "Trung tâm Văn hóa - Thể thao huyện Nam Giang",
    "Báo Điện tử Đảng Cộng sản Việt Nam",
    "Nguồn tin: Lương Vĩnh - huyện Điện Biên Đông",
    "TẬN TÂM - CHUYÊN NGHIỆP - HIỆU QUẢ",
    "KhoaAliasPlainTextWebPart - Dữ liệu tin bài",
    "Tin sau: Đại hội Chi bộ 4 nhiệm kỳ 2020-2025",
    "2023-06-12T08:15:00+07:00",
]

_CACHED = [chrome.is_noise_line, chrome.is_stop_line, candidates.headline_shaped, sources.masthead_name]


@pytest.mark.parametrize("rule", _CACHED, ids=lambda rule: rule.__wrapped__.__name__)
def test_a_cached_rule_answers_as_the_plain_one(rule):
    plain = rule.__wrapped__
    for line in _LINES:
        expected = plain(line)
        assert rule(line) == expected, line
        assert rule(line) == expected, line  # asked again: the cached answer


def test_the_cached_rules_see_a_difference():
    """The lines above are not all alike to the rules: the comparison can fail."""
    for rule in _CACHED:
        assert len({rule.__wrapped__(line) for line in _LINES}) > 1, rule


def test_surnames_cached_with_and_without_marks():
    words = ["Nguyễn", "Nguyen", "Trần", "Tran", "Ksor", "Niê", "Hội", "Đảng", "Lê", "Le."]
    for word in words:
        for with_marks in (True, False):
            expected = surnames.is_surname.__wrapped__(word, with_marks)
            assert surnames.is_surname(word, with_marks) == expected
            assert surnames.is_surname(word, with_marks=with_marks) == expected
    assert surnames.is_surname("Nguyễn", True) and not surnames.is_surname("Hội", True)


def test_all_dates_is_a_fresh_list_each_time():
    line = "Cập nhật ngày 12/06/2023; hội nghị ngày 5 tháng 3 năm 2021 và 2021-03-05"
    first = dates.all_dates(line)
    spans = [m.span() for m in first]
    assert len(spans) == 3
    assert spans == [m.span() for m in dates._all_dates.__wrapped__(line)]
    first.clear()  # a caller's own list: the next caller still gets every date
    assert [m.span() for m in dates.all_dates(line)] == spans
    assert dates.all_dates(line) is not dates.all_dates(line)


def _split_prefix_plain(text):
    """name_labels.split_prefix as it was: every prefix tried in turn, with no test first."""
    from archive.read import name_labels, names
    from archive.text.normalize import fold
    at = 0
    while True:
        folded = fold(text[at:])
        found = next((p for p in names.PREFIXES if folded.startswith(p) and name_labels._prefix_ends(folded, len(p))), "")
        if not found:
            break
        at += len(found)
        while at < len(text) and text[at] in " ,":
            at += 1
    return text[:at].rstrip(" ,"), text[at:]


def test_split_prefix_answers_as_the_plain_loop():
    from archive.read.bylines import split_prefix
    lines = ["Thiếu tá, ThS. Đoàn Văn Hiếu", "PGS.TS Lê Văn An", "Đại tá Nguyễn Văn Bình", "TSKH. Trần Thị Hoa",
             "Nhà báo Minh Anh", "Minh Anh", "Tsunami ở Nhật Bản", "Thsa Văn", "", "ThS.", "Bác sĩ Lê Hà, Giuse Trần"]
    split = [split_prefix(line) for line in lines]
    assert split == [_split_prefix_plain(line) for line in lines]
    assert split[0] == ("Thiếu tá, ThS.", "Đoàn Văn Hiếu") and split[5] == ("", "Minh Anh")


def test_icons_go_as_the_plain_generator_took_them():
    import unicodedata
    from archive.text.icons import without_icons

    def plain(text):
        if text.isascii():
            return text
        return "".join(" " if unicodedata.category(ch) in ("So", "Co") else ch for ch in text if ch != "\ufe0f")

    lines = ["✍ Minh Anh", "👤 Minh Anh 🕐 08:15", "✍️ Hoàng Long", "\ue800 Trần Thị Hoa", "Nguyễn Văn An",
             "Plain ASCII", "", "© Báo Tân Hòa ®", "Lê Hà ★★★"]
    for _ in range(2):  # the table filled, then read
        assert [without_icons(line) for line in lines] == [plain(line) for line in lines]
    assert without_icons("✍️ Hoàng Long") == "  Hoàng Long"  # the symbol a space, its selector gone


def _join_label_cells_plain(lines):
    """portal_fields.join_label_cells as it was: the next line and the fold asked of every short line."""
    from archive.read import portal_fields as pf
    from archive.text.normalize import fold
    out = list(lines)
    for at, (number, text) in enumerate(lines):
        if len(text) > pf._CELL_LENGTH:
            continue
        value = pf._next_text(out, at)
        label = fold(text).strip().rstrip(":").strip()
        if label in pf._LABEL_CELLS and value is not None and pf._is_value(value[1], label in pf._COUNTER_CELLS):
            out[at] = (number, f"{text.strip().rstrip(':').strip()}: {value[1].strip()}")
            out[value[0]] = (out[value[0]][0], "")
    return out


def test_label_cells_join_as_the_plain_loop():
    from archive.read.portal_fields import join_label_cells
    texts = ["Tác giả", "Minh Anh", "", "Lượt xem", "", "345", "Tác giả:", "Lượt xem: 12", "   ", "Tác giả",
             "", "", "Hoàng Long", "Một đoạn văn dài của bài viết, kết thúc bằng dấu chấm.", "Tác giả"]
    lines = list(enumerate(texts, start=1))
    joined = join_label_cells(lines)
    assert joined == _join_label_cells_plain(lines)
    assert joined[0] == (1, "Tác giả: Minh Anh") and joined[1] == (2, "")  # the comparison sees a join

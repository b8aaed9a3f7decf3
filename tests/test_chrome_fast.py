"""The reader's fast paths agree with the plain rules they skip (made-up lines)."""
import re
import re._parser as sre_parse

from archive.read import chrome, portal_chrome
from archive.text import month_names
from archive.text.normalize import fold


def _literal_runs(items) -> list[str]:
    """The runs of plain characters at the top level of a parsed branch: text every match holds."""
    runs, run = [], ""
    for op, arg in items:
        if op is sre_parse.LITERAL:
            run += chr(arg)
        else:
            runs.append(run)
            run = ""
    return runs + [run]


def _branches(pattern: str):
    parsed = list(sre_parse.parse(pattern))
    if len(parsed) == 1 and parsed[0][0] is sre_parse.BRANCH:
        return [list(branch) for branch in parsed[0][1][1]]
    return [parsed]


def test_every_scan_needs_its_word():
    assert {word for word, _ in chrome._SCANS} == set(chrome._SCAN_WORDS)
    for word, scan in chrome._SCANS:
        for branch in _branches(scan.pattern):
            assert any(word in run for run in _literal_runs(branch)), (word, scan.pattern)


_LINES = [
    "Trình duyệt của bạn không hỗ trợ JavaScript, hãy bật để xem nội dung",
    "Vui lòng bật javascript trên trình duyệt để đọc bài",
    "Hãy dùng trình duyệt mới; java script đang tắt",
    "javascript",  # the word alone: no notice
    "Bài viết về ngôn ngữ Java và trình độ công nghệ thông tin của cán bộ",
    "Địa chỉ: Số 12 đường Trần Phú, phường 1. Điện thoại: 0290 3 123 456",
    "Địa chỉ: 45 Lê Lợi - ĐT: 0123",
    "Địa chỉ: 45 Lê Lợi",  # no telephone: not a contact line
    "Ban Tuyên giáo tổ chức hội nghị tại địa chỉ mới, số điện thoại liên hệ sau",
    "Đăng nhập",
    "Lượt xem: 1.234",
    "Bản quyền thuộc về Đảng bộ tỉnh",
    "Đảng bộ xã An Phú tổ chức Đại hội lần thứ XV, nhiệm kỳ 2025 - 2030",
    "",
]


# Every noise pattern in one, tried on the whole line: what is_noise_text must agree with.
_WHOLE_NOISE = re.compile("|".join(f"(?:{p})" for p in (*chrome._NOISE_LINES, *portal_chrome.NOISE_LINES)))


def test_noise_text_agrees_with_the_whole_pattern():
    for line in _LINES:
        folded = fold(line).strip()
        assert chrome.is_noise_text(folded) == bool(_WHOLE_NOISE.fullmatch(folded)), line
    assert chrome.is_noise_text(fold(_LINES[0]).strip())
    assert chrome.is_noise_text(fold(_LINES[5]).strip())
    assert not chrome.is_noise_text(fold(_LINES[7]).strip())


def _plain_month_dates(text: str) -> list[tuple[int, int]]:
    found = [m for p in (month_names._MONTH_FIRST, month_names._DAY_FIRST, month_names._DAY_SHORT) for m in p.finditer(text)
             if month_names._month_word(m)]
    return sorted(m.span() for m in found)


def test_month_name_dates_without_a_year_skip_the_patterns():
    lines = ["Tháng Mười Một 25, 2025", "Cập nhật: 14 June 2024 lúc 9:00", "Dec 2, 202", "ngày 5 tháng Sáu năm 99",
             "Tháng Sáu 14, 2024 và 3 Tháng Bảy, 2024", "Hội nghị tháng Mười Hai", "June 14, ２０２４",
             "08-Th9-2022", "8/Thg 9/202", "Cập nhật 8/Thg 9/2022 10:15"]
    for line in lines:
        assert [m.span() for m in month_names.month_name_dates(line)] == _plain_month_dates(line), line
    assert month_names.month_name_dates("Dec 2, 202") == []
    assert len(month_names.month_name_dates(lines[4])) == 2


def _plain_breadcrumb(line: str) -> bool:
    """is_breadcrumb without its pre-check: split on every spaced separator."""
    parts = chrome._CRUMB.split(line.strip())
    if len(parts) < 2 or not all(part and len(part.split()) <= 6 and not part.endswith((".", "!", "?"))
                                 for part in parts):
        return False
    return len(parts) >= 3 or fold(parts[0]).strip() in chrome._HOME


def test_breadcrumb_precheck_agrees_with_the_split():
    lines = ["Trang chủ > Xây dựng Đảng", "Tin tức » Sự kiện » Hoạt động", "Trang chủ / Tin tức",
             "Trang chủ >Tin tức", "Trang chủ>> Tin tức", "Home →\tHoạt động", "Ngày 25/11/2025 / 08:30",
             "Đăng ngày 25/11/2025", " / Tin tức", "Tin tức /", "Tin tức / Sự kiện / Ảnh", "Giá 5>3 nghìn"]
    for line in lines:
        assert chrome.is_breadcrumb(line) == _plain_breadcrumb(line), line
    assert chrome.is_breadcrumb("Trang chủ / Tin tức")
    assert not chrome.is_breadcrumb("Ngày 25/11/2025")


def test_a_row_counts_its_words_up_to_the_bound():
    from archive.read import info_rows
    for count in (1, 39, 40, 41, 90):
        text = " ".join(["Lượt xem: 12"] + ["chữ"] * (count - 3))
        assert (len(text.split(None, info_rows._ROW_WORDS)) > info_rows._ROW_WORDS) == (len(text.split()) > 40), count
    short = "Chuyên mục: Tin tức Lượt xem: 312"
    assert info_rows._fields(short) == ["Chuyên mục: Tin tức", "Lượt xem: 312"]


def _plain_headline_and_lead(text: str) -> list[str]:
    """glued._headline_and_lead as first written: every character looked at."""
    from archive.read import glued
    for at in range(1, len(text)):
        if not (text[at - 1].islower() and text[at].isupper()):
            continue
        start, end = text.rfind(" ", 0, at) + 1, text.find(" ", at)
        if text[start:end if end != -1 else len(text)].isascii():
            continue
        before, after = text[:at], text[at:]
        words = len(after.split())
        if glued._headline_before(before) and (after.endswith((".", "…")) and words >= glued.LEAD_WORDS
                                               or words >= glued.PROSE_WORDS):
            return [before, after]
        break
    return [text]


def test_glued_headline_looks_only_at_capitals():
    from archive.read import glued
    lead = "Những ngày này, cán bộ, đảng viên xã Tân Hòa tích cực tham gia dọn dẹp vệ sinh sau bão số 3 vừa qua."
    lines = ["Xã Tân Hòa ra quân làm đường giao thông nông thôn gấp đôi" + lead,
             "Thành phố mua iPhone cho cán bộ" + lead,  # an ascii word: no glue there
             "Đảng bộ xã An Phú tổ chức hội nghị", "ĐẠI HỘI ĐẢNG BỘ XÃ", "aB", "", "Ngày hội Đại đoàn kết toàn dân tộc",
             "Tăng cường công tác kiểm traVỀ CƠ SỞ"]
    for line in lines:
        assert glued._headline_and_lead(line) == _plain_headline_and_lead(line), line
    assert len(glued._headline_and_lead(lines[0])) == 2

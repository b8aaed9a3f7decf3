"""Rules that look only at a paste's head stop at its end: the same lines as the plain loop that
went through every line (made-up pastes). Body lines that the rules would split, were they in
the head, show that the body is truly left as it was."""
from archive.read import furniture, glued, info_rows
from archive.read.chrome import is_noise_line

HEADLINE = "Đảng ủy xã Tân Hòa tổ chức hội nghị sơ kết công tác xây dựng Đảng"
LEAD = ("Sáng nay, Đảng ủy xã Tân Hòa tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm "
        "và triển khai nhiệm vụ trọng tâm những tháng cuối năm.")
ROW = "Ngày đăng: 12/06/2023 | Lượt xem: 120 | Tác giả: Minh Anh"
GLUED_DATE = HEADLINE + "12/04/2025 07:45"


def _split_rows_plain(lines):
    out, seen = [], 0
    for number, text in lines:
        seen += bool(text.strip())
        pieces = info_rows._fields(text) if text.strip() and seen <= info_rows._HEAD_TEXT_LINES else [text]
        out += [(number, piece) for piece in pieces]
    return out


def _unglue_plain(lines):
    out, seen = [], 0
    for number, text in _split_rows_plain(lines):
        if text.strip() and seen < glued._HEAD_LINES:
            seen += not is_noise_line(text)
            out += [(number, piece) for piece in glued._split(text, under_headline=seen > 1)]
        else:
            out.append((number, text))
    return out


def _pastes():
    head = [ROW, "", GLUED_DATE, "", LEAD]
    body = [LEAD, "", ROW, GLUED_DATE, "Trang chủ > Tin tức", ""] * 4
    yield list(enumerate(head + body, start=1))
    yield list(enumerate(["", "", GLUED_DATE, ROW] + body, start=1))
    yield list(enumerate(["Tin tức", "Sự kiện", ROW, ROW, GLUED_DATE] + [ROW] * 20, start=1))
    yield [(1, GLUED_DATE)]
    yield []


def test_split_rows_reads_the_head_as_the_plain_loop_does():
    for paste in _pastes():
        assert info_rows.split_rows(paste) == _split_rows_plain(paste)


def test_unglue_reads_the_head_as_the_plain_loop_does():
    for paste in _pastes():
        assert glued.unglue(paste) == _unglue_plain(paste)


def test_the_body_is_left_as_it_was():
    paste = list(enumerate([ROW, GLUED_DATE, LEAD] + [LEAD] * 12 + [ROW, GLUED_DATE] * 3, start=1))
    split = glued.unglue(paste)
    assert len(split) > len(paste)  # the head's row and glued date line are split ...
    assert split[-6:] == paste[-6:]  # ... the same lines in the body are not


def test_head_lines_are_the_first_with_text():
    texts = ["", "Tin mới", "  ", *[f"Dòng {i}" for i in range(40)]]
    expected = [(i, text) for i, text in enumerate(texts) if text.strip()][:furniture._HEAD]
    assert furniture._head_lines(texts) == expected
    assert furniture._head_lines(texts[:4]) == [(1, "Tin mới"), (3, "Dòng 0")]
    assert furniture._head_lines([]) == []

"""Conventions round 26: page furniture around the headline, as `make eval-variants` transformations
(`benchmarks/transforms.py` gathers them with the others).

The kinds of title misses the fresh holdouts (40 to 65) showed once each, printed on every eligible dev
paste: a field label (English or Vietnamese) or a unit's masthead over the headline, a section label in
capitals over a capitals headline, a portal's name in small letters, a category and a date run together,
dated related links opening the page, a series label, rows of buttons, a view counter, a rating widget, a
tag line, a breadcrumb ending in the headline's copy, Markdown's "# ", a lone dash, an empty "()", a
footnote mark or a bracketed time and date at the headline's end. The title to read is the headline as
printed, without the mark, the brackets or the "# " (what collectors label). Every word is made up or what
any site prints; nothing is random: every eligible paste gets every transformation.
"""
from __future__ import annotations

from typing import Callable

from benchmarks.date_variants import _clock
from benchmarks.variants import WEEKDAYS, Spots, Variant, _dmy, below_header, head_top, label_date, squash

Transform = Callable[[list[str], Spots, dict], "Variant | None"]
LINKS = ("Hội nghị triển khai kế hoạch chuyển đổi số năm 2023 (05/01/2023)",
         "Ra quân hưởng ứng Tháng thanh niên tại xã Hòa Lâm (14/03/2023)",
         "Tập huấn nghiệp vụ cho cán bộ văn phòng các đơn vị (22/06/2023)")


def _over(*chrome: str, caps: bool = False, page_top: bool = False) -> Transform:
    """`chrome` over the head (or at the page's top, under a front matter); with `caps` the headline in
    capitals too (only a headline that is not already)."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.title is None:
            return None
        head = squash(lines[s.title])
        out = list(lines)
        if caps:
            if head.upper() == head:
                return None
            out = [line.upper() if squash(line) == head else line for line in lines]  # every print of it
            head = head.upper()
        top = head_top(s)
        if page_top:
            top = below_header(lines)
        return Variant(out[:top] + list(chrome) + out[top:], head)
    return transform


def _under(*chrome: str) -> Transform:
    """`chrome` on the lines right under the headline (over its date line when one is there)."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.title is None:
            return None
        return Variant(lines[:s.title + 1] + list(chrome) + lines[s.title + 1:], squash(lines[s.title]))
    return transform


def _with_head(over: Callable[[str], list[str]]) -> Transform:
    """Lines made from the headline itself over the head (a breadcrumb ending in its copy, say)."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.title is None:
            return None
        head = squash(lines[s.title])
        top = head_top(s)
        return Variant(lines[:top] + over(head) + lines[top:], head)
    return transform


def _marked(form: Callable[[str], str]) -> Transform:
    """The headline's line printed with a mark the title leaves off: `form(headline)`."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        if s.title is None:
            return None
        head = squash(lines[s.title])
        out = list(lines)
        out[s.title] = form(head)
        return Variant(out, head)
    return transform


def _dated_over(form: Callable[[str, str], str]) -> Transform:
    """A line printing the labelled day (`form(day, clock)`) over the head; the date line stays."""
    def transform(lines: list[str], s: Spots, label: dict) -> Variant | None:
        day = label_date(label)
        if s.title is None or day is None or s.date is None:
            return None
        top = head_top(s)
        line = form(f"{WEEKDAYS[day.weekday()]}, {_dmy(day)}", _clock(lines[s.date]))
        return Variant(lines[:top] + [line] + lines[top:], squash(lines[s.title]))
    return transform


def _bracketed_stamp(lines: list[str], s: Spots, label: dict) -> Variant | None:
    """The date line gone, its time and day in brackets at the headline's end ("... (08:15 12/03/2024)")."""
    day = label_date(label)
    if s.title is None or day is None or s.date is None:
        return None
    head = squash(lines[s.title])
    out = list(lines)
    out[s.title] = f"{head} ({_clock(lines[s.date])} {_dmy(day)})"
    del out[s.date]
    return Variant(out, head)


HEADLINE_TRANSFORMS: dict[str, Transform] = {
    "furniture: English field label 'Category:'": _over("Category: News and Events"),
    "furniture: field label 'Chuyên mục:'": _over("Chuyên mục: Tin hoạt động"),
    "furniture: section label caps": _over("TIN TỨC - SỰ KIỆN"),
    "furniture: section label caps over caps title": _over("TIN HOẠT ĐỘNG", caps=True),
    "furniture: portal name in small letters": _over("trang thông tin điện tử xã hòa lâm"),
    "furniture: unit masthead caps": _over("TRƯỜNG CAO ĐẲNG KỸ THUẬT HOÀNG SƠN", "KHOA CÔNG NGHỆ THÔNG TIN"),
    "furniture: category | weekday date": _dated_over(lambda day, clock: f"Tin hoạt động | {day}"),
    "furniture: category glued to date": _dated_over(lambda day, clock: f"Tin hoạt động{day} {clock}"),
    "furniture: dated related links at top": _over("Tin mới", *LINKS, page_top=True),
    "furniture: 'Tin liên quan' block over": _over("Tin liên quan", *LINKS),
    "furniture: series label 'Kỳ 2'": _over("Kỳ 2"),
    "furniture: share buttons row": _over("Chia sẻ | In bài | Gửi email"),
    "furniture: font-size row under": _under("Cỡ chữ: A- A A+ | In bài viết"),
    "furniture: view counter under": _under("Lượt xem: 1.205"),
    "furniture: rating widget under": _under("Đánh giá bài viết: 4,5/5 (12 lượt bình chọn)"),
    "furniture: tag line under": _under("Từ khóa: nông thôn mới, chuyển đổi số, Hòa Lâm"),
    "furniture: 'Đăng trong:' under": _under("Đăng trong: Tin hoạt động"),
    "furniture: address line over": _over("Địa chỉ: Số 12 đường Hoa Ban, phường Tân An"),
    "furniture: hotline over": _over("Đường dây nóng: 0912 345 678"),
    "furniture: category row in bars": _over("Thời sự | Kinh tế | Văn hóa | Thể thao"),
    "furniture: slash breadcrumb": _over("Trang chủ / Tin tức / Hoạt động"),
    "furniture: 'Bạn đang xem:' breadcrumb": _over("Bạn đang xem: Trang chủ » Tin tức"),
    "furniture: breadcrumb ending in headline": _with_head(lambda h: [f"Trang chủ > Tin tức > {h}"]),
    "furniture: lone dash over": _over("-"),
    "furniture: Markdown '# '": _marked(lambda h: f"# {h}"),
    "furniture: empty '()' at end": _marked(lambda h: f"{h} ()"),
    "furniture: footnote '(*)' at end": _marked(lambda h: f"{h} (*)"),
    "furniture: bracketed time and date at end": _bracketed_stamp,
}

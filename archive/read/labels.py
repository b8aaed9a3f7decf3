"""Labels a page prints near its headline that head no article: section names glued together
("Tin tứcSự kiện") or joined by a dash ("Văn hóa - Văn nghệ"), and the labels and marks of a
ticker or a link box ("Tin mới: ...", "♦ A ♦ B"), which name other articles' headlines; the
page's title as a browser tab shows it ("<headline> | <site>") over the headline itself, a longer
form of the headline under it (a subtitle), and an aggregator's "2 giờ trước".
"""
from __future__ import annotations

import re

from archive.read.body_names import association_name
from archive.read.headline_echoes import part_number
from archive.read.sources import masthead_name, organ_name
from archive.text.dates import AGO_PATTERN
from archive.text.normalize import fold_passage

# Labels of a ticker or a link box, folded: "Tin mới: <another headline>".
_TICKER_LABELS = frozenset(("tin moi", "tin nong", "moi cap nhat", "tin moi nhat", "doc nhieu", "xem nhieu",
                            "tieu diem", "xem them", "doc them", "tin lien quan", "bai lien quan", "noi bat",
                            "tin noi bat", "dang chu y", "tin vua dang", "breaking news", "hot",
                            "bai hot", "tin hot", "bai doc nhieu", "bai viet lien quan"))  # round 56: a teaser
# The marks a news ticker joins headlines with; a bar joins them too, but a page title's too.
_TICKER_MARKS = re.compile(r"[♦◆◇•●○▪■□►▶★☆✦❖»]")
_BAR = re.compile(r"\s\|\s")
_TICKER_ITEM_WORDS = 3  # a headline in a ticker has a few words; "•" before one label is a bullet


_LABEL_JOIN = re.compile(r"\s+[-–—&|]\s+")


def paired_labels(text: str) -> bool:
    """Two or three labels of a word or three each, capitalised, joined by a dash or "&" ("Tin tức
    - Sự kiện", "Thời sự - Chính trị"): a section's name. A headline joining two names says more
    ("Việt Nam - Lào: 3-0")."""
    parts = _LABEL_JOIN.split(text.strip())
    return 2 <= len(parts) <= 3 and all(1 <= len(part.split()) <= 3 and part[:1].isupper()
                                        and all(word.isalpha() for word in part.split()) for part in parts)


def glued_labels(text: str) -> bool:
    """Two labels run together with no space ("Nhịp cầu sư phạmChuyện học đường", "Tin
    tứcSự kiện"): a word with a small letter then a capital, both Vietnamese (a tone mark
    or "đ" in it), so a name like "VietNamNet" or "iPhone" is not taken for one."""
    return any(not w.isascii() and any(a.islower() and b.isupper() for a, b in zip(w, w[1:]))
               for w in text.split())


def linked_elsewhere(text: str) -> bool:
    """A ticker or a link box's label opens the line ("Tin mới: ..."), or the line runs
    other articles' headlines together ("♦ A (31/12) ♦ B (26/12)"): it heads no article."""
    label, colon, rest = text.partition(":")
    return bool(colon and rest.strip()) and fold_passage(label).strip() in _TICKER_LABELS or ticker_run(text)


def ticker_label(text: str) -> bool:
    """The line is only a ticker's or a link box's label ("Tin mới", "Tin liên quan:"): other articles'
    headlines stand under it."""
    return fold_passage(text).strip(" :") in _TICKER_LABELS


def mark_opened(text: str) -> bool:
    """The line opens with a ticker's or a list's mark ("• Lượt xem: 12"): an item, no headline line."""
    return bool(_TICKER_MARKS.match(text.lstrip()))


def ticker_run(text: str) -> bool:
    """Headlines joined by a ticker's marks: two or more items of a few words each between
    marks no headline prints ("♦", "◆", "•", "►"); with a bar ("|"), which a page title may
    hold once or twice ("Tiêu đề | Tên báo"), three or more such items."""
    for marks, least in ((_TICKER_MARKS, 2), (_BAR, 3)):
        items = [item for item in marks.split(text) if item.strip()]
        if len(items) >= least and marks.search(text) and \
                sum(len(item.split()) >= _TICKER_ITEM_WORDS for item in items) >= least:
            return True
    return False


# The bar or dash a page title puts before the site's name, or a CMS's commas around the page's id ("Tiêu đề, 78,
# Trung tâm X", round 115).
_SITE_AFTER = re.compile(r"\s+[|–—-]\s+(?=\S)|\s*,\s*\d{1,7}\s*,\s*(?=\S)")
_HOST = re.compile(r"(?i)^[a-z0-9][\w.-]*\.(?:vn|com|net|org)$")
_BRAND_WORDS = 4  # "Tuổi Trẻ Online", "Báo Dân trí": a site's short name, every word capitalised


def tab_title(line: str, headline: str) -> bool:
    """The page's title, the headline then a bar or dash and the site's name ("Tiêu đề | Cổng thông
    tin điện tử huyện X", "Tiêu đề - baophuyen.vn", "Tiêu đề, 78, Trung tâm X"), printed above the headline itself. A headline
    going on after a dash ("Tư tưởng X - Kim chỉ nam trong ...") is no site's name, nor a part's number
    after a series' name ("Lịch sử X – Phần II" over "LỊCH SỬ X": headline_echoes.py)."""
    if fold_passage(line[:len(headline)]) != fold_passage(headline) or part_number(line[len(headline):]):
        return False
    site = _SITE_AFTER.match(line[len(headline):])
    name = line[len(headline):][site.end():].strip() if site else ""
    words = name.split()
    return bool(name) and (bool(masthead_name(name)) or association_name(name) or bool(_HOST.match(name))
                           or len(words) <= _BRAND_WORDS and all(w[:1].isupper() for w in words)
                           or site and site.group().strip() == "|" and _barred_fields(name)
                           or site and site.group().strip().startswith(",") and bool(organ_name(name)))  # a body's


# The detail view's title as the tab prints it, the site's name after a dash ("Chi tiết bài viết - Huyện Cam Lộ",
# "Chi tiết - Sở Tư pháp"; round 108). Weighed down as no headline, not dropped: it holds the page's first place,
# which title_weights gives the first line's weight, and a site's slogan under it is no first line.
VIEW_NAME = r"chi tiet( tin( tuc)?| bai viet)?"  # the detail view's name, folded (furniture.py drops it alone)
_VIEW_TAB = re.compile(rf"{VIEW_NAME} [-–|] [^\s:|]+( [^\s:|]+){{0,9}}")


def view_tab(line: str) -> bool:
    return bool(_VIEW_TAB.fullmatch(fold_passage(line).strip()))


_FIELD_WORDS = 8  # a page title's field after a bar: a section, an author's name, a journal's name


def _barred_fields(name: str) -> bool:
    """"Anh | TNU Journal of Science and Technology": after the headline's bar, two fields or more
    joined by bars (a journal's page title adds an author's given name or a section, then its own
    name), each a few words with no sentence's stop. A headline prints no two bars after its end."""
    fields = [field.strip() for field in name.split(" | ")]
    return len(fields) >= 2 and all(0 < len(field.split()) <= _FIELD_WORDS and not field.endswith((".", "!", "?"))
                                    and "|" not in field for field in fields)


def runs_into(line: str, headline: str) -> bool:
    """A sentence that ends on the headline's words in small letters ("... ban hành văn bản số 7
    về việc hưởng ứng giải báo chí"): prose that quotes the headline, not a breadcrumb or a
    tagged copy over it, which print the headline as it stands."""
    words, copy = line.split(), headline.split()
    return len(words) > len(copy) > 0 and words[-len(copy)][:1].islower() and not copy[0][:1].islower()


# A commune's, a ward's or a district's name alone, folded ("XÃ ĐÔNG SƠN", "Phường 1"): its portal's masthead over
# a headline opening with it ("XÃ ĐÔNG SƠN TRI ÂN ...", round 116), no headline of its own.
_PLACE_ALONE = re.compile(r"(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tp\.?)\s+\S+(?:\s+\S+){0,3}")


def longer_form(first: str, later: str, later_dated: bool) -> bool:
    """The later line repeats the first and goes on: a longer form of the headline (a subtitle).
    Not when the first is a masthead naming the organ the headline opens with ("TRƯỜNG THPT X" over
    "Trường THPT X tổ chức ..."): in capitals over a line that is not, or the later line is the one
    its date line stands under (`later_dated`), which closes it as the headline; a line only naming a body
("Bệnh viện Đa khoa tỉnh") or a commune, a ward or a district ("XÃ ĐÔNG SƠN") is such a masthead in any case. Nor when the first
    is cut short by an ellipsis ("Nông dân ... giá bán..."): a ticker's or a list's copy of the headline."""
    a, b = fold_passage(first).strip(" ."), fold_passage(later).strip(" .")
    masthead = first.isupper() and not later.isupper() or organ_name(first) or bool(_PLACE_ALONE.fullmatch(a))
    cut_short = first.rstrip().endswith(("...", "…"))
    return len(b) > len(a) >= 10 and b.startswith(a) and not (masthead or later_dated or cut_short)


# How long ago an aggregator says a story was posted, closing its line after a mark or alone:
# "Báo X - 2 giờ trước", "vừa xong". A headline's own "... mất tích từ 3 ngày trước" has no mark.
_RELATIVE_TIME = re.compile(rf"(?:^|[-–—|•·]\s*)(?:\d{{1,2}}\s+{AGO_PATTERN}|vừa xong)\s*$",
                            re.IGNORECASE)


# The age after an outlet's name with no mark between ("Báo Đắk Lắk 1 giờ trước"): the name says it.
_AGE_END = re.compile(rf"\s+\d{{1,2}}\s+{AGO_PATTERN}\s*$", re.IGNORECASE)


# The age alone on its line, as a page prints it under its headline in place of a date line: "55 phút trước".
_AGE_ALONE = re.compile(rf"\s*\d{{1,3}}\s+{AGO_PATTERN}\s*", re.IGNORECASE)


def age_alone(text: str) -> bool:
    """The line is only how long ago the page was posted ("55 phút trước", "3 giờ trước")."""
    return bool(_AGE_ALONE.fullmatch(text))


def relative_time(text: str) -> bool:
    age = _AGE_END.search(text)
    return bool(_RELATIVE_TIME.search(text)) or bool(age and masthead_name(text[:age.start()]))

"""The furniture portal software prints around a headline (issue 13, round 2), as whole lines.

Liferay e-portals, DotNetNuke and other .NET portals, Joomla, WordPress themes and school
portals print an article's info block beside its headline: the detail view's title ("Chi tiết",
"Details"), the category ("Chuyên mục: Tin tức", "Category: ..."), counters ("Số lượt xem: 41",
"Lượt truy cập: 1.023", "Hits: 58"), a rating ("Đánh giá: 4.5/5", "★★★★★"), the comment count
("0 Bình luận", "Chưa có bình luận"), the software's own account as the poster ("Người đăng: Quản
trị", "Viết bởi Super User"), buttons in brackets ("[ Quay lại ] [ In trang ]") and a
contact bar ("Hotline: 0912 000 111"), a menu on one line joined by bars. None of it is the article's
text or its headline. Matched on the folded whole line, so a sentence holding these words is kept.

Some furniture is known by where it stands, above the article: a link box's headlines under its
label (`box_items`), a banner's call over the headline (`banners`), a poll (`poll_lines`); and under
the headline, in the title's pool, a body's name, a labelled field or the site's own name
(`not_headlines`).
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Callable

from archive.read.capitals_blocks import block_continuations
from archive.read.chained_mastheads import chained_mastheads
from archive.read.stacked_mastheads import stacked_mastheads
from archive.read.section_heads import section_heads
from archive.read.placed_captions import captions_under
from archive.read.bracket_subtitles import bracket_subtitles
from archive.read.footnote_subtitles import footnote_subtitles
from archive.read.contact_names import CONTACT_WORDS, contact_names
from archive.read.field_runs import field_runs
from archive.read.headline_echoes import headline_echoes
from archive.read.menu_runs import menu_rows
from archive.read.newsletter_issues import issues_over_headlines
from archive.read.poll_questions import asked_poll
from archive.read.reviewer_credits import reviewer_credits
from archive.read.labels import VIEW_NAME
from archive.read.letterless_titles import letterless
from archive.read.line_sizes import LONGEST_HEADLINE, headline_within
from archive.read.religious_calendars import calendar_lines
from archive.read.site_accounts import SOFTWARE_ACCOUNTS
from archive.read.sources import masthead_name, organ_name
from archive.read.wrapped_prose import wrapped_prose
from archive.read.verse_lines import poem_verses, verse_lines
from archive.read.writer_slots import slot_fillers
from archive.text.date_labels import DATE_FIELD_LABELS, either, held_label_pattern
from archive.text.dates import all_dates
from archive.text.normalize import fold_passage

_FIELDS = (
    rf"{VIEW_NAME}|details?",  # the detail view's title (as the tab prints it: labels.view_tab)
    # the category, its value a few words: "Chuyên mục: Tin tức"; with no colon fewer, as a name
    # is printed ("chuyên mục Tin hoạt động"; "Danh mục tài sản công" is a headline's words)
    r"(chuyen muc|danh muc|categor(y|ies)|posted in|dang trong|thuoc chuyen muc)\s?:\s?[^\s:|]+( [^\s:|]+){0,5}",
    r"(so )?(luot (xem|doc|truy cap)|so lan (xem|doc)|hits|views?)\s?:?\s?\d[\d.,]*",  # a counter
    # a rating, its stars; its votes counted after it ("Đánh giá bài viết: 4,5/5 (12 lượt bình chọn)", round 26)
    r"danh gia( bai viet| tin)?\s?:\s?[\d.,]+(\s?/\s?\d+)?( sao)?(\s?\(\s?\d[\d.,]* (luot|phieu)( binh chon| danh gia)?\s?\))?"
    r"|[★☆✩✭✰ ]{3,}",
    r"(\d+|chua co|khong co) (binh luan|y kien|comments?)",  # the comment count
    r"(ve |len )?dau trang",  # back to the top
    r"(dang nhap|dang ky|dang xuat)( (he thong|tai khoan|thanh vien))?",  # the account's buttons
    # an empty date, counter or category field, its value lost: "Cập nhật lúc:", "Ngày đăng :"; the date's
    # label as text/date_labels.py spells it (never a bare "Đăng:", which folds to "Đảng:"), widened by "cập
    # nhật lần cuối" and "được đăng ngày"
    rf"({held_label_pattern(folded=True)}|cap nhat lan cuoi|duoc dang ngay|luot xem|"
    r"chuyen muc|danh muc)\s?:",
    # the software's own account as the poster: "Người đăng: Quản trị", "Viết bởi Super User", "Đăng bởi: admin"
    r"(nguoi dang|(duoc )?(dang|viet) boi|posted by|written by|by|tac gia)\s?:?\s?"
    rf"({SOFTWARE_ACCOUNTS})",
    # a forum's member box over a post (YAF, vBulletin): "Rank: Advanced Member", "Joined: 6/24/2012(UTC) Posts: 9,291"
    r"(rank|groups?|joined|join date|posts|points|thanks|was thanked|reputation)\s?:.*",  # (round 120)
)
_FIELD = re.compile("|".join(f"(?:{p})" for p in _FIELDS))
# A contact field: a label opened by the line to call or write ("Hotline", "Đường dây nóng", "Cấp cứu
# 24/7", "Tổng đài đặt lịch"), then a number or an address; a bar may join several. A name before
# it ("Minh Anh - Email: ...") is a byline's, and the line is no contact bar.
_CONTACT_WORDS = rf"(?:{CONTACT_WORDS}|tel|tong dai|cap cuu)"  # the one list, and a switchboard's, an emergency line's
_CONTACT_FIELD = rf"(?:so )?{_CONTACT_WORDS}\b[^:|]{{0,30}}:\s?(?:\+?\d[\d .()-]{{6,}}\d|[\w.-]+@[\w.-]+)"
_CONTACT = re.compile(rf"{_CONTACT_FIELD}(?:\s?[|•-]\s?{_CONTACT_FIELD})*")
_BRACKETED = re.compile(r"\[([^\[\]]{1,30})\]")
_BAR = re.compile(r"\s+[|•·]\s+|\s*\|\s*")


_CATEGORY_BARE = re.compile(r"(?i:chuyên mục|danh mục|category|posted in)\s+[A-ZĐÀ-Ỹ]\S*(?: \S+){0,2}")


def is_info_field(line: str) -> bool:
    """One field of an article's info block or a contact bar, alone on its line."""
    folded = fold_passage(line).strip()
    return bool(_FIELD.fullmatch(folded) or _CONTACT.fullmatch(folded) or _CATEGORY_BARE.fullmatch(line.strip()))


def button_row(line: str, is_button: Callable[[str], bool]) -> bool:
    """A row of buttons each printed in brackets ("[ Quay lại ] [ In trang ] [ Đầu trang ]",
    "[trở về]") or joined by bars ("Gửi email | In trang", "Lượt thích 12 | Chia sẻ"): every item a
    button or a field (`is_button`), nothing else on the line."""
    if not any(mark in line for mark in "[|•·"):
        return False
    items = _BRACKETED.findall(line)
    if items and _BRACKETED.sub("", line).strip(" |•-"):
        return False
    items = items or [item for item in _BAR.split(line) if item.strip()]
    if len(items) < 2 and not _BRACKETED.search(line):
        return False  # one item is the line itself: no row
    return all(is_button(item.strip()) or is_info_field(item) for item in items)


# A site's menu on one line, its items joined by bars ("Giới thiệu | Tin tức | Tổ chuyên môn | Thư
# viện"): three items or more, each a label of a few words, capitalised, with no number or full stop.
_MENU_ITEMS, _MENU_WORDS = 3, 4


def bar_menu(line: str) -> bool:
    if not any(mark in line for mark in "|•·"):
        return False
    items = [item.strip() for item in _BAR.split(line)]
    return len(items) >= _MENU_ITEMS and all(
        item[:1].isupper() and 1 <= len([w for w in item.split() if w not in "-–&"]) <= _MENU_WORDS
        and not any(ch.isdigit() for ch in item) and not item.endswith((".", "!", "?", ":")) for item in items)


# A box of links to other articles, by its label on a line of its own above the article: "Tin tiêu
# điểm", "Sự kiện nổi bật", "Tin đọc nhiều nhất", "Tin hoạt động khác" (the footer's labels too).
_BOX_LABEL = re.compile(r"((tin|tin tuc|bai viet|tin bai|su kien)( (va|&) su kien)? )?(noi bat|tieu diem|"
                        r"(doc|xem) nhieu( nhat)?|moi( nhat| cap nhat| dang)?|nong|hot|(hoat dong )?khac|"
                        r"cung chuyen muc|lien quan|da dua)\s?:?")
_ITEM_WORDS = (5, 24)  # a headline's words; from the second number on a paragraph
_HEAD = 30  # lines with text at the top of a paste where such a box stands


def _head_lines(texts: list[str]) -> list[tuple[int, str]]:
    """The first _HEAD lines with text, with their indexes: the body below is never looked at."""
    return list(islice(((i, text) for i, text in enumerate(texts) if text.strip()), _HEAD))


def is_box_label(line: str) -> bool:
    return bool(_BOX_LABEL.fullmatch(fold_passage(line).strip()))


def box_items(texts: list[str], is_label: Callable[[str], bool]) -> set[int]:
    """Indexes of other articles' headlines in a link box above the article: the headline-shaped
    lines under a box's label (`is_label`), before the page's text, when another label closes the
    box. A run the article's text closes holds the article's own headline too, last or not (a label
    like "Tin mới" stands over a headline and its captions): the title's weighing reads it."""
    found: set[int] = set()
    lines = _head_lines(texts)
    for k, (_, text) in enumerate(lines):
        if _prose(text):
            break
        if not is_label(text):
            continue
        run = []
        for i, item in lines[k + 1:]:
            if not _item(item) or is_label(item):
                break
            run.append(i)
        if k + 1 + len(run) < len(lines) and is_label(lines[k + 1 + len(run)][1]):
            found.update(run)  # closed by the next box's label
    return found


def _item(text: str) -> bool:
    return _ITEM_WORDS[0] <= len(text.split()) < _ITEM_WORDS[1] and not _prose(text) \
        and not text.rstrip().endswith(":")


def _slogan_over(under: list[tuple[int, str]]) -> bool:
    """A headline-shaped line right under a slogan, or past one short line, no date line: a date under the slogan's
    words closes them as the headline."""
    return headline_within([text for _, text in under], 0, _headline, passable=lambda text: not all_dates(text))


def _headline(text: str) -> bool:
    """Headline-shaped however long a headline runs: words enough, no stop, no label's colon."""
    return _ITEM_WORDS[0] <= len(text.split()) <= LONGEST_HEADLINE \
        and not text.rstrip().endswith((".", "!", "?", "…", ":"))


def _prose(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", "…")) or len(text.split()) >= _ITEM_WORDS[1]


# A banner's call to the whole body of people ("Toàn Đảng, toàn dân thi đua ...", "Đảng bộ, chính
# quyền và nhân dân huyện X quyết tâm ..."): a list of collective subjects, then a verb of resolve, or the
# campaign's "học tập và làm theo" ("Toàn Đảng, toàn dân học tập và làm theo tư tưởng, ...": round 99).
_COLLECTIVE = r"(?:toan dang|toan dan|toan quan|dang bo|chinh quyen|nhan dan|can bo|dang vien|chien si|doan vien|" \
              r"hoi vien|cong chuc|vien chuc|nguoi lao dong)"
_EXHORTATION = re.compile(rf"{_COLLECTIVE}(?:,\s*{_COLLECTIVE})+(?:,?\s+va\s+{_COLLECTIVE})?\b.{{0,60}}?"
                          r"\b(?:thi dua|quyet tam|ra suc|doan ket|chung suc|no luc|phan dau|hang hai|hoc tap va lam theo)\b")


# A term's slogan with no subject ("Quyết tâm thực hiện thắng lợi Nghị quyết Đại hội đại biểu Đảng bộ tỉnh ...,
# nhiệm kỳ 2020 - 2025", round 108): a verb of resolve, then carrying out a resolution successfully.
_RESOLVE_CALL = re.compile(r"(?:quyet tam|ra suc|thi dua|doan ket|chung suc|no luc|phan dau)\b.{0,40}?"
                           r"\bthuc hien (?:thang loi|thanh cong)\b.{0,30}?\bnghi quyet\b")


def banners(texts: list[str]) -> set[int]:
    """Indexes of banners above the article: a call to the whole body of people, or a term's slogan, over
    a headline-shaped line, before the page's text. A story may open so too ("Cán bộ, đảng viên và nhân dân
    xã X quyết tâm ..."): then no headline-shaped line stands under it, its lead does."""
    lines = _head_lines(texts)
    found = set()
    for k, ((i, text), (_, below)) in enumerate(zip(lines, lines[1:])):
        folded = fold_passage(text)
        if _EXHORTATION.match(folded) and _item(below) or _RESOLVE_CALL.match(folded) and _slogan_over(lines[k + 1:]):
            found.add(i)  # a banner may run as long as a paragraph
        elif _prose(text):
            break
    return found


# A field of the info block opened by its label and a colon ("Tác giả: Tổ chuyên môn khối 4", "Nguồn:
# Sở Y tế", "Người đăng: ...", a date's field as text/date_labels.py lists them): no headline opens so.
_FIELD_LABEL = re.compile(r"(?:Tác giả|Người (?:đăng|viết)|Đăng bởi|Viết bởi|Nguồn(?: tin)?|Chuyên mục|Danh mục|"
                          rf"{either(DATE_FIELD_LABELS)}|Lượt xem|Thể loại|Từ khóa)\s*:", re.IGNORECASE)


# A site's own name: a portal's, a paper's ("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN X", "Báo Đắk Lắk điện tử").
_SITE_OPENER = re.compile(r"(?:cong thong tin|trang thong tin|trang tin|cong ttdt|trang ttdt|bao|tap chi|website)\b")


def not_headlines(texts: list[str], pool: list[int], dated: set[int], numbers: list[int] | None = None,
                  slug: frozenset[str] = frozenset()) -> set[int]:
    """Lines of the headline's pool that are no headline: a body named under it (`bodies_named_under`),
    a field opened by its label, and the site's own name (its masthead) while another line is in the
    pool, lines that echo the headline (`headline_echoes.py`) and, given the lines' file `numbers`, a
    capitals headline's lines after its first (`capitals_blocks.py`; not under a masthead, `_carried_on`), a
    hard-wrapped paragraph's lines
    (`wrapped_prose.py`; not a line the address's `slug` spells), a menu's rows over the date line (`menu_runs.py`), a caption naming people by where they
    stand under it (`placed_captions.py`), and a line in the writer's slot naming no one (`writer_slots.py`), a stanza (`verse_lines.py`), a name and a phone number (`contact_names.py`), a subtitle in brackets (`bracket_subtitles.py`), a line ending in a footnote's mark under a headline (`footnote_subtitles.py`), a reviewer's credit (`reviewer_credits.py`), a line with no letter (`letterless_titles.py`), an institution's
    masthead chaining its units by dashes (`chained_mastheads.py`) or stacking them a line each (`stacked_mastheads.py`), a section's label over the headline (`section_heads.py`), a run of data fields under a short headline
    (`field_runs.py`). Like a source credit, they part
    the headline from nothing. A newsletter's issue line over a headline (newsletter_issues.py) is its kicker."""
    sites = {i for i in pool if _SITE_OPENER.match(fold_passage(texts[i])) and masthead_name(texts[i])}
    mastheads = (sites if len(sites) < len(pool) else set()) | chained_mastheads(texts, pool) \
        | stacked_mastheads(texts, pool, dated)
    return bodies_named_under(texts, pool, dated) | {i for i in pool if _FIELD_LABEL.match(texts[i])} \
        | mastheads | headline_echoes(texts, pool) \
        | (_carried_on(texts, numbers, pool, mastheads) | wrapped_prose(texts, numbers, pool, slug)
           | menu_rows(texts, pool, dated, numbers) if numbers else set()) \
        | calendar_lines(texts, pool) | captions_under(texts, pool) \
        | issues_over_headlines(texts, pool) \
        | slot_fillers(texts, pool) \
        | verse_lines(texts, pool) | poem_verses(texts, pool) | contact_names(texts, pool) \
        | bracket_subtitles(texts, pool) \
        | footnote_subtitles(texts, pool) \
        | reviewer_credits(texts, pool) | letterless(texts, pool) \
        | section_heads(texts, pool, is_box_label) | field_runs(texts, pool)  # "PV", "Hà Nội", "Ban Biên tập" in the writer's
    # slot; a stanza cut by slashes, a poem's verses; a name and a phone number (a commenter's, a contact's)


def _carried_on(texts: list[str], numbers: list[int], pool: list[int], mastheads: set[int]) -> set[int]:
    """A capitals block's lines after its first, but for a line right under one read as a masthead (round 97):
    a headline starts under a masthead, it carries nothing on ("HỘI LỒNG TỒNG", a festival's name that reads as
    an association's, over "LỄ HỘI LỒNG TỒNG CỐC CHIA"). Both read at once emptied the pool: no title."""
    return {i for i in block_continuations(texts, numbers, pool) if i - 1 not in mastheads}


def bodies_named_under(texts: list[str], pool: list[int], dated: set[int]) -> set[int]:
    """Lines of the headline's pool (`pool`, indexes of `texts`) that only name a body, right under a
    headline-shaped line of the pool that does not: the unit that wrote it or the source under the
    headline ("Trung tâm Văn hóa - Thông tin và Thể thao huyện X", "Ban Tuyên giáo Đảng ủy Khối"),
    never the headline. Not a line its date line closes (`dated`: "Đảng bộ tỉnh X" over "Thời gian
    đăng: ...", a page's own title), nor one in capitals (a headline may open with a body's name).
    Over a headline, such a line is the masthead, weighed as one elsewhere."""
    return {i for i in pool if i - 1 in pool and i not in dated and not texts[i].isupper()
            and (organ_name(texts[i]) or _unit(texts[i])) and _item(texts[i - 1]) and not organ_name(texts[i - 1])}


# A unit of a body, by its kind then its capitalised name, in a few words: "Khoa Kiểm soát bệnh tật",
# "Tổ Ngữ văn", "Phòng Văn hóa và Thông tin" ("Phòng chống dịch ..." is a headline's verb).
_UNIT = re.compile(r"(?:Khoa|Phòng|Tổ|Trạm|Đội|Ban|Bộ phận|Văn phòng|Trung tâm|Cổng TTĐT|Trang TTĐT)\s+[A-ZĐ][^\d.!?:]*")
_UNIT_WORDS = 6


def _unit(text: str) -> bool:
    return bool(_UNIT.fullmatch(text)) and len(text.split()) <= _UNIT_WORDS


# A poll box: its label, a question, the answers, then its buttons ("Thăm dò ý kiến", "Bạn đánh giá thế
# nào về ...?", "Tốt", "Khá", "Bình chọn", "Xem kết quả"). Folded.
_POLL_LABEL = re.compile(r"(tham do|khao sat|binh chon)( y kien)?( ban doc| truc tuyen)?\s?:?")
_POLL_BUTTON = re.compile(r"(binh chon|bieu quyet|gui y kien|xem ket qua)\s?:?")
_POLL_LINES = 10  # a question and its answers


def poll_lines(texts: list[str]) -> set[int]:
    """Indexes of a poll box's lines above the article: from its label to its last button."""
    lines = [(i, fold_passage(text).strip()) for i, text in _head_lines(texts)]
    for k, (start, text) in enumerate(lines):
        if _POLL_LABEL.fullmatch(text):
            buttons = [i for i, later in lines[k + 1:k + 1 + _POLL_LINES] if _POLL_BUTTON.fullmatch(later)]
            if buttons:
                return {i for i, _ in lines if start <= i <= buttons[-1]}
        if asked := asked_poll(lines[k:], texts):  # the buttons lost: the question and its answers (round 38)
            return asked
    return set()

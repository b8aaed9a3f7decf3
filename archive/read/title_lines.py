"""Lines near a headline that only look like one (issue 13, round 23).

A portal prints each sidebar label twice, its link then its caption, and a paste runs them
together ("Bản đồ hành chính Bản đồ hành chính"); an image's alt text or file name stands
under it in small letters with no tone marks ("ao tim ben cua"), where a Vietnamese headline
always has a capital and a tone mark. Both are chrome, never the title. A form's field label
("Tiêu đề: ...") before the headline is no word of it. A site's menu of genres printed one a line
in small letters ("tiểu thuyết", "truyện ngắn", "lý luận phê bình văn học") above the page's text
is chrome, all of it: a headline, a kicker or a section's name opens on a capital.
"""
from __future__ import annotations

import re

from archive.read.format_labels import format_label
from archive.read.genres import GENRES
from archive.text.dates import CLOCK_PATTERN, DATE_PATTERN
from archive.text.normalize import fold

_LABEL_WORDS = (2, 6)  # each half of a doubled label: a sidebar label, not a sentence
_ALT_WORDS = (3, 8)  # two such words may be an English label ("image banner")
_ALT_TEXT = re.compile(r"[a-z]+(?:[ _-][a-z]+)+(?:[ _-]\d{1,3})?")  # letters only, no capital, no tone mark,
# an image's number after them ("dai nam 02", round 118)
# "Tiêu đề:", "Tên bài:", "Title:" before the headline: the field's label, not the headline's.
_TAG = re.compile(r"</?a\b[^>]*>", re.IGNORECASE)
# Before it, a print view's empty fields may run in ("Người biên tập: Tên bài: ...", round 56): labels
# of a few words with no value, then the title's own label; all of them are off.
# A forum's archive view prints its thread's title after its own label ("View Full Version : Tính zoom ...", round 116).
_FIELD_LABEL = re.compile(r"^(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*:\s*)*?(?:tiêu đề|tieu de|tên bài(?: viết)?|ten bai(?: viet)?|title"
                          r"|view full version)\s*:\s*(?=\S)",
                          re.IGNORECASE)


def doubled_label(line: str) -> bool:
    """The same words twice in a row, the whole line ("Thư viện ảnh Thư viện ảnh", maybe the first
    inside a link's markup); or a gallery's photos, their alt text each with its number, run together
    ("Kỷ Niệm 40 Năm Hội Cao Niên (26) Kỷ Niệm 40 Năm Hội Cao Niên (46)", round 113)."""
    text = _TAG.sub(" ", line)  # a link's markup left around the first copy
    numbered = _GALLERY_NUMBERS.findall(text)
    if len(numbered) >= 2 and text.rstrip().endswith(")"):
        copies = [" ".join(copy.split()) for copy in _GALLERY_NUMBERS.split(text) if copy.strip()]
        return len(copies) == len(numbered) and len(set(copies)) == 1 and len(copies[0].split()) <= _ALT_COPY_WORDS
    words = text.split()
    half = len(words) // 2
    return len(words) % 2 == 0 and _LABEL_WORDS[0] <= half <= _LABEL_WORDS[1] \
        and words[:half] == words[half:] and not words[-1].endswith((".", "!", "?"))


_GALLERY_NUMBERS = re.compile(r"\s*\(\d{1,4}\)")  # "(26)": a gallery's photo number after its alt text
_ALT_COPY_WORDS = 12  # an alt text's words: a headline's or an album's name, not a paragraph


# A visit counter's row: a label then a count ("Khách thăm: 20527174", "Tổng số trong ngày: 2,201").
_COUNTER = re.compile(r"[^\W\d_][^\d:]{0,40}:\s*\d{1,3}(?:[.,]?\d{3})*")


def counter_row(line: str) -> bool:
    """A visit counter's row, as a portal's side column prints it above the article."""
    return bool(_COUNTER.fullmatch(line.strip()))


def alt_text(line: str) -> bool:
    """An image's alt text or file name: small unaccented letters only ("ao tim ben cua")."""
    text = line.strip()
    return bool(_ALT_TEXT.fullmatch(text)) and _ALT_WORDS[0] <= len(re.split(r"[ _-]", text)) <= _ALT_WORDS[1]


def small_unmarked(text: str) -> bool:
    """Small letters with no mark, any length ("thang may chung cu dung nhieu bao tri it"): an image's alt text or file
    name as alt_text reads it, where a Vietnamese headline has a capital or a mark ("7 di tích ...", "“Cộng đồng ...”")."""
    return not any(ch.isupper() for ch in text) and fold(text) == text


def field_label_off(text: str) -> str:
    """The headline without a form's field label before it ("Tiêu đề: DINH TRẤN ...")."""
    return _FIELD_LABEL.sub("", text, count=1)


_SMALL_MENU_RUN = 3  # small-letter lines in a row: a menu, not a headline broken over lines
_SMALL_ITEM_WORDS = 8
_TEXT_WORDS = 24  # a line this long is the page's own text


def small_letter_menu(lines: list[tuple[int, str]]) -> set[int]:
    """Indexes of runs of menu items in small letters above the page's own text."""
    items: set[int] = set()
    run: list[int] = []
    for i, (_, text) in enumerate([*lines, (0, "")]):
        if _small_item(text):
            run.append(i)
            continue
        if len(run) >= _SMALL_MENU_RUN:
            items.update(run)
        run = []
        if text.rstrip().endswith((".", "!", "?", "…")) or len(text.split()) >= _TEXT_WORDS:
            break  # the page's text has begun
    return items


def _small_item(text: str) -> bool:
    text = text.strip()
    return text[:1].isalpha() and text[:1].islower() and len(text.split()) <= _SMALL_ITEM_WORDS \
        and not text.endswith((".", "!", "?", ":", ";", ","))


# A headline of one or two words in capitals ("THÔNG BÁO", "LỜI KÊU GỌI"), first in the paste and over a
# bare date line: a notice's headline, though the same words elsewhere label a box of links.
_BARE_DATE = re.compile(rf"\s*{DATE_PATTERN}(?:\s+{CLOCK_PATTERN})?\s*")
_GENERIC_WORDS = 3


def generic_headline(lines: list[tuple[int, str]], at: int, first: bool) -> bool:
    """Whether lines[at], the paste's first line with text (`first`), is such a headline."""
    text = lines[at][1].strip()
    if not first or not text.isupper() or len(text.split()) > _GENERIC_WORDS:
        return False
    below = [line for _, line in lines[at + 1:] if line.strip()][:2]
    return len(below) == 2 and bool(_BARE_DATE.fullmatch(below[0])) and len(below[1].split()) >= _GENERIC_WORDS


# A literary genre's name alone on a line by the headline ("Tùy bút", "Truyện ngắn"): the page's label
# for the kind of piece, never its title.
_GENRE_LABEL = re.compile("|".join(re.escape(genre) for genre in GENRES), re.IGNORECASE)


# A site clock's label whose date the copy lost ("Hôm nay,", "Hôm nay là:").
_CLOCK_LABEL = re.compile(r"(?:hôm nay|bây giờ)(?: là)?\s*[,:]?", re.IGNORECASE)


def genre_label(line: str) -> bool:
    """A genre's or a format's name ("Longform", "E.Magazine"), or a clock's label left alone: a label
    by the headline, never the title."""
    return bool(_GENRE_LABEL.fullmatch(line.strip().rstrip(":")) or _CLOCK_LABEL.fullmatch(line.strip())
                or format_label(line))


# A site's top bar: its hotline's number among its labels ("... Danh sách tạp chí Hotline: 02333 852 458
# Đặt báo Giới thiệu tạp chí"), above the page's text: a contact bar, never the headline.
_HOTLINE = re.compile(r"\b(?:hotline|đường dây nóng)\s*:?\s*\(?\+?\d[\d .()-]{6,}\d", re.IGNORECASE)
_BAR_WORDS = 30


# A search box's prompt: "Tìm kiếm trên website chúng tôi", "Tìm trong trang".
_SEARCH_PROMPT = re.compile(r"(?:tìm kiếm|tìm)\s+(?:trên|trong)\s+(?:website|trang|site)\b[^.!?]{0,30}", re.IGNORECASE)


def hotline_bar(line: str) -> bool:
    """A top bar with a hotline, or a search box's prompt: the site's interface."""
    return len(line.split()) <= _BAR_WORDS and bool(_HOTLINE.search(line)) \
        or bool(_SEARCH_PROMPT.fullmatch(line.strip()))

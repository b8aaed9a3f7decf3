"""The headline's own text: what a page prints on the headline's line that is not the headline.

In front: section labels glued to the first word ("Thời sựNông dân ..."), a list bullet or
an icon ("» ", "- ", "📌 "), a template's word for an empty field ("null"), the outlet's tag
("(TTV) "), a stray full stop or comma before the first word, glued (".LỄ KẾT NẠP ...": a paste
that began one character early) or spaced (", Hội ...": left by a portal's chrome). After it: a footnote mark, the page's buttons
glued to the line ("... In trang", "... Chia sẻ Bản in", "... Nghe đọc bài", "... A- A A+",
"... Facebook Zalo", "... (Lượt xem: 12)"), and a bracketed publication
date (which becomes the date line), or one printed bare after a space or a dash (headline_end_dates.py). A site's news section named before a colon ("Tin Tức Phú Yên: ...")
and a writer's name after a headline in capitals ("... NĂM 2024 – Trung Trí.") are split off too
(headline_parts.py; the name becomes the byline). The buttons are matched as a page prints them (a
capital, then small letters), so a headline's own words ("... chia sẻ kinh nghiệm") stay.
"""
from __future__ import annotations

import re

from archive.read.line_sizes import HEADLINE_WORDS
from archive.read.headline_end_dates import date_end_off
from archive.read.headline_parts import news_section_off, writer_off  # noqa: F401  (layout's, with clean_headline)
from archive.read.media_labels import media_label_off
from archive.read.note_marks import NOTE_MARK, star_note_off
from archive.read.sources import masthead_name
from archive.read.table_bars import end_bars_off
from archive.read.title_icons import pictographs_off
from archive.read.title_lines import field_label_off
from archive.text.dates import CLOCK_PATTERN, DATE_PATTERN

# "(TTV) Hội nghị ...": the outlet's tag, a dash maybe after it ("(NLĐ) – ...", a repost's, round 115); a genre label
# ("(Infographic) ...", "(Video) ...") is part of the headline as printed, as "[Photo] ..." and "Video: ..." are, and stays.
_GENRE = r"(?:Infographics?|Inforgraphics?|Video|Clip|Photo|Ảnh|Podcast|Audio|E-?magazine|Longform|Megastory)"
_TITLE_TAG = re.compile(rf"^\((?!\s*{_GENRE}\s*\))\s*[\w.]{{2,20}}\s*\)(?:\s*[-–—]\s+|\s+)(?=\S)", re.IGNORECASE)
# Interface leftovers in front of a headline: a list bullet ("• Hướng tới ..."), the word a
# page template prints for an empty field ("null Nam Đàn tổ chức ..."), or one or two stray
# marks before the first letter, glued or spaced (".LỄ KẾT NẠP", ", Hội Chữ thập đỏ ...": what a
# portal's chrome left; an ellipsis "..." opens a headline, and a headline never opens on a comma).
# A list mark or an icon a template prints before a headline ("» ", "◆ ", "📌 "; a dash or a star
# only with a space after it, as a bullet is printed) is no word of it either.
_MARKS = "•·◦▪●■►▸»›◆◇♦❖★☆✦➤➢→"
_ICON = "\u2600-\u27bf\U0001f300-\U0001faff"  # pictographs and dingbats
_TITLE_LEFTOVER = re.compile(rf"^(?:[{_MARKS}{_ICON}]\ufe0f?\s*|[-–—*+]\s+(?=\w)|(?:null|undefined|NaN)\s+(?=\S)"
                             r"|[.,;:|/](?!\.)[.,;:|/]?\s*(?=[^\W_]|[\"“‘'(\[]))+")
# 'Tiêu đề "*"', 'Tiêu đề *'; not '*đậm*'. A note's number glued to the last letter, no space ("... Giới
# Luật(1)", "... Luật[2]", round 37; superscript digits, round 66: note_marks.NOTE_MARK): its mark; spaced, "(2)" may number a part ("Kỳ họp (2)") and stays.
# Empty brackets at the end, glued or spaced ("... Phú Bình ()", "... [ ]", round 58): a template's slot
# left blank (a count, a source), no word of the headline.
_FOOTNOTE_END = re.compile(rf"(?:{NOTE_MARK}|\s*[\"“]\*[\"”]|\s*(?:\(\s*\)|\[\s*\]))\s*$")
# The page's date and time in brackets closing the headline, in either order, spaced or set apart by a
# comma, a dash or a bar ("(07/04/2022 06:20)", "(07/04/2022 - 06:20)", "(06:20, 07-04-2022)"); a year
# range "(2015-2020)", a part "(kỳ 2)" or a quarter "quý I/2022" is no full date and stays.
_STAMP_SEP = r"\s*[,|\-–]?\s*"
_BRACKET_DATE_END = re.compile(rf"\s*[(\[]\s*({DATE_PATTERN}(?:{_STAMP_SEP}{CLOCK_PATTERN})?"
                               rf"|{CLOCK_PATTERN}{_STAMP_SEP}{DATE_PATTERN})\s*[)\]]\s*$")
# The buttons a page prints beside its headline: print, share, send, save, listen (a voice to
# choose: "Giọng nữ miền Bắc"), the font size ("A- A A+"), a view counter ("(Lượt xem: 1.245)").
# Joomla's icons in words ("PDF Print E-mail", round 88) before "Print" alone: a headline may end on "PDF".
_BUTTON = r"(?:(?:PDF\s+)?Print\s+E-?mail|In trang|In bài(?: viết| này)?|Bản in|Print|Chia sẻ|Gửi bài(?: viết)?|Gửi email|Lưu bài|" \
          r"Lưu tin|Nghe (?:đọc )?bài(?: viết)?|Đọc bài(?: viết)?|Nghe đọc|Tải về|" \
          r"Giọng (?:nam|nữ)(?: miền (?:Bắc|Trung|Nam))?|A-\s?A\s?A\+|A\+\s?A\s?A-|A-\s?A\+|" \
          r"\(?\s*Lượt (?:xem|đọc)\s*:?\s*[\d.,]+\s*\)?|\([\d.,]+ lượt (?:xem|đọc)\))"
# Share icons named in a row ("Facebook Zalo"): two or more, since a headline may end on one
# network's name ("... lừa đảo qua Zalo").
_NETWORK = r"(?:Facebook|Zalo|Twitter|Messenger|LinkedIn|Email|E-mail|Copy link)"
_BUTTONS_END = re.compile(rf"(?:(?:\s*[|•]?\s+{_BUTTON})+|(?:\s*[|•]?\s+{_NETWORK}){{2,}})+\s*[|:]?\s*$")
_MIN_WORDS = 3  # what is left must still be a headline


_LABEL_WORDS = (2, 4)  # a section's name glued before a headline: "Thời sự", "Tin tức", "Văn hóa - Xã hội"


def _glued_label_off(text: str) -> str:
    """The headline without the section labels a paste glued to its first word, no space between
    ("Thời sựNông dân ...", "Tin tứcSự kiệnUBND ..."): a small letter then a capital inside a
    Vietnamese word (a tone mark or "đ": "iPhone" is a name), after two to four words, with a
    headline's words after it. A name glued in one word ("ĐắkLắk ...") is no label."""
    while True:
        words = text.split(" ")
        for k, word in enumerate(words[:_LABEL_WORDS[1]]):
            cut = next((i for i in range(1, len(word)) if word[i - 1].islower() and word[i].isupper()), None)
            if cut is None or word.isascii():
                continue
            rest = [word[cut:], *words[k + 1:]]
            if k + 1 < _LABEL_WORDS[0] or len(rest) < HEADLINE_WORDS or not words[0][:1].isupper():
                return text
            text = " ".join(rest)
            break
        else:
            return text


# The site's name a page title adds after the headline, alone when the paste kept only the tab's
# title ("<headline> - Cổng thông tin điện tử huyện X", "<headline> | baodaklak.vn"): a portal's or a
# paper's name (a body's name alone may close a headline: "... - Đảng bộ xã X"), or a host.
_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+(?P<site>(?:(?:Cổng|Trang) (?:thông tin|tin)|Báo|Tạp chí|Đài|Website)\b[^|–—-]*"
                          r"|[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org))\s*$", re.IGNORECASE)


def _site_name_off(text: str) -> str:
    found = _SITE_SUFFIX.search(text)
    if not found or len(text[:found.start()].split()) < HEADLINE_WORDS:
        return text
    site = found.group("site")
    return text[:found.start()] if "." in site or masthead_name(site) else text


def clean_headline(text: str, url: str = "") -> tuple[str, str | None]:
    """The headline without the leftovers around it, and the bracketed date that ended
    it (None when there was none)."""
    text = star_note_off(end_bars_off(pictographs_off(text.strip())))  # a bracketed star (note_marks.py); an emoji run (title_icons.py); a table's closing bar (table_bars.py)
    text = _FOOTNOTE_END.sub("", _TITLE_TAG.sub("", _TITLE_LEFTOVER.sub("", _glued_label_off(field_label_off(text)))))
    text = media_label_off(news_section_off(_site_name_off(text)))  # "... Tin có hình" (media_labels.py)
    buttons = _BUTTONS_END.search(text)
    if buttons and len(text[:buttons.start()].split()) >= _MIN_WORDS:
        text = text[:buttons.start()]
    dated = _BRACKET_DATE_END.search(text)
    if dated and len(text[:dated.start()].split()) >= _MIN_WORDS:
        return text[:dated.start()].strip(), dated.group(1)
    bare = date_end_off(text.strip(), url)  # "... 23-11-2017", "... - 23/11/2017" (headline_end_dates.py)
    return bare if bare else (text.strip(), None)

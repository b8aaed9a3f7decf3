"""Bylines: which people a byline line names, each as the archive writes it (issue 13).

The rules:
- a byline is a person's name, surname first or a pen name ("Bình Yên"); several
  authors may share a line ("Thu Hường – Minh Dũng");
- degrees and ranks in front stay ("TS.", "Thiếu tá, ThS."); labels go ("Thực hiện:",
  "CTV:"), and so do a unit in brackets and a position after a dash;
- a source credited first ("Theo TTXVN - Nguyễn Văn An") goes, and then only a name "Theo" may credit
  counts: a full name, initials and a syllable, or a pen name of common given names (round 25).

The parse uses one module per concern, and other code imports their public names from here:
`person_names.py` (is a text a person's name; proper case), `name_labels.py` (the degree,
rank or label before a name), `source_credits.py` (a source, an account, other credits and a
relative time beside the name) and `position_lines.py` (the author's post or unit).
"""
from __future__ import annotations

import re
from functools import lru_cache

from archive.read import names as vocab
from archive.read.author_fields import without_marks
from archive.read.blocks import CAPTION_CUES
from archive.read.capital_labels import capitals_label_only
from archive.read.by_names import by_clause, by_one_word
from archive.read.compiler_roles import compiler_role_off
from archive.read.document_types import type_line
from archive.read.hyphen_saints import syllable_hyphen
from archive.read.labelled_pen_names import credited_pen_name, labelled_pen_name
from archive.read.labelled_notes import class_note, name_before_note, small_post
from archive.read.member_ranks import rank_off
from archive.read.name_labels import split_prefix, strip_label
from archive.read.person_names import has_surname, initials_only, is_foreign_label, person_name, proper_case
from archive.read.portal_fields import author_part
from archive.read.position_lines import is_position_line, unit_initials
from archive.read.quoted_speech import quoted_speech
from archive.read.press_credits import cased_prefix, reports_words, without_follow
from archive.read.religious_names import two_full_names
from archive.read.order_letters import without_order_letters
from archive.read.section_slashes import without_section
from archive.read.social_credits import social_credit
from archive.read.source_writers import source_front, writer_before_unit
from archive.read.translator_credits import translated_credit, translator_field
from archive.read.unit_credits import glued_unit
from archive.read.western_names import western_order_name
from archive.read.source_credits import (SOURCE_LABEL, is_source_credit, without_account,
                                         without_other_credits, without_source)
from archive.read.theo_credits import credited_person, unbracketed_theo
from archive.text.dates import DATE_PATTERN, MERIDIEM_MARKS, NUMERIC_DATE, WEEKDAY_PATTERN
from archive.text.icons import without_icons
from archive.text.normalize import fold

__all__ = ["has_surname", "initials_only", "is_foreign_label", "is_position_line", "is_source_credit",
           "parse_byline", "person_name", "proper_case", "split_prefix", "strip_label"]

# Between authors: a spaced dash, an en or em dash, or a hyphen between two words with a
# space on one side or none ("Hữu Bằng- Thanh Hiểu", "Trường Đức-Văn Vĩnh"): each part must
# still be a name, so "quốc phòng-an ninh" or "Sản-Nhi" is no pair of authors.
_DASHES = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*|(?<=[^\W\d_])\s?-\s?(?=[^\W\d_])")
_MAX_WORDS = 6


# A bracket opening with a full date and its weekday: the day a headline is for (a parish's readings, a calendar's
# feast), never a writer's unit, place or source, which a byline's bracket holds.
_DAY_BRACKET = re.compile(rf"\(\s*(?:{DATE_PATTERN})\s*[-–—,]\s*(?:{WEEKDAY_PATTERN})\b", re.IGNORECASE)


# A programme's row: a clock, then a colon and the event ("———11.30 AM: Lễ Sớt Bát – Cúng Dường Trai Tăng", "Sáng: 09.00
# AM: Khóa lễ ..."); the event's words after a dash read as a name, but no writer's line opens on a clock so (round 112).
_SCHEDULE_ROW = re.compile(rf"^[\W_]*(?:[^\W\d_]+\s*:\s*)?\d{{1,2}}\s*[.:hg]\s*\d{{2}}\s*(?:{'|'.join(MERIDIEM_MARKS)})?\s*:",
                           re.IGNORECASE)


# A name, then its age after a dash, a comma or in brackets, closing the line ("Anh Hùng - 45 tuổi", "Bà Lan (72 tuổi)").
_AGED = re.compile(r"[^\W\d_]\s*(?:[-–,]\s*|\(\s*)\d{1,3}\s+tuổi\s*\)?\s*$")

@lru_cache(maxsize=1024)  # the reader's slots ask about the same head and end lines again
def parse_byline(line: str) -> tuple[str, ...]:
    """The authors a byline line names, each as the archive writes it; () when the line
    is not a byline. A part after a dash that is not a name is a position, and ends it."""
    if len(line) > 160:
        return ()  # a paragraph: no byline is this long (and splitting it costs time)
    if _prose_line(line):
        return ()  # "Bệnh Tay – Chân – Miệng do ... gây nên. Tác nhân ...": a paragraph, its first words in capitals
    line = unbracketed_theo(line)  # "(Theo Nguyễn Văn An)", "(Nguồn: Báo X - Y)": a repost's whole credit line in brackets
    line, translator = translator_field(line)  # "Tác giả: X | Biên dịch: Y": Y is read after X (translator_credits.py)
    if translator:
        return parse_byline(line) + tuple(_names_in(translator.strip()))
    line = social_credit(line)  # "Theo Facebook Nguyễn Văn An": the page's owner (social_credits.py)
    if quoted_speech(line):
        return ()  # "Trung tá X – Tổ phó ..., cho biết: “Đơn vị ...": a writer's line never speaks
    if _DAY_BRACKET.search(line):
        return ()  # "Tín Thác (12.11.2022 – Thứ Bảy Tuần 32 TN ...)": a headline and the day it is for (round 102)
    if _SCHEDULE_ROW.match(line):
        return ()  # a programme's row: its clock, then the event
    if _AGED.search(line):
        return ()  # "Anh Hùng - 45 tuổi": a person the page is about, by age (a client's story, a profile; round 125)
    if line.isupper() and type_line(line):
        return ()  # "TƯỜNG TRÌNH": a document's type in capitals, its first word a surname or not
    if one := by_one_word(line):
        return (one,)  # "bởi Linh": one word, a name by its label
    if by_clause(line):
        return ()  # "Bởi Vì Sao ...": a clause, no label
    bare = without_follow(without_icons(without_marks(line))).strip().strip("|•·").strip()
    field = author_part(bare)  # "By X", "<date> | By X", "Posted by X on ...": the author's field alone
    text, labelled = strip_label(field)
    if (labelled or field != bare) and (western := western_order_name(text.strip())):
        return (western,)  # "By Stephanie Nguyen": given name first, a surname last (western_names.py)
    if labelled:
        text, _ = strip_label(text)  # "Tác giả: GV Lê Văn Bình": a field, then the writer's role
        # "Nhà báo: X, Học sinh khóa: 01": the name, its note left off (labelled_notes.py)
        text = name_before_note(_before_post(text), _names_in, parse_byline)
    # "Cư Sĩ A | Cư Sĩ B, Việt Dịch": the author and the translator; "Minh Hằng sưu tầm" (compiler_roles.py)
    translated = translated_credit(text)
    credit_roles = translated != text  # a translator's role printed: the line is a credit, its names foreign or not
    text = compiler_role_off(translated)
    text = without_other_credits(without_account(without_section(rank_off(text))))  # "Minh Anh (bài) - Hoàng Long (ảnh)": the writer
    text = _before_barred_credit(text)  # "Minh Anh | Báo X": the writer, then his paper or unit after a bar
    text = glued_unit(text)  # "Ngọc Thỏa Trung Tâm VHTT huyện": her unit glued on, as after a dash (unit_credits.py)
    text, sourced = without_source(text)
    if sourced and text[:5].lower() == "theo ":
        text = text[5:]  # "Theo Minh Anh (VOV)": a person credited with the outlet
    source_label = SOURCE_LABEL.match(text)
    if source_label:  # "Theo: Thúy Hường", "Nguồn:Trần Thu": the person a repost credits
        text = text[source_label.end():]
    text = without_order_letters(text).strip(" |,;-–—*")  # "Kim Hoàng –": a second name the paste cut off; "THÀNH*": a footnote's mark
    # words, not a comma set off by spaces ("Nguyễn Thị Huệ , Hoàng Xuân Hòa , ...": a journal's eight authors, round 90)
    if not text or _word_count(text) > 5 * _MAX_WORDS or text.endswith((".", ":", "!", "?")) and not _ends_initial(text):
        return ()
    parts = [part.strip(" ,;|") for part in _split_authors(text)]
    if labelled and len(parts) == 1 and ":" in line.partition(parts[0])[0] and labelled_pen_name(parts[0]):
        return (parts[0],)  # "Viết bài: Trang Anh": a pen name of given names after the writer's label
    if vocab.is_slogan(parts) or vocab.is_slogan(text.split(",")):
        return ()  # "THÂN THIỆN - AN TOÀN - HIỆU QUẢ", "KỶ CƯƠNG, DÂN CHỦ, ...": a tagline of virtues, not authors
    # "Theo TTXVN - Nguyễn Văn An", "Báo X: Chuyên mục - ThS. TRẦN BÌNH", "Nguồn: Báo X - baox.vn - TS. Y":
    # the source first, its host maybe after it (source_writers.py)
    front = source_front(parts, _names_in, _source_field(source_label))
    credited, parts = front > 0, parts[front:]
    authors: list[str] = []
    for number, part in enumerate(parts):
        found = _names_in(part) or (_unit_then_names(part) if authors else []) or \
            (writer_before_unit(part, _names_in) if credited and not number else []) or \
            (_credited_foreign_or_pen_name(part) if credit_roles else [])  # "Murray Hiebert – Bình Yên Đông lược dịch"
        if not found:
            if number == 0:
                return ()
            break
        authors += found
    if credited and not all(credited_person(author) for author in authors):
        return ()  # after a source, a name "Theo" may credit (a full name, a pen name of given names), not a section
    if labelled and capitals_label_only(line, authors):
        return ()  # "TÁC GIẢ QUEN THUỘC": a sidebar's label in capitals (capital_labels.py)
    if source_label and not (source_label.group(1) or all(credited_person(author) for author in authors)):
        return ()  # "Theo Minh Đức", "Theo T.Nga": a full name or a pen name's initials; a pair of given names only after "Theo:"
    return tuple(authors)


def _credited_foreign_or_pen_name(part: str) -> list[str]:
    """A name a translator's credit line holds that person_name refuses: a foreign writer's ("Murray Hiebert",
    round 84; "Jeanne Park, Phó Giám đốc ...", her post after a comma, round 85) or a pen name of given names
    ("Bình Yên Đông", round 85)."""
    part = part.strip()
    name, comma, post = part.partition(",")
    if comma and is_position_line(post.strip()):
        part = name.strip()
    found = western_order_name(part) or credited_pen_name(part)
    return [found] if found else []


def _source_field(label: re.Match | None) -> bool:
    """The line opened as a source's field, "Nguồn:", "Nguồn tin", "Theo:": what follows names the
    source, whatever its words ("Theo" with no colon may credit a person: "Theo Minh Anh - ...")."""
    return bool(label) and bool(label.group(1) or fold(label.group(0)).lower().startswith("nguon"))


def _before_barred_credit(text: str) -> str:
    """"Minh Anh" from "Minh Anh | Báo X" or "Minh Anh | Trung tâm Y" (conventions round 25): a name, then
    after a table's bar only a source or a unit, as a portal's author and source cells print them."""
    head, bar, tail = text.partition(" | ")
    if not bar or not _names_in(head.strip()):
        return text
    cells = [cell.strip() for cell in tail.split(" | ")]
    if all(cell and (is_source_credit(cell) and not _names_in(cell) or is_position_line(cell)) for cell in cells):
        return head.strip()
    return text


def _split_authors(text: str) -> list[str]:
    """The parts between authors, at _DASHES; a hyphen with a small letter after it joins a word's
    syllables ("An-phong", hyphen_saints.py) and parts nothing."""
    if "-" not in text:
        return _DASHES.split(text)
    cuts = [m for m in _DASHES.finditer(text) if not (m.group() == "-" and syllable_hyphen(text, m.start()))]
    starts = [0] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [len(text)]
    return [text[a:b] for a, b in zip(starts, ends)]


def _before_post(text: str) -> str:
    """"Đức Thiện: Văn hóa" in an author's field: the name, then the writer's post or desk after a
    second colon. A name must stand before it; a few words after it."""
    head, colon, post = text.partition(":")
    if colon and post.strip() and len(post.split()) <= _MAX_WORDS and _names_in(head.strip()):
        return head.strip()
    return text


def _unit_then_names(part: str) -> list[str]:
    """"Đại học X, ThS. TRẦN BÌNH": the previous author's unit, then the next author."""
    unit, comma, rest = part.rpartition(",")
    if not comma or not is_position_line(unit.strip()):
        return []
    found = _names_in(rest.strip())
    return found if found and all(has_surname(name) for name in found) else []


_SENTENCE_ON = re.compile(r"(?<![\w.])(\w{2,})[.!?]\s+(\w+)\s+(\w+)")
_PROSE_LINE_WORDS = 15  # a byline with its post and unit is shorter; a paragraph this long goes on past a stop


def _prose_line(line: str) -> bool:
    """A long line in which a sentence ends and the next goes on in words ("... gây nên. Tác nhân thường gặp ...",
    round 84): prose. A degree's stop before a name ("..., ThS. Trần Thị B") or a city's ("TP. Hồ Chí Minh") opens
    words in capitals, no sentence."""
    return len(line.split()) >= _PROSE_LINE_WORDS and any(
        not m.group(1).isupper() and m.group(2)[:1].isupper() and m.group(3)[:1].islower()
        for m in _SENTENCE_ON.finditer(line))


def _ends_initial(text: str) -> bool:
    """An initial's stop ("... Nguyễn V."), or a degree's after a comma ("Trần Thạnh, Ph.D."), closes the line, not a
    sentence's."""
    return bool(re.search(r"(?:^|\s)[A-ZĐ]\.$", text)) or _degree(text.rpartition(",")[2])


def _degree(text: str) -> bool:
    """A degree printed after the name and a comma: "PhD", "Ph.D.", "Tiến sĩ" (names.DEGREES_AFTER, round 84)."""
    return fold(text.strip()).lower() in vocab.DEGREES_AFTER


def _names_in(part: str) -> list[str]:
    """One or more names in a dash-free part: "TS. Bùi Ngọc Thanh", "A và B", "A, B", "A; B", "A & B"."""
    prefix, rest = split_prefix(part)
    pieces = [q for p in re.split(r"\s*[,;]\s*|\s+và\s+|\s*&\s*", rest) if p for q in two_full_names(p)]
    found = [_prefixed_name(p) for p in pieces]  # "ThS. A, ThS. B": each author with a degree
    post = next((k for k, name in enumerate(found) if not name), len(found))
    if 0 < post < len(found) and _post_after_comma(rest, pieces[post]):
        found = found[:post]  # "Trần Văn Cường, Phó Bí thư Đảng ủy xã": the name, then the post
    if not pieces or not all(found) or fold(prefix).lower().startswith(vocab.HONORARY_TITLES) and not has_surname(rest):
        return []  # an honorary title in words goes with a full name (honorary_titles.py)
    if prefix:
        found[0] = f"{cased_prefix(prefix)} {found[0]}"
    return found


def _prefixed_name(piece: str) -> str:
    prefix, rest = split_prefix(piece)
    name = person_name(rest)
    return f"{cased_prefix(prefix)} {name}" if prefix and name else name


def _post_after_comma(text: str, first: str) -> bool:
    """The rest of the line from `first` on names a post or unit, not what someone did
    ("Bí thư Tỉnh ủy phát biểu tại ...", a caption)."""
    tail = text[text.index(first):]
    if _degree(tail):
        return True  # "Trần Thạnh, PhD": the writer's degree after the name (round 84)
    if NUMERIC_DATE.search(tail):
        return False  # "..., THỦ TỤC MỞ ..., TỪ 01/07/2025": a headline's day, never a post's (conventions round 22)
    if unit_initials(tail):
        return True  # "Hoàng Long, TTXVN": the writer's unit by its initials
    class_part, _, school = tail.partition(",")
    if class_note(class_part) and (not school.strip() or is_position_line(school.strip())):
        return True  # "X, lớp 11A2", "X, lớp 11A2, Trường THPT Y": a pupil's class (labelled_notes.py)
    post = is_position_line(tail) or small_post(tail)  # "nguyên Bí thư ...", "GV Trường ..." (labelled_notes.py)
    return len(tail.split()) <= 14 and post and not CAPTION_CUES.search(fold(tail)) \
        and " tại " not in tail and not reports_words(fold(tail))


def _word_count(text: str) -> int:
    """The words of `text`: a mark standing alone between spaces is none."""
    return sum(any(ch.isalnum() for ch in word) for word in text.split())

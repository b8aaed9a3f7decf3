"""Where a byline stands once the head is read: under the lead with a position line, or
at the end of the article.

Vietnamese news pages print the author's name in a few slots: in the date line or under
the title (layout.py reads those with the head), under the lead (alone, or with the
author's post on the next line), or after the last paragraph. At the end the name may stand
above a source credit ("Theo VOV", "(Báo X)"), the author's post or unit, or the first lines
of an interface the reader does not know as a footer (a feedback form's "Thông tin bạn đọc",
"Đóng Lưu thông tin"); a paste may flatten a full name onto the last paragraph. In every
slot the line must be a person's name (bylines.py), and a name under a document's signature
("KT. CHỦ TỊCH", "(Đã ký)") is its signer, not the author. (A small site may also sign the
headline itself, after a dash on its line: headline_parts.writer_off takes that name off the title.)
"""
from __future__ import annotations

import itertools
import re

from archive.read.author_cards import card_rows
from archive.read.blocks import CAPTION_CUES
from archive.read.line_sizes import END_PUNCT, worded
from archive.read.bylines import has_surname, is_foreign_label, is_position_line, is_source_credit, parse_byline, \
    strip_label
from archive.read.chrome import Dropped, undouble
from archive.read.bracketed_signatures import signs_under
from archive.read.closing_brackets import bracketed_writer, prose_over_bracket
from archive.read.dignitary_captions import dignitary_caption
from archive.read.dressed_signatures import dressed_end_signature, miscased_name
from archive.read.theo_given_names import theo_given_name
from archive.read.tight_stops import spaced_last_stop
from archive.read.writer_captions import writer_caption
from archive.read.writer_repeats import repeated_line, repeats, writer_labelled
from archive.read.lead_bullets import lead_points
from archive.read.named_speakers import named_below
from archive.read.photo_credits import photo_caption, photo_credit
from archive.read.posted_writers import writers_over_posts
from archive.read.contact_names import contact_folded
from archive.read.keyword_lines import keyword_line
from archive.read.names import CONTACT_WORDS
from archive.read.position_lines import stopped_position
from archive.read.part_signatures import part_signature  # noqa: F401 (layout.py takes the slots from here)
from archive.read.press_credits import caption_post, unbracketed
from archive.read.quoted_speech import quoted_speech
from archive.read.repeated_fields import repeated_label
from archive.read.run_on_ends import sentence_end_wrapped
from archive.read.reviewer_credits import reviewer_label
from archive.read.decoy_names import quote_attribution
from archive.read.end_notices import end_notice
from archive.read.signed_footers import footer_names
from archive.read.small_middle_names import small_middle_name
from archive.read.source_blocks import in_source_block
from archive.text.dates import all_dates
from archive.text.normalize import fold, fold_passage
from archive.text.surnames import is_surname, marked

Line = tuple[int, str]  # (1-based file line, text)

CREDIT = re.compile(r"^(theo|nguon|nguồn)\b[^.]{0,40}$", re.IGNORECASE)  # "Theo mof.gov.vn"
_TAIL = 6  # the last lines looked at for the name (a comment form's lines may stand under it)
_WEB = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_ADDRESS = re.compile(_WEB.pattern + "$", re.IGNORECASE)  # a web address closing a line
_POST_DASH = re.compile(r"\s*[-–]\s+")  # "ThS. Lê Văn An- Trưởng khoa": the dash before the post
_INTERFACE_WORDS = 5  # an interface line is a few words: a button, a form's label
_LINK_WORDS = 30  # a related article's headline runs to thirty words


def lead_byline(rest: list[Line], dropped: list[Dropped], lead: Line | None = None) -> str:
    """"Lương Hải Sinh" then "Bí thư Đảng ủy ..." among the first lines under the lead,
    or lines each naming an author and his post ("ThS. Lê Văn An - Trưởng khoa ..."); the
    lines are taken out of `rest`. A line right under the lead that is only names, in capitals or with a
    surname, is the byline as papers print it under the sapo ("HOÀNG MINH KHANG"). A lead printed as
    bullets ends with its last point (lead_bullets.py)."""
    if rest and reviewer_label(_above(rest, 0, lead)):
        return ""  # "Tham vấn y khoa : Bác sĩ" over the name: the reviewer's (reviewer_credits.py, round 76)
    if points := lead_points(rest, lead):
        under = rest[points:]
        if found := lead_byline(under, dropped):
            rest[points:] = under
            return found
    for at in range(min(3, len(rest))):
        if at and rest[at - 1][1].endswith(":"):
            break  # "Đến dự có:" then the guests, one a line with their posts: a list, not the byline (round 53)
        run = list(itertools.takewhile(_name_and_post, (text for _, text in rest[at:])))
        if run:
            del rest[at:at + len(run)]
            return " - ".join(name for text in run for name in parse_byline(text))
    # An essay's own heading in capitals may stand between the lead and its writer's name and post (essay_headings.py)
    if found := writers_over_posts(rest, dropped, lead):
        return found  # "Lương Hải Sinh" / "Bí thư Đảng ủy ...", one writer over his post or more (posted_writers.py)
    names, whys = card_rows(rest, parse_byline)  # "Quynh Anh" / "Quynh Anh 29/08" / "Theo dõi": the writer's card
    if names:
        dropped.extend(Dropped(*line, why) for line, why in zip(rest[1:], whys))
        del rest[:1 + len(whys)]
        return " - ".join(names)
    alone = only_names(rest[0][1]) if rest and not quote_attribution(_above(rest, 0, lead), rest[0][1], True) else ()
    if alone and named_below(alone, rest[0][1], [text for _, text in rest[1:]]):
        alone = ()  # a caption: the one the text names next, with his posts (named_speakers.py)
    listed = len(rest) > 1 and bool(only_names(rest[1][1]))  # names one to a line: a list, not a byline
    # A credit's label says the name is the maker's: "Phóng sự ảnh của MINH TRƯỜNG" (round 26).
    labelled = bool(alone) and strip_label(rest[0][1])[1]
    if alone and not listed and (rest[0][1].isupper() or labelled or all(has_surname(name) for name in alone)):
        del rest[0]
        return " - ".join(alone)
    return ""


def end_byline(rest: list[Line], dropped: list[Dropped], notes: list[tuple[int | None, str]],
               lead: Line | None = None) -> str:
    """A name among the last lines of `rest` (taken out of it), under credit lines, or
    under the author's post or interface lines when a paragraph ends just above the name
    (so a list of tags or related headlines is not read as the page's end) or when those
    lines are a script's leftovers or a widget's doubled label, which no such list holds.
    Above the first line of `rest` stands the `lead`: a one-paragraph article's."""
    below: list[int] = []  # interface and position lines under the name
    for back in range(1, _tail_reach(rest) + 1):
        at = len(rest) - back
        text = rest[at][1]
        # A name closed by a comma goes on: "GS.TS Lê Văn An," is a caption the paste's end cut off.
        # A name closed by a comma goes on; a line that quotes or reports speech is prose (quoted_speech.py).
        names = () if text.endswith(",") or quoted_speech(text) or quote_attribution(_above(rest, at, lead), text, at == 0) \
            or sentence_end_wrapped(_above(rest, at, lead), text) \
            else parse_byline(text) or _stopped_name(text) or _bracketed_name(rest, at, lead) \
            or footer_names(text) or theo_given_name(text) or small_middle_name(rest, at, lead) \
            or dressed_end_signature(rest, at, lead)  # a middle name in small letters; dressed (conventions round 23)
        if names and repeated_label([line for _, line in rest], at):
            names = ()  # "Người thực hiện: ..." under every step of a how-to: a form's field (repeated_fields.py)
        twice = bool(names) and at > 1 and writer_labelled(text) and rest[at - 2][1].endswith(_SENTENCE_END) \
            and (repeats(only_names(rest[at - 1][1]), names) or repeated_line(rest[at - 1][1], names))  # "Trung Hiếu" / "Tác giả: Trung Hiếu" (writer_repeats.py)
        if names and at > 0 and not twice and _not_the_author(rest, at):
            break  # (the name printed twice is no list's or wrapped line's: "TRUNG HIẾU" / "Tác giả: Trung Hiếu")
        closed = _paragraph_above(rest, at, lead).endswith(END_PUNCT)
        # A labelled writer's line is a byline over a page's short fragments ("Tin ", "3", "»") too.
        closed = closed or twice or writer_labelled(text) and all(_fragment(rest[i][1]) for i in below)
        if names and (not below or closed or all(_code_or_widget(rest[i][1]) for i in below)
                      or in_source_block(rest, at)):  # "Nguồn: <headline>" / name / host, links after it
            for i in below:
                why = "the author's position, under the byline" if _post_line(rest[i][1]) else \
                    "a date under the byline (the page's date is read above the text)" if _date_only(rest[i][1]) \
                    else "the page's interface or a link to another article, under the byline"
                dropped.append(Dropped(*rest[i], why))
            taken = [at]
            above = only_names(rest[at - 1][1]) if at > 1 and rest[at - 2][1].endswith(_SENTENCE_END) else ()
            if above or twice:  # a first author on the line above: "Minh Anh" / "Hải Yến"; or the same name, labelled below
                names = names if twice else tuple(dict.fromkeys(above + names))  # a name printed twice: one writer
                taken.append(at - 1)
            for i in sorted(below + taken, reverse=True):
                del rest[i]
            return " - ".join(names)
        if names:
            break
        if is_credit(text) or end_notice(text) or photo_caption(text) or writer_caption(rest, at):
            continue  # a photo's caption ("Ảnh: ...", the writer's own: writer_captions.py) stays in the text
        # the page's last line may be its keywords, or an interface sentence in another language ("Are you sure that
        # you want to switch to desktop version?", round 94; higher up, such lines are a text's English references)
        last = at == len(rest) - 1 and (keyword_line(text) or is_foreign_label(text))
        if not (_post_line(text) or _interface_line(text) or _date_only(text) or _link_line(text)
                or _code_or_widget(text) or last):
            break
        below.append(at)
    glued = (glued_name(rest[-1][1]) or _unspaced_pen_name(rest[-1][1])
             or bracketed_writer([text for _, text in rest[-6:]])) if rest else None  # "... khó khăn (Phi Hồng)"
    if glued:
        rest[-1] = (rest[-1][0], glued[0])
        return glued[1]
    if rest and _words(rest[-1][1]) <= 6 and not rest[-1][1].endswith(END_PUNCT):
        notes.append((rest[-1][0], f"the last line '{rest[-1][1]}' was not taken as the byline (not a "
                                   "person's name): if it names the author, set 'author:' in the header"))
    return ""


def _above(rest: list[Line], at: int, lead: Line | None) -> str:
    return rest[at - 1][1] if at else lead[1] if lead else ""


def _tail_reach(rest: list[Line]) -> int:
    """How many of the last lines to look at: the last `_TAIL` lines holding a word, and every line with
    none among and under them (a table's bars "|" one to a line, a counter's number under its label: round
    66), which no text holds and which a page may print by the dozen under its byline."""
    lettered = 0
    for back in range(1, len(rest) + 1):
        lettered += worded(rest[-back][1])
        if lettered == _TAIL:
            return back
    return len(rest)


def _post_line(text: str) -> bool:
    """The writer's post or unit under his name, closed by a full stop or not (position_lines.py)."""
    return is_position_line(text) or stopped_position(text)


_SENTENCE_END = tuple(p for p in END_PUNCT if p not in ":;")  # what closes a paragraph, not what opens a list


def _paragraph_above(rest: list[Line], at: int, lead: Line | None) -> str:
    """The line above the name at `at`, past a posting date printed between the text and the name
    ("... kết nạp." / "Ngày đăng: 14/10/2016" / "Thảo Nguyên", conventions round 18), or a photo credit
    (conventions round 27): neither closes a paragraph, the one above does."""
    up = at - 1
    while up >= 0 and (_date_only(rest[up][1]) or photo_credit(rest[up][1])):  # "Ảnh: X" (photo_credits.py)
        up -= 1
    return (rest[up] if up >= 0 else lead or (0, ""))[1]


def _not_the_author(rest: list[Line], at: int) -> bool:
    """The name at `at` is someone the text or the page names, by what stands above it: a document's
    signature (its signer), a contact field (the person to contact), or names one to a line under a
    line that introduces them ("... gồm:") or in a run of three (a list: the awarded, the elected).
    One name under a colon may still be the byline: a video's introduction ("... mời độc giả theo dõi:")
    or a label on its own line ("Thực hiện:") stands over it."""
    above = rest[at - 1][1]
    return signature_line(above) or name_runs_on(above) or bool(_CONTACT.match(contact_folded(above))) or at > 1 and bool(only_names(above)) \
        and (rest[at - 2][1].endswith(":") or bool(only_names(rest[at - 2][1])))


def name_runs_on(above: str) -> bool:
    """The line above ends on a name's first words, with no stop: "... đồng chí Trương Thị", "... có
    đồng chí Trương", "... cùng đồng chí". A hard-wrapped paragraph then goes on with the name's end
    ("Thái Thanh- Chủ tịch hội ...", read alone as a name and a post): the line is no byline."""
    words = above.split()
    if not words or above.endswith((*END_PUNCT, ",", "-", "–", ")")):
        return False
    folded = [fold(word) for word in words[-3:]]
    if " ".join(folded[-2:]) == "dong chi" or words[-1] in ("ông", "bà"):
        return True  # "đồng chí", "ông": the name is all on the next line
    if len(words) < 2 or not words[-1][:1].isupper():
        return False
    marks = marked(words[-2:])
    if folded[-1] in _MIDDLE_NAMES:
        return is_surname(words[-2], marks)  # "Trương Thị", "Nguyễn Văn"
    return is_surname(words[-1], marks) and (" ".join(folded[-3:-1]) == "dong chi" or words[-2] in ("ông", "bà"))


# How a document's signature opens ("KT. CHỦ TỊCH", "TM. BAN THƯỜNG VỤ", "T/M UBND"), folded,
# and the mark a copy prints in place of the signature ("(Đã ký)", "Đã ký").
_SIGNING = re.compile(r"^(?:kt|tm|tl|tuq|t/m|k/t)\.?\s|^\(?(?:da ky|ky ten|da ky va dong dau)\)?$")


def signature_line(text: str) -> bool:
    """The line over a document's signer: its signing formula, "(Đã ký)", or the signer's post
    in capitals ("BÍ THƯ", "PHÓ CHỦ TỊCH", "HIỆU TRƯỞNG") as official texts print it."""
    folded = fold(text.strip())
    return bool(_SIGNING.search(folded)) or text.isupper() and (is_position_line(text) or folded.startswith("hieu truong"))


# The last sentence's stop (and its closing quote), then two to four words up to the line's end,
# and the writer's credit in brackets after them ("Hồ Minh (thực hiện)", "(bài và ảnh)", "(tổng hợp)").
_GLUED_TAIL = re.compile(r"([.!?…][\"”’»)]*)\s+(\S+(?:\s\S+){1,3}(?:\s\([^()\d]{2,20}\))?)$")
_TRAILED_WORDS = 40  # a paragraph this long trailing off is the text's end, not a cut quote
_MIDDLE_NAMES = frozenset({"van", "thi"})  # "Nguyễn Văn", "Trần Thị": a name the paste cut short


def glued_name(text: str) -> tuple[str, str] | None:
    """(the paragraph, "Phạm Văn Dự") from "... với những người này. Phạm Văn Dự": the author's
    full name flattened onto the last paragraph after its last full stop. Only a name with a
    surname: two capitalised words alone may open a sentence the paste cut short, unless the
    paragraph closed with "./.", the end mark of official and Party texts, after which no sentence goes on."""
    text = spaced_last_stop(text)  # "... lao động.Nguyễn Hòa": the space lost after the stop
    tail = _GLUED_TAIL.search(text)
    if tail is None or _words(text[:tail.start()]) < 5:
        return None
    names = parse_byline(tail.group(2))
    closed = text[:tail.end(1)].endswith("./.")  # the official texts' end mark: what follows is no sentence
    # A long paragraph trailing off ("khen thưởng... Đức Hùng"): a flattened page's last words, then the writer.
    closed = closed or text[:tail.end(1)].endswith(("...", "…")) and _words(text[:tail.start()]) >= _TRAILED_WORDS
    if len(names) != 1 or not (has_surname(names[0]) or closed) or fold(tail.group(2).split()[-1]) in _MIDDLE_NAMES:
        return None
    return text[:tail.end(1)], names[0]


def _unspaced_pen_name(text: str) -> tuple[str, str] | None:
    """(the paragraph, "Minh Tâm") from "... phát triển đảng viên.Minh Tâm": a pen name glued to the last
    stop with no space. A sentence the paste cut short keeps its space after the stop; none there means
    the line break between the text and the writer's line was lost, so a name without a surname is the
    writer's too (glued_name asks a surname of a spaced one)."""
    spaced = spaced_last_stop(text)
    tail = _GLUED_TAIL.search(spaced) if spaced != text else None
    if tail is None or _words(spaced[:tail.start()]) < 5 or fold(tail.group(2).split()[-1]) in _MIDDLE_NAMES:
        return None
    names = parse_byline(tail.group(2))
    return (spaced[:tail.end(1)], names[0]) if len(names) == 1 else None


def _bracketed_name(rest: list[Line], at: int, lead: Line | None = None) -> tuple[str, ...]:
    """"(Hồng Nhung)" under a paragraph closed by its stop, or a long one left without it: the writer, as
    some papers sign. Under a verse or a quote a name in brackets is the quoted author's ("(Nguyễn Du)").
    Above the first line of `rest` stands the `lead`: a one-paragraph article's (round 80)."""
    inner = unbracketed(rest[at][1])
    above = rest[at - 1] if at else lead
    if not inner or above is None:
        return ()
    text = above[1]
    closed = text.endswith((".", "!", "?", "…")) or signs_under(text) or is_credit(text) or _counter(text)
    if not closed and not prose_over_bracket(text, inner):
        return ()  # round 16: under a paragraph, a hand-on line, a source or a count (bracketed_signatures.py)
    return parse_byline(inner) or miscased_name(inner) or small_middle_name([above, (rest[at][0], inner)], 1)


def _stopped_name(text: str) -> tuple[str, ...]:
    """"Thu Hà.": a name closing the text with a full stop after it, as some pages print it; two full
    names joined by a dash too ("Lê Văn An – Trần Thu Hà.", conventions round 27)."""
    if not text.endswith(".") or text.endswith("..") or _words(text) > (11 if _POST_DASH.search(text) else 5):
        return ()
    return parse_byline(text[:-1]) or miscased_name(text[:-1])


def only_names(text: str) -> tuple[str, ...]:
    """The names a line holds when it holds nothing else: no place or post after a dash
    ("Phạm Văn Hòa - Bắc Giang" is a name and a place)."""
    names = parse_byline(text)
    return names if names and len(names) >= len(_POST_DASH.split(text)) else ()


# A contact field or a contact box's title, folded: a name under it is the person to contact.
_CONTACT = re.compile(rf"(?:{CONTACT_WORDS})\b")


def _name_and_post(text: str) -> bool:
    """"ThS. Lê Văn An- Trưởng khoa Xây dựng Đảng": a name, a dash, the author's post."""
    parts = _POST_DASH.split(text, maxsplit=1)
    return len(parts) == 2 and not quoted_speech(parts[1]) and _words(parts[0]) >= 2 and bool(parse_byline(parts[0])) and is_position_line(parts[1]) \
        and not caption_post(parts[1]) and not dignitary_caption(parts[0])  # "X – Giảng viên ... tại xưởng",
    # "Thượng Tọa Thích X – Trưởng ban Trị sự ...": captions (press_credits.py, dignitary_captions.py)


def is_credit(text: str) -> bool:
    """"Theo VOV", "(Báo Sơn La)", "Báo Sơn La", "BTNO": the source or the outlet closing the article;
    the source's address, alone or after its name ("Nguồn Đài X : https://...")."""
    words = text.split()
    return bool(CREDIT.match(text)) or text.startswith("(") and text.endswith(")") or (
        1 <= len(words) <= 5 and (text.isupper() or is_source_credit(text))) or _address_credit(text)


def _address_credit(text: str) -> bool:
    address = _ADDRESS.search(text)
    before = text[:address.start()].strip(" :-–") if address else ""
    return address is not None and (not before or bool(CREDIT.match(before)))


_BUTTON_ARROW = re.compile(r"\s+[»›]\s*$")  # an arrow spaced after a button's label (a quote's "»" is glued)


def _interface_line(text: str) -> bool:
    """A button or a form's label: a few words, no sentence, no number but a widget's count
    ("0 đã tặng", "0 / 500 ký tự", "Ý kiến ()"); a widget prints its label twice at times
    ("Quản lý video Quản lý video": its title and its link)."""
    text = _BUTTON_ARROW.sub("", undouble(text) or text)  # "Translate »", "Xem thêm ›": a button's arrow
    return _words(text) <= _INTERFACE_WORDS and not text.endswith(END_PUNCT) \
        and (not any(c.isdigit() for c in text) or _counter(text))


# A widget's count: a number of up to four digits standing alone, maybe out of another ("0 / 500"),
# with a few words: never a date, a year or a document's number. Or a badge's technical word, its
# digits inside it ("ipv6 ready", "4G").
_COUNT = re.compile(r"(?<![\w/.-])\d{1,4}(?:\s/\s\d{1,4})?(?![\w/.-])|\b[A-Za-z]*[A-Za-z]\d+[A-Za-z]*\b|\b\d[A-Za-z]+\b")


_NUMBERED = re.compile(r"\b(?:ngay|thang|nam|so|ky|phan|khoa|lan|lop|bai|muc|dieu)\s?\d")  # "Ngày 12", "Số 3": no count


def _counter(text: str) -> bool:
    return not _NUMBERED.search(fold(text)) and not all_dates(text) and bool(_COUNT.search(text)) and any(c.isalpha() for c in text) \
        and not re.search(r"\b(?:19|20)\d\d\b", text) and not any(c.isdigit() for c in _COUNT.sub("", text))


def _link_line(text: str) -> bool:
    """Another article's headline, under the byline with no label over it: a capitalised line of
    a headline's length that ends no sentence (the name above it must close the text: end_byline)."""
    return bool(text) and text[0].isupper() and _words(text) <= _LINK_WORDS and not text.endswith(END_PUNCT) \
        and not _WEB.search(text) and not CAPTION_CUES.search(fold_passage(text))
    # a headline holds no address (a line pointing to one is the text's own); a photo's caption under
    # a name ("Đồng chí X phát biểu ...") says the name above it is the photo's subject, not a byline


def _fragment(text: str) -> bool:
    """A page's short fragment: a button's or a label's few words, a cut word, a digit or a symbol."""
    return _interface_line(text) or _code_or_widget(text)


def _code_or_widget(text: str) -> bool:
    """Lines no list of tags or headlines holds: a script's leftovers ("// ]]>", no letter
    in them, a spacer ". . . . ."), a widget's label printed twice ("Quản lý video Quản lý video")
    or a media player's loading notice ("Loading the player...", "Đang tải..."), or hashtags alone."""
    return not worded(text) or undouble(text) is not None or bool(_LOADING.fullmatch(text)) \
        or bool(_HASHTAGS.fullmatch(text))


_HASHTAGS = re.compile(r"#\w+(?:\s*#\w+)*")  # a post's hashtags ("#GiaoXu #LeMe"): a social widget's, no text


_LOADING = re.compile(r"(?:loading|đang tải)(?: (?:the )?(?:player|video|audio))?\s*(?:\.{2,}|…)", re.IGNORECASE)


def _date_only(text: str) -> bool:
    """"16/05/2025", "Ngày đăng: 16/05/2025 08:00": a date printed under the byline."""
    return _words(text) <= 6 and bool(all_dates(text)) and not text.endswith(".")


def _words(text: str) -> int:
    return text.count(" ") + 1 if text else 0

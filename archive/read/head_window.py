"""The head: the lines above the lead, and the role each of them plays before the title is chosen.

The headline, its date line and byline stand among the first lines of a paste (after the menus dropped
as chrome; past a link box of a dozen other headlines, which some portals print above the article), so
the head is read in a window of `HEAD_WINDOW` lines and ends at the lead: the line a source tag opens
(lead_markers.py) or the first sentence under the headline. Inside it `read_head` settles the date line
and the site clocks (candidates.choose_date), the names under the headline (head_bylines.py), position
lines, credits and copies of a line, and breadcrumbs; layout.py then weighs what is left for the title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive.read import candidates as weigh
from archive.read.address_dates import after_address_day
from archive.read.address_names import brand_menu, brand_titled, spelled_by_address
from archive.read.banner_calls import banner_call
from archive.read.bracket_subtitles import bracketed
from archive.read.boxed_leads import page_lead
from archive.read.byline_slots import CREDIT
from archive.read.bylines import is_position_line, parse_byline
from archive.read.chained_mastheads import unit_name
from archive.read.chrome import broken_copies
from archive.read.clock_lines import clock_stamp
from archive.read.contact_names import contact_field
from archive.read.date_context import date_candidates
from archive.read.dashed_posters import poster_rows
from archive.read.event_headlines import WEEKDAY
from archive.read.decoy_names import top_chrome
from archive.read.poster_fields import poster_field, writer_field
from archive.read.headline_prints import printed, reprinted_under_date
from archive.read.head_bylines import first_line_byline, head_names, labelled_date_line, name_over_headline, not_head_byline
from archive.read.labels import glued_labels, paired_labels, tab_title
from archive.read.lead_markers import BARE_MARKER, lead_marker, marker_prose
from archive.read.named_body_headlines import sentence_into
from archive.read.line_sizes import STOPPED_HEADLINE_WORDS as _STOPPED_HEADLINE_WORDS
from archive.read.line_sizes import PROSE_WORDS, is_prose
from archive.read.prose import is_sentence as _is_sentence
from archive.read.prose import ended_paragraph
from archive.read.prose import sentence_break as _sentence_break
from archive.read.line_sizes import words as _words
from archive.read.slugs import named_by_slug, slug_words, spelled_whole
from archive.read.title_lines import small_unmarked
from archive.read.person_names import has_surname
from archive.read.source_credits import SOURCE_LABEL
from archive.read.sources import organ_name
from archive.read.title_writers import colon_writer
from archive.text.dates import BadDate, find_date, latest_year

Line = tuple[int, str]  # (1-based file line, text)

# The headline, its date line and byline stand among the first lines (after the menus dropped as
# chrome; past a link box of a dozen other headlines, which some portals print above the article).
HEAD_WINDOW = 20
_CHROME_RUN = 3  # sentences and buttons a page prints in a row above its headline ("Đồng ý")


@dataclass
class Head:
    """Roles of the lines above the lead, while they are being decided."""

    limit: int  # lines before this index may be the headline
    marker_index: int | None = None
    date: weigh.DateCandidate | None = None
    clocks: list[weigh.DateCandidate] = field(default_factory=list)
    bylines: dict[int, tuple[str, ...]] = field(default_factory=dict)
    positions: set[int] = field(default_factory=set)
    skip: set[int] = field(default_factory=set)  # credits and copies: no role of their own
    credits: set[int] = field(default_factory=set)  # "Theo mof.gov.vn": left out, and listed
    posters: set[int] = field(default_factory=set)  # "- UBND Xã ..." between headline and date: left out, and listed
    chrome: set[int] = field(default_factory=set)  # breadcrumbs: dropped


def head_date_candidates(lines: list[Line], indexes, under_lead: bool = False) -> list[weigh.DateCandidate]:
    return date_candidates(lines, indexes, BARE_MARKER, under_lead)  # weighed with the lines beside them


def head_roles(head: Head) -> set[int]:
    """Every line the head gave a role: none of them is the lead or a block."""
    roles = set(head.bylines) | head.positions | head.skip | head.chrome | {c.index for c in head.clocks}
    if head.date:
        roles.add(head.date.index)
    return roles


def read_head(lines: list[Line], url: str = "") -> Head:
    window = range(min(len(lines), HEAD_WINDOW))
    tagged = next((i for i in window if lead_marker(lines[i][1]) and marker_prose(lines[i][1])), None)
    marker = page_lead(lines, tagged, url)  # past a box's tagged sapo over the headline (boxed_leads.py)
    # the page's first line, under a weekday or an app's banner (conventions round 27): no headline above it
    top = top_chrome(lines, len(window))
    first = next((i for i in window if i >= top and not _not_first(lines[i][1])), 0)
    opens = first if marker == tagged else tagged  # a box's sentences end no head
    slug = slug_words(url)
    sentence = next((i for i in window if i > opens and _ends_head(lines, first, i, slug)), None)
    limit = min(i for i in (marker, sentence, len(window)) if i is not None) or 1
    head = Head(limit=limit, marker_index=marker)
    found = head_date_candidates(lines, range(limit))
    if not any(not c.widget and c.index >= first for c in found):
        # "(Chinhphu.vn) - ..." then the date line: after the lead
        under = range(limit + 1, min(limit + 3, len(lines)))
        found += head_date_candidates(lines, under, under_lead=True)
    dated = {c.index for c in found}
    top = min(top, limit)
    # an app's banner is no headline: a clock under it still stands above every headline (round 80)
    first_headline = next((i for i in range(top, limit) if i not in dated and weigh.headline_shaped(lines[i][1])),
                          limit)
    first_headline = max(first_headline, _closed_headline(lines, found, top, limit))
    _visit_bars(found, first_headline, url)
    head.date, head.clocks = weigh.choose_date(found, first_headline, latest_year(lines, dated))
    # "- UBND Xã ..." over "- 17/01/2024": over any date line, the one chosen or a clock over the headline
    head.posters = {row for i in sorted(dated) for row in poster_rows(lines, i)}
    head.skip.update(head.posters)
    head.chrome.update(i for i in range(top) if i not in dated)  # nor a title to weigh (round 80)
    for i in range(top + 1, limit):
        if i not in dated:
            _place(lines, i, head, dated, first, first_headline, url)
    head.bylines = head.bylines or {top + i: names for i, names in first_line_byline(lines[top:], limit - top).items()}
    head.chrome.update(_brand_lines(lines, range(top, limit), dated, url))
    head.skip.update(broken := broken_copies([folded(lines, i) for i in range(limit)]))
    for i in range(limit):
        if any(_copied_in(lines, i, j, broken) for j in range(limit)):
            head.chrome.add(i)
    return head


def _brand_lines(lines: list[Line], window: range, dated: set[int], url: str) -> set[int]:
    """The head's lines naming the site's brand as its address spells it: a tab's title over a headline-shaped line,
    a menu naming the brand twice (address_names.py, round 92)."""
    if not url:
        return set()
    def shaped_under(i: int) -> bool:  # asked only of a tab's title, which few lines are
        return any(j not in dated and weigh.headline_shaped(lines[j][1]) for j in window if j > i)
    return {i for i in window if i not in dated and (brand_menu(lines[i][1], url) or brand_titled(lines[i][1], url)
                                                      and shaped_under(i))}


def _visit_bars(found: list[weigh.DateCandidate], first_headline: int, url: str) -> None:
    """A date bar above the headline later than the day the page's address holds is the day of the visit (round 85)."""
    if not url:
        return
    for candidate in found:
        if candidate.widget or candidate.index >= first_headline:
            continue
        try:
            dated = find_date(candidate.text)
        except BadDate:
            continue  # "4/24/2025": no real day, so no day to weigh against the address's (the reader says so later)
        if dated is not None and after_address_day(dated[0], url):
            candidate.widget = "a date bar above the headline, later than the day the page's address holds: the day of the visit"


def _closed_headline(lines: list[Line], found: list[weigh.DateCandidate], top: int, limit: int) -> int:
    """The headline a date line on its own closes (a bare one, a posting date's, round 82; with a weekday or a time
    too, round 83) under a weekday's clock above it ("Thứ tư, 04/12/2024 | 00:27 GMT+7" / a section's name / the
    headline / "12/07/2023"): the clock stands above it, as above any headline, though a site's name over the clock
    is shaped as one. `top` when there is no such pair."""
    dates = [c for c in found if not c.widget]
    if len(dates) < 2 or not WEEKDAY.match(dates[0].text.strip()):
        return top
    for later in dates[1:]:
        above = later.index - 1
        if above > dates[0].index and later.index < limit and _date_line(later.text) \
                and weigh.headline_shaped(lines[above][1]):
            return above
    return top


def _date_line(text: str) -> bool:
    """A page's date line under its headline, however printed (round 83): the date or the time first ("12/07/2023",
    "08:00 12/07/2023", "Ngày 12 tháng 7 năm 2023"), a weekday first ("Thứ Tư, 12/07/2023 - 08:00") or a posting
    date's label ("Ngày đăng: 17/09/2021"), closing no clause. An event's field ("Thời gian họp: ngày 12/06/2021") or
    the end of a wrapped sentence ("ngày 22/11/2019;") is none."""
    text = text.strip()
    return not text.endswith((";", ",")) and bool(_DATE_FIRST.match(text) or WEEKDAY.match(text)
                                                   or labelled_date_line(text))


_DATE_FIRST = re.compile(r"(?:Ngày\s+)?\d")


def _not_first(text: str) -> bool:
    """The first line is the headline even as a sentence (a warning says so); labels run together
    ("Tin tứcSự kiện"), a clock, a contact field, a mark ("-") are not it."""
    return (_words(text) <= 8 and bool(glued_labels(text)) or bool(clock_stamp(text)) or bool(contact_field(text))
            or not any(map(str.isalpha, text)))


def _ends_head(lines: list[Line], first: int, index: int, slug: frozenset[str] = frozenset()) -> bool:
    """A sentence under the first line ends the head, unless it is a date line closed by ";", a banner's
    call, a headline closed by a stop, a page's sentence over the headline, or a headline's length the
    address's slug spells, closed by "?" or "!" (round 85: a question under a blog's name and its date header; a
    line closed by a stop may be the headline run into the lead's sentence)."""
    return (_is_sentence(lines, index)
            and not weigh.date_line_ended(lines[index][1])
            and not _slug_question(lines[index][1], slug)
            and not _over_slug_headline(lines, index, slug)
            and not banner_call(lines, index)
            and not headline_with_stop(lines, first, index)
            and not _over_dated_headline(lines, index))


_SLUG_HEADLINE_REACH = 4  # a box's sentence stands a few lines over the headline (a label, a slug's words between)


def _over_slug_headline(lines: list[Line], index: int, slug: frozenset[str]) -> bool:
    """A sentence over the headline the address's slug spells, none spelt above it and nothing shaped as a headline
    but a label closed by a colon (round 86): a ticker's or a box's ("Chỉ số kinh tế:" / "Ngày 19/12/2025, tỷ giá
    ..." over "Lạm phát kỳ vọng" at ".../lam-phat-ky-vong-88512.html"), not the lead. Under a headline the slug
    does not spell, the sentence is its sapo and the line the slug spells a heading of the text, unless the slug is
    that line's words and nothing else (slugs.spelled_whole, round 113)."""
    above = [text for _, text in lines[:index]]
    if not slug or named_by_slug(lines[index][1], slug) or any(named_by_slug(text, slug) for text in above):
        return False
    below = [j for j in range(index + 1, min(index + 1 + _SLUG_HEADLINE_REACH, len(lines))) if not _is_sentence(lines, j)]
    if any(spelled_whole(lines[j][1], slug) and not small_unmarked(lines[j][1]) for j in below):
        return True  # the slug is that line's words alone: the page's headline, under a pinned notice's (round 113)
    return not any(weigh.headline_shaped(text) and not text.rstrip().endswith(":") for text in above) \
        and any(named_by_slug(lines[j][1], slug) for j in below)  # four words or more: named_by_slug


def _slug_question(text: str, slug: frozenset[str]) -> bool:
    """A headline's length closed by "?" or "!" that the address's slug spells (round 85)."""
    return text.rstrip().endswith(("?", "!")) and _words(text) <= _STOPPED_HEADLINE_WORDS and named_by_slug(text, slug)


def _place(lines: list[Line], i: int, head: Head, dated: set[int], first: int, first_headline: int,
           url: str = "") -> None:
    """A head line's role: a credit, a copy of a line above, a byline or an author's position. The first
    line under a clock is a byline only over a headline that does not name it (conventions round 18)."""
    text = lines[i][1]
    if CREDIT.match(text) and not parse_byline(text):  # "Theo VOV"; "Theo Minh Anh (VOV)" is a byline
        head.skip.add(i)
        head.credits.add(i)
    elif (copy := next((j for j in range(i) if folded(lines, j) == folded(lines, i)), None)) is not None:
        # printed twice: the copy goes, as written
        head.skip.add(copy if lines[copy][1].isupper() and not text.isupper() else i)
        head.chrome.update(_between_copies(lines, copy, i, dated))
    elif ((i > first or name_over_headline(lines, i, first_headline, head.limit))
          and (authors := head_names(lines, i))
          and (not head.bylines or {i - 1} & (set(head.bylines) | head.positions)
               or _field_under_poster(lines, i, head))
          and not not_head_byline(lines, i, head.limit)  # a site's name, a name run on, a capitals headline's line
          and not spelled_by_address(text, url)  # the site's name as its address spells it (conventions round 23)
          and not _source_under_byline(text, authors, i, head)):
        head.bylines[i] = authors  # a second author may stand on the next line
    elif (i - 1 in head.bylines or i - 1 in head.positions) and is_position_line(text):
        head.positions.add(i)


def _source_under_byline(text: str, authors: tuple[str, ...], i: int, head: Head) -> bool:
    """A source's field right under the writer's line, crediting no full name ("Hoàng Ngọc Hiến" / "(nguồn: Da Màu)",
    round 88): the publication the writer's text comes from, no second writer; "Nguồn: Trần Thu" still names one."""
    return i - 1 in head.bylines and bool(SOURCE_LABEL.match(text.strip(" (["))) \
        and not all(has_surname(author) for author in authors)


def _field_under_poster(lines: list[Line], i: int, head: Head) -> bool:
    """An author's field under a poster's, a line or more apart ("Đăng bởi: X" / date line / "Tác giả: Y"): the
    head holds both, and the byline rule keeps the author's (poster_fields.py)."""
    return all(poster_field(lines[j][1]) for j in head.bylines) and bool(writer_field(lines[i][1]))


def _copied_in(lines: list[Line], i: int, j: int, broken: set[int]) -> bool:
    """Line i is chrome around line j: a breadcrumb or a tagged copy ends with j's whole text;
    a tab title opens with it. A trail ends with the page's headline, never with the masthead's body: a line
    ending with a body's name ("Chủ tịch Hội đồng họ X" under "HỘI ĐỒNG HỌ X", "1. Vai trò của Tạp chí X" under "Tạp chí
    X") is a position or a heading (round 110)."""
    if j == i or j in broken:
        return False
    line, other = folded(lines, i), folded(lines, j)
    if not len(line) > len(other) > 10 or lines[j][1][:1].islower():
        return False
    # "Writer Name: headline" over the headline printed again is a blog's headline line (title_writers.py)
    return (line.endswith(other) and not sentence_into(lines[i][1], lines[j][1]) and not colon_writer(lines[i][1])
            and not _body_named(lines[j][1])
            or j > i and tab_title(lines[i][1], lines[j][1]))


def _body_named(text: str) -> bool:
    """The line only names a body: a unit ("HỘI ĐỒNG HỌ X"), an organ or an outlet ("Tạp chí X")."""
    return organ_name(text) or unit_name(" ".join(text.split()), text.isupper())


_ACCOUNT_WORDS = 2  # a poster's account or a button under the date line: no sentence, no headline


def headline_with_stop(lines: list[Line], first: int, index: int) -> bool:
    """A headline closed by a full stop, asking ("X thế nào? Ai phải ...?", round 31) or calling out ("... trời
    Âu!", round 78): over a sentence (a counter between), where nothing above it reads as a headline (a bare
    date, "• Trang chủ"; a section label, its date under it, or a section's paired name just above it: "Tin
    tức - Sự kiện"; a masthead, the first line only naming a body), or printed again right under its date line,
    whatever stands above it."""
    text = lines[index][1]
    first += bool(organ_name(lines[first][1]))
    closed = text.endswith("?") or text.endswith((".", "!")) and not _sentence_break(text[:-1])  # "... trời Âu!"
    if not closed or _words(text) > _STOPPED_HEADLINE_WORDS:
        return False
    if ended_paragraph(text):
        return False  # a paragraph's length, a sentence ended inside: a lead asking, no headline (round 21)
    below = range(index + 1, min(index + 3, len(lines)))
    near = head_date_candidates(lines, below)  # the two lines under it, read once for both questions below
    dated = any(candidate.index == index + 1 for candidate in near)
    # a writer between (conventions round 23), or a word or two, no sentence: an account's beside its date line
    # ("admin", round 73), a staff code or a box's label ("PV", "Tóm tắt:", round 83)
    reach = index + 3 + sum(j == index + 1 and bool(parse_byline(lines[j][1]))
                            or _words(lines[j][1]) <= _ACCOUNT_WORDS for j in below)
    if not any(_is_sentence(lines, j) for j in range(index + 1, min(reach, len(lines)))):
        return False
    if reprinted_under_date(lines, index, next((c.index for c in near if not c.widget), None)):
        return True  # its date line under it, then printed again: the page's title over the article's (round 106)

    def reads_as_headline(j: int) -> bool:
        above = lines[j][1]
        if not weigh.headline_shaped(above):
            return _is_sentence(lines, j)
        labelled = dated and weigh.section_label(above, text) or j == index - 1 and paired_labels(above)
        return not labelled or _is_sentence(lines, j)
    return not any(reads_as_headline(j) for j in range(first, index))


def _over_dated_headline(lines: list[Line], index: int) -> bool:
    """A sentence of the page above the headline, not the lead: a welcome, a notice, a slogan
    ("Chào mừng quý vị đến với ...!"). A headline-shaped line stands under it (past more such
    sentences or a button), its date line under it; above the sentence stands nothing that reads
    as a headline (a masthead, a menu with bars, labels in capitals, a site's clock may)."""
    for j, (_, text) in enumerate(lines[:index]):
        if (weigh.headline_shaped(text) and not text.isupper() and "|" not in text and not organ_name(text)
                and not _is_sentence(lines, j)):
            return False
    at = index + 1
    while at < min(len(lines), index + 1 + _CHROME_RUN) and (_is_sentence(lines, at) or _words(lines[at][1]) <= 3):
        at += 1
    if at >= len(lines) - 1 or not weigh.headline_shaped(lines[at][1]) or _is_sentence(lines, at):
        return False
    return any(not c.widget for c in head_date_candidates(lines, [at + 1]))


def _between_copies(lines: list[Line], first: int, copy: int, dated: set[int]) -> set[int]:
    """A line or two between two copies of the headline: a breadcrumb ("Tin tức - Sự kiện")."""
    between = range(first + 1, copy)
    if not weigh.headline_shaped(lines[first][1]) or not 1 <= len(between) <= 2:
        return set()
    crumbs = all(k not in dated and _words(lines[k][1]) <= 12 and not is_prose(lines[k][1])
                 and not parse_byline(lines[k][1]) and not _round_bracketed(lines[k][1]) for k in between)
    return set(between) if crumbs else set()


def _round_bracketed(text: str) -> bool:
    """"(Theo Thông tư 16/2023/TT-BNV)": a line wholly in round brackets between two copies of the headline is
    its subtitle printed with each copy (round 76), no breadcrumb; a trail is never bracketed so."""
    return text.strip().startswith("(") and bracketed(text)


def folded(lines: list[Line], index: int) -> str:
    return printed(lines[index][1])

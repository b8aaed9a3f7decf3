"""Find an article's parts in its chrome-free lines: date line, title, kicker, byline, lead, blocks.

The parts are chosen by weighing candidates (candidates.py), not by fixed positions:
- the lead is the line a source tag opens ("(HNM) -", "TCCS -"), else the first line of prose after the headline;
- date line and title are weighed above the lead; a line over the title is its kicker, other lines chrome;
- the byline is a person's name: in the date line, under the title (then maybe a
  position line), under the lead with a position line, or at the end (bylines.py);
- lines between the title and the lead are photo captions; after the lead, a run of other
  headlines is a related-link list (chrome: its numbers are not the article's citations).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive import models
from archive.read import candidates as weigh
from archive.read.bylines import is_foreign_label, is_position_line, parse_byline
from archive.read.author_fields import is_author_field
from archive.read.byline_slots import CREDIT, end_byline, glued_name, lead_byline, only_names, part_signature
from archive.read.blocks import CAPTION_CUES, END_PUNCT, ITEM, classify
from archive.read.chrome import Dropped, broken_copies, undouble
from archive.read.chronicle_lines import chronicle, dated_sentence
from archive.read.clock_lines import clock_stamp
from archive.read.contact_names import contact_field
from archive.read.portrait_captions import headline_rules_out
from archive.read.head_bylines import first_line_byline, head_names, name_over_headline, not_head_byline
from archive.read.date_context import date_candidates
from archive.read.furniture import not_headlines
from archive.read.headline import clean_headline, writer_off
from archive.read.labels import glued_labels, longer_form, tab_title
from archive.read.legal_bases import legal_basis
from archive.read.line_sizes import STOPPED_HEADLINE_WORDS as _STOPPED_HEADLINE_WORDS
from archive.read.own_lists import LINK_LINE as _LINK_LINE, own_items
from archive.read.broken_prose import runs_on
from archive.read.names import PLACES
from archive.read.named_body_headlines import sentence_into
from archive.read.sources import masthead_name, organ_name
from archive.read.subject_headings import common_words, subject_heading, unnamed_writer  # common_words: subject_bylines'
from archive.read.prose import doubled as _doubled, is_prose, is_sentence as _is_sentence, sentence_break as _sentence_break, words as _words
from archive.read.under_title_dates import date_line_under
from archive.text.dates import all_dates
from archive.text.normalize import fold_passage

Line = tuple[int, str]  # (1-based file line, text)

LEAD_MARKER = re.compile(r"^\(\s*([\w.]+)\s*\)\s*[-–—]\s*")
# Unbracketed source tags: "TCCS -", "CTTBTG -", "Laocaitv.vn -", "QPTD -Thứ Năm ...".
BARE_MARKER = re.compile(r"^([A-ZĐ]{2,8}|(?i:[a-z][\w-]*\.(?:vn|com|org|net)(?:\.vn)?))\s*[-–—]\s*(?=\S)")
_PHONE = re.compile(r"\d[\d .]{7,}\d")  # "0237 3721150": a contact bar's number
# The headline, its date line and byline stand among the first lines (after the menus dropped as
# chrome; past a link box of a dozen other headlines, which some portals print above the article).
_HEAD_WINDOW = 20


@dataclass
class DateLine:
    index: int
    line: int
    text: str
    byline: str = ""


@dataclass
class Layout:
    """What the layout rules found; the reader merges it with the header."""

    title: Line | None = None
    kicker: str = ""
    date_line: DateLine | None = None
    lead: Line | None = None
    marker: str = ""
    byline: str = ""
    title_writer: str = ""  # a name printed after the headline on its line (headline_parts.writer_off)
    blocks: tuple[models.Block, ...] = ()
    dropped: list[Dropped] = field(default_factory=list)  # lines left out, for `check`
    notes: list[tuple[int | None, str]] = field(default_factory=list)  # weak spots: (line, what)


def is_name_like(text: str) -> bool:
    """'Quốc Bình', 'S. Hải', 'Hoàng Lan - Hoàng Mai': a byline."""
    return bool(parse_byline(text))


def lead_marker(text: str) -> re.Match | None:
    return LEAD_MARKER.match(text) or BARE_MARKER.match(text)


def find_date_line(lines: list[Line]) -> DateLine | None:
    """The publication date line among the first lines (see candidates.choose_date)."""
    best, _ = weigh.choose_date(_date_candidates(lines, range(min(len(lines), _HEAD_WINDOW))))
    return _as_date_line(best)


def _date_candidates(lines: list[Line], indexes, under_lead: bool = False) -> list[weigh.DateCandidate]:
    return date_candidates(lines, indexes, BARE_MARKER, under_lead)  # weighed with the lines beside them


def _as_date_line(candidate: weigh.DateCandidate | None) -> DateLine | None:
    return None if candidate is None else DateLine(candidate.index, candidate.line, candidate.text, " - ".join(candidate.byline))


# ---------------------------------------------------------------- the head


@dataclass
class _Head:
    """Roles of the lines above the lead, while they are being decided."""

    limit: int  # lines before this index may be the headline
    marker_index: int | None = None
    date: weigh.DateCandidate | None = None
    clocks: list[weigh.DateCandidate] = field(default_factory=list)
    bylines: dict[int, tuple[str, ...]] = field(default_factory=dict)
    positions: set[int] = field(default_factory=set)
    skip: set[int] = field(default_factory=set)  # credits and copies: no role of their own
    credits: set[int] = field(default_factory=set)  # "Theo mof.gov.vn": left out, and listed
    chrome: set[int] = field(default_factory=set)  # breadcrumbs: dropped


def find_layout(lines: list[Line], title_hint: str = "", url: str = "") -> Layout:
    """Locate the parts of an article in its chrome-free lines. `title_hint` is a header title: when the
    text holds that line, it is the title. `url` is the article's address: its slug names the headline on most sites."""
    layout = Layout()
    if not lines:
        return layout
    head = _head(lines)
    title_index = _title_index(lines, head, title_hint, layout, url)
    if title_index is not None:
        layout.title = _clean_title(lines[title_index], layout, url)
        _kicker_and_dropped(lines, head, title_index, layout)
    elif title_hint:
        layout.notes.append((None, "the header's title is not in the text; the text's own headline was not looked for"))
    if layout.date_line is None or date_line_under(head.date, title_index):  # over a day at the headline's end (round 14)
        layout.date_line = _as_date_line(head.date)
    for clock in head.clocks:
        layout.dropped.append(Dropped(clock.line, clock.text, f"not the publication date: {clock.widget}"))
    layout.notes += [(head.date.line, head.date.doubt)] if head.date is not None and head.date.doubt else []
    start = (title_index if title_index is not None else -1) + 1
    lead_index = _lead_index(lines, head, start)
    _body(lines, head, title_index, lead_index, layout)
    return layout


def _head(lines: list[Line]) -> _Head:
    window = range(min(len(lines), _HEAD_WINDOW))
    marker = next((i for i in window if lead_marker(lines[i][1]) and _marker_prose(lines[i][1])), None)
    # The first line is the headline even as a sentence (a warning says so); labels run together ("Tin tứcSự kiện"), a clock, a contact field, a mark ("-") are not it.
    first = next((i for i in window if not (_words(lines[i][1]) <= 8 and glued_labels(lines[i][1]) or clock_stamp(lines[i][1]) or contact_field(lines[i][1]) or not any(map(str.isalpha, lines[i][1])))), 0)
    sentence = next((i for i in window if i > first and _is_sentence(lines, i) and not weigh.date_line_ended(lines[i][1]) and not weigh.banner_call(lines, i)
                     and not _headline_with_stop(lines, first, i) and not _over_dated_headline(lines, i)), None)
    limit = min(i for i in (marker, sentence, len(window)) if i is not None) or 1
    head = _Head(limit=limit, marker_index=marker)
    found = _date_candidates(lines, range(limit))
    if not any(not c.widget and c.index >= first for c in found):  # "(Chinhphu.vn) - ..." then the date line: after the lead
        found += _date_candidates(lines, range(limit + 1, min(limit + 3, len(lines))), under_lead=True)
    dated = {c.index for c in found}
    first_headline = next((i for i in range(limit) if i not in dated and weigh.headline_shaped(lines[i][1])), limit)
    head.date, head.clocks = weigh.choose_date(found, first_headline, weigh.latest_year(lines, dated))
    for i in range(1, limit):  # the first line under a clock: a byline only over a headline not naming it (round 18)
        text = lines[i][1]
        if i in dated:
            continue
        if CREDIT.match(text) and not parse_byline(text):  # "Theo VOV"; "Theo Minh Anh (VOV)" is a byline
            head.skip.add(i)
            head.credits.add(i)
        elif (copy := next((j for j in range(i) if _folded(lines, j) == _folded(lines, i)), None)) is not None:
            head.skip.add(copy if lines[copy][1].isupper() and not text.isupper() else i)  # printed twice: as written
            head.chrome.update(_between_copies(lines, copy, i, dated))
        elif (i > first or name_over_headline(lines, i, first_headline, limit)) and (authors := head_names(lines, i)) \
                and (not head.bylines or {i - 1} & (set(head.bylines) | head.positions)) and not not_head_byline(lines, i, limit):
            head.bylines[i] = authors  # a second author may stand on the next line
        elif (i - 1 in head.bylines or i - 1 in head.positions) and is_position_line(text):
            head.positions.add(i)
    head.bylines = head.bylines or first_line_byline(lines, limit)  # a full name alone above the headline
    head.skip.update(broken := broken_copies([_folded(lines, i) for i in range(limit)]))
    for i in range(limit):  # a breadcrumb or a tagged copy ends with a later whole line's text; a tab title opens with it
        if any(j != i and j not in broken and len(_folded(lines, i)) > len(_folded(lines, j)) > 10 and not lines[j][1][:1].islower()
               and (_folded(lines, i).endswith(_folded(lines, j)) and not sentence_into(lines[i][1], lines[j][1])
                    or j > i and tab_title(lines[i][1], lines[j][1]))
               for j in range(limit)):
            head.chrome.add(i)
    return head


def _headline_with_stop(lines: list[Line], first: int, index: int) -> bool:
    """A headline closed by a full stop or asking ("X thế nào? Ai phải ...?", round 31): over a sentence (a counter between),
    where nothing above it reads as a headline (a bare date, "• Trang chủ"; a section label, its date under it,
    or a section's paired name just above it: "Tin tức - Sự kiện"; a masthead, the first line only naming a body)."""
    text, dated = lines[index][1], bool(_date_candidates(lines, range(index + 1, min(index + 2, len(lines)))))
    first += bool(organ_name(lines[first][1]))
    return (text.endswith("?") or text.endswith(".") and not _sentence_break(text[:-1])) and _words(text) <= _STOPPED_HEADLINE_WORDS \
        and any(_is_sentence(lines, j) for j in range(index + 1, min(index + 3, len(lines)))) and not any(
            weigh.headline_shaped(lines[j][1]) and not (dated and weigh.section_label(lines[j][1], text)
                                                        or j == index - 1 and weigh.paired_labels(lines[j][1]))
            or _is_sentence(lines, j) for j in range(first, index))


_CHROME_RUN = 3  # sentences and buttons a page prints in a row above its headline ("Đồng ý")


def _over_dated_headline(lines: list[Line], index: int) -> bool:
    """A sentence of the page above the headline, not the lead: a welcome, a notice, a slogan
    ("Chào mừng quý vị đến với ...!"). A headline-shaped line stands under it (past more such
    sentences or a button), its date line under it; above the sentence stands nothing that reads
    as a headline (a masthead, a menu with bars, labels in capitals, a site's clock may)."""
    if any(weigh.headline_shaped(text) and not text.isupper() and "|" not in text and not organ_name(text) and not _is_sentence(lines, j) for j, (_, text) in enumerate(lines[:index])):
        return False
    at = index + 1
    while at < min(len(lines), index + 1 + _CHROME_RUN) and (_is_sentence(lines, at) or _words(lines[at][1]) <= 3):
        at += 1
    if at >= len(lines) - 1 or not weigh.headline_shaped(lines[at][1]) or _is_sentence(lines, at):
        return False
    return any(not c.widget for c in _date_candidates(lines, [at + 1]))


def _between_copies(lines: list[Line], first: int, copy: int, dated: set[int]) -> set[int]:
    """A line or two between two copies of the headline: a breadcrumb ("Tin tức - Sự kiện")."""
    between = range(first + 1, copy)
    return set(between) if weigh.headline_shaped(lines[first][1]) and 1 <= len(between) <= 2 and all(
        k not in dated and _words(lines[k][1]) <= 12 and not is_prose(lines[k][1]) and not parse_byline(lines[k][1])
        for k in between) else set()


def _folded(lines: list[Line], index: int) -> str:
    return fold_passage(lines[index][1]).strip(" .")


def _marker_prose(text: str) -> bool:
    """A source tag opens the lead, not a date line or a tagline: prose follows it (in
    capitals, what follows "HCT-" is a headline). After a bare tag the prose is a sentence
    or a paragraph: an acronym and a dash open a headline too ("ASEAN - Động lực ...")."""
    rest = text[lead_marker(text).end():]
    sentence = LEAD_MARKER.match(text) or rest.rstrip().endswith((".", "…", ".”", '."')) or _words(rest) >= 25
    return _words(rest) >= 8 and not all_dates(rest[:40]) and not rest.isupper() and bool(sentence)


def _title_index(lines: list[Line], head: _Head, title_hint: str, layout: Layout, url: str) -> int | None:
    if title_hint:
        hint = fold_passage(title_hint)
        return next((i for i, (_, text) in enumerate(lines[:_HEAD_WINDOW]) if fold_passage(text) == hint), None)
    taken = {c.index for c in head.clocks} | head.positions | head.skip | head.chrome | set(head.bylines)
    if head.date:
        taken.add(head.date.index)
    leads = {i for i in range(head.limit) if lead_marker(lines[i][1]) and _marker_prose(lines[i][1])}
    pool = [i for i in range(head.limit) if i not in taken | leads]
    dated = {i for i in pool if head.date is not None and weigh.step(i, +1, head.skip) == head.date.index}
    pool = [i for i in pool if not any(j < i and longer_form(lines[j][1], lines[i][1], i in dated)
                                       for j in pool)]  # drop subtitles
    under = not_headlines([text for _, text in lines], pool, dated, [n for n, _ in lines])  # a unit, a source: like a credit
    pool = [i for i in pool if i not in under]
    lead_guess = head.marker_index if head.marker_index is not None else head.limit
    weights = weigh.title_weights(lines, pool, head.date.index if head.date else None, lead_guess,
                                  set(head.bylines) | head.positions, head.skip | head.chrome | under,
                                  weigh.slug_words(url))
    choice = weigh.choose_title(weights)
    if choice is None:
        return None
    _note_weak_title(lines, choice, layout)
    return choice.index


def _note_weak_title(lines: list[Line], choice: weigh.TitleChoice, layout: Layout) -> None:
    number, text = lines[choice.index]
    if choice.score < 0.5 or choice.runner_up is not None and choice.score - choice.runner_up < 0.5:
        layout.notes.append((number, f"the title '{text[:60]}' was chosen among close candidates: check it, "
                                     "or set 'title:' in the header"))
    if len(text.split()) > 35:
        layout.notes.append((number, f"the title is long ({len(text.split())} words): is it the headline?"))
    if text.endswith(".") and not text.endswith(".."):
        layout.notes.append((number, "the title ends with a full stop: is it a sentence of the lead?"))


def _clean_title(line: Line, layout: Layout, url: str = "") -> Line:
    """The headline without the leftovers around it (headline.py); a bracketed
    publication date at its end becomes the date line."""
    number, (text, layout.title_writer) = line[0], writer_off(line[1])
    text, dated = clean_headline(text, url)  # the url: a slug spelling a headline's day (headline_end_dates.py)
    if dated:
        layout.date_line = DateLine(-1, number, dated)
    return number, text


def _kicker_and_dropped(lines: list[Line], head: _Head, title_index: int, layout: Layout) -> None:
    """One line right above the title is its kicker; any other line up there is chrome."""
    placed = {c.index for c in head.clocks} | head.skip | set(head.bylines)
    if head.date:
        placed.add(head.date.index)
    above = title_index - 1
    if head.date and above == head.date.index:
        above -= 1
    if above >= 0 and above not in placed and above not in head.chrome:
        text = lines[above][1]
        if _kicker_shaped(text) and not (above > 0 and weigh.broken_off(lines[above - 1][1])):  # not a half
            layout.kicker = text.rstrip(" :")
            placed.add(above)
    for i in range(title_index):
        if i not in placed:
            layout.dropped.append(Dropped(lines[i][0], lines[i][1], "above the title, not placed: site chrome"))


def _kicker_shaped(text: str) -> bool:
    """A kicker is words of the article's subject or series: not a place, a name, a
    label in another language, menu labels run together, a page's interface ("Logo", "A- A A+ | Chia sẻ", a URL
    slug) or a contact bar ("Đường dây nóng: 0237 ...")."""
    return 2 <= _words(text) <= 30 and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“'‘[(") \
        and "|" not in text and not _PHONE.search(text) and fold_passage(text) not in PLACES \
        and not parse_byline(text) and not is_foreign_label(text) and not glued_labels(text)


# ---------------------------------------------------------------- lead and body


def _lead_index(lines: list[Line], head: _Head, start: int) -> int:
    """The line a source tag opens, else the first prose line after the headline."""
    if head.marker_index is not None and head.marker_index >= start:
        return head.marker_index
    roles = _head_roles(head)
    later = [i for i in range(start, min(len(lines), start + _HEAD_WINDOW)) if i not in roles]
    for i in later:
        if is_prose(lines[i][1]) and undouble(lines[i][1]) is None and not _doubled(lines, i) \
                and not fold_passage(lines[i][1]).startswith("anh:"):
            return i
    return later[0] if later else len(lines)


def _head_roles(head: _Head) -> set[int]:
    roles = set(head.bylines) | head.positions | head.skip | head.chrome | {c.index for c in head.clocks}
    if head.date:
        roles.add(head.date.index)
    return roles


def _body(lines: list[Line], head: _Head, title_index: int | None, lead_index: int, layout: Layout) -> None:
    roles = _head_roles(head)
    start = (title_index if title_index is not None else -1) + 1
    title = fold_passage(layout.title[1]) if layout.title else None
    pre_lead = [lines[i] for i in range(start, min(lead_index, len(lines)))
                if i not in roles and fold_passage(lines[i][1]) != title]
    if lead_index < len(lines):
        number, text = lines[lead_index]
        marker = lead_marker(text)
        if marker:
            layout.marker = marker.group(1)
            text = text[marker.end():]
        layout.lead = (number, text)
    rest = [lines[i] for i in range(lead_index + 1, len(lines))
            if i not in roles and (title is None or fold_passage(lines[i][1]) != title)]
    rest = _drop_links(rest, layout)
    layout.byline = _byline(head, rest, layout)
    layout.dropped += [Dropped(*lines[i], "the author's position, under the byline") for i in sorted(head.positions)]
    layout.dropped += [Dropped(*lines[i], "a source credit") for i in sorted(head.credits)]
    layout.dropped += [Dropped(*lines[i], "a breadcrumb by the headline: site chrome")
                       for i in sorted(head.chrome) if i >= start]
    captions = [models.Block(models.CAPTION, undouble(t) or t, n) for n, t in pre_lead]
    layout.blocks = tuple(captions + [classify(n, t) for n, t in rest])


def _drop_links(rest: list[Line], layout: Layout) -> list[Line]:
    """A run of three headlines or more (not a chronicle, nor prose broken over short lines), or a line opened by ">>",
    is a list of links to other articles. A bulleted line only of names is the page's byline; own_lists: the article's list."""
    kept, run, own = [], [], own_items(rest)
    for line in rest + [(0, "")]:
        bullet = _LINK_LINE.match(line[1])
        if bullet and only_names(line[1][bullet.end():]):  # "• Hải Yến – Xuân Tiến": the page's authors
            line = (line[0], line[1][bullet.end():])
        elif bullet and not legal_basis(line[1][bullet.end():]) and line[0] not in own:  # "• Nghị định số ...;": legal bases
            layout.dropped.append(Dropped(line[0], line[1], "a link to another article"))
            continue
        if line[1] and (_headline_like(line[1]) or len(run) >= 2 and _headline_like(line[1], 60)) and not _sentence_break(line[1]):
            run.append(line)  # a long headline may close a list that has begun
            continue
        links = len(run) >= 3 and not chronicle(run) and not runs_on(line)  # broken_prose: a paragraph's lines
        layout.dropped += [Dropped(n, t, "a list of links to other articles") for n, t in run if links]
        kept += [] if links else run
        run = []
        if line[1]:
            kept.append(line)
    return kept


def _headline_like(text: str, longest: int = 30) -> bool:
    return (6 <= _words(text) <= longest and text[0].isupper() and not text.isupper()
            and not text.endswith((*END_PUNCT, ",", ")")) and not ITEM.match(text) and undouble(text) is None
            and not CAPTION_CUES.search(fold_passage(text)) and not is_author_field(text) and not dated_sentence(text)
            and not legal_basis(text))


def _byline(head: _Head, rest: list[Line], layout: Layout) -> str:
    """The date line's byline, else the title's, else a body slot's (byline_slots.py), else writer_off's; used lines go."""
    if head.date and head.date.byline and not common_words(head.date.byline, [ln for ln in (layout.title, layout.lead) if ln] + rest[:3]):
        return " - ".join(head.date.byline)  # a section's name before the date: common words
    if head.bylines and not subject_heading(head.bylines, layout.title, layout.lead, rest):  # its subject
        return " - ".join(name for names in head.bylines.values() for name in names)
    found = lead_byline(rest, layout.dropped, layout.lead) or end_byline(rest, layout.dropped, layout.notes, layout.lead) \
        or part_signature(rest)  # a part's titled signer under its heading
    found = "" if layout.title and headline_rules_out(found, layout.title[1]) else found  # "Nhà văn X" under "Ký của X"
    if not found and not rest and layout.lead and (glued := glued_name(layout.lead[1])):
        layout.lead, found = (layout.lead[0], glued[0]), glued[1]  # a lone paragraph: the name closes the lead
    return found or unnamed_writer(layout.title_writer, layout.title, layout.lead, rest)  # a profile names its subject again

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
from archive.read.blocks import classify
from archive.read.byline_slots import end_byline, glued_name, lead_byline, part_signature
from archive.read.echoed_titles import slug_signature, title_echo
from archive.read.address_names import spelled_by_address
from archive.read.bylines import is_foreign_label, parse_byline
from archive.read.chrome import Dropped, undouble
from archive.read.furniture import not_headlines
from archive.read.head_window import HEAD_WINDOW, Head, head_date_candidates, head_roles, read_head
from archive.read.headline import clean_headline, writer_off
from archive.read.labels import glued_labels, longer_form
from archive.read.name_labels import strip_label
from archive.read.lead_markers import lead_marker, marker_prose
from archive.read.link_lists import drop_links
from archive.read.marker_writers import writer_marker
from archive.read.names import PLACES
from archive.read.portrait_captions import headline_rules_out
from archive.read.reprint_notes import note_writers
from archive.read.poster_fields import POSTER_WHY, field_over_poster, poster_field
from archive.read.prose import doubled as _doubled
from archive.read.line_sizes import is_prose
from archive.read.line_sizes import words as _words
from archive.read.boxed_leads import tagged_headline
from archive.read.slugs import slug_words
from archive.read.subject_headings import common_words, subject_heading, unnamed_writer
from archive.read.title_weights import TitleChoice, choose_title, title_weights
from archive.read.under_title_dates import date_line_under
from archive.text.normalize import fold_passage

Line = tuple[int, str]  # (1-based file line, text)

_PHONE = re.compile(r"\d[\d .]{7,}\d")  # "0237 3721150": a contact bar's number


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
    lead_writer: str = ""  # a name opening the lead before the source's tag ("Phạm Văn (Danlambao) - ...")
    blocks: tuple[models.Block, ...] = ()
    dropped: list[Dropped] = field(default_factory=list)  # lines left out, for `check`
    notes: list[tuple[int | None, str]] = field(default_factory=list)  # weak spots: (line, what)


def is_name_like(text: str) -> bool:
    """'Quốc Bình', 'S. Hải', 'Hoàng Lan - Hoàng Mai': a byline."""
    return bool(parse_byline(text))


def find_date_line(lines: list[Line]) -> DateLine | None:
    """The publication date line among the first lines (see candidates.choose_date)."""
    window = range(min(len(lines), HEAD_WINDOW))
    found = head_date_candidates(lines, window)
    best, _ = weigh.choose_date(found)
    return _as_date_line(best)


def _as_date_line(candidate: weigh.DateCandidate | None) -> DateLine | None:
    if candidate is None:
        return None
    return DateLine(candidate.index, candidate.line, candidate.text, " - ".join(candidate.byline))


# ---------------------------------------------------------------- the title


def find_layout(lines: list[Line], title_hint: str = "", url: str = "") -> Layout:
    """Locate the parts of an article in its chrome-free lines. `title_hint` is a header title: when the
    text holds that line, it is the title. `url` is the article's address: its slug names the headline on most sites."""
    layout = Layout()
    if not lines:
        return layout
    head = read_head(lines, url)
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
    _body(lines, head, title_index, lead_index, layout, url)
    return layout


def _title_index(lines: list[Line], head: Head, title_hint: str, layout: Layout, url: str) -> int | None:
    if title_hint:
        hint = fold_passage(title_hint)
        return next((i for i, (_, text) in enumerate(lines[:HEAD_WINDOW]) if fold_passage(text) == hint), None)
    slug = slug_words(url)
    taken = {c.index for c in head.clocks} | head.positions | head.skip | head.chrome | set(head.bylines)
    if head.date:
        taken.add(head.date.index)
    leads = {i for i in range(head.limit) if lead_marker(lines[i][1]) and marker_prose(lines[i][1])
             and not tagged_headline(lines, i, slug)}  # a repost's tagged headline (boxed_leads.py)
    pool = [i for i in range(head.limit) if i not in taken | leads]
    dated = {i for i in pool if head.date is not None and weigh.step(i, +1, head.skip) == head.date.index}
    pool = [i for i in pool if not any(j < i and longer_form(lines[j][1], lines[i][1], i in dated)
                                       for j in pool)]  # drop subtitles
    # a unit, a source: like a credit
    under = not_headlines([text for _, text in lines], pool, dated, [n for n, _ in lines], slug)
    pool = [i for i in pool if i not in under]
    lead_guess = head.marker_index if head.marker_index is not None else head.limit
    weights = title_weights(lines, pool, head.date.index if head.date else None, lead_guess,
                            set(head.bylines) | head.positions, head.skip | head.chrome | under,
                            slug)
    choice = choose_title(weights)
    if choice is None:
        return None
    _note_weak_title(lines, choice, layout)
    return choice.index


def _labelled_under(lines: list[Line], index: int, bylines: dict[int, tuple[str, ...]]) -> tuple[str, ...]:
    """The names a writer's labelled field right under the line at `index` gives ("Người cộng tác: Nguyễn Ngọc Giao
    (pv)" under "- Nguyễn Quang Đỗ Thống — published 01/03/2011 00:05"); () when there is none."""
    below = index + 1
    return bylines[below] if below in bylines and strip_label(lines[below][1].strip())[1] else ()


def _note_weak_title(lines: list[Line], choice: TitleChoice, layout: Layout) -> None:
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


def _kicker_and_dropped(lines: list[Line], head: Head, title_index: int, layout: Layout) -> None:
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
    slug), a contact bar ("Đường dây nóng: 0237 ...") or a sapo after a source tag."""
    return 2 <= _words(text) <= 30 and (text[0].isupper() or text[0].isdigit() or text[0] in "\"“'‘[(") \
        and "|" not in text and not _PHONE.search(text) and fold_passage(text) not in PLACES \
        and not parse_byline(text) and not is_foreign_label(text) and not glued_labels(text) \
        and not (lead_marker(text) and marker_prose(text))  # a tagged sapo (a box's, over the headline)


# ---------------------------------------------------------------- lead and body


def _lead_index(lines: list[Line], head: Head, start: int) -> int:
    """The line a source tag opens, else the first prose line after the headline."""
    if head.marker_index is not None and head.marker_index >= start:
        return head.marker_index
    roles = head_roles(head)
    later = [i for i in range(start, min(len(lines), start + HEAD_WINDOW)) if i not in roles]
    for i in later:
        if is_prose(lines[i][1]) and undouble(lines[i][1]) is None and not _doubled(lines, i) \
                and not fold_passage(lines[i][1]).startswith("anh:"):
            return i
    return later[0] if later else len(lines)


def _body(lines: list[Line], head: Head, title_index: int | None, lead_index: int, layout: Layout,
          url: str = "") -> None:
    roles = head_roles(head)
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
        elif signed := writer_marker(text):  # the writer before the source's tag (marker_writers.py, round 90)
            layout.lead_writer, layout.marker = signed[0], signed[1]["tag"]
            text = text[signed[1].end():]
        layout.lead = (number, text)
    rest = [lines[i] for i in range(lead_index + 1, len(lines))
            if i not in roles and (title is None or fold_passage(lines[i][1]) != title)]
    rest = drop_links(rest, layout.dropped)
    layout.byline = _byline(head, lines, rest, layout, [text for _, text in pre_lead], url)
    layout.dropped += [Dropped(*lines[i], "the author's position, under the byline")
                       for i in sorted(head.positions)]
    layout.dropped += [Dropped(*lines[i], "a source credit") for i in sorted(head.credits)]
    layout.dropped += [Dropped(*lines[i], "the poster's row in the info block under the headline")
                       for i in sorted(head.posters)]
    listed = head.positions | head.credits | head.posters  # each line left out is listed once, by its first reason
    layout.dropped += [Dropped(*lines[i], "a breadcrumb by the headline: site chrome")
                       for i in sorted(head.chrome - listed) if i >= start]
    captions = [models.Block(models.CAPTION, undouble(t) or t, n) for n, t in pre_lead]
    layout.blocks = tuple(captions + [classify(n, t) for n, t in rest])


def _byline(head: Head, lines: list[Line], rest: list[Line], layout: Layout, between: list[str],
            url: str = "") -> str:
    """The date line's byline, else the title's, else a body slot's (byline_slots.py), else writer_off's;
    used lines go. `between`: the lines left between the headline and the lead (a subtitle, a note, a caption)."""
    beside = [ln for ln in (layout.title, layout.lead) if ln] + rest[:3]
    dated = bool(head.date and head.date.byline and not common_words(head.date.byline, beside))
    posters = [i for i in head.bylines if poster_field(lines[i][1])]
    if field := field_over_poster(rest, layout.dropped, posted=bool(posters) or dated and poster_field(head.date.text)):
        layout.dropped += [Dropped(*lines[i], POSTER_WHY) for i in posters]
        return field  # "Đăng bởi: X" over "Tác giả: Y": the author's own field names the writer (poster_fields.py)
    if dated:  # a section's name before the date: common words; a labelled field under it names one more (round 88)
        return " - ".join(dict.fromkeys([*head.date.byline, *_labelled_under(lines, head.date.index, head.bylines)]))
    if posters and len(posters) < len(head.bylines):  # a poster beside a writer's own line under the headline
        layout.dropped += [Dropped(*lines[i], POSTER_WHY) for i in posters]
        head.bylines = {i: names for i, names in head.bylines.items() if i not in posters}
    if head.bylines and not subject_heading(head.bylines, layout.title, layout.lead, rest):  # its subject
        # a name on two lines ("Ngân Hà" / "Ngân Hà  - ", a copy the folded match misses) is one writer (round 86)
        names = tuple(dict.fromkeys(name for found in head.bylines.values() for name in found))
        signed = slug_signature(rest, url) if title_echo(names, layout.title) else None
        if signed is None:
            return " - ".join(names)
        # a story's title printed again under its headline; its writer signs the text (echoed_titles.py, round 101)
        layout.dropped += [Dropped(*lines[i], "the story's title printed again under the headline")
                           for i in sorted(head.bylines)]
        rest.remove(signed)
        return " ".join(signed[1].split())
    found = (layout.lead_writer or lead_byline(rest, layout.dropped, layout.lead)
             or end_byline(rest, layout.dropped, layout.notes, layout.lead)
             or part_signature(rest)  # a part's titled signer under its heading
             or " - ".join(note_writers(between, layout.lead[1] if layout.lead else "",
                                        [text for _, text in rest], parse_byline)))  # a reprint note's writers
    if layout.title and headline_rules_out(found, layout.title[1]):
        found = ""  # "Nhà văn X" under "Ký của X"
    if found and spelled_by_address(found, url):
        found = ""  # "Gò Đen" on degoden.vn: the site's brand alone in a slot, no writer (address_names.py)
    if not found and not rest and layout.lead and (glued := glued_name(layout.lead[1])):
        layout.lead, found = (layout.lead[0], glued[0]), glued[1]  # a lone paragraph: the name closes the lead
    # a profile names its subject again
    return found or unnamed_writer(layout.title_writer, layout.title, layout.lead, rest)

"""Counts -> small static SVG charts for the pages, with a table of the same numbers. Pure.

A chart is one raw HTML block (a <figure>, no blank line inside, fenced for
archive.output.html_blocks like every generated listing: render/listing.py): a visible caption, an SVG with role="img", <title> and <desc>, and a
<details> table for screen readers and anyone who wants the figures. Its size is
bounded whatever the corpus: at most MAX_BUCKETS columns (years are grouped into wider
spans past that) and TOP_OUTLETS + 1 bars. Colours come from CSS classes in
docs/assets/stylesheets/archive.css (Material's variables), so both palettes read.
Every text is data and goes through html.escape; numbers are formatted without float
noise, and every order is explicit, so the same counts give the same bytes.
"""
from __future__ import annotations

import datetime as dt
import html
import math
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from archive.render import listing
from archive.text.normalize import fold

MAX_BUCKETS = 40  # more years than this are grouped into spans of 2, 5, 10... years
MONTHLY_SPAN = 24  # citations spread over at most this many months are counted per month
TOP_OUTLETS = 10
OTHER = "Khác"
LABEL_CHARS = 48  # longer bar labels are cut (the full name stays in the bar's <title>)
MIN_BARS = 2  # a chart of one bar says nothing the sentence beside it does not: none is drawn

# Drawn for a phone: 360 units wide, the width of a 390 px screen's text column, so the
# 12-unit text is drawn at about 12 px there (never under 11); on a wide screen the
# stylesheet lets the chart grow to 30em (docs/assets/stylesheets/archive.css).
WIDTH = 360
PAD = 6
FONT = 12  # every text of a chart, in units
PLOT_TOP = 22
PLOT_HEIGHT = 110
ROW = 18  # a line of text under the plot
CHAR = 6.8  # average width of a 12-unit character, for fitting labels
BAR_ROW = 34  # one bar of the horizontal chart: its label above, the bar below


@dataclass(frozen=True)
class Bucket:
    """One column or bar: its label, its count, and for time buckets the days it covers."""

    label: str
    count: int
    start: dt.date | None = None
    end: dt.date | None = None  # inclusive
    other: bool = False  # the bucket of everything past the top ones


@dataclass(frozen=True)
class Marker:
    """A date marked on a time chart: "first" or "latest", and its visible text."""

    name: str
    date: dt.date
    text: str  # for screen readers (the chart's description)
    short: str = ""  # drawn under the chart; `text` when empty

    @property
    def label(self) -> str:
        return self.short or self.text


def year_buckets(years: Iterable[int], limit: int = MAX_BUCKETS) -> list[Bucket]:
    """Every year from the first to the last (empty years included), in spans of
    1, 2, 5, 10, 20... years: the narrowest that gives at most `limit` buckets."""
    counts = Counter(years)
    if not counts:
        return []
    low, high = min(counts), max(counts)
    width = next(w for w in _widths() if high // w - low // w + 1 <= limit)
    buckets = []
    for first in range(low // width * width, high + 1, width):
        last = first + width - 1
        label = str(first) if width == 1 else f"{first}–{last}"
        count = sum(counts[year] for year in range(first, last + 1))
        buckets.append(Bucket(label, count, dt.date(max(first, 1), 1, 1), dt.date(min(last, 9999), 12, 31)))
    return buckets


def _widths():
    scale = 1
    while True:
        yield from (scale, 2 * scale, 5 * scale)
        scale *= 10


def month_buckets(dates: Iterable[dt.date]) -> list[Bucket]:
    """Every month from the first date's to the last's, empty months included."""
    counts = Counter((d.year, d.month) for d in dates)
    if not counts:
        return []
    (year, month), end = min(counts), max(counts)
    buckets = []
    while (year, month) <= end:
        last_day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        buckets.append(Bucket(f"{month:02d}/{year}", counts[(year, month)], dt.date(year, month, 1), last_day))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return buckets


def monthly(dates: list[dt.date]) -> bool:
    """Whether the dates fall within MONTHLY_SPAN calendar months, so are best counted per month."""
    low, high = min(dates), max(dates)
    return (high.year - low.year) * 12 + high.month - low.month < MONTHLY_SPAN


def top_buckets(counts: dict[str, int], top: int = TOP_OUTLETS) -> list[Bucket]:
    """The `top` largest counts (ties by folded name), then one OTHER bucket for the rest."""
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], fold(kv[0]), kv[0]))
    buckets = [Bucket(name, count) for name, count in ranked[:top]]
    rest = sum(count for _, count in ranked[top:])
    return buckets + [Bucket(OTHER, rest, other=True)] if rest else buckets


# The charts the pages show.

def articles_per_year(years: Iterable[int], chart_id: str = "chart-years") -> str:
    buckets = year_buckets(years)
    return column_chart(chart_id, "Số bài theo năm", buckets, "Năm") if len(buckets) >= MIN_BARS else ""


def articles_per_outlet(counts: dict[str, int], chart_id: str = "chart-outlets") -> str:
    buckets = top_buckets(counts)
    return bar_chart(chart_id, "Số bài theo nguồn", buckets, "Nguồn") if len(buckets) >= MIN_BARS else ""


def citations_over_time(dates: list[dt.date], chart_id: str = "chart-citations") -> str:
    """Articles citing a document, per month or year, its first and latest citation marked."""
    if not dates:
        return ""
    first, latest = min(dates), max(dates)
    markers = (Marker("first", first, f"Lần đầu được trích dẫn: {first:%d/%m/%Y}", f"Lần đầu: {first:%d/%m/%Y}"),
               Marker("latest", latest, f"Gần nhất: {latest:%d/%m/%Y}"))
    if monthly(dates):
        title, buckets, column = "Số bài trích dẫn theo tháng", month_buckets(dates), "Tháng"
    else:
        title, buckets, column = "Số bài trích dẫn theo năm", year_buckets(d.year for d in dates), "Năm"
    return column_chart(chart_id, title, buckets, column, markers) if len(buckets) >= MIN_BARS else ""


# Drawing.

def column_chart(chart_id: str, title: str, buckets: list[Bucket], column: str,
                 markers: tuple[Marker, ...] = ()) -> str:
    """Vertical columns over time, left to right. Each marker puts a tick under the
    column of its date and its label in a row under the axis labels, flush with that
    column's outer edge; no line crosses a text."""
    top = max(b.count for b in buckets) or 1
    slot = (WIDTH - 2 * PAD) / len(buckets)
    bar = min(slot * 0.7, 40)
    base = PLOT_TOP + PLOT_HEIGHT
    values_fit = slot >= CHAR * len(str(top)) + 4
    label_every = max(1, math.ceil((CHAR * max(len(b.label) for b in buckets) + 8) / slot))
    parts = [f'<line class="chart-axis" x1="{PAD}" y1="{base}" x2="{WIDTH - PAD}" y2="{base}"/>']
    if not values_fit:
        parts += [f'<line class="chart-grid" x1="{PAD}" y1="{PLOT_TOP}" x2="{WIDTH - PAD}" y2="{PLOT_TOP}"/>',
                  f'<text class="chart-value" x="{PAD}" y="{PLOT_TOP - 5}">{top} bài</text>']
    last_label = -WIDTH  # where the last axis label drawn ends
    for i, bucket in enumerate(buckets):
        centre = PAD + slot * (i + 0.5)
        h = PLOT_HEIGHT * bucket.count / top
        parts.append(f'<g class="chart-bar" data-bucket="{_e(bucket.label)}" data-count="{bucket.count}">'
                     f'<title>{_e(bucket.label)}: {bucket.count} bài</title>'
                     f'<rect x="{_n(centre - bar / 2)}" y="{_n(base - h)}" width="{_n(bar)}" height="{_n(h)}"/></g>')
        if values_fit and bucket.count:
            parts.append(f'<text class="chart-value" x="{_n(centre)}" y="{_n(base - h - 4)}" '
                         f'text-anchor="middle">{bucket.count}</text>')
        if i % label_every == 0:
            half = CHAR * len(bucket.label) / 2  # kept inside the chart, clear of the last one
            x = min(max(centre, PAD + half), WIDTH - PAD - half)
            if x - half >= last_label + CHAR:
                parts.append(f'<text class="chart-label" x="{_n(x)}" y="{base + 15}" '
                             f'text-anchor="middle">{_e(bucket.label)}</text>')
                last_label = x + half
    rows = _marker_rows(markers, buckets, slot, bar)
    for marker, centre, x, anchor, row in rows:
        y = base + 15 + ROW * row
        parts.append(f'<g class="chart-marker" data-marker="{_e(marker.name)}" data-date="{marker.date.isoformat()}">'
                     f'<path d="M{_n(centre)} {base}v4"/>'
                     f'<text x="{_n(x)}" y="{y}" text-anchor="{anchor}">{_e(marker.label)}</text></g>')
    height = base + 15 + ROW * max([row for *_, row in rows], default=0) + 6
    total = sum(b.count for b in buckets)
    peak = max(buckets, key=lambda b: b.count)  # the first of equals
    desc = (f"Biểu đồ cột, {len(buckets)} cột từ {buckets[0].label} đến {buckets[-1].label}; "
            f"nhiều nhất {peak.label} với {peak.count} bài; tổng {total} bài.")
    desc += "".join(f" {m.text}." for m in markers)
    return _figure(chart_id, title, desc, height, parts, data_table(column, buckets))


def _marker_rows(markers, buckets, slot, bar):
    """(marker, its column's centre, text x, anchor, row) for each marker: a label left
    of the middle starts at its column's left edge, one right of it ends at its column's
    right edge, both within the chart; a label that would overlap the row's last one
    goes on the next row."""
    placed, ends = [], []  # ends[row]: where the row's text ends, in units
    for marker in markers:
        i = next(i for i, b in enumerate(buckets) if b.start <= marker.date <= b.end)
        centre = PAD + slot * (i + 0.5)
        width = CHAR * len(marker.label)
        if centre < WIDTH / 2:
            x, anchor = min(max(PAD, centre - bar / 2), WIDTH - PAD - width), "start"
            left = x
        else:
            x, anchor = max(min(WIDTH - PAD, centre + bar / 2), PAD + width), "end"
            left = x - width
        row = next((r for r, end in enumerate(ends) if left > end + 2 * CHAR), len(ends))
        if row == len(ends):
            ends.append(0.0)
        ends[row] = max(ends[row], left + width)
        placed.append((marker, centre, x, anchor, row + 1))
    return placed


def bar_chart(chart_id: str, title: str, buckets: list[Bucket], column: str) -> str:
    """Horizontal bars, largest first, each with its label above it and its count after it."""
    top = max(b.count for b in buckets) or 1
    longest = WIDTH - 2 * PAD - CHAR * len(str(top)) - 8
    parts = []
    for i, bucket in enumerate(buckets):
        y = PAD + BAR_ROW * i
        w = longest * bucket.count / top
        label = bucket.label if len(bucket.label) <= LABEL_CHARS else bucket.label[:LABEL_CHARS - 1] + "…"
        kind = "chart-bar chart-bar--other" if bucket.other else "chart-bar"
        parts.append(f'<g class="{kind}" data-bucket="{_e(bucket.label)}" data-count="{bucket.count}">'
                     f'<title>{_e(bucket.label)}: {bucket.count} bài</title>'
                     f'<rect x="{PAD}" y="{y + 16}" width="{_n(w)}" height="12"/></g>')
        parts.append(f'<text class="chart-label" x="{PAD}" y="{y + 11}">{_e(label)}</text>')
        parts.append(f'<text class="chart-value" x="{_n(PAD + w + 4)}" y="{y + 26}">{bucket.count}</text>')
    peak = buckets[0]
    desc = (f"Biểu đồ thanh, {len(buckets)} thanh; nhiều nhất {peak.label} với {peak.count} bài; "
            f"tổng {sum(b.count for b in buckets)} bài.")
    return _figure(chart_id, title, desc, PAD + BAR_ROW * len(buckets), parts, data_table(column, buckets))


def data_table(column: str, buckets: list[Bucket]) -> str:
    """The chart's numbers as a table, folded away under a summary."""
    rows = "".join(f"<tr><td>{_e(b.label)}</td><td>{b.count}</td></tr>" for b in buckets)
    return (f'<details class="chart-data"><summary>Bảng số liệu</summary>\n<table>'
            f'<thead><tr><th scope="col">{_e(column)}</th><th scope="col">Số bài</th></tr></thead>'
            f"<tbody>{rows}</tbody></table>\n</details>")


def _figure(chart_id: str, title: str, desc: str, height: float, parts: list[str], table: str) -> str:
    chart_id = _e(chart_id)
    return listing.block("\n".join([
        f'<figure class="archive-chart" id="{chart_id}">',
        f'<figcaption>{_e(title)}</figcaption>',
        f'<svg role="img" aria-labelledby="{chart_id}-title {chart_id}-desc" viewBox="0 0 {WIDTH} {_n(height)}" '
        f'width="{WIDTH}" height="{_n(height)}" font-size="{FONT}" fill="currentColor">',
        f'<title id="{chart_id}-title">{_e(title)}</title>',
        f'<desc id="{chart_id}-desc">{_e(desc)}</desc>',
        *parts,
        "</svg>",
        table,
        "</figure>",
    ]))


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _n(value: float) -> str:
    """A coordinate to one decimal, without float noise or a trailing ".0"."""
    text = f"{value:.1f}"
    return "0" if text == "-0.0" else text.removesuffix(".0")

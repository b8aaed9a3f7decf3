"""Charts: the numbers each one shows against the data, its bounds, escaping and accessibility,
and the charts on the seeds' built pages."""
from __future__ import annotations

import datetime as dt
import random
import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from archive.render import charts
from archive.site import paths
from archive.pipeline import Project, collect
from conftest import ROOT, build_seeds
from seeds import SEEDS

TODAY = "2026-11-23"
FIGURE = re.compile(r'<figure class="archive-chart" id="([^"]+)">.*?</figure>', re.S)


def figures(text: str) -> dict[str, str]:
    """Every chart of a page, by id."""
    return {match.group(1): match.group(0) for match in FIGURE.finditer(text)}


def parse(figure: str) -> ET.Element:
    return ET.fromstring(figure)


def bars(figure: str) -> dict[str, int]:
    """What the chart shows: bucket label -> count, in drawing order."""
    return {g.get("data-bucket"): int(g.get("data-count"))
            for g in parse(figure).iter("g") if "chart-bar" in g.get("class", "").split()}


def table(figure: str) -> dict[str, int]:
    rows = parse(figure).find("details").find("table").find("tbody")
    return {row[0].text: int(row[1].text) for row in rows}


def markers(figure: str) -> dict[str, str]:
    return {g.get("data-marker"): g.get("data-date")
            for g in parse(figure).iter("g") if g.get("class") == "chart-marker"}


def nonzero(shown: dict[str, int]) -> dict[str, int]:
    return {label: count for label, count in shown.items() if count}


@pytest.fixture(scope="module")
def report():
    """The seeds' pages and site model, rendered in memory (nothing is written)."""
    return collect(Project(ROOT), dt.date.fromisoformat(TODAY))


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_seeds(tmp_path_factory.mktemp("charts"), TODAY)


# The numbers, against the data.

def test_home_years_chart_counts_the_seeds_per_year(report):
    shown = bars(figures(report.pages["index.md"])["chart-years"])
    expected = Counter(str(truth["date"].year) for truth in SEEDS.values())
    assert nonzero(shown) == expected
    assert list(shown) == [str(year) for year in range(2012, 2024)]  # empty years shown as 0


def test_home_outlets_chart_counts_the_seeds_per_outlet(report):
    shown = bars(figures(report.pages["index.md"])["chart-outlets"])
    expected = Counter(truth["outlet"] for truth in SEEDS.values())
    assert shown == expected
    assert list(shown)[0] == "Báo Hànộimới"  # the largest first


@pytest.mark.parametrize("section", ["tags", "people"])
def test_tag_and_person_charts_count_their_articles_per_year(report, section):
    keys = report.site.tags if section == "tags" else report.site.people
    assert keys
    drawn = 0
    for key in keys:
        years = Counter(a.year for a in report.articles
                        if (key in a.tags if section == "tags" else key in {p.key for p in a.people}))
        page = paths.tag(key) if section == "tags" else paths.person(key)
        shown = figures(report.pages[page])
        if len(years) == 1:  # one year, one bar: no chart
            assert "chart-years" not in shown, page
            continue
        drawn += 1
        assert nonzero(bars(shown["chart-years"])) == {str(year): count for year, count in years.items()}, page
    assert drawn or section == "people"  # the seeds name no person in two years


def test_document_charts_count_citing_articles_and_mark_first_and_latest(report):
    drawn = 0
    for key in report.site.documents:
        dates = sorted({a.date for a in report.articles if key in {r.key for r in a.references}})
        span = (dates[-1].year - dates[0].year) * 12 + dates[-1].month - dates[0].month
        label = "%m/%Y" if span < charts.MONTHLY_SPAN else "%Y"
        shown = figures(report.pages[paths.document(key)])
        if len({d.strftime(label) for d in dates}) == 1:  # one month or year, one bar: no chart
            assert "chart-citations" not in shown, key
            continue
        drawn += 1
        figure = shown["chart-citations"]
        assert nonzero(bars(figure)) == Counter(d.strftime(label) for d in dates), key
        assert markers(figure) == {"first": dates[0].isoformat(), "latest": dates[-1].isoformat()}
        drawn_text = "".join(parse(figure).find("svg").itertext())
        assert f"Lần đầu: {dates[0]:%d/%m/%Y}" in drawn_text and f"Gần nhất: {dates[-1]:%d/%m/%Y}" in drawn_text
        desc = parse(figure).find("svg").find("desc").text
        assert f"Lần đầu được trích dẫn: {dates[0]:%d/%m/%Y}" in desc and f"Gần nhất: {dates[-1]:%d/%m/%Y}" in desc
    assert drawn


def test_a_document_cited_over_years_is_counted_per_year(report):
    figure = figures(report.pages[paths.document("18-nq-tw-2017")])["chart-citations"]
    assert bars(figure) == {"2020": 1, "2021": 0, "2022": 0, "2023": 1}
    assert markers(figure) == {"first": "2020-06-01", "latest": "2023-01-30"}


def test_citations_within_two_years_are_counted_per_month():
    figure = charts.citations_over_time([dt.date(2022, 11, 3), dt.date(2023, 1, 30), dt.date(2023, 1, 2)])
    assert bars(figure) == {"11/2022": 1, "12/2022": 0, "01/2023": 2}
    assert markers(figure) == {"first": "2022-11-03", "latest": "2023-01-30"}
    assert parse(figure).find("figcaption").text == "Số bài trích dẫn theo tháng"


def test_markers_stand_on_their_dates_bucket():
    figure = charts.citations_over_time([dt.date(2015, 5, 1), dt.date(2019, 2, 1), dt.date(2024, 9, 9)])
    svg = parse(figure).find("svg")
    centre = {g.get("data-bucket"): float(g.find("rect").get("x")) + float(g.find("rect").get("width")) / 2
              for g in svg.iter("g") if g.get("class") == "chart-bar"}
    ticks = {g.get("data-marker"): float(re.match(r"M([\d.]+) ", g.find("path").get("d"))[1]) for g in svg.iter("g")
             if g.get("class") == "chart-marker"}
    assert ticks["first"] == pytest.approx(centre["2015"], abs=0.1)
    assert ticks["latest"] == pytest.approx(centre["2024"], abs=0.1)


def _text_boxes(figure: str) -> list[tuple[str, float, float, float]]:
    """(text, left, right, baseline) of every text, its width estimated at charts.CHAR a character."""
    boxes = []
    for text in parse(figure).find("svg").iter("text"):
        width = charts.CHAR * len(text.text)
        x, anchor = float(text.get("x")), text.get("text-anchor", "start")
        left = x - width / 2 if anchor == "middle" else x - width if anchor == "end" else x
        boxes.append((text.text, left, left + width, float(text.get("y"))))
    return boxes


@pytest.mark.parametrize("dates", [
    [dt.date(2022, 11, 3), dt.date(2022, 12, 30)],  # two months side by side
    [dt.date(2020, 6, 1), dt.date(2023, 1, 30)],
    [dt.date(2010, 1, 1) + dt.timedelta(days=97 * i) for i in range(60)],
    [dt.date(1966, 1, 1), dt.date(2025, 12, 31)],  # grouped years
], ids=["months", "years", "many", "spans"])
def test_marker_labels_fit_and_cross_nothing(dates):
    """Every text inside the chart's width; a marker's label on a row of its own below the
    axis labels (no line reaches there), apart from the other marker's label."""
    figure = charts.citations_over_time(dates)
    svg = parse(figure).find("svg")
    boxes = _text_boxes(figure)
    assert all(charts.PAD - 0.1 <= left and right <= charts.WIDTH - charts.PAD + 0.1 for _, left, right, _ in boxes)
    labels = [b for b in boxes if b[0].startswith(("Lần đầu", "Gần nhất"))]
    axis = max(float(t.get("y")) for t in svg.iter("text") if t.get("class") == "chart-label")
    assert len(labels) == 2 and all(y >= axis + charts.ROW for *_, y in labels)
    (_, l1, r1, y1), (_, l2, r2, y2) = labels
    assert y1 != y2 or r1 < l2 or r2 < l1
    ends = [float(g.find("path").get("d").split("v")[0].split()[1]) + float(g.find("path").get("d").split("v")[1])
            for g in svg.iter("g") if g.get("class") == "chart-marker"]
    assert all(end < axis - 0.75 * charts.FONT for end in ends)  # the ticks stop above the labels' capitals


def test_a_phone_draws_the_text_at_11_px_or_more():
    """A 390 px phone gives the chart Material's text column of 358 px; the chart's units
    map to pixels at that ratio, so its smallest text is FONT * 358 / WIDTH."""
    assert charts.FONT * 358 / charts.WIDTH >= 11
    figure = charts.articles_per_year([2001, 2024])
    assert 'font-size="12"' in figure and "font-size" not in figure.split('font-size="12"', 1)[1]


def test_one_bar_is_no_chart():
    assert charts.articles_per_year([2020, 2020]) == ""
    assert charts.articles_per_outlet({"Báo A": 3}) == ""
    assert charts.citations_over_time([dt.date(2020, 1, 1), dt.date(2020, 1, 30)]) == ""
    assert charts.articles_per_year([2020, 2021]) and charts.citations_over_time([dt.date(2020, 1, 1),
                                                                                 dt.date(2020, 2, 1)])


def test_the_table_holds_the_same_numbers_as_the_bars(report):
    for figure in figures(report.pages["index.md"]).values():
        assert table(figure) == bars(figure)


# Bounds.

def test_sixty_years_of_ten_thousand_articles_stay_small():
    rng = random.Random(8)
    dates = [dt.date(1966, 1, 1) + dt.timedelta(days=rng.randrange(60 * 365)) for _ in range(10_000)]
    for figure in (charts.articles_per_year(d.year for d in dates), charts.citations_over_time(dates)):
        shown = bars(figure)
        assert 1 < len(shown) <= charts.MAX_BUCKETS
        assert sum(shown.values()) == 10_000
        assert len(figure.encode()) < 20_000
        assert all(re.fullmatch(r"\d{4}–\d{4}", label) for label in shown)


def test_grouped_years_add_up_per_span():
    shown = bars(charts.articles_per_year([1901, 1902, 1999, 2000, 2000], chart_id="x"))
    assert shown["1900–1904"] == 2 and shown["1995–1999"] == 1 and shown["2000–2004"] == 2
    assert len(shown) <= charts.MAX_BUCKETS


def test_outlets_past_the_top_ten_share_one_bar():
    counts = {f"Báo số {i:03d}": i + 1 for i in range(500)}
    shown = bars(charts.articles_per_outlet(counts))
    assert len(shown) == charts.TOP_OUTLETS + 1
    assert list(shown)[:3] == ["Báo số 499", "Báo số 498", "Báo số 497"]
    assert shown[charts.OTHER] == sum(range(1, 491))
    assert sum(shown.values()) == sum(counts.values())


def test_same_counts_same_bytes_whatever_the_order():
    years = [2012, 2018, 2020, 2023, 2023] * 7
    shuffled = years[:]
    random.Random(1).shuffle(shuffled)
    assert charts.articles_per_year(years) == charts.articles_per_year(shuffled)
    tied = {"Báo B": 2, "Báo A": 2, "Đài C": 2}
    assert charts.articles_per_outlet(tied) == charts.articles_per_outlet(dict(reversed(tied.items())))
    assert list(bars(charts.articles_per_outlet(tied))) == ["Báo A", "Báo B", "Đài C"]


def test_numbers_carry_no_float_noise():
    figure = charts.citations_over_time([dt.date(2020, 1, 1) + dt.timedelta(days=37 * i) for i in range(29)])
    for element in parse(figure).iter():
        for name in ("x", "y", "x1", "x2", "y1", "y2", "width", "height"):
            if element.get(name) is not None:
                assert re.fullmatch(r"\d+(\.\d)?", element.get(name)), (name, element.get(name))


# Escaping, accessibility, Markdown.

HOSTILE = 'Báo <script>alert("x")</script> & \'Tin\' {{ config.site_name }} *đậm*' + " dài" * 30


def test_a_hostile_outlet_name_is_data():
    figure = charts.articles_per_outlet({HOSTILE: 3, "Báo thường": 1})
    assert "<script" not in figure and 'alert("x")' not in figure
    root = parse(figure)
    assert list(bars(figure)) == [HOSTILE, "Báo thường"]
    assert table(figure)[HOSTILE] == 3
    label = next(t.text for t in root.iter("text") if t.get("class") == "chart-label")
    assert len(label) == charts.LABEL_CHARS and label.endswith("…") and HOSTILE.startswith(label[:-1])


@pytest.mark.parametrize("figure", [
    charts.articles_per_year([2020, 2021]),
    charts.articles_per_outlet({"Báo A": 1, "Báo B": 2}),
    charts.citations_over_time([dt.date(2020, 1, 1), dt.date(2020, 3, 1)]),
], ids=["years", "outlets", "citations"])
def test_every_chart_is_an_accessible_image_with_a_table(figure):
    root = parse(figure)
    svg = root.find("svg")
    assert svg.get("role") == "img"
    title, desc = svg.find("title"), svg.find("desc")
    assert svg.get("aria-labelledby").split() == [title.get("id"), desc.get("id")]
    assert title.text == root.find("figcaption").text and desc.text.startswith("Biểu đồ")
    headers = list(root.iter("th"))
    assert headers[1].text == "Số bài" and all(th.get("scope") == "col" for th in headers)
    assert table(figure) == bars(figure)
    assert all(g.find("title").text == f"{label}: {count} bài"
               for g, (label, count) in zip([g for g in svg.iter("g") if "chart-bar" in g.get("class")],
                                            bars(figure).items()))
    assert "\n\n" not in figure and all(line.strip() for line in figure.split("\n"))  # one HTML block
    assert "script" not in figure and "http" not in figure and "style=" not in figure


def test_no_data_no_chart():
    assert charts.articles_per_year([]) == charts.articles_per_outlet({}) == charts.citations_over_time([]) == ""


# The built seeds.

@pytest.mark.parametrize("page, chart", [
    ("index.md", "chart-years"), ("index.md", "chart-outlets"),
    ("documents/18-nq-tw-2017.md", "chart-citations"), ("tags/kiem-soat-quyen-luc.md", "chart-years"),
])
def test_the_built_pages_carry_the_charts_whole(built, page, chart):
    markdown = figures((built / "docs" / page).read_text(encoding="utf-8"))[chart]
    html_page = built / "site" / paths.url(page)
    built_figure = figures(html_page.read_text(encoding="utf-8"))[chart]
    assert built_figure == markdown  # Python-Markdown passed the block through untouched
    assert bars(built_figure)


def test_ids_are_unique_on_the_home_page(built):
    home = (built / "site" / "index.html").read_text(encoding="utf-8")
    ids = re.findall(r'\bid="([^"]+)"', home)
    assert len(ids) == len(set(ids))

"""Accessibility (issue 15, item 4): axe-core (tools/axe/, from npm) finds no WCAG 2.1 A or
AA violation on the home page, an article, a document page, a tag page, a person page,
the open search and the 404 page, at desktop and phone widths, served and from the
offline copy, in the light scheme and the dark one; the keyboard visits the header in
reading order, the search closes when focus leaves it, and nothing focusable is hidden.

Each page is saved as a screenshot in test-artifacts/ (a11y-<page>-<width>-<target>.png).
"""
from __future__ import annotations

import pytest

from browser.reader import PAGES, TARGETS, WIDTHS, Reader, address, describe


@pytest.fixture
def reader_at(browser):
    readers = []

    def make(width: str, scheme: str = "light") -> Reader:
        readers.append(Reader(browser, width, scheme))
        return readers[-1]

    yield make
    for reader in readers:
        errors = reader.errors
        reader.close()
        assert not errors, errors


def _visit(reader: Reader, name: str, target: str, sites, server) -> None:
    reader.open(address(target, PAGES[name], sites, server))
    if name == "search":
        reader.open_search()


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_violation(reader_at, sites, server, artifacts, name, width, target):
    reader = reader_at(width)
    _visit(reader, name, target, sites, server)
    violations = reader.axe()
    reader.shoot(artifacts, f"a11y-{name}-{width}-{target}")
    assert not violations, f"{name} at {width}, {target}:\n{describe(violations)}"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", PAGES)
def test_axe_finds_no_violation_in_the_dark_scheme(reader_at, sites, server, artifacts, name, width):
    reader = reader_at(width, scheme="dark")
    _visit(reader, name, "served", sites, server)
    assert reader.page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    violations = reader.axe()
    reader.shoot(artifacts, f"a11y-{name}-{width}-dark")
    assert not violations, f"{name} at {width}, dark:\n{describe(violations)}"


FOCUSED = """() => { const e = document.activeElement, r = e.getBoundingClientRect();
  const s = getComputedStyle(e);
  return {tag: e.tagName, cls: String(e.className), name: (e.getAttribute('aria-label') || e.textContent || '').trim(),
          inSearch: !!e.closest('[data-archive-search]'), inHeader: !!e.closest('.md-header'),
          shown: r.right > 0 && r.left < innerWidth && r.bottom > 0 && s.visibility !== 'hidden',
          searchOpen: document.getElementById('__search').checked}; }"""


def _tab_through(reader: Reader, count: int) -> list[dict]:
    stops = []
    for _ in range(count):
        reader.page.keyboard.press("Tab")
        stops.append(reader.page.evaluate(FOCUSED))
    return stops


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("width", WIDTHS)
def test_the_keyboard_visits_the_page_in_reading_order(reader_at, sites, server, width, target):
    reader = reader_at(width)
    reader.open(address(target, PAGES["article"], sites, server))
    stops = _tab_through(reader, 16)
    assert stops[0]["cls"].startswith("md-skip") and stops[0]["name"] == "Chuyển đến nội dung chính"
    # Header first (skip link, menu or logo, scheme toggle, search), then the page.
    header = [i for i, stop in enumerate(stops) if stop["inHeader"] or stop["inSearch"]]
    assert header == list(range(1, len(header) + 1)), [s["name"] for s in stops]
    assert any(stop["inSearch"] for stop in stops), "the search field is not reachable"
    if width == "phone":
        assert stops[1]["name"] == "Mở danh mục chuyên mục"  # the drawer's button, a <label> made a button
    # Every stop can be seen: no focus inside the closed drawer pushed off the screen.
    hidden = [stop["name"][:40] for stop in stops[1:] if not stop["shown"] and not stop["tag"] == "INPUT"]
    assert not hidden, hidden


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("width", WIDTHS)
def test_the_search_closes_when_focus_leaves_it(reader_at, sites, server, artifacts, width, target):
    reader = reader_at(width)
    reader.open(address(target, PAGES["home"], sites, server))
    reader.open_search()
    assert reader.search_open()
    reader.shoot(artifacts, f"search-open-{width}-{target}")
    field = reader.page.locator("input.archive-search__input")
    # Forwards: Tab past the field and the results.
    for _ in range(6):
        reader.page.keyboard.press("Tab")
        if not reader.page.evaluate(FOCUSED)["inSearch"]:
            break
    stop = reader.page.evaluate(FOCUSED)
    assert not stop["inSearch"] and not stop["searchOpen"], stop
    # Backwards: Shift+Tab out of the field.
    field.focus()
    assert reader.search_open()
    reader.page.keyboard.press("Shift+Tab")
    stop = reader.page.evaluate(FOCUSED)
    assert not stop["inSearch"] and not stop["searchOpen"], stop
    # Escape closes it too.
    field.focus()
    reader.page.keyboard.press("Escape")
    assert not reader.search_open()


def test_the_drawer_button_works_from_the_keyboard(reader_at, sites, server):
    reader = reader_at("phone")
    reader.open(address("served", PAGES["article"], sites, server))
    button = reader.page.locator("[data-archive-drawer]")
    assert button.get_attribute("aria-expanded") == "false"
    for key, opened in (("Enter", True), ("Enter", False), ("Space", True)):
        button.focus()
        reader.page.keyboard.press(key)
        assert reader.page.evaluate("document.getElementById('__drawer').checked") is opened, key
        assert button.get_attribute("aria-expanded") == str(opened).lower()
    reader.page.keyboard.press("Tab")  # the drawer's links come next, and are on screen
    links = reader.page.locator(".md-tabs a.md-tabs__link")  # the drawer shows the tabs' own list
    assert links.count() >= 9 and all(links.nth(i).is_visible() for i in range(links.count()))
    assert reader.page.locator(".md-sidebar--primary a").count() == 0  # no second copy of them

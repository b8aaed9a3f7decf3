"""The chrome every page repeats stays light (issue 17, "lighter output") and still works:
the theme's scripts come from one shared file (assets/javascripts/archive-chrome.js), not
inline in each page; Material's configuration holds only what its bundle reads for our
features; the reader's colour scheme is on <body> before the page below the header is
parsed (no flash), the drawer button says whether the drawer is open, and the offline
copy's footer says what it is, served and from disk.
"""
from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from browser.reader import ARTICLE, PAGES, TARGETS, Reader, address

INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>(.*?)</script>", re.S)
# The per-page inline script left: the call that writes the header's scheme toggles and
# restores the chosen scheme where they end (it cannot wait for a file loaded later, nor
# run before <body>); the toggles themselves are in the shared file.
PALETTE_CALL = "__archive_palette()"


def _pages(sites):
    for root in (sites.site, sites.offline):
        yield from root.rglob("*.html")


def test_no_inline_script_is_repeated_in_every_page(sites):
    """Only the palette call and Material's config are inline in every page: the rest of
    the chrome's code is one shared, cached file."""
    pages = list(_pages(sites))
    counts: Counter[str] = Counter()
    for html in pages:
        text = html.read_text(encoding="utf-8")
        assert text.count("archive-chrome.js") == 1, html
        for attrs, body in INLINE_SCRIPT.findall(text):
            if 'id="__config"' not in attrs:
                counts[body.strip()] += 1
    repeated = {body for body, count in counts.items() if count > len(pages) // 2}
    assert repeated == {PALETTE_CALL}, repeated


def test_the_theme_config_holds_only_what_the_bundle_reads(sites):
    for html in _pages(sites):
        match = re.search(r'<script id="__config" type="application/json">(.*?)</script>',
                          html.read_text(encoding="utf-8"), re.S)
        config = json.loads(match[1])
        assert set(config) == {"base", "features", "translations"}, html
        assert config["translations"] == {} and "navigation.tabs" in config["features"]


@pytest.mark.parametrize("target", TARGETS)
def test_the_chosen_scheme_is_set_before_the_page_is_parsed(browser, sites, server, target):
    """The dark scheme chosen with the toggle is on <body> when <main> is parsed, on the
    next page: restored inline during parsing, never after a first paint in light."""
    reader = Reader(browser, "desktop", scheme="light")
    try:
        page = reader.open(address(target, PAGES["home"], sites, server))
        page.locator("[data-md-component=palette] label:not([hidden])").click()
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
        # Record the scheme on <body> at the moment <main> enters the document.
        page.add_init_script("""new MutationObserver((records, observer) => {
            const main = document.querySelector('main');
            if (main) { window.__schemeAtMain = document.body.getAttribute('data-md-color-scheme'); observer.disconnect(); }
          }).observe(document, {childList: true, subtree: true});""")
        page = reader.open(address(target, ARTICLE, sites, server))
        assert page.evaluate("window.__schemeAtMain") == "slate"
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
    finally:
        reader.close()
    assert not reader.errors, reader.errors


@pytest.mark.parametrize("target", TARGETS)
def test_the_drawer_button_says_whether_the_drawer_is_open(browser, sites, server, target):
    reader = Reader(browser, "phone")
    try:
        page = reader.open(address(target, PAGES["tag"], sites, server))
        button = page.locator("[data-archive-drawer]")
        assert button.get_attribute("aria-expanded") == "false"
        button.click()
        assert page.evaluate("document.getElementById('__drawer').checked") is True
        assert button.get_attribute("aria-expanded") == "true"
        button.focus()
        page.keyboard.press("Space")
        assert button.get_attribute("aria-expanded") == "false"
    finally:
        reader.close()
    assert not reader.errors, reader.errors


@pytest.mark.parametrize("name", ["home", "404"])
def test_the_offline_copy_says_what_it_is_from_disk(browser, sites, server, name):
    """From disk the footer's zip link (to a zip the copy does not hold) gives way to a
    line about the copy; served, the link shows and the line does not."""
    reader = Reader(browser, "desktop")
    try:
        for target in TARGETS:
            page = reader.open(address(target, PAGES[name], sites, server))
            link = page.locator(".md-footer a[href$='kho-luu-tru-offline.zip']")
            here = page.locator(".md-footer .archive-offline-here")
            from_disk = target == "offline"
            assert link.is_visible() is not from_disk and here.is_visible() is from_disk, target
    finally:
        reader.close()
    assert not reader.errors, reader.errors


def test_every_icon_a_page_draws_is_in_the_shared_stylesheet(sites):
    """The chrome's icons are empty boxes in the page, shaped by assets/stylesheets/
    archive-icons.css (archive/output/icons.py): none is left inline, none is missing."""
    for root in (sites.site, sites.offline):
        css = (root / "assets" / "stylesheets" / "archive-icons.css").read_text(encoding="utf-8")
        styled = set(re.findall(r"^\.(archive-icon--[\w-]+)\{", css, re.M))
        used: set[str] = set()
        for html in root.rglob("*.html"):
            text = html.read_text(encoding="utf-8")
            header = text[text.index("<header"):text.index("</header>")]
            assert "<path" not in header, html
            used |= set(re.findall(r'class="archive-icon (archive-icon--[\w-]+)"', text))
        # The scheme toggles are written by archive-chrome.js from the palette the build put in it.
        chrome = (root / "assets" / "javascripts" / "archive-chrome.js").read_text(encoding="utf-8")
        toggles = json.loads(re.search(r"^var __archive_toggles = (.*);$", chrome, re.M)[1])
        assert [toggle[4] for toggle in toggles] == ["Chuyển sang nền tối", "Chuyển sang nền sáng"]
        used |= {re.search(r'class="archive-icon (archive-icon--[\w-]+)"', toggle[5])[1] for toggle in toggles}
        # The search dialog's inside is written by its script (archive-search.js), icons too.
        script = (root / "assets" / "javascripts" / "archive-search.js").read_text(encoding="utf-8")
        drawn = {"archive-icon--material_" + name for name in re.findall(r'\bicon\("([\w-]+)"\)', script)}
        assert drawn >= {"archive-icon--material_arrow-left", "archive-icon--material_close"}, drawn
        used |= drawn
        assert used and used <= styled, used - styled
        assert len(used) >= 8  # logo, menu, two toggles, search, back, clear, to the top


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_the_icons_are_painted_in_materials_box(browser, sites, server, target, width):
    reader = Reader(browser, width)
    try:
        page = reader.open(address(target, ARTICLE, sites, server))
        shown = ["[data-md-component=palette] label:not([hidden]) svg"] + (
            ["label.md-header__button[for=__search] svg", "label[data-archive-drawer] svg"] if width == "phone"
            else ["label.md-search__icon svg:first-child"])  # the search field's magnifier
        for selector in shown:
            icon = page.locator(selector)
            box = icon.bounding_box()
            assert (round(box["width"]), round(box["height"])) == (24, 24), selector  # .md-icon svg: 1.2rem
            painted = page.screenshot(clip=box)
            icon.evaluate("e => e.style.visibility = 'hidden'")
            assert page.screenshot(clip=box) != painted, f"{selector} draws nothing"
    finally:
        reader.close()
    assert not reader.errors, reader.errors


def test_every_page_carries_the_search_dialog_as_an_empty_shell(sites):
    """The dialog's inside is written by archive-search.js, not repeated in every page
    (about 1.7 KB a page, published and zipped)."""
    shell = re.compile(r'<div class="md-search archive-search"[^>]*data-archive-search[^>]*></div>')
    for html in _pages(sites):
        text = html.read_text(encoding="utf-8")
        if "data-archive-search" in text:
            assert shell.search(text), html
        assert "archive-search__input" not in text, html


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_without_scripts_no_search_is_offered_and_with_them_it_is_written(browser, sites, server, target, width):
    """Search needs scripts: without them its button is hidden and nothing of the dialog
    shows; with them the dialog is there before the reader reaches for it."""
    url = address(target, PAGES["article"], sites, server)
    bare = browser.new_context(java_script_enabled=False, viewport={"width": 390 if width == "phone" else 1366,
                                                                     "height": 844})
    try:
        page = bare.new_page()
        page.goto(url)
        assert not page.locator("label.archive-search__button").is_visible()
        assert page.locator("[data-archive-search] > *").count() == 0
    finally:
        bare.close()
    reader = Reader(browser, width)
    try:
        page = reader.open(url)
        button = page.locator("label.archive-search__button")
        assert button.is_visible() is (width == "phone")  # on a desktop the box itself is in the header
        assert page.locator("[data-archive-search] input.archive-search__input").count() == 1
        reader.open_search()
        assert page.locator(".archive-search__item").count() > 0
    finally:
        reader.close()
    assert not reader.errors, reader.errors


@pytest.mark.parametrize("scripts", [True, False])
def test_the_phone_drawer_lists_every_tab_with_or_without_scripts(browser, sites, scripts):
    """The drawer shows the tabs' own links (no second copy in each page): closed, none is
    on screen or focusable; opened by its button, every tab is, under the drawer's title;
    a desktop shows them as tabs in the header. Without scripts the checkbox opens it."""
    url = address("offline", PAGES["article"], sites, None)
    for width in (390, 1366):
        context = browser.new_context(java_script_enabled=scripts, viewport={"width": width, "height": 844})
        try:
            page = context.new_page()
            page.goto(url)
            links = page.locator(".md-tabs a.md-tabs__link")
            assert links.count() >= 9
            if width == 1366:
                assert all(links.nth(i).is_visible() for i in range(links.count()))
                continue
            assert page.evaluate("""() => [...document.querySelectorAll('.md-tabs a')].every(a =>
                getComputedStyle(a).visibility === 'hidden' || a.getBoundingClientRect().right <= 0)""")
            page.locator("label[for=__drawer].md-header__button").click()
            page.wait_for_timeout(400)  # the drawer slides in
            title = page.locator(".md-sidebar--primary .md-nav__title").bounding_box()
            boxes = [links.nth(i).bounding_box() for i in range(links.count())]
            assert all(links.nth(i).is_visible() for i in range(links.count()))
            assert all(box["x"] >= 0 and box["y"] >= title["y"] + title["height"] - 1 for box in boxes)
            assert all(box["x"] + box["width"] <= title["x"] + title["width"] + 1 for box in boxes)
        finally:
            context.close()


@pytest.mark.parametrize("target", TARGETS)
def test_the_scheme_toggles_are_written_by_the_script_and_absent_without_it(browser, sites, server, target):
    """The page carries an empty palette form and the options; with scripts there is one
    radio a scheme, named, and the one toggle shown switches the scheme; without them no
    control is left, not even an invisible radio the keyboard would reach."""
    url = address(target, PAGES["article"], sites, server)
    text = (sites.site / PAGES["article"]).read_text(encoding="utf-8")
    assert '<form class="md-header__option" data-md-component="palette"></form>' in text
    bare = browser.new_context(java_script_enabled=False)
    try:
        page = bare.new_page()
        page.goto(url)
        assert page.locator("[data-md-component=palette] > *").count() == 0
    finally:
        bare.close()
    reader = Reader(browser, "desktop", scheme="light")
    try:
        page = reader.open(url)
        names = page.eval_on_selector_all("[data-md-component=palette] input[type=radio][name=__palette]",
                                          "els => els.map(e => e.getAttribute('aria-label'))")
        assert names == ["Chuyển sang nền tối", "Chuyển sang nền sáng"]
        shown = page.locator("[data-md-component=palette] label:not([hidden])")
        assert shown.count() == 1 and shown.get_attribute("title") == "Chuyển sang nền tối"
        shown.click()
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
        assert page.locator("[data-md-component=palette] label:not([hidden])").get_attribute("title") == \
            "Chuyển sang nền sáng"
    finally:
        reader.close()
    assert not reader.errors, reader.errors

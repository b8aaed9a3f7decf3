"""The text of a rendered page's HTML as blocks (paragraphs, list items, headings, cells),
for the search records (archive/search/pages.py).

Each block keeps what a record needs to tell text from page furniture: its tag and class,
a leading bold label ("Số hiệu:"), its links, and its text outside links. Scripts, styles,
figures (charts) and hidden elements are left out, and so is any element whose class is
in `skip_classes`, with everything inside it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

BLOCK_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dt", "dd", "blockquote",
              "figcaption", "pre", "div", "ul", "ol", "table", "tr", "section", "article", "details", "summary"}
VOID_TAGS = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "col", "area", "base", "embed",
             "param", "track"}
ALWAYS_SKIPPED = {"script", "style", "figure", "svg", "template", "noscript"}


@dataclass
class Block:
    tag: str
    classes: tuple[str, ...]
    text: str = ""
    outside: str = ""  # the text outside links
    label: str = ""  # "Số hiệu" of <li><strong>Số hiệu:</strong> ...</li>
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, text)

    @property
    def all_link(self) -> bool:
        """Nothing but links (a back link, a pager): furniture."""
        return bool(self.links) and not any(ch.isalnum() for ch in self.outside)


def _clean(parts: list[str]) -> str:
    return " ".join("".join(parts).split())


class _Blocks(HTMLParser):
    def __init__(self, skip_classes: frozenset[str]):
        super().__init__(convert_charrefs=True)
        self.skip_classes = skip_classes
        self.blocks: list[Block] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self._skip = 0
        self._context: list[tuple[str, tuple[str, ...]]] = [("", ())]  # open blocks
        self._reset()

    def _reset(self) -> None:
        self._text: list[str] = []
        self._outside: list[str] = []
        self._links: list[tuple[str, str]] = []
        self._href: str | None = None
        self._link_text: list[str] = []
        self._strong: list[str] | None = None
        self._label = ""
        self._started = False  # text seen in this block yet

    def _flush(self) -> None:
        text = _clean(self._text)
        if text:
            tag, classes = self._context[-1]
            label = self._label.rstrip(":").strip() if self._label.endswith(":") else ""
            self.blocks.append(Block(tag, classes, text, _clean(self._outside), label, self._links))
        self._reset()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = tuple((attrs.get("class") or "").split())
        skipped = (tag in ALWAYS_SKIPPED or "hidden" in attrs or attrs.get("aria-hidden") == "true"
                   or bool(self.skip_classes.intersection(classes)))
        if tag in VOID_TAGS:
            if tag == "br" and not self._skip:
                self._text.append(" ")
                self._outside.append(" ")
            return
        self._stack.append((tag, skipped))
        if skipped:
            self._skip += 1
        if self._skip:
            return
        if tag in BLOCK_TAGS:
            self._flush()
            self._context.append((tag, classes))
        elif tag == "a":
            self._href = attrs.get("href") or ""
            self._link_text = []
        elif tag in ("strong", "b") and not self._started:
            self._strong = []

    def handle_endtag(self, tag):
        if tag in VOID_TAGS or not any(t == tag for t, _ in self._stack):
            return
        while self._stack:
            open_tag, skipped = self._stack.pop()
            if skipped:
                self._skip -= 1
            elif not self._skip:
                self._close(open_tag)
            if open_tag == tag:
                break

    def _close(self, tag: str) -> None:
        if tag in BLOCK_TAGS:
            self._flush()
            if len(self._context) > 1:
                self._context.pop()
        elif tag == "a" and self._href is not None:
            self._links.append((self._href, _clean(self._link_text)))
            self._href = None
        elif tag in ("strong", "b") and self._strong is not None:
            self._label = _clean(self._strong)
            self._strong = None

    def handle_data(self, data):
        if self._skip:
            return
        self._text.append(data)
        if data.strip():
            self._started = True
        if self._href is not None:
            self._link_text.append(data)
        else:
            self._outside.append(data)
        if self._strong is not None:
            self._strong.append(data)

    def close(self):
        super().close()
        self._flush()


def blocks(html: str, skip_classes=()) -> list[Block]:
    """The text blocks of an HTML fragment, in order."""
    parser = _Blocks(frozenset(skip_classes))
    parser.feed(html)
    parser.close()
    return parser.blocks

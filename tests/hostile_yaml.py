"""Hypothesis strategies for hostile YAML: headers and registries as an attacker or a
careless paste writes them. Deep nesting, anchors and aliases, YAML tags, control,
bidi and zero-width characters (raw and as YAML escapes), wrong types, repeated keys."""
from __future__ import annotations

from hypothesis import strategies as st

# Characters no input may hold, and invisible ones a paste brings in.
CONTROL = ["\x00", "\x07", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9b", "\u202a", "\u202e",
           "\u2066", "\u2069", "\ufffe", "\U000e0041"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u2060", "\ufeff", "\u00ad"]
# YAML double-quoted escapes that write them.
ESCAPES = ["\\0", "\\a", "\\e", "\\x1b", "\\x9b", "\\u202e", "\\u2066", "\\u200b", "\\N", "\\L"]

WORDS = st.sampled_from(["Hà Nội", "Báo Hànộimới", "cong-tac-can-bo", "18-NQ/TW", "2020-06-01", "20:15",
                         "No", "yes", "~", "null", "0x1F", "1_000", "12:30:00", "index", "★★★", "", "x"])
SCALAR_TEXT = st.one_of(WORDS, st.text(max_size=12),
                        st.builds(lambda a, c, b: a + c + b, WORDS, st.sampled_from(CONTROL + INVISIBLE), WORDS))


def quoted(text: str) -> str:
    """A double-quoted YAML scalar (any text, escapes allowed)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@st.composite
def deep(draw) -> str:
    """A value nested 1 to 60 levels deep, flow or compact block style."""
    depth = draw(st.integers(1, 60))
    if draw(st.booleans()):
        opener = draw(st.sampled_from(["[", "{a: "]))
        return opener * depth + "x" + ("]" if opener == "[" else "}") * depth
    return "\n" + "  " + "- " * depth + "x"


@st.composite
def value(draw) -> str:
    """The text after 'key: ' on one line (or a block below it)."""
    return draw(st.one_of(
        SCALAR_TEXT.map(quoted),
        WORDS,
        st.builds(lambda e, w: quoted(w)[:-1] + e + '"', st.sampled_from(ESCAPES), WORDS),
        st.lists(WORDS.map(quoted), max_size=3).map(lambda items: "[" + ", ".join(items) + "]"),
        st.just("{a: b, c: [d]}"),
        st.just("&anchor x"), st.just("*anchor"), st.just("&a [x, *a]"), st.just("!!binary aGk="),
        st.just("!!python/object:os.system x"), st.just("|\n    two\n    lines"),
        deep(),
    ))


@st.composite
def raw_line(draw) -> str:
    """A line as typed: a key and a value, maybe a control character, maybe junk."""
    key = draw(st.one_of(st.sampled_from(KEYS), st.text(max_size=6)))
    line = f"{key}: {draw(value())}"
    if draw(st.integers(0, 4)) == 0:
        at = draw(st.integers(0, len(line)))
        line = line[:at] + draw(st.sampled_from(CONTROL + INVISIBLE)) + line[at:]
    return line


KEYS = ["title", "kicker", "date", "time", "outlet", "author", "url", "tags", "people", "organisations",
        "places", "note", "name", "key", "number", "type", "kind", "year", "term", "plenum", "aliases",
        "markers", "site", "description", "slug", "phrases", "min_score", "roles", "name_alone", "place",
        "local_aliases", "short", "full", "phrase", "why", "<<"]


@st.composite
def header_text(draw) -> str:
    """The lines between a header's fences."""
    lines = draw(st.lists(raw_line(), max_size=6))
    if draw(st.booleans()) and lines:  # a key given twice
        lines.append(lines[0])
    return "\n".join(lines)


SECTIONS = ["outlets", "documents", "tags", "people", "organisations", "places", "abbreviations", "ignore",
            "outlet", "other"]


@st.composite
def registry_text(draw, section: str | None = None) -> str:
    """A registry file: sections of entries of hostile fields, or something else at the top."""
    top = draw(st.sampled_from(["sections", "sections", "sections", "scalar", "list", "deep", "laughs"]))
    if top == "scalar":
        return draw(value())
    if top == "list":
        return "- " + draw(value())
    if top == "deep":
        return f"{section or 'outlets'}: {draw(deep())}"
    if top == "laughs":
        return ("a: &a [lol, lol, lol, lol]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\n"
                f"{section or 'outlets'}:\n  - name: *c\n")
    out = []
    for name in draw(st.lists(st.sampled_from([section] * 3 + SECTIONS if section else SECTIONS),
                              min_size=1, max_size=3)):
        out.append(f"{name}:")
        for _ in range(draw(st.integers(0, 3))):
            fields = draw(st.lists(raw_line(), min_size=1, max_size=5))
            out.append("  - " + fields[0])
            out += ["    " + field.replace("\n", "\n    ") for field in fields[1:]]
    return "\n".join(out) + "\n"

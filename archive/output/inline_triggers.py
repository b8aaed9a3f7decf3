"""Inline patterns tried only on text holding a character they need (perf round 11).

Python-Markdown's inline step tries each of its inline patterns (code spans, escapes,
links, images, autolinks, raw HTML, line breaks, entities, emphasis) on every piece of
text of a page, a regex search and a few Python calls each time, nearly all finding
nothing: about a fifth of a page's conversion. Each of these patterns can only match
text holding a string it names: a link "[", an image "![", an entity "&", a line break
"  " and a line end. `TriggeredInline` is Python-Markdown's inline processor with one
test before each try: when the text holds none of the pattern's strings, the try is
skipped with the result the try would give (no match: the next pattern, from the
text's start). The same output, fewer tries.

A pattern is tested only when it is in TRIGGERS under its name with the very regex it
had when this was written (any other pattern is always tried), and the processor is
put in only while Python-Markdown's loop is the one copied here (HANDLE_DIGEST: the
digest of its source) and the registered one is Python-Markdown's own class.
"""
from __future__ import annotations

import hashlib
import inspect

from markdown import util
from markdown.treeprocessors import InlineProcessor

# name -> (the pattern's regex as Python-Markdown 3.11 writes it, the strings one of
# which any match holds).
TRIGGERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "backtick": (r"(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)`)", ("`",)),
    "escape": (r"\\(.)", ("\\",)),
    "reference": (r"(?<!\!)\[", ("[",)),
    "link": (r"(?<!\!)\[", ("[",)),
    "image_link": (r"\!\[", ("![",)),
    "image_reference": (r"\!\[", ("![",)),
    "short_reference": (r"(?<!\!)\[", ("[",)),
    "short_image_ref": (r"\!\[", ("![",)),
    "autolink": (r"<([A-Za-z][A-Za-z0-9+.-]*://[^<>]*)>", ("<",)),
    "automail": (r"<([^<> !]+@[^@<> ]+)>", ("<",)),
    "linebreak": (r"  \n", ("  \n",)),
    "html": (r"""(<(\/?+[a-zA-Z][^\s"'<>@]*+(?:\s+[^\s"'=<>]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'=<>]++))?+)*+\s*+/?"""
             r"""|!--(?:(?!<!--|-->).)*--|[?](?:(?!<[?]|[?]>).)*[?]|!\[CDATA\[(?:(?!<!\[CDATA\[|\]\]>).)*\]\])>)""",
             ("<",)),
    "entity": (r"(&(?:\#[0-9]+|\#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)", ("&",)),
    "em_strong": (r"\*|_", ("*", "_")),
}
# sha256 of `inspect.getsource(InlineProcessor._InlineProcessor__handleInline)`, Python-Markdown 3.11.3.
HANDLE_DIGEST = "fe27babc114aed0ad06af7b99ad449f4bcf2cadab8ee03065a61d3a1f85caa5b"
PRIORITY = 20  # the inline processor's own


def handle_digest() -> str:
    source = inspect.getsource(InlineProcessor._InlineProcessor__handleInline)
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def needs_of(patterns) -> list[tuple[str, ...] | None]:
    """For each pattern in order, the strings one of which its match holds, or None
    (always tried)."""
    out: list[tuple[str, ...] | None] = []
    for name in [item.name for item in sorted(patterns._priority, key=lambda item: item.priority, reverse=True)]:
        pattern, known = patterns[name], TRIGGERS.get(name)
        regex = getattr(pattern, "compiled_re", None)
        out.append(known[1] if known and regex is not None
                   and regex.pattern == known[0] else None)
    return out


class TriggeredInline(InlineProcessor):
    """Python-Markdown's inline processor, skipping the tries that cannot match."""

    _needs: list[tuple[str, ...] | None] = []

    def run(self, tree, ancestors=None):
        self._needs = needs_of(self.inlinePatterns)
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802,N803
        # Python-Markdown 3.11.3's loop, with the test before each try.
        if not isinstance(data, util.AtomicString):
            startIndex = 0  # noqa: N806
            count = len(self.inlinePatterns)
            needs = self._needs if len(self._needs) == count else [None] * count
            while patternIndex < count:
                need = needs[patternIndex]
                if need is not None:
                    for text in need:
                        if text in data:
                            break
                    else:  # none there: what a try that finds nothing gives
                        patternIndex += 1
                        startIndex = 0  # noqa: N806
                        continue
                data, matched, startIndex = self._InlineProcessor__applyPattern(  # noqa: N806
                    self.inlinePatterns[patternIndex], data, patternIndex, startIndex
                )
                if not matched:
                    patternIndex += 1
        return data


def install(md) -> bool:
    """Put TriggeredInline in place of `md`'s inline processor, when that is
    Python-Markdown's own and its loop is the one copied above."""
    try:
        fits = handle_digest() == HANDLE_DIGEST
    except (OSError, TypeError, AttributeError):
        return False
    current = md.treeprocessors["inline"] if "inline" in md.treeprocessors else None
    priority = [item.priority for item in md.treeprocessors._priority if item.name == "inline"]
    if not fits or type(current) is not InlineProcessor or priority != [PRIORITY]:
        return False
    md.treeprocessors.register(TriggeredInline(md), "inline", PRIORITY)
    return True

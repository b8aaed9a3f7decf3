"""A Python-Markdown extension: the build's generated HTML blocks go into the HTML stash
whole, as Python-Markdown's own HTML-block preprocessor would put them, but without its
HTML parser, which walks every tag (on an index page most of the conversion's time).

A block is what archive/render/listing.py fences between BLOCK_OPEN and BLOCK_CLOSE, each
a line of its own; the fences are dropped, so the page is byte for byte what it was
without them. A fence that is not closed, or indented (inside a list or an admonition),
is left to Python-Markdown as it stands. mkdocs.yml lists this module under
`markdown_extensions`.
"""
from __future__ import annotations

from markdown import Extension
from markdown.preprocessors import Preprocessor

from archive.render.listing import BLOCK_CLOSE, BLOCK_OPEN

# After NormalizeWhitespace (30), before the HTML-block preprocessor (20).
PRIORITY = 25


class StashGeneratedBlocks(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        out: list[str] = []
        held: list[str] | None = None
        for line in lines:
            if held is None:
                if line == BLOCK_OPEN:
                    held = []
                else:
                    out.append(line)
            elif line == BLOCK_CLOSE:
                # A paragraph of its own: the stash puts the block back in place of it,
                # with the line end Python-Markdown keeps after a raw block.
                out += ["", self.md.htmlStash.store("\n".join(held) + "\n"), ""]
                held = None
            else:
                held.append(line)
        if held is not None:  # never closed: the HTML parser reads it as before
            out += [BLOCK_OPEN, *held]
        return out


class GeneratedHtmlBlocks(Extension):
    def extendMarkdown(self, md) -> None:  # noqa: N802 - Python-Markdown's name
        md.preprocessors.register(StashGeneratedBlocks(md), "archive_html_blocks", PRIORITY)


def makeExtension(**kwargs) -> GeneratedHtmlBlocks:  # noqa: N802 - Python-Markdown's entry point
    return GeneratedHtmlBlocks(**kwargs)

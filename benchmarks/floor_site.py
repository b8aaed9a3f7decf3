"""The MkDocs floor (issue 17): the least any MkDocs archive of these articles must render.

The same articles as minimal Markdown pages (title and body paragraphs, from the build's
own export docs/data/articles.json.gz), no index pages, no hooks, no overrides, built by
bare MkDocs + Material with the articles kept out of the navigation (in it, the build
grows as N squared: DESIGN.md section 5). `benchmarks/scale.py` times our whole
`make site` against it.
"""
from __future__ import annotations

import html
from pathlib import Path

import yaml

from archive.render.export import read_export

CONFIG = {
    "site_name": "Floor", "docs_dir": "docs", "use_directory_urls": False,
    "theme": {"name": "material", "language": "vi", "font": False},
    "plugins": [], "nav": ["index.md"], "not_in_nav": "/articles/\n",
    "validation": {"nav": {"omitted_files": "info"}},
}


def page(title: str, paragraphs: list[str]) -> str:
    """Title and paragraphs as Markdown; text escaped as HTML, the cheapest safe form."""
    parts = [f"# {html.escape(title)}", *(html.escape(text) for text in paragraphs if text.strip())]
    return "\n\n".join(parts) + "\n"


def write_floor(docs: Path, folder: Path) -> tuple[Path, int]:
    """A floor project in `folder` from the export in `docs`: (its mkdocs.yml, pages)."""
    articles = read_export(docs)["articles"]
    docs = folder / "docs"
    (docs / "articles").mkdir(parents=True)
    (docs / "index.md").write_text("# Floor\n", encoding="utf-8")
    for number, article in enumerate(articles):
        paragraphs = [article.get("lead") or "", *(block["text"] for block in article.get("body") or [])]
        (docs / "articles" / f"{number:06d}.md").write_text(page(article["title"], paragraphs), encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text(yaml.safe_dump(CONFIG, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return config, len(articles)

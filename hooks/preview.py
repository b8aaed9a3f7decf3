"""MkDocs hook: live preview for contributors (`make serve`).

While `mkdocs serve` runs, saving a corpus file, a registry (corpus/*.yml) or a
template regenerates docs/ exactly as `build_pages.py` does (archive.cli.main),
then MkDocs rebuilds the site and the browser reloads on the edited article.

Bad input prints the build's own message (file, line, what to do) and the preview
keeps serving the last good pages: the build leaves docs/ untouched when the input
is bad. Fixing the file and saving it regenerates as usual.

Regeneration runs only when the inputs' fingerprint changed since the last attempt,
so the rebuild that the new docs/ pages trigger in turn does not regenerate again.
Outside `mkdocs serve` (`mkdocs build`, `make site`, the tests) the hook does nothing,
except let dirty builds run in strict mode (below).

`make serve` runs `mkdocs serve --dirty`: MkDocs renders only the pages whose Markdown
changed (build_pages rewrites only those), a fraction of a second instead of ~10 ms per
page for all of them; hooks/search.py keeps the search index whole. That is exact here:
a page shows nothing of another page that is not in its own Markdown (build_pages
rewrites every page whose text, lists or links change) and the nav is mkdocs.yml's.
When mkdocs.yml itself changes, every page is rendered again.
"""
from __future__ import annotations

import hashlib
import logging
import sys
import traceback
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import clean_directory

# Info only: MkDocs counts warnings and errors, and strict mode (mkdocs.yml) would
# then abort the rebuild, leaving the preview stuck. The build's errors are printed.
log = logging.getLogger("mkdocs.hooks.preview")

# What the pipeline reads, relative to the folder of mkdocs.yml (site_url, site_name).
INPUTS = ("corpus", "templates", "mkdocs.yml")
WATCHED = ("corpus", "templates")  # mkdocs serve already watches docs/ and mkdocs.yml

_state: dict = {"serving": False, "dirty": False, "fingerprint": None, "config": None}


def fingerprint(root: Path) -> str:
    """One digest of the inputs' paths and bytes: a file saved unchanged is no change."""
    digest = hashlib.sha256()
    for name in INPUTS:
        top = root / name
        files = sorted(p for p in top.rglob("*") if p.is_file()) if top.is_dir() else [top]
        for path in files:
            try:
                data = hashlib.sha256(path.read_bytes()).digest()
            except OSError:  # missing, or replaced mid-save: the next event looks again
                data = b"-"
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0" + data)
    return digest.hexdigest()


def regenerate(root: Path) -> bool:
    """docs/ from corpus/, as `build_pages.py --root <root>` does; True when it succeeded."""
    from archive.cli import main  # here: only `mkdocs serve` needs it

    try:
        ok = main(["build", "--root", str(root)]) == 0  # prints the summary, or every problem
    except Exception:  # a bug, not bad input: show it, keep serving
        traceback.print_exc()
        ok = False
    sys.stdout.flush()
    sys.stderr.flush()
    return ok


def dirty_notice(record: logging.LogRecord) -> bool:
    """MkDocs warns on every dirty build that navigation and links may be stale, and in
    strict mode (mkdocs.yml) that warning alone aborts the build. Here they are not (see
    the module's doc): the notice is logged as info."""
    if record.levelno == logging.WARNING and record.getMessage().startswith("A 'dirty' build"):
        record.levelno, record.levelname = logging.INFO, "INFO"
    return True


def on_startup(command, dirty, **kwargs):
    _state.update(serving=command == "serve", dirty=dirty, fingerprint=None, config=None)
    if dirty:
        logging.getLogger("mkdocs.commands.build").addFilter(dirty_notice)


def on_serve(server, config, builder, **kwargs):
    root = Path(config.config_file_path).parent
    for name in WATCHED:
        if (root / name).is_dir():
            server.watch(str(root / name))
    return server


def on_pre_build(config, **kwargs):
    if not _state["serving"]:
        return
    settings = Path(config.config_file_path).read_bytes()
    if _state["dirty"] and _state["config"] not in (None, settings):
        clean_directory(config.site_dir)  # nav, names, theme: on every page, render them all
    _state["config"] = settings
    root = Path(config.config_file_path).parent
    current = fingerprint(root)
    if current == _state["fingerprint"]:
        return  # docs/ changed (our own pages, or a hand-written one): MkDocs rebuilds alone
    first = _state["fingerprint"] is None
    _state["fingerprint"] = current  # before building: a save during the build counts as new
    log.info("Regenerating docs/ from corpus/ and templates/ (build_pages.py)")
    if regenerate(root):
        return
    if first and not (root / "docs" / ".generated").exists():
        raise PluginError("nothing to preview yet: fix the problems above, then run `make serve` again")
    log.info("Preview: the pages shown are the last good ones; fix the file above and save it")

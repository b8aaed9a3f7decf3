"""MkDocs hook: live preview for contributors (`make serve`).

While `mkdocs serve` runs, saving a corpus file, a registry (corpus/*.yml) or a
template regenerates docs/ exactly as `build_pages.py` does (archive.cli.main),
then MkDocs rebuilds the site and the browser reloads on the edited article.

Bad input prints the build's own message (file, line, what to do) and the preview
keeps serving the last good pages: the build leaves docs/ untouched when the input
is bad. Fixing the file and saving it regenerates as usual.

Regeneration runs only when the inputs' fingerprint changed since the last attempt,
so the rebuild that the new docs/ pages trigger in turn does not regenerate again.
Outside `mkdocs serve` (`mkdocs build`, `make site`, the tests) the hook does nothing.
"""
from __future__ import annotations

import hashlib
import logging
import sys
import traceback
from pathlib import Path

from mkdocs.exceptions import PluginError

# Info only: MkDocs counts warnings and errors, and strict mode (mkdocs.yml) would
# then abort the rebuild, leaving the preview stuck. The build's errors are printed.
log = logging.getLogger("mkdocs.hooks.preview")

# What the pipeline reads, relative to the folder of mkdocs.yml (site_url, site_name).
INPUTS = ("corpus", "templates", "mkdocs.yml")
WATCHED = ("corpus", "templates")  # mkdocs serve already watches docs/ and mkdocs.yml

_state: dict = {"serving": False, "fingerprint": None}


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
    # Imported here: hooks/search.py, listed first in mkdocs.yml, has made the archive
    # package importable even when MkDocs runs from a copy of the project's inputs.
    from archive.cli import main

    try:
        ok = main(["build", "--root", str(root)]) == 0  # prints the summary, or every problem
    except Exception:  # a bug, not bad input: show it, keep serving
        traceback.print_exc()
        ok = False
    sys.stdout.flush()
    sys.stderr.flush()
    return ok


def on_startup(command, dirty, **kwargs):
    _state["serving"] = command == "serve"
    _state["fingerprint"] = None


def on_serve(server, config, builder, **kwargs):
    root = Path(config.config_file_path).parent
    for name in WATCHED:
        if (root / name).is_dir():
            server.watch(str(root / name))
    return server


def on_pre_build(config, **kwargs):
    if not _state["serving"]:
        return
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

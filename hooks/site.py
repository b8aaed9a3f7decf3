"""MkDocs hook: what differs between the published site and the offline copy
(archive/publish.py builds both). A thin adapter; the rules live in the package."""
from __future__ import annotations

import os

from archive.publish import OFFLINE_ZIP


def _offline_enabled(config) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin and plugin.config.enabled)


def on_config(config, **kwargs):
    offline = _offline_enabled(config)
    config.extra["archive_offline"] = offline
    # The published build offers the offline copy's zip (OFFLINE_ZIP=1, archive/publish.py);
    # other builds (tests, mkdocs serve) have no zip and show no link to it.
    config.extra["archive_offline_zip"] = (
        None if offline or os.environ.get("OFFLINE_ZIP", "") in ("", "0", "false") else OFFLINE_ZIP
    )
    return config


def on_template_context(context, template_name, config, **kwargs):
    # MkDocs links the 404 page from the site root ("/assets/..."), so that it works at
    # any missing address of a server; from disk "/" is the file system's root. The
    # offline copy's 404.html sits at the copy's root: links relative to it work.
    if template_name == "404.html" and config.extra.get("archive_offline"):
        context["base_url"] = "."
    return context

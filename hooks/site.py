"""MkDocs hook: what differs between the published site and the offline copy
(archive/publish.py builds both), and the links every page carries in its footer.
A thin adapter; the rules live in the package and the templates (overrides/)."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from archive.publish import OFFLINE_ZIP, ZIP_BYTES_ENV

# docs/about.md says where the code is at this marker (an HTML comment: the Markdown
# still reads as it is without the hook).
REPOSITORY_MARK = "<!-- archive:repository -->"
NO_REPOSITORY = ("Mã nguồn và hướng dẫn đóng góp (`CONTRIBUTING.md`) nằm trong kho mã "
                 "của dự án.")


def _offline_enabled(config) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin and plugin.config.enabled)


def human_size(size: int) -> str:
    """Bytes as a Vietnamese reader writes them: "850 KB", "1,4 MB" (decimal comma)."""
    if size < 1000 * 1000:
        return f"{max(1, round(size / 1000))} KB"
    return f"{size / 1000 / 1000:.1f} MB".replace(".", ",")


def web_address(remote: str) -> str:
    """A git remote as the repository's web address, or "": https only, no credentials,
    no ".git" ("git@github.com:a/b.git" -> "https://github.com/a/b")."""
    remote = remote.strip()
    match = re.fullmatch(r"git@([\w.-]+):([\w./-]+?)(?:\.git)?/?", remote)
    if match:
        return f"https://{match[1]}/{match[2]}"
    match = re.fullmatch(r"(?:https?|ssh)://(?:[^@/]*@)?([\w.-]+)(?::\d+)?/([\w./-]+?)(?:\.git)?/?", remote)
    if match:
        return f"https://{match[1]}/{match[2]}"
    return ""


def repository_address(root: Path) -> str:
    """Where the code lives: REPO_URL, else GitHub Actions' own variables, else the
    checkout's `origin` remote; "" when none is a web address."""
    if os.environ.get("REPO_URL"):
        return web_address(os.environ["REPO_URL"])
    server, name = os.environ.get("GITHUB_SERVER_URL"), os.environ.get("GITHUB_REPOSITORY")
    if server and name:
        return web_address(f"{server}/{name}")
    try:
        out = subprocess.run(["git", "remote", "get-url", "origin"], cwd=root, capture_output=True,
                             text=True, check=False, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return ""
    return web_address(out)


def on_config(config, **kwargs):
    offline = _offline_enabled(config)
    config.extra["archive_offline"] = offline
    # The published build offers the offline copy's zip (OFFLINE_ZIP=1, archive/publish.py),
    # with its size when the zip was made first; other builds (tests, mkdocs serve) have
    # no zip and show no link to it.
    zipped = not offline and os.environ.get("OFFLINE_ZIP", "") not in ("", "0", "false")
    config.extra["archive_offline_zip"] = OFFLINE_ZIP if zipped else None
    size = os.environ.get(ZIP_BYTES_ENV, "")
    config.extra["archive_offline_zip_size"] = human_size(int(size)) if zipped and size.isdigit() else ""
    address = repository_address(Path(config.config_file_path).parent)
    config.extra["archive_repository"] = {
        "url": address, "contributing": f"{address}/blob/main/CONTRIBUTING.md",
    } if address else None
    return config


def on_page_markdown(markdown, page, config, **kwargs):
    if REPOSITORY_MARK not in markdown:
        return markdown
    repository = config.extra.get("archive_repository")
    text = (f"Mã nguồn: [{repository['url']}]({repository['url']}). Cách thêm bài viết, sửa danh mục "
            f"và gửi thay đổi: [hướng dẫn đóng góp]({repository['contributing']})."
            if repository else NO_REPOSITORY)
    return markdown.replace(REPOSITORY_MARK, text)


def on_template_context(context, template_name, config, **kwargs):
    # MkDocs links the 404 page from the site root ("/assets/..."), so that it works at
    # any missing address of a server; from disk "/" is the file system's root. The
    # offline copy's 404.html sits at the copy's root: links relative to it work.
    if template_name == "404.html" and config.extra.get("archive_offline"):
        context["base_url"] = "."
    return context

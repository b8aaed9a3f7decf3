"""MkDocs hook: the links every page carries in its footer (repository, the offline zip)
and the 404 page's links, which must work at any missing address of a server and from
disk; the theme's icons from one shared stylesheet (archive/output/icons.py). One build
serves both (archive/publish.py). A thin adapter; the rules live in the package and the
templates (overrides/)."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

from markupsafe import Markup

from archive.output.compact import compact_html
from archive.output.icons import ICONS_CSS, icon_tag, icons_css
from archive.output.palette import write_toggles
from archive.output import page_render
from archive.output.split_render import SplitRender
from archive.text.normalize import heading_anchor
from archive.publish import OFFLINE_ZIP, ZIP_SIZE_MARK, human_size, unused_theme_file  # noqa: F401  (human_size: re-exported)

# docs/about.md says where the code is at this marker (an HTML comment: the Markdown
# still reads as it is without the hook).
REPOSITORY_MARK = "<!-- archive:repository -->"
NO_REPOSITORY = ("Mã nguồn và hướng dẫn đóng góp (`CONTRIBUTING.md`) nằm trong kho mã "
                 "của dự án.")


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


def on_startup(command, dirty, **kwargs):
    # Pages rendered on both cores (archive/output/split_render.py): a full build only;
    # `serve` runs a server thread and a dirty build renders few pages.
    _split.enabled = command == "build" and not dirty


def on_nav(nav, config, files, **kwargs):
    _split.start(config, files, nav)
    return nav


def on_build_error(error, **kwargs):
    _split.abandon()


def on_config(config, **kwargs):
    # The published build offers its own tree zipped (OFFLINE_ZIP=1, archive/publish.py,
    # which writes the zip's size at the marker once the zip is made); other builds
    # (tests, mkdocs serve) have no zip and show no link to it.
    zipped = os.environ.get("OFFLINE_ZIP", "") not in ("", "0", "false")
    config.extra["archive_offline_zip"] = OFFLINE_ZIP if zipped else None
    config.extra["archive_offline_zip_size"] = ZIP_SIZE_MARK
    address = repository_address(Path(config.config_file_path).parent)
    config.extra["archive_repository"] = {
        "url": address, "contributing": f"{address}/blob/main/CONTRIBUTING.md",
    } if address else None
    # Headings' ids keep đ as d (a link to "#van-ban-duoc-nhac-den", not "#van-ban-uoc-nhac-en").
    config.mdx_configs.setdefault("toc", {})["slugify"] = heading_anchor
    # One Python-Markdown for every page, reset between them (archive/output/page_render.py);
    # MkDocs' own render if its code moved.
    page_render.install()
    return config


def on_files(files, config, **kwargs):
    for file in [f for f in files if unused_theme_file(f.src_uri)]:
        files.remove(file)
    return files


def on_page_markdown(markdown, page, config, **kwargs):
    if REPOSITORY_MARK not in markdown:
        return markdown
    repository = config.extra.get("archive_repository")
    text = (f"Mã nguồn: [{repository['url']}]({repository['url']}). Cách thêm bài viết, sửa danh mục "
            f"và gửi thay đổi: [hướng dẫn đóng góp]({repository['contributing']})."
            if repository else NO_REPOSITORY)
    return markdown.replace(REPOSITORY_MARK, text)


def site_root_path(site_url: str | None) -> str:
    """The path of the site's root on its server: "/" or "/kho-luu-tru/"."""
    path = urlsplit(site_url or "").path or "/"
    return path if path.endswith("/") else path + "/"


def on_template_context(context, template_name, config, **kwargs):
    # A server shows 404.html at any missing address, however deep; from disk it is
    # opened as the file at the tree's root. Its links are relative to that root (as on
    # every page), and overrides/404.html sets <base> to the site's root path when the
    # page is served, so the same file works both ways.
    if template_name == "404.html":
        context["base_url"] = "."
        context["archive_root_path"] = site_root_path(config.site_url)
    return context


def on_page_content(html, page, config, **kwargs):
    # MkDocs converts every page before it writes any, and holds each page's Markdown
    # source till the end; once converted it is not read again (the title comes from the
    # front matter or the render), so it goes: at 10,000 articles, hundreds of MB of the
    # build's peak memory. "" rather than None: MkDocs reads None as "not yet read".
    page.markdown = ""
    return html


def on_post_page(output, page, config, **kwargs):
    # The theme's indentation, a seventh of every page and of the zip (archive/output/compact.py).
    return compact_html(output)


# The icons the templates drew this build (name -> SVG source), for the shared stylesheet;
# those of the pages the second render process drew come back to this one.
_icons: dict[str, str] = {}
_split = SplitRender(carry={"icons": (lambda: dict(_icons), _icons.update)})


def on_env(env, config, files, **kwargs):
    # Templates call archive_icon(name) where Material includes ".icons/<name>.svg": the
    # same SVG file, found the way the include finds it (custom_dir first).
    tags: dict[str, Markup] = {}  # made once an icon, not once a page

    def archive_icon(name: str):
        if name not in tags:
            _icons[name] = env.loader.get_source(env, f".icons/{name}.svg")[0]
            tags[name] = Markup(icon_tag(name, _icons[name]))
        return tags[name]

    env.globals["archive_icon"] = archive_icon
    _drawn["icon"] = archive_icon
    return env


_drawn: dict = {}  # archive_icon of this build's environment, for on_post_build


def on_post_build(config, **kwargs):
    # Every page's chrome draws the same icons, so any build that rendered a page (a
    # dirty `mkdocs serve` rebuild too) knows them all; one that rendered none keeps
    # the stylesheet it has.
    _split.finish()
    if _icons:
        # The toggles once in the shared script, not in every page; their icons join the stylesheet's.
        write_toggles(Path(config.site_dir), config.theme.get("palette"), _drawn["icon"])
        path = Path(config.site_dir) / ICONS_CSS
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(icons_css(_icons), encoding="utf-8")

"""The command line (`python build_pages.py COMMAND`): one click command per job, each
calling one function of the package; bad input becomes exit status 1 with every
problem listed, a failed site build exit status 2.

    build    corpus/ -> docs/ (the default when no command is given)
    check    validate the corpus, print what was extracted; writes nothing
    new      a new corpus file from pasted text
    site     docs/, then the site in site/ (one render), that tree zipped inside it
    offline  docs/, then the same tree unzipped in site-offline/ (what the zip holds)
    serve    docs/, then a live preview at http://127.0.0.1:8000/
"""
from __future__ import annotations

import datetime as dt
import functools
import gc
import os
import subprocess
import sys
from pathlib import Path

import click

from archive import publish
from archive.errors import ArchiveError, Problem
from archive.git_changes import default_base
from archive.pipeline import Project, build, collect
from archive.read.draft import create, describe
from archive.registry.outlets import load_outlets
from archive.registry.registries import OUTLETS
from archive.reports import check_report, progress_printer, review_scope, summary

EXIT_BAD_INPUT = 1
EXIT_SITE_FAILED = 2
DEFAULT_ROOT = Path(__file__).resolve().parent.parent  # this checkout


def _project_options(command):
    """--root and --today, taken by every command (and by the group, for `build`)."""
    command = click.option("--root", type=click.Path(path_type=Path, file_okay=False), default=None,
                           help="Project folder (default: this checkout).")(command)
    return click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
                        help="The date after which an article date counts as 'in the future' "
                             "(default: today).")(command)


def _reports_bad_input(command):
    """Bad input: every problem on stderr, exit status 1, nothing written."""
    @functools.wraps(command)
    def run(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except ArchiveError as error:
            count = len(error.problems)
            click.echo(f"{count} problem{'s' if count > 1 else ''} found; nothing was written:", err=True)
            click.echo(str(error), err=True)
            return EXIT_BAD_INPUT
    return run


class _Context:
    def __init__(self, root: Path | None, today: dt.datetime | None):
        self.root, self.today = root, today

    def project(self, root: Path | None) -> Project:
        return Project(root or self.root or DEFAULT_ROOT)

    def date(self, today: dt.datetime | None) -> dt.date:
        chosen = today or self.today
        return chosen.date() if chosen else dt.date.today()


_NO_CACHE = click.option("--no-cache", is_flag=True,
                         help="Read every corpus file again instead of reusing .cache/archive/.")


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@_project_options
@_NO_CACHE
@click.pass_context
def cli(ctx, root, today, no_cache):
    """Turn corpus/ into the archive's pages (docs/) and site (site/).
    With no command: build."""
    ctx.obj = _Context(root, today)
    if ctx.invoked_subcommand is None:
        return ctx.invoke(build_command, no_cache=no_cache)


@cli.command("build")
@_project_options
@_NO_CACHE
@click.pass_obj
def build_command(obj: _Context, root=None, today=None, no_cache=False):
    """Write docs/ from corpus/ (only pages whose bytes changed)."""
    return _build_pages(obj, root, today, use_cache=not no_cache, keep=True)


# The last build's report, kept to the process's end: see end_without_teardown.
_KEPT: list = []


@_reports_bad_input
def _build_pages(obj: _Context, root, today, use_cache: bool = True, keep: bool = False) -> int:
    """With `keep` (the build command, which ends after this), the report is kept to the
    process's end; site and serve go on to MkDocs, and free it first."""
    # The cycle collector stays off through the summary too: on again, its first full
    # pass walked every object of the build (0.3-0.4 s at 10,000 articles) for nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        report = build(obj.project(root), obj.date(today), progress_printer(), use_cache=use_cache)
        click.echo(summary(report))
        _KEPT[:] = [report] if keep else []  # freed with the process (end_without_teardown)
        del report
    finally:
        if enabled:
            gc.enable()
    return 0


def end_without_teardown(status: int) -> None:
    """End the process with `status`, its output flushed, without freeing the build's
    objects one by one (0.3 s at 10,000 articles, each page touched again) nor
    collecting them: the kernel takes the memory back at once. For build_pages.py run
    as a command only: every file is closed and every worker joined by then."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)


@cli.command("check")
@_project_options
@click.option("--all", "every", is_flag=True, help="Report every article, not only new or changed ones.")
@click.option("--base", default=default_base, show_default="origin/main, or the pull request's target",
              help="The git ref new or changed files are compared with.")
@click.pass_obj
@_reports_bad_input
def check_command(obj: _Context, root=None, today=None, every=False, base=None):
    """Validate the corpus and registries; print what was extracted. Writes nothing."""
    project = obj.project(root)
    report = collect(project, obj.date(today), use_cache=False)  # writes nothing, not even the cache
    only, scope = review_scope(project, every, base)
    click.echo(scope)
    click.echo(check_report(report, only) or "  (none: the corpus is valid and nothing is new)")
    click.echo(summary(report))
    return 0


@cli.command("new")
@click.argument("source", required=False)
@_project_options
@click.option("--output", type=click.Path(path_type=Path, dir_okay=False),
              help="The file to create (default: corpus/<date>-<title>.txt).")
@click.option("--url", default="", help="The article's address: written as url: in the header; names the outlet.")
@click.pass_obj
@_reports_bad_input
def new_command(obj: _Context, source=None, root=None, today=None, output=None, url=""):
    """A new corpus file from pasted text (SOURCE, or standard input), with
    placeholders for what the reader could not find. Never overwrites a file."""
    project = obj.project(root)
    raw, display = _read_paste(source)
    outlets = load_outlets(project.corpus / OUTLETS, f"corpus/{OUTLETS}")
    path, found = create(raw, project.corpus, outlets, obj.date(today), display, output, url)
    shown = path.relative_to(project.root).as_posix() if path.is_relative_to(project.root) else str(path)
    click.echo(describe(shown, found))
    return 0


def _read_paste(source: str | None) -> tuple[bytes, str]:
    if source in (None, "-"):
        if sys.stdin.isatty():
            click.echo("Paste the article, then press Ctrl-D (Ctrl-Z Enter on Windows):", err=True)
        return sys.stdin.buffer.read(), "<standard input>"
    try:
        return Path(source).read_bytes(), source
    except OSError as exc:
        raise ArchiveError(Problem(source, f"cannot read it: {exc.strerror or exc}",
                                   "give the path of a saved .txt file, or pipe the text in")) from None


def _publish(obj: _Context, root, today, make) -> int:
    """docs/ first (bad input stops here), then the site."""
    project = obj.project(root)
    status = _build_pages(obj, root, today)
    if status:
        return status
    try:
        where = make(project.root)
    except publish.PublishError as error:
        click.echo(f"{error}\nthe previous site is left as it was", err=True)
        return EXIT_SITE_FAILED
    shown = where.relative_to(project.root) if where.is_relative_to(project.root) else where
    click.echo(f"{shown}/ is ready")
    return 0


@cli.command("site")
@_project_options
@click.pass_obj
def site_command(obj: _Context, root=None, today=None):
    """docs/, then the published site in site/, rendered once, with that same tree
    zipped as site/download/kho-luu-tru-offline.zip; site/ is replaced only when all
    succeeded."""
    return _publish(obj, root, today, publish.build_published)


@cli.command("offline")
@_project_options
@click.pass_obj
def offline_command(obj: _Context, root=None, today=None):
    """docs/, then the same tree as the site, unzipped in site-offline/ (what the
    offline zip holds: open site-offline/index.html from disk) and its zip in build/."""
    return _publish(obj, root, today, publish.build_offline)


@cli.command("serve")
@_project_options
@click.option("--dev-addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@click.pass_obj
def serve_command(obj: _Context, root=None, today=None, dev_addr="127.0.0.1:8000"):
    """docs/, then a live preview: saving a corpus file, a registry or
    templates/home.md regenerates the page and reloads the browser."""
    project = obj.project(root)
    status = _build_pages(obj, root, today)
    if status:
        return status
    command = publish.mkdocs_command("serve", "--dirty", "--dev-addr", dev_addr)
    return subprocess.call(command, cwd=project.root, env=publish.mkdocs_env(project.root))


def main(argv: list[str] | None = None) -> int:
    """Run a command; returns its exit status (tests call this, build_pages.py exits with it)."""
    try:
        status = cli.main(args=argv, prog_name="build_pages.py", standalone_mode=False)
    except click.exceptions.Exit as done:  # --help
        return done.exit_code
    except click.ClickException as error:
        error.show()
        return error.exit_code
    except click.Abort:
        click.echo("aborted", err=True)
        return 130
    return status or 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

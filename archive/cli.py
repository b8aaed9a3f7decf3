"""Command line: `build` (default), `check`, `new`. Maps the project's errors to exit codes."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from archive.git_changes import changed_files, default_base, ref_exists
from archive.errors import ArchiveError, Problem
from archive.read.draft import create, describe
from archive.registry.outlets import load_outlets
from archive.pipeline import BuildReport, Project, build, collect
from archive.registry.registries import DATA_FILES, OUTLETS

EXIT_BAD_INPUT = 1


def progress_printer(stream=None):
    """A progress bar on a terminal; nothing per file in CI logs (the summary says it all)."""
    stream = stream or sys.stderr  # looked up now: redirections made after import count
    if not stream.isatty():
        return None

    def show(done: int, total: int, name: str) -> None:
        width = 30
        filled = width * done // max(total, 1)
        stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[-40:]:<40}")
        if done == total:
            stream.write("\n")
        stream.flush()

    return show


def summary(report: BuildReport) -> str:
    lines = [f"articles: {len(report.articles)}",
             f"references found: {report.references}, unresolved: {report.unresolved}",
             f"documents: {len(report.site.documents)}, tags: {len(report.site.tags)}, "
             f"people: {len(report.site.people)}",
             f"warnings: {len(report.warnings)} (`build_pages.py check --all` lists them)"]
    if report.written:
        w = report.written
        lines.append(f"pages written: {w.written}, unchanged: {w.unchanged}, removed: {w.removed}")
    lines.append(f"time: {report.seconds:.2f} s")
    return "\n".join(lines)


def check_report(report: BuildReport, only: set[str] | None = None) -> str:
    """What was extracted from each article (or those in `only`), for review in a pull request."""
    out = []
    notes: dict[str, list[str]] = {}
    for note in report.warnings:
        notes.setdefault(note.file, []).append(f"\n  warning: {note.message}")
    for a in sorted(report.articles, key=lambda a: a.source_file):
        if only is not None and a.source_file not in only:
            continue
        refs = ", ".join(sorted({r.number or r.key for r in a.references})) or "-"
        out.append(f"{a.source_file}\n  title:   {a.title}\n  date:    {a.date.isoformat()} {a.time}".rstrip()
                   + f"\n  outlet:  {a.outlet}\n  author:  {a.author or '-'}\n  refs:    {refs}"
                   + f"\n  tags:    {', '.join(a.tags) or '-'}"
                   + f"\n  people:  {', '.join(p.name for p in a.people) or '-'}"
                   + "".join(notes.get(a.source_file, [])))
    return "\n".join(out)


def review_scope(args, project: Project) -> tuple[set[str] | None, str]:
    """Which articles `check` reports, and a line saying why."""
    if args.all:
        return None, "every article file (--all):"
    try:
        folder = project.corpus.resolve().relative_to(project.root.resolve()).as_posix()
    except ValueError:
        folder = None
    changed = changed_files(project.root, args.base, folder) if folder else None
    if changed is None:
        return None, "every article file (git cannot tell what changed here):"
    registries = sorted(name for name in changed if name.rsplit("/", 1)[-1] in DATA_FILES)
    if registries:
        return None, f"every article file ({', '.join(registries)} changed, so any extraction may differ):"
    if ref_exists(project.root, args.base):
        return changed, f"new or changed article files (against {args.base} and the working tree):"
    return changed, (f"new or changed article files (uncommitted and untracked only: {args.base} "
                     "not found, fetch it to compare with it):")


def new_file(args, project: Project) -> int:
    """The `new` command: stdin or a path -> a new corpus file with placeholders."""
    if args.source in (None, "-"):
        if sys.stdin.isatty():
            print("Paste the article, then press Ctrl-D (Ctrl-Z Enter on Windows):", file=sys.stderr)
        raw, display = sys.stdin.buffer.read(), "<standard input>"
    else:
        display = args.source
        try:
            raw = Path(args.source).read_bytes()
        except OSError as exc:
            raise ArchiveError(Problem(display, f"cannot read it: {exc.strerror or exc}",
                                       "give the path of a saved .txt file, or pipe the text in")) from None
    outlets = load_outlets(project.corpus / OUTLETS, f"corpus/{OUTLETS}")
    path, found = create(raw, project.corpus, outlets, args.today, display, args.output)
    shown = path.relative_to(project.root).as_posix() if path.is_relative_to(project.root) else str(path)
    print(describe(shown, found))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_pages.py", description=__doc__)
    parser.add_argument("command", nargs="?", default="build", choices=["build", "check", "new"],
                        help="build: write docs/ (default); check: validate and report, write nothing; "
                             "new: make a corpus file from pasted text")
    parser.add_argument("source", nargs="?",
                        help="new: the pasted text's file (default: standard input)")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="project folder (default: this checkout)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today(),
                        help="the date after which an article date counts as 'in the future'")
    parser.add_argument("--all", action="store_true",
                        help="check: report every article, not only new or changed ones")
    parser.add_argument("--base", default=default_base(),
                        help="check: the git ref new or changed files are compared with (default: %(default)s)")
    parser.add_argument("--no-cache", action="store_true",
                        help="build: read every corpus file again instead of reusing .cache/archive/")
    parser.add_argument("--output", type=Path,
                        help="new: the file to create (default: corpus/<date>-<title>.txt)")
    args = parser.parse_args(argv)
    if args.source is not None and args.command != "new":
        parser.error(f"unexpected argument {args.source!r} (only 'new' takes a file)")
    project = Project(args.root)
    try:
        if args.command == "new":
            return new_file(args, project)
        if args.command == "check":
            report = collect(project, args.today, use_cache=False)  # writes nothing, not even the cache
            only, scope = review_scope(args, project)
            print(scope)
            print(check_report(report, only) or "  (none: the corpus is valid and nothing is new)")
        else:
            report = build(project, args.today, progress_printer(), use_cache=not args.no_cache)
    except ArchiveError as error:
        count = len(error.problems)
        print(f"{count} problem{'s' if count > 1 else ''} found; nothing was written:", file=sys.stderr)
        print(str(error), file=sys.stderr)
        return EXIT_BAD_INPUT
    print(summary(report))
    return 0

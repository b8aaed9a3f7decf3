"""Command line: `build` (default), `check`. Maps the project's errors to exit codes."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from .errors import ArchiveError
from .pipeline import BuildReport, Project, build, collect

EXIT_BAD_INPUT = 1


def progress_printer(stream=sys.stderr):
    """A progress bar on a terminal; nothing per file in CI logs (the summary says it all)."""
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
             f"people: {len(report.site.people)}"]
    if report.written:
        w = report.written
        lines.append(f"pages written: {w.written}, unchanged: {w.unchanged}, removed: {w.removed}")
    lines.append(f"time: {report.seconds:.2f} s")
    return "\n".join(lines)


def check_report(report: BuildReport) -> str:
    """What was extracted from each article, for review in a pull request."""
    out = []
    for a in sorted(report.articles, key=lambda a: a.source_file):
        refs = ", ".join(sorted({r.number or r.key for r in a.references})) or "-"
        out.append(f"{a.source_file}\n  title:   {a.title}\n  date:    {a.date.isoformat()} {a.time}".rstrip()
                   + f"\n  outlet:  {a.outlet}\n  author:  {a.author or '-'}\n  refs:    {refs}"
                   + f"\n  tags:    {', '.join(a.tags) or '-'}"
                   + f"\n  people:  {', '.join(p.name for p in a.people) or '-'}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_pages.py", description=__doc__)
    parser.add_argument("command", nargs="?", default="build", choices=["build", "check"],
                        help="build: write docs/ (default); check: validate and report, write nothing")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent,
                        help="project folder (default: this checkout)")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=dt.date.today(),
                        help="the date after which an article date counts as 'in the future'")
    args = parser.parse_args(argv)
    project = Project(args.root)
    try:
        if args.command == "check":
            report = collect(project, args.today)
            print(check_report(report))
        else:
            report = build(project, args.today, progress_printer())
    except ArchiveError as error:
        count = len(error.problems)
        print(f"{count} problem{'s' if count > 1 else ''} found; nothing was written:", file=sys.stderr)
        print(str(error), file=sys.stderr)
        return EXIT_BAD_INPUT
    print(summary(report))
    return 0

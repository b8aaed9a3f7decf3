"""What the command line prints: the build summary, the check report, the progress bar."""
from __future__ import annotations

import sys

from archive.errors import shown
from archive.git_changes import changed_files, ref_exists
from archive.pipeline import BuildReport, Project
from archive.registry.registries import DATA_FILES


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
    out += unknown_documents(report, only)
    return shown("\n".join(out))  # a file name may hold a control character: never act on the terminal


def unknown_documents(report: BuildReport, only: set[str] | None = None) -> list[str]:
    """The cited documents corpus/documents.yml does not know, for the contributor: their
    pages say only what the articles say (no date, subject or official text) until added."""
    lines = []
    for entry in report.site.unresolved:
        files = sorted({a.source_file for a in entry.articles})
        if only is not None and not set(files) & only:
            continue
        ident = entry.identity
        known = ", ".join(x for x in (ident.issuing_body, f"khóa {ident.term}" if ident.term else "",
                                      f"year {entry.first.year}" if entry.first.year else "") if x)
        lines.append(f"  {entry.label} (page documents/{entry.key}){': ' + known if known else ''}"
                     f"\n    cited in: {', '.join(files)}")
    if not lines:
        return []
    return [f"documents not in corpus/documents.yml ({len(lines)}): their pages show only what the "
            "articles say. Add each as an entry (key, number, type, kind, issuing_body, date, term, "
            "title; summary, signer and source when checked) to give it its date, subject and official text:",
            *lines]


def review_scope(project: Project, every: bool, base: str) -> tuple[set[str] | None, str]:
    """Which articles `check` reports, and a line saying why."""
    if every:
        return None, "every article file (--all):"
    try:
        folder = project.corpus.resolve().relative_to(project.root.resolve()).as_posix()
    except ValueError:
        folder = None
    changed = changed_files(project.root, base, folder) if folder else None
    if changed is None:
        return None, "every article file (git cannot tell what changed here):"
    registries = sorted(name for name in changed if name.rsplit("/", 1)[-1] in DATA_FILES)
    if registries:
        return None, f"every article file ({', '.join(registries)} changed, so any extraction may differ):"
    if ref_exists(project.root, base):
        return changed, f"new or changed article files (against {base} and the working tree):"
    return changed, (f"new or changed article files (uncommitted and untracked only: {base} "
                     "not found, fetch it to compare with it):")

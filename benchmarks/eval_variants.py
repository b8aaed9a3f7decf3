"""`make eval-variants`: does the reader still read a paste when the same page is printed otherwise?

A metamorphic check (issue 13, conventions round 9). The reader scores 99% on its dev set and less
on each fresh set: its rules fit the shapes seen. Here every dev paste the reader reads right today
is reprinted the ways other Vietnamese sites print the same facts (benchmarks/variants.py: the
byline in capitals or proper case, under a label, with a unit after it, followed by the page's
furniture, moved between the head and the end; chrome above the headline, the headline in
capitals; the date line in other forms of the same day), and read again. A variant is right when
every field the paste had right is still right: the title as printed after the transform, the
labelled date, the labelled name(s) with none invented. Figures per transformation: eligible
pastes, still right, rate. Nothing random: every eligible paste gets every transformation.

    python -m benchmarks.eval_variants [folder] [--verbose [--show]] [--stride N] [--only TEXT]
"""
from __future__ import annotations

import argparse
import dataclasses
import sys
from pathlib import Path

import yaml

from archive.read.reader import decode, read_text
from archive.registry.registries import load_registries
from archive.text.normalize import clean_text
from benchmarks.eval_reader import ROOT, TODAY, authors
from benchmarks.transforms import TRANSFORMS
from benchmarks.variants import Variant, find_spots, label_date, squash, text_end

DEVSET = ROOT / "tests" / "fixtures" / "reader_devset"


@dataclasses.dataclass
class Rate:
    name: str
    eligible: int = 0
    right: int = 0
    invented: int = 0  # variants read with a name that is not one to read
    misdated: int = 0  # variants read with a date that is not the one to read (the label's, or none)
    failing: list[str] = dataclasses.field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.right / self.eligible if self.eligible else 1.0


@dataclasses.dataclass
class Right:
    """Which of a reading's fields match what is expected."""
    title: bool
    date: bool
    bylines: bool


def judge(fields: dict, title: str, label: dict, names: list[str] | None = None) -> Right:
    names = [squash(b) for b in (label.get("bylines") or [] if names is None else names)]
    given = authors(fields.get("author", ""))
    return Right(title=squash(fields.get("title")) == squash(title),
                 date=fields.get("date") == label_date(label),
                 bylines=all(n in given for n in names) and all(g in names for g in given))


def still_right(before: Right, after: Right, variant: Variant) -> bool:
    return ((not before.title or after.title) and (not before.bylines or after.bylines)
            and (not before.date or not variant.check_date or after.date))


def _read(lines: list[str], name: str, registries) -> dict:
    return read_text("\n".join(lines), name, registries.outlets, TODAY).fields


def _shown(file: str, fields: dict, variant: Variant, label: dict) -> str:
    """A failure with what was read against what was expected (--show)."""
    return (f"{file}: title {squash(fields.get('title'))!r} (want {squash(variant.title)!r}); "
            f"date {fields.get('date')} (want {label_date(label)}); author {fields.get('author', '')!r}")


def evaluate(folder: Path = DEVSET, stride: int = 1, only: tuple[str, ...] = (),
             show: bool = False) -> list[Rate]:
    registries = load_registries(ROOT / "corpus")
    labels = yaml.safe_load((folder / "labels.yml").read_text(encoding="utf-8")) or {}
    names = sorted(labels)[::stride]
    rates = {name: Rate(name) for name in TRANSFORMS if not only or name in only}
    for file in names:
        label = labels[file]
        lines = clean_text(decode((folder / file).read_bytes(), file)).split("\n")
        reading = read_text("\n".join(lines), file, registries.outlets, TODAY)
        before = judge(reading.fields, label["title"], label)
        if not before.title:
            continue  # a paste read wrongly today says nothing about its variants
        spots = find_spots(lines, label, text_end(lines, reading.fields))
        for name, rate in rates.items():
            variant = TRANSFORMS[name](lines, spots, label)
            if variant is None:
                continue
            rate.eligible += 1
            fields = _read(variant.lines, file, registries)
            after = judge(fields, variant.title, label, variant.bylines)
            expected = [squash(b) for b in (label.get("bylines") or [] if variant.bylines is None else variant.bylines)]
            rate.invented += any(g not in expected for g in authors(fields.get("author", "")))
            rate.misdated += bool(variant.check_date and before.date and not after.date)
            if still_right(before, after, variant):
                rate.right += 1
            else:
                rate.failing.append(_shown(file, fields, variant, label) if show else file)
    return list(rates.values())


def report(rates: list[Rate], verbose: bool = False) -> str:
    lines = [f"  {'transformation':42s} eligible  right    rate  invented  misdated"]
    for r in rates:
        lines.append(f"  {r.name:42s} {r.eligible:8d} {r.right:6d}  {r.rate:6.1%}  {r.invented:8d}  {r.misdated:8d}")
        if verbose and r.failing:
            lines += [f"      - {name}" for name in r.failing]
    eligible, right = sum(r.eligible for r in rates), sum(r.right for r in rates)
    invented, misdated = sum(r.invented for r in rates), sum(r.misdated for r in rates)
    lines.append(f"  {'all':42s} {eligible:8d} {right:6d}  {right / (eligible or 1):6.1%}  {invented:8d}  {misdated:8d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="eval_variants", description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEVSET)
    parser.add_argument("--verbose", "-v", action="store_true", help="list the failing pastes per transformation")
    parser.add_argument("--stride", type=int, default=1, help="every Nth paste only (a quick look)")
    parser.add_argument("--show", action="store_true", help="with --verbose: what each failure read, and what it should")
    parser.add_argument("--only", default="", help="transformations whose name holds this text only")
    args = parser.parse_args(argv)
    only = tuple(name for name in TRANSFORMS if args.only and args.only in name)
    print(f"{args.folder.name}: the reader on pastes reprinted as other sites print them")
    print(report(evaluate(args.folder, args.stride, only, args.show), args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Every real paste the project holds, mangled the ways a contributor's keyboard or a site's
CSS mangles text, is read and enriched in time and without a crash (issue 16: a paste never
hangs the build).

A paste typed without Vietnamese input loses its tone marks ("nguyen Bi thu Tinh uy" for
"nguyên Bí thư Tỉnh ủy"): the role walk once looped for ever on such a line (dev paste 003
with its marks stripped hung `extract`). The same pastes in capitals, in small letters and
with commas between words take the matchers down paths the real pastes do not.
"""
from __future__ import annotations

import datetime as dt
import signal
import unicodedata
from pathlib import Path

import pytest

from archive.extraction import extract
from archive.registry.registries import load_registries

ROOT = Path(__file__).resolve().parent.parent
PASTES = sorted((ROOT / "tests" / "fixtures" / "reader_devset").glob("*.txt")) + sorted((ROOT / "corpus").glob("*.txt"))
SECONDS = 10  # one paste reads in milliseconds; ten seconds is a hang, not a slow machine


def without_tone_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")


def with_commas(text: str) -> str:
    return text.replace(" ", ", ", 50)


MANGLES = {"no tone marks": without_tone_marks, "capitals": str.upper, "small letters": str.lower,
           "commas": with_commas}


def _body_mangled(text: str, mangle) -> str:
    """The paste with its body mangled and its YAML header (the contributor's facts) kept."""
    if text.startswith("---\n") and "\n---\n" in text[4:]:
        head, _, body = text[4:].partition("\n---\n")
        return f"---\n{head}\n---\n{mangle(body)}"
    return mangle(text)


class _Hung(Exception):
    pass


def _hung(signum, frame):
    raise _Hung()


@pytest.mark.slow
@pytest.mark.parametrize("name", MANGLES)
def test_every_mangled_paste_is_read_in_time(name, tmp_path):
    registries = load_registries(ROOT / "corpus")
    mangle = MANGLES[name]
    hung, crashed = [], []
    previous = signal.signal(signal.SIGALRM, _hung)
    try:
        for paste in PASTES:
            copy = tmp_path / paste.name
            copy.write_text(_body_mangled(paste.read_text(encoding="utf-8"), mangle), encoding="utf-8")
            signal.alarm(SECONDS)
            try:
                extract(copy, f"corpus/{paste.name}", registries, dt.date(2026, 12, 2))
            except _Hung:
                hung.append(paste.name)
            except Exception as error:  # a crash is a finding too: the build must name the file, not die
                crashed.append(f"{paste.name}: {error!r}")
            finally:
                signal.alarm(0)
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert len(PASTES) > 1000
    assert hung == [], f"{name}: reading did not end within {SECONDS} s"
    assert crashed == [], f"{name}: {crashed[:5]}"

"""The project's own error type: every problem names the file, the line and what to do."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, phrased for the contributor who must fix it."""

    file: str  # path as the contributor knows it ("corpus/000_x.txt")
    message: str  # what is wrong
    hint: str = ""  # what to do about it
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.message}"
        return shown(f"{text}\n    -> {self.hint}" if self.hint else text)


def shown(text: str) -> str:
    """`text` safe for a terminal or CI log: a control, bidi or invisible character
    (a file name may hold one) is written as \\uXXXX instead of acting on the screen."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() or c == "\n" else f"\\u{ord(c):04x}" for c in text)


class ArchiveError(Exception):
    """Raised for bad input. Carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem] | Problem):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def nearest(word: str, choices, cutoff: float = 0.6) -> str:
    """The closest known spelling, for "did you mean" hints; "" when none is close."""
    import difflib

    found = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    return found[0] if found else ""

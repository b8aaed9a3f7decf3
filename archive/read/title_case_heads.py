"""A headline in title case printed over three lines or more under a section's label (round 41).

Some community sites set a long headline in a narrow box, one fragment a line with blank lines
between: "Sinh Hoạt Cộng Đồng:" / "Tân Hội Đồng Đại Diện ..." / "Houston & VPC Nhiệm Kỳ 2020-2023" /
"Ra Mắt Đồng Hương". Read apart, each fragment is a candidate and the last, short one wins. Under a
label ending with ":" at the top, three or four lines in a row (blank lines only between them), each
a fragment of three words or more in title case (every word opens with a capital or a digit) with no
final punctuation, are the headline's lines and are joined with a space. A headline over its sapo
(a sentence in small letters), a kicker over a headline (two lines), menu items (a word or two) and
a line that goes on in title case after the fourth stay as they are. A person's name under the
fragments is the byline and ends them.
"""
from __future__ import annotations

from archive.read.bylines import parse_byline

Line = tuple[int, str]  # (1-based file line, text)

_HEAD_TEXT_LINES = 3  # the label stands among the first text lines
_MIN_PARTS, _MAX_PARTS = 3, 4
_MIN_WORDS, _MAX_WORDS = 3, 10  # a fragment's words: no menu item, no sentence
_LABEL_WORDS = 5
_END_MARKS = ".!?:;,…"


def join_title_case_head(lines: list[Line]) -> list[Line]:
    """`lines` with a title-case headline's fragments under a label joined on the first fragment's line."""
    texts = [at for at, (_, text) in enumerate(lines) if text.strip()]
    for place, at in enumerate(texts[:_HEAD_TEXT_LINES]):
        label = lines[at][1].strip()
        if not label.endswith(":") or len(label.split()) > _LABEL_WORDS:
            continue
        parts = []
        for following in texts[place + 1:place + 1 + _MAX_PARTS]:
            if not _fragment(lines[following][1]) or len(parts) >= _MIN_PARTS and _a_name(lines[following][1]):
                break  # the writer's name under the headline's lines ends them
            parts.append(following)
        if not _MIN_PARTS <= len(parts) <= _MAX_PARTS:
            return lines
        after = lines[texts[place + len(parts) + 1]][1] if place + len(parts) + 1 < len(texts) else ""
        if after and _fragment(after) and not _a_name(after):
            return lines  # more title case follows: a list, not one headline
        joined = (lines[parts[0]][0], " ".join(lines[p][1].strip() for p in parts))
        return lines[:parts[0]] + [joined] + lines[parts[-1] + 1:]
    return lines


def _fragment(text: str) -> bool:
    """A line of a headline in title case: three words or more, each opening with a capital or a digit
    ("&" and dashes between), and no final punctuation."""
    words = text.split()
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or text.rstrip()[-1] in _END_MARKS:
        return False
    return all(word[0].isupper() or word[0].isdigit() or not word[0].isalnum() for word in words) \
        and sum(word[0].isalpha() for word in words) >= 2


def _a_name(text: str) -> bool:
    """A person's name alone on the line: the byline under the headline."""
    names = parse_byline(text.strip())
    return len(names) == 1 and names[0] == text.strip()

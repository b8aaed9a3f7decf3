"""A labelled publication date after the text (conventions round 12).

Some portals print no date line under the headline and give the day after the text instead, under
a label that says what the day is: "Ngày đăng: 23/11/2017", "Đăng ngày 23/11/2017", "Cập nhật lúc
08:15 ngày 23/11/2017", "Ngày cập nhật: 23/11/2017 08:15". Read when the head has no date line. The
line must hold the label, the day and its time only (a sentence naming a day is the event's), and be
the only such line after the title: a related list prints one under each of its headlines, and then
none of them is surely the page's.
"""
from __future__ import annotations

import re

from archive.text.dates import CLOCK_PATTERN, DATE_PATTERN, ISO_PATTERN

Line = tuple[int, str]

# Narrower than text/date_labels.label_pattern on purpose: a date printed after the text is read only
# under a label that names the day itself, never a bare "đăng" (nor the misspelt "cập nhập").
# Round 73: a journal's issue prints "Phát hành ngày" ("released on"), "Ngày phát hành".
_LABEL = (r"(?:ngày\s+(?:đăng|cập\s+nhật|xuất\s+bản|phát\s+hành)|đăng\s+(?:ngày|lúc)|cập\s+nhật(?:\s+(?:lúc|ngày))?"
          r"|xuất\s+bản|phát\s+hành\s+ngày)")
# Round 17: the same labels typed without marks ("Ngay dang:", "Cap nhat luc"), as some sites print them.
_BARE_LABEL = (r"(?:ngay\s+(?:dang|cap\s+nhat|xuat\s+ban|phat\s+hanh)|dang\s+(?:ngay|luc)|cap\s+nhat(?:\s+(?:luc|ngay))?"
               r"|xuat\s+ban|phat\s+hanh\s+ngay)")
_CLOCK = rf"(?:(?:lúc\s+|luc\s+)?{CLOCK_PATTERN}(?:\s*(?:AM|PM|SA|CH))?)"
_DAY = rf"(?:{DATE_PATTERN}|{ISO_PATTERN})"  # "2023-11-06" too, as content systems print a field's day (round 73)
_POSTED = re.compile(rf"\s*[(\[]?\s*(?:{_LABEL}|{_BARE_LABEL})\s*:?\s*(?:{_CLOCK}\s*[,|-]?\s*)?(?:ngày\s+|ngay\s+)?{_DAY}"
                     rf"(?:\s*[,|-]?\s*{_CLOCK})?\s*[)\]]?\s*", re.IGNORECASE)


# Round 73: the label alone on its line, the day on the next ("Phát hành ngày" / "2023-11-06"), as a page's
# table of fields prints them when the copy keeps each cell's break.
_LABEL_ALONE = re.compile(rf"\s*(?:{_LABEL}|{_BARE_LABEL})\s*:?\s*", re.IGNORECASE)
_DAY_ALONE = re.compile(rf"\s*{_DAY}(?:\s*[,|-]?\s*{_CLOCK})?\s*", re.IGNORECASE)


_LABEL_FIRST = "NnĐđDdCcXxPp"  # the letters a label opens with: a cheap gate before the patterns


def posted_date(lines: list[Line], after: int) -> tuple[int, int, str] | None:
    """(index, file line, text) of the one labelled date line after the line numbered `after` (the
    title's, in the file), or None. A label alone over its day reads as one line (its day's index)."""
    found = [(i, number, text.strip()) for i, (number, text) in enumerate(lines)
             if number > after and text[:1] in _LABEL_FIRST + "([ " and _POSTED.fullmatch(text)]
    found += [(i + 1, lines[i + 1][0], f"{text.strip()} {lines[i + 1][1].strip()}")
              for i, (number, text) in enumerate(lines[:-1])
              if number > after and text[:1] in _LABEL_FIRST and _LABEL_ALONE.fullmatch(text)
              and _DAY_ALONE.fullmatch(lines[i + 1][1])]
    return found[0] if len(found) == 1 else None

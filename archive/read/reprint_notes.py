"""Writers named only in a reprint note (issue 13, round 75).

A site reposting a journal's article may credit its writers in one sentence, bracketed or not, under the
headline or at the end: "{Bài viết đăng trên Tạp chí Kế toán và Kiểm toán, số 210, Tháng 3/2021 của TS. A
và TS. B – Khoa Kế toán, Trường Đại học X}", "(Bài đăng trên Tạp chí Y số 5-2020 của tác giả Z)". The
note says where the article first ran and who wrote it: the names after "của" ("of"), with their degrees,
up to a dash and their unit, are its writers. The note stays in the text (it credits the journal); only a
note that opens as one ("Bài viết đăng trên", "Bài đã đăng tại", "Bài được in trong"; "Bài viết của TS. A
đăng trên ...", the writers first) is read, and every part after "của" must be a person's name, so "... của
Bộ Tài chính" names no writer.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from archive.text.normalize import fold

# The note's opening, folded: "Bài viết đăng trên", "Bài đã đăng tại", "Bài báo được in trong", brackets maybe.
_NOTE = re.compile(r"[\s({\[]*(?:bai(?: viet| bao)?|tac pham)\s+(?:duoc\s+|da\s+)?(?:dang|in|dang tai)\s+"
                   r"(?:tren|tai|trong|o)\s")
# Before the writers: "của", maybe "(các|nhóm) tác giả"; folded.
_OF = re.compile(r"\s+cua\s+(?:(?:cac|nhom)\s+)?(?:tac gia\s+)?")
# The other order: "Bài viết của TS. A đăng trên Tạp chí Y ...": the writers, then where it ran.
_NOTE_OF = re.compile(r"[\s({\[]*bai(?: viet| bao)?" + _OF.pattern)
_RAN = re.compile(r",?\s+(?:duoc\s+|da\s+)?(?:dang|in|dang tai)\s+(?:tren|tai|trong|o)\s")
_LONGEST = 400  # a note is one sentence
_NEAR = 3  # a note stands over or under the lead, or among the last lines


def reprint_writers(text: str, names_of: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """The writers a reprint note on the line `text` names, each as `names_of` reads a byline; ()
    when the line is no such note or names no person after "của"."""
    if len(text) > _LONGEST:
        return ()
    folded = fold(text)
    if len(folded) != len(text):
        return ()  # offsets must agree to cut the original at the folded "của"
    if (first := _NOTE_OF.match(folded)) and (ran := _RAN.search(folded, first.end())):
        return names_of(" ".join(text[first.end():ran.start()].split()))
    of = _OF.search(folded) if _NOTE.match(folded) else None
    if of is None:
        return ()
    return names_of(" ".join(text[of.end():].split()).rstrip(" .}])"))


def note_writers(head: list[str], lead: str, rest: list[str],
                 names_of: Callable[[str], tuple[str, ...]]) -> tuple[str, ...]:
    """The writers a reprint note names between the headline and the lead (`head`), as the lead, among the
    first lines under it or among the last lines."""
    for text in [*head, lead, *rest[:_NEAR], *rest[-_NEAR:]]:
        if found := reprint_writers(text, names_of):
            return found
    return ()

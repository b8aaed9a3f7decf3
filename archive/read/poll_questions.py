"""A poll box with no button above the article (issue 13, round 38): its label ("Thăm dò ý kiến",
"Bình chọn", "Khảo sát", "Ý kiến bạn đọc"), its question ("Theo bạn ... thế nào ?", maybe behind a
bullet, the first answer glued after the mark as a flattened copy prints it), then the answers, one to
a line ("Dễ sử dụng", "Hữu ích"). furniture.poll_lines ends a poll at its button ("Bình chọn", "Xem kết
quả"); a copy may lose the buttons, and the question and its first answer then stood as the headline.

A poll only when the question is answered: two answers or more, at least one on its own line. A
headline asking a question under a section's label ("Ý kiến bạn đọc" / "Có nên ...?") has a date line,
a byline or the lead under it, not a run of short answers. An answer is a few words, no figure, no
stop, not in capitals (a headline in capitals, a counter's label end the run).
"""
from __future__ import annotations

import re

_LABEL = re.compile(r"(?:(?:tham do|khao sat|binh chon)(?: y kien)?(?: ban doc| truc tuyen)?|y kien ban doc)\s?:?")
_MARKS = " •·◦▪●○■□►▸»›◆◇♦-–*+"  # a bullet or a radio button before a question or an answer
_QUESTION_WORDS = 30  # a poll's question is a sentence; more is the text
_ANSWER_WORDS = 5
_ANSWERS = 8
_STOPS = tuple(".!?…:;")


def asked_poll(lines: list[tuple[int, str]], texts: list[str]) -> set[int]:
    """Indexes of the poll whose label is the first of `lines` (index, folded text): the label, the
    question and its answers; an empty set when no answered question stands under the label."""
    if len(lines) < 3 or not _LABEL.fullmatch(lines[0][1]):
        return set()
    question = lines[1][1].strip(_MARKS)
    asked, mark, glued = question.partition("?")
    if not mark or not 3 <= len(asked.split()) <= _QUESTION_WORDS:
        return set()
    answers = [i for i, _ in _answers(lines[2:2 + _ANSWERS], texts)]
    if not answers or len(answers) + bool(glued.strip()) < 2:
        return set()
    return {lines[0][0], lines[1][0], *answers}


def _answers(lines: list[tuple[int, str]], texts: list[str]):
    for i, folded in lines:
        text = texts[i].strip(_MARKS)
        if not text or len(text.split()) > _ANSWER_WORDS or text.isupper() or text.endswith(_STOPS) \
                or "?" in text or any(ch.isdigit() for ch in text):
            return
        yield i, folded

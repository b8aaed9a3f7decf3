"""A sentence's last words wrapped onto a line of their own (issue 13, round 78).

A paste hard-wrapped at a column can leave a sentence's last word or two alone on the next line, with the
sentence's full stop: "... 129 đại biểu ... đã về tham dự" / "Đại hội.", "... Bằng khen của Đảng ủy Khối
Nội chính" / "Trung ương.". Read alone, such a line looks like a writer signing with a stop ("Thu Hà.").
A signature stands under a closed paragraph or a headline ("Minh hiếu." under a headline with no mark), or
apart from it; a line closed by a full stop, of a name's few words, right under a paragraph's length of
prose (more words than a headline holds) that ends on a word with no mark ends that line's sentence, and
names no writer. (The line above may be the wrapped lines already joined, so the file lines between them
are no test.) Not asked of a writer's own field ("Tác giả: X."), nor of a line in brackets.
"""
from __future__ import annotations

from archive.read import names as vocab
from archive.read.line_sizes import END_PUNCT
from archive.read.prose import PROSE_WORDS
from archive.text.normalize import fold

_END_WORDS = 4  # the wrapped words, at most: a name's length


def sentence_end_wrapped(above: str, text: str) -> bool:
    """`text` ("Đại hội.") closes the sentence that `above`, the text's line over it, leaves open."""
    text, over = text.strip(), above.rstrip()
    if not text.endswith(".") or text.endswith("..") or len(text.split()) > _END_WORDS or ":" in text \
            or text.startswith(("(", "[")):
        return False
    return bool(over) and over[-1].isalnum() and not over.endswith(END_PUNCT) and len(over.split()) >= PROSE_WORDS


# A writer's title in words ("Mục sư", "Tiến sĩ", "Nhà báo"), folded, as names.PREFIXES holds them.
_OWN_WORDS = 3  # the words before the title on its line: fewer are a label's ("Bài: Mục sư")
_TITLES_IN_WORDS = tuple(f" {title}" for title in sorted(
    (p for p in vocab.PREFIXES if " " in p and "," not in p and "." not in p), key=len, reverse=True))


def title_runs_on(above: str) -> bool:
    """`above` ends on a writer's title after words of its own ("Lịch sử 100 năm Tin Lành Việt Nam (1/4) - Mục sư",
    round 119): a hard-wrapped line whose name runs on to the next, so the name there stands in that line (a credit
    in a headline, or a sentence's), no byline of its own. A title alone on its line over the name is a byline's, and
    so is one after a label's two words ("Bài: Mục sư"): three words of its own at least."""
    folded = " ".join(fold(above).split())
    title = next((t for t in _TITLES_IN_WORDS if folded.endswith(t)), "")
    return bool(title) and len(folded.split()) >= len(title.split()) + _OWN_WORDS

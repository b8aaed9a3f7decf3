"""A story's title printed again under its headline, in a name's shape, over a text the address signs (round 101).

A literary site heads a story with its title and its series ("Hắt-Hiu -- Chuyện Trên Đồi Mai"), prints the title
again alone under it ("Hắt Hiu"), signs the text with the writer's full name on a line of its own ("Nguyễn Quốc
Tuyên", a long footer of the site's aims and coordinators under it) and makes its address of both
(".../17587-ctdm-hat-hiu-nguyen-quoc-tuyen"). The title's two capitalised words read as a pen name in the writer's
slot under the headline, and were taken for the writer. The head's names are the title printed again when the headline
opens with their words and none has a surname at either end; the writer is then a line of the text that is only a
full name (three words or more, a surname at one end) the address's slug spells, word for word in a row. A pen name
under the headline over a text no such line signs stays the writer (round 86 reads one opening the headline).
"""
from __future__ import annotations

from archive.read.person_names import full_name, has_surname, person_name
from archive.read.slugs import slug_sequence
from archive.text.normalize import folded_words

Line = tuple[int, str]

def title_echo(names: tuple[str, ...], title: Line | None) -> bool:
    """Whether the head's `names` are the headline's opening words printed again, no surname among them."""
    if not title or not names:
        return False
    opening = folded_words(title[1])
    return all(not has_surname(name) and folded_words(name) == opening[:len(folded_words(name))] for name in names)


def slug_signature(rest: list[Line], url: str) -> Line | None:
    """The line of `rest` that is only a full name the address's slug spells in a row, or None."""
    slug = slug_sequence(url)
    if not slug:
        return None
    for line in rest:
        text = " ".join(line[1].split())
        if full_name(text) and person_name(text) == text and _in_a_row(folded_words(text), slug):
            return line
    return None


def _in_a_row(words: list[str], slug: list[str]) -> bool:
    return any(slug[at:at + len(words)] == words for at in range(len(slug) - len(words) + 1))

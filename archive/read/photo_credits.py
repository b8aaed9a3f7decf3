"""A photo's credit or caption ("Ảnh: Minh Hà", "(Ảnh minh họa: X)", "Nguồn ảnh: ...", "Photo: ..."): it names
whose photo it is or what it shows, never the writer, and is no headline; its vocabulary, once.

The label is read with its tone ("Ảnh", never "Anh", a pronoun or England's name) in either case ("ẢNH"); a
colon closes it. What callers ask of it:
- `photo_labelled`: the line opens with the label, whatever follows ("Ảnh: Minh Hà", "Hình ảnh: Lễ khai mạc ...");
- `photo_credit`: a short credit alone on its line, a few words after the label ("Ảnh: Hoàng Long",
  "(Ảnh minh họa: TTXVN)"): the photographer's, or the photo's source;
- `photo_caption`: a caption with its words after the label ("Ảnh: Đồng chí X phát biểu tại hội nghị");
- `photo_credit_end`: a short credit closing a line of text ("... thu hoạch mận (Ảnh: Minh Hà)", ". Ảnh: TTXVN",
  "- Ảnh minh họa"), set apart by a bracket, a mark or a space, its label with a capital as a credit opens ("...
  triển lãm ảnh: ..." is the line's own words); "Ảnh minh họa" (an illustration's note) needs no colon, nor a
  copyright's mark ("... © AFP"). It weighs
  a headline's candidate down (title_weights.py);
- `photo_label_end`: a line closing on the label and its colon, the credit's words cut onto the next line;
- `photo_caption_end`: the same of any length, and in brackets with its label in small letters too ("...
  (ảnh: Lê Minh)"): it makes a body line a caption (blocks.py).
"""
from __future__ import annotations

import re

_ILLUSTRATION = r"ảnh minh h(?:ọa|oạ)"  # "Ảnh minh họa", "Ảnh minh hoạ": the photo illustrates, no one took it here
_LABEL = rf"(?:{_ILLUSTRATION}|hình ảnh|nguồn ảnh|ảnh|photo)"
_OPENING = re.compile(rf"\(?{_LABEL}\s*:\s*(?P<words>.*)", re.IGNORECASE)
_CREDIT_WORDS = 6  # a credit names a photographer or a source: at most this many words after its label
_CAPTION_WORDS = 4  # a caption says what the photo shows: at least this many
_END_REACH = 40  # how long a credit closing a line may run after its label, in characters
_END = re.compile(rf"(?:(?P<bracket>\(\s*)|[.,;–—-]\s*|\s)(?:(?P<label>{_LABEL})\s*:\s*(?P<words>[^():]{{2,}}?)"
                  rf"|{_ILLUSTRATION})\)?\s*$", re.IGNORECASE)


# A line closing on a photo's label and its colon, its words under it: "... cán bộ kế cận. Ảnh:", "... 1.000ha. (Ảnh:".
_LABEL_CLOSING = re.compile(rf"(?:^|[\s.,;–—-])(?:\(\s*(?i:{_LABEL})|(?=[ẢHNP])(?i:{_LABEL}))\s*:\s*$")


def photo_label_end(line: str) -> bool:
    """The line closes on a photo's label and its colon, with a capital or after a bracket (round 83): the credit's
    words were cut onto the next line ("... kế cận. Ảnh:" / "Trần Tuấn."), whom they name took the photo."""
    return bool(_LABEL_CLOSING.search(line.rstrip()))


def _words_after_label(line: str) -> list[str] | None:
    """The words after a photo's label and its colon opening the line (a bracket may open it); None with no label."""
    found = _OPENING.fullmatch(line.strip())
    return found.group("words").split() if found else None


def photo_labelled(line: str) -> bool:
    """The line opens with a photo's label and its colon, something after it."""
    return bool(_words_after_label(line))


def photo_credit(line: str) -> bool:
    """"Ảnh: Hoàng Long", "(Ảnh minh họa: TTXVN)": a photo's credit alone on its line, a few words after the label."""
    words = _words_after_label(line)
    return bool(words) and len(words) <= _CREDIT_WORDS


def photo_caption(line: str) -> bool:
    """"Ảnh: Đồng chí X phát biểu tại hội nghị": a photo's caption under its label, in words."""
    words = _words_after_label(line)
    return words is not None and len(words) >= _CAPTION_WORDS


def photo_credit_end(line: str) -> bool:
    """A photo's short credit closing the line ("... (Ảnh: Minh Hà)", ". Ảnh: TTXVN", "- Ảnh minh họa"), its label
    with a capital."""
    return _end(line, _END_REACH, small_in_brackets=False)


def photo_caption_end(line: str) -> bool:
    """A photo's credit or caption of any length closing the line; in brackets its label may be in small letters
    ("... (ảnh: Lê Minh)")."""
    return _end(line, None, small_in_brackets=True)


# A photo's copyright closing its caption: "... Lê Trí Anh (Jimmy Lai) © AFP", "... ©Reuters" (round 84).
_COPYRIGHT = re.compile(r"\s©\s*[^\s©][^©]{0,40}$")


def _end(line: str, reach: int | None, small_in_brackets: bool) -> bool:
    if _COPYRIGHT.search(line.rstrip()):
        return True
    found = _END.search(line)
    if not found or found.group("label") is None:
        return bool(found)
    set_apart = small_in_brackets and found.group("bracket") is not None or found.group("label")[:1].isupper()
    return set_apart and (reach is None or len(found.group("words")) <= reach)

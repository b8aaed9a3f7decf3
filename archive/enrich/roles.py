"""People in a passage: the roles written around a name, and new names found
only where a role anchors them.

Vietnamese news names people after a chain of roles ("Ủy viên Bộ Chính trị, Bí
thư Thành ủy Hà Nội Hoàng Trung Hải") or before appositive roles ("Phạm Minh
Chính, Ủy viên Bộ Chính trị, ..."). A role is a run of title words that starts
with a role head ("Bí thư", "Trưởng Ban", "Ủy viên"...). Precision matters more
than recall: a name not in the registry is taken only when a role or "đồng chí"
stands right before it, it has 3-4 capitalised syllables starting with a common
surname, it overlaps no known entity, and the split between role and name is
unambiguous.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import itemgetter

from archive.text.phrases import LOWER_CLASS, UPPER_CLASS, Token, tokenize
from archive.text.spans import Spans
from archive.text.surnames import is_surname

# Role heads, folded, as word sequences. "nguyên" (former) may precede any head.
ROLE_HEADS = tuple(tuple(head.split()) for head in (
    "uy vien", "bi thu", "pho bi thu", "tong bi thu", "truong ban", "pho truong ban",
    "chu tich", "pho chu tich", "chu nhiem", "pho chu nhiem", "thu tuong", "pho thu tuong",
    "bo truong", "thu truong", "giam doc", "pho giam doc", "chanh van phong",
    "pho chanh van phong", "tong thu ky", "vu truong", "pho vu truong", "chanh an", "vien truong",
    "dai bieu quoc hoi", "dai tuong", "thuong tuong", "trung tuong", "thieu tuong",
    "gs ts", "pgs ts", "gs", "pgs", "ts", "ths",
))
FORMER = "nguyen"
# Lower-case words that may stand inside a role ("Phó trưởng Ban", "Chủ tịch HĐND
# thành phố"); compared as written (lower-cased) so "đang" is not "đảng".
ROLE_WORDS = frozenset("""
    viên thư tịch trưởng phó thường trực vụ ban ủy uỷ đảng thành phố tỉnh huyện quận xã phường
    thị nhân dân đại biểu tổ chức kiểm tra chỉ đạo công tác nguyên hội đồng lý luận chính trị
    trung ương bộ quốc nhiệm văn phòng tuyên giáo vận nội khối cơ quan đoàn an ninh trình
""".split())
COMRADE = ("dong", "chi")
# Capitalised words that are never part of a person's name.
NOT_NAME = frozenset("Đảng Ban Bộ Ủy Uỷ Nghị Trình Hoạch Kế Án Ngành Khối Tỉnh Huyện Quận Phủ "
                     "Ngày Tháng".split())
_ROLE_GAP = re.compile(r"^(?: |\.| - |-)$")  # "Bí thư Thành ủy", "GS.TS", "TP.HCM"
_COMMA_GAP = re.compile(r"^\s*,\s*$")
_NAME_GAP = re.compile(r"^ $")


def _gap(text: str, tokens: list[Token], i: int) -> str:
    """The characters between token i-1 and token i."""
    return text[tokens[i - 1].end:tokens[i].start]


def _role_word(token: Token) -> bool:
    word = token.text
    return not word[:1].isdigit() and (word[:1].isupper() or word.lower() in ROLE_WORDS)


_HEADS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _head in ROLE_HEADS:
    _HEADS_BY_FIRST.setdefault(_head[0], []).append(_head)


def _head_length(tokens: list[Token], i: int) -> int:
    """Length of the role head starting at token i (with a leading "nguyên"), or 0."""
    skip = 1 if tokens[i].key == FORMER and tokens[i].text.islower() else 0
    j = i + skip
    if j >= len(tokens) or not tokens[j].text[:1].isupper():
        return 0
    for head in _HEADS_BY_FIRST.get(tokens[j].key, ()):  # in ROLE_HEADS order
        if tuple(t.key for t in tokens[j:j + len(head)]) == head:
            return skip + len(head)
    return 0


def _run_back(text: str, tokens: list[Token], end: int) -> int:
    """Start of the run of role words ending at token end-1."""
    start = end
    while start > 0 and _role_word(tokens[start - 1]) and (
            start == end or _ROLE_GAP.match(_gap(text, tokens, start))):
        start -= 1
    return start


def _run_forward(text: str, tokens: list[Token], start: int) -> int:
    end = start
    while end < len(tokens) and _role_word(tokens[end]) and (
            end == start or _ROLE_GAP.match(_gap(text, tokens, end))):
        end += 1
    return end


def _span(text: str, tokens: list[Token], start: int, end: int) -> str:
    return text[tokens[start].start:tokens[end - 1].end]


def roles_before(text: str, tokens: list[Token], name_start: int) -> list[str]:
    """Roles in the chain that ends right before the name, in reading order."""
    roles: list[str] = []
    end = name_start
    if end == 0 or _gap(text, tokens, end) != " ":
        return roles
    while end > 0:
        run = _run_back(text, tokens, end)
        # The segment next to the name may start with other words ("Theo Bí thư ...");
        # segments further left must be roles from their first word.
        heads = [i for i in range(run, end) if _head_length(tokens, i)]
        if not heads or (roles and heads[0] != run):
            break
        roles.insert(0, _span(text, tokens, heads[0], end))
        if heads[0] == 0 or not _COMMA_GAP.match(_gap(text, tokens, heads[0])):
            break
        end = heads[0]
    return roles


def roles_after(text: str, tokens: list[Token], name_end: int) -> list[str]:
    """Appositive roles after the name: "Phạm Minh Chính, Ủy viên Bộ Chính trị, ..."."""
    roles: list[str] = []
    start = name_end
    while start < len(tokens) and _COMMA_GAP.match(_gap(text, tokens, start)):
        head = _head_length(tokens, start)
        if not head:
            break
        end = _run_forward(text, tokens, start)
        if end == start:
            # The head opens with a word the run does not take ("nguyen": "nguyên", former, typed
            # without its tone marks): the head, then the run after it. Every step moves on, so a
            # chain of commas always ends (it looped for ever here).
            end = max(start + head, _run_forward(text, tokens, start + head - 1))
        roles.append(_span(text, tokens, start, end))
        start = end
    return roles


def comrade_before(text: str, tokens: list[Token], name_start: int) -> bool:
    """ "đồng chí" right before the name."""
    i = name_start
    return i >= 2 and (tokens[i - 2].key, tokens[i - 1].key) == COMRADE and _gap(text, tokens, i) == " " \
        and _gap(text, tokens, i - 1) == " "


# Where a name can stand: three or more capitalised words one space apart. A run
# may start right after a lower-case letter, where tokenize cuts "cửTuyên".
_NAME_WORD = f"{UPPER_CLASS}{LOWER_CLASS}+"
# (The start is checked in new_names: a pattern that opens with a character class
# lets the regex engine skip every other position fast.)
_NAME_RUN = re.compile(f"{_NAME_WORD}(?: {_NAME_WORD}){{2,}}(?![^\\W_])")
_WORD = re.compile(_NAME_WORD)
ROLE_REACH = 240  # characters on each side of a name within which its roles are read
NEAR_REACH = 60  # the short window tried first (near())


def around(text: str, start: int, end: int) -> tuple[str, list[Token], int, int]:
    """The text around the span [start, end) that holds its roles, that text's
    tokens, and the span as token indexes: roles are read on a few dozen tokens,
    not on the whole passage."""
    return _window(text, start, end, ROLE_REACH)[:4]


def near(text: str, start: int, end: int) -> tuple[str, list[Token], int, int]:
    """What around() gives, or a shorter window that reads the same roles: most
    names have a plain word a few words off on each side, and the walks never
    pass one (see _walks_inside), so the full window is tokenized only for the
    few names in a long chain of title words."""
    short = _window(text, start, end, NEAR_REACH)
    return short[:4] if _walks_inside(*short[1:]) else around(text, start, end)


def _walks_inside(tokens: list[Token], first: int, last: int, cut_before: bool, cut_after: bool) -> bool:
    """Whether every token roles_before, roles_after and comrade_before read for a
    name at tokens [first, last) (or at a span inside it) lies in this window.
    To the left they read a contiguous run of role words ending at the name, the
    token before that run and "đồng chí" two tokens back: a word that is not a role
    word, before the name, stops them. To the right, role heads (up to four words
    after a "nguyên") are compared from where each step starts, and steps run over
    role words up to a word that is neither a role word nor "nguyên" (which would
    open a head): such a word five tokens or more before the window's end."""
    if cut_before and (first < 2 or all(map(_role_word, tokens[:first]))):
        return False
    if not cut_after:
        return True
    stop = next((k for k in range(last, len(tokens)) if _stops_after(tokens[k])), len(tokens))
    return stop + 5 <= len(tokens)


def _stops_after(token: Token) -> bool:
    return not _role_word(token) and token.key != FORMER


def _window(text: str, start: int, end: int, reach: int) -> tuple[str, list[Token], int, int, bool, bool]:
    """around() within `reach` characters, and whether the text was cut before and after."""
    low = max(0, start - reach)
    if low:
        cut = text.find(" ", low, start)
        low = cut + 1 if cut != -1 else start
    high = min(len(text), end + reach)
    if high < len(text):
        cut = text.rfind(" ", end, high)
        high = cut if cut != -1 else end
    piece = text[low:high]
    tokens = tokenize(piece)
    return (piece, tokens, _token_at(tokens, _START, start - low), _token_at(tokens, _END, end - low) + 1,
            low > 0, high < len(text))


_START, _END = itemgetter(Token._fields.index("start")), itemgetter(Token._fields.index("end"))


def _token_at(tokens: list[Token], offset_of, offset: int) -> int:
    """The index of the token that starts (or ends) at `offset`: tokens are in order,
    so one bisect, not a table of every token of the piece."""
    i = bisect_left(tokens, offset, key=offset_of)
    if i == len(tokens) or offset_of(tokens[i]) != offset:
        raise KeyError(offset)
    return i


def name_roles(text: str, start: int, end: int) -> list[str]:
    """Roles written before and after the name at [start, end)."""
    piece, tokens, first, last = near(text, start, end)
    return roles_before(piece, tokens, first) + roles_after(piece, tokens, last)


def new_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of role-anchored names not in the registry (`taken`: spans
    already claimed by known entities)."""
    found: list[tuple[int, int]] = []
    claimed: Spans | None = None  # made at the first run: most passages have none
    for run in _NAME_RUN.finditer(text):
        if claimed is None:
            claimed = Spans(taken)  # one bisect per check, not a look at every span (quadratic)
        words = [w.span() for w in _WORD.finditer(text, run.start(), run.end())]
        before = text[run.start() - 1:run.start()]
        if before and (before.isalnum() or before == "_") and not before.islower():
            words = words[1:]  # the run began inside a word: its first word is not one
        part: list[tuple[int, int]] = []
        for span in [*words, None]:  # words that are never names split the run
            if span is not None and text[span[0]:span[1]] not in NOT_NAME:
                part.append(span)
                continue
            name = _anchored_name(text, part, claimed) if len(part) >= 3 else None
            if name:
                found.append(name)
            part = []
    return found


def _anchored_name(text: str, words: list[tuple[int, int]], taken: Spans) -> tuple[int, int] | None:
    end = words[-1][1]
    candidates = [i for i in (len(words) - 4, len(words) - 3)
                  if i >= 0 and is_surname(text[words[i][0]:words[i][1]], with_marks=True)
                  and not taken.overlaps(words[i][0], end)]
    if len(candidates) != 1:  # none, or the role/name split is ambiguous
        return None
    start = words[candidates[0]][0]
    piece, tokens, first, _ = near(text, start, end)
    anchored = roles_before(piece, tokens, first) or comrade_before(piece, tokens, first)
    return (start, end) if anchored else None

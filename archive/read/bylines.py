"""Bylines: is a line a person's name (or several), and how is it written in the archive.

The rules (issue 13):
- a byline is a person's name, surname first or a pen name ("Bình Yên"); several
  authors may share a line ("Thu Hường – Minh Dũng");
- a name in capitals is written in proper case ("HỒNG PHƯƠNG" -> "Hồng Phương");
- degrees and ranks in front stay ("TS.", "Thiếu tá, ThS."); labels go ("Thực hiện:",
  "CTV:"), and so do a unit in brackets and a position after a dash;
- a place, an organisation, "PV", "BTV", a time suffix ("PM") or an interface word is
  never a byline (names.py holds the word lists);
- a name without a surname at either end is a pen name, so its words are Vietnamese
  syllables: a label in another language ("Breaking News", "Live") is none.
"""
from __future__ import annotations

import re
from functools import lru_cache

from archive.read import names as vocab
from archive.read.author_fields import without_marks
from archive.read.blocks import CAPTION_CUES
from archive.read.portal_fields import author_part
from archive.read.religious_names import dharma_name, roman_numeral, two_full_names
from archive.read.press_credits import bare_label_end, cased_prefix, reports_words, without_follow
from archive.text.surnames import is_surname, marked, surname_at_end
from archive.text.dates import AGO_PATTERN
from archive.text.icons import without_icons
from archive.text.normalize import fold

# "H.Tr", "T.Nga", "T.THUẬN": initials then a name's part; initials alone ("N.T.H", "P.V") name no one
_ABBREVIATED = re.compile(r"[A-ZĐ]\.(?:[A-ZĐ]\.)*[A-ZĐ][\w]+", re.UNICODE)
_INITIAL = re.compile(r"(?![IVX]\.)[A-ZĐ]\.", re.UNICODE)  # the "S." of "S. Hải"; "I." numbers a heading
# Between authors: a spaced dash, an en or em dash, or a hyphen between two words with a
# space on one side or none ("Hữu Bằng- Thanh Hiểu", "Trường Đức-Văn Vĩnh"): each part must
# still be a name, so "quốc phòng-an ninh" or "Sản-Nhi" is no pair of authors.
_DASHES = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*|(?<=[^\W\d_])\s?-\s?(?=[^\W\d_])")
_BRACKETED_END = re.compile(r"\s*\([^()]*\)\s*$")
_MAX_WORDS = 6
_NAME_WORDS = 4  # a Vietnamese name runs to four words ("Nguyễn Thị Hồng Giang"); a line in capitals past it is a masthead
# A Vietnamese syllable, folded: an initial consonant (or none), one to three vowels and a
# final consonant (or none). "Breaking", "News", "Live", "Update" are not syllables.
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


def proper_case(word: str) -> str:
    """'THUẬN' -> 'Thuận', 'T.THUẬN' -> 'T.Thuận'; a word not all in capitals stays."""
    if not word.isupper() or len(word) == 1:
        return word
    return ".".join(part[:1] + part[1:].lower() for part in word.split("."))


def person_name(text: str) -> str:
    """`text` as a person's name in proper case, or "" when it is not one."""
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or not all(_name_token(t) for t in tokens):
        return ""
    folded = [fold(t).strip(".") for t in tokens]
    whole = " ".join(folded)
    if whole in vocab.PLACES or whole in vocab.NOT_NAMES or whole in vocab.PAPER_NAMES or whole in vocab.PREFIXES \
            or tokens[0].lower() in vocab.NOT_NAME_FIRST:
        return ""
    if len(tokens) > 3 and " ".join(folded[:2]) in vocab.PLACES:
        return ""  # "Hà Nội Sinh Hoạt": a capitals headline's words after its place, no four-word name
    if len(tokens) == 2 and folded[1] == "thi" and is_surname(tokens[0], marked(tokens)):
        return ""  # "Trần Thị": a name the paste cut after "Thị", which ends none ("Lê Văn" is a pen name)
    if any(f in vocab.NOT_NAME_TOKENS and not (f in vocab.CLOCK_MARKS and t.istitle()) for t, f in zip(tokens, folded)) \
            or _document_heading(tokens) \
            or any(" ".join(folded[:k]) in vocab.ORGANISATION_OPENINGS for k in (2, 3)):
        return ""
    if is_foreign_label(text) or text.isupper() and len(tokens) > _NAME_WORDS:
        return ""  # "THAI NGUYEN DEPARTMENT OF TRANSPORT": a masthead, in English or past a name's length
    if initials_only(tokens) or any(roman_numeral(t, text.isupper()) for t in tokens):  # "Chương VIII"
        return ""
    if initials_only(tokens):
        return ""  # "Đ.T", "T.T.H", "Đ. T.", "H. A": an office's or an outlet's initials look the same
    full = [f for t, f in zip(tokens, folded) if not _INITIAL.fullmatch(t)]
    if len(tokens) == 1 and not _ABBREVIATED.fullmatch(tokens[0]):
        return ""  # one word ("BTNO", "Infographic") is not a name; "H.Tr" is
    surnamed = surname_at_end([t for t in tokens if not _INITIAL.fullmatch(t)]) or dharma_name(tokens)
    if len(full) >= 3 and not surnamed:
        return ""  # three words or more: a full name, so a surname at one end
    if not surnamed and not all(is_syllable(f) for f in full if "." not in f):
        return ""  # a pen name is Vietnamese syllables: "Breaking News" is an interface label
    return " ".join(proper_case(t) for t in tokens)


def initials_only(tokens: list[str]) -> bool:
    """Capital initials with no name part ("Đ.T", "N.H", "T.T.H", "Đ. T."): no person's name,
    since the initials of an office or an outlet look the same. "H.Tr", "T. Nga" have a name part."""
    parts = [p for t in tokens for p in re.split(r"[.'’]", t) if p]
    return bool(parts) and all(len(p) == 1 for p in parts)


def is_syllable(folded: str) -> bool:
    """A folded word is one Vietnamese syllable ("dang", "nghiep"); "skip", "content" are not."""
    return bool(_SYLLABLE.fullmatch(folded))


def is_foreign_label(text: str) -> bool:
    """An interface label in another language ("Skip to main content", "Skip Ribbon
    Commands"): no Vietnamese letter, and half its words or more no Vietnamese syllable.
    A Vietnamese line of some words always carries a tone mark or a letter like "ư". Words in
    capitals are acronyms, unless the whole line is in capitals ("HO CHI MINH CITY COLLEGE OF
    TECHNOLOGY", a masthead in English): then its words of four letters or more count."""
    if not text.isascii():  # asked first: most lines are Vietnamese, and their words need no folding
        return False
    capitals = text.isupper()
    words = [fold(w) for w in re.findall(r"[A-Za-z]+", text) if (len(w) > 3 if capitals else not w.isupper())]
    if len(words) < 2:
        return False
    return 2 * sum(not is_syllable(w) for w in words) >= len(words)


def _document_heading(tokens: list[str]) -> bool:
    """"QUYẾT ĐỊNH", "Hướng dẫn thực hiện": a heading of an official text, not a name."""
    words = [t.lower() for t in tokens]
    return any(" ".join(words[:k]) in vocab.DOCUMENT_HEADINGS for k in range(2, len(words) + 1))


def _name_token(token: str) -> bool:
    letters = re.sub(r"[.'’]", "", token)  # "H'Hen", "H’Mai": names of the Central Highlands peoples
    if token.endswith(".") and len(letters) == 1:
        return bool(_INITIAL.fullmatch(token))
    return bool(letters) and letters.isalpha() and token[0].isupper()


def split_prefix(text: str) -> tuple[str, str]:
    """("Thiếu tá, ThS.", "Đoàn Văn Hiếu") from "Thiếu tá, ThS. Đoàn Văn Hiếu" (one C test first: most open with none)."""
    at = 0
    while True:
        rest = text[at:]
        folded = fold(rest)
        found = folded.startswith(vocab.PREFIXES) and next((p for p in vocab.PREFIXES if folded.startswith(p) and _prefix_ends(folded, len(p))), "")
        if not found:
            break
        at += len(found)
        while at < len(text) and text[at] in " ,":
            at += 1
    return text[:at].rstrip(" ,"), text[at:]


def _prefix_ends(folded: str, length: int) -> bool:
    return length < len(folded) and (folded[length] in " ," or folded[length - 1] == ".")


def strip_label(text: str) -> tuple[str, bool]:
    """("ANH DŨNG - QUÁCH HÙNG", True) from "Thực hiện: ANH DŨNG - QUÁCH HÙNG"; a label may
    also end with a dash ("CTV- Nguyễn Thơm"), with "của" ("Ký của Minh Ngọc"), or, when it
    is a credit's initials in capitals, with a space ("CTV Kim Hoàng")."""
    head, colon, rest = text.partition(":")
    if colon and (fold(head).strip() in vocab.LABELS or _CREDITS_LABEL.fullmatch(fold(head).strip())):
        return rest.strip(), True
    bare = bare_label_end(text)  # "Bài và ảnh Nguyễn Lâm": a credit label, its colon left out
    if bare:
        return text[bare:].strip(), True
    folded = fold(text)
    if len(folded) != len(text):
        return text, False  # offsets would not agree
    by = BY_LABEL.match(folded)
    if by:  # "Bởi Phan Văn An", "Đăng bởi Minh Anh": the label says "by", no colon needed
        return text[by.end():].strip(), True
    for label in vocab.LABELS_LONGEST_FIRST:
        if folded.startswith(label):
            after = _AFTER_LABEL.match(folded, len(label))
            capitals = label in vocab.NOT_NAME_TOKENS and text[:len(label)].isupper() \
                and text[len(label):len(label) + 1] == " "  # "CTV Kim Hoàng", "PV Minh Anh"
            if after or capitals:
                return text[after.end() if after else len(label):].strip(), True
    return text, False


# The credits of the text and of other media joined in one label: "Tin, bài, ảnh:", "Bài, ảnh, video:",
# "TIN, BÀI:", a station's "Tin, hình:" (the footage); the writer's is among them, so the name after
# the colon is the author.
_CREDITS_LABEL = re.compile(r"(?:tin|bai|bai viet)(?:\s*(?:,|&|/|-|va)\s*(?:tin|bai|anh|hinh|video|clip|do hoa)){1,3}")
# A "by" label opening a line or a date line's part, folded, then a space; a colon or a table's
# bar may stand between ("Tác giả | Minh Anh": a field pasted from a table).
BY_LABEL = re.compile(rf"(?:{'|'.join(re.escape(b) for b in vocab.BY_LABELS)})\s*[:|]?\s+(?=\w)")
_AFTER_LABEL = re.compile(r"\s*[-–—]\s*(?=\w)|\s+cua\s+(?=\w)")  # "CTV- ", "Ký của "


@lru_cache(maxsize=1024)  # the reader's slots ask about the same head and end lines again
def parse_byline(line: str) -> tuple[str, ...]:
    """The authors a byline line names, each as the archive writes it; () when the line
    is not a byline. A part after a dash that is not a name is a position, and ends it."""
    if len(line) > 160:
        return ()  # a paragraph: no byline is this long (and splitting it costs time)
    text, labelled = strip_label(author_part(without_follow(_without_icons(without_marks(line))).strip().strip("|•·").strip()))
    if labelled:
        text, _ = strip_label(text)  # "Tác giả: GV Lê Văn Bình": a field, then the writer's role
        text = _before_post(text)
    text = _without_account(text)
    text = _OTHER_CREDIT.sub("", _RELATIVE_TIME.sub("", text))
    text = _TEXT_MARK.sub("", _MEDIA_PART.sub("", text))  # "Minh Anh (bài) - Hoàng Long (ảnh)": the writer
    text, sourced = _without_source(text)
    if sourced and text[:5].lower() == "theo ":
        text = text[5:]  # "Theo Minh Anh (VOV)": a person credited with the outlet
    source_label = _SOURCE_LABEL.match(text)
    if source_label:  # "Theo: Thúy Hường", "Nguồn:Trần Thu": the person a repost credits
        text = text[source_label.end():]
    text = text.strip(" |,;-–—*")  # "Kim Hoàng –": a second name the paste cut off; "THÀNH*": a footnote's mark
    if not text or len(text.split()) > 5 * _MAX_WORDS or text.endswith((".", ":", "!", "?")) and not _ends_initial(text):
        return ()
    parts = [part.strip(" ,;|") for part in _DASHES.split(text)]
    if vocab.is_slogan(parts):
        return ()  # "THÂN THIỆN - AN TOÀN - HIỆU QUẢ": a body's tagline of virtues, not authors
    credited = len(parts) > 1 and not _names_in(parts[0]) and is_source_credit(parts[0])
    if credited:  # "Theo TTXVN - Nguyễn Văn An", "Báo X: Chuyên mục - ThS. TRẦN BÌNH": the source first
        parts = parts[1:]
    authors: list[str] = []
    for number, part in enumerate(parts):
        found = _names_in(part) or (_unit_then_names(part) if authors else [])
        if not found:
            if number == 0:
                return ()
            break
        authors += found
    if credited and not all(has_surname(author) for author in authors):
        return ()  # after a source, only a full name is sure to be a person, not a section
    if source_label and not (source_label.group(1) or all(has_surname(author) for author in authors)):
        return ()  # "Theo Minh Đức": a full name; a pair of given names only after "Theo:"
    return tuple(authors)


def _before_post(text: str) -> str:
    """"Đức Thiện: Văn hóa" in an author's field: the name, then the writer's post or desk after a
    second colon. A name must stand before it; a few words after it."""
    head, colon, post = text.partition(":")
    if colon and post.strip() and len(post.split()) <= _MAX_WORDS and _names_in(head.strip()):
        return head.strip()
    return text


# A site's account name before the writer's ("admin - kiều tháp"): the account is no person; the
# name after it, typed in lower case in the account's field, is the author when it is a full name.
# "Biên tập viên:" with its colon is the editor's own field, not an account: the name there edited.
_ACCOUNT = re.compile(r"(?:(?:admin|administrator|webmaster|quản trị viên|quản trị)\s*[-–—:]|biên tập viên\s*[-–—])\s*(?=\w)",
                      re.IGNORECASE)


def _without_account(text: str) -> str:
    account = _ACCOUNT.match(text)
    if not account:
        return text
    name = text[account.end():].strip()
    if name.islower() and has_surname(name):
        name = " ".join(word[:1].upper() + word[1:] for word in name.split())
    return name


_without_icons = without_icons  # the icons a page prints by the name or the clock (text/icons.py)


# After the writer, the other credits of the line: "Bài: X; ảnh: Y", "Bài: X. Ảnh: Y", "X | Đồ họa: Y",
# the editor who passed it ("Tác giả: X | Biên tập: Y"): none of them wrote the text.
_OTHER_CREDIT = re.compile(r"\s*[;,.|–—-]\s*(?:ảnh|hình ảnh|video|clip|đồ họa|đồ hoạ|thiết kế|trình bày|dựng phim|quay phim"
                           r"|(?:người )?biên tập(?: viên)?|btv|(?:người )?duyệt(?: bài)?|kỹ thuật(?: viên)?|ktv)"
                           r"\s*:.*$", re.IGNORECASE)
# A name marked in brackets as the photos' or the video's maker ("Hoàng Long (ảnh)"), and the mark
# of the text's writer beside it ("Minh Anh (bài)").
_MEDIA_PART = re.compile(r"[^-–—,;|()]*\(\s*(?:ảnh|hình|hình ảnh|video|clip|đồ họa|đồ hoạ|thiết kế|quay phim)\s*\)",
                         re.IGNORECASE)
_TEXT_MARK = re.compile(r"\s*\(\s*(?:bài|bài viết|tin|nội dung)\s*\)", re.IGNORECASE)
# A relative time or a view counter after the name, as feeds and portals print them on its line:
# "Minh Anh • 2 giờ trước", "Minh Anh | Lượt xem: 1.234", "Minh Anh - 534 lượt đọc".
_RELATIVE_TIME = re.compile(rf"\s*[•·|–—-]?\s*(?:\d{{1,3}}\s+{AGO_PATTERN}"
                            r"|(?:lượt xem|lượt đọc|lượt truy cập)\s*:?\s*[\d.,]+|[\d.,]+\s+(?:lượt xem|lượt đọc))\s*$",
                            re.IGNORECASE)

# "Theo" or "Nguồn" opening a line, as a field ("Theo:", "Nguồn:", the space maybe lost) or
# before a full name ("Theo Trần Thu"). What follows is a source unless it is a person's name.
# A portal's source field may say whose news it is ("Nguồn tin: Lương Vĩnh - huyện X"): a person then too.
_SOURCE_LABEL = re.compile(r"(?:theo|nguồn(?: tin)?|nguon(?: tin)?)(?:\s*(:)\s*|\s+)(?=[^\W\d_])", re.IGNORECASE)


def _without_source(text: str) -> tuple[str, bool]:
    """("Minh Anh", True) from "Minh Anh (TTXVN)", "Minh Anh/VOV", "Minh Anh/Báo Nhân Dân": the
    unit or the outlet after a name, in brackets or after a slash, is not part of it. Both may
    follow a name: "Theo Minh Anh/Người Lao Động (www.nld.com.vn)", the paper, then its address."""
    bracket = _BRACKETED_END.search(text)
    if bracket:
        text = text[:bracket.start()].strip()
    head, slash, tail = text.rpartition("/")
    outlet = re.split(r"\s*[-–]\s*|\s+", tail.strip(), maxsplit=1)[0]  # "VOV-Miền Trung", "TTXVN tại Paris"
    if slash and head.strip() and (is_source_credit(tail.strip()) or _SOURCE_TAG.fullmatch(outlet)
                                   or _paper_after_person(head, tail)):
        return head.strip(), True
    return text, bool(bracket)


def _paper_after_person(head: str, tail: str) -> bool:
    """"Theo Nguyễn Tuấn/Người Lao Động": a credit to a person by full name, then, after the slash,
    a paper's name in capitalised words (a known paper's name, or no person's: two authors are
    joined by a dash or a comma, never a slash in a "Theo" credit)."""
    name = head.strip()
    if fold(name[:5]) != "theo " or not has_surname(name[5:].strip(" :")):
        return fold(tail.strip()) in vocab.PAPER_NAMES
    words = tail.split()
    return 1 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and not person_name(tail.strip())


def is_source_credit(text: str) -> bool:
    """A source named in front of a byline: "Theo VOV", "Nguồn: ...", "TTXVN", "baoxyz.vn",
    "Báo Nhân Dân", "Tạp chí X: Chuyên mục" (a publication and its section, by a colon)."""
    words = text.split()
    if not words or len(words) > 8 or text.endswith((".", "!", "?")):
        return False
    first = words[0].lower()
    return (":" in text.strip(":") or first in ("theo", "nguồn", "báo", "tạp", "đài", "cổng", "trang")
            or bool(_SOURCE_TAG.fullmatch(text)))


# "TTXVN", "(VOV)", "VTV1" (a channel's number), "nhandan.vn", "VOV.VN" (an address in capitals)
_SOURCE_TAG = re.compile(r"\(?[A-ZĐ]{2,8}\d{0,2}\)?|(?i:[a-z][\w-]*(?:\.[a-z]{2,4}){1,2})")


def has_surname(author: str) -> bool:
    """The name (after any degree) has two words or more and a surname at one end."""
    _, name = split_prefix(author)
    words = name.split()
    return len(words) >= 2 and surname_at_end(words)


def _unit_then_names(part: str) -> list[str]:
    """"Đại học X, ThS. TRẦN BÌNH": the previous author's unit, then the next author."""
    unit, comma, rest = part.rpartition(",")
    if not comma or not is_position_line(unit.strip()):
        return []
    found = _names_in(rest.strip())
    return found if found and all(has_surname(name) for name in found) else []


def _ends_initial(text: str) -> bool:
    return bool(re.search(r"(?:^|\s)[A-ZĐ]\.$", text))


def _names_in(part: str) -> list[str]:
    """One or more names in a dash-free part: "TS. Bùi Ngọc Thanh", "A và B", "A, B", "A; B", "A & B"."""
    prefix, rest = split_prefix(part)
    pieces = [q for p in re.split(r"\s*[,;]\s*|\s+và\s+|\s*&\s*", rest) if p for q in two_full_names(p)]
    found = [_prefixed_name(p) for p in pieces]  # "ThS. A, ThS. B": each author with a degree
    post = next((k for k, name in enumerate(found) if not name), len(found))
    if 0 < post < len(found) and _post_after_comma(rest, pieces[post]):
        found = found[:post]  # "Trần Văn Cường, Phó Bí thư Đảng ủy xã": the name, then the post
    if not pieces or not all(found):
        return []
    if prefix:
        found[0] = f"{cased_prefix(prefix)} {found[0]}"
    return found


def _prefixed_name(piece: str) -> str:
    prefix, rest = split_prefix(piece)
    name = person_name(rest)
    return f"{cased_prefix(prefix)} {name}" if prefix and name else name


def _post_after_comma(text: str, first: str) -> bool:
    """The rest of the line from `first` on names a post or unit, not what someone did
    ("Bí thư Tỉnh ủy phát biểu tại ...", a caption)."""
    tail = text[text.index(first):]
    if _unit_initials(tail):
        return True  # "Hoàng Long, TTXVN": the writer's unit by its initials
    return len(tail.split()) <= 14 and is_position_line(tail) and not CAPTION_CUES.search(fold(tail)) \
        and " tại " not in tail and not reports_words(fold(tail))


def _unit_initials(text: str) -> bool:
    """One word in capitals that is no Vietnamese syllable ("TTXVN", "TTVHTTTTDL"): a unit's
    initials, not a name in capitals ("HÀ")."""
    word = text.strip(" .()")
    return len(word) >= 3 and word.isupper() and word.isalpha() and not _SYLLABLE.fullmatch(fold(word).lower())


# An association's line holds its name and its place only: "Hội Nhà báo Việt Nam tỉnh Hòa Tân",
# "Hội Nông dân xã Tân Phú"; a headline opening so goes on ("... tập huấn kỹ thuật ...").
_ASSOCIATION = re.compile(r"hoi(?: \S+){1,4}(?: viet nam)?(?: (?:tinh|huyen|xa|phuong|quan|thi xa|thanh pho|tp\.?)(?: \S+){1,3})?")


def is_position_line(text: str) -> bool:
    """A line under a byline naming the author's post or unit: "Học viện Chính trị, Bộ
    Quốc phòng", "(Đảng ủy Khối CCQ tỉnh)"."""
    if not text or len(text) > 200 or text.endswith((".", "!", "?", ":")):
        return False
    words = text.split()
    if text.startswith("(") and text.endswith(")"):
        return True
    if fold(words[0]) == "hoi":  # an association by its name ("Hội Nhà báo ..."), not a meeting ("Hội nghị")
        return words[0][0].isupper() and len(words) > 1 and words[1][:1].isupper() \
            and bool(_ASSOCIATION.fullmatch(fold(text)))
    if is_surname(words[0], True) and person_name(text):
        return False  # "Nguyễn Văn Dương": a name, its surname folding like a post's word ("Nguyên")
    job = fold(words[0]) in vocab.JOB_FIRST and len(words) > 1 and words[1].islower()  # "Công chức ..."
    return (fold(words[0]) in vocab.POSITION_FIRST or job) and words[0][0].isupper()

"""The outlet from the article's address: `url:` in the header, or `new --url`.

The address's host is matched against the outlets' `site:` (and `domains:`, when the
registry has them) in corpus/outlets.yml: the host itself, then without a technical
prefix (m., amp., mobile.), then its parent domains, so dhd.baothanhhoa.vn finds Báo
Thanh Hóa. Under .gov.vn and .dcs.vn a subdomain is another body (vanlam.hungyen.gov.vn
is a district, not the province; duclinh.binhthuan.dcs.vn a district Party committee),
so there only the prefix is dropped. A public suffix (gov.vn, com.vn, ...) is never
matched on its own.

An address whose host is not in the registry never blocks a build. A portal's paste
often carries the body's name as a masthead line above the headline ("CỔNG THÔNG TIN
ĐIỆN TỬ HUYỆN HIỆP HÒA", "Trang thông tin điện tử Đảng bộ huyện Đức Linh"): that line,
in proper case, names the outlet (`masthead_name`). Without one the host stands in.
Either way a warning says how to add the outlet to corpus/outlets.yml. A registered
host always wins over a masthead.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Sequence

from archive.errors import Problem
from archive.read.body_kinds import ORGAN_KINDS
from archive.read.body_names import association_name
from archive.registry.outlets import Outlet, OutletRegistry, host_of
from archive.text.normalize import tone_key as _tone_key

# The words of mastheads and their openers are a few hundred, each keyed thousands of
# times in an archive: keyed once (tone_key's own regex and normalizations are slow).
tone_key = lru_cache(maxsize=4096)(_tone_key)

# Second-level suffixes under .vn (and the generic ones): "x.gov.vn" is an outlet's
# domain, "gov.vn" never is.
_PUBLIC_SUFFIXES = frozenset({
    "vn", "com.vn", "net.vn", "org.vn", "gov.vn", "edu.vn", "ac.vn", "info.vn", "int.vn", "health.vn",
    "biz.vn", "name.vn", "pro.vn", "com", "net", "org", "info", "edu", "gov",
})
_TECHNICAL = ("m.", "amp.", "mobile.", "wap.", "lite.")
_HIERARCHIES = (".gov.vn", ".dcs.vn")  # where a subdomain is a subordinate body


def outlet_for_url(outlets: OutletRegistry, url: str) -> Outlet | None:
    """The registered outlet whose site or domains hold the address's host."""
    host = host_of(url)
    for prefix in _TECHNICAL:
        if host.startswith(prefix) and outlets.by_host(host[len(prefix):]):
            return outlets.by_host(host[len(prefix):])
    if host.endswith(_HIERARCHIES):
        return outlets.by_host(host)
    while host and host not in _PUBLIC_SUFFIXES:
        if outlets.by_host(host):
            return outlets.by_host(host)
        host = host.partition(".")[2]
    return None


# ---- The masthead: the line in a portal's chrome that names the body publishing it.
# How a masthead opens, as readers write the words (the casing given is the one the
# name takes). Publications and portals first, then the Party and State bodies that
# run portals. Longest first, so "Ban Tuyên giáo và Dân vận" is not read as "Ban".
_OPENERS = sorted((
    "Cổng thông tin điện tử", "Cổng thông tin", "Trang thông tin điện tử",
    "Trang tin điện tử", "Cổng TTĐT", "Trang TTĐT", "Báo điện tử", "Báo", "Tạp chí điện tử", "Tạp chí",
    "Đài Phát thanh và Truyền hình", "Đài Phát thanh - Truyền hình", "Đài Truyền hình",
    "Ban Tuyên giáo và Dân vận", "Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận", "Ban Nội chính",
    "Ban Kinh tế", "Ban Đối ngoại", "Ủy ban Kiểm tra", "Ủy ban nhân dân", "Ủy ban Mặt trận Tổ quốc",
    "Hội đồng nhân dân", "Đảng bộ", "Đảng ủy", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy",
    "Sở", "Trường Chính trị", "Học viện",
), key=len, reverse=True)
# Words a body's name writes in lower case between its proper nouns ("Đảng bộ huyện
# Đức Linh", "Đảng bộ các cơ quan Đảng tỉnh"); any other lower-case word must finish
# the capitalised word before it ("Cộng sản"), or the line is prose, not a name.
# (Keyed by tone_key, as every word is matched: "Uỷ"/"Ủy", "hoà"/"hòa" alike, "Sở" not "Số".)
_NAME_LOWER = frozenset(map(tone_key, """tỉnh thành phố huyện quận xã phường thị trấn và các cơ quan
    khối doanh nghiệp nhân dân điện tử thông tin trung ương""".split()))
# Words and phrases with a fixed casing inside a name written in capitals.
_CASED = sorted((
    "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy", "Đảng ủy", "Đảng bộ", "Trung ương",
    "Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận", "Ban Nội chính", "Ủy ban nhân dân",
    "Hội đồng nhân dân", "Mặt trận Tổ quốc", "Đảng Cộng sản Việt Nam", "Khối các cơ quan",
    "Khối doanh nghiệp", "Việt Nam", "Đại học", "Cao đẳng", "Chính trị", "Kỹ thuật", "Khoa học",
    "Văn hóa", "Thể thao", "Du lịch", "Giáo dục", "Đào tạo", "Nông nghiệp", "Phát triển nông thôn",
    "Công an", "Quân sự", "Nội vụ", "Tài chính", "Tư pháp", "Y tế", "Xây dựng", "Công Thương",
), key=len, reverse=True)
# A portal's masthead may print its place in small letters ("Cổng thông tin điện tử tỉnh nghệ an",
# holdout 61): after a portal's opener, a kind of place then a place's few words, all in lower case,
# still name the portal (a headline about a portal names it after a verb, or goes on for more words).
_ABBREVIATED = frozenset(("Cổng TTĐT", "Trang TTĐT"))  # only with a kind of place after them
_PORTALS = frozenset(("Cổng thông tin điện tử", "Cổng thông tin", "Trang thông tin điện tử", "Trang tin điện tử",
                      *_ABBREVIATED))
_PLACE_KINDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")
_PLACE_WORDS = 3
_NOT_A_NAME = re.compile(r"[\d:;|!?\"“”…/]|[.]$")  # dates, counters, sentences, breadcrumbs
_MAX_WORDS = 16
_HEAD_LINES = 20  # a masthead stands at the top of the page

def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _shouted(words: list[str]) -> bool:
    """ALL CAPS, or Every Word Capitalised: the casing says nothing, so it is redone."""
    return all(_capitalised(w) for w in words if w[:1].isalpha())


def _phrase_keys(phrases: list[str]) -> list[tuple[str, list[str]]]:
    """Each phrase with its words' keys, worked out once."""
    return [(phrase, tone_key(phrase).split()) for phrase in phrases]


_OPENER_KEYS = _phrase_keys(_OPENERS)
_CASED_KEYS = _phrase_keys(_CASED)
_PLACE_KEYS = _phrase_keys(list(_PLACE_KINDS))


def _starting(keys: list[str], phrases: list[tuple[str, list[str]]]) -> str:
    """The first (longest) of `phrases` the word keys `keys` start with, or ""."""
    return next((phrase for phrase, words in phrases if keys[:len(words)] == words), "")


def _opener(words: list[str]) -> str:
    return _starting([tone_key(w) for w in words], _OPENER_KEYS)


def name_shaped(rest: list[str]) -> bool:
    """After the opener: a proper noun or an administrative word first, then only
    capitalised words, the lower-case words of names, or a compound's second syllable."""
    if not (_capitalised(rest[0]) or tone_key(rest[0]) in _NAME_LOWER):
        return False
    previous = rest[0]
    for word in rest[1:]:
        if not (_capitalised(word) or tone_key(word) in _NAME_LOWER or _capitalised(previous)):
            return False
        previous = word
    return True


def _recased(words: list[str], opener: str) -> str:
    """A name printed in capitals, in proper case: the opener and the fixed phrases as
    written in _OPENERS/_CASED, the words of names in lower case, proper nouns capitalised."""
    out = opener.split()
    rest = " ".join(words[len(out):]).replace(",", " ,").split()  # "HÓA," is "Hóa" and ","
    keys = [tone_key(w) for w in rest]
    i, place_left = 0, 0
    while i < len(rest):
        phrase = _starting(keys[i:], _CASED_KEYS)
        if phrase:
            out += phrase.split()
            i += len(phrase.split())
            continue
        kind = _starting(keys[i:], _PLACE_KEYS)
        if kind:  # "huyện", "thành phố": in lower case, and the words after it are the place's name
            out += [unicodedata.normalize("NFC", w).lower() for w in rest[i:i + len(kind.split())]]
            i += len(kind.split())
            place_left = _PLACE_WORDS
            continue
        word = unicodedata.normalize("NFC", rest[i]).lower()  # its tone placement as written
        # a place's own name is proper nouns even where its words are a name's small words ("Hà Trung")
        proper = place_left > 0 and word.isalpha() or keys[i] not in _NAME_LOWER
        out.append(word[:1].upper() + word[1:] if proper else word)
        place_left = place_left - 1 if word.isalpha() else 0
        i += 1
    return " ".join(out).replace(" ,", ",")


@lru_cache(maxsize=4096)  # asked of the same head lines by several slots, and of a site's masthead in each paste
def masthead_name(line: str) -> str:
    """The outlet a masthead line names, in proper case; "" when the line is not one."""
    line = " ".join(line.split()).strip(" -–—•*")
    words = line.split()
    if not words or len(words) > _MAX_WORDS or _NOT_A_NAME.search(line):
        return ""
    opener = _opener(words)
    rest = words[len(opener.split()):]
    if not opener or all(tone_key(w) in _NAME_LOWER for w in rest):  # no name after the opener
        return ""
    if opener in _ABBREVIATED and not _starting([tone_key(w) for w in rest], _PLACE_KEYS):
        return ""  # "Cổng TTĐT" names a place's portal: "Trang TTĐT của Tạp chí X" is another body's page
    if _shouted(words) or (opener in _PORTALS and _place_in_small_letters(rest)):
        return _recased(words, opener)
    return line if name_shaped(rest) else ""


def _place_in_small_letters(rest: list[str]) -> bool:
    """A kind of place, then one to three words of its name, every one in lower case ("tỉnh nghệ an")."""
    kind = _starting([tone_key(w) for w in rest], _PLACE_KEYS)
    name = rest[len(kind.split()):]
    return bool(kind) and 0 < len(name) <= _PLACE_WORDS and all(w.isalpha() and w.islower() for w in name)


# The kind of body a line names when it opens with these words (tone-keyed as the openers): a centre,
# a department, a board, a school, a hospital, a company, a people's committee, an institute.
_ORGAN_KINDS = _phrase_keys(sorted(ORGAN_KINDS, key=len, reverse=True))


def organ_name(line: str) -> bool:
    """The line only names a body ("Trung tâm Văn hóa - Thể thao ... Nam Giang", "Bệnh viện Đa khoa
    tỉnh"): a masthead, or a kind of body then a name's words with no verb (every word capitalised,
    an administrative word, or a compound's second syllable; the dashes that join its parts aside)."""
    if masthead_name(line) or association_name(line):  # "Hội Cựu chiến binh Việt Nam": body_names.py
        return True
    words = [w for w in line.split() if w not in "-–—"]
    if not words or len(words) > _MAX_WORDS or _NOT_A_NAME.search(line):
        return False
    kind = _starting([tone_key(w) for w in words], _ORGAN_KINDS)
    rest = words[len(kind.split()):]
    return bool(kind) and bool(rest) and name_shaped(rest)


def masthead_outlet(head: Sequence[str]) -> str:
    """The first masthead among the lines above the headline, or ""."""
    for line in head[:_HEAD_LINES]:
        name = masthead_name(line)
        if name:
            return name
    return ""


def unknown_outlet(host: str, head: Sequence[str], display: str, line: int | None) -> tuple[str, Problem]:
    """The name an unregistered host's paste gets (its masthead's, else the host) and
    the warning that says how to register it."""
    named = masthead_outlet(head)
    entry = f"'- name: {named or '<its proper name>'}' with 'domains: [{host}]'"
    if named:
        message = (f"the outlet at {host} is not in corpus/outlets.yml; the masthead line "
                   f"'{named}' names it")
    else:
        message = f"the outlet at {host} is not in corpus/outlets.yml, so '{host}' stands in for its name"
    hint = f"add it to corpus/outlets.yml ({entry}), or type 'outlet: <name>' in the header"
    return named or host, Problem(display, message, hint, line)

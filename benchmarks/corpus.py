"""A synthetic corpus for the benchmarks: `write_corpus(folder, count, seed)`.

Articles read like the archive's real input: the five seed layouts in rotation
(000 Hà Nội Mới print, 001 Hà Nội Mới online, 002 Thành ủy TP.HCM portal, 003
Hà Nội Party Committee portal, 004 Party organisation sector news; each with its
own chrome lines, date-line shape, title/kicker/lead/byline placement, and a YAML
header only where the layout has no lead marker to name the outlet), the seed
articles' sentences mixed with generated ones that cite documents in the ways the
sources write them (registered numbers from corpus/documents.yml and unregistered
ones: "TƯ", "T.Ư", "21 - NQ/TW", "48 CT/TW", "QD/TW", "01/CTr-TU", plenum
phrases, aliases, back-references), earn tags, and name people (registry people
and new ones anchored by a role, "Bí thư Tỉnh ủy Nghệ An Nguyễn Văn An"), places
and organisations. Years 2005-2025, several outlets; a few files are pasted in
NFD, with CRLF line ends or with look-alike letters, as copy-paste brings them.

Deterministic: the same count and seed give byte-identical files (only
random.Random(seed) and sorted inputs; nothing hash-ordered). Titles with dates
and texts are unique, so the real build accepts every file.

Its words are in vocabulary.py, what it borrows from the project (seed sentences,
registered documents) in sources.py.

    python -m benchmarks.corpus FOLDER [COUNT] [SEED]
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .sources import Doc, Sources, load_sources
from .vocabulary import (AGAIN_SENTENCES, BACKREF_SENTENCES, BYLINES, CAPTIONS, CENTRAL_ORGS, CITE_SENTENCES,
                         CITIES, DISTRICTS, EDIT_SENTENCE, EVENT_MONTHS, EVENTS, GIVEN, HEADINGS, KICKERS, MIDDLE,
                         ORDINALS, OTHER_OUTLETS_004, PERSON_SENTENCES, PLACE_SENTENCES, PLACE_TEXT,
                         PROVINCIAL_PORTALS, ROLES, SECTIONS, SURNAMES, TOPIC_KEYS, TOPICS, WEEKDAYS)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_SEED = 20260101
LAYOUTS = ("000", "001", "002", "003", "004")
FIRST_YEAR, LAST_YEAR = 2005, 2025

# ------------------------------------------------------------------ one article

def _committee(place: str) -> str:
    return "Thành ủy" if place in CITIES else "Tỉnh ủy"


def _place_text(place: str) -> str:
    return PLACE_TEXT.get(place, place)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title_lower(text: str) -> str:
    """'Về việc kiểm soát...' -> 'kiểm soát...' for 'về ...' after a number."""
    text = re.sub(r"^Về (việc )?", "", text)
    return text[:1].lower() + text[1:]


@dataclass
class World:
    """Everything shared by the articles of one corpus: the sources, and pools of new
    people and unregistered documents that recur across articles, as in a real archive."""

    sources: Sources
    people: dict[str, list[tuple[str, str]]]  # place -> [(name, role)]
    local_docs: dict[str, list[Doc]]  # place -> documents of its Party committee
    central_docs: list[Doc]  # unregistered Central and state documents


def _name(rng: random.Random) -> str:
    if rng.random() < 0.15:  # four syllables: "Nguyễn Thị Thu Hà"
        return f"{rng.choice(SURNAMES)} {rng.choice(('Thị', 'Văn', 'Ngọc', 'Minh'))} " \
               f"{rng.choice(('Thu', 'Kim', 'Hồng', 'Thanh', 'Bảo'))} {rng.choice(GIVEN)}"
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def make_world(count: int, seed: int, root: Path = ROOT) -> World:
    sources = load_sources(root)
    rng = random.Random(f"{seed}-world")
    taken = {p[0] for p in sources.people}
    people: dict[str, list[tuple[str, str]]] = {}
    for _ in range(max(60, count // 8)):
        place = _home_place(rng, rng.choice(LAYOUTS), sources.places)
        name = _name(rng)
        if name in taken:
            continue
        taken.add(name)
        roles = [r for r in ROLES if not (place in ("Hà Nội", "TP Hồ Chí Minh") and r.startswith(("Bí thư", "Phó Bí thư")))]
        role = rng.choice(roles).format(U=_committee(place), P=_place_text(place))
        people.setdefault(place, []).append((name, role))
    local: dict[str, list[Doc]] = {}
    local_types = (("Kế hoạch", "KH"), ("Chỉ thị", "CT"), ("Nghị quyết", "NQ"), ("Chương trình", "CTr"),
                   ("Đề án", "ĐA"), ("Kết luận", "KL"), ("Quy định", "QĐ"), ("Hướng dẫn", "HD"))
    for _ in range(max(40, count // 15)):
        place = _home_place(rng, rng.choice(LAYOUTS), sources.places)
        kind, code = rng.choice(local_types)
        year = rng.randint(FIRST_YEAR - 2, LAST_YEAR)
        issuer, body = ("BTCTU", f"Ban Tổ chức {_committee(place)}") if code == "HD" \
            else ("TU", f"{_committee(place)} {_place_text(place)}")
        topic = TOPICS[rng.choice(TOPIC_KEYS)]
        date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.6 else None
        local.setdefault(place, []).append(Doc(type=kind, n=str(rng.randint(1, 160)), code=code, issuer=issuer,
                                               year=year, date=date, body=body, title=rng.choice(topic[1])))
    registered = {(d.n, d.code) for d in sources.documents}
    central = [Doc(type="Luật", state="22/2008/QH12", year=2008, title="cán bộ, công chức"),
               Doc(type="Nghị định", state="108/2014/NĐ-CP", year=2014, title="chính sách tinh giản biên chế"),
               Doc(type="Nghị định", state="138/2020/NĐ-CP", year=2020,
                   title="tuyển dụng, sử dụng và quản lý công chức"),
               Doc(type="Quyết định", state="719/QĐ-TTg", year=2008)]
    for _ in range(max(10, count // 100)):
        kind, code = rng.choice((("Quy định", "QĐ"), ("Kết luận", "KL"), ("Chỉ thị", "CT"), ("Hướng dẫn", "HD"),
                                 ("Thông báo kết luận", "TB")))
        n = str(rng.randint(1, 300))
        if (n, code) in registered:
            continue
        issuer = "BTCTW" if code == "HD" else "TW"
        body = "Ban Tổ chức Trung ương" if code == "HD" else rng.choice(("Bộ Chính trị", "Ban Bí thư"))
        year = rng.randint(FIRST_YEAR - 3, LAST_YEAR)
        date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.5 else None
        central.append(Doc(type=kind, n=n, code=code, issuer=issuer, year=year, date=date, body=body,
                           title=rng.choice(TOPICS[rng.choice(TOPIC_KEYS)][1])))
    return World(sources, people, local, central)


def _home_place(rng: random.Random, layout: str, places: list[str]) -> str:
    if layout in ("000", "001"):
        return "Hà Nội" if rng.random() < 0.85 else rng.choice(places)
    if layout == "002":
        return "TP Hồ Chí Minh"
    if layout == "003":
        return "Hà Nội" if rng.random() < 0.7 else rng.choice(PROVINCIAL_PORTALS)
    return rng.choice(places)


class Writer:
    """One article's text, drawn from rng: facts first, then the layout around them."""

    def __init__(self, world: World, rng: random.Random, index: int, layout: str):
        self.w, self.rng, self.i, self.layout = world, rng, index, layout
        src = world.sources
        self.place = _home_place(rng, layout, src.places)
        self.outlet = {"003": "Cổng thông tin điện tử Thành ủy Hà Nội" if self.place == "Hà Nội"
                       else f"Cổng thông tin điện tử {_committee(self.place)} {self.place}",
                       "004": rng.choice(OTHER_OUTLETS_004) if rng.random() < 0.25
                       else "Trang tin ngành Tổ chức xây dựng Đảng"}.get(layout, "")
        years = list(range(FIRST_YEAR, LAST_YEAR + 1))
        self.y = rng.choices(years, weights=[y - FIRST_YEAR + 6 for y in years])[0]
        self.date = dt.date(self.y, 1, 1) + dt.timedelta(days=rng.randrange(365))
        self.time = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
        self.topics = rng.sample(TOPIC_KEYS, rng.choice((1, 2, 2, 3)))
        districts = DISTRICTS.get(self.place)
        self.unit = rng.choice(districts) if districts else f"tỉnh {self.place}" if self.place not in CITIES \
            else f"thành phố {self.place}"
        self.org = f"{_committee(self.place)} {_place_text(self.place)}"
        t1 = 2005 + 5 * ((self.y - 2005 + 1) // 5)
        self.slots = {"place": _place_text(self.place), "unit": self.unit, "org": self.org, "Org": self.org,
                      "y": self.y, "y0": self.y - rng.randint(3, 6), "y1": self.y - 1, "t1": t1, "t2": t1 + 5,
                      "k": self.y - 1930}
        self.named: list[str] = []
        self.usable: list[str] | None = None

    # -- pieces
    def fill(self, template: str, **extra) -> str:
        r = self.rng
        slots = {**self.slots, "n1": r.randint(5, 60), "n2": r.randint(2, 30), "n3": r.randint(3, 20),
                 "n4": f"{r.randint(100, 3000):,}".replace(",", "."), "n5": r.randint(1, 40),
                 "p": f"{r.randint(80, 99)},{r.randint(1, 9)}", **extra}
        return template.format(**slots)

    def at(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            return f" ở {_place_text(self.place)}"
        if r < 0.6:
            return f" tại {self.unit}"
        if r < 0.75:
            return f" ở Đảng bộ {_place_text(self.place)}"
        return ""

    def goal(self, topic: str | None = None) -> str:
        return self.fill(self.rng.choice(TOPICS[topic or self.rng.choice(self.topics)][1]))

    def docs_for_year(self) -> tuple[list[Doc], list[Doc], list[Doc]]:
        """(registered, this place's unregistered, Central and state unregistered) documents
        issued by the article's year."""
        registered = [d for d in self.w.sources.documents if d.year <= self.y]
        local = [d for d in self.w.local_docs.get(self.place, []) if d.year <= self.y]
        central = [d for d in self.w.central_docs if d.year <= self.y]
        return registered, local, central

    def cite(self, doc: Doc) -> str:
        """One citation, written one of the ways the sources write them."""
        r = self.rng
        if doc.state:
            return f"{doc.type} số {doc.state}" + (f" về {doc.title}" if doc.title and r.random() < 0.5 else "")
        if doc.aliases and (not doc.n or r.random() < 0.3):
            return r.choice(doc.aliases)
        if doc.plenum_phrase and r.random() < 0.2:
            return doc.plenum_phrase
        when = ""
        if doc.date and r.random() < 0.6:
            d = doc.date
            when = f" ngày {d.day}/{d.month}/{d.year}" if r.random() < 0.5 else f" ngày {d.day}-{d.month}-{d.year}"
        of = f" của {doc.body}" if doc.body and r.random() < 0.6 else ""
        about = ""
        if doc.title and r.random() < 0.5:
            about = f" về “{_cap(_title_lower(doc.title))}”" if r.random() < 0.5 else f" về {_title_lower(doc.title)}"
        n, code, issuer = doc.n, doc.code, doc.issuer
        style = r.random()
        so = "số " if r.random() < 0.8 else ""
        if issuer == "TW" and style < 0.12:
            issuer = r.choice(("TƯ", "T.Ư"))
        elif style < 0.18:
            return f"{doc.type} {so}{n} - {code}/{issuer}{when}{of}"  # "21 - NQ/TW"
        elif style < 0.23:
            return f"{doc.type} {so}{n} {code}/{issuer}{of}"  # "48 CT/TW"
        elif style < 0.28 and code == "QĐ":
            return f"{doc.type} {so}{n}-QD/{issuer}{of}"  # no diacritics
        elif style < 0.33 and code == "CTr" and issuer == "TU":
            return f"{doc.type} {so}{n}/CTr-TU{of}"  # 000's mangled order
        elif style < 0.38 and issuer == "TW" and not when:
            return f"{doc.type} {n}{of}{about}"  # "Nghị quyết 39 của Bộ Chính trị"
        return f"{doc.type} {so}{n}-{code}/{issuer}{when}{of}{about}"

    def citation_sentences(self) -> list[str]:
        r = self.rng
        registered, local, central = self.docs_for_year()
        picks: list[Doc] = []
        for pool, chance, most in ((registered, 0.85, 3), (local, 0.6, 2), (central, 0.3, 1)):
            if pool and r.random() < chance:
                picks += r.sample(pool, min(len(pool), r.randint(1, most)))
        out = []
        for doc in picks:
            since = self.y - doc.year
            templates = CITE_SENTENCES if since >= 2 else [t for t in CITE_SENTENCES if "{k}" not in t]
            out.append(self.fill(r.choice(templates), cite=self.cite(doc), goal=self.goal(), k=since))
        numbered = [d for d in picks if d.n and not d.state]
        if numbered and r.random() < 0.4:
            doc = r.choice(numbered)
            out.append(self.fill(r.choice(BACKREF_SENTENCES), ref=f"{doc.type} số {doc.n}"))
        if self.y >= 2018 and r.random() < 0.08:
            out.append("Sau hai năm thực hiện Nghị quyết 18, 19 của Hội nghị Trung ương 6 khóa XII, tổ chức bộ "
                       "máy tiếp tục được sắp xếp tinh gọn.")
        return out

    def person_sentences(self) -> list[str]:
        r = self.rng
        out = []
        fits = [p for p in self.w.sources.people if p[2] <= self.y <= p[3] and p[4] in ("", self.place)]
        if fits and r.random() < 0.55:
            name, role, *_ = r.choices(fits, weights=[0.2 if p[1] == "GS.TS" else 1 for p in fits])[0]
            if role == "GS.TS":
                out.append(f"GS.TS {name}, nguyên Phó Chủ tịch Thường trực Hội đồng Lý luận Trung ương nhận định, "
                           f"cần {self.goal()}.")
            else:
                out.append(self.fill(r.choice(PERSON_SENTENCES), role=role, Role=role, name=name, goal=self.goal()))
            self.named.append(name)
        local = self.w.people.get(self.place, [])
        for name, role in r.sample(local, min(len(local), r.choice((0, 1, 1, 2)))):
            out.append(self.fill(r.choice(PERSON_SENTENCES), role=role, Role=role, name=name, goal=self.goal()))
            if r.random() < 0.5:
                out.append(self.fill(r.choice(AGAIN_SENTENCES), name=name))
            self.named.append(name)
        if r.random() < 0.1:
            out.append("Các chi bộ đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, "
                       "thấm nhuần lời dạy của Chủ tịch Hồ Chí Minh: “Cán bộ là cái gốc của mọi công việc”.")
        return out

    def place_sentences(self) -> list[str]:
        r = self.rng
        out = []
        for _ in range(r.choice((0, 1, 1, 2))):
            other = r.choice(self.w.sources.places)
            out.append(self.fill(r.choice(PLACE_SENTENCES), place2=other, org2=r.choice(CENTRAL_ORGS)))
        return out

    def seed_sentences(self, count: int) -> list[str]:
        """Seed sentences that fit the year and the home place, none twice in one article."""
        if self.usable is None:
            self.usable = [s for era, home, s in self.w.sources.sentences
                           if era <= self.y and home in ("", self.place)]
            self.rng.shuffle(self.usable)
        if len(self.usable) < count:  # a long article has used them all: start again
            self.usable = None
            return self.seed_sentences(count)
        taken, self.usable = self.usable[:count], self.usable[count:]
        return taken

    def title(self) -> str:
        r = self.rng
        topic = self.topics[0]
        registered, local, central = self.docs_for_year()
        docs = registered + local
        if docs and r.random() < 0.25:
            doc = r.choice(docs)
            short = doc.aliases[0] if doc.aliases and not doc.n else f"{doc.type} số {doc.number}"
            return self.fill(r.choice(("{org} quán triệt, triển khai {short}", "Sơ kết {m} năm thực hiện {short}{at}",
                                       "Triển khai thực hiện {short}{at}", "{Unit} thực hiện {short}")),
                             short=short, m=max(1, self.y - doc.year) if doc.year < self.y else "1",
                             at=self.at(), Unit=_cap(self.unit))
        if r.random() < 0.2:  # "Nghệ An: đẩy mạnh ..."
            text = self.fill(r.choice(TOPICS[topic][0]), at="")
            return f"{_place_text(self.place)}: {text[:1].lower()}{text[1:]}"
        text = self.fill(r.choice(TOPICS[topic][0]), at=self.at())
        return text

    def lead(self) -> str:
        r = self.rng
        event = self.fill(r.choice(EVENTS[EVENT_MONTHS.get(self.date.month, 0)]),
                          q=(self.date.month - 1) // 3 + 1)
        day = self.date
        when = r.choice((f"Ngày {day.day}/{day.month}", f"Sáng {day.day}-{day.month}", f"Chiều {day.day}-{day.month}",
                         "Ngày hôm qua", "Sáng nay"))
        return self.fill(r.choice((
            "{when}, {org} tổ chức hội nghị {event}, tập trung bàn giải pháp {goal}.",
            "{when}, tại {unit}, {org} đã tổ chức hội nghị {event}. Hội nghị thống nhất yêu cầu {goal} "
            "trong thời gian tới.",
            "Thời gian qua, {unit} đã có nhiều cách làm sáng tạo để {goal}, tạo chuyển biến rõ nét trong "
            "công tác xây dựng Đảng.",
        )), when=when, event=event, goal=self.goal(self.topics[0]))

    def body(self) -> list[str]:
        """Paragraphs: generated facts spread among the seed articles' sentences."""
        r = self.rng
        facts = []
        for n, topic in enumerate(self.topics):
            sentences = TOPICS[topic][2]
            facts += [self.fill(s) for s in (sentences if n == 0 else r.sample(sentences, 1))]
        facts += self.citation_sentences() + self.person_sentences() + self.place_sentences()
        r.shuffle(facts)
        paragraphs = r.randint(5, 14) if r.random() < 0.95 else r.randint(20, 30)
        out = []
        for p in range(paragraphs):
            take = [facts.pop() for _ in range(min(len(facts), r.choice((0, 1, 1, 2))))]
            if p == paragraphs - 1:
                take += facts
            mixed = take + self.seed_sentences(r.randint(1, 4))
            r.shuffle(mixed)
            out.append(" ".join(mixed))
        return out

    def who(self) -> str:
        return f"Đồng chí {self.named[0]}" if self.named else "Lãnh đạo " + self.org

    def other_titles(self, k: int) -> list[str]:
        """Titles of 'other articles' in 004's chrome (they cite documents too)."""
        out = []
        for _ in range(k):
            doc = self.rng.choice([d for d in self.w.sources.documents if d.n])
            out.append(self.fill(self.rng.choice((
                "Hội nghị quán triệt, triển khai thực hiện {t} số {num}",
                "Sơ kết việc thực hiện {t} số {num} của {b}", "Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm {yy}")),
                t=doc.type, num=doc.number, b=doc.body or "Trung ương", yy=self.y + 1))
        return out


# ------------------------------------------------------------------ the five layouts

def _header(outlet: str) -> str:
    return f"---\noutlet: {outlet}\n---\n"


def render(wr: Writer, title: str) -> str:
    r, d = wr.rng, wr.date
    lead, body = wr.lead(), wr.body()
    layout = wr.layout
    # 001's byline shares the date line, where a name of more than four words reads as prose
    byline = r.choice([b for b in BYLINES if " - " not in b] if layout == "001" else BYLINES)
    if layout == "000":  # kicker?, title, "Chính trị | 06:51 Thứ Năm ngày 11/10/2012", (HNM) - lead, byline
        kicker = f"{r.choice(KICKERS)}\n\n" if r.random() < 0.3 else ""
        date_line = f"{r.choice(SECTIONS)} | {wr.time} {WEEKDAYS[d.weekday()]} ngày {d.day:02d}/{d.month:02d}/{d.year}"
        text = (f"{kicker}{title}\n\n{date_line}\n(HNM) - {lead}\n\n" + "\n\n".join(body)
                + f"\n{byline}\nBình luận\nGõ tiếng Việt có dấu, tối thiểu 15 chữ\nThông báo")
    elif layout == "001":  # chrome, title, "Quốc Bình| 16/07/2018 20:15", (HNMO) - lead, chrome with the title again
        text = (f"Theo dõi Báo Hànộimới trên\n\n{title}\n\n{byline}| {d.day:02d}/{d.month:02d}/{d.year} {wr.time}\n\n"
                f"(HNMO) - {lead}\n\n\n" + "\n\n".join(body) + f" \n\n({r.randint(0, 12)}) Bình luận\nNổi bật\n"
                f"Đừng bỏ lỡ\n{title}\n\n(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản "
                "của Báo Hànộimới.")
    elif layout == "002":  # worded date first, title, caption, (Thanhuytphcm.vn) - lead, doubled captions
        parts = list(body)
        if len(parts) > 3:
            parts.insert(r.randint(1, 2), r.choice(HEADINGS))
        for _ in range(r.randint(1, 2)):
            caption = r.choice(CAPTIONS).format(who=wr.who())
            parts.insert(r.randint(2, len(parts)), f"{caption} {caption}")
        caption = f"{r.choice(CAPTIONS).format(who=wr.who())}\n\n" if r.random() < 0.6 else ""
        text = (f"{WEEKDAYS[d.weekday()]}, ngày {d.day} tháng {d.month} năm {d.year}\n\n{title}\n\n{caption}"
                f"(Thanhuytphcm.vn) - {lead}\n\n" + "\n\n".join(parts)
                + f"\n\n{byline}\n\n\nÝ kiến bạn đọc\n\nrefresh\n \n\nTổng lượt bình luận\n\nTin khác\n\nThông báo")
    elif layout == "003":  # header, Sign In, title, "11:30 18/04/2023", lead, headings, captions, Tag:
        parts = list(body)
        parts.insert(r.randint(0, 1), r.choice(HEADINGS))
        if r.random() < 0.7:
            parts.insert(r.randint(2, len(parts)), r.choice(CAPTIONS).format(who=wr.who()))
        text = (_header(wr.outlet) + f"Sign In\n\n{title}\n\n{wr.time} {d.day:02d}/{d.month:02d}/{d.year}\n{lead}\n\n"
                + "\n\n".join(parts) + f"\n\n{byline}\n\nTag:\n\nFile đính kèm")
    else:  # 004: header, title, "01/06/2020 | 1456", lead, Ảnh:, "Một là," and numbered items, other articles
        parts = list(body)
        if len(parts) > 3:
            for n, k in enumerate(range(1, min(len(parts) - 1, 5))):
                words = parts[k].split(" ", 2)
                common = len(words) > 1 and words[1][:1].islower() and words[0] not in ("Đảng", "Bác")
                parts[k] = f"{ORDINALS[n]}, {parts[k][:1].lower() if common else parts[k][:1]}{parts[k][1:]}"
        items = r.sample(wr.w.sources.items, min(len(wr.w.sources.items), r.randint(0, 5)))
        parts += [f"{n}. {item}" for n, item in enumerate(items, start=1)]
        parts[-1] = parts[-1].rstrip(".") + "./."
        photo = f"Ảnh: {r.choice(CAPTIONS).format(who=wr.who())}.\n\n" if r.random() < 0.7 else ""
        others = wr.other_titles(r.randint(2, 4))
        chrome = "\n\nCác bài viết khác\n\n" + "".join(
            f"{t}\n\n{t}\n{when}\n\n" for t, when in zip(others[:2], ("hôm qua", "1 tháng trước")))
        chrome += "".join(f"• {t} ({n + 3} tháng trước)\n\n" for n, t in enumerate(others[2:]))
        text = (_header(wr.outlet) + f"{title}\n\n{d.day:02d}/{d.month:02d}/{d.year} | {r.randint(100, 9999)}\n\n"
                f"{lead}\n\n{photo}" + "\n\n".join(parts) + chrome.rstrip("\n"))
    return text


def _as_pasted(text: str, rng: random.Random) -> str:
    """What copy-paste does to some files: other tone placement, NFD, CRLF, look-alike Đ."""
    header, body = "", text
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4) + 5
        header, body = text[:end], text[end:]
    if rng.random() < 0.15:
        body = body.replace("Ủy ban", "Uỷ ban").replace("Thành ủy", "Thành uỷ")
    if rng.random() < 0.01:
        body = body.replace("Đảng", "\u00d0ảng", 1)
    text = header + body
    if rng.random() < 0.02:
        text = unicodedata.normalize("NFD", text)
    if rng.random() < 0.03:
        text = text.replace("\n", "\r\n")
    return text


# ------------------------------------------------------------------ the corpus

def generate(count: int, seed: int = DEFAULT_SEED, root: Path = ROOT):
    """Yield (file name, text, layout) for `count` articles, deterministically from `seed`."""
    from archive.readers import article_slug

    world = make_world(count, seed, root)
    rng = random.Random(seed)
    slugs: set[str] = set()
    texts: set[str] = set()
    for i in range(count):
        layout = LAYOUTS[i % len(LAYOUTS)]
        for _ in range(50):
            writer = Writer(world, rng, i, layout)
            title = writer.title()
            key = article_slug(writer.date, title)
            if key not in slugs:
                break
        else:  # pragma: no cover - 50 draws of date and title all taken
            raise RuntimeError(f"no unique title and date for article {i}")
        slugs.add(key)
        text = render(writer, title)
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest in texts:  # pragma: no cover - random sentences make this vanishingly rare
            raise RuntimeError(f"article {i} repeats another")
        texts.add(digest)
        yield f"bench_{i:05d}.txt", _as_pasted(text + "\n", rng), layout


def write_corpus(corpus: Path, count: int, seed: int = DEFAULT_SEED, root: Path = ROOT) -> list[Path]:
    """Replace the article files (*.txt) in `corpus` with `count` generated ones; registries stay."""
    corpus = Path(corpus)
    corpus.mkdir(parents=True, exist_ok=True)
    for old in corpus.glob("*.txt"):
        old.unlink()
    written = []
    for name, text, _ in generate(count, seed, root):
        path = corpus / name
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written


def edit_one_article(path: Path) -> str:
    """Change one body sentence of a corpus file (not its title, lead or header), as a
    contributor's correction would: the first body paragraph after the lead gets one
    more sentence. Returns the paragraph as it was."""
    raw = path.read_bytes().decode("utf-8")
    newline = "\r\n" if "\r\n" in raw else "\n"
    lines = raw.split(newline)
    prose = [n for n, line in enumerate(lines) if len(line) > 150 and line.rstrip().endswith((".", "…", "”"))]
    target = prose[1] if len(prose) > 1 else prose[0]
    before = lines[target]
    lines[target] = before.rstrip() + " " + unicodedata.normalize(
        "NFD" if unicodedata.is_normalized("NFD", raw) and not raw.isascii() else "NFC", EDIT_SENTENCE)
    path.write_bytes(newline.join(lines).encode("utf-8"))
    return before


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.rsplit("\n\n", 1)[-1].strip())
        return 2
    folder = Path(argv[0])
    count = int(argv[1]) if len(argv) > 1 else 1000
    seed = int(argv[2]) if len(argv) > 2 else DEFAULT_SEED
    write_corpus(folder, count, seed)
    print(f"{count} articles written to {folder} (seed {seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""One generated article, written in one of the five seed layouts (corpus.py)."""
from __future__ import annotations

import datetime as dt
import random
import unicodedata

from .sources import Doc
from .vocabulary import (AGAIN_SENTENCES, BACKREF_SENTENCES, BYLINES, CAPTIONS, CENTRAL_ORGS, CITE_SENTENCES,
                        CITIES, DISTRICTS, EVENTS, EVENT_MONTHS, HEADINGS, KICKERS, ORDINALS, OTHER_OUTLETS_004,
                        PERSON_SENTENCES, PLACE_SENTENCES, SECTIONS, TOPICS, TOPIC_KEYS, WEEKDAYS)
from .world import FIRST_YEAR, LAST_YEAR, World, cap, committee, home_place, place_text, title_lower


class Writer:
    """One article's text, drawn from rng: facts first, then the layout around them."""

    def __init__(self, world: World, rng: random.Random, index: int, layout: str):
        self.w, self.rng, self.i, self.layout = world, rng, index, layout
        src = world.sources
        self.place = home_place(rng, layout, src.places)
        self.outlet = {"003": "Cổng thông tin điện tử Thành ủy Hà Nội" if self.place == "Hà Nội"
                       else f"Cổng thông tin điện tử {committee(self.place)} {self.place}",
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
        self.org = f"{committee(self.place)} {place_text(self.place)}"
        t1 = 2005 + 5 * ((self.y - 2005 + 1) // 5)
        self.slots = {"place": place_text(self.place), "unit": self.unit, "org": self.org, "Org": self.org,
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
            return f" ở {place_text(self.place)}"
        if r < 0.6:
            return f" tại {self.unit}"
        if r < 0.75:
            return f" ở Đảng bộ {place_text(self.place)}"
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
            about = f" về “{cap(title_lower(doc.title))}”" if r.random() < 0.5 else f" về {title_lower(doc.title)}"
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
                             at=self.at(), Unit=cap(self.unit))
        if r.random() < 0.2:  # "Nghệ An: đẩy mạnh ..."
            text = self.fill(r.choice(TOPICS[topic][0]), at="")
            return f"{place_text(self.place)}: {text[:1].lower()}{text[1:]}"
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


def as_pasted(text: str, rng: random.Random) -> str:
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

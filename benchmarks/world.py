"""The world a benchmark corpus is set in: its years, places, outlets and people,
drawn once from the seed (corpus.py)."""
from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from pathlib import Path

from .sources import Doc, Sources, load_sources
from .vocabulary import (CITIES, GIVEN, MIDDLE, PLACE_TEXT, PROVINCIAL_PORTALS, ROLES, SURNAMES, TOPICS,
                        TOPIC_KEYS)

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = ("000", "001", "002", "003", "004")
FIRST_YEAR, LAST_YEAR = 2005, 2025


def committee(place: str) -> str:
    return "Thành ủy" if place in CITIES else "Tỉnh ủy"


def place_text(place: str) -> str:
    return PLACE_TEXT.get(place, place)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def title_lower(text: str) -> str:
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


def person_name(rng: random.Random) -> str:
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
        place = home_place(rng, rng.choice(LAYOUTS), sources.places)
        name = person_name(rng)
        if name in taken:
            continue
        taken.add(name)
        roles = [r for r in ROLES if not (place in ("Hà Nội", "TP Hồ Chí Minh") and r.startswith(("Bí thư", "Phó Bí thư")))]
        role = rng.choice(roles).format(U=committee(place), P=place_text(place))
        people.setdefault(place, []).append((name, role))
    local: dict[str, list[Doc]] = {}
    local_types = (("Kế hoạch", "KH"), ("Chỉ thị", "CT"), ("Nghị quyết", "NQ"), ("Chương trình", "CTr"),
                   ("Đề án", "ĐA"), ("Kết luận", "KL"), ("Quy định", "QĐ"), ("Hướng dẫn", "HD"))
    for _ in range(max(40, count // 15)):
        place = home_place(rng, rng.choice(LAYOUTS), sources.places)
        kind, code = rng.choice(local_types)
        year = rng.randint(FIRST_YEAR - 2, LAST_YEAR)
        issuer, body = ("BTCTU", f"Ban Tổ chức {committee(place)}") if code == "HD" \
            else ("TU", f"{committee(place)} {place_text(place)}")
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


def home_place(rng: random.Random, layout: str, places: list[str]) -> str:
    if layout in ("000", "001"):
        return "Hà Nội" if rng.random() < 0.85 else rng.choice(places)
    if layout == "002":
        return "TP Hồ Chí Minh"
    if layout == "003":
        return "Hà Nội" if rng.random() < 0.7 else rng.choice(PROVINCIAL_PORTALS)
    return rng.choice(places)

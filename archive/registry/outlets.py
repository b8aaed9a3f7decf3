"""Known outlets: display name, slug, and the lead markers that identify them."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from archive.registry.schema import TEXT, TEXTS, URL, Field, Section, load_sections
from archive.errors import Problem
from archive.text.normalize import fold, slug

SECTION = Section("outlets", "outlet", (
    Field("name", TEXT, "display name, as readers know the publication", required=True),
    Field("markers", TEXTS, "lead markers without brackets: [HNM, HNMO]"),
    Field("site", URL, "the outlet's home address"),
    Field("domains", TEXTS, "its other hosts, old or new: [baosonla.org.vn, baosonla.vn]"),
    Field("description", TEXT, "one line about the outlet"),
))
FIELDS = SECTION.names()


@dataclass(frozen=True)
class Outlet:
    name: str
    slug: str
    markers: tuple[str, ...] = ()  # "(HNM) -" opens the lead: marker "HNM"
    site: str = ""
    description: str = ""
    domains: tuple[str, ...] = ()  # other hosts of the outlet, besides its site's


def host_of(url: str) -> str:
    """"https://www.sggp.org.vn/x" -> "sggp.org.vn"; "" when the address has no host.
    A bare host ("baosonla.vn") is read as one."""
    try:
        host = urlsplit(url.strip() if "//" in url else f"https://{url.strip()}").hostname or ""
    except ValueError:
        return ""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


class OutletRegistry:
    def __init__(self, outlets: list[Outlet]):
        self.outlets = outlets
        self._by_marker = {fold(m): o for o in outlets for m in o.markers}
        self._by_name = {fold(o.name): o for o in outlets}
        self._by_host: dict[str, Outlet] = {}
        for outlet in outlets:
            for address in (outlet.site, *outlet.domains):
                if host_of(address):
                    self._by_host.setdefault(host_of(address), outlet)

    def by_host(self, host: str) -> Outlet | None:
        """The outlet whose site or domains are exactly this host (see read/sources.py)."""
        return self._by_host.get(host)

    def by_marker(self, marker: str) -> Outlet | None:
        return self._by_marker.get(fold(marker))

    def by_name(self, name: str) -> Outlet:
        """The registered outlet of that name, or a new one made from the name."""
        return self._by_name.get(fold(name)) or Outlet(name=name, slug=slug(name))


# A domain as listed: a bare host, lower case, no scheme or path.
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$")


def _host_problems(record, display: str, claimed: dict[str, tuple[str, int]]) -> list[Problem]:
    """A domain that is not a bare host, or a host another outlet already claims: an
    address must name one outlet."""
    problems = []
    name = record.get("name")
    for domain in record.get("domains", ()):
        if not _HOST.match(domain):
            problems.append(Problem(display, f"outlet '{name}': domain '{domain}' is not a bare host",
                                    "write the host alone, in lower case: baomau.vn "
                                    "(no https://, no path)", record.line))
    for address in (record.get("site", ""), *record.get("domains", ())):
        host = host_of(address)
        if not host:
            continue
        owner, line = claimed.setdefault(host, (name, record.line))
        if owner != name:
            problems.append(Problem(display, f"outlets '{owner}' (line {line}) and '{name}' both claim {host}",
                                    "an address names one outlet: keep the host under one of them",
                                    record.line))
    return problems


def load_outlets(path: Path, display: str) -> OutletRegistry:
    if not path.exists():
        return OutletRegistry([])
    loaded = load_sections(path, display, (SECTION,))
    problems: list[Problem] = []
    outlets: list[Outlet] = []
    seen: dict[str, int] = {}
    claimed: dict[str, tuple[str, int]] = {}
    for record in loaded.records[SECTION.key]:
        name = record.get("name")
        if not name:
            continue  # reported by the schema
        if fold(name) in seen:
            problems.append(Problem(display, f"outlet '{name}' is listed twice (first on line {seen[fold(name)]})",
                                    "keep one entry and merge their markers", record.line))
            continue
        seen[fold(name)] = record.line
        problems += _host_problems(record, display, claimed)
        outlets.append(Outlet(name=name, slug=slug(name), markers=record.get("markers", ()),
                              site=record.get("site", ""), description=record.get("description", ""),
                              domains=tuple(record.get("domains", ()))))
    loaded.raise_problems(problems)
    return OutletRegistry(outlets)

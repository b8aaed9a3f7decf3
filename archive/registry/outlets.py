"""Known outlets: display name, slug, and the lead markers that identify them."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from archive.registry.loader import load_records
from archive.errors import ArchiveError, Problem, nearest
from archive.text.normalize import fold, slug

FIELDS = ("name", "markers", "site", "description")


@dataclass(frozen=True)
class Outlet:
    name: str
    slug: str
    markers: tuple[str, ...] = ()  # "(HNM) -" opens the lead: marker "HNM"
    site: str = ""
    description: str = ""


class OutletRegistry:
    def __init__(self, outlets: list[Outlet]):
        self.outlets = outlets
        self._by_marker = {fold(m): o for o in outlets for m in o.markers}
        self._by_name = {fold(o.name): o for o in outlets}

    def by_marker(self, marker: str) -> Outlet | None:
        return self._by_marker.get(fold(marker))

    def by_name(self, name: str) -> Outlet:
        """The registered outlet of that name, or a new one made from the name."""
        return self._by_name.get(fold(name)) or Outlet(name=name, slug=slug(name))


def load_outlets(path: Path, display: str) -> OutletRegistry:
    problems: list[Problem] = []
    outlets: list[Outlet] = []
    seen: dict[str, int] = {}
    if not path.exists():
        return OutletRegistry([])
    for record in load_records(path, display, "outlets"):
        data = record.data
        for key in data:
            if key not in FIELDS:
                guess = nearest(str(key), FIELDS)
                problems.append(Problem(display, f"unknown field '{key}'",
                                        f"did you mean '{guess}'?" if guess else f"fields: {', '.join(FIELDS)}",
                                        record.key_lines.get(key, record.line)))
        name = str(data.get("name", "")).strip()
        if not name:
            problems.append(Problem(display, "outlet without a name", "add 'name:'", record.line))
            continue
        if fold(name) in seen:
            problems.append(Problem(display, f"outlet '{name}' is listed twice (first on line {seen[fold(name)]})",
                                    "keep one entry and merge their markers", record.line))
            continue
        seen[fold(name)] = record.line
        markers = data.get("markers") or []
        outlets.append(Outlet(name=name, slug=slug(name), markers=tuple(str(m) for m in markers),
                              site=str(data.get("site", "")), description=str(data.get("description", ""))))
    if problems:
        raise ArchiveError(problems)
    return OutletRegistry(outlets)

"""Provincial government portals in corpus/outlets.yml (issue 13): the portal of each
province's or city's Ủy ban nhân dân names the pages of its own host only; a department's
or a district's site under it (so.<tỉnh>.gov.vn) is another body, and an address the
registry does not hold still warns without blocking the build."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from archive.read.reader import read_text
from archive.read.sources import outlet_for_url
from archive.registry.outlets import host_of, load_outlets
from conftest import ROOT

REGISTRY = ROOT / "corpus" / "outlets.yml"
TODAY = dt.date(2026, 12, 4)
PLACE = r"(?:tỉnh|thành phố|Thành phố) ([^.\n(]+)"


@pytest.fixture(scope="module")
def registry():
    return load_outlets(REGISTRY, "corpus/outlets.yml")


def _provinces() -> set[str]:
    """The 63 provinces and cities of before July 2025, as the Party papers' entries name them."""
    text = REGISTRY.read_text(encoding="utf-8")
    return set(re.findall(r"description: Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam " + PLACE + r"(?:\.| \()", text))


def _portals(registry) -> dict[str, object]:
    """Province -> its government portal's outlet."""
    found = {}
    for outlet in registry.outlets:
        match = re.fullmatch(r"Cổng thông tin của Ủy ban nhân dân " + PLACE + r"\.", outlet.description)
        if match:
            assert match[1] not in found, f"two portals for {match[1]}"
            found[match[1]] = outlet
    return found


def test_every_province_of_before_2025_has_its_government_portal(registry):
    provinces = _provinces()
    assert len(provinces) == 63
    assert set(_portals(registry)) == provinces


def test_a_portal_is_named_as_a_portal_of_its_own_province(registry):
    for place, outlet in _portals(registry).items():
        assert re.fullmatch(r"Cổng (?:Thông tin|Giao tiếp) điện tử " + PLACE, outlet.name), outlet.name
        assert outlet.name.endswith(place), (outlet.name, place)


def test_a_portal_lives_on_a_host_of_its_own_directly_under_gov_vn(registry):
    for outlet in _portals(registry).values():
        hosts = [host_of(a) for a in (outlet.site, *outlet.domains)]
        assert hosts and all(re.fullmatch(r"[a-z0-9-]+\.gov\.vn", h) for h in hosts), (outlet.name, hosts)


def test_no_portal_host_is_claimed_by_another_outlet(registry):
    """Unique across the whole registry: no paper, Party portal or department holds it."""
    for outlet in _portals(registry).values():
        for address in (outlet.site, *outlet.domains):
            claimants = [o.name for o in registry.outlets
                         if host_of(address) in {host_of(a) for a in (o.site, *o.domains) if a}]
            assert claimants == [outlet.name], (address, claimants)


# ---- Only the portal's own host names it

def test_the_portal_host_with_or_without_www_names_the_portal(registry):
    for outlet in _portals(registry).values():
        host = host_of(outlet.site)
        for url in (f"https://{host}/tin-tuc/bai-1.html", f"http://www.{host}/", f"https://m.{host}/a"):
            assert outlet_for_url(registry, url) is outlet, url


@pytest.mark.parametrize("near_miss", [
    "https://sovanhoa.{host}/tin-tuc/1",  # a department's own site
    "https://huyenmau.{host}/tin-tuc/1",  # a district's
    "https://xamau.huyenmau.{host}/tin/1",  # a commune's, under a district's
    "https://{host}.fake.com/tin/1",  # another domain that only starts like it
    "https://khac{host}/tin/1",  # a host that only ends like it
])
def test_a_near_miss_host_is_never_named_as_the_portal(registry, near_miss):
    for outlet in _portals(registry).values():
        found = outlet_for_url(registry, near_miss.format(host=host_of(outlet.site)))
        assert found is not outlet, (near_miss, outlet.name)
        assert found is None or not found.description.startswith("Cổng thông tin của Ủy ban nhân dân")


def test_a_department_registered_under_a_portal_keeps_its_own_name(registry):
    """A Ban's site registered under a city's portal host is that Ban, not the portal."""
    portal_hosts = {host_of(o.site) for o in _portals(registry).values()}
    subs = [(o, host_of(o.site)) for o in registry.outlets
            if host_of(o.site).partition(".")[2] in portal_hosts]
    assert subs, "the registry holds departments' sites under a portal's host"
    for outlet, host in subs:
        assert outlet_for_url(registry, f"https://{host}/a") is outlet


# ---- Through the reader: an unregistered host under a portal warns, never blocks

BODY = "Tiêu đề của bài viết trên trang sở\n\nNgày 16/07/2018\n\nĐoạn mở đầu của bài viết, đủ dài để là một đoạn văn.\n"


def test_a_department_page_under_a_portal_is_named_by_its_masthead_with_a_warning(registry):
    portal = next(iter(_portals(registry).values()))
    url = f"https://sovanhoa.{host_of(portal.site)}/tin/1"
    text = f"---\nurl: {url}\n---\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH NAM SƠN\n\n{BODY}"
    reading = read_text(text, "corpus/x.txt", registry, TODAY)
    assert reading.problems == []
    assert reading.article.outlet == "Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Sơn" != portal.name
    (warning,) = [w for w in reading.warnings if "outlets.yml" in w.message]
    assert f"domains: [sovanhoa.{host_of(portal.site)}]" in warning.hint


def test_an_unregistered_host_without_a_masthead_stands_in_with_a_warning(registry):
    portal = next(iter(_portals(registry).values()))
    host = f"huyenmau.{host_of(portal.site)}"
    reading = read_text(f"---\nurl: https://{host}/tin/1\n---\nTrang chủ\n\n{BODY}", "corpus/x.txt", registry, TODAY)
    assert reading.problems == [] and reading.article.outlet == host
    (warning,) = [w for w in reading.warnings if "outlets.yml" in w.message]
    assert "stands in" in warning.message

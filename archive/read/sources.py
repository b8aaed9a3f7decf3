"""The outlet from the article's address: `url:` in the header, or `new --url`.

The address's host is matched against the outlets' `site:` (and `domains:`, when the
registry has them) in corpus/outlets.yml: the host itself, then without a technical
prefix (m., amp., mobile.), then its parent domains, so dhd.baothanhhoa.vn finds Báo
Thanh Hóa. Under .gov.vn and .dcs.vn a subdomain is another body (vanlam.hungyen.gov.vn
is a district, not the province; duclinh.binhthuan.dcs.vn a district Party committee),
so there only the prefix is dropped. A public suffix (gov.vn, com.vn, ...) is never
matched on its own. An address whose host is not in the
registry never blocks a build: the host stands in for the outlet's name, with a
warning saying how to give it one.
"""
from __future__ import annotations

from archive.registry.outlets import Outlet, OutletRegistry, host_of

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

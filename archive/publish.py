"""How the site is built from docs/: one definition, used by the command line (and so
the Makefile), the tests and the benchmarks."""
from __future__ import annotations

OFFLINE_ZIP = "download/kho-luu-tru-offline.zip"  # where the published site offers the offline copy

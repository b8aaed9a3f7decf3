"""What the reader's round tests (tests/test_reader_round*.py) share: a made-up paste read as the
build reads a contributor's file with only its address typed, and the day the build runs."""
import datetime as dt

from archive.read.reader import Reading, read_text
from archive.registry.outlets import OutletRegistry

TODAY = dt.date(2026, 12, 2)


def reading(body: str, url: str = "https://example.gov.vn/tin-tuc/bai-1") -> Reading:
    """`body` under a header holding only `url:`, read with no outlet registered."""
    return read_text(f"---\nurl: {url}\n---\n" + body, "corpus/x.txt", OutletRegistry([]), TODAY)

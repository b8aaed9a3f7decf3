"""What the reader's round and conventions tests (tests/test_reader_round*.py,
tests/test_conventions_*.py) share: a made-up paste read as the build reads a contributor's file
with only its address typed, the day the build runs, and the numbers the citation scan reads in a
made-up article's text."""
import datetime as dt
from functools import lru_cache
from pathlib import Path

from archive.enrich.citations import extract_references
from archive.models import Article
from archive.read.reader import Reading, read_text
from archive.registry.documents import DocumentRegistry, load_registry
from archive.registry.outlets import OutletRegistry

TODAY = dt.date(2026, 12, 2)
URL = "https://example.gov.vn/tin-tuc/bai-1"
# A Party committee's news: a headline, its lead and two paragraphs, for pages made up around them.
HEAD = "Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm"
LEAD = ("Sáng 12/3, Huyện ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng sáu tháng đầu năm, triển khai "
        "nhiệm vụ trọng tâm sáu tháng cuối năm với sự tham dự của các đồng chí trong Ban Thường vụ.")
MORE = ("Phát biểu tại hội nghị, đồng chí Bí thư Huyện ủy đề nghị các chi bộ, đảng bộ cơ sở tiếp tục nâng cao "
        "chất lượng sinh hoạt, chú trọng công tác phát triển đảng viên trong thời gian tới.")
MORE2 = ("Hội nghị cũng đã thảo luận, thống nhất các giải pháp nâng cao hiệu quả công tác kiểm tra, giám sát "
         "và công tác dân vận trong hệ thống chính trị ở cơ sở.")


def read_paste(text: str) -> Reading:
    """A whole paste, its header included, read with no outlet registered."""
    return read_text(text, "corpus/x.txt", OutletRegistry([]), TODAY)


def reading(body: str, url: str = URL) -> Reading:
    """`body` under a header holding only `url:`, read with no outlet registered."""
    return read_paste(f"---\nurl: {url}\n---\n" + body)


def fields_of(body: str, url: str = URL) -> dict:
    """What the reader found in `body`, refused or not (title, date, author, ...)."""
    return reading(body, url).fields


def title_of(body: str, url: str = URL) -> str | None:
    return fields_of(body, url).get("title")


def author_of(body: str, url: str = URL) -> str:
    """The author the reader takes from `body`, "" for none."""
    return fields_of(body, url).get("author") or ""


def left_out(body: str) -> list[str]:
    """The reader's warnings for the lines of `body` it left out of the article (chrome, links, ...)."""
    return [w.message for w in reading(body).warnings if "left out of the article" in w.message]


def paste_author(text: str) -> str:
    """The author the reader takes from a whole paste, whether or not it is accepted as it is (an
    undated one is not)."""
    return read_paste(text).fields.get("author") or ""


def numbered_lines(*texts: str) -> list[tuple[int, str]]:
    """(file line, text) pairs, numbered from 1, as the reader's line rules take them."""
    return list(enumerate(texts, start=1))


def paragraphs(*lines: str) -> str:
    """A paste's lines, a blank line between each, as a page's copy gives them."""
    return "\n\n".join(lines) + "\n"


@lru_cache(maxsize=1)
def documents() -> DocumentRegistry:
    """corpus/documents.yml, as the build loads it."""
    root = Path(__file__).resolve().parents[1]
    return load_registry(root / "corpus" / "documents.yml", "corpus/documents.yml")


def cited_numbers(text: str, day: dt.date = dt.date(2020, 6, 1)) -> list[str]:
    """The document numbers the citation scan reads in `text`, an article's body published on `day`."""
    article = Article("corpus/x.txt", "Tiêu đề", day, "Báo", text, ())
    return [ref.number for ref in extract_references(article, documents())]

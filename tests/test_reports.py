"""What the command line prints (archive/reports.py): the check report never carries a
raw control character to a terminal or CI log, whatever a file is called."""
import datetime as dt
from types import SimpleNamespace

from archive import models
from archive.reports import check_report, summary


def _report(source_file: str):
    article = models.Article(source_file=source_file, title="Tiêu đề", date=dt.date(2020, 6, 1), outlet="Báo",
                             lead="Mở đầu.", blocks=(), slug="2020-06-01-tieu-de")
    return SimpleNamespace(articles=[article], warnings=[], site=SimpleNamespace(unresolved=[]))


def test_a_file_name_with_escape_codes_is_shown_not_obeyed():
    out = check_report(_report("corpus/\x1b[2Jbad\x07.txt"))
    assert "\x1b" not in out and "\x07" not in out
    assert "corpus/\\u001b[2Jbad\\u0007.txt" in out
    assert "title:   Tiêu đề" in out


def test_the_summary_counts_what_was_built():
    report = SimpleNamespace(articles=[1, 2], references=3, unresolved=1, warnings=[],
                             site=SimpleNamespace(documents={"a": 1}, tags={}, people={}), written=None,
                             seconds=0.5)
    text = summary(report)
    assert "articles: 2" in text and "references found: 3, unresolved: 1" in text and "time: 0.50 s" in text

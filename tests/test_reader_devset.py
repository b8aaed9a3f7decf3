"""The reader on real pastes (issue 13): `make eval-reader`'s figures, held at the level
reached. These are floors, not targets: a change that lowers any figure fails here, and
a change that raises one should raise its floor too.

The dev set (tests/fixtures/reader_devset) is what the reader is tuned on; the holdout
(tests/fixtures/reader_holdout) was labelled before the reader was run on it and must never
be tuned on (once its failures have been studied, it joins the dev set and a fresh one is
collected).
"""
import pytest

from benchmarks.eval_reader import FOLDERS, evaluate

# figure -> the least it may be (counts: the most). Measured with benchmarks/eval_reader.py.
FLOORS = {
    # 159 pastes: the first dev set (001-057), the first holdout (058-074), the second (075-102),
    # the third (103-128), the fourth (129-159)
    # date: two site clocks over older articles (103, 159) are taken with a doubt for the
    # reviewer, since a portal's true date above the headline looks the same (candidates.choose_date)
    "reader_devset": dict(title=1.0, date=0.987, outlet=0.591, bylines_found=0.979, bylines_invented=0,
                          citation_precision=1.0, citation_recall=1.0, chrome_citations_taken=0,
                          accepted=0.471, crashes=0),
    # 33 fresh pastes, measured once, never tuned on: a floor here only stops a change from
    # making it worse
    "reader_holdout": dict(title=0.878, date=0.939, outlet=0.242, bylines_found=0.454, bylines_invented=0,
                           citation_precision=1.0, citation_recall=1.0, chrome_citations_taken=0,
                           accepted=0.393, crashes=0),
}
AT_MOST = ("bylines_invented", "chrome_citations_taken", "crashes")


@pytest.fixture(scope="module", params=[folder.name for folder in FOLDERS])
def figures(request):
    folder = next(f for f in FOLDERS if f.name == request.param)
    return evaluate(folder)


def test_every_figure_holds_its_floor(figures):
    floors = FLOORS[figures.folder]
    found = figures.as_dict()
    low = {name: (found[name], floor) for name, floor in floors.items()
           if (found[name] > floor if name in AT_MOST else found[name] < floor - 1e-9)}
    assert not low, f"{figures.folder}: figure (now, floor): {low}"


def test_no_paste_crashes_the_reader(figures):
    assert [r.name for r in figures.results if r.crash] == []


def test_the_sets_are_whole(figures):
    assert figures.files == {"reader_devset": 159, "reader_holdout": 33}[figures.folder]

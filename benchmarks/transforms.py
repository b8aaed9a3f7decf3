"""Every transformation `make eval-variants` runs, in one registry, in the order it prints them: how
a page's chrome, title and date may be printed (variants.py, conventions rounds 9 and 10), where and
how writers are (writer_variants.py, round 11), dates in odd places (date_variants.py, round 12), and
headlines broken over lines elsewhere (title_variants.py, round 13), and writers in other credit forms
(credit_variants.py, round 25), furniture around the headline (headline_variants.py, round 26), and decoys
and writers' forms of round 27 (decoy_variants.py, byline_variants.py), and source-wrapped pastes of round 28
(wrap_variants.py)."""
from __future__ import annotations

from benchmarks.byline_variants import BYLINE_TRANSFORMS
from benchmarks.credit_variants import CREDIT_TRANSFORMS
from benchmarks.date_variants import DATE_TRANSFORMS
from benchmarks.decoy_variants import DECOYS
from benchmarks.headline_variants import HEADLINE_TRANSFORMS
from benchmarks.title_variants import TITLE_TRANSFORMS
from benchmarks.variants import PAGE_TRANSFORMS
from benchmarks.wrap_variants import WRAP_TRANSFORMS
from benchmarks.writer_variants import WRITER_TRANSFORMS

TRANSFORMS = {**PAGE_TRANSFORMS, **WRITER_TRANSFORMS, **DATE_TRANSFORMS, **TITLE_TRANSFORMS, **CREDIT_TRANSFORMS,
              **HEADLINE_TRANSFORMS, **DECOYS, **BYLINE_TRANSFORMS, **WRAP_TRANSFORMS}

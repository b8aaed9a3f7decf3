"""A forum thread's starter line (round 122): XenForo prints it under the thread's title, "Discussion in
'Thông Báo Hán Nôm Học' started by admin, Sep 3, 2013.", in Vietnamese "Thảo luận trong 'Tin tức' bắt đầu bởi
admin, 3/9/2013.". Its date is the day the thread was opened, the post's own day, so the line is the page's
date line. The forum's name in quotes and the poster's account before the date are the line's fields, not its
words, and the account is a site's (no byline, as round 120's member box is chrome); the closing stop ends the
fields, not a sentence.
"""
from __future__ import annotations

import re

_QUOTE = "['‘’\"“”]"
_FORUM = rf"{_QUOTE}[^\n]{{1,80}}?{_QUOTE}"  # the forum's name, quoted
_ACCOUNT = r"[^,\n]{1,40}"  # the poster's account, up to the comma before the date
_STARTER = re.compile(rf"\s*(?:discussion in|thảo luận trong)\s+{_FORUM}\s+(?:started by|bắt đầu bởi)\s+{_ACCOUNT},\s*",
                      re.IGNORECASE)


def thread_starter(text: str) -> int:
    """Where the date of a thread's starter line begins (the end of its fields), or 0 when `text` is none."""
    found = _STARTER.match(text)
    return found.end() if found else 0

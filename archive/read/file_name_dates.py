"""A screenshot's or an image's file name is no date line (issue 13, round 56).

A photo's alt text or caption often keeps the file's name, which carries the moment the picture
was taken: "Ảnh màn hình 2024-11-12 lúc 16.32.31" (macOS in Vietnamese), "Screenshot 2024-11-12 at
16.32.31", "IMG_20241112_163231", "z5012345_2024-11-12.jpg". Read as the page's date it invents one
that the page never printed, the worst kind of miss: such a line is never a date candidate.
"""
from __future__ import annotations

import re

from archive.text.normalize import fold_passage

# A screenshot's name, as operating systems write it: its words, then the date.
_SCREENSHOT = re.compile(r"(?:anh|chup|hinh)\s+man\s+hinh|screen\s*shot|screen\s+capture|capture\s+d.ecran",
                         re.IGNORECASE)
_IMAGE_END = re.compile(r"\.(?:jpe?g|png|gif|webp|heic|bmp|tiff?)\s*$", re.IGNORECASE)
# One token of letters, digits and underscores holding a run of digits: a camera's or a chat app's name.
_FILE_TOKEN = re.compile(r"[^\W_]*_[\w.-]*\d{4}[\w.-]*", re.UNICODE)


def file_name_date(text: str) -> bool:
    """The line holding a date is a file's name: a screenshot's, one ending in an image's extension,
    or one word of parts joined by underscores."""
    line = text.strip()
    if not line:
        return False
    if _IMAGE_END.search(line) or "_" in line and _FILE_TOKEN.fullmatch(line):
        return True
    return bool(_SCREENSHOT.match(fold_passage(line).replace("_", " ")))

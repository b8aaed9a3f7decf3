"""The names of literary genres, with their tone marks: the one list the reader's genre rules
derive from (issue 13). A genre's name alone on a line is a label, not a headline
(title_lines.genre_label); before the writer's name it is a label that goes ("Bút ký: X",
"Truyện ngắn của X", folded among names.LABELS).
"""
from __future__ import annotations

# Both spellings where papers write either: "tùy" and "tuỳ", "ký" and "kí".
GENRES = ("tùy bút", "tuỳ bút", "tạp bút", "bút ký", "bút kí", "truyện ngắn", "truyện ký", "truyện kí", "tản văn",
          "tiểu luận", "ký sự", "kí sự", "phóng sự", "tiểu thuyết", "thơ", "chân dung văn học", "lý luận phê bình")
# The genre in one word, "Ký": a label before a name only ("Ký của Minh Ngọc"); alone on a line
# it is no genre line.
SHORT_GENRES = ("ký", "kí")
# The genres never read as a label before a name: "thơ" folds to "tho", the name "Thọ" ("Thọ -
# Minh Anh" keeps its "Thọ"); the others were never seen so, and the folded labels stay as
# narrow as they were read.
_NO_BYLINE_LABEL = ("thơ", "truyện ký", "truyện kí", "tiểu thuyết", "chân dung văn học", "lý luận phê bình")
BYLINE_GENRES = SHORT_GENRES + tuple(genre for genre in GENRES if genre not in _NO_BYLINE_LABEL)

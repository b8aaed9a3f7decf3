"""What a page prints under the article and its byline: notices, prompts, the next part's label (issue 13).

byline_slots.end_byline reads past these lines to the writer's name above them, as it reads past credits and
captions: none of them is the article's text, and none names its writer.
"""
from __future__ import annotations

import re

from archive.read.names import CONTACT_WORDS
from archive.text.normalize import fold

# What a page prints under the article and its byline, folded: a notice on reusing it ("Ghi rõ nguồn
# ... khi phát hành lại"), on what is being read ("Bạn đang đọc bài viết ... tại chuyên mục ..."), a
# disclaimer ("... quan điểm riêng của tác giả"), the series' next part ("Kỳ tới: ...", "Bài sau: ...").
# A comment form's prompt ("Mời bạn cho ý kiến, quan điểm...", "Hãy để lại bình luận") and the site's
# contact notice with its number ("Hãy liên hệ với chúng tôi qua số điện thoại: 0988 ...") as well.
_NOTICE = re.compile(r"\b(?:ghi ro nguon|phat hanh lai|dang tai lai|sao chep lai|ban dang doc bai viet|"
                     r"quan diem (?:rieng )?cua tac gia)\b|^(?:ky|bai|phan) (?:toi|sau|tiep theo|cuoi)\s?:"
                     r"|^(?:moi ban|xin moi ban|hay|vui long|ban hay) (?:cho|gui|de lai|viet|chia se) "
                     r"(?:y kien|binh luan|nhan xet|cam nhan)\b"
                     rf"|\b(?:{CONTACT_WORDS})\b.{{0,60}}\d[\d .]{{7,}}\d"
                     # an album's prompt under the photos: "Xin click lên hình để xem các hình trong album này:"
                     r'|^(?:xin |moi ban |hay |vui long )?["“]?(?:click|nhan|bam|nhap|cham)["”]? (?:len |vao )?(?:hinh|anh)'
                     r"\b.{0,60}\b(?:album|thu vien anh)\b")


def end_notice(text: str) -> bool:
    """The line is a notice a page prints under its article."""
    return bool(_NOTICE.search(fold(text)))

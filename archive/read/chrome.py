"""Site chrome: the lines a news site wraps around an article, which never reach a page.

Two kinds. A *stop* line starts the page footer (comments, tag list, "other articles"): it and everything after it
are dropped. A *noise* line is dropped wherever it stands (sign-in prompts, "follow us" banners). Both match a whole
line only, so an article sentence that merely contains these words is kept. A stop line above the page's own text is
a link box's label, not the footer: it is noise. A site's menu printed one item a line above the text is dropped too
(`menu_items`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive.read import blog_chrome, other_articles, portal_chrome
from archive.read.counter_heads import counter_over_text
from archive.read.furniture import banners, bar_menu, box_items, button_row, is_box_label, is_info_field, \
    poll_lines
from archive.read.issue_lines import is_issue_line, magazine_names
from archive.read.line_sizes import MENU_RUN
from archive.read.tag_lists import tag_lists
from archive.read.names import PAPER_NAMES, PLACES, is_slogan
from archive.read.reading_times import READING_TIME
from archive.read.section_menus import section_menu
from archive.read.dated_links import dated_link_runs
from archive.read.site_mastheads import site_masthead
from archive.read.inner_mastheads import inner_masthead
from archive.read.slash_trails import is_slash_trail
from archive.read.spaced_dates import close_spaced_dates
from archive.read.comment_boxes import COMMENT_LINES, COUNT_END, comment_box
from archive.read.cut_crumbs import crumb_lines
from archive.read.sources import masthead_name
from archive.read.verse_lines import verse_line
from archive.read.title_lines import alt_text, counter_row, doubled_label, generic_headline, genre_label, \
    hotline_bar, small_letter_menu
from archive.text.normalize import fold_passage
from archive.text.surnames import surname_at_end


@dataclass(frozen=True)
class Dropped:
    """A line the reader left out of the article, and why (shown by `check`)."""

    line: int
    text: str
    why: str

# Footer openers seen in the sources (DESIGN.md section 2), folded.
_STOP_LINES = (
    *COMMENT_LINES,  # a comment box's heading (comment_boxes.py)
    r"tag:?",  # 003: tag list
    r"tu khoa",  # a tag list's label alone on its line ("Từ khóa:"), its tags one a line under it
    r"file dinh kem",  # 003: attachments
    r"cac bai viet khac",  # 004: list of other articles (their titles cite documents too)
    r"tin khac|tin lien quan|bai lien quan|cung chuyen muc",
    r"(cac )?tin (cung chuyen muc|moi( nhat)?|da dua( ngay)?:?)|cac tin khac|tin bai lien quan|bai viet lien quan",
    r"([>»›]+ ?)?(tags?:?|(xem|doc) them:?|(tin|bai|bai viet|tin bai) lien quan:?)( ?[>»›]+)?",
    # related lists by other names: "Tin tức liên quan", "Bài viết cùng chủ đề", "Các tin đã đăng"
    r"tin tuc lien quan|(bai viet|tin bai|tin|bai) cung chu de|(cac )?(tin|bai viet|tin bai) da dang",
    r"(cac )?van ban lien quan",  # a portal's list of related documents, under the article
    # feedback and rating boxes, "most read" lists, links to the previous or next article
    r"(xem|viet|gui) (binh luan|phan hoi)|phan hoi|thong tin nguoi gui phan hoi|danh gia bai viet",
    r"(bai viet|tin bai) khac|(tin |bai )?(xem|doc) nhieu( nhat)?|(bai|tin) (truoc|sau|tiep theo)",
    # a comment box's title ("Trả lời", "Để lại bình luận") and its notices: the email stays
    # hidden, the editors edit readers' comments ("LƯU Ý: X sẽ biên tập ý kiến của bạn đọc ...")
    r"tra loi|de lai (mot )?(binh luan|y kien|phan hoi)( cua ban)?",
    r"(dia chi )?email cua ban se khong (duoc )?(hien thi|cong khai|cong bo).*",
    r"(luu y|chu y)\s?:.{0,80}\b(y kien|binh luan)\b.*",
    # a comment box's title naming both ("Bình luận, góp ý (0)") and its sign-in notice
    # ("Bạn cần đăng nhập để bình luận"): a page's own comment box, under the article
    r"(binh luan|y kien),? (gop y|binh luan|y kien)",
    r"(ban )?(can|phai|vui long) dang nhap de (binh luan|gop y|gui (y kien|binh luan)).*",
    # its throttle ("Bạn không thể gửi bình luận liên tục. Xin hãy đợi" / "60 giây nữa."), wrapped or not
    r"(ban )?khong the gui (binh luan|y kien|phan hoi).*|(xin )?(hay|vui long) (doi|cho) \d+ giay.*|\d+ giay nua\.?",
    # the site's own footer, naming who answers for it: "Chịu trách nhiệm nội dung: ...",
    # "Tổng Biên tập: ...", "Cơ quan chủ quản: ..." (a field and its colon, never a sentence)
    r"(chiu trach nhiem (noi dung|chinh|xuat ban)|co quan chu quan|(pho )?tong bien tap)\s?:.*",
)
# An empty author field ("Tác giả:", "Tác giả bài viết:"), folded: chrome, and a sign the
# page names its author somewhere (read/reader.py says so when no byline was found).
_AUTHOR_SLOT = r"tac gia( bai viet)?\s*:"
# Lines dropped anywhere, folded.
_NOISE_LINES = (
    r"sign in|dang nhap|dang ky",
    # 001: "Theo dõi Báo Hànộimới trên" (+ a network icon), "... trênGoogle News"; a headline or a
    # sentence opening on "Theo dõi" ("Theo dõi chặt chẽ diễn biến mưa lũ trên địa bàn") goes on.
    r"theo doi .{1,60} tren ?(google( news)?|facebook|fanpage|zalo|youtube|tiktok|twitter|instagram|mang xa hoi)?",
    r"noi bat|dung bo lo|thong bao|refresh",
    r"go tieng viet co dau.*",  # comment-box prompt
    r"\(\*\) khong sao chep.*",  # copyright notice
    # "Bản quyền thuộc về ...", "Bản quyền © 2025 ...": not "Bản quyền truyền hình ..." (a headline)
    r"ban quyen( (thuoc|©|\(c\)|\d{4}|noi dung|cua)).*|© .*|copyright .*",
    # also an empty counter, its number on the next line: "Lượt xem:", "Số lượt người xem:" (round 66)
    r"(\d+ )?(so )?luot (nguoi )?(xem|doc):?",
    r"(doc|nghe)( toan bo)? bai( viet)?|nghe doc( bai( viet)?)?|nghe audio",  # read-aloud buttons
    # An image's alt-text placeholder, printed where the image was: "Alternate Text".
    r"alt(ernate)? text|alt|image|no image( available)?|placeholder",
    r"in bai( viet)?|chia se( bai viet| bai nay| tin nay)?:?|(gui|goi) bai( viet)?|luu bai|print|in",
    r"(xem )?ban in( (gui|goi) bai( viet)?)?|in trang|phien ban in|luu tin|gui email|tai (ve|xuong)",  # print, send, save
    # Font-size and view widgets: "Xem với cỡ chữ", "Chọn cỡ chữ A a", "Mặc định Cỡ chữ", "aa".
    # The widget's label then its buttons, on their own line: "Xem với cỡ chữ : A- A A+", "Cỡ chữ: A A A",
    # "Kích thước chữ", "Font size: A+ A-"; a label names the text's size, the buttons are a letter and a sign.
    r"((xem|chon|mac dinh|thay doi)( voi)? )?(co chu|kich (thuoc|co) chu|(font|text) size)(\s?:?(\s?[-+]?a[-+]?)+)?\s?:?",
    r"chon co chu.*|a\s?a|a\+?\s?a-?|([-+]?a[-+]?\s?){2,4}",  # then contrast buttons ("A- A A+ | Tăng tương phản", round 116):
    r"(([-+]?a[-+]?\s?){1,4}\|?\s?)?((tang|giam|doi|thay doi) (do )?tuong phan\s?)+",
    # A site's welcome banner, above everything ("CHÀO MỪNG CÁC BẠN ĐẾN VỚI TRANG TTĐT ...",
    # "Chào mừng quý vị đến với Cổng thông tin điện tử ...!"): it greets the reader of the site.
    r"chao mung (quy vi|quy khach|quy doc gia|cac ban|ban)( da)? (den|ghe tham|truy cap)( voi| vao)? "
    r"(trang|cong|website|web|ban tin)\b.{0,160}",
    r"banner|google news|tim kiem( tin tuc)?|chung nhan tin nhiem mang|quay ve e-magazine.*",
    r"\|? ?\(?(so )?luot (nguoi )?xem:? ?\d+\)?|([•·*-] ?)?\d+ luot (xem|thich)|[\d.,]+k? (luot )?(chia se|shares?)",
    r"len (dau|top)|ve dau trang|gui cho ban be|chu thich anh",  # back-to-top and share buttons
    READING_TIME,  # how long the page takes to read: "5 phút đọc", "5 min read" (round 81)
    # A row of share buttons ("Facebook Zalo Twitter", "Chia sẻ: Facebook Email"), a back button; glued
    # with the print and font-size buttons ("EmailPrintAa", "Email Print A+ A-").
    r"((chia se|share)\s?:?\s?)?((facebook|zalo|twitter|messenger|linkedin|email|e-mail|copy link|"
    r"sao chep (lien ket|link)|in|print|a\s?a|a[-+])\s?\|?\s?)+",
    # A back button, its arrow printed as text: "<< Quay lại", "« Trở về", "Quay lại".
    r"(?:(?:<<?|«|‹|←)\s?)?(?:quay lai( trang truoc)?|tro ve|tro lai|back)",
    # A box of links to other sites, by its label: "Liên kết website", "Website liên kết", "Liên kết web".
    # The site's contact line under its masthead: "Hội ... - Địa chỉ: 12 Lê Lợi ... Số ĐT: (0123)".
    r".{0,120}\bdia chi ?:.{1,120}\b(so )?(dt|dien thoai|tel|fax|hotline) ?:.{0,60}",
    r"(cac )?(lien ket|website lien ket|web lien ket|link lien ket)( (website|web|trang))?\s?:?",
    # An accessibility skip link, first on a page: "Bỏ qua nội dung", "Chuyển đến nội dung
    # chính", "Truy cập nội dung luôn", "Đi tới nội dung chính", "Skip to main content".
    r"((bo qua|chuyen|di|nhay|truy cap|toi|den)( (den|toi|vao|xuong))? (phan )?noi dung( chinh)?( luon| ngay)?)",
    r"(skip|jump|go)( directly)? to (the )?(main |page )?(content|navigation|menu)|skip (navigation|links?)",
    # Keyword and metadata fields: "Từ khóa: ...", "Tags: ...", "Thể loại: Xã hội", an empty "Tác giả:".
    r"tu khoa:.*|tags? ?:.*|the loai:.*|nguon tin:.*",
    # a related link in the text, maybe after arrows: "Xem thêm: <headline>", ">> Tin liên quan: <headline>"
    r"([>»›]+ ?)?((xem|doc) them|(tin|bai|bai viet|tin bai) lien quan) ?:.+",
    # The site's licence imprint, issued to the site by the press authorities (the ministry or
    # department of information, the Press Department), not cited by the article: "Giấy phép số
    # 123/GP-BTTTT ngày ...", "Giấy phép hoạt động báo chí điện tử số 45/GP-BTTTT", "... /GP-TTĐT".
    r"(giay phep|gpxb)\b.{0,120}\d\s?/\s?gp-(btttt|bvhtt|bvhttdl|stttt|ttdt|cbc)\b.*",
    _AUTHOR_SLOT,
    # A reading-time widget, maybe with an empty author field glued to it: "Ước tính thời
    # gian nghiên cứu: 2 phút Tác giả", "Thời gian đọc: 5 phút", "3 phút đọc", "Đọc trong 4 phút".
    r"(uoc tinh |du kien )?thoi (gian|luong) (doc|nghien cuu|xem|nghe)( bai( viet)?)?\s?:?\s?(khoang |~\s?)?\d{1,3}"
    r"\s?(phut|p)( doc)?( tac gia( bai viet)?:?)?",
    r"\d{1,3} phut (doc|de doc)|doc (trong|mat|het) (khoang )?\d{1,3} phut",
    r"[.,;:'\"`]{1,3}",  # stray punctuation closing a paste: ".", ";" ("---" is text: it is shown as is)
    # an image's or an attachment's file name ("45-KH-TU.signed.pdf": the number names the file)
    r"[\w() .-]*[\w)]\.(png|jpe?g|gif|webp|pdf|docx?|xlsx?|rar|zip)",
)
_STOP = re.compile("|".join(f"(?:{p})" for p in (*_STOP_LINES, *portal_chrome.STOP_LINES, *blog_chrome.STOP_LINES,
                                                        *other_articles.STOP_LINES)))
# A portal's program identifier opening a line: a web-part or portlet name
# ("KhoaAliasPlainTextWebPart - Dữ liệu ...", "menu_WAR_vienkiemsatportlet_INSTANCE_x"):
# an ASCII word joining four capitalised parts or more, or three parts by underscores.
# Prose and names join fewer ("trênGoogle" is a glued word, "VietNamNet" a name).
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]+")
_HUMP = re.compile(r"[a-z0-9][A-Z]")
# Alternatives that scan a window for a word (a browser notice's "javascript", a contact line's
# "dia chi") cost most of the match on every line: each is tried only on a line holding its word,
# which every match of it holds (tests/test_chrome_fast.py proves the word is required).
_SCAN_WORDS = ("java", "dia chi")
_SCANS = tuple((next(w for w in _SCAN_WORDS if w in p), re.compile(p))
               for p in (*_NOISE_LINES, *portal_chrome.NOISE_LINES) if p.startswith(".{0,") and any(w in p for w in _SCAN_WORDS))
_NOISE_UNSCANNED = re.compile("|".join(f"(?:{p})" for p in (*_NOISE_LINES, *portal_chrome.NOISE_LINES)
                                       if p not in {scan.pattern for _, scan in _SCANS}))


def is_noise_text(folded: str) -> bool:
    """A folded, stripped line matches one of the noise patterns (_NOISE_LINES and portal_chrome's);
    each scan is tried only where its word is."""
    return bool(_NOISE_UNSCANNED.fullmatch(folded)) or any(w in folded and scan.fullmatch(folded) for w, scan in _SCANS)




# A link to the previous or next article glued to its title: "Bài trướcHội thảo ...",
# or after a colon: "Tin sau: Đại hội Chi bộ 4". Prose goes on in lower case ("Bài trước đã nêu").
_GLUED_LINK = re.compile(r"(?:Bài|Tin) (?:trước|sau|tiếp theo)(?::\s*|)(?=[^\W\d_])")


# A paste's lines are asked about by several passes (unglue, then strip_chrome), and a site's chrome
# lines come back in paste after paste: both predicates depend on the line alone, so each is
# worked out once per distinct line.
@lru_cache(maxsize=4096)
def is_stop_line(line: str) -> bool:
    glued = _GLUED_LINK.match(line.strip())
    label = fold_passage(line).strip()
    if label.endswith(")"):  # the count's pattern, tried at every character, only where it can end
        label = COUNT_END.sub("", label)
    # a footer's label may end with a colon ("Tin liên quan:", "Tin khác:"), as labels do;
    # but "Trả lời:" heads the answer of a question-and-answer page, not a comment box
    unlabelled = label.rstrip(":").rstrip()
    return bool(_STOP.fullmatch(label) or (unlabelled != "tra loi" and _STOP.fullmatch(unlabelled))) \
        or bool(glued and line.strip()[glued.end()].isupper())


def is_author_slot(line: str) -> bool:
    return re.fullmatch(_AUTHOR_SLOT, fold_passage(line).strip()) is not None


@lru_cache(maxsize=4096)
def is_noise_line(line: str) -> bool:
    return is_noise_text(fold_passage(line).strip()) and not source_names_person(line) or _opens_with_identifier(line) or is_breadcrumb(line) \
        or is_tagline(line) or is_info_field(line) or button_row(line, is_noise_line) or bar_menu(line) \
        or is_issue_line(line) or alt_text(line)


# A portal's source field naming a person by full name, maybe with a place or unit after a dash
# ("Nguồn tin: Lương Vĩnh - huyện Điện Biên Đông"): the writer, so no chrome (the byline is read later).
_PLACES_AND_PAPERS = PLACES | PAPER_NAMES
_SOURCE_PERSON = re.compile(r"nguồn tin\s*:\s*([^\W\d_]+(?:\s+[^\W\d_]+){1,3})\s*(?:$|[-–—,(])", re.IGNORECASE)


def source_names_person(line: str) -> bool:
    found = _SOURCE_PERSON.match(line.strip())
    words = found.group(1).split() if found else []
    return bool(words) and all(w[:1].isupper() for w in words) and surname_at_end(words) \
        and fold_passage(found.group(1)).strip() not in _PLACES_AND_PAPERS


# An organisation's tagline under its masthead: virtues joined by spaced dashes ("TẬN TÂM - CHUYÊN NGHIỆP").
_SPACED_DASH = re.compile(r"\s+[-–—]\s+|\s*[–—]\s*")


def is_tagline(line: str) -> bool:
    return len(line) <= 80 and is_slogan(_SPACED_DASH.split(line))


# A breadcrumb: "Trang chủ > Xây dựng Đảng", "Tin tức » Sự kiện » Hoạt động", short parts
# joined by arrows or spaced slashes, from the home page on or three deep.
_CRUMB = re.compile(r"\s+(?:>>?|»|›|→|/)\s+")
_CRUMB_MARK = re.compile(r"[>»›→/]\s")  # a separator's mark has a space after it (not a date's slash)
_HOME = ("trang chu", "trang nhat", "home")


def is_breadcrumb(line: str) -> bool:
    if line.rstrip().endswith("/") and is_slash_trail(line):  # "Tin tức/Sự kiện/" (slash_trails.py)
        return True
    # most lines: no spaced arrow or slash, nothing to split; a spaced date's slashes are no separators
    if not _CRUMB_MARK.search(line) or not _CRUMB_MARK.search(line := close_spaced_dates(line)):
        return False  # "Thứ 4, Ngày 07 / 09 / 2021" is a date line (spaced_dates.py)
    parts = _CRUMB.split(line.strip())
    if len(parts) < 2 or not all(part and len(part.split()) <= 6 and not part.endswith((".", "!", "?"))
                                 for part in parts):
        return False
    return len(parts) >= 3 or fold_passage(parts[0]).strip() in _HOME


# A page's metadata printed as text (a portal's hidden fields pasted with the page): an ISO
# timestamp with its "T" and zone, a bare address, an image file's address. A short name standing
# among them is the site's or its publisher's, never a byline.
_ISO_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})")
_BARE_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def is_page_metadata(line: str) -> bool:
    text = line.strip()
    return bool(_ISO_STAMP.fullmatch(text) or _BARE_ADDRESS.fullmatch(text))


def beside_page_metadata(texts: list[str], index: int) -> bool:
    """The line at `index` has a page-metadata line just above or below it."""
    return any(0 <= j < len(texts) and is_page_metadata(texts[j]) for j in (index - 1, index + 1))


def _opens_with_identifier(line: str) -> bool:
    words = line.split(None, 15)  # a 16th item: more than 15 words
    if not words or len(words) > 15 or not _ASCII_WORD.fullmatch(words[0]):
        return False
    return len(_HUMP.findall(words[0])) >= 3 or words[0].count("_") >= 2


def strip_chrome(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Drop the footer (from the first stop line on), noise lines and blank lines."""
    return strip_chrome_noting(lines)[0]


def strip_chrome_noting(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], list[Dropped]]:
    """The lines kept, and what was dropped (for `check` to list): noise lines one by
    one, the footer as its first line and how many lines followed it.

    A stop line within the first three content lines is not a footer (no article
    is that short), nor one above the page's own text among the head's lines (a link box's
    label, "Đọc nhiều", "Tin mới nhất", over other headlines above the headline): it is noise.
    """
    kept: list[tuple[int, str]] = []
    dropped: list[Dropped] = []
    text_begun = False
    texts = [line for _, line in lines]
    boxed = box_items(texts, lambda text: is_stop_line(text) or is_box_label(text))
    boxed = dict.fromkeys(boxed, "another article's headline, in a link box above the article") | \
        dict.fromkeys(banners(texts), "a banner over the headline") | dict.fromkeys(poll_lines(texts), "a poll box") | \
        dict.fromkeys(tag_lists(texts), "a post's tags, under their label") | \
        dict.fromkeys(site_masthead(texts), "the site's masthead (its name, tagline, topics)") | \
        dict.fromkeys(magazine_names(texts), "a magazine's name over its issue line (issue_lines.py)") | \
        dict.fromkeys(inner_masthead(texts), "a site's name and slogan below the top (inner_mastheads.py)") | \
        dict.fromkeys(crumb_lines(texts), "a breadcrumb over the headline (cut_crumbs.py)")
    dated = dated_link_runs(texts)
    for at, (number, line) in enumerate(lines):
        if not line:
            continue
        if at in boxed:
            dropped.append(Dropped(number, line, boxed[at]))
            continue
        if not text_begun and verse_line(line):  # a verse widget over the page (verse_lines.py), however long
            dropped.append(Dropped(number, line, "a stanza over the page's text: site chrome"))
            continue
        if at in dated and not text_begun:  # other items' links over the page's text (dated_links.py)
            dropped.append(Dropped(number, line, "another article's headline and date, in a list of links"))
            continue
        text_begun = text_begun or _page_text(line)
        stop = is_stop_line(line)  # asked once: a stop line too early to end the page is noise below
        if stop and len(kept) >= 3 and (text_begun or len(kept) >= _HEAD_LINES) and counter_over_text(texts, at):
            dropped += [Dropped(*line, "above a visit counter over the page's text: site chrome") for line in kept]
            kept, text_begun = [], False  # the counter ends the side column: the page's head follows (counter_heads.py)
            continue
        if stop and (len(kept) >= 3 or text_begun and len(kept) == 2 and comment_box(line)) \
                and (text_begun or len(kept) >= _HEAD_LINES):
            rest = sum(1 for _, text in lines[at + 1:] if text)
            after = f"the {rest} lines after it" if rest > 1 else "the line after it"
            dropped.append(Dropped(number, line, f"the page footer starts here; it and {after} were dropped"
                                   if rest else "the page footer"))
            break
        # a sidebar label printed twice, a counter's row stand above the page's text; below it, such a line
        # is a photo's alt text and caption, a figure of the article
        if (stop or is_noise_line(line) or section_menu(line) or not text_begun and (
                doubled_label(line) or counter_row(line) or genre_label(line) or hotline_bar(line))) \
                and not generic_headline(lines, at, first=not kept and not dropped):
            if any(ch.isalnum() for ch in line):  # stray punctuation is not worth a reviewer's look
                dropped.append(Dropped(number, line, "site chrome"))
            continue
        kept.append((number, line))
    menu = menu_items(kept) | small_letter_menu(kept)
    dropped += [Dropped(*kept[i], "a menu's item: site chrome") for i in sorted(menu)]
    return [line for i, line in enumerate(kept) if i not in menu], dropped


_HEAD_LINES = 14  # past this many lines a page without a sentence (a photo story) has its footer
_PARAGRAPH_WORDS = 24  # a line this long is the page's own text, its full stop dropped or not


def _page_text(line: str) -> bool:
    """A sentence (a headline ends with no full stop) or a paragraph: the page's own text has begun."""
    return line.rstrip().endswith((".", "!", "?", "…", ".\"", ".”")) or len(line.split()) >= _PARAGRAPH_WORDS


_MENU_ITEM_WORDS = 4  # "Thủ tục hành chính", "Văn bản của tỉnh"
_TOP_OF_PAGE = re.compile(r"\S+(?: \S+){7}")  # a line of eight words: the page's own text has begun


def menu_items(lines: list[tuple[int, str]]) -> set[int]:
    """Indexes of the menu items above the page's own text: runs of five lines or more, each a
    label of a few words (no number, no closing mark), as a site prints its navigation one item
    a line. They would push the headline out of the lines the head is looked for in. The last
    line of a run stays: it may be the section's name or the headline's kicker."""
    items: set[int] = set()
    run: list[int] = []
    for i, (_, text) in enumerate([*lines, (0, "")]):
        if text and _menu_item(text):
            run.append(i)
            continue
        if len(run) >= MENU_RUN:
            items.update(run[:-1])
        run = []
        if _TOP_OF_PAGE.match(text) and not text.isupper() and not masthead_name(text):  # a masthead is no text
            break
    return items


def _menu_item(text: str) -> bool:
    return len([w for w in text.split() if w not in "-–&_"]) <= _MENU_ITEM_WORDS and not any(ch.isdigit() for ch in text) \
        and not text.rstrip().endswith((".", "!", "?", ":", ";", ",")) and text[:1].isalpha()


def undouble(line: str) -> str | None:
    """'X X' -> 'X' for a caption the site printed twice on one line, else None."""
    half = len(line) // 2
    if len(line) % 2 == 1 and line[half] == " " and line[:half] == line[half + 1 :]:
        return line[:half]
    return None


def broken_copies(folded: list[str]) -> set[int]:
    """Indexes of a headline's copy wrapped over several lines: two lines or more in a row that,
    joined, spell another line of the list, spaces aside ("ĐẠI HỘI ... LẦN" / "THỨ III ..." under
    "ĐẠI HỘI ... LẦN THỨ III ..."; a long headline hard-wrapped over five lines under its whole
    copy). The whole line is the headline; the pieces are no candidates of their own."""
    whole = {_unspaced(text) for text in folded if text}
    longest = max(map(len, whole), default=0)
    found: set[int] = set()
    for j in range(len(folded)):
        joined = ""
        for k in range(j, len(folded)):
            joined += _unspaced(folded[k])
            if not folded[k] or len(joined) > longest:
                break
            if k > j and joined in whole:
                found.update(range(j, k + 1))
                break
    return found


def _unspaced(text: str) -> str:
    return "".join(text.split())

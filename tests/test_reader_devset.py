"""The reader on real pastes (issue 13): `make eval-reader`'s figures, held at the level
reached. These are floors, not targets: a change that lowers any figure fails here, and
a change that raises one should raise its floor too.

The dev set (tests/fixtures/reader_devset) is what the reader is tuned on; the holdout
(tests/fixtures/reader_holdout) was labelled before the reader was run on it and must never
be tuned on (once its failures have been studied, it joins the dev set and a fresh one is
collected).
"""
import datetime as dt

import pytest

from benchmarks.eval_reader import FOLDERS, ROOT, evaluate, evaluate_file
from archive.registry.registries import load_registries

# figure -> the least it may be (counts: the most). Measured with benchmarks/eval_reader.py.
FLOORS = {
    # 1,817 pastes: the first dev set (001-057), the first holdout (058-074), the second (075-102),
    # the third (103-128), the fourth (129-159), the fifth ("holdout 4", 160-192), the sixth
    # ("holdout 5", 193-251), the seventh ("holdout 6", 252-294), the eighth ("holdout 7", 295-335),
    # the ninth ("holdout 8", 336-367), the tenth ("holdout 9", 368-401), the eleventh ("holdout 10", 402-451),
    # the twelfth ("holdout 11", 452-487), the thirteenth ("holdout 12", 488-523), the fourteenth
    # ("holdout 13", 524-559), the fifteenth ("holdout 14", 560-584), the sixteenth ("holdout 15", 585-600),
    # the seventeenth ("holdout 16", 601-685), the eighteenth ("holdout 17", 686-728), the nineteenth
    # ("holdout 18", 729-759), the twentieth ("holdout 19", 760-790), the twenty-first ("holdout 20", 791-809),
    # the twenty-second ("holdout 21", 810-850), the twenty-third ("holdout 22", 851-896), the twenty-fourth ("holdout 23", 897-921),
    # the twenty-fifth ("holdout 24", 922-941), the twenty-sixth ("holdout 25", 942-970),
    # the twenty-seventh ("holdout 26", 971-998), the twenty-eighth ("holdout 27", 999-1024),
    # the twenty-ninth ("holdout 28", 1025-1047), the thirtieth ("holdout 29", 1048-1064),
    # the thirty-first ("holdout 30", 1065-1083), the thirty-second ("holdout 31", 1084-1099),
    # the thirty-third ("holdout 32", 1100-1106), the thirty-fourth ("holdout 33", 1107-1145),
    # the thirty-fifth ("holdout 34", 1146-1170), the thirty-sixth ("holdout 35", 1171-1194),
    # the thirty-seventh ("holdout 36", 1195-1226), the thirty-eighth ("holdout 37", 1227-1243),
    # the thirty-ninth ("holdout 38", 1244-1260), the fortieth ("holdout 39", 1261-1280), the forty-first ("holdout 40", 1281-1294),
    # the forty-second ("holdout 41", 1295-1306), the forty-third ("holdout 42", 1307-1320),
    # the forty-fourth ("holdout 43", 1321-1336), the forty-fifth ("holdout 44", 1337-1353),
    # the forty-sixth ("holdout 45", 1354-1367), the forty-seventh ("holdout 46", 1368-1381),
    # the forty-eighth ("holdout 47", 1382-1402), the forty-ninth ("holdout 48", 1403-1416),
    # the fiftieth ("holdout 49", 1417-1430), the fifty-first ("holdout 50", 1431-1440),
    # the fifty-second ("holdout 51", 1441-1453), the fifty-third ("holdout 52", 1454-1464),
    # the fifty-fourth ("holdout 53", 1465-1484), the fifty-fifth ("holdout 54", 1485-1505),
    # the fifty-sixth ("holdout 55", 1506-1531), the fifty-seventh ("holdout 56", 1532-1552),
    # the fifty-eighth ("holdout 57", 1553-1576), the fifty-ninth ("holdout 58", 1577-1600),
    # the sixtieth ("holdout 59", 1601-1621), the sixty-first ("holdout 60", 1622-1642),
    # the sixty-second ("holdout 61", 1643-1665), the sixty-third ("holdout 62", 1666-1688),
    # the sixty-fourth ("holdout 63", 1689-1710), the sixty-fifth ("holdout 64", 1711-1732),
    # the sixty-sixth ("holdout 65", 1733-1756), the sixty-seventh ("holdout 66", 1757-1781),
    # the sixty-eighth ("holdout 67", 1782-1797), the sixty-ninth ("holdout 68", 1798-1817)
    # title: 709's short generic headline ("Tin vắn tôn giáo", three words) loses to the lead's first
    # sentence under it; 822's scraper keyword line over the copied headline (one scraper, left alone)
    # (578, 900 and 907 fixed by kind in round 25, and 914's invented byline)
    # date: two site clocks over older articles (103, 159) are taken with a doubt for the
    # reviewer, since a portal's true date above the headline looks the same (candidates.choose_date);
    # 325, 452, 482: a lone weekday date and time on the first line, over a slogan banner, an ad
    # slot and a breadcrumb, or a contact bar, labelled a clock (doubtful in the labels themselves);
    # 687: a site clock with its month in words over a 2020 story, taken with the doubt;
    # bylines: 058's "Khánh Hòa" and 1693's "Thái Bình" are also provinces' names, and a place is never
    # a byline; 569's "Hoàng " is a name the paste's length cut short
    # 867, 881: holdout 22's kinds left after round 23 (its README, "After round 23")
    # 900's priest's signature pushed right: holdout 23's kind left after round 24 (the holdout README,
    # "After round 24")
    # 983's one-word Latin pen name ("Prince") over the comment button: holdout 26's kind left after
    # round 27 (a strict xfail in tests/test_reader_round27.py says why)
    # 1087: a listed company's notice coded by its ticker ("Công văn 46/TB-BKC") is taken as a state
    # document: holdout 31's kind left after round 32 (no general rule tells a ticker without a list)
    # 1103: a state document posted as the page with its header (the issuer's lines, the motto, the
    # signing place and date): read right since conventions round 6 (read/document_headers.py)
    # 1100: "Mai viết Tăng" under "/." is read as the name it is, in proper case; its label, which
    # kept the small letter against the dev README's proper-case rule, was mended to "Mai Viết Tăng"
    # 1110: a weekday date line over a parish's liturgical calendar, labelled the site's clock (a
    # judgement of the label: no rule written); 1139: the post title with its writer after " -" over
    # the headline printed again without him, the label keeping the first (a judgement: no rule)
    # 1151: a compiler's credit under the headline (" Jalan Riya  Sưu tầm"): holdout 34's kind left to
    # conventions round 7 (religious sites' and compilers' credits), not round 35's; still missed after
    # round 36 (conventions round 7 read religious titles, not a compiler's credit after the name)
    # 1186: a capitals subtitle under a short headline ("NGÀY VUI CỦA DÒNG TỘC" under "Cảm xúc tháng 6"),
    # the label keeping the first line (a judgement: no rule); 1194: a feed line's date ("RSS Feed for
    # '<headline>' | Tạp chí ... Thứ năm 21/11/2024 13:21"), labelled the posting date (a judgement: no rule)
    # 1195-1226 (holdout 36): none missed after round 37 (its kinds fixed: an author and a translator
    # with a bar, a reporter/outlet slash, "bởi X", a newsletter's issue line, a date glued to a rating)
    # 1227-1243 (holdout 37): none missed after round 38 (its kinds fixed: a full name in brackets
    # closing the last paragraph, a poll box with no button over the headline and a media label after it)
    # 1244-1260 (holdout 38): 1244's English weekday-date widget ("Friday, April 19, 2024") over a post
    # whose address holds 2023/03/20 is taken as the date, the label calling it the visit day's widget (a
    # judgement: no rule); none other missed after round 39 (its kinds fixed: a year-first dotted date
    # with a view count, a capitals headline's lone first word over a hard-wrapped text)
    # 1261-1280 (holdout 39): 1261's date, printed only in a "Các tin khác" entry repeating the headline
    # with "(23/11/2023)", is not read (a judgement of the label: no rule, since a related list's entry
    # may be an earlier article of the same words, a yearly event's); none other missed after round 40
    # (its kind fixed: a line the slug and a later repeat name beats another post's title over it)
    # 1281-1294 (holdout 40): 1291's photo caption under a database error's SQL is taken for the headline;
    # 1292's site notice (an e-mail address, "liên lạc") and a community's letterhead over the headline are
    # taken for it and its writer under the text is missed; 1293's print issue's release day is not read
    # as the date (the label's judgement); 1286's news section's name glued before the headline ("Chính
    # trị 20 phụ huynh ...") stays on the title (a rule cutting it was taken out in review: real headlines
    # open so); none other missed after round 41 (its kinds fixed: a dispatch numbered
    # "number/issuer-unit", a title-case headline over three lines under a section label)
    # 1295-1306 (holdout 41): 1306's department's masthead over the headline ("Tổng cục lâm nghiệp Việt
    # Nam") is taken for it (the conventions helper's furniture, not round 42's); 1295's weekday date line
    # as the paste's first line ("Thứ Bảy, 20 Tháng Tám, 2022") is read as the date, the label calling it
    # the site's day line (a judgement: nothing in a paste tells it from a blog's date header); none other
    # missed after round 42 (its kinds fixed: an order's letters after a signature in every spelling,
    # "a.a.", "S.J.", "C.Ss.R."; a title-case heading that is the page's topic taken for a head byline)
    # 1307-1320 (holdout 42): 1317's association's masthead over two lines ("Gia Đình Mũ Đỏ Việt Nam") is
    # taken for the title, the headline being printed over three lines under a kicker ("Mùa Giáng sinh" /
    # "Tìm hiểu Ngày" / "Sinh Nhật ...", the label joining the last two: a judgement); none other missed after
    # round 43 (its kinds fixed: a headline "<name> - <headline's words>" is no head byline, so a writer in
    # capitals under the date line counts; a saint's name in hyphenated syllables after a priest's title,
    # "LM An-phong"; a headline run into its lead after a number, "... tháng 3/2018 Nhằm khơi dậy ...")
    # 1321-1336 (holdout 43): 1321's news site's masthead over the headline ("Mekong News") and its dotted
    # date under it, and 1331's blog's masthead words read as names ("Bạn Hữu", "Văn Học", invented) with
    # the writer before the headline's colon missed: left to the conventions helper (mastheads, blogs'
    # names); 1328's headline that is only a day ("Ngày 20.11.2014"), read as the date line, the title then
    # a lead's fragment (the label: no date shown, a judgement; its slash breadcrumb is chrome since round
    # 44); none other missed after round 44 (its kinds fixed: an association's decision under its own
    # initials, "36/QĐ-HVLVN", is not cited; a state letter "công văn số 2795/UBND" is; a headline over two
    # lines, the second opening "tại ...", is joined, its event's day range no date, under a rule of dots)
    # 1337-1353 (holdout 44): none missed after round 45 (its kinds fixed: a format label under the
    # headline, "E.Magazine", is no byline (initials before a word that is no Vietnamese syllable make no
    # name) and the writer under the date line is read; a section's name in sentence case over the
    # headline loses to it, the address's last long part being its slug; 1339's address with brackets
    # reads since f2f355f)
    # 1354-1367 (holdout 45): 1366's date glued to the headline's end by dashes ("... Ngoại Ngữ
    # 23-11-2017", the date kept on the title and no date read: title and date) is left to the
    # conventions helper (dates printed in odd places); none other missed after round 46 (its kind
    # fixed: a sidebar menu in capitals glued to a visit counter's label, "KHEN THƯỞNG - XỬ
    # PHẠTThống kê truy cập", is cut in two, the counter's rows are chrome and the menu's words no
    # name, so 1358 invents no byline)
    # (1366's title and date read since conventions round 12: a day printed bare at the headline's end)
    # 1368-1381 (holdout 46): none missed after round 47 but the outlets (none registered; its kinds
    # fixed: a body's name over the site's clock, "Công đoàn ... Việt Nam" / "Thứ tư, 20/11/2024 | 08:44",
    # is its masthead, so 1377's headline and the day under it are read; a full name opening with a
    # surname that also opens phrases, "Đồng Văn Đến", is a name; a writer's name pushed right by a run
    # of spaces under the headline's second print is 1376's byline)
    # 1382-1402 (holdout 47): after round 48, 1390's headline over two lines ("Chuyển nhượng giữa mùa:" /
    # "Thanh Hóa chi mạnh ...": title) is conventions round 13's; 1402's clock in words over a 2020 story
    # (date) is by design (the variants' "clock widget with today"); 1382's end byline under a "Tác giả:"
    # line and a fragment (bylines 0/1), 1383's quoted officer's cut paragraph taken as the end byline (one
    # invented), 1396's update date glued to the lead (date) and 1400's "1615/QĐ.TC" read short (a
    # citation missed, one wrong) are round 48b's, worked on in parallel; the outlets are not registered
    # (its kinds fixed: 1387's verse widget cut by slashes over the page is chrome and its poet no writer,
    # so the headline and "PV - 29-05-2011 12:46:30 AM" under it read; 1388's visit counter over the head
    # ends the side column's chrome, "TÁC GIẢ QUEN THUỘC" is a label and "VŨ NHO 0855890003" no headline;
    # 1389's menu rows over the date line give no title)
    # 1733-1756 (holdout 65): none missed after round 66 but the outlets (23 of 24 not registered; its
    # kinds fixed: 1754's bracketed time and date closing the headline "(hh:mm dd/mm/yyyy)", time first,
    # headline.py; 1741's capitals subtitle ending in a footnote mark "[1]" under a short capitals headline,
    # footnote_subtitles.py; 1748's writer alone over table bars "|" and a view counter whose number stands
    # on the next line, byline_slots.end_byline and chrome.py's counters)
    # 1711-1732 (holdout 64): none missed after round 65 but the outlets (22 of 22 not registered; its
    # kinds fixed: 1727's weekday's date line with spaces around its slashes "Thứ 6, Ngày dd / mm / yyyy",
    # read as a breadcrumb before, spaced_dates.py; 1724's writer after the dashes of a bracketed source
    # credit "(Nguồn: <outlet> - <host> - TS. X, TT ...)", source_writers.py; 1728's district office's
    # letter "Công văn số N/VHTT", state_letters.DISTRICT_OFFICE_CODES)
    # 1689-1710 (holdout 63): none missed after round 64 but 1693's writer "Thái Bình" (a province's name,
    # by design, as 058) and the outlets (21 of 22 not registered; its kinds fixed: 1696's one-line paste,
    # headline, a bare credit "PV" and the lead run together, credit_splits.py; 1691's observance day in
    # brackets inside the lead's sentence under the headline, the event's, event_brackets.py)
    # 1666-1688 (holdout 62): none missed after round 63 but the outlets (22 of 23 not registered; its
    # kinds fixed: 1688's English weekday's date line "Wed, dd/mm/yyyy" glued to the lead's first word,
    # labelled_glued_dates.py; 1667's "Viết Bài: X Y", a pen name of given names whose first word opens a
    # page's phrase elsewhere, labelled_pen_names.py)
    # 1643-1665 (holdout 61): none missed after round 62 but the outlets (23 of 23 not registered; its
    # kinds fixed: 1660's portal masthead in small letters "Cổng thông tin điện tử tỉnh thanh hóa" over the
    # district's notice, sources.masthead_name; 1662's reception schedule rows "07 giờ 30 ngày dd/mm/yyyy
    # ...;", no date, schedule_rows.py; 1645's "Tin, ảnh: X." over its unit closed by a stop,
    # position_lines.stopped_position; 1664's caption "ThS. X, Bí thư ..., Hiệu trưởng ..." whom the text
    # names next, named_speakers.py; 1646's "03/CV-BCĐ" kept in its state form,
    # citation_patterns.steering_state_order)
    # 1622-1642 (holdout 60): after round 61 only 1634's date and the outlets (21 of 21 not registered;
    # 1634's "Cập nhật bản tin: 6/29/2017" is month first with no English clock, an error by rule, so no date
    # was shown, read since round 106 (no day-first reading: month first); its kinds fixed: 1628's section label "GIÁO DỤC-Y TẾ" over the capitals headline,
    # joined_sections.py; 1634's twenty "headline - dd/mm/yyyy" links over the headline, dated_links.py;
    # 1637's bracketed credit "(Tin, ảnh: X, Trung tâm ...)", press_credits.unbracketed; 1642's
    # "872-NQ/UBTVQH14" beside "872/NQ-UBTVQH14", one document in its state form, enrich/state_orders.py)
    # 1601-1621 (holdout 59): none missed after round 60 but the outlets (21 of 21 not registered; its
    # kinds fixed: 1609's English field labels "Owner: ..." under the project's short headline, a run of
    # data fields, field_runs.py; 1616's "THÔNG BÁO" over its "V/v ..." subject joined as one title,
    # type_subjects.py; 1619's short title-case headline over its sapo sentence, short_heads.py)
    # 1577-1600 (holdout 58): none missed after round 59 but the outlets (24 of 24 not registered; its
    # kinds fixed: 1584's update stamp "Cật nhập: 5/21/2020 3:16:08 PM" over "Ngày đăng: 20/5/2020", the
    # posting's label wins, update_stamps.py; 1586's brand name "Long Châu" under its app banner no byline,
    # banner_echoes.py; 1581's "474/UBND-VP7" cited, citation_patterns._UNIT_DIGITS)
    # 1553-1576 (holdout 57): none missed after round 58 but the outlets (22 of 24 not registered; its
    # kinds fixed: 1558's empty "()" at the headline's end, headline._FOOTNOTE_END; 1571's faculty
    # masthead chaining its units by dashes in capitals, chained_mastheads.py; 1561's "Văn Hòa – Đình
    # Trung." pushed right, a name with other tones than "văn hóa", toned_not_names.py; 1570's student
    # union's numbers "…-HSV" not cited, citation_patterns.MASS_ORGANISATION_ISSUER)
    # 1532-1552 (holdout 56): none missed after round 57 but the outlets (19 of 21 not registered; its
    # kinds fixed: 1537's essay heading "Mở Bài" under a subtitle no writer, so the title-case headline
    # with English words stays the title, names.DOCUMENT_HEADINGS, part_headings.py; 1547's "Nhà báo: X,
    # Học sinh khóa: 01" gives X, credit_labels.py, labelled_notes.py)
    # 1506-1531 (holdout 55): none missed after round 56 but the outlets (26 of 26 not registered; its
    # kinds fixed: 1514's lone "-" over a headline glued to its date and clock under a list of links,
    # letterless_titles.py, glued.clock_split; 1518's screenshot file name no date, file_name_dates.py;
    # 1527's "15th of March, 2026", month_names; 1530's and 1531's title-case headlines first in the
    # paste, slug_openers.py; 1523's empty print-view labels before "Tên bài:"; 1528's "Bài hot:" teaser)
    # 1485-1505 (holdout 54): none missed after round 55 but the outlets (19 of 21 not registered; its
    # kinds fixed: 1489's and 1492's Markdown marks, "# " before the headline, "## nusy (28/7/18)" a user's
    # post line giving the date, "*...*" round the lead, are weighed without them, markdown_marks.py;
    # 1491's reviewer's credit under the headline, reviewer_credits.py; 1499's 80 menu rows in dashes over
    # the headline, dash_menus.py; 1486's slogan over the headline the slug spells none of, slug_slogans.py)
    # (1468's title read since round 55: a banner's short call ending "!" over a title-case headline does
    # not end the head, banner_calls.py)
    # 1465-1484 (holdout 53): after round 54, title: 1468's course advert (a question, then a call to
    # act ending "!", among banner lines over the title-case headline) is left; its other five titles
    # (a contact field over the headline, contact_names.py; a breadcrumb run into the whole headline,
    # cut_crumbs.py; a subtitle in brackets, bracket_subtitles.py; a short headline over the writer's
    # name, under_bylines.py; a roundup's section heading under a headline with a date range,
    # roundup_sections.py) and 1475's hyphenated pen name (hyphen_pen_names.py) are read; the outlets
    # are not registered (18 of 20)
    # 1454-1464 (holdout 52): none missed after round 53 but the outlets (round 53 studied article text
    # dropped as related links, a loss no figure counts: its bullets of labelled items, 1454, 1455, 1457,
    # 1461, are now kept by read/own_lists.py)
    # 1441-1453 (holdout 51): after round 53, title: 1447 and 1453 left (1450's category row fixed by kind
    # in round 53: a cut-short slug all of whose words open the headline names it, slugs.py). After round 52, title: 1447's headline printed twice, the first with a year
    # before a bar (labelled, a judgement: the first print); 1450's row of category names run together over
    # the headline; 1453's headline broken mid-phrase over two short lines ("Lược sử Giáo" / "xứ Tư Đình",
    # the second in small letters, no carrier word) loses to the capitals heading under it (its kind fixed:
    # 1441, 1443, 1444's lists of legal bases in bullets are the text, not related links, legal_bases.py;
    # "TT_BTP" reads as TT-BTP, symbol_underscores.py; "Nghị định số 29/2015" is 29/2015/NĐ-CP, bare_decrees.py)
    # (round 52's starting reader on the 1,453, before holdout 51's kinds were fixed: the figures after
    # round 52 below, but citations 459 right of 460 found, 464 labelled (recall 0.989))
    # 1431-1440 (holdout 50): none missed after round 51 but the outlets (its kind fixed: 1440's parish
    # community site's masthead, a place and a common phrase alone over the headline, "X Bốn Phương", is
    # no writer's name: masthead_phrases.py)
    # (round 51's starting reader on the 1,440, before holdout 50's kind was fixed: the figures after
    # round 51 below, but bylines invented 1 (1440's masthead))
    # 1417-1430 (holdout 49): none missed after round 50 but the outlets (its kinds fixed: 1421's headline
    # ending with the words of the body's masthead in capitals over it is no breadcrumb, so the masthead is no
    # longer the title; 1428's old ministry number "số 88-NV của Bộ Nội vụ" is cited)
    # (round 50's starting reader on the 1,430, before holdout 49's kinds were fixed: title 0.993
    # (1420/1430), date 0.989 (1415/1430), bylines 0.986 (370/375) with none invented, citations
    # 0.997/0.997 (454 right of 455 found, 455 labelled), accepted 0.412 (590/1430))
    # 1403-1416 (holdout 48): after round 49, 1415's theme clock in words, month first ("Thứ Năm, Tháng
    # Năm 2, 2024") over an undated page whose text names 2023 is taken as the date, as the numeric clock
    # "Thứ Năm, 02/05/2024" is: only the year could tell it from a date line (the variants' "clock widget
    # with today"), so it is left; the outlets are not registered (its kind fixed: 1415's breadcrumb glued
    # into one line, its last crumb the headline cut by "...", over the headline whole, is chrome, so
    # "Trang Chủ" is no longer the title)
    # (round 49's starting reader on the 1,416, before holdout 48's kinds were fixed: title 0.993
    # (1406/1416), date 0.989 (1401/1416), bylines 0.986 (368/373) with none invented, citations
    # 0.997/1.0 (452 right of 453 found, 452 labelled), accepted 0.410 (581/1416))
    # (round 48's starting reader on the 1,402, before holdout 47's kinds were fixed: title 0.990
    # (1389/1402), date 0.988 (1386/1402), bylines 0.980 (361/368) with three invented, citations
    # 0.995/0.997 (451 right of 453 found, 452 labelled), accepted 0.406 (570/1402))
    # (round 47's starting reader on the 1,381, before holdout 46's kinds were fixed: title 0.992
    # (1371/1381), date 0.989 (1367/1381), bylines 0.980 (356/363) with none invented, citations
    # 0.997/1.0 (451 right of 452 found, 451 labelled), accepted 0.406 (561/1381))
    # (round 46's starting reader on the 1,367, before holdout 45's kinds were fixed: title 0.992
    # (1357/1367), date 0.989 (1352/1367), bylines 0.986 (355/360) with one invented, citations
    # 0.997/1.0 (450 right of 451 found, 450 labelled), accepted 0.404 (553/1367))
    # (round 45's starting reader on the 1,353, before holdout 44's kinds were fixed: title 0.992
    # (1343/1353), date 0.989 (1339/1353), bylines 0.983 (353/359) with one invented, citations
    # 0.997/1.0 (447 right of 448 found, 447 labelled), accepted 0.406 (550/1353))
    # (round 44's starting reader on the 1,336, before holdout 43's kinds were fixed: title 0.992
    # (1325/1336), date 0.988 (1320/1336), bylines 0.983 (348/354) with two invented, citations
    # 0.996/0.998 (444 right of 446 found, 445 labelled), accepted 0.405 (541/1336))
    # (round 43's starting reader on the 1,320, before holdout 42's kinds were fixed: title 0.992
    # (1310/1320), date 0.990 (1307/1320), bylines 0.980 (343/350) with one invented, citations
    # 0.997/1.0 (444 right of 445 found, 444 labelled), accepted 0.403 (533/1320))
    # (round 42's starting reader on the 1,306, before holdout 41's kinds were fixed: title 0.993
    # (1297/1306), date 0.990 (1293/1306), bylines 0.979 (340/347) with one invented, citations
    # 0.997/1.0 (443 right of 444 found, 443 labelled), accepted 0.401 (525/1306))
    # (round 41's starting reader on the 1,294, before holdout 40's kinds were fixed: title 0.993
    # (1285/1294), date 0.990 (1282/1294), bylines 0.982 (340/346) with none invented, citations
    # 0.997/0.995 (441 right of 442 found, 443 labelled), accepted 0.402 (521/1294))
    # (round 40's starting reader on the 1,280, before holdout 39's kinds were fixed: title 0.995
    # (1274/1280), date 0.991 (1269/1280), bylines 0.985 (338/343) with none invented, citations
    # 0.997/1.0 (439 right of 440 found, 439 labelled), accepted 0.402 (515/1280))
    # (round 39's starting reader on the 1,260, before holdout 38's kinds were fixed: title 0.995
    # (1254/1260), date 0.991 (1249/1260), bylines 0.985 (337/342) with none invented, citations
    # 0.997/1.0 (436 right of 437 found, 436 labelled), accepted 0.401 (506/1260))
    # (round 38's starting reader on the 1,243, before holdout 37's kinds were fixed: title 0.995
    # (1237/1243), date 0.992 (1234/1243), bylines 0.982 (334/340) with none invented, citations
    # 0.997/1.0 (436 right of 437 found, 436 labelled), accepted 0.403 (501/1243))
    # (round 37's starting reader on the 1,226, before holdout 36's kinds were fixed: title 0.994
    # (1219/1226), date 0.991 (1216/1226), bylines 0.973 (329/338) with none invented, citations
    # 0.997/1.0 (426 right of 427 found, 426 labelled), accepted 0.404 (496/1226))
    # (round 36's starting reader on the 1,194, before holdout 35's kinds were fixed: title 0.994
    # (1187/1194), date 0.991 (1184/1194), bylines 0.981 (321/327) with one invented, citations
    # 0.997/1.0 (425 right of 426 found, 425 labelled), accepted 0.408 (488/1194))
    # (round 35's starting reader on the 1,170, before holdout 34's kinds were fixed: title 0.995
    # (1165/1170), date 0.992 (1161/1170), bylines 0.981 (315/321) with none invented, citations
    # 0.997/0.997 (424 right of 425 found, 425 labelled), accepted 0.412 (483/1170))
    # (round 34's starting reader on the 1,145, before holdout 33's kinds were fixed: title 0.995
    # (1140/1145), date 0.992 (1136/1145), bylines 0.977 (309/316) with one invented, citations
    # 0.997/1.0 (423 right of 424 found, 423 labelled), accepted 0.414 (475/1145))
    # (round 33's starting reader on these 1,106, before holdout 32's kinds were fixed: title 0.996
    # (1102/1106), date 0.992 (1098/1106), bylines 0.983 (302/307) with one invented, citations
    # 0.997/0.995 (419 right of 420 found, 421 labelled), accepted 0.417 (462/1106))
    # (after round 48, on the 1,402: title 1392, date 1387, outlet 199, bylines 362/368 with one
    # invented (1383's, round 48b's), citations 451 right of 453 found, 452 labelled, accepted 571;
    # with round 48b and conventions round 13 merged beside it: title 1393 (1390 read), date 1388 (1396
    # read), bylines 363/368 with none invented (1382 read, 1383 none), citations 452 right of 453, 452
    # labelled (1400 read), accepted 572; left of holdout 47 but the outlets: 1402's clock, by design)
    # (after round 49, on the 1,416: title 1407, date 1401, outlet 200, bylines 368/373 with none
    # invented, citations 452 right of 453 found, 452 labelled, accepted 581; left of holdout 48 but the
    # outlets: 1415's clock, by design)
    # (after round 50, on the 1,430: title 1421, date 1415, outlet 201, bylines 370/375 with none
    # invented, citations 455 right of 456 found, 455 labelled, accepted 590; left of holdout 49 but the
    # outlets: none. The outlet floor 0.141 -> 0.140 only because 13 of the 14 new files' outlets are not
    # registered: 201/1430 = 0.1406)
    # (after round 51, on the 1,440: title 1431, date 1425, outlet 201, bylines 373/378 with none
    # invented, citations 459 right of 460 found, 459 labelled, accepted 593; left of holdout 50 but the
    # outlets: none. The outlet floor 0.140 -> 0.139 only because none of the 10 new files' outlets is
    # registered (201/1440 = 0.1396), and accepted 0.412 -> 0.411 only because 7 of them show no date
    # (593/1440 = 0.4118))
    # (after round 52, on the 1,453: title 1441, date 1438, outlet 201, bylines 373/378 with none
    # invented, citations 464 right of 465 found, 464 labelled, accepted 595; left of holdout 51: the
    # three titles above and the outlets. The title floor 0.993 -> 0.991 because 3 of the 13 new files'
    # titles are missed (1441/1453 = 0.9917), outlet 0.139 -> 0.138 because none of their outlets is
    # registered (201/1453 = 0.1383), and accepted 0.411 -> 0.409 because 11 of them show no date
    # (595/1453 = 0.4095))
    # (after round 53, on the 1,464: title 1453, date 1449, outlet 202, bylines 373/378 with none
    # invented, citations 465 right of 466 found, 465 labelled, accepted 597; left of holdout 52: the
    # outlets. Title 0.991 -> 0.992 (1450 fixed); outlet 0.138 -> 0.137 only because 10 of the 11 new
    # files' outlets are unregistered (202/1464 = 0.1379), and accepted 0.409 -> 0.407 only
    # because 9 of them show no date (597/1464 = 0.4078))
    # (after round 54, on the 1,484: title 1472, date 1469, outlet 204, bylines 375/380 with none
    # invented, citations 466 right of 467 found, 466 labelled, accepted 602; left of holdout 53: 1468's
    # title and the outlets. Title 0.992 -> 0.991 only because 1468's title is missed (1472/1484 =
    # 0.9919; the 1,464 read as before), and accepted 0.407 -> 0.405 only because 15 of the 20 new files
    # show no date (602/1484 = 0.4057))
    # (after round 55, on the 1,505: title 1494, date 1490, outlet 206, bylines 375/380 with none
    # invented, citations 467 right of 468 found, 467 labelled, accepted 606; left of holdout 54: the
    # outlets; 1468's title (holdout 53's) read too, the 1,484 otherwise as before. Title 0.991 -> 0.992,
    # date 0.989 -> 0.990 (all 21 new files right); outlet 0.137 -> 0.136 only because 19 of the 21 new
    # files' outlets are unregistered (206/1505 = 0.1369), and accepted 0.405 -> 0.402 only because 17
    # of them show no date (606/1505 = 0.4027))
    # (after round 56, on the 1,531: title 1520, date 1516, outlet 206, bylines 377/382 with none
    # invented, citations 467 right of 468 found, 467 labelled, accepted 611; left of holdout 55: the
    # outlets (26 of 26 unregistered), all its titles and dates read; the 1,505 read as before. Title
    # 0.992 and date 0.990 kept; outlet 0.136 -> 0.134 only because the 26 new outlets are unregistered
    # (206/1531 = 0.1345), and accepted 0.402 -> 0.399 only because 21 of them show no date (611/1531 =
    # 0.3991))
    # (after round 57, on the 1,552: title 1541, date 1537, outlet 208, bylines 380/385 with none
    # invented, citations 467 right of 468 found, 467 labelled, accepted 619; left of holdout 56: the
    # outlets (19 of 21 unregistered), all its titles, dates and bylines read; the 1,531 read as before.
    # Title 0.992, date 0.990 and outlet 0.134 kept; bylines 0.986 -> 0.987 (380/385 = 0.9870); accepted
    # 0.399 -> 0.398 only because 13 of the 21 new files show no date (619/1552 = 0.3988))
    # (after round 58, on the 1,576: title 1565, date 1561, outlet 210, bylines 390/395 with none
    # invented, citations 467 right of 468 found, 467 labelled, accepted 625; left of holdout 57: the
    # outlets (22 of 24 unregistered), all its titles, dates and bylines read, no citation taken; the
    # 1,552 read as before. Title 0.992 -> 0.993 (1565/1576 = 0.9930), date 0.990 and bylines 0.987 kept;
    # outlet 0.134 -> 0.133 only because 22 of the 24 new outlets are unregistered (210/1576 = 0.1332),
    # and accepted 0.398 -> 0.396 only because 18 of the 24 new files show no date (625/1576 = 0.3965))
    # (after round 59, on the 1,600: title 1589, date 1585, outlet 210, bylines 393/398 with none
    # invented, citations 479 right of 480 found, 479 labelled, accepted 632; left of holdout 58: the
    # outlets (24 of 24 unregistered), all its titles, dates, bylines and citations read; the 1,576 read
    # as before. Title 0.993, date 0.990 and bylines 0.987 kept (1589/1600 = 0.9931, 1585/1600 = 0.9906,
    # 393/398 = 0.9874); outlet 0.133 -> 0.131 only because the 24 new outlets are unregistered
    # (210/1600 = 0.1312), and accepted 0.396 -> 0.395 only because 17 of the 24 new files show no date
    # (632/1600 = 0.395))
    # (after round 60, on the 1,621: title 1610, date 1606, outlet 210, bylines 393/398 with none
    # invented, citations 480 right of 481 found, 480 labelled, accepted 636; left of holdout 59: the
    # outlets (21 of 21 unregistered), all its titles, dates and citations read, no byline labelled; the
    # 1,600 read as before. Title 0.993, date 0.990, bylines 0.987 and citation precision 0.997 kept
    # (1610/1621 = 0.9932, 1606/1621 = 0.9907, 393/398 = 0.9874, 480/481 = 0.9979); outlet 0.131 -> 0.129
    # only because the 21 new outlets are unregistered (210/1621 = 0.1295), and accepted 0.395 -> 0.392
    # only because 17 of the 21 new files show no date (636/1621 = 0.3923))
    # (after round 61, on the 1,642: title 1631, date 1626, outlet 210, bylines 400/405 with none
    # invented, citations 490 right of 491 found, 490 labelled, accepted 641; left of holdout 60: 1634's
    # month-first date and the outlets (21 of 21 unregistered), all its titles, bylines and citations read;
    # the 1,621 read as before. Title 0.993, date 0.990, bylines 0.987 and citation precision 0.997 kept
    # (1631/1642 = 0.9933, 1626/1642 = 0.9903, 400/405 = 0.9877, 490/491 = 0.9980); outlet 0.129 -> 0.127
    # only because the 21 new outlets are unregistered (210/1642 = 0.1279), and accepted 0.392 -> 0.390
    # only because 16 of the 21 new files are not accepted: 15 show no date, 1634 a month-first one
    # (641/1642 = 0.3904))
    # (after round 62, on the 1,665: title 1654, date 1649, outlet 210, bylines 405/410 with none
    # invented, citations 499 right of 500 found, 499 labelled, accepted 646; left of holdout 61: the
    # outlets (23 of 23 unregistered), all its titles, dates, bylines and citations read; the 1,642 read
    # as before. Title 0.993, date 0.990, bylines 0.987 and citation precision 0.997 kept
    # (1654/1665 = 0.9934, 1649/1665 = 0.9904, 405/410 = 0.9878, 499/500 = 0.998); outlet 0.127 -> 0.126
    # only because the 23 new outlets are unregistered (210/1665 = 0.1261), and accepted 0.390 -> 0.387
    # only because 18 of the 23 new files show no date (646/1665 = 0.3880))
    # (after round 63, on the 1,688: title 1677, date 1672, outlet 211, bylines 411/416 with none
    # invented, citations 500 right of 501 found, 500 labelled, accepted 651; left of holdout 62: the
    # outlets (22 of 23 unregistered), all its titles, dates, bylines and citations read; the 1,665 read
    # as before. Title 0.993, date 0.990, bylines 0.987 and citation precision 0.997 kept
    # (1677/1688 = 0.9935, 1672/1688 = 0.9905, 411/416 = 0.9880, 500/501 = 0.998); outlet 0.126 -> 0.125
    # only because 22 of the 23 new outlets are unregistered (211/1688 = 0.1250), and accepted 0.387 -> 0.385
    # only because 18 of the 23 new files show no date (651/1688 = 0.3857))
    # (after round 64, on the 1,710: title 1699, date 1694, outlet 212, bylines 414/420 with none
    # invented, citations 503 right of 504 found, 503 labelled, accepted 658; left of holdout 63: 1693's
    # writer "Thái Bình" (a place's name, by design) and the outlets (21 of 22 unregistered), all its
    # titles, dates and citations read; the 1,688 read as before. Title 0.993, date 0.990 and citation
    # precision 0.997 kept (1699/1710 = 0.9936, 1694/1710 = 0.9906, 503/504 = 0.998); bylines 0.987 -> 0.985
    # only because of 1693 (414/420 = 0.9857), outlet 0.125 -> 0.123 only because 21 of the 22 new outlets
    # are unregistered (212/1710 = 0.1240), and accepted 0.385 -> 0.384 only because 15 of the 22 new files
    # show no date (658/1710 = 0.3848))
    # (after round 65, on the 1,732: title 1721, date 1716, outlet 212, bylines 418/424 with none
    # invented, citations 516 right of 517 found, 516 labelled, accepted 669; left of holdout 64: the
    # outlets (22 of 22 unregistered), all its titles, dates, bylines and citations read; the 1,710 read
    # as before. Title 0.993, date 0.990, bylines 0.985 and citation precision 0.997 kept (1721/1732 =
    # 0.9936, 1716/1732 = 0.9908, 418/424 = 0.9858, 516/517 = 0.998); outlet 0.123 -> 0.122 only because
    # the 22 new outlets are unregistered (212/1732 = 0.1224); accepted 0.384 -> 0.386, re-measured and
    # rounded down, as all 11 new dated files are accepted (669/1732 = 0.3863))
    # (with the 63 provincial government portals in corpus/outlets.yml and conventions round 25: outlet
    # 212 -> 229 of the 1,732, 0.122 -> 0.132 (229/1732 = 0.1322); every other figure as before)
    # (after round 66, on the 1,756: title 1745, date 1740, outlet 230, bylines 423/429 with none
    # invented, citations 521 right of 522 found, 521 labelled, accepted 679; left of holdout 65: the
    # outlets (23 of 24 unregistered), all its titles, dates, bylines and citations read; the 1,732 read
    # as before. Title 0.993, date 0.990, bylines 0.985, citation precision 0.997 and accepted 0.386 kept
    # (1745/1756 = 0.9937, 1740/1756 = 0.9909, 423/429 = 0.9860, 521/522 = 0.998, 679/1756 = 0.3867);
    # outlet 0.132 -> 0.130 only because 23 of the 24 new outlets are unregistered (230/1756 = 0.1310))
    # (after round 67, on the 1,781 with holdout 66 moved in as 1757-1781: title 1770, date 1765, outlet 230,
    # bylines 428/434 with none invented, citations 527 right of 528 found, 527 labelled, accepted 687; every
    # new title, date, byline and citation read, every dated new paste accepted, the 1,756 as before. Title,
    # date, bylines and precision kept (1770/1781 = 0.9938, 1765/1781 = 0.9910, 428/434 = 0.9862,
    # 527/528 = 0.998); outlet 0.130 -> 0.129 only because none of the 25 new outlets is registered
    # (230/1781 = 0.1291); accepted 0.386 -> 0.385 only because 17 of the 25 new pastes show no date, which
    # the issue says to refuse (687/1781 = 0.3857; 674/677 of the dated))
    # (after round 68, on the 1,797 with holdout 67 moved in as 1782-1797: title 1786, date 1781, outlet 230,
    # bylines 428/434 with none invented, citations 529 right of 530 found, 529 labelled, accepted 692; every
    # new title (1783's headline hard-wrapped over four lines, fixed by kind in round 68), date and citation
    # read, every dated new paste accepted, the 1,781 as before. Title, date, bylines, precision and accepted
    # kept (1786/1797 = 0.9939, 1781/1797 = 0.9911, 428/434 = 0.9862, 529/530 = 0.998, 692/1797 = 0.3851);
    # outlet 0.129 -> 0.127 only because none of the 16 new outlets is registered (230/1797 = 0.1280))
    # (after round 69, on the 1,817 with holdout 68 moved in as 1798-1817: title 1806, date 1801, outlet 230,
    # bylines 432/438 with none invented, citations 530 right of 531 found, 530 labelled, accepted 703; every new
    # title (three fixed by kind in round 69), date, byline (one fixed) and citation read, every dated new paste
    # accepted, the 1,797 as before. Title, date, bylines and precision kept (1806/1817 = 0.9939, 1801/1817 =
    # 0.9912, 432/438 = 0.9863, 530/531 = 0.998); accepted 0.385 -> 0.386 (703/1817 = 0.3869); outlet 0.127 ->
    # 0.126 only because none of the 20 new outlets is registered (230/1817 = 0.1266))
    # (after round 70, on the 1,833 with holdout 69 moved in as 1818-1833: title 1822, date 1817, outlet 230,
    # bylines 436/442 with none invented, citations 533 right of 534 found, 533 labelled, accepted 709; every new
    # title, date, byline (1829's, a reposted letter's writer named in the editor's note, fixed by kind in round
    # 70) and citation read, every dated new paste accepted, the 1,817 as before. Title, date, bylines, precision
    # and accepted kept (1822/1833 = 0.9940, 1817/1833 = 0.9913, 436/442 = 0.9864, 533/534 = 0.998, 709/1833 =
    # 0.3868); outlet 0.126 -> 0.125 only because none of the 16 new outlets is registered (230/1833 = 0.1255))
    # (after round 71, on the 1,856 with holdout 70 moved in as 1834-1856: title 1845, date 1839, outlet 231,
    # bylines 440/447 with none invented, citations 536 right of 537 found, 536 labelled, accepted 717; every new
    # title (two fixed by kind in round 71) and citation read, every new date but 1834's (an AMP page's line of
    # section, time, date and format word), every new byline but 1847's (over a sidebar of nine banner links),
    # the 1,833 as before. Title, date, precision and accepted kept (1845/1856 = 0.9941, 1839/1856 = 0.9908,
    # 536/537 = 0.998, 717/1856 = 0.3863); bylines 0.985 -> 0.984 for 1847 alone (440/447 = 0.9843); outlet
    # 0.125 -> 0.124 only because 22 of the 23 new outlets are unregistered (231/1856 = 0.1245))
    # (after round 72, on the 1,874 with holdout 71 moved in as 1857-1874: title 1862, date 1856, outlet 233,
    # bylines 442/449 with none invented, citations 536 right of 537 found, 536 labelled, accepted 726; every new
    # byline (1863's, a poster's field over the author's, fixed by kind in round 72) read, every new title but
    # 1858's (a format label "Tin ảnh" the labels keep on the headline) and every new date but 1857's (a top line
    # the labels call a clock), both judgements the collector named; the 1,856 as before. Every floor kept
    # (1862/1874 = 0.9936, 1856/1874 = 0.9904, 233/1874 = 0.1243, 442/449 = 0.9844, 726/1874 = 0.3874))
    # (after round 73, on the 1,893 with holdout 72 moved in as 1875-1893: title 1881, date 1875, outlet 234,
    # bylines 447/454 with none invented, citations 537 right of 538 found, 537 labelled, accepted 732; every new
    # title (three fixed by kind in round 73), date, byline (1885's mended to "Thái An" on the move, the code before
    # the dash left out, as its notes say) and citation read, the 1,874 as before. Title, date, bylines, precision
    # and accepted kept (1881/1893 = 0.9937, 1875/1893 = 0.9905, 447/454 = 0.9846, 537/538 = 0.998, 732/1893 =
    # 0.3867); outlet 0.124 -> 0.123 only because 18 of the 19 new outlets are unregistered (234/1893 = 0.1236))
    # (after round 74, on the 1,912 with holdout 73 moved in as 1894-1912: title 1899, date 1894, outlet 235,
    # bylines 451/461 with none invented, citations 539 right of 540 found, 539 labelled, accepted 739; every new
    # date (two fixed by kind in round 74) and citation read, every new title but 1904's (a doubled headline with a
    # bar the labels take over a variant heading, a doubt the collector named), every new byline but 1899's (a
    # series' writer under quoted paragraphs) and 1910's two (named only in a braced reprint note), 1902's fixed by
    # kind and 1898's brand no longer invented; the 1,893 as before. Title, date, precision and accepted kept
    # (1899/1912 = 0.9932, 1894/1912 = 0.9906, 539/540 = 0.998, 739/1912 = 0.3865); bylines 0.984 -> 0.978 for
    # 1899's and 1910's three names alone (451/461 = 0.9783); outlet 0.123 -> 0.122 only because 18 of the 19 new
    # outlets are unregistered (235/1912 = 0.1229))
    # (after round 75, on the 1,931 with holdout 74 moved in as 1913-1931: title 1918, date 1914, outlet 235,
    # bylines 456/464 with none invented, citations 542 right of 543 found, 542 labelled, accepted 746; every new
    # title, date, byline (1925's writer's card fixed by kind in round 75) and citation read; 1910's two writers in
    # a reprint note and 1834's date line with an edition word after its date now read, the 1,912 otherwise as
    # before. Title, date, precision and accepted kept (1918/1931 = 0.9933, 1914/1931 = 0.9912, 542/543 = 0.998,
    # 746/1931 = 0.3863); bylines 0.978 -> 0.982 (456/464 = 0.9828); outlet 0.122 -> 0.121 only because none of
    # the 19 new outlets is registered (235/1931 = 0.1217))
    # (after round 76, on the 1,947 with holdout 75 moved in as 1932-1947: title 1934, date 1931, outlet 235,
    # bylines 458/466 with none invented, citations 547 right of 548 found, 547 labelled, accepted 751; every new
    # title, byline and citation read (round 76 fixed by kind a form's repeated field and a reviewer's label that had
    # invented two names, and a circular in a bracketed subtitle between two copies of the headline), every new date
    # but 1940's (a press release's dateline in its lead the labels take, a doubt the collector named); round 76's
    # theme clock also leaves 687's and 1415's header clocks undated, as labelled, so those two undated pastes are
    # no longer accepted. Title, bylines and precision kept (1934/1947 = 0.9933, 458/466 = 0.9828, 547/548 =
    # 0.998); date 0.990 -> 0.991 (1931/1947 = 0.9918); accepted 0.386 -> 0.385 for 687's and 1415's refusals
    # (751/1947 = 0.3857); outlet 0.121 -> 0.120 only because none of the 16 new outlets is registered (235/1947 =
    # 0.1207))
    # (after round 78, on the 1,963 with holdout 76 moved in as 1948-1963: title 1950, date 1947, outlet 235,
    # bylines 461/469 with none invented, citations 548 right of 549 found, 548 labelled, accepted 755; every new
    # title (1948's headline over a relative time fixed by kind in round 77), date, byline and citation read, the
    # 1,947 as before; round 78's rules (wrapped pastes, a signature pushed right) change no dev field. Title, date, bylines and precision kept (1950/1963 = 0.9934, 1947/1963 = 0.9918, 461/469 =
    # 0.9829, 548/549 = 0.998); accepted 0.385 -> 0.384 only because 12 of the 16 new pastes show no date
    # (755/1963 = 0.3846); outlet 0.120 -> 0.119 only because none of the 16 new outlets is registered (235/1963 =
    # 0.1197))
    # (round 80, on the 1,981 with holdout 77 moved in as 1964-1981: title 1968, date 1965, outlet 235, bylines
    # 465/473 with none invented, citations 550 right of 551 found, 550 labelled, accepted 760; every new title
    # (1969's headline over a paste cut in its first paragraph, fixed by kind in round 80), date, byline (1966's
    # writer with his charity after a comma, fixed by kind in round 79) and citation read, the 1,963 as before.
    # Title, date, bylines and precision kept (1968/1981 = 0.9934, 1965/1981 = 0.9919, 465/473 = 0.9831, 550/551 =
    # 0.998); accepted 0.384 -> 0.383 only because 13 of the 18 new pastes show no date (760/1981 = 0.3836); outlet
    # 0.119 -> 0.118 only because none of the 18 new outlets is registered (235/1981 = 0.1186))
    # (round 83, on the 1,998 with holdout 78 moved in as 1982-1998: title 1984, date 1982, outlet 235, bylines
    # 468/477 with none invented, citations as before, accepted 769; every new date read (1985's portal clock over a
    # headline closed by a bare date line fixed by kind in round 82, 1998's reading time glued to the year in round
    # 81), every new title but 1988's (a headline run together with its subtitle, a doubtful label), every new byline
    # but 1998's (a writer named in English order over a job title; 1996's name over a labelled date line fixed by
    # kind in round 81), the 1,981 as before. Title 0.993 -> 0.992 (1984/1998 = 0.99299), bylines 0.982 ->
    # 0.981 (468/477 = 0.9811), both for those two kinds left; date kept (1982/1998 = 0.9920); outlet 0.118 -> 0.117
    # only because none of the 17 new outlets is registered (235/1998 = 0.1176); accepted kept (769/1998 = 0.3849))
    # (round 85, on the 2,016 with holdout 79 moved in as 1999-2016: title 2001, date 2001, outlet 235, bylines
    # 481/490 with none invented, citations as before, accepted 774; every new date read (2000's source date closed by
    # a stop and 2016's bar the address contradicts, fixed by kind in round 85; 1244's bar over a headline, the same
    # kind, now reads as labelled too), every new byline (round 84 fixed six by kind, round 85 2000's translator's pen
    # name and 2010's two names around a translator's role), every new title but 2001's (a report's capitals lead-in
    # closed by a colon that the label joins to the headline, a doubtful label; 2010's question under a blog's name
    # fixed by kind in round 85). Title and date 0.992 (2001/2016 = 0.99256; date raised from 0.991), bylines kept
    # (481/490 = 0.9816); outlet 0.117 -> 0.116 only because none of the 18 new outlets is registered (235/2016 =
    # 0.1166); accepted kept (774/2016 = 0.3839: 1244 and 2016, undated as labelled, are no longer accepted))
    # (round 87, on the 2,031 with holdout 80 moved in as 2017-2031: title 2016, date 2016, outlet 235, bylines
    # 484/493 with none invented, citations 553 right of 554 found, 553 labelled, accepted 780; every new title, date,
    # byline and citation read (round 86 fixed its kinds), the 2,016 as before. Title, date, bylines, precision and
    # accepted kept (2016/2031 = 0.9926, 484/493 = 0.9817, 553/554 = 0.998, 780/2031 = 0.3840); outlet 0.116 -> 0.115
    # only because none of the 15 new outlets is registered (235/2031 = 0.1157))
    # (round 89, on the 2,047 with holdout 81 moved in as 2032-2047: title 2031, date 2031, outlet 235, bylines
    # 491/501 with none invented, citations 556 right of 557 found, 556 labelled, accepted 787; every new title, date
    # and byline read but 2035's title and date (a site clock over a contact bar the reader drops first, a menu item
    # over the introduction's heading) and 2041's pen name ("Saigon Cô Nương"), the 2,031 as before. Title, date,
    # precision and accepted kept (2031/2047 = 0.9922, 556/557 = 0.998, 787/2047 = 0.3845); bylines 0.981 -> 0.980 for
    # 2041's pen name (491/501 = 0.9800); outlet 0.115 -> 0.114 only because none of the 16 new outlets is registered
    # (235/2047 = 0.1148))
    # (round 90, on the same 2,047: title 2032, 881's capitals headline ending with its writer's unit no longer taken
    # for a trail; every other field as before. Every floor kept (2032/2047 = 0.9927))
    # (round 91, on the 2,065 with holdout 82 moved in as 2048-2065: title 2050, date 2049, outlet 235, bylines 511/521
    # with none invented, citations 559 right of 560 found, 559 labelled, accepted 792; every new title, date, byline and
    # citation read (round 90 fixed its kinds), the 2,047 as before. Title, date, bylines, precision and accepted kept
    # (2050/2065 = 0.9927, 2049/2065 = 0.9923, 511/521 = 0.9808, 559/560 = 0.998, 792/2065 = 0.3835); outlet 0.114 ->
    # 0.113 only because none of the 18 new outlets is registered (235/2065 = 0.1138))
    # (round 93, on the 2,081 with holdout 83 moved in as 2066-2081: title 2066, date 2065, outlet 236, bylines 515/526
    # with none invented, citations 568 right of 569 found, 568 labelled, accepted 797; every new title, date and
    # citation read and every new byline but 2079's (round 92 fixed its kinds; "Huyền PT", a given name and two
    # initials, left), the 2,065 as before. Title, date, outlet and precision kept (2066/2081 = 0.9928, 2065/2081 =
    # 0.9923, 236/2081 = 0.1134, 568/569 = 0.998); bylines 0.980 -> 0.979 for 2079's name (515/526 = 0.9791);
    # accepted 0.383 -> 0.382 only because 11 of the 16 new pastes show no date (797/2081 = 0.3830))
    # (round 95, on the 2,096 with holdout 84 moved in as 2082-2096: title 2081, date 2079, outlet 238, bylines 522/533
    # with none invented, citations 571 right of 572 found, 571 labelled, accepted 802; every new title, byline and
    # citation read (round 94 fixed its two writers), every new date but 2095's (a weekday's date alone above the
    # headline, kept with a doubt by design, where the label reads a site's clock), the 2,081 as before. Title, outlet,
    # bylines, precision and accepted kept (2081/2096 = 0.9928, 238/2096 = 0.1136, 522/533 = 0.9794, 571/572 = 0.998,
    # 802/2096 = 0.3826); date 0.992 -> 0.991 for 2095's (2079/2096 = 0.9919))
    # (round 96, on the 2,112 with holdout 85 moved in as 2097-2112: title 2097, date 2094, outlet 242, bylines 526/539
    # with none invented, citations 576 right of 577 found, 576 labelled, accepted 811; every new title and citation
    # read, every new date but 2111's (a bare date over the site's name and slogan, taken where the label reads the
    # site's header), every new byline but 2097's (a writer named only in an editor's note, "LTS: ... bài viết của
    # Tiến sĩ X", a label its collector doubted, against this folder's rule for people named in the text) and 2112's
    # ("Khánh Hòa", a province's name closing the text, never taken for a writer by design), the 2,096 as before.
    # Title, date, outlet, precision and accepted kept (2097/2112 = 0.9929, 2094/2112 = 0.9915, 242/2112 = 0.1146,
    # 576/577 = 0.998, 811/2112 = 0.3840); bylines 0.979 -> 0.975 for those two (526/539 = 0.9759))
    # (round 98, on the 2,129 with holdout 86 moved in as 2113-2129: title 2112, date 2111, outlet 245, bylines 532/545
    # with none invented, citations 583 right of 584 found, 583 labelled, accepted 818; every new date, byline and
    # citation read (round 97 fixed its kinds), every new title but 2118's and 2121's (labels their collector doubted: a
    # short capitals line over a longer one, a headline printed twice), the 2,112 as before. Every floor kept
    # (2112/2129 = 0.9920, 2111/2129 = 0.9915, 245/2129 = 0.1151, 532/545 = 0.9761, 583/584 = 0.998, 818/2129 = 0.3842))
    # (round 100, on the 2,148 with holdout 87 moved in as 2130-2148, and round 101's rule for 2146: title 2128, date 2130,
    # outlet 249, bylines 542/555 with none invented, citations 587 right of 588 found, 587 labelled, accepted 826; every
    # new date, byline and citation read (rounds 99 and 101 fixed their kinds: 2146's writer signs under a long footer,
    # the story's title printed again over it no longer taken), every new title but 2135's and 2140's (headlines in two lines, labels their collector doubted) and 2141's (its capitals
    # headline with a colon read as the kicker over a caption, as the reader reads one over a caption with no cue), the
    # 2,129 as before. Date, outlet, bylines, precision and accepted kept (2130/2148 = 0.9916, 249/2148 = 0.1159,
    # 542/555 = 0.9766, 587/588 = 0.998, 826/2148 = 0.3845); title 0.992 -> 0.990 for those three (2128/2148 = 0.9907))
    # (round 103, on the 2,165 with holdout 88 moved in as 2149-2165: title 2143, date 2145, outlet 251, bylines 547/562
    # with none invented, citations 588 right of 589 found, 588 labelled, accepted 834; every new citation read and no
    # new name invented (round 102 fixed that kind); left, the labels' doubts (2152's contest label over the headline,
    # 2158's reunion day), 2159's parish line kept whole with no date, 2162's two-word and 2164's surname-less writers
    # (full names only there, by design); the 2,148 as before. Outlet, precision and accepted kept (251/2165 = 0.1159,
    # 588/589 = 0.998, 834/2165 = 0.3852); title 0.990 -> 0.989 (2143/2165 = 0.9898), date 0.991 -> 0.990 (2145/2165 =
    # 0.9908), bylines 0.975 -> 0.973 (547/562 = 0.9733) for those files)
    # (round 105, on the 2,180 with holdout 89 moved in as 2166-2180: title 2157, date 2160, outlet 252, bylines 548/565
    # with none invented, citations 589 right of 590 found, 589 labelled, accepted 844; every new date and citation read
    # and no name invented; left, 2178's writer credited in its headline (its label lists him, against 1074's and 2142's
    # none) and 2179's poem page typed without tone marks (its title in small letters, its initials "PQT"); the 2,165 as
    # before. Title, date, outlet, precision and accepted kept (2157/2180 = 0.9894, 2160/2180 = 0.9908, 252/2180 =
    # 0.1156, 589/590 = 0.998, 844/2180 = 0.3872); bylines 0.973 -> 0.969 (548/565 = 0.9699) for those two)
    # (round 107, on the 2,195 with holdout 90 moved in as 2181-2195, after round 106: title 2172, date 2176, outlet 252,
    # bylines 554/570 with none invented, citations 596 right of 597 found, 596 labelled, accepted 851; every new field
    # read (round 106 fixed its kinds); the 2,180 as before but 2179's label, its initials "PQT" no byline by the dev
    # rule on initials (round 16), as 279's and 998's. Title, date, outlet, precision and accepted kept (2172/2195 =
    # 0.9895, 2176/2195 = 0.9913, 252/2195 = 0.1148, 596/597 = 0.998, 851/2195 = 0.3877); bylines 0.969 -> 0.971
    # (554/570 = 0.9719))
    # (round 108, on the 2,210 with holdout 91 moved in as 2196-2210: title 2186, date 2190, outlet 252, bylines 555/572
    # with none invented, citations 600 right of 601 found, 600 labelled, accepted 857; every new citation read and no
    # name invented; left, 2202's poem page (its last verse over the poet's date taken for the headline, that date read
    # as the page's, the poet's name spelled by the address read as the brand by design), and 2204's label changed:
    # its "PV:NQ" initials no byline by the dev rule on initials (round 16), as 2179's; the 2,195 as before. Title,
    # date, outlet, precision and accepted kept (2186/2210 = 0.9891, 2190/2210 = 0.9910, 252/2210 = 0.1140, 600/601 =
    # 0.998, 857/2210 = 0.3878); bylines 0.971 -> 0.970 (555/572 = 0.9703) for 2202's poet)
    # (round 109, on the 2,221 with holdout 92 moved in as 2211-2221, after round 108: title 2197, date 2201, outlet 252,
    # bylines 559/576 with none invented, citations 605 right of 606 found, 605 labelled, accepted 864; every new field
    # read but the outlets (round 108 fixed its three titles); the 2,210 as before. Every floor kept (2197/2221 =
    # 0.9892, 2201/2221 = 0.9910, 252/2221 = 0.1135, 559/576 = 0.9705, 605/606 = 0.998, 864/2221 = 0.3890))
    # (round 110, on the 2,239 with holdouts 93 and 94 moved in as 2222-2239, after round 109: title 2213, date 2218,
    # outlet 252, bylines 562/581 with none invented, citations 610 right of 611 found, 610 labelled, accepted 868; every
    # new citation read and no name invented; left, 2233's three-line capitals headline (its label takes the first line,
    # the clan council's own name, the collector doubting it) and 2234's school name in capitals over a shorter capitals
    # headline, under a weekday date its label reads as the site's clock (title and date), 2229's capitals signature
    # over a bracketed place and date and 2230's letter signer under "TM nhóm ..." (no byline, by design); the 2,221 as
    # before. Date, precision and accepted kept (2218/2239 = 0.9906, 610/611 = 0.998, 868/2239 = 0.3877); title 0.989 ->
    # 0.988 (2213/2239 = 0.9884) for 2233 and 2234, outlet 0.113 -> 0.112 (252/2239 = 0.1125, none of the 18 registered),
    # bylines 0.970 -> 0.967 (562/581 = 0.9673) for 2229 and 2230; after round 110's rules, 2229's writer over his own
    # photo's caption and 2234's title under a school's long masthead read: title 2214 (0.9888, floor kept), bylines
    # 563/581 = 0.9690, 0.967 -> 0.969)
    # (round 111, on the 2,249 with holdout 95 moved in as 2240-2249, after round 110: title 2224, date 2228, outlet
    # 252, bylines 565/583 with none invented, citations 617 right of 618 found, 617 labelled, accepted 873; every new
    # field read but the outlets (round 110 fixed 2249's writer); the 2,239 as before. Every floor kept (2224/2249 =
    # 0.9889, 2228/2249 = 0.9907, 252/2249 = 0.1120, 565/583 = 0.9691, 617/618 = 0.998, 873/2249 = 0.3882))
    # (round 112, on the 2,274 with holdouts 96 and 97 moved in as 2250-2274, after round 111: title 2249, date 2253,
    # outlet 252, bylines 570/588 with none invented, citations 622 right of 623 found, 622 labelled, accepted 881;
    # every new field read but the outlets (round 111 fixed 2260's title); the 2,249 as before. Date, bylines, precision
    # and accepted kept (2253/2274 = 0.9908, 570/588 = 0.9694, 622/623 = 0.998, 881/2274 = 0.3874); title 0.988 ->
    # 0.989 (2249/2274 = 0.9890, rounds 110 and 111); outlet 0.112 -> 0.110 (252/2274 = 0.1108, none of the 25
    # registered))
    # (round 113, on the 2,299 with holdouts 98 and 99 moved in as 2275-2299, after round 113's rules: title 2275, date
    # 2278, outlet 252, bylines 582/601 with none invented, citations 633 right of 634 found, 633 labelled, accepted 890;
    # every new field read but the outlets and 2293's signer (a temple's notice signed "TM Ban Tổ Chức – Trụ Trì Thích
    # Phước Tấn" over its notes, the label doubting it: no rule); round 113 also fixed 1306's title (its slug spells the
    # headline whole under a department's masthead). Title, date, precision and accepted kept (2275/2299 = 0.9896,
    # 2278/2299 = 0.9909, 633/634 = 0.998, 890/2299 = 0.3871); outlet 0.110 -> 0.109 (252/2299 = 0.1096, none of the
    # 25 registered); bylines 0.969 -> 0.968 (582/601 = 0.9684, 2293))
    # (round 115, on the 2,327 with holdouts 100 and 101 moved in as 2300-2327, after round 114: title 2303, date 2305,
    # outlet 252, bylines 591/611 with none invented, citations 636 right of 637 found, 636 labelled, accepted 901; every
    # new field read but the outlets, 2302's date (a two-digit-year date with an English clock, "2/09/23 11:00 AM", read
    # day first where its label reads it month first, its collector doubting it) and 2322's writer (Latin letters, a
    # Chinese name in brackets, printed twice into a relative time). Title, date, precision and accepted kept
    # (2303/2327 = 0.9897, 2305/2327 = 0.9905, 636/637 = 0.998, 901/2327 = 0.3872); outlet 0.109 -> 0.108 (252/2327 =
    # 0.1083, none of the 28 registered); bylines 0.968 -> 0.967 (591/611 = 0.9673, 2322))
    # (round 116, on the 2,355 with holdouts 102 and 103 moved in as 2328-2355, after round 115: title 2330, date 2331,
    # outlet 252, bylines 596/620 with none invented, citations 637 right of 638 found, 637 labelled, accepted 907; every
    # new field read but the outlets, 2335's date glued to a reading time and its English pen name, 2336's one-word
    # pen name in Latin letters, 2338's magazine page under a long menu (title, date, writer) and 2341's forum user
    # name (round 115's leftovers, named in its tests). Title, precision and accepted kept (2330/2355 = 0.9894, 637/638 =
    # 0.998, 907/2355 = 0.3851); date 0.990 -> 0.989 (2331/2355 = 0.9898, 2335 and 2338); outlet 0.108 -> 0.107
    # (252/2355 = 0.1070, none of the 28 registered); bylines 0.967 -> 0.961 (596/620 = 0.9613, 2335, 2336, 2338, 2341))
    # (round 117, on the 2,391 with holdouts 104 and 105 moved in as 2356-2391, after round 117's rules: title 2366,
    # date 2365, outlet 254, bylines 604/632 with none invented, citations 642 right of 643 found, 642 labelled,
    # accepted 919; every new field read but the outlets, 2367's date (a weekday date over a ticker its label calls the
    # site's clock, its collector doubting it), 2384's two writers and month-first date, and 2390's and 2391's forum
    # posters (round 117's leftovers, named in its tests). Title, date, precision and accepted kept (2366/2391 =
    # 0.9895, 2365/2391 = 0.9891, 642/643 = 0.998, 919/2391 = 0.3844); outlet 0.107 -> 0.106 (254/2391 = 0.1062, none
    # of the 36 registered); bylines 0.961 -> 0.955 (604/632 = 0.9557, 2384, 2390, 2391))
    # (round 119, on the 2,424 with holdouts 106 and 107 moved in as 2392-2424, after round 119's rules: title 2393,
    # date 2397, outlet 254, bylines 611/639 with none invented, citations 644 right of 645 found, 644 labelled,
    # accepted 931; every new field read but the outlets, six titles (2399's headline broken over two lines, 2401's
    # series line, 2403's book chapter, 2406's forum node title, 2407's hard-wrapped headline, 2420's bracketed date in
    # its headline) and 2420's date (rounds 118's and 119's leftovers, named in their tests). Bylines, precision and
    # accepted kept (611/639 = 0.9562, 644/645 = 0.998, 931/2424 = 0.3841); title 0.989 -> 0.987 (2393/2424 = 0.9872);
    # date 0.989 -> 0.988 (2397/2424 = 0.9889, 2420); outlet 0.106 -> 0.104 (254/2424 = 0.1048, none of the 33
    # registered))
    # (round 121, on the 2,451 with holdouts 108 and 109 moved in as 2425-2451, after round 120, 2441's label changed
    # at the move as its note says: title 2413, date 2421, outlet 254, bylines 615/646 with none invented, citations 650
    # right of 651 found, 650 labelled, accepted 944; every new field read but the outlets, eight titles, three dates and
    # three writers (round 120's leftovers, named in its tests). Precision and accepted kept (650/651 = 0.998, 944/2451 =
    # 0.3851); title 0.987 -> 0.984 (2413/2451 = 0.9845); date 0.988 -> 0.987 (2421/2451 = 0.9878); outlet 0.104 ->
    # 0.103 (254/2451 = 0.1036, none of the 27 registered); bylines 0.955 -> 0.952 (615/646 = 0.9520: 2435, 2448, 2449))
    # (round 122, on the 2,477 with holdouts 110 and 111 moved in as 2452-2477, after round 121: title 2439, date 2446,
    # outlet 254, bylines 617/648 with none invented, citations 654 right of 655 found, 654 labelled, accepted 956; every
    # new field read but the outlets and 2455's date (a site's clock its label doubts, round 121's leftover). Title, date,
    # bylines, precision and accepted kept (2439/2477 = 0.9847, 2446/2477 = 0.9875, 617/648 = 0.9522, 654/655 = 0.998,
    # 956/2477 = 0.3860); outlet 0.103 -> 0.102 (254/2477 = 0.1025, none of the 26 registered))
    # (round 123, on the 2,502 with holdouts 112 and 113 moved in as 2478-2502, after round 122: title 2462, date 2471,
    # outlet 254, bylines 619/652 with none invented, citations 657 right of 658 found, 657 labelled, accepted 966; 2501's
    # label lists its poster's user name as the dev set does (2341, 2390, 2391; its note says so). New misses: 2485's and
    # 2500's titles (a 35-word headline closed by a stop; a headline under a profile card), 2478's and 2500's writers
    # ("(theo Lê Duy, Báo Tuyên Quang)" closing the text; "By VŨ ĐÌNH TRỌNG" under that headline). Title, date,
    # precision and accepted kept (2462/2502 = 0.9840, 2471/2502 = 0.9876, 657/658 = 0.998, 966/2502 = 0.3861); outlet
    # 0.102 -> 0.101 (254/2502 = 0.1015, none of the 25 registered); bylines 0.952 -> 0.949 (619/652 = 0.9494))
    # (round 124, on the 2,534 with holdouts 114 and 115 moved in as 2503-2534, after round 123: title 2492, date 2502,
    # outlet 254, bylines 623/658 with none invented, citations 663 right of 664 found, 664 labelled, accepted 972;
    # labels as written. New misses, round 123's leftovers: 2527's and 2534's titles (a forum archive's title with the
    # poster's account glued on; a short headline over its standfirst), 2522's date and writer (a source line's day,
    # "Theo Phong Điền"), 2512's writer ("CEO Hạnh David"), 2518's "Nghị quyết số 11 của Chính phủ". Date, precision
    # and accepted kept (2502/2534 = 0.9874, 663/664 = 0.998, 972/2534 = 0.3836); title 0.984 -> 0.983 (2492/2534 =
    # 0.9834); outlet 0.101 -> 0.1 (254/2534 = 0.1002, none of the 32 registered); bylines 0.949 -> 0.946 (623/658 =
    # 0.9468); recall 1.0 -> 0.998 (663/664 = 0.9985))
    # (round 125, on the 2,572 with holdouts 116 and 117 moved in as 2535-2572, after round 124: title 2529, date 2540,
    # outlet 257, bylines 630/667 with one invented, citations 672 right of 673 found, 673 labelled, accepted 986;
    # labels as written. New misses, round 124's leftovers: 2536's title and writer (a writing contest's entry form
    # over the headline) and 2567's writer: a blog owner's name with his degree in the masthead ("Nguyễn Chí Công,
    # CFLS"), over a breadcrumb the chrome takes out first, is read where the label takes the account after "bởi" on
    # the date line ("Cong_Chi_Nguyen", the same man); that name is the one invented.
    # Title, date, precision, recall and accepted kept (2529/2572 = 0.9833, 2540/2572 = 0.9876, 672/673 = 0.9985,
    # 986/2572 = 0.3834); outlet 0.1 -> 0.099 (257/2572 = 0.0999); bylines 0.946 -> 0.944 (630/667 = 0.9445); invented
    # 0 -> 1 (2567))
    "reader_devset": dict(title=0.983, date=0.987, outlet=0.099, bylines_found=0.944, bylines_invented=1,
                          citation_precision=0.997, citation_recall=0.998, chrome_citations_taken=0,
                          accepted=0.382, crashes=0),
    # holdouts 118 and 119, installed together (29 pastes: 118's thirteen from dental clinics, a private hospital, a
    # traditional healer's, a drug firm's and a translated health site, health, beauty and book-review blogs and a
    # software firm's blog; 119's sixteen from logistics, shipping and courier firms, a province's transport department,
    # a visa agency, an inland-waterway college, a kindergarten, overseas memoir and news sites, a blog, a reference site
    # and a forum), measured once at 57323d7 after round 124, never tuned on; their floors are that measurement. Three
    # titles missed, two dates, one writer of two, three names invented (a warning's, a healer's and a school's mission
    # words read as pen names).
    "reader_holdout": dict(title=0.896, date=0.931, outlet=0.206, bylines_found=0.5, bylines_invented=3,
                           citation_precision=1.0, citation_recall=1.0, chrome_citations_taken=0,
                           accepted=0.103, crashes=0),
}
SIZES = {"reader_devset": 2572, "reader_holdout": 29}
AT_MOST = ("bylines_invented", "chrome_citations_taken", "crashes")


@pytest.fixture(scope="module", params=[folder.name for folder in FOLDERS])
def figures(request):
    folder = next(f for f in FOLDERS if f.name == request.param)
    found = evaluate(folder)
    if not found.files:
        pytest.skip(f"{folder.name}: no pastes (the holdout is empty until a fresh one is dropped in)")
    return found


def test_every_figure_holds_its_floor(figures):
    if figures.folder not in FLOORS:
        pytest.skip(f"{figures.folder}: no floors yet (set them from its first measurement)")
    floors = FLOORS[figures.folder]
    found = figures.as_dict()
    low = {name: (found[name], floor) for name, floor in floors.items()
           if (found[name] > floor if name in AT_MOST else found[name] < floor - 1e-9)}
    assert not low, f"{figures.folder}: figure (now, floor): {low}"


def test_no_paste_crashes_the_reader(figures):
    assert [r.name for r in figures.results if r.crash] == []


def test_the_sets_are_whole(figures):
    if figures.folder not in SIZES:
        pytest.skip(f"{figures.folder}: its size is not recorded yet")
    assert figures.files == SIZES[figures.folder]


def test_the_dev_readme_counts_each_layout_tag_once_and_rightly():
    """The dev README's "By layout trait" table is kept by hand as files move in: one row per tag
    the labels use, with the number of files that carry it."""
    import collections
    import re
    import yaml
    devset = FOLDERS[0]
    labels = yaml.safe_load((devset / "labels.yml").read_text(encoding="utf-8"))
    counted = collections.Counter(tag for label in labels.values() for tag in (label.get("layout") or []))
    table = (devset / "README.md").read_text(encoding="utf-8").split("By layout trait", 1)[1]
    rows = re.findall(r"^\| ([a-z0-9-]+) \| (\d+) \|", table, re.M)
    assert [tag for tag, n in collections.Counter(t for t, _ in rows).items() if n > 1] == []
    assert {tag: int(n) for tag, n in rows} == dict(counted)


def test_an_empty_holdout_is_skipped_not_scored(tmp_path, capsys):
    from benchmarks.eval_reader import main
    (tmp_path / "labels.yml").write_text("# holdout 6 goes here\n{}\n", encoding="utf-8")
    assert evaluate(tmp_path).files == 0
    assert main([str(tmp_path)]) == 0
    assert "no pastes (skipped" in capsys.readouterr().out


def test_a_label_is_compared_as_the_reader_cleans_text(tmp_path):
    """A page may print a look-alike letter (`Ð`, U+00D0, for `Đ`); the label keeps it as
    printed, and the reader's title, cleaned like every paste, is still right."""
    paste = tmp_path / "001_example-vn.txt"
    paste.write_text("---\nurl: https://example.vn/a\n---\nÐại hội Chi bộ thôn Tân An nhiệm kỳ 2025 - 2027\n"
                     "Sáng nay, Chi bộ thôn Tân An tổ chức đại hội với sự tham dự của các đảng viên.\n",
                     encoding="utf-8")
    label = dict(title="Ðại hội Chi bộ thôn Tân An nhiệm kỳ 2025 - 2027", outlet="example.vn", date=None)
    result = evaluate_file(paste, label, load_registries(ROOT / "corpus"))
    assert result.crash == "" and result.title


def test_a_plenum_resolution_is_not_a_number_written_though_the_numbers_agree(tmp_path):
    """"Nghị quyết Trung ương 4" names plenum 4; the registry may resolve it to a document
    whose number is also 4 (04-NQ/TW of term XII). The labels list numbers as cited, so
    it is not counted as found, while "Nghị quyết số 4-NQ/TW" still is."""
    paste = tmp_path / "001_example-vn.txt"
    paste.write_text("---\nurl: https://example.vn/a\n---\nChi bộ thôn Tân An học tập nghị quyết\n"
                     "12/05/2018 08:00\n"
                     "Chi bộ thôn Tân An tiếp tục thực hiện Nghị quyết Trung ương 4 về xây dựng "
                     "Đảng và Chỉ thị số 5-CT/TW của Bộ Chính trị trong năm nay.\n", encoding="utf-8")
    label = dict(title="Chi bộ thôn Tân An học tập nghị quyết", outlet="example.vn",
                 date=dt.date(2018, 5, 12), citations=["5-CT/TW"])
    result = evaluate_file(paste, label, load_registries(ROOT / "corpus"))
    assert result.crash == ""
    assert result.cites_found == {"5-CT/TW"}

"""A synthetic corpus for the benchmarks: `write_corpus(folder, count, seed)`.

Articles read like the archive's real input: the five seed layouts in rotation
(000 Hà Nội Mới print, 001 Hà Nội Mới online, 002 Thành ủy TP.HCM portal, 003
Hà Nội Party Committee portal, 004 Party organisation sector news; each with its
own chrome lines, date-line shape, title/kicker/lead/byline placement, and a YAML
header only where the layout has no lead marker to name the outlet), the seed
articles' sentences mixed with generated ones that cite documents in the ways the
sources write them (registered numbers from corpus/documents.yml and unregistered
ones: "TƯ", "T.Ư", "21 - NQ/TW", "48 CT/TW", "QD/TW", "01/CTr-TU", plenum
phrases, aliases, back-references), earn tags, and name people (registry people
and new ones anchored by a role, "Bí thư Tỉnh ủy Nghệ An Nguyễn Văn An"), places
and organisations. Years 2005-2025, several outlets; a few files are pasted in
NFD, with CRLF line ends or with look-alike letters, as copy-paste brings them.

Deterministic: the same count and seed give byte-identical files (only
random.Random(seed) and sorted inputs; nothing hash-ordered). Titles with dates
and texts are unique, so the real build accepts every file.

    python -m benchmarks.corpus FOLDER [COUNT] [SEED]
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_SEED = 20260101
LAYOUTS = ("000", "001", "002", "003", "004")
FIRST_YEAR, LAST_YEAR = 2005, 2025

# ------------------------------------------------------------------ vocabulary

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
CITIES = ("Hà Nội", "TP Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")
# How an article writes its home place, and its Party committee.
PLACE_TEXT = {"TP Hồ Chí Minh": "TPHCM"}
DISTRICTS = {
    "Hà Nội": ("quận Ba Đình", "quận Hoàn Kiếm", "quận Đống Đa", "quận Cầu Giấy", "quận Thanh Xuân",
               "quận Hoàng Mai", "quận Long Biên", "quận Tây Hồ", "quận Hà Đông", "quận Nam Từ Liêm",
               "quận Bắc Từ Liêm", "huyện Ba Vì", "huyện Chương Mỹ", "huyện Đông Anh", "huyện Gia Lâm",
               "huyện Sóc Sơn", "huyện Thường Tín", "huyện Mê Linh", "huyện Đan Phượng", "huyện Quốc Oai",
               "huyện Thạch Thất", "huyện Ứng Hòa", "huyện Mỹ Đức", "huyện Phú Xuyên", "huyện Thanh Oai",
               "huyện Hoài Đức", "huyện Phúc Thọ", "huyện Thanh Trì", "thị xã Sơn Tây"),
    "TP Hồ Chí Minh": ("quận 1", "quận 3", "quận 7", "quận 12", "quận Bình Thạnh", "quận Gò Vấp",
                       "quận Tân Bình", "quận Phú Nhuận", "quận Tân Phú", "quận Bình Tân", "huyện Củ Chi",
                       "huyện Hóc Môn", "huyện Bình Chánh", "huyện Nhà Bè", "huyện Cần Giờ",
                       "thành phố Thủ Đức"),
}
SECTIONS = ("Chính trị", "Xây dựng Đảng", "Thời sự", "Tin tức", "Xã hội")  # 000: "Chính trị | 06:51 ..."
BYLINES = ("Bình Yên", "Quốc Bình", "Hà Linh", "Minh Phương", "Thu Hà", "Ngọc Anh", "Quang Minh",
           "Thanh Hải", "Phương Thảo", "Hải Yến", "Đức Trung", "Khánh Linh", "Hoàng Lan - Hoàng Mai",
           "S. Hải", "T. Lâm", "Minh Châu - Thanh Tùng", "Lê Hằng", "Vũ Dung")
PROVINCIAL_PORTALS = ("Nghệ An", "Thanh Hóa", "Quảng Ninh", "Bắc Ninh", "Đà Nẵng", "Cần Thơ")
OTHER_OUTLETS_004 = ("Tạp chí Xây dựng Đảng",)

SURNAMES = ("Nguyễn",) * 8 + ("Trần",) * 3 + ("Lê",) * 3 + (
    "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
    "Trương", "Đinh", "Đoàn", "Lương", "Trịnh", "Đào", "Lưu", "Tạ", "Cao", "Kiều", "Nông", "Lò")
MIDDLE = ("Văn", "Văn", "Thị", "Thị", "Minh", "Đức", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân", "Đình",
          "Công", "Tiến", "Mạnh", "Anh", "Hồng", "Quốc", "Trọng", "Việt")
GIVEN = ("An", "Bình", "Chiến", "Dũng", "Đạt", "Giang", "Hải", "Hà", "Hùng", "Khánh", "Lan", "Long",
         "Nam", "Phong", "Quân", "Sơn", "Tâm", "Thắng", "Trung", "Tú", "Việt", "Yến", "Hạnh", "Huy",
         "Lâm", "Nga", "Phúc", "Quyết", "Thảo", "Toàn", "Tuấn", "Vinh", "Hiếu", "Hoa", "Cường", "Thủy")
# New people's roles (U: Tỉnh ủy/Thành ủy, P: the province). "Bí thư" only outside Hà Nội and TPHCM,
# whose secretaries are registry people.
ROLES = ("Bí thư {U} {P}", "Phó Bí thư Thường trực {U} {P}", "Trưởng Ban Tổ chức {U} {P}",
         "Ủy viên Ban Thường vụ {U}, Trưởng Ban Tổ chức {U} {P}", "Phó trưởng Ban Tổ chức {U} {P}",
         "Chủ nhiệm Ủy ban Kiểm tra {U} {P}", "Trưởng Ban Dân vận {U} {P}", "Trưởng Ban Tuyên giáo {U} {P}")
# Registry people: (name, role as written, first year, last year, home place or "").
REGISTRY_ROLES = (
    ("Phạm Minh Chính", "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương",
     2016, 2020, ""),
    ("Phạm Minh Chính", "Ủy viên Bộ Chính trị, Thủ tướng Chính phủ", 2021, 2025, ""),
    ("Trương Thị Mai", "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương",
     2021, 2024, ""),
    ("Nguyễn Phú Trọng", "Tổng Bí thư", 2011, 2024, ""),
    ("Hoàng Trung Hải", "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội", 2016, 2020, "Hà Nội"),
    ("Đinh Tiến Dũng", "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội", 2020, 2024, "Hà Nội"),
    ("Nguyễn Văn Phong", "Phó Bí thư Thành ủy Hà Nội", 2020, 2025, "Hà Nội"),
    ("Nguyễn Ngọc Tuấn", "Phó Bí thư Thành ủy, Chủ tịch HĐND thành phố", 2021, 2024, "Hà Nội"),
    ("Nguyễn Văn Nên", "Ủy viên Bộ Chính trị, Bí thư Thành ủy TPHCM", 2020, 2025, "TP Hồ Chí Minh"),
    ("Võ Văn Tân", "Phó trưởng Ban Tổ chức Thành ủy TPHCM", 2020, 2023, "TP Hồ Chí Minh"),
    ("Phùng Hữu Phú", "GS.TS", 2012, 2025, ""),
)
CENTRAL_ORGS = ("Ban Tổ chức Trung ương", "Ủy ban Kiểm tra Trung ương", "Bộ Nội vụ", "Ban Dân vận Trung ương",
                "Văn phòng Trung ương Đảng", "Ban Tuyên giáo Trung ương", "Đảng ủy Khối các cơ quan Trung ương",
                "Mặt trận Tổ quốc Việt Nam", "Học viện Chính trị quốc gia Hồ Chí Minh")
NUMBER_WORDS = {1: "nhất", 2: "hai", 3: "ba", 4: "tư", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín",
                10: "mười", 11: "mười một", 12: "mười hai"}

# Per subject tag: title phrases, goals (verb phrases) and body sentences. Slots: {at} a place
# suffix, {org} the home Party committee, {place}, {unit}, {y}, {t1}-{t2} the term, {n1}..{n5}, {p}.
TOPICS = {
    "cong-tac-can-bo": (
        ("Đổi mới công tác cán bộ{at}", "Nâng cao chất lượng đội ngũ cán bộ{at}",
         "Đánh giá cán bộ thực chất, lấy hiệu quả công việc làm thước đo{at}",
         "Siết chặt kỷ cương trong công tác cán bộ{at}"),
        ("nâng cao chất lượng đội ngũ cán bộ các cấp", "đổi mới công tác đánh giá cán bộ theo hướng thực chất",
         "xây dựng đội ngũ cán bộ lãnh đạo, quản lý đủ phẩm chất, năng lực và uy tín"),
        ("Năm {y}, {org} đã thực hiện quy trình bổ nhiệm cán bộ đối với {n1} trường hợp, bảo đảm đúng nguyên tắc, "
         "công khai, minh bạch.",
         "Công tác đánh giá cán bộ được đổi mới theo hướng lấy hiệu quả công việc làm thước đo, gắn với kết quả "
         "thực hiện nhiệm vụ của từng địa phương, đơn vị.",
         "{Org} yêu cầu các cấp ủy tiếp tục xây dựng đội ngũ cán bộ chủ chốt đủ phẩm chất, năng lực, uy tín, "
         "nhất là người đứng đầu.")),
    "quy-hoach-luan-chuyen-can-bo": (
        ("Làm tốt công tác quy hoạch cán bộ{at}", "Luân chuyển cán bộ để rèn luyện, thử thách{at}",
         "Chú trọng đào tạo, bồi dưỡng cán bộ nguồn{at}"),
        ("làm tốt công tác quy hoạch cán bộ nhiệm kỳ {t1} - {t2}", "đẩy mạnh luân chuyển cán bộ lãnh đạo, quản lý"),
        ("Trong nhiệm kỳ, {org} đã luân chuyển, điều động cán bộ {n1} lượt, trong đó có {n2} đồng chí được "
         "luân chuyển về cơ sở.",
         "Danh sách cán bộ quy hoạch được rà soát, bổ sung hằng năm, bảo đảm tỷ lệ cán bộ trẻ, cán bộ nữ và "
         "cán bộ nguồn theo quy định.",
         "Công tác đào tạo, bồi dưỡng cán bộ gắn với quy hoạch; năm {y} đã mở {n3} lớp bồi dưỡng cho hơn {n4} "
         "lượt cán bộ.")),
    "kiem-soat-quyen-luc": (
        ("Kiểm soát quyền lực trong công tác cán bộ{at}", "Kiên quyết chống chạy chức, chạy quyền{at}",
         "Ngăn chặn tiêu cực trong công tác cán bộ{at}"),
        ("kiểm soát quyền lực và chống chạy chức, chạy quyền", "ngăn chặn tiêu cực trong công tác cán bộ"),
        ("Các cấp ủy đã quán triệt yêu cầu kiểm soát quyền lực trong công tác cán bộ, kiên quyết đấu tranh "
         "với biểu hiện chạy chức, chạy quyền.",
         "Mỗi khâu trong quy trình công tác cán bộ đều được công khai, có sự giám sát của tập thể cấp ủy và "
         "ủy ban kiểm tra cùng cấp.")),
    "phong-chong-tham-nhung": (
        ("Đẩy mạnh phòng, chống tham nhũng, tiêu cực{at}", "Không để lợi ích nhóm chi phối công tác cán bộ{at}"),
        ("phòng, chống tham nhũng, tiêu cực", "ngăn chặn lợi ích nhóm, tham nhũng trong bộ máy"),
        ("Công tác phòng, chống tham nhũng, tiêu cực được gắn với kiểm tra việc kê khai tài sản, thu nhập "
         "của cán bộ, đảng viên.",
         "Các cơ quan tham mưu kịp thời phát hiện, xử lý nghiêm {n2} vụ việc tham nhũng, lợi ích nhóm, "
         "tạo đồng thuận trong nhân dân.")),
    "tinh-gon-bo-may": (
        ("Sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả{at}",
         "Tinh giản biên chế gắn với vị trí việc làm{at}", "Sắp xếp đơn vị hành chính cấp huyện, cấp xã{at}"),
        ("sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả", "tinh giản biên chế gắn với vị trí việc làm"),
        ("Sau sắp xếp, {org} đã giảm {n1} đầu mối bên trong, tinh giản biên chế {p}% so với năm {y0}.",
         "Đề án vị trí việc làm được triển khai đồng bộ, làm cơ sở giao biên chế cho các cơ quan, đơn vị.",
         "Các đơn vị hành chính cấp xã chưa đạt tiêu chuẩn được rà soát, sắp xếp theo lộ trình.")),
    "dai-hoi-dang": (
        ("Chuẩn bị chu đáo đại hội đảng bộ các cấp{at}", "Tổ chức thành công đại hội điểm cấp cơ sở{at}",
         "Làm tốt công tác nhân sự đại hội nhiệm kỳ {t1} - {t2}{at}"),
        ("chuẩn bị tốt đại hội đảng bộ các cấp nhiệm kỳ {t1} - {t2}", "làm tốt công tác nhân sự đại hội"),
        ("{Org} đã chỉ đạo tổ chức thành công đại hội chi bộ trực thuộc đảng ủy cơ sở nhiệm kỳ {t1} - {t2}, "
         "rút kinh nghiệm để tổ chức đại hội cấp cơ sở.",
         "Công tác chuẩn bị nhân sự đại hội được tiến hành chặt chẽ, đúng quy trình, bảo đảm tiêu chuẩn, "
         "cơ cấu, số lượng cấp ủy viên.",
         "Đến nay đã có {n1} đảng bộ cơ sở tổ chức xong đại hội, đạt {p}%.")),
    "to-chuc-co-so-dang": (
        ("Nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng{at}", "Nâng cao chất lượng sinh hoạt chi bộ{at}",
         "Phát triển tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước{at}"),
        ("nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng", "nâng cao chất lượng sinh hoạt chi bộ"),
        ("Toàn đảng bộ hiện có {n1} tổ chức cơ sở đảng với hơn {n4} chi bộ trực thuộc; chất lượng sinh hoạt "
         "chi bộ từng bước được nâng lên.",
         "Năm {y}, đã thành lập mới {n2} tổ chức đảng trong doanh nghiệp ngoài khu vực nhà nước.",
         "Nội dung sinh hoạt chi bộ chuyên đề được đổi mới, gắn với nhiệm vụ chính trị của từng địa phương, "
         "đơn vị.")),
    "chat-luong-dang-vien": (
        ("Chú trọng phát triển đảng viên{at}", "Nâng cao chất lượng đội ngũ đảng viên{at}",
         "Kết nạp đảng viên trong học sinh, sinh viên{at}"),
        ("nâng cao chất lượng đội ngũ đảng viên", "làm tốt công tác phát triển đảng viên"),
        ("Năm {y}, toàn đảng bộ kết nạp được {n4} đảng viên, đạt {p}% chỉ tiêu; công tác quản lý đảng viên, "
         "sàng lọc đảng viên được thực hiện thường xuyên.",
         "Nhiều chi bộ đã chú trọng phát triển đảng viên là người trẻ tuổi, đoàn viên ưu tú, người lao động "
         "trong doanh nghiệp.")),
    "kiem-tra-giam-sat-ky-luat": (
        ("Nâng cao hiệu quả công tác kiểm tra, giám sát{at}", "Thi hành kỷ luật đảng nghiêm minh{at}"),
        ("nâng cao hiệu quả công tác kiểm tra, giám sát", "thi hành kỷ luật đảng nghiêm minh, kịp thời"),
        ("Ủy ban kiểm tra các cấp đã kiểm tra {n2} tổ chức đảng và {n3} đảng viên khi có dấu hiệu vi phạm, "
         "thi hành kỷ luật {n5} đảng viên.",
         "Công tác kiểm tra, giám sát được tiến hành có trọng tâm, trọng điểm, tập trung vào những lĩnh vực "
         "nhạy cảm, dễ phát sinh sai phạm.")),
    "dan-van": (
        ("Phát huy vai trò công tác dân vận{at}", "Thực hiện tốt quy chế dân chủ ở cơ sở{at}"),
        ("làm tốt công tác dân vận", "thực hiện tốt quy chế dân chủ ở cơ sở"),
        ("Công tác dân vận của hệ thống chính trị có nhiều đổi mới; phong trào thi đua “Dân vận khéo” được "
         "triển khai rộng khắp với {n4} mô hình.",
         "Việc thực hiện quy chế dân chủ ở cơ sở gắn với tiếp dân, đối thoại trực tiếp giữa người đứng đầu "
         "cấp ủy với nhân dân.")),
    "chuyen-doi-so": (
        ("Đẩy mạnh chuyển đổi số trong công tác tổ chức xây dựng Đảng{at}",
         "Ứng dụng công nghệ thông tin trong quản lý đảng viên{at}"),
        ("đẩy mạnh chuyển đổi số trong công tác đảng", "ứng dụng công nghệ thông tin trong quản lý đảng viên"),
        ("Phần mềm quản lý cơ sở dữ liệu đảng viên đã được triển khai tới {n1} tổ chức cơ sở đảng, giúp "
         "cập nhật thông tin nhanh chóng, chính xác.",
         "Chuyển đổi số được xác định là nhiệm vụ trọng tâm, gắn với ứng dụng công nghệ thông tin trong "
         "điều hành, tác nghiệp của các cơ quan đảng.")),
    "xay-dung-chinh-don-dang": (
        ("Đẩy mạnh xây dựng, chỉnh đốn Đảng{at}", "Ngăn chặn, đẩy lùi suy thoái về tư tưởng chính trị{at}",
         "Kiểm điểm tự phê bình và phê bình nghiêm túc{at}"),
        ("tăng cường xây dựng, chỉnh đốn Đảng", "ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị"),
        ("Việc kiểm điểm tự phê bình và phê bình được tiến hành nghiêm túc, đúng quy trình, có sự giám sát "
         "của cấp ủy cấp trên.",
         "Các biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” "
         "trong nội bộ được nhận diện và ngăn chặn kịp thời.")),
    "nganh-to-chuc-xay-dung-dang": (
        ("Ngành tổ chức xây dựng Đảng {place} triển khai nhiệm vụ năm {y}",
         "Kỷ niệm {k} năm Ngày truyền thống ngành Tổ chức xây dựng Đảng{at}",
         "Tổng kết công tác tổ chức xây dựng Đảng năm {y1}{at}"),
        ("nâng cao chất lượng công tác tham mưu của ngành tổ chức xây dựng Đảng",),
        ("Ngành tổ chức xây dựng Đảng {place} đã làm tốt vai trò tham mưu cho cấp ủy, với {n2} đề án, văn bản "
         "được ban hành trong năm.",
         "Đội ngũ cán bộ làm công tác tổ chức xây dựng Đảng được kiện toàn, giữ vững nguyên tắc, khách quan, "
         "công tâm.")),
}
TOPIC_KEYS = tuple(TOPICS)
# Conferences by month of the year: year-end reviews in December and January, mid-year ones in summer.
EVENTS = {1: ("tổng kết công tác xây dựng Đảng năm {y1}", "triển khai nhiệm vụ năm {y}"),
          6: ("sơ kết 6 tháng đầu năm {y}", "giao ban quý {q} năm {y}"),
          12: ("tổng kết công tác xây dựng Đảng năm {y}", "tập huấn nghiệp vụ công tác tổ chức, cán bộ năm {y}"),
          0: ("giao ban quý {q} năm {y}", "tập huấn nghiệp vụ công tác tổ chức, cán bộ năm {y}",
              "sơ kết giữa nhiệm kỳ", "quán triệt các văn bản mới của Trung ương")}
EVENT_MONTHS = {1: 1, 2: 1, 6: 6, 7: 6, 12: 12}
CITE_SENTENCES = (
    "Thực hiện {cite}, {org} đã ban hành kế hoạch triển khai tới các chi bộ, đảng bộ cơ sở.",
    "Căn cứ {cite}, {unit} đã cụ thể hóa thành chương trình hành động với nhiều nhiệm vụ, giải pháp cụ thể.",
    "Qua {k} năm triển khai {cite}, nhận thức của cán bộ, đảng viên về yêu cầu {goal} có chuyển biến rõ rệt.",
    "Theo tinh thần {cite}, các cấp ủy phải {goal}.",
    "Hội nghị đã quán triệt {cite}, đồng thời thống nhất các giải pháp để {goal}.",
    "{Org} sẽ tiếp tục tổ chức thực hiện nghiêm túc {cite} trong thời gian tới.",
)
BACKREF_SENTENCES = (
    "Việc thực hiện {ref} cần gắn với trách nhiệm của người đứng đầu cấp ủy.",
    "Các cấp ủy sẽ sơ kết việc thực hiện {ref} vào cuối năm.",
)
PERSON_SENTENCES = (
    "Phát biểu chỉ đạo hội nghị, {role} {name} đề nghị các cấp ủy {goal}.",
    "Theo {role} {name}, điều quan trọng là phải {goal}.",
    "{Role} {name} nhấn mạnh yêu cầu {goal}, coi đây là nhiệm vụ thường xuyên.",
)
AGAIN_SENTENCES = (
    "Đồng chí {name} cũng lưu ý các cơ quan tham mưu cần bám sát thực tiễn, kịp thời tháo gỡ vướng mắc.",
    "Cũng theo đồng chí {name}, kết quả đạt được là nền tảng quan trọng để hoàn thành nhiệm vụ năm tới.",
)
PLACE_SENTENCES = (
    "Tại {place2}, các cấp ủy đã chủ động rà soát, bổ sung quy chế làm việc, phân công nhiệm vụ rõ người, rõ việc.",
    "Kinh nghiệm của {place2} cho thấy, nơi nào cấp ủy sâu sát, quyết liệt thì nơi đó chuyển biến rõ nét.",
    "Đại diện {org2} đánh giá cao cách làm của {org}, đề nghị tiếp tục nhân rộng.",
)
HEADINGS = ("Những dấu ấn đổi mới", "Tạo chuyển biến rõ nét", "Nhiều cách làm sáng tạo",
            "Khắc phục hạn chế, bất cập", "Nâng cao chất lượng công tác tham mưu", "Kết quả bước đầu quan trọng",
            "Giữ vững nguyên tắc, phát huy dân chủ", "Nhiệm vụ trong thời gian tới", "Bài học kinh nghiệm")
KICKERS = ("Tiến tới Đại hội Đảng các cấp:", "Thực hiện Nghị quyết Trung ương về xây dựng Đảng:",
           "Nhìn lại một năm công tác tổ chức xây dựng Đảng:", "Ghi nhận từ cơ sở:", "Vì một Đảng trong sạch, vững mạnh:")
CAPTIONS = ("{who} phát biểu tại hội nghị", "{who} phát biểu chỉ đạo tại hội nghị", "Quang cảnh hội nghị",
            "{who} trao Bằng khen cho các tập thể", "Các đại biểu dự hội nghị")
ORDINALS = ("Một là", "Hai là", "Ba là", "Bốn là", "Năm là", "Sáu là")
EDIT_SENTENCE = "Những kết quả trên đã được cấp ủy ghi nhận, biểu dương."


# ------------------------------------------------------------------ sources

@dataclass(frozen=True)
class Doc:
    """A document as articles cite it."""

    type: str
    n: str = ""  # "18"
    code: str = ""  # "NQ"
    issuer: str = ""  # "TW"
    year: int = 0
    date: dt.date | None = None
    body: str = ""  # issuing body as written in a citation
    title: str = ""
    aliases: tuple[str, ...] = ()
    plenum_phrase: str = ""  # for a plenum resolution the registry can tell apart
    state: str = ""  # a state number written whole ("108/2014/NĐ-CP")

    @property
    def number(self) -> str:
        return self.state or (f"{self.n}-{self.code}/{self.issuer}" if self.n else "")


@dataclass
class Sources:
    sentences: list[tuple[int, str, str]]  # (earliest year it fits, home place or "", sentence) of the seeds
    items: list[str]  # numbered items of the seeds (004)
    documents: list[Doc]  # registered
    people: list[tuple[str, str, int, int, str]]
    places: list[str]


# Words that date a seed sentence: the earliest year it can be written in.
ERA_WORDS = {"COVID": 2020, "Covid": 2020, "chuyển đổi số": 2019, "Việt Á": 2022, "Vành đai 4": 2022,
             "Búa liềm vàng": 2016, "trực tuyến": 2015, "điện tử": 2010}
# Seed outlets whose city-specific sentences ("Thành ủy", "TP", "quận") belong to one city.
SEED_HOMES = {"Báo Hànộimới": "Hà Nội", "Cổng thông tin điện tử Thành ủy Hà Nội": "Hà Nội",
              "Cổng thông tin điện tử Thành ủy TP.HCM": "TP Hồ Chí Minh"}
_CITY_WORDS = re.compile(r"\b(Thành ủy|Thành uỷ|thành phố|TP|TPHCM|Thủ đô|Hà Nội|quận|huyện|Huyện ủy)\b")


def _era(sentence: str, documents: list[Doc]) -> int:
    """The first year a seed sentence can be written in: its years (not "đến năm 2030", not
    the end of a range), its terms and congresses, anniversaries, the registry documents and
    people it names."""
    years = [int(y) for y in re.findall(r"(?<!\d{4}-)(?<!\d{4} - )(?<!\d{4}–)(?<!đến năm )(?<!tới năm )"
                                         r"(?<!đến )(?<!\d)((?:19|20)\d\d)(?!\d)", sentence)]
    for term, year in (("XIV", 2025), ("XIII", 2020), ("XVII", 2020), ("XVI", 2015), ("XII", 2016), ("XI", 2011)):
        if re.search(rf"\b{term}\b", sentence):
            years.append(year)
            break
    years += [1930 + int(n) for n in re.findall(r"(\d+) năm Ngày truyền thống", sentence)]
    years += [1890 + int(n) for n in re.findall(r"(\d+) năm Ngày sinh Chủ tịch", sentence)]
    years += [year for word, year in ERA_WORDS.items() if word in sentence]
    for doc in documents:
        if doc.n and re.search(rf"\b{doc.n}\s*-\s*{doc.code}\b", sentence):
            years.append(doc.year)
    for name, _, first, _, _ in REGISTRY_ROLES:
        if name in sentence:
            years.append(first)
    return max(years, default=0)


def _registry_docs(path: Path) -> list[Doc]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    entries = data.get("documents") or []
    plenums: dict[tuple, int] = {}
    for e in entries:
        if e.get("plenum"):
            plenums[(e["plenum"], e.get("term"))] = plenums.get((e["plenum"], e.get("term")), 0) + 1
    docs = []
    for e in entries:
        date = e.get("date") if isinstance(e.get("date"), dt.date) else None
        year = int(e.get("year") or (date.year if date else 0))
        title = str(e.get("title") or "")
        aliases = tuple(str(a) for a in e.get("aliases") or ())
        plenum = ""
        if e.get("plenum") and plenums[(e["plenum"], e.get("term"))] == 1 and e.get("plenum") in NUMBER_WORDS:
            plenum = (f"{e['type']} Hội nghị lần thứ {NUMBER_WORDS[e['plenum']]} Ban Chấp hành Trung ương "
                      f"khóa {e.get('term')}")
        number = str(e.get("number") or "")
        match = re.fullmatch(r"(\d+)-([^/]+)/(.+)", number)
        if not match and not aliases:
            continue
        n, code, issuer = match.groups() if match else ("", "", "")
        docs.append(Doc(type=str(e["type"]), n=n, code=code, issuer=issuer, year=year, date=date,
                        body=str(e.get("issuing_body") or ""), title=title, aliases=aliases,
                        plenum_phrase=plenum))
    return docs


def _seed_text(root: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """(home place or "", sentence) and numbered items of the seed articles, read by the real
    reader. Sentences of numbered lists ("Hai là, ...") are left out: they need their list."""
    from archive.outlets import load_outlets
    from archive.readers import read_article

    outlets = load_outlets(root / "corpus" / "outlets.yml", "corpus/outlets.yml")
    sentences, items = [], []
    for path in sorted((root / "corpus").glob("*.txt")):
        article = read_article(path, path.name, outlets, dt.date(2100, 1, 1))
        home = SEED_HOMES.get(article.outlet, "")
        texts = [article.lead] + [b.text for b in article.blocks if b.kind == "paragraph"]
        items += [b.text for b in article.blocks if b.kind == "item" and len(b.text) > 60]
        for text in texts:
            pieces: list[str] = []
            for piece in re.split(r"(?<=[.!?…])\s+", text):
                if pieces and not (piece[:1].isupper() or piece[:1] in "“\""):
                    pieces[-1] += " " + piece  # "TP. Hồ Chí Minh", "… và"
                else:
                    pieces.append(piece)
            for sentence in pieces:
                sentence = sentence.strip()
                balanced = sentence.count("“") == sentence.count("”") and sentence.count('"') % 2 == 0
                if 50 <= len(sentence) <= 600 and balanced and sentence[0].isupper() \
                        and sentence.endswith((".", "…", "!", "?", ".”")) \
                        and not sentence.startswith(ORDINALS + ("Bảy là", "Tám là")) and not sentence.endswith("./."):
                    sentences.append((home if _CITY_WORDS.search(sentence) else "", sentence))
    return list(dict.fromkeys(sentences)), list(dict.fromkeys(items))


@lru_cache(maxsize=4)
def load_sources(root: Path = ROOT) -> Sources:
    documents = _registry_docs(root / "corpus" / "documents.yml")
    entities = yaml.safe_load((root / "corpus" / "entities.yml").read_text(encoding="utf-8")) or {}
    known = {str(p.get("name")) for p in entities.get("people") or []}
    places = [str(p["name"]) for p in entities.get("places") or []]
    sentences, items = _seed_text(root)
    return Sources(
        sentences=[(_era(s, documents), home, s) for home, s in sentences],
        items=items,
        documents=documents,
        people=[p for p in REGISTRY_ROLES if p[0] in known],
        places=places,
    )


# ------------------------------------------------------------------ one article

def _committee(place: str) -> str:
    return "Thành ủy" if place in CITIES else "Tỉnh ủy"


def _place_text(place: str) -> str:
    return PLACE_TEXT.get(place, place)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _title_lower(text: str) -> str:
    """'Về việc kiểm soát...' -> 'kiểm soát...' for 'về ...' after a number."""
    text = re.sub(r"^Về (việc )?", "", text)
    return text[:1].lower() + text[1:]


@dataclass
class World:
    """Everything shared by the articles of one corpus: the sources, and pools of new
    people and unregistered documents that recur across articles, as in a real archive."""

    sources: Sources
    people: dict[str, list[tuple[str, str]]]  # place -> [(name, role)]
    local_docs: dict[str, list[Doc]]  # place -> documents of its Party committee
    central_docs: list[Doc]  # unregistered Central and state documents


def _name(rng: random.Random) -> str:
    if rng.random() < 0.15:  # four syllables: "Nguyễn Thị Thu Hà"
        return f"{rng.choice(SURNAMES)} {rng.choice(('Thị', 'Văn', 'Ngọc', 'Minh'))} " \
               f"{rng.choice(('Thu', 'Kim', 'Hồng', 'Thanh', 'Bảo'))} {rng.choice(GIVEN)}"
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def make_world(count: int, seed: int, root: Path = ROOT) -> World:
    sources = load_sources(root)
    rng = random.Random(f"{seed}-world")
    taken = {p[0] for p in sources.people}
    people: dict[str, list[tuple[str, str]]] = {}
    for _ in range(max(60, count // 8)):
        place = _home_place(rng, rng.choice(LAYOUTS), sources.places)
        name = _name(rng)
        if name in taken:
            continue
        taken.add(name)
        roles = [r for r in ROLES if not (place in ("Hà Nội", "TP Hồ Chí Minh") and r.startswith(("Bí thư", "Phó Bí thư")))]
        role = rng.choice(roles).format(U=_committee(place), P=_place_text(place))
        people.setdefault(place, []).append((name, role))
    local: dict[str, list[Doc]] = {}
    local_types = (("Kế hoạch", "KH"), ("Chỉ thị", "CT"), ("Nghị quyết", "NQ"), ("Chương trình", "CTr"),
                   ("Đề án", "ĐA"), ("Kết luận", "KL"), ("Quy định", "QĐ"), ("Hướng dẫn", "HD"))
    for _ in range(max(40, count // 15)):
        place = _home_place(rng, rng.choice(LAYOUTS), sources.places)
        kind, code = rng.choice(local_types)
        year = rng.randint(FIRST_YEAR - 2, LAST_YEAR)
        issuer, body = ("BTCTU", f"Ban Tổ chức {_committee(place)}") if code == "HD" \
            else ("TU", f"{_committee(place)} {_place_text(place)}")
        topic = TOPICS[rng.choice(TOPIC_KEYS)]
        date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.6 else None
        local.setdefault(place, []).append(Doc(type=kind, n=str(rng.randint(1, 160)), code=code, issuer=issuer,
                                               year=year, date=date, body=body, title=rng.choice(topic[1])))
    registered = {(d.n, d.code) for d in sources.documents}
    central = [Doc(type="Luật", state="22/2008/QH12", year=2008, title="cán bộ, công chức"),
               Doc(type="Nghị định", state="108/2014/NĐ-CP", year=2014, title="chính sách tinh giản biên chế"),
               Doc(type="Nghị định", state="138/2020/NĐ-CP", year=2020,
                   title="tuyển dụng, sử dụng và quản lý công chức"),
               Doc(type="Quyết định", state="719/QĐ-TTg", year=2008)]
    for _ in range(max(10, count // 100)):
        kind, code = rng.choice((("Quy định", "QĐ"), ("Kết luận", "KL"), ("Chỉ thị", "CT"), ("Hướng dẫn", "HD"),
                                 ("Thông báo kết luận", "TB")))
        n = str(rng.randint(1, 300))
        if (n, code) in registered:
            continue
        issuer = "BTCTW" if code == "HD" else "TW"
        body = "Ban Tổ chức Trung ương" if code == "HD" else rng.choice(("Bộ Chính trị", "Ban Bí thư"))
        year = rng.randint(FIRST_YEAR - 3, LAST_YEAR)
        date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28)) if rng.random() < 0.5 else None
        central.append(Doc(type=kind, n=n, code=code, issuer=issuer, year=year, date=date, body=body,
                           title=rng.choice(TOPICS[rng.choice(TOPIC_KEYS)][1])))
    return World(sources, people, local, central)


def _home_place(rng: random.Random, layout: str, places: list[str]) -> str:
    if layout in ("000", "001"):
        return "Hà Nội" if rng.random() < 0.85 else rng.choice(places)
    if layout == "002":
        return "TP Hồ Chí Minh"
    if layout == "003":
        return "Hà Nội" if rng.random() < 0.7 else rng.choice(PROVINCIAL_PORTALS)
    return rng.choice(places)


class Writer:
    """One article's text, drawn from rng: facts first, then the layout around them."""

    def __init__(self, world: World, rng: random.Random, index: int, layout: str):
        self.w, self.rng, self.i, self.layout = world, rng, index, layout
        src = world.sources
        self.place = _home_place(rng, layout, src.places)
        self.outlet = {"003": "Cổng thông tin điện tử Thành ủy Hà Nội" if self.place == "Hà Nội"
                       else f"Cổng thông tin điện tử {_committee(self.place)} {self.place}",
                       "004": rng.choice(OTHER_OUTLETS_004) if rng.random() < 0.25
                       else "Trang tin ngành Tổ chức xây dựng Đảng"}.get(layout, "")
        years = list(range(FIRST_YEAR, LAST_YEAR + 1))
        self.y = rng.choices(years, weights=[y - FIRST_YEAR + 6 for y in years])[0]
        self.date = dt.date(self.y, 1, 1) + dt.timedelta(days=rng.randrange(365))
        self.time = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
        self.topics = rng.sample(TOPIC_KEYS, rng.choice((1, 2, 2, 3)))
        districts = DISTRICTS.get(self.place)
        self.unit = rng.choice(districts) if districts else f"tỉnh {self.place}" if self.place not in CITIES \
            else f"thành phố {self.place}"
        self.org = f"{_committee(self.place)} {_place_text(self.place)}"
        t1 = 2005 + 5 * ((self.y - 2005 + 1) // 5)
        self.slots = {"place": _place_text(self.place), "unit": self.unit, "org": self.org, "Org": self.org,
                      "y": self.y, "y0": self.y - rng.randint(3, 6), "y1": self.y - 1, "t1": t1, "t2": t1 + 5,
                      "k": self.y - 1930}
        self.named: list[str] = []
        self.usable: list[str] | None = None

    # -- pieces
    def fill(self, template: str, **extra) -> str:
        r = self.rng
        slots = {**self.slots, "n1": r.randint(5, 60), "n2": r.randint(2, 30), "n3": r.randint(3, 20),
                 "n4": f"{r.randint(100, 3000):,}".replace(",", "."), "n5": r.randint(1, 40),
                 "p": f"{r.randint(80, 99)},{r.randint(1, 9)}", **extra}
        return template.format(**slots)

    def at(self) -> str:
        r = self.rng.random()
        if r < 0.35:
            return f" ở {_place_text(self.place)}"
        if r < 0.6:
            return f" tại {self.unit}"
        if r < 0.75:
            return f" ở Đảng bộ {_place_text(self.place)}"
        return ""

    def goal(self, topic: str | None = None) -> str:
        return self.fill(self.rng.choice(TOPICS[topic or self.rng.choice(self.topics)][1]))

    def docs_for_year(self) -> tuple[list[Doc], list[Doc], list[Doc]]:
        """(registered, this place's unregistered, Central and state unregistered) documents
        issued by the article's year."""
        registered = [d for d in self.w.sources.documents if d.year <= self.y]
        local = [d for d in self.w.local_docs.get(self.place, []) if d.year <= self.y]
        central = [d for d in self.w.central_docs if d.year <= self.y]
        return registered, local, central

    def cite(self, doc: Doc) -> str:
        """One citation, written one of the ways the sources write them."""
        r = self.rng
        if doc.state:
            return f"{doc.type} số {doc.state}" + (f" về {doc.title}" if doc.title and r.random() < 0.5 else "")
        if doc.aliases and (not doc.n or r.random() < 0.3):
            return r.choice(doc.aliases)
        if doc.plenum_phrase and r.random() < 0.2:
            return doc.plenum_phrase
        when = ""
        if doc.date and r.random() < 0.6:
            d = doc.date
            when = f" ngày {d.day}/{d.month}/{d.year}" if r.random() < 0.5 else f" ngày {d.day}-{d.month}-{d.year}"
        of = f" của {doc.body}" if doc.body and r.random() < 0.6 else ""
        about = ""
        if doc.title and r.random() < 0.5:
            about = f" về “{_cap(_title_lower(doc.title))}”" if r.random() < 0.5 else f" về {_title_lower(doc.title)}"
        n, code, issuer = doc.n, doc.code, doc.issuer
        style = r.random()
        so = "số " if r.random() < 0.8 else ""
        if issuer == "TW" and style < 0.12:
            issuer = r.choice(("TƯ", "T.Ư"))
        elif style < 0.18:
            return f"{doc.type} {so}{n} - {code}/{issuer}{when}{of}"  # "21 - NQ/TW"
        elif style < 0.23:
            return f"{doc.type} {so}{n} {code}/{issuer}{of}"  # "48 CT/TW"
        elif style < 0.28 and code == "QĐ":
            return f"{doc.type} {so}{n}-QD/{issuer}{of}"  # no diacritics
        elif style < 0.33 and code == "CTr" and issuer == "TU":
            return f"{doc.type} {so}{n}/CTr-TU{of}"  # 000's mangled order
        elif style < 0.38 and issuer == "TW" and not when:
            return f"{doc.type} {n}{of}{about}"  # "Nghị quyết 39 của Bộ Chính trị"
        return f"{doc.type} {so}{n}-{code}/{issuer}{when}{of}{about}"

    def citation_sentences(self) -> list[str]:
        r = self.rng
        registered, local, central = self.docs_for_year()
        picks: list[Doc] = []
        for pool, chance, most in ((registered, 0.85, 3), (local, 0.6, 2), (central, 0.3, 1)):
            if pool and r.random() < chance:
                picks += r.sample(pool, min(len(pool), r.randint(1, most)))
        out = []
        for doc in picks:
            since = self.y - doc.year
            templates = CITE_SENTENCES if since >= 2 else [t for t in CITE_SENTENCES if "{k}" not in t]
            out.append(self.fill(r.choice(templates), cite=self.cite(doc), goal=self.goal(), k=since))
        numbered = [d for d in picks if d.n and not d.state]
        if numbered and r.random() < 0.4:
            doc = r.choice(numbered)
            out.append(self.fill(r.choice(BACKREF_SENTENCES), ref=f"{doc.type} số {doc.n}"))
        if self.y >= 2018 and r.random() < 0.08:
            out.append("Sau hai năm thực hiện Nghị quyết 18, 19 của Hội nghị Trung ương 6 khóa XII, tổ chức bộ "
                       "máy tiếp tục được sắp xếp tinh gọn.")
        return out

    def person_sentences(self) -> list[str]:
        r = self.rng
        out = []
        fits = [p for p in self.w.sources.people if p[2] <= self.y <= p[3] and p[4] in ("", self.place)]
        if fits and r.random() < 0.55:
            name, role, *_ = r.choices(fits, weights=[0.2 if p[1] == "GS.TS" else 1 for p in fits])[0]
            if role == "GS.TS":
                out.append(f"GS.TS {name}, nguyên Phó Chủ tịch Thường trực Hội đồng Lý luận Trung ương nhận định, "
                           f"cần {self.goal()}.")
            else:
                out.append(self.fill(r.choice(PERSON_SENTENCES), role=role, Role=role, name=name, goal=self.goal()))
            self.named.append(name)
        local = self.w.people.get(self.place, [])
        for name, role in r.sample(local, min(len(local), r.choice((0, 1, 1, 2)))):
            out.append(self.fill(r.choice(PERSON_SENTENCES), role=role, Role=role, name=name, goal=self.goal()))
            if r.random() < 0.5:
                out.append(self.fill(r.choice(AGAIN_SENTENCES), name=name))
            self.named.append(name)
        if r.random() < 0.1:
            out.append("Các chi bộ đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, "
                       "thấm nhuần lời dạy của Chủ tịch Hồ Chí Minh: “Cán bộ là cái gốc của mọi công việc”.")
        return out

    def place_sentences(self) -> list[str]:
        r = self.rng
        out = []
        for _ in range(r.choice((0, 1, 1, 2))):
            other = r.choice(self.w.sources.places)
            out.append(self.fill(r.choice(PLACE_SENTENCES), place2=other, org2=r.choice(CENTRAL_ORGS)))
        return out

    def seed_sentences(self, count: int) -> list[str]:
        """Seed sentences that fit the year and the home place, none twice in one article."""
        if self.usable is None:
            self.usable = [s for era, home, s in self.w.sources.sentences
                           if era <= self.y and home in ("", self.place)]
            self.rng.shuffle(self.usable)
        if len(self.usable) < count:  # a long article has used them all: start again
            self.usable = None
            return self.seed_sentences(count)
        taken, self.usable = self.usable[:count], self.usable[count:]
        return taken

    def title(self) -> str:
        r = self.rng
        topic = self.topics[0]
        registered, local, central = self.docs_for_year()
        docs = registered + local
        if docs and r.random() < 0.25:
            doc = r.choice(docs)
            short = doc.aliases[0] if doc.aliases and not doc.n else f"{doc.type} số {doc.number}"
            return self.fill(r.choice(("{org} quán triệt, triển khai {short}", "Sơ kết {m} năm thực hiện {short}{at}",
                                       "Triển khai thực hiện {short}{at}", "{Unit} thực hiện {short}")),
                             short=short, m=max(1, self.y - doc.year) if doc.year < self.y else "1",
                             at=self.at(), Unit=_cap(self.unit))
        if r.random() < 0.2:  # "Nghệ An: đẩy mạnh ..."
            text = self.fill(r.choice(TOPICS[topic][0]), at="")
            return f"{_place_text(self.place)}: {text[:1].lower()}{text[1:]}"
        text = self.fill(r.choice(TOPICS[topic][0]), at=self.at())
        return text

    def lead(self) -> str:
        r = self.rng
        event = self.fill(r.choice(EVENTS[EVENT_MONTHS.get(self.date.month, 0)]),
                          q=(self.date.month - 1) // 3 + 1)
        day = self.date
        when = r.choice((f"Ngày {day.day}/{day.month}", f"Sáng {day.day}-{day.month}", f"Chiều {day.day}-{day.month}",
                         "Ngày hôm qua", "Sáng nay"))
        return self.fill(r.choice((
            "{when}, {org} tổ chức hội nghị {event}, tập trung bàn giải pháp {goal}.",
            "{when}, tại {unit}, {org} đã tổ chức hội nghị {event}. Hội nghị thống nhất yêu cầu {goal} "
            "trong thời gian tới.",
            "Thời gian qua, {unit} đã có nhiều cách làm sáng tạo để {goal}, tạo chuyển biến rõ nét trong "
            "công tác xây dựng Đảng.",
        )), when=when, event=event, goal=self.goal(self.topics[0]))

    def body(self) -> list[str]:
        """Paragraphs: generated facts spread among the seed articles' sentences."""
        r = self.rng
        facts = []
        for n, topic in enumerate(self.topics):
            sentences = TOPICS[topic][2]
            facts += [self.fill(s) for s in (sentences if n == 0 else r.sample(sentences, 1))]
        facts += self.citation_sentences() + self.person_sentences() + self.place_sentences()
        r.shuffle(facts)
        paragraphs = r.randint(5, 14) if r.random() < 0.95 else r.randint(20, 30)
        out = []
        for p in range(paragraphs):
            take = [facts.pop() for _ in range(min(len(facts), r.choice((0, 1, 1, 2))))]
            if p == paragraphs - 1:
                take += facts
            mixed = take + self.seed_sentences(r.randint(1, 4))
            r.shuffle(mixed)
            out.append(" ".join(mixed))
        return out

    def who(self) -> str:
        return f"Đồng chí {self.named[0]}" if self.named else "Lãnh đạo " + self.org

    def other_titles(self, k: int) -> list[str]:
        """Titles of 'other articles' in 004's chrome (they cite documents too)."""
        out = []
        for _ in range(k):
            doc = self.rng.choice([d for d in self.w.sources.documents if d.n])
            out.append(self.fill(self.rng.choice((
                "Hội nghị quán triệt, triển khai thực hiện {t} số {num}",
                "Sơ kết việc thực hiện {t} số {num} của {b}", "Ngành Tổ chức xây dựng Đảng triển khai nhiệm vụ năm {yy}")),
                t=doc.type, num=doc.number, b=doc.body or "Trung ương", yy=self.y + 1))
        return out


# ------------------------------------------------------------------ the five layouts

def _header(outlet: str) -> str:
    return f"---\noutlet: {outlet}\n---\n"


def render(wr: Writer, title: str) -> str:
    r, d = wr.rng, wr.date
    lead, body = wr.lead(), wr.body()
    layout = wr.layout
    # 001's byline shares the date line, where a name of more than four words reads as prose
    byline = r.choice([b for b in BYLINES if " - " not in b] if layout == "001" else BYLINES)
    if layout == "000":  # kicker?, title, "Chính trị | 06:51 Thứ Năm ngày 11/10/2012", (HNM) - lead, byline
        kicker = f"{r.choice(KICKERS)}\n\n" if r.random() < 0.3 else ""
        date_line = f"{r.choice(SECTIONS)} | {wr.time} {WEEKDAYS[d.weekday()]} ngày {d.day:02d}/{d.month:02d}/{d.year}"
        text = (f"{kicker}{title}\n\n{date_line}\n(HNM) - {lead}\n\n" + "\n\n".join(body)
                + f"\n{byline}\nBình luận\nGõ tiếng Việt có dấu, tối thiểu 15 chữ\nThông báo")
    elif layout == "001":  # chrome, title, "Quốc Bình| 16/07/2018 20:15", (HNMO) - lead, chrome with the title again
        text = (f"Theo dõi Báo Hànộimới trên\n\n{title}\n\n{byline}| {d.day:02d}/{d.month:02d}/{d.year} {wr.time}\n\n"
                f"(HNMO) - {lead}\n\n\n" + "\n\n".join(body) + f" \n\n({r.randint(0, 12)}) Bình luận\nNổi bật\n"
                f"Đừng bỏ lỡ\n{title}\n\n(*) Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản "
                "của Báo Hànộimới.")
    elif layout == "002":  # worded date first, title, caption, (Thanhuytphcm.vn) - lead, doubled captions
        parts = list(body)
        if len(parts) > 3:
            parts.insert(r.randint(1, 2), r.choice(HEADINGS))
        for _ in range(r.randint(1, 2)):
            caption = r.choice(CAPTIONS).format(who=wr.who())
            parts.insert(r.randint(2, len(parts)), f"{caption} {caption}")
        caption = f"{r.choice(CAPTIONS).format(who=wr.who())}\n\n" if r.random() < 0.6 else ""
        text = (f"{WEEKDAYS[d.weekday()]}, ngày {d.day} tháng {d.month} năm {d.year}\n\n{title}\n\n{caption}"
                f"(Thanhuytphcm.vn) - {lead}\n\n" + "\n\n".join(parts)
                + f"\n\n{byline}\n\n\nÝ kiến bạn đọc\n\nrefresh\n \n\nTổng lượt bình luận\n\nTin khác\n\nThông báo")
    elif layout == "003":  # header, Sign In, title, "11:30 18/04/2023", lead, headings, captions, Tag:
        parts = list(body)
        parts.insert(r.randint(0, 1), r.choice(HEADINGS))
        if r.random() < 0.7:
            parts.insert(r.randint(2, len(parts)), r.choice(CAPTIONS).format(who=wr.who()))
        text = (_header(wr.outlet) + f"Sign In\n\n{title}\n\n{wr.time} {d.day:02d}/{d.month:02d}/{d.year}\n{lead}\n\n"
                + "\n\n".join(parts) + f"\n\n{byline}\n\nTag:\n\nFile đính kèm")
    else:  # 004: header, title, "01/06/2020 | 1456", lead, Ảnh:, "Một là," and numbered items, other articles
        parts = list(body)
        if len(parts) > 3:
            for n, k in enumerate(range(1, min(len(parts) - 1, 5))):
                words = parts[k].split(" ", 2)
                common = len(words) > 1 and words[1][:1].islower() and words[0] not in ("Đảng", "Bác")
                parts[k] = f"{ORDINALS[n]}, {parts[k][:1].lower() if common else parts[k][:1]}{parts[k][1:]}"
        items = r.sample(wr.w.sources.items, min(len(wr.w.sources.items), r.randint(0, 5)))
        parts += [f"{n}. {item}" for n, item in enumerate(items, start=1)]
        parts[-1] = parts[-1].rstrip(".") + "./."
        photo = f"Ảnh: {r.choice(CAPTIONS).format(who=wr.who())}.\n\n" if r.random() < 0.7 else ""
        others = wr.other_titles(r.randint(2, 4))
        chrome = "\n\nCác bài viết khác\n\n" + "".join(
            f"{t}\n\n{t}\n{when}\n\n" for t, when in zip(others[:2], ("hôm qua", "1 tháng trước")))
        chrome += "".join(f"• {t} ({n + 3} tháng trước)\n\n" for n, t in enumerate(others[2:]))
        text = (_header(wr.outlet) + f"{title}\n\n{d.day:02d}/{d.month:02d}/{d.year} | {r.randint(100, 9999)}\n\n"
                f"{lead}\n\n{photo}" + "\n\n".join(parts) + chrome.rstrip("\n"))
    return text


def _as_pasted(text: str, rng: random.Random) -> str:
    """What copy-paste does to some files: other tone placement, NFD, CRLF, look-alike Đ."""
    header, body = "", text
    if text.startswith("---\n"):
        end = text.index("\n---\n", 4) + 5
        header, body = text[:end], text[end:]
    if rng.random() < 0.15:
        body = body.replace("Ủy ban", "Uỷ ban").replace("Thành ủy", "Thành uỷ")
    if rng.random() < 0.01:
        body = body.replace("Đảng", "\u00d0ảng", 1)
    text = header + body
    if rng.random() < 0.02:
        text = unicodedata.normalize("NFD", text)
    if rng.random() < 0.03:
        text = text.replace("\n", "\r\n")
    return text


# ------------------------------------------------------------------ the corpus

def generate(count: int, seed: int = DEFAULT_SEED, root: Path = ROOT):
    """Yield (file name, text, layout) for `count` articles, deterministically from `seed`."""
    from archive.readers import article_slug

    world = make_world(count, seed, root)
    rng = random.Random(seed)
    slugs: set[str] = set()
    texts: set[str] = set()
    for i in range(count):
        layout = LAYOUTS[i % len(LAYOUTS)]
        for _ in range(50):
            writer = Writer(world, rng, i, layout)
            title = writer.title()
            key = article_slug(writer.date, title)
            if key not in slugs:
                break
        else:  # pragma: no cover - 50 draws of date and title all taken
            raise RuntimeError(f"no unique title and date for article {i}")
        slugs.add(key)
        text = render(writer, title)
        digest = hashlib.sha256(text.encode()).hexdigest()
        if digest in texts:  # pragma: no cover - random sentences make this vanishingly rare
            raise RuntimeError(f"article {i} repeats another")
        texts.add(digest)
        yield f"bench_{i:05d}.txt", _as_pasted(text + "\n", rng), layout


def write_corpus(corpus: Path, count: int, seed: int = DEFAULT_SEED, root: Path = ROOT) -> list[Path]:
    """Replace the article files (*.txt) in `corpus` with `count` generated ones; registries stay."""
    corpus = Path(corpus)
    corpus.mkdir(parents=True, exist_ok=True)
    for old in corpus.glob("*.txt"):
        old.unlink()
    written = []
    for name, text, _ in generate(count, seed, root):
        path = corpus / name
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
    return written


def edit_one_article(path: Path) -> str:
    """Change one body sentence of a corpus file (not its title, lead or header), as a
    contributor's correction would: the first body paragraph after the lead gets one
    more sentence. Returns the paragraph as it was."""
    raw = path.read_bytes().decode("utf-8")
    newline = "\r\n" if "\r\n" in raw else "\n"
    lines = raw.split(newline)
    prose = [n for n, line in enumerate(lines) if len(line) > 150 and line.rstrip().endswith((".", "…", "”"))]
    target = prose[1] if len(prose) > 1 else prose[0]
    before = lines[target]
    lines[target] = before.rstrip() + " " + unicodedata.normalize(
        "NFD" if unicodedata.is_normalized("NFD", raw) and not raw.isascii() else "NFC", EDIT_SENTENCE)
    path.write_bytes(newline.join(lines).encode("utf-8"))
    return before


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.rsplit("\n\n", 1)[-1].strip())
        return 2
    folder = Path(argv[0])
    count = int(argv[1]) if len(argv) > 1 else 1000
    seed = int(argv[2]) if len(argv) > 2 else DEFAULT_SEED
    write_corpus(folder, count, seed)
    print(f"{count} articles written to {folder} (seed {seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

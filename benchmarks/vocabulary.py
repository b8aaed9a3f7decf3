"""The words the benchmark corpus is written with: places, names, roles, outlets,
topics and the sentence frames that cite documents and name people (corpus.py)."""
from __future__ import annotations

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

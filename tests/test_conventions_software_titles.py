"""Titles by the software a site runs (issue 13, round 2): the furniture each portal product
or CMS prints above a headline, between it and the lead, and at the end, as made-up pastes.

Most Vietnamese provincial, district and commune portals, Party portals, schools and hospitals
run a few products: Liferay-based e-portals (portlet titles, "Chi tiết tin", "Xem theo ngày",
"Lượt xem:", "Gửi email", "In trang", "Đánh giá bài viết"), DotNetNuke and other .NET portals
(bracketed buttons, module titles, a time before the date), Joomla ("Chi tiết", "Được đăng
ngày", "Viết bởi", "Chuyên mục:", "Lượt xem"), WordPress themes ("Đăng bởi", "Posted by",
"Tháng Mười Hai 2, 2025", "Để lại bình luận"), school portals ("Người đăng:", "Tác giả:"),
newspaper CMSs (the date line's shapes: "Thứ Hai, 02/12/2025 - 08:30", "08:30 GMT+7") and
aggregators ("Nguồn:", "Xem bài gốc"). Every paste is written for this test from the
convention, not copied from a page. A third and more of the cases show no date at all: there
the reader must read the headline and take no date. Label words come in several wordings,
with and without colons, in capitals and small letters, split over lines and glued on one.
Cases the reader cannot read safely are marked xfail with the reason.
"""
import datetime as dt

import pytest

from made_up_pastes import fields_of, paragraphs as paste


# Made-up headlines and leads of the kinds of page each product serves.
COMMUNE = "Đảng ủy xã Hòa Thắng quán triệt Nghị quyết Hội nghị Trung ương 11 khóa XIII"
COMMUNE_LEAD = ("Sáng 25/11, Đảng ủy xã Hòa Thắng tổ chức hội nghị quán triệt, triển khai Nghị quyết Hội nghị lần "
                "thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII đến cán bộ, đảng viên trong toàn xã.")
DISTRICT = "Huyện Krông Pắc ra quân tổng vệ sinh môi trường sau mùa mưa lũ"
DISTRICT_LEAD = ("Ngày 28/11, UBND huyện Krông Pắc phối hợp với Ủy ban MTTQ Việt Nam huyện tổ chức lễ ra quân tổng "
                 "vệ sinh môi trường tại các xã, thị trấn bị ảnh hưởng bởi mưa lũ.")
SCHOOL = "Trường Tiểu học Kim Đồng tổ chức hội giảng chào mừng ngày Nhà giáo Việt Nam 20/11"
SCHOOL_LEAD = ("Trong tháng 11, Trường Tiểu học Kim Đồng đã tổ chức hội giảng với 24 tiết dạy của giáo viên các "
               "khối lớp, thiết thực chào mừng kỷ niệm ngày Nhà giáo Việt Nam.")
CLINIC = "Trung tâm Y tế huyện Cam Lâm tăng cường phòng chống sốt xuất huyết"
CLINIC_LEAD = ("Trước diễn biến phức tạp của dịch sốt xuất huyết, Trung tâm Y tế huyện Cam Lâm đã chỉ đạo các trạm "
               "y tế xã tăng cường giám sát, phát hiện sớm ca bệnh.")
PAPER = "Giá cà phê tăng mạnh, nông dân Tây Nguyên phấn khởi vào vụ thu hoạch"
PAPER_LEAD = ("Những ngày cuối tháng 11, giá cà phê nhân xô tại các tỉnh Tây Nguyên liên tục tăng, có nơi vượt "
              "mốc 120.000 đồng/kg, giúp nông dân có thêm động lực chăm sóc, thu hoạch.")
CELL = "Nâng cao chất lượng sinh hoạt chi bộ ở các đảng bộ cơ sở khối doanh nghiệp"
CELL_LEAD = ("Thời gian qua, Đảng ủy Khối Doanh nghiệp tỉnh đã chỉ đạo các tổ chức cơ sở đảng đổi mới nội dung, "
             "hình thức sinh hoạt chi bộ, gắn với nhiệm vụ sản xuất, kinh doanh của đơn vị.")
MORE = ("Phát biểu tại buổi lễ, lãnh đạo địa phương đề nghị các cơ quan, đơn vị tiếp tục quan tâm, phối hợp chặt "
        "chẽ để thực hiện tốt các nhiệm vụ đã đề ra trong thời gian tới.")


def numbered_fields(number: int, body: str) -> dict:
    return fields_of(body, f"https://example-sw-{number}.vn/tin-tuc/chi-tiet-{number}")


# A case: (id, paste, the headline, the date a careful reader takes: None where the paste shows
# none, or ANY where this table does not weigh the date).
ANY = object()
D = dt.date
CASES = [
    # ---- Liferay e-portals (VNPT, Viettel, CMC, FPT): portlet titles, "Chi tiết tin", widgets.
    ("liferay-portlet-then-detail", paste("Tin tức - Sự kiện", "Chi tiết tin", DISTRICT, "28/11/2025 | 15:20",
                                          DISTRICT_LEAD, MORE, "Lượt xem: 312", "Gửi email", "In trang",
                                          "Đánh giá bài viết"), DISTRICT, D(2025, 11, 28)),
    ("liferay-asset-publisher-english", paste("Asset Publisher", "Navigation Menu", "Breadcrumb", DISTRICT,
                                              DISTRICT_LEAD, MORE), DISTRICT, None),
    ("liferay-web-content-display", paste("Web Content Display", "Tin tức sự kiện", COMMUNE, "Ngày 25/11/2025",
                                          COMMUNE_LEAD, MORE), COMMUNE, D(2025, 11, 25)),
    ("liferay-view-by-day", paste("Xem theo ngày", "Tin tức - Sự kiện", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("liferay-view-by-day-picker", paste("Xem theo ngày: Ngày Tháng Năm Xem", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT,
     None),
    ("liferay-view-by-day-colon-lower", paste("xem theo ngày:", "Chi tiết tin", COMMUNE, COMMUNE_LEAD, MORE), COMMUNE,
     None),
    ("liferay-portal-name-capitals", paste("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC", "Tin tức - Sự kiện", DISTRICT,
                                           DISTRICT_LEAD, MORE), DISTRICT, None),
    ("liferay-portal-name-mixed", paste("Cổng thông tin điện tử huyện Krông Pắc", "Chi tiết tin", DISTRICT,
                                        "Cập nhật: 28/11/2025 15:20", DISTRICT_LEAD, MORE), DISTRICT, D(2025, 11, 28)),
    ("liferay-views-under-headline", paste("Chi tiết tin", DISTRICT, "Lượt xem: 312", DISTRICT_LEAD, MORE), DISTRICT,
     None),
    ("liferay-views-and-date-one-line", paste("Chi tiết tin", DISTRICT, "28/11/2025 15:20 | Lượt xem: 312",
                                              DISTRICT_LEAD, MORE), DISTRICT, D(2025, 11, 28)),
    ("liferay-buttons-glued", paste(DISTRICT, "Gửi email In trang Chia sẻ", DISTRICT_LEAD, MORE), DISTRICT, None),
    ("liferay-buttons-split", paste(DISTRICT, "Gửi email", "In trang", "Quay lại", DISTRICT_LEAD, MORE), DISTRICT,
     None),
    ("liferay-rate-box-capitals", paste(COMMUNE, COMMUNE_LEAD, MORE, "ĐÁNH GIÁ BÀI VIẾT", "Tổng số điểm của bài viết "
                                        "là: 0 trong 0 đánh giá", "Click để đánh giá bài viết"), COMMUNE, None),
    ("liferay-back-and-print-bracketed", paste("Chi tiết tin", COMMUNE, COMMUNE_LEAD, MORE,
                                               "[Quay lại] [In trang] [Gửi email]"), COMMUNE, None),
    ("liferay-zoom-buttons", paste("Chi tiết tin", "Phóng to | Thu nhỏ | Mặc định", DISTRICT, DISTRICT_LEAD, MORE),
     DISTRICT, None),
    ("liferay-headline-then-zoom", paste(DISTRICT, "Cỡ chữ: Phóng to Thu nhỏ", DISTRICT_LEAD, MORE), DISTRICT, None),
    ("liferay-time-posted-label", paste("Chi tiết tin", DISTRICT, "Thời gian đăng: 28/11/2025 15:20", DISTRICT_LEAD,
                                        MORE), DISTRICT, D(2025, 11, 28)),
    ("liferay-days-of-week-switch", paste("Tiếng Việt English", "Sơ đồ cổng | Liên hệ | Hỏi đáp", DISTRICT,
                                          DISTRICT_LEAD, MORE), DISTRICT, None),
    ("liferay-other-news-end", paste(DISTRICT, "28/11/2025", DISTRICT_LEAD, MORE, "Các tin khác",
                                     "Huyện tổ chức hội nghị tổng kết công tác dân vận năm 2025 (25/11/2025)"),
     DISTRICT, D(2025, 11, 28)),
    # ---- DotNetNuke and other .NET portals: module titles, bracketed buttons, a time before the date.
    ("dnn-login-register-search", paste("Đăng nhập | Đăng ký | Tìm kiếm", "Tin tức", DISTRICT, DISTRICT_LEAD, MORE),
     DISTRICT, None),
    ("dnn-module-title", paste("Chi tiết tin tức", DISTRICT, "15:20 28/11/2025", DISTRICT_LEAD, MORE), DISTRICT,
     D(2025, 11, 28)),
    ("dnn-bracket-buttons-under-headline", paste(DISTRICT, "[ Quay lại ] [ In trang ] [ Đầu trang ]", DISTRICT_LEAD,
                                                 MORE), DISTRICT, None),
    ("dnn-bracket-buttons-lower", paste("[trở về]", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("dnn-updated-at-time-first", paste("Tin tức - Sự kiện", COMMUNE, "Cập nhật lúc 08:30 25/11/2025", COMMUNE_LEAD,
                                        MORE), COMMUNE, D(2025, 11, 25)),
    ("dnn-aspx-crumb", paste("Trang chủ » Tin tức » Chi tiết", COMMUNE, COMMUNE_LEAD, MORE), COMMUNE, None),
    ("dnn-new-news-box-above", paste("Tin tức mới", "Huyện tổ chức hội nghị tổng kết công tác dân vận năm 2025",
                                     "Xã Ea Phê ra mắt mô hình dân vận khéo", "Chi tiết tin", DISTRICT,
                                     "28/11/2025 15:20", DISTRICT_LEAD, MORE), DISTRICT, D(2025, 11, 28)),
    ("dnn-print-send-top", paste(COMMUNE, COMMUNE_LEAD, MORE, "In bài viết | Gửi cho bạn bè | Về đầu trang"), COMMUNE,
     None),
    ("dnn-headline-date-bracket", paste("Chi tiết tin", f"{COMMUNE} (25/11/2025 08:30)", COMMUNE_LEAD, MORE), COMMUNE,
     D(2025, 11, 25)),
    # ---- Joomla: "Chi tiết", the info block under the headline, split over lines or glued on one.
    ("joomla-info-split", paste(COMMUNE, "Chi tiết", "Viết bởi Văn phòng Đảng ủy", "Chuyên mục: Tin tức",
                                "Được đăng ngày 25 Tháng 11 2025", "Lượt xem: 96", COMMUNE_LEAD, MORE), COMMUNE,
     D(2025, 11, 25)),
    ("joomla-info-glued", paste(COMMUNE, "Chi tiết Chuyên mục: Tin tức Được đăng: 25 Tháng 11 2025 Lượt xem: 96",
                                COMMUNE_LEAD, MORE), COMMUNE, D(2025, 11, 25)),
    ("joomla-info-no-date", paste(COMMUNE, "Chi tiết", "Chuyên mục: Tin tức", "Lượt xem: 96", COMMUNE_LEAD, MORE),
     COMMUNE, None),
    ("joomla-info-no-date-glued", paste(COMMUNE, "Chi tiết Chuyên mục: Tin tức Lượt xem: 96", COMMUNE_LEAD, MORE),
     COMMUNE, None),
    ("joomla-category-lower-no-colon", paste("chuyên mục Tin hoạt động", SCHOOL, SCHOOL_LEAD, MORE), SCHOOL, None),
    ("joomla-hits-english", paste(SCHOOL, "Details", "Written by Super User", "Category: Tin tức", "Hits: 58",
                                  SCHOOL_LEAD, MORE), SCHOOL, None),
    ("joomla-print-email-icons", paste("Print", "Email", SCHOOL, SCHOOL_LEAD, MORE), SCHOOL, None),
    ("joomla-hits-lower", paste(SCHOOL, "lượt xem: 58", SCHOOL_LEAD, MORE), SCHOOL, None),
    ("joomla-views-capitals", paste(SCHOOL, "LƯỢT XEM: 58", SCHOOL_LEAD, MORE), SCHOOL, None),
    ("joomla-last-updated", paste(COMMUNE, "Cập nhật lần cuối: Thứ năm, 27 Tháng 11 2025 10:05", COMMUNE_LEAD,
                                  MORE), COMMUNE, ANY),
    ("joomla-written-on-weekday", paste("Chi tiết", COMMUNE, "Được viết ngày Thứ ba, 25 Tháng 11 2025 08:30",
                                        COMMUNE_LEAD, MORE), COMMUNE, D(2025, 11, 25)),
    ("joomla-rating-line", paste(SCHOOL, "Đánh giá: 0 / 5", SCHOOL_LEAD, MORE), SCHOOL, None),
    ("joomla-page-of", paste(SCHOOL, "Trang 1 / 2", SCHOOL_LEAD, MORE), SCHOOL, None),
    # ---- WordPress themes: posted by, the month in words, the comment box at the end.
    ("wp-posted-by-under", paste(SCHOOL, "Đăng bởi: admin", SCHOOL_LEAD, MORE, "Để lại bình luận"), SCHOOL, None),
    ("wp-posted-by-lower-no-colon", paste(SCHOOL, "đăng bởi quantri", SCHOOL_LEAD, MORE), SCHOOL, None),
    ("wp-month-in-words", paste(SCHOOL, "Tháng Mười Một 25, 2025", SCHOOL_LEAD, MORE), SCHOOL, ANY),
    ("wp-crumb-date-author-one-line", paste(f"Tin tức / Tháng Mười Một 25, 2025 / admin", SCHOOL, SCHOOL_LEAD, MORE),
     SCHOOL, ANY),
    ("wp-skip-and-menu", paste("Chuyển đến nội dung", "Menu", "Trang chủ", SCHOOL, SCHOOL_LEAD, MORE), SCHOOL, None),
    ("wp-skip-english", paste("Skip to content", "Toggle navigation", SCHOOL, SCHOOL_LEAD, MORE), SCHOOL, None),
    ("wp-comments-count", paste(SCHOOL, "0 Bình luận", SCHOOL_LEAD, MORE), SCHOOL, None),
    ("wp-leave-comment-english", paste(SCHOOL, "Leave a comment", SCHOOL_LEAD, MORE), SCHOOL, None),
    ("wp-category-above", paste("Chuyên mục: Hoạt động chuyên môn", SCHOOL, SCHOOL_LEAD, MORE), SCHOOL, None),
    ("wp-uncategorized-glued-by", paste("Tin tức", SCHOOL, "Bởi admin", SCHOOL_LEAD, MORE), SCHOOL, None),
    ("wp-post-navigation-end", paste(SCHOOL, SCHOOL_LEAD, MORE, "Điều hướng bài viết",
                                     "Bài trước: Lễ khai giảng năm học mới", "Bài sau: Hội khỏe Phù Đổng cấp trường"),
     SCHOOL, None),
    ("wp-search-for", paste("Tìm kiếm cho:", "Tìm kiếm", SCHOOL, SCHOOL_LEAD, MORE), SCHOOL, None),
    ("wp-posted-on-english", paste(SCHOOL, "Posted on November 25, 2025 by admin", SCHOOL_LEAD, MORE), SCHOOL, ANY),
    ("wp-read-more-elsewhere", paste(SCHOOL, SCHOOL_LEAD, MORE, "Đọc tiếp", "Bài viết liên quan"), SCHOOL, None),
    # ---- School portals (VNPT School, SMAS, VnEdu): the school's name, "Người đăng:", "Tác giả:".
    ("school-poster-and-views", paste("TRƯỜNG TIỂU HỌC KIM ĐỒNG", "Tin tức - Sự kiện", SCHOOL,
                                      "Người đăng: Quản trị | Lượt xem: 41", SCHOOL_LEAD, MORE), SCHOOL, None),
    ("school-poster-split", paste("Tin tức - Sự kiện", SCHOOL, "Người đăng:", "Nguyễn Thị Mai", "Ngày đăng:",
                                  "26/11/2025", SCHOOL_LEAD, MORE), SCHOOL, ANY),
    ("school-office-masthead", paste("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CAM LÂM", "TRƯỜNG TIỂU HỌC KIM ĐỒNG", SCHOOL,
                                     SCHOOL_LEAD, MORE), SCHOOL, None),
    ("school-menu-one-line", paste("Giới thiệu | Tin tức | Tổ chuyên môn | Thư viện | Tuyển sinh", SCHOOL,
                                   SCHOOL_LEAD, MORE), SCHOOL, None),
    ("school-notice-section", paste("Thông báo", SCHOOL, SCHOOL_LEAD, MORE), SCHOOL, None),
    ("school-author-empty", paste(SCHOOL, "Tác giả:", SCHOOL_LEAD, MORE), SCHOOL, None),
    ("school-year-banner", paste("Năm học 2025 - 2026", SCHOOL, SCHOOL_LEAD, MORE), SCHOOL, None),
    ("school-motto", paste("Tất cả vì học sinh thân yêu", SCHOOL, SCHOOL_LEAD, MORE), SCHOOL, None),
    ("school-login-links", paste("Đăng nhập hệ thống", "Tra cứu điểm", "Sổ liên lạc điện tử", SCHOOL, SCHOOL_LEAD,
                                 MORE), SCHOOL, None),
    ("school-date-posted-lower", paste(SCHOOL, "ngày đăng: 26/11/2025", SCHOOL_LEAD, MORE), SCHOOL, D(2025, 11, 26)),
    ("school-views-before-headline", paste("Lượt xem: 41", SCHOOL, SCHOOL_LEAD, MORE), SCHOOL, None),
    # ---- Hospitals on the same portals.
    ("hospital-booking-bar", paste("Đặt lịch khám | Tra cứu kết quả | Hỏi đáp", "Tin hoạt động", CLINIC, CLINIC_LEAD,
                                   MORE), CLINIC, None),
    ("hospital-emergency-line", paste("Cấp cứu 24/7: 0258 3 123 115", CLINIC, CLINIC_LEAD, MORE), CLINIC, None),
    ("hospital-masthead-and-news", paste("TRUNG TÂM Y TẾ HUYỆN CAM LÂM", "Tin tức - Sự kiện", CLINIC,
                                         "27/11/2025 09:10", CLINIC_LEAD, MORE), CLINIC, D(2025, 11, 27)),
    # ---- Newspaper CMSs: the date line's shapes, the kicker, the section over the headline.
    ("paper-weekday-dash-time", paste("Kinh tế", PAPER, "Thứ Hai, 01/12/2025 - 08:30", PAPER_LEAD, MORE), PAPER,
     D(2025, 12, 1)),
    ("paper-gmt", paste(PAPER, "01/12/2025 08:30 GMT+7", PAPER_LEAD, MORE), PAPER, D(2025, 12, 1)),
    ("paper-updated-at", paste(PAPER, "Cập nhật lúc 08:30, 01/12/2025", PAPER_LEAD, MORE), PAPER, D(2025, 12, 1)),
    ("paper-bar-time", paste("Kinh tế | 08:30", PAPER, PAPER_LEAD, MORE), PAPER, None),
    ("paper-date-bar-time", paste(PAPER, "01/12/2025 | 08:30", PAPER_LEAD, MORE), PAPER, D(2025, 12, 1)),
    ("paper-section-above-date", paste("KINH TẾ", "Thứ hai, 01/12/2025, 08:30 (GMT+7)", PAPER, PAPER_LEAD, MORE),
     PAPER, D(2025, 12, 1)),
    ("paper-kicker-no-date", paste("Nông nghiệp", PAPER, PAPER_LEAD, MORE), PAPER, None),
    ("paper-team-byline-no-date", paste(PAPER, "Nhóm PV", PAPER_LEAD, MORE), PAPER, None),
    ("paper-pv-byline", paste(PAPER, "PV", PAPER_LEAD, MORE), PAPER, None),
    ("paper-words-and-photos", paste(PAPER, "Bài và ảnh: Hoàng Nam", PAPER_LEAD, MORE), PAPER, None),
    ("paper-words-photos-capitals", paste(PAPER, "TIN, ẢNH: HOÀNG NAM", PAPER_LEAD, MORE), PAPER, None),
    ("paper-source-end", paste(PAPER, PAPER_LEAD, MORE, "Theo Báo Đắk Lắk"), PAPER, None),
    ("paper-listen-font-row", paste(PAPER, "Nghe bài viết | Cỡ chữ | Lưu", PAPER_LEAD, MORE), PAPER, None),
    ("paper-e-paper-links", paste("Báo in | Báo ảnh | Podcast | Video", PAPER, PAPER_LEAD, MORE), PAPER, None),
    ("paper-live-hotline", paste("Đường dây nóng: 0262 3 852 123", "Thứ Ba, 02/12/2025", PAPER, PAPER_LEAD, MORE),
     PAPER, ANY),
    ("paper-google-follow-under", paste(PAPER, "Theo dõi trên Google News", PAPER_LEAD, MORE), PAPER, None),
    ("paper-zalo-follow", paste("Theo dõi chúng tôi trên Zalo", PAPER, PAPER_LEAD, MORE), PAPER, None),
    ("paper-sapo-label", paste(PAPER, "(Baodaklak.vn) - " + PAPER_LEAD, MORE), PAPER, None),
    ("party-magazine-section", paste("Tạp chí Xây dựng Đảng", "Nghiên cứu - Trao đổi", CELL, CELL_LEAD, MORE), CELL,
     None),
    ("party-portal-topic-label", paste("Chuyên đề", "Xây dựng Đảng", CELL, "Thứ Sáu, 28/11/2025 | 10:15", CELL_LEAD,
                                       MORE), CELL, D(2025, 11, 28)),
    # ---- Aggregators: the outlet's name, "Nguồn:", "Xem bài gốc", a relative time.
    ("aggregator-original-link", paste("Báo Đắk Lắk", PAPER, "Xem bài gốc", PAPER_LEAD, MORE), PAPER, None),
    ("aggregator-source-label-lower", paste(PAPER, "nguồn: Báo Đắk Lắk", PAPER_LEAD, MORE), PAPER, None),
    ("aggregator-time-ago-and-source", paste("Vietnam.vn", PAPER, "Báo Đắk Lắk • 5 giờ trước", PAPER_LEAD, MORE),
     PAPER, None),
    ("aggregator-read-original-end", paste(PAPER, PAPER_LEAD, MORE, "Đọc bài gốc tại đây"), PAPER, None),
    # ---- Harder shapes: fields glued on one line, labels in capitals, long portlet titles.
    ("liferay-long-portlet-title", paste("Tin tức - Sự kiện huyện Krông Pắc", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT,
     None),
    ("liferay-portlet-capitals-long", paste("TIN HOẠT ĐỘNG CỦA LÃNH ĐẠO HUYỆN", DISTRICT, DISTRICT_LEAD, MORE),
     DISTRICT, None),
    ("liferay-content-viewer-vietnamese", paste("Trình hiển thị nội dung", "Danh sách tin", DISTRICT, DISTRICT_LEAD,
                                                MORE), DISTRICT, None),
    ("liferay-headline-views-rating", paste(DISTRICT, "Lượt xem: 312 | Đánh giá: 4.5/5", DISTRICT_LEAD, MORE),
     DISTRICT, None),
    ("liferay-stars-after-rating", paste(COMMUNE, COMMUNE_LEAD, MORE, "Đánh giá bài viết", "★★★★★"), COMMUNE, None),
    ("liferay-date-views-glued-to-headline", paste(f"{DISTRICT} 28/11/2025 Lượt xem: 312", DISTRICT_LEAD, MORE),
     DISTRICT, D(2025, 11, 28)),
    ("liferay-tab-title-alone", paste(f"{DISTRICT} - Cổng thông tin điện tử huyện Krông Pắc", DISTRICT_LEAD, MORE),
     DISTRICT, None),
    ("dnn-crumb-without-home", paste("Tin tức - Sự kiện > Tin trong huyện", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT,
     None),
    ("dnn-top-bar-clock-login", paste("Đăng nhập | Sơ đồ site | English", "Chi tiết tin", COMMUNE,
                                      "Ngày đăng: 25/11/2025 | 08:30", COMMUNE_LEAD, MORE), COMMUNE, D(2025, 11, 25)),
    ("joomla-by-and-posted-glued", paste(COMMUNE, "Viết bởi Administrator Được đăng ngày 25 Tháng 11 2025",
                                         COMMUNE_LEAD, MORE), COMMUNE, D(2025, 11, 25)),
    ("joomla-detail-posted-views-glued", paste(COMMUNE, "Chi tiết Được đăng: 25 Tháng 11 2025 Lượt xem: 96",
                                               COMMUNE_LEAD, MORE), COMMUNE, D(2025, 11, 25)),
    ("joomla-category-views-capitals", paste(COMMUNE, "CHUYÊN MỤC: TIN TỨC | LƯỢT XEM: 96", COMMUNE_LEAD, MORE),
     COMMUNE, None),
    ("school-fields-glued-one-line", paste(SCHOOL, "Người đăng: Nguyễn Thị Mai Ngày đăng: 26/11/2025 Lượt xem: 41",
                                           SCHOOL_LEAD, MORE), SCHOOL, D(2025, 11, 26)),
    ("school-poster-views-no-date", paste(SCHOOL, "Người đăng: Quản trị viên", "Lượt xem: 41", SCHOOL_LEAD, MORE),
     SCHOOL, None),
    ("school-views-several-wordings", paste(SCHOOL, "Số lượt xem: 41", "Lượt truy cập: 1.023", SCHOOL_LEAD, MORE),
     SCHOOL, None),
    ("school-read-count-lower", paste(SCHOOL, "lượt đọc 41", SCHOOL_LEAD, MORE), SCHOOL, None),
    ("wp-date-by-comments-glued", paste(SCHOOL, "Tháng Mười Một 25, 2025 | Bởi admin | Chưa có bình luận",
                                        SCHOOL_LEAD, MORE), SCHOOL, ANY),
    ("wp-posted-in-end", paste(SCHOOL, SCHOOL_LEAD, MORE, "Posted in Tin tức | Tagged hội giảng, nhà giáo"), SCHOOL,
     None),
    ("wp-admin-alone-under", paste(SCHOOL, "admin", SCHOOL_LEAD, MORE), SCHOOL, None),
    ("paper-date-glued-font", paste(PAPER, "Thứ Hai, 01/12/2025 - 08:30 Cỡ chữ A- A A+", PAPER_LEAD, MORE), PAPER,
     D(2025, 12, 1)),
    ("paper-zone-time-date", paste(PAPER, "(GMT+7) 08:30 - 01/12/2025", PAPER_LEAD, MORE), PAPER, D(2025, 12, 1)),
    ("paper-kicker-capitals-and-sapo", paste("THỜI SỰ", PAPER, PAPER_LEAD, MORE), PAPER, None),
    ("paper-copy-link-row", paste(PAPER, "Copy link", "Facebook", "Zalo", PAPER_LEAD, MORE), PAPER, None),
    ("aggregator-source-host-above", paste("Nguồn: baodaklak.vn", PAPER, PAPER_LEAD, MORE), PAPER, None),
    ("aggregator-hotline-over-clock", paste("Hotline: 0912 000 111", "Thứ Ba, 02/12/2025", "Tin mới", PAPER,
                                            PAPER_LEAD, MORE), PAPER, ANY),
    # ---- More of each product: decorated module titles, date labels in other words, widgets.
    ("liferay-published-label", paste("Chi tiết tin", DISTRICT, "Ngày xuất bản: 28/11/2025 15:20:00", DISTRICT_LEAD,
                                      MORE), DISTRICT, D(2025, 11, 28)),
    ("liferay-loading-and-expand", paste("Đang tải...", "Mở rộng | Thu gọn", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT,
     None),
    ("liferay-link-select", paste("-- Chọn liên kết website --", "Tin tức - Sự kiện", DISTRICT, DISTRICT_LEAD, MORE),
     DISTRICT, None),
    ("liferay-gallery-portlets", paste("Video clip", "Thư viện ảnh", "Tin tức - Sự kiện", DISTRICT, DISTRICT_LEAD,
                                       MORE), DISTRICT, None),
    ("liferay-visit-stats-box", paste("Thống kê truy cập", "Đang online: 25", "Hôm nay: 1.024", "Tổng: 2.345.678",
                                      COMMUNE, COMMUNE_LEAD, MORE), COMMUNE, None),
    ("liferay-portal-tag-lead", paste("Chi tiết tin", DISTRICT, "(Cổng TTĐT huyện) - " + DISTRICT_LEAD, MORE),
     DISTRICT, None),
    ("dnn-decorated-module-title", paste(":: TIN TỨC - SỰ KIỆN ::", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("dnn-arrow-module-title", paste("» Tin tức", "Tin tức » Chi tiết tin", COMMUNE, COMMUNE_LEAD, MORE), COMMUNE,
     None),
    ("dnn-dashed-date-time", paste("Chi tiết tin", DISTRICT, "Ngày 28/11/2025 - 15:20", DISTRICT_LEAD, MORE), DISTRICT,
     D(2025, 11, 28)),
    ("dnn-bracketed-date-line", paste(DISTRICT, "(28/11/2025 15:20)", DISTRICT_LEAD, MORE), DISTRICT, D(2025, 11, 28)),
    ("joomla-weekday-date-in-words-above", paste("Thứ bảy, 29 Tháng 11 2025 08:30", COMMUNE, COMMUNE_LEAD, MORE),
     COMMUNE, ANY),
    ("joomla-print-email-row", paste(COMMUNE, "In | Email", COMMUNE_LEAD, MORE), COMMUNE, None),
    ("joomla-pagination-end", paste(COMMUNE, COMMUNE_LEAD, MORE, "Trang 1 của 2", "<< Đầu < Lùi 1 2 Tiếp > Cuối >>"),
     COMMUNE, None),
    ("joomla-super-user-alone", paste(COMMUNE, "Super User", COMMUNE_LEAD, MORE), COMMUNE, None),
    ("wp-date-twice-and-author", paste(SCHOOL, "Tháng Mười Một 25, 2025 Tháng Mười Một 26, 2025 admin", SCHOOL_LEAD,
                                       MORE), SCHOOL, ANY),
    ("wp-posted-at-by", paste(SCHOOL, "Đăng vào 25 Tháng 11, 2025 bởi admin", SCHOOL_LEAD, MORE), SCHOOL, ANY),
    ("wp-author-date-comments-row", paste(SCHOOL, "admin 25 Tháng 11, 2025 0 Bình luận", SCHOOL_LEAD, MORE), SCHOOL,
     ANY),
    ("wp-you-are-reading", paste(f"Bạn đang xem: {SCHOOL}", SCHOOL, SCHOOL_LEAD, MORE), SCHOOL, None),
    ("wp-share-networks-many", paste(SCHOOL, "Facebook Twitter Email Pinterest LinkedIn", SCHOOL_LEAD, MORE), SCHOOL,
     None),
    ("wp-comment-form-end", paste(SCHOOL, SCHOOL_LEAD, MORE, "Trả lời Hủy", "Bình luận *", "Tên *", "Email *"),
     SCHOOL, None),
    ("school-kindergarten-under-office", paste("Trường Mầm non Hoa Sen - Phòng GD&ĐT Cam Lâm", "Thông báo", SCHOOL,
                                               SCHOOL_LEAD, MORE), SCHOOL, None),
    ("school-writer-and-day-labels", paste(SCHOOL, "Người viết: Lê Thị Thu", "Ngày viết: 26/11/2025", SCHOOL_LEAD,
                                           MORE), SCHOOL, D(2025, 11, 26)),
    ("school-labels-in-capitals", paste(SCHOOL, "NGÀY ĐĂNG: 26/11/2025 | LƯỢT XEM: 41", SCHOOL_LEAD, MORE), SCHOOL,
     D(2025, 11, 26)),
    ("school-headline-capitals-with-day", paste("Tin tức - Sự kiện", "HỘI GIẢNG CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM 20/11",
                                                SCHOOL_LEAD, MORE), "HỘI GIẢNG CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM 20/11",
     None),
    ("hospital-working-hours", paste("Giờ làm việc: Thứ 2 - Thứ 6: 7h00 - 17h00", CLINIC, CLINIC_LEAD, MORE), CLINIC,
     None),
    ("hospital-service-line", paste("Khám bệnh theo yêu cầu: 0258 3 861 234", "Tin hoạt động", CLINIC, CLINIC_LEAD,
                                    MORE), CLINIC, None),
    ("paper-date-glued-listen", paste(PAPER, "Thứ Hai, 01/12/2025 - 08:30 Nghe đọc bài", PAPER_LEAD, MORE), PAPER,
     D(2025, 12, 1)),
    ("paper-date-then-section", paste(PAPER, "01/12/2025 08:30 | Kinh tế", PAPER_LEAD, MORE), PAPER, D(2025, 12, 1)),
    ("paper-section-dash-date", paste("Kinh tế - Thứ Hai, 01/12/2025 08:30", PAPER, PAPER_LEAD, MORE), PAPER,
     D(2025, 12, 1)),
    ("paper-sunday-zone-bracket", paste(PAPER, "Chủ nhật, 30/11/2025, 19:45 (GMT+7)", PAPER_LEAD, MORE), PAPER,
     D(2025, 11, 30)),
    ("paper-share-on-facebook", paste(PAPER, "Chia sẻ bài viết lên facebook", PAPER_LEAD, MORE), PAPER, None),
    ("paper-related-box-mid", paste(PAPER, PAPER_LEAD, "TIN LIÊN QUAN", "Giá hồ tiêu tăng trở lại sau nhiều tháng",
                                    MORE), PAPER, None),
    ("aggregator-crumb-and-age", paste("Báo Mới > Kinh tế", PAPER, "Báo Đắk Lắk 1 giờ trước", PAPER_LEAD, MORE), PAPER,
     None),
    ("aggregator-source-url-end", paste(PAPER, PAPER_LEAD, MORE, "Nguồn: https://baodaklak.vn/kinh-te/gia-ca-phe.html"),
     PAPER, None),
    ("aggregator-original-link-lower", paste(PAPER, "xem link gốc", PAPER_LEAD, MORE), PAPER, None),
    # ---- Harder still: short headlines, boxes of other headlines and documents, tables of contents.
    ("liferay-short-headline-under-portlet", paste("Tin tức - Sự kiện", "Ra quân làm sạch môi trường", DISTRICT_LEAD,
                                                   MORE), "Ra quân làm sạch môi trường", None),
    ("liferay-detail-title-capitals", paste("CHI TIẾT TIN", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("liferay-detail-title-lower-colon", paste("chi tiết tin:", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("liferay-detail-title-every-word", paste("Chi Tiết Tin Tức", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("liferay-new-list-above-with-dates", paste("Tin mới", "Huyện tổ chức hội nghị tổng kết công tác dân vận (27/11/2025)",
                                                "Xã Ea Phê ra mắt mô hình dân vận khéo (26/11/2025)", DISTRICT,
                                                "28/11/2025 15:20", DISTRICT_LEAD, MORE), DISTRICT, D(2025, 11, 28)),
    ("liferay-documents-box-above", paste("Văn bản mới",
                                          "Quyết định số 123/QĐ-UBND ngày 20/11/2025 về việc phê duyệt kế hoạch",
                                          "Công văn số 456/UBND-VP ngày 21/11/2025 về việc tổng vệ sinh",
                                          "Tin tức - Sự kiện", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("liferay-day-picker-with-today", paste("Xem theo ngày", "02/12/2026", "Xem", "Tin tức - Sự kiện", DISTRICT,
                                            "28/11/2025 15:20", DISTRICT_LEAD, MORE), DISTRICT, D(2025, 11, 28)),
    ("liferay-work-schedule-box", paste("Lịch công tác tuần", "Thủ tục hành chính", "Dịch vụ công trực tuyến",
                                        "Hỏi đáp trực tuyến", COMMUNE, COMMUNE_LEAD, MORE), COMMUNE, None),
    ("dnn-arrow-menu-items", paste("› Giới thiệu", "› Tin tức", "› Văn bản", "› Liên hệ", DISTRICT, DISTRICT_LEAD, MORE),
     DISTRICT, None),
    ("dnn-module-title-is-headline", paste(DISTRICT, "Tin tức", DISTRICT, "28/11/2025 15:20", DISTRICT_LEAD, MORE),
     DISTRICT, D(2025, 11, 28)),
    ("joomla-info-above-headline", paste("Chi tiết", "Được đăng ngày 25 Tháng 11 2025", "Lượt xem: 96", COMMUNE,
                                         COMMUNE_LEAD, MORE), COMMUNE, ANY),
    ("joomla-read-more-end", paste(COMMUNE, COMMUNE_LEAD, MORE, "Đọc thêm..."), COMMUNE, None),
    ("wp-category-badge-capitals", paste("TIN TỨC", SCHOOL, "admin / 25/11/2025", SCHOOL_LEAD, MORE), SCHOOL,
     D(2025, 11, 25)),
    ("wp-featured-image-caption", paste(SCHOOL, "Ảnh minh họa", SCHOOL_LEAD, MORE), SCHOOL, None),
    ("wp-table-of-contents", paste(SCHOOL, "Mục lục", "Toggle", "1. Mục đích của hội giảng", "2. Kết quả đạt được",
                                   SCHOOL_LEAD, MORE), SCHOOL, None),
    ("wp-posted-in-above", paste("Posted in Tin tức", SCHOOL, SCHOOL_LEAD, MORE), SCHOOL, None),
    ("school-four-menu-items", paste("Tin tức", "Hoạt động chuyên môn", "Hoạt động Đội", "Hoạt động ngoại khóa", SCHOOL,
                                     SCHOOL_LEAD, MORE), SCHOOL, None),
    ("school-author-is-a-group", paste(SCHOOL, "Tác giả: Tổ chuyên môn 1", SCHOOL_LEAD, MORE), SCHOOL, None),
    ("paper-long-kicker", paste("Kỳ họp thứ 10, Quốc hội khóa XV", PAPER, "01/12/2025 08:30", PAPER_LEAD, MORE), PAPER,
     D(2025, 12, 1)),
    ("paper-podcast-player", paste(PAPER, "Podcast", "00:00", "Tốc độ: 1x", PAPER_LEAD, MORE), PAPER, None),
    ("paper-capitals-over-copy", paste(PAPER.upper(), PAPER, "01/12/2025 08:30", PAPER_LEAD, MORE), PAPER,
     D(2025, 12, 1)),
    ("aggregator-get-link-row", paste("Nguồn: Báo Đắk Lắk", PAPER, "Link bài gốc | Lấy link", PAPER_LEAD, MORE), PAPER,
     None),
    ("aggregator-hot-tabs", paste("Tin nóng | Tin mới | Video | Chủ đề", PAPER, PAPER_LEAD, MORE), PAPER, None),
    # ---- Labels split from their values, widgets of reading and sharing, language and newsletter boxes.
    ("liferay-views-label-split", paste(DISTRICT, "Lượt xem:", "312", DISTRICT_LEAD, MORE), DISTRICT, None),
    ("liferay-category-label-split", paste("Chuyên mục:", "Tin tức - Sự kiện", DISTRICT, DISTRICT_LEAD, MORE),
     DISTRICT, None),
    ("school-author-label-split-account", paste(SCHOOL, "Tác giả:", "admin", SCHOOL_LEAD, MORE), SCHOOL, None),
    ("paper-listen-minutes", paste(PAPER, "Nghe bài viết 5 phút", PAPER_LEAD, MORE), PAPER, None),
    ("paper-listen-player-time", paste(PAPER, "Nghe đọc bài 03:25", PAPER_LEAD, MORE), PAPER, None),
    ("paper-read-minutes-dot", paste(PAPER, "4 phút đọc · Lưu", PAPER_LEAD, MORE), PAPER, None),
    ("paper-audio-player", paste(PAPER, "0:00 / 0:00", "Tải xuống", PAPER_LEAD, MORE), PAPER, None),
    ("liferay-rating-end-box", paste(COMMUNE, COMMUNE_LEAD, MORE, "Đánh giá bài viết", "(0 đánh giá)", "Chọn số sao"),
     COMMUNE, None),
    ("joomla-last-updated-bracketed", paste(COMMUNE, "Lần cập nhật cuối ( Thứ năm, 27 Tháng 11 2025 10:05 )",
                                            COMMUNE_LEAD, MORE), COMMUNE, ANY),
    ("dnn-clock-above-masthead", paste("Thứ năm, 27/11/2025 | 10:05", "ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC", DISTRICT,
                                       "28/11/2025 15:20", DISTRICT_LEAD, MORE), DISTRICT, D(2025, 11, 28)),
    ("newsletter-box", paste("Đăng ký nhận tin", "Nhập email của bạn", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("google-translate-widget", paste("Select Language", "Powered by Google Translate", "Chọn ngôn ngữ", DISTRICT,
                                      DISTRICT_LEAD, MORE), DISTRICT, None),
    ("likes-comments-shares-row", paste(PAPER, "Lượt thích 12 | Bình luận 3 | Chia sẻ", PAPER_LEAD, MORE), PAPER, None),
    ("photo-news-genre-kicker", paste("Tin ảnh", PAPER, PAPER_LEAD, MORE), PAPER, None),
    ("report-error-button", paste(PAPER, "Theo Báo Đắk Lắk", "Copy link | Báo lỗi", PAPER_LEAD, MORE), PAPER, None),
    ("menu-glued-crumb-liferay", paste("Trang chủTin tức - Sự kiệnChi tiết", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT,
     None),
    ("fields-around-headline-both-sides", paste("Chuyên mục: Tin tức", "Lượt xem: 96", COMMUNE, "Viết bởi Super User",
                                                "Chi tiết", COMMUNE_LEAD, MORE), COMMUNE, None),
    ("party-portal-share-print-label-capitals", paste(CELL, "IN BÀI | GỬI EMAIL | CHIA SẺ", CELL_LEAD, MORE), CELL,
     None),
    ("hospital-time-first-date", paste("Tin hoạt động", CLINIC, "09:10 | 27/11/2025", CLINIC_LEAD, MORE), CLINIC,
     D(2025, 11, 27)),
    # ---- Banners, sliders and boxes of other headlines above the article, with no date to lean on.
    ("emulation-banner-no-date", paste("Toàn Đảng, toàn dân thi đua lập thành tích chào mừng Đại hội Đảng bộ tỉnh lần "
                                       "thứ XVIII, nhiệm kỳ 2025 - 2030", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("resolve-banner-no-date", paste("Đảng bộ, chính quyền và nhân dân huyện Krông Pắc quyết tâm xây dựng huyện đạt chuẩn "
                                     "nông thôn mới", "Tin tức - Sự kiện", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT,
     None),
    ("anniversary-marquee-span", paste("Chào mừng kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - "
                                       "03/02/2025)", COMMUNE, COMMUNE_LEAD, MORE), COMMUNE, None),
    ("slider-captions-and-arrows", paste("❮", "Huyện tổ chức hội nghị tổng kết công tác dân vận năm 2025", "❯", "1 / 5",
                                         "Tin tức - Sự kiện", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("focus-box-long-headlines", paste("Tin tiêu điểm", "Huyện tổ chức hội nghị tổng kết công tác dân vận năm 2025 với "
                                       "sự tham dự của lãnh đạo các xã, thị trấn trên địa bàn",
                                       "Xã Ea Phê ra mắt mô hình dân vận khéo trong xây dựng nông thôn mới nâng cao",
                                       DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("most-read-box-long-headlines", paste("Tin đọc nhiều nhất", "Huyện tổ chức hội nghị tổng kết công tác dân vận năm "
                                           "2025 với sự tham dự của lãnh đạo các xã", "Sự kiện nổi bật",
                                           "Xã Ea Phê ra mắt mô hình dân vận khéo trong xây dựng nông thôn mới nâng cao",
                                           DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("other-activities-box", paste("Tin hoạt động khác", "Xã Ea Phê ra mắt mô hình dân vận khéo",
                                   "Thị trấn Phước An tổ chức ngày hội đại đoàn kết", COMMUNE, COMMUNE_LEAD, MORE),
     COMMUNE, None),
    # ---- Glued with no space between: the section and the date line, the headline and its counter.
    ("paper-section-glued-to-date", paste("Kinh tếThứ Hai, 01/12/2025 - 08:30", PAPER, PAPER_LEAD, MORE), PAPER,
     D(2025, 12, 1)),
    ("liferay-portlet-glued-to-detail", paste("Tin tức - Sự kiệnChi tiết tin", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT,
     None),
    ("paper-date-glued-to-listen-no-space", paste(PAPER, "Thứ Hai, 01/12/2025 - 08:30Nghe đọc bài", PAPER_LEAD, MORE),
     PAPER, D(2025, 12, 1)),
    ("headline-glued-to-counter", paste(f"{DISTRICT}Lượt xem: 312", DISTRICT_LEAD, MORE), DISTRICT, None),
    ("detail-label-glued-to-headline", paste(f"Chi tiết{COMMUNE}", COMMUNE_LEAD, MORE), COMMUNE, None),
    ("crumb-without-spaces", paste("Trang chủ»Tin tức»Chi tiết", COMMUNE, COMMUNE_LEAD, MORE), COMMUNE, None),
    ("crumb-in-capitals", paste("TRANG CHỦ > TIN TỨC > CHI TIẾT", COMMUNE, COMMUNE_LEAD, MORE), COMMUNE, None),
    ("divi-posted-by-row", paste(SCHOOL, "Posted by admin | Nov 25, 2025 | Tin tức | 0 comments", SCHOOL_LEAD, MORE),
     SCHOOL, ANY),
    ("joomla4-fields-split", paste(COMMUNE, "Danh mục: Tin tức", "Ngày đăng: 25/11/2025", "Lượt truy cập: 96",
                                   COMMUNE_LEAD, MORE), COMMUNE, D(2025, 11, 25)),
    ("dnn-date-and-views-dash", paste(DISTRICT, "Ngày đăng: 28/11/2025 - Lượt xem: 312", DISTRICT_LEAD, MORE), DISTRICT,
     D(2025, 11, 28)),
    ("headline-opening-with-category-word", paste("Tin tức - Sự kiện", "Chuyên mục Sức khỏe cộng đồng ra mắt bạn đọc "
                                                  "trên sóng phát thanh huyện", DISTRICT_LEAD, MORE),
     "Chuyên mục Sức khỏe cộng đồng ra mắt bạn đọc trên sóng phát thanh huyện", None),
    ("headline-opening-with-hotline-word", paste("Tin tức - Sự kiện", "Đường dây nóng tiếp nhận phản ánh về ô nhiễm môi "
                                                 "trường", DISTRICT_LEAD, MORE),
     "Đường dây nóng tiếp nhận phản ánh về ô nhiễm môi trường", None),
    ("headline-with-views-count-words", paste("Tin tức - Sự kiện", "Video quảng bá du lịch huyện đạt 1 triệu lượt xem",
                                              DISTRICT_LEAD, MORE), "Video quảng bá du lịch huyện đạt 1 triệu lượt xem",
     None),
    # ---- Between the headline and the lead, with no date line: source, unit and credit lines.
    ("portal-source-under-headline", paste(DISTRICT, "Cổng TTĐT huyện Krông Pắc", DISTRICT_LEAD, MORE), DISTRICT,
     None),
    ("unit-under-headline", paste(DISTRICT, "Văn phòng HĐND - UBND huyện", DISTRICT_LEAD, MORE), DISTRICT, None),
    ("long-unit-under-headline", paste(DISTRICT, "Trung tâm Văn hóa - Thông tin và Thể thao huyện Krông Pắc",
                                       DISTRICT_LEAD, MORE), DISTRICT, None),
    ("kicker-headline-unit", paste("Xây dựng Đảng", CELL, "Ban Tuyên giáo Đảng ủy Khối", CELL_LEAD, MORE), CELL, None),
    ("photo-credit-under-headline", paste(PAPER, "Ảnh: Hoàng Nam", PAPER_LEAD, MORE), PAPER, None),
    ("two-names-under-headline", paste(PAPER, "Hoàng Nam - Thu Hà", PAPER_LEAD, MORE), PAPER, None),
    ("source-under-headline", paste(PAPER, "Nguồn: Báo Đắk Lắk", PAPER_LEAD, MORE), PAPER, None),
    ("headline-with-full-stop-no-date", paste("Tin tức - Sự kiện", f"{DISTRICT}.", DISTRICT_LEAD, MORE), f"{DISTRICT}.",
     None),
    ("short-lead-no-date", paste("Chi tiết tin", COMMUNE, "Sáng 25/11, Đảng ủy xã tổ chức hội nghị.", MORE), COMMUNE,
     None),
    ("unit-and-views-under-headline", paste(CLINIC, "Khoa Kiểm soát bệnh tật | Lượt xem: 77", CLINIC_LEAD, MORE),
     CLINIC, None),
    # ---- Whole pages: each product's furniture all at once, as a paste of the full page brings it.
    ("whole-liferay-page-no-date", paste(
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC", "Đăng nhập", "Trang chủ", "Giới thiệu", "Tin tức - Sự kiện",
        "Văn bản", "Thủ tục hành chính", "Liên hệ", "Trang chủ > Tin tức - Sự kiện > Tin trong huyện",
        "Tin trong huyện", DISTRICT, "Lượt xem: 312", "Gửi email | In trang", "A- A A+", DISTRICT_LEAD, MORE,
        "Đánh giá bài viết", "Các tin khác", "Huyện tổ chức hội nghị tổng kết công tác dân vận năm 2025"),
     DISTRICT, None),
    ("whole-liferay-page-dated", paste(
        "Thứ Ba, 02/12/2025", "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC", "Trang chủ | Giới thiệu | Tin tức | Liên hệ",
        "Asset Publisher", "Tin trong huyện", DISTRICT, "28/11/2025 | 15:20 | Lượt xem: 312", DISTRICT_LEAD, MORE,
        "Tin liên quan"), DISTRICT, D(2025, 11, 28)),
    ("whole-joomla-page-no-date", paste(
        "Đảng bộ xã Hòa Thắng", "Trang chủ Giới thiệu Tin tức Văn bản Liên hệ", "Bạn đang ở: Trang chủ » Tin tức",
        COMMUNE, "Chi tiết Chuyên mục: Tin tức Lượt xem: 96", "In Email", COMMUNE_LEAD, MORE,
        "Trang 1 của 1", "Bài trước: Lễ kết nạp đảng viên mới"), COMMUNE, None),
    ("whole-wordpress-page-no-date", paste(
        "Chuyển đến nội dung", "TRƯỜNG TIỂU HỌC KIM ĐỒNG", "Menu", "Tìm kiếm cho:", "Tin tức", SCHOOL,
        "Đăng bởi: admin", "0 Bình luận", SCHOOL_LEAD, MORE, "Chia sẻ:", "Facebook Twitter", "Bài viết liên quan",
        "Để lại bình luận"), SCHOOL, None),
    ("whole-school-portal-no-date", paste(
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CAM LÂM", "TRƯỜNG TIỂU HỌC KIM ĐỒNG", "Đăng nhập hệ thống",
        "Giới thiệu | Tin tức | Tổ chuyên môn | Thư viện | Tuyển sinh", "Tin tức - Sự kiện", SCHOOL,
        "Người đăng: Quản trị | Lượt xem: 41", SCHOOL_LEAD, MORE, "Tin cùng chuyên mục"), SCHOOL, None),
    ("whole-hospital-page-no-date", paste(
        "Cấp cứu 24/7: 0258 3 123 115", "TRUNG TÂM Y TẾ HUYỆN CAM LÂM", "Đặt lịch khám | Tra cứu kết quả | Hỏi đáp",
        "Trang chủ / Tin tức / Tin hoạt động", CLINIC, "Khoa Kiểm soát bệnh tật", CLINIC_LEAD, MORE,
        "Tin khác"), CLINIC, None),
    ("whole-newspaper-page-dated", paste(
        "Thứ Ba, 02/12/2025", "Hà Nội 24°C", "BÁO ĐẮK LẮK ĐIỆN TỬ", "Thời sự | Kinh tế | Xã hội | Văn hóa",
        "Tin mới: Khánh thành cầu dân sinh tại xã Ea Tul", "Kinh tế", "Nông nghiệp", PAPER,
        "Thứ Hai, 01/12/2025 - 08:30", "Nghe bài viết", "Cỡ chữ A- A A+", "(Baodaklak.vn) - " + PAPER_LEAD, MORE,
        "Hoàng Nam", "Tin liên quan"), PAPER, D(2025, 12, 1)),
    ("whole-aggregator-page-no-date", paste(
        "Báo Mới", "Trang chủ > Kinh tế", "Báo Đắk Lắk", PAPER, "Báo Đắk Lắk • 5 giờ trước", "Xem bài gốc",
        PAPER_LEAD, MORE, "Theo Báo Đắk Lắk", "Tin cùng chủ đề"), PAPER, None),
    ("whole-dnn-page-no-date", paste(
        "Skip to main content", "Đăng nhập | Đăng ký", "ỦY BAN NHÂN DÂN XÃ HÒA THẮNG", ":: TIN TỨC - SỰ KIỆN ::",
        COMMUNE, "[ Quay lại ] [ In trang ]", COMMUNE_LEAD, MORE, "[ Đầu trang ]", "Các tin khác"), COMMUNE, None),
    ("whole-party-portal-no-date", paste(
        "ĐẢNG BỘ TỈNH ĐẮK LẮK", "Trang thông tin điện tử Đảng ủy Khối Doanh nghiệp tỉnh", "Trang chủ", "Giới thiệu",
        "Tin tức - Sự kiện", "Xây dựng Đảng", "Văn bản", "Thư viện ảnh", "Liên hệ", "Xây dựng Đảng", CELL,
        "Cập nhật lúc:", "Lượt xem: 205", "In bài viết | Gửi email", CELL_LEAD, MORE, "Ban Tuyên giáo Đảng ủy Khối",
        "Các tin khác"), CELL, None),
    ("whole-party-portal-clock-menu-bars", paste(
        "Thứ Ba, 02/12/2025", "ĐẢNG ỦY XÃ HÒA THẮNG", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ",
        "Đăng nhập | Đăng ký", "Tin tức » Hoạt động", COMMUNE, "Ngày đăng: 25/11/2025 | Lượt xem: 96", COMMUNE_LEAD,
        MORE), COMMUNE, D(2025, 11, 25)),
    ("whole-school-page-menu-lines-no-date", paste(
        "TRƯỜNG TIỂU HỌC KIM ĐỒNG", "Trang chủ", "Giới thiệu", "Tin tức", "Tổ chuyên môn", "Thư viện", "Tuyển sinh",
        "Thông báo", SCHOOL, "Tác giả: Tổ chuyên môn khối 4", "Lượt xem: 41", SCHOOL_LEAD, MORE, "Tin cùng chuyên mục"),
     SCHOOL, None),
    ("whole-hospital-page-menu-lines-no-date", paste(
        "BỆNH VIỆN ĐA KHOA HUYỆN CAM LÂM", "Tổng đài: 0258 3 861 234", "Giới thiệu", "Tin tức", "Chuyên khoa",
        "Hướng dẫn khách hàng", "Bảng giá dịch vụ", "Liên hệ", "Tin hoạt động", CLINIC, "Khoa Khám bệnh", CLINIC_LEAD,
        MORE), CLINIC, None),
    # ---- Sidebars pasted before the article: archives, calendars, polls, a login form.
    ("wp-sidebar-archive-months", paste(
        "Bài viết mới", "Lễ khai giảng năm học mới 2025 - 2026", "Hội khỏe Phù Đổng cấp trường năm 2025", "Lưu trữ",
        "Tháng Mười Một 2025", "Tháng Mười 2025", "Chuyên mục", "Tin tức", SCHOOL, SCHOOL_LEAD, MORE), SCHOOL, None),
    ("liferay-calendar-widget", paste(
        "Xem theo ngày", "Tháng 12/2025", "T2 T3 T4 T5 T6 T7 CN", "1 2 3 4 5 6 7", "8 9 10 11 12 13 14",
        "Tin tức - Sự kiện", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("dnn-poll-widget", paste(
        "Thăm dò ý kiến", "Bạn đánh giá thế nào về giao diện mới của cổng thông tin?", "Tốt", "Khá", "Trung bình",
        "Bình chọn", "Xem kết quả", "Tin tức", COMMUNE, COMMUNE_LEAD, MORE), COMMUNE, None),
    ("joomla-login-form", paste(
        "Đăng nhập", "Tên đăng nhập", "Mật khẩu", "Ghi nhớ", "Quên mật khẩu?", "Quên tên đăng nhập?", COMMUNE,
        COMMUNE_LEAD, MORE), COMMUNE, None),
    ("whole-newspaper-page-no-date", paste(
        "BÁO ĐẮK LẮK ĐIỆN TỬ", "Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao", "Tin mới", "Đọc nhiều",
        "Kinh tế", PAPER, "Nghe bài viết", "Cỡ chữ A- A A+", "(Baodaklak.vn) - " + PAPER_LEAD, MORE, "Hoàng Nam",
        "Tin liên quan"), PAPER, None),
    ("whole-aggregator-page-junk-no-date", paste(
        "Báo Mới", "Tin nóng | Tin mới | Video | Chủ đề", "Đăng nhập", "Kinh tế", "Báo Đắk Lắk", "1 giờ trước", PAPER,
        "Copy link | Báo lỗi", PAPER_LEAD, MORE, "Xem bài gốc"), PAPER, None),
    # ---- A short headline deep in a page's furniture, with no date line.
    ("short-headline-whole-liferay-page", paste(
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC", "Trang chủ | Giới thiệu | Tin tức | Liên hệ", "Tiếng Việt | English",
        "Trang chủ > Tin tức - Sự kiện", "Tin trong huyện", "Ra quân làm sạch môi trường", "Lượt xem: 312",
        DISTRICT_LEAD, MORE), "Ra quân làm sạch môi trường", None),
    ("short-headline-school-masthead-slogan", paste(
        "TRƯỜNG TIỂU HỌC KIM ĐỒNG", "Tất cả vì học sinh thân yêu", "Tin tức - Sự kiện", "Hội giảng mừng 20/11",
        "Người đăng: Quản trị", SCHOOL_LEAD, MORE), "Hội giảng mừng 20/11", None),
    ("headline-under-long-masthead-and-slogan", paste(
        "TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH ĐẮK LẮK",
        "Cơ quan của Đảng ủy Khối Doanh nghiệp tỉnh Đắk Lắk", "Trang chủ | Tin tức | Văn bản | Liên hệ", CELL,
        CELL_LEAD, MORE), CELL, None),
    ("headline-then-sapo-then-lead-no-date", paste(
        "Tin tức - Sự kiện", DISTRICT, "Hơn 2.000 cán bộ, đoàn viên và người dân đã tham gia dọn dẹp rác thải, khơi "
        "thông cống rãnh tại các khu dân cư.", DISTRICT_LEAD, MORE), DISTRICT, None),
    # ---- Back links, print views and update boxes in their other wordings.
    ("back-to-previous-page", paste("Trở về trang trước", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("back-and-top-glued", paste(DISTRICT, "Về trang trước Về đầu trang", DISTRICT_LEAD, MORE), DISTRICT, None),
    ("print-version-link", paste(DISTRICT, "Xem bản in | Gửi cho bạn bè", DISTRICT_LEAD, MORE), DISTRICT, None),
    ("news-of-the-day-box", paste("Tin tức trong ngày", "Xã Ea Phê ra mắt mô hình dân vận khéo trong xây dựng nông thôn",
                                  "Thị trấn Phước An tổ chức ngày hội đại đoàn kết toàn dân tộc năm 2025", DISTRICT,
                                  DISTRICT_LEAD, MORE), DISTRICT, None),
    ("just-updated-box", paste("Mới cập nhật", "Xã Ea Phê ra mắt mô hình dân vận khéo trong xây dựng nông thôn",
                               "Thị trấn Phước An tổ chức ngày hội đại đoàn kết toàn dân tộc năm 2025", COMMUNE,
                               COMMUNE_LEAD, MORE), COMMUNE, None),
    ("comments-count-bracket", paste(PAPER, "Bình luận (0)", PAPER_LEAD, MORE), PAPER, None),
    ("net-portal-afternoon-date", paste("Chi tiết tin", DISTRICT, "28/11/2025 3:20:35 CH", DISTRICT_LEAD, MORE),
     DISTRICT, D(2025, 11, 28)),
    # ---- Headlines shaped like the furniture above: they stay the headline.
    ("headline-opening-like-a-box-label", paste("Tin tức", "Tin nổi bật của ngành giáo dục huyện Cam Lâm năm 2025",
                                                SCHOOL_LEAD, MORE), "Tin nổi bật của ngành giáo dục huyện Cam Lâm năm 2025",
     None),
    ("new-label-over-headline-and-two-captions", paste("Tin mới", PAPER, "Nông dân thu hoạch cà phê tại xã Ea Tul",
                                                       "Giá cà phê nhân xô tăng mạnh trong tuần qua", PAPER_LEAD, MORE),
     PAPER, None),
    ("headline-calling-on-the-people-no-banner", paste("Tin tức - Sự kiện", "Cán bộ, đảng viên và nhân dân xã Hòa Thắng "
                                                       "quyết tâm về đích nông thôn mới", COMMUNE_LEAD, MORE),
     "Cán bộ, đảng viên và nhân dân xã Hòa Thắng quyết tâm về đích nông thôn mới", None),
    ("headline-a-poll-result", paste("Tin tức", "Kết quả thăm dò ý kiến người dân về chất lượng dịch vụ công",
                                     DISTRICT_LEAD, MORE), "Kết quả thăm dò ý kiến người dân về chất lượng dịch vụ công",
     None),
    ("headline-naming-a-paper", paste("Tin tức", "Báo Đắk Lắk ra mắt ấn phẩm điện tử mới phục vụ bạn đọc", PAPER_LEAD,
                                      MORE), "Báo Đắk Lắk ra mắt ấn phẩm điện tử mới phục vụ bạn đọc", None),
    # ---- A clock at the top decides which line stands "under the date line".
    ("clock-over-masthead-over-headline", paste("Thứ Ba, 02/12/2025 08:15", "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC",
                                                DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, ANY),
    ("clock-over-menu-bar-over-headline", paste("Hôm nay: Thứ Ba, 02/12/2025", "Trang chủ | Giới thiệu | Tin tức",
                                                "Tin tức - Sự kiện", DISTRICT, DISTRICT_LEAD, MORE), DISTRICT, None),
    ("clock-over-section-over-short-headline", paste("Thứ Ba, 02/12/2025", "Tin hoạt động",
                                                     "Ra quân làm sạch môi trường", DISTRICT_LEAD, MORE),
     "Ra quân làm sạch môi trường", ANY),
    ("date-line-above-kicker-and-headline", paste("28/11/2025 15:20", "Xây dựng Đảng", CELL, CELL_LEAD, MORE), CELL,
     D(2025, 11, 28)),
]


# Conventions the reader cannot read safely yet: case id -> why.
UNREAD: dict[str, str] = {
    "short-headline-school-masthead-slogan": "a headline of four words over its lead, under a school's motto of six "
                                             "and no date line: shaped as a section's label over the lead, and the "
                                             "motto reads as a headline; a motto has no shape of its own",
}


def _case(name, body, headline, date):
    marks = [pytest.mark.xfail(strict=True, reason=UNREAD[name])] if name in UNREAD else []
    return pytest.param(name, body, headline, date, id=name, marks=marks)


@pytest.mark.parametrize("name, body, headline, date", [_case(*case) for case in CASES])
def test_the_headline_is_read_through_the_software_furniture(name, body, headline, date):
    fields = numbered_fields([case[0] for case in CASES].index(name), body)
    assert fields["title"] == headline
    if date is not ANY:
        assert fields["date"] == date


def test_a_third_of_the_cases_show_no_date():
    undated = [case for case in CASES if case[3] is None]
    assert len(undated) * 3 >= len(CASES)


def test_case_ids_are_unique():
    assert len({case[0] for case in CASES}) == len(CASES)


# ---- The rules behind the table, one shape at a time, with the headline's words they must leave alone.
from archive.read.chrome import is_noise_line  # noqa: E402
from archive.read.furniture import button_row, is_info_field  # noqa: E402
from archive.read.headline import clean_headline  # noqa: E402
from archive.read.info_rows import split_rows  # noqa: E402
from archive.read.labels import relative_time  # noqa: E402


@pytest.mark.parametrize("line, field", [
    ("Chi tiết", True), ("CHI TIẾT TIN", True), ("Details", True), ("Chuyên mục: Tin tức - Sự kiện", True),
    ("chuyên mục Tin hoạt động", True), ("Category: Tin tức", True), ("Số lượt xem: 41", True),
    ("Lượt truy cập: 1.023", True), ("Hits: 58", True), ("LƯỢT ĐỌC: 7", True), ("Đánh giá: 4.5/5", True),
    ("★★★★★", True), ("0 Bình luận", True), ("Chưa có bình luận", True), ("Về đầu trang", True),
    ("Người đăng: Quản trị", True), ("Viết bởi Super User", True), ("Đăng bởi: admin", True),
    ("Hotline: 0912 000 111", True), ("Đường dây nóng: 0262 3 852 123 | Email: toasoan@example.vn", True),
    ("Cập nhật lúc:", True), ("Ngày đăng :", True), ("Đăng nhập hệ thống", True),
    # a headline or a sentence holding the same words
    ("Chi tiết kế hoạch tổ chức Đại hội Đảng bộ xã", False), ("Danh mục tài sản công", False),
    ("Chuyên mục Sức khỏe ra mắt bạn đọc", False), ("Đánh giá 5 năm thực hiện Nghị quyết", False),
    ("Clip ngư dân giải cứu cá heo thu hút 500.000 lượt xem", False), ("Người đăng: Nguyễn Thị Mai", False),
    ("Minh Anh - Email: minhanh@example.vn", False), ("Đường dây nóng tiếp nhận phản ánh của người dân", False),
])
def test_an_info_blocks_field_is_furniture(line, field):
    assert is_info_field(line) is field


@pytest.mark.parametrize("line, buttons", [
    ("[ Quay lại ] [ In trang ] [ Đầu trang ]", True), ("[trở về]", True), ("[In bài] | [Gửi email]", True),
    ("[Infographic] Kết quả chuyển đổi số năm 2025", False), ("[Video]", False), ("[ Quay lại ] Tin tức", False),
    ("Gửi email | In trang", True), ("Lượt thích 12 | Chia sẻ", False), ("[ chưa đóng", False),
    ("Thời sự | Kinh tế | Xã hội", False),  # a menu: no buttons
])
def test_buttons_in_brackets_are_a_button_row(line, buttons):
    assert button_row(line, is_noise_line) is buttons


@pytest.mark.parametrize("row, pieces", [
    ("Chi tiết Chuyên mục: Tin tức Được đăng: 25 Tháng 11 2025 Lượt xem: 96",
     ["Chi tiết", "Chuyên mục: Tin tức", "Được đăng: 25 Tháng 11 2025", "Lượt xem: 96"]),
    ("Người đăng: Nguyễn Thị Mai Ngày đăng: 26/11/2025 Lượt xem: 41",
     ["Người đăng: Nguyễn Thị Mai Ngày đăng: 26/11/2025", "Lượt xem: 41"]),  # the poster stays with the date
    ("Thứ Hai, 01/12/2025 - 08:30 Cỡ chữ A- A A+", ["Thứ Hai, 01/12/2025 - 08:30", "Cỡ chữ A- A A+"]),
    (f"{DISTRICT} 28/11/2025 Lượt xem: 312", [DISTRICT, "28/11/2025", "Lượt xem: 312"]),
    (f"{DISTRICT}Lượt xem: 312", [DISTRICT, "Lượt xem: 312"]),  # glued to the headline's last letter
    ("Đắk Lắk: iPhone và Category mới", ["Đắk Lắk: iPhone và Category mới"]),
    ("Thông báo lịch tiếp công dân ngày 15/4/2025 Lượt xem: 41",
     ["Thông báo lịch tiếp công dân ngày 15/4/2025", "Lượt xem: 41"]),  # the headline's own day stays
    # nothing to split: no furniture, a headline, a sentence, a noise line whole
    ("Viết bởi Administrator Được đăng ngày 25 Tháng 11 2025",
     ["Viết bởi Administrator", "Được đăng ngày 25 Tháng 11 2025"]),  # the software's account is furniture
    ("Viết bởi Lê Văn Tùng Được đăng ngày 25 Tháng 11 2025", ["Viết bởi Lê Văn Tùng Được đăng ngày 25 Tháng 11 2025"]),
    ("Lượt xem kỷ lục của video ca nhạc Việt trên mạng xã hội", ["Lượt xem kỷ lục của video ca nhạc Việt trên mạng xã hội"]),
    ("Tác giả Nguyễn Du và Truyện Kiều qua góc nhìn mới", ["Tác giả Nguyễn Du và Truyện Kiều qua góc nhìn mới"]),
    ("Ước tính thời gian đọc: 2 phút Tác giả", ["Ước tính thời gian đọc: 2 phút Tác giả"]),
    (COMMUNE_LEAD, [COMMUNE_LEAD]),
])
def test_an_info_row_is_split_into_its_fields(row, pieces):
    assert [text for _, text in split_rows([(3, row)])] == pieces


def test_an_info_row_far_down_the_paste_stays_whole():
    lines = [(n, f"Đoạn văn thứ {n} của bài viết") for n in range(1, 14)] + [(14, "Người đăng: Mai Lượt xem: 41")]
    assert split_rows(lines)[-1] == (14, "Người đăng: Mai Lượt xem: 41")


@pytest.mark.parametrize("line, headline", [
    (f"{DISTRICT} - Cổng thông tin điện tử huyện Krông Pắc", DISTRICT),
    (f"{PAPER} | baodaklak.vn", PAPER), (f"{PAPER} - Báo Đắk Lắk điện tử", PAPER),
    # a headline going on after a dash
    ("Tăng cường công tác tuyên truyền - Báo chí cách mạng Việt Nam", None),
    ("Hội nghị sơ kết công tác năm 2025 - Báo cáo viên cấp tỉnh", None),
    ("Kỷ niệm ngày thành lập - Đảng bộ xã Hòa Thắng", None),
    ("Báo chí - Báo Đắk Lắk", None),  # too few words before the site's name
])
def test_a_tab_titles_site_name_is_cut_from_the_headline(line, headline):
    assert clean_headline(line) == (headline or line, None)


@pytest.mark.parametrize("line, age", [
    ("Báo Đắk Lắk 1 giờ trước", True), ("Báo Đắk Lắk • 5 giờ trước", True),
    ("Tìm thấy thi thể người đàn ông mất tích từ 3 ngày trước", False),
    ("Người dân xã miền núi nhận hỗ trợ 2 ngày trước", False),
])
def test_an_aggregators_outlet_and_age_is_no_headline(line, age):
    assert relative_time(line) is age


def _box_label(text: str) -> bool:
    from archive.read.chrome import is_stop_line
    from archive.read.furniture import is_box_label
    return is_stop_line(text) or is_box_label(text)


BOX_A = "Huyện tổ chức hội nghị tổng kết công tác dân vận năm 2025"
BOX_B = "Xã Ea Phê ra mắt mô hình dân vận khéo trong xây dựng nông thôn mới"


@pytest.mark.parametrize("texts, items", [
    (["Tin tiêu điểm", BOX_A, BOX_B, DISTRICT, "28/11/2025", DISTRICT_LEAD], set()),  # open: left to the weighing
    (["Tin tiêu điểm", BOX_A, BOX_B, "Tin đọc nhiều", BOX_A, DISTRICT, DISTRICT_LEAD], {1, 2}),
    (["Tin đọc nhiều nhất", BOX_A, "Sự kiện nổi bật", BOX_B, DISTRICT, DISTRICT_LEAD], {1}),  # closed by a label
    (["Tin mới", DISTRICT, DISTRICT_LEAD], set()),  # the label over the article's own headline
    (["Tin mới", DISTRICT, "Ra quân đồng loạt tại 12 xã, thị trấn trong huyện", DISTRICT_LEAD], set()),  # a subtitle
    ([DISTRICT, DISTRICT_LEAD, "Tin liên quan", BOX_A, BOX_B, MORE], set()),  # under the page's text: the footer's
    (["Thời sự", BOX_A, BOX_B, DISTRICT, DISTRICT_LEAD], set()),  # a section's name is no box's label
])
def test_a_link_box_above_the_article_is_other_articles_headlines(texts, items):
    from archive.read.furniture import box_items
    assert box_items(texts, _box_label) == items


@pytest.mark.parametrize("texts, found", [
    (["Toàn Đảng, toàn dân thi đua lập thành tích chào mừng Đại hội Đảng bộ tỉnh", DISTRICT, DISTRICT_LEAD], {0}),
    (["Cán bộ, đảng viên và nhân dân huyện Krông Pắc ra sức xây dựng quê hương giàu đẹp", COMMUNE, COMMUNE_LEAD], {0}),
    # a story that opens so, its lead under it; a headline that names the people without the call
    (["Cán bộ, đảng viên và nhân dân xã Hòa Thắng quyết tâm về đích nông thôn mới", COMMUNE_LEAD, MORE], set()),
    (["Cán bộ, đảng viên xã Hòa Thắng học tập Nghị quyết Trung ương 11", COMMUNE_LEAD, MORE], set()),
    ([SCHOOL, "Thi đua dạy tốt, học tốt chào mừng ngày Nhà giáo Việt Nam", SCHOOL_LEAD], set()),
])
def test_a_banners_call_over_the_headline_is_no_headline(texts, found):
    from archive.read.furniture import banners
    assert banners(texts) == found


@pytest.mark.parametrize("texts, dated, found", [
    ([DISTRICT, "Trung tâm Văn hóa - Thông tin và Thể thao huyện Krông Pắc"], set(), {1}),
    (["Xây dựng Đảng", CELL, "Ban Tuyên giáo Đảng ủy Khối"], set(), {2}),
    # a masthead over the headline; a page's title its date line closes; a headline in capitals
    (["Trung tâm Y tế huyện Cam Lâm", CLINIC], set(), set()),
    (["Trang chủ > Giới thiệu", "Đảng bộ tỉnh Đắk Lắk"], {1}, set()),
    ([DISTRICT, "ĐẢNG BỘ XÃ HÒA THẮNG PHÁT HUY VAI TRÒ HẠT NHÂN LÃNH ĐẠO"], set(), set()),
    (["ỦY BAN NHÂN DÂN HUYỆN KRÔNG PẮC", "Phòng Văn hóa và Thông tin huyện"], set(), set()),
    ([CLINIC, "Khoa Kiểm soát bệnh tật"], set(), {1}), ([SCHOOL, "Tổ Ngữ văn"], set(), {1}),
    # a headline opening with a body's kind, under a long kicker
    (["Hướng tới Đại hội Đảng bộ tỉnh lần thứ XX", "Trung tâm Y tế huyện tăng cường phòng dịch"], set(), set()),
    (["Hướng tới Đại hội Đảng bộ tỉnh lần thứ XX", "Phòng chống sốt xuất huyết"], set(), set()),
])
def test_a_body_named_under_the_headline_is_its_unit_or_source(texts, dated, found):
    from archive.read.furniture import bodies_named_under
    assert bodies_named_under(texts, list(range(len(texts))), dated) == found


@pytest.mark.parametrize("line, menu", [
    ("Giới thiệu | Tin tức | Tổ chuyên môn | Thư viện | Tuyển sinh", True), ("Thời sự | Kinh tế | Xã hội", True),
    ("Tin tức - Sự kiện | Văn bản | Liên hệ", True),
    ("Kinh tế | 08:30", False), ("Báo Phú Yên | 12/04/2025 07:45", False), (f"{DISTRICT} | Cổng thông tin", False),
    ("Đọc nhiều | Mới nhất", False),  # two tabs: fewer than a menu
])
def test_a_menu_on_one_line_is_chrome(line, menu):
    from archive.read.furniture import bar_menu
    assert bar_menu(line) is menu


@pytest.mark.parametrize("texts, found", [
    (["Thăm dò ý kiến", "Bạn đánh giá thế nào về giao diện mới?", "Tốt", "Khá", "Bình chọn", "Xem kết quả", COMMUNE],
     {0, 1, 2, 3, 4, 5}),
    # no button: since round 38 the answered question is a poll still (poll_questions.py); the headline stays
    (["Thăm dò ý kiến", "Bạn đánh giá thế nào về giao diện mới?", "Tốt", "Khá", COMMUNE, COMMUNE_LEAD], {0, 1, 2, 3}),
    (["Khảo sát", COMMUNE, COMMUNE_LEAD, MORE], set()),
])
def test_a_poll_box_above_the_article_is_chrome(texts, found):
    from archive.read.furniture import poll_lines
    assert poll_lines(texts) == found


@pytest.mark.parametrize("texts, found", [
    (["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC", "Ra quân làm sạch môi trường"], {0}),
    (["Báo Đắk Lắk điện tử", PAPER], {0}),
    (["CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC"], set()),  # alone in the pool: kept, for the reviewer to see
    (["Báo cáo viên cấp tỉnh được bồi dưỡng nghiệp vụ", DISTRICT], set()),  # a headline opening on "Báo cáo"
    ([DISTRICT, "Tác giả: Tổ chuyên môn khối 4"], {1}), ([DISTRICT, "Nguồn: Sở Y tế"], {1}),
])
def test_a_sites_name_or_a_labelled_field_is_no_headline(texts, found):
    from archive.read.furniture import not_headlines
    assert not_headlines(texts, list(range(len(texts))), set()) == found

"""Titles by convention (issue 13): what Vietnamese news and portal pages print above and
around a headline, written down from how those pages are built, before a fresh paste shows
it. Each case is a short made-up paste and the headline a careful reader takes from it; a
chrome line (a menu, a breadcrumb, a widget, a masthead, a slogan, a button row) is never
the title. Cases the reader cannot read safely are marked xfail with the reason."""
import datetime as dt

import pytest

from archive.read.candidates import date_candidate
from archive.read.chrome import is_noise_line, menu_items, strip_chrome
from archive.read.glued import unglue
from archive.read.headline import clean_headline
from archive.read.labels import paired_labels, relative_time
from made_up_pastes import fields_of, paragraphs as paste


# Made-up headlines, leads and paragraphs of several kinds of page.
PARTY = "Đảng bộ xã Tân Phước tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm"
PARTY_LEAD = ("Sáng 14/6, Đảng bộ xã Tân Phước tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng "
              "đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2025.")
GOV = "UBND huyện Bình Sơn triển khai kế hoạch chuyển đổi số năm 2025"
GOV_LEAD = ("Ngày 3/3, UBND huyện Bình Sơn tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2025 "
            "với sự tham dự của lãnh đạo các phòng, ban và các xã, thị trấn.")
NEWS = "Nông dân vùng cao thu hoạch mận sớm, giá bán tăng gần gấp đôi"
NEWS_LEAD = ("Những ngày này, nông dân các xã vùng cao đang tất bật thu hoạch mận chín sớm, thương lái "
             "vào tận vườn thu mua với giá cao hơn năm ngoái.")
SCHOOL = "Trường THPT Lê Quý Đôn tổ chức lễ tri ân và trưởng thành cho học sinh khối 12"
SCHOOL_LEAD = ("Chiều 20/5, Trường THPT Lê Quý Đôn tổ chức lễ tri ân và trưởng thành cho hơn 400 học sinh "
               "khối 12 trước kỳ thi tốt nghiệp sắp tới.")
HOSPITAL = "Bệnh viện Đa khoa tỉnh triển khai thành công kỹ thuật thay khớp gối toàn phần"
HOSPITAL_LEAD = ("Các bác sĩ Khoa Chấn thương chỉnh hình vừa phẫu thuật thay khớp gối toàn phần thành công "
                 "cho một bệnh nhân nữ 68 tuổi bị thoái hóa khớp nặng.")
# A long headline, as Party portals print them, with no full stop.
LONG = ("Đảng bộ xã Tân Phước lãnh đạo thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, "
        "an ninh và xây dựng hệ thống chính trị vững mạnh năm 2025")
MORE = ("Phát biểu tại hội nghị, đồng chí Bí thư nhấn mạnh các nhiệm vụ cần tập trung thực hiện trong thời "
        "gian tới, nhất là công tác cải cách hành chính và chăm lo đời sống nhân dân.")


def title_of(number: int, body: str, path: str = "tin-tuc/bai-viet-123") -> str:
    return fields_of(body, f"https://example-{number}.vn/{path}").get("title", "")


# (case id, paste, the headline). Each line above the headline is one a page prints there.
CONVENTIONS = [
    # Menus and site navigation.
    ("menu-bar", paste("Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ", PARTY, "14/06/2025 08:30", PARTY_LEAD,
                       MORE), PARTY),
    ("menu-items-one-per-line", paste("Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản pháp quy", "Liên hệ",
                                      GOV, "Ngày đăng: 03/03/2025", GOV_LEAD, MORE), GOV),
    ("breadcrumb-arrows", paste("Trang chủ > Tin tức > Xây dựng Đảng", PARTY, "14/06/2025", PARTY_LEAD, MORE), PARTY),
    ("breadcrumb-tail-is-the-headline", paste(f"Trang chủ » Tin tức » {GOV}", GOV, "03/03/2025 10:15", GOV_LEAD, MORE),
     GOV),
    ("breadcrumb-slashes", paste("Trang chủ / Tin tức / Kinh tế", NEWS, "Cập nhật: 12/04/2025 07:45", NEWS_LEAD, MORE),
     NEWS),
    # Account, language, contact and search bars.
    ("login-register", paste("Đăng nhập | Đăng ký", "Trang chủ > Tin tức", GOV, "03/03/2025", GOV_LEAD, MORE), GOV),
    ("language-switcher", paste("Tiếng Việt | English", GOV, "03/03/2025", GOV_LEAD, MORE), GOV),
    ("language-codes", paste("VI | EN | 中文", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("hotline", paste("Đường dây nóng: 0912 345 678", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("hotline-and-email", paste("Hotline: 1900 1234 - Email: toasoan@example.vn", NEWS, "12/04/2025", NEWS_LEAD, MORE),
     NEWS),
    ("hospital-switchboard", paste("Tổng đài đặt lịch khám: 1900 6789", "Đặt lịch khám", HOSPITAL, "05/09/2025 14:00",
                                   HOSPITAL_LEAD, MORE), HOSPITAL),
    ("search-box", paste("Tìm kiếm...", "Nhập từ khóa tìm kiếm", PARTY, "14/06/2025", PARTY_LEAD, MORE), PARTY),
    # Widgets: weather, clock, visit counters.
    ("weather", paste("Hà Nội 28°C", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("weather-named", paste("Thời tiết Đà Nẵng: 31°C, nắng", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("clock-over-the-headline", paste("Thứ Hai, 02/12/2026", GOV, "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("visit-counter", paste("Đang truy cập: 125", "Tổng lượt truy cập: 1.234.567", PARTY, "14/06/2025", PARTY_LEAD, MORE),
     PARTY),
    ("online-counter", paste("Trực tuyến: 37", "Hôm nay: 1.024", SCHOOL, "20/05/2025", SCHOOL_LEAD, MORE), SCHOOL),
    # Buttons around the headline: share, print, font size, read aloud.
    ("share-print-row", paste(GOV, "03/03/2025 10:15", "Chia sẻ | In bài | Gửi email", GOV_LEAD, MORE), GOV),
    ("font-size", paste(NEWS, "Cỡ chữ: A- A A+", "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("font-size-bare", paste("A- A A+", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("listen-voices", paste(PARTY, "14/06/2025 08:30", "Nghe đọc bài", "Giọng nam", "Giọng nữ", PARTY_LEAD, MORE),
     PARTY),
    ("listen-voices-one-line", paste(NEWS, "12/04/2025 07:45", "Nghe bài viết Giọng nữ miền Bắc", NEWS_LEAD, MORE),
     NEWS),
    ("audio-player", paste(NEWS, "12/04/2025 07:45", "00:00 / 03:45", "Tốc độ đọc: 1x", NEWS_LEAD, MORE), NEWS),
    # Mastheads and slogans.
    ("masthead-in-capitals", paste("BÁO ĐIỆN TỬ TỈNH PHÚ YÊN", "Trang chủ > Thời sự", NEWS, "12/04/2025 07:45",
                                   NEWS_LEAD, MORE), NEWS),
    ("portal-masthead", paste("CỔNG THÔNG TIN ĐIỆN TỬ", "ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN", GOV, "03/03/2025",
                              GOV_LEAD, MORE), GOV),
    ("party-masthead-and-slogan", paste("ĐẢNG BỘ TỈNH QUẢNG NGÃI", "Trang thông tin điện tử",
                                        "Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh", PARTY, "14/06/2025",
                                        PARTY_LEAD, MORE), PARTY),
    ("paper-slogan", paste("Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh Phú Yên", NEWS, "12/04/2025 07:45",
                           NEWS_LEAD, MORE), NEWS),
    ("police-slogan", paste("Vì nước quên thân, vì dân phục vụ", "Tin tức - Sự kiện", GOV, "03/03/2025 10:15", GOV_LEAD,
                            MORE), GOV),
    ("school-masthead", paste("TRƯỜNG THPT LÊ QUÝ ĐÔN", "Tuyển sinh | Thời khóa biểu | Tin tức", SCHOOL,
                              "20/05/2025", SCHOOL_LEAD, MORE), SCHOOL),
    # Tickers and link boxes above the headline.
    ("ticker-new", paste("Tin mới: Khánh thành cầu dân sinh tại xã miền núi", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE),
     NEWS),
    ("most-read-label", paste("Đọc nhiều", PARTY, "14/06/2025 08:30", PARTY_LEAD, MORE), PARTY),
    ("trending-tags", paste("Chủ đề nóng: Chuyển đổi số | Sáp nhập tỉnh | Giá vàng", NEWS, "12/04/2025 07:45", NEWS_LEAD,
                            MORE), NEWS),
    # The headline and what stands next to it.
    ("sapo-under-headline", paste(NEWS, "12/04/2025 07:45",
                                  "Giá mận đầu mùa năm nay cao hơn năm ngoái, nhiều hộ có thu nhập khá nhờ chăm sóc "
                                  "vườn theo hướng hữu cơ.", NEWS_LEAD, MORE), NEWS),
    ("kicker-over-headline", paste("Đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030", PARTY, "14/06/2025", PARTY_LEAD,
                                   MORE), PARTY),
    ("series-part-in-headline", paste("Bài 2: Gỡ điểm nghẽn về thủ tục đất đai cho doanh nghiệp", "12/04/2025 07:45",
                                      NEWS_LEAD, MORE), "Bài 2: Gỡ điểm nghẽn về thủ tục đất đai cho doanh nghiệp"),
    ("headline-bracketed-date", paste(f"{GOV} (03/03/2025)", GOV_LEAD, MORE), GOV),
    ("headline-in-capitals", paste("ĐẢNG BỘ XÃ TÂN PHƯỚC TỔ CHỨC HỘI NGHỊ SƠ KẾT 6 THÁNG ĐẦU NĂM", "14/06/2025",
                                   PARTY_LEAD, MORE), "ĐẢNG BỘ XÃ TÂN PHƯỚC TỔ CHỨC HỘI NGHỊ SƠ KẾT 6 THÁNG ĐẦU NĂM"),
    ("genre-label-in-headline", paste("[Infographic] Kết quả chuyển đổi số năm 2025 của huyện Bình Sơn", "03/03/2025",
                                      GOV_LEAD, MORE), "[Infographic] Kết quả chuyển đổi số năm 2025 của huyện Bình Sơn"),
    ("browser-tab-title", paste(f"{NEWS} - Báo Phú Yên điện tử", "Trang chủ > Kinh tế", NEWS, "12/04/2025 07:45",
                                NEWS_LEAD, MORE), NEWS),
    # CMSs: the lines a portal template prints before the headline.
    ("sharepoint", paste("Skip Ribbon Commands", "Skip to main content", "Turn off Animations", "Sign In",
                         "Trang chủ > Tin tức - Sự kiện", GOV, "3/3/2025 10:15 AM", GOV_LEAD, MORE), GOV),
    ("liferay", paste("Toggle navigation", "Tin tức - Sự kiện", "Chi tiết tin", GOV, "03/03/2025 10:15", GOV_LEAD,
                      MORE), GOV),
    ("joomla", paste("Menu", "Chi tiết", "Chuyên mục: Tin tức", PARTY,
                     "Được đăng ngày Thứ bảy, 14 Tháng 6 2025 08:30", "Viết bởi Super User", "Lượt xem: 215",
                     PARTY_LEAD, MORE), PARTY),
    ("wordpress", paste("Menu", "Tìm kiếm", "Uncategorized", SCHOOL, "Posted on 20/05/2025 by admin", SCHOOL_LEAD,
                        MORE), SCHOOL),
    ("vendor-portal-detail", paste("Chi tiết bài viết", "Xem với cỡ chữ", "Đọc bài viết", GOV, "03/03/2025 10:15",
                                   GOV_LEAD, MORE), GOV),
    ("social-icons", paste("Facebook Youtube Zalo", "Trang chủ > Tin tức", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE),
     NEWS),
    ("rss-sitemap", paste("RSS | Sơ đồ site | Hỏi đáp", GOV, "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    # Broadcasters and aggregators.
    ("broadcaster-live", paste("TRỰC TIẾP", "Lịch phát sóng", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("aggregator-relative-time", paste("Báo Phú Yên", "2 giờ trước", NEWS, NEWS_LEAD, MORE), NEWS),
    ("advertisement-label", paste("Quảng cáo", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("e-magazine-label", paste("E-magazine", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    # Harder shapes: chrome as long as a headline, no date line under the headline.
    ("welcome-banner-capitals", paste("CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH LẦN THỨ XX, NHIỆM KỲ 2025 - 2030", PARTY,
                                      "14/06/2025 08:30", PARTY_LEAD, MORE), PARTY),
    ("welcome-banner", paste("Nhiệt liệt chào mừng kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9", GOV,
                             "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("long-masthead-no-date-under", paste("CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH QUẢNG NGÃI", PARTY, PARTY_LEAD, MORE,
                                          "Ngày đăng: 14/06/2025"), PARTY),
    ("organ-masthead-opens-the-headline", paste("Bệnh viện Đa khoa tỉnh", "Trang chủ > Tin hoạt động", HOSPITAL,
                                                "05/09/2025 14:00", HOSPITAL_LEAD, MORE), HOSPITAL),
    ("menu-run-without-bars", paste("Trang chủ Giới thiệu Tin tức Văn bản Thủ tục hành chính Liên hệ", GOV,
                                    "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("section-and-date-above", paste("Thời sự - Chính trị | 12/04/2025 07:45", NEWS, NEWS_LEAD, MORE), NEWS),
    ("section-in-capitals", paste("TIN TỨC - SỰ KIỆN", GOV, "Ngày đăng: 03/03/2025", GOV_LEAD, MORE), GOV),
    ("breadcrumb-one-per-line", paste("Trang chủ", "Tin tức", "Xây dựng Đảng", PARTY, "14/06/2025", PARTY_LEAD, MORE),
     PARTY),
    ("headline-with-exclamation", paste("Cảnh giác với thủ đoạn giả danh công an gọi điện lừa đảo!", "12/04/2025 07:45",
                                        NEWS_LEAD, MORE), "Cảnh giác với thủ đoạn giả danh công an gọi điện lừa đảo!"),
    ("headline-question", paste("Trang chủ > Hỏi đáp", "Có được hưởng chế độ thai sản khi nghỉ việc trước khi sinh?",
                                "12/04/2025 07:45", NEWS_LEAD, MORE),
     "Có được hưởng chế độ thai sản khi nghỉ việc trước khi sinh?"),
    ("short-headline-under-section", paste("Văn hóa - Văn nghệ", "Mùa mận trên núi", "12/04/2025 07:45", NEWS_LEAD,
                                           MORE), "Mùa mận trên núi"),
    ("headline-then-counter", paste("Trang chủ > Tin tức", GOV, "Lượt xem: 1.245", "03/03/2025", GOV_LEAD, MORE), GOV),
    ("clock-with-zone", paste("Thứ Năm, 27/11/2025 | 10:30 GMT+7", "Trang chủ > Kinh tế", NEWS, "12/04/2025 07:45",
                              NEWS_LEAD, MORE), NEWS),
    ("headline-lead-marker", paste("Tin mới", NEWS, "(PYO) - " + NEWS_LEAD, MORE), NEWS),
    ("other-headlines-box-above", paste("Tin nổi bật", "Khánh thành cầu dân sinh tại xã miền núi Sơn Hà",
                                        "Hội nghị xúc tiến đầu tư vào khu kinh tế Dung Quất năm 2025", NEWS,
                                        "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("theme-label", paste("Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", PARTY,
                          "14/06/2025 08:30", PARTY_LEAD, MORE), PARTY),
    ("back-link", paste("Quay lại", "Danh sách tin", GOV, "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("company-shop-menu", paste("Giỏ hàng (0)", "Sản phẩm | Dịch vụ | Về chúng tôi | Tin tức", NEWS,
                                "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("accessibility-and-print", paste("Giảm cỡ chữ Tăng cỡ chữ Mặc định", GOV, "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("date-and-views-above", paste("03/03/2025 10:15 | 1.245 lượt xem", GOV, GOV_LEAD, MORE), GOV),
    ("headline-with-video-prefix", paste("Video: Nông dân vùng cao thu hoạch mận sớm", "12/04/2025 07:45", NEWS_LEAD,
                                         MORE), "Video: Nông dân vùng cao thu hoạch mận sớm"),
    ("photo-caption-under-headline", paste(NEWS, "12/04/2025 07:45",
                                           "Nông dân thu hoạch mận tại xã Tà Xùa. Ảnh: Minh Hà", NEWS_LEAD, MORE),
     NEWS),
    ("slogan-of-a-magazine", paste("Tạp chí lý luận, chính trị của Ban Chấp hành Trung ương", "Trang chủ > Nghiên cứu",
                                   PARTY, "14/06/2025 08:30", PARTY_LEAD, MORE), PARTY),
    ("headline-after-app-promo", paste("Tải ứng dụng", "Đọc báo in", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    # Glued and broken chrome: what a copy of a page does to its lines.
    ("masthead-broken-in-capitals", paste("CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ", "DOANH NGHIỆP TỈNH",
                                          PARTY, "14/06/2025 08:30", PARTY_LEAD, MORE), PARTY),
    ("masthead-broken-mixed-case", paste("Trang thông tin điện tử Đảng bộ Khối các cơ quan và",
                                         "doanh nghiệp tỉnh Phú Yên", PARTY, PARTY_LEAD, MORE), PARTY),
    ("menu-labels-glued", paste("Trang chủGiới thiệuTin tứcVăn bảnLiên hệ", GOV, "03/03/2025 10:15", GOV_LEAD, MORE),
     GOV),
    ("clock-glued-to-weather", paste("Thứ Hai, 01/12/2025Hà Nội 24°C", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("listen-button-glued-to-headline", paste(f"{NEWS} Nghe đọc bài", "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("font-buttons-glued-to-headline", paste(f"{GOV} A- A A+", "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("share-icons-glued-to-headline", paste(f"{PARTY} Facebook Zalo", "14/06/2025 08:30", PARTY_LEAD, MORE), PARTY),
    ("views-glued-to-headline", paste(f"{GOV} (Lượt xem: 1.245)", "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("previous-article-above", paste("Bài trước: Khánh thành cầu dân sinh tại xã miền núi Sơn Hà", NEWS,
                                     "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("slogan-ending-exclamation", paste("Đảng Cộng sản Việt Nam quang vinh muôn năm!", "Tin tức - Sự kiện", PARTY,
                                        "14/06/2025", PARTY_LEAD, MORE), PARTY),
    ("spring-banner", paste("Mừng Đảng - Mừng Xuân Ất Tỵ 2025", "Trang chủ > Tin tức", GOV, "03/03/2025", GOV_LEAD,
                            MORE), GOV),
    ("home-icon-breadcrumb", paste("⌂ Trang chủ › Tin tức › Giáo dục", SCHOOL, "20/05/2025", SCHOOL_LEAD, MORE), SCHOOL),
    ("tab-row", paste("Mới nhất | Đọc nhiều | Video | Podcast", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("follow-google-news", paste(NEWS, "12/04/2025 07:45", "Theo dõi Báo Phú Yên trên Google News", NEWS_LEAD, MORE),
     NEWS),
    ("liferay-portlet-titles", paste("Asset Publisher", "Hiển thị nội dung", GOV, "03/03/2025 10:15", GOV_LEAD, MORE),
     GOV),
    ("sharepoint-accessible-mode", paste("Turn on more accessible mode", "Turn off more accessible mode",
                                         "Bỏ qua để đến nội dung chính", GOV, "3/3/2025 10:15 AM", GOV_LEAD, MORE), GOV),
    ("qr-code", paste("Quét mã QR để đọc trên điện thoại", GOV, "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("outlet-and-date-above", paste("Báo Phú Yên | 12/04/2025 07:45", NEWS, NEWS_LEAD, MORE), NEWS),
    ("english-welcome", paste("Welcome to the Official Portal of Binh Son District", GOV, "03/03/2025 10:15", GOV_LEAD,
                              MORE), GOV),
    ("thumb-counters", paste(NEWS, "12/04/2025 07:45", "Thích 0 Chia sẻ", NEWS_LEAD, MORE), NEWS),
    ("address-bar-of-a-school", paste("Địa chỉ: 12 Lê Lợi, phường 1, TP Tuy Hòa - ĐT: 0257 3823 456", SCHOOL,
                                      "20/05/2025", SCHOOL_LEAD, MORE), SCHOOL),
    ("headline-glued-to-date", paste(f"{NEWS}12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("emoji-chrome", paste("🏠 Trang chủ", "📞 Hotline: 0912 345 678", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("kicker-in-capitals", paste("CHUYỂN ĐỔI SỐ", GOV, "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    # Sentences and long lines above the headline: notices, banners, portal menus.
    ("cookie-notice", paste("Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý", NEWS,
                            "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("welcome-sentence", paste("Chào mừng quý vị đến với Trang thông tin điện tử Đảng bộ tỉnh Phú Yên!", PARTY,
                               "14/06/2025 08:30", PARTY_LEAD, MORE), PARTY),
    ("maintenance-notice", paste("Thông báo: Hệ thống tạm dừng để bảo trì từ 22 giờ đến 23 giờ ngày 30/11.", GOV,
                                 "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("you-are-here", paste("Bạn đang ở: Trang chủ » Tin tức", GOV, "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("location-label", paste("Vị trí: Trang chủ > Tin tức > Hoạt động", PARTY, "14/06/2025", PARTY_LEAD, MORE), PARTY),
    ("category-field", paste("Chuyên mục: Tin tức - Sự kiện", GOV, "Ngày đăng: 03/03/2025", GOV_LEAD, MORE), GOV),
    ("gov-portal-menu", paste("Giới thiệu chung", "Văn bản chỉ đạo điều hành", "Lịch làm việc của lãnh đạo",
                              "Thủ tục hành chính", "Dịch vụ công trực tuyến", GOV, "03/03/2025 10:15", GOV_LEAD, MORE),
     GOV),
    ("clock-in-words", paste("Thứ Tư, ngày 02 tháng 12 năm 2026", "Trang chủ > Tin tức", GOV, "03/03/2025 10:15",
                             GOV_LEAD, MORE), GOV),
    ("date-above-headline-only", paste("Chi tiết tin", "03/03/2025 10:15", GOV, GOV_LEAD, MORE), GOV),
    ("hashtags", paste("#chuyểnđổisố #PhúYên", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("aggregator-source-and-time", paste("Báo Mới", "Nguồn: Báo Phú Yên", "3 giờ trước", NEWS, NEWS_LEAD, MORE), NEWS),
    ("tab-title-with-bar", paste(f"{GOV} | Cổng thông tin điện tử huyện Bình Sơn", "Trang chủ > Tin tức", GOV,
                                 "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("english-masthead-subtitle", paste("BÁO PHÚ YÊN ĐIỆN TỬ", "PHU YEN ONLINE NEWSPAPER", NEWS, "12/04/2025 07:45",
                                        NEWS_LEAD, MORE), NEWS),
    ("mobile-version", paste("Phiên bản di động", "Xem bản đầy đủ", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("author-and-source-fields", paste(GOV, "Ngày đăng: 03/03/2025", "Tác giả: Minh Châu", "Nguồn: Văn phòng UBND huyện",
                                       GOV_LEAD, MORE), GOV),
    ("relative-time-under", paste(NEWS, "3 giờ trước", NEWS_LEAD, MORE), NEWS),
    ("bare-lead-marker", paste("Trang chủ > Kinh tế", NEWS, "12/04/2025 07:45", "PYO - " + NEWS_LEAD, MORE), NEWS),
    ("headline-then-sapo-no-date", paste("Trang chủ > Tin tức", NEWS,
                                         "Giá mận đầu mùa cao hơn năm ngoái, nhiều hộ có thu nhập khá.", NEWS_LEAD,
                                         MORE), NEWS),
    ("sidebar-headlines-above", paste("Khánh thành cầu dân sinh tại xã miền núi Sơn Hà", "10/04/2025",
                                      "Hội nghị xúc tiến đầu tư vào khu kinh tế Dung Quất", "11/04/2025", NEWS,
                                      "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("bulleted-ticker-lines", paste("• Khánh thành cầu dân sinh tại xã miền núi Sơn Hà",
                                    "• Hội nghị xúc tiến đầu tư vào khu kinh tế Dung Quất", NEWS, "12/04/2025 07:45",
                                    NEWS_LEAD, MORE), NEWS),
    # The same chrome where no date line stands under the headline (the date is at the end or nowhere).
    ("slogan-no-date", paste("Tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh Phú Yên", NEWS, NEWS_LEAD, MORE),
     NEWS),
    ("welcome-banner-no-date", paste("Nhiệt liệt chào mừng kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9", GOV,
                                     GOV_LEAD, MORE), GOV),
    ("gov-portal-menu-no-date", paste("Văn bản chỉ đạo điều hành", "Lịch làm việc của lãnh đạo",
                                      "Dịch vụ công trực tuyến", GOV, GOV_LEAD, MORE, "Ngày đăng: 03/03/2025"), GOV),
    ("tab-title-no-date", paste(f"{GOV} | Cổng thông tin điện tử huyện Bình Sơn", GOV, GOV_LEAD, MORE), GOV),
    ("english-welcome-no-date", paste("Welcome to the Official Portal of Binh Son District", GOV, GOV_LEAD, MORE), GOV),
    ("theme-label-no-date", paste("Chuyên đề: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", PARTY,
                                  PARTY_LEAD, MORE), PARTY),
    ("cookie-notice-no-date", paste("Trang web sử dụng cookie để cải thiện trải nghiệm của bạn. Đồng ý", NEWS, NEWS_LEAD,
                                    MORE), NEWS),
    ("welcome-sentence-no-date", paste("Chào mừng quý vị đến với Trang thông tin điện tử Đảng bộ tỉnh Phú Yên!", PARTY,
                                       PARTY_LEAD, MORE), PARTY),
    ("byline-under-headline", paste("Trang chủ > Tin tức", NEWS, "Minh Châu", NEWS_LEAD, MORE), NEWS),
    ("sidebar-headlines-no-date", paste("Tin khác", "Khánh thành cầu dân sinh tại xã miền núi Sơn Hà",
                                        "Hội nghị xúc tiến đầu tư vào khu kinh tế Dung Quất", NEWS, NEWS_LEAD, MORE),
     NEWS),
    ("masthead-and-slogan-no-date", paste("BÁO PHÚ YÊN", "Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Phú Yên",
                                          NEWS, NEWS_LEAD, MORE), NEWS),
    ("kicker-no-date", paste("Đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030", PARTY, PARTY_LEAD, MORE), PARTY),
    ("hotline-no-date", paste("Đường dây nóng: 0912 345 678", "Email: toasoan@example.vn", NEWS, NEWS_LEAD, MORE), NEWS),
    ("portal-masthead-no-date", paste("CỔNG THÔNG TIN ĐIỆN TỬ", "ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN", GOV, GOV_LEAD, MORE),
     GOV),
    ("police-slogan-no-date", paste("Vì nước quên thân, vì dân phục vụ", GOV, GOV_LEAD, MORE), GOV),
    ("school-masthead-no-date", paste("TRƯỜNG THPT LÊ QUÝ ĐÔN", SCHOOL, SCHOOL_LEAD, MORE), SCHOOL),
    ("organ-masthead-no-date", paste("Bệnh viện Đa khoa tỉnh", HOSPITAL, HOSPITAL_LEAD, MORE), HOSPITAL),
    ("magazine-slogan-no-date", paste("Tạp chí lý luận, chính trị của Ban Chấp hành Trung ương", PARTY, PARTY_LEAD,
                                      MORE), PARTY),
    ("address-bar-no-date", paste("Địa chỉ: 12 Lê Lợi, phường 1, TP Tuy Hòa - ĐT: 0257 3823 456", SCHOOL, SCHOOL_LEAD,
                                  MORE), SCHOOL),
    ("tab-title-with-host", paste(f"{NEWS} - baophuyen.vn", NEWS, NEWS_LEAD, MORE), NEWS),
    ("tab-title-with-brand", paste(f"{NEWS} | Phú Yên Online", NEWS, NEWS_LEAD, MORE), NEWS),
    ("headline-going-on-after-a-dash", paste(
        "Tinh thần đoàn kết trong Đảng - Nền tảng của mọi thắng lợi trong sự nghiệp đổi mới",
        "TINH THẦN ĐOÀN KẾT TRONG ĐẢNG", PARTY_LEAD, MORE),
     "Tinh thần đoàn kết trong Đảng - Nền tảng của mọi thắng lợi trong sự nghiệp đổi mới"),
    # Marks and widgets a portal prints on or beside the headline's line.
    ("chevron-before-headline", paste("Trang chủ", f"» {GOV}", "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("dash-bullet-before-headline", paste("Tin tức", f"- {GOV}", "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("pin-icon-before-headline", paste("Tin tức", f"📌 {NEWS}", "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("diamond-before-headline", paste("Tin tức", f"◆ {NEWS}", "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("update-words-on-the-headline-line", paste(f"{NEWS} Cập nhật lúc 07:45 12/04/2025", NEWS_LEAD, MORE), NEWS),
    ("posted-date-on-the-headline-line", paste(f"{GOV} Ngày đăng: 03/03/2025", GOV_LEAD, MORE), GOV),
    ("clock-and-login-bar", paste("Thứ Hai, 01/12/2025 | Đăng nhập | Đăng ký", NEWS, "12/04/2025 07:45", NEWS_LEAD,
                                  MORE), NEWS),
    ("market-ticker", paste("USD 25.400 | Vàng SJC 85,5 triệu | Xăng RON95 21.500", NEWS, "12/04/2025 07:45", NEWS_LEAD,
                            MORE), NEWS),
    ("weather-several-cities", paste("Hà Nội 24°C Đà Nẵng 28°C TP.HCM 32°C", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE),
     NEWS),
    ("link-dropdown", paste("-- Liên kết website --", "Chọn ngôn ngữ", GOV, "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("menu-toggles", paste("Mở menu", "Menu chính", "Đóng", SCHOOL, "20/05/2025", SCHOOL_LEAD, MORE), SCHOOL),
    ("caption-under-headline-no-date", paste(NEWS, "Ảnh minh họa", NEWS_LEAD, MORE), NEWS),
    ("video-podcast-buttons", paste(NEWS, "Xem video | Nghe podcast", "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("kicker-over-capital-headline", paste("Hướng tới Đại hội Đảng bộ tỉnh lần thứ XX",
                                           "ĐẢNG BỘ XÃ TÂN PHƯỚC PHÁT HUY VAI TRÒ HẠT NHÂN LÃNH ĐẠO", "14/06/2025",
                                           PARTY_LEAD, MORE), "ĐẢNG BỘ XÃ TÂN PHƯỚC PHÁT HUY VAI TRÒ HẠT NHÂN LÃNH ĐẠO"),
    ("domain-lead-marker-no-date", paste("Trang chủ > Kinh tế", NEWS, "Baophuyen.vn - " + NEWS_LEAD, MORE), NEWS),
    # What stands between the headline and the lead when no date line does.
    ("sapo-without-full-stop", paste(NEWS, "Giá mận đầu mùa năm nay cao hơn năm ngoái, nhiều hộ trồng mận ở vùng cao "
                                           "có thu nhập khá nhờ chăm sóc theo hướng hữu cơ", NEWS_LEAD, MORE), NEWS),
    ("sapo-with-ellipsis", paste(NEWS, "Giá mận đầu mùa năm nay cao hơn năm ngoái, nhiều hộ trồng mận có thu nhập "
                                       "khá...", NEWS_LEAD, MORE), NEWS),
    ("photo-caption-no-date", paste(NEWS, "Nông dân xã Tà Xùa thu hoạch mận chín trên nương", NEWS_LEAD, MORE), NEWS),
    ("photo-caption-with-credit-no-date", paste(NEWS, "Nông dân xã Tà Xùa thu hoạch mận chín (Ảnh: Minh Hà)", NEWS_LEAD,
                                                MORE), NEWS),
    ("headline-twice-in-a-row", paste(GOV, GOV, "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("series-label-over-part-title", paste("Chuyển đổi số ở cơ sở", "Bài 1: Những bước đi đầu tiên ở vùng cao",
                                           "12/04/2025 07:45", NEWS_LEAD, MORE),
     "Bài 1: Những bước đi đầu tiên ở vùng cao"),
    ("headline-with-part-suffix", paste(f"{NEWS} (Kỳ 2)", "12/04/2025 07:45", NEWS_LEAD, MORE), f"{NEWS} (Kỳ 2)"),
    ("wordpress-date-in-words", paste("Tin tức", SCHOOL, "Tháng Năm 20, 2025", "Đăng bởi admin", SCHOOL_LEAD, MORE),
     SCHOOL),
    ("hospital-opening-hours", paste("Giờ làm việc: Thứ 2 - Thứ 6: 7h00 - 17h00", "Đặt lịch khám | Hỏi đáp bác sĩ",
                                     HOSPITAL, "05/09/2025 14:00", HOSPITAL_LEAD, MORE), HOSPITAL),
    ("broadcaster-channels", paste("VOV1 | VOV2 | VOV3 | VOVGT", "Nghe radio trực tuyến", NEWS, "12/04/2025 07:45",
                                   NEWS_LEAD, MORE), NEWS),
    ("sharepoint-navigate-up", paste("Navigate Up", "Sign In", "Tin tức sự kiện > Tin trong tỉnh", GOV,
                                     "3/3/2025 10:15 AM", GOV_LEAD, MORE), GOV),
    ("vendor-portal-links", paste("Liên hệ | Sơ đồ cổng | RSS", "Thư điện tử công vụ", "Hỏi đáp trực tuyến", GOV,
                                  "Ngày xuất bản: 03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("school-under-office", paste("Trường THCS Nguyễn Du - Phòng GD&ĐT huyện Đồng Xuân", SCHOOL, "Ngày đăng: 20/05/2025",
                                  SCHOOL_LEAD, MORE), SCHOOL),
    ("company-news-english-menu", paste("Home | About us | Products | News | Contact", NEWS, "12/04/2025", NEWS_LEAD,
                                        MORE), NEWS),
    ("long-headline-under-section-label", paste(
        "Hoạt động của các chi bộ trực thuộc", LONG, "14/06/2025 08:30", PARTY_LEAD, MORE), LONG),
    ("long-headline-under-masthead-no-date", paste(
        "Trang thông tin điện tử Đảng bộ huyện Đồng Xuân", LONG, PARTY_LEAD, MORE), LONG),
    # Print views, magazines, blogs.
    ("print-view", paste("In trang này", "Đóng cửa sổ", GOV, "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("print-view-close-bracket", paste("[Đóng]", "[In]", GOV, "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("magazine-abstract", paste("Tạp chí Khoa học Chính trị", PARTY, "TS. Nguyễn Văn Bình - Học viện Chính trị khu vực III",
                                "Tóm tắt: Bài viết phân tích kết quả công tác xây dựng Đảng ở cơ sở và đề xuất một số "
                                "giải pháp trong thời gian tới.", "Từ khóa: xây dựng Đảng; cơ sở; giải pháp",
                                PARTY_LEAD, MORE), PARTY),
    ("magazine-english-title", paste(PARTY, "Party building at the commune level in the first half of the year",
                                     "TS. Nguyễn Văn Bình", PARTY_LEAD, MORE), PARTY),
    ("blog-author-and-date-above", paste("Minh Châu | 12/04/2025", NEWS, NEWS_LEAD, MORE), NEWS),
    ("agency-english-masthead", paste("VIETNAM NEWS AGENCY", "Thông tấn xã Việt Nam", NEWS, "12/04/2025 07:45",
                                      NEWS_LEAD, MORE), NEWS),
    ("genre-label-line", paste("Tin ảnh", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("hamburger-icon", paste("☰", "Tin mới nhất", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("date-in-english", paste("News", SCHOOL, "December 2, 2025", SCHOOL_LEAD, MORE), SCHOOL),
    ("capital-kicker-with-colon", paste("ĐẠI HỘI ĐẢNG CÁC CẤP:", PARTY, "14/06/2025", PARTY_LEAD, MORE), PARTY),
    # A sentence of the page's chrome under its masthead, above the headline.
    ("welcome-sentence-under-masthead", paste("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ YÊN",
                                              "Chào mừng quý vị đến với Cổng thông tin điện tử tỉnh Phú Yên!", GOV,
                                              "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("notice-sentence-under-masthead", paste("TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH PHÚ YÊN",
                                             "Thông báo: Từ ngày 01/12/2025, trang thông tin chuyển sang địa chỉ mới.",
                                             PARTY, "14/06/2025 08:30", PARTY_LEAD, MORE), PARTY),
    ("slogan-sentence-under-masthead", paste("BÁO PHÚ YÊN", "Đảng Cộng sản Việt Nam quang vinh muôn năm!",
                                             "Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!", NEWS,
                                             "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("cookie-sentence-under-menu", paste("Trang chủ | Tin tức | Liên hệ",
                                         "Chúng tôi sử dụng cookie để nâng cao trải nghiệm của bạn.", "Đồng ý", NEWS,
                                         "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("license-line-above", paste("BÁO PHÚ YÊN ĐIỆN TỬ", "Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.",
                                 NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("welcome-sentence-under-masthead-no-date", paste("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ YÊN",
                                                      "Chào mừng quý vị đến với Cổng thông tin điện tử tỉnh Phú Yên!",
                                                      GOV, GOV_LEAD, MORE), GOV),
    # Copies and labels the paste ran into the headline.
    ("section-glued-to-headline", paste(f"Thời sự{NEWS}", "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("two-sections-glued-to-headline", paste(f"Tin tứcSự kiện{GOV}", "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("breadcrumb-without-spaces", paste("Trang chủ/Tin tức/Kinh tế", NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("breadcrumb-with-truncated-tail", paste("Trang chủ > Tin tức > Nông dân vùng cao thu hoạch mận sớm...", NEWS,
                                             "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("truncated-copy-above", paste("Nông dân vùng cao thu hoạch mận sớm, giá bán...", NEWS, NEWS_LEAD, MORE), NEWS),
    ("truncated-copy-above-ellipsis-char", paste("Nông dân vùng cao thu hoạch mận sớm…", NEWS, "12/04/2025 07:45",
                                                 NEWS_LEAD, MORE), NEWS),
    ("headline-in-two-cases", paste(NEWS, NEWS.upper(), "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("long-menu-one-item-a-line", paste("Trang chủ", "Giới thiệu", "Tổ chức bộ máy", "Lãnh đạo", "Tin tức", "Sự kiện",
                                        "Văn bản", "Thủ tục hành chính", "Dịch vụ công", "Hỏi đáp", "Lịch công tác",
                                        "Thông báo", "Tuyển dụng", "Liên hệ", "Sơ đồ cổng", "Trang chủ > Tin tức",
                                        GOV, "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("long-menu-with-submenus", paste("Giới thiệu", "Lịch sử hình thành", "Cơ cấu tổ chức", "Chức năng nhiệm vụ",
                                      "Tin tức", "Tin trong tỉnh", "Tin trong nước", "Tin quốc tế", "Văn bản",
                                      "Văn bản của Trung ương", "Văn bản của tỉnh", "Văn bản của huyện", "Liên hệ",
                                      "Góp ý", PARTY, "14/06/2025 08:30", PARTY_LEAD, MORE), PARTY),
    # A link box's label above the headline, under a few lines of chrome: not the page's footer.
    ("most-read-box-above-headline", paste("BÁO PHÚ YÊN ĐIỆN TỬ", "Thời sự | Kinh tế | Xã hội", "Thứ Hai, 01/12/2025",
                                           "Đọc nhiều", "Khánh thành cầu dân sinh tại xã miền núi Sơn Hà",
                                           "Hội nghị xúc tiến đầu tư vào khu kinh tế Dung Quất", NEWS,
                                           "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("newest-box-above-headline", paste("CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN BÌNH SƠN", "Trang chủ | Tin tức | Liên hệ",
                                        "Thứ Hai, 01/12/2025", "Tin mới nhất",
                                        "Khánh thành cầu dân sinh tại xã miền núi Sơn Hà", GOV, "03/03/2025 10:15",
                                        GOV_LEAD, MORE), GOV),
    ("related-box-above-headline", paste("BÁO PHÚ YÊN ĐIỆN TỬ", "Thời sự | Kinh tế | Xã hội", "Thứ Hai, 01/12/2025",
                                         "Tin liên quan", "Khánh thành cầu dân sinh tại xã miền núi Sơn Hà", NEWS,
                                         "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("many-headlines-box-above", paste("BÁO PHÚ YÊN ĐIỆN TỬ", "Thời sự | Kinh tế | Xã hội", "Tin nổi bật",
                                       "Khánh thành cầu dân sinh tại xã miền núi Sơn Hà",
                                       "Hội nghị xúc tiến đầu tư vào khu kinh tế Dung Quất",
                                       "Ra quân chiến dịch tiêm chủng mở rộng cho trẻ em vùng sâu",
                                       "Ngư dân trúng đậm mùa cá ngừ đại dương đầu năm",
                                       "Tỉnh đoàn tổ chức ngày hội thanh niên tình nguyện hè",
                                       "Học sinh vùng lũ được tặng sách vở và đồ dùng học tập",
                                       "Sửa chữa tuyến đường liên xã bị sạt lở sau mưa lớn",
                                       "Nông dân chuyển đổi cây trồng kém hiệu quả sang cây ăn quả", NEWS,
                                       "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("date-and-byline-above", paste("Trang chủ > Kinh tế", "12/04/2025 07:45 | Minh Châu", NEWS, NEWS_LEAD, MORE), NEWS),
    ("exclamation-headline-no-date", paste("Trang chủ > Tin tức",
                                           "Cảnh giác với thủ đoạn giả danh công an gọi điện lừa đảo!", NEWS_LEAD,
                                           MORE), "Cảnh giác với thủ đoạn giả danh công an gọi điện lừa đảo!"),
    ("question-headline-under-kicker-no-date", paste("Hỏi - đáp chính sách",
                                                     "Có được hưởng chế độ thai sản khi nghỉ việc trước khi sinh?",
                                                     NEWS_LEAD, MORE),
     "Có được hưởng chế độ thai sản khi nghỉ việc trước khi sinh?"),
    ("series-bar-in-headline", paste("Chuyển đổi số | Bài 1: Những bước đi đầu tiên ở vùng cao", "12/04/2025 07:45",
                                     NEWS_LEAD, MORE), "Chuyển đổi số | Bài 1: Những bước đi đầu tiên ở vùng cao"),
    ("slug-names-the-headline", paste("Đại hội Đảng bộ các cấp nhiệm kỳ 2025 - 2030", "Tin nổi bật trong tuần", PARTY,
                                      PARTY_LEAD, MORE), PARTY),
    ("clock-over-welcome-sentence", paste("Thứ Hai, 01/12/2025", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ YÊN",
                                          "Chào mừng quý vị đến với Cổng thông tin điện tử tỉnh Phú Yên!", GOV,
                                          "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    # Portal software in its Vietnamese interface.
    ("sharepoint-vietnamese", paste("Bỏ qua Lệnh Ruy-băng", "Bỏ qua tới nội dung chính", "Bật chế độ truy cập dễ dàng hơn",
                                    "Tắt Hoạt hình", "Điều hướng Lên", GOV, "3/3/2025 10:15 SA", GOV_LEAD, MORE), GOV),
    ("liferay-vietnamese", paste("Trình xuất bản nội dung", "Hiển thị nội dung web", "Trở lại", GOV,
                                 "03/03/2025 10:15", GOV_LEAD, MORE), GOV),
    ("vendor-font-and-colour", paste("Cỡ chữ: Lớn Vừa Nhỏ", "Màu nền:", "Bản để in", GOV, "03/03/2025 10:15", GOV_LEAD,
                                     MORE), GOV),
    ("joomla-vietnamese-fields", paste("Chi tiết", SCHOOL, "Được đăng ngày Thứ ba, 20 Tháng 5 2025 08:30",
                                       "Lần cập nhật cuối Thứ ba, 20 Tháng 5 2025 09:00", "Viết bởi Quản trị viên",
                                       "Lượt xem: 58", SCHOOL_LEAD, MORE), SCHOOL),
    ("sharepoint-vietnamese-no-date", paste("Bỏ qua Lệnh Ruy-băng", "Bật chế độ truy cập dễ dàng hơn", "Điều hướng Lên",
                                            GOV, GOV_LEAD, MORE), GOV),
    ("liferay-vietnamese-no-date", paste("Trình xuất bản nội dung", "Hiển thị nội dung web", GOV, GOV_LEAD, MORE), GOV),
    ("market-ticker-no-date", paste("USD 25.400 | Vàng SJC 85,5 triệu | Xăng RON95 21.500", NEWS, NEWS_LEAD, MORE),
     NEWS),
    ("english-masthead-subtitle-no-date", paste("BÁO PHÚ YÊN ĐIỆN TỬ", "PHU YEN ONLINE NEWSPAPER", NEWS, NEWS_LEAD,
                                                MORE), NEWS),
    ("school-under-office-no-date", paste("Trường THCS Nguyễn Du - Phòng GD&ĐT huyện Đồng Xuân", SCHOOL, SCHOOL_LEAD,
                                          MORE), SCHOOL),
    ("spring-banner-no-date", paste("Mừng Đảng - Mừng Xuân Ất Tỵ 2025", GOV, GOV_LEAD, MORE), GOV),
    ("theme-label-capitals-no-date", paste("CHUYÊN ĐỀ HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH",
                                           PARTY, PARTY_LEAD, MORE), PARTY),
    ("weather-several-cities-no-date", paste("Hà Nội 24°C Đà Nẵng 28°C TP.HCM 32°C", NEWS, NEWS_LEAD, MORE), NEWS),
    # Headlines that open like a banner's words: the words of chrome, not chrome.
    ("headline-opening-follow", paste("Trang chủ > Thời sự", "Theo dõi chặt chẽ diễn biến mưa lũ trên địa bàn tỉnh",
                                      "12/04/2025 07:45", NEWS_LEAD, MORE),
     "Theo dõi chặt chẽ diễn biến mưa lũ trên địa bàn tỉnh"),
    ("headline-opening-copyright", paste("Trang chủ > Thể thao",
                                         "Bản quyền truyền hình giải bóng đá hạng nhất được bán cho đài tỉnh",
                                         "12/04/2025 07:45", NEWS_LEAD, MORE),
     "Bản quyền truyền hình giải bóng đá hạng nhất được bán cho đài tỉnh"),
    ("headline-opening-search", paste("Trang chủ > Thời sự", "Tìm kiếm ngư dân mất tích trên vùng biển Tuy An",
                                      "12/04/2025 07:45", NEWS_LEAD, MORE), "Tìm kiếm ngư dân mất tích trên vùng biển Tuy An"),
    ("headline-opening-with-acronym-and-dash", paste(
        "Trang chủ > Thời sự", "ASEAN - Động lực tăng trưởng của khu vực trong bối cảnh mới", "12/04/2025 07:45",
        NEWS_LEAD, MORE), "ASEAN - Động lực tăng trưởng của khu vực trong bối cảnh mới"),
    ("headline-opening-with-acronym-and-dash-under-menu", paste(
        "Trang chủ | Tin tức | Liên hệ", "HTX - Mô hình kinh tế tập thể hiệu quả ở nông thôn miền núi",
        "Minh Châu", NEWS_LEAD, MORE), "HTX - Mô hình kinh tế tập thể hiệu quả ở nông thôn miền núi"),
    # A headline naming a day.
    ("headline-ending-with-a-date", paste("Trang chủ > Tin tức", "Lễ mít tinh kỷ niệm ngày 30/4/1975", "12/04/2025 07:45",
                                          NEWS_LEAD, MORE), "Lễ mít tinh kỷ niệm ngày 30/4/1975"),
    ("headline-with-a-date-no-date-line", paste("Trang chủ > Tin tức", "Thông báo lịch tiếp công dân ngày 15/4/2025",
                                                GOV_LEAD, MORE), "Thông báo lịch tiếp công dân ngày 15/4/2025"),
    ("headline-opening-with-a-date", paste("Tin tức", "30/4/1975 - Ngày non sông thu về một mối", "12/04/2025 07:45",
                                           NEWS_LEAD, MORE), "30/4/1975 - Ngày non sông thu về một mối"),
    ("capital-headline-under-capital-masthead-no-date", paste("BÁO PHÚ YÊN ĐIỆN TỬ",
                                                             "NÔNG DÂN VÙNG CAO THU HOẠCH MẬN SỚM, GIÁ BÁN TĂNG GẦN GẤP ĐÔI",
                                                             NEWS_LEAD, MORE),
     "NÔNG DÂN VÙNG CAO THU HOẠCH MẬN SỚM, GIÁ BÁN TĂNG GẦN GẤP ĐÔI"),
    ("headline-glued-to-lead", paste(f"Trang chủ > Kinh tế", f"{NEWS}{NEWS_LEAD}", MORE), NEWS),
    ("english-clock", paste("Monday, December 1, 2025", "Trang chủ > Tin tức", SCHOOL, "20/05/2025", SCHOOL_LEAD, MORE),
     SCHOOL),
    ("aggregator-source-under-headline", paste("Vietnam.vn", "Thời sự", NEWS, "Báo Phú Yên", "12/04/2025", NEWS_LEAD,
                                               MORE), NEWS),
    ("aggregator-source-and-relative-time-line", paste("Báo Mới", NEWS, "Báo Phú Yên - 2 giờ trước", NEWS_LEAD, MORE),
     NEWS),
    ("genre-label-comment", paste("Trang chủ | Tin tức | Liên hệ", "Thứ Hai, 01/12/2025", "Bình luận", NEWS,
                                  "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    ("very-long-headlines-box-above", paste("BÁO PHÚ YÊN ĐIỆN TỬ", "Tin nổi bật",
                                            *[f"Khánh thành cầu dân sinh số {n} tại các xã miền núi" for n in range(14)],
                                            NEWS, "12/04/2025 07:45", NEWS_LEAD, MORE), NEWS),
    # The same hazards where no date line stands under the headline.
    ("long-menu-no-date", paste("Trang chủ", "Giới thiệu", "Tổ chức bộ máy", "Lãnh đạo", "Tin tức", "Sự kiện", "Văn bản",
                                "Thủ tục hành chính", "Dịch vụ công", "Hỏi đáp", "Lịch công tác", "Thông báo",
                                "Tuyển dụng", "Liên hệ", GOV, GOV_LEAD, MORE), GOV),
    ("most-read-box-above-headline-no-date", paste("BÁO PHÚ YÊN ĐIỆN TỬ", "Thời sự | Kinh tế | Xã hội", "Đọc nhiều",
                                                   "Khánh thành cầu dân sinh tại xã miền núi Sơn Hà",
                                                   "Hội nghị xúc tiến đầu tư vào khu kinh tế Dung Quất",
                                                   "Ra quân chiến dịch tiêm chủng mở rộng cho trẻ em vùng sâu", NEWS,
                                                   NEWS_LEAD, MORE), NEWS),
    ("acronym-dash-headline-no-date", paste("ASEAN - Động lực tăng trưởng của khu vực trong bối cảnh mới", NEWS_LEAD,
                                            MORE), "ASEAN - Động lực tăng trưởng của khu vực trong bối cảnh mới"),
    ("icon-before-headline-no-date", paste("Tin tức", f"📌 {NEWS}", NEWS_LEAD, MORE), NEWS),
    ("buttons-glued-no-date", paste(f"{NEWS} Nghe đọc bài A- A A+", NEWS_LEAD, MORE), NEWS),
    ("genre-label-in-brackets-kept",
     paste("(Infographic) Kết quả bầu cử Hội Nông dân tỉnh nhiệm kỳ 2023 - 2028", NEWS_LEAD, MORE),
     "(Infographic) Kết quả bầu cử Hội Nông dân tỉnh nhiệm kỳ 2023 - 2028"),
    ("starred-subheading-under-a-capitals-headline",
     paste("LỊCH SỬ HÌNH THÀNH VÀ PHÁT TRIỂN CỦA HỘI NÔNG DÂN HUYỆN", "Xem với cỡ chữ : A- A A+",
           "* Những ngày đầu thành lập Hội Nông dân huyện", NEWS_LEAD, MORE),
     "LỊCH SỬ HÌNH THÀNH VÀ PHÁT TRIỂN CỦA HỘI NÔNG DÂN HUYỆN"),
]


# Conventions the reader cannot read safely yet: case id -> why.
UNREAD = {
    "photo-caption-no-date": "a photo's caption with no cue (no credit, no date line), between the headline and the "
                             "lead: shaped as a headline under a kicker, which is the title on real pages",
}


def _case(name, body, headline):
    marks = [pytest.mark.xfail(strict=True, reason=UNREAD[name])] if name in UNREAD else []
    return pytest.param(body, headline, id=name, marks=marks)


@pytest.mark.parametrize("body, headline", [_case(*case) for case in CONVENTIONS])
def test_the_headline_is_read_through_the_chrome_around_it(body, headline):
    number = [c[1] for c in CONVENTIONS].index(body)
    assert title_of(number, body) == headline


# What a headline's own words keep: a network named once, a grade letter, "chia sẻ" as a verb.
@pytest.mark.parametrize("headline", [
    "Cảnh giác với chiêu lừa đảo mới qua Zalo",
    "Đội bóng của tỉnh giành quyền lên chơi ở giải hạng A",
    "Các chi bộ chia sẻ kinh nghiệm nâng cao chất lượng sinh hoạt",
    "Nhiều trường học hướng dẫn học sinh cách nghe đọc bài hiệu quả hơn",
    "Ca sĩ trẻ chinh phục khán giả bằng giọng nữ cao đầy nội lực",
    "-5 độ C, vùng cao xuất hiện băng giá đầu mùa",  # a sign glued to a number is no bullet
    "+12% là mức tăng trưởng tín dụng của tỉnh trong quý I",
    "“Giữ lửa” cho phong trào văn nghệ quần chúng ở cơ sở",
    "...Và những mùa hoa cải trên cao nguyên đá",
    "Clip ngư dân giải cứu cá heo thu hút 500.000 lượt xem",  # a count the headline reports
    "ĐắkLắk tổ chức hội nghị triển khai nhiệm vụ năm 2025",  # a name glued in one word is no label
    "Thời sựHà Nội sáng nay",  # too few words after the glue for a headline
])
def test_a_headline_keeps_its_own_last_words(headline):
    assert clean_headline(headline) == (headline, None)


def test_a_longer_copy_of_the_headline_further_down_stays_a_subtitle():
    short = "Mùa mận trên những triền núi cao"
    body = paste("Phóng sự", short, "Vườn mận chín ở xã Tà Xùa.", f"{short} của huyện Bắc Yên", NEWS_LEAD, MORE)
    assert title_of(900, body) == short


def test_a_date_line_glued_to_the_headline_is_the_date_and_a_spaced_one_stays_a_date_line():
    glued = fields_of(paste(f'{NEWS}12/04/2025 07:45', NEWS_LEAD, MORE), "https://example-901.vn/a")
    assert (glued["title"], glued["date"], glued["time"]) == (NEWS, dt.date(2025, 4, 12), "07:45")
    assert unglue([(1, "Tin tức sự kiện 05/03/2024 08:30")]) == [(1, "Tin tức sự kiện 05/03/2024 08:30")]


@pytest.mark.parametrize("text, label", [
    ("Tin tức - Sự kiện", True), ("Văn hóa - Văn nghệ", True), ("Giáo dục & Đào tạo", True),
    ("Thời sự - Chính trị - Xã hội", True),
    ("Việt Nam - Lào: 3-0", False),  # a score
    ("Đảng bộ xã Tân Phước - 70 năm xây dựng và trưởng thành", False),  # a headline with a number
    ("Mùa mận trên núi", False), ("Tin tức", False),
])
def test_section_labels_joined_by_a_dash(text, label):
    assert paired_labels(text) is label


def test_a_date_line_named_by_a_word_on_the_headline_line_is_the_date():
    fields = fields_of(paste(f'{GOV} Ngày đăng: 03/03/2025', GOV_LEAD, MORE), "https://example-902.vn/a")
    assert (fields["title"], fields["date"]) == (GOV, dt.date(2025, 3, 3))


@pytest.mark.parametrize("body", [
    paste(NEWS, "12/04/2025 07:45", NEWS_LEAD, "Khánh thành cầu dân sinh tại xã miền núi Sơn Hà", "10/04/2025", MORE),
    paste(NEWS, NEWS_LEAD, "Khánh thành cầu dân sinh tại xã miền núi Sơn Hà", "10/04/2025", MORE),
], ids=["dated", "undated"])
def test_the_lead_over_another_dated_headline_stays_the_lead(body):
    fields = fields_of(body, "https://example-903.vn/a")
    assert (fields["title"], fields["lead"]) == (NEWS, NEWS_LEAD)


def test_short_lines_under_the_page_text_are_no_menu():
    lines = list(enumerate([NEWS, "12/04/2025 07:45", NEWS_LEAD, "Mận tam hoa", "Mận hậu", "Mận cơm", "Mận máu",
                            "Mận Tả Van", MORE], start=1))
    assert menu_items(lines) == set()
    assert menu_items(list(enumerate(["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Liên hệ", NEWS],
                                     start=1))) == {0, 1, 2, 3}


@pytest.mark.parametrize("line, noise", [
    ("Theo dõi Báo Phú Yên trên", True), ("Theo dõi Báo Phú Yên trên Google News", True),
    ("Theo dõi chúng tôi trênFacebook", True), ("Bản quyền thuộc về Báo Phú Yên", True),
    ("Bản quyền © 2025 Cổng thông tin điện tử tỉnh", True),
    ("Theo dõi chặt chẽ diễn biến mưa lũ trên địa bàn tỉnh", False),
    ("Theo dõi sức khỏe người dân trên địa bàn sau lũ.", False),
    ("Bản quyền truyền hình giải bóng đá hạng nhất được bán cho đài tỉnh", False),
])
def test_a_banner_is_noise_and_a_headline_opening_with_its_words_is_not(line, noise):
    assert is_noise_line(line) is noise


def test_a_bare_source_tag_still_opens_a_lead_that_is_a_sentence():
    fields = fields_of(paste(NEWS, '12/04/2025 07:45', 'PYO - ' + NEWS_LEAD, MORE), "https://example-904.vn/a")
    assert (fields["title"], fields["lead"], fields["marker"]) == (NEWS, NEWS_LEAD, "PYO")


@pytest.mark.parametrize("line, date_line", [
    ("Cập nhật ngày 12/04/2025", True), ("Tin tức sự kiện Thứ hai ngày 12/04/2025 08:30", True),
    ("Hà Nội, ngày 12/04/2025", True), ("Ngày đăng: 12/04/2025", True),
    ("Hoạt động sự kiện ngày 12/04/2025 08:30", True),  # a time beside it: a section's date line
    ("Lễ mít tinh kỷ niệm ngày 30/4/1975", False), ("Thông báo lịch tiếp công dân ngày 15/4/2025", False),
])
def test_a_headline_naming_the_day_of_its_event_is_no_date_line(line, date_line):
    assert (date_candidate(0, 1, line) is not None) is date_line


def test_a_headline_glued_to_the_lead_is_split_and_a_glued_name_is_not():
    assert unglue([(1, f"{NEWS}{NEWS_LEAD}")]) == [(1, NEWS), (1, NEWS_LEAD)]
    named = f"Doanh nghiệp ra mắt dòng iPhone mới tại thị trường tỉnh {NEWS_LEAD}"
    assert unglue([(1, named)]) == [(1, named)]


def test_a_photo_story_without_sentences_still_ends_at_its_footer():
    captions = [f"Vườn mận thứ {n} ở xã Tà Xùa vào mùa thu hoạch" for n in range(14)]
    kept = strip_chrome(list(enumerate([NEWS, "12/04/2025 07:45", *captions, "Tin liên quan",
                                        "Khánh thành cầu dân sinh tại xã miền núi Sơn Hà"], start=1)))
    assert kept[-1][1] == captions[-1]


@pytest.mark.parametrize("line, widget", [
    ("Báo Phú Yên - 2 giờ trước", True), ("3 ngày trước", True), ("Tuổi Trẻ | vừa xong", True),
    ("Tìm thấy thi thể người đàn ông mất tích từ 3 ngày trước", False),
])
def test_an_aggregators_age_of_a_story_is_no_headline(line, widget):
    assert relative_time(line) is widget

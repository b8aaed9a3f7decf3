"""Title, date and writer as religious bodies' sites print them (issue 13, conventions round 7), on
made-up pastes.

Catholic parishes and dioceses sign with a priest's, a bishop's, a deacon's or a sister's title
("Lm.", "Cha", "Đức cha", "Phó tế", "Sr.", "Nt.", "Gm.", "Thầy") and a saint's name before the
name ("Giuse Maria X", "Vinh Sơn X", "FX. X"), an order's initials after it ("Gioan X, SJ"), call
Sunday "Chúa Nhật" on the date line and print the liturgical day over a homily ("Chúa Nhật XI
Thường Niên - Năm B"). Buddhist sites sign "HT. Thích X", "TT. Thích Y", "ĐĐ. Thích Z", "Ni sư
Thích Nữ W", GĐPT's "Huynh trưởng X", and print the Buddhist year beside the common one ("PL. 2568
- DL. 2024"), a lunar day, "(Xem: 7186)" glued to the date. Cao Đài sites print "Gửi ngày
dd/mm/yyyy", the Đạo year ("Năm Đạo thứ 99 - Ất Tỵ") and titles before holy names with no
surname ("Giáo hữu Thượng Minh Thanh", "Lễ sanh Ngọc Đức Thanh", "Hiền huynh", "Hiền tỷ").
Protestant sites sign "Mục sư X", "MS. X", "Truyền đạo Y". Every paste is made up; every name is
invented. A team credit, a source line, a person named in the lead or a caption is no writer; a
lunar or a feast's day, a view counter and a Buddhist or Đạo year are no publication date.
"""
import pytest

from archive.read.bylines import parse_byline
from archive.read.person_names import person_name
from archive.read.religious_calendars import calendar_line
from archive.read.order_letters import order_letters, without_order_letters
from archive.read.religious_titles import holy_name, title_before_religious_name
from made_up_pastes import read_paste


def page(n: int, *lines: str) -> str:
    return f"---\nurl: https://site-{n}.example.org/tin-tuc/bai-{n}.html\n---\n" + "\n\n".join(lines) + "\n"


# ---------------------------------------------------------------- Catholic
CH = "Giáo xứ Tân Hòa mừng lễ bổn mạng và khánh thành nhà giáo lý mới"
C_LEAD = ("Sáng Chúa Nhật 16/6/2024, cộng đoàn giáo xứ Tân Hòa đã long trọng mừng lễ bổn mạng giáo xứ trong "
          "bầu khí hân hoan.")
C_BODY = "Thánh lễ do cha chánh xứ chủ sự, cùng với nhiều linh mục trong giáo hạt đồng tế và đông đảo bà con giáo dân tham dự."
C_LAST = "Sau thánh lễ, mọi người cùng chung vui bữa cơm thân mật trong khuôn viên nhà xứ."


def catholic(n, top=("16/06/2024 08:30",), end=(), head=(), lead=C_LEAD, headline=CH):
    return page(n, "GIÁO PHẬN MẪU SƠN", "Trang chủ Tin tức Giáo xứ Mục vụ", *head, headline, *top, lead, C_BODY,
                C_LAST, *end, "Bài viết liên quan")


# ---------------------------------------------------------------- Buddhist
BH = "Ban Trị sự Phật giáo huyện Tân Phước trao quà cho hộ nghèo nhân mùa Vu lan"
B_LEAD = ("Sáng ngày 18/8/2024 (nhằm ngày 15 tháng 7 năm Giáp Thìn), Ban Trị sự Phật giáo huyện Tân Phước đã "
          "tổ chức trao 300 phần quà cho các hộ nghèo.")
B_BODY = ("Chư Tôn đức Tăng Ni cùng Phật tử các chùa trong huyện đã chung tay đóng góp tịnh tài, tịnh vật để các "
          "phần quà được đầy đủ.")
B_LAST = "Buổi lễ kết thúc trong không khí ấm áp tình đạo vị."


def buddhist(n, top=("18/08/2024 09:15",), end=(), head=(), lead=B_LEAD, headline=BH):
    return page(n, "PHẬT GIÁO TỈNH MẪU SƠN", "Trang chủ Tin tức Phật sự Hoằng pháp", *head, headline, *top, lead,
                B_BODY, B_LAST, *end, "Các tin đã đăng")


# ---------------------------------------------------------------- Cao Đài
DH = "Thánh thất Tân Phước tổ chức lễ Vía Đức Chí Tôn và trao quà từ thiện"
D_LEAD = ("Sáng ngày 9 tháng Giêng năm Giáp Thìn (dl. 18/02/2024), Thánh thất Tân Phước long trọng tổ chức lễ vía "
          "với sự tham dự của đông đảo đồng đạo.")
D_BODY = "Chư chức sắc, chức việc cùng đồng đạo các họ đạo lân cận đã về dự lễ rất đông đủ, trang nghiêm."


def caodai(n, top=("Gửi ngày 19/02/2024",), end=(), headline=DH, lead=D_LEAD):
    return page(n, "ĐẠI ĐẠO TAM KỲ PHỔ ĐỘ", "Trang chủ Tin tức đạo sự", headline, *top, lead, D_BODY, B_LAST, *end)


# ---------------------------------------------------------------- Protestant
PH = "Hội Thánh Tin Lành Tân Phước tổ chức lễ cảm tạ kỷ niệm 50 năm thành lập"
P_LEAD = ("Sáng ngày 14/07/2024, Hội Thánh Tin Lành Tân Phước tổ chức lễ cảm tạ Chúa nhân kỷ niệm 50 năm thành "
          "lập tại nhà thờ.")


def protestant(n, top=("14/07/2024",), end=(), lead=P_LEAD):
    return page(n, "HỘI THÁNH TIN LÀNH MẪU SƠN", "Trang chủ Tin tức Bồi linh", PH, *top, lead, B_BODY, B_LAST, *end,
                "Bài viết khác")


C_DAY, B_DAY, B_DAY2, D_DAY, P_DAY = "2024-06-16", "2024-08-18", "2024-08-19", "2024-02-19", "2024-07-14"

# (id, paste, title, date as ISO or None, author)
CASES = [
    # -- Catholic writers, under the headline and at the end
    ("lm-top", catholic(1, top=("Lm. Giuse Trần Văn Khải", "16/06/2024")), CH, C_DAY, "Lm. Giuse Trần Văn Khải"),
    ("lm-end", catholic(2, end=("Lm. Phêrô Nguyễn Văn Lực",)), CH, C_DAY, "Lm. Phêrô Nguyễn Văn Lực"),
    ("lm-no-stop", catholic(3, end=("LM Giuse Trần Văn Khải",)), CH, C_DAY, "LM Giuse Trần Văn Khải"),
    ("linh-muc-end", catholic(4, end=("Linh mục Antôn Vũ Đình Thọ",)), CH, C_DAY, "Linh mục Antôn Vũ Đình Thọ"),
    ("two-saints", catholic(5, end=("Giuse Maria Lê Quốc Thành",)), CH, C_DAY, "Giuse Maria Lê Quốc Thành"),
    ("vinh-son", catholic(6, end=("Vinh Sơn Lê Hữu Phúc",)), CH, C_DAY, "Vinh Sơn Lê Hữu Phúc"),
    ("fx", catholic(7, end=("FX. Trần Văn Hùng",)), CH, C_DAY, "FX. Trần Văn Hùng"),
    ("phanxico-xavie", catholic(8, end=("Phanxicô Xaviê Đoàn Minh Tuấn",)), CH, C_DAY, "Phanxicô Xaviê Đoàn Minh Tuấn"),
    ("cha", catholic(9, end=("Cha Vinh Sơn Lê Hữu Phúc",)), CH, C_DAY, "Cha Vinh Sơn Lê Hữu Phúc"),
    ("cha-top", catholic(10, top=("Cha Giuse Phạm Văn Bình", "16/06/2024")), CH, C_DAY, "Cha Giuse Phạm Văn Bình"),
    ("sr", catholic(11, end=("Sr. Maria Nguyễn Thị Hoa",)), CH, C_DAY, "Sr. Maria Nguyễn Thị Hoa"),
    ("nt", catholic(12, end=("Nt. Anna Phạm Thị Lan",)), CH, C_DAY, "Nt. Anna Phạm Thị Lan"),
    ("gm", catholic(13, end=("Gm. Phêrô Nguyễn Văn Khảm",)), CH, C_DAY, "Gm. Phêrô Nguyễn Văn Khảm"),
    ("duc-cha", catholic(14, end=("Đức cha Giuse Đỗ Mạnh Hùng",)), CH, C_DAY, "Đức cha Giuse Đỗ Mạnh Hùng"),
    ("duc-cha-caps", catholic(15, end=("ĐỨC CHA ĐỖ MẠNH HÙNG",)), CH, C_DAY, "Đức cha Đỗ Mạnh Hùng"),
    ("pho-te", catholic(16, end=("Phó tế Đaminh Vũ Văn Long",)), CH, C_DAY, "Phó tế Đaminh Vũ Văn Long"),
    ("thay", catholic(17, end=("Thầy Giuse Lê Văn Bình",)), CH, C_DAY, "Thầy Giuse Lê Văn Bình"),
    ("tu-si", catholic(18, end=("Tu sĩ Phêrô Đặng Văn An",)), CH, C_DAY, "Tu sĩ Phêrô Đặng Văn An"),
    ("sj", catholic(19, end=("Gioan Nguyễn Văn Ân, SJ",)), CH, C_DAY, "Gioan Nguyễn Văn Ân"),
    ("sj-dots", catholic(20, end=("Lm. Gioan Nguyễn Văn Ân, S.J.",)), CH, C_DAY, "Lm. Gioan Nguyễn Văn Ân"),
    ("op", catholic(21, end=("Lm. Đa Minh Trần Quang Vinh, OP",)), CH, C_DAY, "Lm. Đa Minh Trần Quang Vinh"),
    ("parish-bracket", catholic(22, end=("Maria Trần Thị Huệ (GX. Tân Hòa)",)), CH, C_DAY, "Maria Trần Thị Huệ"),
    ("tin-anh", catholic(23, end=("Tin, ảnh: Phaolô Hoàng Minh",)), CH, C_DAY, "Phaolô Hoàng Minh"),
    ("tac-gia-lm", catholic(24, top=("Tác giả: Lm. Antôn Vũ Đình Thọ", "16/06/2024")), CH, C_DAY,
     "Lm. Antôn Vũ Đình Thọ"),
    ("tac-gia-chua-nhat", catholic(25, top=("Tác giả: Lm. Antôn Vũ Đình Thọ", "Chúa Nhật, 16/06/2024",
                                            "Lượt xem: 1.234")), CH, C_DAY, "Lm. Antôn Vũ Đình Thọ"),
    ("chua-nhat-date", catholic(26, top=("Chúa Nhật, 16/06/2024",)), CH, C_DAY, ""),
    ("chua-nhat-caps", catholic(27, top=("CHÚA NHẬT, 16/06/2024 - 08:30",)), CH, C_DAY, ""),
    ("weekday-views", catholic(28, top=("Thứ Hai, 17/06/2024 | Lượt xem: 567",)), CH, "2024-06-17", ""),
    # the liturgical day printed by the date: no headline
    ("feast-under", catholic(29, top=("Chúa Nhật XI Thường Niên", "16/06/2024")), CH, C_DAY, ""),
    ("feast-year", catholic(30, top=("Chúa Nhật XI Thường Niên - Năm B", "16/06/2024")), CH, C_DAY, ""),
    ("feast-weekday", catholic(31, top=("Thứ Hai tuần II Mùa Vọng", "16/06/2024")), CH, C_DAY, ""),
    ("feast-above", catholic(32, head=("Chúa Nhật 3 Mùa Chay",)), CH, C_DAY, ""),
    ("feast-easter", catholic(33, top=("Chúa Nhật II Phục Sinh, năm C", "16/06/2024")), CH, C_DAY, ""),
    # -- Catholic: no writer
    ("team", catholic(34, end=("Ban Truyền thông Giáo xứ Tân Hòa",)), CH, C_DAY, ""),
    ("team-initials", catholic(35, end=("BTT GX Tân Hòa",)), CH, C_DAY, ""),
    ("source-hdgm", catholic(36, end=("Nguồn: HĐGMVN",)), CH, C_DAY, ""),
    ("agency-initials", catholic(37, end=("WHĐ",)), CH, C_DAY, ""),
    ("priest-in-lead", catholic(38, lead="Linh mục Giuse Trần Văn Khải, chánh xứ, chủ sự thánh lễ lúc 8 giờ sáng "
                                         "với sự hiện diện của đông đảo giáo dân."), CH, C_DAY, ""),
    ("priest-caption", catholic(39, end=("Cha Giuse Trần Văn Khải chủ sự thánh lễ",)), CH, C_DAY, ""),
    ("feast-in-lead", catholic(40, top=(), lead="Chúa Nhật XI Thường Niên năm nay, ngày 16/6/2024, giáo xứ "
                                                "Tân Hòa mừng lễ bổn mạng."), CH, None, ""),
    ("parents", catholic(41, end=("Cha mẹ Nguyễn Văn An",)), CH, C_DAY, ""),
    ("teacher", catholic(42, end=("Thầy giáo Nguyễn Văn An",)), CH, C_DAY, ""),
    # -- Buddhist writers
    ("ht-top", buddhist(43, top=("HT. Thích Minh Tâm", "18/08/2024")), BH, B_DAY, "HT. Thích Minh Tâm"),
    ("ht-end", buddhist(44, end=("HT. Thích Minh Tâm",)), BH, B_DAY, "HT. Thích Minh Tâm"),
    ("ht-no-stop", buddhist(45, end=("HT Thích Minh Tâm",)), BH, B_DAY, "HT Thích Minh Tâm"),
    ("ht-glued", buddhist(46, end=("HT.Thích Minh Tâm",)), BH, B_DAY, "HT. Thích Minh Tâm"),
    ("tt-end", buddhist(47, end=("TT. Thích Quảng Đức",)), BH, B_DAY, "TT. Thích Quảng Đức"),
    ("dd-end", buddhist(48, end=("ĐĐ. Thích Thiện Hạnh",)), BH, B_DAY, "ĐĐ. Thích Thiện Hạnh"),
    ("dd-no-stop", buddhist(49, end=("ĐĐ Thích Thiện Hạnh",)), BH, B_DAY, "ĐĐ Thích Thiện Hạnh"),
    ("ns-end", buddhist(50, end=("NS. Thích Nữ Như Liên",)), BH, B_DAY, "NS. Thích Nữ Như Liên"),
    ("ni-su", buddhist(51, end=("Ni sư Thích Nữ Như Liên",)), BH, B_DAY, "Ni sư Thích Nữ Như Liên"),
    ("thich-nu", buddhist(52, end=("Thích Nữ Diệu Hạnh",)), BH, B_DAY, "Thích Nữ Diệu Hạnh"),
    ("thuong-toa", buddhist(53, end=("Thượng tọa Thích Minh Tâm",)), BH, B_DAY, "Thượng tọa Thích Minh Tâm"),
    ("thay-thich", buddhist(54, end=("Thầy Thích Minh Tâm",)), BH, B_DAY, "Thầy Thích Minh Tâm"),
    ("huynh-truong", buddhist(55, end=("Huynh trưởng Nguyễn Văn Tâm",)), BH, B_DAY, "Huynh trưởng Nguyễn Văn Tâm"),
    ("tac-gia-ht", buddhist(56, top=("Tác giả: HT. Thích Trí Quảng", "18/08/2024")), BH, B_DAY,
     "HT. Thích Trí Quảng"),
    ("tin-anh-dharma", buddhist(57, end=("Tin, ảnh: Quảng Minh",)), BH, B_DAY, "Quảng Minh"),
    ("dharma-pen", buddhist(58, end=("Nguyên Chiếu",)), BH, B_DAY, "Nguyên Chiếu"),
    ("ht-caps", buddhist(59, end=("HT. THÍCH MINH TÂM",)), BH, B_DAY, "HT. Thích Minh Tâm"),
    # -- Buddhist dates: the common year read, the Buddhist one no headline
    ("pl-line", buddhist(60, top=("PL. 2568 - DL. 2024", "18/08/2024")), BH, B_DAY, ""),
    ("phat-lich", buddhist(61, top=("Phật lịch 2568", "18/08/2024")), BH, B_DAY, ""),
    ("pl-en-dash", buddhist(62, top=("PL.2568 – DL.2024", "18/08/2024")), BH, B_DAY, ""),
    ("pl-with-date", buddhist(63, top=("Thứ Hai, 19/08/2024 - PL. 2568",)), BH, B_DAY2, ""),
    ("xem-glued", buddhist(64, top=("19/08/2024(Xem: 7186)",)), BH, B_DAY2, ""),
    ("xem-glued-clock", buddhist(65, top=("19/08/2024 08:10(Xem: 7186)",)), BH, B_DAY2, ""),
    ("lunar-under", buddhist(66, top=("Rằm tháng Bảy năm Giáp Thìn",)), BH, None, ""),
    ("lunar-numeric", buddhist(67, top=("ngày 15 tháng 7 năm Giáp Thìn", "18/08/2024")), BH, B_DAY, ""),
    ("lunar-giêng", buddhist(68, top=("Rằm tháng Giêng", "18/08/2024")), BH, B_DAY, ""),
    ("pl-headline", buddhist(69, headline="Đại lễ Phật đản PL. 2568 - DL. 2024 tại chùa Tân Phước"),
     "Đại lễ Phật đản PL. 2568 - DL. 2024 tại chùa Tân Phước", B_DAY, ""),
    # -- Buddhist: no writer
    ("collected", buddhist(70, end=("Sưu tầm",)), BH, B_DAY, ""),
    ("editor", buddhist(71, end=("Biên tập: Quảng Tâm",)), BH, B_DAY, ""),
    ("monk-caption", buddhist(72, lead="HT. Thích Minh Tâm chủ trì lễ trao quà."), BH, B_DAY, ""),
    ("monk-in-lead", buddhist(73, lead="Sáng 18/8, HT. Thích Minh Tâm, Trưởng ban Trị sự, đã chủ trì buổi lễ trao "
                                       "300 phần quà cho các hộ nghèo trong huyện."), BH, B_DAY, ""),
    ("dignitary-caption", buddhist(74, end=("HT. Thích Minh Tâm – Trưởng ban Trị sự Phật giáo huyện", B_LAST)), BH,
     B_DAY, ""),
    ("team-bts", buddhist(75, end=("Ban Thông tin Truyền thông Phật giáo tỉnh",)), BH, B_DAY, ""),
    ("township", buddhist(76, end=("TT. Phú Mỹ",)), BH, B_DAY, ""),
    ("greeting", buddhist(77, lead="Nam mô A Di Đà Phật", end=("Quảng Tâm",)), BH, B_DAY, "Quảng Tâm"),
    ("buddha", buddhist(78, end=("Nam mô Bổn Sư Thích Ca Mâu Ni Phật",)), BH, B_DAY, ""),
    # -- Cao Đài
    ("gui-ngay", caodai(79), DH, D_DAY, ""),
    ("dao-year", caodai(80, top=("Năm Đạo thứ 99 - Ất Tỵ", "Gửi ngày 19/02/2025")), DH, "2025-02-19", ""),
    ("dao-year-alone", caodai(81, top=("Đại Đạo Tam Kỳ Phổ Độ năm thứ 99",)), DH, None, ""),
    ("cyclic-year", caodai(82, top=("Giáp Thìn", "Gửi ngày 19/02/2024")), DH, D_DAY, ""),
    ("giao-huu", caodai(83, end=("Giáo hữu Thượng Minh Thanh",)), DH, D_DAY, "Giáo hữu Thượng Minh Thanh"),
    ("le-sanh", caodai(84, end=("Lễ sanh Ngọc Đức Thanh",)), DH, D_DAY, "Lễ sanh Ngọc Đức Thanh"),
    ("hien-huynh", caodai(85, end=("Hiền huynh Thượng Minh Thanh",)), DH, D_DAY, "Hiền huynh Thượng Minh Thanh"),
    ("hien-ty", caodai(86, end=("Hiền tỷ Nguyễn Thị Mai",)), DH, D_DAY, "Hiền tỷ Nguyễn Thị Mai"),
    ("phoi-su", caodai(87, end=("Phối sư Thái Hòa Thanh",)), DH, D_DAY, "Phối sư Thái Hòa Thanh"),
    ("chuc-sac", caodai(88, end=("Chức sắc Lê Văn Tâm",)), DH, D_DAY, "Chức sắc Lê Văn Tâm"),
    ("holy-caps", caodai(89, end=("GIÁO HỮU THƯỢNG MINH THANH",)), DH, D_DAY, "Giáo hữu Thượng Minh Thanh"),
    ("cd-lunar-lead", caodai(90, top=()), DH, None, ""),
    ("cd-source", caodai(91, end=("(Tin Tây Ninh ngày 18/02/2024)",)), DH, D_DAY, ""),
    ("cd-dignitary-lead", caodai(92, lead="Giáo hữu Thượng Minh Thanh, Cai quản Họ đạo, đã chủ lễ với sự tham dự "
                                          "của đông đảo đồng đạo."), DH, D_DAY, ""),
    # -- Protestant
    ("muc-su", protestant(93, end=("Mục sư Nguyễn Văn Bình",)), PH, P_DAY, "Mục sư Nguyễn Văn Bình"),
    ("ms", protestant(94, end=("MS. Nguyễn Văn Bình",)), PH, P_DAY, "MS. Nguyễn Văn Bình"),
    ("ms-top", protestant(95, top=("MS. Trần Văn Sơn", "14/07/2024")), PH, P_DAY, "MS. Trần Văn Sơn"),
    ("truyen-dao", protestant(96, end=("Truyền đạo Lê Thị Hoa",)), PH, P_DAY, "Truyền đạo Lê Thị Hoa"),
    ("tac-gia-ms", protestant(97, top=("Tác giả: Mục sư Trần Văn Sơn | 14/07/2024",)), PH, P_DAY,
     "Mục sư Trần Văn Sơn"),
    ("pastor-in-lead", protestant(98, lead="Mục sư Nguyễn Văn Bình giảng Lời Chúa với chủ đề tạ ơn trong buổi lễ "
                                           "kỷ niệm."), PH, P_DAY, ""),
    ("church-credit", protestant(99, end=("Hội Thánh Tin Lành Tân Phước",)), PH, P_DAY, ""),
    ("ms-caps", protestant(100, end=("MS. NGUYỄN VĂN BÌNH",)), PH, P_DAY, "MS. Nguyễn Văn Bình"),
]


@pytest.mark.parametrize("text, title, date, author", [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_a_religious_site_as_it_prints_its_head(text, title, date, author):
    fields = read_paste(text).fields
    assert fields.get("title") == title
    assert (fields["date"].isoformat() if fields.get("date") else None) == date
    assert (fields.get("author") or "") == author


CALENDAR = [
    ("PL. 2568 - DL. 2024", True), ("PL.2568 – DL.2024", True), ("Phật lịch 2568", True),
    ("phật lịch 2568", True), ("PL 2567 | DL 2023", True), ("Năm Đạo thứ 99 - Ất Tỵ", True),
    ("năm Đạo thứ 100", True), ("Ất Tỵ", True), ("Giáp Thìn", True), ("Rằm tháng Giêng năm Giáp Thìn", True),
    ("ngày 15 tháng 4 năm Giáp Thìn", True), ("mùng 8 tháng Chạp", True), ("Chúa Nhật XI Thường Niên", True),
    ("CHÚA NHẬT XI THƯỜNG NIÊN - NĂM B", True), ("Thứ Hai tuần II Mùa Vọng", True), ("Chúa Nhật 3 Mùa Chay", True),
    ("Đại Đạo Tam Kỳ Phổ Độ năm thứ 99", True),
    # near-misses: a headline holding one among other words, a common date, a bare letter, prose
    ("Đại lễ Phật đản PL. 2568 tại chùa Tân Phước", False), ("18/08/2024", False), ("Năm B", False),
    ("Ngày 15 tháng 4 năm 2024, giáo xứ mừng lễ", False), ("Tân Phước", False), ("Phật lịch", False),
    ("Chúa Nhật, 16/06/2024", False), ("Giáp Thìn về, Phật tử đi lễ chùa đầu năm", False), ("", False),
]


@pytest.mark.parametrize("line, expected", CALENDAR)
def test_a_religious_calendar_s_line(line, expected):
    assert calendar_line(line) is expected


TITLES = [
    ("Cha Giuse Trần Văn Khải", 4), ("HT. Thích Minh Tâm", 4), ("HT.Thích Minh Tâm", 3), ("TT Thích Minh Tâm", 3),
    ("NS. Thích Nữ Như Liên", 4), ("Thầy Phêrô Lê Văn An", 5), ("Cha Vinh Sơn Lê Hữu Phúc", 4),
    ("cha Giuse Trần Văn Khải", 0), ("Cha mẹ Nguyễn Văn An", 0), ("Thầy giáo Lê Văn An", 0), ("TT. Phú Mỹ", 0),
    ("HT. Nguyễn Văn An", 0), ("Chủ tịch Nguyễn Văn An", 0), ("Hà Nội", 0),
]


@pytest.mark.parametrize("text, length", TITLES)
def test_a_title_that_is_also_a_word_stands_only_before_a_religious_name(text, length):
    assert title_before_religious_name(text) == length


@pytest.mark.parametrize("name, holy", [
    ("Thượng Minh Thanh", True), ("Ngọc Đức Thanh", True), ("Thái Hòa Thanh", True), ("Thượng Văn Minh Thanh", True),
    ("Thượng Minh", False), ("Minh Đức Thanh", False), ("Thượng tọa Thanh", False), ("Ngọc Thanh", False),
])
def test_a_cao_dai_holy_name(name, holy):
    assert holy_name(name.split()) is holy


@pytest.mark.parametrize("tail, order", [  # and the line without them
    ("SJ", True), ("S.J.", True), ("OP", True), ("CSsR", True), ("SDB", True), ("OFM", True), ("(SVD)", True),
    ("TTXVN", False), ("Giáo xứ Tân Hòa", False), ("Hà Nội", False),
])
def test_a_religious_order_s_initials(tail, order):
    assert order_letters(tail) is order
    assert without_order_letters(f"Gioan Nguyễn Văn Ân, {tail}") == ("Gioan Nguyễn Văn Ân" if order else f"Gioan Nguyễn Văn Ân, {tail}")


@pytest.mark.parametrize("line, names", [
    ("Lm. Giuse Trần Văn Khải", ("Lm. Giuse Trần Văn Khải",)),
    ("HT. Thích Minh Tâm", ("HT. Thích Minh Tâm",)),
    ("Gioan Nguyễn Văn Ân, SJ", ("Gioan Nguyễn Văn Ân",)),
    ("Giáo hữu Thượng Minh Thanh", ("Giáo hữu Thượng Minh Thanh",)),
    ("Đức cha Giuse Đỗ Mạnh Hùng", ("Đức cha Giuse Đỗ Mạnh Hùng",)),
    ("Chúa Nhật", ()), ("CHÚA NHẬT", ()), ("Cha Giuse", ()), ("HT. Thích Minh Tâm chủ trì lễ", ()),
    ("Ban Truyền thông Giáo xứ Tân Hòa", ()),
])
def test_a_religious_byline_line(line, names):
    assert parse_byline(line) == names


def test_a_holy_name_is_a_name_and_sunday_is_not():
    assert person_name("Thượng Minh Thanh") == "Thượng Minh Thanh"
    assert person_name("Chúa Nhật") == ""
    assert person_name("Giáp Thìn") == "" and person_name("ẤT TỴ") == ""
    assert person_name("Giáp Văn Thìn") == "Giáp Văn Thìn"  # a surname, then a name: a person

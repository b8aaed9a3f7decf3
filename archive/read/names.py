"""The reader's word lists for people and places, in one place, all folded
(archive.text.normalize.fold: no tone marks, đ -> d, lower case).

A byline is a person's name. Vietnamese surnames are a closed list (surnames.py, matched
with their tone marks), so a name that opens (or, given name first, ends) with one is a
name; a pen name of two capitalised syllables ("Bình Yên", "Quốc Bình") is one too,
unless it is a place, an organisation or an interface word ("Mới Nhất", "Tiêu Điểm"),
which these lists rule out; an interface word in another language is no Vietnamese
syllable (person_names.py).
"""
from __future__ import annotations

from archive.read.contact_names import CONTACT_WORDS  # re-exported: date lines and byline slots ask names
from archive.read.genres import BYLINE_GENRES
from archive.read.honorary_titles import HONORARY_TITLES  # re-exported: bylines.py asks it
from archive.read.religious_names import RELIGIOUS_TITLES, SAINT_NAMES
from archive.registry.vocabulary import TYPE_WORDS
from archive.text.dates import MERIDIEM_MARKS
from archive.text.normalize import fold, tone_key

# Provinces, cities and regions (names before and after the 2025 merger), folded: a
# byline is never a place, and "Hà Nội, Ngày 17/02/2020" is a site clock, not a date line.
PLACES = frozenset(line.strip() for line in """
ha noi
tp hcm
tp.hcm
tphcm
tp ho chi minh
thanh pho ho chi minh
ho chi minh
sai gon
hai phong
da nang
can tho
hue
thua thien hue
an giang
ba ria - vung tau
ba ria vung tau
bac giang
bac kan
bac lieu
bac ninh
ben tre
binh dinh
binh duong
binh phuoc
binh thuan
ca mau
cao bang
dak lak
dak nong
dien bien
dong nai
dong thap
gia lai
ha giang
ha nam
ha tinh
hai duong
hau giang
hoa binh
hung yen
khanh hoa
kien giang
kon tum
lai chau
lam dong
lang son
lao cai
long an
nam dinh
nghe an
ninh binh
ninh thuan
phu tho
phu yen
quang binh
quang nam
quang ngai
quang ninh
quang tri
soc trang
son la
tay ninh
thai binh
thai nguyen
thanh hoa
tien giang
tra vinh
tra my
tra bong
tra cu
tra on
tra linh
tuyen quang
vinh long
vinh phuc
yen bai
tay nguyen
tay bac
dong bac
nam bo
tay nam bo
dong nam bo
mien bac
mien trung
mien nam
viet nam
hoang sa
truong sa
sa pa
""".strip().splitlines())

# Words that open a line naming an organisation, an interface element or a credit, not
# a person: "Báo Sơn La", "Ban Biên Tập", "Tin liên quan", "Theo VOV", a hospital's or a
# company's department ("Khoa Nhi", "Phòng Truyền thông"), a school's subject group ("Tổ Văn"). Lower case with
# tone marks, not folded: "Đảng ủy" is no name but "Đặng Xuân Phong" is, and both fold
# to "dang". Words that are also surnames or given names (Đoàn, Công, Trung) are left out.
UNIT_FIRST = frozenset("khoa phòng tổ".split())  # a department's, a group's first word (labelled_pen_names.py too)
NOT_NAME_FIRST = UNIT_FIRST | frozenset("""
báo tạp đài ban sở bộ cổng trang học viện ủy uỷ đảng huyện tỉnh hội tin bài ảnh nguồn theo
video clip infographic infographics xem chia gửi phóng thời ông bà mẹ đồng chuyên mục tag
tags từ một các những quay trở về phỏng
kt. tm. tl. tuq. t/m k/t
tp tp. tx tx. xã phường quận
mường buôn nậm bản giỗ lễ tết
""".split())  # "kt. tm. ...": how a document's signature opens ("TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH");
# "tp tx ...": a place's prefix ("TP Tây Ninh", "TX. Sơn Tây": a place label by the date line);
# "mường buôn nậm bản": the words upland places are named with ("Mường Lát", "Buôn Đôn", "Nậm Pồ"), no surname;
# "giỗ lễ tết": a commemoration's, a rite's or a festival's day opens its name ("Giỗ Tổ Hùng Vương"), no person's;
# "phỏng": "Phỏng theo X" (adapted from X, round 116) and "Phỏng vấn" (an interview) open no name, nor "mẹ" (round 121)

# Whole lines that look like names but are interface words, sections, credits, a portal's menus
# ("Tổ Chức", "Đào Tạo"), the national motto's words ("ĐỘC LẬP - TỰ DO - HẠNH PHÚC"), a compiler's
# note and a letter's greeting and closing ("Tổng Hợp", "Kính Gửi", "Trân Trọng"), how Party pages
# name President Hồ and President Tôn ("Bác Hồ", a tag), and posts printed in capitals over a signer
# ("GIÁM ĐỐC"), and who a portal's author field names when no person is named: a youth or pioneer unit,
# the library, the site's administrator, "Ẩn danh" (anonymous), an office's clerk or accountant; the words a
# subheading is made of ("TIẾP TỤC", "NÂNG CAO", "KẾT QUẢ"), where a paste cut mid-text may stop, two
# syllables in capitals shaped as a pen name (words a parent may name a child, "Quyết Tâm", and words
# that fold to a name, "Vận Động" as "Văn Đông", "Định Hướng" as "Đinh Hương", stay out);
# a series' marks under a part ("CÒN NỮA", "Tiếp Theo", "Kỳ Tới"), a note that the text is abridged or
# translated ("Lược Trích", "Biên Dịch"), President Hồ named as quoted ("Hồ Chủ Tịch"), and the page's
# buttons in title case ("Lượt Xem", "Tải Về", "Nghe Đọc"), which a copy may glue after the last stop
# (not those that fold to a name: "Minh Họa" is "Minh Hòa", "Phản Hồi" "Phan Hội", "Đăng Ký" "Đặng Kỳ").
# A portal's menu items in capitals ("KHEN THƯỞNG", "XỬ PHẠT", "THI ĐUA") and a visit counter's labels
# ("Thống Kê", "Hôm Nay", "Tổng Số") stand where an end byline does (round 46); a library's, a sport's (round 118); a
# finance site's ("Cá Nhân"; not "Đầu Tư", "Đậu Tú", round 123), a health or about page's ("Khuyến Cáo", round 125).
NOT_NAMES = frozenset(phrase.strip() for phrase in """
ban doc, ban doc phan hoi, binh luan, y kien, nong thon, thoi su, chinh tri, xa hoi, kinh te,
van hoa, the thao, phap luat, quoc te, giao duc, suc khoe, doi song, quoc phong, an ninh,
thong tin, tin tuc, trang chu, trang tin, dang nhap, sign in, gioi thieu, lien he, xem them, doc them,
chia se, in bai, mac dinh, co chu, tac pham, tac gia, thuc hien, phong su, moi nhat,
moi cap nhat, tin nong, van phong, tin moi, truc tiep, tieu diem, doc nhieu, xem nhieu, noi bat, su kien
di chuyen, an uong, luu tru, cho o, lich trinh, chi phi, tham quan, diem den, trai nghiem
quoc hoi, chinh phu, y te, moi truong, du lich, khoa hoc, cong nghe, giai tri, doanh nghiep,
tai chinh, ngan hang, chung khoan, thi truong, viec lam, ban tin, goc nhin, dien dan, hoi dap,
tu van, doi ngoai, ton giao, dan toc, do thi, gia dinh, am thuc, nhip song, luu tin, luu bai, cong dong,
luu bai viet, luu y, cong ty, tap doan, to chuc, dao tao, cong doan, hinh anh, van ban, thu tuc,
dich vu, tien ich, tuyen dung, tuyen sinh, dau thau, lanh dao, nhan su, hoat dong, tu lieu,
lich su, truyen thong, lien ket, gop y, quang cao, kinh doanh, san pham, hop tac, nghien cuu,
cai cach, hanh chinh, dan van, tuyen giao, kiem tra, mat tran, nong dan, quan su
du lieu, tai lieu, kien thuc, bong da, cau long, bong chuyen, quan vot, bong ban, co vua, vo thuat
doc lap, tu do, hanh phuc, suu tam, tong hop, tran trong, than ai, kinh gui, bac ho, bac ton
dia phuong, trong nuoc, the gioi, diem nong, tam su, phat thanh, truyen hinh, sang tac,
truyen ngan, bien dao, bien gioi, khoi nghiep, chinh sach, dieu tra, chi dao, dieu hanh
chu tich, pho chu tich, bi thu, pho bi thu, giam doc, pho giam doc, tong giam doc, hieu truong,
pho hieu truong, truong ban, pho truong ban, truong phong, chanh van phong, bo truong, thu truong
doan thanh nien, chi doan, lien doi, doi thieu nien, thu vien, quan tri, quan tri vien, an danh,
khach, khach moi, ke toan, van thu, thu quy, tuyen truyen
tiep tuc, nang cao, day manh, ket qua, giai phap, nhiem vu, kinh nghiem, cung co, giam sat, no luc,
vuon len, kho khan, trien khai, tieu chi, diem sang, y nghia, tam nhin, khat vong, co hoi, thach thuc,
giu gin, bao ve, cham lo, sau sat, gan dan, dot pha, vung manh, trong sach, phat trien, chat luong, hieu qua
con nua, tiep theo, ky toi, ky sau, ky cuoi, luoc trich, bien dich, ho chu tich
luot xem, in trang, tai ve, tim kiem, nghe doc, tai xuong, yeu thich, dong gop
khen thuong, xu phat, thi dua, thi dua khen thuong, xu ly, thong ke, truy cap, hom nay, hom qua, tong so, tat ca,
ca nhan, tiet kiem, bao hiem, tai san, su menh, khuyen cao, muc tieu, triet ly, chien luoc
""".replace("\n", ",").split(",") if phrase.strip())

# The virtues an organisation prints as its tagline under its masthead, pairs joined by dashes
# ("THÂN THIỆN - AN TOÀN - HIỆU QUẢ", "Đoàn kết - Sáng tạo"): one alone may be a person's name
# ("Thân Thiện"), two on one dashed line are a slogan, never authors. Folded.
SLOGAN_WORDS = frozenset(line.strip() for line in """
than thien, an toan, hieu qua, chuyen nghiep, tan tam, tan tuy, hien dai, doan ket, sang tao,
chat luong, uy tin, trach nhiem, ky cuong, minh bach, doi moi, phat trien, ben vung, nang dong,
hoi nhap, van minh, chinh xac, kip thoi, cong khai, liem chinh, hanh dong, tien phong, tin cay,
hop tac, chia se, nhan ai, y duc, ky luat, dan chu, khach quan, trung thuc, tri thuc, hieu qua cao
""".replace("\n", ",").split(",") if line.strip())

def is_slogan(parts: list[str]) -> bool:
    """Two parts or more of a line parted by dashes or commas are virtues: a tagline, not names nor a headline."""
    return sum(fold(part.strip()) in SLOGAN_WORDS for part in parts) >= 2


# How the name of a school, a hospital, a centre or a company opens, folded: "Trường Mầm Non Hoa
# Mai", "Bệnh Viện Bạch Mai", "TRƯỜNG THPT LÊ LỢI" end on a person's name yet name a body.
ORGANISATION_OPENINGS = frozenset(line.strip() for line in """
truong thpt
truong thcs
truong th
truong tieu hoc
truong mam non
truong mau giao
truong pt
truong ptdtnt
truong ptdtbt
truong pho thong
truong dai hoc
truong cao dang
truong trung cap
truong chinh tri
benh vien
trung tam
cong ty
tap doan
hop tac xa
ngan hang
nha may
nha van hoa
""".strip().splitlines())

# Papers whose short names read like a person's given names or full name ("Theo Thanh Niên",
# "Nguồn: Tuổi Trẻ", "Hà Nội Mới", "Nông Thôn Ngày Nay": "Hà", "Nông" are surnames with their marks):
# a source credit, never a byline. Folded. Printed with marks, "Thủ Đô" and "Xây Dựng Đảng" end on
# no surname (surnames.py); pasted without any, they fold like "Đỗ" and "Đặng", so they stay here.
PAPER_NAMES = frozenset(line.strip() for line in """
thanh nien
tuoi tre
nhan dan
tien phong
lao dong
nguoi lao dong
dan tri
dan viet
dan sinh
ha noi moi
sai gon giai phong
quan doi nhan dan
cong an nhan dan
dai doan ket
an ninh thu do
kinh te do thi
bien phong
phap luat
cong thuong
giao thong
xay dung
thanh tra
dau tu
kiem sat
nong nghiep
tin tuc
tuoi tre thu do
phu nu
dat viet
cong ly
van nghe
cong luan
doanh nhan
thoi dai
thoi nay
nong thon ngay nay
lao dong thu do
quoc phong thu do
phu nu thu do
xay dung dang
phap ly
tri thuc
hai quan
nguoi dua tin
tai nguyen moi truong
""".strip().splitlines())

# The headings of an official text, printed in capitals above its body ("QUYẾT ĐỊNH",
# "HƯỚNG DẪN", "KẾ HOẠCH"): the document type words (registry/vocabulary.py) and the
# other words such a text heads a part with (a Buddhist body's "Thông bạch", its notice: round 36), and
# an essay's or a guide's part headings ("Mở bài", "Thân bài", "Kết bài", "Lời kết": round 57, part_headings.py).
# Two capitalised words, yet never a name.
# Lower case with tone marks, not folded: "Quyết định" is no name, "Quý Định" may be.
DOCUMENT_HEADINGS = frozenset(word.lower() for word in TYPE_WORDS) | frozenset(line.strip() for line in """
quyết nghị
thông bạch
đề cương
quy trình
tuyên bố
thông cáo
phụ lục
căn cứ
nội dung
mục lục
lời nói đầu
trích yếu
danh sách
giấy mời
thư mời
thư ngỏ
tờ trình
báo cáo
diễn văn
mở bài
thân bài
kết bài
mở đầu
lời mở đầu
phần mở đầu
lời kết
phần kết
kết thúc
lời tựa
lời bạt
lời dẫn
lời ngỏ
dẫn nhập
tóm tắt
tổng kết
""".strip().splitlines())

# A contact field or a contact bar's words, folded: a line with one is how to reach the site or a
# person, never a date line of its own nor a byline's line (the name under it is the contact).
# The sections a news site names in its menus and labels, folded: the core section_bylines.py (a
# section's label before a writer) and section_menus.py (a menu pasted as one line) each widen.
NEWS_SECTIONS = frozenset(phrase.strip() for phrase in """
thoi su, chinh tri, xa hoi, kinh te, van hoa, the thao, phap luat, quoc te, giao duc, suc khoe,
doi song, quoc phong, an ninh, tin tuc, su kien, giai tri, du lich, khoa hoc, cong nghe, the gioi,
trong nuoc, dia phuong, ban doc, goc nhin, dien dan, doanh nghiep, tai chinh, thi truong, nhip song,
gia dinh, am thuc, viec lam, moi truong, y te, nong nghiep, nong thon, tin moi, tieu diem, phong su,
video
""".replace("\n", ",").split(",") if phrase.strip())

# Credits that are never a person: reporters and editors unnamed, time suffixes.
CLOCK_MARKS = frozenset(m.lower() for m in MERIDIEM_MARKS)  # a clock's "SA", "PM"; "Sa" in proper case is a name's ("Sa Oanh")
NOT_NAME_TOKENS = frozenset("pv btv ctv gv hs gmt ttxvn vna vov vtv nhom".split()) | CLOCK_MARKS  # a teacher, a pupil

# Academic degrees, ranks and titles a byline keeps in front of the name.
PREFIXES = HONORARY_TITLES + (  # first: "Nhà giáo Ưu tú" before "nhà giáo"
    "ahld.", "ahld", "ttnd.", "ttnd", "ttut.", "ttut",  # a hero of labour, a people's or honoured physician
    "pgs.ts.", "pgs.ts", "pgs, ts.", "pgs, ts", "gs.ts.", "gs.ts", "gs, ts.", "gs, ts", "pgs.", "pgs",
    "gs.", "gs", "tskh.", "tskh", "ts.", "ts", "ths.", "ths", "th.s.", "ncs.", "ncs", "cn.", "ks.", "ks", "ls.", "nb.",
    # a doctor's grades ("BSCKII.", "ThS.BS", "BS"), a pharmacist, an honoured or a people's teacher
    "bsckii.", "bsckii", "bscki.", "bscki", "bsck.", "bsnt.", "bs.", "bs", "ds.", "dd.", "ngut.", "ngut", "ngnd.", "ngnd",
    "kts.", "kts", "nnc.", "nsnd.", "nsnd", "nsut.", "nsut",  # an architect, a researcher, a people's or honoured artist
    "tien sy", "tien si", "thac sy", "thac si", "giao su", "pho giao su", "nha bao", "luat su",
    "nha nghien cuu", "nha van", "nha tho", "nha giao", "bac si", "bac sy", "duoc si", "duoc sy",
    "ky su", "kien truc su", "vo su",  # an engineer, an architect ("ks.", "kts." above), a martial-arts master
    "thieu ta", "trung ta", "thuong ta", "dai ta", "thieu tuong", "trung tuong", "thuong tuong",
    "dai tuong", "thieu uy", "trung uy", "thuong uy", "dai uy", "chuan uy",
) + RELIGIOUS_TITLES + SAINT_NAMES  # "Đại đức", "Mục sư", "Giuse", "FX.": kept like "ThS."

# Degrees printed after the name and a comma, left off as a post is ("Trần Thạnh, PhD", round 84): an overseas or
# an English-style byline's; a Vietnamese one's degree stands in front (PREFIXES).
DEGREES_AFTER = frozenset((
    "phd", "ph.d.", "ph.d", "ph. d.", "md", "m.d.", "mba", "msc", "m.sc.", "ma", "m.a.", "dba", "jd", "edd", "ed.d.",
    "tien si", "tien sy", "thac si", "thac sy",
))

# Labels that open a byline line and are not part of it: "Thực hiện: ANH DŨNG".
LABELS = (
    "tac gia bai viet", "tac gia", "thuc hien", "ctv", "bai va anh", "bai, anh", "bai anh", "tin, anh",
    "tin va anh", "tin anh", "bai", "nguoi viet", "nguoi dang", "nhom pv", "pv", "phong vien", "ghi chep",
    "nhom phong vien", "tong hop", "tin", "bai viet", "dang boi", "viet boi",
    "nhom tac gia", "nhom thuc hien", "cong tac vien",
    "nguoi cong tac",  # Plone's contributors' field in Vietnamese: "Người cộng tác: Nguyễn Ngọc Giao (pv)" (round 88)
    "nguoi dua tin",  # a school's or an association's portal: "Người đưa tin: Trần Văn Nam"
    # genres printed before the author's name (genres.py): "Ký của Minh Ngọc", "Bút kí - X", "Truyện ngắn của X"
    *dict.fromkeys(fold(genre) for genre in BYLINE_GENRES), "ghi chep cua", "bai va anh cua",
    "phong su anh", "phong su video",  # a photo or video story's credit: "Phóng sự ảnh của MINH TRƯỜNG"
    # the text and the photos credited with other joiners: "Bài - ảnh:", "Tin & ảnh:", "Bài/ảnh:"
    "bai - anh", "tin - anh", "bai & anh", "tin & anh", "bai/anh", "tin/anh",
    # an e-magazine's credits name the writer "Nội dung:" above "Ảnh:", "Thiết kế:"
    "noi dung",
    "but danh",  # a pen name's field on portals: "Bút danh: Hà Phương"
    "gv", "hs",  # a teacher or a pupil on a school portal: "GV Lê Văn Bình", "HS Nguyễn Thu Hà"
    "gv.", "hs.",  # the same with a stop: "GV. Lê Văn Bình"
    # the translator and the collector, credited as the archive credits "(lược dịch)" and "(st)"
    "nguoi dich", "dich", "luoc dich", "bien dich", "suu tam", "dich gia",
    "t/h", "th",  # "T/h: Thu Trang", "TH: Minh Hà": the compiler's code (tổng hợp), a name after it is the writer
)
# Labels that say "by" and need no colon: "Bởi Phan Văn An", "Đăng bởi Minh Anh", "Người
# đăng Trần Bình", "Tác giả Lê Hoa"; on a date line too ("Bởi Phan Văn An - Đăng tải ngày 30/04/2024").
BY_LABELS = ("tac gia bai viet", "tac gia", "duoc viet boi", "duoc dang boi", "dang boi", "viet boi", "nguoi dang",
             "nguoi viet", "boi", "posted by")  # "Được viết bởi": Joomla's Vietnamese
LABELS_LONGEST_FIRST = tuple(sorted(LABELS, key=len, reverse=True))

# Words a position or unit line under a byline opens with: "Nguyên Chủ nhiệm Văn phòng
# Quốc hội", "Học viện Chính trị, Bộ Quốc phòng", "Ủy viên Ban Chấp hành Trung ương Đảng".
POSITION_FIRST = frozenset("""
nguyen uy pho bi chu truong giam tong hoc vien truong bo ban so dai dang cuc vu phong
khoa trung can giang nghien thu chanh tham hoi
don doi benh ubnd hdnd
""".split())  # "don ... hdnd": a writer's unit after a comma ("Đồn Biên phòng ...", "Bệnh viện ...")
# The same words with their marks (tone_key): in a line printed with marks the word must carry its own,
# so "BÀN GIAO ...", "BÁN ĐẤU GIÁ ..." (folding to "ban") open no post (conventions round 22).
POSITION_FIRST_MARKED = frozenset(tone_key(word) for word in """
nguyên ủy phó bí chủ trưởng trường giám tổng học viện viên bộ ban sở đại đài đảng cục vụ phòng phóng
khoa trung cán giảng nghiên thủ thư chánh thẩm tham hội đồn đội bệnh ubnd hđnd
""".split())
# A writer's job after a comma, its first word also a name's ("Công", "Nhân", "Giao"): a job only
# with a small letter after it ("Giáo viên", "Công chức", "Chuyên viên", "Nhân viên", "Sinh viên"; "Công Hiếu" a name).
JOB_FIRST = frozenset("giao cong chuyen nhan sinh".split())

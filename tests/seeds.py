"""Ground truth for the five seed articles, written by hand from reading them.

Line numbers are those of the files as pasted (tests/fixtures/seeds/: no header).
"""
import datetime as dt
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS_DIR = ROOT / "tests" / "fixtures" / "seeds"  # the five pastes as received, before any header
CORPUS = ROOT / "corpus"

SEEDS = {
    "000_e356385aa196206d.txt": dict(
        title="Làm tốt vai trò tham mưu cho cấp ủy về công tác xây dựng Đảng",
        kicker="82 năm Ngày truyền thống công tác tổ chức xây dựng Đảng (14/10/1930 - 14/10/2012)",
        date=dt.date(2012, 10, 11), time="06:51", outlet="Báo Hànộimới", author="Bình Yên",
        lead_start="Năm 2012 - một năm đầy ắp", lead_end="trách nhiệm cao.",
        chrome=range(22, 25), meta_lines={1, 3, 5, 21},
        headings=[], captions=[], items=0,
    ),
    "001_81575007fd454df7.txt": dict(
        title="Kiểm soát chặt chẽ việc thực hiện các khâu, ngăn chặn tiêu cực trong công tác cán bộ",
        kicker="", date=dt.date(2018, 7, 16), time="20:15", outlet="Báo Hànộimới", author="Quốc Bình",
        lead_start="Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải", lead_end="ngang tầm nhiệm vụ”.",
        chrome=[1, *range(20, 26)], meta_lines={3, 5},
        headings=[], captions=[], items=0,
    ),
    "002_f8e350386cea451d.txt": dict(
        title="Thực hiện có hiệu quả công tác tổ chức xây dựng Đảng với thực tiễn phong phú, đa dạng của TPHCM",
        kicker="", date=dt.date(2023, 1, 30), time="", outlet="Cổng thông tin điện tử Thành ủy TP.HCM",
        author="S. Hải", lead_start="Phát biểu chỉ đạo tại Hội nghị tổng kết", lead_end="công tác tổ chức xây dựng Đảng.",
        chrome=range(56, 66), meta_lines={1, 3, 53},
        headings=["Tạo sự đồng bộ và nâng cao được hiệu quả tổ chức thực hiện",
                  "Đổi mới sáng tạo, nghiên cứu tìm tòi, tạo ra những hiệu quả"],
        captions=["Đồng chí Trương Thị Mai phát biểu chỉ đạo tại hội nghị",
                  "Đồng chí Nguyễn Văn Nên trao Bằng khen cho các tập thể",
                  "Đồng chí Nguyễn Văn Nên phát biểu tại Hội nghị",
                  "Tập thể Ban Tổ chức Thành ủy và đồng chí Võ Văn Tân nhận Bằng khen của Ban Tổ chức Trung ương"],
        items=0,
    ),
    "003_edd434b270b981ff.txt": dict(
        title="Từ quyết tâm đổi mới đến cách làm căn cơ, bài bản",
        kicker="", date=dt.date(2023, 4, 18), time="11:30", outlet="Cổng thông tin điện tử Thành ủy Hà Nội",
        author="Hoàng Lan - Hoàng Mai", lead_start="Sau hơn hai năm triển khai thực hiện",
        lead_end="từ thành phố xuống cơ sở.",
        chrome=[1, 48, 49, 50], meta_lines={3, 5, 46},
        headings=["Những dấu ấn đổi mới", "Đề cao trách nhiệm và sự gương mẫu của người đứng đầu"],
        captions=[
            "Uỷ viên Trung ương Đảng, Phó Bí thư Thường trực Thành uỷ phát biểu chỉ đạo tại hội nghị sơ kết giữa nhiệm kỳ, Đảng bộ Khối các cơ quan thành phố",
            "Phó Bí thư Thành uỷ, Chủ tịch HĐND thành phố Nguyễn Ngọc Tuấn dự hội nghị sơ kết giữa nhiệm kỳ Đảng bộ Tổng Công ty UDIC",
            "Phó Bí thư Thành uỷ Nguyễn Văn Phong phát biểu chỉ đạo tại hội nghị sơ kết giữa nhiệm kỳ Đảng bộ huyện Phú Xuyên",
        ],
        items=0,
    ),
    "004_fcee553b60d4e29b.txt": dict(
        title="Giao ban trực tuyến Ngành Tổ chức xây dựng Đảng 5 tháng đầu năm 2020",
        kicker="", date=dt.date(2020, 6, 1), time="", outlet="Trang tin ngành Tổ chức xây dựng Đảng",
        author="", lead_start="Quán triệt sâu sắc, toàn diện", lead_end="chiều 1-6-2020.",
        chrome=range(56, 97), meta_lines={1, 3},
        headings=[],
        captions=["Ảnh: Đồng chí Phạm Minh Chính, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng Ban Tổ chức Trung ương chủ trì Hội nghị giao ban trực tuyến Ngành Tổ chức xây dựng Đảng 5 tháng đầu năm 2020, chiều ngày 1-6-2020."],
        items=9,
    ),
}

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_MARKER = re.compile(r"^\(\w[\w.]*\)\s*-\s*")
_ITEM = re.compile(r"^\d+\.\s+")


def squash(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def body_sentences(name: str) -> list[str]:
    """Every sentence of a seed's article text (not chrome, title, date or byline lines)."""
    truth = SEEDS[name]
    lines = (SEEDS_DIR / name).read_text(encoding="utf-8").split("\n")
    sentences = []
    for number, line in enumerate(lines, start=1):
        line = squash(line)
        if not line or number in truth["chrome"] or number in truth["meta_lines"]:
            continue
        half = len(line) // 2
        if len(line) % 2 and line[:half] == line[half + 1:]:  # caption printed twice on one line
            line = line[:half]
        line = _ITEM.sub("", _MARKER.sub("", line))
        sentences += [s for s in _SENTENCE_END.split(line) if s]
    return sentences


def chrome_lines(name: str) -> list[str]:
    lines = (SEEDS_DIR / name).read_text(encoding="utf-8").split("\n")
    return [squash(lines[n - 1]) for n in SEEDS[name]["chrome"] if squash(lines[n - 1])]

"""read/glued_breadcrumbs.py tries a glued breadcrumb's cut only where a label ends (perf round 8), not at
every character of the line: the same cut as the walk over every character."""
import pytest

from archive.read import glued_breadcrumbs as gb
from archive.text.normalize import fold


def _walk(text: str) -> int:  # the plain walk over every place
    folded = fold(text)
    if len(folded) != len(text):
        return 0
    for cut in range(len(text) - 1, 0, -1):
        if text[cut - 1].islower() and text[cut].isupper() and gb._label_ends(text, folded, cut) \
                and len(text[cut:].split()) >= gb._HEADLINE_WORDS:
            return cut
    return 0


@pytest.mark.parametrize("text", [
    "3CElectricTin tứcTin tức liên quanHội thi thợ giỏi cấp tỉnh năm 2024",
    "Trang chủTin tứcHội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12",
    "SiteTIN TỨCHội nghị tổng kết công tác năm",  # the label in capitals: no small letter before the cut
    "Công tyThông báoKết quả tuyển dụng viên chức năm 2024",
    "Trường THCSTin hoạt độngTổ chức lễ khai giảng năm học mới",
    "tin tucHoi nghi tong ket cong tac nam",  # no tone marks
    "Tin tứcHội nghị",  # too few words after
    "Hội nghị tổng kết công tác năm 2024 của Đảng bộ xã",  # no glue
    "Sự kiệnSự kiệnNgày hội đại đoàn kết toàn dân tộc ở khu dân cư",
    "Tin tức - Sự kiệnĐại hội Đảng bộ xã lần thứ XV nhiệm kỳ 2025-2030",
    "Thời sựtin mớiThời sựHội nghị tổng kết công tác năm",
    "", "a", "Tin tức",
])
def test_the_cut_is_the_walk_s(text):
    assert gb._headline_at(text) == _walk(text)

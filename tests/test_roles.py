"""Roles written around a name, and new names anchored by a role (archive/enrich/roles.py)."""
import signal
import subprocess
import sys
from pathlib import Path

from archive.enrich.roles import name_roles, new_names


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_a_role_before_a_name_is_read():
    text = "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Hoàng Trung Hải đã ký ban hành kế hoạch."
    roles = name_roles(text, *_span(text, "Hoàng Trung Hải"))
    assert any("Bí thư Thành ủy Hà Nội" in role for role in roles), roles


def test_a_new_name_needs_a_role_and_a_known_surname():
    text = "Phó Bí thư Tỉnh ủy Nguyễn Văn Thành phát biểu. Hội nghị Thành ủy diễn ra sáng nay."
    found = [text[a:b] for a, b in new_names(text, [])]
    assert "Nguyễn Văn Thành" in found
    assert not any("Hội nghị" in name for name in found)


def test_a_name_already_claimed_is_not_found_again():
    text = "Phó Bí thư Tỉnh ủy Nguyễn Văn Thành phát biểu."
    assert new_names(text, [_span(text, "Nguyễn Văn Thành")]) == []


def test_a_former_role_typed_without_its_tone_marks_is_read_and_the_walk_ends():
    # "nguyen" for "nguyên" (former): the head matched on its folded key while the run of role
    # words refused the word, and the walk after the name never moved on (the build hung).
    def hung(signum, frame):
        raise AssertionError("reading the roles after the name did not end")

    signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)  # a regression fails here, it does not hang the suite
    try:
        for former in ("nguyen", "nguyên"):
            text = f"Ông Trần Văn Khải, {former} Bí thư Tỉnh ủy, {former} Chủ tịch UBND tỉnh, phát biểu."
            roles = name_roles(text, *_span(text, "Trần Văn Khải"))
            assert roles == [f"{former} Bí thư Tỉnh ủy", f"{former} Chủ tịch UBND tỉnh"], roles
    finally:
        signal.alarm(0)


def test_a_build_of_a_paste_with_a_former_role_typed_without_marks_ends(project_copy):
    # The whole build, as a contributor runs it: the paste that hung the walk is built, in time.
    paste = ("---\nurl: https://example.gov.vn/tin-tuc/bai-1\noutlet: Cổng thông tin điện tử\n---\n"
             "Hội nghị tổng kết công tác xây dựng Đảng năm 2024\n"
             "Thứ Hai, 16/12/2024 08:30\n"
             "Sáng 16/12, ông Trần Văn Khải, nguyen Bí thư Tỉnh ủy, dự hội nghị tổng kết công tác "
             "xây dựng Đảng của Đảng bộ khối.\n"
             "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ năm 2024 và bàn phương hướng năm 2025.\n")
    (project_copy / "corpus" / "900_example-gov-vn.txt").write_text(paste, encoding="utf-8")
    build_pages = Path(__file__).resolve().parent.parent / "build_pages.py"
    result = subprocess.run([sys.executable, str(build_pages), "--root", str(project_copy), "--today", "2026-11-23"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    page = next((project_copy / "docs" / "articles" / "2024").glob("*hoi-nghi-tong-ket*"))
    assert "nguyen Bí thư Tỉnh ủy" in page.read_text(encoding="utf-8")

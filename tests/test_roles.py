"""Roles written around a name, and new names anchored by a role (archive/enrich/roles.py)."""
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

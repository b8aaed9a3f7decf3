"""One list of the countries and bodies whose names read as given names (read/country_names.py): every
"Theo X" rule takes them for a source, never a writer, in one word or two, with tone marks or without;
a writer's given names beside them stay a person's."""
import pytest

from archive.read.country_names import BODIES, COUNTRIES, FOLDED_COUNTRIES, FOLDED_SOURCE_NAMES
from archive.read.theo_credits import credited_person
from archive.read.theo_given_names import theo_given_name
from archive.read.theo_pen_names import named_source, pen_name


def test_the_folded_sets_are_the_lists():
    assert len(FOLDED_COUNTRIES) == len(COUNTRIES)
    assert len(FOLDED_SOURCE_NAMES) == len(COUNTRIES) + len(BODIES)


@pytest.mark.parametrize("line", ["Theo Nga", "(Theo Đức)", "Theo Mỹ.", "Theo Duc", "theo Nhật"])
def test_a_country_alone_after_theo_is_a_source(line):
    assert theo_given_name(line) == ()


@pytest.mark.parametrize("line, name", [("Theo Phương", "Phương"), ("(Theo Minh hiếu)", "Minh Hiếu")])
def test_a_given_name_after_theo_stays_a_person(line, name):
    assert theo_given_name(line) == (name,)


@pytest.mark.parametrize("name", ["Thái Lan", "Trung Quốc", "Hồng Kông", "THAI LAN", "Công An", "Tân Hoa"])
def test_a_country_or_a_body_in_two_words_is_no_pen_name(name):
    assert named_source(name)
    assert not pen_name(name.title())
    assert not credited_person(name)


@pytest.mark.parametrize("name", ["Hồng Phương", "Minh Hà", "Thanh Lan"])
def test_two_given_names_stay_a_pen_name(name):
    assert not named_source(name)
    assert pen_name(name) and credited_person(name)

"""Telephone numbers are one number; a change in per cent is no range with the level after it
(reader.analysis.phones, numbers._ranges; stop 43)."""

from reader.analysis import analyze
from reader.model import EntityLabel


def _numbers(text: str, language: str) -> list[str]:
    return [e.text for e in analyze(text, language).entities if e.label is EntityLabel.NUM]


def test_danish_telephone_numbers_are_whole() -> None:
    text = "Billetter kan bestilles på tlf. 86 12 44 90 eller 2391 5507, oplyser Kirsten Ravn."
    assert _numbers(text, "da") == ["86 12 44 90", "2391 5507"]


def test_english_telephone_numbers_are_whole() -> None:
    text = "Press office: Oliver Strand, 01632 960 481 or +44 7700 900 614. Tickets cost £12."
    numbers = _numbers(text, "en")
    assert "01632 960 481" in numbers and "+44 7700 900 614" in numbers
    assert not any(n in numbers for n in ("01632", "960", "481", "7700", "614"))


def test_four_digit_groups_need_a_telephone_word() -> None:
    text = "Mellem 1990 og 2000 kom der 2400 2600 besøgende."
    assert "2400 2600" not in _numbers(text, "da")


def test_a_change_in_per_cent_is_no_range_with_the_level_after_it() -> None:
    numbers = _numbers("Exports rose 8 per cent to 2,300 tonnes last year.", "en")
    assert "8 per cent" in numbers and "2,300 tonnes" in numbers
    assert _numbers("Salget steg 6 procent til 310 millioner kroner.", "da") == ["6 procent", "310 millioner kroner"]
    assert "from 3 per cent to 5 per cent" in _numbers("Rates went from 3 per cent to 5 per cent.", "en")


def test_thousands_written_with_spaces_are_one_number() -> None:
    numbers = _numbers("Billetten koster 14 000 kroner, og mellem 2 000 og 3 000 kom.", "da")
    assert numbers == ["14 000 kroner", "mellem 2 000 og 3 000"]

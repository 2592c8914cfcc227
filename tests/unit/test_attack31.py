"""attack31: where stop 43's holiday, telephone and joined-names rules did harm on our own news."""

from reader.analysis import analyze
from reader.model import EntityLabel


def _entities(text: str, language: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, language).entities]


def _numbers(text: str, language: str) -> list[str]:
    return [n for n, label in _entities(text, language) if label == EntityLabel.NUM.value]


def test_a_weekday_after_a_party_or_a_town_is_no_holiday() -> None:
    text = ("Labour Monday promised to cut fuel duty in Leeds. Police in Columbus Monday said two men were held. "
            "The shops in Leeds shut on Easter Monday.")
    names = _entities(text, "en")
    assert ("Labour", "ORG") in names and ("Columbus", "LOC") in names
    assert not any(n.startswith("Easter") for n, _ in names)


def test_a_lotto_row_is_no_telephone_number() -> None:
    numbers = _numbers("Lottotallene lørdag blev 12 23 34 45 56 67. Har du vundet, så ring til os.", "da")
    assert "12 23 34 45" not in numbers and "23 34 45 56" not in numbers and "34 45 56 67" not in numbers
    assert "67" in numbers
    numbers = _numbers("The winning numbers were 14 19 27 33 38 and 41. Call 07700 900123 to claim.", "en")
    assert "14 19 27 33" not in numbers and "19 27 33 38" not in numbers and "07700 900123" in numbers
    assert _numbers("Ring tlf. 86 12 44 90 eller 70 20 30 40.", "da") == ["86 12 44 90", "70 20 30 40"]


def test_a_person_joined_to_a_known_body_keeps_the_type() -> None:
    text = "Mette Frederiksen og Socialdemokratiet vil nu forhandle, mens Lars Løkke Rasmussen og Moderaterne venter."
    names = _entities(text, "da")
    assert ("Socialdemokratiet", "ORG") in names and ("Moderaterne", "ORG") in names
    assert ("Mette Frederiksen", "PER") in names


def test_a_player_joined_to_his_club_keeps_the_type() -> None:
    names = _entities("Jack Grealish and Manchester City celebrated the title in the rain.", "en")
    assert ("Jack Grealish", "PER") in names and ("Manchester City", "ORG") in names


def test_he_after_a_body_quoted_is_no_body() -> None:
    text = ("Universities minister Robert Halfon has written to the college.\n\n"
            "The Office for Students (OfS) said it was \"deeply concerned\" about the course.\n\n"
            "\"Students deserve better,\" he said.\n")
    speakers = {q.text: q.speaker for q in analyze(text, "en").quotes}
    assert speakers.get("Students deserve better") != "Office for Students"
    assert speakers.get("deeply concerned") == "Office for Students"


def test_a_spokesman_for_a_person_named_by_surname_keeps_him_a_person() -> None:
    text = ("Boris Johnson met the Irish leader on Monday. A spokesman for Johnson said the talks were useful. "
            "Johnson flew home on Tuesday.")
    names = _entities(text, "en")
    assert ("Boris Johnson", "PER") in names and ("Johnson", "ORG") not in names
    text = "A spokesman for Morrison said the family would not comment. Mrs Morrison, 64, lives in Leeds."
    assert ("Morrison", "ORG") not in _entities(text, "en")

"""Names in the forms a blind probe of new news (probe27) showed the reader missing, in sentences
written for this test (forms27_en, forms27_da, known_places27, name_lines' signatures)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _names(text: str, language: str) -> set[tuple[str, str]]:
    return {(e.text, e.label.value) for e in analyze(text, language).entities
            if e.label.value in ("PER", "ORG", "LOC", "MISC")}


@pytest.mark.parametrize("text, name", [
    ("Its director, Anand V. Kotecha, told the hearing that the firm had no money.", "Anand V. Kotecha"),
    ('"We saw the fin first," said ferryman Idris Polglase.', "Idris Polglase"),
    ('"The gate was open," said warden Ianto Morwood.', "Ianto Morwood"),
    ("Shopper Tamzin Quarrell, who lives nearby, said prices had doubled.", "Tamzin Quarrell"),
])
def test_english_people_after_a_role_or_with_an_initial(text: str, name: str) -> None:
    assert (name, "PER") in _names(text, "en")


def test_a_village_with_le_is_one_place_and_its_bodies_carry_it() -> None:
    names = _names("Residents of Thornby le Fen want a footpath. Thornby le Fen Village Hall Committee "
                   "agreed on Monday.", "en")
    assert ("Thornby le Fen", "LOC") in names
    assert ("Thornby le Fen Village Hall Committee", "ORG") in names
    assert not any(text in ("Thornby", "Fen") for text, _label in names)


def test_a_school_named_after_a_person_and_a_force_after_its_county_are_bodies() -> None:
    assert ("Edith Cavell Primary School", "ORG") in _names(
        "Pupils at Edith Cavell Primary School raised £500 for the hospice.", "en")
    assert ("Staffordshire Police", "ORG") in _names("Staffordshire Police said the lorry had overturned.", "en")


def test_known_places_of_ordinary_words() -> None:
    assert ("English Channel", "LOC") in _names("Shipping in the English Channel was halted by fog.", "en")
    assert ("Hvide Sande", "LOC") in _names("Færgen lagde til i Hvide Sande i morges.", "da")


def test_a_letters_signature_is_a_name_of_its_own_line() -> None:
    names = _names("I urge readers to write to their MP.\n\nMarigold T. Ashcombe\nWestbury, Wiltshire", "en")
    assert ("Marigold T. Ashcombe", "PER") in names
    assert not any("\n" in text for text, _label in names)


@pytest.mark.parametrize("text, name", [
    ("Bestyrelsens næstformand, Ingvar Tolstrup Hjelm, siger, at klubben mangler penge.", "Ingvar Tolstrup Hjelm"),
    ("Fællestillidsrepræsentant Bim Aagesen siger, at vagtplanerne er kommet for sent.", "Bim Aagesen"),
])
def test_danish_people_after_a_role(text: str, name: str) -> None:
    assert (name, "PER") in _names(text, "da")


def test_danish_firm_named_like_a_person_after_a_role_stays_a_body() -> None:
    names = _names("- Vi har ikke flere pladser, siger Jens Veiby, direktør, Larsen Rejser, i går.", "da")
    assert ("Larsen Rejser", "PER") not in names


def test_danish_house_kind_before_its_name_is_part_of_the_body() -> None:
    names = _names("Museum Limfjordslandet har fået en gave. Vi mødtes på Café Strandkanten bagefter. "
                   "Mange turister kom til Kiosk Havnefronten.", "da")
    assert {("Museum Limfjordslandet", "ORG"), ("Café Strandkanten", "ORG"), ("Kiosk Havnefronten", "ORG")} <= names


def test_a_theatre_and_a_rescue_boat_are_bodies() -> None:
    assert ("Cornmarket Theatre", "ORG") in _names("The band played at the Cornmarket Theatre in Wantage.", "en")
    assert ("Aberdaron Area Rescue Boat", "ORG") in _names(
        "Crews from the Aberdaron Area Rescue Boat said the man was unhurt.", "en")


def test_danish_one_word_names_with_a_capital_inside_are_bodies() -> None:
    names = _names("Hun købte sine varer i SuperBrugsen i Vrå. Han arbejder nu i DagligBrugsen i Hune.", "da")
    assert {("SuperBrugsen", "ORG"), ("DagligBrugsen", "ORG"), ("Vrå", "LOC"), ("Hune", "LOC")} <= names

"""English name forms of namesen23 (forms23_en): surname particles, foreign streets, "Isle of X",
"Residents of X Crescent", "Of" bodies, operators and a kind word opening a sentence. Texts written
for these tests; the names are invented."""

from __future__ import annotations

import pytest

from reader.analysis import analyze, forms23_en


def _names(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label.value) for e in analyze(text, "en").entities if e.label.value in ("PER", "ORG", "LOC")]


def test_a_name_with_a_surname_particle_is_one_person_and_so_is_its_surname_later() -> None:
    text = ('Kees de Wit has coached the side since May. "We were lucky," said de Wit.\n\n'
            "De Wit and Jan van der Molen watched the replay.")
    found = _names(text)
    assert ("Kees de Wit", "PER") in found
    assert ("de Wit", "PER") in found and ("De Wit", "PER") in found
    assert ("Jan van der Molen", "PER") in found


def test_a_title_and_a_particle_make_a_person() -> None:
    assert ("Marquis de Valcourt", "PER") in _names("The Marquis de Valcourt sailed for Quebec in 1760.")


def test_a_particle_after_a_place_word_or_inside_a_foreign_body_makes_no_person() -> None:
    # a Romance "de" after a preposition, or with a capitalised word after the surname
    found = _names("The boat left from Punta de Serra at dawn. The Catedral de San Evaristo was shut.")
    assert not any(label == "PER" for _text, label in found)


def test_foreign_streets_and_squares_are_places() -> None:
    text = ("Crowds filled the Place de la Fontaine and the Rue du Moulin-Vert. A cafe on Piazza Orsetti "
            "closed, and the walk ends at La Pointe des Salines.")
    found = _names(text)
    for name in ("Place de la Fontaine", "Rue du Moulin-Vert", "Piazza Orsetti", "La Pointe des Salines"):
        assert (name, "LOC") in found


def test_isle_of_is_one_place_and_a_council_after_it_a_body() -> None:
    found = _names('"The Isle of Tarran is windy," she said. The Vale of Merrow Council met on Monday. '
                   "Tourists climbed the Temple of the Grey Owl.")
    assert ("Isle of Tarran", "LOC") in found and ("Temple of the Grey Owl", "LOC") in found
    assert ("Vale of Merrow Council", "ORG") in found


def test_residents_of_a_street_name_the_street() -> None:
    found = _names("Residents of Farrow Street complained. Shopkeepers of Tannery Lane said the road was shut.")
    assert ("Farrow Street", "LOC") in found and ("Tannery Lane", "LOC") in found
    assert not any(text.startswith(("Residents", "Shopkeepers")) for text, _label in found)


def test_of_bodies_are_organisations_and_ordinary_words_are_not() -> None:
    found = _names("Ofgem rated the firm poorly. Often the regulator waits.")
    assert ("Ofgem", "ORG") in found
    assert not any(text == "Often" for text, _label in found)


def test_an_operator_that_runs_trains_is_a_body_and_greater_is_no_person() -> None:
    assert ("Greater Wessex", "ORG") in _names("Greater Wessex will run fewer trains from May.")
    assert not any(label == "PER" for _t, label in _names("Passengers in Greater Wessex waited."))


def test_a_kind_word_opening_a_sentence_is_no_name() -> None:
    found = _names("County council leader Mark Hale said the budget was tight.")
    assert ("Mark Hale", "PER") in found
    assert not any(text == "County" for text, _label in found)


def test_an_office_inside_a_name_parts_the_place_or_body_from_the_person() -> None:
    found = _names("Nevada Governor Carla Brent signed the bill. The NASA Administrator spoke later.")
    assert ("Nevada", "LOC") in found and ("Carla Brent", "PER") in found
    assert ("NASA", "ORG") in found
    # an office whose first word is no place or acronym stays as the tagger read it
    found = _names("Prime Minister Carla Brent spoke.")
    assert ("Carla Brent", "PER") in found and not any(text == "Prime" for text, _label in found)


def test_the_switch_restores_the_old_names(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Residents of Farrow Street met Kees de Wit on the Isle of Tarran."
    on = _names(text)
    monkeypatch.setattr(forms23_en, "ON", False)
    assert _names(text) != on

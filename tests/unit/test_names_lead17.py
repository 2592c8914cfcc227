"""Bodies named by their trade or their town: a rail operator is an organisation, not a place; a
town before its council in the genitive is one body ("Herning Kommunes udvalg")."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


def _labels(text: str) -> dict[str, str]:
    return {e.text: e.label.value for e in analyze(text, "en").entities}


@pytest.mark.parametrize("name", ["Pennine Rail", "Dales Rail", "Tamar Rail"])
def test_a_rail_operator_opening_a_story_is_an_organisation(name: str) -> None:
    text = f"Manchester. {name} will cancel about 40 trains a day from Monday because it lacks drivers.\n"
    assert _labels(text).get(name) == "ORG"


def test_a_place_stays_a_place() -> None:
    assert _labels("She grew up in Sheffield and moved to Leeds.\n") == {"Sheffield": "LOC", "Leeds": "LOC"}


@pytest.mark.parametrize("town", ["Herning", "Holstebro", "Silkeborg", "Randers", "Vordingborg"])
def test_a_town_before_its_council_in_the_genitive_is_one_body(town: str) -> None:
    # the tagger types the four first towns apart from "Kommunes" here
    text = f"Forslaget kommer fra {town} Kommunes udvalg, der mødes i dag.\n"
    labels = {e.text: e.label.value for e in analyze(text, "da").entities}
    assert labels.get(f"{town} Kommunes") == "ORG" and town not in labels


def test_a_town_then_a_sentence_about_the_council_stays_a_town() -> None:
    labels = {e.text: e.label.value for e in analyze("Hun bor i Vordingborg. Kommunen siger nej.\n", "da").entities}
    assert labels.get("Vordingborg") == "LOC"

"""English firms named by their trade: a rail operator is an organisation, not a place."""

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

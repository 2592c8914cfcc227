"""A part of a country named by a direction or an ocean is a place, also after a body whose name
opens with the same word (lead, stop 42: "Atlantic Canada" in the sample en-01)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.en_regions import regions

TEXT = ("The Atlantic Fishermen's Guild said its boats would stay in port until Friday. A buyer "
        "in Boston said prices would rise \"all over Atlantic Canada\" if the boats stayed in.")


def test_the_sample_case_in_our_own_words() -> None:
    found = {e.text: e.label.value for e in analyze(TEXT, "en").entities}
    assert found.get("Atlantic Canada") == "LOC"


@pytest.mark.parametrize("name", ["Atlantic Canada", "Western Australia", "Southern Europe", "Greater Manchester"])
def test_part_and_known_place_become_a_place(name: str) -> None:
    text = f"Sales fell in {name} last year."
    s = text.index(name)
    assert regions(text, [(s, s + len(name), "ORG")]) == [(s, s + len(name), "LOC")]


@pytest.mark.parametrize("name", ["Central Bank", "Western Digital", "North Smith", "Atlantic Records"])
def test_other_names_keep_their_type(name: str) -> None:
    text = f"Sales fell at {name} last year."
    s = text.index(name)
    assert regions(text, [(s, s + len(name), "ORG")]) == [(s, s + len(name), "ORG")]

"""A plural noun for people opening an English sentence before a plural verb is no person, however
many names the sentence before holds (lead, stop 42: "Islanders" in the sample mix-01)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.en_plural_openers import plural_openers

NAMES_BEFORE = ("The contract went to Harland Marine in Belfast, which has built 9 tugs for Tyne Harbour "
                "since 2015 under Ewan Gair. ")


def test_a_plural_the_tagger_took_for_a_person_is_dropped() -> None:
    text = NAMES_BEFORE + "Crofters have complained for years about the crossings."
    assert "Crofters" not in {e.text for e in analyze(text, "en").entities}


@pytest.mark.parametrize("opener", ["Islanders", "Commuters", "Pensioners", "Residents", "Crofters"])
def test_plural_opener_before_a_plural_verb(opener: str) -> None:
    text = NAMES_BEFORE + f"{opener} have complained for years about the crossings."
    span = (text.index(opener), text.index(opener) + len(opener), "PER")
    assert plural_openers(text, [span]) == []


@pytest.mark.parametrize(("text", "word"), [
    ("Sanders has complained for years about the crossings.", "Sanders"),  # a singular verb: a surname
    ("He said Islanders have waited.", "Islanders"),  # not opening a sentence
    ("Villagers, said Tom, have waited.", "Villagers"),  # no plural verb right after
])
def test_other_one_word_people_stay(text: str, word: str) -> None:
    start = text.index(word)
    span = (start, start + len(word), "PER")
    assert plural_openers(text, [span]) == [span]

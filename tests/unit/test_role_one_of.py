"""A role written as "one of the X's N maintainers" after a name (lead, stop 42: the sample en-04's
Naomi Fairbanks had no role)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.role_after import role_after
from reader.analysis.roles import speaker_roles


@pytest.mark.parametrize(("text", "role"), [
    ("Ruth Ames, one of the charity's four trustees, said the money was gone.", "one of the charity's four trustees"),
    ("Tom Ray, one of the founders of Bluebell Care, said no.", "one of the founders of Bluebell Care"),
    ("Mette Holm, en af klubbens trænere, siger, at det gik godt.", "en af klubbens trænere"),
    ("Mette Holm, en af de tre stiftere, siger nej.", "en af de tre stiftere"),
])
def test_one_of_a_group_of_people(text: str, role: str) -> None:
    assert role_after(text, text.index(",")) == role


@pytest.mark.parametrize("text", [
    "Ruth Ames, one of the best, said so.",
    "Ruth Ames, one of them, said so.",
    "Ruth Ames, one of the people who knew, said so.",
])
def test_no_group_of_people(text: str) -> None:
    assert role_after(text, text.index(",")) == ""


def test_the_speaker_gets_it() -> None:
    text = ('"We were never told," said Ruth Ames, one of the charity\'s four trustees. '
            '"Nobody asked us," she added.')
    assert speaker_roles(analyze(text, "en")).get("Ruth Ames") == "one of the charity's four trustees"

"""English wire patterns found on fresh stories the rules were not written on: a spokesperson
for a body whose name holds "for"/"of" ("the Department for Education"); "she said" after
"Ashcombe manager Karen Doyle ..." when the name finder took the club for a person."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text, "en").quotes]


def test_a_spokesperson_for_a_body_named_with_for_keeps_the_whole_body() -> None:
    text = ("Pupils sleep less than they did, a study says.\n\n"
            "A spokesperson for the Department for Education said: \"We will look carefully at this research.\"")
    assert _speakers(text) == ["A spokesperson for the Department for Education"]


def test_a_spokeswoman_for_a_body_named_with_of_after_the_quote_keeps_the_whole_body() -> None:
    text = "\"We do not comment on operations,\" a spokeswoman for the Ministry of Defence said."
    assert _speakers(text) == ["a spokeswoman for the Ministry of Defence"]


def test_a_pronoun_after_a_club_role_and_name_is_the_named_person_not_the_club() -> None:
    text = ("Dunmore lost 3-0 at home on Saturday.\n\n"
            "Ashcombe manager Karen Doyle praised her side's discipline.\n\n"
            "\"We did not give them a sniff,\" she said.")
    assert _speakers(text) == ["Karen Doyle"]

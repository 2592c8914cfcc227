"""A politician's party in brackets after their name is the affiliation of their quotes (review24:
the quote sheet and the ◆ line lost "(S)" that `reader quotes` showed)."""

from __future__ import annotations

from reader.analysis import analyze


def _speakers(text: str, language: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.role, q.affiliation) for q in analyze(text, language).quotes]


def test_a_party_in_brackets_after_the_name_is_the_quotes_affiliation() -> None:
    text = ("Borgmester Kasper Dahl (S) vil lukke skolen i Ribe.\n\n"
            "- Vi har ikke råd til at holde den åben, siger Kasper Dahl.\n")
    assert _speakers(text, "da") == [("Kasper Dahl", "borgmester", "S")]


def test_an_affiliation_the_attribution_gives_is_kept() -> None:
    text = ("Councillor Ruth Amos (Labour) backed the plan.\n\n"
            '"We need the homes," said Ruth Amos, chair of the Tenants\' Forum.\n')
    found = _speakers(text, "en")
    assert found and found[0][0] == "Ruth Amos" and found[0][2] != "Labour"


def test_no_brackets_no_affiliation() -> None:
    text = "Borgmester Kasper Dahl vil lukke skolen.\n\n- Vi har ikke råd, siger Kasper Dahl.\n"
    assert _speakers(text, "da") == [("Kasper Dahl", "borgmester", "")]

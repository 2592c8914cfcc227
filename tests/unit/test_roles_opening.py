"""English roles of two words opening a sentence before a name ("Council member Isla Rendall
said"), and sentence openers that only end like a trade ("For Anna Bell, ...") giving no role
(lead, stop 42)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.roles import speaker_roles
from reader.commands.analyze import report


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Flights were cut again. Council member Isla Rendall said the airport had to act.", "Isla Rendall", "council member"),
    ("Hospital porter Dan Fyfe said the night shift was short of staff.", "Dan Fyfe", "hospital porter"),
    ("Local baker Ruth Dale said flour had doubled in price.", "Ruth Dale", "local baker"),
    ("Labour member Ian Bell said the vote was lost.", "Ian Bell", "Labour member"),
    ("Welsh winger Owen Pryce said the team was ready.", "Owen Pryce", "Welsh winger"),
    ("The farmer Ben Hoy said the field had flooded.", "Ben Hoy", "farmer"),
])
def test_a_role_opening_the_sentence(text: str, name: str, role: str) -> None:
    assert speaker_roles(analyze(text, "en")).get(name) == role


@pytest.mark.parametrize("text", [
    "The rain stopped at noon. For Anna Bell, it was the end of a long week.",
    "After Anna Bell left the room, the meeting went on.",
    "He waited for an hour. Later Anna Bell said she had been delayed.",
    "Her son Tom Hill said the house was empty.",
])
def test_no_role_from_a_word_that_only_ends_like_one(text: str) -> None:
    result = analyze(text, "en")
    assert any(e.label.value == "PER" for e in result.entities)
    assert speaker_roles(result) == {}


def test_the_report_shows_the_role_a_bare_quote_has_no_own_role_for() -> None:
    text = ('Ferries were cancelled again. Council member Isla Rendall said more crew was needed. '
            '"A ship with no crew does not sail," she said.')
    result = analyze(text, "en")
    assert [q.role for q in result.quotes] == [""] or [q.role for q in result.quotes] == [None]
    assert "Isla Rendall (council member):" in report(result, speaker_roles(result))


def test_reader_analyze_from_stdin_prints_that_role(monkeypatch, capsys) -> None:
    import io
    import sys

    from reader.cli import main

    text = 'Council member Isla Rendall said so. "No crew, no ship," she said.\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert main(["analyze", "-", "--lang", "en"]) == 0
    assert "Isla Rendall (council member):" in capsys.readouterr().out


def test_a_danish_raadmand_is_a_role() -> None:
    """(review28: "Rådmand Sara Ebbesen (S)" showed only the party, no role.)"""
    text = "Rådmand Sara Ebbesen (S) er tilfreds med aftalen.\n\n- Det er en god dag for byen, siger Sara Ebbesen."
    result = analyze(text, "da")
    assert speaker_roles(result).get("Sara Ebbesen") == "rådmand"
    assert [(q.role, q.affiliation) for q in result.quotes] == [("rådmand", "S")]

"""Patterns a new English tuning part (tune9, texts written by the team) showed, in sentences
written for the test (quotes13)."""

from __future__ import annotations

from reader.analysis.pipeline import analyze


def _speakers(text: str, language: str = "en") -> list[str | None]:
    return [q.speaker for q in analyze(text, language).quotes]


def test_bare_turns_alternate_with_the_one_other_person_the_scene_names() -> None:
    text = ('The Boathouse\n\n'
            'Kirsten waited by the slipway until Anders came down with the oars.\n\n'
            '"You are late," she said.\n\n'
            '"The gate was locked."\n\n'
            '"Since when?"\n\n'
            '"Since last night. Somebody changed the padlock."\n')
    assert _speakers(text) == ["Kirsten", "Anders", "Kirsten", "Anders"]


def test_bare_turns_keep_the_one_voice_when_the_scene_names_two_others() -> None:
    text = ('The Boathouse\n\n'
            'Kirsten waited by the slipway with Anders and Pieter.\n\n'
            '"You are late," she said.\n\n'
            '"The gate was locked."\n\n'
            '"Since when?"\n')
    assert "Anders" not in _speakers(text) and "Pieter" not in _speakers(text)


def test_a_lone_bare_turn_after_the_second_tagged_turn_goes_on_with_it() -> None:
    text = ('Kirsten waited by the slipway until Anders came down with the oars.\n\n'
            '"You are late," she said. She did not look up from the rope.\n\n'
            '"Why?"\n\n'
            '"The tide turned an hour ago," she said.\n\n'
            '"But nobody else is here either."\n')
    assert _speakers(text) == ["Kirsten", "Anders", "Kirsten", "Kirsten"]

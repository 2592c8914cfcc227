"""The speaker editor lists ten of the article's people and says how many more complete as you
type (an article of 25 people showed ten names as if they were all)."""

from __future__ import annotations

from reader.tui.screens import speaker


def test_more_than_ten_people_say_how_many_more() -> None:
    people = [f"Person {n}" for n in range(25)]
    hint = speaker.speaker_hint("Anne", people)
    assert "Found in the text: Anne" in hint
    assert hint.endswith("Person 9 and 15 more (type to complete)")


def test_ten_or_fewer_are_listed_whole() -> None:
    hint = speaker.speaker_hint(None, ["Joanne Firth", "Keith Barlow"])
    assert hint.endswith("In the article: Joanne Firth, Keith Barlow")

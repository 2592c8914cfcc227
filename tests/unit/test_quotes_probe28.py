"""A pronoun after an unnamed source described with a place and a "who" clause ("One steward at the
gate on Mill Lane, who asked not to be named, said ...") is that source, not the person quoted in
the paragraph before (a blind probe's picket line, probe28; sentences written for this test)."""

from __future__ import annotations

from reader.analysis import analyze


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(text, "en").quotes]


def test_a_described_source_with_a_place_before_who_is_the_pronoun() -> None:
    text = (
        "Club chairman Brian Tolley said: \"We will open the ground again in March.\"\n\n"
        "One steward at the gate on Mill Lane, who asked not to be named, said staff had not been paid. "
        "\"We have had nothing since October,\" he said."
    )
    speakers = _speakers(text)
    assert speakers[0][1] == "Brian Tolley"
    assert speakers[1][1] is not None and speakers[1][1].endswith("steward")


def test_a_named_person_in_the_place_phrase_is_not_skipped() -> None:
    text = (
        "Club chairman Brian Tolley said: \"We will open the ground again in March.\"\n\n"
        "The steward beside Nora Quayle, who runs the kiosk, said it was cold. \"Nobody came,\" she said."
    )
    assert _speakers(text)[1][1] == "Nora Quayle"  # the person named there, not the description

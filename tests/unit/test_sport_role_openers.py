"""A sports role opening a sentence, or after a dateline's dash, before a name leaves the person
(en_sets._ROLE_NOUNS, en_role_openers18; stop 43)."""

from reader.analysis import analyze


def _people(text: str) -> list[str]:
    return [e.text for e in analyze(text, "en").entities if e.label.value == "PER"]


def test_a_substitute_after_a_dateline_dash() -> None:
    text = "GRIMSBY, England (AP) — Substitute Ossian Carvell scored in the 89th minute as Grimsby Town beat leaders Barnet 2-1."
    assert "Ossian Carvell" in _people(text)


def test_a_substitute_and_a_jockey_opening_a_sentence() -> None:
    assert "Ossian Carvell" in _people("The match was tight. Substitute Ossian Carvell scored late.")
    assert _people("The going was soft. Jockey Ossian Carvell rode the winner.") == ["Ossian Carvell"]

"""One name, one type: a name that stands after "in"/"i" is a place unless it is written as a
person's (reader.analysis.canonical), in sentences of our own."""

from __future__ import annotations

from reader.analysis.canonical import canonical_names


def _labels(text: str, names: list[tuple[str, str]], language: str) -> list[str]:
    spans, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        spans.append((start, start + len(name), label))
        at = start + len(name)
    return canonical_names(text, spans, language)[1]


def test_a_village_after_in_is_a_place_in_every_mention() -> None:
    text = "Water rose in Brockwell overnight. Brockwell was cut off, and Brockwell residents left."
    assert _labels(text, [("Brockwell", "PER")] * 3, "en") == ["LOC"] * 3
    text = "Vandet steg i Hvidbjerg i nat. Hvidbjerg er nu afskåret."
    assert _labels(text, [("Hvidbjerg", "PER")] * 2, "da") == ["LOC"] * 2


def test_a_person_after_in_stays_a_person() -> None:
    for text, name, language in (
        ("The scene in Ada Brock's novel is cold. Ada Brock wrote it in May.", "Ada Brock", "en"),
        ("Many believe in Jonas Hale as a leader. Jonas Hale said so.", "Jonas Hale", "en"),
        ("Stemningen i Lise Kromanns roman er kold. Lise Kromann skrev den i maj.", "Lise Kromann", "da"),
        ("The role in Mr Pell was small. Mr Pell left.", "Mr Pell", "en"),
    ):
        mentions = [m for m in (name + ("s" if language == "da" else ""), name) if m in text]
        found = [(mentions[0], "PER"), (name, "PER")]
        assert _labels(text, found, language) == ["PER", "PER"], text

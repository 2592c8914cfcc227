"""One name, one type, per article (names21, issue 16): a lone word typed as a person that begins an
organisation's or a place's name in the text takes that type and that name's group; a street is a
place; a one-word name after "in" twice is a place even when a mention has a possessive."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.one_type21 import head_pairs, one_type


def _found(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    return {(e.text, e.label.value, e.canonical) for e in analyze(text, language).entities
            if e.label.value in ("PER", "ORG", "LOC")}


def _types(text: str, spans: list, language: str = "en") -> list[str]:
    return [text[s:e] + "/" + label for s, e, label in one_type(text, spans, language)]


def test_a_firms_first_word_alone_is_the_firm() -> None:
    text = "Tolvane Care Ltd runs six homes. Tolvane said it would not comment. A worker left."
    spans = [(0, 16, "ORG"), (33, 40, "PER")]
    assert _types(text, spans) == ["Tolvane Care Ltd/ORG", "Tolvane/ORG"]


def test_not_when_the_word_is_a_persons_name_or_a_given_name() -> None:
    text = "Hollis Group hired Ann Hollis. Hollis said so. Lloyd Stanley paid. Lloyd said so."
    spans = [(0, 12, "ORG"), (19, 29, "PER"), (31, 37, "PER"), (47, 60, "ORG"), (67, 72, "PER")]
    assert _types(text, spans) == [
        "Hollis Group/ORG", "Ann Hollis/PER", "Hollis/PER", "Lloyd Stanley/ORG", "Lloyd/PER"]


def test_a_street_is_a_place_and_a_place_after_in_twice_is_a_place() -> None:
    text = "Pipes burst on Wexhold Lane. Rennet's water failed. People in Rennet waited. Shops in Rennet shut."
    spans = [(15, 27, "PER"), (29, 35, "PER"), (62, 68, "PER"), (86, 92, "PER")]
    assert _types(text, spans) == ["Wexhold Lane/LOC", "Rennet/LOC", "Rennet/LOC", "Rennet/LOC"]


def test_not_a_place_after_a_title() -> None:
    text = "We met Dr Quarle. Staff in Quarle's ward and in Quarle waited."
    spans = [(10, 16, "PER"), (27, 33, "PER"), (48, 54, "PER")]
    assert _types(text, spans) == ["Quarle/PER", "Quarle/PER", "Quarle/PER"]


def test_the_short_form_joins_the_firms_group() -> None:
    spans = [(0, 1, "ORG"), (2, 3, "ORG"), (4, 5, "ORG"), (6, 7, "ORG"), (8, 9, "ORG"), (10, 11, "ORG"),
             (12, 13, "LOC"), (14, 15, "ORG"), (16, 17, "ORG"), (18, 19, "ORG")]
    canon = ["Tolvane Care Ltd", "Tolvane", "Apple", "Apple Music", "Apple Books", "Bøvling", "Bøvling",
             "Bøvling Borgerforening", "BBC", "BBC Radio Stowley"]
    assert head_pairs(spans, canon) == [("Tolvane", "Tolvane Care Ltd")]


def test_an_article_groups_the_firms_short_form_under_its_name() -> None:
    text = ("Inside Greystone Care Ltd\n\nGreystone Care Ltd runs four homes in Ashby. "
            "Greystone said it could not comment on individual residents. Greystone has cared for "
            "thousands, said its founder, Martin Keele.")
    found = _found(text)
    assert ("Greystone", "ORG", "Greystone Care Ltd") in found
    assert not any(label == "PER" and name == "Greystone" for name, label, _c in found)


def test_an_article_keeps_a_town_and_its_street_places() -> None:
    text = ("KELBY. The contamination of Kelby's water was raised again.\n\n"
            + "Angela Shaw, a resident of Kelby, was asked about the burst main on Mill Lane. "
            "Shaw said the admissions in Kelby rose. " * 3
            + "Asked by Laura Pinnock about the hospital admissions in Kelby, Shaw said: \"Yes.\"")
    found = _found(text)
    assert {(n, label) for n, label, _c in found if n in ("Kelby", "Mill Lane")} == {("Kelby", "LOC"), ("Mill Lane", "LOC")}


def test_a_danish_firms_short_form_and_street() -> None:
    text = ("Bygherren er Hedegaard Byg ApS. Hedegaard sagde i går, at byggeriet går i gang ved "
            "Præstevej til sommer. - Vi har lyttet, siger Hedegaard.")
    found = _found(text, "da")
    assert ("Hedegaard", "ORG", "Hedegaard Byg ApS") in found

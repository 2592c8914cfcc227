"""attack21: a lone person's name beside a firm named after them stays a person when the text gives
them a pronoun or an age; a number range ("20-30 nye firmaer") is not a match's score."""

from __future__ import annotations

from reader.analysis.da_teams21 import teams
from reader.analysis.one_type21 import one_type


def _types(text: str, spans: list, language: str = "en") -> list[str]:
    return [text[s:e] + "/" + label for s, e, label in one_type(text, spans, language)]


def _spans(text: str, names: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    out, at = [], 0
    for name, label in names:
        at = text.index(name, at)
        out.append((at, at + len(name), label))
        at += len(name)
    return out


def test_a_firms_first_word_said_he_is_a_person() -> None:
    text = "The Tolvane Organization said it would appeal. Tolvane said he was treated unfairly."
    spans = _spans(text, [("Tolvane Organization", "ORG"), ("Tolvane", "PER")])
    assert _types(text, spans) == ["Tolvane Organization/ORG", "Tolvane/PER"]


def test_a_firms_first_word_with_an_age_is_a_person() -> None:
    text = "Quarby Media Group bought the paper. Quarby, 92, will stay on as chairman."
    spans = _spans(text, [("Quarby Media Group", "ORG"), ("Quarby", "PER")])
    assert _types(text, spans) == ["Quarby Media Group/ORG", "Quarby/PER"]


def test_danish_a_firms_first_word_with_han_is_a_person() -> None:
    text = "Tolvane Holding åbner en butik. Tolvane siger, at han har store planer."
    spans = _spans(text, [("Tolvane Holding", "ORG"), ("Tolvane", "PER")])
    assert _types(text, spans, "da") == ["Tolvane Holding/ORG", "Tolvane/PER"]


def test_the_firms_short_form_still_joins_it() -> None:
    text = "Tolvane Care Ltd runs six homes. Tolvane said it would not comment. Tolvane said she left."
    spans = _spans(text, [("Tolvane Care Ltd", "ORG"), ("Tolvane", "PER")])
    assert _types(text, spans)[1] == "Tolvane/ORG"


def _teams(text: str, names: list[str]) -> list[str]:
    spans = _spans(text, [(name, "LOC") for name in names])
    return [text[s:e] + "/" + label for s, e, label in teams(text, spans)]


def test_a_range_before_what_it_counts_is_no_score() -> None:
    assert _teams("Aarhus spiller en stor rolle, og 20-30 nye firmaer flytter hertil.", ["Aarhus"]) == ["Aarhus/LOC"]
    assert _teams("Kolding tabte 10-15 millioner kroner på projektet.", ["Kolding"]) == ["Kolding/LOC"]
    assert _teams("Silkeborg slår rekord med 3-4 gange flere turister.", ["Silkeborg"]) == ["Silkeborg/LOC"]


def test_a_score_before_a_match_word_still_plays() -> None:
    assert _teams("Viborg slog Silkeborg 3-1 i går.", ["Viborg", "Silkeborg"]) == ["Viborg/ORG", "Silkeborg/ORG"]
    assert _teams("Horsens vandt 2-0 over Vejle.", ["Horsens", "Vejle"]) == ["Horsens/ORG", "Vejle/ORG"]
    assert _teams("Horsens vandt 2-0 efter en svag start.", ["Horsens"]) == ["Horsens/ORG"]


def test_a_street_like_name_with_an_age_or_he_she_is_a_person() -> None:
    text = "Zadie Row, 41, said she had lived there all her life. Pipes burst on Wexhold Lane."
    spans = _spans(text, [("Zadie Row", "PER"), ("Wexhold Lane", "PER")])
    assert _types(text, spans) == ["Zadie Row/PER", "Wexhold Lane/LOC"]

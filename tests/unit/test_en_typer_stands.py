"""English: where the tagger found the very span a rule found, the typer's type stands over the rule's
guess, but not over a type the word lists or the name's form give (``en_typer_stands``)."""

from __future__ import annotations

from reader.analysis import en_typer_stands, names
from reader.analysis.sentences import split_sentences
from reader.analysis.tokens import tokenize

# The rules guess a place from "from"; the typer has an organisation.
GUESS = "She adopted a dog from Second Chance Greyhounds last year."
# The lists know a firm, the form knows a street: the typer's place and person do not stand.
LISTED = "She bought paint at Home Depot, then walked down Mill Lane."


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_the_typer_stands_over_a_guess_only() -> None:
    text = "Second Chance Greyhounds and Home Depot and Mill Lane and Tarvik Holm"
    guess, firm, street, person = (_span(text, x) for x in ("Second Chance Greyhounds", "Home Depot",
                                                            "Mill Lane", "Tarvik Holm"))
    spans = [(*guess, "ORG"), (*firm, "LOC"), (*street, "PER")]
    ruled = [(*guess, "LOC"), (*firm, "ORG"), (*street, "LOC"), (*person, "PER")]
    assert en_typer_stands.typer_stands(text, spans, ruled) == [
        (*guess, "ORG"),  # the rules' guess: the typer's type
        (*firm, "ORG"),  # a firm the lists know: the rules' type
        (*street, "LOC"),  # a street by its form: the rules' type
        (*person, "PER"),  # the tagger did not find it: the rules' type
    ]


def test_listed_and_formed() -> None:
    assert en_typer_stands.listed("Home Depot") and en_typer_stands.listed("Texas")
    assert not en_typer_stands.listed("Second Chance Greyhounds")
    assert en_typer_stands.formed("Mill Lane") and en_typer_stands.formed("Acme Corp")
    assert en_typer_stands.formed("University of Tarnowek")
    assert not en_typer_stands.formed("Lane") and not en_typer_stands.formed("Second Chance Greyhounds")


def _found(text: str, tagged: dict[str, str]) -> dict[str, str]:
    def tagger(tokens, sentences, breaks, language, evidence=None):
        return [(*_span(text, name), label) for name, label in tagged.items()]

    names.model_names, old = tagger, names.model_names
    try:
        spans = names.find_names(text, tokenize(text, "en"), split_sentences(text), "en")
    finally:
        names.model_names = old
    return {text[s:e]: label for s, e, label in spans}


def test_find_names_takes_the_typer_type_over_a_guess(monkeypatch) -> None:
    assert _found(GUESS, {"Second Chance Greyhounds": "ORG"})["Second Chance Greyhounds"] == "ORG"
    found = _found(LISTED, {"Home Depot": "LOC", "Mill Lane": "PER"})
    assert found["Home Depot"] == "ORG" and found["Mill Lane"] == "LOC"
    monkeypatch.setattr(en_typer_stands, "MODE", "off")
    assert _found(GUESS, {"Second Chance Greyhounds": "ORG"})["Second Chance Greyhounds"] == "LOC"  # before
    monkeypatch.setattr(en_typer_stands, "MODE", "all")
    found = _found(LISTED, {"Home Depot": "LOC", "Mill Lane": "PER"})
    assert found["Home Depot"] == "LOC" and found["Mill Lane"] == "PER"  # every rule type given up


def test_a_person_the_lists_or_an_age_know_keeps_the_rule_type(monkeypatch) -> None:
    text = "Lee, 52, met Tarvik Whelan and Anna Torsby at the port."
    assert en_typer_stands.person(text, *_span(text, "Lee"))  # an age after it
    assert en_typer_stands.person(text, *_span(text, "Tarvik Whelan"))  # a family name the lists know
    assert en_typer_stands.person(text, *_span(text, "Anna Torsby"))  # a first name the lists know
    assert not en_typer_stands.person("Tarvik Quorrel went home.", 0, 14)
    tagged = {"Lee": "LOC", "Tarvik Whelan": "LOC", "Anna Torsby": "ORG"}
    assert _found(text, tagged) == {"Lee": "PER", "Tarvik Whelan": "PER", "Anna Torsby": "PER"}
    monkeypatch.setattr(en_typer_stands, "PEOPLE", False)
    assert _found(text, tagged) == tagged  # the typer's guesses, as with PEOPLE off

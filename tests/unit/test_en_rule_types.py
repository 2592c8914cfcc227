"""English: a lone word the rules type only as a piece of another name keeps the typer's type where
the tagger found it too (``en_rule_types``)."""

from __future__ import annotations

from reader.analysis import en_rule_types, en_typer_stands, names
from reader.analysis.english import english_names
from reader.analysis.sentences import split_sentences
from reader.analysis.tokens import tokenize

# A heading alone on its line reads as a person to the rules, and every later "Tarnowek" borrows that.
TEXT = ("Tarnowek\n\nTarnowek is a port town on the coast. Ferries leave Tarnowek twice a day, and most "
        "visitors to Tarnowek stay a night.")
LATER = [(k, k + len("Tarnowek")) for k in (10, 62, 105)]


def test_the_rules_report_the_words_they_typed_by_another_mention() -> None:
    lone: set[tuple[int, int]] = set()
    ruled = english_names(tokenize(TEXT, "en"), {0, 2}, TEXT, lone)
    assert all(TEXT[s:e] == "Tarnowek" for s, e in LATER)
    assert lone == set(LATER)
    assert {(s, e): label for s, e, label in ruled}[LATER[1]] == "PER"


def test_the_tagger_type_stands_only_for_those_words() -> None:
    spans = [(10, 18, "LOC"), (62, 70, "LOC"), (200, 205, "ORG")]
    ruled = [(0, 8, "PER"), (10, 18, "PER"), (62, 70, "PER"), (105, 113, "PER"), (200, 205, "LOC")]
    lone = {(10, 18), (62, 70), (105, 113)}
    assert en_rule_types.typer_types_stand(spans, ruled, lone) == [
        (0, 8, "PER"),  # not borrowed: the rules' own type
        (10, 18, "LOC"), (62, 70, "LOC"),  # borrowed, and the tagger found them: its type
        (105, 113, "PER"),  # borrowed, but the tagger did not find it: the rules' type
        (200, 205, "LOC"),  # the rules' own name over the tagger's: as before
    ]
    assert en_rule_types.typer_types_stand(spans, ruled, set()) == ruled


def test_find_names_keeps_the_place_the_typer_saw(monkeypatch) -> None:
    def tagger(tokens, sentences, breaks, language, evidence=None):
        return [(s, e, "LOC") for s, e in LATER]

    monkeypatch.setattr(names, "model_names", tagger)
    tokens = tokenize(TEXT, "en")
    found = {(s, e): label for s, e, label in names.find_names(TEXT, tokens, split_sentences(TEXT), "en")}
    assert [found.get(x) for x in LATER] == ["LOC", "LOC", "LOC"]
    monkeypatch.setattr(en_rule_types, "ON", False)
    monkeypatch.setattr(en_typer_stands, "MODE", "off")  # which would let the typer's type stand too
    found = {(s, e): label for s, e, label in names.find_names(TEXT, tokens, split_sentences(TEXT), "en")}
    assert [found.get(x) for x in LATER] == ["PER", "PER", "PER"]  # before: the heading's type everywhere


def test_a_name_a_rule_retypes_lets_go_of_the_typer_scores() -> None:
    before = [(0, 14, "LOC"), (20, 26, "PER")]
    after = [(0, 14, "ORG"), (20, 26, "PER")]
    evidence = {(0, 14): (0.0, 1.0, 5.0), (20, 26): (4.0, 0.0, 1.0)}
    assert en_rule_types.let_go(before, after, evidence) == after
    assert evidence == {(20, 26): (4.0, 0.0, 1.0)}  # the retyped team's scores are gone, the rest stay
    assert en_rule_types.let_go(before, after, None) == after


def test_a_team_named_twice_stays_an_organisation(monkeypatch) -> None:
    from reader.analysis import analyze

    text = "Fans of the Boston Red Sox filled the park, and the Boston Red Sox now lead the league."
    teams = [(m, m + len("Boston Red Sox")) for m in (12, 52)]

    def tagger(tokens, sentences, breaks, language, evidence=None):
        for span in teams:  # the typer's scores favour a place at both mentions
            evidence[span] = (0.0, 1.0, 9.0)
        return [(s, e, "LOC") for s, e in teams]

    monkeypatch.setattr(names, "model_names", tagger)
    assert all(text[s:e] == "Boston Red Sox" for s, e in teams)
    labels = [e.label.value for e in analyze(text, "en").entities if e.text == "Boston Red Sox"]
    assert labels == ["ORG", "ORG"]  # en_orgs: a place's name and a plural is a team
    monkeypatch.setattr(en_rule_types, "LET_GO", False)
    labels = [e.label.value for e in analyze(text, "en").entities if e.text == "Boston Red Sox"]
    assert labels == ["LOC", "LOC"]  # before: the scores voted the rule's type back

"""A spokesman's name after his organisation is found, wherever the text around it goes on
(reader.analysis.name_rules.untagged_people), and the quote is his, in sentences of our own."""

from __future__ import annotations

from reader.analysis.name_base import sentence_start_tokens
from reader.analysis.pipeline import analyze
from reader.analysis.sentences import split_sentences
from reader.analysis.tokens import tokenize

TEXT = ("Strømmen gik\n\nAarhus. Strømmen gik i nat.\n\n"
        "- Vi arbejder på sagen, siger pressechef hos Vestkraft Maja Rindom.\n\n"
        "- Det tager tid, siger pressechef hos Bøgeskov Havn Søren Kamp.\n\n"
        "- Vi ved det ikke, siger pressechef hos Aarhus Kommune Søren Kamp.\n")


def test_a_spokesman_after_his_harbour_speaks_and_is_not_the_previous_spokeswoman() -> None:
    result = analyze(TEXT, "da")
    assert [(q.speaker, q.affiliation) for q in result.quotes] == [
        ("Maja Rindom", "Vestkraft"), ("Søren Kamp", "Bøgeskov Havn"), ("Søren Kamp", "Aarhus Kommune")]
    people = [e.text for e in result.entities if e.label.value == "PER"]
    assert people == ["Maja Rindom", "Søren Kamp", "Søren Kamp"]


def test_only_a_known_given_name_opens_a_person(monkeypatch) -> None:
    from reader.analysis import name_rules

    text = "Mødet med Søren Kamp Hansen var kort. Søren Kamp kom ikke. De talte om Grøn Omstilling."
    tokens = tokenize(text, "da")
    starts = sentence_start_tokens(tokens, split_sentences(text))
    tags: dict[int, str] = {}
    name_rules.untagged_people(tokens, tags, starts)
    # the sentence opener too (UNTAGGED_OPENING, namesda17), not "Grøn Omstilling"
    assert [tokens.words[k] for k in sorted(tags)] == ["Søren", "Kamp", "Hansen", "Søren", "Kamp"]
    monkeypatch.setattr(name_rules, "UNTAGGED_OPENING", False)
    tags = {}
    name_rules.untagged_people(tokens, tags, starts)
    assert [tokens.words[k] for k in sorted(tags)] == ["Søren", "Kamp", "Hansen"]  # inside a sentence only

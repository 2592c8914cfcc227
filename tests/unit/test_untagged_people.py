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


def test_only_a_known_given_name_inside_a_sentence_opens_a_person() -> None:
    from reader.analysis.name_rules import untagged_people

    text = "Mødet med Søren Kamp Hansen var kort. Søren Kamp kom ikke. De talte om Grøn Omstilling."
    tokens = tokenize(text, "da")
    tags: dict[int, str] = {}
    untagged_people(tokens, tags, sentence_start_tokens(tokens, split_sentences(text)))
    found = sorted(tags)
    assert [tokens.words[k] for k in found] == ["Søren", "Kamp", "Hansen"]  # not the sentence opener, not "Grøn ..."

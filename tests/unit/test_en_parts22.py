"""English names of two bodies or places joined by "and" that were taken as one (en_parts22, namesen22)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze, en_parts22
from reader.analysis.perceptron import load_model


def _split(words: list[str], label: str, vocab: dict[str, str] | None = None) -> list[str]:
    """The names ``split_runs`` makes of one run over all of ``words`` typed ``label``."""
    tags = {k: ("B-" if k == 0 else "I-") + label for k in range(len(words))}
    found = en_parts22.split_runs(words, 0, [(0, len(words), label)], tags, vocab or {})
    for k, j, _label in found:  # the tags agree with the parts
        assert tags[k] == "B-" + label and all(tags[m] == "I-" + label for m in range(k + 1, j))
    assert sum(j - k for k, j, _ in found) == len(tags)
    return [" ".join(words[k:j]) for k, j, _label in found]


def test_a_run_of_two_places_is_split_at_and() -> None:
    assert _split(["Tollby", "and", "Marwick", "Heath"], "LOC") == ["Tollby", "Marwick Heath"]
    assert _split(["Grenbury", "Trust", "and", "Oxfam"], "ORG", {"trust": "B"}) == ["Grenbury Trust", "Oxfam"]


def test_one_body_of_several_words_stays_whole() -> None:
    # the word before "and" is written only in lower case in training: one body's name
    assert _split(["Ways", "and", "Means", "Panel"], "ORG", {"ways": "L"}) == ["Ways and Means Panel"]
    # the last word names the body's kind
    assert _split(["Avon", "and", "Somerset", "Police"], "ORG") == ["Avon and Somerset Police"]
    # a firm of one word each side
    assert _split(["Marks", "and", "Spencer"], "ORG") == ["Marks and Spencer"]
    # a lower-case word beside the "and", or none after it
    assert _split(["Tollby", "and", "the", "Heath"], "LOC") == ["Tollby and the Heath"]


def test_split_runs_off_keeps_every_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(en_parts22, "ON", False)
    assert _split(["Tollby", "and", "Marwick", "Heath"], "LOC") == ["Tollby and Marwick Heath"]


def test_two_bodies_reads_the_first_name_whole() -> None:
    assert en_parts22.two_bodies(["the", "Wikimedia", "Foundation"])
    assert en_parts22.two_bodies(["United", "Nations"])  # the gazetteer's body
    assert not en_parts22.two_bodies(["The", "University"])  # "The University and College Union"
    assert not en_parts22.two_bodies(["Procter"])
    assert not en_parts22.two_bodies(["Institute", "of", "Genetics"])


def _names(text: str) -> list[tuple[str, str]]:
    load_model("en").clear()  # the run memo does not know the switch
    return [(text[e.start:e.end], e.label.value) for e in analyze(text, "en").entities
            if e.label.value in ("PER", "ORG", "LOC")]


@pytest.mark.skipif(load_model("en") is None, reason="no English weights")
def test_analyze_finds_two_bodies_and_the_switch_restores_one(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Grants came from the Hewlett Foundation and Oxfam, and the Wikimedia Foundation and Creative Commons."
    found = _names(text)
    assert ("Hewlett Foundation", "ORG") in found and ("Oxfam", "ORG") in found
    assert ("Wikimedia Foundation", "ORG") in found and ("Creative Commons", "ORG") in found
    text2 = "The University and College Union said its members would vote."
    assert _names(text2) == [("University and College Union", "ORG")]
    monkeypatch.setattr(en_parts22, "ON", False)
    try:
        assert ("Hewlett Foundation and Oxfam", "ORG") in _names(text)
    finally:
        load_model("en").clear()


def _joined(text: str, names: list[tuple[str, str]]) -> list[str]:
    spans = []
    for name, label in names:
        s = text.index(name)
        spans.append((s, s + len(name), label))
    return [text[s:e] + "/" + label for s, e, label in en_parts22.of_the(text, sorted(spans))]


def test_a_body_of_the_place_is_one_name() -> None:
    text = "She wrote to the Senate of the United States and the Parish Library of the Tollby Estate."
    names = [("Senate", "ORG"), ("United States", "LOC"), ("Parish Library", "ORG"), ("Tollby Estate", "LOC")]
    assert _joined(text, names) == ["Senate of the United States/ORG", "Parish Library of the Tollby Estate/ORG"]


def test_of_the_joins_only_a_body_before_it(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Ann Tull of the Tollby Trust met Marwick of the Heath Group and the Society of Friends."
    names = [("Ann Tull", "PER"), ("Tollby Trust", "ORG"), ("Marwick", "LOC"), ("Heath Group", "ORG")]
    # a person, or a name whose last word names no body, stays apart; "of" without "the" is left
    assert _joined(text, names) == ["Ann Tull/PER", "Tollby Trust/ORG", "Marwick/LOC", "Heath Group/ORG"]
    text = "The Senate of the United States met."
    monkeypatch.setattr(en_parts22, "OF_THE", False)
    assert _joined(text, [("Senate", "ORG"), ("United States", "LOC")]) == ["Senate/ORG", "United States/LOC"]


@pytest.mark.skipif(load_model("en") is None, reason="no English weights")
def test_analyze_finds_the_senate_of_the_united_states() -> None:
    text = "He addressed the Senate of the United States and the Government of the Republic of Albania."
    assert _names(text) == [("Senate of the United States", "ORG"), ("Government of the Republic of Albania", "ORG")]

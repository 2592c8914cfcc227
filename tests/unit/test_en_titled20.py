"""English (namesen20): a person named after a title, a job noun or in apposition to "the <job>",
and a found person's title cut off (``en_titled20``)."""

from __future__ import annotations

from reader.analysis import analyze, en_titled20
from reader.analysis.tokens import tokenize

VOCAB = {"crew": "L", "mysteries": "L", "the": "L"}


def _span(text: str, name: str, label: str = "PER") -> tuple[int, int, str]:
    start = text.index(name)
    return start, start + len(name), label


def _people(text: str, spans: list[tuple[int, int, str]] | None = None) -> list[str]:
    out = en_titled20.titled_people(text, tokenize(text, "en"), spans or [], VOCAB)
    return [text[s:e] for s, e, label in out if label == "PER"]


def test_two_name_words_after_a_title_are_a_person() -> None:
    assert _people('"We will rebuild," said Councillor Alun Pritchard.') == ["Alun Pritchard"]
    assert _people("Detective Inspector Mark Hollins said so.") == ["Mark Hollins"]


def test_a_lone_word_or_a_longer_run_or_a_known_lower_case_word_is_left() -> None:
    assert _people("said Councillor Pritchard.") == []  # (one word: the tagger's)
    assert _people("at Councillor Alun Pritchard Memorial Hall.") == []
    assert _people("the Inspector Lynley Mysteries on television.") == []  # "mysteries": a word


def test_a_job_noun_before_the_name() -> None:
    assert _people("The statue was made by the sculptor Adebayo Ferris last year.") == ["Adebayo Ferris"]
    assert _people("Neighbouring trader Amira Haddad, who runs a shop, agreed.") == ["Amira Haddad"]


def test_the_name_in_apposition_to_the_job() -> None:
    text = "The director of the new production, Tobiasz Wolak, said the cast had worked hard."
    assert _people(text) == ["Tobiasz Wolak"]
    assert _people("We saw Leeds, Tobiasz Wolak, and others.") == []  # (a list: no job noun before)


def test_a_found_persons_title_is_cut_off(monkeypatch) -> None:
    text = "Sub Officer Len Burrows and Fed Chair Jerome Powell met Doctor Duvall."
    spans = [_span(text, "Sub Officer Len Burrows"), _span(text, "Fed Chair Jerome Powell"), _span(text, "Doctor Duvall")]
    assert _people(text, spans) == ["Len Burrows", "Jerome Powell", "Doctor Duvall"]
    monkeypatch.setattr(en_titled20, "TRIM", False)
    assert _people(text, spans) == ["Sub Officer Len Burrows", "Fed Chair Jerome Powell", "Doctor Duvall"]


def test_a_name_a_span_touches_and_a_title_case_headline_are_left() -> None:
    text = "She met Councillor Alun Pritchard."
    touching = [_span(text, "Alun", "ORG")]
    assert en_titled20.titled_people(text, tokenize(text, "en"), touching, VOCAB) == touching
    assert _people("EU Commissioner Defends Cuts to North East Funding\n\nThe plan was dropped.") == []


def test_analyze_finds_them_and_off_restores(monkeypatch) -> None:
    text = ('"We will rebuild," said Councillor Alun Pritchard. The statue was made by the sculptor Adebayo '
            "Ferris. The director of the new production, Tobiasz Wolak, said the cast had worked hard. Sub "
            "Officer Len Burrows said the crew arrived within minutes.")

    def people() -> set[str]:
        return {text[e.start:e.end] for e in analyze(text, "en").entities if e.label.value == "PER"}

    assert {"Alun Pritchard", "Adebayo Ferris", "Tobiasz Wolak", "Len Burrows"} <= people()
    monkeypatch.setattr(en_titled20, "ON", False)
    assert not {"Alun Pritchard", "Adebayo Ferris", "Tobiasz Wolak", "Len Burrows"} & people()

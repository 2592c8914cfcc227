"""English: a surname opening a sentence, or dropped by the typer, that the text names elsewhere (en_openers)."""

import pytest

from reader.analysis import analyze
from reader.analysis.en_doc import doc_table
from reader.analysis.en_openers import named_elsewhere, opener_candidates
from reader.analysis.tokens import tokenize


def _table(sentences: list[str]) -> dict:
    words: list[str] = []
    starts: set[int] = set()
    for sentence in sentences:
        starts.add(len(words))
        words.extend(tokenize(sentence, "en").words)
    return doc_table(words, starts)


def _opens(sentence: str, others: list[str], vocab: dict[str, str] | None = None) -> bool:
    words = tokenize(sentence, "en").words
    tags: dict[int, str] = {}
    cands = [k for k, w in enumerate(words) if w[:1].isupper()]
    opener_candidates(words, tags, {0}, cands, _table([sentence] + others), vocab or {})
    return 0 in tags


@pytest.mark.parametrize("sentence, others", [
    ("Vollmark studied law in the city.", ["The farm belonged to Hedda Vollmark and her sister."]),
    ("Tranter said the plans were ready.", ["The council met the architect Dr. Tranter on Monday."]),
    ("Quenby thinks it is fine.", ["We asked for Quenby's opinion."]),
])
def test_a_surname_opening_a_sentence_is_a_candidate(sentence: str, others: list[str]) -> None:
    assert _opens(sentence, others)


@pytest.mark.parametrize("sentence, others, vocab", [
    # alone: nothing else in the text names it
    ("Vollmark studied law in the city.", [], None),
    # written in lower case elsewhere: an ordinary word
    ("Harvest starts in May.", ["The Harvest Fair opened.", "The harvest was poor."], None),
    # capitalised elsewhere, but never as a name's part ("next to a capitalised word" and the like)
    ("Terminal buildings were closed.", ["They waited in the old Terminal for hours."], None),
    # a plural of a word training text writes in lower case
    ("Shares fell sharply.", ["Trading in Garland Shares Trust stopped."], {"share": "L"}),
    # a title
    ("Bishop proposes a merger.", ["The Bishop Anne Kell spoke."], None),
])
def test_an_ordinary_word_opening_a_sentence_is_not(sentence: str, others: list[str], vocab) -> None:
    assert not _opens(sentence, others, vocab)


def test_a_dropped_lone_word_is_kept_after_a_given_name_elsewhere() -> None:
    text = ["Later the prize went to Galois alone.", "The young Dr. Galois wrote it down."]
    words = tokenize(text[0], "en").words
    k = words.index("Galois")
    assert named_elsewhere(words, k, False, _table(text), {})
    alone = ["Later the prize went to Galois alone.", "Galois wrote it down."]
    assert not named_elsewhere(words, k, False, _table(alone), {})


def test_the_surname_is_found_in_a_whole_text() -> None:
    text = ("Hedda Vollmark grew up on a farm near the coast. Vollmark studied law in the city "
            "and later taught there.")
    found = {(text[e.start:e.end], e.label.value) for e in analyze(text, "en").entities}
    assert ("Vollmark", "PER") in found

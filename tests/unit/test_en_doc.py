"""English names: the typer's features from the other mentions of a word in the same document."""

from __future__ import annotations

from reader.analysis import en_doc
from reader.analysis.iob import GoldSentence
from reader.analysis.tokens import tokenize


def _words(text: str) -> list[str]:
    return tokenize(text, "en").words


def _table(*sentences: str) -> en_doc.Table:
    with en_doc.document([_words(s) for s in sentences]):
        table = en_doc.current()
    assert table is not None
    return table


def test_other_mentions_mark_a_lone_word() -> None:
    table = _table("We met Mr Theodorus at noon.", "Later Theodorus said no.", "Theodorus left.")
    words = _words("Later Theodorus said no.")
    feats = en_doc.doc_features(words, 1, 2, False, table)
    # The other two mentions: one after a title, one opening a sentence; its own "said" is left out.
    assert "D:1t" in feats and "D:1f" in feats and "D:1n2" in feats
    assert "D:1s" not in feats


def test_a_word_met_once_or_a_sentence_alone_adds_nothing() -> None:
    words = _words("Later Theodorus said no.")
    feats = en_doc.doc_features(words, 1, 2, False, _table("Later Theodorus said no."))
    assert [f for f in feats if not f.startswith("D:y")] == []  # only the text's style (D:y)
    assert en_doc.current() is None  # the table is set only inside ``document``


def test_lower_case_and_given_name_mentions() -> None:
    table = _table("The Reading Room opened.", "She likes reading at home.", "We asked Anna Bell.", "Bell agreed.")
    reading = en_doc.doc_features(_words("The Reading Room opened."), 1, 3, False, table)
    assert "D:Fl" in reading  # "reading" is written in lower case elsewhere: an ordinary word
    bell = en_doc.doc_features(_words("Bell agreed."), 0, 1, True, table)
    assert "D:1v" in bell and "D:1r" in bell  # after a given name elsewhere ("Anna Bell")


def test_evaluation_reads_each_document() -> None:
    from reader.analysis.evaluate import _doc_contexts

    sents = [GoldSentence("Mr Theodorus came.", [], 1), GoldSentence("Theodorus left.", [], 1),
             GoldSentence("Leeds won.", [], 2)]
    contexts = _doc_contexts(sents, "en")
    assert sorted(contexts) == [1, 2] and len(contexts[1]) == 2
    assert _doc_contexts(sents, "da") == {}


def _margin(text: str, word: str) -> float:
    """The typer's PER score less its LOC score for the last mention of ``word`` in ``text``."""
    from reader.analysis.names import model_names
    from reader.analysis.sentences import split_sentences

    evidence: dict = {}
    model_names(tokenize(text, "en"), split_sentences(text), frozenset(), "en", evidence)
    start = text.rindex(word)
    per, _org, loc = evidence[(start, start + len(word))]
    return per - loc


def test_the_shipped_typer_reads_the_other_mentions() -> None:
    # The same sentence, the same run memo: a title elsewhere makes "Theodorus" more a person, a
    # preposition of place less (the memo key holds what the document says of the run's words).
    # No "we" or "I": the texts are alike in style (en_doc.STYLE), so only the other mention differs.
    later = "Later Theodorus came back."
    alone = _margin(later, "Theodorus")
    assert _margin("The team spoke to Mr Theodorus on Monday. " + later, "Theodorus") > alone
    assert _margin("The team flew to Theodorus last week. " + later, "Theodorus") < alone

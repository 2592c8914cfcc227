"""The rule passes' word index (reader.analysis.word_sets): the positions it gives are those a
plain pass over the words gives, for a registered test, an unregistered one, rare and common words."""

from reader.analysis import word_sets
from reader.analysis.tokens import tokenize

TEXT = (
    "Anne Holm fra Danske Bank og Lise Berg fra Retten i Holbæk. Det siger A.K. Lund & Co. til TV 2 og "
    "Jobcenter Vejle. Og så videre, og Anne Holm igen i 2024 og i Store Heddinge."
)


def _plain(words, keep):
    return [k for k, word in enumerate(words) if keep(word)]


def test_positions_are_those_of_a_plain_pass() -> None:
    words = tokenize(TEXT, "da").words
    word_sets.release()
    registered = word_sets.notable(lambda word: word in ("og", "Og", "&"))
    tests = [
        registered, word_sets.capitalised, str.isdigit, lambda word: word == "Holm",
        lambda word: word in ("Retten", "i", "TV"), lambda word: word.endswith("."), lambda word: False,
    ]
    for keep in tests:
        assert word_sets.where(words, keep) == _plain(words, keep)
    assert word_sets.distinct(words) == frozenset(words)
    # A list (not kept between calls) gives the same.
    assert word_sets.where(list(words), registered) == _plain(words, registered)


def test_release_forgets_the_words() -> None:
    words = tokenize(TEXT, "da").words
    word_sets.where(words, word_sets.capitalised)
    assert word_sets._LAST is not None and word_sets._LAST.words is words
    word_sets.release()
    assert word_sets._LAST is None
    # The analysis keeps no text's words after it is done (a long text's would be large).
    from reader.analysis import analyze

    analyze(TEXT, "da")
    assert word_sets._LAST is None

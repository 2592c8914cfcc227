"""The word index read token by token (speed19) gives what testing every word gives."""

from __future__ import annotations

import random

from pathlib import Path

from reader.analysis import names, numbers, word_sets  # noqa: F401 (the rule passes register their tests)
from reader.analysis.iob import read_marked
from reader.analysis.tokens import tokenize
from reader.analysis.word_memo import WordMemo

_POOL = ["Anne", "og", "Holm", "x", "Byråd", "A", "B", "c", "&", "2024", "Retten", "i", "Store", "TV", ".",
         "Kommune", "Danske", "Bank", "A/S", "hr.", "K.", "Heddinge", "Jobcenter"]


def test_each_is_the_function_of_every_word_in_order() -> None:
    calls: list[str] = []

    def fn(word: str) -> int:
        calls.append(word)
        return len(word) % 3

    memo = WordMemo(fn, limit=5)
    rng = random.Random(19)
    for _ in range(300):
        words = tuple(rng.choice(_POOL) for _ in range(rng.randint(0, 25)))
        assert memo.each(words) == [fn(w) for w in words]
        assert len(memo.known) <= 5  # (bounded as ``hits`` is)
    memo = WordMemo(fn)
    calls.clear()
    memo.each(("og", "og", "Holm", "og"))
    assert sorted(calls) == ["Holm", "og"]  # each new word worked out once, repeats not again
    calls.clear()
    memo.each(("Holm", "og"))
    assert calls == []  # then remembered


def test_every_registered_test_gives_the_positions_a_plain_pass_gives() -> None:
    rng = random.Random(20)
    tests = list(word_sets._TESTS)
    assert len(tests) >= 20  # (every rule pass's test: the name rules' modules are imported)
    texts = [tuple(rng.choice(_POOL) for _ in range(rng.randint(0, 40))) for _ in range(300)]
    texts.append(tokenize("Anne Holm fra Danske Bank A/S og hr. K. Holm fra Retten i Holbæk, 12. maj 2024.", "da").words)
    articles = Path(__file__).resolve().parents[1] / "ner_articles"
    for name, language in (("da.txt", "da"), ("en.txt", "en")):
        texts.extend(tokenize(article.text, language).words for article in read_marked(articles / name)[:40])
    for words in texts:
        word_sets.release()
        for keep in tests:
            assert word_sets.where(words, keep) == [k for k, w in enumerate(words) if keep(w)]
        assert word_sets.distinct(words) == frozenset(words)
        # an unregistered test too, and a set's membership
        assert word_sets.where(words, str.isdigit) == [k for k, w in enumerate(words) if w.isdigit()]
        chosen = set(rng.sample(_POOL, 4))
        assert word_sets.where(words, chosen.__contains__) == [k for k, w in enumerate(words) if w in chosen]
    word_sets.release()


def test_the_positions_given_are_copies() -> None:
    words = tokenize("Anne Holm og Anne Holm.", "da").words
    word_sets.release()
    first = word_sets.where(words, word_sets.capitalised)
    first.append(99)
    assert word_sets.where(words, word_sets.capitalised) == [0, 1, 3, 4]
    never = word_sets.notable(_never)
    word_sets.release()
    nothing = word_sets.where(words, never)
    nothing.append(1)
    assert word_sets.where(words, never) == []
    assert word_sets.where(words, word_sets.capitalised) == [0, 1, 3, 4]
    word_sets.release()


def _never(word: str) -> bool:
    """A registered test that holds for no word (``notable`` keeps the first registration)."""
    return word == "zzz-never"

"""The word memos kept across texts (reader.analysis.word_memo) answer as the uncached tests, on
random and real input, text after text, and never hold more words than their limit."""

from __future__ import annotations

import random
from pathlib import Path

from reader.analysis import numbers, word_sets
from reader.analysis.iob import read_marked
from reader.analysis.tokens import tokenize
from reader.analysis.word_memo import WordMemo, clear_memos

ARTICLES = Path(__file__).resolve().parents[1] / "ner_articles" / "da.txt"
PIECES = ["Anne", "Holm", "og", "&", "i", "2024", "3.", "maj", "kl.", "Retten", "Byretten", "A/S", "Region",
          "HK", "Vejle", "Kommune", "17-årige", "fredag", "p.fredag", "Jobcenter", "SF", "V", "Kristeligt",
          "Forsvarsministeriet", "Hansens", "bydelen", "1.500", "4,5", "procent", "Museum", "Fagforbundet"]


def _texts() -> list[str]:
    rng = random.Random(5)
    real = [article.text for article in read_marked(ARTICLES)]
    made = [" ".join(rng.choice(PIECES) + rng.choice(["", "", ".", ","]) for _ in range(rng.randint(1, 40)))
            for _ in range(200)]
    mixed = real + made
    rng.shuffle(mixed)
    return mixed


def _plain(words, keep):
    return [k for k, word in enumerate(words) if keep(word)]


def test_notable_marks_as_the_tests_text_after_text() -> None:
    clear_memos()
    for text in _texts():
        words = tokenize(text, "da").words
        word_sets.release()
        for keep in word_sets._TESTS:
            assert word_sets.where(words, keep) == _plain(words, keep), (text, keep)
    word_sets.release()


def test_a_test_registered_later_is_asked_about_known_words() -> None:
    words = tokenize("Anne Holm og Lise Berg fra Vejle og Omegn.", "da").words
    word_sets.where(words, word_sets.capitalised)  # every word's mark remembered
    word_sets.release()
    late = word_sets.notable(lambda word: word in ("Omegn", "Berg"))
    assert word_sets.where(words, late) == _plain(words, late) == [4, 8]
    word_sets.release()


def test_date_openings_as_the_whole_text_scan() -> None:
    clear_memos()
    for text in _texts():
        tokens = tokenize(text, "da")
        assert numbers.find_dates_numbers(text, "da", tokens) == numbers.find_dates_numbers(text, "da"), text


def test_a_memo_stays_bounded() -> None:
    calls: list[str] = []

    def fn(word: str) -> int:
        calls.append(word)
        return len(word) % 3  # (0 for a third of the words: not among the hits)

    memo = WordMemo(fn, limit=50)
    rng = random.Random(2)
    for _ in range(300):
        words = {f"w{rng.randint(0, 400)}" for _ in range(rng.randint(0, 30))}
        assert memo.hits(words) == {word: len(word) % 3 for word in words if len(word) % 3}
        assert len(memo.known) <= 50
    many = {f"x{k}" for k in range(80)} | {"w1"}
    assert memo.hits(many) == {word: len(word) % 3 for word in many if len(word) % 3}
    assert len(memo.known) <= 50  # more new words than the limit at once: not kept
    memo.hits({"w1"})
    calls.clear()
    memo.hits({"w1", "w22"})
    memo.hits({"w1"})
    assert calls.count("w1") == 0 and calls.count("w22") == 1  # a known word is not asked about again
    clear_memos()
    assert not memo.known


def test_a_memo_emptied_meanwhile_answers_the_same() -> None:
    class Emptying(dict):
        """A cache another thread empties between the look-ups (``known`` raises KeyError)."""

        def __getitem__(self, word):
            raise KeyError(word)

    memo = WordMemo(len)
    memo.known = Emptying()
    assert memo.hits({"ab", "c", ""}) == {"ab": 2, "c": 1}


def test_model_clear_empties_the_memos() -> None:
    from reader.analysis import analyze
    from reader.analysis.perceptron import load_model

    analyze("Anne Holm fra Vejle siger det 3. maj.", "da")
    assert word_sets._MARKS.known and numbers._OPENINGS.known
    model = load_model("da")
    if model is not None:
        model.clear()
        assert not word_sets._MARKS.known and not numbers._OPENINGS.known


def test_a_false_value_is_remembered_too() -> None:
    calls: list[str] = []

    def fn(word: str) -> object:
        calls.append(word)
        return {"a": 0, "b": None, "c": (), "d": 1}[word]

    memo = WordMemo(fn, limit=10)
    assert memo.hits({"a", "b", "c", "d"}) == {"d": 1}
    assert memo.hits({"a", "b", "c", "d"}) == {"d": 1}
    assert sorted(calls) == ["a", "b", "c", "d"]  # each asked once: a false value is known as well
    assert [memo.value(w) for w in "abcd"] == [0, None, (), 1] and len(calls) == 4


def test_value_answers_as_the_function_and_stays_bounded() -> None:
    calls: list[str] = []

    def fn(word: str) -> int:
        calls.append(word)
        return len(word)

    memo = WordMemo(fn, limit=20)
    rng = random.Random(4)
    for _ in range(500):
        word = "v" * rng.randint(1, 60)
        assert memo.value(word) == len(word)
        assert len(memo.known) <= 20
    calls.clear()
    memo.value("vv")
    memo.value("vv")
    assert calls.count("vv") <= 1


def test_the_analysis_keeps_no_word_index_after_the_text() -> None:
    from reader.analysis import analyze

    analyze("Anne Holm fra Vejle siger det 3. maj.", "da")
    assert word_sets._LAST is None


def test_title_memos_answer_as_the_plain_functions() -> None:
    from reader.analysis import people

    rng = random.Random(6)
    parts = ["Police", "Chief", "Anna", "Berg", "Borgmester", "Lise", "Holm", "Senator", "MP", "Detective",
             "Inspector", "Ivo", "Marsh", "Farmer", "Rose", "Dunn", "II", "Prosecutor", "Ann", "Malik", "direktør"]
    clear_memos()
    for _ in range(400):
        name = " ".join(rng.choice(parts) for _ in range(rng.randint(1, 5)))
        assert people._TITLE_CUTS.value(name) == people.title_words(name), name
        assert people._TITLES_ONLY.value(name) == people._titles_only(name), name
        assert bool(people._TITLES_ONLY.value(name)) == all(
            w in people.EN_ROLES or people.is_title_word(w) for w in name.split()), name

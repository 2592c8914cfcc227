"""Token positions picked by a test of the word alone: each distinct word is tested once (a text has
far fewer distinct words than tokens: 1,410 of 176,247 on bench/analysis.py's articles text), then
the positions are picked in C. The rule passes over the whole text start from these.

The tests the rule passes use (``notable``) are all made in one pass over a text: the positions of
the words any of them holds for are picked once, and each test's positions are taken from those."""

from __future__ import annotations

from itertools import chain, compress
from typing import Callable, Collection, Sequence

from reader.analysis.word_memo import WordMemo

Test = Callable[[str], object]
_TESTS: dict[Test, int] = {}  # each notable test and its bit


def _mark(word: str) -> int:
    """The bits of the notable tests that hold for ``word``."""
    mark = 0
    for test, bit in _TESTS.items():
        if test(word):
            mark |= bit
    return mark


_MARKS = WordMemo(_mark)  # each word's mark, across texts (emptied when a test is registered)
_MARKED_BY = [0]  # how many tests the marks in _MARKS are from


def notable(test: Test) -> Test:
    """Register ``test`` (a function of a word, fixed for the process) for the shared pass."""
    _TESTS.setdefault(test, 1 << len(_TESTS))
    return test


class _Text:
    """What the tests say about one tuple of words."""

    def __init__(self, words: Sequence[str]) -> None:
        self.words = words
        self.tests = dict(_TESTS)
        if _MARKED_BY[0] != len(self.tests):
            _MARKS.clear()
            _MARKED_BY[0] = len(self.tests)
        marks = _MARKS.each(words)  # each token's mark
        self.marks = marks
        self.marked = list(compress(range(len(words)), marks))  # the positions of the marked words, in order
        self._distinct: frozenset[str] | None = None
        self._at: dict[str, list[int]] | None = None
        self.by_bit: dict[int, list[int]] | None = None  # each test's positions, in order

    @property
    def distinct(self) -> frozenset[str]:
        """The distinct words (made when first asked)."""
        if self._distinct is None:
            self._distinct = frozenset(self.words)
        return self._distinct

    @property
    def at(self) -> dict[str, list[int]]:
        """The positions of each marked word (made when first asked: only unregistered tests ask)."""
        at = self._at
        if at is None:
            at = self._at = {}
            words = self.words
            for k in self.marked:
                lists = at.get(words[k])
                if lists is None:
                    at[words[k]] = [k]
                else:
                    lists.append(k)
        return at

    def of_test(self, bit: int) -> list[int]:
        """The positions the test of ``bit`` holds at, in order (all tests' lists made in one pass
        over the marked positions, when the first is asked about: no sorting, not one pass a test)."""
        by_bit = self.by_bit
        if by_bit is None:
            by_bit = self.by_bit = {}
            marks = self.marks
            for k in self.marked:
                mark = marks[k]
                bits = _BITS.get(mark)
                if bits is None:
                    if len(_BITS) > 4096:
                        _BITS.clear()
                    bits = _BITS[mark] = _bits(mark)
                for one in bits:
                    found = by_bit.get(one)
                    if found is None:
                        by_bit[one] = [k]
                    else:
                        found.append(k)
        return by_bit.get(bit, _NONE)


_NONE: list[int] = []  # (never changed: ``where`` returns copies)
_BITS: dict[int, tuple[int, ...]] = {}  # the bits of each mark seen (a few hundred marks at most)


def _bits(mark: int) -> tuple[int, ...]:
    """The bits set in ``mark``, lowest first."""
    out = []
    while mark:
        low = mark & -mark
        out.append(low)
        mark ^= low
    return tuple(out)


_LAST: _Text | None = None  # the last tuple of words asked about (the text being analysed)


def _text(words: Sequence[str]) -> _Text:
    global _LAST
    last = _LAST
    if last is not None and last.words is words and len(last.tests) == len(_TESTS):
        return last
    found = _Text(words)
    if isinstance(words, tuple):  # (immutable: the same object is the same words)
        _LAST = found
    return found


def release() -> None:
    """Forget the last text's words (``pipeline`` calls this when the name rules and the date scan
    are done: the words of a long text are not kept after its analysis)."""
    global _LAST
    _LAST = None


def distinct(words: Sequence[str]) -> frozenset[str]:
    """The distinct words of ``words``."""
    return _text(words).distinct


def where(words: Sequence[str], keep: Test) -> list[int]:
    """The indices of the tokens whose word ``keep`` holds true for, in order."""
    text = _LAST  # (``_text``'s test inline: the passes ask 30-40 times a text about the same words)
    if text is None or text.words is not words or len(text.tests) != len(_TESTS):
        text = _text(words)
    bit = text.tests.get(keep)
    if bit is not None:
        return text.of_test(bit)[:]
    wanted = _wanted(text.distinct, keep)
    at = text.at
    if not all(word in at for word in wanted):
        return _pick(words, set(wanted))
    lists = [at[word] for word in wanted]
    return sorted(chain.from_iterable(lists)) if len(lists) > 1 else lists[0][:] if lists else []


def _wanted(distinct: frozenset[str], keep: Test) -> list[str]:
    """The distinct words ``keep`` holds true for. A set's (or a dict's) ``__contains__`` and a
    word's ``__eq__`` are answered from the set or the word (not by testing every distinct word)."""
    owner = getattr(keep, "__self__", None)
    name = getattr(keep, "__name__", "")
    if name == "__contains__" and type(owner) in (set, frozenset, dict):
        if len(owner) < len(distinct):
            return [word for word in owner if word in distinct]
        return [word for word in distinct if word in owner]
    if name == "__eq__" and type(owner) is str:
        return [owner] if owner in distinct else []
    return [word for word in distinct if keep(word)]


@notable
def capitalised(word: str) -> bool:
    """A word that opens with a capital (every test of a word that does is served from the shared pass)."""
    return word[:1].isupper()


def _pick(words: Sequence[str], wanted: Collection[str]) -> list[int]:
    """The indices of the tokens in ``wanted``, in order."""
    if not wanted:
        return []
    if len(wanted) > 3:
        return list(compress(range(len(words)), map(wanted.__contains__, words)))
    found: list[int] = []  # a few words: ``index`` finds each (in C, a third of the time)
    for word in wanted:
        index, k = words.index, -1
        try:
            while True:
                k = index(word, k + 1)
                found.append(k)
        except ValueError:
            pass
    return sorted(found) if len(wanted) > 1 else found

"""English datelines in capitals ("HULL. Water bills ...", "GULL POINT. The ..."): a place, not a
heading ("UPDATE:"). One of ``en_forms``'s forms ("dateline")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.analysis.en_forms import _Names

# Capitals opening a paragraph that head a section, not a dateline ("UPDATE:", "BREAKING.").
_HEADINGS = frozenset(
    "update updated breaking correction exclusive analysis opinion editorial review watch live note notes"
    " warning important summary background comment video photos photo listen read more advertisement"
    " sponsored ps nb faq q a".split()
)
_DASHES = frozenset(("—", "–", "-"))


def _dateline(names: _Names) -> None:
    """"HULL. Water bills ...": capitals opening a paragraph, then a stop or a dash and a capital."""
    words = names.words
    for k in [0, *sorted(m for m in names.breaks if m)]:
        j = _agency(words, k + 1, names.n)  # (the stop or dash, after a wire's "(PA)")
        if j + 1 < names.n and words[k].isupper() and words[k].isalpha() and len(words[k]) >= 3 and (
            words[j] == "." or words[j] in _DASHES or (
                words[j] == "," and names.cap(j + 1) and not words[j + 1].isupper())
        ) and words[j + 1][:1].isupper() and words[k].lower() not in _HEADINGS and k not in names.tags:
            names.put(k, k + 1, "LOC")
            continue
        # "GULL POINT. The ...": two or three words in capitals, taken or not as one name of another type.
        m = k
        while m < names.n and m - k < 3 and words[m].isupper() and (words[m].isalpha() and len(words[m]) >= 2 or (
            m > k and words[m] in ("'S", "’S") and "possessive" in names.forms
        )):
            m += 1
        j = _agency(words, m, names.n)
        if m - k >= 2 and j + 1 < names.n and (words[j] == "." or words[j] in _DASHES) and words[j + 1][:1].isupper() and (
            words[k].lower() not in _HEADINGS and _whole_or_none(names.tags, k, m)
        ):
            names.put(k, m, "LOC")


def _agency(words: tuple[str, ...], j: int, n: int) -> int:
    """The word after a wire's name in brackets at ``j`` ("HARTLEPOOL (PA) - ...", stop 44), else ``j``."""
    if j + 3 < n and words[j] == "(" and words[j + 2] == ")" and words[j + 1][:1].isupper():
        return j + 3
    return j


def _whole_or_none(tags: dict[int, str], k: int, m: int) -> bool:
    """Whether the names among the words ``k..m`` lie wholly inside them ("KING'S LYNN" taken as
    "KING" and "LYNN" is one place)."""
    return tags.get(k, "O")[0] != "I" and tags.get(m, "O")[0] != "I"

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
        if k + 2 < names.n and words[k].isupper() and words[k].isalpha() and len(words[k]) >= 3 and (
            words[k + 1] == "." or words[k + 1] in _DASHES or (
                words[k + 1] == "," and names.cap(k + 2) and not words[k + 2].isupper())
        ) and words[k + 2][:1].isupper() and words[k].lower() not in _HEADINGS and k not in names.tags:
            names.put(k, k + 1, "LOC")
            continue
        # "GULL POINT. The ...": two or three words in capitals, taken or not as one name of another type.
        m = k
        while m < names.n and m - k < 3 and words[m].isupper() and (words[m].isalpha() and len(words[m]) >= 2 or (
            m > k and words[m] in ("'S", "’S") and "possessive" in names.forms
        )):
            m += 1
        if m - k >= 2 and m + 1 < names.n and (words[m] == "." or words[m] in _DASHES) and words[m + 1][:1].isupper() and (
            words[k].lower() not in _HEADINGS and _whole_or_none(names.tags, k, m)
        ):
            names.put(k, m, "LOC")


def _whole_or_none(tags: dict[int, str], k: int, m: int) -> bool:
    """Whether the names among the words ``k..m`` lie wholly inside them ("KING'S LYNN" taken as
    "KING" and "LYNN" is one place)."""
    return tags.get(k, "O")[0] != "I" and tags.get(m, "O")[0] != "I"

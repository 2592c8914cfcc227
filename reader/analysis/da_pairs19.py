"""Danish: a lone word joined by "og" or "eller" to a found name is a name of its type (namesda19).

In the UNER-DA training split, two names written "X og Y" (or "X eller Y") are of one type 120
times in 124. The tagger or the typer at times finds one of the two and passes over the other
("fra Tuborg og Lövenbräu", "via Yamaha og Enghave Motor", "Militsia og KGB"). After the tagger
and the typer, a capitalised word of letters right after "X og " or right before " og X", where X
is a found name, becomes a name of X's type when no name covers it, it does not open a sentence,
no capitalised word or digit touches it, and the tagger's vocabulary does not know it in lower
case ("og De", "og Statsministeren" are left). Beside a person, only a person of one word ("Ane og
Bo"): "Jens Holm og Brugsen" is no pair of people.

Cross-validation, and the type vote over found pairs that was tried and left out:
docs/log/namesda19.md.
"""

from __future__ import annotations

Span = tuple[int, int, str]
ON = True  # names.find_names applies it to Danish
_TYPES = ("PER", "ORG", "LOC")
_JOINS = (" og ", " eller ")
_SENTENCE_MARKS = frozenset('.!?:"»«-–—(')
_AFTER_OK = frozenset(" \n\t.,;:!?)»«\"")


def _word_after(text: str, at: int) -> tuple[int, int] | None:
    """The capitalised word of letters (hyphens inside) that starts at ``at``, when it stands alone."""
    end = at
    while end < len(text) and (text[end].isalpha() or text[end] == "-"):
        end += 1
    if end - at < 2 or not text[at].isupper() or text[end - 1] == "-":
        return None
    return (at, end) if end == len(text) or text[end] in _AFTER_OK else None


def _word_before(text: str, end: int) -> tuple[int, int] | None:
    """The capitalised word of letters (hyphens inside) that ends at ``end``, when it stands alone."""
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    if end - start < 2 or not text[start].isupper() or (start > 0 and not text[start - 1].isspace()):
        return None
    return start, end


def _inside(text: str, start: int, end: int, vocab: dict[str, str]) -> bool:
    """Not opening a sentence, no capitalised word or digit right before or after it, and not a
    word the vocabulary knows in lower case (class L or B)."""
    if vocab.get(text[start:end].lower()) in ("L", "B"):
        return False
    head = text[max(0, start - 40):start].rstrip()
    if not head or head[-1] in _SENTENCE_MARKS:
        return False
    last = head.rsplit(None, 1)[-1]
    if last[:1].isupper() or last[:1].isdigit():
        return False
    tail = text[end:end + 40].lstrip()
    return not (tail[:1].isupper() or tail[:1].isdigit())


def _joins(text: str) -> tuple[dict[int, int], dict[int, int]]:
    """Where " og " and " eller " start (to where they end), and where they end (from where they start)."""
    after: dict[int, int] = {}
    for join in _JOINS:
        at = text.find(join)
        while at >= 0:
            after[at] = at + len(join)
            at = text.find(join, at + 1)
    return after, {end: start for start, end in after.items()}


def joined_partners(text: str, spans: list[Span], vocab: dict[str, str] | None = None) -> list[Span]:
    """``spans`` (sorted, not overlapping) with the lone words joined to them by "og"/"eller" added
    as names of their type (``vocab``: the tagger's vocabulary classes)."""
    vocab = vocab or {}
    after, before = _joins(text)
    new: dict[tuple[int, int], str] = {}  # each word and its type ("" when two names differ)
    for k, (s, e, label) in enumerate(spans):
        if (e not in after and s not in before) or label not in _TYPES or label == "PER" and " " in text[s:e]:
            continue
        if e in after and (word := _word_after(text, after[e])):
            nxt = spans[k + 1][0] if k + 1 < len(spans) else len(text)
            if word[1] <= nxt and _inside(text, *word, vocab):
                new[word] = label if new.setdefault(word, label) == label else ""
        if s in before and (word := _word_before(text, before[s])):
            if word[0] >= (spans[k - 1][1] if k else 0) and _inside(text, *word, vocab):
                new[word] = label if new.setdefault(word, label) == label else ""
    added = [(s, e, label) for (s, e), label in new.items() if label]
    return sorted(spans + added) if added else spans

"""Danish: two names joined by "og" or "eller" are of one type (namesda19).

In the UNER-DA training split, two names written "X og Y" (or "X eller Y") are of one type 194
times in 209 ("Tuborg og Lövenbräu", "Moskva og Washington"). So, after the tagger and typer:

- two found names so joined whose types differ take the type the typer's scores of both,
  summed, prefer ("Moskva og Washington": Washington was typed a body);
- a lone capitalised word so joined to a found name, that no name covers, is a name of that
  name's type ("fra Tuborg og Lövenbräu", "via Yamaha og Enghave Motor"): not opening a sentence,
  with no capitalised word or digit touching it, and not a word the tagger's vocabulary knows in
  lower case.

Cross-validation and the variants tried: docs/log/namesda19.md.
"""

from __future__ import annotations

Span = tuple[int, int, str]
ON = True  # names.find_names applies it to Danish
PARTNERS = True  # also the lone word joined to a found name (the second part above)
_TYPES = ("PER", "ORG", "LOC")
_JOINS = (" og ", " eller ")
_SENTENCE_MARKS = frozenset('.!?:"»«-–—(')
_AFTER_OK = frozenset(" \n\t.,;:!?)»«\"")


def joined_types(text: str, spans: list[Span], evidence: dict | None = None,
                 vocab: dict[str, str] | None = None) -> list[Span]:
    """``spans`` with each pair joined by "og"/"eller" given one type, and their lone partners
    added (``evidence``: the typer's PER/ORG/LOC scores by (start, end); ``vocab``: the tagger's
    vocabulary classes)."""
    out = list(spans)
    if evidence:
        for k in range(len(out) - 1):
            s1, e1, l1 = out[k]
            s2, e2, l2 = out[k + 1]
            if l1 == l2 or l1 not in _TYPES or l2 not in _TYPES or text[e1:s2] not in _JOINS:
                continue
            a, b = evidence.get((s1, e1)), evidence.get((s2, e2))
            if not a or not b:
                continue
            sums = [x + y for x, y in zip(a[:3], b[:3])]
            best = _TYPES[sums.index(max(sums))]
            out[k], out[k + 1] = (s1, e1, best), (s2, e2, best)
    return _partners(text, out, vocab or {}) if PARTNERS else out


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
    """Not opening a sentence, no capitalised word right before it or after it, no ordinary word."""
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


def _partners(text: str, spans: list[Span], vocab: dict[str, str]) -> list[Span]:
    """Lone capitalised words right after "X og " or right before " og X" (X found) typed as X."""
    new: list[Span] = []
    for k, (s, e, label) in enumerate(spans):
        if label not in _TYPES:
            continue
        for join in _JOINS:
            if text.startswith(join, e):
                word = _word_after(text, e + len(join))
                nxt = spans[k + 1][0] if k + 1 < len(spans) else len(text)
                if word and word[1] <= nxt and _inside(text, *word, vocab):
                    new.append((*word, label))
            if s >= len(join) and text.startswith(join, s - len(join)):
                word = _word_before(text, s - len(join))
                before = spans[k - 1][1] if k else 0
                if word and word[0] >= before and _inside(text, *word, vocab):
                    new.append((*word, label))
    return sorted(set(spans) | set(new)) if new else spans

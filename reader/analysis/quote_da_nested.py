"""Danish: straight marks nested inside a straight-quoted quotation, as DDT's sentences print them
(quotesda33).

Danish papers quote inside a quotation with the same straight marks, so a sentence such as
'"Vi har sagt "nej tak" til tilbuddet, og det står vi ved."' pairs into two quotations with the
phrase between them left out, and a sentence holding only a quotation's end with a quoted word in
it ('Det er vigtigt at "geare" projekterne, "siger X.') never gets its end read as one. Both are
read back here as one quotation around the nested phrase.
"""

from __future__ import annotations

import re

from reader.analysis.quote_marks import Pair

# The phrase quoted inside: a few words and no punctuation that ends or splits a clause, nor a
# dash, a bracket or a lone conjunction between two quotations ('"at ..." - samt "at ..."', '"..." og
# "..."', a title and its original: '"Skygger og tåge" ("Shadows and Fog")').
_INNER = re.compile(r"\s*[^\s.,;:!?»«\"()\[\]]+(?:\s+[^\s.,;:!?»«\"()\[\]]+){0,3}(?:\.\.\.|…|!)?\s*")  # ('"desværre..."')
_JOINS = frozenset("og samt eller men mens end som".split())


def _straight(text: str, pair: Pair) -> bool:
    return text[pair.before:pair.before + 1] == "\"" and text[pair.after - 1:pair.after] == "\""


def _inner(text: str, a: int, b: int) -> bool:
    words = text[a:b].split()
    return bool(_INNER.fullmatch(text, a, b)) and not any(w.strip("-–—") == "" for w in words) and (
        " ".join(words).lower() not in _JOINS
    )


def _opens_quote(text: str, s: int, pair: Pair) -> bool:
    """The first half of a nested quotation opens the sentence, or follows a colon."""
    lead = text[s:pair.before].rstrip()
    return not lead or lead.endswith(":")


def nested_pairs(text: str, s: int, e: int, pairs: list[Pair], attribution: re.Pattern) -> list[Pair]:
    """``pairs`` (from ``quote_marks.mark_pairs`` over the sentence ``[s, e)``) with straight marks
    nested in a straight-quoted quotation read as one quotation."""
    if not pairs or text.count("\"", s, e) < 3:
        return pairs
    marks = [m.start() for m in re.finditer("\"", text[:e]) if m.start() >= s]
    last = marks[-1]
    if (
        len(marks) % 2 == 1 and marks[0] > s and all(_straight(text, p) for p in pairs[:-1])
        and text[s:last].rstrip()[-1:] in (",", ".", "!", "?") and (
            attribution.match(text, last + 1, min(e, last + 80))
            or text[last - 1:last] in ".!?" and not text[last + 1:e].strip()  # '... og det står vi ved."'
        )
        and all(_inner(text, p.start, p.end) for p in pairs if p.after <= last)
        and text[s:marks[0]].strip()[:1].isupper()
    ):  # the end of a quotation begun in the sentence before, a quoted word inside it: 'Det er
        # vigtigt at "geare" projekterne, "siger X.' (DDT's spacing of the closing mark), or with the
        # closing mark ending the sentence
        return [Pair(s, last, s, last + 1, close_only=True)]
    out: list[Pair] = []
    for pair in pairs:
        prev = out[-1] if out else None
        if (
            prev is not None and _straight(text, prev) and text[pair.before] == "\"" and not prev.open_ended
            and not prev.close_only and _inner(text, prev.after, pair.before)
            and len(text[prev.start:prev.end].split()) >= 2
            and not attribution.match(text, prev.after, min(e, prev.after + 80))
            and (_opens_quote(text, s, prev) or attribution.match(text, pair.after, min(e, pair.after + 80)))
        ):  # '"Vi har sagt "nej tak" til tilbuddet ..."': the middle mark pair is the nested one
            out[-1] = Pair(prev.start, pair.end, prev.before, pair.after, open_ended=pair.open_ended)
            continue
        out.append(pair)
    return out

"""English: a lone word that is part of a name found elsewhere in the text takes that name's type
("George Smith" ... "Smith"; "Ann, Rolf and Kim": one of a list of people)."""

from __future__ import annotations

from reader.analysis.en_sets import _LIST_JOIN, _PLAIN, Span
from reader.analysis.en_words import EN_VOCABULARY
from reader.analysis.tokens import Tokens


def _known_parts(tokens: Tokens, spans: list[Span], singles: list[int],
                 lone: set[tuple[int, int]] | None = None) -> list[Span]:
    """A lone word that is part of a name found elsewhere in the text takes that name's type (``lone``,
    when given, gets the (start, end) of each word so typed)."""
    piece_label: dict[str, str] = {}
    for s, e, label in spans:
        for piece in _pieces(tokens, s, e):
            piece_label.setdefault(piece, label)
    for s, e, label in spans:
        if label == "PER":  # "George Smith" ... "Smith"
            for piece in _pieces(tokens, s, e)[1:]:
                piece_label[piece] = "PER"
    out = list(spans)
    people_end = {e for _s, e, label in spans if label == "PER"}
    people_start = {s for s, _e, label in spans if label == "PER"}
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    for k in singles:
        label = piece_label.get(words[k])
        if not label and words[k].isalpha() and not words[k].isupper() and words[k].lower() not in _PLAIN and (
            k > 1 and words[k - 1] in _LIST_JOIN and ends[k - 2] in people_end
            or k + 2 < len(words) and words[k + 1] in _LIST_JOIN and starts[k + 2] in people_start
        ):
            label = "PER"  # "Ann, Rolf and Kim": one of a list of people
            people_end.add(ends[k])
        if label and words[k].lower() not in EN_VOCABULARY:
            out.append((starts[k], ends[k], label))
            if lone is not None:
                lone.add((starts[k], ends[k]))
    return sorted(out)


def _pieces(tokens: Tokens, start: int, end: int) -> list[str]:
    """The words of the name at ``[start, end)``."""
    import bisect

    k = bisect.bisect_left(tokens.starts, start)
    out = []
    while k < len(tokens.starts) and tokens.ends[k] <= end:
        if tokens.words[k][:1].isupper() and len(tokens.words[k]) > 1:
            out.append(tokens.words[k])
        k += 1
    return out

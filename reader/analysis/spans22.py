"""Span helpers of the probe22 name forms (``forms22``, ``forms22_da``, ``forms22_en``)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from reader.analysis.word_sets import where

Span = tuple[int, int, str]


def _start(span: Span) -> int:
    return span[0]


def put(spans: list[Span], new: Span) -> list[Span]:
    """``spans`` (sorted, not overlapping each other; changed in place) with ``new`` in place of every
    span it overlaps."""
    s, e, _label = new
    i = j = bisect_left(spans, e, key=_start)
    while i > 0 and spans[i - 1][1] > s:
        i -= 1
    spans[i:j] = [new]
    return spans


def overlapping(spans: list[Span], s: int, e: int) -> list[Span]:
    """The spans that overlap ``s``-``e`` (``spans`` sorted and not overlapping each other)."""
    i = bisect_left(spans, e, key=_start)
    out = []
    while i > 0 and spans[i - 1][1] > s:
        i -= 1
        out.append(spans[i])
    return out[::-1]


def free_or_inside(spans: list[Span], s: int, e: int) -> bool:
    """Whether no span reaches out of ``s``-``e`` (overlapping spans all lie inside it)."""
    return all(s <= x[0] and x[1] <= e for x in overlapping(spans, s, e))


def name_index(names) -> dict[str, dict[int, dict[str, int]]]:
    """``names`` by their first word, then by their length: each name with its place in ``names``."""
    by_first: dict[str, dict[int, dict[str, int]]] = {}
    for order, name in enumerate(names):
        by_first.setdefault(name.split(" ")[0], {}).setdefault(len(name), {})[name] = order
    return by_first


def mentions(text: str, tokens, names: dict[str, str]) -> Iterator[tuple[int, int, str]]:
    """Each place in ``text`` where a key of ``names`` stands as whole words, with its value: found from
    the tokens whose word opens a name (the shared word index), not by a pass over the text per name.
    At each such token the names of each length are one look-up of the text's slice (not a comparison
    per name: many names share a given name); several found at one token come in ``names``' order."""
    by_first = name_index(names)
    words, starts = tokens.words, tokens.starts
    for k in where(words, by_first.__contains__):
        at = starts[k]
        hits = []
        for size, group in by_first[words[k]].items():
            end = at + size
            order = group.get(text[at:end])
            if order is not None:
                after = text[end:end + 1]
                if not (after and (after.isalnum() or after in "'’-")):
                    hits.append((order, end))
        if len(hits) > 1:
            hits.sort()
        for _order, end in hits:
            yield at, end, names[text[at:end]]


def known_runs(tokens, first_word, lengths: dict[str, list[int]], known, links) -> list[tuple[int, int]]:
    """Where ``tokens`` hold a phrase of ``known`` (lower case, words joined by one space) written
    with its capitals (``links`` may stay lower case) and not run on into a longer capitalised name:
    its (start, end). ``first_word``: a ``word_sets`` test for a phrase's first word; ``lengths``:
    the word counts of the phrases each first word opens, the longest first (``forms24_da``'s known
    bodies, ``known_places27``'s places)."""
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    hits: list[tuple[int, int]] = []
    for k in where(words, first_word):
        for length in lengths[words[k].lower()]:
            j = k + length
            if j > len(words) or any(starts[m] != ends[m - 1] + 1 for m in range(k + 1, j)):
                continue
            run = words[k:j]
            if " ".join(run).lower() not in known or not all(w[:1].isupper() or w in links for w in run):
                continue
            if j < len(words) and starts[j] == ends[j - 1] + 1 and words[j][:1].isupper() and words[j].isalpha():
                break  # a longer name ("Hvide Sande Fiskeriforening", "Blå Kors Danmark"): left to the tagger
            hits.append((starts[k], ends[j - 1]))
            break
    return hits

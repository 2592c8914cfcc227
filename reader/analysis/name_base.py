"""The name finder's settings per language, and the sparse IOB2 tags every part of it reads."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from reader.analysis.lexicon import DA_NON_NAMES, EN_NON_NAMES
from reader.analysis.perceptron import _OPENERS as TAGGER_OPENERS
from reader.analysis.tokens import Tokens


Span = tuple[int, int, str]
TAGGER_WEIGHT = 0.5
CAPITAL_RULE = True
# Added to the typer's "no name" score (its fourth class; cross-validated on train: 0 -> 16 raised
# typed F1 0.802 -> 0.808, precision 0.81 -> 0.83 at recall 0.80 -> 0.79). With bagged runs
# (train.SAMPLE 0.8) 12 is best: CV 0.816 (16) -> 0.818 (12); 10 and 14 give 0.817.
# A name of two words or more gets less (CV 0.8189 -> 0.8197; 3 and 9: 0.8193 and 0.8196).
REJECT_BIAS = 12.0
REJECT_MULTI = 6.0
LONE_CAPITALS = True  # a lone capitalised word inside a sentence is a name candidate (the typer types or drops it)
ALL_CAPITALS = True  # the same for a lone all-capitals word (an acronym)


@dataclass
class Settings:
    """The choices of one language (each made by cross-validation on that language's training data)."""

    capital_rule: bool = CAPITAL_RULE  # a capitalised run the tagger began is a name to its end
    reject_bias: float = REJECT_BIAS
    reject_multi: float = REJECT_MULTI
    lone_capitals: bool = LONE_CAPITALS
    all_capitals: bool = ALL_CAPITALS
    tagger_weight: float = TAGGER_WEIGHT
    non_names: frozenset[str] = DA_NON_NAMES  # capitalised words that do not open a name
    # Two people the tagger joined over "og"/"and" are split (``name_typing._split_pairs``).
    split_pairs: bool = True
    # English runs holding two names over "and" split (``en_parts22``).
    split_parts: bool = False
    # A name of two words or more that the typer drops is kept as an organisation when its head names
    # a body (``en_orgs.names_body``; English: GUM web-like CV +0.0074 / +0.0032 on two typer seed sets).
    keep_bodies: bool = False
    rules: bool = True  # the Danish rules after tagging (party letters, "Det ...", "Chr.", "Paris'")
    # The name patterns in use (see ``name_patterns``; each chosen on cross-validation). Danish 5-fold
    # CV typed F1: none 0.8244, all but "amp"/"amp_merge" 0.8256, all 0.8262.
    patterns: frozenset[str] = frozenset(("kind", "truncated", "amp", "amp_merge", "org_words", "town", "court", "dateline",
                                          "dateline_da", "lone", "acronym"))


# English: the trained tagger alone ("model"), the hand-written rules alone ("rules"), the tagger's
# names plus the rules' names that overlap none of them ("both"), or the other way round ("rules
# first"). 5-fold CV on GUM (folds 0-3 of tagger runs averaged over 4 seeds; typed F1): model 0.640,
# rules 0.549 (on all of GUM), both 0.646, rules first 0.625 (folds 0-1).
EN_MODE = "both"
EN_COVER = True  # CV 0.6529 -> 0.6541 (rules' names inside the tagger's replacing it instead: 0.6380)
SETTINGS = {
    "da": Settings(),
    # English "no name" bias: 12/6 0.6462, 6/3 0.6481, 0/0 0.6482 (with "both"; the same CV).
    # English patterns: all but "amp_merge" (GUM CV: none 0.6540, all but amp_merge 0.6540, all 0.6498:
    # academic text joins authors with "&"); they are for news, which GUM lacks.
    "en": Settings(non_names=EN_NON_NAMES, rules=False, split_pairs=False, split_parts=True, reject_bias=6.0, reject_multi=3.0,
                   keep_bodies=True,
                   patterns=frozenset(("kind", "truncated", "amp", "org_words", "town", "court", "dateline", "acronym"))),
}
_OPENERS = frozenset("- – — » « \" “ „ ” : ' ‘ .".split())
_BOTH_OPENERS = _OPENERS & TAGGER_OPENERS  # what opens a sentence for the tagger and the capital rule


def sentence_start_tokens(tokens: Tokens, sentences: tuple[tuple[int, int], ...]) -> set[int]:
    """Indices of the tokens that open a sentence."""
    starts = tokens.starts
    n = len(starts)
    found = (bisect_left(starts, s) for s, _e in sentences)
    return {k for k in found if k < n}


def runs(tags: dict[int, str]) -> list[tuple[int, int, str]]:
    """The names in sparse IOB2 ``tags`` as (first index, end index, label)."""
    out: list[tuple[int, int, str]] = []
    start = end = -1  # the name being read: tokens start..end-1 (none yet)
    label = ""
    for k in sorted(tags):
        tag = tags[k]
        if k == end and tag[0] == "I" and tag[2:] == label:
            end += 1
            continue
        if end >= 0:
            out.append((start, end, label))
        start, end, label = k, k + 1, tag[2:]
    if end >= 0:
        out.append((start, end, label))
    return out


def tags_to_spans(tokens: Tokens, tags: dict[int, str]) -> list[Span]:
    """Entity spans ``(start, end, label)`` from sparse IOB2 tags."""
    starts, ends = tokens.starts, tokens.ends
    return [(starts[k], ends[j - 1], label) for k, j, label in runs(tags)]


def cut_run(out: list, tags: dict[int, str], k: int, j: int, label: str, cut: int | None) -> None:
    """Append the run ``k``-``j`` to ``out``, or its two parts either side of word ``cut`` (an "og"/
    "and" that is part of neither), the tags made to match."""
    if cut is None:
        out.append((k, j, label))
        return
    del tags[cut]
    tags[cut + 1] = "B-" + label
    out += [(k, cut, label), (cut + 1, j, label)]


def retyped(spans: list, out: list, k: int, label: str, evidence: dict | None) -> list:
    """``out`` (``spans`` itself until the first change, then its copy) with span ``k`` typed
    ``label``; its typer scores dropped from ``evidence``, so the per-article vote keeps the type."""
    if out is spans:
        out = list(spans)
    start, end = out[k][0], out[k][1]
    out[k] = (start, end, label)
    if evidence is not None:
        evidence.pop((start, end), None)
    return out

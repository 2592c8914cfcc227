"""English: a job noun opening a sentence before a person's name ("Driver Lesley Okafor knows",
"Singer Esme Marlowe posted") leaves the name to the tagger, which at a sentence's start often finds
nothing; the name is a person when its words are names (the lead, 2026-12-07)."""

from __future__ import annotations

from bisect import bisect_right

from reader.analysis.en_sets import _ROLE_NOUNS, FIRST_NAMES
from reader.analysis.gazetteer import SURNAMES
from reader.analysis.tokens import Tokens

Span = tuple[int, int, str]
ON = True  # names.find_names applies it to English


def _name_word(word: str, known: frozenset[str], vocab: dict[str, str]) -> bool:
    """A capitalised word that is a name: in ``known``, or one the training text never wrote in
    lower case."""
    return word[:1].isupper() and word.isalpha() and (word in known or vocab.get(word.lower()) in (None, "C"))


def role_openers(tokens: Tokens, starts: set[int], spans: list[Span], vocab: dict[str, str]) -> list[Span]:
    """``spans`` with "Driver Lesley Okafor" at a sentence's start given the person "Lesley Okafor"
    (a span from the job noun on is cut to the name; a name another span touches is left)."""
    words, at, ends = tokens.words, tokens.starts, tokens.ends
    n = len(words)
    firsts = [s for s, _e, _label in spans]
    out = list(spans)
    changed = False
    dashed = {k for k in range(1, n) if words[k - 1] in ("—", "–", "--") and words[k].lower() in _ROLE_NOUNS} if (
        "—" in words or "–" in words or "--" in words) else None
    for k in sorted(starts | dashed if dashed else starts):  # (after a dateline's dash too: "(AP) — Substitute X")
        if k + 2 >= n or words[k].lower() not in _ROLE_NOUNS or not words[k][:1].isupper():
            continue
        if not (_name_word(words[k + 1], FIRST_NAMES, vocab) and _name_word(words[k + 2], SURNAMES, vocab)):
            continue
        if k + 3 < n and words[k + 3][:1].isupper() and words[k + 3].isalpha():
            continue  # a longer run of capitals: a title or an organisation ("Driver Training Centre Ltd")
        name = (at[k + 1], ends[k + 2], "PER")
        last = bisect_right(firsts, ends[k + 2] - 1)  # the spans starting inside the run, and one before
        touching = [j for j in range(max(0, last - 3), last) if spans[j][1] > at[k]]
        if not touching:
            out.append(name)
            changed = True
        elif len(touching) == 1 and spans[touching[0]] == (at[k], ends[k + 2], "PER"):
            out[touching[0]] = name  # "Driver Lesley Okafor" as one person: the job is no part of the name
            changed = True
    return sorted(out) if changed else spans

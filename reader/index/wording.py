"""Who said what, the pure part: merging names across articles, quote keys for finding the same
quote in other articles, near-duplicate matching and word-level differences (no database).
"""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from typing import Iterable, Sequence

_WORD = re.compile(r"[^\W_]+")
_SHINGLE = 3  # words per shingle
_KEYS = 6  # the smallest hashes of the shingles a quote is filed under
NEAR = 0.8  # similarity from which two quotes count as the same quote


def quote_words(text: str) -> list[str]:
    """The words of a quote, folded: case, accents on the same letter (NFKC), punctuation gone."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=7).digest(), "big")


def quote_keys(words: Sequence[str]) -> tuple[int, ...]:
    """The keys a quote is filed under: the smallest hashes of its three-word shingles (a bottom-k
    sketch, so near-identical wordings share most keys); a short quote has one key, its words."""
    if not words:
        return ()
    if len(words) < _SHINGLE + 1:
        return (_hash(" ".join(words)),)
    shingles = {_hash(" ".join(words[i:i + _SHINGLE])) for i in range(len(words) - _SHINGLE + 1)}
    return tuple(sorted(shingles)[:_KEYS])


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """How alike two quotes' words are, 0..1: the diff ratio, or, when one is a trimmed version of
    the other (at least six words, nine in ten of them found in order in the other), 0.9."""
    if list(a) == list(b):
        return 1.0
    if not a or not b:
        return 0.0
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    ratio = matcher.ratio()
    shorter = min(len(a), len(b))
    if ratio < NEAR and shorter >= 6:
        common = sum(block.size for block in matcher.get_matching_blocks())
        if common >= 0.9 * shorter:
            return 0.9
    return ratio


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """The wording of ``new`` against ``old`` as (op, text) runs: "=" same, "-" only in old, "+"
    only in new. Words are compared folded (case and punctuation aside) and shown as written."""
    a, b = old.split(), new.split()
    fa = [" ".join(quote_words(w)) or w for w in a]
    fb = [" ".join(quote_words(w)) or w for w in b]
    runs: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, fa, fb, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("=", " ".join(b[j1:j2])))
            continue
        if i2 > i1:
            runs.append(("-", " ".join(a[i1:i2])))
        if j2 > j1:
            runs.append(("+", " ".join(b[j1:j2])))
    return runs


def marked_diff(runs: Iterable[tuple[str, str]]) -> str:
    """A diff as plain text: removed words as [-words-], added ones as {+words+}."""
    out = []
    for op, text in runs:
        out.append(text if op == "=" else f"[-{text}-]" if op == "-" else f"{{+{text}+}}")
    return " ".join(out)


def name_parts(name: str) -> tuple[str, ...]:
    """A name's words, for matching partial names ("Anders Samuelsen" -> ("anders", "samuelsen"))."""
    return tuple(unicodedata.normalize("NFC", name).casefold().split())  # a name typed decomposed too


_AND = re.compile(r"\s(?:and|og|&)\s", re.IGNORECASE)
_JOINT = re.compile(r"\s(?:and|og|&)\s|,\s", re.IGNORECASE)


def members(name: str) -> tuple[str, ...]:
    """The people a joint speaker names ("Wes Streeting and Helen Marsh" -> both); () for one person."""
    if not _AND.search(name):
        return ()
    parts = [p.strip() for p in _JOINT.split(name) if p.strip()]
    return tuple(parts) if len(parts) > 1 else ()


def merge_names(names: Iterable[str]) -> dict[str, str]:
    """For each person's name, the name it stands for across the library: a partial name (the
    first or last words of a fuller name: "Samuelsen", "Hjort Frederiksen") is the fuller name
    when exactly one person in the library has it; else the name stands for itself. The same
    name written in other capitals is one name too (the most common writing wins: first given).
    A joint speaker ("Wes Streeting and Helen Marsh") stands for itself and never absorbs the
    names of its members."""
    distinct = list(dict.fromkeys(n for n in names if n and n.strip()))
    spelled: dict[tuple[str, ...], str] = {}
    for name in distinct:
        spelled.setdefault(name_parts(name), name)
    claims: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for parts, name in spelled.items():
        if members(name):
            continue
        for size in range(1, len(parts)):
            claims.setdefault(parts[-size:], set()).add(parts)
            claims.setdefault(parts[:size], set()).add(parts)

    def full(parts: tuple[str, ...], seen: frozenset = frozenset()) -> set[tuple[str, ...]]:
        holders = claims.get(parts)
        if not holders or parts in seen:
            return {parts}
        out: set[tuple[str, ...]] = set()
        for holder in holders:
            out |= full(holder, seen | {parts})
        return out

    target: dict[tuple[str, ...], tuple[str, ...]] = {}
    for parts in spelled:
        ends = full(parts)
        target[parts] = next(iter(ends)) if len(ends) == 1 else parts
    return {name: spelled[target[name_parts(name)]] for name in distinct}


def name_matches(query: str, name: str) -> bool:
    """Whether what the user typed names ``name``: the whole name, or its first or last words,
    ignoring case ("samuelsen" names "Anders Samuelsen")."""
    want, have = name_parts(query), name_parts(name)
    if not want:
        return False
    n = len(want)
    return want == have or (n < len(have) and (have[:n] == want or have[-n:] == want))


def bar_lines(series: Sequence[tuple[str, int]], width: int = 50) -> list[str]:
    """A timeline as text, one line per period: "2018-08 ████▌ 7" (eighth blocks, so the bars are
    exact to an eighth of a character); empty periods are shown with their 0."""
    if not series:
        return []
    top = max(n for _, n in series) or 1
    label = max(len(p) for p, _ in series)
    figures = max(len(str(n)) for _, n in series)
    out = []
    for period, n in series:
        eighths = round(n * width * 8 / top)
        bar = "█" * (eighths // 8) + ("", "▏", "▎", "▍", "▌", "▋", "▊", "▉")[eighths % 8]
        out.append(f"{period:<{label}} {n:>{figures}} {bar}".rstrip())
    return out

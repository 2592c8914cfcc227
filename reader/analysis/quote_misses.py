"""Speaker misses counted by layout (``evaluate_quotes --breakdown``): counts only, no text."""

from __future__ import annotations

import re
from collections import Counter

LAYOUTS = (
    "name in the sentence",
    "pronoun in the sentence",
    "name in the sentence before",
    "name elsewhere in the paragraph",
    "name in the paragraph before",
    "bare paragraph, name further back",
    "name further back",
    "name only later",
    "described person",
    "not written",
)
_PRONOUN = re.compile(r"\b(?:he|she|they|I|we)\b")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _index(spans: list[tuple[int, int]], at: int) -> int:
    for i, (start, end) in enumerate(spans):
        if start <= at < end or (at == end and i == len(spans) - 1):
            return i
    return max(0, sum(1 for start, _ in spans if start <= at) - 1)


def _mentions(text: str, names: list[str]) -> list[int]:
    found: list[int] = []
    for name in names:
        for word in {name, name.split()[-1]} if name.split() else {name}:
            if len(word) < 2:
                continue
            flags = re.I if word[:1].islower() else 0
            found += [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, flags)]
    return sorted(set(found))


def _outside(text: str, start: int, end: int, quotes: list[tuple[int, int]]) -> str:
    chars = list(text[start:end])
    for q_start, q_end in quotes:
        for i in range(max(q_start, start), min(q_end, end)):
            chars[i - start] = " "
    return "".join(chars)


def layout(text: str, span: tuple[int, int], names: list[str], sentences: list[tuple[int, int]],
           quotes: list[tuple[int, int]]) -> str:
    """Where the gold speaker of the quote at ``span`` is written, as one of ``LAYOUTS``."""
    if any(name[:1].islower() or name.split()[0] in ("The", "A", "An", "My", "One") for name in names if name):
        return "described person"
    mentions = [at for at in _mentions(text, names) if not any(s <= at < e for s, e in quotes)]
    paras = _paragraphs(text)
    para = _index(paras, span[0])
    sentence = _index(sentences, span[0]) if sentences else -1
    sent_span = sentences[sentence] if sentences else paras[para]
    if any(sent_span[0] <= at < sent_span[1] for at in mentions):
        return "name in the sentence"
    if _PRONOUN.search(_outside(text, sent_span[0], sent_span[1], quotes)):
        return "pronoun in the sentence"
    if sentence > 0 and _index(paras, sentences[sentence - 1][0]) == para:
        before = sentences[sentence - 1]
        if any(before[0] <= at < before[1] for at in mentions):
            return "name in the sentence before"
    if any(_index(paras, at) == para for at in mentions):
        return "name elsewhere in the paragraph"
    if any(_index(paras, at) == para - 1 for at in mentions):
        return "name in the paragraph before"
    if any(_index(paras, at) < para - 1 for at in mentions):
        bare = not re.search(r"\w", _outside(text, *paras[para], quotes))
        return "bare paragraph, name further back" if bare else "name further back"
    return "name only later" if mentions else "not written"


class MissBreakdown:
    """Judged quotes per layout and outcome (right, no speaker, another speaker)."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()
        self.unfound = 0  # gold quotes with a settled speaker that were not found

    def add(self, text: str, gold: dict, found, sentences: list[tuple[int, int]], quotes: list[tuple[int, int]],
            right: bool) -> None:
        """Count one judged quote (``found`` the matched quote, None when the span was not found)."""
        if found is None:
            self.unfound += 1
            return
        names = [n for n in gold.get("speaker") or [] if n]
        where = layout(text, (gold["start"], gold["end"]), names, sentences, quotes) if names else "gold: no speaker"
        outcome = "right" if right else ("no speaker" if not found.speaker else "another")
        self.counts[(where, outcome)] += 1

    def lines(self) -> list[str]:
        """A table of counts, one layout a line."""
        rows = [f"  {'layout':36} judged right  none  other"]
        for where in (*LAYOUTS, "gold: no speaker"):
            n = {o: self.counts[(where, o)] for o in ("right", "no speaker", "another")}
            if sum(n.values()):
                rows.append(f"  {where:36} {sum(n.values()):6} {n['right']:5} {n['no speaker']:5} {n['another']:6}")
        rows.append(f"  settled quotes not found: {self.unfound}")
        return rows

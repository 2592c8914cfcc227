"""SpanSet and mentions answer as the linear scans they replaced in the news passes."""

from __future__ import annotations

import random
import re

from reader.analysis.span_set import SpanSet, mentions


def test_overlaps_as_a_scan_of_every_span() -> None:
    rng = random.Random(7)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randint(0, 60)
            spans.append((s, s + rng.randint(1, 9), "ORG"))  # overlapping ones too
        taken, added = SpanSet(spans), []
        for _ in range(20):
            s = rng.randint(0, 70)
            e = s + rng.randint(0, 8)
            expected = any(a < e and s < b for a, b, _ in spans + added)
            assert taken.overlaps(s, e) == expected, (spans, added, s, e)
            if not expected and e > s:
                added.append((s, e, "PER"))
                taken.add(s, e)


def test_mentions_as_the_look_behind_pattern() -> None:
    rng = random.Random(3)
    pieces = ["Ribe", "Ribe IF", "aRibe", "-Ribe", "'Ribe", "’Ribe", " ", ", ", "Ribe Ribe", "&", "x", "\n"]
    for _ in range(500):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        for name, tail in (("Ribe", r"(?![\w-])"), ("Ribe", r"(?![\w-]| [A-ZÆØÅ]|\s?&)"), ("Ribe IF", r"(?![\w-])")):
            old = [m.span() for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + tail, text)]
            assert [m.span() for m in mentions(text, name, tail)] == old, (text, name, tail)

"""Danish text: a name of two words or more typed as a person or place whose last word is a
foreign organisation head ("Warner Brothers", "British Steel Plc", "Kessler Werke", "Blue Anchor
Records") is an organisation (issue 16, namesda21). The heads are general knowledge of English,
German and other firm names; in the UNER-DA train split the multi-word gold names ending in them are
ORG 17, PER and LOC 0 (docs/log/namesda21.md). A given name and one such word ("Mads Group") stays a
person, as in ``da_trades18``. A genitive head of four letters or more ("Kessler Werkes") counts."""

from __future__ import annotations

from reader.analysis.gazetteer import FIRST_NAMES, SURNAMES
from reader.analysis.name_base import retyped

Span = tuple[int, int, str]
ON = True  # names.find_names applies it to Danish

HEADS = frozenset(
    """ab ag airlines airways asa bros brothers corp corp. corporation entertainment gmbh group holding
    holdings inc inc. industries industrie ltd ltd. motors music oy pictures plc productions publishing
    records spa steel studios technologies verlag werke werk""".split()
)


def _head(word: str) -> bool:
    """Whether ``word`` (or its genitive) is an organisation head."""
    low = word.lower()
    return low in HEADS or (len(low) > 4 and low.endswith("s") and low[:-1] in HEADS)


def heads(text: str, spans: list[Span], evidence: dict[tuple[int, int], tuple[float, ...]] | None = None) -> list[Span]:
    """``spans`` with each person or place of two words or more that ends in a head retyped ORG
    (its typer scores dropped from ``evidence``, so that the group vote does not undo it)."""
    out = spans
    for k, (start, end, label) in enumerate(spans):
        if label not in ("PER", "LOC"):
            continue
        words = text[start:end].split()
        if len(words) < 2 or not words[0][:1].isupper() or not _head(words[-1]):
            continue
        if len(words) == 2 and words[0].lower() in FIRST_NAMES and words[0].lower() not in SURNAMES:
            continue  # a given name and the word: a person
        out = retyped(spans, out, k, "ORG", evidence)
    return out

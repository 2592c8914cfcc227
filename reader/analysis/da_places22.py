"""Danish text: a name of two words or more typed as an organisation or a person whose last word is
the head of a place's name ("Amager Fælled", "Rebild Bakker", "Park Avenue", "Bagsværd Station",
"Ho Bugt") is a place; so is one whose first word is a French or Spanish street word ("Place
Pigalle", "Rue Cler") (issue 16, namesda22: "places typed as organisations"). The heads are general
knowledge of Danish and foreign place names; in the UNER-DA train split the multi-word gold names
they fit are LOC 13, ORG 2 (one square marked ORG twice), PER 0 (docs/log/namesda22.md). Heads that
are also common surnames (Strand, Holm, Skov, Dal, Bjerg, Gade) or that name firms and bands as
often as places (Havn, Park, Hotel) are left out; given names and a head that is a surname (in the
gazetteer or `SURNAME_HEADS`: "Anders Fjord", attack23) stay a person, and a name after a noun for a
firm or body ("foreningen Bevar Holmsland Klit") stays what it is."""

from __future__ import annotations

from reader.analysis.gazetteer import FIRST_NAMES, SURNAMES
from reader.analysis.name_base import retyped
from reader.analysis.typer import near_kind

Span = tuple[int, int, str]
ON = True  # names.find_names applies it to Danish

HEADS = frozenset(
    """plads pladsen torv torvet nytorv fælled fælleden bakker bakkerne kvarter kvarteret flak avenue allé
    boulevard station banegård banegården bugt bugten fjord fjorden sund bælt næs odde halvø klit
    street road square lane""".split()
)
FIRST_HEADS = frozenset("place rue plaza piazza calle".split())
# Heads that are also Danish (or English) surnames the gazetteer does not list: "Anders Fjord", "Lis Næs",
# "Jan Bakker", "Lois Lane" are people (attack23).
SURNAME_HEADS = frozenset("fjord sund næs odde klit bugt bakker lane street".split())


# The last word of a Danish body's name that the tagger's typer reads as a person or place ("Betty
# Nansen Teatret", "Vestergaard Bryggeri", "Hjerting Kro"): in the train split
# the multi-word gold names ending in them are ORG 27, LOC 0, PER 0. ``BODIES`` switches it.
BODIES = True
BODY_HEADS = frozenset(
    """teater teatret tidende museum museet kro forlag forlaget bryggeri bryggeriet bryggerierne tegnestue
    varehus radio hotel domkirke bladet mejeri mejeriet""".split()
)


def bodies(text: str, spans: list[Span], evidence: dict[tuple[int, int], tuple[float, ...]] | None = None) -> list[Span]:
    """``spans`` with each person or place of two words or more whose last word (or its genitive)
    heads a body's name retyped ORG (a given name and one such word stays a person)."""
    out = spans
    for k, (start, end, label) in enumerate(spans):
        if label not in ("PER", "LOC"):
            continue
        words = text[start:end].split()
        if len(words) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper():
            continue
        low = words[-1].lower()
        if not (low in BODY_HEADS or (len(low) > 3 and low.endswith("s") and low[:-1] in BODY_HEADS)):
            continue
        if _given(words[0]) and words[0].lower() not in SURNAMES and all(_given(w) for w in words[1:-1]):
            continue  # "Mads Kro", "Jens Peter Hotel", "Anne-Mette Kro": a person
        out = retyped(spans, out, k, "ORG", evidence)
    return out


def _given(word: str) -> bool:
    """Whether ``word`` is a given name ("Anne-Mette": each part); a genitive ("Blixens") is not."""
    return all(part.lower() in FIRST_NAMES for part in word.split("-"))


def _head(word: str) -> bool:
    """Whether ``word`` (or its genitive) is the last word of a place's name."""
    low = word.lower()
    return low in HEADS or (len(low) > 4 and low.endswith("s") and low[:-1] in HEADS)


def places(text: str, spans: list[Span], evidence: dict[tuple[int, int], tuple[float, ...]] | None = None) -> list[Span]:
    """``spans`` with each organisation or person of two words or more that a place head ends (or a
    street word opens) retyped LOC (its typer scores dropped from ``evidence``, so that the group
    vote does not undo it)."""
    out = spans
    for k, (start, end, label) in enumerate(spans):
        if label not in ("PER", "ORG"):
            continue
        words = text[start:end].split()
        if len(words) < 2 or not words[0][:1].isupper() or not words[-1][:1].isupper():
            continue
        if not (_head(words[-1]) or (words[0].lower() in FIRST_HEADS and len(words) == 2)):
            continue
        if (words[-1].lower() in SURNAMES or words[-1].lower() in SURNAME_HEADS) and _given(words[0]) and all(
            _given(w) or w.lower() in SURNAMES for w in words[1:-1]
        ):
            continue  # "Anders Fjord", "Marianne Ravn Bakker": given names and a surname (not "... Plads")

        before = text[max(0, start - 40):start].split()
        if before and near_kind(before[-1]) == "K":
            continue  # "foreningen Bevar Holmsland Klit": the noun before it names a body
        out = retyped(spans, out, k, "LOC", evidence)
    return out

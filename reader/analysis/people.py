"""The article's people for attribution (sorted, with quick lookups, titles left out of names)
and the speaker phrase a reporting clause names."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from reader.analysis.gazetteer import FIRST_NAMES
from reader.analysis.lexicon import EN_ROLES
from reader.model import Entity, EntityLabel


_INDEFINITE = re.compile(r"\b(?:a|an)\s+$")


@dataclass
class Speaker:
    """A speaker phrase: the span to mark, and what it says."""

    start: int
    end: int
    kind: str  # "name", "pronoun" or "description"
    name: str | None = None  # canonical name when known
    role: str = ""
    affiliation: str = ""


class People:
    """The article's people and organisations, sorted, with quick lookups."""

    def __init__(self, entities: list[Entity], text: str = "") -> None:
        self.people = [
            _untitled(e) for e in entities
            if e.label is EntityLabel.PER and not all(w in EN_ROLES for w in e.text.split())  # "Senator" alone
            and not _INDEFINITE.search(text, max(0, e.start - 4), e.start)  # "a Christian", "an Iraqi"
        ]
        self.orgs = [e for e in entities if e.label is EntityLabel.ORG]
        self.starts = [e.start for e in self.people]
        self.org_starts = [e.start for e in self.orgs]
        self.cache: dict[tuple[str, str], list[Entity]] = {}
        self.cache_starts: dict[tuple[str, str], list[int]] = {}

    def person_in(self, start: int, end: int) -> Entity | None:
        """The first person mention that starts in ``[start, end)``."""
        k = bisect.bisect_left(self.starts, start)
        return self.people[k] if k < len(self.people) and self.people[k].start < end else None

    def org_in(self, start: int, end: int) -> Entity | None:
        """The first organisation mention inside ``[start, end)``."""
        k = bisect.bisect_left(self.org_starts, start)
        return self.orgs[k] if k < len(self.orgs) and self.orgs[k].end <= end else None

    def named_like_people(self, start: int, end: int) -> list[Entity]:
        """Organisations inside ``[start, end)`` that read as a person's name ("Thomas Edison")."""
        lo = bisect.bisect_left(self.org_starts, start)
        hi = bisect.bisect_left(self.org_starts, end)
        out = []
        for ent in self.orgs[lo:hi]:
            words = ent.text.split()
            if ent.end <= end and 2 <= len(words) <= 3 and words[0].lower() in FIRST_NAMES:
                out.append(ent)
        return out

    def last_people(self, start: int, end: int) -> list[Entity]:
        """Person mentions inside ``[start, end)``, in order."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [e for e in self.people[lo:hi] if e.end <= end]


def title_words(name: str) -> int:
    """How many characters of ``name`` are a title run before the person's first name: "Police
    Chief Anna Berg", "Prosecutor Ann Malik", "Borgmester Lise Holm" (the name finder takes a
    capitalised title at a sentence start into the name). At least a first and a last name stay."""
    words = name.split(" ")
    for k in range(1, min(4, len(words) - 1)):
        if words[k].lower() in FIRST_NAMES and all(
            w[:1].isupper() and w.lower() not in FIRST_NAMES and not w.endswith(("'s", "’s")) for w in words[:k]
        ) and not re.fullmatch(r"[IVX]+", words[-1]):
            return len(" ".join(words[:k])) + 1
    return 0


def _untitled(ent: Entity) -> Entity:
    """The mention without a leading title run, with the title stripped from its canonical name."""
    cut = title_words(ent.text)
    canonical = ent.canonical[title_words(ent.canonical):]
    if not cut and canonical == ent.canonical:
        return ent
    return replace(ent, start=ent.start + cut, text=ent.text[cut:], canonical=canonical)

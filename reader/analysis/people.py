"""The article's people for attribution (sorted, with quick lookups, titles left out of names)
and the speaker phrase a reporting clause names."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Callable

from reader.analysis.en_words import EN_VOCABULARY
from reader.analysis.gazetteer import FIRST_NAMES
from reader.analysis.lexicon import EN_ROLES
from reader.analysis.span_set import mentions
from reader.analysis.titles import is_title_word
from reader.analysis.word_memo import WordMemo
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
        cut_of = _TITLE_CUTS.value  # names repeat, in a text and from text to text: each read once
        entities = [part for ent in entities for part in _titled_person(ent, cut_of)]
        titles_only = _TITLES_ONLY.value
        kept = [
            e for e in entities
            if e.label is EntityLabel.PER and not titles_only(e.text)  # "Senator" alone
            and not _INDEFINITE.search(text, max(0, e.start - 4), e.start)  # "a Christian", "an Iraqi"
            and not _a_title(e, text)
        ]
        self.people = [_untitled(e, cut_of) for e in kept]
        # The title the name finder took into each mention ("Detective Inspector", "Shopkeeper").
        self.titles = [e.text[:cut_of(e.text)].strip() for e in kept]
        self.orgs = sorted((e for e in entities if e.label is EntityLabel.ORG), key=lambda e: e.start)
        self.starts = [e.start for e in self.people]
        self.org_starts = [e.start for e in self.orgs]
        self.cache: dict[tuple[str, str], list[Entity]] = {}
        self.cache_starts: dict[tuple[str, str], list[int]] = {}
        self.subjects: dict[tuple[int, int], bool] = {}  # antecedents.is_subject of each mention
        self.found: dict[tuple[str, str], list[int]] = {}  # where the text writes a pattern (descriptions)
        self.text = text
        self._lowered: str | None = None

    def lowered(self) -> str:
        """The text in lower case, each character where ``(?i)`` matches it, made once a text; ""
        when that cannot be ("İ" lowers to two characters; (?i) takes "ı" for i and "ſ" for s)."""
        if self._lowered is None:
            low = self.text.lower()
            odd = len(low) != len(self.text) or any(ch in self.text for ch in "\u0130\u0131\u017f")
            self._lowered = "" if odd else low
        return self._lowered

    def learn(self, names: set[str], text: str) -> None:
        """Names that reporting clauses gave a speaker ("said Olek") and the name finder missed: each
        place the text writes one, outside other mentions, is that person (for the pronouns and
        paragraphs around: "Olek put down his cup. / '...,' he said.")."""
        added = []
        for name in sorted(names):
            for match in mentions(text, name, r"(?![\w-])"):  # (a look-behind first is tried everywhere)
                at = match.start()
                k = bisect.bisect_right(self.starts, at) - 1
                inside = k >= 0 and self.people[k].end > at or self.person_in(at, match.end()) is not None
                if not inside and self.org_at(at) is None:
                    added.append(Entity(at, match.end(), name, EntityLabel.PER, name))
        self._add(added)

    def learn_surnames(self, text: str) -> None:
        """English: a surname written alone after the full name ("But Bell is not convinced." after
        "Marjorie Bell") is that person where the name finder missed it, when only one person has
        it; a common word opening a sentence ("Price rises ...") is no mention."""
        owners: dict[str, set[str]] = {}
        first: dict[str, int] = {}
        for ent in self.people:
            words = ent.canonical.split()
            if len(words) >= 2 and re.fullmatch(r"[A-Z][a-z][\w'’-]+", words[-1]):
                owners.setdefault(words[-1], set()).add(ent.canonical)
                first.setdefault(words[-1], ent.end)
        added = []
        for surname, names in sorted(owners.items()):
            if len(names) != 1:
                continue
            common = surname.lower() in EN_VOCABULARY
            for match in mentions(text, surname, r"(?![\w-])", first[surname]):
                at = match.start()
                k = bisect.bisect_right(self.starts, at) - 1
                if k >= 0 and self.people[k].end > at or self.org_at(at) is not None:
                    continue
                opens = re.search(r"(?:^|[.!?:\n][\"”’]?\s+|[\"“‘])$", text[max(0, at - 4):at]) is not None or at == 0
                if common and opens or re.search(r"[A-Z][\w'’-]*\s$", text[max(0, at - 30):at]) and not re.search(
                    r"(?:^|\s)(?:Mr|Mrs|Ms|Miss|Dr|Prof|But|And|Yet|So|Then|When|As)\.?\s$", text[max(0, at - 30):at]
                ):
                    continue  # "Price rises", or part of another name ("Anne Bell" for "Marjorie Bell")
                added.append(Entity(at, match.end(), surname, EntityLabel.PER, next(iter(names))))
        self._add(added)

    def forget(self, starts: set[int]) -> None:
        """Drop the person mentions starting at ``starts`` (a transcript's turn labels: quotesen23)."""
        keep = [k for k, ent in enumerate(self.people) if ent.start not in starts]
        if len(keep) == len(self.people):
            return
        self.people = [self.people[k] for k in keep]
        self.titles = [self.titles[k] for k in keep]
        self.starts = [ent.start for ent in self.people]
        self.cache.clear()
        self.cache_starts.clear()
        self.subjects.clear()

    def _add(self, added: list[Entity]) -> None:
        if not added:
            return
        merged = sorted(zip(self.people + added, self.titles + [""] * len(added)), key=lambda pair: pair[0].start)
        self.people = [ent for ent, _ in merged]
        self.titles = [title for _, title in merged]
        self.starts = [ent.start for ent in self.people]
        self.cache.clear()
        self.cache_starts.clear()
        self.subjects.clear()

    def person_in(self, start: int, end: int) -> Entity | None:
        """The first person mention that starts in ``[start, end)``."""
        k = bisect.bisect_left(self.starts, start)
        return self.people[k] if k < len(self.people) and self.people[k].start < end else None

    def org_in(self, start: int, end: int) -> Entity | None:
        """The first organisation mention inside ``[start, end)``."""
        k = bisect.bisect_left(self.org_starts, start)
        return self.orgs[k] if k < len(self.orgs) and self.orgs[k].end <= end else None

    def org_at(self, pos: int) -> Entity | None:
        """The organisation mention covering offset ``pos``."""
        k = bisect.bisect_right(self.org_starts, pos) - 1
        return self.orgs[k] if k >= 0 and self.orgs[k].start <= pos < self.orgs[k].end else None

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


_TITLE_FOR = re.compile(r"([\w-]+)\s+(?:for|of)\s+(?:the\s+)?$")


def _a_title(ent: Entity, text: str) -> bool:
    """A mention the name finder took for a person that is a title ("Green MP", "Home Secretary")
    or the place of one ("MP for Stroud"): the name finder's own slips, left out here."""
    words = ent.text.split()
    if len(words) >= 2 and is_title_word(words[-1]) and words[0].lower() not in FIRST_NAMES:
        return True
    before = _TITLE_FOR.search(text, max(0, ent.start - 30), ent.start) if text and len(words) == 1 else None
    return before is not None and is_title_word(before.group(1))


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
    k = 0
    while k < len(words) - 2 and k < 3 and _title_like(words[k]):
        k += 1  # "Farmer Rose Dunn", "Detective Inspector Ivo Marsh": words of a role before a name
    return len(" ".join(words[:k])) + 1 if k else 0


def _titles_only(name: str) -> bool:
    """Whether every word of ``name`` is a title or role word ("Senator" alone)."""
    return all(w in EN_ROLES or is_title_word(w) for w in name.split())


_TITLE_CUTS = WordMemo(title_words)  # (each name's, across texts; emptied by ``Model.clear``)
_TITLES_ONLY = WordMemo(_titles_only)

_ROLE_ENDINGS = ("er", "or", "ist", "ant", "ent", "man", "woman", "ian", "ess", "ee")


def _title_like(word: str) -> bool:
    """A capitalised word before a name that reads as a title or occupation, not a given name."""
    low = word.lower()
    return word[:1].isupper() and low not in FIRST_NAMES and (is_title_word(word) or low.endswith(_ROLE_ENDINGS))


_NAME_THEN_ORG = re.compile(r"([A-ZÆØÅ][\w'’-]*(?: [A-ZÆØÅ][\w'’-]*){1,2})(?: (?:of|from|at) (?:the )?([A-ZÆØÅ].*))?")


def _titled_person(ent: Entity, title_words: Callable[[str], int] = title_words) -> list[Entity]:
    """An organisation mention that is a title and a person's name ("Economy Secretary Kate
    Forbes", "Insp Ruth Pike of Humber Police": the name finder's slip) as the person it names
    (and the organisation after "of")."""
    if ent.label is not EntityLabel.ORG:
        return [ent]
    cut = title_words(ent.text)
    if not cut or not any(is_title_word(w) for w in ent.text[:cut].split()):
        return [ent]
    rest = _NAME_THEN_ORG.fullmatch(ent.text, cut)
    if rest is None:
        return [ent]
    person = replace(ent, end=ent.start + rest.end(1), text=ent.text[:rest.end(1)], label=EntityLabel.PER,
                     canonical=ent.text[:rest.end(1)])
    if rest.group(2) is None:
        return [person]
    org_start = ent.start + rest.start(2)
    return [person, Entity(org_start, ent.end, rest.group(2), EntityLabel.ORG, rest.group(2))]


def _untitled(ent: Entity, title_words: Callable[[str], int] = title_words) -> Entity:
    """The mention without a leading title run, with the title stripped from its canonical name."""
    cut = title_words(ent.text)
    canonical = ent.canonical[title_words(ent.canonical):]
    if not cut and canonical == ent.canonical:
        return ent
    return replace(ent, start=ent.start + cut, text=ent.text[cut:], canonical=canonical)


def near_written(text: str, stems: tuple[str, ...], people: People) -> list[Entity]:
    """The people (in order) within 60 characters (100 before them) of one of ``stems`` written in any case; all of
    them when lowering the text is not lowering each word (its length changes, or a final sigma)."""
    if ("lower", "") not in people.found:
        people.found["lower", ""] = text.lower() if "Σ" not in text else None  # type: ignore[assignment]
    low, every = people.found["lower", ""], people.people  # type: ignore[assignment]
    if low is None or len(low) != len(text):
        return every
    if ("longest", "") not in people.found:  # once per text
        people.found["longest", ""] = max((p.end - p.start for p in every), default=0)  # type: ignore[assignment]
    longest: int = people.found["longest", ""]  # type: ignore[assignment]
    picked = set()
    for stem in stems:
        k = low.find(stem)
        while k >= 0:
            # (up to 100 characters before the name: "The prosecutor in a separate case over ..., Jane Doe")
            for m in range(bisect.bisect_left(people.starts, k - 60 - longest), bisect.bisect_right(people.starts, k + 100)):
                if every[m].start - 100 <= k < every[m].end + 60:
                    picked.add(m)
            k = low.find(stem, k + 1)
    return [every[m] for m in sorted(picked)]

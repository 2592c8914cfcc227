"""Core data types shared by every layer (standard library only).

Every span is a half-open ``[start, end)`` character offset into one normalised
article body (NFC, ``\\n`` line ends, paragraphs separated by one blank line).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from typing import Sequence
from enum import Enum


class EntityLabel(str, Enum):
    """Kinds of named entity (and checkable figure) the analysis finds."""

    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"
    MISC = "MISC"
    DATE = "DATE"
    NUM = "NUM"


class AnchorStatus(str, Enum):
    """How an annotation re-attached to the current article text."""

    EXACT = "exact"
    MOVED = "moved"
    FUZZY = "fuzzy"
    ORPHANED = "orphaned"


class QuoteState(str, Enum):
    """A journalist's verification state for a quote."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    CONTESTED = "contested"

    def next(self) -> "QuoteState":
        """The state one key press further: unverified -> verified -> contested -> unverified."""
        order = list(QuoteState)
        return order[(order.index(self) + 1) % len(order)]


@dataclass(frozen=True, slots=True)
class Article:
    """One article, parsed from a file (or one record of a JSON file)."""

    id: str
    path: str
    title: str
    body: str
    date: str = ""
    source: str = ""
    dateline: str = ""
    language: str = "en"
    format: str = "txt"
    byline: str = ""
    meta_tags: tuple[str, ...] = ()
    # The id the article's own fields give (declared, or from source, date and title) when the
    # scan or the store had to tell it apart from another file's with a suffix; else "".
    base_id: str = field(default="", compare=False)

    @property
    def fingerprint(self) -> str:
        """A hash of the body: equal bodies, equal fingerprints."""
        return hashlib.sha1(self.body.encode("utf-8")).hexdigest()[:16]

    @property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        """Spans of the body's paragraphs (text between blank lines)."""
        return paragraph_spans(self.body)


def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the paragraphs of ``text``, split on blank lines, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    pos = 0
    length = len(text)
    while pos < length:
        nxt = text.find("\n\n", pos)
        end = length if nxt < 0 else nxt
        start, stop = pos, end
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            spans.append((start, stop))
        pos = end + 2 if nxt >= 0 else length
    return tuple(spans)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file the library could not read, with a one-line reason."""

    path: str
    reason: str

    @property
    def own_file(self) -> bool:
        """Whether it is one of reader's own files (the database, a backup, an export): expected
        in a library folder, so neither counted nor listed as news."""
        return self.reason.endswith((NOT_ARTICLE_DATABASE, NOT_ARTICLE_EXPORT))


# Reasons the library gives for skipping reader's own files.
NOT_ARTICLE_DATABASE = "a reader database, not an article"
NOT_ARTICLE_EXPORT = "an export of notes from reader, not an article"

# How reader marks its own exports, so that the library (and export -o) can recognise them.
EXPORTED_BY = "reader"  # the JSON export's "exported_by"
MARKDOWN_EXPORT_HEAD = ("# Notes", "_Exported from reader._")  # the Markdown export's first lines
QUOTE_SHEET_HEADING = "# Quotes"  # the quote sheet's heading (then the same export mark)


def is_markdown_export(text: str) -> bool:
    """Whether ``text`` begins as a Markdown export does (its heading, then the export mark)."""
    lines = [line.strip() for line in text[:500].splitlines() if line.strip()]
    return len(lines) >= 2 and lines[0] in (MARKDOWN_EXPORT_HEAD[0], QUOTE_SHEET_HEADING) \
        and lines[1] == MARKDOWN_EXPORT_HEAD[1]


def merge_tags(tags: Sequence[str], file_tags: Sequence[str]) -> tuple[str, ...]:
    """The user's tags, then the tags the article file declares itself (front matter, keywords)
    that the user has not given it (tags match ignoring case)."""
    have = {t.casefold() for t in tags}
    return tuple(tags) + tuple(t for t in file_tags if t.casefold() not in have)


@dataclass(frozen=True, slots=True)
class Entity:
    """A mention of a person, organisation, place, other name, date or number."""

    start: int
    end: int
    text: str
    label: EntityLabel
    canonical: str


# Entity's fields set through their slots: the frozen dataclass's own __init__ sets each through
# object.__setattr__ (twice as long), and the analysis of a long text builds tens of thousands.
# Equality, hashing, repr, immutability and dataclasses.replace are the dataclass's, unchanged.
_ENTITY_FIELDS = ("start", "end", "text", "label", "canonical")
_ENTITY_SLOTS = tuple(getattr(Entity, name).__set__ for name in _ENTITY_FIELDS)


def _entity_init(self: Entity, start: int, end: int, text: str, label: EntityLabel, canonical: str) -> None:
    set_start, set_end, set_text, set_label, set_canonical = _ENTITY_SLOTS
    set_start(self, start)
    set_end(self, end)
    set_text(self, text)
    set_label(self, label)
    set_canonical(self, canonical)


if tuple(f.name for f in fields(Entity)) == _ENTITY_FIELDS:  # (a field added: the dataclass's own)
    Entity.__init__ = _entity_init  # type: ignore[method-assign]


@dataclass(frozen=True, slots=True)
class Quote:
    """Quoted speech and, when known, who said it.

    ``speaker`` is the fullest name the article gives; ``speaker_start/end``
    locate the mention that attributes the quote (a name or a pronoun), when
    there is one in the text.
    """

    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    role: str = ""  # the speaker's role as the attribution gives it ("pressechef")
    affiliation: str = ""  # the organisation it names ("Vestkraft")
    kind: str = "full"  # or "partial": a phrase quoted inside reported speech


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the analysis found in one text."""

    text: str
    language: str
    sentences: tuple[tuple[int, int], ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    title: str = ""
    title_entities: tuple[Entity, ...] = ()  # offsets into ``title``


# How alike two wordings of a quote must be (``wording_likeness``) to count as one quote reworded.
REWORDED = 0.6


def wording_likeness(old: str, new: str) -> float:
    """How alike two wordings are, 0 to 1 (difflib's ratio; long texts by their words)."""
    import difflib

    if len(old) + len(new) > 4000:
        return difflib.SequenceMatcher(None, old.split(), new.split(), autojunk=False).ratio()
    return difflib.SequenceMatcher(None, old, new, autojunk=False).ratio()


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """What the journalist recorded on one quote: its state, the wording and speaker that state
    was given for, and a speaker set by hand.

    ``start``/``end``/``exact`` are where the record sits now (as placed at the last attach) and
    the wording it was made on; ``checked_text``/``checked_speaker`` what was verified or
    contested (None: not recorded, an older database); ``speaker_set`` tells a speaker set by
    hand (``speaker``; "" when the journalist cleared it) from the analysis's own.
    """

    start: int
    end: int
    exact: str
    state: QuoteState = QuoteState.UNVERIFIED
    checked_text: str | None = None
    checked_speaker: str | None = None
    speaker_set: bool = False
    speaker: str = ""
    status: AnchorStatus = AnchorStatus.EXACT


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where an annotation sits: W3C TextQuoteSelector plus TextPositionSelector."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True, slots=True)
class Annotation:
    """A journalist's note and/or label on a stretch of an article."""

    id: str
    article_id: str
    anchor: Anchor
    note: str = ""
    label: str = ""
    created: str = ""
    updated: str = ""
    status: AnchorStatus = AnchorStatus.EXACT


@dataclass(frozen=True, slots=True)
class EntityCorrection:
    """A personal gazetteer entry: ``text`` is always ``label``, or never an entity (None)."""

    text: str
    label: EntityLabel | None


@dataclass(frozen=True, slots=True)
class LibraryScan:
    """The result of scanning paths for articles."""

    articles: tuple[Article, ...] = ()
    skipped: tuple[Skipped, ...] = ()

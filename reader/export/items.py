"""What an export contains: one article with the journalist's tags, notes and quote checks."""

from __future__ import annotations

from dataclasses import dataclass

from reader.model import Annotation, Article, QuoteState


@dataclass(frozen=True, slots=True)
class QuoteNote:
    """A quote whose verification state the journalist set."""

    text: str
    speaker: str | None
    state: QuoteState


@dataclass(frozen=True, slots=True)
class ArticleNotes:
    """One article with the journalist's tags, annotations and quote checks."""

    article: Article
    tags: tuple[str, ...] = ()
    annotations: tuple[Annotation, ...] = ()
    quotes: tuple[QuoteNote, ...] = ()

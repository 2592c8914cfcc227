"""What an export contains, and dispatch to the Markdown, JSON and CSV writers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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


FORMATS = ("md", "json", "csv")


def format_for_path(path: str | None, default: str = "md") -> str:
    """The export format implied by a file name's suffix (``.md``, ``.json``, ``.csv``)."""
    if path:
        suffix = Path(path).suffix.lower().lstrip(".")
        if suffix in ("md", "markdown"):
            return "md"
        if suffix in FORMATS:
            return suffix
    return default


def render(items: list[ArticleNotes], fmt: str = "md") -> str:
    """The export of ``items`` in format ``fmt`` ("md", "json" or "csv")."""
    if fmt == "md":
        from reader.export.markdown import to_markdown

        return to_markdown(items)
    if fmt == "json":
        from reader.export.jsonout import to_json

        return to_json(items)
    if fmt == "csv":
        from reader.export.csvout import to_csv

        return to_csv(items)
    raise ValueError(f"unknown export format: {fmt}")

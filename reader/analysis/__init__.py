"""Sentences, entities and quotes: pure functions from text to character spans.

Importing this package loads nothing heavy; the tagger's weights load on the first ``analyze``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from reader.model import Analysis, EntityCorrection

__all__ = ["analyze"]


def analyze(
    text: str,
    language: str | None = None,
    corrections: Sequence["EntityCorrection"] = (),
    title: str = "",
) -> "Analysis":
    """Sentences, entities and quotes of ``text`` (language None or "auto": detected).

    With ``title`` (the article's headline) the names in the headline are found too, read together
    with the body, in ``title_entities``; every other offset still indexes into ``text``.
    """
    from reader.analysis.pipeline import analyze as _analyze

    return _analyze(text, language, corrections, title)

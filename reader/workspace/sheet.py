"""The analyses a quote sheet reads (``export --quotes``, ``E`` in the library): from the library
index where it holds the article's own analysis, else made as before.

The index analysed every article without the journalist's entity corrections; its quotes stand in
only where no correction could change them: none whose text occurs in the headline or the body
(a correction forces or removes the names it matches, nothing else). The sheet is then the same,
byte for byte, as one made by analysing every article (tests/system/test_quote_sheet_index.py).
"""

from __future__ import annotations

import os
from typing import Callable, Sequence

from reader.index.database import index_path_for
from reader.index.sheetrows import sheet_rows
from reader.model import Analysis, Article, EntityCorrection

__all__ = ["SheetAnalyses", "touches"]

Analyse = Callable[[Article, tuple], Analysis]  # (article, corrections) -> its analysis


def touches(corrections: Sequence[EntityCorrection], article: Article) -> bool:
    """Whether any of ``corrections`` may change the analysis of ``article`` (its text occurs in
    the headline or the body, in any case)."""
    texts = [c.text for c in corrections if c.text.strip()]
    if not texts:
        return False
    whole = f"{article.title}\n\n{article.body}"
    folded = whole.casefold()
    return any(text in whole or text.casefold() in folded for text in texts)


class SheetAnalyses:
    """``analysis_for(article, corrections)``: the index's quotes of the article when they are its
    analysis with ``corrections``, else ``fallback(article, corrections)``."""

    def __init__(self, db_path: str | os.PathLike[str] | None, fallback: Analyse) -> None:
        self.rows = sheet_rows(index_path_for(os.path.expanduser(os.fspath(db_path)))) if db_path else None
        self.fallback = fallback
        self.from_index = 0  # how many came from the index (for tests and the log)

    def analysis_for(self, article: Article, corrections: tuple) -> Analysis:
        if self.rows is not None and not touches(corrections, article):
            quotes = self.rows.quotes_of(article)
            if quotes is not None:
                self.from_index += 1
                return Analysis(article.body, article.language, quotes=quotes)
        return self.fallback(article, corrections)

    def close(self) -> None:
        if self.rows is not None:
            self.rows.close()
            self.rows = None


def analyse(article: Article, corrections: tuple) -> Analysis:
    """The analysis ``quote_notes`` makes of an article without an ``analysis_for``."""
    from reader.analysis import analyze

    return analyze(article.body, article.language, corrections, title=article.title)

"""Who said what across the library: the index's speakers, names, quotes and timelines."""

from __future__ import annotations

from reader.index import parse_query
from reader.index.query import is_date
from reader.index.who import (
    analysed, article_quotes, cooccurring, entities, entity_articles, first_seen, matching_speakers,
    name_matches, provenance, quotes, speakers, timeline,
)
from reader.index.wording import bar_lines

__all__ = ["analysed", "article_quotes", "bar_lines", "cooccurring", "entities", "entity_articles", "first_seen",
           "is_date", "matching_speakers", "name_matches", "parse_query", "provenance", "quotes", "speakers",
           "timeline"]

"""Who said what, across the library: speakers, their quotes, entities, co-occurrence, where a quote
first appeared and timelines, answered from the index's ``quotes``, ``quote_keys`` and ``mentions``
tables (written with each article's analysis).

Names are merged across articles as the analysis merges them within one (``wording.merge_names``).

This module is the subject's one name for its callers; the work is in modules by subject:
whowrite (rows written with each article's analysis), whorows (the answers' rows and the cache),
whoquotes (speakers, quotes, provenance), whohand (speakers set by hand), whonames (entities, co-occurrence), whotime (timelines).
"""

from reader.index.whohand import hand_speakers, set_hand_speakers
from reader.index.whonames import cooccurring, entities, entity_articles, person_names
from reader.index.whoquotes import (
    analysed, article_quotes, first_seen, matching_speakers, provenance, quote, quotes, speaker_names, speakers,
)
from reader.index.whorows import _version as hand_speakers_mark
from reader.index.whorows import LABELS, EntityRow, Provenance, QuoteRow, Speaker, Version
from reader.index.whotime import fill_periods, timeline
from reader.index.whowrite import drop_path, mentions_of, quote_marks_of, quote_rows_of, write_analysis
from reader.index.wording import name_matches

__all__ = ["LABELS", "EntityRow", "Provenance", "QuoteRow", "Speaker", "Version", "analysed", "article_quotes",
           "cooccurring", "drop_path", "entities", "entity_articles", "fill_periods", "first_seen",
           "hand_speakers", "hand_speakers_mark", "matching_speakers", "mentions_of", "name_matches", "person_names", "provenance", "quote",
           "quote_marks_of", "quote_rows_of", "quotes", "set_hand_speakers", "speaker_names", "speakers", "timeline", "write_analysis"]

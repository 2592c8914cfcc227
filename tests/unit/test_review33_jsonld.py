"""A schema.org NewsArticle in JSON is read whole (review33).

A page's JSON-LD saved as a file, or a scraper's output, writes its text as ``articleBody``, its
date as ``datePublished`` and its author and publisher as objects with a ``name``: reader gave a
headline with no text, no date, no byline and no source, and said nothing.
"""

from __future__ import annotations

import json

from reader.library.jsonfmt import parse_json

_ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Harbour wall plan approved in Hobton",
    "datePublished": "2026-11-21T08:00:00Z",
    "author": [{"@type": "Person", "name": "Sam Porter"}, {"@type": "Person", "name": "Ada Lyle"}],
    "publisher": {"@type": "Organization", "name": "Coast News"},
    "keywords": ["harbour", "council"],
    "articleBody": "HOBTON - Councillors approved a £9m harbour wall on Friday.\n\n"
                   "\"It will protect 300 homes,\" said Councillor Jo Marsh.",
}


def test_a_schema_org_news_article_gives_its_text_date_byline_and_source() -> None:
    (draft,) = parse_json(json.dumps(_ARTICLE))
    assert draft.title == "Harbour wall plan approved in Hobton"
    assert draft.paragraphs == ["HOBTON - Councillors approved a £9m harbour wall on Friday.",
                                "\"It will protect 300 homes,\" said Councillor Jo Marsh."]
    assert draft.date.startswith("2026-11-21")
    assert draft.byline == "Sam Porter, Ada Lyle"
    assert draft.source == "Coast News"


def test_a_body_field_still_wins_and_plain_names_stay_as_they_are() -> None:
    (draft,) = parse_json(json.dumps({"title": "T", "body": "Own text.", "articleBody": "Other text.",
                                      "author": "Jo Marsh", "source": "Wire"}))
    assert draft.paragraphs == ["Own text."]
    assert (draft.byline, draft.source) == ("Jo Marsh", "Wire")

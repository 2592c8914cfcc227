"""JSON-LD as scrapers save it: a ``@graph`` and nested body lists keep their text (attack33).

A page's JSON-LD often holds its NewsArticle in a ``@graph`` beside a WebPage and a
BreadcrumbList: the whole file was "no title" and the article was lost. A body list holding
lists (``[["p1", "p2"], "p3"]``) kept only p3.
"""

from __future__ import annotations

import json

from reader.library.jsonfmt import parse_json

BODY = ("Aarhus. The ferry company said on Tuesday that the evening departure is cancelled.\n\n"
        "\"We had no choice,\" said Mette Lund, the harbour master.")


def _graph(*items: dict) -> str:
    return json.dumps({"@context": "https://schema.org", "@graph": list(items)})


def test_the_article_in_a_graph_is_read() -> None:
    text = _graph({"@type": "WebPage", "name": "The Coast Daily"},
                  {"@type": "BreadcrumbList", "itemListElement": []},
                  {"@type": "NewsArticle", "headline": "Evening ferry cancelled", "articleBody": BODY,
                   "datePublished": "2025-03-04", "author": {"@type": "Person", "name": "Ole Dahl"}})
    drafts = parse_json(text)
    assert len(drafts) == 1
    draft = drafts[0]
    assert draft.title == "Evening ferry cancelled"
    assert draft.byline == "Ole Dahl" and draft.date == "2025-03-04"
    assert len(draft.paragraphs) == 2 and draft.paragraphs[1].startswith("\"We had no choice")


def test_a_graph_article_without_a_body_is_found_by_its_type() -> None:
    drafts = parse_json(_graph({"@type": "WebPage", "name": "x"},
                               {"@type": ["NewsArticle"], "headline": "Only a headline"}))
    assert [d.title for d in drafts] == ["Only a headline"]


def test_an_object_with_its_own_headline_is_read_as_before() -> None:
    text = json.dumps({"headline": "Own title", "articleBody": "Own text.",
                       "@graph": [{"@type": "NewsArticle", "headline": "Other", "articleBody": "x"}]})
    assert [d.title for d in parse_json(text)] == ["Own title"]


def test_nested_body_lists_keep_every_paragraph_in_order() -> None:
    text = json.dumps({"headline": "Nested", "articleBody": [["First part.", ["Second part."]], "Third part."]})
    assert parse_json(text)[0].paragraphs == ["First part.", "Second part.", "Third part."]

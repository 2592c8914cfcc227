"""A byline that gives the reporter's role after a comma is the byline, not a paragraph."""

from __future__ import annotations

from reader.library import parse_bytes

STORY = """ date 2026-10-30 Inside the care homes where residents waited hours

{line}

ASHBY. For eleven months, the Ledger has examined the running of four care homes.

"We were told the numbers had to come down," said Joanne Firth.
"""


def _parse(line: str):
    (article,) = parse_bytes(STORY.format(line=line).encode(), "story.txt")
    return article


def test_a_byline_with_a_role_is_the_byline() -> None:
    article = _parse("By Daniel Okoro, investigations correspondent")
    assert article.byline == "Daniel Okoro, investigations correspondent"
    assert not article.body.startswith("By ") and article.dateline == "Ashby"


def test_a_danish_byline_with_a_role() -> None:
    assert _parse("Af Lise Holm, politisk redaktør").byline == "Lise Holm, politisk redaktør"


def test_a_sentence_opening_with_by_stays_text() -> None:
    article = _parse("By Monday, most of the homes had closed their doors to visitors")
    assert article.byline == "" and article.body.startswith("By Monday")

"""A first paragraph opening with "By"/"Af" that is no byline stays text, and never stops the read."""

from __future__ import annotations

import pytest

from reader.library import parse_bytes

STORY = """ date 2026-11-02 Flood risk on the lower river

{line}

The report was published on Monday and names twelve streets.
"""


def _parse(line: str):
    (article,) = parse_bytes(STORY.format(line=line).encode(), "story.txt")
    return article


@pytest.mark.parametrize("line", ["By the numbers", "Af samme grund, mener de fleste", "By the river bank"])
def test_a_lower_case_phrase_after_by_is_read_as_text(line: str) -> None:
    article = _parse(line)
    assert article.byline == "" and article.body.startswith(line)


@pytest.mark.parametrize("line", ["By Christmas Eve, most roads will open", "By Monday Night, roads reopen",
                                  "By Anna Berg, who was there", "By Monday, Tuesday and Wednesday",
                                  "By Spring, Most Rivers Rise"])
def test_a_time_or_a_clause_after_by_is_no_byline(line: str) -> None:
    article = _parse(line)
    assert article.byline == "" and article.body.startswith(line)


def test_a_byline_with_a_role_still_is_one() -> None:
    assert _parse("By Daniel Okoro, investigations correspondent").byline == "Daniel Okoro, investigations correspondent"
    assert _parse("By Jane Doe").byline == "Jane Doe"
    assert _parse("By June Smith, political editor").byline == "June Smith, political editor"
    assert _parse("By May Holm").byline == "May Holm"


def test_a_markdown_story_opening_with_by_the_numbers_is_read() -> None:
    (article,) = parse_bytes(b"# Flood risk\n\nBy the numbers\n\nThe report names twelve streets.\n", "story.md")
    assert article.byline == "" and article.body.startswith("By the numbers")

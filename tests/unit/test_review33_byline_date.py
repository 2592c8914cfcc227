"""A byline line with the date after the name (review33).

"*By Alan Doyle, 12 November 2026*" under a Markdown headline, or "Af Lise Holm, 12. november
2026" atop wire copy, was read as the text's first paragraph (its name then a person in the
text), with no byline and no date: a date is no role, so the line was not taken for a byline.
"""

from __future__ import annotations

import pytest

from reader.library import parse_bytes


@pytest.mark.parametrize(("line", "expected"), [
    ("By Alan Doyle, 2026-11-12", ("Alan Doyle", "2026-11-12")),
    ("By Alan Doyle, 12 November 2026", ("Alan Doyle", "2026-11-12")),
    ("Af Lise Holm, 12. november 2026", ("Lise Holm", "2026-11-12")),
    ("By Jane Doe, March 4, 2025", ("Jane Doe", "2025-03-04")),
    ("By Jane Doe, political editor", ("Jane Doe, political editor", "")),
    ("By Jane Doe, 2024 winner", ("", "")),
    ("By Christmas Eve, 2025-12-24", ("", "")),
])
def test_a_byline_may_end_with_the_date(line: str, expected: tuple[str, str]) -> None:
    from reader.library.wire import byline_and_date

    assert byline_and_date(line) == expected


def test_markdown_without_front_matter_takes_the_byline_and_date_from_the_line() -> None:
    text = ("# Minister visits the fish market in Hobton\n\n*By Alan Doyle, 12 November 2026*\n\n"
            "HOBTON - The minister toured the market on Wednesday.\n")
    (article,) = parse_bytes(text.encode(), "visit.md")
    assert (article.byline, article.date) == ("Alan Doyle", "2026-11-12")
    assert article.body.startswith("HOBTON - The minister")


def test_wire_copy_takes_the_byline_and_date_from_the_line_but_keeps_its_own_date() -> None:
    (article,) = parse_bytes("Havnen får ny kaj\n\nAf Lise Holm, 12. november 2026\n\nHobæk. Tekst.\n".encode(), "a.txt")
    assert (article.byline, article.date, article.body) == ("Lise Holm", "2026-11-12", "Hobæk. Tekst.")
    (dated,) = parse_bytes(" date 2026-11-14 Havnen får ny kaj\n\nAf Lise Holm, 12. november 2026\n\nHobæk. Tekst.\n".encode(), "b.txt")
    assert (dated.byline, dated.date) == ("Lise Holm", "2026-11-14")

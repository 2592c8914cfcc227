"""A <title> suffix that is a part, page or section label, or a site put first, gives the right source."""

from __future__ import annotations

import pytest

from reader.library import parse_bytes


def _source(title: str, h1: str = "Storm closes the island ferry") -> str:
    page = (f"<html><head><title>{title}</title></head><body><article><h1>{h1}</h1>"
            "<p>The ferry to the island was closed on Monday after a storm, the operator said.</p>"
            "</article></body></html>").encode()
    (article,) = parse_bytes(page, "page.html")
    return article.source


@pytest.mark.parametrize("title", ["Storm closes the island ferry \u2013 Part 2", "Storm closes the island ferry | Live",
                                   "Storm closes the island ferry - Page 3", "Storm closes the island ferry | Video"])
def test_a_part_or_section_label_is_no_source(title: str) -> None:
    assert _source(title) == ""


def test_a_site_before_the_headline_is_the_source() -> None:
    assert _source("Solent Echo | Storm closes the island ferry") == "Solent Echo"


def test_a_site_after_part_and_section_labels() -> None:
    assert _source("Storm closes the island ferry - Part 2 | Solent Echo") == "Solent Echo"
    assert _source("Storm closes the island ferry | News | Solent Echo") == "Solent Echo"

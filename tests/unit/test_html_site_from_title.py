"""A page without og:site_name names its site in its <title> ("Headline | Site"): the source."""

from __future__ import annotations

from reader.library import parse_bytes


def _page(title: str, h1: str, meta: str = "") -> bytes:
    return (f"<html><head><title>{title}</title>{meta}</head><body><article><h1>{h1}</h1>"
            "<p>The ferry will make its last crossing in March, the operator said on Monday.</p>"
            "</article></body></html>").encode()


def _source(data: bytes) -> str:
    articles = parse_bytes(data, "page.html")
    assert len(articles) == 1
    return articles[0].source


def test_a_bar_suffix_in_the_title_is_the_source() -> None:
    page = _page("Island ferry axed after 70 years | Solent Evening Echo", "Island ferry axed after 70 years")
    assert _source(page) == "Solent Evening Echo"


def test_a_dash_suffix_after_the_headline_is_the_source() -> None:
    page = _page("Odsherred vil sælge rådhuset - Nordvestnyt", "Odsherred vil sælge rådhuset")
    assert _source(page) == "Nordvestnyt"


def test_a_dash_inside_a_headline_names_no_source() -> None:
    assert _source(_page("Storm - what we know", "Storm hits the coast")) == ""


def test_og_site_name_still_wins_over_the_title() -> None:
    meta = '<meta property="og:site_name" content="The Echo">'
    assert _source(_page("Ferry axed | Solent Evening Echo", "Ferry axed", meta)) == "The Echo"

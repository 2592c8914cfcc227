"""HTML main text by trafilatura (library/htmlmain.py), with our own extraction as fallback and guard."""

from __future__ import annotations

import builtins
import logging

import pytest

from reader.library import parse_bytes
from reader.library.htmlmain import main_text

# Boilerplate of real news pages, all inside <article>, that our extraction alone keeps.
NEWS_PAGE = """<!doctype html><html lang="en"><head><title>Ferry service to resume | The Harbour Post</title>
<meta property="og:site_name" content="The Harbour Post"></head><body><article>
<h1>Ferry service to resume after winter storms</h1>
<p class="byline">By Amira Osei</p>
<div class="share-bar social-share"><ul><li><a href="#">Share on Facebook</a></li>
<li><a href="#">Share on X</a></li><li><a href="#">Copy link to this article</a></li></ul></div>
<p>The island ferry will sail again from Monday, the operator said on Thursday, ending a seven-week
suspension caused by damage to the harbour wall during the January storms.</p>
<p>Repairs to the wall cost about 2.3 million pounds and were finished two weeks ahead of schedule,
according to the county council, which owns the harbour and paid for the <b>work</b>.</p>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to improve your experience on our
site. By continuing to browse you agree to our use of cookies and our privacy policy.</p>
<button>Accept all cookies</button></div>
<p>"Islanders have been patient, and we are grateful," said the operator's manager, Tom Reyes.
"The first sailing leaves at seven &amp;copy; &lt;b&gt; and every crossing this week is free."</p>
<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our free newsletter and
get the day's top stories in your inbox every morning before breakfast.</p></div>
<p>During the suspension a chartered boat carried medicines and post twice a week, and pupils from
the island were taught online by their teachers.</p>
<div class="related-stories"><h2>Related stories</h2><ul>
<li><a href="/a">Storm damage closes harbour wall for the winter</a></li>
<li><a href="/b">Council approves emergency repair budget for the harbour</a></li>
<li><a href="/c">Island school moves lessons online during ferry suspension</a></li></ul></div>
</article></body></html>"""

# Readers' letters in a block that trafilatura takes for a comment section: it finds nothing.
LETTERS_PAGE = """<html><body><article><h1>Letters: the harbour plan</h1>
<div id="comments" class="comments"><p>The council's plan to widen the harbour northwards over the next
five years ignores the fishermen who use the old quay every morning.</p>
<p>Forty million kroner would pay for a new school instead.</p></div></article></body></html>"""


def _read(html: str):
    (article,) = parse_bytes(html.encode("utf-8"), "page.html", "html")
    return article


def test_boilerplate_inside_article_is_left_out() -> None:
    article = _read(NEWS_PAGE)
    paragraphs = article.body.split("\n\n")
    assert [p.split()[:3] for p in paragraphs] == [
        ["The", "island", "ferry"], ["Repairs", "to", "the"], ['"Islanders', "have", "been"], ["During", "the", "suspension"],
    ]
    for noise in ("Share on", "Copy link", "cookies", "newsletter", "morning briefing", "Related", "Storm damage"):
        assert noise not in article.body, noise
    # Our text and metadata stay: inline markup joins its paragraph, entities are decoded once.
    assert "paid for the work." in paragraphs[1]
    assert "seven &copy; <b> and every" in paragraphs[2]
    assert (article.title, article.byline, article.source) == (
        "Ferry service to resume after winter storms", "Amira Osei", "The Harbour Post",
    )


def test_page_where_trafilatura_finds_nothing_keeps_our_text(caplog) -> None:
    caplog.set_level(logging.DEBUG)
    found = main_text(LETTERS_PAGE, ["The council's plan ..."], (20, 5, 3), hidden_classes=set())
    assert found is None  # trafilatura keeps none of it
    article = _read(LETTERS_PAGE)
    assert article.title == "Letters: the harbour plan"
    assert article.body.split("\n\n")[1] == "Forty million kroner would pay for a new school instead."
    assert article.body.startswith("The council's plan to widen the harbour")
    # trafilatura's "discarding data" warning is not ours to show (it would reach stderr).
    assert not [r for r in caplog.records if r.name.split(".")[0] in ("trafilatura", "htmldate", "courlan")]


def test_json_ld_author_and_date_fill_gaps_but_head_metadata_wins() -> None:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
          ' "headline": "Ferry", "datePublished": "2025-03-06T08:00:00Z",'
          ' "author": {"@type": "Person", "name": "Amira Osei"}}</script>')
    body = ("<p>The island ferry will sail again from Monday, the operator said on Thursday, ending a"
            " seven-week suspension caused by damage to the harbour wall.</p>")
    article = _read(f"<html><head>{ld}</head><body><article><h1>Ferry</h1>{body}</article></body></html>")
    assert (article.byline, article.date) == ("Amira Osei", "2025-03-06")
    declared = '<meta name="author" content="Tom Reyes"><meta name="date" content="2025-03-07">'
    article = _read(f"<html><head>{declared}{ld}</head><body><article><h1>Ferry</h1>{body}</article></body></html>")
    assert (article.byline, article.date) == ("Tom Reyes", "2025-03-07")


def test_short_boilerplate_words_found_in_a_sentence_are_not_kept() -> None:
    text = ("<p>The council voted on the new hall budget on Tuesday, and the Sport committee will meet"
            " again in May to agree the plan for the building.</p>"
            "<p>The hall will have room for two handball courts and a climbing wall, the council said,"
            " and should open in the autumn of next year if the builders keep to the schedule.</p>")
    links = "<ul class='related-links'><li><a href='/s'>Sport</a></li><li><a href='/p'>Politics</a></li></ul>"
    # Section links atop the story: "Sport" occurs in its first sentence, but is not a paragraph.
    article = _read(f"<html><body><article><h1>Vote</h1>{links}{text}</article></body></html>")
    assert [p[:16] for p in article.body.split("\n\n")] == ["The council vote", "The hall will ha"]


@pytest.mark.parametrize("error", [ImportError, AttributeError, OSError])
def test_broken_trafilatura_install_keeps_our_reading(monkeypatch, error) -> None:
    real_import = builtins.__import__

    def broken(name, *args, **kwargs):
        if name.split(".")[0] == "trafilatura":
            raise error("a dependency of trafilatura is broken")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", broken)
    article = _read(NEWS_PAGE)
    assert article.title == "Ferry service to resume after winter storms"
    assert "Share on Facebook" in article.body  # our reading: the boilerplate stays
    assert "The island ferry will sail again from Monday" in article.body


def test_thousands_of_inline_elements_in_one_paragraph_never_reach_trafilatura(monkeypatch) -> None:
    import trafilatura

    calls: list[int] = []
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: calls.append(1))
    # trafilatura's time grows with the square of a paragraph's inline elements (7 s for 20,000).
    article = _read(NEWS_PAGE.replace("<b>work</b>", "<span>work</span> " * 2500))
    assert calls == [] and "work work work" in article.body
    _read(NEWS_PAGE.replace("<b>work</b>", "<span>work</span> " * 50))
    assert calls == [1]  # an ordinary paragraph of links and emphasis still goes


def test_tens_of_thousands_of_line_breaks_count_as_elements(monkeypatch) -> None:
    import trafilatura

    calls: list[int] = []
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: calls.append(1))
    # <br> are elements of trafilatura's tree too: 1,000,000 of them (4 MB) took it 31 s.
    article = _read(NEWS_PAGE.replace("<b>work</b>", "<b>work</b>" + "<br>" * 25_000))
    assert calls == [] and "Share on Facebook" in article.body


def test_xhtml_with_an_xml_declaration_still_goes_to_trafilatura() -> None:
    # lxml refuses a decoded text that declares an encoding (ValueError): the page kept all of ours.
    article = _read('<?xml version="1.0" encoding="utf-8"?>\n' + NEWS_PAGE)
    assert article.body.startswith("The island ferry will sail again from Monday")
    assert "Share on Facebook" not in article.body

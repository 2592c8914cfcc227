"""Pages that keep their text straight inside <div> elements, with no <p>: the text is read as
paragraphs, and divs named as page furniture (navigation, footer, share bar) are left out."""

from __future__ import annotations

from reader.library import parse_bytes

SHORT_PAGE = """<html><head><title>Quay vote</title></head><body>
<div class="navbar"><a href="/">Home</a> | <a href="/news">News</a></div>
<div class="story">
<div class="byline">By Elin Varga</div>
<div class="copy">Councillors in Marrowby voted 9 to 4 for the new quay on Thursday.</div>
<div class="copy">"It is the <b>right</b> call for the town," said Jonas Pell, who leads the council.</div>
<div class="copy">Work starts in <i>May</i>.<div class="note">Costs are in the plan.</div>After that, a review.</div>
</div>
<div class="share-bar"><div class="share">Share on Mastodon</div></div>
<div class="site-footer">(c) Marrowby Post</div>
</body></html>"""


def _read(html: str):
    (article,) = parse_bytes(html.encode("utf-8"), "page.html", "html")
    return article


def test_text_straight_inside_divs_is_paragraphs() -> None:
    article = _read(SHORT_PAGE)
    assert article.body.split("\n\n") == [
        "Councillors in Marrowby voted 9 to 4 for the new quay on Thursday.",
        '"It is the right call for the town," said Jonas Pell, who leads the council.',
        "Work starts in May.",
        "Costs are in the plan.",
        "After that, a review.",
    ]
    assert article.byline == "Elin Varga"
    assert article.title == "Quay vote"


def test_text_in_the_body_itself_and_in_a_section_is_read() -> None:
    article = _read("<html><head><title>T</title></head><body>Loose words at the top.<section>A section's own text "
                    "<em>with emphasis</em>.</section><p>A paragraph.</p></body></html>")
    assert article.body.split("\n\n") == ["Loose words at the top.", "A section's own text with emphasis.",
                                          "A paragraph."]


def test_script_and_hidden_text_stay_out_of_div_paragraphs() -> None:
    article = _read('<html><head><title>T</title></head><body><div>Seen.<script>var x = "unseen";</script></div>'
                    '<div style="display:none">Hidden words.</div><div hidden>Also hidden.</div>'
                    '<div>Seen too.</div></body></html>')
    assert article.body.split("\n\n") == ["Seen.", "Seen too."]

"""A furniture class name ("nav", "header", "social") hides a <div>, never the page or the
article that happens to carry it (CMS themes put such names on <body> and <article>)."""

from reader.library.htmltext import parse_html


def test_furniture_names_on_the_page_or_article_hide_nothing():
    for opening, closing in (('<body class="nav">', "</body>"), ('<body><article class="post social">', "</article></body>"),
                             ('<body><main class="header">', "</main></body>")):
        page = f"<html>{opening}<p>Første afsnit af artiklen.</p><p>Andet afsnit.</p>{closing}</html>"
        assert parse_html(page).paragraphs == ["Første afsnit af artiklen.", "Andet afsnit."], opening


def test_a_furniture_div_is_still_left_out():
    page = '<html><body><div class="share">Del på Facebook</div><p>Brødtekst.</p></body></html>'
    assert parse_html(page).paragraphs == ["Brødtekst."]

"""Parsing of each article format: the seed, the bundled samples, txt, Markdown, HTML, JSON."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.errors import ArticleError
from reader.library import load_articles, parse_bytes, scan
from reader.model import paragraph_spans

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_articles"
SHARED = Path(os.environ.get("READER_SHARED") or Path(__file__).resolve().parents[3] / "shared")
SEED = SHARED / "seeds" / "000_948fe2ef6681fa12.txt"

# file -> (language, date, source, dateline, format)
EXPECTED = {
    "da-01-kommune-budget.txt": ("da", "2024-09", "nordbureau", "Vejle", "txt"),
    "da-02-kabelfabrik-ordre.txt": ("da", "2024-11-14", "vestpressen", "Esbjerg", "txt"),
    "da-03-retssag-bogholder.txt": ("da", "2023-06-21", "nordbureau", "Odense", "txt"),
    "da-04-festival-aflyst.txt": ("da", "2025-07", "nordbureau", "Skagen", "txt"),
    "da-05-haandbold-finale.txt": ("da", "2025-05-31", "jyskpresse", "Aalborg", "txt"),
    "da-06-bro-limfjorden.md": ("da", "2025-02-12", "nordbureau", "Aalborg", "md"),
    "en-01-port-strike.txt": ("en", "2025-03-04", "meridian", "Halifax, Nova Scotia", "txt"),
    "en-02-council-housing.txt": ("en", "2025-10-15", "northgate", "Leeds, England", "txt"),
    "en-03-court-text-messages.txt": ("en", "2024-09-13", "meridian", "Bristol, England", "txt"),
    "en-04-terminal-markup-bug.txt": ("en", "2025-06-12", "circuit", "Austin, Texas", "txt"),
    "en-05-museum-reopening.html": ("en", "2024-04-06", "The Coastline Courier", "Hull, England", "html"),
}


def parse(text: str, name: str = "a.txt", fmt: str | None = None):
    """The single article in ``text``."""
    articles = parse_bytes(text.encode("utf-8"), name, fmt)
    assert len(articles) == 1
    return articles[0]


def assert_normalised(body: str) -> None:
    """Body invariants every format shares."""
    assert "\r" not in body
    assert "\n\n\n" not in body
    assert body == body.strip()
    assert all(line == line.rstrip() for line in body.split("\n"))


# --- the seed --------------------------------------------------------------------------------


@pytest.mark.skipif(not SEED.exists(), reason="shared seed folder not present")
def test_seed_parses_as_specified() -> None:
    (article,) = load_articles(SEED)
    assert article.title == (
        "22 danske it- og kommunikationsspecialister fra Forsvaret skal til Irak"
        " som del af ny Nato-træningsmission."
    )
    assert article.date == "2018-08"
    assert article.source == "ritzau"
    assert article.dateline == "København"
    assert article.language == "da"
    assert "/ritzau/" not in article.body
    assert article.body.startswith("København. Islamisk Stat (IS)")
    assert article.body.endswith("18 måneder og specialstyrker.")
    assert_normalised(article.body)
    dash = [article.body[s:e] for s, e in paragraph_spans(article.body) if article.body[s] == "-"]
    assert len(dash) == 6
    assert article.path == os.path.abspath(SEED)


# --- bundled samples -------------------------------------------------------------------------


def test_every_sample_parses() -> None:
    result = scan([SAMPLES])
    assert result.skipped == ()
    by_file: dict[str, list] = {}
    for article in result.articles:
        by_file.setdefault(Path(article.path).name, []).append(article)
    assert len(result.articles) >= 12
    for name, (language, date, source, dateline, fmt) in EXPECTED.items():
        (article,) = by_file[name]
        assert (article.language, article.date, article.source) == (language, date, source), name
        assert (article.dateline, article.format) == (dateline, fmt), name
        assert article.title and article.body, name
        assert_normalised(article.body)
        assert f"/{source}/" not in article.body, name
        assert not article.body.rstrip().endswith("/"), name
    for article in result.articles:
        assert 150 <= len(article.body.split()) <= 600, article.path


def test_sample_counts_per_kind() -> None:
    articles = scan([SAMPLES]).articles
    da_wire = [a for a in articles if a.format == "txt" and a.language == "da"]
    en_wire = [a for a in articles if a.format == "txt" and a.language == "en"]
    assert len(da_wire) >= 5 and len(en_wire) >= 3
    assert {a.format for a in articles} == {"txt", "md", "html", "json"}
    for article in da_wire:
        assert Path(article.path).read_text(encoding="utf-8").startswith(" date ")
        assert ", siger " in article.body


def test_sample_json_list_holds_two_languages() -> None:
    articles = load_articles(SAMPLES / "mix-01-korte-nyheder.json")
    assert [a.language for a in articles] == ["da", "en"]
    assert articles[0].source == "nordbureau" and "/nordbureau/" not in articles[0].body
    assert articles[1].date == "2025-03-05" and articles[1].byline == "Callum Reid"
    assert "/meridian/" not in articles[1].body
    assert len({a.id for a in articles}) == 2


def test_sample_with_brackets_reads_naturally() -> None:
    (article,) = load_articles(SAMPLES / "en-04-terminal-markup-bug.txt")
    assert '"[bold red]DISK FULL[/]"' in article.body
    assert "[@click=app.quit]Retry[/]" in article.body
    (court,) = load_articles(SAMPLES / "en-03-court-text-messages.txt")
    assert "dont [sic] worry" in court.body
    assert "He [the defendant] had no intention" in court.body


def test_hard_wrapped_lines_are_joined() -> None:
    (article,) = load_articles(SAMPLES / "en-01-port-strike.txt")
    first = article.body.split("\n\n")[0]
    assert "\n" not in first
    assert "walked off the job at Halifax's two container terminals" in first
    assert article.byline == "Claire Dunmore"
    assert not article.body.startswith("By ")


# --- plain text ------------------------------------------------------------------------------


def test_wire_layout_with_full_date_and_adjacent_dash_quotes() -> None:
    text = (
        " date 2021-03-05 Overskrift her\n\nAARHUS (Nordbureau): Første afsnit\nfortsætter her.\n"
        "- Første citat, siger Ane Holm.\n- Andet citat.\n\n/nordbureau/\n"
    )
    article = parse(text)
    assert (article.title, article.date, article.source) == ("Overskrift her", "2021-03-05", "nordbureau")
    assert article.dateline == "Aarhus"
    assert article.body.split("\n\n") == [
        "AARHUS (Nordbureau): Første afsnit fortsætter her.",
        "- Første citat, siger Ane Holm.",
        "- Andet citat.",
    ]


def test_agency_line_directly_after_text_and_year_only_date() -> None:
    article = parse(" date 2019 Titel\n\nKøbenhavn. Tekst.\n/ritzau/")
    assert article.date == "2019" and article.source == "ritzau"
    assert article.body == "København. Tekst."


def test_plain_text_title_byline_and_english_dateline() -> None:
    text = "Headline here\nBy Jane Doe\n\nLONDON, March 3 (Meridian) - The text begins.\n\nMore.\n"
    article = parse(text)
    assert (article.title, article.byline, article.dateline) == ("Headline here", "Jane Doe", "London")
    assert article.source == "Meridian"
    assert article.body.startswith("LONDON, March 3 (Meridian) - The text")


def test_danish_byline_af() -> None:
    article = parse("Overskrift\n\nAf Lise Holm\n\nKøbenhavn. Tekst om noget.")
    assert article.byline == "Lise Holm"
    assert article.body == "København. Tekst om noget."


def test_sentence_starting_with_by_is_not_a_byline() -> None:
    article = parse("Title\n\nBy the time the ships arrived, the port was closed.")
    assert article.byline == ""
    assert article.body.startswith("By the time")


def test_header_lines_in_plain_text() -> None:
    article = parse("Title: A title\nDate: 2020-02-03\nSource: Wire\nTags: a, b\n\nBody text here.")
    assert (article.title, article.date, article.source) == ("A title", "2020-02-03", "Wire")
    assert article.meta_tags == ("a", "b")
    assert article.body == "Body text here."


def test_long_unwrapped_lines_stay_separate_paragraphs() -> None:
    long_a = "Første afsnit " + "ord " * 40
    long_b = "Andet afsnit " + "ord " * 40
    article = parse(f"Titel\n\n{long_a}\n{long_b}\n")
    assert len(article.body.split("\n\n")) == 2


def test_no_dateline_for_plain_first_sentence() -> None:
    assert parse("T\n\nMr. Smith went to town.").dateline == ""
    assert parse("T\n\nDer var engang en by.").dateline == ""


def test_title_only_file() -> None:
    article = parse("Just a title\n")
    assert article.title == "Just a title" and article.body == ""


# --- Markdown --------------------------------------------------------------------------------


def test_markdown_front_matter_and_inline_markup() -> None:
    text = (
        "---\ntitle: 'Front title'\ndate: 2024-05-02T08:00:00Z\nlang: en-GB\nauthor: A. Writer\n"
        "id: custom-1\ntags: [one, \"two, three\"]\n---\n\n# Front title\n\n"
        "Some **bold**, *em*, _under_, `code` and a [link](http://x.org \"t\") and snake_case_name.\n\n"
        "![Alt text](img.png)\n\n> Quoted line one\n> line two.\n\n## Sub heading\n\n"
        "```\n[bold red]kept[/]\n```\n\n* item one\n* item two\n"
    )
    article = parse(text, "x.md")
    assert (article.id, article.title, article.date, article.language) == (
        "custom-1", "Front title", "2024-05-02", "en",
    )
    assert article.byline == "A. Writer" and article.meta_tags == ("one", "two, three")
    assert article.body.split("\n\n") == [
        "Some bold, em, under, code and a link and snake_case_name.",
        "Quoted line one line two.",
        "Sub heading",
        "[bold red]kept[/]",
        "\u2022 item one",
        "\u2022 item two",
    ]


def test_a_markdown_picture_alone_is_no_paragraph_but_its_text_inside_one_stays() -> None:
    text = "# T\n\n![Havnen set fra luften](havn.jpg)\n![x](y.png)\n\nSe ![kortet](k.png) her.\n"
    assert parse(text, "x.md").body == "Se kortet her."


def test_markdown_heading_is_title_without_front_matter() -> None:
    article = parse("Intro line?\n\n# The Title\n\nText [sic] here.", "x.md")
    assert article.title == "The Title"
    assert article.body == "Intro line?\n\nText [sic] here."


def test_markdown_block_list_tags_and_dash_quotes() -> None:
    text = "---\ntitle: T\ntags:\n  - a\n  - b\n---\nKøbenhavn. Tekst.\n\n- Citat et, siger han.\n- Citat to.\n"
    article = parse(text, "x.markdown")
    assert article.meta_tags == ("a", "b")
    assert article.body.split("\n\n")[1:] == ["- Citat et, siger han.", "- Citat to."]
    assert article.format == "md" and article.dateline == "København"


# --- HTML ------------------------------------------------------------------------------------


def test_html_noise_dropped_and_entities_decoded() -> None:
    (article,) = load_articles(SAMPLES / "en-05-museum-reopening.html")
    assert article.title == "Tide museum reopens after £14m flood repairs"
    assert article.byline == "Rowan Ellis" and article.language == "en"
    assert "culture" in article.meta_tags
    body = article.body
    for noise in ("Subscribe", "cookies", "Most read", "Privacy", "Related", "Share:", "dataLayer",
                  "Coastline Courier", "Culture Correspondent", "trackPageView"):
        assert noise not in body, noise
    assert body.startswith("HULL, England \u2014 The Humber Tide Museum")
    assert "museum\u2019s director" in body and '"I have been coming here' in body
    assert "Visitors queue from dawn" in body


def test_html_without_article_uses_body_and_title_tag() -> None:
    html = (
        "<html lang=da><head><title>Min titel | Avisen</title><meta name=source content=Avisen>"
        "<meta name=dc.date content='3. marts 2022'></head><body><nav><p>Menu</p></nav>"
        "<p>Første <i>afsnit</i> &amp; mere<p>Andet afsnit<footer><p>Kontakt</p></footer></body></html>"
    )
    article = parse(html, "x.htm")
    assert (article.title, article.source, article.date, article.language) == (
        "Min titel", "Avisen", "2022-03-03", "da",
    )
    assert article.body == "Første afsnit & mere\n\nAndet afsnit"


def test_html_markup_like_text_kept() -> None:
    html = "<h1>T [b]x[/b]</h1><p>Se &lt;script&gt; og [bold red]x[/] her.</p>"
    article = parse(html, "x.html")
    assert article.title == "T [b]x[/b]"
    assert article.body == "Se <script> og [bold red]x[/] her."


def test_html_hidden_elements_captions_and_byline_are_not_body() -> None:
    html = (
        "<html><head><style>.promo, div.ad { display: none } .x{color:red}"
        " @media screen { .sidebar-ad { display:none } }</style></head><body>"
        "<article><h1>Havnen udvides</h1><p class='byline'>Af Mette Lund</p>"
        "<p>Første afsnit om havnen.</p>"
        "<div style='display: none'><p>Skjult: køb abonnement</p></div>"
        "<div class='promo'><p>Skjult promo med rabat</p></div>"
        "<div class='sidebar-ad'><p>Skjult reklame</p></div><div class='ad big'><p>Skjult annonce</p></div>"
        "<p hidden>Skjult med hidden</p><p aria-hidden='true'>Skjult for skærmlæsere</p>"
        "<section style='visibility:hidden'><p>Usynlig sektion</p></section>"
        "<figure><img src=a.jpg><figcaption>Billedtekst: havnen set fra luften</figcaption></figure>"
        "<p class='x'>Andet afsnit <span style='display:none'>skjult ord</span>med tekst.</p>"
        "</article></body></html>"
    )
    article = parse(html, "x.html")
    assert article.body == "Første afsnit om havnen.\n\nAndet afsnit med tekst."
    assert article.byline == "Mette Lund"  # from the byline element, as no meta names an author


def test_html_sample_reads_well() -> None:
    (article,) = load_articles(SAMPLES / "en-05-museum-reopening.html")
    assert "upper gallery" not in article.body  # the image caption is not a paragraph
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 8 and paragraphs[-1].startswith("Brackley said the museum")


def test_html_nested_100000_deep_keeps_its_text() -> None:
    depth = 100_000  # Python's html.parser with our old stack handling took 97 s of CPU on this
    html = "<h1>Dyb</h1><p>Før.</p>" + "<div>" * depth + "<p>Inderst.</p>" + "</div>" * depth + "<p>Efter.</p>"
    article = parse(html, "deep.html")
    assert article.body == "Før.\n\nInderst.\n\nEfter."


def test_html_unterminated_attribute_is_read_as_a_browser_does() -> None:
    # An attribute quote that never closes swallows the rest, as in a browser (html.parser went
    # quadratic here: 40 KB took 4 s).
    html = "<h1>Titel</h1><p>Tekst før.</p><div title=\"" + "ord <b " * 20_000
    article = parse(html, "open.html")
    assert (article.title, article.body) == ("Titel", "Tekst før.")


# --- JSON ------------------------------------------------------------------------------------


def test_json_object_with_paragraphs_and_declared_fields() -> None:
    text = (
        '{"id": "a-1", "title": "T", "date": "2020-01-02", "source": "S", "language": "da",'
        ' "dateline": "Odense", "byline": "B", "tags": "x, y", "paragraphs": ["Et.", "To."]}'
    )
    article = parse(text, "x.json")
    assert (article.id, article.source, article.language, article.dateline) == ("a-1", "S", "da", "Odense")
    assert article.body == "Et.\n\nTo." and article.meta_tags == ("x", "y")


def test_json_list_with_bad_item_is_partly_skipped(tmp_path: Path) -> None:
    path = tmp_path / "many.json"
    path.write_text('[{"title": "A", "body": "x"}, {"body": "no title"}, 7, {"title": "A", "body": "y"}]')
    result = scan([path])
    assert [a.title for a in result.articles] == ["A", "A"]
    assert len({a.id for a in result.articles}) == 2
    reasons = sorted(s.reason for s in result.skipped)
    assert reasons == ["item 2 of 4: no title", "item 3 of 4: not an object"]
    assert all(s.path == str(path) for s in result.skipped)


def test_json_without_title_raises_naming_file(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text('{"body": "text"}')
    with pytest.raises(ArticleError, match=r"one\.json: no title"):
        load_articles(path)


def test_invalid_json_reason_has_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{\n  "title": "x",\n  oops\n}')
    (skipped,) = scan([path]).skipped
    assert skipped.reason.startswith("invalid JSON at line 3, column 3")
    assert "\n" not in skipped.reason


@pytest.mark.parametrize(
    ("opening", "place", "agency"),
    [
        ("AARHUS (Nordbureau): Tekst her.", "Aarhus", "Nordbureau"),
        ("LONDON, March 3 (Meridian) - The text.", "London", "Meridian"),
        ("HALIFAX, Nova Scotia (Meridian Wire) - About.", "Halifax, Nova Scotia", "Meridian Wire"),
        ("ST. JOHN'S, Newfoundland (CP) - Text.", "St. John's, Newfoundland", "CP"),
        ("NEW YORK \u2014 The text.", "New York", ""),
        ("København. Islamisk Stat (IS) er slået.", "København", ""),
        ("Forsvarsminister Claus Hjort Frederiksen (V): Vi skal.", "", ""),
        ("Samuelsen (LA) - Vi skal.", "", ""),
        ("Mr. Smith said so.", "", ""),
        ("Yes. We did.", "", ""),
    ],
)
def test_datelines(opening: str, place: str, agency: str) -> None:
    from reader.library.build import find_dateline

    assert find_dateline(opening) == (place, agency)


def test_markdown_front_matter_is_yaml() -> None:
    # Folded and quoted scalars, a date, and lists read as YAML does (PyYAML's safe_load).
    text = (
        "---\ntitle: >\n  Byrådet siger ja\n  til ny skole\nsource: \"Nord: bureau\"\n"
        "date: 2025-03-04\nkeywords: [skole, 'by: råd']\nextra: {nested: ignored}\n---\nTekst her.\n"
    )
    article = parse(text, "x.md")
    assert article.title == "Byrådet siger ja til ny skole"
    assert (article.source, article.date) == ("Nord: bureau", "2025-03-04")
    assert article.meta_tags == ("skole", "by: råd") and article.body == "Tekst her."


def test_markdown_front_matter_that_is_not_yaml_is_kept_as_text() -> None:
    article = parse("---\nOverskrift [ uden slut\n---\n\nBrødtekst.\n", "x.md")
    assert "Brødtekst." in article.body and "Overskrift [ uden slut" in article.title + article.body


def test_markdown_nested_past_the_parser_depth_keeps_its_text() -> None:
    article = parse("Titel\n\n" + "> " * 200 + "dybt citat\n\n" + "- " * 200 + "dyb liste\n", "x.md")
    assert "dybt citat" in article.body and "dyb liste" in article.body
    brackets = parse("Titel\n\n" + "[" * 20_000 + "x", "x.md")  # linear in markdown-it
    assert brackets.body.endswith("x")


def test_markdown_lists_numbers_and_loose_items() -> None:
    text = "# T\n\n1. Først\n2. Så\n\n* Punkt\n\n  med to afsnit\n\n- Citat, siger hun.\n"
    article = parse(text, "x.md")
    assert article.body.split("\n\n") == ["1. Først", "2. Så", "\u2022 Punkt", "med to afsnit", "- Citat, siger hun."]


@pytest.mark.parametrize(("text", "reason"), [
    ("5", "JSON holds a number, not an article object or list"),
    ('"x"', "JSON holds a string, not an article object or list"),
    ('{"title": {"a": 1}, "body": "x"}', "no title"),
])
def test_json_that_is_no_article_says_so_in_a_readers_words(tmp_path: Path, text: str, reason: str) -> None:
    (tmp_path / "a.json").write_text(text, encoding="utf-8")
    [skipped] = scan([tmp_path]).skipped
    assert skipped.reason == reason


def test_json_with_a_huge_number_still_reads(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text('{"title": "T", "body": "Tekst.", "n": ' + "9" * 5000 + "}", encoding="utf-8")
    [article] = scan([tmp_path]).articles
    assert article.title == "T"


def test_markdown_byline_line_atop_the_text_is_metadata_not_body() -> None:
    # "Af Karen Solvang" under the heading was read as the first paragraph: a person in the names
    # and a line of the text; it is the byline, as in wire copy.
    text = ("---\ntitle: Havn forsinket\nbyline: Karen Solvang\n---\n\n# Havn forsinket\n\n"
            "Af Karen Solvang\n\nBøgeskov. Havnen bliver forsinket.\n")
    article = parse(text, "x.md")
    assert article.byline == "Karen Solvang" and article.body == "Bøgeskov. Havnen bliver forsinket."
    article = parse("# Buses cut\n\nBy **Tom Pryce**\n\nLong Ashby. Four routes go.\n", "y.md")
    assert article.byline == "Tom Pryce" and article.body == "Long Ashby. Four routes go."
    article = parse("# Rejse\n\nAf sted gik det, da bussen kom.\n", "z.md")  # a sentence, not a byline
    assert article.body == "Af sted gik det, da bussen kom." and article.byline == ""


def test_markdown_front_matter_spoilt_by_a_tab_still_gives_its_fields() -> None:
    """A tab in the indentation makes the block invalid YAML: its lines became the headline
    ("title: Tabbed title date: 2026-01-01", review18); plain key: value lines are read as fields."""
    article = parse("---\ntitle:\tTabbed title\n\tdate: 2026-01-02\nsource: 'lokal'\n---\n\nHull. The mayor spoke.\n", "x.md")
    assert (article.title, article.date, article.source) == ("Tabbed title", "2026-01-02", "lokal")
    assert article.body.strip() == "Hull. The mayor spoke."


def test_invalid_json_reason_ending_in_at_names_the_place_after_it(tmp_path: Path) -> None:
    # review30: a JSON file cut off inside a string was listed as "invalid JSON at line 1, column
    # 35: Unterminated string starting at", the sentence left hanging on "at".
    path = tmp_path / "cut.json"
    path.write_text('{"title": "Halv", "body": "mangler slut')
    (skipped,) = scan([path]).skipped
    assert skipped.reason == "invalid JSON: unterminated string starting at line 1, column 27"
    assert not skipped.reason.endswith(" at")

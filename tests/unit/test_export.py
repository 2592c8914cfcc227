"""Export: Markdown structure survives hostile notes; JSON and CSV carry every field."""

from __future__ import annotations

import csv
import io
import json

from markdown_it import MarkdownIt

from reader.export import ArticleNotes, QuoteNote, format_for_path, render
from reader.model import Anchor, AnchorStatus, Annotation, Article, QuoteState

HOSTILE_NOTE = (
    "# Not a heading\n> not a quote\n- not a list\n1. not a list\n\n---\n```\ncode?\n```\n"
    "<script>alert(1)</script> *em* _em_ [link](http://x) ![img](y) | a | b |\n"
    "    indented\n=====\n\x1b[31mred\x07 \\ back `tick` &copy; ~~strike~~"
)


def article(title: str = "Minister [bold]resigns[/]", **kw) -> Article:
    return Article(
        id=kw.get("id", "a1"), path="/x/a.txt", title=title, body="Body text here.",
        date="2024-05-01", source="nordbureau", dateline="Aarhus", language="da",
    )


def note(i: int, exact: str, text: str = "", label: str = "", status=AnchorStatus.EXACT) -> Annotation:
    return Annotation(
        id=f"n{i}", article_id="a1", anchor=Anchor(0, len(exact), exact, "", ""),
        note=text, label=label, created="2026-11-24T10:00:00Z", updated="2026-11-24T10:00:00Z", status=status,
    )


def tokens(text: str):
    return MarkdownIt("commonmark").parse(text)


def block_types(text: str) -> list[str]:
    return [t.type for t in tokens(text) if t.type.endswith("_open") or t.type in ("fence", "code_block", "hr", "html_block")]


def test_markdown_structure_with_hostile_notes():
    items = [
        ArticleNotes(article(), ("politik", "#1 [x]"), (note(1, "- Det er en skandale", HOSTILE_NOTE, "verify"),)),
        ArticleNotes(article("Second *story*", id="a2"), (), (note(2, "Plain quote", "Simple note", ""),)),
    ]
    out = render(items, "md")
    toks = tokens(out)
    headings = [toks[i + 1].content for i, t in enumerate(toks) if t.type == "heading_open" and t.tag == "h2"]
    assert headings == [r"Minister \[bold\]resigns\[/\]", r"Second \*story\*"]
    types = block_types(out)
    # No structure leaks out of the notes: no lists, rules, code, HTML, extra headings or tables.
    for forbidden in ("bullet_list_open", "ordered_list_open", "hr", "fence", "code_block", "html_block"):
        assert forbidden not in types, forbidden
    assert types.count("heading_open") == 3  # "# Notes" + two articles
    assert types.count("blockquote_open") == 2
    # The rendered text shows the note literally.
    html = MarkdownIt("commonmark").render(out)
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert "# Not a heading" in html and "- not a list" in html
    assert "\x1b" not in out and "\x07" not in out
    assert "&amp;copy;" in html  # the note's "&copy;" stays literal


def test_markdown_blockquote_holds_exact_text_and_label():
    out = render([ArticleNotes(article(), (), (note(1, "line one\nline two", "why", "key quote"),))], "md")
    toks = tokens(out)
    inside, depth = [], 0
    for tok in toks:
        depth += tok.nesting if tok.type.startswith("blockquote") else 0
        if depth and tok.type == "inline":
            inside.append(tok.content)
    assert "line one" in inside[0] and "line two" in inside[0]
    assert "**key quote**: why" in out


def test_markdown_orphans_and_quote_checks_are_marked():
    items = [
        ArticleNotes(
            article(), (),
            (note(1, "gone text", "still mine", status=AnchorStatus.ORPHANED),),
            (QuoteNote("Vi skal handle nu", "Anders Holm", QuoteState.VERIFIED),
             QuoteNote("Det passer ikke", None, QuoteState.CONTESTED),
             QuoteNote("ignored", "X", QuoteState.UNVERIFIED)),
        )
    ]
    out = render(items, "md")
    assert "orphaned" in out
    assert "✓ verified: “Vi skal handle nu” (Anders Holm)" in out
    assert "✗ contested: “Det passer ikke” (no speaker)" in out
    assert "ignored" not in out


def test_json_export_round_trips_fields():
    items = [ArticleNotes(article(), ("a", "b"), (note(1, "exact", "n\"ote", "verify"),))]
    data = json.loads(render(items, "json"))
    record = data["articles"][0]
    assert record["title"] == "Minister [bold]resigns[/]"
    assert record["tags"] == ["a", "b"]
    assert record["annotations"][0]["note"] == 'n"ote'
    assert record["annotations"][0]["status"] == "exact"
    assert record["annotations"][0]["article_id"] == record["id"] == "a1"


def test_csv_export_neutralises_formulas():
    items = [ArticleNotes(article(), ("x",), (note(1, "=HYPERLINK(\"evil\")", "+1", "verify"),))]
    rows = list(csv.reader(io.StringIO(render(items, "csv"))))
    header, row = rows[0], rows[1]
    assert header[0] == "article_id"
    record = dict(zip(header, row))
    assert record["exact"].startswith("'=")
    assert record["note"] == "'+1"
    assert record["label"] == "verify"
    for hostile in ("+cmd|' /C calc'!A0", "-A1+A2", "@SUM(A1)", "\uff1d1+1"):
        items = [ArticleNotes(article(), (hostile,), (note(1, "text", hostile, hostile),))]
        header, row = list(csv.reader(io.StringIO(render(items, "csv"))))[:2]
        record = dict(zip(header, row))
        assert record["note"].startswith("'") and record["label"].startswith("'"), hostile
        assert record["tags"].startswith("'"), hostile


def test_format_for_path():
    assert format_for_path("notes.csv") == "csv"
    assert format_for_path("notes.JSON") == "json"
    assert format_for_path("notes.markdown") == "md"
    assert format_for_path(None) == "md"
    assert format_for_path("notes.txt") == "md"


def test_multiline_quote_check_cannot_break_the_document():
    items = [ArticleNotes(article(), (), (), (QuoteNote("Vi skal\n\n# handle\n- nu", "A\nB", QuoteState.VERIFIED),))]
    types = block_types(render(items, "md"))
    assert types.count("heading_open") == 2  # "# Notes" and the article
    assert "bullet_list_open" in types  # the quote-check list itself...
    tokens_ = tokens(render(items, "md"))
    items_open = [t for t in tokens_ if t.type == "list_item_open"]
    assert len(items_open) == 1  # ...with exactly one item


def test_csv_and_json_make_control_characters_visible_and_guard_dash_quotes():
    items = [ArticleNotes(article(), ("t\x1bag",), (note(1, "- Vi har ikke råd", "bad \x1b[31m\x07 \u202e", "verify"),))]
    text_csv = render(items, "csv")
    text_json = render(items, "json")
    for text in (text_csv, text_json):
        assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    record = dict(zip(*list(csv.reader(io.StringIO(text_csv)))[:2]))
    assert record["exact"] == "'- Vi har ikke råd"  # a leading "-" may start a formula
    assert json.loads(text_json)["articles"][0]["annotations"][0]["note"].startswith("bad ␛[31m␇")


def test_csv_export_has_a_row_per_checked_quote():
    items = [ArticleNotes(article(), (), (note(1, "text", "n", ""),),
                          (QuoteNote("Vi har ikke råd", "Anne Holm", QuoteState.CONTESTED),
                           QuoteNote("Ukontrolleret", None, QuoteState.UNVERIFIED)))]
    rows = list(csv.DictReader(io.StringIO(render(items, "csv"))))
    assert [r["kind"] for r in rows] == ["note", "quote check"]
    assert rows[1]["exact"] == "Vi har ikke råd" and rows[1]["speaker"] == "Anne Holm"
    assert rows[1]["status"] == QuoteState.CONTESTED.value


def test_csv_formula_guard_looks_past_leading_blanks():
    for hostile in (" =1+1", "\t=HYPERLINK(\"x\")", "\n\n@SUM(A1)", " \t\r\n+cmd|' /C calc'!A0",
                    "   -A1+A2", "\u3000\uff1d1+1", "\u200b=1"):
        items = [ArticleNotes(article(), (hostile,), (note(1, hostile, hostile, hostile),))]
        header, row = list(csv.reader(io.StringIO(render(items, "csv"))))[:2]
        record = dict(zip(header, row))
        for column in ("note", "label", "exact", "tags"):
            assert record[column].startswith("'"), (hostile, column)
    items = [ArticleNotes(article(), ("  plain",), (note(1, " text", "  a note = fine", "x"),))]
    record = dict(zip(*list(csv.reader(io.StringIO(render(items, "csv"))))[:2]))
    assert (record["note"], record["exact"], record["tags"]) == ("  a note = fine", " text", "  plain")

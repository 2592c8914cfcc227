"""Exports a story draft can use: speaker and state on every note on a quote, a quote sheet,
a way back to the file, tags-only articles, and a check that follows the wording."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from markdown_it import MarkdownIt

from reader.anchoring import make_anchor
from reader.cli import main
from reader.export import ArticleNotes, ExportOptions, QuoteNote, render
from reader.model import AnchorStatus, Annotation, Article, Quote, QuoteCheck, QuoteState
from reader.store import memory_store, open_store
from reader.workspace import export_items, reconcile_quotes

BODY = ("Borgmester Hanne Dahl vil lukke skolen i Ribe.\n\n"
        "- Det er nødvendigt for økonomien i kommunen, siger Hanne Dahl.\n\n"
        "- Vi er meget kede af det, siger forælder Jens Holm.")
Q1 = "Det er nødvendigt for økonomien i kommunen"
Q2 = "Vi er meget kede af det"
Q1_NEW = "Det er helt nødvendigt for økonomien i kommunen"


def article(body: str = BODY, path: str = "/lib/news/ribe.txt") -> Article:
    return Article(id="a1", path=path, title="Skole lukker", body=body, date="2026-11-02",
                   source="nordbureau", byline="Ole Bech", language="da")


def quotes(body: str = BODY) -> tuple[Quote, ...]:
    found = []
    for text, who in ((Q1, "Hanne Dahl"), (Q1_NEW, "Hanne Dahl"), (Q2, "Jens Holm")):
        if text in body:
            start = body.index(text)
            found.append(Quote(start, start + len(text), text, who))
    return tuple(found)


def note_on(phrase: str, text: str = "check with her office") -> Annotation:
    start = BODY.index(phrase)
    return Annotation("n1", "a1", make_anchor(BODY, start, start + len(phrase)), text, "verify",
                      "2026-11-24T10:00:00Z", "2026-11-24T10:00:00Z")


def verified(phrase: str, who: str, **kw) -> QuoteCheck:
    start = BODY.index(phrase)
    fields = dict(start=start, end=start + len(phrase), exact=phrase, state=QuoteState.VERIFIED,
                  checked_text=phrase, checked_speaker=who)
    fields.update(kw)
    return QuoteCheck(**fields)


def item(checks=(), notes=(), body: str = BODY, tags=()) -> ArticleNotes:
    found = reconcile_quotes(body, quotes(body), checks, {"Hanne Dahl": "Borgmester"})
    return ArticleNotes(article(body), tuple(tags), tuple(notes), found, "news/ribe.txt", "file:///lib/news/ribe.txt")


def test_a_note_on_a_quote_carries_speaker_state_byline_and_link_in_every_format():
    one = item([verified(Q1, "Hanne Dahl")], [note_on("nødvendigt for økonomien")])
    md = render([one], "md")
    assert "*Quote by Hanne Dahl (Borgmester) · ✓ verified*" in md
    assert "By Ole Bech" in md and "2026-11-02" in md and "nordbureau" in md
    assert "File: [news/ribe.txt](file:///lib/news/ribe.txt)" in md
    parser = MarkdownIt("commonmark")
    parser.validateLink = lambda url: True  # markdown-it drops file: links by default; editors follow them
    html = parser.render(md)
    assert '<a href="file:///lib/news/ribe.txt">news/ribe.txt</a>' in html
    record = json.loads(render([one], "json"))["articles"][0]
    assert (record["byline"], record["link"], record["url"]) == ("Ole Bech", "news/ribe.txt", "file:///lib/news/ribe.txt")
    quote = record["annotations"][0]["quote"]
    assert (quote["speaker"], quote["role"], quote["state"]) == ("Hanne Dahl", "Borgmester", "verified")
    row = next(csv.DictReader(io.StringIO(render([one], "csv"))))
    assert (row["kind"], row["speaker"], row["role"], row["quote_state"]) == ("note", "Hanne Dahl", "Borgmester", "verified")
    assert (row["byline"], row["link"]) == ("Ole Bech", "news/ribe.txt")


def test_a_reworded_quote_is_never_exported_as_verified():
    edited = BODY.replace(Q1, Q1_NEW)
    gone = verified(Q1, "Hanne Dahl", status=AnchorStatus.ORPHANED)  # the store could not place it
    one = item([gone], body=edited)
    (first, second) = one.quotes
    assert first.changed and first.shown_state == "changed since verified" and first.checked_text == Q1
    md = render([one], "md")
    assert "✓ verified" not in md
    assert "! changed since verified: “Det er helt nødvendigt" in md and f"verified as “{Q1}”" in md
    data = json.loads(render([one], "json"))["articles"][0]["quotes"]
    assert [q["state"] for q in data] == ["changed since verified"]
    rows = list(csv.DictReader(io.StringIO(render([one], "csv"))))
    assert [(r["status"], r["quote_state"]) for r in rows] == [("changed since verified",) * 2]


def test_a_speaker_corrected_by_hand_shows_everywhere_and_unsettles_the_check():
    check = verified(Q2, "Jens Holm", speaker_set=True, speaker="Jens Holm Sørensen")
    one = item([check])
    quote = one.quotes[1]
    assert (quote.speaker, quote.speaker_by_hand, quote.changed) == ("Jens Holm Sørensen", True, True)
    md = render([one], "md", ExportOptions(quotes=True))
    assert "(Jens Holm Sørensen, set by hand)" in md and "said by Jens Holm" in md
    sheet = list(csv.DictReader(io.StringIO(render([one], "csv", ExportOptions(quotes=True)))))
    assert [(r["speaker"], r["speaker_set_by_hand"], r["state"]) for r in sheet] == [
        ("Hanne Dahl", "", "unverified"), ("Jens Holm Sørensen", "yes", "changed since verified")]


def test_the_quote_sheet_lists_every_quote_unverified_ones_too():
    one = item([verified(Q1, "Hanne Dahl")])
    md = render([one], "md", ExportOptions(quotes=True))
    assert md.startswith("# Quotes\n")  # a quote sheet, headed as one
    bullets = [line for line in md.splitlines() if line.startswith("- ")]
    assert bullets == [f"- ✓ verified: “{Q1}” (Hanne Dahl, Borgmester)", f"- unverified: “{Q2}” (Jens Holm)"]
    data = json.loads(render([one], "json", ExportOptions(quotes=True)))
    assert data["sheet"] == "quotes" and [q["state"] for q in data["articles"][0]["quotes"]] == ["verified", "unverified"]
    # The notes export keeps only the checked one.
    assert Q2 not in render([one], "md")


def test_keep_markdown_keeps_emphasis_but_not_structure():
    hostile = "*vigtigt* and `kode` and **meget**\n# heading\n* bullet\n<b>x</b> [l](javascript:x)\n```\n---"
    one = ArticleNotes(article(), (), (note_on("Ribe", hostile),))
    kept = MarkdownIt("commonmark").render(render([one], "md", ExportOptions(keep_markdown=True)))
    assert "<em>vigtigt</em>" in kept and "<code>kode</code>" in kept and "<strong>meget</strong>" in kept
    for forbidden in ("<h1>heading", "<ul>\n<li>bullet", "<b>", "<a href", "<hr", "<pre>"):
        assert forbidden not in kept, forbidden
    plain = MarkdownIt("commonmark").render(render([one], "md"))
    assert "<em>vigtigt</em>" not in plain and "*vigtigt*" in plain


def test_articles_with_tags_but_no_notes_are_exported(tmp_path: Path):
    store = memory_store()
    try:
        tagged, other = article(), Article(id="b1", path="/lib/b.txt", title="Andet", body="Intet her.")
        store.attach(tagged)
        store.attach(other)
        store.add_tags("a1", ["publish"])
        items = export_items(store, [tagged, other], analysis_for=lambda a: _analysis(a))
        assert [i.article.id for i in items] == ["a1"] and items[0].tags == ("publish",)
        assert "Tags: publish" in render(items, "md")
        rows = list(csv.DictReader(io.StringIO(render(items, "csv"))))
        assert [(r["kind"], r["tags"]) for r in rows] == [("article", "publish")]
    finally:
        store.close()


def _analysis(a: Article):
    from reader.model import Analysis

    return Analysis(a.body, a.language, quotes=quotes(a.body))


def test_export_quotes_from_the_shell_follows_an_edited_file(tmp_path: Path, capsys):
    path = tmp_path / "ribe.txt"
    path.write_text(" date 2026-11-02 Skole lukker\n\n" + BODY + "\n", encoding="utf-8")
    db = tmp_path / "reader.json"
    from reader.library import load_articles

    art = load_articles(path)[0]
    with open_store(db) as store:
        (found,) = store.settle_ids([art])
        store.attach(found)
        start = found.body.index(Q1)
        store.set_quote_state(found.id, make_anchor(found.body, start, start + len(Q1)), QuoteState.VERIFIED, "Hanne Dahl")
    assert main(["export", "--quotes", str(path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"✓ verified: “{Q1}”" in out and f"unverified: “{Q2}”" in out
    assert f"ribe.txt]({path.as_uri()})" in out
    path.write_text(path.read_text(encoding="utf-8").replace("nødvendigt", "absolut nødvendigt"), encoding="utf-8")
    target = tmp_path / "sheet.csv"
    assert main(["export", "--quotes", str(path), "-o", str(target), "--db", str(db)]) == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[0]["state"] == "changed since verified" and rows[0]["checked_text"] == Q1
    assert rows[0]["link"] == "ribe.txt"
    # An earlier quote sheet is an export: it may be replaced without --force, and a library scan
    # does not take it for an article.
    assert main(["export", "--quotes", str(path), "-o", str(target), "--db", str(db)]) == 0
    for name in ("sheet.md", "sheet.txt", "notes.txt"):  # a .txt export is no article either
        quotes = ["--quotes"] if name.startswith("sheet") else []
        for _ in range(2):
            assert main(["export", *quotes, str(path), "-o", str(tmp_path / name), "--db", str(db)]) == 0
    from reader.library import scan

    assert [a.path for a in scan([str(tmp_path)]).articles] == [str(path)]


def test_hostile_speakers_and_quotes_cannot_break_the_quote_sheet():
    hostile = "# X\n- y\n<script>z</script> [l](javascript:1) \x1b[31m"
    one = ArticleNotes(article(), (), (), (
        QuoteNote(hostile, hostile, QuoteState.VERIFIED, 0, 5, True, hostile, "Ann"),
        QuoteNote("plain", None, QuoteState.UNVERIFIED, 6, 11),
    ), "ribe (1).txt", "file:///lib/ribe%20(1).txt")
    for keep in (False, True):
        md = render([one], "md", ExportOptions(quotes=True, keep_markdown=keep))
        toks = MarkdownIt("commonmark").parse(md)
        assert sum(t.type == "list_item_open" for t in toks) == 2
        assert sum(t.type == "heading_open" for t in toks) == 2  # "# Notes" and the article
        assert not any(t.type in ("html_block", "html_inline") for t in toks)
        assert "\x1b" not in md
    data = json.loads(render([one], "json", ExportOptions(quotes=True)))
    assert data["articles"][0]["quotes"][0]["speaker"].startswith("# X\n- y")
    rows = list(csv.DictReader(io.StringIO(render([one], "csv", ExportOptions(quotes=True)))))
    assert rows[0]["quote"].startswith("# X")
    assert "\x1b" not in rows[0]["speaker"]


def test_export_from_the_shell_lists_tagged_articles_and_keeps_markdown_on_request(tmp_path: Path, capsys):
    from reader.library import load_articles

    for name, title in (("a.txt", "Havn får ny kaj"), ("b.txt", "Skole lukker")):
        (tmp_path / name).write_text(f" date 2026-11-02 {title}\n\nRibe. Tekst om {title}.\n", encoding="utf-8")
    db = tmp_path / "reader.json"
    a, b = (load_articles(tmp_path / n)[0] for n in ("a.txt", "b.txt"))
    with open_store(db) as store:
        a, b = store.settle_ids([a, b])
        store.attach(a)
        store.attach(b)
        store.add_tags(a.id, ["publish"])
        store.add_annotation(b.id, make_anchor(b.body, 0, 4), note="*vigtigt* og `kode`")
    assert main(["export", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--tag", "publish", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "## Havn får ny kaj" in out and "Tags: publish" in out and "Skole lukker" not in out
    assert main(["export", str(tmp_path / "b.txt"), "--keep-markdown", "--db", str(db)]) == 0
    assert "*vigtigt* og `kode`" in capsys.readouterr().out
    assert main(["export", str(tmp_path / "b.txt"), "--db", str(db)]) == 0
    assert "\\*vigtigt\\* og \\`kode\\`" in capsys.readouterr().out


def test_a_note_on_an_unchecked_quote_carries_its_speaker_too():
    store = memory_store()
    try:
        store.attach(article())
        start = BODY.index("kede af det")
        store.add_annotation("a1", make_anchor(BODY, start, start + 11), note="ring til ham")
        items = export_items(store, [article()], analysis_for=_analysis)
        md = render(items, "md")
        assert "*Quote by Jens Holm · unverified*" in md
        assert "Quote checks:" not in md  # nothing was checked
    finally:
        store.close()


def test_a_speaker_cleared_by_hand_is_no_speaker_not_unknown():
    # The app and `reader quotes` say "no speaker" for a speaker the journalist cleared; the export
    # said "unknown speaker", as for one the analysis never found.
    cleared = verified(Q2, "Jens Holm", speaker_set=True, speaker="", state=QuoteState.UNVERIFIED)
    one = item([cleared], [note_on("kede af det")])
    sheet = render([one], "md", ExportOptions(quotes=True))
    assert f"- unverified: “{Q2}” (no speaker, set by hand)" in sheet
    assert "*Quote by no speaker (speaker set by hand) · unverified*" in render([one], "md")


def test_export_by_a_tag_found_nowhere_in_the_folder_says_where_it_is(tmp_path: Path, capsys):
    # `reader export --tag publish` run from another folder printed an empty export and nothing
    # else; the reporter's tagged stories were in the library folder all along.
    from reader.library import load_articles

    news, other = tmp_path / "news", tmp_path / "drafts"
    news.mkdir()
    other.mkdir()
    (news / "a.txt").write_text(" date 2026-11-02 Havn får ny kaj\n\nRibe. Tekst.\n", encoding="utf-8")
    (other / "b.txt").write_text(" date 2026-11-03 Noget andet\n\nRibe. Tekst.\n", encoding="utf-8")
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        (a,) = store.settle_ids(load_articles(news / "a.txt"))
        store.attach(a)
        store.add_tags(a.id, ["publish"])
    assert main(["export", str(other), "--tag", "publish", "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    assert "no article in" in err and "tagged 'publish'" in err and "1 article elsewhere" in err
    assert "--tag publish" in err and len(err.strip().splitlines()) == 1
    assert out == ""  # no empty document for a script to paste into a draft
    assert main(["export", str(news), "--tag", "pubish", "--db", str(db)]) == 1  # a typo
    assert "(tags in use: publish)" in capsys.readouterr().err


def test_a_mistyped_tag_leaves_the_earlier_export_in_the_file(tmp_path: Path, capsys):
    # review25: `reader export --tag nope -o out.md` wrote "No notes to export." over the earlier
    # export in out.md and exited 0; the reporter's exported list was gone.
    from reader.library import load_articles

    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(" date 2026-11-02 Havn får ny kaj\n\nRibe. Tekst.\n", encoding="utf-8")
    db, out = tmp_path / "reader.json", tmp_path / "out.md"
    with open_store(db) as store:
        (a,) = store.settle_ids(load_articles(news / "a.txt"))
        store.attach(a)
        store.add_tags(a.id, ["publish"])
    assert main(["export", str(news), "--tag", "publish", "--db", str(db), "-o", str(out)]) == 0
    before = out.read_bytes()
    assert "Havn får ny kaj" in before.decode("utf-8")
    capsys.readouterr()
    assert main(["export", str(news), "--tag", "pubish", "--db", str(db), "-o", str(out)]) == 1
    assert out.read_bytes() == before
    err = capsys.readouterr().err
    assert "(tags in use: publish)" in err and "wrote" not in err


def test_the_quote_sheet_says_which_quotes_are_partial_in_every_format():
    body = "Hanne Dahl kalder planen »nødvendig, men sen«.\n\n- Vi er meget kede af det, siger forælder Jens Holm."
    partial, full = "nødvendig, men sen", Q2
    found = (Quote(body.index(partial), body.index(partial) + len(partial), partial, "Hanne Dahl", kind="partial"),
             Quote(body.index(full), body.index(full) + len(full), full, "Jens Holm"))
    one = ArticleNotes(article(body), (), (), reconcile_quotes(body, found, (), {}), "news/ribe.txt", "file:///x")
    md = render([one], "md", ExportOptions(quotes=True))
    assert [line for line in md.splitlines() if line.startswith("- ")] == [
        f"- unverified: “{partial}” (partial quote; Hanne Dahl)", f"- unverified: “{full}” (Jens Holm)"]
    data = json.loads(render([one], "json", ExportOptions(quotes=True)))
    assert [q["kind"] for q in data["articles"][0]["quotes"]] == ["partial", "full"]
    rows = list(csv.DictReader(io.StringIO(render([one], "csv", ExportOptions(quotes=True)))))
    assert [r["kind"] for r in rows] == ["partial", "full"]


def test_export_by_tag_follows_a_file_updated_under_a_new_headline(tmp_path: Path, capsys):
    # A wire story tagged "publish", then updated in place under a new headline (a new id): `reader
    # list` showed the tag, but `export --tag publish` found nothing, nor the note on it.
    from reader.library import load_articles

    story = tmp_path / "a.txt"
    story.write_text(" date 2026-11-02 Havn får ny kaj\n\nRibe. Havnen får en ny kaj.\n", encoding="utf-8")
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        (a,) = store.settle_ids(load_articles(story))
        store.attach(a)
        store.add_tags(a.id, ["publish"])
        start = a.body.index("ny kaj")
        store.add_annotation(a.id, make_anchor(a.body, start, start + 6), note="tjek prisen")
    story.write_text(" date 2026-11-02 Havn får ny kaj til 40 mio.\n\nRibe. Havnen får en ny kaj.\n",
                     encoding="utf-8")
    assert main(["export", str(tmp_path), "--tag", "publish", "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert "## Havn får ny kaj til 40 mio." in captured.out and "Tags: publish" in captured.out
    assert "tjek prisen" in captured.out and "no article in" not in captured.err


def test_notes_on_an_article_whose_file_is_gone_can_still_be_exported(tmp_path: Path, capsys):
    # A story deleted (or moved out of the library) kept its notes in the database, but no
    # export reached them: doctor counted them, and only the raw JSON file held the words.
    from reader.library import load_articles

    story, kept = tmp_path / "a.txt", tmp_path / "b.txt"
    story.write_text(" date 2026-11-02 Havn får ny kaj\n\nRibe. Havnen får en ny kaj.\n\n"
                     "- Den er tiltrængt, siger havnefoged Ole Krag.\n", encoding="utf-8")
    kept.write_text(" date 2026-11-03 Skole lukker\n\nRibe. Skolen lukker.\n", encoding="utf-8")
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        for path, note in ((story, "tjek prisen"), (kept, "ring til skolen")):
            (a,) = store.settle_ids(load_articles(path))
            store.attach(a)
            store.add_tags(a.id, ["publish"])
            store.add_annotation(a.id, make_anchor(a.body, 0, 5), note=note)
            if path == story:  # a quote checked on it: the record is the reporter's work too
                start = a.body.index("Den er")
                store.set_quote_state(a.id, make_anchor(a.body, start, start + 16), QuoteState.VERIFIED, "Ole Krag")
    story.unlink()
    assert main(["export", "--gone", "--db", str(db)]) == 0
    captured = capsys.readouterr()
    assert "## Havn får ny kaj" in captured.out and "tjek prisen" in captured.out and "Ribe." in captured.out
    assert "Tags: publish" in captured.out and "a.txt" in captured.out
    assert "verified: “Den er tiltrængt”" in captured.out and "Ole Krag" in captured.out
    assert "Skole lukker" not in captured.out and "ring til skolen" not in captured.out
    assert "1 note, 1 checked quote" in captured.err and "1 article whose file is gone" in captured.err
    assert main(["export", "--gone", "--format", "json", "--db", str(db)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [a["title"] for a in data["articles"]] == ["Havn får ny kaj"]
    assert main(["export", str(tmp_path), "--gone", "--db", str(db)]) == 2
    assert "give it no paths" in capsys.readouterr().err
    # -o never overwrites an article the database holds notes on, --force or not
    assert main(["export", "--gone", "-o", str(kept), "--force", "--db", str(db)]) == 2
    assert "notes or tags on" in capsys.readouterr().err and "Skolen lukker" in kept.read_text(encoding="utf-8")


def test_a_mistyped_tag_names_the_tags_written_in_the_files_too(tmp_path: Path, capsys):
    # review30: `reader export ~/wire --tag nort` said "(tags in use: budget, local, ...)", the
    # database's tags only, though `--tag north` matches the tags a Markdown file writes itself
    # (front matter `tags:`): the tag the reporter meant was never named.
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.md").write_text("---\ntitle: Harbour gets a new berth\ntags: [north, harbour]\n---\n\n"
                               "WHITBY - The harbour gets a new berth.\n", encoding="utf-8")
    (news / "b.txt").write_text(" date 2026-11-02 Havn får ny kaj\n\nRibe. Tekst.\n", encoding="utf-8")
    db = tmp_path / "reader.json"
    from reader.library import load_articles

    with open_store(db) as store:
        (b,) = store.settle_ids(load_articles(news / "b.txt"))
        store.attach(b)
        for tag in ("publish", "budget", "local", "arts", "courts", "crime", "energy", "health",
                    "housing", "jobs", "sport", "transport"):
            store.add_tags(b.id, [tag])
    assert main(["export", str(news), "--tag", "north", "--db", str(db)]) == 0  # the file's tag matches
    capsys.readouterr()
    assert main(["export", str(news), "--tag", "nort", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "(tags in use: north, " in err  # the near one first, though ten of the database's sort before it
    assert "harbour" in err and len(err.strip().splitlines()) == 1
    assert main(["export", str(news), "--tag", "north", "--tag", "publish", "--db", str(db)]) == 1
    err = capsys.readouterr().err  # both in use, on no article together: no "0 articles elsewhere"
    assert "elsewhere" not in err and "tags in use:" in err

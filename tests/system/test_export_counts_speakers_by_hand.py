"""review25: a quote given a speaker with `w` but never checked was counted as a "checked quote"
("wrote 2 notes and 4 checked quotes", in the app's dialog too) though the file lists it as
unverified; the line now counts it apart: "... and 1 speaker set by hand"."""

from __future__ import annotations

import json
from pathlib import Path

from reader.cli import main
from reader.model import Anchor, QuoteState
from reader.store import open_store
from reader.workspace.exports import export_summary

STORY = (" date 2026-11 Bridge to the island closed after a crack is found\n\nSKYE. Engineers closed the "
         "bridge on Monday.\n\n\"We found the crack at dawn,\" said Ailsa Ross, the chief engineer.\n\n"
         "\"Nobody crosses until we know how deep it goes,\" said Fergus Lamont, a council spokesman.\n\n"
         "/testbureau/\n")


def test_a_speaker_set_by_hand_is_not_counted_as_a_checked_quote(tmp_path: Path, capsys) -> None:
    folder, db = tmp_path / "desk", str(tmp_path / "db" / "reader.json")
    folder.mkdir()
    (folder / "bridge.txt").write_text(STORY, encoding="utf-8")
    assert main(["quotes", str(folder), "--db", db, "--json"]) == 0
    first, second = json.loads(capsys.readouterr().out)
    with open_store(db) as store:
        store.set_quote_state(first["article_id"], Anchor(first["start"], first["end"], first["quote"]),
                              QuoteState.VERIFIED, first["said_as"])
        store.set_quote_speaker(second["article_id"], Anchor(second["start"], second["end"], second["quote"]),
                                "Ailsa Ross")
    out = tmp_path / "checks.md"
    assert main(["export", str(folder), "-o", str(out), "--db", db]) == 0
    said = capsys.readouterr().err.strip()
    assert said == f"reader: wrote 1 checked quote and 1 speaker set by hand from 1 article to {out}", said
    written = out.read_text(encoding="utf-8")
    assert written.count("✓ verified") == 1 and "unverified" in written  # what the line counts


def test_the_words_join_with_commas_and_a_last_and() -> None:
    from reader.export import ArticleNotes, QuoteNote
    from reader.model import Annotation, Article

    article = Article(id="a1", path="x.txt", title="T", body="b")
    verified = QuoteNote(text="x", speaker="A", state=QuoteState.VERIFIED, start=0, end=1)
    by_hand = QuoteNote(text="y", speaker="B", state=QuoteState.UNVERIFIED, start=2, end=3, speaker_by_hand=True)
    note = Annotation(id="n1", article_id="a1", anchor=Anchor(0, 1, "x"), note="call")
    item = ArticleNotes(article=article, annotations=(note, note), quotes=(verified, by_hand, by_hand))
    assert export_summary([item]) == "2 notes, 1 checked quote and 2 speakers set by hand from 1 article"
    only = ArticleNotes(article=article, quotes=(by_hand,))
    assert export_summary([only]) == "1 speaker set by hand from 1 article"


def test_articles_exported_for_their_tags_alone_are_counted_apart(tmp_path: Path, capsys) -> None:
    # review30: a desk's export of two stories, notes on one and a tag on the other, said "wrote 2
    # notes from 2 articles" (read: a note on each); an export of tagged stories only said "wrote 0
    # notes from 12 articles", as if it had failed.
    folder, db = tmp_path / "desk", str(tmp_path / "reader.json")
    folder.mkdir()
    (folder / "bridge.txt").write_text(STORY, encoding="utf-8")
    (folder / "ferry.txt").write_text(STORY.replace("Bridge to the island", "Ferry to the island"), encoding="utf-8")
    assert main(["tag", str(folder / "ferry.txt"), "island", "--db", db]) == 0
    out = tmp_path / "tags.md"
    capsys.readouterr()
    assert main(["export", str(folder), "-o", str(out), "--db", db]) == 0
    assert capsys.readouterr().err.strip() == f"reader: wrote the tags of 1 article (no notes) to {out}"
    assert main(["list", str(folder), "--db", db, "--json"]) == 0
    bridge = next(r for r in json.loads(capsys.readouterr().out)["articles"] if r["title"].startswith("Bridge"))
    with open_store(db) as store:
        store.add_annotation(bridge["id"], Anchor(0, 4, "SKYE"), "call the council")
        store.add_annotation(bridge["id"], Anchor(6, 15, "Engineers"), "which firm?")
    assert main(["export", str(folder), "-o", str(out), "--db", db]) == 0
    said = capsys.readouterr().err.strip()
    assert said == f"reader: wrote 2 notes from 1 article and the tags of 1 more to {out}", said

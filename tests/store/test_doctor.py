"""doctor tells notes orphaned as the article files are now; tag changes on huge tag lists stay right."""

from __future__ import annotations

import argparse
from pathlib import Path

from reader.commands import doctor
from reader.library import load_articles
from reader.store import open_store
from reader.anchoring import make_anchor

ARTICLE = """ date 2024-03 Borgmester vil lukke skole i Ribe

Ribe. Borgmester Hanne Dahl (V) vil lukke Ribe Østre Skole. Det skriver kommunen fredag.

Forældrene protesterer. De har samlet 2.400 underskrifter mod planen.

/testbureau/
"""


def run_doctor(db: Path, capsys) -> str:
    doctor.run(argparse.Namespace(db=str(db), repair=False))
    return capsys.readouterr().out


def test_doctor_counts_notes_orphaned_by_the_article_file_as_it_is_now(tmp_path: Path, capsys) -> None:
    path = tmp_path / "ribe.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [article] = load_articles(path)
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.attach(article)
        for passage in ("Hanne Dahl", "2.400 underskrifter"):
            start = article.body.index(passage)
            store.add_annotation(article.id, make_anchor(article.body, start, start + len(passage)), note=passage)
    assert "2 annotations (0 orphaned)" in run_doctor(db, capsys)
    # the file is edited afterwards; nobody opens the article again before running doctor
    path.write_text(ARTICLE.replace("De har samlet 2.400 underskrifter mod planen.", "Mødet er i aften."),
                    encoding="utf-8")
    assert "2 annotations (1 orphaned)" in run_doctor(db, capsys)
    path.write_text(ARTICLE, encoding="utf-8")  # put back: placed again
    assert "2 annotations (0 orphaned)" in run_doctor(db, capsys)
    path.unlink()  # gone: not checked, and doctor says so
    out = run_doctor(db, capsys)
    assert "2 annotations (0 orphaned)" in out and "2 notes could not be checked" in out
    # and names where they were: the app and exports show notes with their file, so a reporter
    # whose file went (deleted, or moved out of the library and changed) learns what to put back
    assert f"2 notes on “Borgmester vil lukke skole i Ribe”, last read at {path}" in out, out


def test_doctor_names_an_article_with_tags_alone_whose_file_is_gone(tmp_path: Path, capsys) -> None:
    # export --gone writes the tags of such an article; doctor, which points to it, named only
    # articles with notes, so a reporter whose "publish" story was moved away heard nothing.
    path = tmp_path / "ribe.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [article] = load_articles(path)
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.attach(article)
        store.add_tags(article.id, ["publish", "ribe"])
    assert "file is gone" not in run_doctor(db, capsys)
    path.unlink()
    out = run_doctor(db, capsys)
    assert "1 article with tags and no notes whose file is gone" in out, out
    assert f"2 tags (publish, ribe) on “Borgmester vil lukke skole i Ribe”, last read at {path}" in out, out
    assert "reader export --gone writes the notes and tags whose file is gone" in out


def test_one_tag_more_on_an_article_with_twenty_thousand_tags(tmp_path: Path) -> None:
    """The behaviour only: its speed (linear, was quadratic) is in `python bench/store.py tags`."""
    many = [f"tag {i}" for i in range(20_000)]
    with open_store(tmp_path / "reader.json") as store:
        store.add_tags("a", many)
        store.add_tags("a", ["one more", "TAG 7"])  # a repeat in another case is no new tag
        assert store.tags("a") == (*many, "one more")
        store.remove_tags("a", ["tag 19999"])
        assert store.tags("a") == (*many[:-1], "one more")
        store.undo()
        store.undo()
        assert store.tags("a") == tuple(many)
        store.redo()
        assert store.tags("a")[-1] == "one more" and len(store.tags("a")) == 20_001

"""review26: ``reader export --gone`` said "1 note ... and the tags of 1 article" of an article
that has no tags, and ``reader doctor`` "1 note could not be checked against their article"."""

from __future__ import annotations

from pathlib import Path

from reader.anchoring import make_anchor
from reader.cli import main
from reader.library import load_articles
from reader.store import open_store

STORY = """ date 2025-04-02 Færgen til Fanø aflyser aftenens afgange

Esbjerg. Færgen til Fanø sejler ikke i aften på grund af storm, oplyser rederiet Vadehavslinjen.

/testbureau/
"""


def _gone(tmp_path: Path, tags: list[str]) -> Path:
    path = tmp_path / "wire" / "faerge.txt"
    path.parent.mkdir()
    path.write_text(STORY, encoding="utf-8")
    (article,) = load_articles(path)
    db = tmp_path / "reader.json"
    with open_store(db) as store:
        store.attach(article)
        start = article.body.index("storm")
        store.add_annotation(article.id, make_anchor(article.body, start, start + 5), note="Tjek DMI")
        if tags:
            store.add_tags(article.id, tags)
    path.unlink()
    return db


def test_export_gone_names_tags_only_when_there_are_some(tmp_path: Path, capsys) -> None:
    db = _gone(tmp_path, [])
    assert main(["export", "--gone", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "reader: 1 note on 1 article whose file is gone" in err, err
    assert "tags" not in err


def test_export_gone_names_the_tagged_articles(tmp_path: Path, capsys) -> None:
    db = _gone(tmp_path, ["storm"])
    assert main(["export", "--gone", "--db", str(db)]) == 0
    err = capsys.readouterr().err
    assert "reader: 1 note and tags on 1 article whose file is gone" in err, err


def test_doctor_says_its_article_of_one_note(tmp_path: Path, capsys) -> None:
    db = _gone(tmp_path, [])
    main(["doctor", "--db", str(db)])
    out = capsys.readouterr().out
    assert "1 note could not be checked against its article" in out, out

"""Ids stay with their files: same-headline stories, copies and moves never show each other's notes."""

from __future__ import annotations

import json
from pathlib import Path

from reader.cli import main


def _listed(capsys, db: Path, *paths: Path) -> dict[str, dict]:
    """path name -> row of ``reader list --json``."""
    capsys.readouterr()
    assert main(["list", *map(str, paths), "--db", str(db), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["articles"]
    return {Path(row["path"]).name: row for row in rows}


def _story(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f" date 2024-01 Kort nyt\n\n{body}\n", encoding="utf-8")
    return path


def test_same_headline_files_keep_their_own_tags_whatever_is_listed(tmp_path, capsys):
    db = tmp_path / "db.json"
    lib = tmp_path / "lib"
    a = _story(lib / "a.txt", "Første historie om noget.")
    b = _story(lib / "b.txt", "Anden historie om noget andet.")
    assert main(["tag", str(a), "brand", "--db", str(db)]) == 0
    assert _listed(capsys, db, b)["b.txt"]["tags"] == []
    together = _listed(capsys, db, lib)
    assert together["a.txt"]["tags"] == ["brand"] and together["b.txt"]["tags"] == []
    assert main(["tag", str(b), "other", "--db", str(db)]) == 0
    alone = _listed(capsys, db, b)["b.txt"]
    together = _listed(capsys, db, lib)
    assert alone["id"] == together["b.txt"]["id"] != together["a.txt"]["id"]
    assert together["b.txt"]["tags"] == ["other"] and together["a.txt"]["tags"] == ["brand"]


def test_a_copy_in_the_library_does_not_take_the_notes_and_a_move_keeps_them(tmp_path, capsys):
    db = tmp_path / "db.json"
    lib = tmp_path / "lib"
    original = _story(lib / "sub" / "story.txt", "Teksten om sagen.")
    assert main(["tag", str(original), "brand", "--db", str(db)]) == 0
    (lib / "copy.txt").write_text(original.read_text(encoding="utf-8"), encoding="utf-8")
    rows = _listed(capsys, db, lib)
    assert rows["story.txt"]["tags"] == ["brand"] and rows["copy.txt"]["tags"] == []
    assert _listed(capsys, db, lib / "copy.txt")["copy.txt"]["tags"] == []
    moved = lib / "elsewhere" / "renamed.txt"
    moved.parent.mkdir()
    original.rename(moved)
    assert _listed(capsys, db, moved.parent)["renamed.txt"]["tags"] == ["brand"]


def test_the_app_records_a_rename_so_a_copy_of_the_old_folder_does_not_take_the_notes(tmp_path, capsys):
    from reader.library import scan
    from reader.store import open_store

    db = tmp_path / "db.json"
    lib = tmp_path / "lib"
    story = _story(lib / "story.txt", "Teksten om sagen.")
    assert main(["tag", str(story), "brand", "--db", str(db)]) == 0
    renamed = lib / "renamed.txt"
    story.rename(renamed)
    with open_store(db) as store:  # what the app does after each scan
        assert store.relocate(store.settle_ids(scan([str(lib)]).articles)) == 1
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "renamed.txt").write_text(renamed.read_text(encoding="utf-8"), encoding="utf-8")
    assert _listed(capsys, db, copy)["renamed.txt"]["tags"] == []
    assert _listed(capsys, db, lib)["renamed.txt"]["tags"] == ["brand"]


def test_a_rename_beside_an_identical_copy_keeps_the_notes_with_the_renamed_file(tmp_path, capsys):
    """The copy is met first in the scan (a.txt before z.txt), yet the renamed file is the same
    file (device and inode) as the one the record was made for, so it keeps the tags."""
    db = tmp_path / "db.json"
    lib = tmp_path / "lib"
    original = _story(lib / "original.txt", "Teksten om sagen.")
    assert main(["tag", str(original), "brand", "--db", str(db)]) == 0
    (lib / "a-copy.txt").write_text(original.read_text(encoding="utf-8"), encoding="utf-8")
    rows = _listed(capsys, db, lib)
    assert rows["original.txt"]["tags"] == ["brand"] and rows["a-copy.txt"]["tags"] == []
    original.rename(lib / "z-renamed.txt")
    rows = _listed(capsys, db, lib)
    assert rows["z-renamed.txt"]["tags"] == ["brand"] and rows["a-copy.txt"]["tags"] == []
    assert main(["tag", str(lib / "a-copy.txt"), "copy", "--db", str(db)]) == 0
    rows = _listed(capsys, db, lib)
    assert rows["z-renamed.txt"]["tags"] == ["brand"] and rows["a-copy.txt"]["tags"] == ["copy"]


def test_a_same_headline_copy_whose_name_is_not_utf8_gets_an_id_of_its_own(tmp_path, capsys):
    """Ids hash the path: a file name that is not UTF-8 (read as surrogates) must not stop it."""
    import os

    db = tmp_path / "db.json"
    lib = tmp_path / "lib"
    _story(lib / "a.txt", "Samme historie.")
    odd = Path(os.fsdecode(bytes(lib) + b"/\x9b-copy.txt"))
    _story(odd, "Samme historie.")
    capsys.readouterr()
    assert main(["list", str(lib), "--db", str(db), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["articles"]
    assert len({row["id"] for row in rows}) == 2
    assert main(["tag", str(odd), "kopi", "--db", str(db)]) == 0


def test_the_shell_reads_only_the_files_before_one_beside_it_for_its_id(tmp_path, capsys, monkeypatch):
    """`reader analyze FILE` tells a same-headline twin apart as the library does, without reading
    every article under the file's folder first (a file in the home folder or /tmp)."""
    from reader.workspace import library

    lib = tmp_path / "lib"
    first = _story(lib / "a.txt", "Samme historie.")
    second = _story(lib / "b.txt", "Samme historie.")
    _story(lib / "c.txt", "Noget andet.")
    _story(lib / "a-sub" / "deep.txt", "Langt nede.")
    read: list[str] = []
    real_scan = library.scan
    monkeypatch.setattr(library, "scan", lambda paths: read.extend(map(str, paths)) or real_scan(paths))
    ids = {p.name: library.articles_as_listed(str(p))[0].id for p in (first, second)}
    assert ids["b.txt"].startswith(ids["a.txt"] + "-")
    assert {Path(p).name for p in read} == {"a.txt", "b.txt"}

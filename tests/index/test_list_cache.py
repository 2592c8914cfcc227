"""The article list kept between reads (reader.index.listcache): after random adds, edits,
deletes and renames, synced by this index object or another, the list it gives is the list a
full read of the same index gives, field for field, and the list and search results a full
rebuild of the index gives."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from reader.archive import library_from_index, library_rows
from reader.index import LibraryIndex, listcache

WORDS = ("harbour council budget ferry strike school bridge minister union festival storm court "
         "havn kommune borgmester skole broen aftale forslag elever").split()
TITLES = ("Ferry strike ends in Leeds", "Council agrees harbour budget", "Borgmester lover ny skole",
          "Storm closes the bridge", "Forslag om havn vedtaget")  # few: same-headline files get ids of their own


def story(rng: random.Random) -> str:
    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30)))
    title = rng.choice(TITLES) if rng.random() < 0.6 else f"{rng.choice(WORDS).title()} {rng.randint(1, 999)}"
    return f"date 20{rng.randint(10, 25)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} {title}\n\nLeeds. {words.capitalize()}.\n"


def listed(articles) -> list[tuple]:
    return [(a.rowid, a.id, a.base_id, a.path, a.title, a.date, a.source, a.dateline, a.language, a.format,
             a.byline, a.meta_tags, a.fingerprint) for a in articles]


def derived(articles) -> list[tuple]:
    """What a rebuild must give too (not the rowids, nor the ids settled at earlier reads)."""
    return sorted(row[3:] for row in listed(articles))


def found(index: LibraryIndex, folder: Path) -> list[tuple]:
    return sorted((h.article.path, h.article.title) for word in ("harbour", "skole", "ferry", "strike")
                  for h in index.search(word, limit=500).hits)


def change(folder: Path, rng: random.Random, files: list[Path], serial: list[int]) -> list[Path]:
    """A few random changes to the library; the paths they touched (as a folder watcher tells them)."""
    touched: list[Path] = []
    for _ in range(rng.randint(1, 5)):
        kind = rng.choice(("add", "edit", "delete", "rename", "touch")) if files else "add"
        if kind == "add":
            serial[0] += 1
            path = folder / rng.choice(("a", "b", "c")) / f"{serial[0]:04d}.txt"
            path.parent.mkdir(exist_ok=True)
            path.write_text(story(rng), encoding="utf-8")
            files.append(path)
            touched.append(path)
        elif kind == "edit":
            path = rng.choice(files)
            path.write_text(story(rng), encoding="utf-8")
            os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
            touched.append(path)
        elif kind == "delete":
            path = files.pop(rng.randrange(len(files)))
            path.unlink()
            touched.append(path)
        elif kind == "rename":
            path = files.pop(rng.randrange(len(files)))
            serial[0] += 1
            new = folder / rng.choice(("a", "b", "c")) / f"{serial[0]:04d}.txt"
            new.parent.mkdir(exist_ok=True)
            path.rename(new)
            files.append(new)
            touched += [path, new]
        else:
            path = rng.choice(files)
            os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 2_000_000))
            touched.append(path)
    return touched


def run(tmp_path: Path, seed: int, steps: int = 8, launches: bool = False) -> list[str]:
    """The steps at which the kept list differs from a full read or a rebuild (none, rightly).
    ``launches``: some steps are the first change after a launch (an index object opened afresh,
    its compact rows listed, the change synced and listed as the folder watch does)."""
    rng = random.Random(seed)
    folder = tmp_path / f"lib-{seed}"
    folder.mkdir()
    files: list[Path] = []
    serial = [0]
    for _ in range(30):
        change(folder, rng, files, serial)
    index = LibraryIndex(tmp_path / f"kept-{seed}.sqlite3")
    index.keep_list()
    other = LibraryIndex(index.path)  # another copy of reader, or another window, on the same index
    index.sync([str(folder)], analyse=False)
    library_from_index(index, [str(folder)])  # the list kept from here on
    wrong = []
    for step in range(steps):
        touched = change(folder, rng, files, serial)
        how = rng.choice(("paths", "folder", "other", "launch")[:4 if launches else 3])
        if how == "launch":
            index.close()
            index = LibraryIndex(index.path)
            library_rows(index, [str(folder)])  # what a launch lists: no article objects, nothing kept
            index.sync([str(p) for p in touched], analyse=False)
            index.keep_list()  # the watch, at its first change
        elif how == "paths":  # what the folder watcher does
            index.sync([str(p) for p in touched], analyse=False)
        elif how == "folder":
            index.sync([str(folder)], analyse=False)
        else:
            other.sync([str(folder)], analyse=False)
        kept = library_from_index(index, [str(folder)])
        full = LibraryIndex(index.path)  # no list kept: read in full
        whole = library_from_index(full, [str(folder)])
        rebuilt = LibraryIndex(tmp_path / f"rebuilt-{seed}-{step}.sqlite3")
        rebuilt.sync([str(folder)], analyse=False)
        if listed(kept.articles) != listed(whole.articles):
            wrong.append(f"step {step} ({how}): the kept list is not the full read")
        if derived(kept.articles) != derived(library_from_index(rebuilt, [str(folder)]).articles):
            wrong.append(f"step {step} ({how}): the kept list is not the rebuilt index's")
        if kept.skipped != whole.skipped or found(index, folder) != found(rebuilt, folder):
            wrong.append(f"step {step} ({how}): skipped files or search results differ")
        if len(kept.articles) != len(files):
            wrong.append(f"step {step} ({how}): {len(kept.articles)} listed for {len(files)} files")
        for each in (full, rebuilt):
            each.close()
    return wrong


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kept_list_is_the_full_read(tmp_path: Path, seed: int) -> None:
    assert run(tmp_path, seed) == []


@pytest.mark.parametrize("seed", [8, 9])  # 3 and 4 launches among their 10 steps
def test_the_first_change_after_a_launch_too(tmp_path: Path, seed: int) -> None:
    assert run(tmp_path, seed, steps=10, launches=True) == []


def test_kept_list_reads_only_the_changed_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    folder = tmp_path / "lib"
    folder.mkdir()
    files: list[Path] = []
    serial = [0]
    for _ in range(20):
        change(folder, rng, files, serial)
    index = LibraryIndex(tmp_path / "kept.sqlite3")
    index.keep_list()
    index.sync([str(folder)], analyse=False)
    library_from_index(index, [str(folder)])  # records the ids of same-headline files
    first = library_from_index(index, [str(folder)]).articles
    made = []
    real = listcache.article_of
    monkeypatch.setattr(listcache, "article_of", lambda row, ix: made.append(row[1]) or real(row, ix))
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    index.sync([str(files[0])], analyse=False)
    again = library_from_index(index, [str(folder)]).articles
    assert made == [str(files[0])]  # one row read again, not the whole list
    monkeypatch.setattr(index._listing, "keep", False)  # as before: every row
    files[0].write_text(files[0].read_text(encoding="utf-8") + "\nTwo more lines.\n", encoding="utf-8")
    index.sync([str(files[0])], analyse=False)
    made.clear()
    assert len(library_from_index(index, [str(folder)]).articles) == len(made) == len(files)
    assert [a.path for a in again] == [a.path for a in first]
    assert [a for a in again if a.path != str(files[0])] == [a for a in first if a.path != str(files[0])]


def test_a_broken_log_is_caught(tmp_path: Path) -> None:
    """The check above can fail: without the trigger that logs removed rows, deletes and renames
    leave stale rows in the kept list, and the comparison says so."""
    for seed in (1, 9):
        index = LibraryIndex(tmp_path / f"kept-{seed}.sqlite3")
        index.conn.execute("DROP TRIGGER listing_removed")
        index.close()
    assert any("full read" in line for line in run(tmp_path, 1))
    assert any("full read" in line for line in run(tmp_path, 9, steps=10, launches=True))  # 4 launches among the steps


def test_an_old_index_gets_the_log_and_a_pruned_log_reads_in_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "lib"
    rng = random.Random(7)
    folder.mkdir()
    files: list[Path] = []
    serial = [0]
    change(folder, rng, files, serial)
    index = LibraryIndex(tmp_path / "old.sqlite3")
    conn = index.conn
    conn.executescript("DROP TABLE listing_log; DROP TRIGGER listing_added; DROP TRIGGER listing_removed;"
                       " DROP TRIGGER listing_changed; DELETE FROM meta WHERE key = 'listing_token';")
    index.close()
    index = LibraryIndex(tmp_path / "old.sqlite3")  # an index made before the log: it is added
    assert index.conn.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'listing_%'").fetchone()[0] == 4
    index.keep_list()
    index.sync([str(folder)], analyse=False)
    library_from_index(index, [str(folder)])
    monkeypatch.setattr(listcache, "_KEEP", 1)
    for _ in range(4):  # more rows logged than kept: the log is pruned past the kept list
        change(folder, rng, files, serial)
        index.sync([str(folder)], analyse=False)
    low = index.conn.execute("SELECT min(seq) FROM listing_log").fetchone()[0]
    assert low > 1
    kept = library_from_index(index, [str(folder)])
    assert listed(kept.articles) == listed(library_from_index(LibraryIndex(index.path), [str(folder)]).articles)

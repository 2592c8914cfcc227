"""Titles that differ only in case on one date ("Storm" and "storm") keep one order: the one a
launch lists (the index's rows by date, then title as SQLite compares them, then path) is the
one a change shows, the held list's and the patched order's (attack25: after a change the two
rows swapped places, and a fresh launch swapped them back)."""

from __future__ import annotations

import random
from pathlib import Path

from reader.archive import hold_list, library_from_index, library_listed, library_rows, rows_of
from reader.index import LibraryIndex
from reader.tui.widgets.date_order import newest_first, newest_first_of
from reader.tui.widgets.library_rows import LibraryRows

HEADLINES = ["storm closes the bridge", "Storm closes the bridge", "STORM closes the bridge", "Ål i fjorden",
             "ål i fjorden", "Budget agreed"]


def _write(path: Path, date: str, title: str, k: int) -> None:
    path.write_text(f" date {date} {title}\n\nAarhus. Text {k} about the weather.\n\n/testbureau/\n", encoding="utf-8")


def _library(folder: Path, pick: random.Random, count: int) -> list[Path]:
    folder.mkdir()
    files = [folder / f"s{k:03d}.txt" for k in range(count)]
    for k, path in enumerate(files):
        _write(path, pick.choice(["2024-03-01", "2024-03-02"]), pick.choice(HEADLINES), k)
    return files


def _launch_order(rows: list[tuple]) -> list[int]:
    """The rowids in the order a launch shows its rows (newest first as the index lists them)."""
    model = LibraryRows(rows, lambda wanted: [None] * len(wanted), by_date=True)
    return [rows[i][0] for i in model.order("", False, "date")]


def _rowids(rows: list[tuple], order) -> list[int]:
    return [rows[i][0] for i in order]


def test_titles_equal_but_for_case_keep_the_launchs_order_after_a_change(tmp_path: Path):
    for seed in range(4):
        pick = random.Random(seed)
        files = _library(tmp_path / f"lib{seed}", pick, 90)  # more than 64: a change is patched
        paths = [str(files[0].parent)]
        index = LibraryIndex(tmp_path / f"index{seed}.sqlite3")
        index.sync(paths, analyse=False)
        library_from_index(index, paths)  # the ids recorded, as a first launch does
        rows, _skipped, settled = library_rows(index, paths)
        assert settled
        launch = _launch_order(rows)
        index.keep_list()
        kept = hold_list(index, paths, rows)
        held_rows = rows_of(kept)
        assert _rowids(held_rows, newest_first_of(kept)) == launch  # the order kept for the first change
        whole = rows_of(library_from_index(index, paths).articles)
        assert _rowids(whole, newest_first(whole)) == launch  # a change that sorts the list whole
        before = (kept, newest_first_of(kept))
        for change in range(3):  # a file changed; the other rows keep their places
            _write(files[-1 - change], "2024-03-0" + str(1 + change % 2), pick.choice(HEADLINES), 1000 + change)
            index.sync(paths, analyse=False)
            listed, now_kept = library_listed(index, paths)
            rows_now = rows_of(listed.articles)
            order = newest_first(rows_now, before, now_kept)
            fresh, _skipped, _settled = library_rows(index, paths)
            assert _rowids(rows_now, order) == _launch_order(fresh)  # as a fresh launch lists them
            before = (now_kept, order)
        index.close()


def test_a_list_sorted_by_the_screen_places_case_ties_as_a_launch_does():
    """Rows not in date order (a first launch's, a scan's) sorted by LibraryRows itself."""
    pick = random.Random(7)
    rows = [(k, f"id{k}", pick.choice(HEADLINES), pick.choice(["2024-01-01", "2024-01-02"]), "", "", "")
            for k in range(60)]
    launch = sorted(rows, key=lambda r: r[0])  # as SQLite: date down, title down (code points), then path
    launch.sort(key=lambda r: (r[3], r[2]), reverse=True)
    model = LibraryRows(list(rows), lambda wanted: [None] * len(wanted), by_date=False)
    assert [rows[i][0] for i in model.order("", False, "date")] == _launch_order(launch)
    assert [rows[i][0] for i in newest_first(rows)] == _launch_order(launch)


def test_the_title_and_notes_sorts_are_the_same_from_a_launchs_rows_and_a_changes():
    """Sorted by title or by notes, a launch's rows (the index's date order) and the same rows
    listed by path after a change (with the worker's date order) show one order: ties (one
    title on several dates, titles equal but for case) are not left as the rows are listed."""
    pick = random.Random(3)
    by_path = [(k, f"id{k}", pick.choice(HEADLINES), pick.choice(["2024-01-01", "2024-01-02", "2024-01-03"]), "", "", "")
               for k in range(80)]
    launch = sorted(by_path, key=lambda r: r[0])
    launch.sort(key=lambda r: (r[3], r[2]), reverse=True)  # as the index lists them at a launch
    notes = {f"id{k}": 1 for k in range(0, 80, 7)}
    at_launch = LibraryRows(launch, lambda wanted: [None] * len(wanted), by_date=True)
    for newest in (newest_first(by_path), None):  # the worker's order, or none (a scan's rows)
        after = LibraryRows(list(by_path), lambda wanted: [None] * len(wanted), newest=newest)
        for model in (at_launch, after):
            model.notes = notes
        for sort in ("title", "notes", "date"):
            for words in ("", "storm"):
                assert ([after.data[i][0] for i in after.order(words, False, sort)]
                        == [at_launch.data[i][0] for i in at_launch.order(words, False, sort)]), (sort, words)

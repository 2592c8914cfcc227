"""Files changed, added, removed and renamed while a launch's passes run (the files checked, then
analysed, then the Speakers and Names lists counted) and after them: the list then equals what a
fresh launch lists. Before, a change made after the launch's check of the files and before the
folder watch started was never shown (the watch started after the passes and missed it)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from reader.store import open_store
from reader.tui.screens.library_index import IndexedLibrary
from tui_helpers import make_app, settle, wait_for_library, wait_until

STORIES = 80  # more than 64 rows: the first change places its rows in the kept date order


def _story(folder: Path, number: int, title: str | None = None) -> Path:
    path = folder / f"story-{number:02d}.txt"
    date = f"2024-{number % 12 + 1:02d}-{number % 28 + 1:02d}"
    path.write_text(f" date {date} {title or f'Story {number:02d} from the desk'}\n\n"
                    f"Aarhus. Text of story {number:02d}.\n\n/testbureau/\n", encoding="utf-8")
    return path


def _change(folder: Path) -> None:
    """One file rewritten under a new headline, one added, one removed, one renamed."""
    _story(folder, 1, "Story 01 told again with a new headline")
    _story(folder, 90)
    (folder / "story-02.txt").unlink()
    (folder / "story-03.txt").rename(folder / "story-33b.txt")


def _listed(library) -> list[tuple[str, str, str]]:
    return [(row.article.id, row.article.title, row.article.path) for row in library.table.rows]


async def _fresh_launch(folder: Path, db: Path, tmp_path: Path, monkeypatch) -> list[tuple[str, str, str]]:
    """The list a launch on a new index gives (the store's ids settled as at any launch)."""
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path / "fresh-index"))
    return await _launch_listed(folder, db, tmp_path)


async def _launch_listed(folder: Path, db: Path, tmp_path: Path) -> list[tuple[str, str, str]]:
    """A launch over ``folder``, left once all STORIES rows show and the app is idle: its list."""
    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            library = await wait_for_library(pilot)
            await wait_until(pilot, lambda: len(library.table.rows) == STORIES)
            await settle(pilot)
            return _listed(library)


def _watch_ready(monkeypatch) -> threading.Event:
    """Set once watchfiles follows the folders (its notifier made): changes from then on reach it."""
    import watchfiles.main

    real, ready = watchfiles.main.RustNotify, threading.Event()

    def notifier(*args, **kwargs):
        made = real(*args, **kwargs)
        ready.set()
        return made

    monkeypatch.setattr(watchfiles.main, "RustNotify", notifier)
    return ready


async def _first_launch(tmp_path: Path) -> tuple[Path, Path]:
    """A library of STORIES files and a first launch over it: the index built, the ids recorded."""
    folder, db = tmp_path / "lib", tmp_path / "db" / "reader.json"
    folder.mkdir()
    for number in range(STORIES):
        _story(folder, number)
    await _launch_listed(folder, db, tmp_path)
    return folder, db


async def _launch_and_change(tmp_path: Path, monkeypatch, during: str | None) -> tuple[list, list]:
    folder, db = await _first_launch(tmp_path)
    ready = _watch_ready(monkeypatch)
    changed = threading.Event()
    if during is not None:  # in the launch's worker, at that point of its passes
        original = getattr(IndexedLibrary, during)

        def hooked(self, *args, **kwargs):
            if not changed.is_set():
                if during == "_warm_who_lists":  # the watch follows the folders (it started after the passes)
                    ready.wait(10)
                _change(folder)
                changed.set()
            return original(self, *args, **kwargs)

        monkeypatch.setattr(IndexedLibrary, during, hooked)
    with open_store(db) as store:  # the second launch: the rows as the first left them, then its passes
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            library = await wait_for_library(pilot)
            if during is None:  # after the passes, once the watch follows the folders
                await settle(pilot)  # the scan worker done: its passes too
                await wait_until(pilot, ready.is_set, rounds=200)
                _change(folder)
            titles = {"Story 01 told again with a new headline", "Story 90 from the desk"}
            await wait_until(pilot, lambda: titles <= {row.article.title for row in library.table.rows}
                             and len(library.table.rows) == STORIES, rounds=200)
            await settle(pilot)
            await pilot.pause(0.6)  # a second batch of the same changes, if the watch splits them
            await settle(pilot)
            shown = _listed(library)
    return shown, await _fresh_launch(folder, db, tmp_path, monkeypatch)


@pytest.mark.parametrize("during", ["say_gone_notes", "_warm_who_lists", None],
                         ids=["after-the-check-of-the-files", "while-the-lists-are-counted", "after-the-passes"])
async def test_a_change_during_or_after_the_launch_lists_as_a_fresh_launch(tmp_path: Path, monkeypatch, during):
    shown, fresh = await _launch_and_change(tmp_path, monkeypatch, during)
    assert len(fresh) == STORIES
    assert shown == fresh
    titles = {title for _id, title, _path in shown}
    assert "Story 01 told again with a new headline" in titles and "Story 02 from the desk" not in titles
    assert any(path.endswith("story-33b.txt") for _id, _title, path in shown)


async def test_the_first_change_after_a_launch_reads_only_the_changed_files(tmp_path: Path, monkeypatch):
    """The list is kept from the launch on: the first change re-reads its files' rows, not every
    row (before, the first change after a launch read the whole list again)."""
    from reader.index.listcache import ListCache

    folder, db = await _first_launch(tmp_path)
    ready = _watch_ready(monkeypatch)
    whole: list[int] = []
    real_full = ListCache._full

    def counted(self, *args, **kwargs):
        whole.append(1)
        return real_full(self, *args, **kwargs)

    monkeypatch.setattr(ListCache, "_full", counted)
    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            library = await wait_for_library(pilot)
            await settle(pilot)  # the launch's passes done
            await wait_until(pilot, ready.is_set, rounds=200)
            whole.clear()
            _story(folder, 5, "Story 05 told again")
            await wait_until(pilot, lambda: "Story 05 told again" in {row.article.title for row in library.table.rows},
                             rounds=200)
            assert whole == []


async def test_held_changes_that_cannot_be_synced_are_said_in_one_line(tmp_path: Path, monkeypatch):
    """The changes held during the passes synced at their end, and the index refusing then (a full
    disk): one line, as the watch says it, and the list shown stays (not a failed worker)."""
    import sqlite3

    from tui_helpers import said

    folder, db = tmp_path / "lib", tmp_path / "db" / "reader.json"
    folder.mkdir()
    for number in range(3):
        _story(folder, number)
    ready = _watch_ready(monkeypatch)
    original = IndexedLibrary._warm_who_lists
    changed = threading.Event()

    def hooked(self, *args, **kwargs):
        if not changed.is_set():
            ready.wait(10)
            _story(folder, 7)
            changed.set()
            for _ in range(200):  # until the watch has passed the change on (it holds it)
                if self._held:
                    break
                time.sleep(0.05)
        return original(self, *args, **kwargs)

    def full_disk(self, *args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(IndexedLibrary, "_warm_who_lists", hooked)
    monkeypatch.setattr(IndexedLibrary, "_sync_now", full_disk)
    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            library = await wait_for_library(pilot)
            await wait_until(pilot, lambda: any("Indexing stopped" in m for m in said(app)), rounds=200)
            assert len(library.table.rows) == 3
            assert app.is_running

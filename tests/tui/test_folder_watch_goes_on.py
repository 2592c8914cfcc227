"""The folder watch outlives a batch watchfiles cannot pass on: a file whose name is not UTF-8
made it raise, and the app then stopped following the folders without a word (wire copy dropped
in afterwards never showed up). And the article being read, when its file changes, says that the
text shown is the old one."""

from __future__ import annotations

import threading
from pathlib import Path

from reader.store import open_store
from tui_helpers import make_app, open_article, settle, wait_for_library, wait_until, said, desk_story, watch_once


async def test_the_watch_goes_on_after_watchfiles_fails_on_a_file_name(tmp_path: Path, monkeypatch):
    import watchfiles

    folder = tmp_path / "lib"
    folder.mkdir()
    for number in range(3):
        desk_story(folder, number)
    calls: list[int] = []
    ready = threading.Event()
    later = threading.Event()

    def fake_watch(*_roots, stop_event=None, **_options):  # as watchfiles does on b"bad\xff.txt"
        calls.append(1)
        event = ready if len(calls) == 1 else later
        while not event.wait(0.05):
            if stop_event.is_set():
                return
        if len(calls) == 1:
            raise RuntimeError('Unable to decode path "/lib/bad\\xFF.txt" to string')
        yield {(watchfiles.Change.added, str(desk_story(folder, 4)))}
        while not stop_event.wait(0.05):
            pass

    monkeypatch.setattr(watchfiles, "watch", fake_watch)
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            library = await wait_for_library(pilot)
            await wait_until(pilot, lambda: len(library.table.rows) == 3)
            desk_story(folder, 3)  # in the batch watchfiles failed on
            ready.set()
            await wait_until(pilot, lambda: len(library.table.rows) == 4)  # found by syncing the folder
            later.set()  # and the watch still follows the folder
            await wait_until(pilot, lambda: len(library.table.rows) == 5)
            await settle(pilot)
            assert {row.article.title for row in library.table.rows} == {f"Story {n:02d} from the desk" for n in range(5)}
            ready.clear()


async def test_the_article_being_read_says_when_its_file_changed_on_disk(tmp_path: Path, monkeypatch):
    import watchfiles

    folder = tmp_path / "lib"
    folder.mkdir()
    path = desk_story(folder, 1)
    ready = threading.Event()

    monkeypatch.setattr(watchfiles, "watch", watch_once(ready, lambda: {(watchfiles.Change.modified, str(path))}))
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_article(pilot, "Story 01")
            await pilot.press("s", "a", *"half written")  # a note being typed: the editor is in front
            path.write_text(path.read_text(encoding="utf-8").replace("Text of story", "New text of story"),
                            encoding="utf-8")
            ready.set()
            await wait_until(pilot, lambda: any("changed on disk" in m for m in said(app)))
            assert "the text is read again" in " ".join(said(app))
            assert "New text" in screen.article.body  # read again in place (the editor stays in front)


async def test_the_article_being_read_says_when_its_file_was_moved_away(tmp_path: Path, monkeypatch):
    import watchfiles

    folder = tmp_path / "lib"
    folder.mkdir()
    path = desk_story(folder, 1)
    moved = tmp_path / "renamed.txt"  # out of the library folder: nothing there to follow
    ready = threading.Event()

    monkeypatch.setattr(watchfiles, "watch", watch_once(ready, lambda: {(watchfiles.Change.deleted, str(path))}))
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await open_article(pilot, "Story 01")
            path.rename(moved)  # the same text elsewhere: "Escape and Enter" read no other text
            ready.set()
            await wait_until(pilot, lambda: any("this article" in m for m in said(app)))
            await settle(pilot)
            words = " ".join(said(app))
            assert "was moved or deleted" in words and "changed on disk" not in words, words

"""A folder inside the library that cannot be read (chmod 000, another user's share) must not stop
the folder watch: watchfiles raised "Permission denied (os error 13)" at every start, and after
three tries the app said "Stopped following the folders" and wire copy dropped in later never
showed up (review18, as a normal user). Told to pass such folders over, watchfiles (notify) stops
adding watches at the first one, so the folders after it are handed to it too. The tests run as
root, where chmod 000 reads anyway: the stand-in for watchfiles.watch fails as it does for a
user, and os.access is told which folder a user could not read."""

from __future__ import annotations

import os
import threading
from pathlib import Path

from reader.store import open_store
from reader.tui.screens import library_watch
from tui_helpers import desk_story, make_app, said, settle, wait_for_library, wait_until


async def test_an_unreadable_subfolder_does_not_stop_the_watch(tmp_path: Path, monkeypatch):
    import watchfiles

    folder = tmp_path / "lib"
    (folder / "locked").mkdir(parents=True)
    for number in range(2):
        desk_story(folder, number)
    ready = threading.Event()

    def fake_watch(*_roots, stop_event=None, ignore_permission_denied=None, **_options):
        if not ignore_permission_denied:  # what watchfiles raises for a user on a chmod 000 folder
            raise PermissionError(f'Permission denied (os error 13) about ["{folder / "locked"}"]')
        while not ready.wait(0.05):
            if stop_event.is_set():
                return
        yield {(watchfiles.Change.added, str(desk_story(folder, 2)))}
        while not stop_event.wait(0.05):
            pass

    monkeypatch.setattr(watchfiles, "watch", fake_watch)
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            library = await wait_for_library(pilot)
            await wait_until(pilot, lambda: len(library.table.rows) == 2)
            ready.set()  # a story dropped in while the app is open
            await wait_until(pilot, lambda: len(library.table.rows) == 3
                             or any("Stopped following" in m for m in said(app)))
            await settle(pilot)
            assert not any("Stopped following" in m for m in said(app)), said(app)
            assert len(library.table.rows) == 3
            assert any("cannot be read" in m for m in said(app)), said(app)


def test_the_folders_after_an_unreadable_one_are_watched_too(tmp_path: Path, monkeypatch):
    root = tmp_path / "lib"
    for name in ("a", "b/locked", "b/x", "b/y/z", "c"):
        (root / name).mkdir(parents=True)
    locked = str(root / "b" / "locked")
    real_access = os.access
    monkeypatch.setattr(library_watch.os, "access", lambda p, mode: str(p) != locked and real_access(p, mode))
    paths = library_watch._readable_paths([str(root)])
    assert paths[0] == str(root)
    assert set(paths[1:]) == {str(root / n) for n in ("a", "b", "c", "b/x", "b/y")}  # beside it and its parent

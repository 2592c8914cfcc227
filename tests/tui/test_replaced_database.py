"""The database file replaced by garbage while the app is open (a sync tool, a bad copy): the
tables the app had not read yet no longer match their checksums. Opening an article says so in
one line and the app carries on; nothing is written over the file."""

from __future__ import annotations

import os
from pathlib import Path

from reader.store import open_store
from reader.tui.screens.article import ArticleScreen
from tui_helpers import make_app, settle, wait_for_library, said


async def test_an_article_whose_table_is_garbage_now_opens_with_one_line(tmp_path: Path):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "ribe.txt").write_text(" date 2024-03 Skole lukker i Ribe\n\nRibe. Borgmester Hanne Dahl "
                                     "vil lukke skolen.\n\n- Vi har ikke råd, siger Hanne Dahl.\n", encoding="utf-8")
    db = tmp_path / "db" / "reader.json"
    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_library(pilot)
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            await pilot.press("s", "a")
            await settle(pilot)
            await pilot.press(*"ring til skolen", "ctrl+s")
            await settle(pilot)
    garbage = os.urandom(4000)
    with open_store(db) as store:  # a second launch reads the notes only when the article opens
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_library(pilot)
            await settle(pilot)
            db.write_bytes(garbage)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ArticleScreen)
            shown = said(app)
            assert any("is damaged" in m and "reader doctor" in m for m in shown), shown
            await pilot.press("q")
            await settle(pilot)
    assert db.read_bytes() == garbage

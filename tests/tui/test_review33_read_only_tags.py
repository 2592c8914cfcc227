"""A read-only database says so before tags are typed (review33).

`a`, Enter and `w` said so before their editors opened (review11, review12); `t` in the library
and in an article, and `t` in a tagging session, opened the tag editor, took the tags typed, and
only Enter met the read-only database: "nothing was changed", the editor still open.
"""

from __future__ import annotations

from pathlib import Path

from reader.store import open_store
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.session import SessionScreen

from tui_helpers import WIRE, make_app, open_article, said, settle, start_session, wait_for_library


def _read_only_library(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    db = tmp_path / "db" / "reader.json"
    open_store(db).close()
    return folder, db


def _refused(app) -> bool:
    return any("tags cannot be changed" in m for m in said(app))


async def test_t_in_the_library_on_a_read_only_database_opens_no_tag_editor(tmp_path: Path) -> None:
    folder, db = _read_only_library(tmp_path)
    with open_store(db, readonly=True) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_library(pilot)
            await pilot.press("t")
            await settle(pilot)
            assert isinstance(app.screen, LibraryScreen)
            assert _refused(app)


async def test_t_in_an_article_on_a_read_only_database_opens_no_tag_editor(tmp_path: Path) -> None:
    folder, db = _read_only_library(tmp_path)
    with open_store(db, readonly=True) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await open_article(pilot, "Borgmester")
            await pilot.press("t")
            await settle(pilot)
            assert isinstance(app.screen, ArticleScreen)
            assert _refused(app)


async def test_a_new_tag_in_a_session_on_a_read_only_database_opens_no_editor(tmp_path: Path) -> None:
    folder, db = _read_only_library(tmp_path)
    with open_store(db, readonly=True) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await start_session(pilot)
            assert isinstance(app.screen, SessionScreen)
            await pilot.press("t")
            await settle(pilot)
            assert isinstance(app.screen, SessionScreen)
            assert _refused(app)

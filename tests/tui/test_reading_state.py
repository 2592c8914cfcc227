"""Reading state: new / unread / read in the library, an unread filter, the place kept; q keys;
"1 article"."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import open_store
from reader.tui.screens.library import LibraryScreen

from tui_helpers import WIRE, make_app, open_article, settle, wait_for_library, wait_until


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    (folder / "tonder.txt").write_text(WIRE.replace("Ribe", "Tønder"), encoding="utf-8")
    return folder


def marks(lib: LibraryScreen) -> dict[str, str]:
    """Title -> the mark drawn before it."""
    out = {}
    for y, row in enumerate(lib.table.shown):
        line = lib.table.render_line(y).text
        out[row.article.title] = line[1]  # " • Title" or " N Title"
    return out


async def test_read_unread_new_the_place_kept_and_q(tmp_path, library):
    db = tmp_path / "db" / "reader.json"
    with open_store(db) as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            lib = await wait_for_library(pilot)
            assert {row.reading for row in lib.table.rows} == {"unread"}  # the first launch: nothing is "new"
            assert set(marks(lib).values()) == {"•"}
            screen = await open_article(pilot, "Ribe")
            await pilot.press("right_curly_bracket", "right_curly_bracket", "right")
            place = screen.view.cursor
            assert place[0] > 0
            await pilot.press("escape")
            await settle(pilot)
            assert isinstance(app.screen, LibraryScreen)
            by_title = {row.article.title: row.reading for row in lib.table.rows}
            assert by_title == {"Borgmester vil lukke skole i Ribe": "read", "Borgmester vil lukke skole i Tønder": "unread"}
            # the status line shows indexing progress first (a busy machine: still there after a settle)
            await wait_until(pilot, lambda: "1 unread" in str(lib.query_one("#library-status").render()))
            await pilot.press("escape", "U")  # the filter typed to open it goes, then unread only
            assert [row.article.title for row in lib.table.shown] == ["Borgmester vil lukke skole i Tønder"]
            assert "unread only" in str(lib.query_one("#library-status").render())
            await pilot.press("U")
            assert len(lib.table.shown) == 2
            screen = await open_article(pilot, "Ribe")
            assert screen.view.cursor == place  # back where the reader left it
            await pilot.press("v", "right", "right")
            assert screen.view.selection is not None
            await pilot.press("q")  # q leaves the article, selection or not
            await settle(pilot)
            assert isinstance(app.screen, LibraryScreen)
            await pilot.press("q")  # q in the library quits
            await pilot.pause()
            assert app.return_value == 0
    (library / "esbjerg.txt").write_text(WIRE.replace("Ribe", "Esbjerg"), encoding="utf-8")
    with open_store(db) as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            lib = await wait_for_library(pilot)
            # the list the last launch kept shows first; the new file joins it once the scan sees it
            await wait_until(pilot, lambda: len(lib.table.rows) == 3)
            by_town = {row.article.title.rsplit(" ", 1)[1]: row.reading for row in lib.table.rows}
            assert by_town == {"Ribe": "read", "Tønder": "unread", "Esbjerg": "new"}
            assert marks(lib)["Borgmester vil lukke skole i Esbjerg"] == "N"
            # the status line shows indexing progress first (a busy machine: still there after a settle)
            await wait_until(pilot, lambda: "2 unread (1 new)" in str(lib.query_one("#library-status").render()))


async def test_one_article_is_singular(tmp_path):
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([folder], store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            lib = await wait_for_library(pilot)
            shown = lambda: str(lib.query_one("#library-status").render())  # noqa: E731
            await wait_until(pilot, lambda: not shown().startswith(("Scanning", "Indexing")))  # rows come before the count
            status = shown()
            assert status.startswith("1 article ") and "1 articles" not in status


async def test_a_reopened_long_article_shows_the_place_left_not_its_top(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    long_body = "\n\n".join(f"Afsnit {i}. Kommunen har i dag besluttet noget nyt om skolen." for i in range(80))
    (folder / "lang.txt").write_text(f" date 2024-03 En lang historie\n\n{long_body}\n", encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([folder], store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await open_article(pilot, "En lang")
            await pilot.press("end")
            await settle(pilot)
            left_at = screen.view.scroll_offset.y
            assert left_at > 20
            await pilot.press("q")
            await settle(pilot)
            screen = await open_article(pilot, "En lang")
            await settle(pilot)
            view = screen.view
            row = view._layout.row_of(view.cursor[0])
            assert view.scroll_offset.y <= row < view.scroll_offset.y + view.size.height  # the cursor is on screen

"""What a new reporter met in review11 (a clean clone, 80x24): the empty list's message and a
speaker typed on a read-only database."""

from __future__ import annotations

from pathlib import Path

from reader.store import open_store
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library import LibraryScreen

from tui_helpers import WIRE, make_app, open_article, said, settle, wait_for_library, wait_until


async def _empty_library_shown(pilot) -> None:
    """Wait until the library shows its empty list."""
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, LibraryScreen) and bool(app.screen.table.empty_message),
                     rounds=100)


def _screen_text(app) -> str:
    return "\n".join("".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips())


async def test_an_empty_folder_says_what_reader_reads_in_full_at_80_columns(tmp_path: Path) -> None:
    # At 80x24 the one line ended "... Markdown, HTML and JSON": "files." was cut off.
    empty = tmp_path / "empty"
    empty.mkdir()
    with open_store(tmp_path / "db.json") as store:
        app = make_app(empty, store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await _empty_library_shown(pilot)
            shown = " ".join(_screen_text(app).split())
            assert "No articles found here. reader reads wire copy (.txt), Markdown, HTML and JSON files." in shown


async def test_a_filter_that_matches_nothing_says_how_to_clear_it_at_80_columns(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_library(pilot)
            await pilot.press("f", *"nothing like this in any headline")
            await settle(pilot)
            shown = " ".join(_screen_text(app).split())
            assert "Escape clears the filter." in shown, shown[-400:]


async def test_a_read_only_database_says_so_before_a_speaker_is_typed(tmp_path: Path) -> None:
    # `a` and Enter said so before the editor opened; `w` opened the speaker dialog, and only the
    # name typed and Enter met the read-only database.
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    db = tmp_path / "db" / "reader.json"
    open_store(db).close()
    with open_store(db, readonly=True) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_article(pilot, "Borgmester")
            await pilot.press("quotation_mark")
            await settle(pilot)
            assert screen.quote_note_at(screen.view.cursor[0]) is not None
            await pilot.press("w")
            await settle(pilot)
            assert isinstance(app.screen, ArticleScreen)  # no dialog for a name that cannot be kept
            assert any("cannot be written" in m for m in said(app))


async def test_a_session_on_an_empty_list_says_why_it_does_not_start(tmp_path: Path) -> None:
    # 'reader session EMPTY' (and T on an empty list) rang the bell only: silent in many terminals.
    empty = tmp_path / "empty"
    empty.mkdir()
    with open_store(tmp_path / "db.json") as store:
        app = make_app(empty, store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await _empty_library_shown(pilot)
            await pilot.press("T")
            await settle(pilot)
            assert isinstance(app.screen, LibraryScreen)
            assert any("nothing to tag" in m for m in said(app))

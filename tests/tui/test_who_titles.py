"""review22: the titles of the who-said-what screens. The Speakers screen opened from a search
(ctrl+o) listed only the speakers of the articles found under "who is quoted in the library";
and a title longer than the screen (Names at 80 columns, a timeline of a long name) was cut at
one line, losing the keys it ends with ("w weeks, m months")."""

from __future__ import annotations

from pathlib import Path

from textual.content import Content
from textual.widgets import Static

from reader.store import open_store
from tui_helpers import make_app, settle, wait_for_analysis, wait_for_library

HARBOUR = (" date 2026-11 Havnearbejdere i Esbjerg strejker\n\nEsbjerg. Havnearbejderne gik hjem onsdag.\n\n"
           "- Vi har ventet længe nok, siger tillidsmand Ole Brink.\n\n/testbureau/\n")
RAIL = (" date 2026-11 Rail drivers vote to strike in Yorkshire\n\nLEEDS. Train drivers voted to strike on Monday."
        "\n\n\"We have waited long enough,\" said Ann Lowe, a driver.\n\nThe Northern Federation of Railway "
        "Locomotive Drivers and Engineers said talks had failed. A spokesman for the Northern Federation of "
        "Railway Locomotive Drivers and Engineers said more strikes were likely.\n\n/testbureau/\n")
SCHOOL = (" date 2026-10 Forældre vil redde skolen i Hemmet\n\nTarm. Forældrene samlede underskrifter.\n\n"
          "- Skolen er byens hjerte, siger formand Lise Vad.\n\n/testbureau/\n")


def _library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "havn.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "skole.txt").write_text(SCHOOL, encoding="utf-8")
    (folder / "rail.txt").write_text(RAIL, encoding="utf-8")
    return folder


def _title(app) -> tuple[str, Static]:
    title = app.screen.query_one(".who-title", Static)
    return str(title.render()), title


def _shown_whole(title: Static, text: str) -> bool:
    """Whether every line ``text`` wraps to at the title's width has a row of its own."""
    return len(Content(text).wrap(title.region.width - 2)) <= title.region.height


async def test_speakers_from_a_search_say_they_are_the_articles_found(tmp_path: Path, monkeypatch) -> None:
    from reader.tui.screens.library_index import IndexedLibrary
    from reader.tui.screens.search import SearchScreen
    from reader.tui.screens.speakers import SpeakersScreen

    monkeypatch.setattr(IndexedLibrary, "watch_files", lambda self: None)
    with open_store(tmp_path / "db.json") as store:
        app = make_app(_library(tmp_path), store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            library = await wait_for_library(pilot)
            await wait_for_analysis(pilot, library)
            await pilot.press("w")  # from the library: the library's speakers
            await settle(pilot)
            assert isinstance(app.screen, SpeakersScreen)
            assert "in the library" in _title(app)[0]
            await pilot.press("escape", "slash", *"havnearbejdere")
            for _ in range(20):
                await settle(pilot)
                await pilot.pause(0.2)
                if isinstance(app.screen, SearchScreen) and len(app.screen.hits) == 1:
                    break
            await pilot.press("ctrl+o")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, SpeakersScreen)
            await settle(pilot)
            assert [s.name for s in screen.shown] == ["Ole Brink"]
            text, _ = _title(app)
            assert "in the library" not in text, text
            assert "Speakers in the 1 article found for havnearbejdere" in text, text


async def test_a_long_title_wraps_at_80_columns(tmp_path: Path, monkeypatch) -> None:
    from reader.tui.screens.entities import EntitiesScreen
    from reader.tui.screens.library_index import IndexedLibrary
    from reader.tui.screens.timeline import TimelineScreen

    monkeypatch.setattr(IndexedLibrary, "watch_files", lambda self: None)
    with open_store(tmp_path / "db.json") as store:
        app = make_app(_library(tmp_path), store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            library = await wait_for_library(pilot)
            await wait_for_analysis(pilot, library)
            await pilot.press("n")
            await settle(pilot)
            assert isinstance(app.screen, EntitiesScreen)
            text, title = _title(app)
            assert _shown_whole(title, text), (text, title.region)
            await pilot.press(*"northern federation")
            await settle(pilot)
            assert [r.name for r in app.screen.shown] == [
                "Northern Federation of Railway Locomotive Drivers and Engineers"]
            await pilot.press("ctrl+t")
            await settle(pilot)
            assert isinstance(app.screen, TimelineScreen)
            await settle(pilot)
            text, title = _title(app)
            assert text.endswith("w weeks, m months") and len(text) > 78, text
            assert _shown_whole(title, text), (text, title.region)

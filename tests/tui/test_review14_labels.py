"""review14: labels of the archive screens a reporter reads on deadline."""

from __future__ import annotations

from types import SimpleNamespace

from reader.tui.screens.who_panel import first_words


def _found(source: str | None, date: str | None = "2024-01") -> SimpleNamespace:
    first = SimpleNamespace(rowid=1, date=date, source=source)
    return SimpleNamespace(first=first, quote=SimpleNamespace(rowid=2), others=[first])


def test_a_first_article_without_an_agency_shows_no_question_mark() -> None:
    assert first_words(_found(None)) == "also in 1 article, first 2024-01"
    assert first_words(_found("")) == "also in 1 article, first 2024-01"
    assert first_words(_found("ritzau", None)) == "also in 1 article, first undated (ritzau)"


async def test_a_quote_checked_in_the_article_shows_checked_back_in_the_speakers_quotes(tmp_path, monkeypatch):
    from pathlib import Path

    from reader.tui.screens.library_index import IndexedLibrary

    monkeypatch.setattr(IndexedLibrary, "watch_files", lambda self: None)

    from reader.store import open_store
    from reader.tui.screens.speakers import SpeakerQuotesScreen
    from tui_helpers import make_app, settle, wait_for_analysis, wait_for_library
    from who_helpers import DYCHE

    folder = Path(tmp_path) / "lib"
    folder.mkdir()
    (folder / "dyche.md").write_text(DYCHE, encoding="utf-8")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await wait_for_library(pilot)
            await wait_for_analysis(pilot, screen)
            await pilot.press("w")
            await settle(pilot)
            await pilot.press(*"Dyche", "enter")
            await settle(pilot)
            quotes = app.screen
            assert isinstance(quotes, SpeakerQuotesScreen)
            await pilot.press("down", "enter")  # the second quote's article, at the quote
            await settle(pilot)
            assert app.screen is not quotes
            await pilot.press("c")  # unverified -> verified
            await settle(pilot)
            await pilot.press("escape")
            for _ in range(20):
                await settle(pilot)
                if app.screen is quotes and "verified  " in str(_line(quotes, 1)) \
                        and "unverified" not in str(_line(quotes, 1)):
                    break
            assert app.screen is quotes
            assert quotes.query_one("OptionList").highlighted == 1
            assert "unverified" not in str(_line(quotes, 1)) and "verified" in str(_line(quotes, 1))
            assert "unverified" in str(_line(quotes, 0))


def _line(screen, k: int):
    return screen.query_one("OptionList").get_option_at_index(k).prompt


async def test_ctrl_t_and_ctrl_o_on_an_empty_search_say_what_they_need(tmp_path):
    from pathlib import Path

    from reader.store import open_store
    from reader.tui.screens.search import SearchScreen
    from tui_helpers import make_app, said, settle, wait_for_library

    samples = Path(__file__).resolve().parents[2] / "sample_articles"
    with open_store(tmp_path / "db.json") as store:
        app = make_app(samples, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_library(pilot)
            await settle(pilot)
            await pilot.press("slash")
            await settle(pilot)
            assert isinstance(app.screen, SearchScreen)
            await pilot.press("ctrl+t")
            await settle(pilot)
            assert isinstance(app.screen, SearchScreen)
            assert said(app)[-1].startswith("Type a query first")
            await pilot.press("ctrl+o")
            await settle(pilot)
            assert said(app)[-2:] == [said(app)[-1]] * 2


async def test_the_names_screen_fits_mentions_and_articles_in_80_columns(tmp_path):
    from pathlib import Path

    from textual.widgets import DataTable

    from reader.store import open_store
    from reader.tui.screens.entities import EntitiesScreen
    from tui_helpers import make_app, settle, wait_for_library

    samples = Path(__file__).resolve().parents[2] / "sample_articles"
    long = SimpleNamespace(name="The Northern Regional Association of Independent Harbour Operators",
                           label="ORG", mentions=3, articles=2, aliases=())
    short = SimpleNamespace(name="Skagen", label="LOC", mentions=9, articles=4, aliases=())
    with open_store(tmp_path / "db.json") as store:
        app = make_app(samples, store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await wait_for_library(pilot)
            await settle(pilot)
            await pilot.press("n")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, EntitiesScreen)
            screen.rows = [long, short]
            screen._fill()
            await settle(pilot)
            table = screen.query_one(DataTable)
            widths = [column.get_render_width(table) for column in table.columns.values()]
            assert sum(widths) <= 80 - 2  # the scrollbar's room
            assert [len(column.label) for column in table.columns.values()] == [4, 4, 8, 8]
            assert str(table.get_row_at(1)[0]).endswith("…")  # the long name, after Skagen


async def test_the_library_status_keeps_the_sort_in_sight_at_80_columns(tmp_path):
    import shutil
    from pathlib import Path

    from textual.widgets import Static

    from reader.store import open_store
    from tui_helpers import make_app, settle, wait_for_library

    samples = Path(__file__).resolve().parents[2] / "sample_articles"
    folder = tmp_path / "lib"
    shutil.copytree(samples, folder)
    (folder / "tom.txt").write_text("")  # a skipped file: its key must stay in sight too
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            library = await wait_for_library(pilot)
            await settle(pilot)
            await pilot.press("o", "U")
            await settle(pilot)
            status = str(library.query_one("#library-status", Static).render())
            assert len(status.strip()) <= 78
            assert "1 skipped (! why)" in status and "unread only" in status
            assert status.rstrip().endswith(f"by {library.table.sort}")
            await pilot.resize_terminal(120, 40)
            await settle(pilot)
            status = str(library.query_one("#library-status", Static).render())
            assert "1 skipped (press ! to see why)" in status and f"sorted by {library.table.sort}" in status


async def test_the_changed_quotes_notice_names_the_key_as_a_key(tmp_path, monkeypatch):
    import shutil
    from pathlib import Path

    from reader.store import open_store
    from reader.tui.screens.article import ArticleScreen
    from reader.tui.screens.library_index import IndexedLibrary
    from tui_helpers import make_app, said, settle, wait_for_library

    monkeypatch.setattr(IndexedLibrary, "watch_files", lambda self: None)
    folder = tmp_path / "lib"
    folder.mkdir()
    story = folder / "strike.txt"
    shutil.copy(Path(__file__).resolve().parents[2] / "sample_articles" / "en-01-port-strike.txt", story)
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_library(pilot)
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ArticleScreen)
            await pilot.press("quotation_mark", "c")  # the first quote, verified
            await settle(pilot)
            # left above the quote: the notice names " (on the quote it says "V checks it again", review28)
            await pilot.press("home", "escape")
            await settle(pilot)
            story.write_text(story.read_text(encoding="utf-8").replace("We did not want this", "We never wanted this"),
                             encoding="utf-8")
            await pilot.press("R")
            await settle(pilot)
            await pilot.press("enter")
            for _ in range(10):
                await settle(pilot)
                if any("changed since" in line for line in said(app)):
                    break
            (line,) = [line for line in said(app) if "checked quote changed since" in line]
            assert 'press " to go quote to quote, V to check again' in line


async def test_the_weekly_timeline_says_what_is_dated_only_to_a_month(tmp_path, monkeypatch):
    from textual.widgets import Static

    from reader.store import open_store
    from reader.tui.screens.library_index import IndexedLibrary
    from reader.tui.screens.search import SearchScreen
    from reader.tui.screens.timeline import TimelineScreen
    from tui_helpers import make_app, settle, wait_for_analysis, wait_for_library

    monkeypatch.setattr(IndexedLibrary, "watch_files", lambda self: None)
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text(" date 2024-09 Storm over Ribe\n\nRibe. En storm ramte byen i nat.\n", encoding="utf-8")
    (folder / "b.txt").write_text(" date 2024-09-12 Storm over Tønder\n\nTønder. En storm ramte byen.\n",
                                  encoding="utf-8")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            library = await wait_for_library(pilot)
            await wait_for_analysis(pilot, library)
            await pilot.press("slash", *"storm")
            for _ in range(20):
                await settle(pilot)
                await pilot.pause(0.2)
                if isinstance(app.screen, SearchScreen) and len(app.screen.hits) == 2:
                    break
            await pilot.press("ctrl+t")
            await settle(pilot)
            assert isinstance(app.screen, TimelineScreen)
            await pilot.press("w")
            await settle(pilot)
            title = str(app.screen.query_one(".who-title", Static).render())
            assert "per week: 1 in all (1 more dated only to a month: m shows them)" in title
            await pilot.press("m")
            await settle(pilot)
            title = str(app.screen.query_one(".who-title", Static).render())
            assert "per month: 2 in all  ·" in title

"""`/` in the library searches the full text as you type; `f` is the title filter now."""

from __future__ import annotations

from pathlib import Path

from textual import events

from reader.store import open_store
from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.article_at import HitArticleScreen
from reader.tui.screens.search import SearchScreen

from tui_helpers import make_app, settle, wait_for_library

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


async def _search_screen(pilot) -> SearchScreen:
    for _ in range(20):
        await settle(pilot)
        await pilot.pause(0.2)  # the search runs after a short quiet spell of typing
        await settle(pilot)
        if isinstance(pilot.app.screen, SearchScreen) and pilot.app.screen.hits:
            break
    assert isinstance(pilot.app.screen, SearchScreen)
    return pilot.app.screen


async def test_slash_searches_the_full_text_and_finds_a_title_word(tmp_path):
    with open_store(tmp_path / "db.json") as store:
        app = make_app(SAMPLES, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_library(pilot)
            await settle(pilot)
            await pilot.press("slash", *"Limfjorden")  # a word of a headline: what the filter found
            screen = await _search_screen(pilot)
            assert screen.query_one("#search-input").value == "Limfjorden"
            titles = [hit.article.title for hit in screen.hits]
            assert titles and "Limfjorden" in titles[0]
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, HitArticleScreen) and "Limfjorden" in app.screen.article.title
            assert app.screen.hits  # the hits in the text are marked


async def test_slash_finds_words_of_the_body_the_title_filter_never_saw(tmp_path):
    with open_store(tmp_path / "db.json") as store:
        app = make_app(SAMPLES, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            library = await wait_for_library(pilot)
            await settle(pilot)
            word = "Longshore"  # in the Halifax story's text, not in any headline
            assert not [row for row in library.table.rows if word.casefold() in row.haystack]
            await pilot.press("slash", *word)
            screen = await _search_screen(pilot)
            assert [hit.article.title for hit in screen.hits] == [
                "Dockworkers walk off the job at Halifax container terminals"]


async def test_fast_slash_and_a_query_go_into_the_search_box_and_run_no_list_keys(tmp_path):
    with open_store(tmp_path / "db.json") as store:
        app = make_app(SAMPLES, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_library(pilot)
            for ch in "/energy":  # all at once, as tmux or a fast typist delivers them ('e' exports)
                app.post_message(events.Key("slash" if ch == "/" else ch, ch))
            screen = await _search_screen(pilot)
            assert screen.query_one("#search-input").value == "energy"
            assert not list((tmp_path / "exports").glob("*.md"))


async def test_s_and_ctrl_f_still_search_and_f_filters_titles(tmp_path):
    with open_store(tmp_path / "db.json") as store:
        app = make_app(SAMPLES, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            library = await wait_for_library(pilot)
            await settle(pilot)
            for key in ("s", "ctrl+f"):
                await pilot.press(key)
                await settle(pilot)
                assert isinstance(app.screen, SearchScreen)
                await pilot.press("escape")
                await settle(pilot)
                assert isinstance(app.screen, LibraryScreen)
            await pilot.press("f", *"halifax")
            await settle(pilot)
            assert library.query_one("#filter").value == "halifax"
            assert [row.article.title for row in library.table.shown] == [
                "Dockworkers walk off the job at Halifax container terminals"]

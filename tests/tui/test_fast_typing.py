"""Keys typed faster than the screen changes: f then a filter, / then a search, Enter then the article's keys."""

from __future__ import annotations

from pathlib import Path

from textual import events

from reader.settings import Settings
from reader.store import open_store
from reader.tui.app import ReaderApp
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library import LibraryScreen

from tui_helpers import settle, wait_for_library, wait_until

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"


def _burst(app, text: str) -> None:
    """Post every key at once, as a terminal delivers a fast typist's or tmux's keys."""
    for ch in text:
        key = {"/": "slash", "\r": "enter"}.get(ch, ch)
        app.post_message(events.Key(key, ch))


def _app(store, tmp_path: Path) -> ReaderApp:
    """The app over the sample articles, exports and settings in ``tmp_path``."""
    settings = Settings(export_dir=str(tmp_path), path=str(tmp_path / "config.toml"))
    return ReaderApp([str(SAMPLES)], store, settings=settings)


async def _run(tmp_path: Path, keys: str):
    with open_store(tmp_path / "db.json") as store:
        app = _app(store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            library = await wait_for_library(pilot)
            _burst(app, keys)
            for _ in range(3):  # every key handled, and what it started finished (no clock: a busy machine)
                await settle(pilot)
            shown = [row.article.title for row in library.table.shown]
            wanted = [row.article.title for row in library.table.rows if "limfjorden" in row.haystack]
            seen = {
                "screen": app.screen, "filter": library.query_one("#filter").value,
                "shown": shown, "limfjorden": wanted, "files": sorted(p.name for p in tmp_path.iterdir()),
            }
            return seen


async def test_fast_f_filter_goes_into_the_box_and_runs_no_list_keys(tmp_path):
    seen = await _run(tmp_path, "fLimfjorden")  # 'e' would export, 'j' move
    assert isinstance(seen["screen"], LibraryScreen)
    assert seen["filter"] == "Limfjorden"
    assert seen["shown"] == seen["limfjorden"] and seen["shown"]
    assert not [name for name in seen["files"] if name.endswith(".md")]  # no export was written


async def test_fast_enter_opens_the_article_and_later_keys_are_its_own(tmp_path):
    seen = await _run(tmp_path, "fLeeds\rn")
    assert isinstance(seen["screen"], ArticleScreen) and "Leeds" in seen["screen"].article.title
    assert seen["filter"] == "Leeds"


async def test_fast_filter_and_enter_opens_the_match_not_the_row_highlighted_before(tmp_path):
    seen = await _run(tmp_path, "fBuilder\r")
    assert isinstance(seen["screen"], ArticleScreen) and seen["screen"].article.title.startswith("Builder")
    seen = await _run(tmp_path, "fzzzz\r")  # nothing matches: nothing opens
    assert isinstance(seen["screen"], LibraryScreen)


async def test_keys_typed_right_after_enter_in_the_filter_box_act_on_the_opened_article(tmp_path):
    with open_store(tmp_path / "db.json") as store:
        app = _app(store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_library(pilot)
            _burst(app, "fBuilder")
            for _ in range(3):  # the box has focus now: Enter is the box's own key
                await settle(pilot)
            _burst(app, "\r))s2")
            await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen)
                             and store.annotations(app.screen.article.id))
            screen = app.screen
            assert isinstance(screen, ArticleScreen) and screen.article.title.startswith("Builder")
            notes = store.annotations(screen.article.id)
            assert [n.label for n in notes] == [app.settings.labels[1]]


async def _library_with_box_focused(pilot):
    """The library with "f" pressed and handled: the filter box has focus."""
    library = await wait_for_library(pilot)
    await pilot.press("f")
    await settle(pilot)
    assert library.focused is library.query_one("#filter")
    return library


async def test_keys_queued_for_the_list_before_the_box_took_focus_go_into_the_box(tmp_path):
    # A fast typist's keys after "f" are sent to the list while the box takes focus; at load some
    # were handled only once it had it (the box empty, "e" ran the export, Enter opened row one).
    with open_store(tmp_path / "db.json") as store:
        app = _app(store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            library = await _library_with_box_focused(pilot)
            for ch in "Builder":  # as the app forwards them: to the widget focused when they came
                library.table._forward_event(events.Key(ch, ch))
            await settle(pilot)
            assert library.query_one("#filter").value == "Builder"
            assert [row.article.title for row in library.table.shown] == [
                row.article.title for row in library.table.rows if "builder" in row.haystack]
            assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".md")]  # no export
            library.table._forward_event(events.Key("enter", "\r"))
            await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
            assert app.screen.article.title.startswith("Builder")


async def test_f_and_a_filter_typed_with_nothing_focused_go_into_the_box(tmp_path):
    with open_store(tmp_path / "db.json") as store:
        app = _app(store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            library = await wait_for_library(pilot)
            library.set_focus(None)  # as when the terminal's own focus went and came back
            _burst(app, "fBuilder")
            for _ in range(3):
                await settle(pilot)
            assert library.query_one("#filter").value == "Builder"
            assert library.table.current.article.title.startswith("Builder")


async def test_letters_put_in_the_box_before_it_took_focus_are_kept_when_it_does(tmp_path):
    with open_store(tmp_path / "db.json") as store:
        app = _app(store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            library = await wait_for_library(pilot)
            box = library.query_one("#filter")
            library.action_filter()  # "f": the box's Focus event is queued, not handled yet
            box.insert_text_at_cursor("Bu")  # the letters the list's keys put in first (on_key)
            for ch in "ilder":  # the rest, sent to the box once it was focused
                box._forward_event(events.Key(ch, ch))
            await settle(pilot)
            assert box.value == "Builder"

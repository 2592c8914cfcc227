"""The library list is lazy: a second launch keeps a compact row per article and makes an article
object only for what is asked for, and the list still scrolls, sorts, filters and opens as before."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from reader.index import LibraryIndex
from reader.store import open_store
from reader.tui.screens.article import ArticleScreen

from tui_helpers import make_app, settle, wait_for_library, wait_until

COUNT = 240


def _library(folder: Path) -> Path:
    """COUNT wire stories, one a day from 2020-01-01 (the oldest is number 0)."""
    import datetime

    folder.mkdir()
    first = datetime.date(2020, 1, 1)
    for number in range(COUNT):
        day = first + datetime.timedelta(days=number)
        (folder / f"story-{number:03d}.txt").write_text(
            f" date {day.isoformat()} Story {number:03d} from the wire desk\n\n"
            f"Aarhus. Paragraph of story {number:03d} about the harbour{number:03d} plan.\n\n/testbureau/\n",
            encoding="utf-8")
    # two stories of one day whose headlines differ in case: sorted ignoring case, Z to A
    (folder / "same-day-a.txt").write_text(" date 2030-01-01 apple harvest starts\n\nText one.\n", encoding="utf-8")
    (folder / "same-day-b.txt").write_text(" date 2030-01-01 Banana boat arrives\n\nText two.\n", encoding="utf-8")
    return folder


_FOLDER: list[Path] = []  # the folder of the test running now (set by _launches)


def _articles_alive() -> int:
    """The article and row objects of this test's folder alive now. Only this folder's count: an
    earlier test in the same worker may still hold its own (a background thread that has not
    ended yet), which made this count flaky on a busy machine."""
    gc.collect()
    folder = str(_FOLDER[-1])
    alive = 0
    for thing in gc.get_objects():
        kind = type(thing).__name__
        article = thing if kind == "IndexedArticle" else thing.article if kind == "LibraryRow" else None
        if article is not None and str(article.path).startswith(folder):
            alive += 1
    return alive


def _screen_text(app) -> str:
    return "\n".join("".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips())


async def _second_launch(tmp_path: Path, body) -> None:
    with pytest.MonkeyPatch.context() as patch:
        # The index keeps its article list from the launch on for the folder watch (index23: a
        # cache of one object per article, outside the list on screen); these tests count the
        # objects the screen makes, so the index keeps none here.
        patch.setattr(LibraryIndex, "keep_list", lambda self: None)
        await _launches(tmp_path, body)


async def _launches(tmp_path: Path, body) -> None:
    folder = _library(tmp_path / "lib")
    _FOLDER.append(folder)
    db = tmp_path / "db" / "reader.json"
    with open_store(db) as store:  # the first launch builds the index
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_library(pilot)
            await settle(pilot)
    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            library = await wait_for_library(pilot)
            await settle(pilot)
            assert len(library.table.order if hasattr(library.table, "order") else library.table.shown) == COUNT + 2
            await body(pilot, library)


async def test_scrolling_to_the_end_shows_the_last_article_and_makes_no_object_per_row(tmp_path):
    async def body(pilot, library):
        text = _screen_text(pilot.app)
        assert "Banana boat arrives" in text and "Story 239" in text  # the newest first
        assert text.index("Banana boat") < text.index("apple harvest")  # one day: Z to A, case ignored
        await pilot.press("end")
        await pilot.pause()
        text = _screen_text(pilot.app)
        assert "Story 000 from the wire desk" in text and "Story 239" not in text
        assert _articles_alive() < 40  # only what was asked for, not one per article

    await _second_launch(tmp_path, body)


async def test_sort_and_filter_work_on_the_compact_rows(tmp_path):
    async def body(pilot, library):
        await pilot.press("o")  # by title
        await pilot.pause()
        text = _screen_text(pilot.app)
        assert text.index("apple harvest") < text.index("Banana boat") < text.index("Story 000")
        await pilot.press("f", *"banana")
        await pilot.pause()
        assert library.table.filter_text == "banana"
        assert [row.article.title for row in library.table.shown] == ["Banana boat arrives"]
        await pilot.press("escape", "o", "o")  # by notes, then by date again
        await pilot.pause()
        assert library.table.sort == "date" and library.table.filter_text == ""
        assert library.table.current is not None
        assert _articles_alive() < 40

    await _second_launch(tmp_path, body)


async def test_opening_an_article_far_down_the_list(tmp_path):
    async def body(pilot, library):
        await pilot.press("end", "up", "up")  # the third oldest story
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, ArticleScreen)
        assert screen.article.title == "Story 002 from the wire desk"
        assert "harbour002" in screen.article.body
        assert _articles_alive() < 40

    await _second_launch(tmp_path, body)


async def test_the_progress_bar_shows_while_indexing(tmp_path):
    from textual.widgets import ProgressBar

    from reader.tui.screens.library_index import IndexProgress

    folder = _library(tmp_path / "lib")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            library = await wait_for_library(pilot)
            # the library's own indexing first runs to its end (on a busy machine it posts its
            # progress after a single settle), so only the test's messages move the bar
            await wait_until(pilot, lambda: library.library_index is not None
                             and library.library_index.counts()["unanalysed"] == 0 and not library.query(ProgressBar))
            library.post_message(IndexProgress("analysing", 5, 10))
            await pilot.pause()
            [bar] = library.query(ProgressBar)
            assert bar.progress == 5 and bar.total == 10
            assert "finding names and quotes, 5 of 10" in str(library.query_one("#library-status").render())
            library.post_message(IndexProgress("done", 1, 1))
            await wait_until(pilot, lambda: not library.query(ProgressBar))

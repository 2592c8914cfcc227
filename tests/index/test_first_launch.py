"""A first launch lists every file from its head before any is parsed (provisional rows), then the
parse fills each row in: the list is complete at once, a provisional row opens, and the real title
replaces the provisional one."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

import pytest

import reader.index.records as records
from reader.store import open_store
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library import LibraryScreen
from tests.tui_helpers import HOSTILE, WIRE, make_app, settle

# The page's <title> names the site only; the parse takes the headline from the article's <h1>.
PAGE = """<!doctype html><html><head><title>The Coastline Courier</title>
<meta name="date" content="2019-05-02"></head><body>
<header><a href="/">The Coastline Courier</a></header>
<article><h1>Harbour wall gives way in spring storm</h1>
<p>Esbjerg. The harbour wall gave way on Tuesday night, the harbour master said.</p>
<p>- We saw it coming, said Jens Hansen.</p></article></body></html>
"""


def library(tmp_path: Path) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    for number, year in enumerate((2021, 2024, 2019)):
        text = WIRE.replace("2024-03 Borgmester vil lukke skole i Ribe", f"{year}-03 Skole nummer {number} lukker")
        (folder / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    return folder


@pytest.fixture
def parse_held(monkeypatch):
    """The parse of every file waits until the test lets it go (the provisional rows only); a
    failing test lets it go too (see ``app_of``), so that the app can close. Five files get
    provisional rows here (a real library gets them from 500 new files or 2 MB)."""
    try:
        import reader.index.provisional as provisional
    except ImportError:  # a build without provisional rows: the tests say what it lacks
        pass
    else:
        monkeypatch.setattr(provisional, "FEW_FILES", 1)
    release = threading.Event()
    real = records.read_record

    def held(*args, **kwargs):
        release.wait(60)
        return real(*args, **kwargs)

    monkeypatch.setattr(records, "read_record", held)
    yield release
    release.set()


@contextlib.asynccontextmanager
async def app_of(folder: Path, tmp_path: Path, release: threading.Event):
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            try:
                yield app, pilot
            finally:
                release.set()


async def rows_listed(pilot, count: int) -> LibraryScreen:
    """The library once it lists ``count`` rows (a bounded wait; no clock in the assertion)."""
    for _ in range(300):
        await pilot.pause(0.02)
        screen = pilot.app.screen
        if isinstance(screen, LibraryScreen) and len(screen.table.rows) >= count:
            return screen
    raise AssertionError("the list never showed every file")


def screen_text(app) -> str:
    return "\n".join("".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips())


def titles(screen: LibraryScreen) -> list[str]:
    return [row.article.title for row in screen.table.shown]


async def test_every_file_is_listed_before_any_is_parsed(tmp_path, parse_held):
    folder = library(tmp_path)
    async with app_of(folder, tmp_path, parse_held) as (app, pilot):
        screen = await rows_listed(pilot, 5)
        assert not parse_held.is_set()  # no file parsed yet
        shown = titles(screen)
        # newest first by the dates the heads give (the html page's from its <meta>)
        assert shown[:3] == ["Skole nummer 1 lukker", "Hacker [bold red]sender[/] ␛[31mfarver␛[0m i"
                             " [@click=app.quit]overskrift[/]", "Skole nummer 0 lukker"]
        assert shown[3:] == ["The Coastline Courier", "Skole nummer 2 lukker"]
        assert all(getattr(row.article, "provisional", False) for row in screen.table.rows)
        text = screen_text(app)
        assert "\x1b" not in text and "Skole nummer 1 lukker" in text and "␛[31mfarver" in text
        parse_held.set()
        await settle(pilot)
        assert not any(getattr(row.article, "provisional", False) for row in screen.table.rows)


async def test_a_provisional_row_opens_with_its_text(tmp_path, parse_held):
    folder = library(tmp_path)
    async with app_of(folder, tmp_path, parse_held) as (app, pilot):
        screen = await rows_listed(pilot, 5)
        await pilot.press("f", *"courier", "enter")  # the filter, then open the row found
        for _ in range(100):
            await pilot.pause(0.02)
            if isinstance(app.screen, ArticleScreen):
                break
        assert isinstance(app.screen, ArticleScreen)
        assert not parse_held.is_set()  # opened before the parse reached it: parsed on demand
        article = app.screen.article
        assert article.title == "Harbour wall gives way in spring storm"
        assert "gave way on Tuesday night" in article.body
        assert not article.id.startswith("~")  # its own id: notes are kept under it
        parse_held.set()
        await pilot.press("escape")
        await settle(pilot)
        assert "Harbour wall gives way in spring storm" in [row.article.title for row in screen.table.rows]


async def test_the_real_title_replaces_the_provisional_one(tmp_path, parse_held):
    folder = library(tmp_path)
    async with app_of(folder, tmp_path, parse_held) as (app, pilot):
        screen = await rows_listed(pilot, 5)
        assert "The Coastline Courier" in titles(screen)
        parse_held.set()
        await settle(pilot)
        shown = titles(screen)
        assert "Harbour wall gives way in spring storm" in shown
        assert "The Coastline Courier" not in shown
        assert len(shown) == 5
    # the index keeps no provisional row once every file is read
    from reader.archive import head_rows, open_index

    assert head_rows(open_index(tmp_path / "db" / "reader.json"), [str(folder)]) == []


async def test_a_provisional_row_is_tagged_under_its_articles_own_id(tmp_path, parse_held):
    from reader.library import load_articles
    from reader.tui.screens.tags import TagEditor

    folder = library(tmp_path)
    real = load_articles(folder / "page.html")[0]
    async with app_of(folder, tmp_path, parse_held) as (app, pilot):
        screen = await rows_listed(pilot, 5)
        assert titles(screen)[3] == "The Coastline Courier"
        await pilot.press("down", "down", "down", "t")
        await pilot.pause()
        assert isinstance(app.screen, TagEditor)
        await pilot.press(*"harbour", "enter")
        await pilot.pause()
        assert not parse_held.is_set()
        assert tuple(app.store.tags(real.id)) == ("harbour",)
        assert titles(screen)[3] == "Harbour wall gives way in spring storm"  # the row shows what was read
        parse_held.set()
        await settle(pilot)
        row = next(row for row in screen.table.rows if row.article.title == real.title)
        assert row.tags == ("harbour",)

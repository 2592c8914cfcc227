"""Shared helpers for the Pilot tests: test articles and waiting for screens."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from textual.notifications import Notification, Notifications

from reader.settings import Settings
from reader.tui.app import ReaderApp
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library import LibraryScreen

WIRE = """ date 2024-03 Borgmester vil lukke skole i Ribe

Ribe. Borgmester Hanne Dahl (V) vil lukke Ribe Østre Skole. Det skriver kommunen fredag.

- Vi har ikke råd til at holde tre skoler åbne, siger Hanne Dahl.

Forældrene protesterer. De har samlet 2.400 underskrifter.

/testbureau/
"""

HOSTILE = (
    " date 2024-01 Hacker [bold red]sender[/] \x1b[31mfarver\x1b[0m i [@click=app.quit]overskrift[/]\n\n"
    "København. Teksten indeholder [bold]fed[/bold] markup, [link=http://x]et link[/link] og \x1b]0;titel\x07"
    " samt \x08backspace og \u202eomvendt tekst.\n\n"
    "- Det her er [red]et citat[/red], siger Jens Hansen.\n\n/testbureau/\n"
)


async def wait_for_library(pilot) -> LibraryScreen:
    app = pilot.app
    for _ in range(200):
        await pilot.pause()
        screen = app.screen
        if isinstance(screen, LibraryScreen) and screen.table.rows:
            return screen
        await app.workers.wait_for_complete()
    raise AssertionError("library never showed its rows")


async def open_article(pilot, title_part: str) -> ArticleScreen:
    screen = await wait_for_library(pilot)
    await pilot.press("f", *title_part.lower())  # f: the title filter
    await pilot.pause()
    assert screen.table.current is not None and title_part.lower() in screen.table.current.article.title.lower()
    await pilot.press("enter")
    for _ in range(100):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        if isinstance(pilot.app.screen, ArticleScreen) and pilot.app.screen.analysis is not None:
            return pilot.app.screen
    raise AssertionError("article screen never finished its analysis")


def _kept(add):
    def keep(self: Notifications, notification: Notification) -> Notifications:
        self.__dict__.setdefault("said", []).append(notification)
        return add(self, notification)

    return keep


# Every notification an app shows is also kept, expired or not: a test reads what the app said
# from ``said``/``notices``, never from the live toasts, whose seconds a busy machine lets run out
# before the test looks (a message shown for 5 s was gone after a slow step at load 15).
if not getattr(Notifications.add, "keeps_said", False):
    Notifications.add = _kept(Notifications.add)
    Notifications.add.keeps_said = True  # type: ignore[attr-defined]


def notices(app) -> list[Notification]:
    """Every notification ``app`` has shown, oldest first."""
    return list(app._notifications.__dict__.get("said", ()))


def said(app) -> list[str]:
    """The messages of every notification ``app`` has shown, oldest first."""
    return [str(n.message) for n in notices(app)]


def make_app(paths, store, tmp_path: Path, **settings) -> ReaderApp:
    """The app on ``paths`` (one folder or a list), exports and settings under ``tmp_path``."""
    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    (tmp_path / "exports").mkdir(exist_ok=True)
    config = Settings(export_dir=str(tmp_path / "exports"), path=str(tmp_path / "c.toml"), **settings)
    return ReaderApp([str(p) for p in paths], store, settings=config)


async def settle(pilot) -> None:
    """Wait until the app and its workers (analysis, scan) are idle."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def wait_for_analysis(pilot, library) -> None:
    """Let the library's index analyse every article (names and quotes are found after the rows
    show); after 50 rounds the test goes on, and its own assertions say what is missing."""
    await settle(pilot)
    for _ in range(50):
        if library.library_index is not None and not library.library_index.counts()["unanalysed"]:
            return
        await settle(pilot)


async def start_session(pilot) -> list:
    """Wait for the library, press T, and return the articles in the library's order."""
    lib = await wait_for_library(pilot)
    order = [row.article for row in lib.table.shown]
    await pilot.press("T")
    await settle(pilot)
    return order


async def write_note(pilot, store, screen: ArticleScreen, text: str):
    """Select the sentence under the cursor, write ``text`` as its note, save, and return the note."""
    await pilot.press("s", "a", *text, "ctrl+s")
    await pilot.pause()
    [note] = store.annotations(screen.article.id)
    return note


def desk_story(folder: Path, number: int) -> Path:
    """A short wire story ``story-NN.txt`` in ``folder`` (a headline and one paragraph)."""
    path = folder / f"story-{number:02d}.txt"
    path.write_text(f" date 2024-01-{number + 1:02d} Story {number:02d} from the desk\n\n"
                    f"Aarhus. Text of story {number:02d}.\n\n/testbureau/\n", encoding="utf-8")
    return path


@asynccontextmanager
async def running_app(paths, tmp_path: Path, size: tuple[int, int] = (100, 30), **run):
    """The app on ``paths`` with its database at ``tmp_path``/db/reader.json, running under a
    test pilot of ``size`` (``run``: more of ``run_test``'s options): yields (app, pilot, store)."""
    from reader.store import open_store

    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(paths, store, tmp_path)
        async with app.run_test(size=size, **run) as pilot:
            yield app, pilot, store


@asynccontextmanager
async def story_open(tmp_path: Path, name: str, story: str, title: str, size: tuple[int, int] = (120, 40)):
    """The app on a folder holding ``story`` as the file ``name``, that article (its title opening
    with ``title``) open: yields (pilot, screen, view, store), ``view`` the screen's ArticleView."""
    from reader.tui.widgets.article_view import ArticleView

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / name).write_text(story, encoding="utf-8")
    async with running_app(folder, tmp_path, size) as (_app, pilot, store):
        screen = await open_article(pilot, title)
        yield pilot, screen, screen.query_one(ArticleView), store


@asynccontextmanager
async def watched_library(opened: Path, tmp_path: Path, rows: int):
    """The app opened on ``opened`` (a folder or one file) with its database under ``tmp_path``,
    once the library lists ``rows`` articles and is idle: yields (app, pilot, library)."""
    async with running_app(opened, tmp_path) as (app, pilot, _store):
        library = await wait_for_library(pilot)
        await wait_until(pilot, lambda: len(library.table.rows) == rows)
        await settle(pilot)
        yield app, pilot, library


def watch_once(ready, batch):
    """A stand-in for ``watchfiles.watch``: waits until the event ``ready`` is set, yields the
    changes ``batch()`` gives once (nothing when it gives none), then waits to be stopped."""
    def watch(*_roots, stop_event=None, **_options):
        while not ready.wait(0.05):
            if stop_event.is_set():
                return
        changes = batch()
        if changes:
            yield changes
        while not stop_event.wait(0.05):
            pass

    return watch


async def wait_until(pilot, done, rounds: int = 600) -> None:
    """Let the app run until ``done()`` holds: a change waiting for the database lock looks at it
    every half second of the app's own timer, so each round lets a little time pass (a count, not a
    limit)."""
    for _ in range(rounds):
        await pilot.pause(0.05)
        await settle(pilot)
        if done():
            return
    raise AssertionError("the app never reached the state the test waits for")

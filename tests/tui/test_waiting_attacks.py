"""What a user (or the system) does while a change waits for a lock another program holds: an undo
never overtakes the waiting change, an editor for what waits is not opened, a waiting change that
then fails leaves no promise on the screen, and a signal saves what it can and says what it could not."""

from __future__ import annotations

import os
import signal

from reader.model import QuoteState
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.note import NoteEditor

from lock_holder import LockHolder, library, store  # noqa: F401 (fixtures)
from tui_helpers import make_app, open_article, said, settle, wait_until

WAITING = "Waiting for the database"


def send(number: signal.Signals) -> None:
    """The signal to this process, as the system sends it; the app's handler must be there (a
    default SIGHUP would end the test run)."""
    assert signal.getsignal(number) not in (signal.SIG_DFL, signal.SIG_IGN, None)
    os.kill(os.getpid(), number)


def live(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_an_undo_pressed_as_the_lock_is_let_go_undoes_the_waiting_change_not_the_one_before(
        tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    holder = LockHolder(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press("t", *"skole", "enter", '"')
        await settle(pilot)
        holder.hold()
        try:
            await pilot.press("c")  # waits
            await settle(pilot)
            assert app.waiting.queue
        finally:
            holder.release()
        await pilot.press("u")  # before the waiting check's next look: it must go first
        await settle(pilot)
        await wait_until(pilot, lambda: not app.waiting.queue)
        assert store.tags(screen.article.id) == ("skole",)  # old: the tag was undone, the check kept
        assert store.quote_states(screen.article.id) == {}
        assert any(m.startswith("Undone: ") and "verified" in m for m in said(app))


async def test_no_editor_opens_on_a_note_whose_deletion_waits(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    holder = LockHolder(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press("s", "a", *"ring", "ctrl+s")
        await settle(pilot)
        holder.hold()
        try:
            await pilot.press("d", "escape", "enter")  # delete (waits), then edit the note still shown
            await settle(pilot)
            assert isinstance(app.screen, ArticleScreen)  # old: the editor opened (its save then failed or was deleted)
            assert any(m.startswith("The note's deletion already waits for the database") for m in said(app))
        finally:
            holder.release()
        await wait_until(pilot, lambda: not app.waiting.queue)
        assert store.annotations(screen.article.id) == []


async def test_no_speaker_editor_opens_on_a_quote_whose_check_waits(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    holder = LockHolder(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press('"')
        await settle(pilot)
        holder.hold()
        try:
            await pilot.press("c", "w")
            await settle(pilot)
            assert isinstance(app.screen, ArticleScreen)  # old: the editor opened; the name typed was refused after
            assert any(m.startswith("The quote check already waits for the database") for m in said(app))
        finally:
            holder.release()
        await wait_until(pilot, lambda: not app.waiting.queue)
        assert list(store.quote_states(screen.article.id).values()) == [QuoteState.VERIFIED]


async def test_a_waiting_change_that_fails_once_the_lock_is_free_leaves_no_waiting_toast(
        tmp_path, library, store, monkeypatch):
    app = make_app(library, store, tmp_path)
    holder = LockHolder(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_article(pilot, "Borgmester")
        await pilot.press('"')
        await settle(pilot)
        holder.hold()
        try:
            await pilot.press("c")
            await settle(pilot)
            assert any(m.startswith(WAITING) for m in live(app))

            def full(*args, **kwargs):
                raise OSError(28, "No space left on device")

            monkeypatch.setattr(store, "set_quote_state", full)
        finally:
            holder.release()
        await wait_until(pilot, lambda: not app.waiting.queue)
        assert any("No space left on device" in m for m in live(app))
        assert not any(m.startswith(WAITING) for m in live(app))  # old: "… is saved as soon as it is free" for an hour


async def test_a_signal_saves_a_waiting_change_when_the_lock_is_free(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    holder = LockHolder(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press('"')
        await settle(pilot)
        holder.hold()
        await pilot.press("c")
        await settle(pilot)
        holder.release()
        send(signal.SIGHUP)  # the terminal closed before the next look
        await wait_until(pilot, lambda: not app.is_running)
    assert list(store.quote_states(screen.article.id).values()) == [QuoteState.VERIFIED]  # old: lost
    assert app.exit_note == "" and app.return_code == 129


async def test_a_signal_says_what_was_not_saved_while_the_lock_is_held(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    holder = LockHolder(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_article(pilot, "Borgmester")
        await pilot.press('"')
        await settle(pilot)
        holder.hold()
        try:
            await pilot.press("c")
            await settle(pilot)
            send(signal.SIGTERM)
            await wait_until(pilot, lambda: not app.is_running)
            assert getattr(app, "exit_note", None) == (  # old: no such note, nothing said
                "stopped by SIGTERM; not saved: the quote check, waiting for the database (held by another program)")
        finally:
            holder.release()


async def test_a_signal_saves_a_note_waiting_in_its_editor_when_the_lock_is_free(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    holder = LockHolder(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        holder.hold()
        await pilot.press("s", "a", *"ring til skolen", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor) and app.screen.waiting
        holder.release()
        send(signal.SIGHUP)  # before the editor's next look
        await wait_until(pilot, lambda: not app.is_running)
    assert [a.note for a in store.annotations(screen.article.id)] == ["ring til skolen"]
    assert app.exit_note == "" and app.return_code == 129


async def test_an_article_opened_again_while_its_check_waits_shows_the_check_once_saved(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    holder = LockHolder(store)
    async with app.run_test(size=(80, 24)) as pilot:
        first = await open_article(pilot, "Borgmester")
        await pilot.press('"')
        await settle(pilot)
        holder.hold()
        try:
            await pilot.press("c", "escape")  # the check waits; back to the library
            await settle(pilot)
            await pilot.press("enter")  # the same article again: a new screen, the check not saved yet
            await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen) and app.screen.analysis is not None)
            again = app.screen
            assert again is not first and again.quote_states == {}
        finally:
            holder.release()
        await wait_until(pilot, lambda: not app.waiting.queue)
        await wait_until(pilot, lambda: bool(again.quote_states))  # old: still shown unverified
        assert list(again.quote_states.values()) == [QuoteState.VERIFIED]

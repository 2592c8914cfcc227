"""A save while another program holds the database's lock: the screen never waits on it, and
nothing is lost. The note stays in its editor (still editable) with a visible waiting line and is
saved by itself once the lock is free; a quote check or a tag waits in the app, said in a toast,
and ctrl+q says what waits instead of dropping it."""

from __future__ import annotations

from reader.model import QuoteState
from reader.store.lock import FileLock
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.note import NoteEditor

from lock_holder import LockHolder, library, store  # noqa: F401 (fixtures)
from tui_helpers import WIRE, make_app, open_article, said, settle, start_session, wait_until


class Holder(LockHolder):
    """Another program's ``flock`` on the database's lock file, and every wait for the lock that
    the app started while it was held."""

    def __init__(self, store, monkeypatch) -> None:
        super().__init__(store)
        self.waits_while_held = 0
        self.timeouts: list[float] = []  # how long each of those waits could last
        real = FileLock.acquire

        def acquire(lock, timeout):
            if self.fd is not None:
                self.waits_while_held += 1
                self.timeouts.append(timeout)
            return real(lock, timeout)

        monkeypatch.setattr(FileLock, "acquire", acquire)

    def release(self) -> None:
        assert self.fd is not None
        super().release()


async def test_a_note_saved_while_the_lock_is_held_waits_in_its_editor_and_saves_itself(
        tmp_path, library, store, monkeypatch):
    app = make_app(library, store, tmp_path)
    holder = Holder(store, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        holder.hold()
        try:
            await pilot.press("s", "a", *"ring til skolen", "ctrl+s")
            await settle(pilot)
            editor = app.screen
            assert isinstance(editor, NoteEditor)  # the note stays where it was typed
            assert "Waiting for the database (held by another program)" in str(editor.query_one("#note-help").render())
            assert holder.waits_while_held == 0  # no wait for the lock on the screen's thread
            assert editor.unsaved()  # ctrl+q asks first
            await pilot.press(*" i dag")  # still editable while it waits
            await settle(pilot)
            assert store.annotations(screen.article.id) == []
        finally:
            holder.release()
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        assert [a.note for a in store.annotations(screen.article.id)] == ["ring til skolen i dag"]


async def test_a_quote_check_while_the_lock_is_held_waits_and_ctrl_q_says_so(tmp_path, library, store, monkeypatch):
    app = make_app(library, store, tmp_path)
    holder = Holder(store, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press('"')  # the quote
        await settle(pilot)
        holder.hold()
        try:
            await pilot.press("c")
            await settle(pilot)
            assert holder.waits_while_held == 0
            assert any(m.startswith("Waiting for the database (held by another program)… The quote check is saved")
                       for m in said(app))
            assert store.quote_states(screen.article.id) == {}
            await pilot.press("c")  # reckoned from the state shown, which the waiting check will change
            await settle(pilot)
            assert any("already waits for the database" in m for m in said(app))
            await pilot.press("ctrl+q")
            await settle(pilot)
            assert app.is_running  # not dropped without a word
            assert any(m.startswith("The quote check is waiting for the database") for m in said(app))
        finally:
            holder.release()
        await wait_until(pilot, lambda: bool(store.quote_states(screen.article.id)))
        assert list(store.quote_states(screen.article.id).values()) == [QuoteState.VERIFIED]
        await wait_until(pilot, lambda: any(m.startswith("Saved the quote check") for m in said(app)))
        assert screen.quote_states and list(screen.quote_states.values()) == [QuoteState.VERIFIED]


async def test_a_tagging_session_goes_on_while_the_lock_is_held(tmp_path, library, store, monkeypatch):
    (library / "second.txt").write_text(WIRE.replace("Ribe", "Varde"), encoding="utf-8")
    app = make_app(library, store, tmp_path, session_tags=("skole",), session_advance=True)
    holder = Holder(store, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        articles = await start_session(pilot)
        first = app.screen.current
        holder.hold()
        try:
            await pilot.press("1")
            await settle(pilot)
            assert holder.waits_while_held == 0
            assert app.screen.current.id != first.id  # on to the next article: the tag waits
            assert store.tags(first.id) == ()
        finally:
            holder.release()
        await wait_until(pilot, lambda: store.tags(first.id) == ("skole",))
        assert len(articles) == 2


async def test_an_undo_while_the_lock_is_held_waits_only_briefly_and_says_nothing_changed(
        tmp_path, library, store, monkeypatch):
    app = make_app(library, store, tmp_path)
    holder = Holder(store, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press("t", *"skole", "enter")
        await settle(pilot)
        assert store.tags(screen.article.id) == ("skole",)
        holder.hold()
        try:
            await pilot.press("u")
            await settle(pilot)
            assert holder.timeouts and max(holder.timeouts) < 1  # the store's usual wait is 10 s
            assert any(m.startswith("Nothing changed:") and "is busy: another program holds its lock file" in m
                       for m in said(app))
            assert store.tags(screen.article.id) == ("skole",)
        finally:
            holder.release()
        await pilot.press("u")
        await settle(pilot)
        assert store.tags(screen.article.id) == ()


async def test_a_lock_taken_between_the_look_and_the_save_reopens_the_note_already_waiting(
        tmp_path, library, store, monkeypatch):
    import reader.tui.screens.note as note_module

    app = make_app(library, store, tmp_path)
    holder = Holder(store, monkeypatch)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        real_look = note_module.store_busy
        first = [True]  # the editor's first look finds the lock free; it is taken right after

        def look(store) -> str:
            if first.pop() if first else False:
                return ""
            return real_look(store)

        monkeypatch.setattr(note_module, "store_busy", look)
        holder.hold()
        try:
            await pilot.press("s", "a", *"ring til skolen", "ctrl+s")
            await settle(pilot)
            editor = app.screen
            assert isinstance(editor, NoteEditor) and editor.query_one("TextArea").text == "ring til skolen"
            assert holder.timeouts and max(holder.timeouts) < 1  # the write's short wait ran out
            assert "Waiting for the database" in str(editor.query_one("#note-help").render())
            assert store.annotations(screen.article.id) == []
        finally:
            holder.release()
        await wait_until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        assert [a.note for a in store.annotations(screen.article.id)] == ["ring til skolen"]

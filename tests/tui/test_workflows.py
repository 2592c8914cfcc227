"""Pilot tests for the keyboard workflow: quote checks, entity corrections, notes, sessions, undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import EntityLabel, QuoteState
from reader.settings import load_settings
from reader.store import open_store
from reader.tui.app import ReaderApp
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.note import NoteEditor
from reader.tui.screens.session import STATE_KEY, SessionScreen
from reader.tui.widgets.article_view import ArticleView

from tui_helpers import WIRE, open_article, make_app, settle, start_session, write_note, said

SECOND = """ date 2024-04 Havnen i Ribe får ny kaj

Ribe. Havnen får en ny kaj til 40 millioner kroner, oplyser direktør Mette Lund.

- Det er en stor dag for byen, siger Mette Lund.

/testbureau/
"""

THIRD = """ date 2024-05 Skolebestyrelse klager

Esbjerg. Bestyrelsen for Vestre Skole klager over nedskæringerne.

/testbureau/
"""


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in (("ribe.txt", WIRE), ("havn.txt", SECOND), ("skole.txt", THIRD)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "db" / "reader.json") as opened:
        yield opened


async def test_quote_verification_cycles_and_exports(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        view = screen.query_one(ArticleView)
        quote = screen.analysis.quotes[0]
        while view.cursor != (quote.start, quote.end):
            before = view.cursor
            await pilot.press("n")
            assert view.cursor != before, "n never reached the quote"
        await pilot.press("c")
        await pilot.pause()
        assert store.quote_states(screen.article.id) == {(quote.start, quote.end): QuoteState.VERIFIED}
        await pilot.press("c")
        await pilot.pause()
        assert store.quote_states(screen.article.id) == {(quote.start, quote.end): QuoteState.CONTESTED}
        await pilot.press("e", "enter")  # the dialog proposes a new file; Enter writes it
        await pilot.pause()
        exported = next((tmp_path / "exports").glob("*.md")).read_text(encoding="utf-8")
        assert "✗ contested: “Vi har ikke råd" in exported and "Hanne Dahl" in exported
        await pilot.press("u")
        await pilot.pause()
        assert store.quote_states(screen.article.id) == {(quote.start, quote.end): QuoteState.VERIFIED}


async def test_entity_corrections_apply_everywhere_and_undo(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        view = screen.query_one(ArticleView)
        person = next(e for e in screen.analysis.entities if e.text == "Hanne Dahl")
        view.move_to((person.start, person.end))
        # r then o: "Hanne Dahl" is an organisation from now on, in every article.
        await pilot.press("r", "o")
        await settle(pilot)
        assert [(c.text, c.label) for c in store.corrections()] == [("Hanne Dahl", EntityLabel.ORG)]
        labels = {e.label for e in screen.analysis.entities if e.text == "Hanne Dahl"}
        assert labels == {EntityLabel.ORG}
        # x: not an entity at all.
        view.move_to((person.start, person.end))
        await pilot.press("x")
        await settle(pilot)
        assert [(c.text, c.label) for c in store.corrections()] == [("Hanne Dahl", None)]
        assert not [e for e in screen.analysis.entities if e.text == "Hanne Dahl"]
        # Select a word the analysis missed and add it as a place.
        word = screen.article.body.index("kommunen")
        view.select_span((word, word + len("kommunen")))
        await pilot.press("r", "l")
        await settle(pilot)
        assert ("kommunen", EntityLabel.LOC) in {(c.text, c.label) for c in store.corrections()}
        assert any(e.text == "kommunen" and e.label == EntityLabel.LOC for e in screen.analysis.entities)
        # Undo takes the last correction back.
        await pilot.press("u")
        await settle(pilot)
        assert "kommunen" not in {c.text for c in store.corrections()}
        assert not any(e.text == "kommunen" for e in screen.analysis.entities)


async def test_edit_note_and_multiline(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        note = await write_note(pilot, store, screen, "first")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("enter", *"second line", "ctrl+s")
        await pilot.pause()
        [edited] = store.annotations(screen.article.id)
        assert edited.id == note.id and edited.note == "first\nsecond line"
        # Escape with changed text warns once; a second Escape discards.
        await pilot.press("enter", *"zzz", "escape")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("escape")
        await pilot.pause()
        assert store.annotations(screen.article.id)[0].note == "first\nsecond line"
        assert isinstance(app.screen, ArticleScreen)
        # Escape while the label list is open only closes the list.
        await pilot.press("enter", "tab", "enter")
        await pilot.pause()
        assert app.screen.query_one("#note-label").expanded
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and not app.screen.query_one("#note-label").expanded


async def test_tagging_session_toggles_moves_and_resumes(tmp_path, library, store):
    app = make_app(library, store, tmp_path, session_tags=("skole", "havn"))
    async with app.run_test(size=(120, 40)) as pilot:
        order = await start_session(pilot)
        session = app.screen
        assert isinstance(session, SessionScreen)
        await pilot.press("1")
        await pilot.pause()
        assert store.tags(order[0].id) == ("skole",)
        await pilot.press("n", "2", "1")
        await pilot.pause()
        assert store.tags(order[1].id) == ("havn", "skole")
        await pilot.press("1")  # toggles off again
        await pilot.pause()
        assert store.tags(order[1].id) == ("havn",)
        label = str(session.query_one("#session-progress-label").render())
        assert label.startswith("2 of 3 tagged")
        # A new tag with completion from the tags in use: "ha" + → completes to "havn" (already there).
        await pilot.press("t", "h", "a", "right", "enter")
        await pilot.pause()
        assert store.tags(order[1].id) == ("havn",)
        await pilot.press("t", *"budget", "enter")
        await pilot.pause()
        assert store.tags(order[1].id) == ("havn", "budget")
        assert session.tag_set == ["skole", "havn", "budget"]
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        assert store.get_state(STATE_KEY)["article"] == order[1].id
        # Starting again resumes on the same article, untagged-only filter shows the rest.
        await pilot.press("T")
        await settle(pilot)
        assert app.screen.current.id == order[1].id
        await pilot.press("f")
        await pilot.pause()
        remaining = [a.id for a in app.screen.articles]
        assert order[2].id in remaining and order[0].id not in remaining
        await pilot.press("u")  # undo the last tag change from inside the session
        await pilot.pause()
        assert store.tags(order[1].id) == ("havn",)


async def test_mouse_drag_selects_words(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        view = screen.query_one(ArticleView)
        # offsets are widget-relative; the first text row is under the blank row where a speaker's
        # line goes (polish30: that row is the layout's, no longer the view's top padding)
        left, top = view.styles.padding.left, view.styles.padding.top + view._layout.text_rows[0]
        await pilot.mouse_down(view, offset=(left + 4, top))
        await pilot.hover(view, offset=(left + 24, top))
        await pilot.mouse_up(view, offset=(left + 24, top))
        await pilot.pause()
        assert view.selection is not None
        start, end = view.selection
        assert screen.article.body[start:end].startswith("Ribe. Borgmester")


async def test_command_palette_offers_article_actions(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        titles = [command.title for command in app.get_system_commands(screen)]
        for wanted in ("Next sentence", "Note", "Check quote", "Undo", "Export"):
            assert wanted in titles


async def test_outside_changes_are_picked_up(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        with open_store(store.path) as other:  # a second writer, as `reader tag` would be
            other.attach(screen.article)
            other.add_tags(screen.article.id, ["fra-shell"])
        app._poll_store()
        await settle(pilot)
        assert "fra-shell" in str(screen.query_one("#article-header").render())


def test_labels_come_from_the_config_file(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('labels = ["kilde", "tjek tal"]\nsession_tags = ["indland"]\n', encoding="utf-8")
    settings = load_settings(config)
    assert settings.labels == ("kilde", "tjek tal") and settings.session_tags == ("indland",)
    config.write_text("labels = 3\n", encoding="utf-8")
    broken = load_settings(config)
    assert broken.labels[0] == "key quote" and broken.problems
    config.write_text("labels = [", encoding="utf-8")
    assert load_settings(config).problems
    many = [f"l{n}" for n in range(1, 12)]
    config.write_text(f"labels = {many!r}\n".replace("'", '"'), encoding="utf-8")
    loaded = load_settings(config)
    assert loaded.labels == tuple(many[:9]) and "the first 9 are used" in loaded.problems[0]


async def test_analysis_failure_keeps_the_article_readable(tmp_path, library, store, monkeypatch):
    import reader.workspace.analysis

    def broken(*args, **kwargs):
        raise RuntimeError("model file damaged")

    monkeypatch.setattr(reader.workspace.analysis, "analyze", broken)
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        assert screen.analysis.entities == ()
        assert any("model file damaged" in m for m in said(app))
        await pilot.press("s", "a", *"still works", "ctrl+s")
        await pilot.pause()
        assert store.annotations(screen.article.id)[0].note == "still works"


def test_unexpected_error_becomes_one_line(tmp_path, store, monkeypatch, capsys):
    """An error nobody handled ends the app with one line naming it and the crash log, which
    holds the traceback; markup in the message is shown as typed."""
    from reader.tui.running import run_app

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def boom() -> None:
        raise ValueError("boom [bold]x[/bold]")

    async def pilot(pilot) -> None:
        await pilot.pause()
        pilot.app.call_later(boom)

    code = run_app(ReaderApp([str(tmp_path)], store), headless=True, auto_pilot=pilot)
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("reader: internal error: ValueError: boom [bold]x[/bold] (details in "), err
    assert err.count("\n") == 1 and "Traceback" not in err
    log = tmp_path / "state" / "reader" / "crash.log"
    assert "Traceback" in log.read_text(encoding="utf-8") and "boom" in log.read_text(encoding="utf-8")


def test_clean_exit_prints_nothing(tmp_path, store, capsys, monkeypatch):
    from reader.tui.running import run_app

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    async def pilot(pilot) -> None:
        await pilot.pause()
        await pilot.press("q")

    assert run_app(ReaderApp([str(tmp_path)], store), headless=True, auto_pilot=pilot) == 0
    assert capsys.readouterr().err == ""
    assert not (tmp_path / "state" / "reader" / "crash.log").exists()


async def test_fast_typing_then_save_keeps_every_character(tmp_path, library, store):
    """Keys arriving in one burst (a fast typist, a paste) are all in the note that ctrl+s saves."""
    from textual import events

    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press("s", "a")
        await pilot.pause()
        text = "Ring til forvaltningen i morgen"
        for char in text:
            key = "space" if char == " " else char
            app._driver.send_message(events.Key(key, char))
        app._driver.send_message(events.Key("ctrl+s", None))
        app._driver.send_message(events.Key("ctrl+s", None))  # a double press saves once
        await settle(pilot)
        notes = store.annotations(screen.article.id)
        assert [n.note for n in notes] == [text]
        assert isinstance(app.screen, ArticleScreen)


async def test_notes_follow_an_edited_article(tmp_path, library, store):
    """A wire story updated on disk: its notes re-attach (moved) or are kept as orphans."""
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        body = screen.article.body
        view = screen.query_one(ArticleView)
        start = body.index("Forældrene")
        view.select_span((start, start + len("Forældrene protesterer.")))
        await pilot.press("a", *"moved?", "ctrl+s")
        start = body.index("De har samlet")
        view.select_span((start, start + len("De har samlet 2.400 underskrifter.")))
        await pilot.press("a", *"gone?", "ctrl+s")
        await pilot.pause()
        await pilot.press("q")  # back to the library (Escape would first clear the kept selection)
        await pilot.pause()
        path = library / "ribe.txt"
        text = path.read_text(encoding="utf-8")
        text = text.replace("Ribe. Borgmester", "Ribe. Som ventet vil borgmester").replace(" De har samlet 2.400 underskrifter.", "")
        path.write_text(text, encoding="utf-8")
        screen = await open_article(pilot, "Borgmester")
        statuses = {a.note: a.status.value for a in store.annotations(screen.article.id)}
        assert statuses == {"moved?": "moved", "gone?": "orphaned"}
        panel = str(screen.query_one("#panel-content").render())
        assert "Orphaned notes (1)" in panel and "gone?" in panel


async def test_copy_selection_to_clipboard(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_article(pilot, "Borgmester")
        await pilot.press("right_parenthesis", "s", "y")
        await pilot.pause()
        assert app.clipboard == "Borgmester Hanne Dahl (V) vil lukke Ribe Østre Skole."


async def test_full_disk_keeps_the_typed_note(tmp_path, library, store, monkeypatch):
    """A save that fails (disk full) says so in one line and reopens the editor with the text."""
    from reader.errors import StoreError

    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        real_add = store.add_annotation

        def full(*args, **kwargs):
            raise StoreError(f"disk full while saving {store.path}")

        monkeypatch.setattr(store, "add_annotation", full)
        await pilot.press("s", "a", *"vigtig note", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one("TextArea").text == "vigtig note"
        assert any("disk full" in m for m in said(app))
        monkeypatch.setattr(store, "add_annotation", real_add)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert [a.note for a in store.annotations(screen.article.id)] == ["vigtig note"]
        assert isinstance(app.screen, ArticleScreen)


async def test_full_disk_keeps_the_typed_tags(tmp_path, library, store, monkeypatch):
    """A tag save that fails (disk full) says so and brings the editor back with what was typed
    (attack14: the editor closed and the tags were gone)."""
    from reader.errors import StoreError
    from reader.tui.screens.tags import TagEditor

    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        real = store.change_tags

        def full(*args, **kwargs):
            raise StoreError(f"disk full while saving {store.path}")

        monkeypatch.setattr(store, "change_tags", full)
        await pilot.press("t", *"skole, budget", "enter")
        await settle(pilot)
        assert any("disk full" in m for m in said(app))
        assert isinstance(app.screen, TagEditor)  # old: closed, the typing lost
        assert app.screen.query_one("#tag-input").value.startswith("skole, budget")
        monkeypatch.setattr(store, "change_tags", real)
        await pilot.press("enter")
        await settle(pilot)
        assert store.tags(screen.article.id) == ("skole", "budget")
        assert isinstance(app.screen, ArticleScreen)


async def test_untagged_session_resumes_after_the_article_it_stopped_on(tmp_path, library, store):
    app = make_app(library, store, tmp_path, session_tags=("skole", "havn"))
    async with app.run_test(size=(120, 40)) as pilot:
        order = await start_session(pilot)
        await pilot.press("f")  # untagged only
        await pilot.pause()
        await pilot.press("right", "1")  # skip the first, tag the second
        await pilot.pause()
        assert store.tags(order[1].id) == ("skole",) and not store.tags(order[0].id)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("T")
        await settle(pilot)
        assert app.screen.untagged_only and app.screen.current.id == order[2].id


async def test_two_windows_editing_one_note_lose_nothing(tmp_path, library, store):
    """A note changed in another window while it was open in the editor: saving says so and
    reopens the editor with what was typed; ctrl+s again saves it over theirs. u in this window
    never undoes the other window's work."""
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        note = await write_note(pilot, store, screen, "mine")
        await pilot.press("enter", *" and more")  # the editor is open on "mine"
        await pilot.pause()
        with open_store(store.path) as other:  # the second window
            other.update_annotation(note.id, note="theirs")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)  # not saved over theirs without asking
        assert "changed in another window" in app.screen.heading
        store.refresh()
        assert store.annotation(note.id).note == "theirs"
        await pilot.press("ctrl+s")  # the user has seen the warning: save it
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert store.annotation(note.id).note == "mine and more"
        await pilot.press("u")  # undoes this window's own save, back to theirs
        await pilot.pause()
        assert store.annotation(note.id).note == "theirs"
        await pilot.press("u")  # the other window's edit is in the way of undoing "added a note"
        await pilot.pause()
        assert store.annotation(note.id).note == "theirs"


async def test_label_toggled_off_removes_a_bare_mark_and_a_reselected_passage_is_edited(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press("s", "2")
        await pilot.pause()
        [mark] = store.annotations(screen.article.id)
        assert mark.label == app.screen.labels[1] and mark.note == ""
        await pilot.press("s", "2")  # the same passage selected again: the label toggles off
        await pilot.pause()
        assert store.annotations(screen.article.id) == []  # no empty note left behind
        await pilot.press("u")
        await pilot.pause()
        assert [a.id for a in store.annotations(screen.article.id)] == [mark.id]
        await pilot.press("s", "a")  # selecting that passage and a edits its note, not a second one
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.heading == "Edit note"
        await pilot.press(*"tjek", "ctrl+s")
        await settle(pilot)
        [edited] = store.annotations(screen.article.id)
        assert edited.id == mark.id and edited.note == "tjek" and edited.label == mark.label


async def test_undo_in_an_untagged_session_brings_back_the_article_it_changed(tmp_path, library, store):
    app = make_app(library, store, tmp_path, session_tags=("skole", "havn"))
    async with app.run_test(size=(120, 40)) as pilot:
        order = await start_session(pilot)
        session = app.screen
        await pilot.press("f", "1")  # untagged only; tag the first
        await pilot.pause()
        tags_row = str(session.query_one("#session-tags").render())
        assert "✓ skole" in tags_row and "✓ havn" not in tags_row  # on and off read without colour
        await pilot.press("n", "p")  # the first is tagged now: not in the list any more
        await pilot.pause()
        assert order[0].id not in [a.id for a in session.articles]
        await pilot.press("u")
        await pilot.pause()
        assert store.tags(order[0].id) == ()
        assert session.current.id == order[0].id  # shown again: what was undone is on screen
        label = str(session.query_one("#session-progress-label").render())
        assert label.startswith("0 of 3 tagged") and f"of {len(order)}" in label


async def test_redo_in_an_untagged_session_shows_the_article_it_tagged(tmp_path, library, store):
    """A step that tags an article (a redo, an undone removal) in untagged-only mode: the article
    it changed stays on screen, as it does when it is tagged with a key, not the next or none."""
    app = make_app(library, store, tmp_path, session_tags=("skole", "havn"))
    async with app.run_test(size=(120, 40)) as pilot:
        order = await start_session(pilot)
        session = app.screen
        await pilot.press("f", "1", "n", "p")  # untagged only; tag the first; it leaves the list
        await pilot.pause()
        await pilot.press("u")  # untagged again: back on screen
        await pilot.pause()
        assert session.current.id == order[0].id
        await pilot.press("ctrl+r")  # tagged again: still the one on screen
        await pilot.pause()
        assert store.tags(order[0].id) == ("skole",)
        assert session.current.id == order[0].id
        assert "✓ skole" in str(session.query_one("#session-tags").render())


async def test_undo_elsewhere_names_the_article(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        title = screen.article.title
        await pilot.press("s", "1", "q")
        await pilot.pause()
        await pilot.press("u")  # from the library: the message says which article changed
        await pilot.pause()
        last = said(app)[-1]
        assert last.startswith("Undone: added label") and title[:20] in last


async def test_ctrl_q_does_not_drop_a_note_being_written(tmp_path, library, store):
    """The first ctrl+q with a note half written warns and stays; ctrl+s then saves it; a second
    ctrl+q right after the warning quits without it."""
    from reader.tui.screens.note import NoteEditor

    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press("s", "a", *"half a thought")
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.return_code is None
        assert any("not saved" in m for m in said(app))
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [a.note for a in store.annotations(screen.article.id)] == ["half a thought"]
        await pilot.press("ctrl+q")  # nothing unsaved now: quits at once
        await pilot.pause()
        assert app.return_code == 0


async def test_ctrl_q_twice_quits_without_the_note(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press("s", "a", *"dropped on purpose", "ctrl+q", "ctrl+q")
        await pilot.pause()
        assert app.return_code == 0
        assert store.annotations(screen.article.id) == []


def test_a_crash_log_that_cannot_be_written_is_said_and_a_fallback_kept(tmp_path, store, monkeypatch, capsys):
    """The state folder is a file: the details go to the temporary folder, and the line says where."""
    from reader.tui.running import run_app

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # TMPDIR is read again

    def boom() -> None:
        raise ValueError("lost details")

    async def pilot(pilot) -> None:
        await pilot.pause()
        pilot.app.call_later(boom)

    assert run_app(ReaderApp([str(tmp_path)], store), headless=True, auto_pilot=pilot) == 1
    err = capsys.readouterr().err
    [log] = (tmp_path / "tmp").glob("reader-crash-*.log")
    assert f"(details in {log})" in err and "lost details" in log.read_text(encoding="utf-8")


def test_an_error_after_textual_lets_go_is_one_line_too(tmp_path, store, monkeypatch, capsys):
    """An exception that escapes App.run itself (while shutting down) is still one line and a log."""
    from reader.tui.running import run_app

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    class Breaking(ReaderApp):
        def run(self, **options):
            raise RuntimeError("after the app")

    assert run_app(Breaking([str(tmp_path)], store), headless=True) == 1
    err = capsys.readouterr().err
    assert err.startswith("reader: internal error: RuntimeError: after the app (details in ") and err.count("\n") == 1
    assert "Traceback" in (tmp_path / "state" / "reader" / "crash.log").read_text(encoding="utf-8")

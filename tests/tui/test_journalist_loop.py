"""Pilot tests: the whole loop a journalist does, asserted on the store and the export."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import open_store
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.note import NoteEditor
from reader.tui.screens.tags import TagEditor
from reader.tui.widgets.article_table import ArticleTable
from reader.tui.widgets.article_view import ArticleView

from tui_helpers import HOSTILE, WIRE, open_article, wait_for_library, make_app

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_articles"

@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "db" / "reader.json") as opened:
        yield opened


async def test_library_lists_every_sample(tmp_path, store):
    from reader.library import scan

    expected = len(scan([SAMPLES]).articles)
    app = make_app([SAMPLES], store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await wait_for_library(pilot)
        assert len(screen.table.rows) == expected >= 10
        titles = [screen.table.render_line(y).text for y in range(screen.table.size.height)]
        assert any(row.article.title[:30] in " ".join(titles) for row in screen.table.shown[:5])
        await pilot.press("f", *"nordbureau")
        await pilot.pause()
        assert 0 < len(screen.table.shown) < expected
        assert all("nordbureau" in row.haystack for row in screen.table.shown)
        await pilot.press("escape")
        await pilot.pause()
        assert len(screen.table.shown) == expected


async def test_select_sentence_annotate_tag_export_undo(tmp_path, library, store):
    app = make_app([library], store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        view = screen.query_one(ArticleView)
        article = screen.article
        # The dateline "Ribe." is a sentence of its own: ")" moves to the next one, "s" selects it.
        await pilot.press("right_parenthesis")
        await pilot.press("s")
        selection = view.selection
        assert selection is not None
        selected = article.body[selection[0] : selection[1]]
        assert selected.startswith("Borgmester Hanne Dahl") and selected.endswith("Skole.")
        # "a" opens the note editor; ctrl+s saves.
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"Check the vote", "enter", *"- second line [b]", "ctrl+s")
        await pilot.pause()
        notes = store.annotations(article.id)
        assert len(notes) == 1
        assert notes[0].anchor.exact == selected
        assert notes[0].note == "Check the vote\n- second line [b]"
        assert view.selection == selection  # kept, as in an editor (Escape clears it)
        # "t" tags the article.
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TagEditor)
        await pilot.press(*"skoler", "enter")
        await pilot.pause()
        assert store.tags(article.id) == ("skoler",)
        # "e" writes the export and names the file.
        await pilot.press("e", "enter")  # the dialog proposes a new file; Enter writes it
        await pilot.pause()
        exports = list((tmp_path / "exports").glob("*.md"))
        assert len(exports) == 1
        text = exports[0].read_text(encoding="utf-8")
        assert "## Borgmester vil lukke skole i Ribe" in text
        assert "> Borgmester Hanne Dahl" in text and "Check the vote" in text
        assert "Tags: skoler" in text
        # "u" undoes the tag, then the note; ctrl+y redoes the note.
        await pilot.press("u")
        await pilot.pause()
        assert store.tags(article.id) == ()
        await pilot.press("u")
        await pilot.pause()
        assert store.annotations(article.id) == []
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert [a.note for a in store.annotations(article.id)] == ["Check the vote\n- second line [b]"]


async def test_label_keys_and_delete(tmp_path, library, store):
    app = make_app([library], store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        article = screen.article
        view = screen.query_one(ArticleView)
        await pilot.press("v", "right", "right")
        assert view.selection is not None
        start, end = view.selection
        await pilot.press("2")
        await pilot.pause()
        notes = store.annotations(article.id)
        assert [(n.label, n.anchor.exact) for n in notes] == [("verify", article.body[start:end])]
        assert article.body[start:end] == "Ribe. Borgmester Hanne"
        # Cursor is on the labelled words: "d" deletes the note under it.
        await pilot.press("d")
        await pilot.pause()
        assert store.annotations(article.id) == []


async def test_hostile_article_renders_literally(tmp_path, library, store):
    app = make_app([library], store, tmp_path)
    async with app.run_test(size=(140, 40)) as pilot:
        lib = await wait_for_library(pilot)
        table = lib.query_one(ArticleTable)
        rows = "\n".join(table.render_line(y).text for y in range(len(table.shown)))
        assert "[bold red]sender[/]" in rows
        assert "\x1b" not in rows and "␛" in rows
        screen = await open_article(pilot, "Hacker")
        assert isinstance(app.screen, ArticleScreen)  # [@click=app.quit] did not quit
        view = screen.query_one(ArticleView)
        lines = " ".join(" ".join(view.render_line(y).text for y in range(view.size.height)).split())
        assert "[bold]fed[/bold]" in lines and "[link=http://x]et link[/link]" in lines
        assert "[red]et citat[/red]" in lines
        for bad in ("\x1b", "\x07", "\x08", "\u202e"):
            assert bad not in lines
        header = str(screen.query_one("#article-header").render())
        assert "[@click=app.quit]" in header
        await pilot.press("s", "a", *"ok", "ctrl+s")
        await pilot.pause()
        await pilot.press("e", "enter")  # the dialog proposes a new file; Enter writes it
        await pilot.pause()
        exported = next((tmp_path / "exports").glob("*.md")).read_text(encoding="utf-8")
        assert "\x1b" not in exported and "\x07" not in exported
        assert r"\[@click=app.quit\]" in exported


async def test_help_screen_lists_bindings(tmp_path, library, store):
    app = make_app([library], store, tmp_path)
    async with app.run_test(size=(120, 50)) as pilot:
        await open_article(pilot, "Borgmester")
        await pilot.press("question_mark")
        await pilot.pause()
        text = str(app.screen.query_one("Static").render())
        for needle in ("Next sentence", "Previous paragraph", "Select", "Note", "Undo", "Back"):
            assert needle in text
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)


async def test_tag_editor_keeps_a_tag_added_from_outside_while_it_was_open(tmp_path, library, store):
    app = make_app([library], store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await wait_for_library(pilot)
        article = screen.table.shown[0].article
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TagEditor)
        with open_store(store.path) as shell:  # 'reader tag' from the shell meanwhile
            shell.attach(article)
            shell.add_tags(article.id, ["fromshell"])
        await pilot.press(*"mine", "enter")
        await pilot.pause()
        store.refresh()
        assert set(store.tags(article.id)) == {"fromshell", "mine"}


async def test_typing_in_the_tag_editor_adds_to_the_tags_it_shows(tmp_path, library, store):
    app = make_app([library], store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await wait_for_library(pilot)
        article = screen.table.shown[0].article
        store.attach(article)
        store.add_tags(article.id, ["landbrug", "klima"])
        await pilot.press("t")
        await pilot.pause()
        await pilot.press(*"ny", "enter")
        await pilot.pause()
        assert set(store.tags(article.id)) == {"landbrug", "klima", "ny"}

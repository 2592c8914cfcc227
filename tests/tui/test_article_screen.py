"""Pilot tests for the article screen's polish: orphaned notes, small screens, label names, messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import open_store
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.help import HelpScreen, binding_rows
from reader.tui.screens.note import NoteEditor

from tui_helpers import WIRE, open_article, wait_for_library, make_app, settle, said

MARKDOWN = """---
title: Vindmøller ved Thyborøn
date: 2025-01-02
tags:
  - energi
  - Vestjylland
---

Thyborøn. Kommunen siger ja til seks vindmøller.
"""


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    (folder / "vind.md").write_text(MARKDOWN, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "db" / "reader.json") as opened:
        yield opened


def messages(app) -> list[str]:
    return said(app)


def panel_text(screen: ArticleScreen) -> str:
    return str(screen.query_one("#panel-content").render())


def status_text(screen: ArticleScreen) -> str:
    return str(screen.query_one("#article-status").render())


async def orphan_one_note(pilot, library: Path, store) -> ArticleScreen:
    """Notes on two sentences; the second sentence is then cut from the file and the article reopened."""
    screen = await open_article(pilot, "Borgmester")
    body = screen.article.body
    start = body.index("Forældrene")
    screen.view.select_span((start, start + len("Forældrene protesterer.")))
    await pilot.press("a", *"stays", "ctrl+s")
    start = body.index("De har samlet")
    screen.view.select_span((start, start + len("De har samlet 2.400 underskrifter.")))
    await pilot.press("a", *"gone", "ctrl+s")
    await pilot.pause()
    await pilot.press("q")
    await pilot.pause()
    path = library / "ribe.txt"
    path.write_text(path.read_text(encoding="utf-8").replace(" De har samlet 2.400 underskrifter.", ""), encoding="utf-8")
    screen = await open_article(pilot, "Borgmester")
    assert {a.note: a.status.value for a in store.annotations(screen.article.id)}["gone"] == "orphaned"
    return screen


async def test_orphaned_notes_are_reached_with_brackets_edited_and_deleted(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await orphan_one_note(pilot, library, store)
        assert "The text of 1 note is gone from the article: ] past the last note picks it" in messages(app)
        # The panel is taller than the screen (a scrollbar), and its lines are wrapped to its real width.
        content = screen.query_one("#panel-content")
        await pilot.pause()
        assert content.size.width == screen.query_one("#panel").outer_size.width - 4
        rendered = content.render()
        assert len(rendered.wrap(content.size.width)) == len(rendered.plain.split("\n"))
        article_id = screen.article.id
        await pilot.press("right_square_bracket")  # the placed note
        await pilot.pause()
        assert screen.selected_orphan is None and "note: stays" in status_text(screen)
        await pilot.press("right_square_bracket")  # past it: the orphaned note
        await pilot.pause()
        assert screen.orphan is not None and screen.orphan.note == "gone"
        assert "orphaned note 1 of 1" in status_text(screen)
        assert "▶ “De har samlet" in panel_text(screen)
        await pilot.press("right_square_bracket")  # nothing further: said, not silent
        await pilot.pause()
        assert "That was the last note ([ goes back)" in messages(app)
        # Enter edits it.
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor) and app.screen.query_one("TextArea").text == "gone"
        await pilot.press(*" for good", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ArticleScreen)
        assert "gone for good" in [a.note for a in store.annotations(article_id)]
        assert screen.orphan is not None  # still picked after the edit
        # d deletes it, u brings it back.
        await pilot.press("d")
        await pilot.pause()
        assert [a.note for a in store.annotations(article_id)] == ["stays"]
        assert "Orphaned note deleted (u to undo)" in messages(app)
        assert "Orphaned notes" not in panel_text(screen) and screen.selected_orphan is None
        await pilot.press("u")
        await pilot.pause()
        assert sorted(a.note for a in store.annotations(article_id)) == ["gone for good", "stays"]
        # [ from the orphaned note goes back to the last placed one; a motion lets the orphan go.
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert screen.orphan is not None
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert screen.orphan is None and "note: stays" in status_text(screen)
        await pilot.press("right_square_bracket", "right")
        await pilot.pause()
        assert screen.orphan is None and "orphaned note" not in status_text(screen)
        # Escape lets go of a picked orphan before it leaves the article.
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.orphan is not None
        await pilot.press("escape")
        await pilot.pause()
        assert screen.orphan is None and app.screen is screen


async def test_bracket_past_the_notes_says_so(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert "No more notes after this one" in messages(app)
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert "No notes before this one" in messages(app)
        assert screen.selected_orphan is None


async def test_small_screen_hides_the_panel_and_keeps_the_keys(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        panel = screen.query_one("#panel")
        assert not panel.display
        assert screen.view.text_width() >= 70
        keys = {key.description: key for key in screen.query("FooterKey")}
        palette = next(key for key in screen.query("FooterKey") if key.has_class("-command-palette"))
        for name in ("Help", "Panel", "Note", "Back"):
            region = keys[name].region
            assert region.width and region.right <= palette.region.x, name
        # \ shows the panel; the text keeps more than 40 columns beside it.
        await pilot.press("backslash")
        await pilot.pause()
        assert panel.display and panel.region.width <= 32
        assert screen.view.text_width() >= 40
        await pilot.press("backslash")
        await pilot.pause()
        assert not panel.display
        # The note editor fits, keys line included.
        await pilot.press("s", "a")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        dialog = editor.query_one("#note-dialog").region
        help_line = editor.query_one("#note-help").region
        assert help_line.height == 1 and dialog.contains_region(help_line)
        assert dialog.bottom <= 24


async def test_narrow_terminal_footer_still_shows_help(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(70, 24)) as pilot:
        lib = await wait_for_library(pilot)
        await pilot.pause()
        keys = {key.description: key for key in lib.query("FooterKey")}
        palette = next(key for key in lib.query("FooterKey") if key.has_class("-command-palette"))
        for name in ("Help", "Quit", "Open"):
            assert keys[name].region.width and keys[name].region.right <= palette.region.x, name


async def test_wide_screen_puts_the_panel_beside_the_text_and_widens_it(tmp_path, library, store):
    from reader.tui.widgets.article_view import MAX_TEXT_WIDTH

    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(200, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        panel = screen.query_one("#panel")
        assert screen.view.text_width() == MAX_TEXT_WIDTH  # a reading width, not the screen's
        assert panel.region.x - screen.view.region.right < 4  # no empty band between the two
        assert panel.region.width >= 60
        await pilot.press("backslash")  # hidden: the text has the screen again
        await pilot.pause()
        assert not panel.display and screen.view.region.width == 200


async def test_panel_shown_beside_a_picked_orphan_rewraps_the_text(tmp_path, library, store):
    """Showing the panel while it scrolls to a picked orphaned note still re-wraps the text."""
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await orphan_one_note(pilot, library, store)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert screen.orphan is not None
        await pilot.press("backslash")
        await pilot.pause()
        await pilot.pause()
        view = screen.view
        assert screen.query_one("#panel").display
        assert view._layout_width == view.text_width() < 60
        assert max(row[1] - row[0] for row in view._layout.rows) <= view.text_width()


async def test_very_narrow_and_wide_screens(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(40, 20)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        assert not screen.query_one("#panel").display
        assert screen.view.text_width() >= 30
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        panel = screen.query_one("#panel")
        assert panel.display and panel.region.width == 38
        assert screen.view.text_width() >= 70


async def test_help_and_palette_name_the_configured_labels(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 50)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("Static").render())
        for name in ("key quote", "verify", "follow up", "contested", "background"):
            assert f"Label: {name}" in text
        assert "Label 1" not in text and "Label 6" not in text and "Label: " + "6" not in text
        await pilot.press("escape")
        await pilot.pause()
        titles = [command.title for command in app.get_system_commands(screen)]
        assert "Label: verify" in titles and "Label: key quote" in titles
        assert not any(title.startswith("Label ") for title in titles)
        # The palette finds them by name.
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"verify")
        await settle(pilot)
        from textual.command import CommandList

        options = app.screen.query_one(CommandList)
        found = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("Label: verify" in option for option in found), found


async def test_help_lists_only_configured_labels(tmp_path, library, store):
    app = make_app(library, store, tmp_path, labels=("kilde", "tjek"))
    async with app.run_test(size=(120, 50)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        rows = [row for row in binding_rows(screen) if row.action.startswith("label(")]
        assert [(row.keys, row.description) for row in rows] == [("1", "Label: kilde"), ("2", "Label: tjek")]


async def test_session_help_names_the_tags(tmp_path, library, store):
    app = make_app(library, store, tmp_path, session_tags=("politik", "lokalt"))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        await pilot.press("T")
        await settle(pilot)
        rows = [row for row in binding_rows(app.screen) if row.action.startswith("toggle(")]
        assert [row.description for row in rows] == ["Toggle tag: politik", "Toggle tag: lokalt"]


async def test_other_names_group_and_worded_correction_toast(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        assert "Other names" not in panel_text(screen)
        body = screen.article.body
        start = body.index("Ribe Østre Skole")
        screen.view.move_to((start, start + 4))
        await pilot.pause()
        await pilot.press("v", "right", "right", "r", "m")
        await settle(pilot)
        assert "“Ribe Østre Skole” is now another name in every article" in messages(app)
        assert "Other names\nRibe Østre Skole" in panel_text(screen)
        assert not any(code in message for message in messages(app) for code in (" MISC ", " LOC ", " ORG "))


async def test_small_messages(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press("v")
        await pilot.pause()
        assert "selected 1 word " in status_text(screen) + " " and "1 words" not in status_text(screen)
        await pilot.press("escape")
        # x off a name says so.
        body = screen.article.body
        start = body.index("skriver")
        screen.view.move_to((start, start + len("skriver")))
        await pilot.press("x")
        await pilot.pause()
        assert "No entity under the cursor (n jumps to the next one)" in messages(app)
        # r and x before the analysis has finished: still analysing, not "no entity".
        start = body.index("Hanne Dahl")
        screen.view.move_to((start, start + len("Hanne")))
        screen.analysis = None
        await pilot.press("r")
        await pilot.pause()
        assert messages(app)[-1].startswith("Still analysing")
        await pilot.press("x")
        await pilot.pause()
        assert messages(app)[-1].startswith("Still analysing")
        # " before the analysis has finished: not "No quotes found in this article".
        screen.load_quotes()
        await pilot.press("quotation_mark")
        await pilot.pause()
        assert messages(app)[-1].startswith("Still analysing")


async def test_r_takes_the_word_under_the_cursor_and_refuses_a_sentence(tmp_path, library, store):
    from reader.tui.screens.entity import EntityChooser

    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        body = screen.article.body
        start = body.index("Forældrene")
        screen.view.move_to((start, start + len("Forældrene")))
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, EntityChooser) and app.screen.text == "Forældrene"
        await pilot.press("escape")
        await pilot.pause()
        screen.view.move_to((0, 4))
        await pilot.press("p", "r")  # a whole paragraph is not a name: refused, nothing stored
        await pilot.pause()
        assert not isinstance(app.screen, EntityChooser)
        assert "select just the name" in messages(app)[-1]
        assert store.corrections() == ()


async def test_multi_line_note_is_indented_and_legend_wraps_between_items(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        long_line = "a fairly long first line of the note that has to wrap in the panel"
        await pilot.press("s", "a", *long_line, "enter", *"second line", "ctrl+s")
        await settle(pilot)
        width = screen.query_one("#panel-content").size.width
        from reader.tui.panel import panel_content

        lines = [line.plain for line in screen.query_one("#panel-content").render().wrap(width)]
        start = next(i for i, line in enumerate(lines) if line.startswith("  a fairly long"))
        note_rows = lines[start : start + 4]
        assert all(row.startswith("  ") for row in note_rows), note_rows
        assert "  second line" in note_rows
        assert any("other names" in line for line in lines)
        assert not any(line.rstrip().endswith("other") for line in lines)
        assert panel_content  # imported for its width logic


async def test_file_tags_are_shown_apart_from_the_users_tags(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Vindmøller")
        assert screen.article.meta_tags == ("energi", "Vestjylland")
        header = str(screen.query_one("#article-header").render())
        assert "file tags: energi, Vestjylland" in header
        assert "file tags: energi, Vestjylland" in panel_text(screen)
        assert "Tags\nnone — press t" in panel_text(screen)


def test_header_puts_tags_that_do_not_fit_on_a_line_of_their_own():
    from reader.model import Article
    from reader.tui.render import header_content

    article = Article(
        id="x", path="x.md", title="Ny forbindelse over Limfjorden", body="", date="2025-02-12", source="nordbureau",
        dateline="Aalborg", language="da", byline="Trine Møller", meta_tags=("infrastruktur", "trafik", "Nordjylland"),
    )
    lines = header_content(article, ["bro"], 80).plain.split("\n")
    assert lines[1].endswith("Trine Møller   tags: bro")
    assert lines[2] == "file tags: infrastruktur, trafik, Nordjylland"
    wide = header_content(article, ["bro"], 160).plain.split("\n")
    assert len(wide) == 2 and wide[1].endswith("file tags: infrastruktur, trafik, Nordjylland")


async def test_a_note_on_a_name_inside_a_noted_sentence_stays_within_reach(tmp_path, library, store):
    """d (as Enter, the labels and the status line) acts on the innermost note under the cursor,
    the name's, not on a newer note on the sentence around it; ] onto the sentence's note acts on
    that one."""
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        start = screen.article.body.index("Hanne Dahl")
        screen.view.select_span((start, start + len("Hanne Dahl")))
        await pilot.press("a", *"ring", "ctrl+s")
        await pilot.pause()
        await pilot.press("escape", "s", "a", *"sentence", "ctrl+s")  # the sentence around it, later
        await pilot.pause()
        await pilot.press("escape")
        assert sorted(a.note for a in store.annotations(screen.article.id)) == ["ring", "sentence"]
        screen.view.move_to((start, start + len("Hanne")))
        await pilot.pause()
        assert "note: ring" in status_text(screen)
        await pilot.press("d")
        await pilot.pause()
        assert [a.note for a in store.annotations(screen.article.id)] == ["sentence"]
        await pilot.press("u", "home", "right_square_bracket")  # back; ] lands on the sentence's note
        await pilot.pause()
        assert "note: sentence" in status_text(screen)
        await pilot.press("d")
        await pilot.pause()
        assert [a.note for a in store.annotations(screen.article.id)] == ["ring"]


async def test_bracket_keys_visit_notes_that_start_on_the_same_word(tmp_path, library, store):
    """] and [ step through every note, two that start on the same word included."""
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        start = screen.article.body.index("Borgmester Hanne")
        screen.view.select_span((start, start + len("Borgmester Hanne Dahl")))
        await pilot.press("a", *"name", "ctrl+s")
        await pilot.pause()
        await pilot.press("escape", "s", "a", *"sentence", "ctrl+s")  # the sentence: the same first word
        await pilot.pause()
        spans = {a.note: (a.anchor.start, a.anchor.end) for a in store.annotations(screen.article.id)}
        assert spans["name"][0] == spans["sentence"][0]
        await pilot.press("escape", "home", "right_square_bracket")
        await pilot.pause()
        assert screen.view.cursor == spans["name"]
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert screen.view.cursor == spans["sentence"]
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert screen.view.cursor == spans["name"]


async def test_n_visits_a_quote_that_opens_with_a_name(tmp_path, store):
    """n steps from the name that opens a dash quote on to the quote itself, N back."""
    folder = tmp_path / "vestas"
    folder.mkdir()
    (folder / "vestas.txt").write_text(
        " date 2024-03 Vestas hyrer 200\n\nAarhus. Vestas hyrer 200 nye medarbejdere.\n\n"
        "- Vestas har brug for flere hænder, siger direktør Anne Holm.\n\n/testbureau/\n", encoding="utf-8")
    app = make_app(folder, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Vestas hyrer")
        await settle(pilot)
        [quote] = screen.analysis.quotes
        name = next((e.start, e.end) for e in screen.analysis.entities if e.start == quote.start)
        screen.view.move_to(name)
        await pilot.press("n")
        await pilot.pause()
        assert screen.view.cursor == (quote.start, quote.end)
        await pilot.press("N")
        await pilot.pause()
        assert screen.view.cursor == name


async def test_x_on_a_date_says_it_is_no_longer_a_date_not_a_name(tmp_path, library, store):
    # review30: X on "tirsdag" (a date) said "“tirsdag” is no longer marked as a name in this
    # article"; the toast names the type the mention had, as `r`'s toast does.
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await settle(pilot)
        start = screen.article.body.index("fredag")
        entity = screen.entity_at(start)
        assert entity is not None and entity.label.value == "DATE", entity
        screen.view.move_to((start, start + len("fredag")))
        await pilot.press("X")
        await settle(pilot)
        assert "“fredag” is no longer marked as a date in this article" in messages(app), messages(app)
        start = screen.article.body.index("Hanne Dahl")
        screen.view.move_to((start, start + len("Hanne")))
        await pilot.press("x")
        await settle(pilot)
        assert "“Hanne Dahl” is no longer marked as a person in any article" in messages(app), messages(app)

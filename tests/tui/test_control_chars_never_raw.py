"""Names the app did not type itself never reach the terminal raw: a folder named with ESC or a
bidi override (the current folder, or the configured export folder) in the export dialog's path
box, and labels or session tags with control characters in the settings file."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from reader.settings import Settings, load_settings
from reader.store import open_store
from reader.tui.app import ReaderApp
from reader.tui.screens.exporting import ExportDialog

from tui_helpers import WIRE, open_article, settle, write_note

HOSTILE = "ex\x1b]0;PWN\x07\u202edir\x9b"


def _drawn(widget) -> str:
    """The characters the widget draws on its first line."""
    return "".join(segment.text for segment in widget.render_line(0))


async def test_a_folder_named_with_control_characters_is_shown_with_placeholders(tmp_path: Path):
    library = tmp_path / "articles"
    library.mkdir()
    (library / "ribe.txt").write_text(WIRE, encoding="utf-8")
    exports = tmp_path / HOSTILE
    exports.mkdir()
    settings = Settings(export_dir=str(exports), path=str(tmp_path / "c.toml"))
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = ReaderApp([str(library)], store, settings=settings)
        async with app.run_test(size=(150, 30)) as pilot:
            screen = await open_article(pilot, "Ribe")
            await write_note(pilot, store, screen, "tjek")
            await pilot.press("e")
            await settle(pilot)
            assert isinstance(app.screen, ExportDialog)
            box = app.screen.query_one(Input)
            assert Path(box.value).parent == exports  # the value is the real name: it is written there
            proposed = box.value
            assert not any(c in _drawn(box) for c in "\x1b\x07\u202e\x9b")
            box.value = f"{HOSTILE}/n.md"  # short enough to be drawn whole
            await settle(pilot)
            assert _drawn(box).startswith("ex␛]0;PWN␇\ufffddir\ufffd/n.md")
            box.value = proposed
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert [p.suffix for p in exports.iterdir()] == [".md"]


def test_labels_and_session_tags_lose_their_control_characters(tmp_path: Path):
    config = tmp_path / "c.toml"
    config.write_text('labels = ["key\\u001b]0;PWN\\u0007 quote", "rtl\\u202eevil", "plain"]\n'
                      'session_tags = ["pol\\u009bitics", "c1\\u0085x"]\n', encoding="utf-8")
    settings = load_settings(config)
    assert settings.labels == ("key]0;PWN quote", "rtlevil", "plain")
    assert settings.session_tags == ("politics", "c1 x")
    assert settings.problems == ()


async def test_a_note_and_label_with_control_characters_from_the_database_open_with_placeholders(tmp_path: Path):
    from textual.widgets import Select, TextArea

    from reader.library import scan
    from reader.model import Anchor
    from reader.tui.screens.note import NoteEditor
    from tui_helpers import make_app, said

    library = tmp_path / "articles"
    library.mkdir()
    (library / "ribe.txt").write_text(WIRE, encoding="utf-8")
    article = next(a for a in scan([str(library)]).articles if "Ribe" in a.title)
    start = article.body.index("Borgmester")
    with open_store(tmp_path / "db" / "reader.json") as store:
        # as a hand edit or another program could leave them in the database
        store.add_annotation(article.id, Anchor(start, start + 10, "Borgmester"),
                             note="tjek\x1b]0;PWN\x07 dette \u202eomvendt", label="lab\x1b[2Jel")
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(120, 35)) as pilot:
            await open_article(pilot, "Ribe")
            await pilot.press("]", "enter")
            await settle(pilot)
            assert isinstance(app.screen, NoteEditor)
            text = app.screen.query_one(TextArea).text
            assert text == "tjek␛]0;PWN␇ dette \ufffdomvendt"
            label = app.screen.query_one(Select)
            assert label.value == "lab\x1b[2Jel"  # the label itself is kept
            drawn = "".join(s.text for part in label.query("Static") for y in range(part.size.height)
                            for s in part.render_line(y))
            assert "lab␛[2Jel" in drawn and "\x1b" not in drawn
            await pilot.press("escape")  # nothing typed: closes at once, no "not saved" warning
            await settle(pilot)
            assert not isinstance(app.screen, NoteEditor)
            assert not any("not saved" in message for message in said(app))


async def test_a_paste_with_escape_and_a_bidi_override_is_drawn_with_placeholders(tmp_path: Path):
    from textual import events

    from tui_helpers import make_app, wait_for_library

    library = tmp_path / "articles"
    library.mkdir()
    (library / "ribe.txt").write_text(WIRE, encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(120, 30)) as pilot:
            await wait_for_library(pilot)
            await pilot.press("f")
            box = app.screen.query_one("#filter", Input)
            box.post_message(events.Paste("Ri\x1b]0;PWN\x07\u202ebe"))
            await settle(pilot)
            assert box.value == "Ri\x1b]0;PWN\x07\u202ebe"  # what was pasted is what is filtered on
            drawn = _drawn(box)
            assert "Ri␛]0;PWN␇\ufffdbe" in drawn and not any(c in drawn for c in "\x1b\x07\u202e")

"""``e`` in the app says where it will write and lets the reader change it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reader.store import open_store
from reader.tui.screens.exporting import ExportDialog

from tui_helpers import WIRE, make_app, open_article, settle, write_note, said


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    return folder


async def _note_then_export(pilot, store, note: str = "tjek"):
    """Open the Ribe article, note its first sentence, and open the export dialog; the article's
    screen."""
    screen = await open_article(pilot, "Ribe")
    await write_note(pilot, store, screen, note)
    await pilot.press("e")
    await settle(pilot)
    return screen


async def test_export_names_the_file_and_writes_where_the_reader_says(tmp_path, library):
    elsewhere = tmp_path / "drafts"
    elsewhere.mkdir()
    (elsewhere / "taken.md").write_text("my draft", encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await _note_then_export(pilot, store)
            dialog = app.screen
            assert isinstance(dialog, ExportDialog)
            box = dialog.query_one(Input)
            proposed = Path(box.value)
            assert proposed.parent == tmp_path / "exports" and proposed.suffix == ".md"
            assert "1 note from 1 article" in str(dialog.query_one("#export-title").render())
            await pilot.press("escape")  # cancel: nothing written
            await settle(pilot)
            assert not list((tmp_path / "exports").iterdir())
            await pilot.press("e")
            await settle(pilot)
            box = app.screen.query_one(Input)
            box.value = str(elsewhere / "taken.md")
            await pilot.press("enter")  # exists: refused, the dialog stays
            await settle(pilot)
            assert isinstance(app.screen, ExportDialog)
            assert (elsewhere / "taken.md").read_text(encoding="utf-8") == "my draft"
            assert "exists already" in said(app)[-1]
            box.value = str(elsewhere / "ribe-notes.md")
            await pilot.press("enter")
            await settle(pilot)
            assert not isinstance(app.screen, ExportDialog)
            assert "tjek" in (elsewhere / "ribe-notes.md").read_text(encoding="utf-8")
            await pilot.press("e")  # the next export proposes the folder used last
            await settle(pilot)
            assert Path(app.screen.query_one(Input).value).parent == elsewhere


async def test_a_write_that_fails_keeps_the_dialog_open(tmp_path, library):
    # The folder exists but takes no new file (/proc refuses even root): the dialog stays, and the
    # keys typed next go into the path box, not to the article behind it.
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _note_then_export(pilot, store)
            box = app.screen.query_one(Input)
            box.value = "/proc/reader-export-test.md"  # the kernel's folder: no new files there
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ExportDialog)
            assert said(app)[-1].startswith("Export failed:")
            await pilot.press("1")  # typed into the box, not a label on the article
            await settle(pilot)
            assert box.value.endswith("1") and [n.label for n in store.annotations(screen.article.id)] == [""]


async def test_the_dialog_never_writes_among_the_databases_files(tmp_path, library):
    """As export -o: not in the backups folder (a name like a backup's would pass for the newest
    one) nor beside the database under its name."""
    db = tmp_path / "db" / "reader.json"
    with open_store(db) as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_article(pilot, "Ribe")
            await write_note(pilot, store, screen, "tjek")
            backups = sorted((tmp_path / "db" / "reader.json.backups").iterdir())
            for target in (db.parent / "reader.json.backups" / "reader-29991231T000000000000Z-w1.json",
                           db.parent / "reader.json.notes.md"):
                await pilot.press("e")
                await settle(pilot)
                app.screen.query_one(Input).value = str(target)
                await pilot.press("enter")
                await settle(pilot)
                assert isinstance(app.screen, ExportDialog) and not target.exists()
                assert "an export never goes there" in said(app)[-1]
                await pilot.press("escape")
                await settle(pilot)
            assert sorted((tmp_path / "db" / "reader.json.backups").iterdir()) == backups


@pytest.mark.parametrize("suffix", [".csv", ".json"])
async def test_a_csv_or_json_name_in_the_dialog_gets_that_format(tmp_path, library, suffix):
    # As `reader export -o sheet.csv` does: a reader who types a .csv name gets CSV, not Markdown.
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await open_article(pilot, "Ribe")
            await pilot.press("E")  # the quote sheet
            await settle(pilot)
            target = tmp_path / f"sheet{suffix}"
            app.screen.query_one(Input).value = str(target)
            await pilot.press("enter")
            await settle(pilot)
            raw = target.read_bytes()
            assert raw.startswith(b"\xef\xbb\xbf") == (suffix == ".csv")  # a spreadsheet reads æøå right
            text = raw.decode("utf-8-sig")
            assert not text.startswith("# ")
            if suffix == ".csv":
                assert text.splitlines()[0].startswith("article_id,") and "Hanne Dahl" in text
            else:
                import json

                assert json.loads(text)["articles"][0]["quotes"][0]["speaker"] == "Hanne Dahl"


@pytest.mark.parametrize("keep", [False, True])
async def test_the_app_keeps_a_notes_markdown_when_the_settings_say_so(tmp_path, library, keep):
    # `reader export --keep-markdown` had no counterpart in the app: `e` always escaped *x* to \*x\*.
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([library], store, tmp_path, keep_markdown=keep)
        async with app.run_test(size=(100, 30)) as pilot:
            await _note_then_export(pilot, store, "*vigtigt* og `kode`")
            await pilot.press("enter")
            await settle(pilot)
            text = next((tmp_path / "exports").glob("reader-notes*.md")).read_text(encoding="utf-8")
            assert ("*vigtigt* og `kode`" in text) is keep
            assert ("\\*vigtigt\\* og \\`kode\\`" in text) is not keep


async def test_editing_the_proposed_name_changes_its_end_not_the_whole_path(tmp_path, library):
    # Backspace in the box deletes from the end of the proposed path (it is not selected as a whole,
    # so the first key does not wipe it): ".md" -> ".csv" in five keys.
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await open_article(pilot, "Ribe")
            await pilot.press("E")
            await settle(pilot)
            box = app.screen.query_one(Input)
            proposed = box.value
            await pilot.press("backspace", "backspace", "c", "s", "v")
            assert box.value == proposed[:-2] + "csv"


async def test_the_folder_used_last_is_proposed_after_a_restart_and_dropped_once_gone(tmp_path, library):
    elsewhere = tmp_path / "drafts"
    elsewhere.mkdir()
    from reader.settings import load_settings

    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await _note_then_export(pilot, store)
            app.screen.query_one(Input).value = str(elsewhere / "ribe-notes.md")
            await pilot.press("enter")
            await settle(pilot)
            assert (elsewhere / "ribe-notes.md").exists()
        assert load_settings(tmp_path / "c.toml").last_export_dir == str(elsewhere)
        again = make_app([library], store, tmp_path, last_export_dir=str(elsewhere))  # as a launch reads it
        assert again.export_path("notes").parent == elsewhere
        (elsewhere / "ribe-notes.md").unlink()
        elsewhere.rmdir()
        assert again.export_path("notes").parent == tmp_path / "exports"  # gone: the configured folder

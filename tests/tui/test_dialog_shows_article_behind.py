"""review25: every dialog (a note's editor, tags, who said it, export) hid the whole screen behind
it (the app's ``Screen`` background rule made Textual's dimmed ModalScreen opaque): a reporter
writing a note on a passage saw the passage quoted in the dialog but none of the article around
it. The article now shows behind the dialog, dimmed."""

from __future__ import annotations

from pathlib import Path

from textual.screen import ModalScreen


from tui_helpers import WIRE, open_article, settle, running_app


async def test_the_article_shows_behind_the_note_editor(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    async with running_app([folder], tmp_path, (100, 30)) as (app, pilot, store):
        await open_article(pilot, "Ribe")
        assert "Borgmester" in app.export_screenshot()  # the headline, on the top line
        await pilot.press("}", "}", "p", "a")  # "Forældrene protesterer. ...": no Borgmester in it
        await settle(pilot)
        assert isinstance(app.screen, ModalScreen)
        shown = app.export_screenshot()
        assert "Forældrene" in shown  # the dialog quotes the passage
        assert "Borgmester" in shown  # and the article's headline is still on screen behind it

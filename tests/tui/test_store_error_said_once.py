"""An older copy of the database put back over it while the app is open (an editor writing back
the buffer it read before the app saved notes): the app's look at the file every two seconds says
so, and so does the note saved after it. A reporter at 80x24 must see that long line once, not
two copies of it stacked over the note editor they are looking at."""

from __future__ import annotations

import os
from pathlib import Path

from reader.store import open_store
from reader.tui.screens.note import NoteEditor

from lock_holder import library, store  # noqa: F401 (fixtures)
from tui_helpers import make_app, open_article, settle, write_note


def _shown(app, words: str) -> list[str]:
    return [str(n.message) for n in app._notifications if words in str(n.message)]


async def test_an_older_copy_put_back_is_said_once_over_the_note_editor(tmp_path, library, store):
    db = Path(store.path)
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        buffer = db.read_bytes()  # an editor reads the file
        with open_store(db) as shell:  # `reader tag` from the shell, compacted as it closes
            shell.attach(screen.article)
            shell.add_tags(screen.article.id, ["fra-shell"])
        await write_note(pilot, store, screen, "saved in the journal")
        (db.parent / "buffer").write_bytes(buffer)
        os.replace(db.parent / "buffer", db)  # the editor writes its buffer back
        app._poll_store()  # the app's look at the file every two seconds
        await settle(pilot)
        assert len(_shown(app, "older than its journal")) == 1
        await pilot.press("escape", ")", "s", "a", *"not saved yet", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, NoteEditor)  # the note stays in its editor
        shown = _shown(app, "older than its journal")
        assert len(shown) == 1, shown
        assert "reader doctor --repair" in shown[0]

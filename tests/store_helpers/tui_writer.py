"""The app, headless, saving notes until killed: the TUI side of the kill tests.

usage: tui_writer.py DB LIBRARY NAME COUNT

Runs ReaderApp under Textual's headless test driver, opens the one article in LIBRARY and
saves a note COUNT times through the keyboard (s, a, text, ctrl+s: the first sentence's note,
each save adding NAME-<i> to its end), printing ``ready`` once the article is open and
``ack note <text>`` once the store holds the note as saved.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.store import open_store  # noqa: E402
from tui_helpers import make_app, open_article  # noqa: E402


async def main(db: str, library: str, name: str, count: int) -> None:
    store = open_store(db)
    with tempfile.TemporaryDirectory() as scratch:
        app = make_app(library, store, Path(scratch))
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await open_article(pilot, "Borgmester")
            print("ready", flush=True)
            notes = store.annotations(screen.article.id)
            text = notes[0].note if notes else ""  # a note an earlier (killed) run saved
            for i in range(count):
                added = f"{name}-{i};"
                text += added
                await pilot.press("s", "a", *added, "ctrl+s")
                await pilot.pause()
                if [a.note for a in store.annotations(screen.article.id)] == [text]:
                    print(f"ack note {text}", flush=True)
                else:
                    print(f"not saved {text}", flush=True)
    store.close()
    print("done", flush=True)


if __name__ == "__main__":
    os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
    asyncio.run(main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])))

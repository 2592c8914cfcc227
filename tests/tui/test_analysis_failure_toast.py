"""An analysis that fails on the open article's text (a bug the text finds) is one toast naming
the file; the text stays readable and the app goes on (Escape back to the library)."""

from __future__ import annotations

from pathlib import Path

import reader.analysis.pipeline as pipeline
from reader.store import open_store
from tui_helpers import WIRE, make_app, open_article, settle


def _boom(*args, **kwargs):
    raise TypeError("'NoneType' object is not subscriptable")


async def test_a_failed_analysis_names_the_file(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(pipeline, "analyze", _boom)
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "ribe-skole.txt").write_text(WIRE, encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await open_article(pilot, "Borgmester")
            await settle(pilot)
            shown = [str(n.message) for n in app._notifications if "names and quotes" in str(n.message)]
            assert len(shown) == 1 and shown[0].startswith("ribe-skole.txt: ") and "TypeError" in shown[0]
            assert "\n" not in shown[0] and "internal error" not in shown[0]
            assert "Hanne Dahl" in screen.article.body
            await pilot.press("escape")
            await settle(pilot)
            assert app.screen is not screen

"""E in the library finds the quotes of every listed article: minutes on a 20,000-article
archive. The app says how far it has got while it works, not only once at the start."""

from __future__ import annotations

from pathlib import Path

from reader.store import open_store
from tui_helpers import make_app, settle, wait_for_library


async def test_a_quote_sheet_of_many_articles_says_how_far_it_is(tmp_path: Path, monkeypatch):
    from reader.tui.screens import exporting

    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(4):
        (folder / f"s{number}.txt").write_text(
            f" date 2024-04-0{number + 1} Havn {number}\n\nRibe. Direktør Mette Lund er glad.\n\n"
            "- Det er en stor dag for byen, siger Mette Lund.\n\n/testbureau/\n", encoding="utf-8")
    monkeypatch.setattr(exporting, "_SAY_EVERY", 0.0, raising=False)  # a slow machine: every article
    said: list[str] = []
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        shown = app.say
        monkeypatch.setattr(app, "say", lambda message, **kw: (said.append(message), shown(message, **kw)))
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_library(pilot)
            await settle(pilot)
            await pilot.press("E")
            await settle(pilot)
            await settle(pilot)
            assert "Finding the quotes of 4 articles…" in said
            assert "Finding the quotes: 2 of 4 articles…" in said
            await pilot.press("escape")
            await settle(pilot)

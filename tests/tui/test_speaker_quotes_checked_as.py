"""review28 left, polish30: a speaker's quotes (Speakers screen, Enter) showed a changed quote's
state and new wording only; the article, the panel, the exports and ``reader quotes`` give the
wording it was checked as too."""

from __future__ import annotations

import json
from pathlib import Path

from textual.widgets import OptionList

from reader.cli import main
from reader.model import Anchor, QuoteState
from reader.store import open_store
from tui_helpers import make_app, settle, wait_for_analysis, wait_for_library

FERRY = (" date 2026-11 Færgen til Ærø sejler ikke i weekenden\n\nSvendborg. Færgen til Ærø bliver i havn hele"
         " weekenden på grund af en motorskade.\n\n- Motoren skal skilles ad, før vi ved mere, siger teknisk chef"
         " Maja Krog fra Ærøfærgerne.\n\n/testbureau/\n")
OLD, NEW = "før vi ved mere", "før vi ved noget som helst"


async def test_a_speakers_changed_quote_shows_the_wording_it_was_verified_as(tmp_path: Path, monkeypatch, capsys):
    from reader.tui.screens.library_index import IndexedLibrary
    from reader.tui.screens.speakers import SpeakerQuotesScreen

    monkeypatch.setattr(IndexedLibrary, "watch_files", lambda self: None)
    folder = tmp_path / "lib"
    folder.mkdir()
    path = folder / "faerge.txt"
    path.write_text(FERRY, encoding="utf-8")
    db = tmp_path / "db.json"
    capsys.readouterr()
    assert main(["quotes", str(folder), "--db", str(db), "--json"]) == 0
    [found] = json.loads(capsys.readouterr().out)
    with open_store(db) as store:
        store.set_quote_state(found["article_id"], Anchor(found["start"], found["end"], found["quote"]),
                              QuoteState.VERIFIED, found["said_as"])
    path.write_text(FERRY.replace(OLD, NEW), encoding="utf-8")  # the wire reworded it since
    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 30)) as pilot:
            library = await wait_for_library(pilot)
            await wait_for_analysis(pilot, library)
            await pilot.press("w")
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, SpeakerQuotesScreen)
            for _ in range(20):
                listing = app.screen.query_one(OptionList)
                if listing.option_count:
                    break
                await pilot.pause(0.1)
            shown = str(listing.get_option_at_index(0).prompt)
            assert "changed since verified" in shown and NEW in shown
            assert f"Verified as “Motoren skal skilles ad, {OLD}”" in shown, shown

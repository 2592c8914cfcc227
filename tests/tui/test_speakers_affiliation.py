"""polish30 (issue 15: "speaker (and role/affiliation where known)"): the Speakers screen and a
speaker's quotes gave the role and party only; the organisation the article gives the speaker
("teknisk chef Maja Krog fra Ærøfærgerne") was in the article's panel and the exports, not there."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from reader.store import open_store
from tui_helpers import make_app, settle, wait_for_analysis, wait_for_library

FERRY = (" date 2026-11 Færgen til Ærø sejler ikke i weekenden\n\nSvendborg. Færgen til Ærø bliver i havn hele"
         " weekenden på grund af en motorskade.\n\n- Motoren skal skilles ad, før vi ved mere, siger teknisk chef"
         " Maja Krog fra Ærøfærgerne.\n\nBorgmester Ole Bach (V) kalder situationen uholdbar.\n\n- Øen kan ikke leve"
         " uden færgen, siger Ole Bach.\n\n/testbureau/\n")


async def test_the_speakers_screen_gives_the_speakers_organisation(tmp_path: Path, monkeypatch) -> None:
    from reader.tui.screens.library_index import IndexedLibrary
    from reader.tui.screens.speakers import SpeakerQuotesScreen, SpeakersScreen

    monkeypatch.setattr(IndexedLibrary, "watch_files", lambda self: None)
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "faerge.txt").write_text(FERRY, encoding="utf-8")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 30)) as pilot:
            library = await wait_for_library(pilot)
            await wait_for_analysis(pilot, library)
            await pilot.press("w")
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, SpeakersScreen)
            await settle(pilot)
            cells = {row.name: screen.cells(row) for row in screen.shown}
            assert cells["Maja Krog"][1] == "teknisk chef, Ærøfærgerne"
            assert cells["Ole Bach"][1] == "borgmester, V"  # the party letter once
            await pilot.press(*"ærøfærgerne")  # the filter finds a speaker by the organisation too
            await settle(pilot)
            assert [s.name for s in screen.shown] == ["Maja Krog"]
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, SpeakerQuotesScreen)
            title = str(app.screen.query_one(".who-title", Static).render())
            assert title.startswith("Maja Krog (teknisk chef, Ærøfærgerne)"), title

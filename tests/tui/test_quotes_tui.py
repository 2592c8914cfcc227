"""Pilot tests for quotes in the app: the speaker key, a check that follows the wording, quote to
quote with verify-and-next, and the quote sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.anchoring import make_anchor
from reader.model import QuoteState
from reader.store import open_store
from reader.tui.screens.speaker import SpeakerEditor
from reader.tui.widgets.article_view import ArticleView

from tui_helpers import make_app, open_article, settle

STORY = """ date 2024-03 Borgmester vil lukke skole i Ribe

Ribe. Borgmester Hanne Dahl (V) vil lukke Ribe Østre Skole. Det skriver kommunen fredag.

- Vi har ikke råd til at holde tre skoler åbne, siger Hanne Dahl.

Forældrene protesterer. Formand for skolebestyrelsen Jens Kofoed er vred.

- Det er en katastrofe for børnene i Ribe, siger Jens Kofoed.

- Vi vil kæmpe imod hele vejen, siger han.

/testbureau/
"""
FIRST = "Vi har ikke råd til at holde tre skoler åbne"


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(STORY, encoding="utf-8")
    return folder


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "db" / "reader.json") as opened:
        yield opened


def status(screen) -> str:
    return str(screen.query_one("#article-status").render())


def panel(screen) -> str:
    return str(screen.query_one("#panel-content").render())


async def test_the_speaker_key_picks_a_person_clears_and_undoes(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        view = screen.query_one(ArticleView)
        await pilot.press("quotation_mark", "quotation_mark")  # the second quote: Jens Kofoed's
        second = screen.analysis.quotes[1]
        assert view.cursor == (second.start, second.end)
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, SpeakerEditor)
        await pilot.press("ctrl+u", "h", "a", "n", "right", "enter")  # "han" completes to Hanne Dahl
        await settle(pilot)
        (check,) = store.quote_checks(screen.article.id)
        assert (check.speaker_set, check.speaker) == (True, "Hanne Dahl")
        assert "quote by Hanne Dahl (set by hand, unverified; c to change" in status(screen)
        assert "Hanne Dahl ✎ ×1" in panel(screen)
        assert any(q.speaker == "Hanne Dahl · set by hand" for q in view.quotes)  # the ◆ line above it
        await pilot.press("w", "ctrl+u", "enter")  # cleared: the quote has no speaker
        await settle(pilot)
        assert store.quote_checks(screen.article.id)[0].speaker == ""
        assert "quote by no speaker (set by hand, unverified;" in status(screen)
        assert any(q.speaker == "no speaker · set by hand" for q in view.quotes)  # not the found name, not blank
        await pilot.press("u", "u")
        await settle(pilot)
        assert store.quote_checks(screen.article.id) == []
        assert "quote by Jens Kofoed (unverified" in status(screen)


async def test_a_quote_reworded_in_the_file_shows_changed_since_verified(tmp_path, library, store):
    from reader.library import load_articles

    path = library / "ribe.txt"
    (article,) = store.settle_ids(load_articles(path))
    store.attach(article)
    start = article.body.index(FIRST)
    store.set_quote_state(article.id, make_anchor(article.body, start, start + len(FIRST)), QuoteState.VERIFIED, "Hanne Dahl")
    path.write_text(STORY.replace("tre skoler", "alle tre skoler"), encoding="utf-8")
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        view = screen.query_one(ArticleView)
        await pilot.press("quotation_mark")
        first = screen.analysis.quotes[0]
        assert view.cursor == (first.start, first.end)
        line = status(screen)
        assert "changed since verified" in line and "“…holde tre skoler…” → “…holde alle tre skoler…”" in line
        assert view.quote_states.get((first.start, first.end), QuoteState.UNVERIFIED) is QuoteState.UNVERIFIED
        assert "Changed since checked (1)" in panel(screen) and "! was “Vi har ikke" in panel(screen)
        await pilot.press("E")  # the quote sheet never calls it verified
        await settle(pilot)
        await pilot.press("enter")  # the export dialog: write to the file it proposes
        await settle(pilot)
        sheet = next((tmp_path / "exports").glob("reader-quotes*.md")).read_text(encoding="utf-8")
        assert "! changed since verified: “Vi har ikke råd til at holde alle tre skoler åbne”" in sheet
        assert "✓ verified" not in sheet
        await pilot.press("V")  # checked again, on the new wording
        await settle(pilot)
        (check,) = store.quote_checks(screen.article.id)
        assert check.checked_text == "Vi har ikke råd til at holde alle tre skoler åbne"
        assert "Changed since" not in panel(screen)


async def test_quote_to_quote_and_verify_next_checks_three_quotes_in_four_keys(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        view = screen.query_one(ArticleView)
        quotes = screen.analysis.quotes
        assert len(quotes) == 3
        await pilot.press("quotation_mark")  # past Ribe, Hanne Dahl, Ribe Østre Skole, fredag...
        assert view.cursor == (quotes[0].start, quotes[0].end)
        await pilot.press("V", "V", "V")
        await settle(pilot)
        states = store.quote_states(screen.article.id)
        assert states == {(q.start, q.end): QuoteState.VERIFIED for q in quotes}
        checks = store.quote_checks(screen.article.id)
        assert [c.checked_speaker for c in checks] == ["Hanne Dahl", "Jens Kofoed", "Jens Kofoed"]
        await pilot.press("apostrophe")
        assert view.cursor == (quotes[1].start, quotes[1].end)
        await pilot.press("E")
        await settle(pilot)
        await pilot.press("enter")  # the export dialog: write to the file it proposes
        await settle(pilot)
        sheet = next((tmp_path / "exports").glob("reader-quotes*.md")).read_text(encoding="utf-8")
        assert sheet.count("- ✓ verified: “") == 3


async def test_the_notes_export_carries_the_speaker_state_and_a_link_back(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await pilot.press("quotation_mark", "c", "a", *"ring til kommunen", "ctrl+s")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        await pilot.press("enter")  # the export dialog: write to the file it proposes
        await settle(pilot)
        exported = next((tmp_path / "exports").glob("reader-notes*.md")).read_text(encoding="utf-8")
        assert "*Quote by Hanne Dahl (borgmester, V) · ✓ verified*" in exported
        assert f"File: [../articles/ribe.txt]({(library / 'ribe.txt').as_uri()})" in exported
        assert store.annotations(screen.article.id)[0].note == "ring til kommunen"


async def test_the_library_writes_a_quote_sheet_of_the_listed_articles(tmp_path, library, store):
    (library / "havn.txt").write_text(
        " date 2024-04 Havnen får ny kaj\n\nRibe. Direktør Mette Lund er glad.\n\n"
        "- Det er en stor dag for byen, siger Mette Lund.\n\n/testbureau/\n", encoding="utf-8")
    (library / "stille.txt").write_text(" date 2024-05 Ingen citater\n\nRibe. Intet sagt.\n", encoding="utf-8")
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        from tui_helpers import wait_for_library

        await wait_for_library(pilot)
        await pilot.press("E")
        await settle(pilot)
        await pilot.press("enter")  # the export dialog: write to the file it proposes
        await settle(pilot)
        await settle(pilot)
        sheet = next((tmp_path / "exports").glob("reader-quotes*.md")).read_text(encoding="utf-8")
        assert sheet.count("\n## ") == 2 and "Ingen citater" not in sheet  # articles without quotes left out
        assert "- unverified: “Det er en stor dag for byen” (Mette Lund, direktør)" in sheet
        assert sheet.count("- unverified: “") == 4


async def test_the_speaker_line_above_a_quote_carries_the_role_the_article_gives(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await settle(pilot)
        view = screen.query_one(ArticleView)
        labels = set(view._speaker_rows.values())
        assert "Hanne Dahl, borgmester, V" in labels  # "Borgmester Hanne Dahl (V)" opening a sentence: role and party
        assert "Jens Kofoed" in labels  # no role found: the name alone


async def test_the_roles_are_read_once_for_an_analysis_the_app_keeps(tmp_path, library, store):
    app = make_app(library, store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        await settle(pilot)
        kept = app.roles_for(screen.analysis)  # read in the analysis worker, looked up here
        assert kept is app.roles_for(screen.analysis) and kept["Hanne Dahl"] == "borgmester"

"""E in the library takes the quotes of indexed, unchanged articles from the library index instead
of analysing every listed article again (minutes on a 20,000-article archive)."""

from __future__ import annotations

from pathlib import Path

from reader.store import open_store
from tui_helpers import make_app, settle, wait_for_library, wait_until


async def test_a_quote_sheet_of_indexed_articles_reads_their_quotes_from_the_index(tmp_path: Path, monkeypatch):
    import reader.analysis.pipeline as pipeline

    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(4):
        (folder / f"s{number}.txt").write_text(
            f" date 2024-04-0{number + 1} Havn {number}\n\nRibe. Direktør Mette Lund er glad.\n\n"
            f"- Det er dag {number} for byen, siger Mette Lund.\n\n/testbureau/\n", encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_library(pilot)
            index = lambda: app.screen.library_index  # noqa: E731
            await wait_until(pilot, lambda: index() is not None and index().counts()["unanalysed"] == 0)
            analysed: list[str] = []
            real = pipeline.analyze
            monkeypatch.setattr(pipeline, "analyze", lambda text, language=None, corrections=(), title="": (
                analysed.append(title), real(text, language, corrections, title))[1])
            await pilot.press("E")
            await settle(pilot)
            await settle(pilot)
            await pilot.press("enter")  # the export dialog: write to the file it proposes
            await settle(pilot)
    sheet = next((tmp_path / "exports").glob("reader-quotes*.md")).read_text(encoding="utf-8")
    assert "- unverified: “Det er dag 3 for byen” (Mette Lund, Direktør)" in sheet
    assert sheet.count("- unverified: “") == 4
    assert analysed == []


async def test_a_quote_sheet_analyses_an_article_with_its_own_correction(tmp_path: Path, monkeypatch):
    """A correction made for one article alone reaches the sheet: that article is analysed with it
    (the index analysed without it), the others come from the index."""
    import reader.analysis.pipeline as pipeline
    from reader.model import EntityLabel

    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(3):
        (folder / f"s{number}.txt").write_text(
            f" date 2024-04-0{number + 1} Havn {number}\n\nRibe. Direktør Mette Lund er glad.\n\n"
            f"- Det er dag {number} for byen, siger Mette Lund.\n\n/testbureau/\n", encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_library(pilot)
            index = lambda: app.screen.library_index  # noqa: E731
            await wait_until(pilot, lambda: index() is not None and index().counts()["unanalysed"] == 0)
            corrected = next(row.article for row in app.screen.table.shown if row.article.title == "Havn 1")
            store.set_article_correction(corrected.id, "Ribe", EntityLabel.ORG)
            analysed: list[tuple[str, tuple]] = []
            real = pipeline.analyze
            monkeypatch.setattr(pipeline, "analyze", lambda text, language=None, corrections=(), title="": (
                analysed.append((title, tuple((c.text, c.label) for c in corrections))),
                real(text, language, corrections, title))[1])
            await pilot.press("E")
            await settle(pilot)
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
    assert analysed == [("Havn 1", (("Ribe", EntityLabel.ORG),))]

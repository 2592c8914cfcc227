"""E in the library takes the quotes of indexed, unchanged articles from the library index instead
of analysing every listed article again (minutes on a 20,000-article archive)."""

from __future__ import annotations

from pathlib import Path

from reader.store import open_store
from tui_helpers import make_app, settle, wait_for_library, wait_until


def _harbour_articles(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(count):
        (folder / f"s{number}.txt").write_text(
            f" date 2024-04-0{number + 1} Havn {number}\n\nRibe. Direktør Mette Lund er glad.\n\n"
            f"- Det er dag {number} for byen, siger Mette Lund.\n\n/testbureau/\n", encoding="utf-8")
    return folder


async def _indexed(pilot) -> None:
    """The library listed and every article analysed into its index."""
    await wait_for_library(pilot)
    index = lambda: pilot.app.screen.library_index  # noqa: E731
    await wait_until(pilot, lambda: index() is not None and index().counts()["unanalysed"] == 0)


def _count_analyses(monkeypatch, analysed: list) -> None:
    """Record (title, corrections) of every analysis from here on."""
    import reader.analysis.pipeline as pipeline

    real = pipeline.analyze
    monkeypatch.setattr(pipeline, "analyze", lambda text, language=None, corrections=(), title="": (
        analysed.append((title, tuple((c.text, c.label) for c in corrections))),
        real(text, language, corrections, title))[1])


async def _write_sheet(pilot) -> None:
    await pilot.press("E")
    await settle(pilot)
    await settle(pilot)
    await pilot.press("enter")  # the export dialog: write to the file it proposes
    await settle(pilot)


async def test_a_quote_sheet_of_indexed_articles_reads_their_quotes_from_the_index(tmp_path: Path, monkeypatch):
    folder = _harbour_articles(tmp_path, 4)
    analysed: list = []
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await _indexed(pilot)
            _count_analyses(monkeypatch, analysed)
            await _write_sheet(pilot)
    sheet = next((tmp_path / "exports").glob("reader-quotes*.md")).read_text(encoding="utf-8")
    assert "- unverified: “Det er dag 3 for byen” (Mette Lund, direktør)" in sheet
    assert sheet.count("- unverified: “") == 4
    assert analysed == []


async def test_a_quote_sheet_analyses_an_article_with_its_own_correction(tmp_path: Path, monkeypatch):
    """A correction made for one article alone reaches the sheet: that article is analysed with it
    (the index analysed without it), the others come from the index."""
    from reader.model import EntityLabel

    folder = _harbour_articles(tmp_path, 3)
    analysed: list = []
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await _indexed(pilot)
            corrected = next(row.article for row in app.screen.table.shown if row.article.title == "Havn 1")
            store.set_article_correction(corrected.id, "Ribe", EntityLabel.ORG)
            _count_analyses(monkeypatch, analysed)
            await _write_sheet(pilot)
    assert analysed == [("Havn 1", (("Ribe", EntityLabel.ORG),))]
    sheet = next((tmp_path / "exports").glob("reader-quotes*.md")).read_text(encoding="utf-8")
    assert sheet.count("- unverified: “") == 3

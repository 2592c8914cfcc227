"""Notes on a story whose file was deleted (or moved out of the folders) were out of sight in the
app: no row, no word. ``reader export --gone`` writes them; the library now says so at launch."""

from __future__ import annotations

from pathlib import Path

from reader.anchoring import make_anchor
from reader.library import load_articles
from reader.store import open_store

from tui_helpers import WIRE, make_app, said, wait_for_library, wait_until

OTHER = WIRE.replace("vil lukke skole i Ribe", "åbner ny hal i Ribe").replace("lukke Ribe Østre Skole", "åbne en hal")


def _noted(db: Path, *stories: Path) -> None:
    """An earlier session: a note on each story."""
    with open_store(db) as store:
        for story in stories:
            (article,) = store.settle_ids(load_articles(story))
            store.attach(article)
            start = article.body.index("Hanne Dahl")
            store.add_annotation(article.id, make_anchor(article.body, start, start + 10), note="ring hende")


def _indexed(screen) -> bool:
    return "Indexing" not in str(screen.query_one("#library-status").render())


async def test_notes_whose_file_is_gone_are_said_at_launch(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    school, hall = folder / "skole.txt", folder / "hal.txt"
    school.write_text(WIRE, encoding="utf-8")
    hall.write_text(OTHER, encoding="utf-8")
    db = tmp_path / "db" / "reader.json"
    _noted(db, school, hall)
    school.unlink()
    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_library(pilot)
            await wait_until(pilot, lambda: any("whose file is gone" in m for m in said(app)), rounds=60)
            (message,) = [m for m in said(app) if "whose file is gone" in m]
            assert message.startswith("1 note is on articles") and "reader export --gone" in message


async def test_a_file_renamed_in_the_folder_is_not_gone(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    school = folder / "skole.txt"
    school.write_text(WIRE, encoding="utf-8")
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    kept = elsewhere / "hal.txt"  # a note on a file of a folder not opened now: not gone
    kept.write_text(OTHER, encoding="utf-8")
    db = tmp_path / "db" / "reader.json"
    _noted(db, school, kept)
    school.rename(folder / "skole-rettet.txt")
    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await wait_for_library(pilot)
            await wait_until(pilot, lambda: _indexed(screen) and screen.table.model.row(0).notes == 1, rounds=60)
            assert not [m for m in said(app) if "whose file is gone" in m]

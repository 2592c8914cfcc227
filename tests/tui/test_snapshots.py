"""SVG snapshots of the library and article screens in one dark and one light theme.

They break on every Textual upgrade (Textual is pinned): after a deliberate change of the look,
look at the new screens and run ``pytest tests/tui/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static

from reader.store import open_store
from reader.anchoring import make_anchor
from reader.tui.screens.article import ArticleScreen

from tui_helpers import WIRE, make_app, open_article, settle, wait_for_library

pytest.importorskip("pytest_textual_snapshot")


@pytest.fixture
def app(tmp_path: Path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    (folder / "tonder.txt").write_text(WIRE.replace("Ribe", "Tønder").replace("2024-03", "2024-04"), encoding="utf-8")
    with open_store(tmp_path / "db" / "reader.json") as store:
        yield make_app([folder], store, tmp_path)


def steady(pilot) -> None:
    """The title line names temporary folders: a fixed line instead, so the picture is the same."""
    screen = pilot.app.screen_stack[1]
    screen.query_one("#library-title", Static).update("reader — articles   db: reader.json")


async def _library(pilot, theme: str) -> None:
    pilot.app.theme = theme
    lib = await wait_for_library(pilot)
    article = lib.full_article(lib.table.shown[0].article)  # the list keeps no bodies
    store = pilot.app.store
    store.attach(article)
    store.add_tags(article.id, ["skole"])
    start = article.body.index("Forældrene")
    store.add_annotation(article.id, make_anchor(article.body, start, start + 30), note="ring til skolen", label="verify")
    lib._reload_rows()
    steady(pilot)
    await settle(pilot)


async def _article(pilot, theme: str) -> None:
    await _library(pilot, theme)
    screen = await open_article(pilot, "Tønder")
    assert isinstance(screen, ArticleScreen)
    await pilot.press("n", "n")
    await settle(pilot)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
def test_library_snapshot(app, snap_compare, theme):
    async def before(pilot):
        await _library(pilot, theme)

    assert snap_compare(app, terminal_size=(100, 24), run_before=before)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
def test_article_snapshot(app, snap_compare, theme):
    async def before(pilot):
        await _article(pilot, theme)

    assert snap_compare(app, terminal_size=(100, 30), run_before=before)

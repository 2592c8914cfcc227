"""Entity corrections for this article only or for every article; headline names reachable."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import EntityLabel
from reader.store import open_store
from reader.tui.screens.entity import EntityChooser

from tui_helpers import WIRE, make_app, open_article, settle


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    # Another article naming Ribe in its text: a correction for the first only leaves it alone.
    (folder / "other.txt").write_text(WIRE.replace("Borgmester vil lukke skole i Ribe", "Skoler i Vestjylland"),
                                      encoding="utf-8")
    return folder


def labels_of(screen, text: str) -> set:
    return {e.label for e in screen.analysis.entities + screen.analysis.title_entities if e.text == text}


async def test_corrections_here_or_everywhere_and_headline_names(tmp_path, library):
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(120, 30)) as pilot:
            screen = await open_article(pilot, "lukke skole")
            assert labels_of(screen, "Ribe") == {EntityLabel.LOC}
            await pilot.press("h")  # the first name in the headline
            assert screen.title_name is not None and screen.title_name.text == "Ribe"
            assert "headline" in str(screen.query_one("#article-status").render())
            await pilot.press("r")
            await pilot.pause()
            chooser = app.screen
            assert isinstance(chooser, EntityChooser)
            assert "in every article" in str(chooser.query_one("#entity-title").render())
            await pilot.press("tab")
            assert "in this article only" in str(chooser.query_one("#entity-title").render())
            await pilot.press("o")
            await settle(pilot)
            assert store.corrections() == ()
            assert [(c.text, c.label) for c in store.article_corrections(screen.article.id)] == [("Ribe", EntityLabel.ORG)]
            assert labels_of(screen, "Ribe") == {EntityLabel.ORG}  # in the headline and the text
            other = next(row.article for row in app.screen_stack[1].table.rows if "Vestjylland" in row.article.title)
            other_analysis = app.analysis_for(other)  # what the other article's screen shows
            assert {e.label for e in other_analysis.entities if e.text == "Ribe"} == {EntityLabel.LOC}
            await pilot.press("u")
            await settle(pilot)
            assert store.article_corrections(screen.article.id) == ()
            assert labels_of(screen, "Ribe") == {EntityLabel.LOC}
            # X: not an entity in this article only; x on a headline name: in every article
            await pilot.press("home", "n")  # the dateline "Ribe", then the next name
            first = screen.entity_at(screen.view.cursor[0])
            assert first is not None and first.text == "Hanne Dahl"
            await pilot.press("X")
            await settle(pilot)
            assert store.corrections() == ()
            assert [(c.text, c.label) for c in store.article_corrections(screen.article.id)] == [(first.text, None)]
            assert not labels_of(screen, first.text)
            await pilot.press("home", "N")  # before the text's first name: into the headline
            assert screen.title_name is not None
            await pilot.press("x")  # not a name in any article
            await settle(pilot)
            assert [(c.text, c.label) for c in store.corrections()] == [("Ribe", None)]


def test_article_corrections_are_undoable_and_survive_a_reopen(tmp_path):
    path = tmp_path / "db.json"
    with open_store(path) as store:
        store.set_article_correction("a", "Ribe", EntityLabel.ORG)
        store.set_article_correction("a", "Dahl", None)
        assert store.undo() == "marked 'Dahl' as not an entity in this article"
        assert store.last_step_articles == ("a",)
        assert [(c.text, c.label) for c in store.article_corrections("a")] == [("Ribe", EntityLabel.ORG)]
        assert store.article_corrections("b") == () and store.corrections() == ()
    with open_store(path) as store:  # the journal and its undo entry validate on reading
        assert [(c.text, c.label) for c in store.article_corrections("a")] == [("Ribe", EntityLabel.ORG)]
        store.remove_article_correction("a", "Ribe")
        assert store.article_corrections("a") == ()

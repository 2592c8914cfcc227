"""The status line of a checked quote whose wording changed keeps the key to press ("V checks
again") whole on an 80-column screen: it was cut before "again" when the changed words were long."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.anchoring import make_anchor
from reader.export import QuoteNote
from reader.model import Entity, EntityLabel, QuoteState
from reader.store import open_store
from reader.tui.render import status_content

from tui_helpers import make_app, open_article

STORY = """ date 2026-11 Havnen vil bygge ny kaj til havvindmøller

Esbjerg. Pressechef Maja Rindom oplyser, at selskabet har lejet arealer på den nye kaj.

- Vi har brug for pladsen fra 2028, og vi har skrevet under på ti år, siger Maja Rindom.

/testbureau/
"""
OLD = "Vi har brug for pladsen fra 2028, og vi har skrevet under på ti år"
NEW = "Vi har brug for pladsen fra 2028, og vi har skrevet under på tolv år med option på fem mere"


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "db" / "reader.json") as opened:
        yield opened


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_changed_quote_keeps_its_key_whole_on_the_status_line(tmp_path, store, size):
    from reader.library import load_articles

    folder = tmp_path / "articles"
    folder.mkdir()
    path = folder / "havn.txt"
    path.write_text(STORY, encoding="utf-8")
    (article,) = store.settle_ids(load_articles(path))
    store.attach(article)
    start = article.body.index(OLD)
    store.set_quote_state(article.id, make_anchor(article.body, start, start + len(OLD)), QuoteState.VERIFIED,
                          "Maja Rindom")
    path.write_text(STORY.replace(OLD, NEW), encoding="utf-8")
    app = make_app(folder, store, tmp_path)
    async with app.run_test(size=size) as pilot:
        screen = await open_article(pilot, "Havnen")
        await pilot.press("quotation_mark")
        line = str(screen.query_one("#article-status").render()).rstrip()
        assert line.startswith("changed since verified: “") and "ti år”" in line and "tolv år med" in line
        assert line.endswith("; V checks again") and len(line) <= size[0] - 2  # padding: one column a side
        if size[0] >= 120:  # room for the whole change
            assert "“…på tolv år med option på fem mere”" in line


def test_a_name_under_the_cursor_leaves_the_changed_wording_less_room():
    """A name under the cursor ("place: Rotterdam") comes after the changed wording and its key,
    which keep the room they need (in front, the name pushed "again" off an 80-column line)."""
    note = QuoteNote(NEW, "Maja Rindom", QuoteState.VERIFIED, checked_text=OLD, checked_speaker="Maja Rindom")
    name = Entity(0, 9, "Rotterdam", EntityLabel.LOC, "Rotterdam")
    for width in (78, 100):
        line = status_content((0, 0), None, name, None, None, [], NEW, quote_note=note, width=width).plain
        assert line.startswith("changed since verified: “…")
        assert "; V checks again  ·  place: Rotterdam" in line and line.index("again") < width

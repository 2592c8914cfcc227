"""A search by name (speaker:, person:, org:, place:) opens the article on the name, marked."""

from __future__ import annotations

from pathlib import Path

from reader.index.query import parse_query
from reader.store import open_store
from reader.tui.screens.article_at import HitArticleScreen

from tui_helpers import make_app, said, settle, wait_for_library

SAMPLES = Path(__file__).resolve().parents[2] / "sample_articles"
TEXT = "“We did not want this,” said Tom Okafor. Okafor said the union was ready. Tags: shipping."


def _marked(query: str) -> list[str]:
    return [TEXT[s:e] for s, e in parse_query(query).highlighter().spans(TEXT, "en")]


def test_name_filters_mark_the_name_and_other_filters_mark_nothing() -> None:
    assert _marked("speaker:okafor") == ["Okafor", "Okafor"]
    assert _marked('person:"tom okafor"') == ["Tom Okafor"]
    assert _marked("org:oka*") == ["Okafor", "Okafor"]
    assert _marked("union speaker:okafor") == ["Okafor", "Okafor", "union"]
    assert _marked("-speaker:okafor") == [] and _marked("tag:shipping") == []


async def _open_from_search(tmp_path: Path, query: str):
    with open_store(tmp_path / "db.json") as store:
        app = make_app(SAMPLES, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_for_library(pilot)
            await settle(pilot)
            await pilot.press("slash", *query)
            for _ in range(20):
                await settle(pilot)
                await pilot.pause(0.2)  # the search runs after a short quiet spell of typing
                if getattr(app.screen, "hits", None):
                    break
            await pilot.press("enter")
            for _ in range(20):
                await settle(pilot)
                if isinstance(app.screen, HitArticleScreen) and app.screen.analysis is not None:
                    break
            screen = app.screen
            assert isinstance(screen, HitArticleScreen)
            view = screen.view
            return [view.text[s:e] for s, e in screen.hits], view.text[view.cursor[0]:view.cursor[0] + 6], said(app)


async def test_a_speaker_search_opens_the_article_on_the_speakers_name(tmp_path) -> None:
    hits, at_cursor, messages = await _open_from_search(tmp_path, "speaker:okafor")
    assert hits and set(hits) == {"Okafor"} and at_cursor == "Okafor"
    assert not [m for m in messages if "not in the text" in m]


async def test_a_tag_search_says_there_are_no_words_to_mark(tmp_path) -> None:
    hits, _, messages = await _open_from_search(tmp_path, "tag:shipping")
    assert hits == []
    assert "Found by the query's filters; there are no words of it to mark in the text" in messages

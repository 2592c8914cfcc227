"""Two labels a reporter reads: the help of an article opened from a search (its sections were
named "HitView" and "Search hits", the article's own keys under the latter), and the ◆ line
above a quote whose long speaker was set by hand (the cut took "set by hand" away)."""

from __future__ import annotations

from pathlib import Path

from reader.store import open_store
from reader.tui.screens.article_at import HitArticleScreen
from reader.tui.screens.help import HelpScreen, binding_rows
from reader.tui.widgets.article_view import ArticleView

from test_slash_search import SAMPLES, _search_screen
from tui_helpers import make_app, settle, wait_for_library


async def _article_from_search(pilot) -> None:
    """Search the sample articles for "Longshore" and open the first hit."""
    await wait_for_library(pilot)
    await settle(pilot)
    await pilot.press("slash", *"Longshore")
    await _search_screen(pilot)
    await pilot.press("enter")
    await settle(pilot)


async def test_help_of_an_article_opened_from_a_search_names_its_sections_as_an_article_does(tmp_path: Path):
    with open_store(tmp_path / "db.json") as store:
        app = make_app(SAMPLES, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await _article_from_search(pilot)
            assert isinstance(app.screen, HitArticleScreen)
            groups = {row.action: row.group for row in binding_rows(app.screen)}
            assert groups["annotate"] == "Article" and groups["hit(1)"] == "Article"
            assert groups["row(1)"] == "Reading and selecting"
            await pilot.press("question_mark")
            await settle(pilot)
            assert isinstance(app.screen, HelpScreen)
            shown = "\n".join(str(part.render()) for part in app.screen.query("Static"))
            assert "HitView" not in shown and "Search hits" not in shown


def test_a_long_speaker_set_by_hand_keeps_its_mark_on_the_line_above_the_quote():
    view = ArticleView()
    long = "Foreningen af Danske Musikfestivalers direktør Signe Holmgaard"
    label = view._speaker_label(f"{long} · set by hand", 1)
    assert label.endswith(" · set by hand") and label.startswith("Foreningen af Danske")
    assert view._speaker_label("Signe Holmgaard · set by hand", 1) == "Signe Holmgaard · set by hand"
    view.roles = {"Signe Holmgaard": "direktør"}
    assert view._speaker_label("Signe Holmgaard", 1) == "Signe Holmgaard, direktør"


def test_the_line_above_a_quote_names_the_speakers_organisation_beside_the_role():
    from reader.model import Quote

    view = ArticleView()
    view.quotes = [Quote(0, 10, "Vi bygger", "Maja Rindom", role="pressechef", affiliation="Vestkraft")]
    view.roles = {"Maja Rindom": "pressechef"}
    assert view._speaker_label("Maja Rindom", 1) == "Maja Rindom, pressechef, Vestkraft"
    view.roles = {"Maja Rindom": "Vestkrafts pressechef"}
    assert view._speaker_label("Maja Rindom", 1) == "Maja Rindom, Vestkrafts pressechef"
    assert view._speaker_label("Maja Rindom", 2) == "Maja Rindom"


async def test_q_in_an_article_opened_from_a_search_goes_back_to_it_and_its_help_says_so(tmp_path: Path):
    # review30: `?` in an article listed `q  Back to the library`, but an article opened from a
    # search (or the Names or Speakers screen) goes back there, the search and its hits kept.
    from reader.tui.screens.search import SearchScreen

    with open_store(tmp_path / "db.json") as store:
        app = make_app(SAMPLES, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await _article_from_search(pilot)
            assert isinstance(app.screen, HitArticleScreen)
            (leave,) = [row for row in binding_rows(app.screen) if row.action == "leave"]
            assert leave.keys == "q" and "library" not in leave.description.lower()
            await pilot.press("q")
            await settle(pilot)
            assert isinstance(app.screen, SearchScreen)

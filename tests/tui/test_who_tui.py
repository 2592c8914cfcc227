"""The Speakers, Names (entities) and timeline screens: open, filter, jump to an article."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, OptionList, Static

from reader.store import open_store
from tui_helpers import make_app, said, settle, wait_for_analysis, wait_for_library
from who_helpers import write_library


@pytest.fixture(autouse=True)
def _no_folder_watch(monkeypatch):
    """These tests are not about following the folders: the watcher's worker never ends by itself,
    and after a shell command ran in the same process it kept settle() waiting for good."""
    from reader.tui.screens.library_index import IndexedLibrary

    monkeypatch.setattr(IndexedLibrary, "watch_files", lambda self: None)


async def _library(pilot):
    screen = await wait_for_library(pilot)
    await wait_for_analysis(pilot, screen)
    return screen


def _status(screen) -> str:
    return str(screen.query_one(".who-status", Static).render())


async def test_speakers_filter_open_quotes_and_jump_to_the_article(tmp_path: Path):
    from reader.tui.screens.speakers import SpeakerQuotesScreen, SpeakersScreen
    from reader.tui.screens.timeline import TimelineScreen
    from reader.tui.screens.article_at import SpanArticleScreen

    folder = write_library(tmp_path / "lib")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await _library(pilot)
            await pilot.press("w")
            await settle(pilot)
            speakers = app.screen
            assert isinstance(speakers, SpeakersScreen)
            assert [s.name for s in speakers.shown] == ["Anders Samuelsen", "Claus Hjort Frederiksen"]
            assert speakers.query_one(DataTable).row_count == 2
            await pilot.press(*"samu")
            await pilot.pause()
            assert [s.name for s in speakers.shown] == ["Anders Samuelsen"]
            assert "1 speaker of 2" in _status(speakers)
            await pilot.press("ctrl+t")
            await settle(pilot)
            assert isinstance(app.screen, TimelineScreen)
            assert "2018-08 2 █" in str(app.screen.query_one("#timeline-bars", Static).render())
            await pilot.press("escape")
            await pilot.press("enter")
            await settle(pilot)
            quotes = app.screen
            assert isinstance(quotes, SpeakerQuotesScreen)
            assert [q.date for q in quotes.quotes] == ["2018-08-27", "2018-08-24"]  # newest first
            assert "Also in 1 article, first 2018-08-24 (ritzau); wording differs in 1" in _status(quotes)
            await pilot.press("enter")
            await settle(pilot)
            article = app.screen
            assert isinstance(article, SpanArticleScreen)
            assert article.article.title == "Folketinget bakker op om Irak-mission"
            start, end = quotes.quotes[0].start, quotes.quotes[0].end
            assert article.article.body[start:end].startswith("Det er en videreførelse")
            assert article.view.cursor == (start, end)


async def test_names_screen_goes_from_a_place_to_its_articles_and_the_names_beside_it(tmp_path: Path):
    from reader.tui.screens.entities import EntitiesScreen, EntityScreen
    from reader.tui.screens.article_at import SpanArticleScreen

    folder = write_library(tmp_path / "lib")
    with open_store(tmp_path / "db.json") as store:
        store.set_correction("Nato", None)  # a correction made in an article applies here too
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await _library(pilot)
            await pilot.press("n")
            await settle(pilot)
            names = app.screen
            assert isinstance(names, EntitiesScreen)
            assert "Nato" not in {e.name for e in names.rows} and "Irak" in {e.name for e in names.rows}
            await pilot.press(*"irak")
            await pilot.pause()
            assert [e.name for e in names.shown][0] == "Irak" and all("irak" in e.name.lower() for e in names.shown)
            assert len(names.shown) < len(names.rows)
            await pilot.press("enter")
            await settle(pilot)
            entity = app.screen
            assert isinstance(entity, EntityScreen) and len(entity.articles) == 2
            together = {name for _kind, name, _n in entity.together}
            assert "Anders Samuelsen" in together and "Nato" not in together
            await pilot.press("tab")
            await pilot.pause()
            right = entity.query_one("#who-entity-with", OptionList)
            assert right.has_focus
            right.highlighted = [n for _k, n, _c in entity.together].index("Anders Samuelsen")
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, EntityScreen) and app.screen.subject == "Anders Samuelsen"
            assert len(app.screen.articles) == 2  # "Samuelsen" in the follow-up is him
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, SpanArticleScreen)
            assert app.screen.article.title == "Folketinget bakker op om Irak-mission"  # newest first
            # the cursor on the name's first mention ("siger Samuelsen"), not at the top of the article
            screen, first = app.screen, app.screen.article.body.index("Samuelsen")
            for _ in range(40):
                if screen.view.cursor[0] == first:
                    break
                await pilot.pause(0.05)
            assert screen.view.cursor[0] == first


async def test_the_article_panel_says_where_else_a_quote_was_reported(tmp_path: Path):
    from tui_helpers import open_article

    folder = write_library(tmp_path / "lib")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await _library(pilot)
            article = await open_article(pilot, "Folketinget")
            await settle(pilot)
            panel = str(article.query_one("#panel-content", Static).render())
            assert "Also reported" in panel
            assert "also in 1 article, first 2018-08-24 (ritzau) · wording differs" in " ".join(panel.split())
            await pilot.press("escape")
            await settle(pilot)
            article = await open_article(pilot, "Danske")
            await settle(pilot)
            panel = " ".join(str(article.query_one("#panel-content", Static).render()).split())
            assert "also in 1 article, first here" in panel  # itself is the first


async def test_speakers_are_merged_kept_apart_and_undone_from_the_screen(tmp_path: Path):
    from reader.tui.screens.speakers import MergeDialog, SpeakersScreen

    folder = write_library(tmp_path / "lib")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await _library(pilot)
            await pilot.press("w")
            await settle(pilot)
            speakers = app.screen
            assert isinstance(speakers, SpeakersScreen)
            samuelsen = next(s for s in speakers.shown if s.name == "Anders Samuelsen")
            assert "Samuelsen" in samuelsen.aliases  # merged by the analysis
            await pilot.press(*"hjort", "ctrl+g")
            await settle(pilot)
            assert isinstance(app.screen, MergeDialog)
            await pilot.press(*"Anders Samuelsen", "enter")
            await settle(pilot)
            await pilot.press("ctrl+u", *"anders", "ctrl+g")  # into itself: said, nothing stored
            await settle(pilot)
            await pilot.press(*"Anders Samuelsen", "enter")
            await settle(pilot)
            assert "is this speaker already: nothing merged" in said(app)[-1]
            await pilot.press("ctrl+u")  # clear the filter: see every speaker
            await settle(pilot)
            assert [s.name for s in speakers.shown] == ["Anders Samuelsen"]  # one speaker now
            assert store.speaker_overrides() == {"Claus Hjort Frederiksen": "Anders Samuelsen"}
            await pilot.press("ctrl+z")
            await settle(pilot)
            assert sorted(s.name for s in speakers.shown) == ["Anders Samuelsen", "Claus Hjort Frederiksen"]
            await pilot.press(*"anders", "ctrl+n")  # keep 'Samuelsen' apart from Anders Samuelsen
            await settle(pilot)
            assert store.speaker_overrides() == {"Samuelsen": "Samuelsen"}
            await pilot.press("ctrl+u")
            await settle(pilot)
            assert sorted(s.name for s in speakers.shown) == ["Anders Samuelsen", "Claus Hjort Frederiksen", "Samuelsen"]


async def test_a_timeline_of_several_periods_is_drawn_as_a_chart(tmp_path: Path):
    from textual_plotext import PlotextPlot

    from reader.tui.screens.timeline import TimelineScreen

    folder = write_library(tmp_path / "lib")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await _library(pilot)
            await pilot.press("w")
            await settle(pilot)
            await pilot.press(*"samu", "ctrl+t")
            await settle(pilot)
            timeline = app.screen
            assert isinstance(timeline, TimelineScreen)
            assert not timeline.query_one(PlotextPlot).display  # one month: a number, no chart
            await pilot.press("w")  # the two quotes fall in two weeks
            await settle(pilot)
            chart = timeline.query_one(PlotextPlot)
            assert chart.display and chart.region.height >= 8
            drawn = "\n".join("".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips())
            assert len(timeline.series) >= 2 and all(period in drawn for period, _ in timeline.series[:1])
            assert drawn.count("█") > 2 * len(timeline.series)  # the chart's bars beside the list's


async def test_a_search_opens_a_timeline_of_what_it_finds(tmp_path: Path):
    from reader.tui.screens.search import SearchScreen
    from reader.tui.screens.timeline import TimelineScreen

    folder = write_library(tmp_path / "lib")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await _library(pilot)
            await pilot.press("s")
            await settle(pilot)
            assert isinstance(app.screen, SearchScreen)
            await pilot.press(*"Irak", "ctrl+t")
            await settle(pilot)
            timeline = app.screen
            assert isinstance(timeline, TimelineScreen) and timeline.kind == "search"
            assert sum(n for _, n in timeline.series) == 2  # both stories name Irak


async def test_speakers_of_the_articles_a_search_finds(tmp_path: Path):
    from reader.tui.screens.speakers import SpeakersScreen

    folder = write_library(tmp_path / "lib", other=True)  # a third story, of another Samuelsen
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await _library(pilot)
            await pilot.press("w")
            await settle(pilot)
            everyone = {s.name for s in app.screen.rows}
            await pilot.press("escape", "escape")
            await settle(pilot)
            await pilot.press("s")
            await settle(pilot)
            await pilot.press(*"Irak", "ctrl+o")
            await settle(pilot)
            speakers = app.screen
            assert isinstance(speakers, SpeakersScreen)
            found = {s.name for s in speakers.rows}
            assert found and found < everyone  # only who is quoted in the stories that name Irak


async def test_the_speakers_table_fits_a_terminal_made_narrower_while_it_is_open(tmp_path: Path):
    # Opened at 120 columns, then the window is narrowed to 80: the columns kept their wide widths,
    # the names were cut to fit 80 all the same and the last columns fell off the screen.
    from reader.tui.screens.speakers import SpeakersScreen

    folder = write_library(tmp_path / "lib")
    (folder / "lang.txt").write_text(
        " date 2026-01-02 Lang navn\n\nRibe. Direktør Karl-Johan Bertelsen-Kristiansen Østergaard-Lindholm er glad."
        "\n\n- Det er en god dag for byen, siger Karl-Johan Bertelsen-Kristiansen Østergaard-Lindholm.\n\n"
        "/testbureau/\n", encoding="utf-8")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(120, 40)) as pilot:
            await _library(pilot)
            await pilot.press("w")
            await settle(pilot)
            assert isinstance(app.screen, SpeakersScreen)
            table = app.screen.query_one(DataTable)
            await pilot.resize_terminal(80, 24)
            await settle(pilot)
            widths = [column.get_render_width(table) for column in table.columns.values()]
            assert sum(widths) <= 80, widths


async def test_an_article_opened_at_a_quote_has_the_cursor_on_it_not_a_growing_selection(tmp_path: Path):
    """Opened at a quote from a speaker's quotes, V and " go on from it: they never drag a selection
    over the quotes in between (a note typed then would cover all of them)."""
    from reader.tui.screens.article_at import SpanArticleScreen

    folder = write_library(tmp_path / "lib")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await _library(pilot)
            await pilot.press("w", "enter")
            await settle(pilot)
            quote = app.screen.quotes[1]  # the wire story's, with a second quote after it
            await pilot.press("down", "enter")
            await settle(pilot)
            article = app.screen
            assert isinstance(article, SpanArticleScreen)
            assert article.view.cursor == (quote.start, quote.end) and article.view.selection is None
            await pilot.press("V")
            await settle(pilot)
            assert article.view.selection is None and article.view.cursor != (quote.start, quote.end)


def _screen_text(app) -> str:
    return "\n".join("".join(seg.text for seg in strip) for strip in app.screen._compositor.render_strips())


async def test_the_speakers_and_names_status_lines_wrap_at_80_columns_not_cut(tmp_path: Path):
    # At 80x24 the key hints ended "... ctrl+o sorts, ctrl+t" on both screens once the counts had
    # a few digits or a filter was typed ("1 speaker of 33"): "timeline" was cut.
    folder = write_library(tmp_path / "lib")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            await _library(pilot)
            for key in ("w", "n"):
                await pilot.press(key)
                await settle(pilot)
                screen = app.screen
                await pilot.press(*screen.shown[0].name.split()[0].lower())  # a filter: "N of M"
                await settle(pilot)
                assert 0 < len(screen.shown) < len(screen.rows)
                status = _status(screen)
                assert status.endswith("ctrl+t timeline"), status
                shown = " ".join(_screen_text(app).split())
                assert " ".join(status.split()) in shown, (status, shown[-300:])
                while app.screen is screen:  # Escape clears the filter first, then goes back
                    await pilot.press("escape")
                    await settle(pilot)



async def test_a_names_article_without_a_source_has_no_stray_separator(tmp_path: Path):
    # review30: on the Names screen an article with no source read "…i Vejle   · 2 mentions"
    # (the separator after an empty source); one with a source keeps "nordbureau · 2 mentions".
    folder = tmp_path / "lib"
    folder.mkdir()
    body = "Vejle. Byrådet i Vejle mødes tirsdag om havnen.\n"
    (folder / "a.md").write_text(f"---\ntitle: Havnen i Vejle\ndate: 2026-03-03\n---\n\n{body}", encoding="utf-8")
    (folder / "b.md").write_text(f"---\ntitle: Kajen i Vejle\ndate: 2026-02-02\nsource: nordbureau\n---\n\n{body}",
                                 encoding="utf-8")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await _library(pilot)
            await pilot.press("n")
            await settle(pilot)
            await pilot.press(*"vejle")
            await settle(pilot)
            assert app.screen.shown[0].name == "Vejle"
            await pilot.press("enter")
            await settle(pilot)
            options = app.screen.query_one("#who-entity-articles", OptionList)
            lines = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
            assert lines == ["2026-03-03  Havnen i Vejle  3 mentions",
                             "2026-02-02  Kajen i Vejle  nordbureau · 3 mentions"], lines


def test_the_speakers_role_column_leaves_out_an_english_article():
    # review30: at 80 columns the Role / party column read "the head te…", "the council…": the
    # article's "the" took four of its letters. The cell drops a leading the/a/an; the role
    # elsewhere (the quotes' heading, exports) is as the article writes it.
    from types import SimpleNamespace

    from reader.tui.screens.speakers import SpeakersScreen

    def cell(role: str, party: str = "") -> str:
        s = SimpleNamespace(name="X", role=role, party=party, affiliation="", quotes=1, articles=1, first="", last="")
        return SpeakersScreen.cells(None, s)[1]

    assert cell("the head teacher") == "head teacher"
    assert cell("a council spokesman") == "council spokesman"
    assert cell("The union’s president", "Lab") == "union’s president, Lab"
    assert cell("udenrigsminister", "LA") == "udenrigsminister, LA"
    assert cell("theatre director") == "theatre director" and cell("") == ""

"""Regression tests for problems found in review: ids, motions at the edges, sessions, exports."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import QuoteState, paragraph_spans
from reader.store import open_store
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.session import SessionScreen
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.motions import Motions

from tui_helpers import WIRE, open_article, wait_for_library, make_app, settle, notices


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "db" / "reader.json") as opened:
        yield opened


async def test_same_headline_files_keep_their_own_notes(tmp_path, store):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "brand-1.txt").write_text(WIRE, encoding="utf-8")
    (folder / "brand-2.txt").write_text(WIRE.replace("2.400", "2.900"), encoding="utf-8")
    app = make_app([folder], store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        lib = await wait_for_library(pilot)
        rows = {Path(r.article.path).name: r for r in lib.table.rows}
        assert rows["brand-1.txt"].article.id != rows["brand-2.txt"].article.id
        lib.table.cursor = lib.table.shown.index(rows["brand-2.txt"])
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ArticleScreen) and screen.article.id == rows["brand-2.txt"].article.id
        await pilot.press("s", "a", *"only on two", "ctrl+s")
        await settle(pilot)
        assert store.annotations(rows["brand-1.txt"].article.id) == []
        assert [a.note for a in store.annotations(rows["brand-2.txt"].article.id)] == ["only on two"]
    # The shell sees the same ids as the app.
    from reader.cli import main

    assert main(["tag", str(folder / "brand-2.txt"), "to", "--db", str(store.path)]) == 0
    store.refresh()
    assert store.tags(rows["brand-2.txt"].article.id) == ("to",)
    assert store.tags(rows["brand-1.txt"].article.id) == ()


async def test_double_enter_opens_one_article(tmp_path, store):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE, encoding="utf-8")
    app = make_app([folder], store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_for_library(pilot)
        app.screen.table.action_open()
        app.screen.table.action_open()
        await settle(pilot)
        assert [type(s).__name__ for s in app.screen_stack[1:]] == ["LibraryScreen", "ArticleScreen"]


def test_sentence_and_paragraph_motions_never_go_backwards_at_the_end():
    text = "First sentence here. Final one of all.\n\nLast paragraph words."
    sentences = [(0, 20), (21, 38), (40, 61)]
    motions = Motions(text, sentences, paragraph_spans(text))
    on_of = (text.index("of"), text.index("of") + 2)
    last_sentence = motions.unit(on_of, 1, "sentence", False)
    assert last_sentence[0] > on_of[0]
    at_end = motions.words[-1]
    assert motions.unit(at_end, 1, "sentence", False) == at_end
    assert motions.unit(at_end, 1, "paragraph", False) == at_end
    inside_last = motions.words[-3]
    assert motions.unit(inside_last, 1, "paragraph", False) == at_end


async def test_down_and_page_down_get_past_a_long_url(tmp_path, store):
    folder = tmp_path / "lib"
    folder.mkdir()
    url = "https://example.com/" + "a" * 170
    body = " ".join(["ord"] * 40) + f" {url} " + " ".join(["efter"] * 200)
    (folder / "u.txt").write_text(f" date 2024-01 Lang adresse\n\nRibe. {body}\n", encoding="utf-8")
    app = make_app([folder], store, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_article(pilot, "Lang adresse")
        view = screen.query_one(ArticleView)
        start = screen.article.body.index(url)
        view.move_to((start, start + len(url)))
        await pilot.press("down")
        assert view.cursor[0] > start + len(url)
        view.move_to((start, start + len(url)))
        await pilot.press("pagedown")
        assert view.cursor[0] > start + len(url)


async def test_selection_made_with_s_is_kept_when_extending_backwards(tmp_path, store):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE, encoding="utf-8")
    app = make_app([folder], store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        view = screen.query_one(ArticleView)
        await pilot.press("right_parenthesis", "s")
        sentence = view.selection
        await pilot.press("left")
        start, end = view.selection
        assert start < sentence[0] and end == sentence[1]


async def test_label_on_an_empty_article_saves_nothing(tmp_path, store):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "e.txt").write_text(" date 2024-01 Kun tegn\n\n— … —\n", encoding="utf-8")
    app = make_app([folder], store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Kun tegn")
        await pilot.press("1", "a", "d", "c", "x", "y")
        await settle(pilot)
        assert store.annotations(screen.article.id) == []
        assert isinstance(app.screen, ArticleScreen)


async def test_untagged_session_starts_on_an_untagged_article(tmp_path, store):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE, encoding="utf-8")
    (folder / "b.txt").write_text(WIRE.replace("2024-03", "2023-01").replace("Borgmester vil", "Anden"), encoding="utf-8")
    app = make_app([folder], store, tmp_path, session_tags=("Politics",))
    async with app.run_test(size=(120, 40)) as pilot:
        lib = await wait_for_library(pilot)
        first = lib.table.shown[0].article
        store.attach(first)
        store.add_tags(first.id, ["politics"])
        app.session_untagged = True
        lib.action_session(untagged=True)
        await settle(pilot)
        session = app.screen
        assert isinstance(session, SessionScreen)
        assert session.current.id != first.id
        # Tag case: the key for "Politics" matches the stored "politics" and removes it.
        session.action_close()
        await settle(pilot)
        lib.action_session()
        await settle(pilot)
        session = app.screen
        assert session.untagged_only  # resumed with the filter it had
        await pilot.press("f")
        await pilot.pause()
        session.index = [a.id for a in session.articles].index(first.id)
        await pilot.press("1")
        await pilot.pause()
        assert store.tags(first.id) == ()


async def test_export_survives_a_failing_analysis(tmp_path, store, monkeypatch):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE, encoding="utf-8")
    app = make_app([folder], store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Borgmester")
        quote = screen.analysis.quotes[0]
        from reader.anchoring import make_anchor

        store.set_quote_state(screen.article.id, make_anchor(screen.article.body, quote.start, quote.end), QuoteState.VERIFIED)
        await pilot.press("escape")
        await settle(pilot)

        def broken(*args, **kwargs):
            raise RuntimeError("analysis broke")

        monkeypatch.setattr(app, "analysis_for", broken)
        await pilot.press("e", "enter")  # the dialog proposes a new file; Enter writes it
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        exported = next((tmp_path / "exports").glob("*.md")).read_text(encoding="utf-8")
        assert "✓ verified: “Vi har ikke råd" in exported and "(no speaker)" in exported


async def test_ctrl_c_hint_is_not_shown_as_markup(tmp_path, store):
    app = make_app([tmp_path], store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
        hints = [n for n in notices(app) if "[b]" in n.message]
        assert hints and all(n.markup for n in hints)  # Textual's own hint keeps its markup
        assert not [n for n in notices(app) if not n.markup and "[b]" in n.message]


def test_cursor_inside_a_selection_looks_different():
    from reader.tui.widgets.article_view import ArticleView as View

    async def check():
        from textual.app import App

        from reader.tui.theme_colours import reader_colours

        class Host(App):
            CSS_PATH = str(Path(__file__).resolve().parents[2] / "reader" / "tui" / "app.tcss")

            def get_css_variables(self):  # the stylesheet uses the reader's colour variables
                variables = super().get_css_variables()
                variables.update(reader_colours(variables))
                return variables

            def compose(self):
                yield View()

        async with Host().run_test() as pilot:
            view = pilot.app.query_one(View)
            assert view._style(0, 3) != view._style(0, 1)  # cursor in selection vs selection
            assert view._style(0, 2) != view._style(0, 0)
            styles = {view.get_component_rich_style(f"article-view--note-{n}", partial=True) for n in range(1, 11)}
            assert len(styles) == 10

    import asyncio

    asyncio.run(check())


async def test_down_onto_a_row_that_opens_with_a_quotation_mark_lands_on_its_first_word(tmp_path, store):
    """The row under the cursor starts with '"' (a quote paragraph): ↓ goes to that row's first
    word, not back to the last word of the row above."""
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "q.txt").write_text(
        " date 2025-10 Council backs homes\n\nLEEDS (Northgate) - The committee met on Wednesday.\n\n"
        '"We need homes near work," said councillor Amira Haddad.\n', encoding="utf-8")
    app = make_app([folder], store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_article(pilot, "Council backs")
        view = screen.query_one(ArticleView)
        body = screen.article.body
        view.move_to((0, 5))  # LEEDS, at the row's first column
        before = view.cursor
        await pilot.press("down")
        await pilot.pause()
        first = body.index("We need")
        assert view.cursor == (first, first + 2), (before, view.cursor, body[view.cursor[0]:view.cursor[1]])


async def test_tags_written_in_files_complete_in_the_tag_editor(tmp_path, store):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE, encoding="utf-8")
    (folder / "b.md").write_text("---\ntitle: Ny havn i Esbjerg\ndate: 2024-02-01\ntags: [shipping, havne]\n---\n\n"
                                 "Esbjerg. Havnen udvides.\n", encoding="utf-8")
    app = make_app([folder], store, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        lib = await wait_for_library(pilot)
        row = next(r for r in lib.table.shown if r.article.path.endswith("a.txt"))
        lib.table.cursor = lib.table.shown.index(row)
        await pilot.press("t", "s", "h")
        await pilot.pause()
        await pilot.press("right", "enter")  # accept the completion from b.md's own tags
        await settle(pilot)
        assert store.tags(row.article.id) == ("shipping",)


async def test_indexing_progress_that_arrives_after_the_app_closed_is_ignored(tmp_path):
    """A kill (SIGTERM) while indexing closes the app with progress messages still queued; their
    handler ran on a screen no longer mounted and the exit became "internal error: MountError"."""
    from reader.tui.screens.library_index import IndexProgress
    from tui_helpers import make_app, wait_for_library

    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "a.txt").write_text("Havnen udvides\n\nEsbjerg. Havnen udvides.\n", encoding="utf-8")
    with open_store(tmp_path / "db.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(80, 24)) as pilot:
            library = await wait_for_library(pilot)
        assert not library.is_attached
        library.on_index_progress(IndexProgress("parse", 3, 10))  # raised MountError before
        assert not library.query("ProgressBar")

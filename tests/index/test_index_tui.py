"""The app's library from the index: rows without reading the files again, changes fill in."""

from __future__ import annotations

import os
from pathlib import Path


from reader.store import open_store
from tests.tui_helpers import WIRE, make_app, settle, wait_for_library


def library(tmp_path: Path, count: int = 3) -> Path:
    folder = tmp_path / "lib"
    folder.mkdir()
    for number in range(count):
        text = WIRE.replace("Borgmester vil lukke skole i Ribe", f"Skole nummer {number} lukker i Ribe")
        (folder / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    return folder


async def run_once(folder: Path, db: Path, tmp_path: Path, *, open_first: bool = False):
    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await wait_for_library(pilot)
            await settle(pilot)
            rows = [(row.article.title, getattr(row.article, "loaded", True)) for row in screen.table.rows]
            text = ""
            if open_first:
                await pilot.press("enter")
                await settle(pilot)
                text = app.screen.article.body
            return rows, text


async def test_second_launch_reads_no_file_and_keeps_no_bodies(tmp_path, monkeypatch):
    folder = library(tmp_path)
    db = tmp_path / "db" / "reader.json"
    first, _ = await run_once(folder, db, tmp_path)
    assert len(first) == 3
    import reader.index.records as records

    reads = []
    real = records.read_record
    monkeypatch.setattr(records, "read_record", lambda *a, **k: reads.append(a[0]) or real(*a, **k))
    second, text = await run_once(folder, db, tmp_path, open_first=True)
    assert reads == []
    assert sorted(second) == sorted(first)
    assert not any(loaded for _title, loaded in second)  # no bodies in memory
    assert "Hanne Dahl" in text  # opening reads the article's text


async def test_changed_new_and_removed_files_fill_in_on_the_next_launch(tmp_path):
    folder = library(tmp_path)
    db = tmp_path / "db" / "reader.json"
    await run_once(folder, db, tmp_path)
    (folder / "00.txt").write_text(WIRE.replace("Borgmester vil lukke skole i Ribe", "Ny overskrift"), encoding="utf-8")
    os.utime(folder / "00.txt", ns=(10**18, 10**18))
    (folder / "01.txt").unlink()
    (folder / "05.txt").write_text(WIRE.replace("Borgmester vil lukke skole i Ribe", "Helt ny historie"), encoding="utf-8")
    rows, _ = await run_once(folder, db, tmp_path)
    assert sorted(title for title, _ in rows) == ["Helt ny historie", "Ny overskrift", "Skole nummer 2 lukker i Ribe"]


async def test_a_damaged_index_is_rebuilt_with_a_notice(tmp_path):
    folder = library(tmp_path)
    db = tmp_path / "db" / "reader.json"
    await run_once(folder, db, tmp_path)
    from reader.index import index_path_for

    index_file = index_path_for(db)
    for suffix in ("-wal", "-shm"):
        if os.path.exists(f"{index_file}{suffix}"):
            os.remove(f"{index_file}{suffix}")
    index_file.write_bytes(b"\x00garbage" * 500)
    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        said = []
        app.say = lambda message, **kw: said.append(message)  # type: ignore[method-assign]
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await wait_for_library(pilot)
            await settle(pilot)
            assert len(screen.table.rows) == 3
    assert any("built again" in m for m in said)


async def test_export_gives_checked_quotes_their_text(tmp_path):
    """The listing keeps no bodies; an export from it must still quote the article's words."""
    folder = library(tmp_path, 1)
    db = tmp_path / "db" / "reader.json"
    await run_once(folder, db, tmp_path)
    from reader.analysis import analyze
    from reader.library import load_articles
    from reader.model import QuoteState
    from reader.anchoring import make_anchor

    article = load_articles(folder / "00.txt")[0]
    quote = analyze(article.body, article.language).quotes[0]
    with open_store(db) as store:
        store.attach(article)
        store.set_quote_state(article.id, make_anchor(article.body, quote.start, quote.end), QuoteState.VERIFIED)
    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_library(pilot)
            await settle(pilot)
            await pilot.press("e")
            await settle(pilot)
            await pilot.press("enter")  # the dialog's path as proposed
            await settle(pilot)
    exported = list((tmp_path / "exports").iterdir())
    assert exported and "råd til at holde tre skoler" in exported[0].read_text(encoding="utf-8")


async def test_search_as_you_type_then_open_at_the_hits(tmp_path):
    from tests.tui_helpers import HOSTILE

    folder = library(tmp_path, 2)
    (folder / "zz.txt").write_text(HOSTILE, encoding="utf-8")
    db = tmp_path / "db" / "reader.json"
    from reader.tui.screens.article_at import HitArticleScreen
    from reader.tui.screens.search import SearchScreen

    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_library(pilot)
            await settle(pilot)
            await pilot.press("s", *"markup")
            await settle(pilot)
            await pilot.pause(0.3)
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, SearchScreen)
            [hit] = screen.hits
            assert "[bold]fed[/bold]" in hit.snippet  # the article's brackets, shown as they are
            assert [hit.snippet[s:e] for s, e in hit.spans] == ["markup"]
            await pilot.press("end", "ctrl+u", *"Hanne")  # two stories name her twice each
            await pilot.pause(0.3)
            await settle(pilot)
            assert len(screen.hits) == 2
            await pilot.press("enter")
            await settle(pilot)
            article_screen = app.screen
            assert isinstance(article_screen, HitArticleScreen)
            body = article_screen.article.body
            hits = article_screen.hits
            assert [body[s:e] for s, e in hits] == ["Hanne", "Hanne"]
            assert article_screen.view.cursor == hits[0]
            await pilot.press("greater_than_sign")
            assert article_screen.view.cursor == hits[1]
            await pilot.press("greater_than_sign")
            assert article_screen.view.cursor == hits[0]


async def test_search_finds_notes_and_reports_a_bad_query(tmp_path):
    folder = library(tmp_path, 2)
    db = tmp_path / "db" / "reader.json"
    from reader.library import load_articles
    from reader.anchoring import make_anchor
    from reader.tui.screens.search import SearchScreen

    await run_once(folder, db, tmp_path)
    article = load_articles(folder / "01.txt")[0]
    with open_store(db) as store:
        store.attach(article)
        store.add_annotation(article.id, make_anchor(article.body, 0, 4), note="ring til skolechefen")
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_library(pilot)
            await settle(pilot)
            await pilot.press("s", *"skolechefen")
            await pilot.pause(0.3)
            await settle(pilot)
            screen = app.screen
            assert isinstance(screen, SearchScreen)
            assert [h.article.path for h in screen.hits] == [str(folder / "01.txt")]
            await pilot.press("end", "ctrl+u", *'colour:red "skole')
            await pilot.pause(0.3)
            await settle(pilot)
            status = str(screen.query_one("#search-status").render())
            assert "unknown filter colour:" in status and "not closed" in status
            assert len(screen.hits) == 2  # "skole" searched all the same


async def test_help_documents_the_search_language(tmp_path):
    folder = library(tmp_path, 1)
    from reader.tui.screens.help import HelpScreen

    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_library(pilot)
            for opener in (("question_mark",), ("escape", "s", "f1")):
                await pilot.press(*opener)
                await pilot.pause()
                assert isinstance(app.screen, HelpScreen)
                text = str(app.screen.query_one("Static").render())
                assert "Search: the query language" in text and "date:2018-08..2018-12" in text


async def test_help_over_the_search_box_lists_no_key_that_types_into_it(tmp_path):
    """On the search screen `?` types into the box, so its help names F1, not `?` (review14)."""
    folder = library(tmp_path, 1)
    from reader.tui.screens.help import HelpScreen

    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for_library(pilot)
            await pilot.press("s", "f1")
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            lines = str(app.screen.query_one("Static").render()).splitlines()
            keys = [line.split()[0].lower() for line in lines if line.endswith("  Help")]
            assert keys == ["f1"]  # old: F1 and ? (the app's key, which types into the box here)
            await pilot.press("escape", "escape")  # back in the library: ? is the help key there
            await pilot.pause()
            await pilot.press("question_mark")
            await pilot.pause()
            lines = str(app.screen.query_one("Static").render()).splitlines()
            assert any(line.split()[:1] == ["?"] and line.endswith("  Help") for line in lines)


async def test_files_that_change_while_the_app_is_open_show_up_on_their_own(tmp_path):
    folder = library(tmp_path, 2)
    db = tmp_path / "db" / "reader.json"
    with open_store(db) as store:
        app = make_app(folder, store, tmp_path)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await wait_for_library(pilot)
            await pilot.pause(0.3)  # the watcher starts after the first check of the files

            async def titles_become(expected: set[str]) -> None:
                for _ in range(100):  # a bounded wait for the watcher; no clock in the assertion
                    await pilot.pause(0.05)
                    if {row.article.title for row in screen.table.rows} == expected:
                        return
                raise AssertionError({row.article.title for row in screen.table.rows})

            (folder / "new.txt").write_text(WIRE.replace("Borgmester vil lukke skole i Ribe", "Breaking news"),
                                            encoding="utf-8")
            await titles_become({"Skole nummer 0 lukker i Ribe", "Skole nummer 1 lukker i Ribe", "Breaking news"})
            (folder / "00.txt").unlink()
            (folder / "01.txt").write_text(WIRE.replace("Borgmester vil lukke skole i Ribe", "Rettet"), encoding="utf-8")
            await titles_become({"Rettet", "Breaking news"})


async def test_an_index_that_fails_on_a_first_launch_falls_back_to_reading_the_files(tmp_path, monkeypatch):
    folder = library(tmp_path, 2)
    import reader.index.catalog as catalog

    def broken(self, *args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(catalog.LibraryIndex, "sync", broken)
    rows, _ = await run_once(folder, tmp_path / "db" / "reader.json", tmp_path)
    assert sorted(title for title, _ in rows) == ["Skole nummer 0 lukker i Ribe", "Skole nummer 1 lukker i Ribe"]

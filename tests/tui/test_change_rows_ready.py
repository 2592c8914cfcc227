"""A changed file's list made partly in the worker (scan19): the rows and their date order made
before the UI thread gets them, ids digested once; what the list shows stays as it was."""

from __future__ import annotations

import random
from pathlib import Path
from types import SimpleNamespace

from reader.archive import rows_of
from reader.cli import main
from reader.store import open_store
from reader.tui.screens.library_reading import ReadingState
from reader.tui.widgets.library_rows import LibraryRows, newest_first, with_ids
from reader.workspace.library import scan

TITLES = ["Storm", "storm", "Brand i nat", "brand i nat", "Valg", "Ål", "ål", "Zebra"]
DATES = ["2024-01-02", "2024-01-01", "2024-01-01", "2023-12-31", ""]


def _rows(n: int, seed: int) -> list[tuple]:
    pick = random.Random(seed)
    return [(k, f"id{k}", pick.choice(TITLES), pick.choice(DATES), pick.choice(["A", "B"]), "", "")
            for k in range(n)]


def test_a_date_order_made_beforehand_shows_the_rows_as_the_model_sorts_them():
    for seed in range(20):
        data = _rows(60, seed)
        plain = LibraryRows(list(data), lambda rows: [None] * len(rows))
        ready = LibraryRows(list(data), lambda rows: [None] * len(rows), newest=newest_first(data))
        plain.read = ready.read = {f"id{k}" for k in range(0, 60, 3)}
        for filter_text in ("", "storm", "nat a"):
            for unread in (False, True):
                for sort in ("date", "title", "notes"):
                    assert ready.order(filter_text, unread, sort) == plain.order(filter_text, unread, sort)


def test_a_row_read_again_under_a_new_date_drops_the_order_made_beforehand():
    data = _rows(30, 1)
    model = LibraryRows(list(data), lambda rows: [None] * len(rows), newest=newest_first(data))
    article = SimpleNamespace(title="Aaa", date="2030-01-01", source="A", dateline="", meta_tags=())
    model.set_article(5, article)  # type: ignore[arg-type]
    assert model.order("", False, "date")[0] == 5


def _story(path: Path, body: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f" date 2024-01 Kort nyt\n\n{body}\n", encoding="utf-8")
    return path


def test_rows_given_the_settled_ids_are_the_rows_of_the_settled_articles(tmp_path):
    db, lib = tmp_path / "db.json", tmp_path / "lib"
    b = _story(lib / "b.txt", "Anden historie om noget andet.")
    assert main(["tag", str(b), "brand", "--db", str(db)]) == 0  # b alone: the headline's own id
    _story(lib / "a.txt", "Første historie om noget.")  # a twin story, listed before it
    listed = list(scan([str(lib)]).articles)  # together: a.txt is met first and takes it
    with open_store(db) as store:
        settled = store.settle_ids(listed)
    assert rows_of(settled) != rows_of(listed)  # the store moved an id: the case that matters
    assert with_ids(rows_of(listed), listed, settled) == rows_of(settled)


class _Screen(ReadingState):
    def __init__(self, known: set[str]) -> None:
        self.app = SimpleNamespace(known_at_launch=known, store=SimpleNamespace(readonly=True))
        self._newness, self._fresh_seen, self._remembered = {}, set(), set()


def test_each_id_is_digested_once_and_new_ones_still_counted(monkeypatch):
    import reader.workspace.library as library

    real, calls = library.id_digest, []
    monkeypatch.setattr(library, "id_digest", lambda aid: calls.append(aid) or real(aid))
    screen = _Screen({real("a"), real("b")})
    screen._note_known([(1, "a"), (2, "b"), (3, "c")])
    assert screen._new_ids == {"c"} and len(calls) == 3
    screen._note_known([(1, "a"), (2, "b"), (3, "c"), (4, "d")])
    assert screen._new_ids == {"c", "d"} and calls[3:] == ["d"]

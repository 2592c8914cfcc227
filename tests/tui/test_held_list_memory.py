"""What a launch keeps for the first change is small (memory24): the index's articles hold the
titles of the launch's rows on screen, those rows share their dates, sources and datelines,
file stamps are ints, the date order is an array made a date at a time; and the
first change after a launch still places only its files' rows, in the order the whole sort
gives, and lists what a full read lists."""

from __future__ import annotations

import random
from pathlib import Path
from types import SimpleNamespace

from reader.archive import hold_list, library_from_index, library_listed, library_rows, rows_of
from reader.index import LibraryIndex
from reader.index.walking import stamp, unstamp
from reader.tui.widgets import date_order
from reader.tui.widgets.date_order import newest_first, newest_first_of
from reader.tui.widgets.library_rows import LibraryRows

TITLES = ["Storm", "storm", "Brand i nat", "brand i nat", "Valg", "Ål", "ål", "Zebra"]
DATES = ["2024-01-02", "2024-01-01", "2023-12-31", ""]


def _whole(data: list[tuple]) -> list[int]:
    return sorted(range(len(data)), key=lambda i: (data[i][3], data[i][2].casefold(), data[i][2]), reverse=True)


def test_the_order_made_a_date_at_a_time_is_the_whole_sort():
    for seed in range(30):
        pick = random.Random(seed)
        items = [SimpleNamespace(date=pick.choice(DATES), title=pick.choice(TITLES)) for _ in range(pick.randrange(0, 300))]
        rows = [(k, f"id{k}", a.title, a.date, "", "", "") for k, a in enumerate(items)]
        assert list(newest_first_of(items)) == _whole(rows)


def test_rows_kept_by_identity_are_placed_as_the_whole_sort_places_them():
    """Rows whose item is the very object of the last call keep their places; a row made again
    (equal or not) is placed; the order is the whole sort's either way."""
    for seed in range(30):
        pick = random.Random(seed)
        items = [SimpleNamespace(date=pick.choice(DATES), title=pick.choice(TITLES)) for _ in range(pick.randrange(65, 300))]
        before = (items, newest_first_of(items))
        for _change in range(5):
            items = list(items)
            for _edit in range(pick.randrange(1, 5)):
                at = pick.randrange(len(items))
                roll = pick.random()
                if roll < 0.3:  # read again: a new object, maybe with other values
                    items[at] = SimpleNamespace(date=pick.choice(DATES), title=pick.choice(TITLES))
                elif roll < 0.5:  # read again, the same values: a new object all the same
                    items[at] = SimpleNamespace(date=items[at].date, title=items[at].title)
                elif roll < 0.7:
                    del items[at]
                elif roll < 0.9:
                    items.insert(at, SimpleNamespace(date=pick.choice(DATES), title=pick.choice(TITLES)))
                else:  # listed in another sequence: sorted again
                    items[at], items[-1] = items[-1], items[at]
            rows = [(k, f"id{k}", a.title, a.date, "", "", "") for k, a in enumerate(items)]
            order = newest_first(rows, before, items)
            assert order == _whole(rows)
            before = (items, order)


def _story(path: Path, pick: random.Random) -> None:
    title = pick.choice(["Ferry strike ends", "ferry strike ends", "Council agrees budget", f"Harbour {pick.randrange(999)}"])
    path.write_text(f"date 20{pick.randint(20, 25)}-0{pick.randint(1, 9)}-1{pick.randint(0, 9)} {title}\n\n"
                    f"Leeds. Text {pick.randrange(10**6)} about the harbour.\n", encoding="utf-8")


def _fields(articles) -> list[tuple]:
    return [(a.rowid, a.id, a.base_id, a.path, a.title, a.date, a.source, a.language, a.format, a.byline,
             a.meta_tags, a.fingerprint) for a in articles]


def test_the_list_kept_at_a_launch_shares_its_rows_and_the_first_change_is_placed(tmp_path: Path, monkeypatch):
    folder = tmp_path / "lib"
    folder.mkdir()
    pick = random.Random(4)
    files = [folder / f"{k:03d}.txt" for k in range(90)]  # more than 64: the order is patched
    for path in files:
        _story(path, pick)
    paths = [str(folder)]
    first = LibraryIndex(tmp_path / "index.sqlite3")
    first.sync(paths, analyse=False)
    library_from_index(first, paths)  # a first launch: the ids of same-headline files recorded
    first.close()
    patched: list[bool] = []
    real = date_order._patched
    monkeypatch.setattr(date_order, "_patched", lambda *args: patched.append(real(*args) is not None) or real(*args))
    for launch in range(3):
        index = LibraryIndex(tmp_path / "index.sqlite3")
        rows, _skipped, settled = library_rows(index, paths)  # the launch's rows on screen
        assert settled
        index.keep_list()
        kept = hold_list(index, paths, rows)
        by_rowid = {row[0]: row for row in rows}
        assert all(a.title is by_rowid[a.rowid][2] for a in kept)  # one string each, not two
        order = newest_first_of(kept)
        assert list(order) == _whole(rows_of(library_from_index(index, paths).articles))
        before = (kept, order)
        for _change in range(2):  # the first change after the launch, and one more
            for path in pick.sample(files, 2):
                _story(path, pick)
            added = folder / f"new-{launch}-{_change}.txt"
            _story(added, pick)
            files.append(added)
            index.sync([str(p) for p in files[-3:]] + paths, analyse=False)
            listed, now_kept = library_listed(index, paths)
            rows_now = rows_of(listed.articles)
            patched.clear()
            order = newest_first(rows_now, before, now_kept)
            assert patched == [True]  # only the changed files' rows placed
            assert order == _whole(rows_now)
            whole = LibraryIndex(index.path)  # no list kept: read in full
            assert _fields(listed.articles) == _fields(library_from_index(whole, paths).articles)
            whole.close()
            before = (now_kept, order)
        index.close()


def test_file_stamps_held_compactly_read_as_they_were():
    for pair in ((0, 0), (5, -3), (2**40, 7), (-1, -1), (123, 1_733_000_000_123_456_789), (2**40 - 1, -2**63)):
        assert unstamp(stamp(*pair)) == pair
    assert stamp(1, 2) != stamp(2, 1) and stamp(1, 2) == stamp(1, 2)


def test_rows_share_their_dates_sources_and_datelines_and_show_the_same():
    pick = random.Random(2)
    made = lambda text: "".join(list(text))  # noqa: E731  (an equal string of its own, as SQLite gives each row)
    data = [(k, f"id{k}", f"Title {k}", made(pick.choice(DATES)), made("bureau"), made(pick.choice(["Aarhus", "Leeds"])), "")
            for k in range(50)]
    before = list(data)
    model = LibraryRows(data, lambda rows: [None] * len(rows), by_date=False)
    order = model.order("", False, "date")
    model.share_values(0, 20)
    model.share_values(20, 1000)
    assert model.data == before and model.order("", False, "date") == order
    assert len({id(row[4]) for row in model.data}) == 1
    for column in (3, 5):
        assert len({id(row[column]) for row in model.data}) == len({row[column] for row in model.data})


async def test_a_second_launch_keeps_one_string_per_date_and_source_in_its_rows(tmp_path: Path):
    from reader.store import open_store
    from tui_helpers import make_app, settle, wait_for_library, wait_until

    folder, db = tmp_path / "lib", tmp_path / "db" / "reader.json"
    folder.mkdir()
    for k in range(12):
        (folder / f"s{k:02d}.txt").write_text(f" date 2024-05-0{k % 3 + 1} Story {k} from the desk\n\n"
                                               f"Aarhus. Text {k}.\n\n/testbureau/\n", encoding="utf-8")
    for launch in range(2):  # the first builds the index; the second lists its rows from it
        with open_store(db) as store:
            app = make_app(folder, store, tmp_path)
            async with app.run_test(size=(100, 30)) as pilot:
                library = await wait_for_library(pilot)
                await wait_until(pilot, lambda: len(library.table.rows) == 12)
                await settle(pilot)
                data = library.table.model.data
    assert len({row[3] for row in data}) == 3
    assert len({id(row[3]) for row in data}) == 3 and len({id(row[4]) for row in data}) == 1

"""A changed file costs the list what it changes (scan20): the date order patched from the last
change's, "new since the last launch" looked up once an id and remembered once a session; what
the list shows stays what the whole-list way gave."""

from __future__ import annotations

import random
from contextlib import contextmanager
from types import SimpleNamespace

from reader.store.reading import id_digest
from reader.tui.screens.library_reading import ReadingState
from reader.tui.widgets.library_rows import newest_first

TITLES = ["Storm", "storm", "Brand i nat", "brand i nat", "Valg", "Ål", "ål", "Zebra"]
DATES = ["2024-01-02", "2024-01-01", "2023-12-31", ""]


def _row(pick: random.Random, key: int) -> tuple:
    return (key, f"id{key}", pick.choice(TITLES), pick.choice(DATES), "A", "", "")


def _whole(data: list[tuple]) -> list[int]:
    return sorted(range(len(data)), key=lambda i: (data[i][3], data[i][2].casefold(), data[i][2]), reverse=True)


def test_the_date_order_patched_from_the_last_changes_is_the_whole_sort():
    for seed in range(40):
        pick = random.Random(seed)
        data = [_row(pick, k) for k in range(pick.randrange(65, 400))]
        before = (data, newest_first(data))
        for _change in range(6):
            data = list(data)
            for _edit in range(pick.randrange(1, 5)):
                roll, at = pick.random(), pick.randrange(len(data))
                if roll < 0.3:
                    data[at] = (*data[at][:2], pick.choice(TITLES), pick.choice(DATES), *data[at][4:])  # re-read
                elif roll < 0.55:
                    del data[at]  # removed
                elif roll < 0.8:
                    data.insert(at, _row(pick, 10_000 + pick.randrange(10**6)))  # new
                else:
                    data[at], data[-1] = data[-1], data[at]  # listed in another sequence: sorted again
            order = newest_first(data, before)
            assert order == _whole(data)
            before = (data, order)


def test_many_changed_rows_are_sorted_whole():
    pick = random.Random(7)
    data = [_row(pick, k) for k in range(300)]
    other = [_row(pick, k) for k in range(300)]
    assert newest_first(other, (data, newest_first(data))) == _whole(other)


class _Store:
    readonly = False

    def __init__(self, known: set[str] | None) -> None:
        self.known, self.added = known, []

    def known_ids(self):
        return None if self.known is None else set(self.known)

    def add_known_ids(self, ids):
        self.added.append(sorted(ids))

    def busy(self) -> str:
        return ""


class _Screen(ReadingState):
    def __init__(self, store: _Store) -> None:
        @contextmanager
        def saving():
            yield SimpleNamespace(ok=True)

        self.app = SimpleNamespace(store=store, saving=saving)
        self._newness, self._fresh_seen, self._remembered = {}, set(), set()


def test_new_ids_are_the_whole_lists_and_each_is_remembered_once_a_session(monkeypatch):
    import reader.tui.screens.library_reading as reading

    monkeypatch.setattr(reading, "store_busy", lambda store: False)
    store = _Store({id_digest("a"), id_digest("b")})
    screen = _Screen(store)
    screen._note_known([(1, "a"), (2, "b"), (3, "c")])
    assert screen._new_ids == {"c"} and store.added == [["c"]]
    screen._note_known([(1, "a"), (2, "b"), (3, "c"), (4, "d")])  # a file added
    assert screen._new_ids == {"c", "d"} and store.added == [["c"], ["d"]]
    screen._note_known([(1, "a"), (3, "c"), (4, "d")])  # one removed, none new: nothing written
    assert screen._new_ids == {"c", "d"} and store.added == [["c"], ["d"]]


def test_a_first_launch_remembers_every_id_once(monkeypatch):
    import reader.tui.screens.library_reading as reading

    monkeypatch.setattr(reading, "store_busy", lambda store: False)
    store = _Store(None)
    screen = _Screen(store)
    screen._note_known([(1, "a"), (2, "b")])
    screen._note_known([(1, "a"), (2, "b"), (3, "c")])
    screen._note_known([(1, "a"), (2, "b"), (3, "c")])
    assert screen._new_ids == set() and store.added == [["a", "b"], ["c"]]


def test_the_reading_counts_are_the_whole_lists():
    pick = random.Random(3)
    for _ in range(20):
        ids = [f"id{pick.randrange(30)}" for _ in range(40)]  # an id twice counts twice, as before
        read = {f"id{k}": 0 for k in range(0, 30, 3)}
        fresh = {f"id{k}" for k in range(0, 30, 4)}
        screen = _Screen(_Store(set()))
        screen.table = SimpleNamespace(model=SimpleNamespace(read=read, new=fresh), ids=lambda: ids, unread_only=False)
        unread = sum(1 for aid in ids if aid not in read)
        new = sum(1 for aid in ids if aid in fresh and aid not in read)
        assert screen._reading_status() == [f"{unread:,} unread" + (f" ({new:,} new)" if new else "")]


def test_a_rows_position_is_the_dicts_at_the_first_look_up_and_after():
    from reader.tui.widgets.library_rows import LibraryRows

    data = [(k, f"id{k % 7}", "T", "", "", "", "") for k in range(20)]  # ids listed more than once
    for wanted in ("id3", "id0", "nope"):
        expected = {row[1]: k for k, row in enumerate(data)}.get(wanted)
        model = LibraryRows(list(data), lambda rows: [None] * len(rows))
        assert model.position(wanted) == expected and model.position(wanted) == expected

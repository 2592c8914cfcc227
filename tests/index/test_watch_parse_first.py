"""The folder watch shows a changed file as soon as it is parsed and analyses it after
(reader/tui/screens/library_watch.py): the list does not wait for the analysis, nor for the
loading of its data at the first change after a launch; once the analysis is done the search
finds the names as an index built from the files does."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from reader.archive import library_from_index, library_rows
from reader.index import LibraryIndex
from reader.tui.screens.library_watch import WatchedFolders

STORY = """ date 2019-02-0{n} Kommunen bidrager til havnen {n}

Aarhus. Aarhus Kommune bidrager med 40 millioner kroner til den nye havn.

- Bidraget er afgørende, siger borgmester Anders Winther.

/ritzau/
"""


class _Watch(WatchedFolders):
    """The watch's host as far as ``_sync`` uses it; records what was shown and when."""

    def __init__(self, index: LibraryIndex, folder: Path) -> None:
        self.library_index = index
        self.folder = folder
        self.app = SimpleNamespace(paths=[str(folder)], call_from_thread=lambda work, *args: work(*args))
        self.events: list[tuple] = []

    def _show_from_worker(self) -> None:
        listed = library_from_index(self.library_index, [str(self.folder)]).articles
        analysed = self.library_index.conn.execute("SELECT sum(analysed) FROM articles").fetchone()[0]
        self.events.append(("shown", sorted(a.title for a in listed), analysed))

    def _tell_reader(self, paths: list[str]) -> None:
        self.events.append(("told", len(paths)))

    def _warm_who_lists(self, index: LibraryIndex, paths: list[str]) -> None:
        self.events.append(("who", _found(index)))


def _found(index: LibraryIndex) -> list[str]:
    return sorted(h.article.title for h in index.search('person:"Anders Winther"', limit=50).hits)


def test_a_change_is_shown_before_it_is_analysed_and_found_by_name_after(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "one.txt").write_text(STORY.format(n=1), encoding="utf-8")
    index = LibraryIndex(tmp_path / "index.sqlite3")
    index.sync([str(folder)])  # a first launch indexed and analysed it
    index.close()
    index = LibraryIndex(tmp_path / "index.sqlite3")  # a second launch: the compact rows
    library_rows(index, [str(folder)])
    changed = folder / "two.txt"
    changed.write_text(STORY.format(n=2), encoding="utf-8")
    watch = _Watch(index, folder)
    watch._sync(index, [str(changed)])
    titles = ["Kommunen bidrager til havnen 1", "Kommunen bidrager til havnen 2"]
    rebuilt = LibraryIndex(tmp_path / "rebuilt.sqlite3")
    rebuilt.sync([str(folder)])
    assert _found(rebuilt) == titles  # the analysis finds the name at all
    # shown once, the new file listed but not analysed yet; then the names, as the rebuilt index has them
    assert watch.events == [("shown", titles, 1), ("told", 1), ("who", titles)]
    watch.events.clear()
    changed.touch()  # the same bytes: nothing shown, nothing counted
    watch._sync(index, [str(changed)])
    assert watch.events == []

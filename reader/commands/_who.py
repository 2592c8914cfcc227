"""Shared plumbing of the who-said-what commands (quotes, entities, timeline): the index brought
up to date for the named paths, the article ids and the notes database's corrections and states."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

from reader.textsafe import one_line


@dataclass
class Library:
    """The index, what to look under, and what the notes database adds (states, corrections)."""

    index: object
    paths: list[str] | None
    store: object | None = None
    corrections: tuple = ()
    overrides: dict = field(default_factory=dict)  # speakers merged or kept apart by the journalist
    states: dict = field(default_factory=dict)  # article id -> the journalist's quote records

    def state(self, article_id: str, start: int, end: int, text: str, speaker: str | None = None) -> str:
        """The verification state of one quote whose wording is now ``text`` and whose speaker the
        analysis found is ``speaker`` (workspace.state_label)."""
        from reader.workspace import state_label

        return state_label(self.check(article_id, start, end, text), text, speaker)

    def check(self, article_id: str, start: int, end: int, text: str | None = None):
        """The journalist's record on the quote at ``start``-``end`` whose wording is now ``text``
        (state, a speaker set by hand; workspace.record_at)."""
        from reader.workspace import record_at

        if self.store is None:
            return None
        if article_id not in self.states:
            try:
                self.states[article_id] = list(self.store.quote_checks(article_id))
            except Exception:
                self.states[article_id] = []
        return record_at(self.states[article_id], start, end, text)


def open_library(args) -> Library:
    """The index for ``args.db`` with ``args.paths`` brought up to date (a missing path is an error);
    with no paths, the folders the index was built from are read again if it lost them."""
    from reader.archive import library_from_index, open_index, progress_printer
    from reader.commands._common import empty_index_line, open_db, say_failed
    from reader.settings import resolve_db_path
    from reader.errors import IndexBusyError, LibraryIndexError, ReaderError

    paths = list(getattr(args, "paths", []) or [])
    for path in paths:
        if not os.path.lexists(os.path.expanduser(path)):
            raise ReaderError(f"{path}: no such file or directory")
    index = open_index(resolve_db_path(args.db))
    if index.notice:
        print(f"reader: {index.notice}", file=sys.stderr)
    with index.guard():
        if paths:
            say_failed(index.sync(paths, workers=1))
        else:
            restore(index, progress_printer(sys.stderr))
        counts = index.counts()
        if not counts["articles"]:
            print(empty_index_line(paths), file=sys.stderr)
        elif counts["unanalysed"] and not paths:  # another reader still indexing: say it, not "nobody"
            print(f"reader: {counts['unanalysed']:,} of {counts['articles']:,} articles are not analysed yet "
                  "(another reader may be indexing them): their quotes and names are left out until "
                  "'reader index' has run", file=sys.stderr)
    library = Library(index, paths or None)
    try:
        store = open_db(args.db, readonly=True)
    except ReaderError as error:  # quotes and names still print, without states or corrections
        print(f"reader: notes database not read: {one_line(str(error))}", file=sys.stderr)
        return library
    library.store = store
    try:
        with index.guard():
            library_from_index(index, paths or ["/"], store)  # the ids notes and states are kept under
            library.corrections = tuple(store.corrections())
            library.overrides = dict(store.speaker_overrides())
            from reader.workspace.who import sync_hand_speakers

            sync_hand_speakers(index, store)  # the speakers the journalist set on quotes
    except LibraryIndexError as error:
        if not isinstance(error, IndexBusyError):
            raise
        print(f"reader: speakers set by hand not applied: {one_line(str(error))}", file=sys.stderr)
    except Exception as error:
        print(f"reader: notes database not read: {one_line(str(error))}", file=sys.stderr)
    return library


READ_AGAIN = "lost roots read again"


def restore(index, progress=None) -> None:
    """Read again, saying so, what the index was built from and has lost (rebuilt after damage)."""
    lost = [] if index.note(READ_AGAIN) else index.lost_roots()
    if lost:
        print("reader: reading again what the index was built from: "
              + ", ".join(one_line(p, 60) for p in lost[:3]) + (f" and {len(lost) - 3:,} more" if len(lost) > 3 else ""),
              file=sys.stderr)
        index.sync(lost, progress, workers=1)
        index.note(READ_AGAIN, "1")  # once per index file: a root that holds no article is not read each time


def close_library(library: Library) -> None:
    """Close the notes database if it was opened."""
    if library.store is not None:
        try:
            library.store.close()
        except Exception:
            pass


_SPELLED = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss"})


def _spelling(name: str) -> str:
    """A name as typed on any keyboard: lower case, æ ø å as ae oe aa, accents dropped."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", name.casefold().translate(_SPELLED))
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


def no_speaker_line(index, name: str, overrides=None) -> str:
    """"no speaker named 'X' in the library", and the speakers it may have meant ("Kjaergaard"
    for Lise Kjærgaard, a letter wrong or missing): the whole name or one of its words alike."""
    import difflib

    from reader.workspace import who

    typed = _spelling(name)
    near: list[str] = []
    if typed:
        for speaker in who.speakers(index, None, overrides):
            words = [_spelling(speaker.name), *_spelling(speaker.name).split()]
            if any(w == typed or len(typed) > 3 and difflib.SequenceMatcher(None, typed, w).ratio() >= 0.8
                   for w in words):
                near.append(speaker.name)
    line = f"no speaker named {one_line(name, 60)!r} in the library"
    if near:
        shown = ", ".join(one_line(n, 40) for n in near[:3])
        line += f"; did you mean {shown}{' …' if len(near) > 3 else ''}?"
    return line

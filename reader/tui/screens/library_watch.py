"""The library screen follows its folders while the app is open: new, changed and removed files
are indexed and shown within about a second (watchfiles). A mixin of LibraryScreen, through
IndexedLibrary."""

from __future__ import annotations

import os
import threading
from typing import Any

from reader.textsafe import one_line, shown_name
from reader.tui.screens.library_follow import FollowsChangedFiles


def _identity(path: Any) -> tuple[int, int] | None:
    """Which file stands at ``path`` (device and inode), None when none does."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _readable_paths(roots: list[str]) -> list[str]:
    """The roots, and every readable folder beside a folder that cannot be read or beside one of
    its parents: watchfiles (notify) stops adding watches under a root at the first folder it may
    not read, so the folders it would have reached after that one are handed to it as well."""
    blocked: list[str] = []
    for root in roots:
        if os.path.isdir(root):
            for folder, subfolders, _files in os.walk(root):
                blocked.extend(os.path.join(folder, name) for name in subfolders
                               if not os.access(os.path.join(folder, name), os.R_OK | os.X_OK))
    parents: set[str] = set()
    for path in blocked:
        parent = os.path.dirname(path)
        while parent not in parents and any(parent == r or parent.startswith(r.rstrip(os.sep) + os.sep) for r in roots):
            parents.add(parent)
            parent = os.path.dirname(parent)
    paths = list(roots)
    for parent in sorted(parents):
        try:
            entries = list(os.scandir(parent))
        except OSError:
            continue
        paths.extend(e.path for e in entries if e.path not in blocked and e.is_dir(follow_symlinks=False)
                     and os.access(e.path, os.R_OK | os.X_OK))
    return paths


def _names(folders: list[str]) -> str:
    """The folders for a message, one line each name."""
    return ", ".join(shown_name(f) for f in folders[:3]) + (f" and {len(folders) - 3} more" if len(folders) > 3 else "")


_UNWRITABLE = ("readonly database", "disk is full", "unable to open database")


def index_stopped(error: Exception) -> str:
    """One line for indexing that failed: SQLite's words, and what to do when the index cannot be
    written (a full disk, a read-only folder), as 'reader index' says it."""
    text = one_line(str(error), 120)
    if any(words in text for words in _UNWRITABLE):
        return (f"Indexing stopped: the library index cannot be written ({text}), so new and changed files "
                "are not listed; free space there, or point READER_INDEX_DIR at a writable folder")
    return f"Indexing stopped: {text}"


class WatchedFolders(FollowsChangedFiles):
    """Following the library's folders (see the module docstring)."""

    app: Any
    library_index: Any = None

    def say_gone_notes(self) -> None:
        """In a worker, once the scan has settled the ids (moved files followed): say how many
        notes are on articles of these folders whose file is gone, and how to get them back."""
        from reader.workspace.exports import gone_notes

        if getattr(self, "_gone_said", False):
            return
        self._gone_said = True
        try:
            store = self.app.store
            recorded, counts = self.app.call_from_thread(lambda: (store.recorded_paths(), store.annotation_counts()))
            count = gone_notes(recorded, counts, list(self.app.paths))
        except Exception:  # only a reminder: doctor counts them too
            return
        if count:
            what = "1 note is" if count == 1 else f"{count:,} notes are"
            self.app.call_from_thread(
                self.app.say, f"{what} on articles whose file is gone from these folders (deleted or moved away): "
                "reader export --gone writes them", severity="warning", timeout=12)

    def watch_files(self) -> None:
        """Follow the library's folders (watchfiles: inotify, FSEvents...): new, changed and
        removed files are indexed and shown within about a second; R stays a manual rescan.
        Started at a launch before its passes (files checked, analysed, lists counted): the
        changes seen meanwhile wait for ``release_changes``, so that none made during the
        passes is missed and none is synced beside them."""
        if getattr(self, "_watching", None) is None:
            self._watching = threading.Event()
            self._held_lock = threading.Lock()
            self._held: set[str] | None = set()
            self._passes_done = threading.Event()
            # A plain daemon thread, not a Textual worker: it runs as long as the screen, and
            # waiting for the workers to finish must not wait for it.
            threading.Thread(target=self._watch, args=(self._watching,), name="reader-watch", daemon=True).start()

    def release_changes(self) -> None:
        """The launch's passes are done: the changes the watch held meanwhile are synced and
        shown now (those the passes read already are shown, and the article being read told)."""
        lock = getattr(self, "_held_lock", None)
        if lock is None:
            return
        with lock:
            held, self._held = self._held, None
        self._passes_done.set()
        if held and self.library_index is not None:
            self._sync_now(self.library_index, sorted(held), tell=True)

    def stop_watching(self) -> None:
        """Stop following the folders (the index turned out unusable: the files are read)."""
        stop = getattr(self, "_watching", None)
        if stop is not None:
            stop.set()
            self._watching = None

    def _watch(self, stop: threading.Event) -> None:  # stop: given, the screen may drop it first
        from reader.workspace.library import SUPPORTED_SUFFIXES

        try:
            import watchfiles
        except ImportError:
            return
        try:
            roots = [p for p in self.app.paths if os.path.exists(p)]
        except Exception:  # the screen was closed before this thread started
            return
        if not roots:
            return
        root_set = frozenset(r for r in roots if os.path.isdir(r))  # an event for an opened folder itself: it
        # went, or went and came back (deleted and made again at once: the new one may have the old inode)

        def wanted(_change: Any, path: str) -> bool:
            name = os.path.basename(path)
            return path in root_set or not name.startswith(".") and os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES

        index = self.library_index
        known = _identity(index.path) if index is not None else None
        failed = 0
        blocked = False  # a folder inside cannot be read: the readable ones are handed over one by one
        gone: list[str] = []  # folders opened that went (deleted, moved away, unmounted)
        folders = [r for r in roots if os.path.isdir(r)]  # a file opened alone that goes is a change like any
        followed: dict[str, Any] = {}  # which folder or file stood at each root when the watch started
        present: list[str] = []
        hit: set[str] = set()  # roots the watch saw go: made again at once, they can keep their inode
        while not stop.is_set():
            try:
                now = {r: _identity(r) for r in roots}
                back = [r for r in gone if os.path.isdir(r)]
                # Another folder or file at a root's name (deleted and made again, a symlink turned,
                # a file written anew) between two looks: watchfiles followed the old one (attack26).
                if [r for r in roots if r in followed and r not in back and now[r] is not None
                        and (now[r] != followed[r] or r in hit)]:
                    self.app.call_from_thread(self.action_rescan)  # read again, and followed below
                followed, hit = now, set()
                if back:  # listed again, and followed again
                    gone = [r for r in gone if r not in back]
                    self.app.call_from_thread(self.action_rescan)  # read again, as R does
                    self.app.call_from_thread(self.app.say, f"{_names(back)} {'is' if len(back) == 1 else 'are'} "
                                              "back: read again and followed", timeout=6)
                went = [r for r in folders if r not in gone and not os.path.isdir(r)]
                if went:  # said, unlisted, and waited for
                    gone.extend(went)
                    self.app.call_from_thread(self.action_rescan)  # ! then names it
                    self.app.call_from_thread(
                        self.app.say, f"{_names(went)} {'is' if len(went) == 1 else 'are'} gone (deleted, moved or "
                        "unmounted): it is followed again when it is back", severity="warning", timeout=12)
                present = [r for r in roots if r not in gone and os.path.exists(r)]
                if not present:  # nothing to follow until one comes back
                    if stop.wait(0.5):
                        return
                    continue
                watched = _readable_paths(present) if blocked else present
                for changes in watchfiles.watch(*watched, watch_filter=wanted, debounce=300, step=50,
                                                stop_event=stop, rust_timeout=500, raise_interrupt=False,
                                                ignore_permission_denied=blocked, yield_on_timeout=True):
                    if stop.is_set():
                        return
                    hit = {path for _kind, path in changes if path in root_set}
                    changes = {change for change in changes if change[1] not in root_set}
                    if changes:
                        index = self.library_index
                        if _identity(index.path) != known:  # deleted (a cache cleaner) or replaced: its rows are gone
                            self.app.call_from_thread(self._index_lost, stop)
                            return
                        failed = 0
                        self._sync(index, sorted({path for _kind, path in changes}))
                    if hit or any(_identity(r) != followed[r] for r in roots):
                        break  # watchfiles goes on silently, watching nothing where a folder went
                else:
                    return
            except Exception as error:
                if isinstance(error, PermissionError) and not blocked and not stop.is_set():
                    # A folder inside that cannot be read (chmod 000, another user's share): watchfiles
                    # refused to start, and no folder was followed. Said once; the others are.
                    blocked = True
                    self.app.call_from_thread(self.app.say, "A folder in the library cannot be read (! names it): "
                                              "it is not followed, the others are", severity="warning", timeout=8)
                    continue
                # watchfiles gives up on a batch it cannot pass on (a file name that is not UTF-8
                # raises): the folders are synced for what that batch held, and the watch goes on.
                # Too many watches, or failing again at once: said once, R rescans.
                failed += 1
                try:
                    if stop.is_set() or failed > 2:
                        raise error
                    if all(os.path.exists(r) for r in present):
                        self._sync(self.library_index, present)
                except Exception as final:
                    if not stop.is_set():
                        self.app.call_from_thread(self.app.say, f"Stopped following the folders ({one_line(str(final), 80)}); "
                                                  "R rescans them", severity="warning", timeout=8)
                    if stop is self._watching:  # the next rescan follows them again
                        self._watching = None
                    return

    def _sync(self, index: Any, paths: list[str]) -> None:
        """The changed files synced now, or held until the launch's passes are done."""
        lock = getattr(self, "_held_lock", None)
        if lock is not None:
            with lock:
                if self._held is not None:
                    self._held.update(paths)
                    return
        self._sync_now(index, paths)

    def _sync_now(self, index: Any, paths: list[str], tell: bool = False) -> None:
        """The changed files parsed and shown first, then analysed (names and quotes): the list
        does not wait for the analysis, nor for its loading at the first change of a launch.
        ``tell``: the article being read is checked against its file even if nothing changed."""
        shown = False
        for analyse in (False, True):
            report = index.sync(paths, workers=1, analyse=analyse)
            if report.changed:  # (the analysing pass: a file changed again meanwhile)
                index.keep_list()  # the next changes re-read only their files' rows
                self._show_from_worker()
                self.app.call_from_thread(self._tell_reader, paths)
            shown = shown or report.changed
            if analyse and (shown or report.analysed):
                self._warm_who_lists(index, list(self.app.paths))
        if tell and not shown:  # read by the launch's passes: shown by them, the reader not told
            self.app.call_from_thread(self._tell_reader, paths)

    def _index_lost(self, stop: threading.Event) -> None:
        """The index file went while the app was open: a new one is built from every file (a
        progress bar), as at a first launch, rather than from the files that just changed."""
        if stop is not self._watching:
            return
        stop.set()
        self._watching = None  # the rescan follows the folders again when it is done
        self.library_index = None
        self.app.say("The library index was deleted while the app was open; it is built again from "
                     "the article files", severity="warning", timeout=8)
        self.action_rescan()

    def on_unmount(self) -> None:
        """Stop following the folders."""
        stop = getattr(self, "_watching", None)
        if stop is not None:
            stop.set()

    def action_rescan(self) -> None:  # LibraryScreen's
        raise NotImplementedError

    def _show_from_worker(self) -> None:  # IndexedLibrary's
        raise NotImplementedError

    def _warm_who_lists(self, index: Any, paths: list[str]) -> None:  # IndexedLibrary's
        raise NotImplementedError

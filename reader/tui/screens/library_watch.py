"""The library screen follows its folders while the app is open: new, changed and removed files
are indexed and shown within about a second (watchfiles). A mixin of LibraryScreen, through
IndexedLibrary."""

from __future__ import annotations

import os
import threading
from typing import Any


class WatchedFolders:
    """Following the library's folders (see the module docstring)."""

    app: Any
    library_index: Any = None

    def watch_files(self) -> None:
        """Follow the library's folders (watchfiles: inotify, FSEvents...): new, changed and
        removed files are indexed and shown within about a second; R stays a manual rescan."""
        if getattr(self, "_watching", None) is None:
            self._watching = threading.Event()
            # A plain daemon thread, not a Textual worker: it runs as long as the screen, and
            # waiting for the workers to finish must not wait for it.
            threading.Thread(target=self._watch, name="reader-watch", daemon=True).start()

    def _watch(self) -> None:
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

        def wanted(_change: Any, path: str) -> bool:
            name = os.path.basename(path)
            return not name.startswith(".") and os.path.splitext(name)[1].lower() in SUPPORTED_SUFFIXES

        stop = self._watching
        try:
            for changes in watchfiles.watch(*roots, watch_filter=wanted, debounce=300, step=50,
                                            stop_event=stop, rust_timeout=500, raise_interrupt=False):
                if stop.is_set():
                    return
                index = self.library_index
                changed = sorted({path for _kind, path in changes})
                report = index.sync(changed, workers=1)
                if report.changed:
                    self._show_from_worker()
                    self._warm_who_lists(index, list(self.app.paths))
        except Exception:  # a folder gone, too many watches: R still rescans by hand
            return

    def on_unmount(self) -> None:
        """Stop following the folders."""
        stop = getattr(self, "_watching", None)
        if stop is not None:
            stop.set()

    def _show_from_worker(self) -> None:  # IndexedLibrary's
        raise NotImplementedError

    def _warm_who_lists(self, index: Any, paths: list[str]) -> None:  # IndexedLibrary's
        raise NotImplementedError

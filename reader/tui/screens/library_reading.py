"""Reading state in the library: new since the last launch, unread, read; ``U`` shows only the
articles not read yet. A mixin of LibraryScreen."""

from __future__ import annotations

from typing import Any

from reader.tui.waiting import store_busy


class ReadingState:
    """New / unread / read marks and counts (see the module docstring)."""

    app: Any
    table: Any
    _digests: dict[str, str]

    def _note_known(self, rows: list[tuple]) -> None:
        """Which articles are new since the last launch, then remember them all as known."""
        from reader.workspace.library import id_digest

        digests = self._digests  # each id digested once, not at every change of a file
        if len(digests) > 2 * len(rows) + 1000:  # ids of files gone long ago are let go
            digests.clear()
        listed = []
        for row in rows:
            aid = row[1]
            digest = digests.get(aid)
            if digest is None:
                digest = digests[aid] = id_digest(aid)
            listed.append((aid, digest))
        self._mark_new(listed, show=False)

    def _mark_new(self, listed: list[tuple[str, str]], show: bool = True) -> None:
        """``listed``: (id, digest) of every article listed. Which are new since the last launch
        (compared with the ids known at launch, read once); every one is remembered as known."""
        store = self.app.store
        if getattr(self.app, "known_at_launch", False) is False:
            try:
                self.app.known_at_launch = store.known_ids()
            except Exception:
                self.app.known_at_launch = None
        known = self.app.known_at_launch
        fresh = [] if known is None else [aid for aid, digest in listed if digest not in known]
        self._new_ids = set(fresh)
        if not store.readonly and listed and (fresh or known is None) and not store_busy(store):
            with self.app.saving():
                store.add_known_ids(fresh if known is not None else (aid for aid, _ in listed))
        if show:
            self.table.model.new = self._new_ids
            self.table.refresh_facts()
            self._update_status()

    def _reading_status(self) -> list[str]:
        model = self.table.model
        ids = self.table.ids()
        read, fresh = model.read, model.new
        unread = sum(1 for aid in ids if aid not in read)
        new = sum(1 for aid in ids if aid in fresh and aid not in read) if fresh else 0
        parts = [f"{unread:,} unread" + (f" ({new:,} new)" if new else "")] if ids else []
        if self.table.unread_only:
            parts.append("unread only")
        return parts

    def action_unread_only(self) -> None:
        """Show only the articles not read yet, or all (U)."""
        self.table.set_unread_only(not self.table.unread_only)
        self._update_status()


SKIPPED_KEY, SKIPPED_KEY_SHORT = " (press ! to see why)", " (! why)"


def fit_status(parts: list[str], width: int) -> str:
    """The library's status parts on one line of ``width`` cells: "  ·  " between them, or, when
    that is too wide (80 columns with skipped files), " · " and the short forms, so that the sort
    and "unread only" stay in sight."""
    text = "  ·  ".join(parts)
    if width <= 0 or len(text) <= width:
        return text
    short = [part.replace(SKIPPED_KEY, SKIPPED_KEY_SHORT).replace("sorted by ", "by ") for part in parts]
    return " · ".join(short)

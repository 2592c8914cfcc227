"""Reading state in the library: new since the last launch, unread, read; ``U`` shows only the
articles not read yet. A mixin of LibraryScreen."""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from reader.tui.waiting import store_busy


class ReadingState:
    """New / unread / read marks and counts (see the module docstring)."""

    app: Any
    table: Any
    _newness: dict[str, bool]  # id -> new since the last launch, kept between changes
    _fresh_seen: set[str]  # the ids of _newness that are new
    _remembered: set[str]  # ids this session has given to add_known_ids (the store keeps them)

    def _note_known(self, rows: list[tuple]) -> None:
        """Which articles are new since the last launch, then remember them all as known."""
        self._mark_new(list(map(itemgetter(1), rows)), show=False)

    def _mark_new(self, ids: list[str], show: bool = True, digests: dict[str, str] | None = None) -> None:
        """``ids``: every article listed (``digests``: of some, made beforehand). Which are new
        since the last launch (the ids known at launch are read once, and each id is looked up
        once a session); every one is remembered as known."""
        store = self.app.store
        if getattr(self.app, "known_at_launch", False) is False:
            try:
                self.app.known_at_launch = store.known_ids()
            except Exception:
                self.app.known_at_launch = None
        known = self.app.known_at_launch
        listed = set(ids)
        fresh = set() if known is None else self._fresh(listed, known, digests or {})
        self._new_ids = fresh
        if not store.readonly and ids and (fresh or known is None) and not store_busy(store):
            todo = (fresh if known is not None else listed) - self._remembered  # each once a session
            if todo:
                with self.app.saving() as outcome:
                    store.add_known_ids(todo)
                if outcome.ok:
                    self._remembered |= todo
        if show:
            self.table.model.new = self._new_ids
            self.table.refresh_facts()
            self._update_status()

    def _fresh(self, listed: set[str], known: set[str], digests: dict[str, str]) -> set[str]:
        """The ids of ``listed`` whose digest is not in ``known`` (each id digested once)."""
        from reader.workspace.library import id_digest

        newness, seen = self._newness, self._fresh_seen
        if len(newness) > 2 * len(listed) + 1000:  # ids of files gone long ago are let go
            newness.clear()
            seen.clear()
        for aid in listed.difference(newness):
            new = newness[aid] = (digests.get(aid) or id_digest(aid)) not in known
            if new:
                seen.add(aid)
        return listed & seen

    def _reading_status(self) -> list[str]:
        model = self.table.model
        ids = self.table.ids()
        read, fresh = model.read, model.new
        unread = len(ids) - sum(map(read.__contains__, ids))
        new = sum(1 for aid in filter(fresh.__contains__, ids) if aid not in read) if fresh else 0
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
    for cut in (_drop_new, _cut_filter):  # still too wide (a filter beside skipped and new files): "(N
        over = len(" · ".join(short)) - width  # new)" goes (the N marks show them), then the filter is cut
        if over > 0:
            short = [cut(part, over) for part in short]
    return " · ".join(short)


def _cut_filter(part: str, over: int) -> str:
    """"filter: text" shortened by ``over`` characters (an ellipsis; at least one character kept)."""
    if not part.startswith(_FILTER):
        return part
    keep = max(1, len(part) - len(_FILTER) - over - 1)
    return part if keep >= len(part) - len(_FILTER) else part[:len(_FILTER) + keep] + "…"


def _drop_new(part: str, over: int) -> str:
    """"12 unread (2 new)" without its "(2 new)"; the N marks in the list still show them."""
    head, sep, _ = part.partition(" unread (")
    return f"{head} unread" if sep and part.endswith(" new)") else part


_FILTER = "filter: "

"""Saves that wait for the database while another program holds its lock, without freezing the screen.

The app's store waits only ``APP_LOCK_WAIT`` seconds for a lock another program holds (a reader
saving a note holds it for milliseconds). A change that finds it held longer is not dropped and
not waited for on the screen's thread: it waits here, said in a toast, and is tried again
whenever a look (never a wait) finds the lock free. Changes wait in order; ctrl+q says what waits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Hashable

from reader.errors import DatabaseBusyError
from reader.tui.messages import StoreChanged
from reader.tui.exit_watchdog import exit_if_stuck
from reader.tui.screen_roles import HoldsDraft

APP_LOCK_WAIT = 0.3  # seconds a save in the app waits for the lock before it waits here instead
RETRY_SECONDS = 0.5  # how often a waiting change looks at the lock


@dataclass
class Waiting:
    """One change to the database that waits for the lock."""

    what: str  # "the quote check", for the toasts and ctrl+q
    change: Callable[[], Any]  # the store writes (run inside ``app.saving()``)
    after: Callable[[bool], None] | None  # told whether it was saved once it ran
    key: Hashable = None  # what it changes (one quote's check): a second change to it is refused while it waits


def store_busy(store: Any) -> str:
    """Why a write to ``store`` would wait now ("" when it would not, or the store cannot say)."""
    look = getattr(store, "busy", None)
    try:
        return look() if callable(look) else ""
    except Exception:  # a look is never worth an error: the write itself says what is wrong
        return ""


def busy_line(reason: str) -> str:
    """The one-line waiting state: what holds the database (another reader's pid when known)."""
    found = re.search(r"another reader \(pid \d+\)", reason)
    held = found.group(0) if found else "another program"
    return f"Waiting for the database (held by {held})…"


class WaitingWrites:
    """The app's changes waiting for the database's lock, tried again in order."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.queue: list[Waiting] = []
        self._timer: Any = None
        self._running = False  # a change is being run: a write it causes never runs the queue again
        wait = getattr(app.store, "wait_for_lock", None)
        if callable(wait):  # a save never holds the screen still for the store's usual 10 s
            wait(APP_LOCK_WAIT)

    def write(self, change: Callable[[], Any], what: str, after: Callable[[bool], None] | None = None,
              key: Hashable = None) -> bool | None:
        """Run ``change`` now, or keep it waiting when another program holds the lock: True when
        saved, False when it failed or was refused (said), None when it waits (said; ``after`` is
        told later). A change to what a waiting one changes (the same ``key``) is refused: the
        screen still shows the state before the waiting one, so it would be reckoned from that."""
        if self.refused(key):
            return False
        item = Waiting(what, change, after, key)
        if not self.queue and not store_busy(self.app.store):
            saved = self._run(item)
            if saved is not None:
                return saved
        self.queue.append(item)
        self._tell()
        if self._timer is None:
            self._timer = self.app.set_interval(RETRY_SECONDS, self.retry)
        return None

    def refused(self, key: Hashable) -> bool:
        """True, after a bell and a line, when a change to ``key`` waits (an editor for it is not
        opened, so nothing is typed in vain; a second change would be reckoned from a stale screen)."""
        waiting = next((item for item in self.queue if key is not None and item.key == key), None)
        if waiting is None:
            return False
        self.app.bell()
        waits, it_is = ("wait", "they are") if _plural(waiting.what) else ("waits", "it is")
        self.app.say(f"{waiting.what[0].upper()}{waiting.what[1:]} already {waits} for the database; {it_is} saved as "
                     "soon as it is free (try again after that)", severity="warning", timeout=4)
        return True

    def waits(self) -> str:
        """What waits, for ctrl+q ("" when nothing does)."""
        if not self.queue:
            return ""
        if len(self.queue) == 1:
            return self.queue[0].what
        return f"{len(self.queue)} changes ({self.queue[0].what} first)"

    def retry(self) -> None:
        """Run the waiting changes in order once a look finds the lock free (never from inside one
        of them: the change being run is still first in the queue)."""
        if self._running:
            return
        landed = False
        try:
            while self.queue:
                if store_busy(self.app.store):
                    return
                item = self.queue[0]
                self.app.clear_notifications()  # the waiting toast: the change says how it went
                saved = self._run(item, waited=True)
                if saved is None:  # taken again between the look and the write
                    self._tell()
                    return
                self.queue.pop(0)
                landed = True
                if saved:
                    self.app.say(f"Saved {item.what}: the database is free again", timeout=3)
        finally:
            if landed:  # every screen shows it (the article may have been closed and opened again meanwhile)
                for screen in self.app.screen_stack:
                    screen.post_message(StoreChanged())
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _run(self, item: Waiting, waited: bool = False) -> bool | None:
        """Run one change; None when the lock was still held (nothing written)."""
        self._running = True
        try:
            try:
                with self.app.saving(busy_raises=True) as outcome:
                    item.change()
            except DatabaseBusyError:
                return None
            if item.after is not None:
                try:
                    item.after(outcome.ok)
                except Exception as error:  # the screen it came from may be gone: the change is saved
                    if not waited:
                        raise
                    del error
            return outcome.ok
        finally:
            self._running = False

    def _tell(self) -> None:
        count = len(self.queue)
        what = self.queue[0].what if count == 1 else f"{count} changes"
        self.app.clear_notifications()  # one waiting toast at a time
        self.app.say(f"{busy_line(store_busy(self.app.store))} {what[0].upper()}{what[1:]} "
                     f"{'is' if count == 1 and not _plural(what) else 'are'} saved as soon as it is free.",
                     severity="warning", timeout=3600)


def _plural(what: str) -> bool:
    """Whether a change's name is plural ("the tags", "the new tags": review33 read "The tags is saved")."""
    return what.endswith("tags")


def quit_warning(app: Any) -> str:
    """What ctrl+q would drop, said before it does ("" when nothing): a change waiting for the
    database (tried once more first: the lock may be free by now), else a note being written."""
    app.waiting.retry()
    waits = app.waiting.waits()
    if waits:
        return (f"{waits[0].upper()}{waits[1:]} is waiting for the database (another program holds its lock) "
                "and is not saved yet: ctrl+q again quits without it")
    unsaved = next((text for screen in reversed(app.screen_stack)
                    if isinstance(screen, HoldsDraft) for text in [screen.unsaved()] if text), "")
    return f"{unsaved} is not saved: ctrl+s saves it; ctrl+q again quits without it" if unsaved else ""


SIGNAL_SAVE_SECONDS = 0.3  # a note saved on a signal reaches the database before the app ends


def stop_on_signal(app: Any, code: int, name: str) -> None:
    """SIGTERM or SIGHUP: save what waits for the lock if it is free now (a note waiting in its
    editor too), then end the app; what stays unsaved goes into ``app.exit_note`` for the terminal."""
    app.waiting.retry()
    editor = next((screen for screen in reversed(app.screen_stack) if getattr(screen, "waiting", False) is True), None)

    def finish() -> None:
        waits = app.waiting.waits()
        lost = [f"{waits}, waiting for the database (held by another program)"] if waits else []
        lost += [text[0].lower() + text[1:] for screen in app.screen_stack if isinstance(screen, HoldsDraft)
                 for text in [screen.unsaved()] if text]
        if lost:
            app.exit_note = f"stopped by {name}; not saved: " + "; ".join(lost)
        exit_if_stuck(app, code)
        app.exit(return_code=code)

    if editor is not None and not store_busy(app.store):
        editor.action_save()  # its save runs from the article's queue: the app ends just after
        app.set_timer(SIGNAL_SAVE_SECONDS, finish)
    else:
        finish()

"""The app's writes to the store: a failure said in one line, changes kept waiting for the lock,
undo and redo and where they happened (a mixin of ReaderApp)."""

from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Callable, Iterator

from reader.errors import DatabaseBusyError, ReaderError, ReadOnlyStoreError
from reader.model import Article
from reader.textsafe import one_line
from reader.tui.screen_roles import ShowsArticle

STORE_ERROR = "store-error"  # the kind of toast the database's refusals share: one shown at a time


class SaveOutcome:
    """Whether the writes inside ``ReaderApp.saving()`` went through."""

    ok = True


class StoreAccess:
    """Saving, undo and redo for ReaderApp (``store``, ``waiting``, ``say`` and ``screen`` are the app's)."""

    # -- store access --------------------------------------------------------
    @contextmanager
    def saving(self, *, busy_raises: bool = False) -> Iterator[SaveOutcome]:
        """Run store writes; a failure is shown as one line, the rest of the block is skipped,
        and the yielded outcome's ``ok`` turns False (``busy_raises``: a lock another program
        held throughout the short wait is raised, for the caller to keep the change waiting)."""
        outcome = SaveOutcome()
        if not busy_raises:  # changes waiting for the lock go first: an undo never overtakes them
            self.waiting.retry()
        try:
            yield outcome
        except DatabaseBusyError as error:
            if busy_raises:
                raise
            outcome.ok = False
            self.say(f"Nothing changed: {one_line(str(error).removesuffix('; try again'), 200)}; "
                     "try again once it is free", severity="warning", timeout=10)
        except ReadOnlyStoreError:
            outcome.ok = False
            self.say(f"Read-only: {self.store.readonly_reason or 'the database is read-only'}", severity="warning")
        except ReaderError as error:
            outcome.ok = False
            # kind: replaces the poll's toast of the same refusal, not stacked over the note editor
            self.say(str(error), severity="error", timeout=10, kind=STORE_ERROR)
        except OSError as error:
            outcome.ok = False
            self.say(f"could not save: {error.strerror or error}", severity="error", timeout=10)

    def refused_read_only(self, what: str) -> bool:
        """True, after saying so, when the database is read-only: ``what`` (tags) typed into an
        editor could not be kept, so the editor is not opened (review33: the tag editor opened,
        took the tags typed, and only Enter met the read-only database, as ``a`` and ``w`` once did)."""
        if not self.store.readonly:
            return False
        self.bell()
        self.say(f"Read-only: {self.store.readonly_reason or 'the database is read-only'}: {what} cannot be changed",
                 severity="warning")
        return True

    def write(self, change: Callable[[], Any], what: str, after: Callable[[bool], None] | None = None,
              key: Any = None) -> bool | None:
        """Save ``change`` (store writes) now, or, while another program holds the database's lock,
        keep it waiting without freezing the screen: True saved, False failed, None waiting."""
        return self.waiting.write(change, what, after, key)

    def undo(self) -> str | None:
        """Undo the last change to notes, tags, quote checks or corrections; say what it was."""
        return self._history_step(self.store.undo, "Undone", "Nothing to undo")

    def redo(self) -> str | None:
        """Redo the last undone change; say what it was."""
        return self._history_step(self.store.redo, "Redone", "Nothing to redo")

    def _history_step(self, step: Callable[[], str | None], done: str, nothing: str) -> str | None:
        description = None
        with self.saving():
            description = step()
            self.say(f"{done}: {description}{self._elsewhere()}" if description else nothing, timeout=4)
        return description

    def _elsewhere(self) -> str:
        """Where the last undo or redo happened, when that is not the article on screen."""
        changed = getattr(self.store, "last_step_articles", ())
        if not changed:
            return ""
        here = self.screen.shown_article() if isinstance(self.screen, ShowsArticle) else None
        if isinstance(here, Article) and any(self.store.is_article(here.id, aid) for aid in changed):
            return ""
        title = self.store.title_of(changed[0])
        return f" (in “{one_line(title, 50)}”)" if title else ""

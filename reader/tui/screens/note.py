"""The note editor: a multi-line note and a label for a stretch of text."""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message_pump import MessagePumpClosed

from reader.tui.screen_roles import HoldsDraft
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Label, Select, Static, TextArea

from reader.textsafe import one_line, visible
from reader.tui.waiting import RETRY_SECONDS, busy_line, store_busy


TINY_BELOW = 16  # rows


def _typed(event: object) -> str | None:
    """What a key inserts into the note (as the TextArea's own key handler does), or None."""
    if not isinstance(event, events.Key):
        return None
    if event.key == "enter":
        return "\n"
    return event.character if event.is_printable else None


class NoteText(TextArea):
    """The note's text box: typed keys already queued behind one another go in as one insert.

    A paste that arrives as keys (a terminal without bracketed paste, ``tmux paste-buffer``
    without ``-p``) queues thousands of keys at once; TextArea wraps the whole line again at each
    insert, so one key at a time a 90 KB paste took minutes. The keys taken off the queue here are
    the ones TextArea would have inserted one by one, in their order, and nothing else.
    """

    async def _on_key(self, event: events.Key) -> None:
        first = None if self.read_only else _typed(event)
        if first is None:
            await super()._on_key(event)
            return
        self._restart_blink()
        event.stop()
        event.prevent_default()
        start, end = self.selection
        queued = self._queued_typing()
        self._replace_via_keyboard(first + "".join(queued), start, end)
        if queued:  # the rows just added count once laid out: the cursor is shown after that
            self.call_after_refresh(self.scroll_cursor_visible)

    def _queued_typing(self) -> list[str]:
        """Take the typed keys waiting at the head of this widget's queue; their characters."""
        taken: list[str] = []
        while True:
            try:
                following = self._peek_message()  # Textual 8.2 (pinned): the next queued message
            except MessagePumpClosed:
                return taken
            text = _typed(following)
            if text is None or following is None:
                return taken
            self._pending_message = None  # taken: handled here, as the loop would have
            self._message_queue.task_done()
            self.message_signal.publish(following)
            taken.append(text)


@dataclass(frozen=True)
class NoteResult:
    """What the editor returns on save."""

    note: str
    label: str


class NoteEditor(HoldsDraft, ModalScreen[NoteResult | None]):
    """Edit a note; ctrl+s saves, Escape cancels."""

    AUTO_FOCUS = "#note-text"
    # Short terminals (80x24 and less) get a shorter text box, so the keys line stays on screen;
    # tiny ones (under 16 rows, down to 40x10) drop the dialog's padding and the label's border.
    VERTICAL_BREAKPOINTS = [(0, "-tiny"), (TINY_BELOW, "-short"), (30, "-tall")]
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True, id="note.save"),
        Binding("escape", "cancel", "Cancel", priority=True, id="note.cancel"),
    ]

    def __init__(self, excerpt: str, labels: tuple[str, ...], note: str = "", label: str = "", title: str = "New note",
                 saved: str | None = None, wait: bool = False) -> None:
        super().__init__()
        # Another program holds the database's lock: ctrl+s waits here, the text still editable,
        # and saves by itself once a look finds the lock free (``wait``: from the start).
        self._waiting: Timer | None = None
        self._wait_first = wait
        self.excerpt = excerpt
        self.labels = labels
        self.initial_note = note
        # what the database holds ("" for a new note): text that differs is lost by Escape, even
        # text the editor opened with after a save that failed
        self.saved_note = note if saved is None else saved
        self.initial_label = label
        self.heading = title
        self._save_requested = False
        self._discard_warned = False

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog"):
            yield Static(Content(self.heading), id="note-title")
            yield Static(Content(f"“{one_line(self.excerpt, 300)}”"), id="note-excerpt")
            # a note or label from a hand-edited or shared database may hold ESC: shown (and saved,
            # if saved) as visible placeholders, never sent to the terminal
            yield NoteText(visible(self.initial_note), id="note-text", tab_behavior="focus", soft_wrap=True)
            options = [(Content("(no label)"), "")] + [(Content(f"{i}  {one_line(label)}"), label) for i, label in enumerate(self.labels, 1)]
            if self.initial_label and self.initial_label not in self.labels:
                options.append((Content(one_line(self.initial_label, 60)), self.initial_label))
            with Horizontal(id="note-label-row"):
                yield Label(Content("Label"), id="note-label-title")
                yield Select(options, value=self.initial_label, allow_blank=False, id="note-label")
            yield Static(Content("ctrl+s save · Esc cancel · Tab label"), id="note-help")

    def on_mount(self) -> None:
        """Start typing the note straight away."""
        area = self.query_one("#note-text", TextArea)
        area.focus()
        area.move_cursor(area.document.end)
        self._fit_label()
        if self._wait_first:
            self._wait_for_database(store_busy(getattr(self.app, "store", None)))

    def on_resize(self) -> None:
        """A one-row label list on a tiny terminal."""
        self._fit_label()

    def _fit_label(self) -> None:
        self.query_one("#note-label", Select).compact = 0 < self.app.size.height < TINY_BELOW

    def action_save(self) -> None:
        """Return the note and label, once the text box has handled every key typed before ctrl+s."""
        if self._save_requested:
            return
        self._save_requested = True
        area = self.query_one("#note-text", TextArea)
        # Queued behind keys the text box has not handled yet, then back on this screen's queue.
        if not area.call_later(lambda: self.call_later(self._save_now)):
            self._save_now()

    def _save_now(self) -> None:
        busy = store_busy(getattr(self.app, "store", None))
        if busy:  # the save would wait on the screen's thread: wait here instead, typing allowed
            self._save_requested = False
            self._wait_for_database(busy)
            return
        if self._waiting is not None:
            self._waiting.stop()
            self._waiting = None
        note = self.query_one("#note-text", TextArea).text.strip("\n")
        label = self.query_one("#note-label", Select).value
        self.dismiss(NoteResult(note.rstrip(), label if isinstance(label, str) else ""))

    def _wait_for_database(self, reason: str) -> None:
        """Say that the note waits for the database (and why), and look again every half second."""
        help_line = self.query_one("#note-help", Static)
        help_line.update(Content(f"{busy_line(reason)} the note is saved by itself once it is free · "
                                 "Esc cancel"))
        help_line.add_class("-waiting")
        self.app.say(f"{busy_line(reason)} The note is not saved yet: it stays here, and is saved by "
                     "itself once the database is free", severity="warning", timeout=6)
        if self._waiting is None:
            self._waiting = self.set_interval(RETRY_SECONDS, self._look_again)

    def _look_again(self) -> None:
        if not store_busy(getattr(self.app, "store", None)):
            self.action_save()

    @property
    def waiting(self) -> bool:
        """True while the note waits for a lock another program holds."""
        return self._waiting is not None

    def unsaved(self) -> str:
        """ "The note" when its text differs from what it was opened with (for the app's quit)."""
        if self._waiting is not None:
            return "The note you are writing (waiting for the database, held by another program)"
        if self._save_requested:
            return ""
        changed = self.query_one("#note-text", TextArea).text.strip() != visible(self.saved_note).strip()
        return "The note you are writing" if changed else ""

    def action_cancel(self) -> None:
        """Close the label list if it is open; else close, asking once before dropping typed text."""
        select = self.query_one("#note-label", Select)
        if select.expanded:
            select.expanded = False
            return
        changed = self.query_one("#note-text", TextArea).text.strip() != visible(self.saved_note).strip()
        if changed and not self._discard_warned:
            self._discard_warned = True
            self.app.say("The note is not saved: Escape again discards it, ctrl+s saves it", severity="warning")
            return
        self.dismiss(None)

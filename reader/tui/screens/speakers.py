"""The Speakers screen: everyone quoted in the library, sortable, filtered as you type; Enter shows
a speaker's quotes, newest first, and Enter on a quote opens the article at it.

Names, quotes and titles are data: every cell is built as Content, never parsed as markup.
"""

from __future__ import annotations

from typing import Any, Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from reader.tui.widgets.safe_input import SafeInput
from reader.workspace import checked_for, record_at, state_label
from reader.workspace.exports import NO_SPEAKER
from reader.textsafe import folded, one_line
from reader.tui.widgets.footer import ReaderFooter


from reader.tui.screens.who_list import WhoListScreen, open_article_at, provenance_line
from reader.tui.screens.who_panel import sync_hand

class SpeakersScreen(WhoListScreen):
    """Every speaker in the library with quotes, articles, first and last date, role and party;
    the journalist merges two speakers (ctrl+g) or keeps a merged name apart (ctrl+n), undoably."""

    TITLE_TEXT = "Speakers: who is quoted in the library (Enter: their quotes)"
    COLUMNS = ("Speaker", "Role, org", "Quotes", "Articles", "First", "Last")
    FLEX = ((0, 0.6), (1, 0.4))  # name and role are cut (…) so First and Last fit 80 columns
    SORTS = ("quotes", "name", "last date", "articles")
    NOUN = ("speaker", "speakers")
    # ctrl keys: letters go to the filter box, which has the keyboard
    BINDINGS = [
        Binding("ctrl+g", "merge", "Merge", priority=True, tooltip="Merge the highlighted speaker into another",
                id="who.merge"),
        Binding("ctrl+n", "apart", "Keep apart", priority=True,
                tooltip="Keep the names merged into the highlighted speaker apart from it", id="who.apart"),
        Binding("ctrl+z", "undo", "Undo", show=False, priority=True, id="who.undo"),
        Binding("ctrl+y", "redo", "Redo", show=False, priority=True, id="who.redo"),
    ]

    def fetch(self) -> list:
        from reader.workspace import who

        sync_hand(self.index, self.app.store)
        return who.speakers(self.index, self.paths, overrides=self.app.store.speaker_overrides())

    def action_merge(self) -> None:
        """Ask which speaker the highlighted one is, and merge it into that one (undoable)."""
        row = self.current
        if row is None:
            self.app.bell()
            return
        others = [r.name for r in self.rows if r.name != row.name]

        def chosen(target: str | None) -> None:
            if not target:
                return
            if target == row.name or target in row.aliases:
                self.app.bell()
                self.app.say(f"“{one_line(target, 40)}” is this speaker already: nothing merged", timeout=4)
                return
            with self.app.saving():
                self.app.store.set_speaker_overrides({row.name: target, **{a: target for a in row.aliases}})
                self.app.say(f"“{one_line(row.name, 40)}” is now “{one_line(target, 40)}” in every article "
                             "(ctrl+z undoes)", timeout=5)
            self.load()

        self.app.push_screen(MergeDialog(row.name, others), chosen)

    def action_apart(self) -> None:
        """Keep every name merged into the highlighted speaker apart from it (undoable)."""
        row = self.current
        if row is None or not row.aliases:
            self.app.bell()
            self.app.say("No other name is merged into this speaker", timeout=3)
            return
        with self.app.saving():
            self.app.store.set_speaker_overrides({a: a for a in row.aliases})
            self.app.say(f"Kept apart from “{one_line(row.name, 40)}”: " + ", ".join(one_line(a, 30) for a in row.aliases)
                         + " (ctrl+z undoes)", timeout=5)
        self.load()

    def action_undo(self) -> None:
        """Undo the last change (a merge here, or anything done in the app)."""
        self.app.undo()
        self.load()

    def action_redo(self) -> None:
        """Redo the last undone change."""
        self.app.redo()
        self.load()

    def cells(self, s: Any) -> tuple:
        from reader.workspace.who import about

        # "the head teacher" as the article writes it; the narrow column shows "head teacher"
        # (at 80 columns "the head te…" spent four of its letters on the article: review30)
        words = (s.role or "").split(" ", 1)
        bare = words[1] if len(words) == 2 and words[0].lower() in ("the", "a", "an") else (s.role or "")
        return (s.name, about(bare, s.party, s.affiliation), str(s.quotes), str(s.articles), s.first or "-", s.last or "-")

    def haystack(self, s: Any) -> str:
        return folded(" ".join((s.name, s.role, s.party, s.affiliation, *s.aliases)))

    def sort_key(self, sort: str):
        if sort == "name":
            return lambda s: s.name.casefold()
        if sort == "last date":
            return lambda s: (s.last == "", _desc(s.last), s.name.casefold())
        if sort == "articles":
            return lambda s: (-s.articles, -s.quotes, s.name.casefold())
        return lambda s: (-s.quotes, -s.articles, s.name.casefold())

    def open_row(self, s: Any) -> None:
        self.app.push_screen(SpeakerQuotesScreen(self.index, s, self.paths))

    def timeline_of(self, s: Any) -> tuple[str, str]:
        return "speaker", s.name


class MergeDialog(ModalScreen[str | None]):
    """Which speaker is this one? A name, completed from the speakers in the library."""

    AUTO_FOCUS = "#merge-input"
    BINDINGS = [Binding("escape", "cancel", "Cancel", priority=True, id="who.merge.cancel")]

    def __init__(self, name: str, others: list[str]) -> None:
        super().__init__()
        self.speaker = name
        self.others = others

    def compose(self) -> ComposeResult:
        from reader.tui.widgets.suggesters import PeopleSuggester

        with Vertical(id="export-dialog"):
            yield Static(Content(f"Merge “{one_line(self.speaker, 60)}” into:"), id="export-title")
            yield SafeInput(placeholder="another speaker's name (→ completes)", id="merge-input",
                        suggester=PeopleSuggester(self.others))
            yield Static(Content("Enter merges in every article  ·  Escape cancels  ·  ctrl+z undoes"),
                         id="export-help")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Merge into the name typed."""
        event.stop()
        name = " ".join(event.value.split())
        self.dismiss(name or None)

    def action_cancel(self) -> None:
        """Close without merging."""
        self.dismiss(None)


def _overrides(store: Any) -> dict[str, str]:
    """The speakers the journalist merged or kept apart ({} when the notes cannot be read)."""
    try:
        return dict(store.speaker_overrides())
    except Exception:
        return {}


def _desc(text: str) -> tuple:
    """A sort key putting ``text`` in descending order."""
    return tuple(-ord(c) for c in text)


class SpeakerQuotesScreen(Screen):
    """One speaker's quotes, newest first, with article, date, source and verification state; the
    status line says where the highlighted quote appeared first."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="who.quotes.back"),
        Binding("enter", "open", "Open article", id="who.quotes.open"),
    ]

    def __init__(self, index: Any, speaker: Any, paths: Sequence[str] | None = None) -> None:
        super().__init__()
        self.index = index
        self.speaker = speaker
        self.paths = paths
        self.quotes: list = []

    def compose(self) -> ComposeResult:
        from reader.workspace.who import about

        s = self.speaker
        extra = about(s.role, s.party, s.affiliation)
        title = f"{one_line(s.name, 60)}" + (f" ({one_line(extra, 40)})" if extra else "")
        if s.aliases:
            title += f"  · also written {', '.join(one_line(a, 30) for a in s.aliases)}"
        yield Static(Content(title), classes="who-title")
        yield OptionList(classes="who-quotes")
        yield Static(Content("Loading…"), classes="who-status")
        yield ReaderFooter()

    def on_mount(self) -> None:
        """Load the quotes in a worker."""
        self.query_one(OptionList).focus()
        self.load()

    def on_screen_resume(self) -> None:
        """Back from an article: a quote checked or given a speaker there shows its new state."""
        if self.quotes:
            self.load()

    @work(thread=True, exclusive=True, group="who-quotes")
    def load(self) -> None:
        """The speaker's quotes and their states (in a thread)."""
        from reader.workspace import who

        store = self.app.store
        sync_hand(self.index, store)
        rows = who.quotes(self.index, self.paths, speaker=self.speaker.name, overrides=_overrides(store))
        states: dict = {}
        for q in rows:
            if q.article_id not in states:
                try:
                    states[q.article_id] = list(store.quote_checks(q.article_id))
                except Exception:
                    states[q.article_id] = []
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, rows, states)

    def _show(self, rows: list, states: dict) -> None:
        self.quotes = rows
        options = []
        for k, q in enumerate(rows):
            check = record_at(states.get(q.article_id, []), q.start, q.end, q.text)
            state_text = state_label(check, q.text, q.said_as or q.speaker)
            if check is not None and check.speaker_set:  # the reporter set this quote's speaker
                state_text += f" · {'said by ' + check.speaker if check.speaker else NO_SPEAKER} (set by hand)"
            head = Content.assemble((q.date or "-", "bold"), "  ", (state_text, "$text-muted"), "  ",
                                    one_line(q.title, 70), "  ", (one_line(q.source, 20), "$text-muted"))
            shown = Content.assemble(head, "\n  ", Content(f"“{one_line(q.text, 300)}”"))
            if was := checked_for(check, q.text, q.said_as or q.speaker):  # the old wording or speaker (polish30)
                shown = Content.assemble(shown, "\n  ", (one_line(was[:1].upper() + was[1:], 300), "$text-muted"))
            options.append(Option(shown, id=str(k)))
        listing = self.query_one(OptionList)
        kept = listing.highlighted  # a reload keeps the row the reporter was on
        listing.set_options(options)
        if options:
            listing.highlighted = kept if kept is not None and kept < len(options) else 0
        else:
            self._status("No quotes")

    def _status(self, text: str) -> None:
        self.query_one(".who-status", Static).update(Content(text))

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        k = event.option_index
        if 0 <= k < len(self.quotes):
            self._status(provenance_line(self.index, self.quotes[k].id) + "  ·  Enter opens the article")

    @on(OptionList.OptionSelected)
    def _selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        """Open the highlighted quote's article at the quote."""
        listing = self.query_one(OptionList)
        k = listing.highlighted
        if k is None or not 0 <= k < len(self.quotes):
            self.app.bell()
            return
        q = self.quotes[k]
        open_article_at(self.app, self.index, q.path, q.rowid, (q.start, q.end))

    def action_back(self) -> None:
        """Back to the speakers."""
        self.dismiss()

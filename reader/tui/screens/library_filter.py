"""The library's filter box: ``f`` opens it and the keys typed right after go into it (as ``/``
hands its keys to the search), Enter opens the highlighted article at once; a mixin of
LibraryScreen."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import Input

from reader.tui.widgets.safe_input import SafeInput
from reader.tui.widgets.article_table import ArticleTable


class FilterInput(SafeInput):
    """The filter box. Enter opens the highlighted article at once, inside the box's own key
    handling, and keys that were typed after Enter and already queued here are handed on to
    the article instead of landing in the filter ("fLeeds⏎n" opens the story and jumps)."""

    handing_off = False

    async def _on_key(self, event: events.Key) -> None:
        if self.handing_off:
            event.stop()
            event.prevent_default()
            self.app.post_message(events.Key(event.key, event.character))
            return
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.Submitted(self, self.value))
            submit = getattr(self.screen, "submit_filter", None)
            self.handing_off = bool(submit is not None and submit())
            return
        await super()._on_key(event)

    def _on_focus(self, event: events.Focus) -> None:
        self.handing_off = False
        super()._on_focus(event)


class FilterKeys:
    """Filtering the list as you type (see the module docstring)."""

    app: Any
    table: Any
    search_screen: Any = None

    def action_filter(self) -> None:
        """Show the filter box and type into it."""
        box = self.query_one("#filter", Input)
        box.display = True
        # An empty box has nothing to select; selecting on focus would select the letters typed
        # right after "f" that reached it first (via on_key) and the next key would replace them.
        box.select_on_focus = bool(box.value)
        self._filter_pending = True
        self.set_focus(box)  # at once: keys typed right after / are the filter's
        self.call_after_refresh(self._update_header)

    def on_key(self, event: events.Key) -> None:
        """"f" opens the filter here, before the keys typed right after it are looked up as the
        list's keys (bindings are looked up only once a key has passed every widget, so with a
        binding a fast "fenergy" ran e for export); those keys go into the box. "/" opens the
        search here for the same reason (the search screen takes the keys that follow)."""
        box = self.query_one("#filter", Input)
        # Keys queued for the list before the box took focus reach here whether or not the box has
        # taken it since: the box stops the keys it was sent itself (text and Enter), so a text key
        # or Enter seen here while the box has focus is one of those and is the box's (else it was
        # lost, and "e" ran the list's export). No focus at all (the terminal's own focus came and
        # went) is the list's: "f" and "/" work there too.
        boxed = getattr(self, "_filter_pending", False) or self.focused is box
        if getattr(self, "_handing_off", False):  # typed after Enter: the article's keys
            self.app.post_message(events.Key(event.key, event.character))
        elif self.search_screen is not None:  # queued here, typed right after "/": the search's
            self.search_screen.post_message(events.Key(event.key, event.character))
        elif event.key == "f" and not boxed and self.focused in (self.table, None):
            self.action_filter()
        elif event.key == "slash" and not boxed and self.focused in (self.table, None):
            self.action_search()
        elif boxed and event.key == "enter":
            self._filter_pending = False
            self._handing_off = self.submit_filter()
        elif boxed and event.is_printable and event.character:
            box.insert_text_at_cursor(event.character)
        else:
            return
        event.stop()
        event.prevent_default()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if getattr(event, "widget", None) is not None and event.widget.id == "filter":
            self._filter_pending = False

    def on_input_changed(self, event: Input.Changed) -> None:  # by name: @on in a mixin is not seen
        if event.input.id != "filter":
            return
        self.table.set_filter(event.value)
        self._update_status()

    def submit_filter(self) -> bool:
        """Enter in the filter box: open the highlighted article now; whether one was opened."""
        box = self.query_one("#filter", Input)
        if self.table.filter_text != box.value:  # typed so fast that Input.Changed has not come yet
            self.table.set_filter(box.value)
            self._update_status()
        self.set_focus(self.table)
        if not self.table.shown:
            return False
        row = self.table.current
        if row is None or not self.is_current:
            return False
        self._open(ArticleTable.Opened(row))  # here and now: keys typed after Enter are the article's
        return self._opening  # set when the article screen was pushed (the stack changes later)

    def action_clear_filter(self) -> None:
        """Clear the filter (Escape)."""
        self._filter_pending = False
        box = self.query_one("#filter", Input)
        if box.value:
            box.value = ""
        box.display = False
        self.table.focus()
        self.call_after_refresh(self._update_header)  # the list's width changes with the box

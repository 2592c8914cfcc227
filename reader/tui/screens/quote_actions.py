"""The article screen's quote keys: the speaker, quote to quote, verify and move on, the quote sheet.

A quote is shown as the journalist left it (``reader.workspace.reconcile_quotes``): a speaker set
by hand replaces the one found, and a check whose wording or speaker changed since is shown as
"changed since verified", never as verified.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from textual.binding import Binding

from reader.workspace.exports import QuoteNote
from reader.model import EntityLabel, Quote, QuoteCheck, QuoteState
from reader.textsafe import one_line
from reader.tui.messages import open_screen
from reader.tui.widgets.article_view import HAND_MARK

Span = tuple[int, int]

QUOTE_BINDINGS = [
    Binding("w", "edit_speaker", "Speaker", show=False, id="article.speaker",
            tooltip="Who said the quote under the cursor: pick from the people and organisations in the article,"
                    " type, or clear"),
    Binding("quotation_mark", "quote(1)", "Next quote", show=False, id="article.quote_next",
            tooltip="Next quote (skipping names and figures)"),
    Binding("apostrophe", "quote(-1)", "Previous quote", show=False, id="article.quote_prev"),
    Binding("V", "verify_next", "Verify, next", show=False, id="article.verify_next",
            tooltip="Verify the quote under the cursor and go to the next unchecked one"),
    Binding("E", "export_quotes", "Quote sheet", show=False, id="article.quote_sheet",
            tooltip="Export a quote sheet: every quote with its speaker and state"),
]


class QuoteActions:
    """Quote keys and how quotes are shown; mixed into the article screen (``self`` is it)."""

    quote_checks: list[QuoteCheck]
    quote_view: dict[Span, QuoteNote]

    # -- what the screen shows ---------------------------------------------------------------
    def load_quotes(self: Any) -> None:
        """Join the quotes found with the journalist's records (after a store or analysis change)."""
        from reader.workspace import reconcile_quotes

        if not hasattr(self, "quote_checks") or self.analysis is None:
            self.quote_view = {}
            return
        found = self.analysis.quotes
        # (the roles: a speaker set by hand to a person named with a role but never quoted keeps it)
        notes = reconcile_quotes(self.article.body, found, self.quote_checks, self.app.roles_for(self.analysis))
        self.quote_view = {(n.start, n.end): n for n in notes[: len(found)]}

    def shown_quotes(self: Any) -> tuple[Quote, ...]:
        """The quotes found, with speakers set by hand in their place (marked so in the text)."""
        if self.analysis is None:
            return ()
        quotes = []
        for quote in self.analysis.quotes:
            note = self.quote_view.get((quote.start, quote.end))
            if note is not None and note.speaker_by_hand:
                name = f"{note.speaker or 'no speaker'}{HAND_MARK}"  # cleared: say so where the name was
                # that person's role and organisation near this quote (workspace.role_near), never the replaced speaker's
                quote = replace(quote, speaker=name, speaker_start=None, speaker_end=None,
                                role=note.role, affiliation=note.affiliation)
            quotes.append(quote)
        return tuple(quotes)

    def shown_states(self: Any) -> dict[Span, QuoteState]:
        """Quote span -> the state to draw: a changed check is drawn unchecked."""
        return {span: (QuoteState.UNVERIFIED if note.changed else note.state)
                for span, note in self.quote_view.items() if note.state is not QuoteState.UNVERIFIED}

    def panel_quotes(self: Any) -> tuple[Quote, ...]:
        """The quotes for the side panel: speakers as the journalist left them."""
        if self.analysis is None:
            return ()
        return tuple(
            replace(q, speaker=self.quote_view[(q.start, q.end)].speaker) if (q.start, q.end) in self.quote_view else q
            for q in self.analysis.quotes
        )

    def quote_note_at(self: Any, offset: int) -> QuoteNote | None:
        """The quote under ``offset`` as the journalist left it."""
        quote = self.quote_at(offset)
        return self.quote_view.get((quote.start, quote.end)) if quote is not None else None

    def organisations(self: Any) -> list[str]:
        """The organisations of the article (named, or a speaker's), for a quote that is a statement."""
        names: list[str] = []
        if self.analysis is not None:
            for entity in self.analysis.entities:
                name = entity.canonical
                if entity.label is EntityLabel.ORG and len(name or "") > 1 and name not in names:  # not a party's letter
                    names.append(name)
        for note in self.quote_view.values():
            if len(note.affiliation) > 1 and note.affiliation not in names:
                names.append(note.affiliation)
        return names

    def people(self: Any) -> list[str]:
        """The people of the article, speakers first, for completing a speaker's name."""
        names: list[str] = []
        for note in self.quote_view.values():
            if note.speaker and note.speaker not in names:
                names.append(note.speaker)
        if self.analysis is not None:
            for entity in self.analysis.entities:
                if entity.label is EntityLabel.PER and entity.canonical and entity.canonical not in names:
                    names.append(entity.canonical)
        return names

    # -- keys --------------------------------------------------------------------------------
    def _quote_here(self: Any) -> QuoteNote | None:
        note = self.quote_note_at(self.view.cursor[0])
        if note is None:
            self.app.bell()
            if self.analysis is None:
                self.app.say("Still analysing… quotes are not marked yet", timeout=2)
            else:
                self.app.say("No quote under the cursor (\" jumps to the next one)", timeout=2)
        return note

    def action_edit_speaker(self: Any) -> None:
        """Edit who said the quote under the cursor."""
        from reader.tui.screens.speaker import SpeakerEditor

        note = self._quote_here()
        if note is None or self._read_only():  # read-only: said before a name is typed, as for a note
            return
        span = (note.start, note.end)
        if self.app.waiting.refused(("quote", self.article.id, span)):  # its check waits for the lock
            return
        found = next((q.speaker for q in self.analysis.quotes if (q.start, q.end) == span), None) if self.analysis else None
        anchor = self._anchor(span)  # made now: the text may be read again while the editor is open

        def done(name: str | None) -> None:
            if name is None:
                return
            name = " ".join(name.split())
            if name == (note.speaker or "") and (note.speaker_by_hand or name == (found or "")):
                return
            article_id = self.article.id
            # The analysis's own speaker typed back: no speaker by hand any more.
            value = None if found and name == found else name

            def change() -> None:
                self.app.store.set_quote_speaker(article_id, anchor, value)
                self.app.say(f"Speaker: {one_line(name, 40)}" if name else "Speaker cleared: no speaker", timeout=3)

            self.app.write(change, "the quote's speaker", lambda ok: self.reload_store(),
                           key=("quote", article_id, span))

        self.app.push_screen(SpeakerEditor(note.text, note.speaker or "", self.people(), found, self.organisations()), done)

    def action_quote(self: Any, step: int) -> None:
        """Jump to the next or previous quote, skipping names and figures."""
        from reader.tui.widgets.motions import next_item

        spans = sorted(self.quote_view)
        found = next_item(spans, self.view.cursor, step) if spans else None
        if found is None:
            self.app.bell()
            if self.analysis is None:  # not "no quotes": they are not found yet
                self.app.say("Still analysing… quotes are not marked yet", timeout=2, kind="quote-step")
            else:  # one toast, not a stack of them over the text, however often the key is pressed
                self.app.say("No more quotes that way" if spans else "No quotes found in this article",
                             timeout=2, kind="quote-step")
            return
        self.view.move_to(found)

    def action_check_quote(self: Any) -> None:
        """Cycle the quote under the cursor: unverified → verified → contested (a changed one: verified)."""
        note = self._quote_here()
        if note is None:
            return
        state = QuoteState.VERIFIED if note.changed else note.state.next()
        self._set_state(note, state)

    def action_verify_next(self: Any) -> None:
        """Verify the quote under the cursor (its wording and speaker now) and go to the next one
        not verified yet; on no quote, go to the first such one."""
        note = self.quote_note_at(self.view.cursor[0])
        done = ""
        if note is not None and (note.changed or note.state is not QuoteState.VERIFIED):
            saved = self._set_state(note, QuoteState.VERIFIED, tell=False)
            if saved is False:
                return
            done = "Quote verified · " if saved else ""
        elif note is None and self.analysis is None:
            self.app.say("Still analysing… quotes are not marked yet", timeout=2)
            return
        after = (note.start, note.end) if note is not None else self.view.cursor
        self._next_unchecked(after, done)

    def _next_unchecked(self: Any, after: Span, done: str = "") -> None:
        waiting = sorted(span for span, n in self.quote_view.items() if n.changed or n.state is QuoteState.UNVERIFIED)
        if not waiting:
            total = len(self.quote_view)
            message = f"all {total} quote{'s' if total != 1 else ''} checked"
            self.app.say(done + message if done else message.capitalize(), timeout=3, kind="quotes left")
            return
        following = [span for span in waiting if span > after] or waiting  # wrap round
        self.view.move_to(following[0])
        self.app.say(f"{done}{len(waiting)} quote{'s' if len(waiting) != 1 else ''} left to check", timeout=2,
                     kind="quotes left")

    def _set_state(self: Any, note: QuoteNote, state: QuoteState, tell: bool = True) -> bool | None:
        """Check the quote (True), or keep the check waiting for a lock another program holds
        (None, said); False when it failed or was refused (said)."""
        article_id, anchor, speaker = self.article.id, self._anchor((note.start, note.end)), note.speaker

        def change() -> None:
            self.app.store.set_quote_state(article_id, anchor, state, speaker)
            if tell:
                self.app.say(f"Quote {state.value}", timeout=2)

        return self.app.write(change, "the quote check", lambda ok: self.reload_store(),
                              key=("quote", article_id, (note.start, note.end)))

    def action_export_quotes(self: Any) -> None:
        """Write this article's quote sheet (every quote, speaker and state) to a Markdown file."""
        open_screen(self, "quote-sheet", [self.article], "reader-quotes")

    def tell_changed_quotes(self: Any) -> None:
        """Once per article opened: say how many checked quotes changed since (easy to miss)."""
        changed = self.changed_quotes()
        if changed and not getattr(self, "_told_changed", False):
            self._told_changed = True
            count = len(changed)
            # The article reopens where it was left: name the key that reaches a changed quote from
            # there (review28: on the last quote, " went nowhere and the changed one was above).
            cursor = self.view.cursor[0]
            if any(n.start <= cursor < n.end for n in changed):
                how = "V checks it again"
            elif any(n.start > cursor for n in changed):
                how = "press \" to go quote to quote, V to check again"  # a bare " read as a quote mark
            else:
                how = "press ' to go back quote to quote, V to check again"
            self.app.say(f"{count} checked quote{'s' if count != 1 else ''} changed since: {how}",
                         severity="warning", timeout=6)

    def changed_quotes(self: Any) -> list[QuoteNote]:
        """Checked quotes whose wording or speaker changed since."""
        return [note for note in self.quote_view.values() if note.changed]

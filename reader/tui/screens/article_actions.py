"""What the article screen does to notes (store writes); entity corrections: article_checks.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.errors import EditConflictError, NotFoundError, ReaderError
from reader.model import Annotation
from reader.textsafe import one_line

if TYPE_CHECKING:
    from reader.tui.screens.article import ArticleScreen


class NoteActions:
    """Annotate, edit, label and delete notes on the article screen."""

    def _anchor(self: "ArticleScreen", span: tuple[int, int]):
        from reader.workspace.analysis import make_anchor

        return make_anchor(self.article.body, span[0], span[1])

    def _new_annotation(self: "ArticleScreen", target, note: str, label: str) -> bool:
        """Save a note on ``target``: a span of the text shown, or an anchor made when the editor
        opened (the file may have been read again meanwhile: the store re-attaches it)."""
        store = self.app.store
        anchor = self._anchor(target) if isinstance(target, tuple) else target
        with self.app.saving() as outcome:
            store.add_annotation(self.article.id, anchor, note=note, label=label)
            self.app.say("Note saved" if note else f"Labelled: {label}" if label else "Passage marked", timeout=2)
        self.reload_store()  # the selection stays (as in an editor): Escape's next effect is in the footer
        return outcome.ok

    def _keep_unsaved(self: "ArticleScreen", excerpt: str, result, retry, title: str,
                      why: str = "not saved yet: ctrl+s to retry", saved: str = "") -> None:
        """Reopen the editor with the text that could not be saved, so nothing typed is lost
        (``saved``: the note as the database holds it; Escape asks before dropping the rest)."""
        from reader.tui.screens.note import NoteEditor
        from reader.tui.waiting import store_busy

        busy = bool(store_busy(self.app.store))  # held again after the editor's look: it waits in the editor
        editor = NoteEditor(excerpt, self.labels, result.note, result.label, f"{title} ({why})", saved=saved, wait=busy)
        self.app.push_screen(editor, retry)

    def _note_here(self: "ArticleScreen") -> Annotation | None:
        """The note a key acts on: the picked orphaned note, else the newest note under the cursor."""
        orphan = self.orphan
        if orphan is not None:
            return orphan
        existing = self.notes_at(self.view.cursor[0])
        return existing[0] if existing else None

    def _read_only(self: "ArticleScreen") -> bool:
        """True, after saying so, when the database is read-only: a note typed could not be kept."""
        if not self.app.store.readonly:
            return False
        self.app.bell()
        self.app.say(f"Read-only: {self.app.store.readonly_reason}: notes cannot be written", severity="warning")
        return True

    def action_annotate(self: "ArticleScreen") -> None:
        """Write a note on the selection (or edit the note under the cursor)."""
        if self._read_only():
            return
        view = self.view
        if self.orphan is not None:
            self._edit(self.orphan)
            return
        if view.selection is None:
            existing = self.notes_at(view.cursor[0])
            if existing:
                self._edit(existing[0])
                return
        else:
            same = self._note_on(view.selection)
            if same is not None:  # that exact passage has a note: edit it, never a second one
                self._edit(same)
                return
        span = view.target
        if span[1] <= span[0]:
            self.app.bell()
            return
        from reader.tui.screens.note import NoteEditor

        excerpt = self.article.body[span[0] : span[1]]
        anchor = self._anchor(span)  # made now: the text may be read again while the editor is open

        def done(result) -> None:
            if result is not None and not self._new_annotation(anchor, result.note, result.label):
                self._keep_unsaved(excerpt, result, done, "New note")

        self.app.push_screen(NoteEditor(excerpt, self.labels), done)

    def action_edit(self: "ArticleScreen") -> None:
        """Edit the note under the cursor (or the picked orphaned note)."""
        note = self._note_here()
        if note is None:
            self.app.bell()
            self.app.say("No note under the cursor (] jumps to the next one)", timeout=2)
            return
        if not self._read_only():
            self._edit(note)

    def _edit(self: "ArticleScreen", annotation: Annotation) -> None:
        from reader.workspace.limits import MAX_NOTE_BYTES
        from reader.tui.screens.note import NoteEditor

        if self.app.waiting.refused(("note", annotation.id)):  # its label or deletion waits for the lock
            return
        if len(annotation.note) > MAX_NOTE_BYTES // 4 and len(annotation.note.encode("utf-8")) > MAX_NOTE_BYTES:
            size = len(annotation.note.encode("utf-8")) / 1e6
            self.app.say(f"This note is {size:.1f} MB, over the 1 MB a note may hold (a hand edit?): it is "
                         "shown shortened and cannot be edited here; d deletes it, undo brings it back",
                         severity="warning", timeout=12)
            return
        base = annotation

        def done(result) -> None:
            nonlocal base
            if result is None or (result.note == base.note and result.label == base.label):
                return
            conflict: Annotation | None = None
            gone = False
            with self.app.saving() as outcome:
                try:
                    self.app.store.update_annotation(base.id, note=result.note, label=result.label, base=base)
                    self.app.say("Note updated", timeout=2)
                except (EditConflictError, NotFoundError):
                    outcome.ok = False
                    conflict = self._saved_version(base.id)
                    gone = conflict is None
            self.reload_store()
            if gone:  # deleted elsewhere meanwhile: what was typed can still be kept, as a new note
                self.app.say("The note was deleted in another window meanwhile: ctrl+s saves yours as a new "
                             "note, Escape drops it", severity="warning", timeout=15)

                def again(retry) -> None:
                    if retry is not None and not self._new_annotation(annotation.anchor, retry.note, retry.label):
                        self._keep_unsaved(annotation.anchor.exact, retry, again, "New note")

                self._keep_unsaved(annotation.anchor.exact, result, again, "Edit note",
                                   "deleted in another window: ctrl+s saves it as a new note")
            elif conflict is not None:  # theirs is the base now: ctrl+s again saves this text over it
                base = conflict
                shown = one_line(conflict.note, 60) or "(no note)"
                self.app.say(f"Changed in another window meanwhile; it now reads: {shown}. "
                             "ctrl+s saves yours over it, Escape keeps theirs", severity="warning", timeout=15)
                self._keep_unsaved(annotation.anchor.exact, result, done, "Edit note",
                                   "changed in another window: ctrl+s saves yours over it", saved=conflict.note)
            elif not outcome.ok:
                self._keep_unsaved(annotation.anchor.exact, result, done, "Edit note", saved=base.note)

        title = "Edit orphaned note (its text is gone from the article)" if annotation.status.value == "orphaned" else "Edit note"
        editor = NoteEditor(annotation.anchor.exact, self.labels, annotation.note, annotation.label, title)
        self.app.push_screen(editor, done)

    def _note_on(self: "ArticleScreen", span: tuple[int, int] | None) -> Annotation | None:
        """The newest note on exactly ``span``, if there is one."""
        if span is None:
            return None
        same = [a for a in self.annotations if (a.anchor.start, a.anchor.end) == tuple(span)
                and a.status.value != "orphaned"]
        return max(same, key=lambda a: a.created) if same else None

    def _saved_version(self: "ArticleScreen", annotation_id: str) -> Annotation | None:
        """The annotation as the database holds it now (after catching up), None if it is gone."""
        try:
            self.app.store.refresh()
            return self.app.store.annotation(annotation_id)
        except ReaderError:
            return None

    def action_label(self: "ArticleScreen", number: int) -> None:
        """Apply label ``number`` to the selection, or toggle it on the note under the cursor."""
        if number > len(self.labels):
            self.app.say(f"No label {number}: configure labels in {self.app.settings.path}", severity="warning")
            return
        label = self.labels[number - 1]
        view = self.view
        target = self._note_here() if view.selection is None else self._note_on(view.selection)
        if target is not None:
            new_label = "" if target.label == label else label

            def change() -> None:
                if not new_label and not target.note.strip():
                    # the label was all there was: the mark goes (u brings it back)
                    self.app.store.delete_annotation(target.id)
                    self.app.say(f"Label {label} removed, and with it the mark (u undoes)", timeout=3)
                else:
                    self.app.store.update_annotation(target.id, label=new_label)
                    self.app.say(f"Label: {new_label or '(none)'}", timeout=2)

            self.app.write(change, "the label", lambda ok: self.reload_store(), key=("note", target.id))
            return
        span = view.target
        if span[1] <= span[0]:  # an empty article or nothing under the cursor
            self.app.bell()
            return
        self._new_annotation(span, "", label)

    def action_delete(self: "ArticleScreen") -> None:
        """Delete the note under the cursor, or the picked orphaned note (u undoes it)."""
        note = self._note_here()
        if note is None:
            self.app.bell()
            self.app.say("No note under the cursor (] jumps to the next one)", timeout=2)
            return
        orphans = self.orphans
        following = None
        if note in orphans:  # the next orphaned note (else the one before) is picked after this one goes
            index = orphans.index(note)
            rest = orphans[index + 1 :] or orphans[:index][-1:]
            following = rest[0].id if rest else None
        orphaned = note in orphans

        def change() -> None:
            self.app.store.delete_annotation(note.id)
            self.app.say(f"{'Orphaned note' if orphaned else 'Note'} deleted (u to undo)", timeout=3)

        def after(ok: bool) -> None:
            if ok and orphaned:
                self.selected_orphan = following
            self.reload_store()

        self.app.write(change, "the note's deletion", after, key=("note", note.id))

"""The article screen's other commands: tags, undo and redo, export, copy, and Escape's deselect
or back (a part of ArticleScreen, kept apart by subject)."""

from __future__ import annotations

from reader.model import Article
from reader.tui.messages import open_screen


class ArticleCommands:  # no @on handlers here: Textual collects those only from Screen classes
    """Mixin for ArticleScreen: the commands that are neither notes, quotes nor checks."""

    # -- other ---------------------------------------------------------------
    def action_tag(self) -> None:
        """Edit this article's tags."""
        open_screen(self, "tags", self.article, callback=self.after_tags)

    def after_tags(self, article: Article) -> None:
        """Tags were saved: show them."""
        self._refresh_header()
        self._refresh_panel()

    def action_undo(self) -> None:
        """Undo the last change."""
        self.app.undo()
        self.reload_store()
        self._reanalyse_if_corrections_changed()

    def action_redo(self) -> None:
        """Redo the last undone change."""
        self.app.redo()
        self.reload_store()
        self._reanalyse_if_corrections_changed()

    def action_export(self) -> None:
        """Export this article's notes to a Markdown file."""
        open_screen(self, "export", [self.article], "reader-notes")

    def action_copy(self) -> None:
        """Copy the selection (or the cursor's word or item) to the terminal's clipboard."""
        start, end = self.view.target
        text = self.article.body[start:end]
        if not text:
            self.app.bell()
            return
        self.app.copy_to_clipboard(text)  # sent base64-encoded (OSC 52): no raw text reaches the terminal
        words = len(text.split())
        self.app.say(f"Copied {words} word{'s' if words != 1 else ''} to the clipboard", timeout=2)

    def _has_selection(self) -> bool:
        try:
            return self.selected_orphan is not None or self.picked_title is not None or self.view.selection is not None
        except Exception:  # not composed yet
            return False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Escape is "Deselect" while something is selected, else "Back" (one of the two shows)."""
        if action == "deselect":
            return self._has_selection()
        if action == "back":
            return not self._has_selection()
        return True

    def action_deselect(self) -> None:
        """Let go of the selection (or the picked orphaned note)."""
        self.action_back()

    def action_leave(self) -> None:
        """Back to the screen the article was opened from (the library, a search, Names, Speakers,
        a session), selection or not."""
        self.app.pop_screen()

    def action_back(self) -> None:
        """Let go of a picked orphaned note or headline name, clear the selection, or go back to the library."""
        if self.picked_title is not None:
            self._pick_title(None)
            return
        if self.selected_orphan is not None:
            self._select_orphan(None)
            return
        if self.view.clear_selection():
            return
        self.app.pop_screen()

"""The library screen's commands on the shown articles: rescan, tag, a tagging session, export,
the skipped files, undo and redo, quit (a part of LibraryScreen, kept apart by subject)."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from reader.model import Article
from reader.tui.messages import open_screen


class LibraryActions:  # no @on handlers here: Textual collects those only from Screen classes
    """Mixin for LibraryScreen: its plain key commands."""

    def action_rescan(self) -> None:
        """Read the folders again (new, changed and removed files)."""
        self.query_one("#library-status", Static).update(Content("Scanning…"))
        self.scan()

    def action_tag(self) -> None:
        """Edit the highlighted article's tags."""
        row = self.table.current
        article = self.read_row(row) if row is not None else None  # a provisional row is read first
        if article is not None:
            open_screen(self, "tags", article, callback=self.after_tags)

    def after_tags(self, article: Article) -> None:
        """Called by the tag editor once the tags were saved."""
        self.table.update_row(article.id, tags=tuple(self.app.store.tags(article.id)))

    def action_session(self, untagged: bool = False) -> None:
        """Start a tagging session over the shown articles."""
        articles = [self.full_article(row.article) for row in self.table.shown]  # objects made here
        if not articles:  # a bell alone is silent in many terminals (and 'reader session' lands here)
            self.app.bell()
            self.app.say("No articles listed: nothing to tag in a session", timeout=3)
            return
        open_screen(self, "session", articles, untagged_only=untagged)

    def action_export(self) -> None:
        """Export the notes of the shown articles to a Markdown file."""
        open_screen(self, "export", self.articles_to_export(), "reader-notes")

    def action_export_quotes(self) -> None:
        """Write the quote sheet of the shown articles to a Markdown file."""
        articles = [self.full_article(row.article) if getattr(row.article, "provisional", False) else row.article
                    for row in self.table.shown]  # made here; a file not parsed yet is parsed now
        open_screen(self, "quote-sheet-soon", articles, "reader-quotes")

    def action_skipped(self) -> None:
        """List the files that could not be read, with the reason."""
        # The database, its backups and exports are not articles, and not news either.
        shown = tuple(s for s in self.scan_result.skipped if not s.own_file)
        open_screen(self, "skipped", shown)

    def action_undo(self) -> None:
        """Undo the last change."""
        self.app.undo()
        self._reload_rows()

    def action_redo(self) -> None:
        """Redo the last undone change."""
        self.app.redo()
        self._reload_rows()

    def action_quit(self) -> None:
        """Leave the app."""
        self.app.exit(0)

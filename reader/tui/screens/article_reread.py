"""Reading the open article again when its file changes or moves while it is on screen: the text
as the file reads now, the cursor and selection kept where the text allows, the notes re-attached
and the quote checks compared with the new wording; a note saved afterwards goes to the file as it
is now (its new path after a rename), never to the old one. A mixin of ArticleScreen."""

from __future__ import annotations

from typing import Any

from reader.model import Article
from reader.tui.screen_roles import FollowsFile


class ReadAgain(FollowsFile):
    """``read_again``: the article screen follows its file (see the module docstring)."""

    app: Any
    article: Article

    def read_again(self: Any, fresh: Article) -> None:
        """Show ``fresh`` (this article as its file reads now, at its path now) in place."""
        from reader.workspace.analysis import follow_span

        view = self.view
        old = view.text
        cursor, anchor = view.cursor, view.selection_anchor
        self._remember_position()
        self.workers.cancel_group(self, "analysis")  # an analysis of the old text is not shown
        self.article = fresh
        self.analysis = None
        self.picked_title = None
        self.selected_orphan = None
        self._told_changed = False  # a checked quote whose wording changed now is said again
        view.set_document(fresh.body, fresh.paragraphs)
        view.set_analysis((), (), ())  # the old text's names and quotes must not colour the new one
        place = follow_span(old, fresh.body, cursor)
        held = follow_span(old, fresh.body, anchor) if anchor is not None else None
        if place is None and fresh.body.strip():  # the word under the cursor is gone: about the same place
            place = view.motions.word_at(min(cursor[0], len(fresh.body) - 1))
        if place is not None:
            if held is not None:
                view.select_span(held)
            view.move_to(place)
        self.reload_store()  # the store records the path and text now and re-attaches the notes
        cached = self.app.cached_analysis(fresh)
        if cached is not None:
            self._show_analysis(cached)
        else:
            self.analyse()

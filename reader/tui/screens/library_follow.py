"""The article being read follows its file while the folder watch runs: a changed file is read
again in place, a renamed or moved one at its new path, and a file gone leaves the text as it was.
A mixin of LibraryScreen, through WatchedFolders (reader.tui.screens.library_watch)."""

from __future__ import annotations

import os
from functools import partial
from typing import Any

from reader.textsafe import one_line
from reader.tui.screen_roles import FollowsFile, ShowsArticle


def _shown_as(article: Any) -> tuple:
    """What the article screen shows of an article (a re-read that changes none of it is skipped)."""
    return (article.id, article.path, article.title, article.body, article.date, article.source,
            article.byline, article.meta_tags)


class FollowsChangedFiles:
    """Telling the screens that show an article about its file's change (see the module docstring)."""

    app: Any

    def _tell_reader(self, paths: list[str]) -> None:
        """The article being read (under a note editor too) is among the files that changed: it
        is read again in place, at its new path when its file was renamed or moved in the library
        (a note saved then goes with the file); a file gone for good leaves the text as it was."""
        changed = {os.path.abspath(p) for p in paths}
        shown = [screen for screen in self.app.screen_stack if isinstance(screen, ShowsArticle)]
        for screen in sorted(shown, key=lambda s: not isinstance(s, FollowsFile)):  # the article screen first
            article = screen.shown_article()
            if article is None or not article.path or os.path.abspath(article.path) not in changed:
                continue
            fresh = self._article_now(article, paths) if isinstance(screen, FollowsFile) else None
            if fresh is not None and _shown_as(fresh) == _shown_as(article):
                return  # touched, or changed back: the screen shows the file as it is
            say = partial(self.app.say, kind="open file")  # a file changing again and again: one toast, the last
            if fresh is not None:
                screen.read_again(fresh)
                if fresh.path != article.path:
                    say(f"The file of this article was renamed or moved: now {one_line(os.path.basename(fresh.path), 60)}"
                        "; your notes go with it", timeout=8)
                elif fresh.body != article.body or fresh.title != article.title:
                    say("The file of this article changed on disk: the text is read again", timeout=6)
            elif not os.path.lexists(article.path):  # deleted, or moved out of the library folders
                say("The file of this article was moved or deleted; the text shown is as it was read",
                    severity="warning", timeout=8)
            elif os.path.isdir(article.path):
                say("The file of this article was replaced by a folder; the text shown is as it was read",
                    severity="warning", timeout=8)
            else:
                say("The file of this article changed on disk; the text shown is as it was: "
                    "Escape and Enter read it again", severity="warning", timeout=8)
            return

    def _article_now(self, article: Any, paths: list[str]) -> Any:
        """``article`` as its file reads now, its id settled by the store: at its path, or (the
        file renamed or moved) in the file the library lists with its id or its text; else None."""
        from reader.workspace.library import load_articles

        store = self.app.store
        if os.path.lexists(article.path):
            candidates = [article.path]
        else:
            candidates = []
            model = getattr(getattr(self, "table", None), "model", None)
            position = model.position(article.id) if model is not None else None
            if position is not None:
                candidates.append(model.row(position).article.path)
            candidates += [p for p in paths if p != article.path][:50]  # a feed's whole batch: enough
        for path in dict.fromkeys(candidates):
            if not path or path == "-" or not os.path.isfile(path):
                continue
            try:
                found = store.settle_ids(load_articles(path))
            except Exception:  # unreadable now: the text shown stays
                continue
            same = [a for a in found if a.id == article.id] or [a for a in found if a.fingerprint == article.fingerprint]
            if not same and path == article.path and len(found) == 1:
                same = found  # the one article of its file, under a new headline
            if same:
                return same[0]
        return None

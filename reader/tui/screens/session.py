"""Tagging sessions: one article at a time, one key per tag, resumable."""

from __future__ import annotations

from typing import Any, Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import ProgressBar, Static

from reader.tui.widgets.footer import ReaderFooter

from reader.model import Article, merge_tags
from reader.tui.waiting import store_busy
from reader.tui.messages import StoreChanged, open_screen
from reader.tui.screen_roles import DescribesKeys, ShowsArticle
from reader.tui.screens.session_display import TAG_LETTERS, SessionDisplay, tag_key

STATE_KEY = "tagging_session"
MAX_TAGS = 9 + len(TAG_LETTERS)
TAG_KEYS = [Binding(tag_key(n), f"toggle({n})", f"Tag {n}", show=False, id=f"session.tag_{n}")
            for n in range(1, MAX_TAGS + 1)]


class SessionScreen(SessionDisplay, DescribesKeys, ShowsArticle, Screen):
    """Work through articles quickly: number keys toggle tags, n/p move."""

    BINDINGS = [
        Binding("n,right", "move(1)", "Next", id="session.next"),
        Binding("p,left", "move(-1)", "Previous", show=False, id="session.previous"),
        Binding("t", "new_tag", "New tag", id="session.new_tag"),
        Binding("f", "toggle_untagged", "Untagged", id="session.untagged"),
        Binding("A", "toggle_advance", "Auto-advance", show=False,
                tooltip="Auto-advance: after a tag key adds a tag, go to the next article", id="session.advance"),
        Binding("enter", "open", "Read", show=False, id="session.open"),
        Binding("u,ctrl+z", "undo", "Undo", id="session.undo"),
        Binding("ctrl+r,ctrl+y", "redo", "Redo", show=False, id="session.redo"),
        Binding("escape,q", "close", "End session", id="session.close"),
        *TAG_KEYS,
    ]

    def __init__(self, articles: Sequence[Article], untagged_only: bool = False) -> None:
        super().__init__()
        self.all_articles = list(articles)
        self.untagged_only = untagged_only
        self.articles: list[Article] = list(articles)
        self.index = 0
        self.tag_set: list[str] = []

    def shown_article(self) -> Article | None:
        return self.current

    def describe_binding(self, binding: Any) -> str | None:
        """The number and letter keys are named after the session's tags (None: no tag there)."""
        if binding.id and binding.id.startswith("session.tag_"):
            number = int(binding.id.rsplit("_", 1)[1])
            return f"Toggle tag: {self.tag_set[number - 1]}" if number <= len(self.tag_set) else None
        return binding.tooltip or binding.description

    def compose(self) -> ComposeResult:
        with Vertical(id="session"):
            yield Static(id="session-progress-label")
            yield ProgressBar(id="session-progress", show_eta=False)
            # The keys first: on a short terminal the article card is cut, never the tag keys.
            yield Static(id="session-tags")
            yield Static(id="session-article")
        yield ReaderFooter()

    def on_mount(self) -> None:
        """Resume where the last session stopped."""
        store = self.app.store
        saved = store.get_state(STATE_KEY, None) or {}
        configured = list(self.app.settings.session_tags)
        extra = [t for t in saved.get("tags", []) if isinstance(t, str) and t not in configured]
        self.tag_set = (configured + extra)[:MAX_TAGS]
        if saved.get("untagged_only") and not self.untagged_only:
            self.untagged_only = bool(saved.get("untagged_only"))
        self._filter(keep=saved.get("article"), keep_current=False)
        self._show()

    # -- state ---------------------------------------------------------------
    def _filter(self, keep: str | None = None, keep_current: bool = True, stay: str | None = None) -> None:
        store = self.app.store
        if self.untagged_only:
            current = self.current if keep_current else None
            shown = {a.id for a in (current,) if a is not None} | ({stay} if stay else set())
            self.articles = [a for a in self.all_articles if not store.tags(a.id) or a.id in shown]
        else:
            self.articles = list(self.all_articles)
        self.index = 0
        if keep:
            for index, article in enumerate(self.articles):
                if article.id == keep:
                    self.index = index
                    return
            # Not shown any more (tagged, in untagged-only mode): the next shown one after it.
            order = {a.id: k for k, a in enumerate(self.all_articles)}
            if keep in order:
                after = [k for k, a in enumerate(self.articles) if order.get(a.id, -1) > order[keep]]
                self.index = after[0] if after else 0

    @property
    def current(self) -> Article | None:
        """The article on screen."""
        if 0 <= self.index < len(self.articles):
            return self.articles[self.index]
        return None

    def _save_position(self) -> None:
        article = self.current
        state = {"article": article.id if article else None, "tags": self.tag_set, "untagged_only": self.untagged_only}
        if store_busy(self.app.store):  # a convenience: never a wait for a lock another program holds
            return
        try:
            self.app.store.set_state(STATE_KEY, state)
        except Exception:  # the position is a convenience; never interrupt tagging for it
            pass

    # -- actions -------------------------------------------------------------
    def action_move(self, step: int) -> None:
        """Next or previous article."""
        if not self.articles:
            return
        new = max(0, min(len(self.articles) - 1, self.index + step))
        if new == self.index:
            self.app.bell()
            self.app.say("That is the last article (p goes back)" if step > 0 else "That is the first article",
                         timeout=2)
            return
        self.index = new
        if self.untagged_only:
            self._filter(keep=self.current.id if self.current else None)
        self._save_position()
        self._show()

    def action_toggle(self, number: int) -> None:
        """Add or remove tag ``number`` of the session's tag set."""
        article = self.current
        if article is None or number > len(self.tag_set):
            self.app.bell()
            return
        tag = self.tag_set[number - 1]
        store = self.app.store
        has = tag.casefold() in {t.casefold() for t in store.tags(article.id)}

        def change() -> None:
            store.attach(article)
            if has:
                store.remove_tags(article.id, [tag])  # matches any spelling of the tag
            else:
                store.add_tags(article.id, [tag])

        later = False

        def after(ok: bool) -> None:  # saved after waiting: the tags shown may be this article's
            if later and ok and self.is_attached:
                self._show()

        # Waiting for a lock another program holds (None): kept, so the session goes on.
        saved = self.app.write(change, f"the tag {tag}", after, key=("tags", article.id))
        later = True
        if saved is not False and not has and self.app.settings.session_advance:
            if self.index < len(self.articles) - 1:
                self.action_move(1)  # one key per article
                return
            self.app.say("Tagged the last article of the session (Escape ends it, p goes back)", timeout=5)
        self._show()

    def action_new_tag(self) -> None:
        """Type a tag (with completion from tags in use); it joins the session's keys."""
        article = self.current
        if article is None or self.app.refused_read_only("tags"):
            return

        # the tags in use, then those written in the library's files
        known = list(merge_tags(sorted(self.app.store.all_tags(), key=str.casefold), self.app.file_tags))

        def done(tags: list[str] | None) -> None:
            if not tags:
                return
            def change() -> None:
                self.app.store.attach(article)
                self.app.store.add_tags(article.id, tags)

            # may wait for the lock; failed (a full disk): what was typed comes back in the editor
            if self.app.write(change, "the new tag" if len(tags) == 1 else "the new tags") is False:
                open_screen(self, "tag-editor", article.title, tags, known, "Not saved: add a tag to", callback=done)
                return
            for tag in tags:
                if tag.casefold() not in {t.casefold() for t in self.tag_set} and len(self.tag_set) < MAX_TAGS:
                    self.tag_set.append(tag)
            self._save_position()
            self._show()

        open_screen(self, "tag-editor", article.title, [], known, "Add a tag to", callback=done)

    def action_toggle_advance(self) -> None:
        """Auto-advance on or off: after a tag key adds a tag, the next article (remembered)."""
        self.app.remember(session_advance=not self.app.settings.session_advance)
        on = self.app.settings.session_advance
        self.app.say("Auto-advance on: a tag key tags and moves on" if on else "Auto-advance off", timeout=3)
        self._show()

    def action_toggle_untagged(self) -> None:
        """Show only untagged articles, or all."""
        self.untagged_only = not self.untagged_only
        self._filter(keep=self.current.id if self.current else None)
        self._save_position()
        self._show()

    def action_open(self) -> None:
        """Read the current article."""
        if self.current is not None and self.is_current:
            from reader.workspace import fresh_copy

            open_screen(self, "article", fresh_copy(self.current))

    def action_undo(self) -> None:
        """Undo the last change, and show the article it changed."""
        if self.app.undo() is not None:
            self._after_step()

    def action_redo(self) -> None:
        """Redo the last undone change, and show the article it changed."""
        if self.app.redo() is not None:
            self._after_step()

    def _after_step(self) -> None:
        changed = self.app.store.last_step_articles
        target = next((a.id for a in self.all_articles for aid in changed if self.app.store.is_article(a.id, aid)), None)
        if self.untagged_only or target is not None:
            # an undone tag makes its article untagged again: it rejoins the list, and is shown; a
            # step that tagged it (a redo, an undone removal) shows it too, as tagging keeps it on screen
            self._filter(keep=target or (self.current.id if self.current else None), keep_current=target is None,
                         stay=target)
        self._save_position()
        self._show()

    def on_screen_resume(self) -> None:
        """Back from reading: tags may have changed."""
        self._show()

    def on_store_changed(self, message: StoreChanged) -> None:
        """Another process changed the database."""
        self._show()

    def action_close(self) -> None:
        """End the session; the position is kept for next time."""
        self._save_position()
        self.app.pop_screen()

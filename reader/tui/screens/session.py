"""Tagging sessions: one article at a time, one key per tag, resumable."""

from __future__ import annotations

from typing import Any, Sequence

from textual import work
from textual.worker import get_current_worker
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import ProgressBar, Static

from reader.tui.widgets.footer import ReaderFooter

from reader.model import Analysis, Article, EntityLabel, merge_tags
from reader.textsafe import one_line
from reader.tui.waiting import store_busy
from reader.tui.messages import StoreChanged, open_screen
from reader.tui.screen_roles import DescribesKeys, ShowsArticle
from reader.tui.panel import top_entities
from reader.tui.render import LABEL_NAMES

STATE_KEY = "tagging_session"
# Tags 1-9 on the number keys, tags 10 and on on the letters the session's own keys leave free.
TAG_LETTERS = "abcdeghijklmorsvwxyz"
MAX_TAGS = 9 + len(TAG_LETTERS)


def tag_key(number: int) -> str:
    """The key of the session's tag ``number`` (1-based): 1-9, then a, b, c, ..."""
    return str(number) if number <= 9 else TAG_LETTERS[number - 10]


TAG_KEYS = [Binding(tag_key(n), f"toggle({n})", f"Tag {n}", show=False, id=f"session.tag_{n}")
            for n in range(1, MAX_TAGS + 1)]


class SessionScreen(DescribesKeys, ShowsArticle, Screen):
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

    # -- display -------------------------------------------------------------
    def _show(self) -> None:
        store = self.app.store
        total = len(self.all_articles)
        tagged = sum(1 for a in self.all_articles if store.tags(a.id))
        bar = self.query_one(ProgressBar)
        bar.update(total=max(total, 1), progress=tagged)
        shown = f"article {self.index + 1} of {len(self.articles)}" if self.articles else "no articles"
        mode = "  ·  untagged only" if self.untagged_only else ""
        self.query_one("#session-progress-label", Static).update(
            Content(f"{tagged} of {total} tagged  ·  {shown}{mode}")
        )
        article = self.current
        if article is None:
            self.query_one("#session-article", Static).update(
                Content("Every article here is tagged. Press f to show all, or Escape to end the session.")
            )
            self.query_one("#session-tags", Static).update(self._tag_keys((), ()))
            return
        self._render_article(article, None)
        self.query_one("#session-tags", Static).update(self._tag_keys(store.tags(article.id), article.meta_tags))
        self._load_entities(article, self.app.corrections_for(article))

    def _render_article(self, article: Article, analysis: Analysis | None) -> None:
        paragraphs = article.paragraphs
        lede = article.body[paragraphs[0][0] : paragraphs[0][1]] if paragraphs else ""
        meta = " · ".join(p for p in (article.date, article.source, article.dateline) if p)
        parts: list = [(one_line(article.title, 200), "bold"), "\n", (one_line(meta, 80), "$text-muted"), "\n\n"]
        parts.append(one_line(lede, 600))
        if analysis is not None:
            parts.append("\n")
            for label in (EntityLabel.PER, EntityLabel.ORG, EntityLabel.LOC):
                top = top_entities(analysis.entities + analysis.title_entities, label, 5)
                if top:
                    names = ", ".join(one_line(name, 30) for name, _ in top)
                    parts += ["\n", (f"{LABEL_NAMES[label]}: ", "bold"), names]
        self.query_one("#session-article", Static).update(Content.assemble(*parts))

    def _tag_keys(self, tags: Sequence[str], file_tags: Sequence[str]) -> Content:
        """The session's tag keys, each on or off (a ✓ besides the colour), wrapped between keys,
        never inside one; then the article's other tags and the keys' help."""
        have = {t.casefold() for t in tags}
        width = max(30, (self.query_one("#session-tags").size.width or self.size.width - 8) - 1)
        parts: list = [("Tags", "bold")]
        used = 4
        for number, tag in enumerate(self.tag_set, 1):
            on = tag.casefold() in have
            name = one_line(tag, 20)
            unit = [(f" {tag_key(number)} ", "reverse" if on else "bold"),
                    (f" ✓ {name}" if on else f"   {name}", "bold $text-success" if on else "")]
            size = 3 + 3 + len(name)
            if used + 3 + size > width:
                parts.append("\n    ")
                used = 4
            parts += ["   ", *unit]
            used += 3 + size
        extra = [t for t in tags if t.casefold() not in {s.casefold() for s in self.tag_set}]
        if extra:
            parts += ["\nAlso: ", ", ".join(one_line(t, 20) for t in extra)]
        from_file = [t for t in file_tags if t.casefold() not in have]
        if from_file:
            parts += ["\n", ("In the file: " + ", ".join(one_line(t, 20) for t in from_file), "$text-muted italic")]
        keys = "1-9" if len(self.tag_set) <= 9 else f"1-9, a-{tag_key(len(self.tag_set))}"
        advance = "on" if self.app.settings.session_advance else "off"
        hints = [f"{keys} toggle", "t add a tag", "n/→ next", "p/← previous", "f untagged only",
                 f"A auto-advance ({advance})", "Enter read"]
        parts += ["\n", (_between_items(hints, width), "$text-muted")]
        return Content.assemble(*parts)

    @work(thread=True, exclusive=True, group="session-analysis")
    def _load_entities(self, article: Article, corrections: tuple) -> None:
        try:
            analysis = self.app.analysis_for(article, corrections)
        except Exception:  # the session works without the entity summary
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._entities_ready, article, analysis)

    def _entities_ready(self, article: Article, analysis: Analysis) -> None:
        if self.current is article:
            self._render_article(article, analysis)

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
        if article is None:
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


def _between_items(items: Sequence[str], width: int) -> str:
    """``items`` joined by " · ", broken into lines between items, never inside one ("f untagged
    / only" at 80 columns read as two keys)."""
    lines: list[str] = []
    line = ""
    for item in items:
        joined = f"{line}  ·  {item}" if line else item
        if line and len(joined) > width:
            lines.append(line)
            joined = item
        line = joined
    return "\n".join([*lines, line])

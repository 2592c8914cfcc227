"""Tag editing: a one-line editor with completion from the tags already in use."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Static

from typing import Any, Callable

from reader.tui.widgets.safe_input import SafeInput
from reader.model import Article, merge_tags
from reader.textsafe import one_line, visible


def split_tags(text: str) -> list[str]:
    """Tags from comma-separated text, cleaned by the store's rule (case-insensitive repeats dropped)."""
    from reader.workspace.limits import clean_tags

    return clean_tags(visible(text).split(","))


class TagSuggester(Suggester):
    """Completes the tag being typed (after the last comma) from known tags."""

    def __init__(self, known: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.known = known

    async def get_suggestion(self, value: str) -> str | None:
        """The whole input with its last tag completed, if a known tag starts with it."""
        head, _, last = value.rpartition(",")
        stem = last.lstrip()
        if not stem:
            return None
        for tag in self.known:
            if tag.casefold().startswith(stem.casefold()) and tag.casefold() != stem.casefold():
                prefix = (head + ", ") if head else ""
                return prefix + tag
        return None


class TagEditor(ModalScreen[list[str] | None]):
    """Edit an article's tags, comma separated; Enter saves, Escape cancels."""

    VERTICAL_BREAKPOINTS = [(0, "-tiny"), (16, "-roomy")]  # under 16 rows: app.tcss tightens it

    AUTO_FOCUS = "#tag-input"
    BINDINGS = [Binding("escape", "cancel", "Cancel", priority=True, id="tags.cancel")]

    def __init__(self, title: str, tags: list[str], known: list[str], heading: str = "Tags for") -> None:
        super().__init__()
        self.heading = heading
        self.article_title = title
        self.tags = tags
        self.known = known

    def compose(self) -> ComposeResult:
        with Vertical(id="tag-dialog"):
            yield Static(Content(f"{self.heading} “{one_line(self.article_title, 70)}”"), id="tag-title")
            value = ", ".join(self.tags) + (", " if self.tags else "")
            # Not selected on focus: typing adds to the tags already there instead of replacing them.
            yield SafeInput(value, placeholder="tag, another tag", suggester=TagSuggester(self.known), id="tag-input",
                        select_on_focus=False)
            hint = "Enter save  ·  → accept completion  ·  Escape cancel"
            if self.known:
                hint += "\nIn use: " + ", ".join(one_line(t, 30) for t in self.known[:12])
            yield Static(Content(hint), id="tag-help")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Save the tags."""
        self.dismiss(split_tags(event.value))

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)


def edit_tags(app: Any, article: Article, after: Callable[[Article], None] | None = None) -> None:
    """Open the tag editor for ``article``; save, then call ``after(article)`` when done."""
    store = app.store
    if app.refused_read_only("tags"):
        return
    if app.waiting.refused(("tags", article.id)):  # a tag for it waits for the lock (a session key)
        return
    current = list(store.tags(article.id))
    in_use = [tag for tag, _ in sorted(store.all_tags().items(), key=lambda kv: (-kv[1], kv[0].casefold()))]
    # and the file's own tags, and those of the other files in the library
    known = list(merge_tags(merge_tags(in_use, article.meta_tags), app.file_tags))

    def done(tags: list[str] | None) -> None:
        if tags is None or tags == current:
            return
        kept = {t.casefold() for t in tags}
        before = {t.casefold() for t in current}
        def change() -> None:
            store.attach(article)
            # Only what this edit changed: a tag added meanwhile (another window, the shell) stays.
            store.change_tags(article.id, [t for t in tags if t.casefold() not in before],
                              [t for t in current if t.casefold() not in kept])
            now = store.tags(article.id)
            app.say("Tags: " + (", ".join(now) or "(none)"), timeout=3)

        saved = app.write(change, "the tags", None if after is None else lambda ok: after(article),
                          key=("tags", article.id))
        if saved is False:  # a full disk, say: what was typed comes back in the editor, not lost
            app.push_screen(TagEditor(article.title, tags, known, heading="Not saved: tags for"), done)

    app.push_screen(TagEditor(article.title, current, known), done)

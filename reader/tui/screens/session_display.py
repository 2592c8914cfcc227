"""The tagging session's display: the progress line, the article's headline, lede and names, and
the tag keys (a part of SessionScreen, kept apart by subject)."""

from __future__ import annotations

from typing import Sequence

from textual import work
from textual.content import Content
from textual.widgets import ProgressBar, Static
from textual.worker import get_current_worker

from reader.model import Analysis, Article, EntityLabel
from reader.textsafe import one_line
from reader.tui.panel import top_entities
from reader.tui.render import LABEL_NAMES

# Tags 1-9 on the number keys, tags 10 and on on the letters the session's own keys leave free.
TAG_LETTERS = "abcdeghijklmorsvwxyz"


def tag_key(number: int) -> str:
    """The key of the session's tag ``number`` (1-based): 1-9, then a, b, c, ..."""
    return str(number) if number <= 9 else TAG_LETTERS[number - 10]


class SessionDisplay:
    """Mixin for SessionScreen: what the session shows of the current article and its tags."""

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

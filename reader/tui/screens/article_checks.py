"""What the article screen does to entity corrections: retype a name, or say it is none (store
writes; a part of ArticleScreen, kept apart by subject)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.tui.screens.article import ArticleScreen

# The longest text r accepts as a name for every article (a stray sentence would be marked everywhere).
MAX_NAME_WORDS = 8
MAX_NAME_CHARS = 80


class CheckActions:
    """Correct entity types (the personal gazetteer); quote checks are QuoteActions'."""

    def action_retype(self: "ArticleScreen") -> None:
        """Change the type of the entity under the cursor, or add the selection as an entity."""
        from reader.tui.screens.entity import EntityChooser

        view = self.view
        name = self.title_name
        if name is not None:  # a name picked in the headline
            text, current = name.text, name.label
        elif view.selection is not None:
            text = view.text[view.selection[0] : view.selection[1]].strip()
            current = None
        else:
            entity = self.entity_at(view.cursor[0])
            if entity is None and self.analysis is None:
                self.app.bell()
                self.app.say("Still analysing… names and quotes are not marked yet", timeout=2)
                return
            if entity is None:  # the word under the cursor, to add as a name
                text, current = view.text[view.cursor[0] : view.cursor[1]].strip(), None
            else:
                text, current = entity.text, entity.label
        if not text:
            return
        if "\n" in text or len(text.split()) > MAX_NAME_WORDS or len(text) > MAX_NAME_CHARS:
            self.app.bell()
            self.app.say(f"A name is at most {MAX_NAME_WORDS} words on one line: select just the name (v)",
                         severity="warning", timeout=4)
            return

        def done(choice) -> None:
            if choice is None:
                return
            self._correct(text, choice.label, choice.here, current)

        here = any(c.text == text for c in self.app.store.article_corrections(self.article.id))
        self.app.push_screen(EntityChooser(text, current, here), done)

    def action_remove_entity(self: "ArticleScreen", here: bool = False) -> None:
        """Mark the highlighted entity's text as never an entity (``here``: in this article only)."""
        entity = self.title_name or self.entity_at(self.view.cursor[0])
        if entity is None:
            self.app.bell()
            if self.analysis is None:
                self.app.say("Still analysing… names and quotes are not marked yet", timeout=2)
            else:
                self.app.say("No entity under the cursor (n jumps to the next one)", timeout=2)
            return
        self._correct(entity.text, "", here, entity.label)

    def _correct(self: "ArticleScreen", text: str, choice: str, here: bool = False, was=None) -> None:
        """Record the correction and say it; ``was``: the type it had ("no longer marked as a date")."""
        from reader.model import EntityLabel
        from reader.tui.render import WITH_ARTICLE

        label = EntityLabel(choice) if choice else None
        with self.app.saving():
            if here:
                self.app.store.set_article_correction(self.article.id, text, label)
            else:
                self.app.store.set_correction(text, label)
            where = "in this article" if here else "in every article"
            if label:
                self.app.say(f"“{text}” is now {WITH_ARTICLE[label]} {where}", timeout=3)
            else:  # "tirsdag" was a date, not a name (review30)
                kind = WITH_ARTICLE.get(was, "a name") if was is not None else "a name"
                self.app.say(f"“{text}” is no longer marked as {kind} {'in this article' if here else 'in any article'}",
                             timeout=3)
        self.analyse()

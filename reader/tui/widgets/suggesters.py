"""Completion for the app's name boxes (a quote's speaker, merging speakers)."""

from __future__ import annotations

from textual.suggester import Suggester


class PeopleSuggester(Suggester):
    """Completes a name from the people in the article, ignoring case."""

    def __init__(self, people: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.people = people

    async def get_suggestion(self, value: str) -> str | None:
        """The first person whose name starts with what was typed."""
        typed = value.casefold()
        if not typed.strip():
            return None
        for name in self.people:
            if name.casefold().startswith(typed) and len(name) > len(value):
                return name
        return None

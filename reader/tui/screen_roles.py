"""What a screen can tell the app and the help screen, declared rather than guessed with getattr.

A screen takes the mixin for each role it plays; the app and the help screen ask with isinstance.
"""

from __future__ import annotations

from typing import Any


class DescribesKeys:
    """A screen that names some of its keys itself (help and the command palette ask it) and may
    add sections of its own to the help screen (the search language)."""

    HELP_SECTIONS: tuple[tuple[str, str], ...] = ()

    def describe_binding(self, binding: Any) -> str | None:
        """What help calls ``binding`` (None: leave it out); by default its tooltip or description."""
        return binding.tooltip or binding.description


class ShowsArticle:
    """A screen with one article in front of the reader (the app names an undo made elsewhere)."""

    def shown_article(self) -> Any:
        return None


class HoldsDraft:
    """A screen with typing not saved yet (a note being written): the app asks it before it quits,
    so that ctrl+q never drops a note without a word. ``unsaved()`` names it ("" when nothing is)."""

    def unsaved(self) -> str:
        return ""


class FollowsFile:
    """A screen whose article can be shown again as its file reads now (changed or moved while
    open): the library's folder watch hands it the article as the file reads now."""

    def read_again(self, fresh: Any) -> None:
        raise NotImplementedError

"""Screens that hold text a user typed and has not saved yet (a note being written).

The app asks them before it quits, so that ctrl+q never drops a note without a word.
"""

from __future__ import annotations


class HoldsDraft:
    """Mixin for a screen with unsaved typing; ``unsaved()`` names it ("" when nothing is unsaved)."""

    def unsaved(self) -> str:
        return ""

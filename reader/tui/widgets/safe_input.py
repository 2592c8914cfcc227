"""A one-line text box that never sends what it holds to the terminal raw.

Its value may come from outside the keyboard: a folder's name (the export path), a speaker or
tags from a hand-edited database, a paste carrying ESC or a bidi override (U+202E). The value is
kept as it is; only the drawing goes through ``textsafe.visible``, one placeholder for one
character, so the cursor stays on its letter.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Input

from reader.textsafe import visible


class SafeInput(Input):
    """``Input`` whose control and bidi characters are drawn as visible placeholders."""

    @property
    def _value(self) -> Text:
        shown = visible(self.value)
        if shown == self.value:
            return super()._value
        return Text(shown, no_wrap=True, overflow="ignore", end="")

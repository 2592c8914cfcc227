"""Messages the app and its screens pass (attributes down, messages up): kept apart from the App
module so that screens never import it, nor each other.

A screen that wants another screen shown posts ``OpenScreen`` with the other screen's route name
(see ``reader/tui/routes.py``); the app looks the name up and shows it. So a screen knows what it
asks for, never which module or class answers.
"""

from __future__ import annotations

from typing import Any, Callable

from textual.message import Message


class StoreChanged(Message):
    """Another process changed the database; screens reload what they show."""


class OpenScreen(Message):
    """Show the screen (or start the flow) named ``route`` with these arguments; ``callback``
    gets what a dialog returns."""

    def __init__(self, route: str, *args: Any, callback: Callable[[Any], Any] | None = None, **kwargs: Any) -> None:
        super().__init__()
        self.route = route
        self.args = args
        self.kwargs = kwargs
        self.callback = callback


def open_screen(sender: Any, route: str, *args: Any, callback: Callable[[Any], Any] | None = None,
                **kwargs: Any) -> None:
    """Ask the app to show ``route`` (``sender``: a screen, a widget or the app itself). The message
    goes to the app's own queue, so keys posted to the app after it reach the new screen."""
    sender.app.post_message(OpenScreen(route, *args, callback=callback, **kwargs))

"""Messages the app and its screens pass (attributes down, messages up): kept apart from the App
module so that screens never import it."""

from __future__ import annotations

from textual.message import Message


class StoreChanged(Message):
    """Another process changed the database; screens reload what they show."""

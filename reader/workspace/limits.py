"""What a user may store: the longest note and tag, and tags as the store keeps them."""

from __future__ import annotations

from reader.store.editing import MAX_NOTE_BYTES, MAX_TAG, clean_tags

__all__ = ["MAX_NOTE_BYTES", "MAX_TAG", "clean_tags"]

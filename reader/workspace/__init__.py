"""The use cases both front ends call (the shell commands and the app), above the parts.

commands/ and tui/ import from here (and reader.model, reader.archive), never from store/,
library/, analysis/, anchoring/, index/ or export/: an import-linter contract in pyproject.toml
checks it. Where a front end needs one part's function as it is, the module of its subject here
names it, so this package is the whole surface the front ends stand on:

- library.py: scanning folders, reading one file as the library does, opening the notes database
- analysis.py: analysing an article, making anchors; limits.py: what a user may store
- quotes.py: the quotes of an article as the journalist left them (found quotes and their checks)
- exports.py: what an export holds, and writing it in a format
- doctor.py: checking and repairing the database
- who.py: who said what across the library index
"""

from __future__ import annotations

import importlib
from typing import Any

# Names used as ``from reader.workspace import X``, loaded on first use so that a command imports only
# the parts it needs (``reader search`` should not pay for the notes database's modules).
_HOMES = {
    "export_items": "exports", "file_link": "exports", "fresh_copy": "library", "corrections_for": "quotes",
    "checked_for": "quotes", "quote_notes": "quotes", "reconcile_quotes": "quotes", "record_at": "quotes", "state_label": "quotes",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'reader.workspace' has no attribute {name!r}")
    return getattr(importlib.import_module(f"reader.workspace.{home}"), name)

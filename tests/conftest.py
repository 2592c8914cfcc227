"""Shared set-up for every test folder (unit/, store/, tui/, system/, index/).

The helpers shared between folders (tui_helpers.py, store_helpers/) sit in tests/ itself; this puts
that folder on the import path, so a test anywhere imports them by name. Every test also gets its
own library-index folder (never the user's cache).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))


@pytest.fixture(autouse=True)
def _own_index_dir(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path_factory.mktemp("index")))
    # A user's own settings never reach a test (nor the programs it starts): a READER_DB or
    # READER_CONFIG exported in the shell named their database and labels, READER_DEBUG changed
    # what an internal error prints.
    for name in ("READER_DB", "READER_CONFIG", "READER_DEBUG"):
        monkeypatch.delenv(name, raising=False)

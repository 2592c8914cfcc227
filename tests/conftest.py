"""Shared test set-up: every test gets its own library-index folder (never the user's cache)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _own_index_dir(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("READER_INDEX_DIR", str(tmp_path_factory.mktemp("index")))

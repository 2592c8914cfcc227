"""Checking the notes database and restoring it from a backup (``reader doctor``)."""

from __future__ import annotations

from reader.store.check import FileCheck, Report, inspect
from reader.store.files import database_file, display_path
from reader.store.repair import repair
from reader.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "FileCheck", "Report", "database_file", "display_path", "inspect", "repair"]

"""Where the reader keeps its files: database and configuration."""

from __future__ import annotations

import os
from pathlib import Path

from reader.errors import ReaderError

APP_NAME = "reader"
DB_ENV = "READER_DB"
CONFIG_ENV = "READER_CONFIG"


def default_db_path() -> Path:
    """The database in the user data directory (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "reader.json"


def resolve_db_path(cli_value: str | None = None) -> Path:
    """``--db`` wins over ``$READER_DB``, which wins over the user data directory."""
    if cli_value is not None:
        if not cli_value.strip():
            raise ReaderError("--db needs a file name (it was empty)")
        return Path(cli_value).expanduser()
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return default_db_path()


def config_path() -> Path:
    """The TOML settings file (labels and more): ``$READER_CONFIG`` or the user config directory."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / "config.toml"

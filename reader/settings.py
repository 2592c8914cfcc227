"""Where reader keeps its files, and the user's settings.

The database path (``--db``, ``$READER_DB``, the user data directory), the settings file
(``$READER_CONFIG`` or the user config directory): a TOML file with labels and the export folder,
and the choices made in the app (theme, side panel, sort order), kept in its ``[ui]`` table.
"""

from __future__ import annotations

import os
import stat
import tomllib
from dataclasses import dataclass, field
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


DEFAULT_LABELS = ("key quote", "verify", "follow up", "contested", "background")
MAX_LABELS = 9
MAX_SESSION_TAGS = 29  # keys 1-9, then 20 letters (reader.tui.screens.session.TAG_LETTERS)

EXAMPLE = """\
# reader settings
# Labels for annotations, applied with the keys 1-9 in the article view (at most 9).
labels = ["key quote", "verify", "follow up", "contested", "background"]
# Tags offered in tagging sessions: keys 1-9, then letters a, b, c, ... (at most 29).
session_tags = ["politics", "business", "local", "follow up", "publish"]
# Where 'e' in the app writes exports (default: the current folder).
# export_dir = "~/Documents/notes"
# Keep a note's own emphasis and code (*x*, `x`) in the app's Markdown exports, as
# 'reader export --keep-markdown' does (headings, lists, links and HTML stay escaped).
# keep_markdown = true
# The app keeps the theme, side panel, sort order and last export folder you chose in a [ui] table
# at the end.
"""
UI_KEYS = {"theme": str, "panel": bool, "sort": str, "session_advance": bool, "last_export_dir": str}



@dataclass(frozen=True)
class Settings:
    """What the user configured, with defaults filled in."""

    labels: tuple[str, ...] = DEFAULT_LABELS
    session_tags: tuple[str, ...] = ("politics", "business", "local", "follow up", "publish")
    export_dir: str = ""
    keep_markdown: bool = False
    # Chosen in the app and remembered ([ui] table): "" / None mean "not chosen".
    theme: str = ""
    panel: bool | None = None
    sort: str = ""
    session_advance: bool = False
    last_export_dir: str = ""  # the folder of the last export from the app
    path: str = ""
    problems: tuple[str, ...] = field(default_factory=tuple)


def _string_list(value: object, name: str, problems: list[str], limit: int = MAX_LABELS) -> tuple[str, ...] | None:
    """A list of non-empty strings (at most ``limit``), or None with a problem noted; control
    and bidi characters are dropped, as from tags (a label is shown and saved on notes)."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        problems.append(f"'{name}' must be a list of strings")
        return None
    printable = ("".join(c for c in item if c.isprintable() or c.isspace()) for item in value)
    items = tuple(dict.fromkeys(" ".join(item.split()) for item in printable if item.strip()))
    if len(items) > limit:
        problems.append(f"'{name}' has more than {limit} entries; the first {limit} are used")
    return items[:limit]


_MAX_CONFIG_BYTES = 1 << 20


def _read_config(path: Path) -> tuple[dict | None, str]:
    """The TOML table in ``path`` and "", or None and why it cannot be used ("" if absent)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None, ""
    except OSError as error:
        return None, f"cannot be read ({error.strerror or 'error'})"
    if stat.S_ISDIR(info.st_mode):
        return None, "is a folder; a settings file (TOML) is expected"
    if not stat.S_ISREG(info.st_mode):
        return None, "is not a regular file; a settings file (TOML) is expected"
    if info.st_size > _MAX_CONFIG_BYTES:
        return None, "is over 1 MB; a settings file is a few lines"
    try:
        with open(path, "rb") as handle:
            raw = handle.read(_MAX_CONFIG_BYTES + 1)
    except PermissionError:
        return None, "cannot be read (permission denied)"
    except OSError as error:
        return None, f"cannot be read ({error.strerror or 'error'})"
    try:
        text = raw.decode("utf-8").removeprefix("\ufeff")  # a BOM some editors write
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return None, f"is not UTF-8 text (line {line})"
    try:
        return tomllib.loads(text), ""
    except tomllib.TOMLDecodeError as error:
        return None, f"is not valid TOML: {' '.join(str(error).split())}"
    except RecursionError:
        return None, "is nested too deeply to read"


def load_settings(path: Path | None = None) -> Settings:
    """Settings from ``path`` (default: the config file); defaults if it is absent or broken,
    with a one-line problem saying why."""
    path = path or config_path()
    data, problem = _read_config(path)
    if data is None:
        problems = (f"{path}: {problem}; using default settings",) if problem else ()
        return Settings(path=str(path), problems=problems)
    problems: list[str] = []
    values: dict = {}
    if "labels" in data:
        labels = _string_list(data["labels"], "labels", problems)
        if labels:
            values["labels"] = labels
    if "session_tags" in data:
        tags = _string_list(data["session_tags"], "session_tags", problems, MAX_SESSION_TAGS)
        if tags:
            values["session_tags"] = tags
    if "export_dir" in data:
        if isinstance(data["export_dir"], str):
            values["export_dir"] = os.path.expanduser(data["export_dir"])
        else:
            problems.append("'export_dir' must be a string")
    if "keep_markdown" in data:
        if isinstance(data["keep_markdown"], bool):
            values["keep_markdown"] = data["keep_markdown"]
        else:
            problems.append("'keep_markdown' must be true or false")
    ui = data.get("ui", {})
    if isinstance(ui, dict):
        for key, kind in UI_KEYS.items():
            if key in ui:
                if isinstance(ui[key], kind):
                    values[key] = ui[key]
                else:
                    problems.append(f"'ui.{key}' must be {'true or false' if kind is bool else 'a string'}")
    else:
        problems.append("'ui' must be a table")
    return Settings(path=str(path), problems=tuple(f"{path}: {p}" for p in problems), **values)

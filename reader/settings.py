"""User settings from a TOML file in the user config directory (labels, export folder)."""

from __future__ import annotations

import os
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from reader.config import config_path

DEFAULT_LABELS = ("key quote", "verify", "follow up", "contested", "background")
MAX_LABELS = 9

EXAMPLE = """\
# reader settings
# Labels for annotations, applied with the keys 1-9 in the article view (at most 9).
labels = ["key quote", "verify", "follow up", "contested", "background"]
# Tags offered by number keys in tagging sessions (at most 9).
session_tags = ["politics", "business", "local", "follow up", "publish"]
# Where 'e' in the app writes exports (default: the current folder).
# export_dir = "~/Documents/notes"
"""


@dataclass(frozen=True)
class Settings:
    """What the user configured, with defaults filled in."""

    labels: tuple[str, ...] = DEFAULT_LABELS
    session_tags: tuple[str, ...] = ("politics", "business", "local", "follow up", "publish")
    export_dir: str = ""
    path: str = ""
    problems: tuple[str, ...] = field(default_factory=tuple)


def _string_list(value: object, name: str, problems: list[str]) -> tuple[str, ...] | None:
    """A list of non-empty strings (at most nine), or None with a problem noted."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        problems.append(f"'{name}' must be a list of strings")
        return None
    items = tuple(dict.fromkeys(" ".join(item.split()) for item in value if item.strip()))
    if len(items) > MAX_LABELS:
        problems.append(f"'{name}' has more than {MAX_LABELS} entries; the first {MAX_LABELS} are used")
    return items[:MAX_LABELS]


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
        text = raw.decode("utf-8")
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
        tags = _string_list(data["session_tags"], "session_tags", problems)
        if tags:
            values["session_tags"] = tags
    if "export_dir" in data:
        if isinstance(data["export_dir"], str):
            values["export_dir"] = os.path.expanduser(data["export_dir"])
        else:
            problems.append("'export_dir' must be a string")
    return Settings(path=str(path), problems=tuple(f"{path}: {p}" for p in problems), **values)

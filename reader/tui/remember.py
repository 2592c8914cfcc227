"""Remembering choices made in the app (theme, side panel, sort order, auto-advance) in the
``[ui]`` table of the settings file, keeping the rest of the file as the user wrote it."""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import replace
from pathlib import Path

from reader.fileio import write_text_atomic
from reader.settings import EXAMPLE, UI_KEYS, Settings

_TABLE = re.compile(r"^\s*\[")
_UI_TABLE = re.compile(r"^\s*\[\s*ui\s*\]\s*(#.*)?$")


def save_ui(settings: Settings, **choices: object) -> Settings:
    """Remember choices made in the app in the ``[ui]`` table of the settings file (the rest of
    the file is kept as it is, comments too) and return the settings with them. Raises OSError
    or ReaderError if the file cannot be written, ValueError if it is not valid TOML (it is then
    left alone)."""
    new = replace(settings, **choices)
    if not settings.path:
        return new
    path = Path(settings.path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = EXAMPLE
    tomllib.loads(text)  # raises ValueError (TOMLDecodeError) for a broken file: never overwritten
    lines, kept, inside = text.splitlines(), [], False
    for line in lines:
        if _UI_TABLE.match(line):
            inside = True
        elif inside and _TABLE.match(line):
            inside = False
        if not inside:
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    block = ["", "[ui]"]
    for key in UI_KEYS:
        value = getattr(new, key)
        if value is None or value == "":
            continue
        block.append(f"{key} = {json.dumps(value)}")  # true/false and JSON strings are TOML too
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, "\n".join(kept + block) + "\n")
    return new

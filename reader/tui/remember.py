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
_UI_KEY = re.compile(r"^\s*(ui|\"ui\"|'ui')\s*[.=]")  # the ui table as an inline table or dotted keys


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
    bom = "\ufeff" if text.startswith("\ufeff") else ""  # some editors write one; loading allows it
    text = text.removeprefix(bom)
    before = tomllib.loads(text)  # raises ValueError (TOMLDecodeError) for a broken file: never overwritten
    lines, kept, inside, tables = text.splitlines(), [], False, False
    for line in lines:
        if _UI_TABLE.match(line):
            inside = True
        elif inside and _TABLE.match(line):
            inside = False
        tables = tables or bool(_TABLE.match(line))
        if not inside and not (not tables and _UI_KEY.match(line)):  # ui = {...} or ui.sort = ... on top
            kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    block = ["", "[ui]"]
    for key in UI_KEYS:
        value = getattr(new, key)
        if value is None or value == "":
            continue
        block.append(f"{key} = {json.dumps(value)}")  # true/false and JSON strings are TOML too
    result = "\n".join(kept + block) + "\n"
    try:
        after = tomllib.loads(result)
    except tomllib.TOMLDecodeError:
        after = None
    if after is None or {k: v for k, v in after.items() if k != "ui"} != {k: v for k, v in before.items() if k != "ui"}:
        raise ValueError(f"{path}: its ui settings are written in a form reader cannot update; "
                         "the file was left as it is")  # never a file the next launch cannot read
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(path, bom + result)
    return new

"""The status line of a headline name picked with h keeps its keys whole at 80 columns ("X not
here" was cut to "X not")."""

from __future__ import annotations

import pytest

from reader.model import Entity, EntityLabel
from reader.tui.render import headline_status


@pytest.mark.parametrize("text", ["GOG", "Aalborg", "Sparekassen Danmark Arena Aalborg Håndbold"])
def test_the_keys_stay_whole_at_80_columns(text: str) -> None:
    line = headline_status(Entity(0, len(text), text, EntityLabel.ORG, text), 2, 2, 78).plain
    assert len(line) <= 78, line
    assert line.startswith("headline ") and line.endswith("r type · x not a name · X not here"), line


def test_a_wide_line_keeps_the_long_form_and_esc() -> None:
    line = headline_status(Entity(0, 3, "GOG", EntityLabel.ORG, "GOG"), 2, 2, 118).plain
    assert line == "headline name 2 of 2: “GOG” (organisation)  ·  r type · x not a name · X not here · Esc"

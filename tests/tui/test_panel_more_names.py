"""The panel lists six names of a type and says how many more the article has, instead of leaving
the seventh out unsaid (lead, stop 42: the sample da-01's "Venstre")."""

from __future__ import annotations

from rich.style import Style

from reader.model import Analysis, Entity, EntityLabel
from reader.tui.panel import panel_content

NAMES = ["Alder Bank", "Birch Mutual", "Cedar Press", "Damson Foods", "Elm Rail", "Fir Homes", "Gorse Fund", "Hazel Co"]


def _panel(count: int) -> list[str]:
    text = " ".join(NAMES[:count])
    entities, at = [], 0
    for name in NAMES[:count]:
        entities.append(Entity(at, at + len(name), name, EntityLabel.ORG, name))
        at += len(name) + 1
    content = panel_content([], [], Analysis(text, "en", entities=tuple(entities)), {}, lambda _: Style(),
                            lambda _: Style(), [], width=34)
    return content.plain.splitlines()


def test_eight_organisations_show_six_and_two_more() -> None:
    lines = _panel(8)
    assert "Fir Homes" in lines and "Gorse Fund" not in lines
    assert "+ 2 more" in lines


def test_six_organisations_show_all_and_no_more_line() -> None:
    lines = _panel(6)
    assert "Fir Homes" in lines
    assert not any(line.startswith("+ ") for line in lines)

"""Every built-in theme is readable: WCAG contrast of what the screens actually draw."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.color import Color as RichColor

from reader.store import open_store
from reader.tui.widgets.article_table import ArticleTable

from tui_helpers import WIRE, make_app, open_article, settle, wait_for_library

BODY = 4.5  # WCAG AA for body text
SECONDARY = 3.0  # WCAG AA for large or secondary text (dates, sources, notes, chrome)


def luminance(color: RichColor) -> float:
    """WCAG relative luminance of a colour."""
    r, g, b = color.get_truecolor()

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: RichColor, b: RichColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def poor_text(app, minimum: float, skip=("▁▂▃▄▅▆▇█▔▎▏▕▌▐╸╺━│─┃")) -> list[tuple[float, str, str]]:
    """Every run of text on screen drawn below ``minimum`` contrast: (ratio, text, style)."""
    strips = app.screen._compositor.render_strips()
    found = []
    for strip in strips:
        for segment in strip:
            text = segment.text.strip()
            style = segment.style
            if not text or style is None or all(ch in skip for ch in text):
                continue
            fg, bg = style.color, style.bgcolor
            if fg is None or bg is None or not (fg.triplet and bg.triplet):
                continue  # the terminal's own colours (ansi-* themes): its palette decides
            if style.reverse:
                fg, bg = bg, fg
            ratio = contrast(fg, bg)
            if ratio < minimum:
                found.append((round(ratio, 2), text, str(style)))
    return found


@pytest.fixture
def library(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ribe.txt").write_text(WIRE, encoding="utf-8")
    (folder / "two.txt").write_text(WIRE.replace("Ribe", "Tønder"), encoding="utf-8")
    return folder


async def test_every_theme_is_readable(tmp_path, library):
    with open_store(tmp_path / "db" / "reader.json") as store:
        app = make_app([library], store, tmp_path)
        async with app.run_test(size=(100, 24)) as pilot:
            themes = sorted(app.available_themes)
            lib = await wait_for_library(pilot)
            store.add_tags(lib.table.shown[1].article.id, ["politik"])
            lib._reload_rows()
            problems: dict[str, list] = {}
            for theme in themes:
                app.theme = theme
                await settle(pilot)
                table = lib.query_one(ArticleTable)
                for part in ("row", "cursor"):  # the titles, on a plain row and on the highlighted one
                    body = table.get_component_rich_style(f"article-table--{part}")
                    if body.color.triplet and contrast(body.color, body.bgcolor) < BODY:
                        problems.setdefault(theme, []).append((f"library {part}", str(body)))
                for found in poor_text(app, SECONDARY):
                    problems.setdefault(theme, []).append(("library", found))
            screen = await open_article(pilot, "Ribe")
            await pilot.press("s", "a", *"tjek", "ctrl+s")
            await settle(pilot)
            await pilot.press("down")
            for theme in themes:
                app.theme = theme
                await settle(pilot)
                text = screen.view.get_component_rich_style("article-view--text")
                if text.color.triplet and contrast(text.color, text.bgcolor) < BODY:
                    problems.setdefault(theme, []).append(("article body", str(text)))
                for found in poor_text(app, SECONDARY):
                    problems.setdefault(theme, []).append(("article", found))
    assert not problems, "\n".join(f"{theme}: {items[:4]}" for theme, items in problems.items())

"""A speaker quoted a hundred times gets counts in the panel, not four lines of dots."""

from __future__ import annotations

from rich.style import Style

from reader.model import Analysis, Quote, QuoteState
from reader.tui.panel import panel_content

TEXT = "x" * 2000


def _panel(count: int, verified: int = 0) -> list[str]:
    quotes = tuple(Quote(i * 10, i * 10 + 5, "xxxxx", "Laura Pinnock") for i in range(count))
    states = {(q.start, q.end): QuoteState.VERIFIED for q in quotes[:verified]}
    content = panel_content([], [], Analysis(TEXT, "en", quotes=quotes), states, lambda _: Style(),
                            lambda _: Style(), [], width=34)
    return content.plain.splitlines()


def test_a_hundred_quotes_take_one_line_with_counts() -> None:
    (line,) = [line for line in _panel(108, verified=3) if line.startswith("Laura Pinnock")]
    assert line == "Laura Pinnock ×108 ·105 ✓3"


def test_a_few_quotes_keep_one_mark_each() -> None:
    (line,) = [line for line in _panel(4, verified=1) if line.startswith("Laura Pinnock")]
    assert line == "Laura Pinnock ×4 ✓···"

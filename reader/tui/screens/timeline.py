"""A timeline in the terminal: quotes by a speaker, mentions of a name or articles with a tag, per
month or week: a bar chart (textual-plotext) above the exact counts, one bar of eighth blocks each."""

from __future__ import annotations

from typing import Any, Sequence

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static
from textual.worker import get_current_worker
from textual_plotext import PlotextPlot

from reader.textsafe import one_line
from reader.tui.widgets.footer import ReaderFooter

WHAT = {"speaker": "Quotes by", "tag": "Articles tagged", "search": "Articles found by", "PER": "Mentions of", "ORG": "Mentions of", "LOC": "Mentions of"}


class TimelineScreen(Screen):
    """One bar per month (or week); w and m switch."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="timeline.back"),
        Binding("w", "by('week')", "Weeks", id="timeline.week"),
        Binding("m", "by('month')", "Months", id="timeline.month"),
    ]

    def __init__(self, index: Any, kind: str, name: str, paths: Sequence[str] | None = None,
                 corrections: Sequence = (), by: str = "month") -> None:
        super().__init__()
        self.index, self.kind, self.subject = index, kind, name
        self.paths, self.corrections, self.by = paths, tuple(corrections), by
        self.series: list[tuple[str, int]] = []
        self.month_only = 0  # by week: how many are dated only to a month (in no week)

    def compose(self) -> ComposeResult:
        yield Static(Content(""), classes="who-title")
        yield PlotextPlot(id="timeline-chart")
        with VerticalScroll(classes="who-chart"):
            yield Static(Content("Loading…"), id="timeline-bars")
        yield ReaderFooter()

    def on_mount(self) -> None:
        """Count in a worker."""
        self.load()

    def on_resize(self) -> None:
        """Bars fit the width."""
        self._draw()

    @work(thread=True, exclusive=True, group="timeline")
    def load(self) -> None:
        """The counts per period (in a thread)."""
        from reader.workspace import who

        from reader.tui.screens.who_panel import sync_hand

        overrides = None
        if self.kind == "speaker":  # the quotes as the journalist attributed and merged them
            sync_hand(self.index, self.app.store)
            try:
                overrides = dict(self.app.store.speaker_overrides())
            except Exception:
                overrides = None
        series = who.timeline(self.index, self.kind, self.subject, self.by, self.paths, self.corrections,
                              overrides=overrides)
        monthly = sum(n for _, n in who.timeline(self.index, self.kind, self.subject, "month", self.paths,
                                                 self.corrections, overrides=overrides)) if self.by == "week" else 0
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._loaded, series, monthly - sum(n for _, n in series))

    def _loaded(self, series: list, month_only: int = 0) -> None:
        self.series, self.month_only = series, max(0, month_only)
        self._draw()

    def _draw(self) -> None:
        from reader.workspace.who import bar_lines

        total = sum(n for _, n in self.series)
        title = f"{WHAT.get(self.kind, '')} {one_line(self.subject, 50)} per {self.by}: {total} in all"
        if self.by == "week" and self.month_only:  # a week needs a day: said, not silently dropped
            title += f" ({self.month_only} more dated only to a month: m shows them)"
        title += "  ·  w weeks, m months"
        self.query_one(".who-title", Static).update(Content(title))
        chart = self.query_one("#timeline-chart", PlotextPlot)
        chart.display = len(self.series) > 1  # one period is a number, not a chart
        if not self.series:
            empty = ("Nothing dated to the day to draw by week (some articles give only a month): "
                     "m shows months." if self.by == "week" else "Nothing dated to draw.")
            self.query_one("#timeline-bars", Static).update(Content(empty))
            return
        plt = chart.plt
        plt.clear_data()
        plt.clear_figure()
        periods = [p for p, _ in self.series]
        plt.bar(list(range(len(periods))), [n for _, n in self.series], width=0.8)
        step = max(1, len(periods) // max(1, (self.size.width - 10) // 10))  # labels that fit
        plt.xticks(list(range(0, len(periods), step)), periods[::step])
        top = max(n for _, n in self.series)
        plt.yticks(sorted({0, top, *range(0, top + 1, max(1, top // 4))}))
        chart.refresh()
        width = max(10, self.size.width - 12 - max(len(p) for p, _ in self.series))
        self.query_one("#timeline-bars", Static).update(Content("\n".join(bar_lines(self.series, width))))

    def action_by(self, by: str) -> None:
        """Bars per week or per month."""
        if by != self.by:
            self.by = by
            self.load()

    def action_back(self) -> None:
        """Back."""
        self.dismiss()

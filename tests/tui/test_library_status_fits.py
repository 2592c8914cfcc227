"""review24: at 80 columns a filter beside skipped files and new ones made the library's status line
too wide even in its short forms, and the terminal cut it mid-part ("... · filter: Kopi 1 · by"):
the sort named no order. Now "(N new)" goes (the N marks in the list show them), then the filter's
text is shortened, so that the sort stays whole."""

from __future__ import annotations

from reader.tui.screens.library_reading import SKIPPED_KEY, fit_status

PARTS = ["1 of 15 articles", f"3 skipped{SKIPPED_KEY}", "12 unread (2 new)", "filter: Kopi 1", "sorted by date"]


def test_the_sort_stays_whole_at_80_columns():
    line = fit_status(PARTS, 78)
    assert len(line) <= 78
    assert line.endswith("by date")
    assert "filter: Kopi 1" in line and "3 skipped (! why)" in line


def test_a_long_filter_is_shortened_before_the_sort_is_cut():
    line = fit_status([*PARTS[:3], "filter: valgkamp kommunalvalg", PARTS[4]], 75)
    assert len(line) <= 75
    assert line.endswith("by date")
    assert "filter: v" in line and "…" in line


def test_a_line_that_fits_is_unchanged():
    assert fit_status(PARTS, 120) == "  ·  ".join(PARTS)

"""The library's Source column grows with the window (a site name whole at 120 columns)."""

from __future__ import annotations

import pytest

from reader.tui.widgets.article_table import ArticleTable


def test_a_site_name_fits_the_source_column_at_120_columns() -> None:
    _, _, source, _, _ = ArticleTable.columns(120)
    assert source >= len("Solent Evening Echo")


@pytest.mark.parametrize("width", [60, 80, 96, 120, 160, 200])
def test_the_columns_fill_the_width_and_the_title_keeps_the_most(width: int) -> None:
    title, date, source, tags, notes = ArticleTable.columns(width)
    gaps = 7 if tags else 6
    assert title + date + source + tags + notes + gaps <= width
    assert title >= source


def test_80_columns_keep_the_title_as_wide_as_before() -> None:
    assert ArticleTable.columns(80) == (36, 10, 10, 12, 5)

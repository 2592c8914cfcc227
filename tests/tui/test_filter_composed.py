"""The library's `f` filter and the who-said-what lists' filters match text however its accents are
encoded: a title or tag typed composed ("Å" as one character) is found by a filter pasted
decomposed ("A" + U+030A, as macOS file names and some web pages carry it), and the other way
round (attack32: the library's filter compared the typed text as it came)."""

from __future__ import annotations

import unicodedata

from reader.tui.widgets.library_rows import TAG_SEP, LibraryRows

NFD = lambda text: unicodedata.normalize("NFD", text)  # noqa: E731


def _rows() -> list[tuple]:
    # KEY, ID, TITLE, DATE, SOURCE, DATELINE, FILE_TAGS
    return [
        (1, "a", "Ålborg Havn lukker", "2025-01-02", "Ritzau", "Aalborg", ""),
        (2, "b", NFD("Åse Ørsted går af"), "2025-01-01", "DR", "", NFD("kommunalvalg") + TAG_SEP + NFD("kåring")),
        (3, "c", "Budget vedtaget", "2025-01-01", "Ritzau", "", ""),
    ]


def _shown(text: str, tags=lambda _id: ()) -> list[str]:
    rows = _rows()
    model = LibraryRows(rows, lambda wanted: [None] * len(wanted), tags_of=tags)
    return [rows[i][1] for i in model.order(text, False, "title")]


def test_a_decomposed_filter_finds_a_composed_title() -> None:
    assert _shown(NFD("ålborg")) == ["a"]
    assert _shown(NFD("ÅLBORG havn")) == ["a"]


def test_a_composed_filter_finds_a_decomposed_title_and_file_tag() -> None:
    assert _shown("åse går") == ["b"]
    assert _shown("KÅRING") == ["b"]


def test_a_users_tag_typed_decomposed_is_found() -> None:
    assert _shown("idé", tags=lambda aid: (NFD("idé"),) if aid == "c" else ()) == ["c"]


def test_folded_is_composed_and_case_folded() -> None:
    from reader.textsafe import folded

    assert folded(NFD("ÅSE")) == "åse" == folded("Åse")
    assert folded("STRASSE") == folded("straße")

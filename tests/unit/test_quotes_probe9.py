"""Quote errors a second blind probe of new stories found (probe9), fixed as patterns and checked in
texts of our own: points listed with dashes under a heading are no dash quotes, and a spokesperson
for a brand written in lower case is the speaker."""

from __future__ import annotations

from reader.analysis import analyze


def _quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(text, language).quotes]


def test_dash_points_under_a_heading_are_no_quotes() -> None:
    text = (
        "- Vi åbner igen til marts, siger formand Bente Lund.\n\n"
        "Det skal du vide:\n\n"
        "- Hallen er lukket fra mandag.\n"
        "- Holdene træner i stedet på skolen.\n"
        "- Kontingentet bliver sat ned.\n"
    )
    assert [speaker for _quote, speaker in _quotes(text, "da")] == ["Bente Lund"]


def test_dash_lines_under_a_speakers_colon_are_still_quotes() -> None:
    text = (
        "Formand Bente Lund siger:\n\n"
        "- Hallen er lukket fra mandag.\n"
        "- Holdene træner i stedet på skolen.\n"
    )
    assert len(_quotes(text, "da")) == 2


def test_attributed_dash_lines_are_quotes_even_under_a_heading() -> None:
    text = (
        "Sådan lyder det:\n\n"
        "- Hallen er lukket, siger Bente Lund.\n"
        "- Vi træner på skolen, siger Per Holm.\n"
    )
    assert [speaker for _quote, speaker in _quotes(text, "da")] == ["Bente Lund", "Per Holm"]


def test_a_spokesperson_for_a_lower_case_brand_speaks() -> None:
    text = 'I asked knitly about the delay. A spokesperson for knitly said: "We are sorry about the delay."'
    found = _quotes(text, "en")
    assert len(found) == 1 and found[0][1] is not None and found[0][1].endswith("knitly")

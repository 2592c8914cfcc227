"""A Danish academic degree before a name does not end the sentence (issue 15: "siger professor,
dr.jur. Ida Berg" gives Ida Berg)."""

from __future__ import annotations

import pytest

from reader.analysis import analyze
from reader.analysis.sentences import split_sentences


def _pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize("text", [
    "- Det holder ikke, siger professor, dr.jur. Agnete Voss.",
    "Det oplyser overlæge, dr.med. Henrik Sand, Odense Universitetshospital.",
    "Ifølge adjunkt, cand.-psych. Rasmus Lind, er det normalt.",
    "Bogen er skrevet af mag.art. Lone Fjord.",
])
def test_degree_before_a_name_keeps_the_sentence(text: str) -> None:
    assert _pieces(text) == [text]


@pytest.mark.parametrize("text", [
    "Hun er cand.polit. Han er ikke.",
    "Han blev dr.med. Det var i 1990.",
    "Hans søn er lic.jur. Datteren læser medicin.",
])
def test_degree_as_predicate_still_ends_it(text: str) -> None:
    assert len(_pieces(text)) == 2


def test_speaker_after_professor_and_degree() -> None:
    text = "Forslaget er omstridt.\n\n- Det holder ikke juridisk, siger professor, dr.jur. Agnete Voss.\n"
    result = analyze(text, "da")
    [quote] = result.quotes
    assert quote.speaker == "Agnete Voss"
    assert text[quote.start:quote.end] == "Det holder ikke juridisk"

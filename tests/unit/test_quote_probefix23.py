"""Quotes: '"...," they wrote' after "Analysts at X ..." in the paragraph is the firm X, not the
person named before nor a pair (probefix23, ``reader.analysis.quote_they_firm``). The team's own
sentences."""

from __future__ import annotations

import pytest

from reader.analysis import analyze


@pytest.mark.parametrize("text, speaker", [
    ("Brindle Homes cut its forecast on Monday, its chief executive, Mark Dunn, said.\n\n"
     "Analysts at Hollis Grant cut their target price. \"We see no quick recovery this year,\" they wrote in a note.",
     "Hollis Grant"),
    ("Analysts at Carver Lyle were gloomy. \"Margins will fall again,\" they wrote.", "Carver Lyle"),
    ("Paula Kerr, the firm's finance chief, said costs were up.\n\n"
     "Economists at Denby Marsh disagreed. \"Costs are already falling,\" they said.", "Denby Marsh"),
])
def test_they_after_analysts_at_a_firm(text: str, speaker: str) -> None:
    quotes = analyze(text, "en").quotes
    assert [q.speaker for q in quotes] == [speaker]

"""The library, who and entity filters match through invisible characters and Turkish İ (attack33).

`folded` (NFC and case-folded) left a soft hyphen or zero-width space from a scraped title, a
direction mark pasted with a name, and the combining dot that "İ" case-folds to, inside the
words: "jerusalem" did not find "Jerusa\\u00adlem", nor "imamoğlu" "Ekrem İmamoğlu".
"""

from __future__ import annotations

import pytest

from reader.textsafe import folded


@pytest.mark.parametrize(("typed", "shown"), [
    ("imamoğlu", "Ekrem İmamoğlu"),
    ("İSTANBUL", "istanbul"),
    ("jerusalem", "Jerusa\u00adlem"),
    ("nordhavn", "Nord\u200bhavn"),
    ("\u200fHolm", "Anna Holm"),
    ("ss", "Straße"),
    ("müller", "Mu\u0308ller"),
])
def test_a_typed_word_finds_the_shown_text(typed: str, shown: str) -> None:
    assert folded(typed) in folded(shown)


def test_letters_that_differ_still_differ() -> None:
    assert folded("o") not in folded("Søren")
    assert folded("ı") not in folded("I")  # dotless i is its own letter
    assert folded("Aarhus") == "aarhus"

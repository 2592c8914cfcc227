"""Random bytes with no NUL byte were listed as an article with a garbled title (about 11 % of
their bytes are control bytes, under the 30 % the binary test asked for); prose in a legacy code
page has almost none and still reads."""

from __future__ import annotations

import random

import pytest

from reader.errors import ArticleError
from reader.library.decoding import decode_bytes


def _random_without_nul(seed: int, size: int = 300) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(1, 256) for _ in range(size))


@pytest.mark.parametrize("seed", range(20))
def test_random_bytes_are_a_binary_file(seed: int) -> None:
    with pytest.raises(ArticleError, match="binary file"):
        decode_bytes(_random_without_nul(seed), "noise.txt")


def test_latin1_and_cp1252_prose_still_read() -> None:
    danish = "Fiskerne i Hvide Sande frygter en ny kvote på tobis, siger formanden for foreningen.\n\n"
    assert decode_bytes((danish * 20).encode("latin-1")).startswith("Fiskerne")
    english = "\u201cWe were told to wait,\u201d she said \u2013 and they did.\f\n"
    assert decode_bytes((english * 20).encode("cp1252")).startswith("\u201cWe")

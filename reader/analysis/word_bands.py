"""How common a word is in the language at large: its Zipf band from ``wordfreq`` (issue 16). Off:
the shipped weights are not trained with the bands (docs/log/namesda7.md); ``ON`` switches them on.

The typer reads the band of a name's first and last word (the last also without a genitive "s")
and of the words either side of it. ``wordfreq`` (Robyn Speer, Apache-2.0; its word lists
CC BY-SA 4.0, built from Wikipedia, OpenSubtitles, ParaCrawl, the Leeds Internet Corpus, Twitter,
SUBTLEX and Google Books) is read only when training (``pip install 'reader[train]'``); the bands of
the words it knows are stored in the weight file's vocabulary under ``PREFIX``, so the analysis does
not need it. Danish only (English not cross-validated with them). See docs/log/namesda7.md.
"""

from __future__ import annotations

PREFIX = "\f"  # vocabulary key of a word's band: PREFIX + lower-case word -> band; PREFIX alone: on
UNKNOWN = "0"  # the band of a word not stored
# Off: CV +0.0035 with 2-run typers, but UNER-DA dev 0.811 -> 0.805 and a firm trap lost (the log).
ON = {"da": False, "en": False}
# Words below this Zipf frequency are not stored and share the band of unknown words (3, the Danish
# list's own floor: 29,212 words, +11 ms to load; 4: 6,725 words, about +3 ms, but no CV gain).
FLOOR = 3.0


def band_table(language: str) -> dict[str, str]:
    """The vocabulary entries of the bands of ``language`` (empty when off): needs ``wordfreq``."""
    if not ON.get(language):
        return {}
    try:
        from wordfreq import get_frequency_dict, zipf_frequency
    except ImportError as err:
        raise SystemExit(f"training needs wordfreq for the word bands ({err}): pip install wordfreq") from None
    out = {}
    for word in get_frequency_dict(language, "best"):
        zipf = zipf_frequency(word, language)
        if zipf >= FLOOR and word.replace("-", "").isalpha():
            out[PREFIX + word] = str(min(int(zipf), 7))
    out[PREFIX] = "1"  # the model reads the bands
    return out


def span_band_features(lows: list[str], stem: str, first: bool, vocab: dict[str, str]) -> list[str]:
    """The typer's band features of a span's own lower-case words (``stem``: the last without a
    genitive): the first word's band with the span's length and whether it opens a sentence, and
    the last word's band with and without the genitive."""
    if PREFIX not in vocab:
        return []
    get = vocab.get
    return [
        "zf=" + get(PREFIX + lows[0], UNKNOWN) + ("F" if first else "M") + str(min(len(lows), 3)),
        "zl=" + get(PREFIX + stem, UNKNOWN) + get(PREFIX + lows[-1], UNKNOWN),
    ]


def side_band_features(key: str, low: str, vocab: dict[str, str] | None) -> list[str]:
    """The typer's band feature of the lower-case word before (``key`` "p") or after ("a") a span."""
    if not vocab or PREFIX not in vocab or not low[:1].isalpha():
        return []
    return ["z" + key + "=" + vocab.get(PREFIX + low, UNKNOWN)]

"""A story of megabytes (within the 20 MB a file may have) made ``reader index`` and the app's
analysis run for a quarter of an hour and more: two steps of the analysis did work per quote or per
head word over every mention or name of the whole text. Counted here in calls and passes, never in
seconds (attack32)."""

from __future__ import annotations

from reader.analysis import da_heads43, quote_roles_carried
from reader.analysis.da_heads43 import heads


def _story(quotes: int) -> str:
    lines = []
    for n in range(quotes):
        lines.append(f"Havnen i Esbjerg fik besøg af Mette Skov fra Fiskeriforeningen, der talte om kvote {n}.")
        lines.append(f"- Vi skal have styr på fangsten i år {2000 + n % 20}, siger Mette Skov.")
    return "Esbjerg. " + "\n\n".join(lines)


def test_a_speakers_role_is_looked_for_once_not_once_a_quote(monkeypatch) -> None:
    from reader.analysis import analyze

    calls = {"according": 0, "appositive": 0}
    for name in calls:
        real = getattr(quote_roles_carried, f"_{name}")

        def counted(*args, _real=real, _name=name):
            calls[_name] += 1
            return _real(*args)

        monkeypatch.setattr(quote_roles_carried, f"_{name}", counted)
    result = analyze(_story(60), "da", (), title="Lang historie om havnen")
    said = [q for q in result.quotes if q.speaker == "Mette Skov"]
    assert len(said) >= 50  # the story is what the test means it to be
    assert calls["according"] <= 3 and calls["appositive"] <= 3  # once a speaker, not 60 times


class _CountedSpans(list):
    """A list of spans that counts the spans read from it."""

    reads = 0

    def __iter__(self):
        for span in super().__iter__():
            _CountedSpans.reads += 1
            yield span


def test_head_words_are_checked_against_the_names_without_a_pass_over_all_of_them() -> None:
    assert da_heads43.ON
    parts, spans = [], []
    at = 0
    for n in range(400):  # a name the finder found, then a head word it did not
        piece = f"Ole Dam{n} talte i Skovparken om sagen. "
        spans.append((at, at + len(f"Ole Dam{n}"), "PER"))
        parts.append(piece)
        at += len(piece)
    text = "".join(parts)
    counted = _CountedSpans(spans)
    _CountedSpans.reads = 0
    out = heads(text, counted, {})
    assert sum(1 for s in out if text[s[0]:s[1]] == "Skovparken") == 400  # every head word taken
    assert _CountedSpans.reads <= 10 * len(spans)  # a few passes, not one per head word (160,000)

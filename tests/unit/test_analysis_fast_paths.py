"""The faster forms of patterns find what the plain forms found."""

from __future__ import annotations

import re

from reader.analysis.quote_marks import _SINGLE_CLOSE, _SINGLE_OPEN, single_marks
from reader.analysis.reporting_verbs import speech_verbs, verb_pattern


def _plain(words: frozenset[str]) -> str:
    """The plain alternation: every word, longest first."""
    return "(?i:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


def test_the_verb_tree_matches_as_the_longest_first_list() -> None:
    for language in ("da", "en", None):
        words = speech_verbs(language)
        text = " ".join(sorted(words)) + " " + " ".join(w.upper() for w in words) + ", " + "".join(sorted(words))
        text += " siger sagde, sagt told tolds telling he said. SAID Said'"
        for template in (r"\b({})\b", r"\s*,?\s*({})\b", r"(?<!-)\b({})\b|\b(?:at|that)\s*$"):
            tree = re.compile(template.format(verb_pattern(words)))
            plain = re.compile(template.format(_plain(words)))
            assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
            for pos in range(0, len(text), 5):
                a, b = tree.match(text, pos), plain.match(text, pos)
                assert (a and a.span()) == (b and b.span()), (language, template, pos)


def test_single_marks_read_only_their_paragraph() -> None:
    text = "'Ja,' sagde hun.\n\nHan svarede: 'Nej, det er Jens' bil' og gik.\n\n'Måske' - 'it's' nu"
    for s in range(len(text)):
        for e in range(s, len(text) + 1, 3):
            head = text[:e]
            opens = [m.start() for m in _SINGLE_OPEN.finditer(head, s)]
            closes = [m.start() for m in _SINGLE_CLOSE.finditer(head, s)
                      if not (text[m.start() - 1] == "s" and re.match(r"\s+[a-z]", text[m.start() + 1:m.start() + 4]))]
            expected = sorted(set(opens) | set(closes)) if opens else []
            assert single_marks(text, s, e) == expected, (s, e)

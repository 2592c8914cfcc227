"""Long texts of many quotes: what a quote's speaker is looked up by is searched for once per
text, not once per quote (each was a pass over the whole text: quadratic in its length)."""

import re

from reader.analysis import analyze, descriptions, quote_news


class _Counted:
    def __init__(self, pattern, calls):
        self.pattern, self.calls = pattern, calls

    def finditer(self, *args):
        self.calls.append(1)
        return self.pattern.finditer(*args)


def test_den_n_aarige_reads_the_paragraphs_once(monkeypatch):
    calls = []
    monkeypatch.setattr(descriptions, "_PARAGRAPH", _Counted(descriptions._PARAGRAPH, calls))
    text = "Mette Hansen åbnede bageriet i går.\n\n" + "»Det går godt,« siger den 58-årige.\n\n" * 30
    quotes = analyze(text, "da").quotes
    assert len(quotes) == 30 and quotes[0].speaker == "Mette Hansen"  # introduced just before
    assert len(calls) == 1, len(calls)


def test_a_first_name_speaker_is_looked_up_once(monkeypatch):
    searched = []
    real = re.search

    def counting(pattern, string, *args):
        if string is text:
            searched.append(pattern)
        return real(pattern, string, *args)

    monkeypatch.setattr(quote_news.re, "search", counting)
    text = "Michael and Sean Doyle run the farm.\n\n" + '"Yes," said Michael.\n\n' * 30
    quotes = analyze(text, "en").quotes
    assert [q.speaker for q in quotes] == ["Michael Doyle"] * 30
    assert len(searched) <= 2, len(searched)

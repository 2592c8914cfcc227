"""A Markdown list of whole sentences introduced by a colon is a list, not dash quotes: three such
items ("Forældrene peger på tre ting:") became quotes with no speaker. A tight list of dash lines
attributed as quotes (", siger han."), or not introduced by a colon, stays dash quotes."""

from __future__ import annotations

from reader.analysis import analyze
from reader.library.mdtext import parse_md

HEAD = "---\ntitle: Skolen i Lyne\n---\n\nKommunen vil lukke skolen.\n\n"
LIST = ("Forældrene peger på tre ting:\n\n- Børnene får en halv times længere skolevej hver vej.\n"
        "- Byens eneste mødested forsvinder.\n- Besparelsen er kun 2,1 millioner kroner om året.\n\n")
QUOTE = "Mette Lund er formand for støttegruppen.\n\n- Vi bliver og kæmper, siger Mette Lund.\n"


def _quotes(markdown: str) -> list[str]:
    body = "\n\n".join(parse_md(markdown).paragraphs)
    return [q.text for q in analyze(body, "da").quotes]


def test_a_list_of_sentences_after_a_colon_is_no_quote():
    paragraphs = parse_md(HEAD + LIST + QUOTE).paragraphs
    assert "• Byens eneste mødested forsvinder." in paragraphs
    assert _quotes(HEAD + LIST + QUOTE) == ["Vi bliver og kæmper"]


def test_attributed_dash_lines_after_a_colon_stay_quotes():
    text = HEAD + "Mette Lund er ikke i tvivl:\n\n- Vi bliver, siger hun.\n- Vi kæmper hele vejen.\n"
    assert parse_md(text).paragraphs[-2:] == ["- Vi bliver, siger hun.", "- Vi kæmper hele vejen."]

"""The line above a quote shows a politician's party letter beside the role: "S" was taken as named
by the "s" in "borgmester" and dropped, while "K" beside "gruppeformand" showed (lead, stop 42: the
sample da-01)."""

from __future__ import annotations

from reader.model import Quote
from reader.tui.widgets.article_view import ArticleView


def _label(role: str, party: str) -> str:
    view = ArticleView()
    view.quotes = [Quote(0, 10, "Vi sparer", "Henrik Vestergaard", role=role, affiliation=party)]
    return view._speaker_label("Henrik Vestergaard", 1, view.quotes[0])


def test_a_party_letter_inside_a_role_word_is_still_shown() -> None:
    assert _label("borgmester", "S") == "Henrik Vestergaard, borgmester, S"
    assert _label("rådmand", "V") == "Henrik Vestergaard, rådmand, V"


def test_an_organisation_the_role_names_is_not_repeated() -> None:
    assert _label("pressechef hos Vestkraft", "Vestkraft") == "Henrik Vestergaard, pressechef hos Vestkraft"
    assert _label("Vestkrafts pressechef", "Vestkraft") == "Henrik Vestergaard, Vestkrafts pressechef"

"""The news forms of the blind probe of new stories (probe11), applied after the other name rules:
``en_news_places`` (English), ``news_kinds`` and ``news_firms`` (both languages),
``name_roles_da`` (Danish); and those of probe12 (``news_forms12``), probe13 (``news_found13``) and probe14 (``news_found14``)."""

from __future__ import annotations

from reader.analysis.en_news_places import news_places
from reader.analysis.en_web_names import web_names
from reader.analysis.en_words import EN_VOCABULARY
from reader.analysis.name_roles_da import role_people
from reader.analysis.news_firms import news_firms
from reader.analysis.news_forms12 import news_forms12
from reader.analysis.news_found13 import found_names as found13
from reader.analysis.news_found14 import found_names as found14
from reader.analysis.news_found17 import found_names as found17
from reader.analysis.news_kinds import news_kinds

Span = tuple[int, int, str]
FORMS12 = True  # ships, ranks, numbered roads and kind words (news_forms12, probe12)
WEB13 = True  # web text's businesses and relatives' words (en_web_names, webprobe13)
FORMS13 = True  # particles, polls, papers told, bodies (news_found13, probe13)
FORMS14 = True  # titles, particles, Gaelic surnames, house numbers, national teams (news_found14, probe14)
FORMS17 = True  # Danish legal forms' stops, datelines run into a name (news_found17, namesda17)


def news_forms_after(text: str, spans: list[Span], language: str, evidence: dict | None,
                     vocab: dict | None = None, tokens=None) -> list[Span]:
    """``spans`` with the probe11 forms applied (``vocab``: the tagger's vocabulary classes;
    ``tokens``: the text's)."""
    if language == "en":
        spans = news_places(text, spans, evidence, vocab)
        spans = news_kinds(text, spans, "en", evidence, EN_VOCABULARY)
        spans = news_firms(text, spans, "en", evidence, EN_VOCABULARY)
        spans = news_forms12(text, spans, "en", evidence, vocab) if FORMS12 else spans
        spans = web_names(text, spans, evidence, vocab) if WEB13 else spans
        spans = found13(text, spans, "en", evidence if evidence is not None else {}, vocab) if FORMS13 else spans
        return found14(text, spans, "en", evidence if evidence is not None else {}, vocab) if FORMS14 else spans
    spans = news_firms(text, news_kinds(text, spans, "da", evidence, vocab=vocab), "da", evidence)
    spans = role_people(text, spans, vocab)
    spans = news_forms12(text, spans, "da", evidence, vocab) if FORMS12 else spans
    spans = found13(text, spans, "da", evidence if evidence is not None else {}, vocab) if FORMS13 else spans
    spans = found14(text, spans, "da", evidence if evidence is not None else {}, vocab) if FORMS14 else spans
    return found17(text, spans, evidence if evidence is not None else {}, vocab, tokens) if FORMS17 else spans

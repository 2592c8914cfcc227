"""Names (PER, ORG, LOC, MISC) from tokens: the trained tagger plus rules for the known traps."""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.analysis import (
    acronyms30, names_forms30,
    da_acronyms18, da_again18, da_heads21, da_letter_words29, da_pairs19, da_places22, da_suspended29, da_teams21,
    da_trades18, en_again19, en_bodies_on29, en_doc, name_breaks29,
    en_body_roles29, en_facilities27, en_parts22, en_person_of27, en_products27, en_role_openers18, en_titled20, en_written_low19,
    typer,
)
from reader.analysis.name_base import (  # noqa: F401 (sentence_start_tokens, tags_to_spans: the package's API)
    _BOTH_OPENERS, EN_COVER, EN_MODE, SETTINGS, runs, sentence_start_tokens, tags_to_spans,
)
from reader.analysis.en_case import recased
from reader.analysis.en_forms import english_form_spans
from reader.analysis.en_news import news_forms
from reader.analysis.en_events import not_names
from reader.analysis.en_orgs import org_types
from reader.analysis.en_rule_types import let_go, typer_types_stand
from reader.analysis.en_typer_stands import typer_stands
from reader.analysis.en_people_forms import news_people
from reader.analysis.en_short_forms import club_short_forms, platform_x
from reader.analysis.en_web import plain_rule_words, web_filter
from reader.analysis.name_digits import digit_names
from reader.analysis.news_after import news_forms_after
from reader.analysis.name_lines import short_line_ends
from reader.analysis.name_patterns import _ORG_LAST, name_patterns
from reader.analysis.name_rules import (  # noqa: F401
    _ARTICLES, article_names, common_openers, genitive_apostrophes, initial_stops, party_letters,
    short_given_names, untagged_people,
)
from reader.analysis.name_run_tags import _candidate, _doc_table, _inner, _party_letter, _run_tags
from reader.analysis.name_typing import retype  # noqa: F401 (the package's API, as before)
from reader.analysis.perceptron import CONNECTORS, load_model
from reader.analysis.lexicon import EN_MONTHS
from reader.analysis.tokens import Tokens
from reader.analysis.span_set import _covered, _overlaps, _reach
from reader.analysis.word_sets import where

Span = tuple[int, int, str]
DIGITS = True  # names widened over their numbers (name_digits; CV in the README)
RECASE = True  # English sentences in capitals or title case recased (en_case; CV in the README)
WEB = True  # English web text's addresses, headings and short dates are no names (en_web)
NEWS = True  # English teams in results, places by their kind, lower-case brands and firms' forms (en_news)
PEOPLE = True  # English people in court, council and wire forms (en_people_forms, probe10)
SHORT_FORMS = True  # clubs' short forms and the platform X (en_short_forms, probe10)
KINDS = True  # rivers, streets, teams, firms named again, US states (news_after, probe11)
ORGS = True  # English places and people that a head word, a team or an employer shows are bodies (en_orgs)

def paragraph_starts(text: str, tokens: Tokens) -> frozenset[int]:
    """The tokens that open a paragraph after a blank line (a name never runs across one: a
    headline without a full stop followed by a paragraph that opens with a name)."""

    starts = tokens.starts
    found = {bisect_left(starts, m.end()) for m in _BLANK_LINE.finditer(text)}
    if SHORT_LINES and "\n" in text:  # and after a short line: an e-mail's header, a signature (name_lines)
        found.update(bisect_left(starts, at) for at in short_line_ends(text))
    return frozenset(found)


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
SHORT_LINES = True  # no name runs across the end of a header's or a signature's short line (probe9)


def model_names(
    tokens: Tokens, sentences: tuple[tuple[int, int], ...], breaks: frozenset[int] = frozenset(),
    language: str = "da", evidence: dict[tuple[int, int], tuple[float, ...]] | None = None,
) -> list[Span] | None:
    """Spans the trained tagger finds, or None when no weights are installed.

    Each run of capitalised tokens (with connectors between them) is tagged on its own: what the
    tagger, the capital rule and the typer decide for it depends only on the words up to two tokens
    either side (``typer.CONTEXT``) and on where sentences start, so identical runs are decided once.
    """

    model = load_model(language)
    if model is None:
        return None
    settings = SETTINGS[language]
    words = tokens.words
    starts = sentence_start_tokens(tokens, sentences)
    cands = where(words, _candidate)  # (``perceptron.candidates``, from the shared pass over the words)
    memo = model.run_memo
    vocab = model.vocab
    far = model.far_words
    far_lefts, far_rights = far.lefts, far.rights  # its answers so far, looked up here
    width = max(2, typer.CONTEXT)  # the words either side that the tagger and the typer read
    if len(memo) > 200_000 or model.token_scorer.size() > 400_000:
        model.clear()
    tags: dict[int, str] = {}
    scores: dict[int, tuple[float, ...]] = {}
    n = len(words)
    doc = _doc_table(model, words, starts, language)
    count = len(cands)
    m = 0
    while m < count:
        first = cands[m]
        last = first
        begin = m
        m += 1
        while m < count and cands[m] not in breaks and (cands[m] == last + 1 or (
            cands[m] == last + 2 and words[last + 1].lower() in CONNECTORS
        )):
            last = cands[m]
            m += 1
        if first == last and (first in starts or first and words[first - 1] in _BOTH_OPENERS) and (
            vocab.get(words[first].lower()) == "L"
        ):
            continue  # "Derfor", "Nu", "Her": an ordinary word opening a sentence (the tagger skips it)
        lo = first - width if first >= width else 0
        hi = last + width + 1
        inner = ((0,) if first in starts else ()) if first == last else _inner(starts, first, last)
        # The run's length is in the key too: at the end of the text a capitalised word after it
        # may open a paragraph of its own.
        if width == 2:  # a word two away that no weight reads is any such word (``FarWords``)
            before = after = None
            if first >= 2:
                before = far_lefts.get((words[lo], words[lo + 1])) or far.left(words[lo], words[lo + 1])
            if hi <= n:
                after = far_rights.get((words[hi - 2], words[hi - 1])) or far.right(words[hi - 2], words[hi - 1])
            key = (words[lo + (first >= 2):hi - (hi <= n)], before, after, first - lo, last - first, inner, hi >= n)
        else:
            key = (words[lo:hi], first - lo, last - first, inner, hi >= n)
        if doc is not None:  # the other mentions of the run's words decide too (en_doc)
            key = (key, en_doc.run_key(words, cands[begin:m], doc))
        found = memo.get(key)
        if found is None:
            found = memo[key] = _run_tags(model, words, cands[begin:m], inner, settings, doc)
        for k, tag in found[0]:
            tags[first + k] = tag
        for k, typed in found[1]:
            scores[first + k] = typed
    if settings.rules:
        # (each passed the candidates its rule can start at: the others it passes over at once)
        party_letters(tokens, tags, where(words, _party_letter))
        article_names(words, tags, starts, where(words, _ARTICLES.__contains__))
        genitive_apostrophes(tokens, tags)
        short_given_names(tokens, tags)
        untagged_people(tokens, tags, starts)  # CV 0.8254 both ways; a spokesman's name in news
        common_openers(words, tags, starts)  # "Regionen har ...": a noun, no name
        initial_stops(tokens, tags)  # "Inger P."
    if settings.patterns:
        for k in name_patterns(tokens, tags, breaks, language, vocab, settings.patterns):
            scores.pop(k, None)  # a type the patterns decide is not the typer's
    if DIGITS:
        for k in digit_names(tokens, tags):
            scores.pop(k, None)
    found = runs(tags)
    for i, (k, j, label) in enumerate(found):
        if j - k > 1 and words[j - 1] in CONNECTORS:  # "the NHS and HMRC": no name ends in "and" (stop 44)
            while j - k > 1 and words[j - 1] in CONNECTORS:
                j -= 1
            found[i] = (k, j, label)
    if evidence is not None:
        for k, j, _label in found:
            if k in scores:
                evidence[(tokens.starts[k], tokens.ends[j - 1])] = scores[k]
    starts, ends = tokens.starts, tokens.ends  # (``tags_to_spans``)
    return [(starts[k], ends[j - 1], label) for k, j, label in found]


_BEFORE_MONTH = frozenset("in on from since until till by before after last next this early late mid of during through to".split())


_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")  # "on 3 June", "the 21st March" (probe9)


def _month_of_time(text: str, span: Span) -> bool:
    """English: a month alone after a word of time ("from June", "by March", "early April") or a
    day ("3 June"), or before a day or year ("June 5", "March 2019") is a date, not a name."""
    s, e, _label = span
    if text[s:e] not in EN_MONTHS:
        return False
    before = text[max(0, s - 12):s].replace("-", " ").split()
    after = text[e:e + 3].lstrip(" ")
    return bool(before and (before[-1].lower() in _BEFORE_MONTH or _DAY.fullmatch(before[-1])) or after[:1].isdigit())


def _interview_label(text: str, span: Span) -> bool:
    """"Q:" / "A:" opening a line of an interview is a label, not a name."""
    s, e, _label = span
    return e - s == 1 and text[s] in "QA" and text[e:e + 1] in (":", ".") and (s == 0 or text[s - 1] == "\n")


def find_names(
    text: str, tokens: Tokens, sentences: tuple[tuple[int, int], ...], language: str,
    evidence: dict[tuple[int, int], tuple[float, ...]] | None = None,
) -> list[Span]:
    """PER/ORG/LOC/MISC spans of ``text`` (sorted, non-overlapping); ``evidence``, when given, gets
    the typer's PER/ORG/LOC scores of each name the tagger found, by its (start, end)."""
    breaks = paragraph_starts(text, tokens) if "\n" in text else frozenset()
    if language == "en":
        from reader.analysis.english import english_names

        if RECASE and (model := load_model("en")) is not None:
            tokens = recased(tokens, sentences, model.vocab)  # shouting and title case (en_case)

        opening = sentence_start_tokens(tokens, sentences)
        spans = model_names(tokens, sentences, breaks, "en", evidence) if EN_MODE != "rules" else None
        if spans is None:  # no English weights installed: the rules alone
            return english_names(tokens, opening, text)
        if EN_MODE in ("both", "rules first"):
            lone: set[tuple[int, int]] = set()  # lone words typed as pieces of other names (en_rule_types)
            ruled = english_names(tokens, opening, text, lone)
            if WEB:
                ruled = plain_rule_words(text, ruled, load_model("en").vocab)  # en_web
            if EN_MODE == "rules first":
                spans, ruled = ruled, spans
            if EN_COVER:
                # A rule's name that holds the tagger's names overlapping it wins ("Zentrix, Inc." over
                # "Inc.", "Larsen, Peter" over "Peter").
                stand = typer_stands(text, spans, typer_types_stand(spans, ruled, lone))  # namesen17, 18
                spans = _covered(spans, stand if EN_MODE == "both" else ruled)
            starts, reach = _reach(spans)
            alone = [r for r in ruled if not _overlaps(starts, reach, r)]  # names only the rules found
            if en_written_low19.ON:  # ... their words in lower case elsewhere (namesen19)
                alone = en_written_low19.written_low(text, alone, tokens.words)
            spans = sorted(spans + alone)
            if "org_words" in SETTINGS["en"].patterns:
                # The rules' names get the organisation pattern too ("Thames Valley Police").
                spans = [(s, e, "ORG") if text[s:e].rpartition(" ")[2].lower() in _ORG_LAST and " " in text[s:e]
                         else (s, e, label) for s, e, label in spans]
            spans = english_form_spans(tokens, spans, breaks, evidence)
        from reader.analysis.en_sets import PEOPLES

        # "the French", "Republicans": a people is no name (GUM CV typed F1 0.679 -> 0.682).
        spans = [x for x in spans if text[x[0]:x[1]].lower() not in PEOPLES]
        spans = [x for x in spans if not _month_of_time(text, x)]  # GUM CV 0.6816 -> 0.6821
        spans = [x for x in spans if not _interview_label(text, x)]  # CV the same
        spans = news_people(text, spans, load_model("en").vocab) if PEOPLE else spans  # en_people_forms
        spans = let_go(spans, org_types(text, spans), evidence) if ORGS else spans  # en_orgs (namesen6, 17)
        spans = not_names(text, spans)  # en_events: laws, holidays, festivals (docs/log/namesen8.md)
        spans = news_forms(text, spans, load_model("en").vocab) if NEWS else spans  # en_news (docs/log/probe9.md)
        spans = web_filter(text, spans, load_model("en").vocab) if WEB else spans  # en_web (docs/log/namesen5.md)
        spans = platform_x(text, club_short_forms(text, spans, evidence)) if SHORT_FORMS else spans  # en_short_forms
        spans = news_forms_after(text, spans, "en", evidence, load_model("en").vocab) if KINDS else spans  # (probe11)
        spans = en_parts22.of_the(text, spans)  # "the Senate of the United States": one name (namesen22)
        if en_role_openers18.ON:  # "Driver Lesley Okafor knows": the person after the job noun
            spans = en_role_openers18.role_openers(tokens, opening, spans, load_model("en").vocab)
        if en_titled20.ON:  # "said Councillor Alun Pritchard", "the sculptor Adebayo Ferris" (namesen20)
            spans = en_titled20.titled_people(text, tokens, spans, load_model("en").vocab)
        if en_again19.ON:  # a one-word name found once, found at its other lone mentions (namesen19)
            spans = en_again19.named_again(text, tokens, sentences, spans, load_model("en").vocab)
        if en_facilities27.ON:  # "the Humber Tide Museum" beside "the museum's director"
            spans = en_facilities27.facilities(text, spans)
        if en_products27.ON:  # "The tool, Lumberline, formats ...": a thing's name, no person
            spans = en_products27.products(text, spans)
        if en_person_of27.ON:  # "Ruth Bell of Stonegate Logistics": a person and a body
            spans = en_person_of27.person_of(text, spans)
        if en_body_roles29.ON:  # "Committee chairman Cllr X": no body "Committee" (probe29)
            spans = en_body_roles29.body_roles(text, spans)
        if en_bodies_on29.ON:  # "the Joint Committee on Vaccination and Immunisation": one name (probe29)
            spans = en_bodies_on29.bodies_on(text, spans)
        spans = names_forms30.english(text, spans)  # "Minister for Mineral Resources Naja X": the person (probe30)
        if acronyms30.ON:  # "the Office for Students (OfS)", later "OfS" (probe30)
            spans = acronyms30.short_forms(text, spans, "en")
        return name_breaks29.no_breaks(text, spans) if name_breaks29.ON else spans  # "ENDS\n\nMedia" (probe29)
    spans = model_names(tokens, sentences, breaks, "da", evidence)
    spans = platform_x(text, spans) if spans and SHORT_FORMS else spans or []  # "skriver politiet på X"
    spans = news_forms_after(text, spans, "da", evidence, load_model("da").vocab, tokens) if KINDS else spans  # (news_after)
    if da_acronyms18.ON:  # a lone unknown word in capitals: a body (namesda18)
        spans = da_acronyms18.lone_acronyms(tokens, spans, load_model("da").vocab)
    if da_pairs19.ON:  # "fra Tuborg og Lövenbräu": the word joined to a found name (namesda19)
        spans = da_pairs19.joined_partners(text, spans, load_model("da").vocab)
    if da_again18.ON:  # a one-word name found once, found at its other mentions (namesda18)
        spans = da_again18.named_again(text, tokens, sentences, spans, load_model("da").vocab)
    spans = da_trades18.trades(text, spans) if da_trades18.ON else spans  # "Petersen Auto": a firm
    spans = da_heads21.heads(text, spans, evidence) if da_heads21.ON else spans  # "Warner Brothers": a firm (namesda21)
    spans = da_teams21.teams(text, spans, evidence) if da_teams21.ON else spans  # "Viborg slog Silkeborg 3-1" (namesda21)
    spans = da_places22.places(text, spans, evidence) if da_places22.ON else spans  # "Amager Fælled": a place (namesda22)
    spans = da_places22.bodies(text, spans, evidence) if da_places22.BODIES else spans  # "Hovborg Kro": a body
    spans = da_letter_words29.letter_words(text, spans) if da_letter_words29.ON else spans  # "C-vitamin" (probe29)
    spans = da_suspended29.suspended(text, spans) if da_suspended29.ON else spans  # "Klima-, Energi- og ..." (probe29)
    spans = names_forms30.danish(text, spans)  # "Sund & Bælt": a body, not a place (probe30)
    spans = acronyms30.short_forms(text, spans, "da") if acronyms30.ON else spans  # "X Universitetshospital, OUH," (probe30)
    return name_breaks29.no_breaks(text, spans) if name_breaks29.ON else spans  # no name across a blank line

"""The whole analysis of one text: sentences, names, dates and numbers, quotes."""

from __future__ import annotations

import gc
from collections import Counter
from dataclasses import replace
import re
from typing import Sequence

from reader.analysis.canonical import canonical_names
from reader.analysis import en_orgs33
from reader.analysis.eras import with_eras
from reader.analysis import (
    body_heads44, contact_lines, da_forms23, da_heads43, names_forms31, names_forms32, names_forms33, en_body_cues43, en_plural_openers, holidays, joined_places43, en_possessive_bodies, en_regions, en_web28, forms22, forms23_en, forms24_da,
    forms24_en, forms27_da, forms27_en, forms28_da, forms28_en, known_places27, market_moves28, one_type21,
)
from reader.analysis.names import find_names
from reader.analysis.parties import with_parties
from reader.analysis.money import CODES
from reader.analysis.numbers import find_dates_numbers
from reader.analysis.perceptron import load_model
from reader.analysis.quotes import find_quotes
from reader.analysis.sentences import split_sentences
from reader.analysis.title_opening import opening_words
from reader.analysis.tokens import tokenize
from reader.analysis.word_sets import release
from reader.language import detect_language
from reader.model import Analysis, Entity, EntityCorrection, EntityLabel

Span = tuple[int, int, str]
_NAME_LABELS = ("PER", "ORG", "LOC", "MISC")
_LABEL = {label.value: label for label in EntityLabel}
_WORD = re.compile(r"[^\W\d_]+")


def analyze(
    text: str, language: str | None = None, corrections: Sequence[EntityCorrection] = (), title: str = ""
) -> Analysis:
    """Sentences, entities and quotes of ``text``.

    The cyclic garbage collector is paused meanwhile (and resumed after, if it was running): all
    the analysis builds is acyclic and freed by reference counting, but the tens of thousands of
    objects a long text yields made it walk the whole heap again and again (a fifth of the time).
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        if language in (None, "", "auto"):
            language = detect_language(f"{title}\n\n{text}" if title else text)
        if title and title.strip() and "\n" not in title and not _title_case(title):
            return _with_title(title, text, language, corrections)
        result = _analyze(text, language, corrections)
        return replace(result, title=title.strip()) if title and title.strip() else result
    finally:
        if paused:
            _to_old_generation()
            gc.enable()


def _to_old_generation() -> None:
    """Move every object the collector tracks to its oldest generation (``gc.freeze`` then
    ``gc.unfreeze``: two list splices), unless objects are frozen already (the store's tables,
    ``store.jsonio.settle``, must stay frozen). Without this, the first young collection after the
    pause (at the caller's next allocation) scanned everything a cold analysis had built and kept:
    60-210 ms after a MB of news (docs/log/speed12.md). Reference counting frees it all the same."""
    if not gc.get_freeze_count():
        gc.freeze()
        gc.unfreeze()


def _analyze(text: str, language: str | None, corrections: Sequence[EntityCorrection]) -> Analysis:
    """The analysis itself (see ``analyze``)."""
    if language in (None, "", "auto"):
        language = detect_language(text)
    language = "da" if language == "da" else "en"
    model = load_model(language)  # (the same object at every pass of one text: looked up once)
    sentences = split_sentences(text)
    tokens = tokenize(text, language)
    evidence: dict[tuple[int, int], tuple[float, ...]] = {}
    names = find_names(text, tokens, sentences, language, evidence)
    names = one_type21.one_type(text, names, language, evidence) if one_type21.ON else names  # (names21)
    if forms22.ON:  # the forms of the ninth blind probe (probe22)
        names = forms22.forms22(text, names, language, tokens, sentences, model.vocab if model else None)
        if language == "da" and da_forms23.ON:  # streets, inns, firms, numbered names (namesda23)
            names = da_forms23.forms(text, names, tokens, evidence, model.vocab if model else None)
    if forms23_en.ON and language == "en":  # particles, foreign streets, "Isle of X", operators (namesen23)
        names = forms23_en.english_forms(text, names, model.vocab if model else {})
    if language == "en" and forms24_en.ON:  # parties, firms after firm words (probefix23)
        names = forms24_en.forms(text, names)
    if language == "en" and forms27_en.ON:  # initials, people after a person noun, "X le Y" (probe27)
        names = forms27_en.forms(text, names, tokens, model.vocab if model else {})
    if language == "en" and forms28_en.ON:  # "Conservative X", "BBC Radio 3", "a man from X" (probe28)
        names = forms28_en.forms(text, names, model.vocab if model else {})
    if language == "en" and en_web28.ON:  # months by a day, shops after buying, role lines (web28)
        names = en_web28.forms(text, names, model.vocab if model else {})
    if language == "da" and forms24_da.ON:  # known bodies opening a sentence, towns' clubs (probefix23)
        names = forms24_da.forms(text, names, tokens)
    if language == "da" and forms27_da.ON:  # people after roles, "Museum X" (probe27)
        names = forms27_da.forms(text, names, tokens, model.vocab if model else {})
    if language == "da" and forms28_da.ON:  # "X Y Z (S)" a person, "Radikale Venstres" (probe28)
        names = forms28_da.forms(text, names, model.vocab if model else {})
    if market_moves28.ON:  # "Persimmon rose 1.9%", "Zealand Pharma faldt 4,6 procent" (probe28)
        names = market_moves28.firms(text, names, language, model.vocab if model else {})
    if known_places27.ON:  # "i Hvide Sande", "the English Channel": known places of ordinary words (probe27)
        names = known_places27.places(names, tokens)
    if language == "en" and en_plural_openers.ON:  # "Islanders have complained": no person (stop 42)
        names = en_plural_openers.plural_openers(text, names)
    if language == "en" and en_regions.ON:  # "Atlantic Canada", "Western Australia": places (stop 42)
        names = en_regions.regions(text, names)
    if language == "en" and en_possessive_bodies.ON:  # "the Royal Women's Hospital": one body (stop 42)
        names = en_possessive_bodies.bodies(text, names)
    names = holidays.without_days(text, names, language)  # "New Year's Day", "Grundlovsdag" (stop 43)
    names = joined_places43.joined_places(text, names, evidence)  # "Mallorca og Gran Canaria" (stop 43)
    if language == "en" and en_body_cues43.ON:  # "A spokesperson for Severn Trent": a body (stop 43)
        names = en_body_cues43.body_cues(text, names, evidence)
        names = en_body_cues43.departments(text, en_body_cues43.sites(text, names, evidence))
    if body_heads44.ON:  # "Healthwatch Kent said": a body with its region (stop 44)
        names = body_heads44.body_heads(text, names, language, evidence)
    if contact_lines.ON and ":" in text:  # "Media contact: Carys Welland, 07700 ..." (stop 43)
        names = contact_lines.contact_people(text, names, model.vocab if model else {})
    if language == "da" and da_heads43.ON:  # "Også Bornholmslinjen melder" (stop 43)
        names = da_heads43.heads(text, names, model.vocab if model else {})
    if names_forms31.ON:  # "Det Con X", "An RSPCA spokesperson", score lines, "advokat X", "E45" (probe31)
        names = (names_forms31.english if language == "en" else names_forms31.danish)(text, names, evidence)
    if names_forms32.ON:  # tickers, analysts' firms, "Prof X of Y", "hos Bank X Y", journals (probe32)
        names = (names_forms32.english if language == "en" else names_forms32.danish)(text, names, evidence)
    if language == "en" and en_orgs33.ON:  # "Vice President Ford": a person, no body (namesen33)
        vocab = model.vocab if model else {}
        names = en_orgs33.nation_bodies(text, en_orgs33.split_joined(text, en_orgs33.persons(text, names, evidence), vocab), vocab)
    if names_forms33.ON:  # "Cllrs X", "X Ltd of Y", "Brdr. X", "Color Line", "kusk X Y" (probe33)
        names = (names_forms33.english if language == "en" else names_forms33.danish)(text, names, evidence)
    forced, removed = _corrections(text, corrections) if corrections else ([], set())
    if forced:
        names = merge(forced, names)
    if removed:
        names = [span for span in names if text[span[0]:span[1]] not in removed]
    names = [span for span in names if span[2] in _NAME_LABELS]
    canon, labels = canonical_names(text, names, language, evidence)
    if forced:
        fixed = {(s, e) for s, e, _ in forced}
        labels = [label if (s, e) in fixed else labels[k] for k, (s, e, label) in enumerate(names)]
    label_of = _LABEL
    entities = [
        Entity(s, e, text[s:e], label_of[labels[k]], canon[k]) for k, (s, e, _label) in enumerate(names)
    ]
    numbers = with_eras(text, language, find_dates_numbers(text, language, tokens))  # "the 1990s"
    release()  # (the word index the name rules and the date scan shared: not kept after the text)
    if removed:
        numbers = [span for span in numbers if text[span[0]:span[1]] not in removed]
    if any(e.text in CODES or e.text == "US" for e in entities):  # "DKK 1.200", "US$5": the amount's, no body
        entities = [e for e in entities if e.text not in CODES and e.text != "US" or not any(
            s <= e.start and e.end <= t for s, t, _ in numbers)]  # ("US$5" lost its amount: attack28)
    taken = merge([(e.start, e.end, "X") for e in entities], numbers)
    final: list[Entity] = []
    k = 0
    for s, e, label in taken:
        if label == "X":
            final.append(entities[k])
            k += 1
        else:
            piece = text[s:e]
            final.append(Entity(s, e, piece, _LABEL[label], piece))
    final = dates_grouped(final)
    quotes = with_parties(text, entities, find_quotes(text, language, list(entities)))  # "X (S)"
    return Analysis(text, language, sentences, tuple(final), quotes)


def dates_grouped(entities: list[Entity]) -> list[Entity]:
    """The dates of one text written alike but for case share one canonical form, so a panel or
    report lists "i dag" once, not "I dag" (a sentence's start) and "i dag" apart (review26): the
    form written most often, a lower-case start winning a tie."""
    forms: dict[str, Counter[str]] = {}
    for entity in entities:
        if entity.label is EntityLabel.DATE:
            forms.setdefault(entity.text.casefold(), Counter())[entity.text] += 1
    if all(len(written) == 1 for written in forms.values()):
        return entities
    best = {key: max(written, key=lambda form: (written[form], not form[:1].isupper(), form))
            for key, written in forms.items() if len(written) > 1}
    return [replace(e, canonical=best[key]) if e.label is EntityLabel.DATE and (key := e.text.casefold()) in best
            else e for e in entities]


_PEOPLE_ORG_PLACE = frozenset((EntityLabel.PER, EntityLabel.ORG, EntityLabel.LOC))


def _title_case(title: str) -> bool:
    """True for a headline in Title Case or capitals, where capitals say nothing about names."""
    if title.isupper():
        return True
    words = [w for w in _WORD.findall(title)[1:] if len(w) > 3]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _with_title(title: str, text: str, language: str, corrections: Sequence[EntityCorrection]) -> Analysis:
    """The analysis of the headline and the body read as one text (a name in the headline is
    typed and grouped with its mentions below), split back: body offsets index into ``text``."""
    head = title.strip()
    # A full stop ends the headline for the tagger and the typer: else the body's first name is
    # read with the headline's last words before it ("... for a food bank" + "Marta Kowalczyk ran"
    # made her an organisation; attack19). English only: in Danish one name was won and one lost.
    stop = language == "en" and head[-1] not in ".!?:;»«\"”“'’)"
    joint = head + (".\n\n" if stop else "\n\n")
    shift = len(joint)
    whole = _analyze(joint + text, language, corrections)
    body = [e for e in whole.entities if e.start >= shift]
    in_title = _named_again(head, opening_words([e for e in whole.entities if e.end <= len(head)], body, language),
                            body)
    entities = tuple(
        Entity(e.start - shift, e.end - shift, e.text, e.label, e.canonical)
        for e in whole.entities if e.start >= shift
    )
    quotes = []
    for q in whole.quotes:
        if q.start < shift:
            continue
        named_here = q.speaker_start is not None and q.speaker_start >= shift
        quotes.append(replace(
            q, start=q.start - shift, end=q.end - shift,
            speaker_start=q.speaker_start - shift if named_here else None,
            speaker_end=q.speaker_end - shift if named_here and q.speaker_end is not None else None,
        ))
    sentences = tuple((s - shift, e - shift) for s, e in whole.sentences if s >= shift)
    return Analysis(text, language, sentences, entities, tuple(quotes), head, in_title)


def _named_again(head: str, found: list[Entity], body: list[Entity]) -> tuple[Entity, ...]:
    """The headline's names, with those the body names that the headline writes the same way but
    the tagger passed over there ("Brand i lagerhal: Vestmøns Brandvæsen kæmpede hele natten":
    after a colon, a capital says nothing)."""
    names = {e.text: e for e in body if e.label in _PEOPLE_ORG_PLACE and (" " in e.text or len(e.text) >= 4)}
    for e in list(names.values()):  # the body's "HULL, England —" names the headline's "Hull"
        if " " in e.canonical or len(e.canonical) >= 4:
            names.setdefault(e.canonical, e)
    for name in sorted(names, key=len, reverse=True):
        for match in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", head):
            if not any(e.start < match.end() and match.start() < e.end for e in found):
                other = names[name]
                found.append(Entity(match.start(), match.end(), name, other.label, other.canonical))
    return tuple(sorted(found, key=lambda e: e.start))


def _corrections(text: str, corrections: Sequence[EntityCorrection]) -> tuple[list[Span], set[str]]:
    """Spans forced by the personal gazetteer, and the names it removes."""
    forced: list[Span] = []
    removed: set[str] = set()
    for item in corrections:
        if not item.text.strip():
            continue
        if item.label is None:
            removed.add(item.text)
            continue
        label = EntityLabel(item.label).value
        pattern = re.compile(r"(?<!\w)" + re.escape(item.text) + r"(?!\w)")
        forced.extend((m.start(), m.end(), label) for m in pattern.finditer(text))
    # Longer corrections win over shorter ones they contain.
    return merge([], sorted(forced, key=lambda x: x[0] - x[1])), removed


def merge(first: list[Span], second: list[Span]) -> list[Span]:
    """Spans of ``first`` (non-overlapping) plus those of ``second`` that overlap none kept, sorted."""
    kept = sorted(first)
    count = len(kept)
    out: list[Span] = []
    k = 0
    last_end = -1
    for span in sorted(second):
        while k < count and kept[k][0] < span[1]:
            if kept[k][1] <= span[0]:
                out.append(kept[k])
                if kept[k][1] > last_end:
                    last_end = kept[k][1]
                k += 1
            else:
                break
        if span[0] < last_end or (k < count and kept[k][0] < span[1]):
            continue
        out.append(span)
        last_end = span[1]
    out.extend(kept[k:])
    return sorted(out)

"""The speaker of a quotation from its own sentence before it: "X er ikke i tvivl:", "Hume argues
that", "ifølge X er sagen", "the famous quote by Thomas Edison:", "said X,"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reader.analysis.acronyms30 import short_after
from reader.analysis.descriptions import is_person_noun, subject_description
from reader.analysis.en_quote_cues import after_preposition, chained_subject, medium_after, put_it_before
from reader.analysis.quote_genres32 import followed_authors, in_words, reply_from
from reader.analysis.quote_genres33 import counsel_before, provision_before, words_of
from reader.analysis.quote_genres23 import example_subject, framed_thinker, imperative, subordinate_pronoun
from reader.analysis.quote_described_near import document_before
from reader.analysis.quote_da_ddt import GENITIVE_ARTICLE, OPENER, document_lead, own_words
from reader.analysis.quote_clauses import APPOSITION, first_subject, person_in_clause, relative_subject
from reader.analysis.quote_cues import AS, FIRST_PERSON, OF_ORG, QUOTATIVE, heard_speaker
from reader.analysis.people import Speaker
from reader.analysis.speaker_inversion import (
    NAMING, OBJECT_ONLY, OWN_VERB, after_subject, fronted_description, joined_subject, reported_subject, subject_before,
)
from reader.analysis.speakers import phrase

if TYPE_CHECKING:
    from reader.analysis.attribution import Context

_ADVERBS = frozenset(
    "himself herself themselves also then later again still further once always often never just selv også senere igen"
    " has have had will would is was were been"  # "The council has promised to"
    .split()
)
# Verbs whose object is the one told, never the speaker: "Diane Abbott told Sky News:".
_TELL = frozenset("told tell tells telling informed informs assured assures warned warns urged urges reminded reminds"
                  " emailed emails texted texts messaged messages".split())  # "X emailed the surveyor, Y:" (quotes33)
_ON = re.compile(r"\s(?:på|on|til)\s+(?:[^\W\d_]+(?:s|'s|’s)\s+)?$")  # a medium or the one told after the verb: "skriver hun på Facebook:", "til Reuters:"
# (the comma closing an apposition after it too: "One of them, a retired nurse from Penryn, said": probefix23)
_FROM_PLACE = re.compile(r"\s+(?:from|in)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,?")
_PASSIVE = re.compile(r"\b(?:been|was|were|is|are|be|being|blev|bliver)\s+(?:(?:once|also|often|later|\w+ly)\s+)?$")


_WHO_CLAUSE = re.compile(r",\s+who\s[^,]{1,60},$")  # a relative clause between a subject and its verb
_SOUNDS_LIKE = re.compile(r"(?:lyder|lød)\s+(?:[a-zæøå]+\s+)?som\b")


def speaker_before(ctx: Context, start: int, end: int) -> Speaker | None:
    """The speaker of a quotation from its own sentence before it: "X er ikke i tvivl:",
    "Hume argues that", "ifølge X er sagen", "the famous quote by Thomas Edison:", "said X,"."""
    text = ctx.text
    lead = text[start:end]
    thinker = framed_thinker(text, start, end) if ctx.language == "en" else None
    example = example_subject(text, start, end, ctx.before) if ctx.language == "en" and thinker is None else None
    if thinker is not None or example is not None and ctx.people.person_in(*example):
        # "For Mendel, a walk is "...""; "Others, such as Moreno (2013), argue that" (quotesen23)
        found = phrase(text, *(thinker or example), ctx.people, ctx.language)
        if found is not None and found.kind == "name":
            return found
    provision = (provision_before(text, start, end) or counsel_before(text, start, end)) if ctx.language == "en" else None
    if provision is not None:  # "Section 14-202 provides that an owner "..."", "Clause 9.2 reads:", "counsel for X argued" (quotes33)
        return Speaker(provision[0], provision[1], "description")
    owner = words_of(text, start, end) if ctx.language == "en" else None
    if owner is not None:  # "the words of my late husband, who sat on this council ...:" (quotes33)
        found = phrase(text, *owner, ctx.people, ctx.language)
        if found is not None and (found.kind == "name" or found.kind == "description" and is_person_noun(text[found.start:found.end].split()[-1])):
            return found
    followed = followed_authors(text, start, end) if ctx.language == "en" else None
    if followed is not None:  # "Following Ruiz and Coleman (2016), we treat attachment as "..."" (quotes32)
        found = phrase(text, *followed, ctx.people, ctx.language)
        if found is not None and found.kind == "name":
            return found
    owner = in_words(text, start, end) if ctx.language == "en" else None
    if owner is not None:  # "In their words, "..."" (quotes32)
        if text[owner[0]:owner[1]] in ("his", "her", "their"):
            return Speaker(owner[0], owner[1], "pronoun")
        found = phrase(text, *owner, ctx.people, ctx.language)
        if found is not None and found.kind in ("name", "pronoun"):
            return found
    replied = reply_from(text, start, end) if ctx.language == "en" else None
    if replied is not None:  # "Response from the owner, 14 October:" (quotes32)
        found = phrase(text, *replied, ctx.people, ctx.language)
        if found is not None and found.kind in ("name", "description"):
            return found
    document = document_before(text, start, end) if ctx.language == "da" else None
    if document is not None:  # "I rapporten står der, at »...«" (quotes14)
        return Speaker(document[0], document[1], "description")
    if ctx.language == "da" and own_words(text, start, end):  # "Han er, med egne ord, »...«" (quotesda28)
        person = ctx.people.person_in(start, end)
        first = re.match(r"\s*[^\s,]+", text[start:end])
        head = (person.start, person.end) if person is not None and not text[start:person.start].strip() else (
            (start, start + first.end()) if first else None
        )  # the sentence's subject: a name, a pronoun or a definite noun opening it
        subject = phrase(text, head[0], head[1], ctx.people, "da") if head is not None else None
        if subject is not None and subject.kind in ("name", "pronoun", "description"):
            return subject
    written = document_lead(text, start, end) if ctx.language == "da" else None
    if written is not None:  # "I beretningen fra Rigsrevisionen hedder det, at ministeriet »...«" (quotesda28)
        issuer = phrase(text, *written[1], ctx.people, ctx.language) if written[1] is not None else None
        return issuer if issuer is not None and issuer.kind != "pronoun" else Speaker(*written[0], "description")
    according = None
    for according in ctx.according.finditer(text, start, end):
        pass
    if according is not None and not OWN_VERB.search(text, according.end(), end):
        # (not "According to the FT, Oliver Tremlett told colleagues that ...": the verb's subject; probe10)
        speaker = ctx.language == "da" and reported_subject(text, start, according, end, ctx.people) or phrase(text, according.end(), end, ctx.people, ctx.language)
        if speaker is not None and speaker.kind != "pronoun":
            return speaker
    found = heard_speaker(text, start, end, ctx.people) if ctx.language == "en" else None
    if found is not None:
        return found
    found = put_it_before(text, start, end, ctx.people, ctx.language)  # "As Lee so aptly put it,"
    if found is not None:
        return found
    quoting = QUOTATIVE.search(text, max(start, end - 40), end) if ctx.language == "en" else None
    if quoting is not None:
        # Speech as people talk: "And she was like, "...", "So he goes, "...".
        first = FIRST_PERSON.search(text, max(start, quoting.start() - 20), quoting.start() + 1)
        if first is not None:
            return Speaker(first.start(1), first.end(1), "pronoun")
        return person_in_clause(ctx, start, quoting.start())
    verb = None
    for match in ctx.partial.finditer(text, start, end):
        if match.group(1) and _SOUNDS_LIKE.match(text, match.start(1)):
            continue  # "Slutningen lyder næsten som »…«": sounds like, no reporting verb (quotesda23)
        if verb is not None and verb.group(1) and match.group(1) and _PASSIVE.search(
            text, max(start, match.start() - 12), match.start()
        ) and not re.search(r"\b(?:by|af)\s", text[match.end():end]):
            continue  # 'said it had been told about the breach and was "..."': the speaker is the first verb's
        if match.group(1) or verb is None or not verb.group(1):
            verb = match  # the reporting verb wins over a later bare "at"/"that"
    stripped = lead.rstrip()
    if verb is None and not stripped.endswith(":"):
        return None
    cut = verb.start() if verb is not None else start + len(stripped)
    if verb is not None and _PASSIVE.search(text, max(start, cut - 12), cut):
        # "has been described as", "blev kaldt": only an agent after the verb names the speaker.
        agent = re.search(r"\b(?:by|af)\s+", text[verb.end():end])
        if agent is None:
            return None
        at = verb.end() + agent.end()
        close = re.search(r"\s+(?:as|som)\s*$", text[at:end])  # "described by the Ramblers Association as"
        found = phrase(text, at, at + close.start() if close else end, ctx.people, ctx.language)
        person = found is not None and found.kind == "description" and is_person_noun(text[found.start:found.end].split()[-1])
        return found if found is not None and (found.kind == "name" or person) else None  # "by her son as"
    if verb is not None and verb.group(1) and verb.group(1).lower() not in _TELL:
        inverted = phrase(text, verb.end(), end, ctx.people, ctx.language)
        if inverted is not None and inverted.kind in ("name", "pronoun") and text[inverted.start:inverted.end] != "it" and re.match(
            r"\s*(?:[:,]\s*$|,?\s*(?:at|that)\s)", text[after_subject(text, inverted.end, end, ctx.language):end]
        ) and not (ctx.language == "en" and subject_before(text, start, verb.start(), ctx.people)) and not _ON.search(text, verb.end(), inverted.start):
            return inverted  # "said Finch:", "I sin beretning sagde han, at ... »..."; not "skriver på Facebook:" (probe13)
        if inverted is not None and inverted.kind in ("name", "pronoun") and verb.group(1).lower() in NAMING and (
            OBJECT_ONLY.fullmatch(text, inverted.end, end)
        ) and not (ctx.language == "da" and GENITIVE_ARTICLE.match(text, inverted.start, end)):
            return inverted  # "I sin forklaring kaldte han sagen »...«" (probe10)
        if inverted is not None and inverted.kind == "description" and ctx.language == "da" and fronted_description(text, start, verb.start(), inverted.end, end):
            return inverted  # "På Facebook skriver en skuffet bruger, at »...«" (quotesda18)
    first = FIRST_PERSON.search(text, max(start, cut - 20), cut) if verb is not None and verb.group(1) else None
    if first is not None:
        return Speaker(first.start(1), first.end(1), "pronoun")  # "and then I said, "...": the writer, or who gives the speech
    after_clause = subordinate_pronoun(text, start, cut) if verb is not None and verb.group(1) and ctx.language == "en" else None
    if after_clause is not None:  # "When Mrs Pargeter asked why ..., he said:" (quotesen23)
        return Speaker(after_clause[0], after_clause[1], "pronoun")
    found = (relative_subject(ctx, start, cut) if verb is not None and ctx.language == "en" else None) or person_in_clause(ctx, start, cut)
    if found is None and verb is not None and verb.group(1):
        # The subject right before the verb: "In Lavan, the Court stated", "His mother wrote,".
        clause = max([start] + [k + 2 for k in (text.rfind(", ", start, cut), text.rfind("; ", start, cut)) if k >= 0])
        if not text[clause:cut].strip():
            clause = start  # "The owners, Hull Port Holdings, said": the subject before its apposition
        clause += AS.match(text, clause, cut).end() - clause if AS.match(text, clause, cut) else 0  # "As the union writes,"
        opener = OPENER.match(text, clause, cut) if ctx.language == "da" and "," not in text[clause:cut] else None
        clause = opener.end() if opener is not None else clause  # "Når ministeren siger, at", "Som min lærer sagde:" (quotesda28)
        joined = joined_subject(text, start, clause, cut, ctx.people) if ctx.language == "da" else None
        if joined is not None:  # "KL erkender problemet, men mener, at »...«" (quotesda18)
            return Speaker(joined[0], joined[1], "name", joined[2])
        region_end = clause + len(text[clause:cut].rstrip())
        who = _WHO_CLAUSE.search(text, clause, region_end) if ctx.language == "en" and clause == start else None
        if who is not None and who.start() > clause and "," not in text[clause:who.start()]:
            region_end = who.start()  # "The woman on the checkout, who I swear knew me, said," (quotes32)
        subject = phrase(text, clause, region_end, ctx.people, ctx.language)
        if ctx.language == "en" and imperative(text[clause:region_end], verb.group(1)):
            return None  # a guide's 'Then say, "..."', 'Never say "..."': the reader, no one named (quotesen23)
        relative = re.search(r"\b(?:a|an|the|en|et|den|det)\s+[^,;:]{1,40}?(?=\s+(?:who|which|that|der|som)\s*$)", text[clause:region_end])
        if relative is not None:
            # "the letter from a lady which said,": the noun phrase before the relative pronoun.
            last = None
            for last in re.finditer(r"\b(?:a|an|the|en|et|den|det)\s", text[clause + relative.start():clause + relative.end()]):
                pass
            at = clause + relative.start() + (last.start() if last else 0)
            described = phrase(text, at, clause + relative.end(), ctx.people, ctx.language)
            if described is not None and described.kind in ("description", "name"):
                return described
        named = ctx.people.org_at(subject.end + 1) if subject is not None and (subject.kind == "description" or (
            subject.kind == "name" and ctx.language == "da" and subject.start == clause and text[subject.end - 2:subject.end] in ("et", "en")
            and ctx.people.org_at(subject.start) is None and ctx.people.person_in(subject.start, subject.end) is None
        )) else None  # ("Fagforbundet 3F mener, at ... »...«": a kind word opening the sentence, not found as a name; lead, stop 42)
        if named is not None and text[subject.end:named.start] == " " and named.end == region_end:
            return Speaker(named.start, named.end, "name", named.canonical)  # "The charity Friends of X called"
        rest = re.sub(r"\bused\s+to\b", "", text[subject.end:region_end]).split() if subject is not None else []  # "My mother used to tell me,"
        if subject is not None and subject.kind == "name" and short_after(text, subject.end, region_end):
            rest = []  # "The Office for Students (OfS) said it was" (probe30)
        if subject is not None and re.fullmatch(r",[^,]{1,60},", text[subject.end:region_end].strip()):
            rest = []
            named = APPOSITION.fullmatch(text, subject.end, region_end) if subject.kind == "description" else None
            if named is not None:  # "The train operator, Pennine Link, said": the name, the description its role
                role = re.sub(r"^(?:the|a|an|its|their)\s+", "", text[subject.start:subject.end], flags=re.IGNORECASE)
                return Speaker(named.start(1), named.end(1), "name", named.group(1), role)
        of = OF_ORG.fullmatch(text, subject.end, region_end) if subject is not None and subject.kind == "name" else None
        if of is not None:  # "Professor Ann Lee of Leeds University said:"
            rest = []
            subject.affiliation = subject.affiliation or of.group(1)
        elif subject is not None and subject.kind == "description" and (
            _FROM_PLACE.fullmatch(text, subject.end, region_end) or medium_after(text, subject.end, region_end)
        ):
            rest = []  # "A user from Bristol wrote that she had", "The tenants in their letter stated"
        if subject is not None and subject.kind in ("description", "name", "pronoun") and len(rest) <= 2 and all(
            w.lower() in _ADVERBS or w.endswith("ly") for w in rest
        ) and not re.search(r"[»«“”\"!?]", text[subject.start:subject.end]):
            return subject  # "Galois himself famously exclaimed:"
        tail = re.search(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Dd]en|[Dd]et|[Ee]n|[Ee]t)\s+(?:(?!(?:the|an?|his|her|their|my|den|det|en|et)\s)[\w-]+\s+){0,2}[\w-]+$", text[clause:region_end])
        if tail is not None and subject is not None and subject.kind == "description" and ctx.language == "en" and re.fullmatch(
            r"\s+(?:of|for)\s+", text[subject.end:clause + tail.start()]
        ) and is_person_noun(text[subject.start:subject.end].split()[-1]):
            return subject  # "A friend of the former manager said": the friend, not the manager (quotesen22)
        if tail is not None and verb.group(1).lower() in ctx.verbs and not after_preposition(text, clause, clause + tail.start()):
            # "To me the doctor says", "After the vote the mayor said": the noun phrase at the verb.
            described = phrase(text, clause + tail.start(), region_end, ctx.people, ctx.language)
            if described is not None and described.kind == "description" and described.end == region_end:
                return described
        joined = subject_description(text, clause, cut) if re.search(r"\sand\s*$", text[clause:cut]) else None
        joined = joined or (chained_subject(text, start, cut, ctx.people) if ctx.language == "en" else None)
        if joined is not None:
            # "The nurse cleans the cut and says,": the subject of the first of two joined verbs.
            described = phrase(text, joined[0], joined[1], ctx.people, ctx.language)
            if described is not None and described.kind == "description":
                return described
        opener = re.match(r"(?:But|And|So|Yet|Then)\s+", text[clause:cut])
        joined = subject_description(text, clause + (opener.end() if opener else 0), cut) if (
            verb.group(1).lower().endswith("ing") and text[clause:cut].rstrip().endswith(",")
        ) else None
        if joined is not None:
            # "The guards waved him on, saying,": the subject of the clause the participle hangs on.
            described = phrase(text, joined[0], joined[1], ctx.people, ctx.language)
            if described is not None and described.kind == "description":
                return described
    if found is None and verb is not None and ctx.language == "en":
        found = first_subject(ctx, start, verb.end())
    if found is None and ctx.language == "en" and stripped.endswith(":"):
        span = subject_description(text, start, end)
        described = phrase(text, span[0], span[1], ctx.people, ctx.language) if span is not None else None
        if described is not None and described.kind == "description":
            return described  # "A younger man was less sentimental:" (quotes32)
    return found

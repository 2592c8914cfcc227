"""Unattributed lower-case phrases that are still quoted wording (quotesf22, issue 15): the
reporting verb is there, but its subject is no person the finder knows ("Earlier work claimed
that readers "skip function words"", "Early reviewers described the novel as "a long walk"").
Such a phrase is kept as a quote (the speaker left to the resolver) instead of being read as a
scare quote. And a quotation filling a bracket is speech, not a cited headline, when it speaks in the
first or second person or follows a noun of saying ("Her answer ('I have no idea') did not ...").
A short quotation right after the name of a kind of work is its title ('In his essay "On Liberty,"
Mill argues'), even when a reporting verb follows."""

from __future__ import annotations

import re

# "claimed that readers "...", "argues that the law is "..."": a reporting verb, "that", and a
# short stretch of the same clause before the mark.
_THAT = r"\s+that\s+[^.!?;:\"“”‘’()\n]{0,60}$"
# 'described the novel as "..."', 'called it "..."', 'dismissed the plan as "..."'
_AS = re.compile(
    r"\b(?:describ(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|characteri[sz](?:e|es|ed|ing)|branded|labelled|labeled)"
    r"\s+[^.!?;:\"“”‘’()\n]{1,40}?\s+as\s*$"
    r"|\b(?:prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|derid(?:e|es|ed|ing)|attack(?:s|ed|ing)?)"
    r"\s+[^.!?;:\"“”‘’()\n]{1,40}?\s+as\s*$"  # 'praised the mills as "..."' (quotes33)
    r"|\baccus(?:e|es|ed|ing)\s+[^.!?;:\"“”‘’()\n]{1,40}?\s+of\s*$"  # 'accused reformers of "..."' (quotes33)
    r"|\bcall(?:s|ed|ing)?\s+(?:it|them|this|that|him|her)\s*$",
    re.IGNORECASE,
)


# Verbs of judging that report wording as well ("The court found that the contract was "..."").
_JUDGED = r"found|finds|held|holds|concluded|concludes|decided|decides|agreed|agrees|believed|believes|thought|thinks|felt|feels"
# "spoke of "...", "wrote about "..."".
_OF = re.compile(r"\b(?:sp[eo]ak(?:s|ing)?|spoke|spoken|wr[io]t(?:e|es|ing|ten))\s+(?:of|about)\s*$", re.IGNORECASE)
# 'wrote in to say the episode was "...": a reporting verb, a short subject, a copula.
_COPULA = r"\s+(?:[^.!?;:\"“”‘’()\n,]{1,50}\s)?(?:is|was|were|are|had\s+been|has\s+been|would\s+be|will\s+be)\s*$"


# Spoken quotative "like" and "goes" (podcasts, conversation): "I'm like, "what?"", "my dad's like "no"".
_QUOTATIVE = re.compile(
    r"(?:['’](?:s|m|re)|\b(?:is|was|were|are|am|be|been|being))\s+(?:just\s+|totally\s+|all\s+)?like\s*,?\s*$"
    r"|\b(?:he|she|they|I|we|you|[A-Z][a-z]+)\s+(?:goes|went)\s*,?\s*$"
)


def reported_phrase(text: str, s: int, before: int, verbs: str) -> bool:
    """Whether the phrase whose opening mark stands at ``before`` (paragraph start ``s``) follows a
    reporting verb of ``verbs`` (a pattern) or a verb of judging and "that" in its own clause, a
    reporting verb, a short subject and a copula ("to say the episode was"), a verb of calling
    ("called it", "described X as"), "spoke/wrote of", or a spoken "I'm like," / "he goes"."""
    lead = text[max(s, before - 100):before]
    return bool(
        re.search(rf"\b(?:{verbs}|{_JUDGED}){_THAT}", lead) or re.search(rf"\b(?:{verbs}){_COPULA}", lead)
        or _AS.search(lead) or _OF.search(lead) or _QUOTATIVE.search(lead)
    )


_SPOKEN_NOUN = re.compile(
    r"\b(?:answer|reply|response|words|message|note|comment|remark|retort|plea|warning|advice|motto|question|promise|verdict|excuse)s?"
    r"\s*\($",
    re.IGNORECASE,
)
_PERSONAL = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|we|us|our|you|your)\b")


def spoken_in_brackets(text: str, before: int, inner: str) -> bool:
    """Whether a quotation opening right after "(" at ``before`` is speech rather than a cited
    title: its words speak in the first or second person, or a noun of saying stands before the
    bracket."""
    return bool(_PERSONAL.search(inner) or _SPOKEN_NOUN.search(text, max(0, before - 30), before))


_WORK = re.compile(
    r"\b(?:essay|book|novel|poem|article|paper|song|album|film|movie|play|story|chapter|lecture|column|"
    r"painting|series|episode|podcast|pamphlet|treatise|sermon|hymn|opera|musical|documentary)\s*$",
    re.IGNORECASE,
)


def work_title(text: str, s: int, before: int, inner: str) -> bool:
    """Whether the quotation opening at ``before`` (paragraph start ``s``) names a work: right after
    "essay", "book", "song" ..., no longer than eight words and not ending like a sentence."""
    words = inner.split()
    return 0 < len(words) <= 8 and inner.rstrip(" ,")[-1:] not in ".!?…" and bool(
        _WORK.search(text, max(s, before - 20), before)
    )


# A verb of saying right before the mark, no comma: 'just say "No, thank you."', 'Ask "How are you?"'.
_SAY_BEFORE = re.compile(r"\b(?:say|says|said|ask|asks|asked|reply|replies|replied|answer|answers|answered)\s*$", re.IGNORECASE)


def said_sentence(text: str, s: int, before: int, inner: str) -> bool:
    """Whether a short quotation is a said sentence: capitalised, two words or more, ending in
    ".", "!" or "?", right after a verb of saying (how-to guides' 'just say "No, thank you."')."""
    words = inner.split()
    return len(words) >= 2 and words[0][:1].isupper() and inner.rstrip()[-1:] in ".!?" and bool(
        _SAY_BEFORE.search(text, max(s, before - 20), before)
    )

"""Unattributed lower-case phrases that are still quoted wording (quotesf22, issue 15): the
reporting verb is there, but its subject is no person the finder knows ("Earlier work claimed
that readers "skip function words"", "Early reviewers described the novel as "a long walk"").
Such a phrase is kept as a quote (the speaker left to the resolver) instead of being read as a
scare quote."""

from __future__ import annotations

import re

# "claimed that readers "...", "argues that the law is "..."": a reporting verb, "that", and a
# short stretch of the same clause before the mark.
_THAT = r"\s+that\s+[^.!?;:\"“”‘’()\n]{0,60}$"
# 'described the novel as "..."', 'called it "..."', 'dismissed the plan as "..."'
_AS = re.compile(
    r"\b(?:describ(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|characteri[sz](?:e|es|ed|ing)|branded|labelled|labeled)"
    r"\s+[^.!?;:\"“”‘’()\n]{1,40}?\s+as\s*$"
    r"|\bcall(?:s|ed|ing)?\s+(?:it|them|this|that|him|her)\s*$",
    re.IGNORECASE,
)


# Verbs of judging that report wording as well ("The court found that the contract was "..."").
_JUDGED = r"found|finds|held|holds|concluded|concludes|decided|decides|agreed|agrees|believed|believes|thought|thinks|felt|feels"
# "spoke of "...", "wrote about "..."".
_OF = re.compile(r"\b(?:sp[eo]ak(?:s|ing)?|spoke|spoken|wr[io]t(?:e|es|ing|ten))\s+(?:of|about)\s*$", re.IGNORECASE)
# 'wrote in to say the episode was "...": a reporting verb, a short subject, a copula.
_COPULA = r"\s+(?:[^.!?;:\"“”‘’()\n,]{1,50}\s)?(?:is|was|were|are|had\s+been|has\s+been|would\s+be|will\s+be)\s*$"


def reported_phrase(text: str, s: int, before: int, verbs: str) -> bool:
    """Whether the phrase whose opening mark stands at ``before`` (paragraph start ``s``) follows a
    reporting verb of ``verbs`` (a pattern) or a verb of judging and "that" in its own clause, a
    reporting verb, a short subject and a copula ("to say the episode was"), a verb of calling
    ("called it", "described X as") or "spoke/wrote of"."""
    lead = text[max(s, before - 100):before]
    return bool(
        re.search(rf"\b(?:{verbs}|{_JUDGED}){_THAT}", lead) or re.search(rf"\b(?:{verbs}){_COPULA}", lead)
        or _AS.search(lead) or _OF.search(lead)
    )

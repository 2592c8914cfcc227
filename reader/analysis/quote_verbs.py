"""The reporting-verb patterns ``attribution.Context`` reads a text with, made once a language (they
were compiled again for every text: some 0.1 ms an article)."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.analysis.reporting_verbs import speech_verbs, tag_verbs, verb_pattern

# Words that make a quotation inside a sentence a partial quote of what someone said or wrote.
_PARTIAL_VERBS = frozenset(
    "kalder kaldte kaldt betegner betegnede betegnet beskriver beskrev foreslår foreslog kræver krævede called calls describes described describing"
    " calling dubbed labelled labeled dismissed dismisses dismissing branded brands"
    " saying adding telling warning insisting noting arguing claiming stressing explaining writing"  # "..., saying the bill was"
    " praised praises hailed hails condemned condemns denounced denounces accused accuses"  # 'praised the mills as', 'accused X of' (quotes33)
    .split()
)
_TITLES = "Mr Ms Mrs Dr Rep Sen Gov Lt Col Gen Sgt Capt Prof St Jr Sr Rev Det Supt Insp Cmdr Atty".split()
_ABBREVIATION_DOT = "(?:" + "|".join(rf"(?<=\b{t})" for t in _TITLES) + r"|(?<=\b[A-Z]))\."


@lru_cache(maxsize=4)
def patterns(language: str) -> tuple:
    """The reporting-verb patterns of ``language`` (made once a language, not once a text)."""
    verbs = speech_verbs(language)
    say = verb_pattern(verbs)
    tag = verb_pattern(tag_verbs(language))  # right after a quotation: "she snapped"
    after = re.compile(rf"\s*,?\s*({tag})\b")
    # "- ..., ifølge direktør Jonas Bech." ends a Danish dash quote as a reporting verb would (quotesda23)
    dash_after = re.compile(rf"[,?!]\s+({say}{'|[Ii] ?følge' if language == 'da' else ''})\b")
    char = rf"(?:[^\"“”»«\n.!?]|{_ABBREVIATION_DOT})"  # "Rep. Jim Cole", "Ms. Lee", "John F. Kent"
    en_subject = re.compile(rf"\s*,?\s*([^\s\"“”»«.!?]{char}{{0,70}}?)\s+({tag})\b")
    before = re.compile(rf"\b({say})\b")
    according_after = re.compile(r"\s*,?\s*(?:[Aa]ccording\s+to|[Ii] ?følge)\s+")
    # '"...," as Lincoln put it.' / '"...," Lincoln is quoted as saying.' / '»...«, som han udtrykker det.'
    put_it = re.compile(
        r"\s*,?\s*(?:as\s+)?([^\"“”»«\n.!?,]{1,60}?)\s+(?:(?:once\s+)?put\s+it|puts\s+it|(?:is|was)\s+quoted\s+as\s+saying)\b"
        r"|\s*,?\s*som\s+([^\"“”»«\n.!?,]{1,40}?)\s+(?:udtrykker|udtrykte|beskriver|beskrev|formulerer|formulerede)\s+det\b"
    )
    only_after = tag_verbs(language) - verbs  # "snapped" reports right before a quote too: 'Reed snapped, "..."'
    right_before = rf"|{verb_pattern(frozenset(only_after))}(?=[,:]\s*$)" if only_after else ""
    last_words = r"|[a-z]+\s+(?:his|her|their|my|the)\s+(?:(?:last|final|dying|famous|parting)\s+)?words(?=[,:]\s*$)" if language == "en" else ""
    partial = re.compile(rf"(?<!-)\b({verb_pattern(verbs | _PARTIAL_VERBS)}{right_before}{last_words})\b|\b(?:at|that)\s*$")  # not "so-called"
    according = re.compile(
        r"(?:[Aa]ccording\s+to|[Ii] ?følge|[Ii]n\s+the\s+(?:\w+\s+)?words\s+of|[Mm]ed\s+\w+\s+ord\s+fra|[Tt]o\s+quote"
        r"|\b(?:quote|quotation|words|remark|line|saying)s?\s+(?:\w+ly\s+)?attributed\s+to)\s+"
    )
    return verbs, after, dash_after, en_subject, before, according_after, put_it, partial, according

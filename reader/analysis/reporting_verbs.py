"""The reporting verbs of Danish and English news ("siger", "sagde", "oplyser"; "said", "told",
"vowed"), and a regular-expression alternation of them."""

from __future__ import annotations

from functools import lru_cache

from reader.analysis.letter_tree import letter_tree
from reader.analysis.lexicon import DA_SAY, EN_SAY

# Words that make a phrase before a name a clause, not a description ("Lone Kvist er formanden for").
CLAUSE_WORDS = frozenset(
    """er var har havde blev bliver være og men så nu da når der som is was were are be been has have had
    also and but then now when who which as while kalder kaldte mener vil skal kan får fik går gør ser tror synes
    will would can could may might must should does did do calls called gets got""".split()
)

# Reporting verbs beyond the shared lists (both tenses, Danish and English).
DA_SPEECH = DA_SAY | frozenset(
    "oplyser oplyste fortsætter fortsatte bemærker bemærkede erkender erkendte indrømmer indrømmede"
    " forsikrer forsikrede fremhæver fremhævede betoner betonede medgiver medgav pointerer pointerede"
    " råber råbte smiler smilede griner grinede sukker sukkede mumler mumlede hvisker hviskede"
    " insisterer insisterede lover lovede beretter berettede meddeler meddelte bekræfter bekræftede"
    " afviser afviste indskyder indskød supplerer supplerede anfører anførte påstår påstod betror"
    " betroede konkluderer konkluderede beklager beklagede tilstår tilstod gentager gentog"
    " fremfører fremførte præciserer præciserede argumenterer argumenterede buldrer buldrede bad"
    " udbryder udbrød kommenterer kommenterede"
    " skriger skreg fniser fnisede spår spåede bedyrer bedyrede"  # (quotes11)
    " vrisser vrissede snerrer snerrede hvæser hvæsede".split()  # (quotesda23)
)
EN_SPEECH = EN_SAY | frozenset(
    "responded responds remarked remarks observed observes exclaimed exclaims commented comments"
    " adds summarized claimed claims suggested suggests cautioned cautions conceded concedes confirmed"
    " confirms shouted whispered asserted asserts stressed stresses promised promises predicted"
    " testified joked complained complains boasted urged laughed sighed admitted recalls"
    " emphasized emphasised agreed agrees answered answers says say tell write add ask mentioned mentions"
    " vowed vows pledged pledges tweeted tweets posted countered counters maintained maintains contended"
    " contends alleged alleges reiterated reiterates wondered wonders quipped quips acknowledges pleaded"
    " demanded demands ruled recounted recounts lamented laments texted emailed announces concludes"
    " submitted submits argue contend maintain insist observe"  # "Counsel, X, submitted that", "X and Y (2016) argue" (quotesen28)
    " provides provided stipulates stipulated found finds reminds reminded".split()  # "Section 4 provides that", "The trial court found that", "As X reminds us," (quotes33)
)

# Verbs of speaking that attribute a quotation only in the clause right after it ('"Enough," she
# snapped.', '"Get out!" a neighbour yelled.'); before a quotation they are no reporting verbs.
EN_TAGS = frozenset(
    "cried snapped snaps muttered mutters murmured murmurs mumbled mumbles yelled yells screamed shouts"
    " whispers growled growls groaned grumbled grumbles gasped wailed wails begged begs retorted retorts"
    " interrupted interrupts interjected sneered sneers scoffed scoffs chuckled chuckles snarled snarls"
    " stammered stammers stuttered sobbed hissed hisses barked blurted blurts protested objected"
    " inquired inquires enquired enquires queried ventured mused muses reflected returned rejoined thought repeated"
    " chanted chants".split()
)


def tag_verbs(language: str | None = None) -> frozenset[str]:
    """The verbs that attribute a quotation in the clause right after it."""
    return speech_verbs(language) | (EN_TAGS if language == "en" else frozenset())


def speech_verbs(language: str | None = None) -> frozenset[str]:
    """The reporting verbs of a language (both when None)."""
    if language == "da":
        return DA_SPEECH
    if language == "en":
        return EN_SPEECH
    return DA_SPEECH | EN_SPEECH


@lru_cache(maxsize=16)
def verb_pattern(words: frozenset[str]) -> str:
    """A case-insensitive alternation of ``words``, longest first.

    Written as a letter tree ("sag(?:de|t)?"): the engine tries at most one branch per letter
    rather than every word at every position (a list of 220 verbs made a scan of 1 MB take 0.3 s),
    and still the longest word first, as the list sorted by length did. Built once per set of words.
    """
    return "(?i:" + letter_tree({word.lower() for word in words}) + ")"

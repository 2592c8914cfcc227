"""A speaker described, not named, after a reporting verb: "den 41-årige", "bageren", "manden i
nissedragten", "a manager", "the head of the union"."""

from __future__ import annotations

import re

from reader.analysis.en_modifiers import joined_modifiers
from reader.analysis.people import Speaker
from reader.analysis.speaker_groups import bare_plural
from reader.analysis.speaker_media import BARE_TITLES, medium_cut
from reader.analysis.speaker_patterns import _DETERMINERS, _LINKS, _STOP
from reader.analysis.titles import is_title_word

_EN_AUXILIARIES = frozenset("has have had is was were will would can could may might must should shall does did".split())
# After the head of a description, a phrase of manner or place that is no part of who speaks:
# "said the voice with a sigh", "came a voice from the back of the hall".
_EN_MANNER = frozenset("with from again too then always never often once also still just used".split())
# Words in -ly that can end a description: "a close family", "the school bully".
_LY_NOUNS = frozenset("family assembly bully belly rally supply monopoly anomaly homily melancholy elderly orderly".split())
_EN_TIME = frozenset("on in during last yesterday today tonight earlier later recently".split())
# Danish words that end a description after a reporting verb: an object pronoun or an adverb
# ("betror aftenens demonstratrice mig", "sagde far så").
_DA_AFTER = frozenset("mig dig os jer ham hende dem så også nu bare lige igen straks".split())
# Danish words of manner after a description's head: "spurgte tjeneren forvirret", "sagde
# formanden skuffet" (quotesda33; after a determiner they are the description: "den skuffede").
_DA_MANNER = frozenset(
    """forvirret irriteret skuffet lettet rystet bekymret begejstret overrasket berørt bevæget ophidset forarget
    oprørt fortørnet opbragt forbavset forundret tilfreds utilfreds stolt glad vred træt tørt kort roligt
    bestemt eftertænksomt alvorligt lakonisk""".split()
)
# Danish kin called by the word alone, like a name ("sagde far"): speakers though indefinite.
_DA_KIN = frozenset("far mor farfar farmor morfar mormor bedstefar bedstemor".split())


def _definite_role(low: str) -> bool:
    """A Danish role noun in its definite form, as a sentence opens with it: "Ministeren mener"."""
    return low.endswith(("en", "et", "ne")) and any(is_title_word(low[:len(low) - k]) for k in (0, 1, 2))


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _description(text: str, words: list[tuple[int, int, str]], language: str) -> Speaker | None:
    """"den 41-årige", "bageren", "manden i nissedragten", "a manager", "the head of the union"."""
    taken: list[tuple[int, int, str]] = []
    words = words[:medium_cut(words)] if language == "da" else words  # "i en pressemeddelelse"
    for k, (s, e, word) in enumerate(words):
        low = word.lower().rstrip(".,")
        upper = word[0].isupper()
        if language == "en" and low == "and" and taken and k + 1 < len(words) and joined_modifiers(taken[-1][2], words[k + 1][2]):
            low = ""  # "my best and only friend": one person
        if not taken and (low in _STOP or (upper and low not in _DETERMINERS and not (
            language == "da" and _definite_role(low))) or not word[0].isalpha()):
            return None
        if taken and (low in _STOP or low in _EN_TIME or language == "en" and low in _EN_AUXILIARIES | _EN_MANNER
                      or language == "da" and low in _DA_AFTER):
            break
        if taken and not word.rstrip(".,"):
            break  # an ellipsis ("den ... Hansen") ends the description
        if language == "da" and taken and low.endswith("ende") and not taken[-1][2].lower().endswith("e") and taken[-1][2].lower() not in _DETERMINERS:
            break  # "siger den 31-årige lærer smilende": the manner is no part of who speaks ("den studerende", "den daværende rådmand" are)
        if language == "da" and taken and (low in _DA_MANNER or len(low) > 5 and low.endswith(("somt", "igt"))) and (
            taken[-1][2].lower() not in _DETERMINERS
        ):
            break  # "spurgte tjeneren forvirret": the manner is no part of who speaks (quotesda33)
        if language == "en" and taken and len(low) > 4 and low.endswith("ly") and low not in _LY_NOUNS and taken[-1][2].lower() not in _DETERMINERS | _LINKS:
            break  # "said her mother resentfully": the manner is no part of who speaks
        if taken and upper and not (taken[-1][2].lower() in _DETERMINERS | _LINKS or taken[-1][2][0].isupper() or taken[-1][2] == "&"
                                    or _YEAR.fullmatch(taken[-1][2]) and len(taken) == 2):  # "the 2019 Upland Farming Review" (quotesen28)
            rest = words[words.index((s, e, word)):]
            if language == "da" and len(rest) <= 4 and all(w[2][0].isupper() for w in rest):
                name = text[s:rest[-1][1]].rstrip(".,")  # "skrev det lokale ugeblad Vejle Amts Avis": the name in apposition
                return Speaker(s, s + len(name), "name", name)
            break
        taken.append((s, e, word.rstrip(".,")))
        # A link inside a capitalised name runs on with it: "a spokesperson for the Department for Education".
        in_name = word[0].isupper() or word == "&" or low in _LINKS and len(taken) > 1 and taken[-2][2][0].isupper()
        if text[e:e + 1] in ",.":
            break
        if len(taken) >= (8 if in_name else 5):  # "a spokeswoman for Hull City Council"
            link = max((k for k, w in enumerate(taken) if k > 1 and w[2].lower() in _LINKS), default=0)
            if link and not in_name and e < words[-1][1]:
                taken = taken[:link]  # cut short inside a phrase: "en ansat fra det hollandske [selskab]" is "en ansat"
            break
    while taken and (taken[-1][2].lower() in _LINKS or taken[-1][2].lower() in _DETERMINERS):
        taken.pop()
    if not taken or all(w[2].lower() in _DETERMINERS for w in taken):
        return None
    head = taken[-1][2]
    if language == "da" and len(taken) == 1 and not re.search(r"(?:en|et|ne|n)$", head) and head.lower() not in _DA_KIN and not (
        text[taken[-1][1]:taken[-1][1] + 1] == "." and head.lower().endswith(BARE_TITLES)
    ):
        return None  # "siger noget" is not a speaker: a Danish description is definite (a title alone may be: "svarer rektor.")
    if language == "en" and taken[0][2].lower() not in _DETERMINERS:
        return bare_plural(taken)  # '"...," residents said'
    return Speaker(taken[0][0], taken[-1][1], "description", text[taken[0][0]:taken[-1][1]])

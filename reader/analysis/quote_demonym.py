"""English sports and news copy names a speaker by nationality after naming them: "Scotland's
Callum Reid ... "...," the Scot said." / "said the Spaniard" is the person the text tied to that
country before, not a person called "Scot" (quotesen22)."""

from __future__ import annotations

import re

from reader.analysis.attribution import Context
from reader.analysis.antecedents import Spans

# A noun for a person of a country, and the words that tie a name to that country.
_COUNTRIES = {
    "scot": "Scotland Scottish", "spaniard": "Spain Spanish", "dane": "Denmark Danish", "swede": "Sweden Swedish",
    "norwegian": "Norway Norwegian", "finn": "Finland Finnish", "german": "Germany German",
    "frenchman": "France French", "frenchwoman": "France French", "italian": "Italy Italian",
    "australian": "Australia Australian", "american": "America American US USA", "englishman": "England English",
    "englishwoman": "England English", "irishman": "Ireland Irish", "irishwoman": "Ireland Irish",
    "welshman": "Wales Welsh", "welshwoman": "Wales Welsh", "belgian": "Belgium Belgian",
    "dutchman": "Netherlands Dutch Holland", "dutchwoman": "Netherlands Dutch Holland", "swiss": "Switzerland Swiss",
    "austrian": "Austria Austrian", "pole": "Poland Polish", "czech": "Czech Czechia", "argentine": "Argentina Argentine",
    "argentinian": "Argentina Argentinian", "brazilian": "Brazil Brazilian", "canadian": "Canada Canadian",
    "kenyan": "Kenya Kenyan", "ethiopian": "Ethiopia Ethiopian", "nigerian": "Nigeria Nigerian",
    "japanese": "Japan Japanese", "portuguese": "Portugal Portuguese", "croat": "Croatia Croatian",
    "serb": "Serbia Serbian", "russian": "Russia Russian", "ukrainian": "Ukraine Ukrainian", "mexican": "Mexico Mexican",
    "colombian": "Colombia Colombian", "jamaican": "Jamaica Jamaican", "greek": "Greece Greek",
    "kiwi": "Zealand Zealander", "briton": "Britain British UK", "hungarian": "Hungary Hungarian",
    "icelander": "Iceland Icelandic", "slovenian": "Slovenia Slovenian", "slovak": "Slovakia Slovak",
}
_WORDS = re.compile(r"[A-Za-z]+")


def demonym_person(ctx: Context, start: int, end: int, spans: Spans) -> str | None:
    """The person a tag's "the Scot" (the mention at ``[start, end)``, "the" written before it or
    in it) stands for: the last person named before it, outside quotations and within six
    paragraphs, whom the words right before or in apposition tie to that country ("Scotland's
    Callum Reid", "the Spaniard Rafa Ortiz", "Callum Reid, the Scottish number one,",
    "Reid (Scotland)"); None if nobody was."""
    text = ctx.text
    mention = text[start:end].strip()
    word = mention.split()[-1].lower() if mention else ""
    if word not in _COUNTRIES or len(mention.split()) > 2:
        return None
    if not (mention.lower().startswith("the ") or text[max(0, start - 4):start].lower() == "the "):
        return None
    ties = set(_COUNTRIES[word].split()) | {mention.split()[-1]}
    floor = start
    for _ in range(6):
        floor = text.rfind("\n\n", 0, floor - 1) if floor > 1 else -1
        if floor < 0:
            break
    found, at = None, -1
    named = [p for p in ctx.people.last_people(max(0, floor), start)
             if not spans.covers(p.start) and p.end <= start - 1 and p.text.lower() != word]
    tied: dict[str, int] = {}  # each person tied to the country, at their last tie
    for person in named:
        before = re.split(r",|;|\.\s|\band\b|\bof\b|\bwith\b|\bby\b", text[max(0, person.start - 60):person.start])[-1]
        after = re.split(r"\.\s|;|\band\b|\)", text[person.end:person.end + 60])[0]
        after = after if re.match(r",\s+(?:the|a|an)\s|\s\(", after) else ""  # not ", who won the Welsh Open"
        words = {w.group() for w in _WORDS.finditer(before + " " + after)}
        if words & ties or (tied and words & {"compatriot", "countryman", "countrywoman"}):
            tied[person.canonical] = person.start
    if tied:
        # Two tied to it ("Scotland's Euan Reid ... his compatriot Fraser Lamb"): the one named last.
        last = {p.canonical: p.start for p in named if p.canonical in tied}
        found = max(tied, key=lambda name: last[name])
        at = tied[found]
    # "Scotland's Callum Reid" where the name finder missed the name but knows "Reid" elsewhere.
    surnames = {p.text.split()[-1] for p in ctx.people.people if p.text.lower() != word}
    tied = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(ties))) + r")(?:['’]s)?\s+((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)")
    for match in tied.finditer(text, max(0, floor, at + 1), start):
        if any(p.start == match.start(1) for p in named):
            continue  # found there: the choice above holds
        if match.group(1).split()[-1] in surnames and not spans.covers(match.start()):
            found = match.group(1)
    return found
